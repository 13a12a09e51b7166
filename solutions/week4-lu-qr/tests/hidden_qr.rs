//! Hidden tests: classical and modified Gram–Schmidt, Householder (thin, full, Qᵀb), Givens
//! (19 points).
//!
//! `‖A − QR‖/(max(m,n)‖A‖ε) < 30` for all four algorithms on any input (each column of `A` is
//! reproduced to rounding error); `‖I − QᵀQ‖/(nε) < 30` for Householder and Givens on any input
//! (products of exactly-orthogonal transformations, error O(mnε)), but for Gram–Schmidt only on
//! well-conditioned input: CGS loses orthogonality like κ²ε and MGS like κε.

use week1_vectors::testing::{
    EPS, THRESHOLD, is_upper_triangular, max_abs, naive_matmul, naive_matvec, naive_sub,
    naive_transpose, orthogonality_loss, orthogonality_ratio, points, reconstruction_ratio,
};
use week1_vectors::{LinalgError, Matrix, Result, Vector, gallery, matrix};
use week4_lu_qr::{
    Qr, givens_rotation, householder, qr_cgs, qr_givens, qr_householder, qr_householder_full,
    qr_mgs,
};

type QrFn = fn(&Matrix) -> Result<Qr>;

const ALL: [(&str, QrFn); 4] = [
    ("qr_cgs", qr_cgs),
    ("qr_mgs", qr_mgs),
    ("qr_householder", qr_householder),
    ("qr_givens", qr_givens),
];

fn check(what: &str, a: &Matrix, f: &Qr, orthogonal: bool) {
    let (m, n) = a.shape();
    let k = m.min(n);
    assert_eq!(f.q.shape(), (m, k), "{what}: Q must be {m}×{k}");
    assert_eq!(f.r.shape(), (k, n), "{what}: R must be {k}×{n}");
    assert!(
        is_upper_triangular(&f.r),
        "{what}: R is not upper triangular"
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

fn powers_of_half(n: usize) -> Vec<f64> {
    (1..=n).map(|j| 0.5f64.powi(j as i32)).collect()
}

#[test]
fn householder_tall_square_wide() {
    let _points = points(3);
    for (m, n, seed) in [
        (70, 10, 201),
        (25, 25, 202),
        (6, 15, 203),
        (2, 1, 204),
        (1, 5, 205),
    ] {
        let a = gallery::random_uniform(m, n, -1.0, 1.0, seed);
        check(
            &format!("qr_householder({m}×{n})"),
            &a,
            &qr_householder(&a).unwrap(),
            true,
        );
    }
}

#[test]
fn householder_on_ill_conditioned_and_kahan() {
    let _points = points(2);
    // Orthogonality does not depend on κ(A): T&B's matrix with κ = 2⁴⁴, and Kahan's matrix.
    let a = gallery::with_singular_values(45, 45, &powers_of_half(45), 206);
    check(
        "qr_householder(σ = 2⁻¹…2⁻⁴⁵)",
        &a,
        &qr_householder(&a).unwrap(),
        true,
    );
    let k = gallery::kahan(40, 1.2);
    check(
        "qr_householder(kahan(40))",
        &k,
        &qr_householder(&k).unwrap(),
        true,
    );
    // Rank deficient input is fine for Householder (a zero column, a repeated column).
    let a = matrix![
        [1.0, 0.0, 1.0],
        [2.0, 0.0, 2.0],
        [3.0, 0.0, 3.0],
        [4.0, 0.0, 4.0]
    ];
    check(
        "qr_householder(rank 1)",
        &a,
        &qr_householder(&a).unwrap(),
        true,
    );
}

#[test]
fn householder_sign_choice() {
    let _points = points(2);
    // Columns that are nearly ±e₀ (and nearly e₀ after the first step): the wrong sign cancels
    // v₀ to 0 and the zeros written below the diagonal are then wrong by ~1e-9.
    let a = matrix![
        [-1.0, 3.0, 1.0],
        [1e-9, 1.0, 1e-9],
        [2e-9, 1e-9, 1e-9],
        [0.0, 2e-9, 1.0]
    ];
    check(
        "qr_householder(columns ≈ ±e₀)",
        &a,
        &qr_householder(&a).unwrap(),
        true,
    );
    let a = matrix![[1.0], [1e-12]];
    check(
        "qr_householder([[1], [1e-12]])",
        &a,
        &qr_householder(&a).unwrap(),
        true,
    );
}

#[test]
fn householder_full_and_implicit() {
    let _points = points(2);
    for (m, n, seed) in [(9, 4, 207), (5, 5, 208), (3, 7, 209)] {
        let a = gallery::random_matrix(m, n, seed);
        let f = qr_householder_full(&a).unwrap();
        assert_eq!(f.q.shape(), (m, m), "full Q of {m}×{n}");
        assert_eq!(f.r.shape(), (m, n), "full R of {m}×{n}");
        assert!(is_upper_triangular(&f.r), "full R of {m}×{n}");
        let orth = orthogonality_ratio(&f.q);
        assert!(
            orth < THRESHOLD,
            "full Q of {m}×{n}: ‖I − QᵀQ‖/(nε) = {orth:.3e}"
        );
        let rec = reconstruction_ratio(&a, &naive_matmul(&f.q, &f.r));
        assert!(rec < THRESHOLD, "full QR of {m}×{n}: ratio {rec:.3e}");
        // Qᵀb from the reflectors equals (full Q)ᵀb, and the thin Q is the full Q's first k
        // columns (up to rounding: 1e-13 is ~500ε for entries of size 1).
        let h = householder(&a).unwrap();
        let b = gallery::random_vector(m, seed + 10);
        let want = naive_matvec(&naive_transpose(&h.full_q()), &b);
        let got = h.apply_qt(&b).unwrap();
        let err = (0..m).map(|i| (got[i] - want[i]).abs()).fold(0.0, f64::max);
        assert!(
            err < 1e-13,
            "apply_qt on {m}×{n}: differs from Qᵀb by {err:e}"
        );
        let thin = h.thin_q();
        let k = m.min(n);
        let diff = max_abs(&naive_sub(&thin, &h.full_q().submatrix(0, m, 0, k)));
        assert!(diff < 1e-13, "thin_q vs full_q's first columns: {diff:e}");
        let x = Vector::from_fn(m, |i| i as f64 - 1.0);
        let back = h.apply_qt(&h.apply_q(&x).unwrap()).unwrap();
        let err = (0..m).map(|i| (back[i] - x[i]).abs()).fold(0.0, f64::max);
        assert!(err < 1e-13, "apply_qt(apply_q(x)) ≠ x on {m}×{n}: {err:e}");
    }
}

#[test]
fn gram_schmidt_well_conditioned() {
    let _points = points(2);
    // κ ≤ 10: CGS loses at most κ²ε ≈ 100ε, MGS κε — both orthogonal to working precision.
    for (name, qr) in [("qr_cgs", qr_cgs as QrFn), ("qr_mgs", qr_mgs)] {
        for (m, n, seed) in [(80, 5, 210), (30, 12, 211)] {
            let a = gallery::random_matrix(m, n, seed);
            check(&format!("{name}({m}×{n})"), &a, &qr(&a).unwrap(), true);
        }
        let a = gallery::random_with_condition(12, 3.0, 212);
        check(&format!("{name}(κ = 3)"), &a, &qr(&a).unwrap(), true);
        // Wide input: the first m columns are orthonormalised, the rest only give R's entries,
        // so those columns are reproduced only as well as QQᵀ = I holds: first 4 columns with
        // κ = 2 (orthogonal to a few ε), the rest random.
        let lead = gallery::random_with_condition(4, 2.0, 213);
        let rest = gallery::random_matrix(4, 5, 213);
        let a = Matrix::from_fn(4, 9, |i, j| {
            if j < 4 {
                lead[(i, j)]
            } else {
                rest[(i, j - 4)]
            }
        });
        check(&format!("{name}(4×9)"), &a, &qr(&a).unwrap(), true);
        // R's diagonal is positive in Gram–Schmidt (r_jj = ‖v‖).
        let f = qr(&gallery::random_matrix(10, 6, 214)).unwrap();
        assert!((0..6).all(|j| f.r[(j, j)] > 0.0), "{name}: r_jj = ‖v‖ > 0");
    }
}

#[test]
fn cgs_loses_orthogonality_on_the_trefethen_bau_matrix() {
    let _points = points(2);
    // Singular values 2⁻¹ … 2⁻³⁰: κ = 2²⁹ ≈ 5.4e8. MGS loses ≈ κε ≈ 1e-7; CGS, ≈ κ²ε ≫ 1,
    // loses orthogonality completely (‖I − QᵀQ‖ of order 1); Householder keeps it.
    let n = 30;
    let a = gallery::with_singular_values(n, n, &powers_of_half(n), 215);
    let cgs = orthogonality_loss(&qr_cgs(&a).unwrap().q);
    let mgs = orthogonality_loss(&qr_mgs(&a).unwrap().q);
    let hh = orthogonality_ratio(&qr_householder(&a).unwrap().q);
    assert!(
        cgs > 0.1,
        "CGS on κ = 5e8 should lose orthogonality: ‖I − QᵀQ‖ = {cgs:.2e}"
    );
    assert!(
        mgs < 1e-5,
        "MGS on κ = 5e8: ‖I − QᵀQ‖ = {mgs:.2e}, expected about κε ≈ 1e-7"
    );
    assert!(cgs > 1e4 * mgs, "CGS ({cgs:.2e}) must be ≫ MGS ({mgs:.2e})");
    assert!(hh < THRESHOLD, "Householder: ‖I − QᵀQ‖/(nε) = {hh:.3e}");
    // All still reproduce A.
    for (name, qr) in ALL {
        let f = qr(&a).unwrap();
        let rec = reconstruction_ratio(&a, &naive_matmul(&f.q, &f.r));
        assert!(
            rec < THRESHOLD,
            "{name} on the T&B matrix: ‖A − QR‖ ratio {rec:.3e}"
        );
    }
}

#[test]
fn gram_schmidt_rank_deficient() {
    let _points = points(1);
    let a = matrix![
        [1.0, 2.0, 0.0],
        [2.0, 1.0, 0.0],
        [0.0, 1.0, 0.0],
        [1.0, 1.0, 0.0]
    ];
    for (name, qr) in [("qr_cgs", qr_cgs as QrFn), ("qr_mgs", qr_mgs)] {
        assert_eq!(
            qr(&a),
            Err(LinalgError::RankDeficient {
                op: name,
                rank: 2,
                needed: 3
            }),
            "{name}: the last column is zero"
        );
    }
}

#[test]
fn givens() {
    let _points = points(2);
    let (c, s, r) = givens_rotation(-3.0, 4.0);
    assert!(
        (c + 0.6).abs() <= 2.0 * EPS
            && (s - 0.8).abs() <= 2.0 * EPS
            && (r - 5.0).abs() <= 10.0 * EPS,
        "givens_rotation(−3, 4) = ({c}, {s}, {r}), want (−0.6, 0.8, 5): c = a/r, s = b/r, r ≥ 0"
    );
    assert_eq!(
        givens_rotation(0.0, 0.0),
        (1.0, 0.0, 0.0),
        "givens_rotation(0, 0): no rotation, r = 0"
    );
    let (c, s, r) = givens_rotation(3e-300, -4e-300);
    assert!(
        (c - 0.6).abs() < 1e-15 && (s + 0.8).abs() < 1e-15 && (r / 5e-300 - 1.0).abs() < 1e-15,
        "givens_rotation(3e-300, −4e-300) must not underflow: ({c}, {s}, {r:e})"
    );
    let (c, s, r) = givens_rotation(1e200, 1e200);
    assert!(
        r.is_finite() && (c * c + s * s - 1.0).abs() < 1e-15,
        "givens_rotation(1e200, 1e200) must not overflow: ({c}, {s}, {r:e})"
    );
    for (m, n, seed) in [(30, 8, 216), (12, 12, 217), (5, 11, 218)] {
        let a = gallery::random_uniform(m, n, -2.0, 2.0, seed);
        check(
            &format!("qr_givens({m}×{n})"),
            &a,
            &qr_givens(&a).unwrap(),
            true,
        );
    }
    let a = gallery::with_singular_values(30, 30, &powers_of_half(30), 219);
    check("qr_givens(σ = 2⁻¹…2⁻³⁰)", &a, &qr_givens(&a).unwrap(), true);
}

#[test]
fn degenerate_shapes() {
    let _points = points(2);
    for (name, qr) in ALL {
        for (m, n) in [(0, 0), (3, 0), (0, 4)] {
            let f = qr(&Matrix::zeros(m, n)).unwrap();
            let k = m.min(n);
            assert_eq!(f.q.shape(), (m, k), "{name} of {m}×{n}: Q");
            assert_eq!(f.r.shape(), (k, n), "{name} of {m}×{n}: R");
        }
        let a = matrix![[3.0], [-4.0], [0.0]];
        check(&format!("{name}(3×1)"), &a, &qr(&a).unwrap(), true);
        assert_eq!(qr(&a).unwrap().r[(0, 0)].abs(), 5.0, "{name}: |r₀₀| = ‖a₀‖");
        let a = matrix![[2.0, -1.0, 5.0]];
        check(&format!("{name}(1×3)"), &a, &qr(&a).unwrap(), true);
    }
    let f = qr_householder_full(&Matrix::zeros(3, 0)).unwrap();
    assert_eq!(f.q, Matrix::identity(3), "full Q of a 3×0 matrix is I");
}

#[test]
fn non_finite() {
    let _points = points(1);
    let mut a = gallery::random_matrix(4, 3, 220);
    a[(2, 1)] = f64::NAN;
    for (name, qr) in ALL {
        assert!(
            matches!(qr(&a), Err(LinalgError::NonFinite { op }) if op == name),
            "{name} with a NaN: {:?}",
            qr(&a)
        );
    }
    assert_eq!(
        householder(&a),
        Err(LinalgError::NonFinite { op: "householder" }),
        "householder of a matrix with a non-finite entry"
    );
}
