//! Argument checks shared by the week's exercises (given code).
//!
//! Each returns `Ok(())` or the [`LinalgError`] a caller needs to fix the call, tagged with the
//! operation's name. Call them first thing in your exercises:
//!
//! ```
//! use week1_vectors::{matrix, vector, LinalgError};
//! use week3_inverse::checks::{require_finite, require_rhs, require_square};
//! let a = matrix![[1.0, 2.0], [3.0, 4.0]];
//! assert!(require_square("solve", &a).is_ok());
//! assert!(require_rhs("solve", &a, &vector![1.0, 2.0]).is_ok());
//! assert!(matches!(
//!     require_rhs("solve", &a, &vector![1.0]),
//!     Err(LinalgError::ShapeMismatch { op: "solve", left: (2, 2), right: (1, 1) })
//! ));
//! assert!(require_finite("solve", &matrix![[f64::NAN]]).is_err());
//! ```

use week1_vectors::{LinalgError, Matrix, Result, Vector};

/// [`LinalgError::NotSquare`] unless `a` is square (the 0×0 matrix is square).
pub fn require_square(op: &'static str, a: &Matrix) -> Result<()> {
    if a.is_square() {
        Ok(())
    } else {
        Err(LinalgError::NotSquare {
            op,
            shape: a.shape(),
        })
    }
}

/// [`LinalgError::ShapeMismatch`] unless `b.len() == a.rows()`, reported as
/// `left: a.shape(), right: (b.len(), 1)`.
pub fn require_rhs(op: &'static str, a: &Matrix, b: &Vector) -> Result<()> {
    if b.len() == a.rows() {
        Ok(())
    } else {
        Err(LinalgError::ShapeMismatch {
            op,
            left: a.shape(),
            right: (b.len(), 1),
        })
    }
}

/// [`LinalgError::ShapeMismatch`] unless `x.len() == a.cols()` (a vector that multiplies `a`
/// from the right), reported as `left: a.shape(), right: (x.len(), 1)`.
pub fn require_cols(op: &'static str, a: &Matrix, x: &Vector) -> Result<()> {
    if x.len() == a.cols() {
        Ok(())
    } else {
        Err(LinalgError::ShapeMismatch {
            op,
            left: a.shape(),
            right: (x.len(), 1),
        })
    }
}

/// [`LinalgError::NonFinite`] if any entry of `a` is NaN or ±∞. O(mn).
pub fn require_finite(op: &'static str, a: &Matrix) -> Result<()> {
    if a.is_finite() {
        Ok(())
    } else {
        Err(LinalgError::NonFinite { op })
    }
}

/// [`LinalgError::NonFinite`] if any entry of `v` is NaN or ±∞. O(n).
pub fn require_finite_vector(op: &'static str, v: &Vector) -> Result<()> {
    if v.is_finite() {
        Ok(())
    } else {
        Err(LinalgError::NonFinite { op })
    }
}

/// [`LinalgError::InvalidArgument`] unless row `i` exists in `a`; the reason names the row and
/// the shape.
///
/// ```
/// # use week1_vectors::Matrix;
/// # use week3_inverse::checks::require_row;
/// let a = Matrix::zeros(2, 3);
/// assert!(require_row("row_swap", &a, 1).is_ok());
/// let e = require_row("row_swap", &a, 2).unwrap_err();
/// assert_eq!(e.to_string(), "row_swap: invalid argument: row 2 out of range for a 2×3 matrix");
/// ```
pub fn require_row(op: &'static str, a: &Matrix, i: usize) -> Result<()> {
    if i < a.rows() {
        Ok(())
    } else {
        Err(LinalgError::InvalidArgument {
            op,
            reason: format!(
                "row {i} out of range for a {}×{} matrix",
                a.rows(),
                a.cols()
            ),
        })
    }
}
