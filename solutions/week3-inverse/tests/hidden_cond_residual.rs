//! Hidden tests: condition numbers and residuals (10 points).

use week1_vectors::gallery::{hilbert, hilbert_inverse, random_matrix};
use week1_vectors::testing::{EPS, norm1, points};
use week1_vectors::{LinalgError, Matrix, matrix, vector};
use week3_inverse::{backward_error, cond_1, cond_inf, relative_residual, residual};

#[test]
fn condition_number_of_hilbert_six() {
    let _points = points(3);
    let n = 6;
    let h = hilbert(n);
    let exact = norm1(&h) * norm1(&hilbert_inverse(n));
    // The computed ‖H⁻¹‖₁ has a relative error ≲ n·κ₁·ε ≈ 4e-8.
    let bound = n as f64 * exact * EPS;
    assert!(
        approx::relative_eq!(cond_1(&h).unwrap(), exact, max_relative = bound),
        "cond_1(&h).unwrap() with h = {:?}: got {:?}, want {:?} (relative_eq, max_relative = bound)",
        h,
        cond_1(&h).unwrap(),
        exact
    );
    // H is symmetric: κ∞ = κ₁.
    assert!(
        approx::relative_eq!(cond_inf(&h).unwrap(), exact, max_relative = bound),
        "cond_inf(&h).unwrap() with h = {:?}: got {:?}, want {:?} (relative_eq, max_relative = bound)",
        h,
        cond_inf(&h).unwrap(),
        exact
    );
}

#[test]
fn condition_number_of_diagonal_and_scaled_matrices() {
    let _points = points(2);
    assert_eq!(
        cond_1(&Matrix::from_diag(&[4.0, 0.5, 2.0])).unwrap(),
        8.0,
        "diag(4, 0.5, 2)"
    );
    assert_eq!(
        cond_inf(&Matrix::from_diag(&[-4.0, 0.25])).unwrap(),
        16.0,
        "diag(−4, 0.25)"
    );
    // Not symmetric: column sums and row sums differ, so κ₁ = 2·2 = 4 but κ∞ = 3·3 = 9.
    // A⁻¹ = [[1, −1, −1], [0, 1, 0], [0, 0, 1]]; every step of the elimination is exact.
    let u = matrix![[1.0, 1.0, 1.0], [0.0, 1.0, 0.0], [0.0, 0.0, 1.0]];
    assert_eq!(
        cond_1(&u).unwrap(),
        4.0,
        "cond_1 of [[1, 1, 1], [0, 1, 0], [0, 0, 1]] (‖A‖₁·‖A⁻¹‖₁, column sums)"
    );
    assert_eq!(
        cond_inf(&u).unwrap(),
        9.0,
        "cond_inf of [[1, 1, 1], [0, 1, 0], [0, 0, 1]] (‖A‖∞·‖A⁻¹‖∞, row sums)"
    );
    let a = random_matrix(6, 6, 5101);
    assert!(
        approx::relative_eq!(
            cond_1(&a.map(|x| 1e100 * x)).unwrap(),
            cond_1(&a).unwrap(),
            max_relative = 1e-12
        ),
        "cond_1(&a.map(|x| 1e100 * x)).unwrap(): got {:?}, want {:?} (relative_eq, max_relative = 1e-12)",
        cond_1(&a.map(|x| 1e100 * x)).unwrap(),
        cond_1(&a).unwrap()
    );
}

#[test]
fn condition_number_edge_cases() {
    let _points = points(1);
    assert_eq!(
        cond_1(&matrix![[-3.0]]).unwrap(),
        1.0,
        "cond_1(&matrix![[-3.0]]).unwrap() (left: got, right: want)"
    );
    assert_eq!(
        cond_1(&matrix![[1.0, 1.0], [1.0, 1.0]]).unwrap(),
        f64::INFINITY,
        "cond_1(&matrix![[1.0, 1.0], [1.0, 1.0]]).unwrap() (left: got, right: want)"
    );
    assert_eq!(
        cond_1(&Matrix::zeros(0, 0)),
        Err(LinalgError::Empty { op: "cond_1" }),
        "cond_1(&Matrix::zeros(0, 0)) (left: got, right: want)"
    );
}

#[test]
fn residuals_of_a_rectangular_system() {
    let _points = points(2);
    let a = matrix![[1.0, 2.0, 0.0], [0.0, -1.0, 4.0]];
    let x = vector![1.0, 1.0, 0.5];
    let b = vector![4.0, 1.0];
    // Ax = (3, 1): r = (1, 0).
    assert_eq!(
        residual(&a, &x, &b).unwrap(),
        vector![1.0, 0.0],
        "residual(&a, &x, &b).unwrap() with a = {:?}, x = {:?}, b = {:?} (left: got, right: want)",
        a,
        x,
        b
    );
    assert_eq!(
        relative_residual(&a, &x, &b).unwrap(),
        0.25,
        "relative_residual(&a, &x, &b).unwrap() with a = {:?}, x = {:?}, b = {:?} (left: got, right: want)",
        a,
        x,
        b
    );
    // ‖A‖∞ = 5, ‖x‖∞ = 1, ‖b‖∞ = 4: η = 1/9.
    assert!(
        approx::relative_eq!(
            backward_error(&a, &x, &b).unwrap(),
            1.0 / 9.0,
            max_relative = 1e-15
        ),
        "backward_error(&a, &x, &b).unwrap() with a = {:?}, x = {:?}, b = {:?}: got {:?}, want {:?} (relative_eq, max_relative = 1e-15)",
        a,
        x,
        b,
        backward_error(&a, &x, &b).unwrap(),
        1.0 / 9.0
    );
}

#[test]
fn residuals_reject_bad_input() {
    let _points = points(2);
    let a = matrix![[1.0, 2.0, 0.0], [0.0, -1.0, 4.0]];
    assert_eq!(
        residual(&a, &vector![1.0, 1.0, 1.0], &vector![1.0, 2.0, 3.0]),
        Err(LinalgError::ShapeMismatch {
            op: "residual",
            left: (2, 3),
            right: (3, 1)
        }),
        "residual(&a, &vector![1.0, 1.0, 1.0], &vector![1.0, 2.0, 3.0]) with a = {:?} (left: got, right: want)",
        a
    );
    // x must have one entry per COLUMN of A (3), not 2.
    assert_eq!(
        residual(&a, &vector![1.0, 1.0], &vector![1.0, 2.0]),
        Err(LinalgError::ShapeMismatch {
            op: "residual",
            left: (2, 3),
            right: (2, 1)
        }),
        "residual of a 2×3 A with a 2-vector x"
    );
    assert_eq!(
        relative_residual(&a, &vector![1.0, 1.0, f64::INFINITY], &vector![1.0, 2.0]),
        Err(LinalgError::NonFinite {
            op: "relative_residual"
        }),
        "relative_residual(&a, &vector![1.0, 1.0, f64::INFINITY], &vector![1.0, 2.0]) with a = {:?} (left: got, right: want)",
        a
    );
    assert_eq!(
        backward_error(&matrix![[f64::NAN]], &vector![1.0], &vector![1.0]),
        Err(LinalgError::NonFinite {
            op: "backward_error"
        }),
        "backward_error(&matrix![[f64::NAN]], &vector![1.0], &vector![1.0]) (left: got, right: want)"
    );
}
