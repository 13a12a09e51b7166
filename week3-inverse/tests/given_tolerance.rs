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
    assert_eq!(pivot_tolerance(&a), 3.0 * EPS * 9.0);
    assert_eq!(pivot_tolerance(&Matrix::zeros(0, 0)), 0.0);
    assert_eq!(pivot_tolerance(&Matrix::zeros(4, 2)), 0.0);
    assert!(pivot_tolerance(&matrix![[f64::NAN, 1.0]]).is_nan());
    // Relative: scaling A scales the tolerance.
    assert_eq!(
        pivot_tolerance(&a.map(|x| 1024.0 * x)),
        1024.0 * pivot_tolerance(&a)
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
        })
    );
    assert!(require_square("op", &Matrix::zeros(0, 0)).is_ok());
    assert!(require_rhs("op", &a, &vector![1.0, 2.0]).is_ok());
    assert_eq!(
        require_rhs("op", &a, &vector![1.0, 2.0, 3.0]),
        Err(LinalgError::ShapeMismatch {
            op: "op",
            left: (2, 3),
            right: (3, 1)
        })
    );
    assert!(require_cols("op", &a, &vector![1.0, 2.0, 3.0]).is_ok());
    assert!(require_cols("op", &a, &vector![1.0, 2.0]).is_err());
    assert_eq!(
        require_finite("op", &matrix![[f64::INFINITY]]),
        Err(LinalgError::NonFinite { op: "op" })
    );
    assert!(require_finite_vector("op", &vector![1.0, f64::NAN]).is_err());
    assert!(require_row("op", &a, 1).is_ok());
    assert!(matches!(
        require_row("op", &a, 2),
        Err(LinalgError::InvalidArgument { op: "op", .. })
    ));
}
