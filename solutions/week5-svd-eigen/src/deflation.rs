//! Deflation: once an eigenpair is known, remove it, so the power method finds the next one.

use crate::power::EigenEstimate;
use week1_vectors::{LinalgError, Matrix, Result, Vector};
// BEGIN SOLUTION-ONLY
use crate::checks::{check_finite, check_finite_vector, check_square, check_symmetric};
use crate::power::power_iteration;
use week1_vectors::gallery::random_vector;
// END SOLUTION-ONLY

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
    // BEGIN SOLUTION
    let op = "hotelling_deflation";
    check_square(op, a)?;
    let n = a.rows();
    if v.len() != n {
        return Err(LinalgError::ShapeMismatch {
            op,
            left: a.shape(),
            right: (v.len(), 1),
        });
    }
    check_finite(op, a)?;
    check_finite_vector(op, v)?;
    if !value.is_finite() {
        return Err(LinalgError::NonFinite { op });
    }
    // Divide by the largest |vᵢ| first: vᵀv cannot overflow then.
    let big = v.iter().fold(0.0_f64, |m, x| m.max(x.abs()));
    if big == 0.0 {
        return Err(LinalgError::ZeroVector { op });
    }
    let u: Vec<f64> = v.iter().map(|x| x / big).collect();
    let uu: f64 = u.iter().map(|x| x * x).sum();
    Ok(Matrix::from_fn(n, n, |i, j| {
        a[(i, j)] - value * (u[i] * u[j] / uu)
    }))
    // END SOLUTION
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
    // BEGIN SOLUTION
    let op = "dominant_eigenpairs";
    check_square(op, a)?;
    check_finite(op, a)?;
    check_symmetric(op, a)?;
    let n = a.rows();
    if k > n {
        return Err(LinalgError::InvalidArgument {
            op,
            reason: format!("asked for {k} eigenpairs of a {n}×{n} matrix"),
        });
    }
    let mut b = a.clone();
    let mut found = Vec::with_capacity(k);
    for j in 0..k {
        let x0 = random_vector(n, 5 + j as u64);
        let e = power_iteration(&b, &x0, tol, max_iter)?;
        b = hotelling_deflation(&b, e.value, &e.vector)?;
        found.push(e);
    }
    Ok(found)
    // END SOLUTION
}
