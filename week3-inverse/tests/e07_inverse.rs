//! Public tests: the inverse by Gauss–Jordan.

use week1_vectors::gallery::{permutation, random_matrix};
use week1_vectors::testing::assert_singular_with;
use week1_vectors::testing::{EPS, THRESHOLD, naive_matmul, naive_sub, naive_transpose, norm1};
use week1_vectors::{LinalgError, Matrix, matrix};
use week3_inverse::{inverse, pivot_tolerance};

/// LAPACK's test ratio for an inverse (dget03): `‖I − A·X‖₁ / (n·‖A‖₁·‖X‖₁·ε)`.
fn inverse_ratio(a: &Matrix, x: &Matrix) -> f64 {
    let n = a.rows();
    let r = naive_sub(&Matrix::identity(n), &naive_matmul(a, x));
    norm1(&r) / (n as f64 * norm1(a) * norm1(x) * EPS)
}

#[test]
fn inverse_by_hand() {
    // det = 10: A⁻¹ = [[6, −7], [−2, 4]] / 10.
    let inv = inverse(&matrix![[4.0, 7.0], [2.0, 6.0]]).unwrap();
    assert!(
        approx::relative_eq!(inv, matrix![[0.6, -0.7], [-0.2, 0.4]], epsilon = 1e-15),
        "inverse_by_hand: inv = inverse(&matrix![[4.0, 7.0], [2.0, 6.0]]).unwrap(): inv: got {:?}, want {:?} (relative_eq, epsilon = 1e-15)",
        inv,
        matrix![[0.6, -0.7], [-0.2, 0.4]]
    );
    // An integer matrix with an integer inverse (det = 1).
    let a = matrix![[2.0, 3.0, 1.0], [1.0, 2.0, 1.0], [1.0, 1.0, 1.0]];
    let expected = matrix![[1.0, -2.0, 1.0], [0.0, 1.0, -1.0], [-1.0, 1.0, 1.0]];
    // κ₁(A) = 6·4 = 24: errors of order 24·ε per entry at most.
    assert!(
        approx::relative_eq!(inverse(&a).unwrap(), expected, epsilon = 1e-14),
        "inverse(&a).unwrap() with a = {:?}: got {:?}, want {:?} (relative_eq, epsilon = 1e-14)",
        a,
        inverse(&a).unwrap(),
        expected
    );
}

#[test]
fn inverse_of_diagonal_and_permutation_matrices_is_exact() {
    assert_eq!(
        inverse(&Matrix::from_diag(&[2.0, -4.0, 0.5])).unwrap(),
        Matrix::from_diag(&[0.5, -0.25, 2.0]),
        "inverse(&Matrix::from_diag(&[2.0, -4.0, 0.5])).unwrap() (left: got, right: want)"
    );
    let p = permutation(&[2, 0, 3, 1]);
    assert_eq!(inverse(&p).unwrap(), naive_transpose(&p), "P⁻¹ = Pᵀ");
}

#[test]
fn inverse_of_random_matrices() {
    for (n, seed) in [(1, 1), (3, 2), (10, 3), (40, 4)] {
        let a = random_matrix(n, n, seed);
        let x = inverse(&a).unwrap();
        let ratio = inverse_ratio(&a, &x);
        assert!(
            ratio < THRESHOLD,
            "inverse, random {n}×{n} (seed {seed}): ‖I − AX‖/(n‖A‖‖X‖ε) = {ratio:.1}"
        );
    }
}

#[test]
fn inverse_of_singular_matrices() {
    assert_singular_with(
        inverse(&matrix![[1.0, 2.0], [2.0, 4.0]]),
        "inverse",
        1,
        (0.0, pivot_tolerance(&matrix![[1.0, 2.0], [2.0, 4.0]])),
        "inverse([[1, 2], [2, 4]]): row 1 = 2·row 0, so column 1 has no pivot",
    );
    assert_singular_with(
        inverse(&matrix![[0.0, 1.0], [0.0, 2.0]]),
        "inverse",
        0,
        (0.0, pivot_tolerance(&matrix![[0.0, 1.0], [0.0, 2.0]])),
        "inverse([[0, 1], [0, 2]]): column 0 is zero, no pivot",
    );
    // Numerically singular: the same rule as solve.
    assert_singular_with(
        inverse(&matrix![[1.0, 0.0], [0.0, 4e-16]]),
        "inverse",
        1,
        (4e-16, pivot_tolerance(&matrix![[1.0, 0.0], [0.0, 4e-16]])),
        "inverse(diag(1, 4e-16)): the pivot 4e-16 ≤ tol = n·ε·‖A‖₁ = 4.4e-16",
    );
    assert!(
        inverse(&matrix![[1.0, 0.0], [0.0, 1e-15]]).is_ok(),
        "inverse(diag(1, 1e-15)): the pivot 1e-15 > tol = n·ε·‖A‖₁ = 4.4e-16, so want Ok, got {:?}",
        inverse(&matrix![[1.0, 0.0], [0.0, 1e-15]])
    );
}

#[test]
fn inverse_of_small_matrices() {
    assert_eq!(
        inverse(&Matrix::zeros(0, 0)).unwrap(),
        Matrix::zeros(0, 0),
        "0×0"
    );
    assert_eq!(inverse(&matrix![[4.0]]).unwrap(), matrix![[0.25]], "1×1");
}

#[test]
fn inverse_checks_its_arguments() {
    assert_eq!(
        inverse(&Matrix::zeros(3, 2)),
        Err(LinalgError::NotSquare {
            op: "inverse",
            shape: (3, 2)
        }),
        "inverse(&Matrix::zeros(3, 2)) (left: got, right: want)"
    );
    assert_eq!(
        inverse(&matrix![[1.0, 0.0], [0.0, f64::NAN]]),
        Err(LinalgError::NonFinite { op: "inverse" }),
        "inverse(&matrix![[1.0, 0.0], [0.0, f64::NAN]]) (left: got, right: want)"
    );
}
