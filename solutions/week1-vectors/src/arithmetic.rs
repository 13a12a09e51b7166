//! Exercise: vector addition, subtraction and scaling, and the operators `+`, `-`, `*`.
//!
//! The methods return [`Result`], because two vectors of different lengths cannot be added.
//! The operators at the end of this file (given code) call your methods and panic, naming the
//! lengths, when they fail; use them when a mismatch would be a bug in your own program.

use crate::dot::check_same_len;
use crate::{Result, Vector};
use std::ops::{Add, Mul, Neg, Sub};

impl Vector {
    /// The sum `x + y`, entry by entry: `(x + y)ᵢ = xᵢ + yᵢ`.
    ///
    /// Shapes: equal lengths `n` (0 allowed); the result has length `n`. Cost: `n` additions.
    ///
    /// # Errors
    /// [`crate::LinalgError::LengthMismatch`] (op `"add"`) when the lengths differ.
    ///
    /// # Example
    /// ```
    /// use week1_vectors::vector;
    /// let x = vector![1.0, 2.0];
    /// assert_eq!(x.add(&vector![10.0, 20.0]).unwrap(), vector![11.0, 22.0]);
    /// assert!(x.add(&vector![1.0]).is_err());
    /// ```
    ///
    /// # Pitfall
    /// `zip` stops at the shorter input: check the lengths first, or `[1, 2] + [1]` silently
    /// becomes `[2]`.
    pub fn add(&self, other: &Vector) -> Result<Vector> {
        // BEGIN SOLUTION
        check_same_len("add", self, other)?;
        Ok(self.iter().zip(other.iter()).map(|(a, b)| a + b).collect())
        // END SOLUTION
    }

    /// The difference `x − y`, entry by entry: `(x − y)ᵢ = xᵢ − yᵢ`.
    ///
    /// Shapes: equal lengths `n`; the result has length `n`. Cost: `n` subtractions.
    ///
    /// # Errors
    /// [`crate::LinalgError::LengthMismatch`] (op `"sub"`) when the lengths differ.
    ///
    /// # Example
    /// ```
    /// use week1_vectors::vector;
    /// assert_eq!(vector![5.0, 1.0].sub(&vector![2.0, 3.0]).unwrap(), vector![3.0, -2.0]);
    /// ```
    ///
    /// # Pitfall
    /// Subtraction of nearly equal numbers is exact (Sterbenz's lemma: if `y/2 ≤ x ≤ 2y` then
    /// `x − y` has no rounding error) — but it *reveals* the errors already in `x` and `y`:
    /// `(0.1 + 0.2) − 0.3` is `5.55e-17`, not 0. This is "catastrophic cancellation".
    pub fn sub(&self, other: &Vector) -> Result<Vector> {
        // BEGIN SOLUTION
        check_same_len("sub", self, other)?;
        Ok(self.iter().zip(other.iter()).map(|(a, b)| a - b).collect())
        // END SOLUTION
    }

    /// The scalar multiple `αx`: `(αx)ᵢ = α·xᵢ`.
    ///
    /// Shapes: any length; cannot fail. Cost: `n` multiplications.
    ///
    /// # Example
    /// ```
    /// use week1_vectors::vector;
    /// assert_eq!(vector![1.0, -2.0].scale(3.0), vector![3.0, -6.0]);
    /// ```
    ///
    /// # Pitfall
    /// `0·∞` is NaN, so `0·x` is not always the zero vector: scaling `[1, ∞]` by 0 gives
    /// `[0, NaN]`. That is IEEE 754's answer, and the right one to return.
    pub fn scale(&self, alpha: f64) -> Vector {
        // BEGIN SOLUTION
        self.iter().map(|v| alpha * v).collect()
        // END SOLUTION
    }
}

/// `&x + &y` calls [`Vector::add`].
///
/// # Panics
/// When the lengths differ, with the error's message, e.g.
/// `add: length mismatch: left has 2 entries, right has 3`.
impl Add for &Vector {
    type Output = Vector;
    fn add(self, rhs: &Vector) -> Vector {
        Vector::add(self, rhs).unwrap_or_else(|e| panic!("{e}"))
    }
}

/// `&x - &y` calls [`Vector::sub`].
///
/// # Panics
/// When the lengths differ, with the error's message, e.g.
/// `sub: length mismatch: left has 2 entries, right has 3`.
impl Sub for &Vector {
    type Output = Vector;
    fn sub(self, rhs: &Vector) -> Vector {
        Vector::sub(self, rhs).unwrap_or_else(|e| panic!("{e}"))
    }
}

/// `&x * α` calls [`Vector::scale`].
impl Mul<f64> for &Vector {
    type Output = Vector;
    fn mul(self, alpha: f64) -> Vector {
        self.scale(alpha)
    }
}

/// `α * &x` calls [`Vector::scale`].
impl Mul<&Vector> for f64 {
    type Output = Vector;
    fn mul(self, x: &Vector) -> Vector {
        x.scale(self)
    }
}

/// `-&x` is `(-1)·x`, via [`Vector::scale`].
impl Neg for &Vector {
    type Output = Vector;
    fn neg(self) -> Vector {
        self.scale(-1.0)
    }
}
