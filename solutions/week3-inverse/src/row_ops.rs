//! Exercises: the three elementary row operations.
//!
//! Every step of Gaussian elimination is one of these, and each is *invertible* — which is why
//! elimination never changes the solution set of `Ax = b`, nor the rank of `A`:
//!
//! | operation | effect | undone by | effect on det |
//! | --- | --- | --- | --- |
//! | [`row_swap`]`(a, i, j)` | rows i and j trade places | the same swap | × (−1) |
//! | [`row_scale`]`(a, i, c)` | row i ← c · row i, c ≠ 0 | scaling by 1/c | × c |
//! | [`row_add`]`(a, t, s, c)` | row t ← row t + c · row s, t ≠ s | adding −c · row s | × 1 |
//!
//! Each is also a product with an *elementary matrix*: `row_add(a, t, s, c)` computes `E·A`
//! where `E` is the identity with `c` at position `(t, s)`. Elimination is a product of such
//! `E`s — the idea behind `PA = LU` in week 4.
//!
//! These functions take the matrix by `&mut` and change it in place; they check their indices
//! and return `LinalgError::InvalidArgument` instead of panicking. (They do not scan the matrix
//! for NaN: an O(n) operation should not pay an O(n²) check.)

use crate::checks::require_row;
use week1_vectors::{LinalgError, Matrix, Result};

/// Swaps rows `i` and `j` of `a` in place (`i == j` is allowed and does nothing).
///
/// Cost: O(cols).
///
/// # Errors
/// [`LinalgError::InvalidArgument`] with `op: "row_swap"` if `i` or `j` is not a row of `a`
/// (the reason names the row and the shape; see [`require_row`]). `a` is unchanged then.
///
/// # Example
/// ```
/// use week1_vectors::matrix;
/// use week3_inverse::row_swap;
/// let mut a = matrix![[1.0, 2.0], [3.0, 4.0], [5.0, 6.0]];
/// row_swap(&mut a, 0, 2).unwrap();
/// assert_eq!(a, matrix![[5.0, 6.0], [3.0, 4.0], [1.0, 2.0]]);
/// assert!(row_swap(&mut a, 0, 3).is_err());
/// ```
///
/// # Pitfall
/// Check both indices *before* changing anything: an error must leave the matrix as it was.
pub fn row_swap(a: &mut Matrix, i: usize, j: usize) -> Result<()> {
    // BEGIN SOLUTION
    require_row("row_swap", a, i)?;
    require_row("row_swap", a, j)?;
    a.swap_rows(i, j);
    Ok(())
    // END SOLUTION
}

/// Multiplies row `i` of `a` by `c` in place: `row i ← c · row i`.
///
/// Cost: O(cols).
///
/// # Errors
/// [`LinalgError::InvalidArgument`] with `op: "row_scale"` if `i` is not a row of `a`, if
/// `c == 0` (scaling by zero destroys the row's information: it is not an elementary operation,
/// it cannot be undone), or if `c` is NaN or infinite. `a` is unchanged then.
///
/// # Example
/// ```
/// use week1_vectors::matrix;
/// use week3_inverse::row_scale;
/// let mut a = matrix![[1.0, 2.0], [3.0, 4.0]];
/// row_scale(&mut a, 1, -0.5).unwrap();
/// assert_eq!(a, matrix![[1.0, 2.0], [-1.5, -2.0]]);
/// assert!(row_scale(&mut a, 0, 0.0).is_err());
/// ```
///
/// # Pitfall
/// `det(row_scale(A, i, c)) = c · det A`: scaling rows to make pivots 1 (as Gauss–Jordan does)
/// changes the determinant, and an algorithm that computes both must keep count.
pub fn row_scale(a: &mut Matrix, i: usize, c: f64) -> Result<()> {
    // BEGIN SOLUTION
    const OP: &str = "row_scale";
    require_row(OP, a, i)?;
    if c == 0.0 || !c.is_finite() {
        return Err(LinalgError::InvalidArgument {
            op: OP,
            reason: format!("the factor must be finite and nonzero, got {c}"),
        });
    }
    for x in a.row_mut(i) {
        *x *= c;
    }
    Ok(())
    // END SOLUTION
}

/// Adds `c` times row `source` to row `target` in place: `row t ← row t + c · row s`.
///
/// `c = 0` is allowed (it does nothing). Cost: O(cols).
///
/// # Errors
/// [`LinalgError::InvalidArgument`] with `op: "row_add"` if `target` or `source` is not a row of
/// `a`, if `target == source` (that would be `row ← (1 + c)·row`, a scaling — and not an
/// invertible one when `c = −1`), or if `c` is NaN or infinite. `a` is unchanged then.
///
/// # Example
/// ```
/// use week1_vectors::matrix;
/// use week3_inverse::row_add;
/// let mut a = matrix![[2.0, 1.0], [4.0, 5.0]];
/// // Eliminate a₁₀: row 1 ← row 1 − 2 · row 0.
/// row_add(&mut a, 1, 0, -2.0).unwrap();
/// assert_eq!(a, matrix![[2.0, 1.0], [0.0, 3.0]]);
/// assert!(row_add(&mut a, 1, 1, 1.0).is_err());
/// ```
///
/// # Pitfall
/// The borrow checker will not let you hold `a.row(s)` and `a.row_mut(t)` at once. Copy what you
/// need of the source row first, or index entry by entry.
pub fn row_add(a: &mut Matrix, target: usize, source: usize, c: f64) -> Result<()> {
    // BEGIN SOLUTION
    const OP: &str = "row_add";
    require_row(OP, a, target)?;
    require_row(OP, a, source)?;
    if target == source {
        return Err(LinalgError::InvalidArgument {
            op: OP,
            reason: format!("target and source are both row {target}; use row_scale"),
        });
    }
    if !c.is_finite() {
        return Err(LinalgError::InvalidArgument {
            op: OP,
            reason: format!("the factor must be finite, got {c}"),
        });
    }
    let src = a.row(source).to_vec();
    for (x, s) in a.row_mut(target).iter_mut().zip(&src) {
        *x += c * s;
    }
    Ok(())
    // END SOLUTION
}
