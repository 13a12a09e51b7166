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
// BEGIN SOLUTION-ONLY
use crate::pow2::{frexp, ldexp, row_scaled};
// END SOLUTION-ONLY
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
    // BEGIN SOLUTION
    const OP: &str = "determinant";
    require_square(OP, a)?;
    require_finite(OP, a)?;
    let n = a.rows();
    // Growth is at most 2^(n−1) with partial pivoting: if that could overflow, eliminate on
    // A·2^−shift (exact, same pivots, same digits) and remember det A = 2^(n·shift)·det(that).
    let max = a.as_slice().iter().fold(0.0_f64, |m, x| m.max(x.abs()));
    let shift = if max > ldexp(1.0, 1020 - n as i64) {
        n as i64 + 4
    } else {
        0
    };
    let mut u = if shift > 0 {
        a.map(|x| ldexp(x, -shift))
    } else {
        a.clone()
    };
    let mut scale = shift * n as i64;
    // The running product as det · 2^scale with 0.5 ≤ |det| < 1: it cannot overflow.
    let mut det = 1.0;
    for k in 0..n {
        let mut p = k;
        for i in k + 1..n {
            if u[(i, k)].abs() > u[(p, k)].abs() {
                p = i;
            }
        }
        if u[(p, k)] == 0.0 {
            // A whole column of exact zeros at and below the diagonal: singular.
            return Ok(0.0);
        }
        if p != k {
            u.swap_rows(p, k);
            det = -det; // a row swap flips the sign
        }
        let pivot = u[(k, k)];
        // Multiply mantissas only (in [0.25, 1): no overflow, no underflow), add exponents.
        let (pm, pe) = frexp(pivot);
        let (m, e) = frexp(det * pm);
        det = m;
        scale += pe + e;
        for i in k + 1..n {
            let l = u[(i, k)] / pivot;
            if l != 0.0 {
                for j in k + 1..n {
                    u[(i, j)] -= l * u[(k, j)];
                }
            }
        }
    }
    Ok(ldexp(det, scale))
    // END SOLUTION
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
    // BEGIN SOLUTION
    const OP: &str = "det_cofactor";
    require_square(OP, a)?;
    require_finite(OP, a)?;
    let n = a.rows();
    if n > COFACTOR_MAX_N {
        return Err(LinalgError::InvalidArgument {
            op: OP,
            reason: format!(
                "cofactor expansion of a {n}×{n} matrix takes about {n}! steps; the limit is \
                 n = {COFACTOR_MAX_N} (use `determinant`)"
            ),
        });
    }
    // det A = 2^scale · det(s), with every entry of s below 1 in magnitude: no term overflows.
    let (s, scale) = row_scaled(a);
    let cols: Vec<usize> = (0..n).collect();
    Ok(ldexp(expand(&s, 0, &cols), scale))
    // END SOLUTION
}
// BEGIN SOLUTION-ONLY

/// The determinant of the minor of `a` made of rows `row..` and the columns `cols`, expanded
/// along its first row (`row`).
fn expand(a: &Matrix, row: usize, cols: &[usize]) -> f64 {
    match cols {
        [] => 1.0,
        [c] => a[(row, *c)],
        _ => {
            let mut sum = 0.0;
            let mut rest = Vec::with_capacity(cols.len() - 1);
            for (pos, &c) in cols.iter().enumerate() {
                // The sign (−1)^pos is by position in the minor, not by the original column.
                let sign = if pos % 2 == 0 { 1.0 } else { -1.0 };
                rest.clear();
                rest.extend(cols.iter().copied().filter(|&k| k != c));
                sum += sign * a[(row, c)] * expand(a, row + 1, &rest);
            }
            sum
        }
    }
}
// END SOLUTION-ONLY
