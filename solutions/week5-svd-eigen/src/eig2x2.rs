//! The eigenvalues of a 2×2 matrix in closed form: a real pair or a complex-conjugate pair.
//!
//! Every eigenvalue algorithm of this week ends in 2×2 problems: the Wilkinson shift is an
//! eigenvalue of the trailing 2×2 block, and the QR algorithm for general matrices deflates
//! 2×2 blocks whose eigenvalues are complex.

use crate::Complex;

/// The two eigenvalues of `[[a, b], [c, d]]`, the roots of `λ² − (a + d)λ + (ad − bc) = 0`.
///
/// With `p = (a + d)/2` (the mean of the diagonal), `q = (a − d)/2` and the discriminant
/// `Δ = q² + bc`, the eigenvalues are `p ± √Δ`:
/// - `Δ ≥ 0`: two real eigenvalues, returned largest first, both with `im == 0.0`;
/// - `Δ < 0`: the complex pair `p ± i√(−Δ)`, returned as `[p + i√(−Δ), p − i√(−Δ)]`
///   (positive imaginary part first).
///
/// A symmetric matrix (`b == c`) has `Δ = q² + b² ≥ 0`: always real.
///
/// NaN in gives NaN out (there is nothing to iterate, so nothing can hang). The zero matrix
/// gives `[0, 0]`: there `λ₁ = 0` and `det / λ₁` would be `0/0 = NaN`, so return both zeros
/// before dividing (the scaling below would divide by a zero maximum too). O(1).
///
/// # Numerical pitfalls
/// - **Cancellation.** When `p² ≫ |Δ|`, `p − sign(p)·√Δ` subtracts two nearly equal numbers and
///   loses most digits of the small root: for `[[1e8, 1], [1, 1]]` the schoolbook formula gives
///   0.9999999925…, the eigenvalue is 0.9999999899… (8 digits right). Compute the large root
///   `λ₁ = p + sign(p)·√Δ` first, then the other from the product of the roots:
///   `λ₂ = det / λ₁` with `det = ad − bc`.
/// - **Overflow.** `q²` overflows for entries near 1e155 although the eigenvalues are
///   representable: divide the four entries by the largest of their magnitudes first and
///   multiply the eigenvalues back.
///
/// # Example
/// ```
/// use week5_svd_eigen::{eig2x2, Complex};
/// // [[2, 1], [1, 2]] has eigenvalues 3 and 1.
/// assert_eq!(eig2x2(2.0, 1.0, 1.0, 2.0), [Complex::real(3.0), Complex::real(1.0)]);
/// // A rotation by 90° has ±i.
/// assert_eq!(eig2x2(0.0, -1.0, 1.0, 0.0), [Complex::new(0.0, 1.0), Complex::new(0.0, -1.0)]);
/// ```
pub fn eig2x2(a: f64, b: f64, c: f64, d: f64) -> [Complex; 2] {
    // BEGIN SOLUTION
    // Scale so the largest entry has magnitude 1 (skipped for a zero matrix, and for
    // non-finite entries, whose NaN/∞ must propagate rather than be divided away).
    let s = a.abs().max(b.abs()).max(c.abs()).max(d.abs());
    if s == 0.0 {
        return [Complex::real(0.0), Complex::real(0.0)];
    }
    let s = if s.is_finite() { s } else { 1.0 };
    let (a, b, c, d) = (a / s, b / s, c / s, d / s);

    let p = 0.5 * (a + d);
    let q = 0.5 * (a - d);
    let disc = q * q + b * c;
    if disc >= 0.0 {
        let r = disc.sqrt();
        // The root of larger magnitude, with no cancellation: p and sign(p)·r have one sign.
        let big = if p >= 0.0 { p + r } else { p - r };
        // The other one from the product of the roots, det = λ₁λ₂.
        let small = if big != 0.0 {
            (a * d - b * c) / big
        } else {
            0.0
        };
        let (hi, lo) = if big >= small {
            (big, small)
        } else {
            (small, big)
        };
        [Complex::real(hi * s), Complex::real(lo * s)]
    } else if disc < 0.0 {
        let im = (-disc).sqrt();
        [Complex::new(p * s, im * s), Complex::new(p * s, -im * s)]
    } else {
        // disc is NaN: so are the eigenvalues.
        [
            Complex::new(f64::NAN, f64::NAN),
            Complex::new(f64::NAN, f64::NAN),
        ]
    }
    // END SOLUTION
}
