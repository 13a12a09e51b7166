//! The trace, and integer powers of a square matrix by repeated squaring.

// BEGIN SOLUTION-ONLY
use crate::matmul;
// END SOLUTION-ONLY
use week1_vectors::{LinalgError, Matrix, Result};

/// The trace `tr(A) = Σᵢ aᵢᵢ` of a square matrix (0 for the `0 × 0` matrix).
///
/// It equals the sum of the eigenvalues, and `tr(AB) = tr(BA)` even when `AB ≠ BA`. O(n).
///
/// # Errors
/// [`LinalgError::NotSquare`] with `op = "trace"` if `A` is not square.
///
/// # Example
/// ```
/// use week2_matmul::{matrix, trace};
/// assert_eq!(trace(&matrix![[1.0, 2.0], [3.0, 4.0]]).unwrap(), 5.0);
/// assert!(trace(&matrix![[1.0, 2.0]]).is_err());
/// ```
pub fn trace(a: &Matrix) -> Result<f64> {
    // BEGIN SOLUTION
    if !a.is_square() {
        return Err(LinalgError::NotSquare {
            op: "trace",
            shape: a.shape(),
        });
    }
    Ok((0..a.rows()).map(|i| a[(i, i)]).sum())
    // END SOLUTION
}

/// The integer power `Aᵏ` of a square matrix, by repeated squaring: O(log k) products instead of
/// `k − 1`.
///
/// Write `k` in binary. Walking its bits from the lowest, keep a running square
/// `Z = A, A², A⁴, A⁸, …` (one product per bit) and multiply `Z` into the result for each bit
/// that is 1. `A¹³ = A⁸·A⁴·A¹` takes 3 squarings and 2 further products instead of 12 products:
/// `⌊log₂ k⌋ + popcount(k) − 1` products in all, each `2n³` flops. Use any rung of the ladder
/// for the products ([`matmul`](crate::matmul) delegates to your fast kernel).
///
/// `A⁰ = I` for every square `A` (also `0 × 0`, and also when `A` contains NaN). Start the
/// result from the first power actually needed, not from `I`: `I·A` is not `A` when `A` holds a
/// NaN (`0 · NaN = NaN`: `I·A` spreads it down its column, `A·I` along its row), so `A¹` must
/// be a plain copy of `A`.
///
/// Powers of integer matrices are exact as long as every intermediate entry stays below
/// `2⁵³ ≈ 9.0e15`: `[[1, 1], [1, 0]]ᵏ = [[Fₖ₊₁, Fₖ], [Fₖ, Fₖ₋₁]]` (Fibonacci numbers) is exact
/// up to `k = 77`, since `F₇₈ ≈ 8.94e15`.
///
/// # Errors
/// [`LinalgError::NotSquare`] with `op = "matrix_power"` if `A` is not square.
///
/// # Example
/// ```
/// use week2_matmul::{matrix, matrix_power, Matrix};
/// let fib = matrix![[1.0, 1.0], [1.0, 0.0]];
/// assert_eq!(matrix_power(&fib, 10).unwrap(), matrix![[89.0, 55.0], [55.0, 34.0]]);
/// assert_eq!(matrix_power(&fib, 0).unwrap(), Matrix::identity(2));
/// ```
pub fn matrix_power(a: &Matrix, k: u32) -> Result<Matrix> {
    // BEGIN SOLUTION
    if !a.is_square() {
        return Err(LinalgError::NotSquare {
            op: "matrix_power",
            shape: a.shape(),
        });
    }
    let mut result: Option<Matrix> = None;
    let mut z = a.clone(); // A^(2^bit) for the current bit of k
    let mut k = k;
    while k > 0 {
        if k & 1 == 1 {
            result = Some(match result {
                None => z.clone(),
                Some(r) => matmul(&r, &z)?,
            });
        }
        k >>= 1;
        if k > 0 {
            z = matmul(&z, &z)?;
        }
    }
    Ok(result.unwrap_or_else(|| Matrix::identity(a.rows())))
    // END SOLUTION
}
