//! Eckart–Young, the pseudo-inverse and its Penrose conditions, numerical rank, κ₂.

use week1_vectors::gallery::{
    hilbert, random_matrix, random_orthogonal, random_rank_deficient, random_with_condition,
    with_singular_values,
};
use week1_vectors::testing::{THRESHOLD, frobenius, naive_matmul, naive_sub, reconstruction_ratio};
use week1_vectors::{LinalgError, Matrix, matrix};
use week5_svd_eigen::testing::ok;
use week5_svd_eigen::testing::{check_penrose as penrose, norm2_estimate};
use week5_svd_eigen::{
    cond_2, low_rank_approx, numerical_rank, numerical_rank_with_tol, pseudo_inverse,
};

#[test]
fn eckart_young_two_norm_and_frobenius() {
    let sigma = [8.0, 4.0, 2.0, 1.0, 0.5, 0.25];
    let a = with_singular_values(10, 7, &sigma, 2);
    for k in 0..=6 {
        let ak = ok(
            "eckart_young_two_norm_and_frobenius: low_rank_approx(&a, k)",
            low_rank_approx(&a, k),
        );
        assert_eq!(ak.shape(), (10, 7), "low_rank_approx(10×7, k = {k}): shape");
        let e = naive_sub(&a, &ak);
        let next = if k < 6 { sigma[k] } else { 0.0 };
        let e2 = norm2_estimate(&e, 99, 200);
        // The computed A_k carries rounding of order ε·‖A‖ = 8ε; 1e-13 absolute is generous.
        assert!(
            (e2 - next).abs() < 1e-13,
            "low_rank_approx(k = {k}): ‖A − A_k‖₂ = {e2}, Eckart–Young says σₖ₊₁ = {next}"
        );
        let tail: f64 = sigma[k.min(6)..].iter().map(|s| s * s).sum::<f64>().sqrt();
        let ef = frobenius(&e);
        assert!(
            (ef - tail).abs() < 1e-13,
            "low_rank_approx(k = {k}): ‖A − A_k‖_F = {ef}, want √(Σ σⱼ², j > k) = {tail}"
        );
    }
}

#[test]
fn full_rank_approx_is_a_itself() {
    let a = random_matrix(5, 8, 3);
    let a5 = ok(
        "full_rank_approx_is_a_itself: low_rank_approx(&a, 5)",
        low_rank_approx(&a, 5),
    );
    assert!(
        reconstruction_ratio(&a, &a5) < THRESHOLD,
        "low_rank_approx(5×8 random, k = 5 = rank): ‖A − A₅‖/(n‖A‖ε) = {:.3e}, want < {THRESHOLD}",
        reconstruction_ratio(&a, &a5)
    );
    assert_eq!(
        ok(
            "full_rank_approx_is_a_itself: low_rank_approx(&a, 0)",
            low_rank_approx(&a, 0)
        ),
        Matrix::zeros(5, 8),
        "low_rank_approx(5×8 random, k = 0) is the zero matrix"
    );
    assert!(
        matches!(
            low_rank_approx(&a, 6),
            Err(LinalgError::InvalidArgument { .. })
        ),
        "low_rank_approx(5×8, k = 6 > min(m, n)): got {:?}, want Err(LinalgError::InvalidArgument {{ .. }})",
        low_rank_approx(&a, 6)
    );
}

#[test]
fn pseudo_inverse_penrose_conditions() {
    for (m, n, r, seed) in [(6, 4, 4, 1), (4, 6, 4, 2), (7, 5, 2, 3), (5, 5, 3, 4)] {
        let a = random_rank_deficient(m, n, r, seed);
        let x = ok(
            "pseudo_inverse_penrose_conditions: pseudo_inverse(&a)",
            pseudo_inverse(&a),
        );
        penrose(&format!("pseudo_inverse({m}×{n}, rank {r})"), &a, &x);
    }
}

#[test]
fn pseudo_inverse_of_invertible_is_the_inverse() {
    let a = matrix![[2.0, 1.0], [1.0, 1.0]]; // inverse [[1, −1], [−1, 2]]
    let x = ok(
        "pseudo_inverse_of_invertible_is_the_inverse: pseudo_inverse(&a)",
        pseudo_inverse(&a),
    );
    // κ(A) ≈ 6.9: entries good to ~κ·ε.
    assert!(
        approx::abs_diff_eq!(x, matrix![[1.0, -1.0], [-1.0, 2.0]], epsilon = 1e-14),
        "pseudo_inverse([[2, 1], [1, 1]]) is the inverse [[1, −1], [−1, 2]]: got {}, want {} (abs_diff_eq, epsilon = 1e-14)",
        x,
        matrix![[1.0, -1.0], [-1.0, 2.0]]
    );
}

#[test]
fn pseudo_inverse_small_cases() {
    let x = ok(
        "pseudo_inverse_small_cases: pseudo_inverse(&matrix![[1.0, 0.0], [0.0, 0.0]])",
        pseudo_inverse(&matrix![[1.0, 0.0], [0.0, 0.0]]),
    );
    assert_eq!(x[(1, 1)], 0.0, "a zero singular value is not inverted");
    assert_eq!(
        ok(
            "pseudo_inverse_small_cases: pseudo_inverse(&Matrix::zeros(3, 2))",
            pseudo_inverse(&Matrix::zeros(3, 2))
        ),
        Matrix::zeros(2, 3),
        "pseudo_inverse(3×2 zeros) is the 2×3 zero matrix"
    );
    assert_eq!(
        ok(
            "pseudo_inverse_small_cases: pseudo_inverse(&Matrix::zeros(0, 3))",
            pseudo_inverse(&Matrix::zeros(0, 3))
        )
        .shape(),
        (3, 0),
        "pseudo_inverse(0×3): shape"
    );
    // A column vector: a⁺ = aᵀ/(aᵀa).
    let x = ok(
        "pseudo_inverse_small_cases: pseudo_inverse(&matrix![[3.0], [4.0]])",
        pseudo_inverse(&matrix![[3.0], [4.0]]),
    );
    assert!(
        approx::abs_diff_eq!(x, matrix![[0.12, 0.16]], epsilon = 1e-16),
        "pseudo_inverse of the column (3, 4) is aᵀ/(aᵀa): got {}, want {} (abs_diff_eq, epsilon = 1e-16)",
        x,
        matrix![[0.12, 0.16]]
    );
}

#[test]
fn pseudo_inverse_cuts_rounding_level_singular_values() {
    // Rank 2 in exact arithmetic; rounding leaves σ₃ ≈ 1e-16. Inverting it would give
    // entries near 1e16.
    let a = random_rank_deficient(5, 3, 2, 8);
    let x = ok(
        "pseudo_inverse_cuts_rounding_level_singular_values: pseudo_inverse(&a)",
        pseudo_inverse(&a),
    );
    let big = x.as_slice().iter().fold(0.0_f64, |m, v| m.max(v.abs()));
    assert!(big < 100.0, "pseudo_inverse(rank 2): max |entry| = {big:e}");
}

#[test]
fn numerical_rank_cases() {
    assert_eq!(
        ok(
            "numerical_rank_cases: numerical_rank(&random_rank_deficient(12, 9, 4, 2))",
            numerical_rank(&random_rank_deficient(12, 9, 4, 2))
        ),
        4,
        "numerical_rank of a random 12×9 matrix of rank 4 (seed 2)"
    );
    assert_eq!(
        ok(
            "numerical_rank_cases: numerical_rank(&random_matrix(6, 9, 3))",
            numerical_rank(&random_matrix(6, 9, 3))
        ),
        6,
        "numerical_rank of a random 6×9 matrix (full rank 6)"
    );
    assert_eq!(
        ok(
            "numerical_rank_cases: numerical_rank(&Matrix::zeros(3, 3))",
            numerical_rank(&Matrix::zeros(3, 3))
        ),
        0,
        "numerical_rank(3×3 zeros)"
    );
    assert_eq!(
        ok(
            "numerical_rank_cases: numerical_rank(&Matrix::zeros(0, 5))",
            numerical_rank(&Matrix::zeros(0, 5))
        ),
        0,
        "numerical_rank(0×5)"
    );
    // H₁₂: σ_min ≈ 1e-16·σ₁ is below the tolerance 12·ε·σ₁: numerically rank 11.
    let r = ok(
        "numerical_rank_cases: numerical_rank(&hilbert(12))",
        numerical_rank(&hilbert(12)),
    );
    assert!(r < 12, "hilbert(12) is numerically singular, got rank {r}");
    let a = Matrix::from_diag(&[1.0, 1e-6, 1e-12]);
    assert_eq!(
        ok(
            "numerical_rank_cases: numerical_rank_with_tol(&a, 1e-9)",
            numerical_rank_with_tol(&a, 1e-9)
        ),
        2,
        "numerical_rank_with_tol(diag(1, 1e-6, 1e-12), tol = 1e-9)"
    );
    assert_eq!(
        ok(
            "numerical_rank_cases: numerical_rank_with_tol(&a, 0.0)",
            numerical_rank_with_tol(&a, 0.0)
        ),
        3,
        "numerical_rank_with_tol(diag(1, 1e-6, 1e-12), tol = 0): every non-zero σ counts"
    );
    assert!(
        matches!(
            numerical_rank_with_tol(&a, -1.0),
            Err(LinalgError::InvalidArgument { .. })
        ),
        "numerical_rank_with_tol(tol = −1): got {:?}, want Err(LinalgError::InvalidArgument {{ .. }})",
        numerical_rank_with_tol(&a, -1.0)
    );
}

#[test]
fn cond_2_cases() {
    assert!(
        (ok(
            "cond_2_cases: cond_2(&Matrix::from_diag(&[2.0, 0.5]))",
            cond_2(&Matrix::from_diag(&[2.0, 0.5]))
        ) - 4.0)
            .abs()
            < 1e-15,
        "cond_2(diag(2, 0.5)): got {:e}, want 4 (within 1e-15)",
        ok(
            "cond_2_cases: cond_2(&Matrix::from_diag(&[2.0, 0.5]))",
            cond_2(&Matrix::from_diag(&[2.0, 0.5]))
        )
    );
    let q = random_orthogonal(6, 1);
    assert!(
        (ok("cond_2_cases: cond_2(&q)", cond_2(&q)) - 1.0).abs() < 1e-14,
        "κ₂(Q) = 1"
    );
    // σ_min = 1e-6 is computed to about ε·σ₁ absolute: relative 2e-10, so κ to ~1e-9.
    let a = random_with_condition(8, 1e6, 2);
    let k = ok("cond_2_cases: cond_2(&a)", cond_2(&a));
    assert!((k / 1e6 - 1.0).abs() < 1e-8, "κ₂ = {k:e}, want 1e6");
    assert_eq!(
        ok(
            "cond_2_cases: cond_2(&matrix![[1.0, 1.0], [1.0, 1.0]])",
            cond_2(&matrix![[1.0, 1.0], [1.0, 1.0]])
        ),
        f64::INFINITY,
        "cond_2([[1, 1], [1, 1]]): σ_min = 0"
    );
    // Rectangular: σ_max/σ_min over min(m, n) values.
    let r = with_singular_values(6, 3, &[3.0, 2.0, 0.5], 3);
    assert!(
        (ok("cond_2_cases: cond_2(&r)", cond_2(&r)) - 6.0).abs() < 1e-13,
        "cond_2 of a 6×3 matrix with σ = 3, 2, 0.5: got {:e}, want 6 (within 1e-13)",
        ok("cond_2_cases: cond_2(&r)", cond_2(&r))
    );
    assert!(
        matches!(cond_2(&Matrix::zeros(0, 0)), Err(LinalgError::Empty { .. })),
        "cond_2(0×0): got {:?}, want Err(LinalgError::Empty {{ .. }})",
        cond_2(&Matrix::zeros(0, 0))
    );
}

#[test]
fn rank_and_pseudo_inverse_cut_offs_scale_with_sigma_max() {
    // The cut-off is relative, max(m, n)·ε·σ₁: multiplying A by any power of ten changes
    // neither its numerical rank nor (up to the factor) its pseudo-inverse. An absolute cut-off
    // counts rounding noise of a large matrix (σ ≈ 1e-7 at scale 1e9) as rank, and drops every
    // singular value of a tiny one.
    let base = random_rank_deficient(7, 5, 2, 6);
    for scale in [1e-20, 1e9] {
        let a = base.map(|v| v * scale);
        let r = ok(
            "rank_and_pseudo_inverse_cut_offs_scale_with_sigma_max: numerical_rank(&a)",
            numerical_rank(&a),
        );
        assert_eq!(
            r, 2,
            "numerical_rank(rank-2 7×5 matrix × {scale:e}) = {r}, want 2"
        );
        let x = ok(
            "rank_and_pseudo_inverse_cut_offs_scale_with_sigma_max: pseudo_inverse(&a)",
            pseudo_inverse(&a),
        );
        // A⁺A is the orthogonal projector onto the row space of A: its trace is the rank.
        let p = naive_matmul(&x, &a);
        let tr: f64 = (0..5).map(|i| p[(i, i)]).sum();
        assert!(
            (tr - 2.0).abs() < 1e-10,
            "pseudo_inverse(rank-2 7×5 matrix × {scale:e}): trace(A⁺A) = {tr}, want the rank 2"
        );
    }
}
