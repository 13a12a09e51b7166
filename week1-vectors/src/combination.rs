//! Exercise: linear combinations and linear interpolation.
//!
//! Everything in linear algebra is a linear combination `c₀v₀ + c₁v₁ + … + cₖ₋₁vₖ₋₁`: a
//! matrix–vector product is one (of the columns, week 2), a solution of `Ax = b` is the recipe
//! for one (week 3). Linear interpolation is the simplest of all, `(1 − t)x + ty`.

use crate::dot::check_same_len;
use crate::{LinalgError, Result, Vector};

impl Vector {
    /// The linear combination `Σⱼ cⱼ vⱼ` of `k` vectors of length `n`.
    ///
    /// Algorithm: start from the zero vector of length `n` and add `cⱼ vⱼ` for each `j` (an
    /// "axpy", `y ← a·x + y`, the basic operation of numerical linear algebra).
    ///
    /// Shapes: `coeffs.len() == vectors.len() = k ≥ 1`, every vector of the same length `n`
    /// (0 allowed); the result has length `n`. Cost: `k·n` multiply–adds.
    ///
    /// # Errors
    /// - [`LinalgError::Empty`] (op `"linear_combination"`) if there are no vectors: the
    ///   length of the result would be unknown;
    /// - [`LinalgError::LengthMismatch`] if `coeffs.len() != vectors.len()` (left: the number
    ///   of coefficients, right: the number of vectors), or if vector `j` has a different
    ///   length from vector 0 (left: `vectors[0].len()`, right: `vectors[j].len()`).
    ///
    /// # Example
    /// ```
    /// use week1_vectors::{vector, Vector};
    /// let e0 = vector![1.0, 0.0];
    /// let e1 = vector![0.0, 1.0];
    /// let v = Vector::linear_combination(&[3.0, -2.0], &[e0, e1]).unwrap();
    /// assert_eq!(v, vector![3.0, -2.0]);
    /// assert!(Vector::linear_combination(&[], &[]).is_err());
    /// ```
    ///
    /// # Pitfall
    /// Two silent truncations wait here: `coeffs.iter().zip(vectors)` drops extra vectors or
    /// coefficients, and `zip` over entries drops the tail of a longer vector. Check both
    /// before computing anything.
    pub fn linear_combination(coeffs: &[f64], vectors: &[Vector]) -> Result<Vector> {
        todo!("Vector::linear_combination")
    }

    /// Linear interpolation `lerp(x, y, t) = (1 − t)·x + t·y`: `x` at `t = 0`, `y` at `t = 1`,
    /// the midpoint at `t = 0.5`; `t` outside `[0, 1]` extrapolates along the line.
    ///
    /// Shapes: equal lengths `n`; the result has length `n`. Cost: O(n).
    ///
    /// # Errors
    /// [`LinalgError::LengthMismatch`] (op `"lerp"`) when the lengths differ.
    ///
    /// # Example
    /// ```
    /// use week1_vectors::vector;
    /// let x = vector![0.0, 10.0];
    /// let y = vector![4.0, 20.0];
    /// assert_eq!(x.lerp(&y, 0.25).unwrap(), vector![1.0, 12.5]);
    /// // The endpoints are hit exactly, even where x + t(y − x) misses them:
    /// let (a, b) = (vector![1e17], vector![0.1]);
    /// assert_eq!(a.lerp(&b, 1.0).unwrap(), b);
    /// ```
    ///
    /// # Pitfall
    /// The other textbook form, `x + t·(y − x)`, is cheaper but (a) misses `y` at `t = 1` when
    /// `y − x` rounds — `1e17 + (0.1 − 1e17)` is 0, not 0.1 — and (b) overflows when `y − x`
    /// does: `x = −1e308`, `y = 1e308`. The form `(1 − t)x + ty` is exact at both ends and
    /// never forms `y − x`.
    pub fn lerp(&self, other: &Vector, t: f64) -> Result<Vector> {
        todo!("Vector::lerp")
    }
}
