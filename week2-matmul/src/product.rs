//! The matrix product's shape rule, and [`matmul`], the product later weeks call (given code).
//!
//! Every rung of the ladder starts with [`check_product_shapes`], so that every rung reports a
//! mismatch the same way, and ends with an `m × n` result, even when a dimension is zero.

use week1_vectors::{LinalgError, Matrix, Result};

/// Checks that `A·B` is defined, i.e. `a.cols() == b.rows()`.
///
/// `op` is the name of the calling function (`"matmul_ijk"`, …); it appears in the error.
///
/// # Errors
/// [`LinalgError::ShapeMismatch`] naming `op` and both shapes.
///
/// # Example
/// ```
/// use week2_matmul::{check_product_shapes, LinalgError, Matrix};
/// let a = Matrix::zeros(2, 3);
/// assert!(check_product_shapes("matmul_ijk", &a, &Matrix::zeros(3, 5)).is_ok());
/// let err = check_product_shapes("matmul_ijk", &a, &Matrix::zeros(2, 3)).unwrap_err();
/// assert_eq!(err, LinalgError::ShapeMismatch { op: "matmul_ijk", left: (2, 3), right: (2, 3) });
/// assert_eq!(err.to_string(), "matmul_ijk: shape mismatch: left is 2×3, right is 2×3");
/// ```
pub fn check_product_shapes(op: &'static str, a: &Matrix, b: &Matrix) -> Result<()> {
    if a.cols() == b.rows() {
        Ok(())
    } else {
        Err(LinalgError::ShapeMismatch {
            op,
            left: a.shape(),
            right: b.shape(),
        })
    }
}

/// The matrix product `C = A·B` that the rest of the course uses: it calls
/// [`matmul_fast`](crate::matmul_fast), the top of this week's ladder.
///
/// `A` is `m × k`, `B` is `k × n`, `C` is `m × n` with `cᵢⱼ = Σₚ aᵢₚ bₚⱼ`. `2mnk` flops.
///
/// # Errors
/// [`LinalgError::ShapeMismatch`] (reported as `"matmul_fast"`) if `a.cols() != b.rows()`.
///
/// # Example
/// ```
/// use week2_matmul::{matmul, matrix};
/// let a = matrix![[1.0, 2.0], [3.0, 4.0]];
/// let b = matrix![[5.0, 6.0], [7.0, 8.0]];
/// assert_eq!(matmul(&a, &b).unwrap(), matrix![[19.0, 22.0], [43.0, 50.0]]);
/// ```
pub fn matmul(a: &Matrix, b: &Matrix) -> Result<Matrix> {
    crate::matmul_fast(a, b)
}
