//! Public tests: the rank that the least-squares solvers report (src/lstsq.rs). Both report the
//! same numerical rank, `lstsq_rank` of the Householder `R` (one stated tolerance); when only
//! the normal equations fail (κ(A)² ≳ 1/ε with A of full rank) that is `NotPositiveDefinite`,
//! not a rank.
//!
//! Run just these with `cargo test -p week4-lu-qr --test e09_lstsq_rank`.

use week1_vectors::{LinalgError, Matrix, Vector, gallery};
use week4_lu_qr::{lstsq_normal, lstsq_qr};

/// A random `m × n` matrix whose column `dup` repeats column 0: rank `n − 1`, and every column
/// after `dup` is independent of the ones before it.
fn repeated_column(m: usize, n: usize, dup: usize, seed: u64) -> Matrix {
    let a = gallery::random_matrix(m, n, seed);
    Matrix::from_fn(m, n, |i, j| if j == dup { a[(i, 0)] } else { a[(i, j)] })
}

#[test]
fn both_solvers_report_the_numerical_rank() {
    let mut cases: Vec<(String, Matrix, usize)> = Vec::new();
    // 20×10 of rank 7: Cholesky of fl(AᵀA) without a tolerance used to stop at index 8.
    cases.push((
        "random_rank_deficient(20, 10, 7, 1)".into(),
        gallery::random_rank_deficient(20, 10, 7, 1),
        7,
    ));
    // Column 2 repeats column 0, columns 3..6 are independent: rank 5, although Cholesky of
    // AᵀA stops at index 2.
    cases.push((
        "repeated_column(12, 6, 2, 2)".into(),
        repeated_column(12, 6, 2, 2),
        5,
    ));
    for (what, a, rank) in cases {
        let (m, n) = a.shape();
        let b = gallery::random_vector(m, 3);
        let expected = Err(LinalgError::RankDeficient {
            op: "lstsq_qr",
            rank,
            needed: n,
        });
        assert_eq!(
            lstsq_qr(&a, &b),
            expected,
            "lstsq_qr({what}, b): A has rank {rank} of {n}"
        );
        let expected = Err(LinalgError::RankDeficient {
            op: "lstsq_normal",
            rank,
            needed: n,
        });
        assert_eq!(
            lstsq_normal(&a, &b),
            expected,
            "lstsq_normal({what}, b): A has rank {rank} of {n} — the same rank lstsq_qr reports \
             (lstsq_rank of A's Householder R), not Cholesky's breakdown index"
        );
    }
}

#[test]
fn full_rank_but_too_ill_conditioned_for_the_normal_equations() {
    // Läuchli, δ = 1e-9: σ = √(4 + δ²), δ, δ, δ — full rank, κ ≈ 2e9, so κ² ≈ 4e18 > 1/ε.
    let a = gallery::lauchli(4, 1e-9);
    let x_true = Vector::from([1.0, 2.0, -1.0, 0.5]);
    let b = Vector::from_fn(5, |i| (0..4).map(|j| a[(i, j)] * x_true[j]).sum());
    match lstsq_normal(&a, &b) {
        Err(LinalgError::NotPositiveDefinite {
            op: "lstsq_normal",
            index,
        }) => assert!(
            (1..4).contains(&index),
            "lstsq_normal(lauchli(4, 1e-9), b): NotPositiveDefinite at index {index}, expected \
             an index in 1..4 (the first pivot 1 + δ² is fine)"
        ),
        other => panic!(
            "lstsq_normal(lauchli(4, 1e-9), b): A has full rank 4 but fl(AᵀA) is not positive \
             definite: expected Err(NotPositiveDefinite), got {other:?}"
        ),
    }
    let x = lstsq_qr(&a, &b).unwrap_or_else(|e| {
        panic!("lstsq_qr(lauchli(4, 1e-9), b): A has full numerical rank, must solve: {e}")
    });
    // Zero residual: the error of a backward-stable solver is a modest multiple of κ·ε ≈ 4e-7.
    let err = (0..4).map(|j| (x[j] - x_true[j]).abs()).fold(0.0, f64::max) / 2.0;
    assert!(
        err < 1e-5,
        "lstsq_qr(lauchli(4, 1e-9), A·x_true): relative error {err:.1e}, expected a modest \
         multiple of κ·ε ≈ 4e-7"
    );
}
