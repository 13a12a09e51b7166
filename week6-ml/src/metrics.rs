//! How good is a model? Mean squared error and R² for regression; accuracy, log-loss,
//! cross-entropy and the confusion matrix for classification.
//!
//! Every metric refuses what would make its number meaningless: inputs of different lengths
//! ([`LinalgError::LengthMismatch`]; labels that do not match the rows of a matrix are a
//! [`LinalgError::ShapeMismatch`], as everywhere in this week: [`crate::train::check_labels`]),
//! no samples ([`LinalgError::Empty`]), NaN or infinite values ([`LinalgError::NonFinite`]).

use week1_vectors::{LinalgError, Matrix, Result, Vector};

/// The mean squared error `(1/n) Σᵢ (yᵢ − ŷᵢ)²`. O(n).
///
/// # Errors
/// `LengthMismatch`, `Empty`, `NonFinite` (see the module docs).
///
/// ```
/// # use week6_ml::metrics::mse;
/// # use week1_vectors::vector;
/// assert_eq!(mse(&vector![1.0, 2.0], &vector![1.0, 4.0]).unwrap(), 2.0);
/// ```
pub fn mse(y_true: &Vector, y_pred: &Vector) -> Result<f64> {
    todo!("mse")
}

/// The coefficient of determination `R² = 1 − Σ (yᵢ − ŷᵢ)² / Σ (yᵢ − ȳ)²`.
///
/// 1 is a perfect fit, 0 is no better than predicting the mean `ȳ`, negative is worse than
/// that. On the training data of a least-squares fit with an intercept, `R²` is the fraction of
/// the variance of `y` that the model explains. O(n).
///
/// # Errors
/// `LengthMismatch`, `Empty`, `NonFinite`; [`LinalgError::InvalidArgument`] if `y_true` is
/// constant (the denominator is 0 and R² is undefined).
///
/// ```
/// # use week6_ml::metrics::r2_score;
/// # use week1_vectors::vector;
/// let y = vector![1.0, 2.0, 3.0];
/// assert_eq!(r2_score(&y, &y).unwrap(), 1.0);
/// assert_eq!(r2_score(&y, &vector![2.0, 2.0, 2.0]).unwrap(), 0.0);
/// ```
pub fn r2_score(y_true: &Vector, y_pred: &Vector) -> Result<f64> {
    todo!("r2_score")
}

/// The fraction of predictions equal to the truth, in `[0, 1]`. O(n).
///
/// # Errors
/// `LengthMismatch`, `Empty`.
///
/// ```
/// # use week6_ml::metrics::accuracy;
/// assert_eq!(accuracy(&[0, 1, 2, 1], &[0, 1, 1, 1]).unwrap(), 0.75);
/// ```
pub fn accuracy(y_true: &[usize], y_pred: &[usize]) -> Result<f64> {
    todo!("accuracy")
}

/// The binary log-loss (cross-entropy) `−(1/n) Σᵢ [yᵢ log pᵢ + (1 − yᵢ) log(1 − pᵢ)]`, where
/// `yᵢ ∈ {0, 1}` and `pᵢ` is the predicted probability that `yᵢ = 1`.
///
/// Probabilities are clipped to `[1e-15, 1 − 1e-15]` first (as scikit-learn does), so a
/// confident wrong answer costs about `34.5` instead of `∞`. O(n).
///
/// # Errors
/// `LengthMismatch`, `Empty`, `NonFinite`; `InvalidArgument` if a `yᵢ` is not 0 or 1 or a
/// `pᵢ` is outside `[0, 1]`.
///
/// ```
/// # use week6_ml::metrics::log_loss;
/// # use week1_vectors::vector;
/// let l = log_loss(&vector![1.0, 0.0], &vector![0.5, 0.5]).unwrap();
/// assert!((l - 2f64.ln()).abs() < 1e-15);
/// ```
pub fn log_loss(y_true: &Vector, p: &Vector) -> Result<f64> {
    todo!("log_loss")
}

/// The multiclass cross-entropy `−(1/n) Σᵢ log P[i, yᵢ]`, where row `i` of `probs` (`n × k`)
/// is the predicted distribution of sample `i` and `yᵢ < k` its class. Probabilities are
/// clipped below at `1e-15`, as in [`log_loss`]. O(n).
///
/// # Errors
/// `ShapeMismatch` (`labels.len() != probs.rows()`) and `InvalidArgument` for a label `≥ k`
/// (both by [`crate::train::check_labels`]); `Empty`, `NonFinite`.
///
/// ```
/// # use week6_ml::metrics::cross_entropy;
/// # use week1_vectors::matrix;
/// let p = matrix![[0.5, 0.25, 0.25], [0.0, 0.0, 1.0]];
/// assert!((cross_entropy(&[0, 2], &p).unwrap() - 0.5 * 2f64.ln()).abs() < 1e-15);
/// ```
pub fn cross_entropy(labels: &[usize], probs: &Matrix) -> Result<f64> {
    todo!("cross_entropy")
}

/// The `k × k` confusion matrix: entry `[t][p]` counts the samples of true class `t` predicted
/// as class `p`. The diagonal holds the correct predictions; row sums are the class sizes.
/// O(n + k²).
///
/// # Errors
/// `LengthMismatch`; `InvalidArgument` for a label `≥ n_classes`. (No samples gives a zero
/// matrix, not an error.)
///
/// ```
/// # use week6_ml::metrics::confusion_matrix;
/// let c = confusion_matrix(&[0, 0, 1, 1], &[0, 1, 1, 1], 2).unwrap();
/// assert_eq!(c, vec![vec![1, 1], vec![0, 2]]);
/// ```
pub fn confusion_matrix(
    y_true: &[usize],
    y_pred: &[usize],
    n_classes: usize,
) -> Result<Vec<Vec<usize>>> {
    todo!("confusion_matrix")
}
