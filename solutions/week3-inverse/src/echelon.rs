//! Exercises: the row echelon form (by Gaussian elimination with partial pivoting) and the
//! reduced row echelon form.
//!
//! A matrix is in *row echelon form* when each nonzero row starts (its *pivot*, or leading
//! entry) strictly to the right of the row above, and the zero rows are at the bottom:
//!
//! ```text
//!     [ p * * * * ]        pivots in columns 0, 2, 3: rank 3
//!     [ 0 0 p * * ]
//!     [ 0 0 0 p * ]
//!     [ 0 0 0 0 0 ]
//! ```
//!
//! Elementary row operations ([`crate::row_ops`]) bring any matrix to this form without changing
//! its row space, so the number of pivots is the rank. The *reduced* form additionally has every
//! pivot equal to 1 and zeros above each pivot; it is unique.

use crate::checks::require_finite;
use crate::tolerance::pivot_tolerance;
use week1_vectors::{LinalgError, Matrix, Result};

/// A row echelon form and what elimination learned on the way (given type).
#[derive(Debug, Clone, PartialEq)]
pub struct Echelon {
    /// The echelon form, the same shape as the input.
    pub form: Matrix,
    /// `pivots[r]` is the column of row `r`'s pivot, strictly increasing; rows `pivots.len()..`
    /// of `form` are zero.
    pub pivots: Vec<usize>,
    /// How many row swaps elimination made (each flips the sign of the determinant).
    pub swaps: usize,
}

impl Echelon {
    /// The number of pivots: the rank, as far as the tolerance used could tell.
    pub fn rank(&self) -> usize {
        self.pivots.len()
    }
}

/// Brings `a` (any shape `m × n`) to row echelon form by Gaussian elimination with partial
/// pivoting, treating every candidate pivot with `|p| ≤ tol` as zero.
///
/// The algorithm, with `r` the next pivot row (starting at 0), for each column `j = 0, 1, …`
/// while `r < m`:
/// 1. **choose the pivot**: the row `p ≥ r` with the largest `|a_pj|` (the first such row
///    if several tie);
/// 2. if `|a_pj| ≤ tol`, column `j` has no pivot: set `a_ij = 0` for `i ≥ r` (they are rounding
///    noise) and go on with column `j + 1`, same `r`;
/// 3. otherwise swap rows `p` and `r` (count the swap if `p ≠ r`), and for each row `i > r`
///    subtract `lᵢ = a_ij / a_rj` times row `r`, storing the eliminated `a_ij` as an exact 0;
///    record `j` as a pivot column and move on to row `r + 1`.
///
/// Shapes: any, including empty (no pivots). Cost, for a full-rank matrix with `p = min(m, n)`:
/// the step of pivot `r` updates `(m − r − 1) × (n − r − 1)` entries at 2 flops each,
/// `Σᵣ 2(m − r)(n − r) ≈ mn·p − p³/3` flops (`(2/3)n³` when square), O(mn·min(m, n)).
///
/// # Errors
/// [`LinalgError::NonFinite`] if `a` has a NaN or infinite entry;
/// [`LinalgError::InvalidArgument`] if `tol` is negative or NaN. Both with
/// `op: "row_echelon_with_tol"`.
///
/// # Example
/// ```
/// use week1_vectors::matrix;
/// use week3_inverse::row_echelon_with_tol;
/// let a = matrix![[1.0, 2.0, 1.0],
///                 [2.0, 4.0, 0.0],
///                 [1.0, 2.0, 3.0]];
/// let e = row_echelon_with_tol(&a, 0.0).unwrap();
/// // Pivot 2 (row 1) comes up; column 1 then has nothing left below row 0.
/// assert_eq!(e.form, matrix![[2.0, 4.0, 0.0],
///                            [0.0, 0.0, 3.0],
///                            [0.0, 0.0, 0.0]]);
/// assert_eq!(e.pivots, vec![0, 2]);
/// assert_eq!(e.swaps, 2);
/// ```
///
/// # Pitfall
/// Testing `a_pj == 0.0` (that is, `tol = 0`) instead of `|a_pj| ≤ tol` fails even on the
/// textbook's favourite singular matrix: elimination on `[[1, 2, 3], [4, 5, 6], [7, 8, 9]]`
/// leaves `1.1e-16` where exact arithmetic leaves 0, and an exact-zero test counts that noise
/// as a third pivot (see [`row_echelon`]).
pub fn row_echelon_with_tol(a: &Matrix, tol: f64) -> Result<Echelon> {
    // BEGIN SOLUTION
    const OP: &str = "row_echelon_with_tol";
    require_finite(OP, a)?;
    if tol.is_nan() || tol < 0.0 {
        return Err(LinalgError::InvalidArgument {
            op: OP,
            reason: format!("the tolerance must be ≥ 0, got {tol}"),
        });
    }
    let (m, n) = a.shape();
    let mut u = a.clone();
    let mut pivots = Vec::new();
    let mut swaps = 0;
    let mut r = 0;
    for j in 0..n {
        if r == m {
            break;
        }
        // Partial pivoting: the largest entry in column j at or below row r.
        let mut p = r;
        for i in r + 1..m {
            if u[(i, j)].abs() > u[(p, j)].abs() {
                p = i;
            }
        }
        if u[(p, j)].abs() <= tol {
            // No usable pivot: what is left of this column is noise. Make it an honest zero.
            for i in r..m {
                u[(i, j)] = 0.0;
            }
            continue;
        }
        if p != r {
            u.swap_rows(p, r);
            swaps += 1;
        }
        let pivot = u[(r, j)];
        for i in r + 1..m {
            let l = u[(i, j)] / pivot;
            u[(i, j)] = 0.0; // exactly what exact arithmetic would give
            if l != 0.0 {
                for k in j + 1..n {
                    u[(i, k)] -= l * u[(r, k)];
                }
            }
        }
        pivots.push(j);
        r += 1;
    }
    Ok(Echelon {
        form: u,
        pivots,
        swaps,
    })
    // END SOLUTION
}

/// [`row_echelon_with_tol`] with the week's tolerance [`pivot_tolerance`]`(a)`
/// (`max(m, n)·ε·‖A‖₁`).
///
/// # Errors
/// [`LinalgError::NonFinite`] if `a` has a NaN or infinite entry, as reported by
/// [`row_echelon_with_tol`] (so with `op: "row_echelon_with_tol"`).
///
/// # Example
/// ```
/// use week1_vectors::matrix;
/// use week3_inverse::row_echelon;
/// use week3_inverse::row_echelon_with_tol;
/// // Row 2 = 2·row 1 − row 0, so the rank is 2; but elimination leaves 1.1e-16 where exact
/// // arithmetic leaves 0. The tolerance (3·ε·18 ≈ 1.2e-14 here) recognises the noise.
/// let a = matrix![[1.0, 2.0, 3.0], [4.0, 5.0, 6.0], [7.0, 8.0, 9.0]];
/// assert_eq!(row_echelon(&a).unwrap().rank(), 2);
/// assert_eq!(row_echelon_with_tol(&a, 0.0).unwrap().rank(), 3); // noise counted as a pivot
/// ```
pub fn row_echelon(a: &Matrix) -> Result<Echelon> {
    // BEGIN SOLUTION
    row_echelon_with_tol(a, pivot_tolerance(a))
    // END SOLUTION
}

/// The reduced row echelon form: the echelon form of [`row_echelon`] (same pivots, same
/// swaps) with every pivot scaled to exactly 1 and every entry above a pivot eliminated to
/// exactly 0.
///
/// The algorithm (back-elimination): for each pivot row `r`, from the last up to the first,
/// divide row `r` by its pivot, then for each row `i < r` subtract `a_{i, pivots[r]}` times
/// row `r`. Going bottom-up means row `r` is already clean in the later pivot columns when it
/// is used, so it never spoils them.
///
/// Shapes: any. Cost: O(mn·min(m, n)).
///
/// # Errors
/// [`LinalgError::NonFinite`] if `a` has a NaN or infinite entry, as reported by [`row_echelon`]
/// (so with `op: "row_echelon_with_tol"`).
///
/// # Example
/// ```
/// use week1_vectors::matrix;
/// use week3_inverse::rref;
/// let a = matrix![[1.0, 2.0, 3.0],
///                 [4.0, 5.0, 6.0],
///                 [7.0, 8.0, 9.0]];
/// let r = rref(&a).unwrap();
/// assert_eq!(r.pivots, vec![0, 1]);
/// // x₀ − x₂ = 0, x₁ + 2x₂ = 0: the null space is spanned by (1, −2, 1).
/// let expected = matrix![[1.0, 0.0, -1.0], [0.0, 1.0, 2.0], [0.0, 0.0, 0.0]];
/// assert!(approx::abs_diff_eq!(r.form, expected, epsilon = 1e-14));
/// ```
///
/// # Pitfall
/// The RREF is unique in exact arithmetic, so it is tempting to compare it with `==`; in
/// floating point a `2.0` may come out as `1.9999999999999998`. Compare with a tolerance.
pub fn rref(a: &Matrix) -> Result<Echelon> {
    // BEGIN SOLUTION
    let mut e = row_echelon(a)?;
    let u = &mut e.form;
    let n = u.cols();
    for (r, &j) in e.pivots.iter().enumerate().rev() {
        let pivot = u[(r, j)];
        for k in j..n {
            u[(r, k)] /= pivot;
        }
        u[(r, j)] = 1.0; // x / x may round; a pivot of the RREF is exactly 1
        for i in 0..r {
            let l = u[(i, j)];
            if l != 0.0 {
                for k in j..n {
                    u[(i, k)] -= l * u[(r, k)];
                }
                u[(i, j)] = 0.0;
            }
        }
    }
    Ok(e)
    // END SOLUTION
}
