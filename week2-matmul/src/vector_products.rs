//! Matrix–vector products `A·x` and `xᵀ·A`, and the outer product `x·yᵀ`.

use week1_vectors::{LinalgError, Matrix, Result, Vector};

/// The matrix–vector product `y = A·x`: `yᵢ = Σⱼ aᵢⱼ xⱼ`, for `A` of shape `m × n` and `x` of
/// length `n`; `y` has length `m`.
///
/// Each `yᵢ` is the dot product of row `i` of `A` (contiguous in memory, row-major) with `x`.
/// `2mn` flops, and every entry of `A` is used exactly once: the speed is that of reading `A`
/// from memory, which is why a matrix–vector product can never reach the GFLOP/s of a
/// matrix–matrix product. An empty row gives `yᵢ = 0`.
///
/// # Errors
/// [`LinalgError::ShapeMismatch`] with `op = "matvec"`, `left` the shape of `A` and `right`
/// `(x.len(), 1)` (a vector meeting a matrix is reported as a column), if `x.len() != n`.
///
/// # Example
/// ```
/// use week2_matmul::{matrix, matvec, vector};
/// let a = matrix![[1.0, 2.0], [3.0, 4.0], [5.0, 6.0]];
/// assert_eq!(matvec(&a, &vector![1.0, -1.0]).unwrap(), vector![-1.0, -1.0, -1.0]);
/// ```
pub fn matvec(a: &Matrix, x: &Vector) -> Result<Vector> {
    todo!("matvec")
}

/// The vector–matrix product `yᵀ = xᵀ·A`: `yⱼ = Σᵢ xᵢ aᵢⱼ`, for `x` of length `m` and `A` of
/// shape `m × n`; `y` has length `n`. (It equals `Aᵀx`, without forming `Aᵀ`.)
///
/// Do not walk down the columns of `A` (a stride of `n` entries each step). Instead, start from
/// `y = 0` and add `xᵢ · (row i of A)` to `y` for each `i`: every row is read contiguously, and
/// the inner loop (an "axpy", `y ← y + αx`) has no dependence between its iterations, so the
/// compiler can vectorise it. This is the same idea as the `ikj` rung of the ladder. `2mn` flops.
///
/// # Errors
/// [`LinalgError::ShapeMismatch`] with `op = "vecmat"`, `left = (1, x.len())` (`xᵀ` is a row),
/// `right` the shape of `A`, if `x.len() != m`.
///
/// # Example
/// ```
/// use week2_matmul::{matrix, vecmat, vector};
/// let a = matrix![[1.0, 2.0], [3.0, 4.0], [5.0, 6.0]];
/// assert_eq!(vecmat(&vector![1.0, 0.0, -1.0], &a).unwrap(), vector![-4.0, -4.0]);
/// ```
pub fn vecmat(x: &Vector, a: &Matrix) -> Result<Vector> {
    todo!("vecmat")
}

/// The outer product `x·yᵀ`: the `m × n` matrix with entries `xᵢ yⱼ`, for `x` of length `m` and
/// `y` of length `n`. Any lengths are allowed (an empty vector gives an empty matrix).
///
/// Its rank is 1 (unless it is zero). Every matrix product is a sum of outer products,
/// `A·B = Σₚ (column p of A)(row p of B)`, which is exactly what the `ikj` order and the fast
/// kernel's micro-kernel compute. `mn` flops.
///
/// # Example
/// ```
/// use week2_matmul::{matrix, outer, vector};
/// let o = outer(&vector![1.0, 2.0], &vector![3.0, 4.0, 5.0]);
/// assert_eq!(o, matrix![[3.0, 4.0, 5.0], [6.0, 8.0, 10.0]]);
/// ```
pub fn outer(x: &Vector, y: &Vector) -> Matrix {
    todo!("outer")
}
