//! Exercise: orthogonal projection onto a vector, and the rejection (what is left over).
//!
//! `x = proj_y(x) + rej_y(x)`, where the projection is parallel to `y` and the rejection is
//! orthogonal to it. This one splitting is the seed of Gram–Schmidt (week 4) and of least
//! squares: the residual of a best fit is orthogonal to what you fit with.

use crate::dot::check_same_len;
use crate::{LinalgError, Result, Vector};

impl Vector {
    /// The orthogonal projection of `x` onto the line spanned by `y`:
    ///
    /// ```text
    /// proj_y(x) = (x·y / y·y) · y
    /// ```
    ///
    /// Algorithm: scale `y` first, `ỹ = y/‖y‖∞`, then return `(x·ỹ / ỹ·ỹ)·ỹ` — the same vector
    /// (the scale cancels), but `ỹ·ỹ ∈ [1, n]` can neither overflow nor underflow.
    ///
    /// Shapes: equal lengths `n ≥ 1`; the result has length `n`. Cost: two dot products and a
    /// scaling, O(n).
    ///
    /// # Errors
    /// - [`LinalgError::LengthMismatch`] (op `"project_onto"`) when the lengths differ;
    /// - [`LinalgError::ZeroVector`] when `y` is zero or empty: there is no line to project on;
    /// - [`LinalgError::NonFinite`] if an entry of `x` or `y` is NaN or ±∞.
    ///
    /// # Example
    /// ```
    /// use week1_vectors::vector;
    /// let x = vector![2.0, 3.0];
    /// assert_eq!(x.project_onto(&vector![4.0, 0.0]).unwrap(), vector![2.0, 0.0]);
    /// // y·y = 2e-400 underflows to 0 without the scaling:
    /// let p = x.project_onto(&vector![1e-200, 1e-200]).unwrap();
    /// assert!((p[0] - 2.5).abs() < 1e-15 && (p[1] - 2.5).abs() < 1e-15);
    /// ```
    ///
    /// # Pitfall
    /// `y·y` underflows to 0 for `y = [1e-200, 1e-200]` (and overflows to ∞ for 1e200), giving
    /// NaN or 0 instead of a perfectly ordinary projection. Scale `y` first.
    pub fn project_onto(&self, onto: &Vector) -> Result<Vector> {
        todo!("Vector::project_onto")
    }

    /// The rejection of `x` from `y`: the part of `x` orthogonal to `y`,
    ///
    /// ```text
    /// rej_y(x) = x − proj_y(x) = x − (x·y / y·y) · y,     so that  rej_y(x) · y = 0.
    /// ```
    ///
    /// Shapes, cost and errors as [`Vector::project_onto`] (op `"reject_from"`).
    ///
    /// # Example
    /// ```
    /// use week1_vectors::vector;
    /// let r = vector![2.0, 3.0].reject_from(&vector![1.0, 1.0]).unwrap();
    /// assert_eq!(r, vector![-0.5, 0.5]);
    /// ```
    ///
    /// # Pitfall
    /// When `x` is nearly parallel to `y`, `x − proj_y(x)` subtracts nearly equal vectors:
    /// the rejection is tiny and its *relative* error large, so `rej·y` is only zero up to
    /// about `ε‖x‖‖y‖`, not up to `ε‖rej‖‖y‖`. Gram–Schmidt inherits exactly this problem
    /// (week 4); the classic cure is to project twice ("twice is enough").
    pub fn reject_from(&self, from: &Vector) -> Result<Vector> {
        todo!("Vector::reject_from")
    }
}
