//! Exercises: the determinant, by elimination (O(n³)) and by cofactor expansion (O(n!)).
//!
//! The determinant is the signed volume scaling of `x ↦ Ax`. Two facts make elimination compute
//! it: the determinant of a triangular matrix is the product of its diagonal, and the row
//! operations of elimination change it in known ways (a swap flips its sign, adding a multiple
//! of a row changes nothing). So `det A = (−1)^swaps · u₀₀ u₁₁ ⋯ u_{n−1,n−1}`.
//!
//! Cofactor (Laplace) expansion is the definition most courses start from; it is also the
//! slowest algorithm anyone teaches: `n!` terms. `cargo xtask example 3 cofactor_timing` shows
//! the race.

use crate::checks::{require_finite, require_square};
use week1_vectors::{LinalgError, Matrix, Result};

/// The largest `n` that [`det_cofactor`] accepts. At `n = 11` the expansion visits
/// `11! ≈ 4·10⁷` leaves — about a second in a release build (`cargo xtask example 3
/// cofactor_timing`), several times that in a debug build; `n = 12` would take 12 times as
/// long, `n = 20` thousands of years. The limit keeps a stray call from hanging a test run.
pub const COFACTOR_MAX_N: usize = 11;

/// The determinant of a square matrix by Gaussian elimination with partial pivoting:
/// `det A = (−1)^swaps · Π u_kk`.
///
/// At step `k`, swap up the row with the largest `|a_ik|` (flipping the sign), then eliminate
/// below it and multiply the pivot into the product. If every candidate in column `k` is
/// exactly 0, the matrix is singular and the answer is exactly `0.0`. There is no tolerance: a
/// determinant is a number, not a decision, and a tiny one is not "zero" (see the pitfall).
///
/// `det` of the 0×0 matrix is 1 (the empty product), as in numpy.
/// Cost: `(2/3)n³` flops.
///
/// **Overflow** (the course's rule for every determinant, see [`crate::pow2`]): for finite
/// input the result is never NaN; it is `±∞` exactly when `|det| > f64::MAX` and `±0` when it is
/// below the subnormal range — not when a *running* product leaves the range. So keep the
/// product as a mantissa and an exponent ([`crate::pow2::frexp`] of each pivot, exponents
/// summed as integers) and apply the exponent once at the end ([`crate::pow2::ldexp`]); this
/// changes no digit when nothing overflows. And elimination can grow entries by up to `2ⁿ⁻¹`:
/// when `max|aᵢⱼ| > 2^(1020−n)`, eliminate on `A·2^−(n+4)` instead (exact, the same pivots
/// and digits) and add `n·(n+4)` to the exponent, so that no `∞ − ∞` can appear in `U`.
///
/// # Errors
/// [`LinalgError::NotSquare`] if `a` is not square; [`LinalgError::NonFinite`] if it has a NaN
/// or infinite entry. Both with `op: "determinant"`.
///
/// # Example
/// ```
/// use week1_vectors::{matrix, Matrix};
/// use week3_inverse::determinant;
/// let a = matrix![[2.0, 1.0, 1.0],
///                 [4.0, -6.0, 0.0],
///                 [-2.0, 7.0, 2.0]];
/// assert!((determinant(&a).unwrap() - (-16.0)).abs() < 1e-13);
/// assert_eq!(determinant(&matrix![[1.0, 2.0], [2.0, 4.0]]).unwrap(), 0.0);
/// assert_eq!(determinant(&Matrix::zeros(0, 0)).unwrap(), 1.0);
/// ```
///
/// # Pitfall
/// The size of the determinant says nothing about singularity: `det(0.1·I₁₀₀) = 1e-100` for a
/// perfectly conditioned matrix, and `det(0.1·I₄₀₀)` underflows to 0. A matrix whose rows are
/// dependent only up to rounding (`[[1, 2, 3], [4, 5, 6], [7, 8, 9]]`) gets a determinant of
/// `6.7e-16`, not 0. Use the condition number to ask "is it nearly singular?".
pub fn determinant(a: &Matrix) -> Result<f64> {
    todo!("determinant")
}

/// The determinant by cofactor (Laplace) expansion along the first row, recursively:
///
/// ```text
///     det A = Σⱼ (−1)ʲ a₀ⱼ det M₀ⱼ        M₀ⱼ = A without row 0 and column j
/// ```
///
/// with `det` of the 0×0 matrix = 1 (and so of a 1×1 matrix `[a]` = a).
///
/// Cost: `T(n) = n·T(n−1) + O(n)`, that is O(n!) — about `e·n!` calls. For n = 10 that is
/// already 10⁷ calls where elimination needs 700 flops; hence [`COFACTOR_MAX_N`].
///
/// **Overflow**, by the same rule as [`determinant`] (never NaN for finite input; `±∞` exactly
/// when `|det| > f64::MAX`): expanding `A` as it stands, a finite 8×8 with entries near 1e300
/// has terms `±∞` whose sum is `∞ − ∞ = NaN`. Expand [`crate::pow2::row_scaled`]`(a)` instead —
/// every entry below 1, so every term below 1 and every partial sum below `n!` — and multiply
/// the result by `2^scale` once at the end with [`crate::pow2::ldexp`] (exact otherwise: the
/// same digits as the unscaled expansion whenever that one does not overflow).
///
/// # Errors
/// - [`LinalgError::NotSquare`] if `a` is not square;
/// - [`LinalgError::NonFinite`] if it has a NaN or infinite entry;
/// - [`LinalgError::InvalidArgument`] if `n > COFACTOR_MAX_N`, before doing any work (the reason
///   names `n` and the limit, and suggests [`determinant`]).
///
/// All with `op: "det_cofactor"`.
///
/// # Example
/// ```
/// use week1_vectors::{matrix, Matrix};
/// use week3_inverse::det_cofactor;
/// // 2·(−12 − 0) − 1·(8 − 0) + 1·(28 − 12) = −24 − 8 + 16
/// let a = matrix![[2.0, 1.0, 1.0],
///                 [4.0, -6.0, 0.0],
///                 [-2.0, 7.0, 2.0]];
/// assert_eq!(det_cofactor(&a).unwrap(), -16.0);
/// assert!(det_cofactor(&Matrix::identity(12)).is_err()); // n > COFACTOR_MAX_N = 11
/// ```
///
/// # Pitfall
/// Building each minor as a new `Matrix` costs an allocation per call — `e·n!` of them. Passing
/// the list of columns still in play (and the row you are on) avoids copying the matrix at all;
/// it does not change the O(n!) count, which is the lesson.
pub fn det_cofactor(a: &Matrix) -> Result<f64> {
    todo!("det_cofactor")
}
