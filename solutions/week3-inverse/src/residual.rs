//! Exercises: the residual, the relative residual and the normwise backward error.
//!
//! You cannot measure the error `x − x_true` of a computed solution (you do not know `x_true`),
//! but you can always measure its *residual* `r = b − Ax`. The backward error turns it into an
//! answer to a precise question: what is the smallest relative change to the data `(A, b)` that
//! makes `x` an exact solution? (Rigal and Gaches, 1967:)
//!
//! ```text
//!     η(x) = ‖b − Ax‖ / (‖A‖·‖x‖ + ‖b‖)
//! ```
//!
//! A backward-stable solver gives η of order ε — the best one can ask, as the data were rounded
//! to that precision on the way in. Then *forward error ≲ κ(A) · backward error*: conditioning
//! (a property of the problem) times stability (a property of the algorithm). This week uses
//! the ∞-norms throughout.

use crate::checks::{require_cols, require_finite, require_finite_vector, require_rhs};
use week1_vectors::{Matrix, Result, Vector};
use week2_matmul::{matvec, norm_inf};

/// The residual `r = b − A·x`, for `A` of shape `m × n`, `x` of length `n` and `b` of length `m`.
///
/// Cost: `2mn` flops.
///
/// # Errors
/// - [`LinalgError::ShapeMismatch`] if `x.len() != n` or `b.len() != m`, reported as
///   `left: A's shape, right: (len, 1)`;
/// - [`LinalgError::NonFinite`] if `A`, `x` or `b` has a NaN or infinite entry.
///
/// All with `op: "residual"`.
///
/// # Example
/// ```
/// use week1_vectors::{matrix, vector};
/// use week3_inverse::residual;
/// let a = matrix![[1.0, 2.0], [3.0, 4.0]];
/// let r = residual(&a, &vector![1.0, 1.0], &vector![3.0, 8.0]).unwrap();
/// assert_eq!(r, vector![0.0, 1.0]);
/// ```
///
/// # Pitfall
/// The residual of a computed solution is a difference of nearly equal numbers: most of `b`
/// and `Ax` cancels, and what is left is rounding error — which is exactly what it is meant to
/// measure. Do not "improve" it by rounding.
///
/// [`LinalgError::ShapeMismatch`]: week1_vectors::LinalgError::ShapeMismatch
/// [`LinalgError::NonFinite`]: week1_vectors::LinalgError::NonFinite
pub fn residual(a: &Matrix, x: &Vector, b: &Vector) -> Result<Vector> {
    // BEGIN SOLUTION
    checked_residual("residual", a, x, b)
    // END SOLUTION
}

/// The relative residual `‖b − Ax‖∞ / ‖b‖∞`.
///
/// 0 when the residual is exactly zero (also when `b = 0` then); `f64::INFINITY` when `b = 0`
/// but the residual is not.
///
/// # Errors
/// As [`residual`], with `op: "relative_residual"`.
///
/// # Example
/// ```
/// use week1_vectors::{matrix, vector};
/// use week3_inverse::relative_residual;
/// let a = matrix![[1.0, 2.0], [3.0, 4.0]];
/// // r = (0, 1), ‖b‖∞ = 8.
/// let rr = relative_residual(&a, &vector![1.0, 1.0], &vector![3.0, 8.0]).unwrap();
/// assert_eq!(rr, 0.125);
/// ```
///
/// # Pitfall
/// A small relative residual does not mean a small error. For an ill-conditioned `A`, a wildly
/// wrong `x` can have a tiny residual (see the Hilbert example), and the relative residual is
/// not even scale-free in `x`: prefer the [`backward_error`].
pub fn relative_residual(a: &Matrix, x: &Vector, b: &Vector) -> Result<f64> {
    // BEGIN SOLUTION
    let r = checked_residual("relative_residual", a, x, b)?;
    Ok(safe_ratio(r.norm_inf(), b.norm_inf()))
    // END SOLUTION
}

/// The normwise backward error `η = ‖b − Ax‖∞ / (‖A‖∞·‖x‖∞ + ‖b‖∞)` (Rigal–Gaches): the
/// smallest `δ` such that `(A + ΔA)x = b + Δb` with `‖ΔA‖∞ ≤ δ‖A‖∞` and `‖Δb‖∞ ≤ δ‖b‖∞`.
///
/// 0 when the residual is exactly zero (whatever the denominator); `f64::INFINITY` when the
/// denominator is 0 but the residual is not (impossible, in fact: then `A`, `x`, `b` are zero).
///
/// Cost: `2mn` flops plus the norms, O(mn).
///
/// # Errors
/// As [`residual`], with `op: "backward_error"`.
///
/// # Example
/// ```
/// use week1_vectors::{matrix, vector};
/// use week3_inverse::backward_error;
/// let a = matrix![[1.0, 2.0], [3.0, 4.0]];
/// // r = (0, 1); ‖A‖∞ = 7, ‖x‖∞ = 1, ‖b‖∞ = 8: η = 1/15.
/// let eta = backward_error(&a, &vector![1.0, 1.0], &vector![3.0, 8.0]).unwrap();
/// assert!((eta - 1.0 / 15.0).abs() < 1e-16);
/// ```
///
/// # Pitfall
/// Compare η with ε, not with 0: `η ≈ 1e-16` is the best any solver can do in `f64`, `η ≈ 1e-10`
/// on a well-scaled problem means something lost six digits it did not have to.
pub fn backward_error(a: &Matrix, x: &Vector, b: &Vector) -> Result<f64> {
    // BEGIN SOLUTION
    let r = checked_residual("backward_error", a, x, b)?;
    let denominator = norm_inf(a) * x.norm_inf() + b.norm_inf();
    Ok(safe_ratio(r.norm_inf(), denominator))
    // END SOLUTION
}
// BEGIN SOLUTION-ONLY

/// `num / den`, with `0/anything = 0` and `positive/0 = ∞`.
fn safe_ratio(num: f64, den: f64) -> f64 {
    if num == 0.0 {
        0.0
    } else if den == 0.0 {
        f64::INFINITY
    } else {
        num / den
    }
}

/// `b − Ax` with the shape and finiteness checks, errors reported as `op`.
fn checked_residual(op: &'static str, a: &Matrix, x: &Vector, b: &Vector) -> Result<Vector> {
    require_cols(op, a, x)?;
    require_rhs(op, a, b)?;
    require_finite(op, a)?;
    require_finite_vector(op, x)?;
    require_finite_vector(op, b)?;
    let ax = matvec(a, x)?;
    Ok(b.iter().zip(ax.iter()).map(|(bi, axi)| bi - axi).collect())
}
// END SOLUTION-ONLY
