//! The week's one rule for "numerically zero" (given code).
//!
//! Elimination in floating point never produces an exact zero where exact arithmetic would —
//! except by luck. A pivot that should be 0 comes out as rounding noise of size about
//! `ε·‖A‖` times a modest factor, and dividing by that noise gives an answer of size `1/ε`
//! that means nothing. So every function of this week that needs to decide "is this pivot
//! zero?" asks the same question:
//!
//! ```text
//!     |pivot| ≤ tol(A) = max(m, n) · ε · ‖A‖₁        (‖A‖₁ = largest column sum of |aᵢⱼ|)
//! ```
//!
//! - [`solve`](crate::gauss::solve) and [`inverse`](crate::inverse::inverse) then stop with
//!   `LinalgError::Singular { pivot: k, size, tolerance }`, `k` the column where no usable pivot
//!   was found, `size` its `|pivot|` and `tolerance` this `tol(A)`;
//! - [`rank`](crate::rank::rank) and [`row_echelon`](crate::echelon::row_echelon) treat the
//!   column as having no pivot.
//!
//! This is numpy's `matrix_rank` rule, `max(m, n)·ε·σ_max`, with the 1-norm in place of the
//! largest singular value `σ_max = ‖A‖₂` (which needs the SVD of week 5). For an `m × n` matrix
//! the two scales satisfy `‖A‖₁/√m ≤ ‖A‖₂ ≤ √n·‖A‖₁`, so they are within a factor
//! `√max(m, n)` of each other. The rule is *relative*: multiplying `A` by 10⁶ multiplies
//! the tolerance by 10⁶, so a matrix is singular or not whatever its units.
//!
//! What it means: a matrix whose pivots fall under the tolerance has condition number of order
//! `1/(n·ε)` or more — it is within rounding error of a singular matrix, and no digit of `A⁻¹b`
//! can be trusted. Two functions do *not* use the rule, on purpose:
//! [`solve_no_pivoting`](crate::gauss::solve_no_pivoting) stops only at an exact zero (a tiny
//! pivot is exactly the disaster it exists to show), and
//! [`determinant`](crate::determinant::determinant) is a number, not a decision: it returns the
//! product of the pivots however small (and exactly 0 when a column has no nonzero pivot).

use week1_vectors::Matrix;

/// The negligible-pivot tolerance `tol(A) = max(m, n)·ε·‖A‖₁` (see the module docs).
///
/// 0 for an empty or all-zero matrix: then a pivot is negligible only when it is exactly 0 (as
/// every pivot of the zero matrix is). NaN if `A` contains NaN — which is why every exercise
/// rejects non-finite input before it asks.
///
/// ```
/// use week1_vectors::matrix;
/// use week3_inverse::pivot_tolerance;
/// // ‖A‖₁ = max(1 + 3, 2 + 4) = 6, max(m, n) = 2.
/// let a = matrix![[1.0, 2.0], [3.0, 4.0]];
/// assert_eq!(pivot_tolerance(&a), 2.0 * f64::EPSILON * 6.0);
/// // diag(1, 1e-15) is (just) invertible to working precision, diag(1, 4e-16) is not:
/// assert!(1e-15 > pivot_tolerance(&matrix![[1.0, 0.0], [0.0, 1e-15]]));
/// assert!(4e-16 <= pivot_tolerance(&matrix![[1.0, 0.0], [0.0, 4e-16]]));
/// ```
pub fn pivot_tolerance(a: &Matrix) -> f64 {
    let scale = a.rows().max(a.cols()) as f64;
    scale * f64::EPSILON * column_sum_norm(a)
}

/// `‖A‖₁ = max_j Σᵢ |aᵢⱼ|`, NaN if any entry is NaN. (Private: the 1-norm is a week-2 exercise.)
fn column_sum_norm(a: &Matrix) -> f64 {
    let mut sums = vec![0.0_f64; a.cols()];
    for i in 0..a.rows() {
        for (s, x) in sums.iter_mut().zip(a.row(i)) {
            *s += x.abs();
        }
    }
    let mut best = 0.0_f64;
    for s in sums {
        if s.is_nan() {
            return f64::NAN;
        }
        best = best.max(s);
    }
    best
}
