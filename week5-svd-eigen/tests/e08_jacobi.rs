//! `jacobi_eigen`: the cyclic Jacobi method, which must agree with `symmetric_eigen`.

use week1_vectors::gallery::{hilbert, random_orthogonal, random_symmetric};
use week1_vectors::testing::{naive_matmul, naive_transpose, norm1};
use week1_vectors::{LinalgError, Matrix, matrix};
use week5_svd_eigen::testing::check_symmetric_eigen as check;
use week5_svd_eigen::testing::ok;
use week5_svd_eigen::{jacobi_eigen, symmetric_eigen};

#[test]
fn two_by_two_in_one_rotation() {
    let a = matrix![[2.0, 1.0], [1.0, 2.0]];
    let e = ok(
        "two_by_two_in_one_rotation: jacobi_eigen(&a)",
        jacobi_eigen(&a),
    );
    check("jacobi_eigen([[2, 1], [1, 2]])", &a, &e);
    assert!(
        (e.values[0] - 3.0).abs() < 1e-15 && (e.values[1] - 1.0).abs() < 1e-15,
        "jacobi_eigen([[2, 1], [1, 2]]): got {:?}, want [3, 1] (each within 1e-15)",
        e.values
    );
    assert_eq!(
        e.iterations, 2,
        "one sweep rotates, a second finds nothing left"
    );
}

#[test]
fn random_residuals_and_sweeps() {
    for (n, seed) in [(1, 1), (3, 2), (8, 3), (20, 4), (40, 5)] {
        let a = random_symmetric(n, seed);
        let e = ok(
            "random_residuals_and_sweeps: jacobi_eigen(&a)",
            jacobi_eigen(&a),
        );
        check(&format!("jacobi_eigen(random {n}×{n})"), &a, &e);
        assert!(
            e.iterations <= 15,
            "{n}×{n}: {} sweeps; quadratic convergence needs far fewer",
            e.iterations
        );
    }
}

#[test]
fn agrees_with_symmetric_eigen() {
    // Both are backward stable: each value is within c·n·ε·‖A‖ of the exact one (Weyl), so
    // the two within twice that. n = 15, ‖A‖₂ ≤ ‖A‖₁; c = 10.
    for seed in [7, 8, 9] {
        let a = random_symmetric(15, seed);
        let j = ok(
            "agrees_with_symmetric_eigen: jacobi_eigen(&a)",
            jacobi_eigen(&a),
        );
        let q = ok(
            "agrees_with_symmetric_eigen: symmetric_eigen(&a)",
            symmetric_eigen(&a),
        );
        let tol = 2.0 * 10.0 * 15.0 * f64::EPSILON * norm1(&a);
        for k in 0..15 {
            assert!(
                (j.values[k] - q.values[k]).abs() <= tol,
                "seed {seed}: eigenvalue {k}: jacobi {} vs QR {} (tol {tol:.1e})",
                j.values[k],
                q.values[k]
            );
        }
    }
}

#[test]
fn small_eigenvalues_of_a_graded_matrix() {
    // The Hilbert matrix H₆: eigenvalues from 1.6 down to 1.1e-7. Both methods meet the
    // normwise bound; this only checks the residuals and agreement at that bound.
    let a = hilbert(6);
    let e = ok(
        "small_eigenvalues_of_a_graded_matrix: jacobi_eigen(&a)",
        jacobi_eigen(&a),
    );
    check("jacobi_eigen(H₆)", &a, &e);
    let q = ok(
        "small_eigenvalues_of_a_graded_matrix: symmetric_eigen(&a)",
        symmetric_eigen(&a),
    );
    for k in 0..6 {
        assert!(
            (e.values[k] - q.values[k]).abs() < 1e-14,
            "jacobi_eigen(H₆) vs symmetric_eigen(H₆): eigenvalue {k} is {} vs {}, want agreement within 1e-14 (the normwise bound n·ε·‖H‖)",
            e.values[k],
            q.values[k]
        );
    }
}

#[test]
fn repeated_and_degenerate() {
    let q = random_orthogonal(4, 2);
    let a = naive_matmul(
        &naive_matmul(&q, &Matrix::from_diag(&[1.0, 1.0, 1.0, 1.0])),
        &naive_transpose(&q),
    );
    let a = Matrix::from_fn(4, 4, |i, j| 0.5 * (a[(i, j)] + a[(j, i)]));
    let e = ok(
        "repeated_and_degenerate: jacobi_eigen(&a)",
        jacobi_eigen(&a),
    );
    check("Q·I·Qᵀ", &a, &e);
    let e = ok(
        "repeated_and_degenerate: jacobi_eigen(&Matrix::zeros(3, 3))",
        jacobi_eigen(&Matrix::zeros(3, 3)),
    );
    assert_eq!(
        e.values.as_slice(),
        &[0.0; 3],
        "jacobi_eigen(3×3 zeros): eigenvalues"
    );
    assert_eq!(
        e.vectors,
        Matrix::identity(3),
        "jacobi_eigen(3×3 zeros): eigenvectors are the identity (no rotation)"
    );
    let e = ok(
        "repeated_and_degenerate: jacobi_eigen(&Matrix::zeros(0, 0))",
        jacobi_eigen(&Matrix::zeros(0, 0)),
    );
    assert!(
        e.values.is_empty(),
        "jacobi_eigen(0×0): got {:?}, want no eigenvalues",
        e.values
    );
}

#[test]
fn errors() {
    assert!(
        matches!(
            jacobi_eigen(&Matrix::zeros(3, 2)),
            Err(LinalgError::NotSquare { .. })
        ),
        "jacobi_eigen of a 3×2 matrix: got {:?}, want Err(LinalgError::NotSquare {{ .. }})",
        jacobi_eigen(&Matrix::zeros(3, 2))
    );
    assert!(
        matches!(
            jacobi_eigen(&matrix![[0.0, 1.0], [-1.0, 0.0]]),
            Err(LinalgError::InvalidArgument { .. })
        ),
        "jacobi_eigen of the non-symmetric [[0, 1], [−1, 0]]: got {:?}, want Err(LinalgError::InvalidArgument {{ .. }})",
        jacobi_eigen(&matrix![[0.0, 1.0], [-1.0, 0.0]])
    );
    assert_eq!(
        jacobi_eigen(&matrix![[f64::NAN]]).unwrap_err(),
        LinalgError::NonFinite { op: "jacobi_eigen" },
        "jacobi_eigen([[NaN]])"
    );
}
