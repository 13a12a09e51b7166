//! Exercises: triangular solves, the last step of every direct solver.
//!
//! A triangular system is solved one unknown at a time: in `Lx = b` the first equation has one
//! unknown, the second two of which one is known by then, and so on. Gaussian elimination
//! ([`crate::gauss`]) turns any system into an upper-triangular one; LU (week 4) into two
//! triangular ones.

use crate::checks::{require_finite, require_finite_vector, require_rhs, require_square};
use week1_vectors::{LinalgError, Matrix, Result, Vector};

/// Solves `Lx = b` for lower-triangular `L` by forward substitution:
///
/// ```text
///     xᵢ = (bᵢ − Σ_{j<i} lᵢⱼ xⱼ) / lᵢᵢ,    i = 0, 1, …, n−1
/// ```
///
/// Only the lower triangle of `l` (the diagonal included) is read: whatever is stored above the
/// diagonal is ignored, so a matrix that holds two triangles in one (as LU storage does in
/// week 4) can be passed as it is.
///
/// Shapes: `l` is `n × n`, `b` has length `n`; the 0×0 system has the empty solution.
/// Cost: `n²` flops (n(n−1)/2 multiply–adds and n divisions), O(n²).
///
/// # Errors
/// - [`LinalgError::NotSquare`] if `l` is not square;
/// - [`LinalgError::ShapeMismatch`] if `b.len() != n`;
/// - [`LinalgError::NonFinite`] if `l` or `b` has a NaN or infinite entry;
/// - [`LinalgError::Singular`] with `pivot: i` for the first `i` with `lᵢᵢ = 0` exactly
///   (a triangular matrix is singular exactly when a diagonal entry is zero), `size: 0.0` and
///   `tolerance: 0.0` (only an exact zero is refused).
///
/// All with `op: "forward_substitution"`.
///
/// # Example
/// ```
/// use week1_vectors::{matrix, vector};
/// use week3_inverse::forward_substitution;
/// let l = matrix![[2.0, 0.0, 0.0],
///                 [1.0, 1.0, 0.0],
///                 [4.0, -1.0, 4.0]];
/// // x₀ = 4/2 = 2;  x₁ = (5 − 1·2)/1 = 3;  x₂ = (13 − 4·2 + 1·3)/4 = 2.
/// let x = forward_substitution(&l, &vector![4.0, 5.0, 13.0]).unwrap();
/// assert_eq!(x, vector![2.0, 3.0, 2.0]);
/// ```
///
/// # Pitfall
/// Only an exact zero on the diagonal is an error. A tiny one (1e-300) is not: substitution is
/// backward stable whatever the diagonal — the computed `x` solves a system within rounding of
/// yours — and a huge `x` is then the honest answer to an ill-conditioned question.
pub fn forward_substitution(l: &Matrix, b: &Vector) -> Result<Vector> {
    // BEGIN SOLUTION
    const OP: &str = "forward_substitution";
    require_square(OP, l)?;
    require_rhs(OP, l, b)?;
    require_finite(OP, l)?;
    require_finite_vector(OP, b)?;
    let n = l.rows();
    let mut x = Vector::zeros(n);
    for i in 0..n {
        if l[(i, i)] == 0.0 {
            return Err(LinalgError::Singular {
                op: OP,
                pivot: i,
                size: 0.0,
                tolerance: 0.0,
            });
        }
        // The unknowns x₀ … x_{i−1} are known: move their terms to the right-hand side.
        let row = l.row(i);
        let known: f64 = (0..i).map(|j| row[j] * x[j]).sum();
        x[i] = (b[i] - known) / row[i];
    }
    Ok(x)
    // END SOLUTION
}

/// Solves `Ux = b` for upper-triangular `U` by back substitution, last unknown first:
///
/// ```text
///     xᵢ = (bᵢ − Σ_{j>i} uᵢⱼ xⱼ) / uᵢᵢ,    i = n−1, n−2, …, 0
/// ```
///
/// Only the upper triangle of `u` (the diagonal included) is read; entries below the diagonal
/// are ignored.
///
/// Shapes: `u` is `n × n`, `b` has length `n`; the 0×0 system has the empty solution.
/// Cost: `n²` flops, O(n²).
///
/// # Errors
/// - [`LinalgError::NotSquare`] if `u` is not square;
/// - [`LinalgError::ShapeMismatch`] if `b.len() != n`;
/// - [`LinalgError::NonFinite`] if `u` or `b` has a NaN or infinite entry;
/// - [`LinalgError::Singular`] with `pivot: i` for the zero diagonal entry `uᵢᵢ = 0` met first,
///   that is the one with the *largest* `i` (the loop runs upwards); `size` and `tolerance` 0.0.
///
/// All with `op: "back_substitution"`.
///
/// # Example
/// ```
/// use week1_vectors::{matrix, vector};
/// use week3_inverse::back_substitution;
/// let u = matrix![[1.0, 2.0, -1.0],
///                 [0.0, 2.0, 1.0],
///                 [0.0, 0.0, 4.0]];
/// // x₂ = 8/4 = 2;  x₁ = (4 − 1·2)/2 = 1;  x₀ = (2 − 2·1 + 1·2)/1 = 2.
/// let x = back_substitution(&u, &vector![2.0, 4.0, 8.0]).unwrap();
/// assert_eq!(x, vector![2.0, 1.0, 2.0]);
/// ```
///
/// # Pitfall
/// The loop runs backwards: `for i in (0..n).rev()`. Writing `for i in n - 1..=0` compiles and
/// runs zero times (and `n − 1` underflows when `n = 0`).
pub fn back_substitution(u: &Matrix, b: &Vector) -> Result<Vector> {
    // BEGIN SOLUTION
    const OP: &str = "back_substitution";
    require_square(OP, u)?;
    require_rhs(OP, u, b)?;
    require_finite(OP, u)?;
    require_finite_vector(OP, b)?;
    let n = u.rows();
    let mut x = Vector::zeros(n);
    for i in (0..n).rev() {
        if u[(i, i)] == 0.0 {
            return Err(LinalgError::Singular {
                op: OP,
                pivot: i,
                size: 0.0,
                tolerance: 0.0,
            });
        }
        // x_{i+1} … x_{n−1} are known.
        let row = u.row(i);
        let known: f64 = (i + 1..n).map(|j| row[j] * x[j]).sum();
        x[i] = (b[i] - known) / row[i];
    }
    Ok(x)
    // END SOLUTION
}
