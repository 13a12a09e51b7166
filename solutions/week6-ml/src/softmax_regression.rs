//! Softmax (multinomial logistic) regression: `k` classes, one linear score per class.
//!
//! Model: logits `z = Wᵀx + b` (`W` is `d × k`), probabilities `p = softmax(z)`. Loss: the mean
//! cross-entropy `−log p_y` plus `(λ/2)‖W‖²_F`. With `Y` the one-hot labels of a batch, in
//! matrix form (one sample a row):
//! ```text
//! Z = XW + 1bᵀ      P = softmax_rows(Z)      loss = mean_i (logsumexp(Zᵢ) − Z[i, yᵢ]) + (λ/2)‖W‖²
//! ∇_W = (1/n) Xᵀ(P − Y) + λW                 ∇_b = (1/n) 1ᵀ(P − Y)
//! ```
//! — the same "prediction minus truth" as the binary case, one column per class.

use crate::optim::Optimizer;
// BEGIN SOLUTION-ONLY
use crate::data::select_rows;
use crate::stable::{log_sum_exp, softmax_rows};
use crate::train::{check_batch, minimize};
use week2_matmul::{matmul, transpose};
// END SOLUTION-ONLY
use crate::train::{Objective, TrainConfig, TrainReport, check_l2, check_labels};
use week1_vectors::{LinalgError, Matrix, Result, Vector};

/// The L2-penalised softmax cross-entropy as an [`Objective`]. Parameters: `W` (`d × k`)
/// flattened row by row, then `b` (`k`): `d·k + k` in all. Use [`SoftmaxLoss::unpack`] to split
/// them.
#[derive(Debug, Clone, PartialEq)]
pub struct SoftmaxLoss<'a> {
    /// The `n × d` data.
    pub x: &'a Matrix,
    /// The `n` class labels, each `< n_classes`.
    pub labels: &'a [usize],
    /// The number of classes `k`.
    pub n_classes: usize,
    /// The penalty `λ ≥ 0`.
    pub l2: f64,
}

impl<'a> SoftmaxLoss<'a> {
    /// The objective for data `x`, labels and `n_classes` classes, penalty `l2`.
    ///
    /// # Errors
    /// [`LinalgError::ShapeMismatch`] if `labels.len() != x.rows()`; `InvalidArgument` for
    /// `n_classes < 2`, a label `≥ n_classes`, or a negative or NaN `l2`.
    pub fn new(
        x: &'a Matrix,
        labels: &'a [usize],
        n_classes: usize,
        l2: f64,
    ) -> Result<SoftmaxLoss<'a>> {
        let op = "SoftmaxLoss::new";
        if labels.len() == x.rows() && n_classes < 2 {
            return Err(LinalgError::InvalidArgument {
                op,
                reason: format!("n_classes = {n_classes}: need at least 2"),
            });
        }
        check_labels(op, x, labels, n_classes)?;
        check_l2(op, l2)?;
        Ok(SoftmaxLoss {
            x,
            labels,
            n_classes,
            l2,
        })
    }

    /// Splits a parameter vector into `(W, b)` (given).
    ///
    /// # Panics
    /// If `params.len() != d·k + k`.
    pub fn unpack(&self, params: &Vector) -> (Matrix, Vector) {
        unpack(params, self.x.cols(), self.n_classes)
    }
}

/// Splits `d·k + k` parameters into `W` (`d × k`, row by row) and `b` (`k`) (given).
///
/// # Panics
/// If `params.len() != d·k + k`.
pub fn unpack(params: &Vector, d: usize, k: usize) -> (Matrix, Vector) {
    assert_eq!(
        params.len(),
        d * k + k,
        "unpack: {} parameters for d = {d}, k = {k}",
        params.len()
    );
    let w = Matrix::new(d, k, params.as_slice()[..d * k].to_vec()).expect("unpack: shape");
    let b = Vector::from_slice(&params.as_slice()[d * k..]);
    (w, b)
}

/// Joins `W` and `b` into one parameter vector, the inverse of [`unpack`] (given).
pub fn pack(w: &Matrix, b: &Vector) -> Vector {
    w.as_slice().iter().chain(b.iter()).copied().collect()
}

impl Objective for SoftmaxLoss<'_> {
    fn dim(&self) -> usize {
        (self.x.cols() + 1) * self.n_classes
    }

    fn n_samples(&self) -> usize {
        self.x.rows()
    }

    /// The mean cross-entropy over the batch plus `(λ/2)‖W‖²`, and its gradient packed like
    /// the parameters (module docs). Compute the per-sample loss as
    /// `logsumexp(Zᵢ) − Z[i, yᵢ]`, never as `−log P[i, yᵢ]` (which is `−log 0 = ∞` when the
    /// probability underflows). Products by week 2's `matmul`. O(|B|·d·k).
    ///
    /// ```
    /// # use week6_ml::softmax_regression::SoftmaxLoss;
    /// # use week6_ml::train::Objective;
    /// # use week1_vectors::{matrix, Vector};
    /// let x = matrix![[1.0], [2.0]];
    /// let obj = SoftmaxLoss::new(&x, &[0, 2], 3, 0.0).unwrap();
    /// // All-zero parameters: every class has probability 1/3, the loss is log 3.
    /// let (loss, _) = obj.loss_grad(&Vector::zeros(obj.dim()), &[0, 1]).unwrap();
    /// assert!((loss - 3f64.ln()).abs() < 1e-15);
    /// ```
    fn loss_grad(&self, params: &Vector, batch: &[usize]) -> Result<(f64, Vector)> {
        // BEGIN SOLUTION
        check_batch(
            "SoftmaxLoss::loss_grad",
            params,
            self.dim(),
            batch,
            self.n_samples(),
        )?;
        let k = self.n_classes;
        let (w, b) = self.unpack(params);
        let xb = select_rows(self.x, batch);
        let mut z = matmul(&xb, &w)?;
        for i in 0..z.rows() {
            for (zij, bj) in z.row_mut(i).iter_mut().zip(b.iter()) {
                *zij += bj;
            }
        }
        let nb = batch.len() as f64;
        let mut loss = 0.0;
        for (i, &s) in batch.iter().enumerate() {
            loss += log_sum_exp(z.row(i)) - z[(i, self.labels[s])];
        }
        loss = loss / nb + 0.5 * self.l2 * w.as_slice().iter().map(|v| v * v).sum::<f64>();
        // G = (P − Y) / |B|.
        let mut g = softmax_rows(&z);
        for (i, &s) in batch.iter().enumerate() {
            g[(i, self.labels[s])] -= 1.0;
        }
        let g = g.map(|v| v / nb);
        let mut gw = matmul(&transpose(&xb), &g)?;
        for (gwij, wij) in gw.as_mut_slice().iter_mut().zip(w.as_slice()) {
            *gwij += self.l2 * wij;
        }
        let gb = Vector::from_fn(k, |j| (0..g.rows()).map(|i| g[(i, j)]).sum());
        Ok((loss, pack(&gw, &gb)))
        // END SOLUTION
    }
}

/// A fitted softmax-regression model.
#[derive(Debug, Clone, PartialEq)]
pub struct SoftmaxRegression {
    /// `d × k` weights, one column per class.
    pub weights: Matrix,
    /// `k` biases.
    pub bias: Vector,
}

impl SoftmaxRegression {
    /// Trains on `x` (`n × d`) and `labels` (`< n_classes`) with penalty `l2`:
    /// [`crate::train::minimize`] on [`SoftmaxLoss`] from all-zero parameters.
    ///
    /// On the digits (standardised, seeded 80/20 split, Adam, mini-batches) the test accuracy
    /// is about 0.96.
    ///
    /// # Errors
    /// Those of [`SoftmaxLoss::new`] and [`crate::train::minimize`].
    ///
    /// ```
    /// # use week6_ml::softmax_regression::SoftmaxRegression;
    /// # use week6_ml::optim::Adam;
    /// # use week6_ml::train::TrainConfig;
    /// # use week1_vectors::matrix;
    /// let x = matrix![[0.0, 0.0], [5.0, 0.0], [0.0, 5.0]];
    /// let labels = [0, 1, 2];
    /// let (m, _) = SoftmaxRegression::fit(&x, &labels, 3, 0.0, &mut Adam::new(0.1),
    ///     &TrainConfig::batch(200)).unwrap();
    /// assert_eq!(m.predict(&x).unwrap(), vec![0, 1, 2]);
    /// ```
    pub fn fit(
        x: &Matrix,
        labels: &[usize],
        n_classes: usize,
        l2: f64,
        optimizer: &mut dyn Optimizer,
        config: &TrainConfig,
    ) -> Result<(SoftmaxRegression, TrainReport)> {
        // BEGIN SOLUTION
        let obj = SoftmaxLoss::new(x, labels, n_classes, l2)?;
        let report = minimize(&obj, Vector::zeros(obj.dim()), optimizer, config)?;
        let (weights, bias) = obj.unpack(&report.params);
        Ok((SoftmaxRegression { weights, bias }, report))
        // END SOLUTION
    }

    /// The class probabilities, `n × k`: `softmax_rows(XW + 1bᵀ)`. O(ndk).
    ///
    /// # Errors
    /// [`LinalgError::ShapeMismatch`] if `x.cols() != weights.rows()`.
    ///
    /// ```
    /// # use week6_ml::softmax_regression::SoftmaxRegression;
    /// # use week1_vectors::{matrix, vector};
    /// let m = SoftmaxRegression { weights: matrix![[1000.0, -1000.0]], bias: vector![0.0, 0.0] };
    /// assert_eq!(m.predict_proba(&matrix![[1.0]]).unwrap(), matrix![[1.0, 0.0]]);
    /// ```
    pub fn predict_proba(&self, x: &Matrix) -> Result<Matrix> {
        // BEGIN SOLUTION
        let mut z = matmul(x, &self.weights)?;
        for i in 0..z.rows() {
            for (zij, bj) in z.row_mut(i).iter_mut().zip(self.bias.iter()) {
                *zij += bj;
            }
        }
        Ok(softmax_rows(&z))
        // END SOLUTION
    }

    /// The most probable class of each row (the first one on ties). O(ndk).
    ///
    /// # Errors
    /// As [`SoftmaxRegression::predict_proba`].
    ///
    /// ```
    /// # use week6_ml::softmax_regression::SoftmaxRegression;
    /// # use week1_vectors::{matrix, vector};
    /// let m = SoftmaxRegression { weights: matrix![[1.0, -1.0]], bias: vector![0.0, 0.0] };
    /// assert_eq!(m.predict(&matrix![[2.0], [-2.0]]).unwrap(), vec![0, 1]);
    /// ```
    pub fn predict(&self, x: &Matrix) -> Result<Vec<usize>> {
        // BEGIN SOLUTION
        let p = self.predict_proba(x)?;
        Ok((0..p.rows()).map(|i| argmax(p.row(i))).collect())
        // END SOLUTION
    }
}

/// The index of the largest entry (the first on ties; 0 for an empty slice; NaN entries are
/// never chosen) (given).
///
/// ```
/// # use week6_ml::softmax_regression::argmax;
/// assert_eq!(argmax(&[0.1, 0.7, 0.7, 0.2]), 1);
/// ```
pub fn argmax(x: &[f64]) -> usize {
    let mut best = 0;
    for (i, &v) in x.iter().enumerate() {
        if v > x[best] || x[best].is_nan() {
            best = i;
        }
    }
    best
}
