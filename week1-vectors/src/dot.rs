//! Given code, the worked example: the dot product. Read it before the first exercise: every
//! exercise this week has its shape — check the shapes, return the error, then compute.

use crate::{LinalgError, Result, Vector};

impl Vector {
    /// The dot (inner) product `x·y = Σᵢ xᵢ yᵢ`.
    ///
    /// Shapes: both vectors must have the same length `n`; the dot product of two empty vectors
    /// is 0 (the empty sum). Cost: `n` multiplications and `n − 1` additions, O(n).
    ///
    /// # Errors
    /// [`LinalgError::LengthMismatch`] with `op: "dot"` when the lengths differ.
    ///
    /// # Example
    /// ```
    /// use week1_vectors::vector;
    /// let x = vector![1.0, 2.0, 3.0];
    /// let y = vector![4.0, -5.0, 6.0];
    /// assert_eq!(x.dot(&y).unwrap(), 4.0 - 10.0 + 18.0);
    /// assert!(x.dot(&vector![1.0]).is_err());
    /// ```
    ///
    /// # Pitfall
    /// `x.iter().zip(y.iter())` stops at the shorter vector: without the length check, a
    /// mismatch silently gives a wrong number instead of an error.
    pub fn dot(&self, other: &Vector) -> Result<f64> {
        check_same_len("dot", self, other)?;
        Ok(self.iter().zip(other.iter()).map(|(a, b)| a * b).sum())
    }
}

/// Returns [`LinalgError::LengthMismatch`] for `op` unless `x` and `y` have the same length.
///
/// Given helper for the week's exercises.
///
/// ```
/// # use week1_vectors::{vector, dot::check_same_len};
/// assert!(check_same_len("add", &vector![1.0], &vector![2.0]).is_ok());
/// assert!(check_same_len("add", &vector![1.0], &vector![]).is_err());
/// ```
pub fn check_same_len(op: &'static str, x: &Vector, y: &Vector) -> Result<()> {
    if x.len() == y.len() {
        Ok(())
    } else {
        Err(LinalgError::LengthMismatch {
            op,
            left: x.len(),
            right: y.len(),
        })
    }
}
