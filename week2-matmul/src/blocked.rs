//! Rung 4 of the ladder: cache blocking. Multiply tile by tile so that the tiles being worked on
//! stay in cache while they are reused.

use crate::check_product_shapes;
use week1_vectors::{Matrix, Result};

/// The tile size of [`matmul_blocked`]: three `64 × 64` tiles of `f64` take 96 KiB, which fits
/// comfortably in a 512 KiB–2 MiB L2 cache.
pub const BLOCK: usize = 64;

/// Rung 4: `C = A·B` computed tile by tile, [`BLOCK`] × [`BLOCK`] at a time.
///
/// Split the three loops `i`, `p`, `j` of [`matmul_ikj`](crate::matmul_ikj) each into a loop
/// over tiles (step `BLOCK`) and a loop inside a tile:
///
/// ```text
/// for each tile row i0, tile column p0 of A, tile column j0 of B:
///     C[i0.., j0..] += A[i0.., p0..] · B[p0.., j0..]     (ikj inside the tiles)
/// ```
///
/// Why: in `ikj`, row `i` of `C` meets all of `B` before row `i + 1` starts, so for large
/// matrices `B` (8 MB at n = 1024) is streamed from main memory `m` times. With tiles, a tile of
/// `B` (32 KiB) is brought into cache once and then used for a whole tile of rows of `A`. The
/// number of times each number crosses from memory to cache falls by a factor of about `BLOCK`.
///
/// Tiles at the right and bottom edges are smaller when `BLOCK` does not divide the dimensions
/// (67 × 131 × 29, say): clip every range with `min`. `2mnk` flops.
///
/// # Errors
/// [`LinalgError::ShapeMismatch`](week1_vectors::LinalgError::ShapeMismatch) with
/// `op = "matmul_blocked"` if `a.cols() != b.rows()`.
///
/// # Example
/// ```
/// use week2_matmul::{matmul_blocked, matrix};
/// let a = matrix![[1.0, 2.0], [3.0, 4.0]];
/// let b = matrix![[5.0, 6.0], [7.0, 8.0]];
/// assert_eq!(matmul_blocked(&a, &b).unwrap(), matrix![[19.0, 22.0], [43.0, 50.0]]);
/// ```
pub fn matmul_blocked(a: &Matrix, b: &Matrix) -> Result<Matrix> {
    todo!("matmul_blocked")
}
