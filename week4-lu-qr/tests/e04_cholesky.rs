//! Public tests: cholesky, cholesky_solve (src/cholesky.rs).
//!
//! Run just these with `cargo test -p week4-lu-qr --test e04_cholesky`.
//!
//! `‖A − LLᵀ‖₁ / (n‖A‖₁ε)` is of order 1 for Cholesky, which is backward stable with no growth
//! at all (|lᵢⱼ|² ≤ aᵢᵢ; Higham, Thm 10.3), so `THRESHOLD` = 30 has a wide margin.

use week1_vectors::testing::assert_singular_with;
use week1_vectors::testing::{
    THRESHOLD, is_lower_triangular, naive_matmul, naive_transpose, reconstruction_ratio,
    solve_ratio,
};
use week1_vectors::{LinalgError, Matrix, gallery, matrix, vector};
use week4_lu_qr::cholesky::factor_tolerance;
use week4_lu_qr::{cholesky, cholesky_solve};

/// `‖A − LLᵀ‖ / (n‖A‖ε)`, after checking that `L` is lower triangular with a positive diagonal.
fn llt_ratio(what: &str, a: &Matrix, l: &Matrix) -> f64 {
    assert_eq!(l.shape(), a.shape(), "{what}: L has the wrong shape");
    assert!(
        is_lower_triangular(l),
        "{what}: L is not lower triangular:\n{l}"
    );
    for k in 0..l.rows() {
        assert!(
            l[(k, k)] > 0.0,
            "{what}: l[{k}][{k}] = {} is not positive",
            l[(k, k)]
        );
    }
    reconstruction_ratio(a, &naive_matmul(l, &naive_transpose(l)))
}

#[test]
fn cholesky_2x2_by_hand() {
    // [[4, 2], [2, 5]]: l₀₀ = 2, l₁₀ = 2/2 = 1, l₁₁ = √(5 − 1) = 2.
    assert_eq!(
        cholesky(&matrix![[4.0, 2.0], [2.0, 5.0]]).unwrap(),
        matrix![[2.0, 0.0], [1.0, 2.0]],
        "cholesky([[4, 2], [2, 5]]): L (every step exact)"
    );
}

#[test]
fn cholesky_3x3_by_hand() {
    // The classic example: every step is exact in floating point.
    let a = matrix![
        [4.0, 12.0, -16.0],
        [12.0, 37.0, -43.0],
        [-16.0, -43.0, 98.0]
    ];
    assert_eq!(
        cholesky(&a).unwrap(),
        matrix![[2.0, 0.0, 0.0], [6.0, 1.0, 0.0], [-8.0, 5.0, 3.0]],
        "cholesky of the 3×3 by hand: L (every step exact)"
    );
}

#[test]
fn cholesky_random_spd() {
    for (n, seed) in [(1, 1), (3, 2), (10, 3), (40, 4)] {
        let a = gallery::random_spd(n, seed);
        let l = cholesky(&a).unwrap();
        let r = llt_ratio(&format!("cholesky(random_spd({n}))"), &a, &l);
        assert!(
            r < THRESHOLD,
            "cholesky(random_spd({n})): ‖A − LLᵀ‖/(n‖A‖ε) = {r:.3e}"
        );
    }
}

#[test]
fn not_positive_definite_reports_the_index() {
    // Eigenvalues 3 and −1: the pivot at index 1 is 1 − 2² = −3.
    assert_eq!(
        cholesky(&matrix![[1.0, 2.0], [2.0, 1.0]]),
        Err(LinalgError::NotPositiveDefinite {
            op: "cholesky",
            index: 1
        }),
        "cholesky([[1, 2], [2, 1]]): the pivot at index 1 is 1 − 4 < 0"
    );
    // A negative first entry fails at once.
    assert_eq!(
        cholesky(&matrix![[-1.0, 0.0], [0.0, 1.0]]),
        Err(LinalgError::NotPositiveDefinite {
            op: "cholesky",
            index: 0
        }),
        "cholesky([[−1, 0], [0, 1]]): the pivot at index 0 is −1"
    );
    // Semidefinite (a zero pivot) is not definite: [[1, 1], [1, 1]] fails at index 1.
    assert_eq!(
        cholesky(&matrix![[1.0, 1.0], [1.0, 1.0]]),
        Err(LinalgError::NotPositiveDefinite {
            op: "cholesky",
            index: 1
        }),
        "cholesky([[1, 1], [1, 1]]): the pivot at index 1 is exactly 0 (semidefinite)"
    );
}

#[test]
fn nan_is_not_positive_definite() {
    let a = matrix![[4.0, 0.0, 0.0], [0.0, f64::NAN, 0.0], [0.0, 0.0, 1.0]];
    assert_eq!(
        cholesky(&a),
        Err(LinalgError::NotPositiveDefinite {
            op: "cholesky",
            index: 1
        }),
        "a NaN on the diagonal at index 1"
    );
}

#[test]
fn cholesky_shape_and_symmetry_errors() {
    assert_eq!(
        cholesky(&Matrix::zeros(3, 2)),
        Err(LinalgError::NotSquare {
            op: "cholesky",
            shape: (3, 2)
        }),
        "cholesky of a 3×2 matrix"
    );
    let e = cholesky(&matrix![[2.0, 1.0], [0.5, 2.0]]).unwrap_err();
    assert!(
        matches!(e, LinalgError::InvalidArgument { op: "cholesky", .. }),
        "a non-symmetric matrix must be refused, got {e:?}"
    );
    assert_eq!(
        cholesky(&Matrix::zeros(0, 0)),
        Ok(Matrix::zeros(0, 0)),
        "cholesky of the 0×0 matrix is the 0×0 matrix"
    );
}

#[test]
fn not_positive_definite_message() {
    let e = cholesky(&matrix![[1.0, 2.0], [2.0, 1.0]]).unwrap_err();
    insta::assert_snapshot!(e.to_string(), @"cholesky: matrix is not positive definite (failed at index 1)");
}

// ---- cholesky_solve -----------------------------------------------------------------------

#[test]
fn cholesky_solve_by_hand() {
    // L = [[2, 0], [1, 2]]: Ly = (4, 8) gives y = (2, (8 − 2)/2) = (2, 3); then Lᵀx = y gives
    // x₁ = 3/2 and x₀ = (2 − 1·1.5)/2 = 0.25. Every step is exact.
    let x = cholesky_solve(&matrix![[2.0, 0.0], [1.0, 2.0]], &vector![4.0, 8.0]).unwrap();
    assert_eq!(
        x,
        vector![0.25, 1.5],
        "cholesky_solve(L = [[2, 0], [1, 2]], b = (4, 8)): x (every step exact)"
    );
}

#[test]
fn cholesky_solve_random() {
    for (n, seed) in [(2, 10), (15, 11), (50, 12)] {
        let a = gallery::random_spd(n, seed);
        let b = gallery::random_vector(n, seed + 1);
        let x = cholesky_solve(&cholesky(&a).unwrap(), &b).unwrap();
        let r = solve_ratio(&a, &x, &b);
        assert!(
            r < THRESHOLD,
            "cholesky_solve on random_spd({n}): backward error {r:.3e}"
        );
    }
}

#[test]
fn cholesky_solve_errors() {
    assert_eq!(
        cholesky_solve(&Matrix::identity(2), &vector![1.0]),
        Err(LinalgError::LengthMismatch {
            op: "cholesky_solve",
            left: 2,
            right: 1
        }),
        "cholesky_solve with a 2×2 matrix and a length-1 b"
    );
    assert_eq!(
        cholesky_solve(&Matrix::zeros(2, 3), &vector![1.0, 2.0]),
        Err(LinalgError::NotSquare {
            op: "cholesky_solve",
            shape: (2, 3)
        }),
        "cholesky_solve with a 2×3 matrix"
    );
    assert_singular_with(
        cholesky_solve(&matrix![[1.0, 0.0], [1.0, 0.0]], &vector![1.0, 2.0]),
        "cholesky_solve",
        1,
        (0.0, factor_tolerance(&matrix![[1.0, 0.0], [1.0, 0.0]])),
        "cholesky_solve(L = [[1, 0], [1, 0]], …): l₁₁ = 0 is a zero pivot",
    );
}
