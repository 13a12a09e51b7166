//! Exercise: the inverse by Gauss–Jordan elimination.
//!
//! Row-reduce the augmented matrix `[A | I]` all the way to `[I | A⁻¹]`: the row operations that
//! turn `A` into `I` multiply up to `A⁻¹`, and applying them to `I` writes that product down.
//!
//! **Don't invert to solve.** `x = A⁻¹b` costs about `3n³` flops here (`2n³` at best, the count
//! of LAPACK's LU-based inverse) against `(2/3)n³` for [`solve`], and is less accurate: its residual `‖b − Ax‖` is of order `κ(A)·ε·‖A‖‖x‖` where `solve`'s is of
//! order `ε·‖A‖‖x‖`. The Hilbert example (`cargo xtask example 3 hilbert`) measures both.
//!
//! [`solve`]: crate::gauss::solve

use crate::checks::{require_finite, require_square};
use crate::tolerance::pivot_tolerance;
use week1_vectors::{LinalgError, Matrix, Result};

/// The inverse of a square matrix by Gauss–Jordan elimination with partial pivoting.
///
/// Start from the `n × 2n` matrix `[A | I]`. For each column `k`:
/// 1. pick the row `p ≥ k` with the largest `|a_pk|` (the first if several tie); if
///    `|a_pk| ≤ tol(A) = n·ε·‖A‖₁` ([`pivot_tolerance`] of the input) return
///    `Singular { pivot: k, size: |a_pk|, tolerance: tol(A) }`; otherwise swap rows `p` and `k`;
/// 2. divide row `k` by the pivot, so that `a_kk = 1`;
/// 3. for every other row `i ≠ k` (above *and* below), subtract `a_ik` times row `k`.
///
/// The right half is then `A⁻¹`. The 0×0 matrix is its own inverse.
///
/// Cost: step 3 updates `n − 1` rows; in the left half only the columns right of `k` change
/// (left of the pivot they are already 0, and the pivot column is set to 0), in the right half
/// all `n` columns. That is `2(n − 1)(2n − k − 1)` flops at step `k`, about `3n³` in all — 4.5
/// times the `(2/3)n³` of [`solve`](crate::gauss::solve). Updating the whole row of `[A | I]`
/// costs `4n³`; also skipping the columns of the right half that are still 0 brings it to
/// `2n³`, the count of LAPACK's LU-based inverse.
///
/// # Errors
/// - [`LinalgError::NotSquare`] if `a` is not square;
/// - [`LinalgError::NonFinite`] if it has a NaN or infinite entry;
/// - [`LinalgError::Singular`] with `pivot: k`, the first column without a usable pivot (the
///   same rule, and the same `k`, as [`solve`](crate::gauss::solve)).
///
/// All with `op: "inverse"`.
///
/// # Example
/// ```
/// use week1_vectors::{matrix, LinalgError};
/// use week3_inverse::inverse;
/// let a = matrix![[4.0, 7.0], [2.0, 6.0]]; // det = 10
/// let inv = inverse(&a).unwrap();
/// let expected = matrix![[0.6, -0.7], [-0.2, 0.4]];
/// assert!(approx::relative_eq!(inv, expected, epsilon = 1e-15));
/// assert!(matches!(inverse(&matrix![[1.0, 2.0], [2.0, 4.0]]),
///                  Err(LinalgError::Singular { op: "inverse", pivot: 1, .. })));
/// ```
///
/// # Pitfall
/// Step 3 must skip row `k` itself, and must read `a_ik` *before* changing row `i` (it is the
/// entry being zeroed). Subtracting row `k` from itself leaves a row of zeros and a matrix that
/// looks singular at the next step.
pub fn inverse(a: &Matrix) -> Result<Matrix> {
    todo!("inverse")
}
