//! The first two rungs of the ladder: the textbook `ijk` loop and the same loops reordered to
//! `ikj`. Same flops, same result up to rounding; several times apart in speed.

use crate::check_product_shapes;
use week1_vectors::{Matrix, Result};

/// Rung 1: `C = A·B` by the definition, `cᵢⱼ = Σₚ aᵢₚ bₚⱼ`, loops in the order `i, j, p`.
///
/// `A` is `m × k`, `B` is `k × n`, `C` is `m × n`. `2mnk` flops.
///
/// Write it exactly as the formula reads: for each `(i, j)`, accumulate the sum over `p` in a
/// local variable and store it. The innermost loop walks along row `i` of `A` (contiguous) and
/// *down column `j` of `B`*: consecutive `bₚⱼ` are `n` entries (`8n` bytes) apart in memory, so
/// each one costs a new cache line once `B` no longer fits in cache. That is why this rung is the
/// slowest, and the benchmark shows it falling off a cliff as `n` grows.
///
/// Zero-sized shapes work without special cases: a `3 × 0` times a `0 × 4` is the `3 × 4` zero
/// matrix (every sum is empty).
///
/// # Errors
/// [`LinalgError::ShapeMismatch`](week1_vectors::LinalgError::ShapeMismatch) with
/// `op = "matmul_ijk"` if `a.cols() != b.rows()`: use [`check_product_shapes`].
///
/// # Pitfall
/// Do not skip terms with `aᵢₚ == 0.0` "to save time": `0 · NaN` and `0 · ∞` are NaN, and a
/// product that hides a NaN in `B` is wrong.
///
/// # Example
/// ```
/// use week2_matmul::{matmul_ijk, matrix};
/// let a = matrix![[1.0, 2.0], [3.0, 4.0]];
/// let b = matrix![[5.0, 6.0], [7.0, 8.0]];
/// assert_eq!(matmul_ijk(&a, &b).unwrap(), matrix![[19.0, 22.0], [43.0, 50.0]]);
/// ```
pub fn matmul_ijk(a: &Matrix, b: &Matrix) -> Result<Matrix> {
    todo!("matmul_ijk")
}

/// Rung 2: the same product with the loops in the order `i, p, j`.
///
/// For each row `i` of `C` and each `p`, add `aᵢₚ · (row p of B)` to row `i` of `C`: an "axpy"
/// `cᵢ,: ← cᵢ,: + aᵢₚ·bₚ,:`. Now the innermost loop walks along a row of `B` and a row of `C`,
/// both contiguous, so every cache line is used whole, and its iterations are independent (no
/// running sum), so the compiler turns it into SIMD instructions. Write the inner loop over
/// slices (`c.row_mut(i)` zipped with `b.row(p)`) rather than with `c[(i, j)]` indexing, so that
/// there are no bounds checks in the way.
///
/// Each `cᵢⱼ` still receives its `k` terms in the order `p = 0, 1, …`, so the result is
/// bit-for-bit that of [`matmul_ijk`]. `2mnk` flops.
///
/// # Errors
/// [`LinalgError::ShapeMismatch`](week1_vectors::LinalgError::ShapeMismatch) with
/// `op = "matmul_ikj"` if `a.cols() != b.rows()`.
///
/// # Pitfall
/// As for [`matmul_ijk`]: no shortcut for `aᵢₚ == 0.0`, or NaN in `B` is lost.
///
/// # Example
/// ```
/// use week2_matmul::{matmul_ikj, matrix};
/// let a = matrix![[1.0, 2.0, 3.0]];
/// let b = matrix![[1.0], [10.0], [100.0]];
/// assert_eq!(matmul_ikj(&a, &b).unwrap(), matrix![[321.0]]);
/// ```
pub fn matmul_ikj(a: &Matrix, b: &Matrix) -> Result<Matrix> {
    todo!("matmul_ikj")
}
