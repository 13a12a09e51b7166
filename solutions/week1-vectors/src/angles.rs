//! Exercise: the angle between two vectors, and cosine similarity.
//!
//! The textbook formula `θ = acos(x·y / (‖x‖‖y‖))` is fine for angles near π/2 and useless near
//! 0 and π: there `cos θ ≈ 1 − θ²/2`, so an angle of 1e-8 changes the cosine by 5e-17, less than
//! its rounding error, and acos returns 0 (or NaN, when the rounded cosine is 1.0000000000000002).
//! Kahan's formula measures the *chord* between the unit vectors instead, which stays accurate.

use crate::dot::check_same_len;
use crate::{LinalgError, Result, Vector};

// BEGIN SOLUTION-ONLY
/// The checks shared by `angle` and `cosine_similarity`, then the two unit vectors.
fn unit_pair(op: &'static str, x: &Vector, y: &Vector) -> Result<(Vector, Vector)> {
    check_same_len(op, x, y)?;
    if !x.is_finite() || !y.is_finite() {
        return Err(LinalgError::NonFinite { op });
    }
    // `normalize` scales by the largest entry first, so 1e200 and 1e-310 are fine; its
    // zero-vector error is re-labelled with our operation's name.
    let unit = |v: &Vector| v.normalize().map_err(|_| LinalgError::ZeroVector { op });
    Ok((unit(x)?, unit(y)?))
}
// END SOLUTION-ONLY

impl Vector {
    /// The angle `θ ∈ [0, π]` between `x` and `y`, by Kahan's formula
    ///
    /// ```text
    /// θ = 2·atan2(‖u − v‖₂, ‖u + v‖₂)   with  u = x/‖x‖₂,  v = y/‖y‖₂.
    /// ```
    ///
    /// Why it works: `u − v` and `u + v` are the diagonals of the rhombus spanned by the unit
    /// vectors; they are perpendicular, with lengths `2 sin(θ/2)` and `2 cos(θ/2)`. Near θ = 0,
    /// `u − v` is small but computed with a small *absolute* error, so its length carries the
    /// angle to full precision; near θ = π the same holds for `u + v`. No acos, no clamping,
    /// never NaN for finite input.
    ///
    /// Algorithm: check lengths, finiteness and zero vectors; normalise both (safely, see
    /// [`Vector::normalize`]); form the two diagonals and their lengths with the scaled
    /// [`Vector::norm_l2`] (so that an angle of 1e-200 does not underflow); `2·atan2`.
    ///
    /// Shapes: equal lengths `n ≥ 1`. Cost: O(n). The result is symmetric in `x` and `y`,
    /// invariant under positive scaling of either, and exactly π for `y = −x`.
    ///
    /// # Errors
    /// - [`LinalgError::LengthMismatch`] (op `"angle"`) when the lengths differ;
    /// - [`LinalgError::ZeroVector`] if either vector is zero or empty (no direction);
    /// - [`LinalgError::NonFinite`] if an entry is NaN or ±∞.
    ///
    /// # Example
    /// ```
    /// use week1_vectors::vector;
    /// use std::f64::consts::{FRAC_PI_2, FRAC_PI_4, PI};
    /// let x = vector![1.0, 0.0];
    /// assert!((x.angle(&vector![0.0, 5.0]).unwrap() - FRAC_PI_2).abs() < 1e-15);
    /// assert!((x.angle(&vector![2.0, 2.0]).unwrap() - FRAC_PI_4).abs() < 1e-15);
    /// assert_eq!(x.angle(&vector![-3.0, 0.0]).unwrap(), PI);
    /// // A tiny angle survives (acos would give exactly 0 here):
    /// let t = x.angle(&vector![1.0, 1e-10]).unwrap();
    /// assert!((t - 1e-10).abs() < 1e-25);
    /// assert!(x.angle(&vector![0.0, 0.0]).is_err());
    /// ```
    ///
    /// # Pitfall
    /// `acos(x·y/(‖x‖‖y‖))` loses half the digits near 0 and π (the absolute error is about
    /// √ε ≈ 1.5e-8 rad instead of ε) and returns NaN when rounding pushes the cosine past ±1.
    pub fn angle(&self, other: &Vector) -> Result<f64> {
        // BEGIN SOLUTION
        let (u, v) = unit_pair("angle", self, other)?;
        // The two diagonals of the rhombus spanned by u and v: ‖u−v‖ = 2 sin(θ/2),
        // ‖u+v‖ = 2 cos(θ/2). Near θ = 0 the entries of u − v are tiny but carry small
        // *absolute* errors, so ‖u−v‖ is accurate to full precision. Use the scaled norm: for
        // θ = 1e-200 the plain sum of squares would underflow to 0.
        let minus: Vector = u.iter().zip(v.iter()).map(|(a, b)| a - b).collect();
        let plus: Vector = u.iter().zip(v.iter()).map(|(a, b)| a + b).collect();
        Ok(2.0 * minus.norm_l2().atan2(plus.norm_l2()))
        // END SOLUTION
    }

    /// The cosine similarity `cos θ = x·y / (‖x‖₂‖y‖₂)`, in `[−1, 1]`.
    ///
    /// Algorithm: normalise both vectors, take the dot product of the unit vectors, and clamp
    /// the result to `[−1, 1]`.
    ///
    /// Shapes: equal lengths `n ≥ 1`. Cost: O(n).
    ///
    /// # Errors
    /// As [`Vector::angle`], with op `"cosine_similarity"`: `LengthMismatch`, `ZeroVector`,
    /// `NonFinite`.
    ///
    /// # Example
    /// ```
    /// use week1_vectors::vector;
    /// let x = vector![1e200, 0.0];
    /// let c = x.cosine_similarity(&vector![1e200, 1e200]).unwrap();
    /// assert!((c - 0.5f64.sqrt()).abs() < 1e-15);
    /// assert_eq!(x.cosine_similarity(&vector![-1.0, 0.0]).unwrap(), -1.0);
    /// ```
    ///
    /// # Pitfall
    /// Two: `x·y` overflows for entries of 1e200 (normalise first, then multiply), and the
    /// rounded quotient can land just outside `[−1, 1]` — `1.0000000000000002` — which makes a
    /// later `acos` return NaN. Clamp.
    pub fn cosine_similarity(&self, other: &Vector) -> Result<f64> {
        // BEGIN SOLUTION
        let (u, v) = unit_pair("cosine_similarity", self, other)?;
        let c: f64 = u.iter().zip(v.iter()).map(|(a, b)| a * b).sum();
        // Rounding can give 1 + 2ε for parallel vectors: keep the cosine a cosine.
        Ok(c.clamp(-1.0, 1.0))
        // END SOLUTION
    }
}
