//! Exact scaling by powers of two for determinants that must not overflow half-way (given code).
//!
//! A determinant is a product of `n` numbers (the pivots) or a sum of products of `n` entries
//! (the cofactor expansion). Evaluated as written, the running product can overflow to ∞ or
//! underflow to 0 although the result is representable — `det diag(1e200, 1e200, 1e-200,
//! 1e-200) = 1`, yet `1e200 · 1e200 = ∞` — and a sum of products can meet `∞ − ∞ = NaN`.
//! Multiplying by a power of two is exact in binary floating point (short of overflow and
//! underflow), so keeping the exponent apart, as an integer, changes no digit of the result and
//! moves every overflow or underflow to the single last step. That is **the course's rule for
//! every determinant** (`determinant`, `det_cofactor`, week 4's `Lu::det`): for finite input the
//! result is never NaN; it is `±∞` exactly when `|det| > f64::MAX`, and `±0` exactly when
//! `|det|` is below the smallest subnormal (`≈ 4.9e-324`), with the value in between otherwise.

use week1_vectors::Matrix;

/// Splits `x` into a mantissa and an exponent: `x = m · 2^e` with `0.5 ≤ |m| < 1` (C's `frexp`).
/// `frexp(0) = (0, 0)`; ±∞ and NaN come back unchanged with `e = 0`. Subnormals are normalised.
/// Exact (no rounding). O(1).
///
/// ```
/// use week3_inverse::pow2::frexp;
/// assert_eq!(frexp(12.0), (0.75, 4)); // 12 = 0.75 · 2⁴
/// assert_eq!(frexp(-0.1).1, -3);       // 0.1 = 0.8 · 2⁻³
/// assert_eq!(frexp(5e-324), (0.5, -1073));
/// ```
pub fn frexp(x: f64) -> (f64, i64) {
    if x == 0.0 || !x.is_finite() {
        return (x, 0);
    }
    let bits = x.to_bits();
    let biased = ((bits >> 52) & 0x7ff) as i64;
    if biased == 0 {
        // Subnormal: scale into the normal range first (exact).
        let (m, e) = frexp(x * 2f64.powi(64));
        return (m, e - 64);
    }
    let m = f64::from_bits((bits & !(0x7ff_u64 << 52)) | (1022_u64 << 52));
    (m, biased - 1022)
}

/// `x · 2^e` (C's `ldexp`), rounded once at the end: `±∞` when the result exceeds `f64::MAX`,
/// gradual underflow to subnormals and then `±0` below them. O(|e| / 1000).
///
/// ```
/// use week3_inverse::pow2::ldexp;
/// assert_eq!(ldexp(0.75, 4), 12.0);
/// assert_eq!(ldexp(0.5, 2000), f64::INFINITY);
/// assert_eq!(ldexp(-0.5, -2000), -0.0);
/// assert_eq!(ldexp(0.5, -1073), 5e-324); // 2^-1074, the smallest subnormal
/// ```
pub fn ldexp(x: f64, e: i64) -> f64 {
    if x == 0.0 || !x.is_finite() {
        return x;
    }
    // Normalise first, so that the intermediate steps stay in the normal range.
    let (m, e0) = frexp(x);
    let mut e = e0 + e;
    let mut y = m;
    while e > 1000 {
        y *= 2f64.powi(1000);
        e -= 1000;
        if y.is_infinite() {
            return y;
        }
    }
    while e < -1000 {
        y *= 2f64.powi(-1000);
        e += 1000;
        if y == 0.0 {
            return y;
        }
    }
    y * 2f64.powi(e as i32)
}

/// `A` with each row `i` divided by `2^eᵢ`, the power of two that brings its largest `|aᵢⱼ|`
/// into `[0.5, 1)`, and `Σᵢ eᵢ`: `det A = 2^(Σeᵢ) · det(scaled)`. Zero rows stay zero (eᵢ = 0).
///
/// Exact, except that an entry smaller than `2^-1074` times its row's largest can underflow to
/// 0 — far below that row's rounding error `ε·max|aᵢⱼ|`, so within the backward error of any
/// determinant algorithm. After it every entry is below 1 in magnitude, so a product of `n`
/// entries cannot overflow and a sum of `n!` of them stays below `n!`. O(n²).
///
/// ```
/// use week1_vectors::matrix;
/// use week3_inverse::pow2::row_scaled;
/// let (s, e) = row_scaled(&matrix![[3.0, -1.0], [0.0, 0.25]]);
/// assert_eq!(s, matrix![[0.75, -0.25], [0.0, 0.5]]);
/// assert_eq!(e, 2 - 1); // 3 = 0.75 · 2², 0.25 = 0.5 · 2⁻¹
/// ```
pub fn row_scaled(a: &Matrix) -> (Matrix, i64) {
    let mut s = a.clone();
    let mut total = 0;
    for i in 0..a.rows() {
        let max = a.row(i).iter().fold(0.0_f64, |m, x| m.max(x.abs()));
        if max == 0.0 || !max.is_finite() {
            continue;
        }
        let e = frexp(max).1;
        for x in s.row_mut(i) {
            *x = ldexp(*x, -e);
        }
        total += e;
    }
    (s, total)
}
