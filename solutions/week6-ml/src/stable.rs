//! Numerically stable building blocks: the logistic sigmoid, softplus, log-sum-exp and softmax.
//!
//! The textbook formulas overflow: `e^1000` is `inf` in `f64` (the largest `f64` is about
//! `e^709.8`), so `1 / (1 + e^{-x})` at `x = −1000` or `e^{x_i} / Σ e^{x_j}` at logits of 1000
//! give `0/0 = NaN` or `inf/inf = NaN`. The cure is always the same: factor out the largest
//! exponential, so every `exp` that is actually computed has a non-positive argument and lies
//! in `(0, 1]`.

use week1_vectors::{Matrix, Vector};

/// The logistic sigmoid `σ(x) = 1 / (1 + e^{−x})`, computed without overflow.
///
/// For `x ≥ 0` use `1 / (1 + e^{−x})`; for `x < 0` use the equal `e^{x} / (1 + e^{x})`. Either
/// way the exponential has a non-positive argument. `σ(−1000) = 0` (not NaN), `σ(1000) = 1`,
/// `σ(NaN) = NaN`.
///
/// Pitfall: `1 − σ(x)` loses every digit for large `x`; use `σ(−x)` instead.
///
/// ```
/// # use week6_ml::stable::sigmoid;
/// assert_eq!(sigmoid(0.0), 0.5);
/// assert_eq!(sigmoid(-1000.0), 0.0);
/// assert_eq!(sigmoid(1000.0), 1.0);
/// ```
pub fn sigmoid(x: f64) -> f64 {
    // BEGIN SOLUTION
    if x >= 0.0 {
        1.0 / (1.0 + (-x).exp())
    } else {
        // x < 0, or NaN (which falls through to here and stays NaN).
        let e = x.exp();
        e / (1.0 + e)
    }
    // END SOLUTION
}

/// Softplus `log(1 + e^x)`, computed without overflow and without losing small results.
///
/// Use `max(x, 0) + log1p(e^{−|x|})`: the `exp` argument is never positive and `log1p` keeps
/// the digits of tiny results (`softplus(−40) ≈ 4.25e-18`, where `log(1 + e^{−40})` gives 0).
/// It is the logistic loss: `−log σ(z) = softplus(−z)` and `−log(1 − σ(z)) = softplus(z)`.
///
/// ```
/// # use week6_ml::stable::softplus;
/// assert!((softplus(0.0) - 2f64.ln()).abs() < 1e-15);
/// assert_eq!(softplus(1000.0), 1000.0);
/// assert!(softplus(-40.0) > 0.0);
/// ```
pub fn softplus(x: f64) -> f64 {
    // BEGIN SOLUTION
    x.max(0.0) + (-x.abs()).exp().ln_1p()
    // END SOLUTION
}

/// `log Σᵢ e^{xᵢ}`, computed without overflow: `m + log Σᵢ e^{xᵢ − m}` with `m = max xᵢ`.
///
/// Special values: the empty sum is `log 0 = −∞`; if every `xᵢ = −∞` the result is `−∞`; if
/// some `xᵢ = +∞` it is `+∞`; any NaN gives NaN. O(n).
///
/// Pitfall: with `m = −∞` or `+∞`, `xᵢ − m` is NaN; treat those cases first.
///
/// ```
/// # use week6_ml::stable::log_sum_exp;
/// assert!((log_sum_exp(&[1000.0, 1000.0]) - (1000.0 + 2f64.ln())).abs() < 1e-12);
/// assert_eq!(log_sum_exp(&[]), f64::NEG_INFINITY);
/// ```
pub fn log_sum_exp(x: &[f64]) -> f64 {
    // BEGIN SOLUTION
    if x.iter().any(|v| v.is_nan()) {
        return f64::NAN;
    }
    let m = x.iter().copied().fold(f64::NEG_INFINITY, f64::max);
    if m.is_infinite() {
        // Empty, all −∞ (the sum is 0, its log −∞), or some +∞.
        return m;
    }
    m + x.iter().map(|v| (v - m).exp()).sum::<f64>().ln()
    // END SOLUTION
}

/// The softmax `pᵢ = e^{xᵢ} / Σⱼ e^{xⱼ}`: a probability vector from a vector of logits.
///
/// Subtract `m = max xᵢ` first (`softmax(x) = softmax(x − m)`): the largest term becomes
/// `e^0 = 1`, nothing overflows, and the sum is at least 1, so nothing divides by 0.
/// `softmax([1000, 0]) = [1, e^{−1000}] ≈ [1, 0]`. The result sums to 1 (up to rounding).
/// Empty input gives an empty vector; a NaN logit, or a `+∞` logit, makes every entry NaN.
/// O(n).
///
/// ```
/// # use week6_ml::stable::softmax;
/// let p = softmax(&[1000.0, 1000.0]);
/// assert_eq!(p.as_slice(), &[0.5, 0.5]);
/// ```
pub fn softmax(x: &[f64]) -> Vector {
    // BEGIN SOLUTION
    let m = x.iter().copied().fold(f64::NEG_INFINITY, f64::max);
    if x.iter().any(|v| v.is_nan()) || m == f64::INFINITY {
        return Vector::filled(x.len(), f64::NAN);
    }
    let e: Vec<f64> = x.iter().map(|v| (v - m).exp()).collect();
    let s: f64 = e.iter().sum();
    e.into_iter().map(|v| v / s).collect()
    // END SOLUTION
}

/// The softmax of each row of `z` (an `n × k` matrix of logits, one sample a row): each row of
/// the result is a probability vector. O(nk).
///
/// ```
/// # use week6_ml::stable::softmax_rows;
/// # use week1_vectors::matrix;
/// let p = softmax_rows(&matrix![[0.0, 0.0], [-1000.0, 1000.0]]);
/// assert_eq!(p, matrix![[0.5, 0.5], [0.0, 1.0]]);
/// ```
pub fn softmax_rows(z: &Matrix) -> Matrix {
    // BEGIN SOLUTION
    let mut out = Matrix::zeros(z.rows(), z.cols());
    for i in 0..z.rows() {
        out.row_mut(i).copy_from_slice(softmax(z.row(i)).as_slice());
    }
    out
    // END SOLUTION
}
