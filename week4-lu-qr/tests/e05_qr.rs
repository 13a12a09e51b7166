//! Public tests: qr_cgs, qr_mgs (src/gram_schmidt.rs), householder, Householder::apply_qt /
//! apply_q / thin_q / full_q, qr_householder, qr_householder_full (src/householder.rs),
//! givens_rotation, qr_givens (src/givens.rs).
//!
//! Run just these with `cargo test -p week4-lu-qr --test e05_qr`.
//!
//! Two scaled residuals check a QR factorisation (LAPACK's `dqrt01`):
//! - `‖A − QR‖₁ / (max(m,n)·‖A‖₁·ε)`: every algorithm here reproduces `A` to rounding error
//!   (even classical Gram–Schmidt), so it is below 30 for any correct implementation;
//! - `‖I − QᵀQ‖₁ / (n·ε)`: Householder and Givens keep this of order 1 whatever the matrix;
//!   Gram–Schmidt only on well-conditioned input (CGS loses orthogonality like κ²ε, MGS like
//!   κε), so its orthogonality is tested on matrices with κ ≈ 2 only — and its *loss* on an
//!   ill-conditioned one.

use week1_vectors::testing::{
    EPS, THRESHOLD, is_upper_triangular, naive_matmul, naive_matvec, naive_transpose,
    orthogonality_loss, orthogonality_ratio, reconstruction_ratio,
};
use week1_vectors::{LinalgError, Matrix, Result, gallery, matrix, vector};
use week4_lu_qr::{
    Qr, givens_rotation, householder, qr_cgs, qr_givens, qr_householder, qr_householder_full,
    qr_mgs,
};

type QrFn = fn(&Matrix) -> Result<Qr>;

/// Checks shapes and triangularity, and both residuals (orthogonality only if `orthogonal`).
fn check_qr(what: &str, a: &Matrix, f: &Qr, orthogonal: bool) {
    let (m, n) = a.shape();
    let k = m.min(n);
    assert_eq!(f.q.shape(), (m, k), "{what}: Q must be m × min(m, n)");
    assert_eq!(f.r.shape(), (k, n), "{what}: R must be min(m, n) × n");
    assert!(
        is_upper_triangular(&f.r),
        "{what}: R is not upper triangular:\n{}",
        f.r
    );
    let rec = reconstruction_ratio(a, &naive_matmul(&f.q, &f.r));
    assert!(
        rec < THRESHOLD,
        "{what}: ‖A − QR‖/(max(m,n)‖A‖ε) = {rec:.3e}"
    );
    if orthogonal {
        let orth = orthogonality_ratio(&f.q);
        assert!(orth < THRESHOLD, "{what}: ‖I − QᵀQ‖/(nε) = {orth:.3e}");
    }
}

fn all_methods() -> [(&'static str, QrFn); 4] {
    [
        ("qr_cgs", qr_cgs),
        ("qr_mgs", qr_mgs),
        ("qr_householder", qr_householder),
        ("qr_givens", qr_givens),
    ]
}

// ---- Gram–Schmidt ------------------------------------------------------------------------

#[test]
fn gram_schmidt_by_hand() {
    // a₀ = (3, 4): r₀₀ = 5, q₀ = (0.6, 0.8). a₁ = (1, 2): r₀₁ = 0.6 + 1.6 = 2.2,
    // v = (1, 2) − 2.2·(0.6, 0.8) = (−0.32, 0.24), r₁₁ = 0.4, q₁ = (−0.8, 0.6).
    let a = matrix![[3.0, 1.0], [4.0, 2.0]];
    for (name, qr) in [("qr_cgs", qr_cgs as QrFn), ("qr_mgs", qr_mgs)] {
        let f = qr(&a).unwrap();
        let want_q = matrix![[0.6, -0.8], [0.8, 0.6]];
        let want_r = matrix![[5.0, 2.2], [0.0, 0.4]];
        assert!(
            approx::relative_eq!(f.q, want_q, epsilon = 8.0 * EPS),
            "{name}([[3, 1], [4, 2]]): Q: got {:?}, want {:?} (relative_eq, epsilon = 8.0 * EPS)",
            f.q,
            want_q
        );
        assert!(
            approx::relative_eq!(f.r, want_r, epsilon = 8.0 * EPS),
            "{name}([[3, 1], [4, 2]]): R: got {:?}, want {:?} (relative_eq, epsilon = 8.0 * EPS)",
            f.r,
            want_r
        );
        check_qr(name, &a, &f, true);
    }
}

#[test]
fn gram_schmidt_well_conditioned_tall() {
    // Tall Gaussian matrices are well conditioned (κ ≈ (√m + √n)/(√m − √n) ≈ 2 here).
    for (name, qr) in [("qr_cgs", qr_cgs as QrFn), ("qr_mgs", qr_mgs)] {
        for (m, n, seed) in [(6, 2, 1), (40, 8, 2), (90, 12, 3)] {
            let a = gallery::random_matrix(m, n, seed);
            check_qr(
                &format!("{name}({m}×{n} random)"),
                &a,
                &qr(&a).unwrap(),
                true,
            );
        }
    }
}

#[test]
fn gram_schmidt_zero_column_is_rank_deficient() {
    let a = matrix![[1.0, 0.0, 2.0], [1.0, 0.0, 1.0], [0.0, 0.0, 1.0]];
    for (name, qr) in [("qr_cgs", qr_cgs as QrFn), ("qr_mgs", qr_mgs)] {
        assert_eq!(
            qr(&a),
            Err(LinalgError::RankDeficient {
                op: name,
                rank: 1,
                needed: 3
            }),
            "{name}: column 1 is zero"
        );
    }
}

#[test]
fn classical_loses_orthogonality_modified_less() {
    // Trefethen & Bau, Lecture 9: singular values 2⁻¹ … 2⁻²⁰, κ = 2¹⁹ ≈ 5e5. CGS loses
    // orthogonality like κ²ε ≈ 6e-5, MGS like κε ≈ 1e-10, Householder not at all.
    let n = 20;
    let sigma: Vec<f64> = (1..=n).map(|j| 0.5f64.powi(j)).collect();
    let a = gallery::with_singular_values(n as usize, n as usize, &sigma, 5);
    let cgs = orthogonality_loss(&qr_cgs(&a).unwrap().q);
    let mgs = orthogonality_loss(&qr_mgs(&a).unwrap().q);
    let hh = orthogonality_loss(&qr_householder(&a).unwrap().q);
    assert!(
        cgs > 1e-8,
        "CGS should lose orthogonality here: ‖I − QᵀQ‖ = {cgs:.2e}"
    );
    assert!(
        cgs > 100.0 * mgs,
        "CGS ({cgs:.2e}) should be far less orthogonal than MGS ({mgs:.2e})"
    );
    assert!(
        mgs > 10.0 * hh,
        "MGS ({mgs:.2e}) should be less orthogonal than Householder ({hh:.2e})"
    );
    // …and all of them still reproduce A.
    for (name, qr) in all_methods() {
        let f = qr(&a).unwrap();
        let rec = reconstruction_ratio(&a, &naive_matmul(&f.q, &f.r));
        assert!(rec < THRESHOLD, "{name}: ‖A − QR‖/(n‖A‖ε) = {rec:.3e}");
    }
}

// ---- Householder -------------------------------------------------------------------------

#[test]
fn householder_by_hand() {
    // x = (3, 4): sign(x₀) = +, so Hx = −5e₀ and v ∝ (3 + 5, 4) = (8, 4).
    let h = householder(&matrix![[3.0], [4.0]]).unwrap();
    assert_eq!(
        h.r(),
        &matrix![[-5.0]],
        "householder([[3], [4]]): R. The reflector sends x to −sign(x₀)‖x‖e₀ = −5e₀; +5 means v₀ = x₀ − sign(x₀)‖x‖ (the cancelling sign), see the lesson's 'The sign'"
    );
    let v = &h.reflectors()[0];
    assert!(
        approx::relative_eq!(v[0] / v[1], 2.0, epsilon = 4.0 * EPS),
        "householder([[3], [4]]): v₀/v₁ of the reflector (v ∝ (3 + 5, 4)): got {:?}, want {:?} (relative_eq, epsilon = 4.0 * EPS)",
        v[0] / v[1],
        2.0
    );
    let norm_v = (v[0] * v[0] + v[1] * v[1]).sqrt();
    assert!(
        (norm_v - 1.0).abs() < 4.0 * EPS,
        "reflector must be a unit vector, ‖v‖ = {norm_v}"
    );
}

#[test]
fn householder_random_shapes() {
    for (m, n, seed) in [(1, 1, 1), (5, 3, 2), (12, 12, 3), (30, 7, 4), (3, 6, 5)] {
        let a = gallery::random_matrix(m, n, seed);
        check_qr(
            &format!("qr_householder({m}×{n})"),
            &a,
            &qr_householder(&a).unwrap(),
            true,
        );
    }
}

#[test]
fn householder_sign_avoids_cancellation() {
    // The first column is almost e₀: with the wrong sign, v₀ = 1 − ‖x‖ cancels to 0, the
    // reflector misses, and the zeros written below r₀₀ are wrong by 1e-10 ≫ ε.
    let a = matrix![[1.0, 2.0], [1e-10, 1.0], [1e-10, 3.0]];
    check_qr(
        "qr_householder(first column ≈ e₀)",
        &a,
        &qr_householder(&a).unwrap(),
        true,
    );
}

#[test]
fn householder_full_q() {
    let a = gallery::random_matrix(7, 3, 11);
    let f = qr_householder_full(&a).unwrap();
    assert_eq!(f.q.shape(), (7, 7), "full Q is m × m");
    assert_eq!(f.r.shape(), (7, 3), "full R is m × n");
    assert!(is_upper_triangular(&f.r), "full R:\n{}", f.r);
    let orth = orthogonality_ratio(&f.q);
    assert!(orth < THRESHOLD, "full Q: ‖I − QᵀQ‖/(nε) = {orth:.3e}");
    let rec = reconstruction_ratio(&a, &naive_matmul(&f.q, &f.r));
    assert!(rec < THRESHOLD, "full QR: ‖A − QR‖/(n‖A‖ε) = {rec:.3e}");
}

#[test]
fn apply_qt_matches_the_explicit_q() {
    let a = gallery::random_matrix(9, 4, 12);
    let b = gallery::random_vector(9, 13);
    let h = householder(&a).unwrap();
    let q = h.full_q();
    let want = naive_matvec(&naive_transpose(&q), &b);
    let got = h.apply_qt(&b).unwrap();
    let err = (0..9).map(|i| (got[i] - want[i]).abs()).fold(0.0, f64::max);
    assert!(
        err < 1e-14,
        "apply_qt(b) differs from (full Q)ᵀb by {err:e}"
    );
    // apply_q undoes it.
    let back = h.apply_q(&got).unwrap();
    let err = (0..9).map(|i| (back[i] - b[i]).abs()).fold(0.0, f64::max);
    assert!(
        err < 1e-14,
        "apply_q(apply_qt(b)) differs from b by {err:e}"
    );
}

#[test]
fn apply_qt_length_mismatch() {
    let h = householder(&Matrix::identity(3)).unwrap();
    assert_eq!(
        h.apply_qt(&vector![1.0, 2.0]),
        Err(LinalgError::LengthMismatch {
            op: "Householder::apply_qt",
            left: 3,
            right: 2
        }),
        "Householder::apply_qt with a length-2 vector for a 3-row factorisation"
    );
}

// ---- Givens ------------------------------------------------------------------------------

#[test]
fn givens_rotation_by_hand() {
    let (c, s, r) = givens_rotation(6.0, 8.0);
    assert!(
        (c - 0.6).abs() <= 2.0 * EPS
            && (s - 0.8).abs() <= 2.0 * EPS
            && (r - 10.0).abs() <= 20.0 * EPS,
        "givens_rotation(6, 8) = ({c}, {s}, {r}), want (0.6, 0.8, 10)"
    );
    assert_eq!(
        givens_rotation(5.0, 0.0),
        (1.0, 0.0, 5.0),
        "b = 0: no rotation"
    );
    assert_eq!(givens_rotation(0.0, 0.0), (1.0, 0.0, 0.0), "a = b = 0");
    let (c, s, r) = givens_rotation(0.0, -2.0);
    assert_eq!(
        (c, r),
        (0.0, 2.0),
        "givens_rotation(0, −2): (c, r); r = √(a² + b²) ≥ 0, so s = −1"
    );
    assert_eq!(-s * 0.0 + c * -2.0, 0.0, "the rotation zeros b");
}

#[test]
fn givens_random_shapes() {
    for (m, n, seed) in [(2, 2, 21), (8, 5, 22), (20, 20, 23), (4, 9, 24)] {
        let a = gallery::random_matrix(m, n, seed);
        check_qr(
            &format!("qr_givens({m}×{n})"),
            &a,
            &qr_givens(&a).unwrap(),
            true,
        );
    }
}

// ---- all four ------------------------------------------------------------------------------

#[test]
fn non_finite_input_is_an_error() {
    let a = matrix![[1.0, 2.0], [f64::INFINITY, 1.0]];
    for (name, qr) in all_methods() {
        assert!(
            matches!(qr(&a), Err(LinalgError::NonFinite { .. })),
            "{name} of a matrix with ∞: {:?}",
            qr(&a)
        );
    }
}

#[test]
fn empty_and_one_by_one() {
    for (name, qr) in all_methods() {
        let f = qr(&Matrix::zeros(0, 0)).unwrap();
        assert_eq!(
            (f.q.shape(), f.r.shape()),
            ((0, 0), (0, 0)),
            "{name} of 0×0"
        );
        let f = qr(&matrix![[-2.0]]).unwrap();
        assert_eq!(f.q[(0, 0)] * f.r[(0, 0)], -2.0, "{name} of [[−2]]");
        assert_eq!(f.q[(0, 0)].abs(), 1.0, "{name} of [[−2]]: |q| = 1");
    }
}
