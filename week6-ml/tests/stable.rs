//! Exercise: numerically stable sigmoid, softplus, log-sum-exp and softmax.

use week1_vectors::matrix;
use week6_ml::stable::{log_sum_exp, sigmoid, softmax, softmax_rows, softplus};

#[test]
fn sigmoid_never_overflows() {
    assert_eq!(sigmoid(0.0), 0.5);
    assert_eq!(sigmoid(1000.0), 1.0);
    assert_eq!(sigmoid(-1000.0), 0.0);
    assert!(sigmoid(f64::NAN).is_nan());
    for x in [-30.0f64, -3.0, -0.5, 0.25, 2.0, 30.0] {
        let naive = 1.0 / (1.0 + (-x).exp());
        assert!((sigmoid(x) - naive).abs() <= 1e-15 * naive, "sigmoid({x})");
    }
    // Far in the left tail the naive 1/(1 + e^{−x}) is fine too, but 1 − σ(−x) is all rounding.
    let tail = sigmoid(-40.0);
    let exact = (-40f64).exp() / (1.0 + (-40f64).exp());
    assert!(
        (tail - exact).abs() <= 1e-15 * exact,
        "sigmoid(-40) = {tail:e}"
    );
}

#[test]
fn softplus_is_log_one_plus_exp() {
    assert!((softplus(0.0) - 2f64.ln()).abs() < 1e-16);
    assert_eq!(softplus(1000.0), 1000.0);
    assert_eq!(softplus(-1000.0), 0.0);
    // log1p keeps the digits: softplus(−40) = log(1 + e^{−40}) ≈ e^{−40}.
    let s = softplus(-40.0);
    assert!(
        (s - (-40f64).exp()).abs() <= 1e-15 * s,
        "softplus(-40) = {s:e}"
    );
    for x in [-5.0f64, -1.0, 0.5, 3.0] {
        // log1p(e^x) is accurate for moderate x (ln(1 + e^x) is not: 1 + e^{−5} rounds).
        let reference = x.exp().ln_1p();
        assert!(
            (softplus(x) - reference).abs() <= 1e-15 * reference,
            "softplus({x})"
        );
    }
}

#[test]
fn log_sum_exp_at_the_extremes() {
    let l = log_sum_exp(&[1000.0, 1000.0, 1000.0]);
    assert!((l - (1000.0 + 3f64.ln())).abs() < 1e-12, "{l}");
    let l = log_sum_exp(&[-1000.0, -1000.0]);
    assert!((l - (-1000.0 + 2f64.ln())).abs() < 1e-12, "{l}");
    let l = log_sum_exp(&[1.0, 2.0, 3.0]);
    let naive = (1f64.exp() + 2f64.exp() + 3f64.exp()).ln();
    assert!((l - naive).abs() < 1e-15 * naive);
    assert_eq!(log_sum_exp(&[]), f64::NEG_INFINITY);
    assert_eq!(log_sum_exp(&[f64::NEG_INFINITY, 0.0]), 0.0);
    assert_eq!(log_sum_exp(&[f64::NEG_INFINITY]), f64::NEG_INFINITY);
    assert!(log_sum_exp(&[1.0, f64::NAN]).is_nan());
}

#[test]
fn softmax_at_plus_minus_1000() {
    let p = softmax(&[1000.0, -1000.0, 1000.0]);
    assert_eq!(p.as_slice(), &[0.5, 0.0, 0.5]);
    let p = softmax(&[-1000.0, -1001.0]);
    let e = (-1f64).exp();
    assert!((p[0] - 1.0 / (1.0 + e)).abs() < 1e-15 && (p[1] - e / (1.0 + e)).abs() < 1e-15);
    let p = softmax(&[0.1, 2.0, -3.0, 0.7]);
    assert!((p.iter().sum::<f64>() - 1.0).abs() < 1e-15);
    let q = softmax(&[100.1, 102.0, 97.0, 100.7]);
    for i in 0..4 {
        assert!((p[i] - q[i]).abs() < 1e-14, "softmax is shift invariant");
    }
    assert!(softmax(&[]).is_empty());
    assert!(softmax(&[0.0, f64::NAN]).iter().all(|v| v.is_nan()));
    let r = softmax_rows(&matrix![[1000.0, 0.0], [0.0, 0.0]]);
    assert_eq!(r, matrix![[1.0, 0.0], [0.5, 0.5]]);
}
