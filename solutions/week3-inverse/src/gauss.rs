//! Exercises: solving `Ax = b` by Gaussian elimination, with partial pivoting and without.
//!
//! Elimination applies the same row operations to `A` and to `b` until `A` is upper triangular
//! (`U`), then [`back_substitution`] solves `Ux = c`. Step `k` uses row `k` (the *pivot row*)
//! to put zeros under the diagonal in column `k`:
//!
//! ```text
//!     lᵢ = a_ik / a_kk,    row i ← row i − lᵢ · row k,    bᵢ ← bᵢ − lᵢ · b_k     (i > k)
//! ```
//!
//! Without pivoting, a small `a_kk` makes the multipliers `lᵢ` huge, and `row i − lᵢ·row k`
//! then drowns row `i` in rounding error: [`solve_no_pivoting`] on `[[1e-20, 1], [1, 1]]` returns
//! `x = (0, 1)` where the answer is `(1, 1)` to 20 digits. *Partial pivoting* first swaps up the
//! row with the largest `|a_ik|`, so that every `|lᵢ| ≤ 1`; [`solve`] does that, and is
//! backward stable in practice.

use crate::checks::{require_finite, require_finite_vector, require_rhs, require_square};
use crate::tolerance::pivot_tolerance;
use crate::triangular::back_substitution;
use week1_vectors::{LinalgError, Matrix, Result, Vector};

/// Solves the square system `Ax = b` by Gaussian elimination with partial pivoting, then back
/// substitution.
///
/// At step `k` (k = 0, …, n−1): pick the row `p ≥ k` with the largest `|a_pk|` (the first if
/// several tie); if `|a_pk| ≤ tol(A) = n·ε·‖A‖₁` ([`pivot_tolerance`], computed once from the
/// input) the matrix is singular to working precision — return
/// `Singular { pivot: k, size: |a_pk|, tolerance: tol(A) }`; otherwise swap rows `p` and `k` of `A` *and of `b`*, and eliminate below the pivot. Finish
/// with [`back_substitution`].
///
/// Shapes: `a` is `n × n`, `b` has length `n`; the 0×0 system has the empty solution.
/// Cost: `(2/3)n³ + O(n²)` flops.
///
/// # Errors
/// - [`LinalgError::NotSquare`] if `a` is not square;
/// - [`LinalgError::ShapeMismatch`] if `b.len() != n`;
/// - [`LinalgError::NonFinite`] if `a` or `b` has a NaN or infinite entry;
/// - [`LinalgError::Singular`] with `pivot: k`, the first column without a usable pivot: a zero
///   column, duplicate rows, a pivot that cancels to zero during elimination, or one that is
///   merely negligible (`≤ tol(A)`). It carries the measured `size = |a_pk|` of the rejected
///   pivot and the `tolerance = tol(A)` it failed against, so the message says how singular.
///
/// All with `op: "solve"`.
///
/// # Example
/// ```
/// use week1_vectors::{matrix, vector, LinalgError};
/// use week3_inverse::{pivot_tolerance, solve};
/// let a = matrix![[2.0, 1.0, 1.0],
///                 [4.0, -6.0, 0.0],
///                 [-2.0, 7.0, 2.0]];
/// let x = solve(&a, &vector![5.0, -2.0, 9.0]).unwrap();
/// assert!(approx::relative_eq!(x, vector![1.0, 1.0, 2.0], epsilon = 1e-14));
///
/// // Column 1 is twice column 0: after step 0 nothing usable is left in column 1.
/// let s = matrix![[1.0, 2.0, 3.0], [2.0, 4.0, 5.0], [-1.0, -2.0, 1.0]];
/// let e = solve(&s, &vector![1.0, 2.0, 3.0]).unwrap_err();
/// assert!(matches!(e, LinalgError::Singular { op: "solve", pivot: 1, .. }));
/// // 4 − 2·2 and −2 − (−1)·2 are exact zeros; the tolerance is 3·ε·‖A‖₁ = 3·ε·9.
/// if let LinalgError::Singular { size, tolerance, .. } = e {
///     assert_eq!((size, tolerance), (0.0, pivot_tolerance(&s)));
/// }
/// ```
///
/// # Pitfall
/// Swap the entries of `b` along with the rows of `A`. Forgetting it gives a wrong answer with
/// no error — and the tests that use symmetric or diagonally dominant matrices (no swaps
/// needed) will not notice.
pub fn solve(a: &Matrix, b: &Vector) -> Result<Vector> {
    // BEGIN SOLUTION
    let (u, c) = eliminate("solve", a, b, true)?;
    back_substitution(&u, &c)
    // END SOLUTION
}

/// Solves `Ax = b` by Gaussian elimination *without* pivoting: row `k` is the pivot row at
/// step `k`, whatever its size. It exists to show why pivoting matters.
///
/// It stops only at an exact zero pivot — a tiny one is used as it is, which is the point.
///
/// Shapes, cost: as [`solve`].
///
/// # Errors
/// As [`solve`], with `op: "solve_no_pivoting"`, except that `Singular { pivot: k }` is
/// reported only when `a_kk` is exactly 0 at step `k` (so with `size: 0.0, tolerance: 0.0`) — e.g. `[[0, 1], [1, 0]]`, a perfectly
/// good permutation matrix.
///
/// # Example
/// ```
/// use week1_vectors::{matrix, vector};
/// use week3_inverse::{solve, solve_no_pivoting};
/// let a = matrix![[1e-20, 1.0], [1.0, 1.0]];
/// let b = vector![1.0, 2.0]; // x = (1/(1 − 1e-20), (1 − 2e-20)/(1 − 1e-20)) ≈ (1, 1)
/// let bad = solve_no_pivoting(&a, &b).unwrap();
/// let good = solve(&a, &b).unwrap();
/// assert_eq!(bad, vector![0.0, 1.0]); // x₀ is 100% wrong
/// assert_eq!(good, vector![1.0, 1.0]);
/// ```
///
/// # Pitfall
/// The failure is silent: no NaN, no error, a tidy wrong answer. Step 0 computes
/// `l = 1/1e-20 = 1e20` and `a₁₁ ← 1 − 1e20 · 1`, which rounds to `−1e20`: the `1` of row 1 is
/// lost, and with it the information that determines `x₀`.
pub fn solve_no_pivoting(a: &Matrix, b: &Vector) -> Result<Vector> {
    // BEGIN SOLUTION
    let (u, c) = eliminate("solve_no_pivoting", a, b, false)?;
    back_substitution(&u, &c)
    // END SOLUTION
}
// BEGIN SOLUTION-ONLY

/// Forward elimination on copies of `a` and `b`: returns `(U, c)` with `U` upper triangular and
/// `Ux = c` equivalent to `Ax = b`. With `pivoting`, partial pivoting and the negligible-pivot
/// rule; without, no swaps and only exact zeros stop it.
fn eliminate(op: &'static str, a: &Matrix, b: &Vector, pivoting: bool) -> Result<(Matrix, Vector)> {
    require_square(op, a)?;
    require_rhs(op, a, b)?;
    require_finite(op, a)?;
    require_finite_vector(op, b)?;
    let n = a.rows();
    // The tolerance is relative to the *input*: decided once, before elimination changes A.
    let tol = if pivoting { pivot_tolerance(a) } else { 0.0 };
    let mut u = a.clone();
    let mut c = b.clone();
    for k in 0..n {
        if pivoting {
            let mut p = k;
            for i in k + 1..n {
                if u[(i, k)].abs() > u[(p, k)].abs() {
                    p = i;
                }
            }
            if p != k {
                u.swap_rows(p, k);
                c.as_mut_slice().swap(p, k);
            }
        }
        let pivot = u[(k, k)];
        if pivot.abs() <= tol {
            return Err(LinalgError::Singular {
                op,
                pivot: k,
                size: pivot.abs(),
                tolerance: tol,
            });
        }
        // Row k right of the pivot, copied once per step: the updates below then walk two
        // contiguous slices (as `inverse` does), not `u[(i, j)]` with its index arithmetic
        // and bounds checks per entry. Same operations in the same order: the same result.
        let pivot_row = u.row(k)[k + 1..].to_vec();
        for i in k + 1..n {
            let l = u[(i, k)] / pivot;
            u[(i, k)] = 0.0; // what exact arithmetic gives; never read again
            if l != 0.0 {
                for (x, y) in u.row_mut(i)[k + 1..].iter_mut().zip(&pivot_row) {
                    *x -= l * y;
                }
                c[i] -= l * c[k];
            }
        }
    }
    Ok((u, c))
}
// END SOLUTION-ONLY
