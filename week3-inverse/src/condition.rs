//! Exercises: the condition numbers κ₁ and κ∞.
//!
//! `κ(A) = ‖A‖·‖A⁻¹‖` measures how much the *problem* `Ax = b` amplifies relative changes in its
//! data: a perturbation of relative size δ in `b` (or in `A`) can change `x` by a relative
//! `κ(A)·δ`, and no algorithm can do better. Rounding the data to `f64` is already a
//! perturbation of size ε, so expect about `log₁₀ κ(A)` of the 16 digits to be lost whatever you
//! do. κ ≥ 1 always; κ(I) = 1; κ of a singular matrix is ∞.
//!
//! Any induced norm will do; the 1- and ∞-norms are the cheap ones (column and row sums, the
//! week-2 exercises [`norm_1`] and [`norm_inf`]).

use crate::checks::{require_finite, require_square};
use crate::inverse::inverse;
use week1_vectors::{LinalgError, Matrix, Result};
use week2_matmul::{norm_1, norm_inf};

/// The 1-norm condition number `κ₁(A) = ‖A‖₁ · ‖A⁻¹‖₁` (‖·‖₁ = largest column sum), with
/// `A⁻¹` from [`inverse`].
///
/// Returns `f64::INFINITY` when [`inverse`] reports the matrix singular — exactly singular or
/// singular to working precision (its κ is then of order `1/(n·ε)` or more, and no computed
/// value of it would mean anything).
///
/// Cost: that of [`inverse`], about `3n³` flops. (LAPACK *estimates* κ₁ in O(n²) from an LU
/// factorisation; computing the inverse is the honest O(n³) way for a course.)
///
/// # Errors
/// - [`LinalgError::NotSquare`] if `a` is not square;
/// - [`LinalgError::Empty`] for the 0×0 matrix (numpy: "cond is not defined on empty arrays");
/// - [`LinalgError::NonFinite`] if it has a NaN or infinite entry.
///
/// All with `op: "cond_1"`.
///
/// # Example
/// ```
/// use week1_vectors::matrix;
/// use week3_inverse::cond_1;
/// // A⁻¹ = [[−2, 1], [1.5, −0.5]]: ‖A‖₁ = 6, ‖A⁻¹‖₁ = 3.5.
/// let a = matrix![[1.0, 2.0], [3.0, 4.0]];
/// assert!((cond_1(&a).unwrap() - 21.0).abs() < 1e-13);
/// assert_eq!(cond_1(&matrix![[1.0, 2.0], [2.0, 4.0]]).unwrap(), f64::INFINITY);
/// ```
///
/// # Pitfall
/// κ is not the determinant: `det(10⁻³·I₁₀) = 10⁻³⁰` but `κ₁ = 1`. Scaling a matrix changes
/// its determinant and never its condition number.
pub fn cond_1(a: &Matrix) -> Result<f64> {
    todo!("cond_1")
}

/// The ∞-norm condition number `κ∞(A) = ‖A‖∞ · ‖A⁻¹‖∞` (‖·‖∞ = largest row sum).
///
/// `κ∞(A) = κ₁(Aᵀ)`; for any `n × n` matrix `κ₁/n² ≤ κ∞ ≤ n²·κ₁` (each of the two norms can
/// change by a factor n). Same conventions as [`cond_1`]: ∞ for a singular matrix.
///
/// # Errors
/// As [`cond_1`], with `op: "cond_inf"`.
///
/// # Example
/// ```
/// use week1_vectors::matrix;
/// use week3_inverse::cond_inf;
/// // ‖A‖∞ = 7, ‖A⁻¹‖∞ = max(3, 2) = 3.
/// let a = matrix![[1.0, 2.0], [3.0, 4.0]];
/// assert!((cond_inf(&a).unwrap() - 21.0).abs() < 1e-13);
/// ```
///
/// # Pitfall
/// Do not mix norms: `‖A‖₁ · ‖A⁻¹‖∞` is a number, but not one that bounds anything — the
/// perturbation bound `‖δx‖/‖x‖ ≤ κ(A)·‖δb‖/‖b‖` holds with one norm used throughout. And do not
/// compare a κ∞ with a κ₁: they may differ by a factor up to n².
pub fn cond_inf(a: &Matrix) -> Result<f64> {
    todo!("cond_inf")
}
