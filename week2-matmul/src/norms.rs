//! Matrix norms: Frobenius (the 2-norm of all entries), 1 (largest column sum) and ∞ (largest
//! row sum).
//!
//! All three return NaN when an entry is NaN. Beware `f64::max`: `x.max(NaN)` is `x`, so a
//! naive maximum of the sums silently forgets a NaN column.

use week1_vectors::Matrix;

/// The Frobenius norm `‖A‖_F = √(Σᵢⱼ aᵢⱼ²)`, computed so that it neither overflows nor
/// underflows.
///
/// Squaring `1e200` overflows to ∞ although the norm of `[[1e200, 1e200]]` is a perfectly
/// representable `√2·1e200`; squaring `1e-200` underflows to 0. Scale first: with
/// `s = max |aᵢⱼ|`, `‖A‖_F = s·√(Σ (aᵢⱼ/s)²)`, where every term is at most 1. `s = 0` gives 0
/// (also for an empty matrix), NaN gives NaN, an infinite entry gives ∞. O(mn), two passes.
///
/// # Example
/// ```
/// use week2_matmul::{matrix, norm_frobenius};
/// assert_eq!(norm_frobenius(&matrix![[3.0, 0.0], [0.0, 4.0]]), 5.0);
/// let big = norm_frobenius(&matrix![[1e200, 1e200]]);
/// assert!((big / (2f64.sqrt() * 1e200) - 1.0).abs() < 1e-15);
/// ```
pub fn norm_frobenius(a: &Matrix) -> f64 {
    todo!("norm_frobenius")
}

/// The 1-norm `‖A‖₁ = maxⱼ Σᵢ |aᵢⱼ|`, the largest absolute column sum. 0 for an empty matrix.
///
/// It is the norm induced by the vector 1-norm, `max ‖Ax‖₁/‖x‖₁`, and the one LAPACK's
/// condition estimates use. With row-major storage, walk the matrix row by row and add each row
/// into a vector of `n` column sums, rather than walking down each column. O(mn).
///
/// NaN anywhere gives NaN (the tests require it); ±∞ and no NaN gives ∞.
///
/// # Pitfall
/// `f64::max` ignores NaN (`1.0_f64.max(f64::NAN)` is `1.0`), so taking the largest column sum
/// with `fold(0.0, f64::max)` silently forgets a NaN column: check for NaN yourself.
///
/// # Example
/// ```
/// use week2_matmul::{matrix, norm_1};
/// assert_eq!(norm_1(&matrix![[1.0, -2.0], [-3.0, 4.0]]), 6.0);
/// ```
pub fn norm_1(a: &Matrix) -> f64 {
    todo!("norm_1")
}

/// The ∞-norm `‖A‖∞ = maxᵢ Σⱼ |aᵢⱼ|`, the largest absolute row sum. 0 for an empty matrix.
///
/// The norm induced by the vector ∞-norm; `‖A‖∞ = ‖Aᵀ‖₁`. O(mn).
///
/// NaN anywhere gives NaN (the tests require it; `f64::max` would skip it, as in [`norm_1`]);
/// ±∞ and no NaN gives ∞.
///
/// # Example
/// ```
/// use week2_matmul::{matrix, norm_inf};
/// assert_eq!(norm_inf(&matrix![[1.0, -2.0], [-3.0, 4.0]]), 7.0);
/// ```
pub fn norm_inf(a: &Matrix) -> f64 {
    todo!("norm_inf")
}
