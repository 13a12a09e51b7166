//! Rung 3 of the ladder: transpose `B` once, then every entry of `C` is a dot product of two
//! contiguous rows.

use crate::check_product_shapes;
// BEGIN SOLUTION-ONLY
use crate::transpose_blocked;
// END SOLUTION-ONLY
use week1_vectors::{Matrix, Result};

/// Rung 3: `C = A·B` computed as `cᵢⱼ = (row i of A) · (row j of Bᵀ)`.
///
/// Form `Bᵀ` first (with [`transpose_blocked`](crate::transpose_blocked): `kn` copies, a small
/// price next to `2mnk` flops), then each `cᵢⱼ` is a dot product of two rows that are both
/// contiguous in memory: the strided walk down a column of `B` that slowed
/// [`matmul_ijk`](crate::matmul_ijk) is gone. `2mnk` flops, `kn` extra memory.
///
/// Compare it with [`matmul_ikj`](crate::matmul_ikj) in the benchmark. Both read memory
/// contiguously, but a dot product is a *reduction*: each addition needs the previous partial
/// sum, and the compiler may not reorder floating-point additions (that would change the
/// rounding), so it cannot split the sum across SIMD lanes. The axpy of `ikj` has no such chain.
///
/// # Errors
/// [`LinalgError::ShapeMismatch`](week1_vectors::LinalgError::ShapeMismatch) with
/// `op = "matmul_transposed"` if `a.cols() != b.rows()`.
///
/// # Example
/// ```
/// use week2_matmul::{matmul_transposed, matrix};
/// let a = matrix![[1.0, 2.0], [3.0, 4.0]];
/// let b = matrix![[5.0, 6.0], [7.0, 8.0]];
/// assert_eq!(matmul_transposed(&a, &b).unwrap(), matrix![[19.0, 22.0], [43.0, 50.0]]);
/// ```
pub fn matmul_transposed(a: &Matrix, b: &Matrix) -> Result<Matrix> {
    // BEGIN SOLUTION
    check_product_shapes("matmul_transposed", a, b)?;
    let bt = transpose_blocked(b, 32);
    Ok(Matrix::from_fn(a.rows(), b.cols(), |i, j| {
        // Row i of A and row j of Bᵀ both have length k: the zip cannot truncate.
        a.row(i).iter().zip(bt.row(j)).map(|(x, y)| x * y).sum()
    }))
    // END SOLUTION
}
