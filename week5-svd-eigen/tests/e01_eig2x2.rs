//! `eig2x2`: the closed form, real or complex pair, without cancellation or overflow.

use week1_vectors::gallery::rng;
use week5_svd_eigen::{Complex, eig2x2};

/// The characteristic-polynomial identities λ₁ + λ₂ = a + d and λ₁·λ₂ = ad − bc, to relative
/// accuracy `tol` of the magnitudes involved.
fn check_identities(m: [f64; 4], tol: f64) {
    let [a, b, c, d] = m;
    let [l1, l2] = eig2x2(a, b, c, d);
    let sum = l1 + l2;
    let prod = l1 * l2;
    let scale = l1.abs().max(l2.abs());
    assert!(
        (sum.re - (a + d)).abs() <= tol * scale && sum.im.abs() <= tol * scale,
        "eig2x2({m:?}) = [{l1}, {l2}]: sum {sum} should be the trace {}",
        a + d
    );
    let det = a * d - b * c;
    assert!(
        (prod.re - det).abs() <= tol * scale * scale && prod.im.abs() <= tol * scale * scale,
        "eig2x2({m:?}) = [{l1}, {l2}]: product {prod} should be the determinant {det}"
    );
}

#[test]
fn real_pair_largest_first() {
    assert_eq!(
        eig2x2(2.0, 1.0, 1.0, 2.0),
        [Complex::real(3.0), Complex::real(1.0)],
        "eig2x2(2, 1, 1, 2): eigenvalues 3 and 1, larger first"
    );
    // [[4, 1], [2, 3]]: trace 7, det 10 → 5 and 2.
    let [l1, l2] = eig2x2(4.0, 1.0, 2.0, 3.0);
    assert!(
        approx::relative_eq!(l1.re, 5.0, max_relative = 1e-15),
        "eig2x2(4, 1, 2, 3) (trace 7, det 10): λ₁: got {:?}, want {:?} (relative_eq, max_relative = 1e-15)",
        l1.re,
        5.0
    );
    assert!(
        approx::relative_eq!(l2.re, 2.0, max_relative = 1e-15),
        "eig2x2(4, 1, 2, 3) (trace 7, det 10): λ₂: got {:?}, want {:?} (relative_eq, max_relative = 1e-15)",
        l2.re,
        2.0
    );
    assert!(
        l1.is_real() && l2.is_real(),
        "real eigenvalues need im == 0.0"
    );
    // Negative eigenvalues: still the larger first.
    let [l1, l2] = eig2x2(-1.0, 0.0, 0.0, -5.0);
    assert_eq!(
        (l1.re, l2.re),
        (-1.0, -5.0),
        "eig2x2(−1, 0, 0, −5): the larger (−1) first"
    );
}

#[test]
fn rotation_gives_complex_pair_positive_imaginary_first() {
    for theta in [0.3_f64, 1.0, 2.5, -0.7] {
        let (s, c) = theta.sin_cos();
        let [l1, l2] = eig2x2(c, -s, s, c);
        // |cos θ ± i sin θ| = 1: absolute tolerance a few ε.
        assert!(
            (l1.re - c).abs() < 4e-16 && (l1.im - s.abs()).abs() < 4e-16,
            "eig2x2 of the rotation by {theta}: got {l1}, want {c} + {}i",
            s.abs()
        );
        assert_eq!(
            l2,
            l1.conj(),
            "the pair must be conjugate, got {l1} and {l2}"
        );
    }
}

#[test]
fn symmetric_is_always_real() {
    let mut r = rng(7);
    use rand::RngExt;
    for _ in 0..200 {
        let (a, b, d): (f64, f64, f64) = (
            r.random_range(-1.0..1.0),
            r.random_range(-1.0..1.0),
            r.random_range(-1.0..1.0),
        );
        let [l1, l2] = eig2x2(a, b, b, d);
        assert!(
            l1.is_real() && l2.is_real() && l1.re >= l2.re,
            "eig2x2([[{a}, {b}], [{b}, {d}]]) = [{l1}, {l2}]: symmetric means real, largest first"
        );
        check_identities([a, b, b, d], 4.0 * f64::EPSILON);
    }
}

#[test]
fn random_general_satisfy_trace_and_determinant() {
    let mut r = rng(8);
    use rand::RngExt;
    for _ in 0..200 {
        let m: [f64; 4] = std::array::from_fn(|_| r.random_range(-1.0..1.0));
        check_identities(m, 8.0 * f64::EPSILON);
    }
}

#[test]
fn small_eigenvalue_without_cancellation() {
    // [[1e8, 1], [1, 1]]: λ₂ ≈ 1 − 1e-8. The schoolbook p − √Δ subtracts two numbers near 5e7
    // and keeps only about 8 correct digits; λ₂ = det/λ₁ keeps all 16. The product identity at
    // relative 4ε *of the determinant* catches the difference.
    for m in [
        [1e8, 1.0, 1.0, 1.0],
        [-3e9, 2.0, 0.5, 1e-3],
        [1.0, 1e-5, 1e-5, 1e-12],
    ] {
        let [a, b, c, d] = m;
        let det = a * d - b * c; // exact or nearly: no cancellation in these
        let [l1, l2] = eig2x2(a, b, c, d);
        let rel = ((l1.re * l2.re) - det).abs() / det.abs();
        assert!(
            rel <= 4.0 * f64::EPSILON,
            "eig2x2({m:?}) = [{l1}, {l2}]: λ₁λ₂ misses det = {det} by {rel:.1e} relative: \
             the small root lost digits to cancellation (use λ₂ = det/λ₁)"
        );
    }
}

#[test]
fn no_overflow_for_huge_entries() {
    // q² = (1e200)² overflows unless the entries are scaled first.
    let [l1, l2] = eig2x2(1e200, 1e200, 1e200, 1e200);
    assert!(
        approx::relative_eq!(l1.re, 2e200, max_relative = 1e-15),
        "eig2x2(1e200, 1e200, 1e200, 1e200): λ₁ (q² overflows unless the entries are scaled): got {:?}, want {:?} (relative_eq, max_relative = 1e-15)",
        l1.re,
        2e200
    );
    assert!(l2.re.abs() < 1e186, "got {l2}");
    let [l1, _] = eig2x2(0.0, -1e300, 1e300, 0.0);
    assert!(
        approx::relative_eq!(l1.im, 1e300, max_relative = 1e-15),
        "eig2x2(0, −1e300, 1e300, 0): Im λ₁: got {:?}, want {:?} (relative_eq, max_relative = 1e-15)",
        l1.im,
        1e300
    );
    let [l1, l2] = eig2x2(1e-300, 0.0, 0.0, -2e-300);
    assert_eq!(
        (l1.re, l2.re),
        (1e-300, -2e-300),
        "eig2x2(1e-300, 0, 0, −2e-300): tiny diagonal entries, no underflow"
    );
}

#[test]
fn zero_and_nan() {
    assert_eq!(
        eig2x2(0.0, 0.0, 0.0, 0.0),
        [Complex::real(0.0), Complex::real(0.0)],
        "eig2x2 of the zero matrix: 0 and 0 (not 0/0 = NaN)"
    );
    let [l1, l2] = eig2x2(f64::NAN, 1.0, 1.0, 1.0);
    assert!(
        l1.re.is_nan() && l2.re.is_nan(),
        "NaN in must give NaN out, got {l1} and {l2}"
    );
}
