//! Principal component analysis, two ways: the eigendecomposition of the covariance matrix
//! (week 5's `symmetric_eigen`) and the SVD of the centred data (week 5's `svd`).
//!
//! With `X_c` the centred data (`n × d`), the sample covariance is `C = X_cᵀX_c / (n − 1)`. Its
//! unit eigenvectors are the principal axes; its eigenvalues the variances along them. PCA is an
//! eigenproblem: the first axis maximises `vᵀCv` over unit `v` (the Rayleigh quotient), and its
//! maximum is `λ₁`. From the SVD `X_c = UΣVᵀ`: `C = V (Σ²/(n − 1)) Vᵀ`, so the right singular
//! vectors are the axes and `σᵢ²/(n − 1)` the variances — without ever forming `X_cᵀX_c`, whose
//! condition number is the square of `X_c`'s.
//!
//! Eigenvectors are unique only up to sign; to make results comparable between the two methods
//! (and repeatable), [`canonical_signs`] flips each axis so that its largest-magnitude entry is
//! positive.

use week1_vectors::{LinalgError, Matrix, Result, Vector};

/// A fitted PCA.
#[derive(Debug, Clone, PartialEq)]
pub struct Pca {
    /// The column means of the training data (`d`).
    pub mean: Vector,
    /// The principal axes, one per **row** (`k × d`), orthonormal, in order of decreasing
    /// variance, with [`canonical_signs`].
    pub components: Matrix,
    /// The variance along each axis (`k`): eigenvalues of the covariance, decreasing.
    pub explained_variance: Vector,
    /// Each variance as a fraction of the total variance (the trace of the covariance, all `d`
    /// directions): `k` numbers in `[0, 1]` whose sum is 1 when `k = d`.
    pub explained_variance_ratio: Vector,
}

/// Flips the sign of each row of `components` so that its entry of largest magnitude is
/// positive (the first such entry on ties) (given). Rows of zeros are left alone.
///
/// ```
/// # use week6_ml::pca::canonical_signs;
/// # use week1_vectors::matrix;
/// let mut v = matrix![[0.6, -0.8], [0.8, 0.6]];
/// canonical_signs(&mut v);
/// assert_eq!(v, matrix![[-0.6, 0.8], [0.8, 0.6]]);
/// ```
pub fn canonical_signs(components: &mut Matrix) {
    for i in 0..components.rows() {
        let row = components.row_mut(i);
        let mut best = 0;
        for (j, v) in row.iter().enumerate() {
            if v.abs() > row[best].abs() {
                best = j;
            }
        }
        if !row.is_empty() && row[best] < 0.0 {
            for v in row.iter_mut() {
                *v = -*v;
            }
        }
    }
}

/// The sample covariance matrix `C = X_cᵀX_c / (n − 1)` of the rows of `x` (`X_c`: `x` with each
/// column's mean subtracted), `d × d`, symmetric. Products by week 2. O(nd²).
///
/// Centre first: `E[xxᵀ] − x̄x̄ᵀ` is the same in exact arithmetic and cancels catastrophically
/// when the means are large compared with the spread.
///
/// # Errors
/// `InvalidArgument` for fewer than 2 rows; `NonFinite`.
///
/// ```
/// # use week6_ml::pca::covariance;
/// # use week1_vectors::matrix;
/// let c = covariance(&matrix![[1.0, 2.0], [3.0, 6.0]]).unwrap();
/// assert_eq!(c, matrix![[2.0, 4.0], [4.0, 8.0]]);
/// ```
pub fn covariance(x: &Matrix) -> Result<Matrix> {
    todo!("covariance")
}

impl Pca {
    /// PCA by eigendecomposition: `C = covariance(x)`, `C = VΛVᵀ` by week 5's
    /// `symmetric_eigen` (eigenvalues descending); keep the first `k` eigenvectors as the rows
    /// of `components` ([`canonical_signs`]) and their eigenvalues as `explained_variance`.
    /// The total variance for the ratios is `trace(C)`. O(nd² + d³).
    ///
    /// On iris (`k = 4`): `explained_variance_ratio ≈ [0.9246, 0.0531, 0.0171, 0.0052]`.
    ///
    /// # Errors
    /// `InvalidArgument` for fewer than 2 rows or `k` not in `1..=min(n, d)` (the same limit
    /// as the SVD's); `NonFinite`; errors of the eigensolver.
    ///
    /// ```
    /// # use week6_ml::pca::Pca;
    /// # use week1_vectors::matrix;
    /// // Points on the line y = x: one direction holds all the variance.
    /// let p = Pca::fit_eigen(&matrix![[0.0, 0.0], [1.0, 1.0], [2.0, 2.0]], 2).unwrap();
    /// assert!((p.explained_variance_ratio[0] - 1.0).abs() < 1e-12);
    /// assert!((p.components[(0, 0)] - 0.5f64.sqrt()).abs() < 1e-12);
    /// ```
    pub fn fit_eigen(x: &Matrix, k: usize) -> Result<Pca> {
        todo!("Pca::fit_eigen")
    }

    /// PCA by the SVD of the centred data: `X_c = UΣVᵀ` (week 5's `svd`); the first `k` rows of
    /// `Vᵀ` are the axes ([`canonical_signs`]), `σᵢ²/(n − 1)` the variances, and
    /// `Σᵢ σᵢ²/(n − 1) = ‖X_c‖²_F/(n − 1)` (all of them) the total. Same results as
    /// [`Pca::fit_eigen`], more accurate for small variances. O(nd²).
    ///
    /// # Errors
    /// As [`Pca::fit_eigen`], with the SVD's errors.
    ///
    /// ```
    /// # use week6_ml::pca::Pca;
    /// # use week1_vectors::matrix;
    /// let p = Pca::fit_svd(&matrix![[0.0, 0.0], [1.0, 1.0], [2.0, 2.0]], 1).unwrap();
    /// assert!((p.explained_variance[0] - 2.0).abs() < 1e-12); // (2 + 0 + 2) / (n − 1)
    /// ```
    pub fn fit_svd(x: &Matrix, k: usize) -> Result<Pca> {
        todo!("Pca::fit_svd")
    }

    /// Projects the rows of `x` onto the axes: `Z = (X − 1x̄ᵀ) Vₖ`, `n × k` (with `Vₖ` the
    /// transpose of `components`). Column `i` of `Z` holds the coordinates along axis `i`; its
    /// variance over the training data is `explained_variance[i]`. O(ndk).
    ///
    /// # Errors
    /// [`LinalgError::ShapeMismatch`] if `x.cols() != d`.
    ///
    /// ```
    /// # use week6_ml::pca::Pca;
    /// # use week1_vectors::matrix;
    /// let x = matrix![[0.0, 0.0], [1.0, 1.0], [2.0, 2.0]];
    /// let p = Pca::fit_svd(&x, 1).unwrap();
    /// let z = p.transform(&x).unwrap();
    /// assert!((z[(2, 0)] - 2f64.sqrt()).abs() < 1e-12); // distance of (2, 2) from the mean
    /// ```
    pub fn transform(&self, x: &Matrix) -> Result<Matrix> {
        todo!("Pca::transform")
    }

    /// Maps coordinates back: `X̂ = Z Vₖᵀ + 1x̄ᵀ`, `n × d`. For the training data, `Z Vₖᵀ` is the
    /// best rank-`k` approximation of the *centred* data `X − 1x̄ᵀ` (Eckart–Young), and `X̂` is
    /// that plus the mean (so `X̂` itself may have rank `k + 1`); exact when `k = d`. O(ndk).
    ///
    /// # Errors
    /// [`LinalgError::ShapeMismatch`] if `z.cols() != k`.
    ///
    /// ```
    /// # use week6_ml::pca::Pca;
    /// # use week1_vectors::matrix;
    /// let x = matrix![[0.0, 0.0], [1.0, 1.0], [2.0, 2.0]];
    /// let p = Pca::fit_svd(&x, 1).unwrap();
    /// let back = p.inverse_transform(&p.transform(&x).unwrap()).unwrap();
    /// assert!((back[(2, 1)] - 2.0).abs() < 1e-12);
    /// ```
    pub fn inverse_transform(&self, z: &Matrix) -> Result<Matrix> {
        todo!("Pca::inverse_transform")
    }
}
