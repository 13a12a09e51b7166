//! Exercise: the cross product of two 3-vectors, and the area of a parallelogram.
//!
//! The cross product exists only in three dimensions (and, differently, in seven): it is the
//! vector orthogonal to both inputs whose length is the area of the parallelogram they span,
//! `‖x × y‖ = ‖x‖‖y‖ sin θ`, oriented by the right-hand rule.

use crate::{LinalgError, Result, Vector};

impl Vector {
    /// The cross product of two 3-vectors:
    ///
    /// ```text
    /// x × y = [x₁y₂ − x₂y₁,  x₂y₀ − x₀y₂,  x₀y₁ − x₁y₀]
    /// ```
    ///
    /// Properties: orthogonal to `x` and `y`; `y × x = −(x × y)` (exactly, in floating point
    /// too); `x × x = 0`; `e₀ × e₁ = e₂`. Cost: 6 multiplications, 3 subtractions.
    ///
    /// # Errors
    /// [`LinalgError::InvalidArgument`] (op `"cross"`) unless both vectors have length 3; the
    /// reason names both lengths, e.g. `"needs two 3-vectors, got lengths 2 and 3"`.
    ///
    /// # Example
    /// ```
    /// use week1_vectors::vector;
    /// let e0 = vector![1.0, 0.0, 0.0];
    /// let e1 = vector![0.0, 1.0, 0.0];
    /// assert_eq!(e0.cross(&e1).unwrap(), vector![0.0, 0.0, 1.0]);
    /// assert_eq!(vector![1.0, 2.0, 3.0].cross(&vector![4.0, 5.0, 6.0]).unwrap(),
    ///            vector![-3.0, 6.0, -3.0]);
    /// assert!(vector![1.0, 2.0].cross(&vector![3.0, 4.0]).is_err());
    /// ```
    ///
    /// # Pitfall
    /// Each entry is a difference of two products, `ad − bc`, which cancels catastrophically
    /// when the vectors are nearly parallel: its error is about `ε·(|ad| + |bc|)`, not
    /// `ε·|ad − bc|`. (With a fused multiply–add, Kahan's trick
    /// `w = b·c; e = fma(−b, c, w); fma(a, d, −w) + e` makes each entry accurate to a few ulps.)
    pub fn cross(&self, other: &Vector) -> Result<Vector> {
        todo!("Vector::cross")
    }

    /// The area of the parallelogram spanned by `x` and `y`, for 2- and 3-vectors:
    /// `‖x × y‖₂ = ‖x‖₂‖y‖₂ sin θ`. In 2-D the vectors are read as `[x₀, x₁, 0]`, so the area
    /// is `|x₀y₁ − x₁y₀|` (the absolute value of a 2×2 determinant).
    ///
    /// Cost: a cross product and a (scaled) 2-norm, O(1).
    ///
    /// # Errors
    /// [`LinalgError::InvalidArgument`] (op `"parallelogram_area"`) unless both vectors have
    /// length 2 or both have length 3; the reason names both lengths.
    ///
    /// # Example
    /// ```
    /// use week1_vectors::vector;
    /// assert_eq!(vector![2.0, 0.0].parallelogram_area(&vector![1.0, 3.0]).unwrap(), 6.0);
    /// let a = vector![1.0, 0.0, 0.0].parallelogram_area(&vector![0.0, 3.0, 4.0]).unwrap();
    /// assert_eq!(a, 5.0);
    /// ```
    ///
    /// # Pitfall
    /// Lagrange's identity `‖x × y‖² = ‖x‖²‖y‖² − (x·y)²` is true, and useless for nearly
    /// parallel vectors: both terms are nearly equal and the subtraction cancels every digit
    /// (it can even come out negative). Form the cross product and take its norm — scaled, since
    /// its entries can be as large as `1e200·1e100`.
    pub fn parallelogram_area(&self, other: &Vector) -> Result<f64> {
        todo!("Vector::parallelogram_area")
    }
}
