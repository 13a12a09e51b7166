//! Deflation: once an eigenpair is known, remove it, so the power method finds the next one.

use crate::power::EigenEstimate;
use week1_vectors::{LinalgError, Matrix, Result, Vector};

/// Hotelling's deflation `A − λ·v·vᵀ/(vᵀv)`.
///
/// For **symmetric** A with eigenpair (λ, v), the result has the same eigenvectors, with λ
/// replaced by 0 and every other eigenvalue unchanged (the eigenvectors are orthogonal, so
/// `vvᵀ` annihilates the others). For non-symmetric A that is false — use Wielandt's
/// deflation or the QR algorithm there.
///
/// Cost O(n²).
///
/// # Errors
/// [`LinalgError::NotSquare`]; [`LinalgError::ShapeMismatch`] if `v.len() != n`;
/// [`LinalgError::ZeroVector`] for `v = 0`; [`LinalgError::NonFinite`].
///
/// # Numerical pitfall
/// The error in (λ, v) stays in the deflated matrix: after k deflations the k-th pair carries
/// all the earlier errors. Deflation is for a few dominant pairs, not for all n.
///
/// # Example
/// ```
/// use week1_vectors::{matrix, vector};
/// use week5_svd_eigen::hotelling_deflation;
/// let a = matrix![[2.0, 1.0], [1.0, 2.0]]; // eigenpairs (3, (1, 1)), (1, (1, −1))
/// let b = hotelling_deflation(&a, 3.0, &vector![1.0, 1.0]).unwrap();
/// approx::assert_abs_diff_eq!(b, matrix![[0.5, -0.5], [-0.5, 0.5]], epsilon = 1e-15);
/// // (eigenvalues 0 and 1)
/// ```
pub fn hotelling_deflation(a: &Matrix, value: f64, v: &Vector) -> Result<Matrix> {
    todo!("hotelling_deflation")
}

/// The `k` eigenpairs of largest magnitude of a **symmetric** matrix, by the power method
/// and Hotelling deflation, in the order found (descending |λ|).
///
/// For `j = 0..k`: run [`crate::power::power_iteration`] on the current matrix from the
/// seeded start vector `gallery::random_vector(n, 5 + j)` with the given `tol` and `max_iter`,
/// then deflate the pair out ([`hotelling_deflation`]). Each estimate's `iterations` is that
/// run's count.
///
/// # Errors
/// [`LinalgError::InvalidArgument`] if `k > n` or A is not symmetric; those of
/// [`crate::power::power_iteration`] — in particular [`LinalgError::NoConvergence`] when two
/// remaining eigenvalues have equal magnitude (λ and −λ).
///
/// # Example
/// ```
/// use week1_vectors::matrix;
/// use week5_svd_eigen::dominant_eigenpairs;
/// let a = matrix![[4.0, 1.0, 0.0], [1.0, 3.0, 0.0], [0.0, 0.0, 1.0]];
/// let pairs = dominant_eigenpairs(&a, 2, 1e-12, 1000).unwrap();
/// assert!((pairs[0].value - (3.5 + 1.25f64.sqrt())).abs() < 1e-10);
/// assert!((pairs[1].value - (3.5 - 1.25f64.sqrt())).abs() < 1e-10);
/// ```
pub fn dominant_eigenpairs(
    a: &Matrix,
    k: usize,
    tol: f64,
    max_iter: usize,
) -> Result<Vec<EigenEstimate>> {
    todo!("dominant_eigenpairs")
}
