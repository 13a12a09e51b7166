//! The training loop: batch and mini-batch gradient descent on any [`Objective`], with any
//! [`Optimizer`], and the least-squares objective to try it on.
//!
//! An epoch is one pass over the training data. Batch gradient descent takes one step per epoch
//! with the gradient over all samples; mini-batch SGD shuffles the samples (seeded, so runs
//! repeat exactly) and takes one step per batch of `batch_size` samples: many cheap, noisy
//! steps instead of one exact one.

use crate::data::select_rows;
use crate::optim::Optimizer;
use week1_vectors::{LinalgError, Matrix, Result, Vector};

/// A differentiable training loss over `n_samples` samples, as a function of a flat parameter
/// vector (given).
///
/// `loss_grad(params, batch)` returns the **mean** loss over the samples in `batch` (indices in
/// `0..n_samples()`, possibly repeated) plus any regularisation term, and its gradient with
/// respect to `params`. The full-data loss is `loss_grad(params, &all)` with `all = 0..n`.
pub trait Objective {
    /// The number of parameters.
    fn dim(&self) -> usize;
    /// The number of training samples.
    fn n_samples(&self) -> usize;
    /// The mean loss over `batch` and its gradient.
    ///
    /// # Errors
    /// `LengthMismatch` if `params.len() != dim()`; `InvalidArgument` for an empty batch or an
    /// index out of range.
    fn loss_grad(&self, params: &Vector, batch: &[usize]) -> Result<(f64, Vector)>;

    /// The mean loss over all samples (no gradient).
    ///
    /// # Errors
    /// As [`Objective::loss_grad`].
    fn loss(&self, params: &Vector) -> Result<f64> {
        let all: Vec<usize> = (0..self.n_samples()).collect();
        Ok(self.loss_grad(params, &all)?.0)
    }
}

/// Checks the arguments of [`Objective::loss_grad`] (given helper for implementations).
///
/// # Errors
/// `LengthMismatch` if `params.len() != dim`; `InvalidArgument` if `batch` is empty or holds an
/// index `≥ n_samples`.
pub fn check_batch(
    op: &'static str,
    params: &Vector,
    dim: usize,
    batch: &[usize],
    n_samples: usize,
) -> Result<()> {
    if params.len() != dim {
        return Err(LinalgError::LengthMismatch {
            op,
            left: params.len(),
            right: dim,
        });
    }
    if batch.is_empty() {
        return Err(LinalgError::InvalidArgument {
            op,
            reason: "empty batch".into(),
        });
    }
    if let Some(&i) = batch.iter().find(|&&i| i >= n_samples) {
        return Err(LinalgError::InvalidArgument {
            op,
            reason: format!("sample index {i} out of range (n_samples = {n_samples})"),
        });
    }
    Ok(())
}

/// Checks class labels against the rows of a matrix — one label per sample, each below
/// `n_classes` (given helper; the losses' constructors, [`crate::network::TwoLayerNet::backprop`]
/// and [`crate::metrics::cross_entropy`] all use it, so the mistake is reported alike).
///
/// # Errors
/// `ShapeMismatch` if `labels.len() != x.rows()` (reported as `x.shape()` against
/// `(labels.len(), 1)`); `InvalidArgument` naming the first label `≥ n_classes`.
///
/// ```
/// # use week6_ml::train::check_labels;
/// # use week1_vectors::{LinalgError, matrix};
/// let x = matrix![[1.0, 2.0], [3.0, 4.0]];
/// assert!(check_labels("f", &x, &[0, 1], 2).is_ok());
/// assert!(matches!(check_labels("f", &x, &[0], 2), Err(LinalgError::ShapeMismatch { .. })));
/// assert!(matches!(check_labels("f", &x, &[0, 2], 2), Err(LinalgError::InvalidArgument { .. })));
/// ```
pub fn check_labels(
    op: &'static str,
    x: &Matrix,
    labels: &[usize],
    n_classes: usize,
) -> Result<()> {
    if labels.len() != x.rows() {
        return Err(LinalgError::ShapeMismatch {
            op,
            left: x.shape(),
            right: (labels.len(), 1),
        });
    }
    if let Some(i) = labels.iter().position(|&c| c >= n_classes) {
        return Err(LinalgError::InvalidArgument {
            op,
            reason: format!("label {i} is {}, not below {n_classes}", labels[i]),
        });
    }
    Ok(())
}

/// Checks an L2 penalty (given helper for the losses' constructors).
///
/// # Errors
/// `InvalidArgument` unless `l2` is finite and `≥ 0` (NaN included).
pub fn check_l2(op: &'static str, l2: f64) -> Result<()> {
    if l2 >= 0.0 && l2.is_finite() {
        Ok(())
    } else {
        Err(LinalgError::InvalidArgument {
            op,
            reason: format!("l2 = {l2} must be finite and ≥ 0"),
        })
    }
}

/// How [`minimize`] trains.
#[derive(Debug, Clone, PartialEq)]
pub struct TrainConfig {
    /// The number of epochs (passes over the data); 0 only evaluates the starting point.
    pub epochs: usize,
    /// `None`: batch gradient descent, one step per epoch on all samples. `Some(b)`: mini-batch
    /// SGD, the samples shuffled each epoch and cut into batches of `b` (the last may be smaller).
    pub batch_size: Option<usize>,
    /// The seed of the shuffling.
    pub seed: u64,
    /// Stop early when the full-data gradient norm is `≤ tol` (0 never stops early).
    pub tol: f64,
}

impl TrainConfig {
    /// Batch gradient descent for `epochs` steps, no early stop.
    pub fn batch(epochs: usize) -> TrainConfig {
        TrainConfig {
            epochs,
            batch_size: None,
            seed: 0,
            tol: 0.0,
        }
    }

    /// Mini-batch SGD for `epochs` epochs with batches of `batch_size`, shuffled from `seed`.
    pub fn mini_batch(epochs: usize, batch_size: usize, seed: u64) -> TrainConfig {
        TrainConfig {
            epochs,
            batch_size: Some(batch_size),
            seed,
            tol: 0.0,
        }
    }
}

/// What [`minimize`] returns.
#[derive(Debug, Clone, PartialEq)]
pub struct TrainReport {
    /// The final parameters.
    pub params: Vector,
    /// The full-data loss at the start and after each epoch: `epochs_run + 1` values — the
    /// learning curve.
    pub losses: Vec<f64>,
    /// The full-data gradient norm `‖∇L‖₂` at the final parameters.
    pub grad_norm: f64,
    /// Epochs actually run (fewer than asked if the tolerance was met).
    pub epochs_run: usize,
    /// True if training stopped because `grad_norm ≤ tol`.
    pub converged: bool,
}

/// Trains: gradient descent on `objective` from `init`, with `optimizer`, as `config` says.
///
/// The loop, with `all = [0, 1, …, n−1]` and one `StdRng::seed_from_u64(config.seed)` for the
/// whole run:
/// ```text
/// for epoch in 0..=epochs:
///     (loss, g) = loss_grad(θ, all);  record loss;  grad_norm = ‖g‖₂
///     if loss or g is not finite → Err(NoConvergence { iterations: epoch })
///     if grad_norm ≤ tol → converged, stop;   if epoch == epochs → stop
///     batch GD:  optimizer.step(θ, g)
///     mini-batch: shuffle `order` (a Vec kept across epochs, starting as `all`) with
///                 SliceRandom::shuffle; for each chunk of batch_size: step with loss_grad(θ, chunk)
/// ```
/// The same seed gives bit-identical results. Cost per epoch: about two passes over the data.
///
/// # Errors
/// [`LinalgError::LengthMismatch`] if `init.len() != objective.dim()`;
/// [`LinalgError::InvalidArgument`] for `batch_size = Some(0)`, a negative `tol` or no samples;
/// [`LinalgError::NoConvergence`] when the loss or gradient becomes NaN or infinite — a
/// diverging run (step size too large), reported with the epoch it happened in.
/// Running out of epochs is **not** an error: check `converged` if you need it.
///
/// ```
/// # use week6_ml::train::{minimize, LeastSquares, TrainConfig};
/// # use week6_ml::optim::Sgd;
/// # use week1_vectors::{matrix, vector};
/// // Fit y = 2x through (1, 2), (2, 4): loss (1/2n)‖Xw − y‖², L = λmax(XᵀX/n) = 2.5.
/// let (x, y) = (matrix![[1.0], [2.0]], vector![2.0, 4.0]);
/// let obj = LeastSquares::new(&x, &y).unwrap();
/// let r = minimize(&obj, vector![0.0], &mut Sgd::new(0.3), &TrainConfig::batch(100)).unwrap();
/// assert!((r.params[0] - 2.0).abs() < 1e-10);
/// ```
pub fn minimize(
    objective: &dyn Objective,
    init: Vector,
    optimizer: &mut dyn Optimizer,
    config: &TrainConfig,
) -> Result<TrainReport> {
    todo!("minimize")
}

/// The least-squares loss `L(w) = (1/2n) ‖Xw − y‖²` (no intercept: put a column of ones in `X`
/// if you want one), as an [`Objective`] over the rows of `X`.
///
/// Gradient `∇L = (1/n) Xᵀ(Xw − y)`, Hessian `XᵀX/n`: the loss is a quadratic bowl whose
/// curvature along eigenvector `vᵢ` of `XᵀX/n` is its eigenvalue `λᵢ`. Gradient descent with
/// step `η` multiplies the error along `vᵢ` by `1 − ηλᵢ` each step: it converges iff
/// `η < 2/λmax` (see [`lipschitz_constant`]).
#[derive(Debug, Clone, PartialEq)]
pub struct LeastSquares<'a> {
    /// The `n × d` data.
    pub x: &'a Matrix,
    /// The `n` targets.
    pub y: &'a Vector,
}

impl<'a> LeastSquares<'a> {
    /// The objective for data `x` and targets `y`.
    ///
    /// # Errors
    /// [`LinalgError::ShapeMismatch`] if `y.len() != x.rows()`.
    pub fn new(x: &'a Matrix, y: &'a Vector) -> Result<LeastSquares<'a>> {
        if y.len() != x.rows() {
            return Err(LinalgError::ShapeMismatch {
                op: "LeastSquares::new",
                left: x.shape(),
                right: (y.len(), 1),
            });
        }
        Ok(LeastSquares { x, y })
    }
}

impl Objective for LeastSquares<'_> {
    fn dim(&self) -> usize {
        self.x.cols()
    }

    fn n_samples(&self) -> usize {
        self.x.rows()
    }

    /// Over the batch `B` (rows `X_B`, targets `y_B`, `r = X_B w − y_B`):
    /// loss `(1/2|B|) ‖r‖²`, gradient `(1/|B|) X_Bᵀ r` (week 2's products). O(|B|·d).
    ///
    /// ```
    /// # use week6_ml::train::{LeastSquares, Objective};
    /// # use week1_vectors::{matrix, vector};
    /// let (x, y) = (matrix![[1.0, 0.0], [0.0, 2.0]], vector![1.0, 0.0]);
    /// let obj = LeastSquares::new(&x, &y).unwrap();
    /// let (loss, g) = obj.loss_grad(&vector![0.0, 1.0], &[0, 1]).unwrap();
    /// // r = [−1, 2]: loss = 5/4, gradient = Xᵀr/2 = [−0.5, 2].
    /// assert_eq!((loss, g), (1.25, vector![-0.5, 2.0]));
    /// ```
    fn loss_grad(&self, params: &Vector, batch: &[usize]) -> Result<(f64, Vector)> {
        todo!("LeastSquares::loss_grad")
    }
}

/// The curvature `L = λmax(XᵀX/n)` of the least-squares loss — the Lipschitz constant of its
/// gradient. Gradient descent with a fixed step converges for `η < 2/L` and diverges for
/// `η > 2/L`; `η = 1/L` is the safe textbook choice. Computed with week 5's
/// `symmetric_eigen` (week 2 for `XᵀX`). O(nd² + d³).
///
/// # Errors
/// [`LinalgError::Empty`] for no rows or columns; errors of the eigensolver.
///
/// ```
/// # use week6_ml::train::lipschitz_constant;
/// # use week1_vectors::matrix;
/// let l = lipschitz_constant(&matrix![[2.0, 0.0], [0.0, 1.0]]).unwrap();
/// assert!((l - 2.0).abs() < 1e-12); // XᵀX/n = diag(4, 1)/2
/// ```
pub fn lipschitz_constant(x: &Matrix) -> Result<f64> {
    todo!("lipschitz_constant")
}
