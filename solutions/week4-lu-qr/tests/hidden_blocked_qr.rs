//! Hidden tests: qr_householder_blocked (6 points).
//!
//! The same reflectors as the unblocked algorithm, grouped: `‖A − QR‖/(max(m,n)‖A‖ε) < 30` and
//! `‖I − QᵀQ‖/(nε) < 30` on any input (products of exactly-orthogonal transformations), whatever
//! the block size, including the last, narrower block.

use week1_vectors::testing::{
    THRESHOLD, is_upper_triangular, naive_matmul, orthogonality_ratio, points, reconstruction_ratio,
};
use week1_vectors::{LinalgError, Matrix, gallery};
use week4_lu_qr::qr_householder_blocked;

fn check(what: &str, a: &Matrix, nb: usize) {
    let (m, n) = a.shape();
    let k = m.min(n);
    let f = qr_householder_blocked(a, nb)
        .unwrap_or_else(|e| panic!("qr_householder_blocked({what}, nb = {nb}) failed: {e}"));
    assert_eq!(
        (f.q.shape(), f.r.shape()),
        ((m, k), (k, n)),
        "qr_householder_blocked({what}, nb = {nb}): Q must be m × min(m, n) and R min(m, n) × n"
    );
    assert!(
        is_upper_triangular(&f.r),
        "qr_householder_blocked({what}, nb = {nb}): R is not upper triangular"
    );
    let rec = reconstruction_ratio(a, &naive_matmul(&f.q, &f.r));
    assert!(
        rec < THRESHOLD,
        "qr_householder_blocked({what}, nb = {nb}): ‖A − QR‖/(max(m,n)‖A‖ε) = {rec:.3e}, expected < {THRESHOLD}"
    );
    let orth = orthogonality_ratio(&f.q);
    assert!(
        orth < THRESHOLD,
        "qr_householder_blocked({what}, nb = {nb}): ‖I − QᵀQ‖/(nε) = {orth:.3e}, expected < {THRESHOLD}"
    );
}

#[test]
fn blocked_qr_tall_wide_and_ill_conditioned() {
    let _points = points(3);
    for (m, n, nb) in [
        (61, 17, 5),
        (17, 61, 5),
        (45, 45, 6),
        (40, 39, 16),
        (3, 8, 2),
    ] {
        check(
            &format!("random {m}×{n}"),
            &gallery::random_matrix(m, n, (m * n) as u64),
            nb,
        );
    }
    // κ(H₁₂) ≈ 1.7e16 and Kahan's matrix: Householder does not care about conditioning.
    check("hilbert(12)", &gallery::hilbert(12), 5);
    check("kahan(30, 1.2)", &gallery::kahan(30, 1.2), 4);
}

#[test]
fn blocked_qr_rank_deficient() {
    let _points = points(2);
    check(
        "random rank-3 20×12",
        &gallery::random_rank_deficient(20, 12, 3, 5),
        4,
    );
    check("zeros 7×5", &Matrix::zeros(7, 5), 2);
    // The ones matrix: rank 1, every reflector after the first meets an exactly zero column or
    // only rounding dust.
    check("ones 9×9", &Matrix::from_fn(9, 9, |_, _| 1.0), 4);
}

#[test]
fn blocked_qr_errors() {
    let _points = points(1);
    let op = "qr_householder_blocked";
    let mut a = gallery::random_matrix(9, 7, 8);
    a[(8, 6)] = f64::NAN;
    let got = qr_householder_blocked(&a, 3);
    assert_eq!(
        got,
        Err(LinalgError::NonFinite { op }),
        "qr_householder_blocked(9×7 with NaN at (8, 6), nb = 3)"
    );
    let mut a = gallery::random_matrix(4, 4, 9);
    a[(3, 0)] = f64::NEG_INFINITY;
    let got = qr_householder_blocked(&a, 2);
    assert_eq!(
        got,
        Err(LinalgError::NonFinite { op }),
        "qr_householder_blocked(4×4 with −∞ at (3, 0), nb = 2)"
    );
    let got = qr_householder_blocked(&Matrix::zeros(2, 2), 0);
    assert!(
        matches!(
            got,
            Err(LinalgError::InvalidArgument {
                op: "qr_householder_blocked",
                ..
            })
        ),
        "qr_householder_blocked(2×2, nb = 0): got {got:?}, expected InvalidArgument"
    );
}
