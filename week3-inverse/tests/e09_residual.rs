//! Public tests: residual, relative residual, backward error.

use week1_vectors::gallery::{random_matrix, random_vector};
use week1_vectors::testing::{EPS, naive_matvec};
use week1_vectors::{LinalgError, Matrix, Vector, matrix, vector};
use week3_inverse::{backward_error, relative_residual, residual, solve};

#[test]
fn residuals_by_hand() {
    let a = matrix![[1.0, 2.0], [3.0, 4.0]];
    let (x, b) = (vector![1.0, 1.0], vector![3.0, 8.0]);
    assert_eq!(
        residual(&a, &x, &b).unwrap(),
        vector![0.0, 1.0],
        "residual(&a, &x, &b).unwrap() with a = {:?}, x = {:?}, b = {:?} (left: got, right: want)",
        a,
        x,
        b
    );
    assert_eq!(
        relative_residual(&a, &x, &b).unwrap(),
        1.0 / 8.0,
        "relative_residual(&a, &x, &b).unwrap() with a = {:?}, x = {:?}, b = {:?} (left: got, right: want)",
        a,
        x,
        b
    );
    // η = ‖r‖∞ / (‖A‖∞‖x‖∞ + ‖b‖∞) = 1 / (7·1 + 8).
    assert!(
        approx::relative_eq!(
            backward_error(&a, &x, &b).unwrap(),
            1.0 / 15.0,
            max_relative = 1e-15
        ),
        "backward_error(&a, &x, &b).unwrap() with a = {:?}, x = {:?}, b = {:?}: got {:?}, want {:?} (relative_eq, max_relative = 1e-15)",
        a,
        x,
        b,
        backward_error(&a, &x, &b).unwrap(),
        1.0 / 15.0
    );
}

#[test]
fn residual_of_a_rectangular_system() {
    let a = matrix![[1.0, 0.0], [0.0, 1.0], [1.0, 1.0]];
    let r = residual(&a, &vector![2.0, 3.0], &vector![2.0, 3.0, 6.0]).unwrap();
    assert_eq!(
        r,
        vector![0.0, 0.0, 1.0],
        "residual_of_a_rectangular_system: r = residual(&a, &vector![2.0, 3.0], &vector![2.0, 3.0, 6.0]).u…: r (left: got, right: want)"
    );
}

#[test]
fn exact_solutions_have_zero_backward_error() {
    let a = matrix![[2.0, 0.0], [0.0, 4.0]];
    assert_eq!(
        backward_error(&a, &vector![1.0, 0.5], &vector![2.0, 2.0]).unwrap(),
        0.0,
        "backward_error(&a, &vector![1.0, 0.5], &vector![2.0, 2.0]).unwrap() with a = {:?} (left: got, right: want)",
        a
    );
    assert_eq!(
        relative_residual(&a, &vector![0.0, 0.0], &vector![0.0, 0.0]).unwrap(),
        0.0,
        "0/0 is 0 here"
    );
    assert_eq!(
        relative_residual(&a, &vector![1.0, 0.0], &vector![0.0, 0.0]).unwrap(),
        f64::INFINITY,
        "r ≠ 0 = b"
    );
    let empty = Matrix::zeros(0, 0);
    assert_eq!(
        backward_error(&empty, &Vector::zeros(0), &Vector::zeros(0)).unwrap(),
        0.0,
        "0×0"
    );
}

#[test]
fn solve_has_a_backward_error_of_order_epsilon() {
    for (n, seed) in [(3, 1), (30, 2)] {
        let a = random_matrix(n, n, seed);
        let b = random_vector(n, seed + 7);
        let x = solve(&a, &b).unwrap();
        let eta = backward_error(&a, &x, &b).unwrap();
        assert!(
            eta < 10.0 * n as f64 * EPS,
            "backward error of solve, random {n}×{n}: η = {eta:e}"
        );
        // A deliberately wrong x (every entry off by a relative 1e-6): r = 1e-6·b, so
        // η = 1e-6·‖b‖/(‖A‖‖x‖ + ‖b‖), far above ε (though below 1e-6 when ‖A‖‖x‖ ≫ ‖b‖).
        let x_bad: Vector = x.iter().map(|v| v * (1.0 + 1e-6)).collect();
        let eta_bad = backward_error(&a, &x_bad, &b).unwrap();
        assert!(
            eta_bad > 1e4 * EPS,
            "backward error of a perturbed solution: η = {eta_bad:e}"
        );
    }
}

#[test]
fn backward_error_is_the_size_of_a_perturbation_of_b() {
    // A = I: x = b + e solves exactly with b + e; η = ‖e‖∞ / (‖x‖∞ + ‖b‖∞).
    let a = Matrix::identity(3);
    let b = vector![1.0, -2.0, 4.0];
    let x = vector![1.0, -2.0, 4.5];
    assert!(
        approx::relative_eq!(
            backward_error(&a, &x, &b).unwrap(),
            0.5 / 8.5,
            max_relative = 1e-15
        ),
        "backward_error(&a, &x, &b).unwrap() with a = {:?}, x = {:?}, b = {:?}: got {:?}, want {:?} (relative_eq, max_relative = 1e-15)",
        a,
        x,
        b,
        backward_error(&a, &x, &b).unwrap(),
        0.5 / 8.5
    );
    assert_eq!(
        naive_matvec(&a, &x),
        x,
        "naive_matvec(&a, &x) with a = {:?}, x = {:?} (left: got, right: want)",
        a,
        x
    );
}

#[test]
fn residuals_check_their_arguments() {
    let a = matrix![[1.0, 2.0], [3.0, 4.0], [5.0, 6.0]];
    assert_eq!(
        residual(&a, &vector![1.0, 2.0, 3.0], &vector![1.0, 2.0, 3.0]),
        Err(LinalgError::ShapeMismatch {
            op: "residual",
            left: (3, 2),
            right: (3, 1)
        }),
        "x must have a.cols() entries"
    );
    assert!(
        matches!(
            relative_residual(&a, &vector![1.0, 2.0], &vector![1.0, 2.0]),
            Err(LinalgError::ShapeMismatch {
                op: "relative_residual",
                ..
            })
        ),
        "relative_residual(&a, &vector![1.0, 2.0], &vector![1.0, 2.0]) with a = {:?}: got {:?}, want Err(LinalgError::ShapeMismatch {{ op: \"relative_residual\",.. }})",
        a,
        relative_residual(&a, &vector![1.0, 2.0], &vector![1.0, 2.0])
    );
    assert_eq!(
        backward_error(&a, &vector![1.0, f64::NAN], &vector![1.0, 2.0, 3.0]),
        Err(LinalgError::NonFinite {
            op: "backward_error"
        }),
        "backward_error(&a, &vector![1.0, f64::NAN], &vector![1.0, 2.0, 3.0]) with a = {:?} (left: got, right: want)",
        a
    );
}
