//! Exercises: the rank, counted as the pivots of the row echelon form.
//!
//! In exact arithmetic the rank is the number of pivots. In floating point it depends on where
//! you draw the line between "a pivot" and "rounding noise": the rank of a matrix is only
//! defined *with a tolerance*. This week's line is [`pivot_tolerance`]; week 5 computes the rank
//! from the singular values, which is more reliable (elimination can miss a near-dependency
//! that the SVD sees, see the README).

use crate::echelon::row_echelon_with_tol;
use crate::tolerance::pivot_tolerance;
use week1_vectors::Matrix;

/// The numerical rank of `a`: the number of pivots of its row echelon form with
/// `|pivot| > tol(A) = max(m, n)·ε·‖A‖₁` ([`pivot_tolerance`]).
///
/// This is numpy's `matrix_rank` rule with ‖A‖₁ in place of σ_max. The rank of any empty
/// matrix, and of any zero matrix, is 0.
///
/// Cost: one elimination, O(mn·min(m, n)).
///
/// # Panics
/// If `a` has a NaN or infinite entry, with a message that says so (`rank: … NaN …`): the
/// answer is a `usize`, there is no way to return an error, and any number would be a lie.
///
/// # Example
/// ```
/// use week1_vectors::matrix;
/// use week3_inverse::rank;
/// assert_eq!(rank(&matrix![[1.0, 2.0], [2.0, 4.0]]), 1);
/// assert_eq!(rank(&matrix![[1.0, 2.0, 3.0], [4.0, 5.0, 6.0], [7.0, 8.0, 9.0]]), 2);
/// ```
///
/// # Pitfall
/// `rank(10⁻²⁰·A) = rank(A)`: the tolerance scales with ‖A‖, so a uniformly tiny matrix is not
/// "numerically zero". An absolute tolerance (`1e-10`) gets this wrong in both directions.
pub fn rank(a: &Matrix) -> usize {
    todo!("rank")
}

/// The number of pivots of the row echelon form of `a` with `|pivot| > tol`
/// (see [`row_echelon_with_tol`]).
///
/// `tol = 0` counts every pivot that is not exactly zero — rounding noise included.
///
/// # Panics
/// If `a` has a NaN or infinite entry (message: `rank_with_tol: … NaN …`), or if `tol` is
/// negative or NaN (message: `rank_with_tol: the tolerance …`).
///
/// # Example
/// ```
/// use week1_vectors::matrix;
/// use week3_inverse::rank_with_tol;
/// let a = matrix![[1.0, 0.0], [0.0, 1e-9]];
/// assert_eq!(rank_with_tol(&a, 0.0), 2);
/// assert_eq!(rank_with_tol(&a, 1e-6), 1);
/// ```
pub fn rank_with_tol(a: &Matrix, tol: f64) -> usize {
    todo!("rank_with_tol")
}
