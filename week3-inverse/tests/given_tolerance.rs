//! Tests of the week's given code: the pivot tolerance and the argument checks.

use week1_vectors::testing::EPS;
use week1_vectors::{LinalgError, Matrix, matrix, vector};
use week3_inverse::checks::{
    require_cols, require_finite, require_finite_vector, require_rhs, require_row, require_square,
};
use week3_inverse::pivot_tolerance;

#[test]
fn pivot_tolerance_is_max_dim_times_eps_times_norm1() {
    // ‖A‖₁ = max(1 + 4, 2 + 5, 3 + 6) = 9, max(m, n) = 3.
    let a = matrix![[1.0, -2.0, 3.0], [4.0, 5.0, -6.0]];
    assert_eq!(
        pivot_tolerance(&a),
        3.0 * EPS * 9.0,
        "pivot_tolerance(&a) with a = {:?} (left: got, right: want)",
        a
    );
    assert_eq!(
        pivot_tolerance(&Matrix::zeros(0, 0)),
        0.0,
        "pivot_tolerance(&Matrix::zeros(0, 0)) (left: got, right: want)"
    );
    assert_eq!(
        pivot_tolerance(&Matrix::zeros(4, 2)),
        0.0,
        "pivot_tolerance(&Matrix::zeros(4, 2)) (left: got, right: want)"
    );
    assert!(
        pivot_tolerance(&matrix![[f64::NAN, 1.0]]).is_nan(),
        "pivot_tolerance(&matrix![[f64::NAN, 1.0]]): got {:?}, want NaN",
        pivot_tolerance(&matrix![[f64::NAN, 1.0]])
    );
    // Relative: scaling A scales the tolerance.
    assert_eq!(
        pivot_tolerance(&a.map(|x| 1024.0 * x)),
        1024.0 * pivot_tolerance(&a),
        "pivot_tolerance(&a.map(|x| 1024.0 * x)) (left: got, right: want)"
    );
}

#[test]
fn checks_return_the_right_errors() {
    let a = matrix![[1.0, 2.0, 3.0], [4.0, 5.0, 6.0]];
    assert_eq!(
        require_square("op", &a),
        Err(LinalgError::NotSquare {
            op: "op",
            shape: (2, 3)
        }),
        "require_square(\"op\", &a) with a = {:?} (left: got, right: want)",
        a
    );
    assert!(
        require_square("op", &Matrix::zeros(0, 0)).is_ok(),
        "require_square(\"op\", &Matrix::zeros(0, 0)): got {:?}, want Ok",
        require_square("op", &Matrix::zeros(0, 0))
    );
    assert!(
        require_rhs("op", &a, &vector![1.0, 2.0]).is_ok(),
        "require_rhs(\"op\", &a, &vector![1.0, 2.0]) with a = {:?}: got {:?}, want Ok",
        a,
        require_rhs("op", &a, &vector![1.0, 2.0])
    );
    assert_eq!(
        require_rhs("op", &a, &vector![1.0, 2.0, 3.0]),
        Err(LinalgError::ShapeMismatch {
            op: "op",
            left: (2, 3),
            right: (3, 1)
        }),
        "require_rhs(\"op\", &a, &vector![1.0, 2.0, 3.0]) with a = {:?} (left: got, right: want)",
        a
    );
    assert!(
        require_cols("op", &a, &vector![1.0, 2.0, 3.0]).is_ok(),
        "require_cols(\"op\", &a, &vector![1.0, 2.0, 3.0]) with a = {:?}: got {:?}, want Ok",
        a,
        require_cols("op", &a, &vector![1.0, 2.0, 3.0])
    );
    assert!(
        require_cols("op", &a, &vector![1.0, 2.0]).is_err(),
        "require_cols(\"op\", &a, &vector![1.0, 2.0]) with a = {:?}: got {:?}, want an error",
        a,
        require_cols("op", &a, &vector![1.0, 2.0])
    );
    assert_eq!(
        require_finite("op", &matrix![[f64::INFINITY]]),
        Err(LinalgError::NonFinite { op: "op" }),
        "require_finite(\"op\", &matrix![[f64::INFINITY]]) (left: got, right: want)"
    );
    assert!(
        require_finite_vector("op", &vector![1.0, f64::NAN]).is_err(),
        "require_finite_vector(\"op\", &vector![1.0, f64::NAN]): got {:?}, want an error",
        require_finite_vector("op", &vector![1.0, f64::NAN])
    );
    assert!(
        require_row("op", &a, 1).is_ok(),
        "require_row(\"op\", &a, 1) with a = {:?}: got {:?}, want Ok",
        a,
        require_row("op", &a, 1)
    );
    assert!(
        matches!(
            require_row("op", &a, 2),
            Err(LinalgError::InvalidArgument { op: "op", .. })
        ),
        "require_row(\"op\", &a, 2) with a = {:?}: got {:?}, want Err(LinalgError::InvalidArgument {{ op: \"op\",.. }})",
        a,
        require_row("op", &a, 2)
    );
}
