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
    // BEGIN SOLUTION
    check_product_shapes("matmul_blocked", a, b)?;
    let (m, k, n) = (a.rows(), a.cols(), b.cols());
    let (a, b) = (a.as_slice(), b.as_slice());
    let mut c = vec![0.0; m * n];
    // Loops over tiles. The order (i0, p0, j0) keeps a tile row of C hot while B's tiles pass.
    for i0 in (0..m).step_by(BLOCK) {
        let i1 = (i0 + BLOCK).min(m);
        for p0 in (0..k).step_by(BLOCK) {
            let p1 = (p0 + BLOCK).min(k);
            for j0 in (0..n).step_by(BLOCK) {
                let j1 = (j0 + BLOCK).min(n);
                // One tile product, C[i0..i1, j0..j1] += A[i0..i1, p0..p1] · B[p0..p1, j0..j1],
                // in ikj order: the inner loop is a contiguous, vectorisable axpy.
                for i in i0..i1 {
                    let c_row = &mut c[i * n + j0..i * n + j1];
                    for p in p0..p1 {
                        let aip = a[i * k + p];
                        let b_row = &b[p * n + j0..p * n + j1];
                        for (cij, bpj) in c_row.iter_mut().zip(b_row) {
                            *cij += aip * bpj;
                        }
                    }
                }
            }
        }
    }
    Ok(Matrix::new(m, n, c).expect("m·n entries for an m×n matrix"))
    // END SOLUTION
}
