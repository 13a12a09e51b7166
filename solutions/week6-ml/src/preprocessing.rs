//! Standardisation: give every feature mean 0 and standard deviation 1.
//!
//! Features come in wildly different units (the wine data has `proline` in the hundreds and
//! `hue` around 1). Gradient descent then zig-zags (the loss is a long narrow valley: the
//! Hessian `XᵀX/n` is badly conditioned), an L2 penalty punishes features by their units, and
//! PCA finds "the direction of the largest number". Standardising fixes all three.
//!
//! The mean and scale are **fitted on the training set only** and then applied, unchanged, to the
//! test set: computing them on all the data would leak information about the test samples into
//! the model.

use week1_vectors::{LinalgError, Matrix, Result, Vector};

/// Per-column mean and scale, fitted on training data; `transform` maps `x ↦ (x − mean) / scale`.
#[derive(Debug, Clone, PartialEq)]
pub struct StandardScaler {
    /// The column means of the training data.
    pub mean: Vector,
    /// The column standard deviations of the training data (population, divided by `n`), or 1
    /// for a constant column.
    pub scale: Vector,
}

// BEGIN SOLUTION-ONLY
fn check_columns(op: &'static str, mean: &Vector, x: &Matrix) -> Result<()> {
    if x.cols() != mean.len() {
        return Err(LinalgError::ShapeMismatch {
            op,
            left: x.shape(),
            right: (1, mean.len()),
        });
    }
    if !x.is_finite() {
        return Err(LinalgError::NonFinite { op });
    }
    Ok(())
}
// END SOLUTION-ONLY

impl StandardScaler {
    /// Fits the scaler to `x` (`n × d`, one sample a row).
    ///
    /// `meanⱼ = (1/n) Σᵢ xᵢⱼ`, `scaleⱼ = √((1/n) Σᵢ (xᵢⱼ − meanⱼ)²)` (the population standard
    /// deviation, as scikit-learn uses; compute it from the centred values — the one-pass
    /// formula `E[x²] − E[x]²` cancels catastrophically). O(nd).
    ///
    /// **Constant columns** (every value equal, like the always-blank corner pixels of the
    /// digits) would give `scale = 0` and `0/0 = NaN`. Their mean is set to that value exactly
    /// and their scale to 1, so they standardise to exactly 0.
    ///
    /// # Errors
    /// [`LinalgError::Empty`] for no rows, [`LinalgError::NonFinite`] for NaN or infinite entries.
    ///
    /// ```
    /// # use week6_ml::preprocessing::StandardScaler;
    /// # use week1_vectors::{matrix, vector};
    /// let s = StandardScaler::fit(&matrix![[1.0, 5.0], [3.0, 5.0]]).unwrap();
    /// assert_eq!(s.mean, vector![2.0, 5.0]);
    /// assert_eq!(s.scale, vector![1.0, 1.0]);
    /// ```
    pub fn fit(x: &Matrix) -> Result<StandardScaler> {
        // BEGIN SOLUTION
        let op = "StandardScaler::fit";
        let (n, d) = x.shape();
        if n == 0 {
            return Err(LinalgError::Empty { op });
        }
        if !x.is_finite() {
            return Err(LinalgError::NonFinite { op });
        }
        let mut mean = Vector::zeros(d);
        let mut scale = Vector::zeros(d);
        for j in 0..d {
            let first = x[(0, j)];
            if (0..n).all(|i| x[(i, j)] == first) {
                // Constant column: exact mean, unit scale, so it maps to exactly 0.
                mean[j] = first;
                scale[j] = 1.0;
                continue;
            }
            let m = (0..n).map(|i| x[(i, j)]).sum::<f64>() / n as f64;
            let var = (0..n).map(|i| (x[(i, j)] - m).powi(2)).sum::<f64>() / n as f64;
            mean[j] = m;
            scale[j] = var.sqrt();
        }
        Ok(StandardScaler { mean, scale })
        // END SOLUTION
    }

    /// `zᵢⱼ = (xᵢⱼ − meanⱼ) / scaleⱼ`. O(nd).
    ///
    /// # Errors
    /// [`LinalgError::ShapeMismatch`] if `x` has a different number of columns than the data the
    /// scaler was fitted on; [`LinalgError::NonFinite`] for NaN or infinite entries.
    ///
    /// ```
    /// # use week6_ml::preprocessing::StandardScaler;
    /// # use week1_vectors::matrix;
    /// let s = StandardScaler::fit(&matrix![[0.0], [2.0]]).unwrap();
    /// assert_eq!(s.transform(&matrix![[4.0]]).unwrap(), matrix![[3.0]]);
    /// ```
    pub fn transform(&self, x: &Matrix) -> Result<Matrix> {
        // BEGIN SOLUTION
        check_columns("StandardScaler::transform", &self.mean, x)?;
        Ok(Matrix::from_fn(x.rows(), x.cols(), |i, j| {
            (x[(i, j)] - self.mean[j]) / self.scale[j]
        }))
        // END SOLUTION
    }

    /// The inverse map `xᵢⱼ = zᵢⱼ · scaleⱼ + meanⱼ`. O(nd).
    ///
    /// # Errors
    /// As [`StandardScaler::transform`].
    ///
    /// ```
    /// # use week6_ml::preprocessing::StandardScaler;
    /// # use week1_vectors::matrix;
    /// let s = StandardScaler::fit(&matrix![[0.0], [2.0]]).unwrap();
    /// assert_eq!(s.inverse_transform(&matrix![[3.0]]).unwrap(), matrix![[4.0]]);
    /// ```
    pub fn inverse_transform(&self, z: &Matrix) -> Result<Matrix> {
        // BEGIN SOLUTION
        check_columns("StandardScaler::inverse_transform", &self.mean, z)?;
        Ok(Matrix::from_fn(z.rows(), z.cols(), |i, j| {
            z[(i, j)] * self.scale[j] + self.mean[j]
        }))
        // END SOLUTION
    }
}
