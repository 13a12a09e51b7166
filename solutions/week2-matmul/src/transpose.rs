//! The transpose `Aᵀ`, naive and cache-blocked: the simplest program whose speed is decided by
//! the memory system, not by arithmetic (it does none).

use week1_vectors::Matrix;

/// The transpose: the `n × m` matrix `Aᵀ` with `(Aᵀ)ᵢⱼ = aⱼᵢ`, for an `m × n` matrix `A`.
///
/// Write the plain double loop. Reading `A` row by row is contiguous; writing `Aᵀ` then jumps
/// `m` entries at every step, so for large matrices almost every write touches a new cache line.
/// [`transpose_blocked`] fixes that. O(mn) time, no flops.
///
/// A `0 × 5` matrix transposes to a `5 × 0` one.
///
/// # Example
/// ```
/// use week2_matmul::{matrix, transpose};
/// let a = matrix![[1.0, 2.0, 3.0],
///                 [4.0, 5.0, 6.0]];
/// assert_eq!(transpose(&a), matrix![[1.0, 4.0], [2.0, 5.0], [3.0, 6.0]]);
/// ```
pub fn transpose(a: &Matrix) -> Matrix {
    // BEGIN SOLUTION
    let (m, n) = a.shape();
    let mut t = Matrix::zeros(n, m);
    for i in 0..m {
        for j in 0..n {
            t[(j, i)] = a[(i, j)];
        }
    }
    t
    // END SOLUTION
}

/// The transpose `Aᵀ`, computed tile by tile: `block × block` tiles of `A` are transposed one at
/// a time, so that both the tile being read and the tile being written stay in the L1 cache.
///
/// With `block = 32`, a tile of `f64` is 8 KiB, and each of its 32 rows spans exactly four
/// 64-byte cache lines: every line that is brought in is used whole before it is evicted. The
/// naive transpose uses one entry (8 bytes) of each line it writes and hopes the other seven are
/// still cached when their turn comes; for large matrices they are not. Remember the tiles at the
/// right and bottom edges, which are smaller when `block` does not divide the dimensions.
///
/// The result is exactly [`transpose`]'s (no arithmetic, so no rounding). O(mn).
///
/// # Panics
/// If `block == 0` (the message says "block size").
///
/// # Example
/// ```
/// use week2_matmul::{matrix, transpose_blocked};
/// let a = matrix![[1.0, 2.0, 3.0],
///                 [4.0, 5.0, 6.0]];
/// assert_eq!(transpose_blocked(&a, 2), matrix![[1.0, 4.0], [2.0, 5.0], [3.0, 6.0]]);
/// ```
pub fn transpose_blocked(a: &Matrix, block: usize) -> Matrix {
    // BEGIN SOLUTION
    assert!(
        block > 0,
        "transpose_blocked: the block size must be positive"
    );
    let (m, n) = a.shape();
    let src = a.as_slice();
    let mut data = vec![0.0; m * n];
    // Walk over the tiles; the `min` clips the last tile of each direction.
    for i0 in (0..m).step_by(block) {
        let i1 = (i0 + block).min(m);
        for j0 in (0..n).step_by(block) {
            let j1 = (j0 + block).min(n);
            // Inside one tile: read rows of A, write rows of Aᵀ; both stay in cache.
            for i in i0..i1 {
                for j in j0..j1 {
                    data[j * m + i] = src[i * n + j];
                }
            }
        }
    }
    Matrix::new(n, m, data).expect("n·m entries for an n×m matrix")
    // END SOLUTION
}
