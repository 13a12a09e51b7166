//! Public tests: qr_householder_blocked (src/blocked_qr.rs).
//!
//! Run just these with `cargo test -p week4-lu-qr --test e07_qr_blocked`.
//!
//! The blocked algorithm applies the same reflectors as the unblocked one, only grouped, so the
//! same two scaled residuals (LAPACK's `dqrt01`) hold for any input: `‖A − QR‖₁/(max(m,n)‖A‖₁ε)`
//! and `‖I − QᵀQ‖₁/(nε)` below 30. The sizes are chosen *not* to be multiples of the block size
//! (a last, narrower block) and the block sizes include 1 (the unblocked algorithm), 2 (the
//! smallest `T` with an off-diagonal entry) and more than `min(m, n)` (a single block).

use week1_vectors::testing::{
    THRESHOLD, is_upper_triangular, naive_matmul, orthogonality_ratio, reconstruction_ratio,
};
use week1_vectors::{LinalgError, Matrix, gallery};
use week4_lu_qr::{QR_BLOCK, Qr, qr_householder_blocked};

/// Shapes, triangularity and both residuals of `f = qr_householder_blocked(a, nb)`.
fn check(what: &str, a: &Matrix, nb: usize, f: &Qr) {
    let (m, n) = a.shape();
    let k = m.min(n);
    assert_eq!(
        (f.q.shape(), f.r.shape()),
        ((m, k), (k, n)),
        "qr_householder_blocked({what}, nb = {nb}): Q must be m × min(m, n) and R min(m, n) × n"
    );
    assert!(
        is_upper_triangular(&f.r),
        "qr_householder_blocked({what}, nb = {nb}): R is not upper triangular:\n{}",
        f.r
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
fn blocked_qr_odd_sizes_and_block_sizes() {
    let shapes = [
        (7, 5),
        (5, 7),
        (13, 13),
        (33, 20),
        (20, 33),
        (1, 1),
        (1, 4),
        (4, 1),
    ];
    for (s, &(m, n)) in shapes.iter().enumerate() {
        let a = gallery::random_matrix(m, n, 40 + s as u64);
        for nb in [1, 2, 3, 4, 8, QR_BLOCK, 64] {
            let f = qr_householder_blocked(&a, nb).unwrap_or_else(|e| {
                panic!("qr_householder_blocked(random {m}×{n}, nb = {nb}) failed: {e}")
            });
            check(&format!("random {m}×{n}"), &a, nb, &f);
        }
    }
}

#[test]
fn blocked_qr_several_full_blocks_and_a_short_one() {
    // 70 = 2·32 + 6 columns: two full blocks of QR_BLOCK and a last one of 6.
    let a = gallery::random_matrix(90, 70, 7);
    for nb in [QR_BLOCK, 5, 7] {
        let f = qr_householder_blocked(&a, nb).expect("random 90×70");
        check("random 90×70", &a, nb, &f);
    }
}

#[test]
fn blocked_qr_singular_input() {
    // A zero column and a repeated one: rank 4 of 6. QR still exists; the zero column stays
    // exactly zero under every reflection, so R's column 2 is exactly zero.
    let b = gallery::random_matrix(9, 6, 11);
    let a = Matrix::from_fn(9, 6, |i, j| match j {
        2 => 0.0,
        4 => b[(i, 1)],
        _ => b[(i, j)],
    });
    for nb in [2, 3, 4] {
        let f = qr_householder_blocked(&a, nb).expect("a rank-deficient matrix has a QR");
        check("rank-4 9×6", &a, nb, &f);
        let col: Vec<f64> = (0..6).map(|i| f.r[(i, 2)]).collect();
        assert!(
            col.iter().all(|&x| x == 0.0),
            "qr_householder_blocked(9×6 with column 2 = 0, nb = {nb}): R's column 2 = {col:?}, \
             expected exact zeros (a zero column gives no reflection and stays zero)"
        );
    }
}

#[test]
fn blocked_qr_rejects_nan_infinity_and_a_zero_block() {
    let op = "qr_householder_blocked";
    for (bad, what) in [(f64::NAN, "NaN"), (f64::INFINITY, "∞")] {
        // In the last block's columns: found before any work, and reported under this op.
        let mut a = gallery::random_matrix(6, 6, 3);
        a[(5, 5)] = bad;
        let got = qr_householder_blocked(&a, 2);
        assert_eq!(
            got,
            Err(LinalgError::NonFinite { op }),
            "qr_householder_blocked(6×6 with {what} at (5, 5), nb = 2)"
        );
    }
    let a = gallery::random_matrix(3, 3, 4);
    let got = qr_householder_blocked(&a, 0);
    assert!(
        matches!(
            got,
            Err(LinalgError::InvalidArgument {
                op: "qr_householder_blocked",
                ..
            })
        ),
        "qr_householder_blocked(3×3, nb = 0): got {got:?}, expected InvalidArgument"
    );
}

#[test]
fn blocked_qr_empty_shapes() {
    for (m, n) in [(0, 0), (0, 3), (3, 0)] {
        let f = qr_householder_blocked(&Matrix::zeros(m, n), 2)
            .unwrap_or_else(|e| panic!("qr_householder_blocked({m}×{n}) failed: {e}"));
        let k = m.min(n);
        assert_eq!(
            (f.q.shape(), f.r.shape()),
            ((m, k), (k, n)),
            "qr_householder_blocked({m}×{n}): Q must be {m}×{k} and R {k}×{n}"
        );
    }
}
