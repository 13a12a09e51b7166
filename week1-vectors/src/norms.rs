//! Exercise: vector norms (L1, L2, L∞, Lp), normalisation and distance.
//!
//! A norm measures the size of a vector. The Euclidean norm `‖x‖₂ = √(Σ xᵢ²)` looks like a
//! one-liner, but the one-liner overflows for entries near 1e154 and underflows for entries
//! near 1e-154, although the answer is an ordinary number. This file is about computing it
//! anyway: scale by the largest entry first.

use crate::dot::check_same_len;
use crate::{LinalgError, Result, Vector};

impl Vector {
    /// The 1-norm (Manhattan norm) `‖x‖₁ = Σᵢ |xᵢ|`.
    ///
    /// Shapes: any length; the norm of the empty vector is 0. NaN in, NaN out.
    /// Cost: O(n), one pass.
    ///
    /// # Example
    /// ```
    /// use week1_vectors::vector;
    /// assert_eq!(vector![3.0, -4.0].norm_l1(), 7.0);
    /// assert_eq!(vector![].norm_l1(), 0.0);
    /// ```
    ///
    /// # Pitfall
    /// Forgetting the absolute value: `Σ xᵢ` of `[3, −4]` is −1, not a norm at all.
    /// (A sum of non-negative terms has no cancellation, so the plain loop is accurate:
    /// relative error at most about `n·ε`.)
    pub fn norm_l1(&self) -> f64 {
        todo!("Vector::norm_l1")
    }

    /// The Euclidean norm `‖x‖₂ = √(Σᵢ xᵢ²)`, computed so that it never overflows or
    /// underflows when the answer itself is representable.
    ///
    /// Algorithm (two passes):
    /// 1. `m = max |xᵢ|` — the scale. If `m` is 0 (zero or empty vector), NaN or ∞, return it.
    /// 2. `‖x‖₂ = m · √(Σᵢ (xᵢ/m)²)`: every `|xᵢ/m| ≤ 1`, so no square overflows, and the
    ///    largest term of the sum is exactly 1, so squares that underflow to 0 are far below
    ///    the rounding error of the sum anyway.
    ///
    /// Shapes: any length; `‖[]‖₂ = 0`. NaN anywhere gives NaN; otherwise ±∞ gives ∞.
    /// Cost: O(n), two passes and `n` divisions.
    ///
    /// # Example
    /// ```
    /// use week1_vectors::vector;
    /// assert_eq!(vector![3.0, 4.0].norm_l2(), 5.0);
    /// // The one-liner gives ∞ here: (1e200)² overflows.
    /// let big = vector![1e200, 1e200].norm_l2();
    /// assert!((big - 2f64.sqrt() * 1e200).abs() <= 4.0 * f64::EPSILON * big);
    /// // …and 0 here: (1e-200)² underflows.
    /// assert!(vector![3e-200, 4e-200].norm_l2() > 0.0);
    /// ```
    ///
    /// # Pitfall
    /// `x.iter().map(|v| v * v).sum::<f64>().sqrt()` returns ∞ for `[1e200, 1e200]` and 0 for
    /// `[1e-200, 1e-200]`: the squares leave the range of `f64` (about 1e-308 to 1e308) although
    /// the norm does not. And `f64::max` silently skips NaN, so take care that NaN propagates.
    pub fn norm_l2(&self) -> f64 {
        todo!("Vector::norm_l2")
    }

    /// The maximum norm `‖x‖∞ = maxᵢ |xᵢ|`.
    ///
    /// Shapes: any length; the norm of the empty vector is 0 (numpy's convention for an empty
    /// maximum of non-negative numbers). NaN anywhere gives NaN. Cost: O(n).
    ///
    /// # Example
    /// ```
    /// use week1_vectors::vector;
    /// assert_eq!(vector![1.0, -7.0, 3.0].norm_inf(), 7.0);
    /// assert!(vector![1.0, f64::NAN].norm_inf().is_nan());
    /// ```
    ///
    /// # Pitfall
    /// `f64::max` and `Iterator::fold(0.0, f64::max)` *ignore* NaN: `f64::NAN.max(1.0)` is 1.
    /// A norm that reports 1 for `[NaN, 1]` hides a bug upstream; check for NaN explicitly.
    pub fn norm_inf(&self) -> f64 {
        todo!("Vector::norm_inf")
    }

    /// The p-norm `‖x‖ₚ = (Σᵢ |xᵢ|ᵖ)^(1/p)` for `p ≥ 1`, scaled like [`Vector::norm_l2`]:
    /// `‖x‖ₚ = m · (Σᵢ |xᵢ/m|ᵖ)^(1/p)` with `m = ‖x‖∞`.
    ///
    /// `p = 1` and `p = 2` give the norms above; `p = ∞` is allowed and gives `‖x‖∞` (the limit
    /// as p → ∞). Shapes: any length, `‖[]‖ₚ = 0`; NaN entries give NaN.
    /// Cost: O(n) with one `powf` per entry.
    ///
    /// # Errors
    /// [`LinalgError::InvalidArgument`] (op `"norm_lp"`) if `p < 1` or `p` is NaN: for
    /// `0 < p < 1` the formula is not a norm (the triangle inequality fails).
    ///
    /// # Example
    /// ```
    /// use week1_vectors::vector;
    /// let x = vector![1.0, 2.0, 2.0];
    /// let n3 = x.norm_lp(3.0).unwrap();
    /// assert!((n3 - 17f64.cbrt()).abs() < 1e-15);
    /// // Large p approaches the max norm; unscaled, 3^1000 would overflow.
    /// assert!((vector![2.0, 3.0].norm_lp(1000.0).unwrap() - 3.0).abs() < 1e-15);
    /// assert!(x.norm_lp(0.5).is_err());
    /// ```
    ///
    /// # Pitfall
    /// Without scaling, `|xᵢ|ᵖ` overflows already for `|xᵢ| = 2` and `p = 1100`; with scaling
    /// every term is at most 1 and the largest is exactly 1.
    pub fn norm_lp(&self, p: f64) -> Result<f64> {
        todo!("Vector::norm_lp")
    }

    /// The unit vector `x / ‖x‖₂` in the direction of `x`.
    ///
    /// Algorithm: divide by `m = ‖x‖∞` first, so that the largest entry of `y = x/m` is ±1,
    /// then return `y / ‖y‖₂` (where `1 ≤ ‖y‖₂ ≤ √n`, nothing can overflow or underflow).
    ///
    /// Shapes: any length `n ≥ 1`. Cost: O(n).
    ///
    /// # Errors
    /// - [`LinalgError::ZeroVector`] (op `"normalize"`) for the zero vector and the empty
    ///   vector: they have no direction.
    /// - [`LinalgError::NonFinite`] if an entry is NaN or ±∞.
    ///
    /// # Example
    /// ```
    /// use week1_vectors::vector;
    /// assert_eq!(vector![3.0, 4.0].normalize().unwrap(), vector![0.6, 0.8]);
    /// assert!(vector![0.0, 0.0].normalize().is_err());
    /// // Subnormal entries: ‖x‖₂ itself is only representable to a few bits here.
    /// let u = vector![1e-310, 1e-310].normalize().unwrap();
    /// assert!((u[0] - 0.5f64.sqrt()).abs() < 1e-15);
    /// ```
    ///
    /// # Pitfall
    /// `x / x.norm_l2()` is right for ordinary vectors, but for subnormal entries (below
    /// 2.2e-308) the norm keeps only a few significant bits, and the quotient is wrong: for
    /// `[5e-324, 5e-324]` the norm rounds to `5e-324` itself and the "unit" vector is `[1, 1]`.
    /// (The one-liner norm is worse: it is 0 there, and the quotient is `[∞, ∞]`.)
    pub fn normalize(&self) -> Result<Vector> {
        todo!("Vector::normalize")
    }

    /// The Euclidean distance `‖x − y‖₂`.
    ///
    /// Shapes: equal lengths; the distance between two empty vectors is 0. NaN entries give
    /// NaN. Cost: O(n).
    ///
    /// # Errors
    /// [`LinalgError::LengthMismatch`] (op `"distance"`) when the lengths differ.
    ///
    /// # Example
    /// ```
    /// use week1_vectors::vector;
    /// assert_eq!(vector![1.0, 1.0].distance(&vector![4.0, 5.0]).unwrap(), 5.0);
    /// assert!(vector![1.0].distance(&vector![1.0, 2.0]).is_err());
    /// ```
    ///
    /// # Pitfall
    /// Use the scaled norm for the difference: the distance between `[1e200, 0]` and
    /// `[0, 1e200]` is `√2·1e200`, not ∞. (A difference `xᵢ − yᵢ` can only overflow when the
    /// distance itself is larger than `f64::MAX`, because the distance is at least `|xᵢ − yᵢ|`.)
    pub fn distance(&self, other: &Vector) -> Result<f64> {
        todo!("Vector::distance")
    }
}
