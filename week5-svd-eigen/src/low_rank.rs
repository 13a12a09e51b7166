//! What the SVD is for: best low-rank approximations (Eckart–Young), the pseudo-inverse, the
//! numerical rank, and the 2-norm condition number.

use week1_vectors::{LinalgError, Matrix, Result};

/// The default tolerance below which a singular value counts as zero:
/// `max(m, n) · ε · σ₁` (numpy's `matrix_rank` and `pinv` use the same).
///
/// Rounding errors in computing A (or its SVD) perturb every singular value by about
/// `ε·‖A‖₂ = ε·σ₁` (Weyl); a σ of that size cannot be told from 0. The factor `max(m, n)`
/// allows for the accumulation over a row or column.
///
/// ```
/// # use week5_svd_eigen::low_rank::rank_tolerance;
/// assert_eq!(rank_tolerance(3, 2, 1.0), 3.0 * f64::EPSILON);
/// ```
pub fn rank_tolerance(m: usize, n: usize, sigma_max: f64) -> f64 {
    m.max(n) as f64 * f64::EPSILON * sigma_max
}

/// The best rank-`k` approximation of A: `A_k = Σ_{j<k} σⱼ·uⱼ·vⱼᵀ`, the SVD truncated after `k`
/// terms.
///
/// **Eckart–Young(–Mirsky):** among all matrices of rank ≤ k, `A_k` is nearest to A, both in
/// the 2-norm, `‖A − A_k‖₂ = σₖ₊₁`, and in the Frobenius norm,
/// `‖A − A_k‖_F = √(σₖ₊₁² + … + σᵣ²)` (with σₖ₊₁ = 0 when k = min(m, n)).
///
/// Storing `A_k` as its factors takes `k(m + n + 1)` numbers instead of `mn`: that is image
/// compression and, with centred data, PCA. Cost: one SVD plus O(kmn).
///
/// # Errors
/// [`LinalgError::InvalidArgument`] if `k > min(m, n)`; those of [`crate::svd::svd`].
///
/// # Example
/// ```
/// use week1_vectors::matrix;
/// use week5_svd_eigen::low_rank_approx;
/// let a = matrix![[3.0, 0.0], [0.0, 1.0]];
/// let a1 = low_rank_approx(&a, 1).unwrap();
/// assert!((a1[(0, 0)] - 3.0).abs() < 1e-15 && a1[(1, 1)].abs() < 1e-15); // error σ₂ = 1
/// ```
pub fn low_rank_approx(a: &Matrix, k: usize) -> Result<Matrix> {
    todo!("low_rank_approx")
}

/// The Moore–Penrose pseudo-inverse `A⁺ = V·Σ⁺·Uᵀ` (`n × m` for an `m × n` A), where `Σ⁺`
/// inverts the singular values above [`rank_tolerance`] and sets the others to 0.
///
/// `A⁺` is the unique matrix satisfying the four **Penrose conditions**:
/// `A·A⁺·A = A`, `A⁺·A·A⁺ = A⁺`, `(A·A⁺)ᵀ = A·A⁺`, `(A⁺·A)ᵀ = A⁺·A`.
/// `x = A⁺b` is the minimum-norm least-squares solution of `Ax ≈ b`; for invertible A,
/// `A⁺ = A⁻¹`. The empty matrix gives the empty `n × m` matrix. Cost: one SVD plus O(mnk).
///
/// # Errors
/// Those of [`crate::svd::svd`] (NaN/∞ input).
///
/// # Numerical pitfall
/// Inverting *every* nonzero σ — including the 1e-17 that rounding left where an exact 0
/// belongs — produces entries of size 1e17: the cut-off is not optional. The pseudo-inverse
/// is a discontinuous function of A exactly at rank changes.
///
/// # Example
/// ```
/// use week1_vectors::matrix;
/// use week5_svd_eigen::pseudo_inverse;
/// let p = pseudo_inverse(&matrix![[1.0, 0.0], [0.0, 0.0]]).unwrap(); // rank 1: no 1/0
/// assert!((p[(0, 0)] - 1.0).abs() < 1e-15 && p[(1, 1)] == 0.0);
/// ```
pub fn pseudo_inverse(a: &Matrix) -> Result<Matrix> {
    todo!("pseudo_inverse")
}

/// The numerical rank: the number of singular values above [`rank_tolerance`]`(m, n, σ₁)`.
///
/// The exact rank of a floating-point matrix is meaningless (rounding makes almost every
/// matrix full rank); the question that has an answer is "how many singular values are
/// distinguishable from zero". The empty and the zero matrix have rank 0.
///
/// # Errors
/// Those of [`crate::svd::svd`].
///
/// # Example
/// ```
/// use week1_vectors::matrix;
/// use week5_svd_eigen::numerical_rank;
/// assert_eq!(numerical_rank(&matrix![[1.0, 2.0], [2.0, 4.0]]).unwrap(), 1);
/// ```
pub fn numerical_rank(a: &Matrix) -> Result<usize> {
    todo!("numerical_rank")
}

/// The number of singular values strictly greater than `tol` (an absolute threshold).
///
/// # Errors
/// [`LinalgError::InvalidArgument`] for a negative or NaN `tol`; those of [`crate::svd::svd`].
///
/// # Example
/// ```
/// use week1_vectors::matrix;
/// use week5_svd_eigen::numerical_rank_with_tol;
/// let a = matrix![[1.0, 0.0], [0.0, 1e-9]];
/// assert_eq!(numerical_rank_with_tol(&a, 1e-12).unwrap(), 2);
/// assert_eq!(numerical_rank_with_tol(&a, 1e-6).unwrap(), 1);
/// ```
pub fn numerical_rank_with_tol(a: &Matrix, tol: f64) -> Result<usize> {
    todo!("numerical_rank_with_tol")
}

/// The 2-norm condition number `κ₂(A) = σ_max / σ_min` (over the `min(m, n)` singular values).
///
/// `f64::INFINITY` when σ_min = 0 (singular, or rank deficient). κ₂ ≥ 1; κ₂(Q) = 1 for
/// orthogonal Q. A relative perturbation ε in A (or b) may change the solution of `Ax = b`
/// by about `κ₂·ε`: with κ₂ = 1e10, expect 6 correct digits of 16.
///
/// # Errors
/// [`LinalgError::Empty`] for a matrix with a zero dimension; those of [`crate::svd::svd`].
///
/// # Example
/// ```
/// use week1_vectors::matrix;
/// use week5_svd_eigen::cond_2;
/// assert!((cond_2(&matrix![[2.0, 0.0], [0.0, 0.5]]).unwrap() - 4.0).abs() < 1e-15);
/// assert_eq!(cond_2(&matrix![[1.0, 1.0], [1.0, 1.0]]).unwrap(), f64::INFINITY);
/// ```
pub fn cond_2(a: &Matrix) -> Result<f64> {
    todo!("cond_2")
}
