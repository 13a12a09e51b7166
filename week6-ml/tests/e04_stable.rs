//! Exercise: numerically stable sigmoid, softplus, log-sum-exp and softmax.

use week1_vectors::matrix;
use week6_ml::stable::{log_sum_exp, sigmoid, softmax, softmax_rows, softplus};

#[test]
fn sigmoid_never_overflows() {
    assert_eq!(sigmoid(0.0), 0.5, "sigmoid(0)");
    assert_eq!(
        sigmoid(1000.0),
        1.0,
        "sigmoid(1000): exactly 1, no overflow"
    );
    assert_eq!(
        sigmoid(-1000.0),
        0.0,
        "sigmoid(−1000): exactly 0, no overflow"
    );
    assert!(
        sigmoid(f64::NAN).is_nan(),
        "sigmoid(NaN) = {}, want NaN",
        sigmoid(f64::NAN)
    );
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
    assert!(
        (softplus(0.0) - 2f64.ln()).abs() < 1e-16,
        "softplus(0) = {}, want ln 2 = {} (within 1e-16)",
        softplus(0.0),
        2f64.ln()
    );
    assert_eq!(
        softplus(1000.0),
        1000.0,
        "softplus(1000): exactly 1000, no overflow"
    );
    assert_eq!(softplus(-1000.0), 0.0, "softplus(−1000): exactly 0");
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
    assert!(
        (l - naive).abs() < 1e-15 * naive,
        "log_sum_exp([1, 2, 3]) = {l}, want ln(e + e² + e³) = {naive} (within 1e-15 relative)"
    );
    assert_eq!(
        log_sum_exp(&[]),
        f64::NEG_INFINITY,
        "log_sum_exp([]) = −∞ (the log of an empty sum)"
    );
    assert_eq!(
        log_sum_exp(&[f64::NEG_INFINITY, 0.0]),
        0.0,
        "log_sum_exp([−∞, 0])"
    );
    assert_eq!(
        log_sum_exp(&[f64::NEG_INFINITY]),
        f64::NEG_INFINITY,
        "log_sum_exp([−∞]) (no −∞ − (−∞) = NaN)"
    );
    assert!(
        log_sum_exp(&[1.0, f64::NAN]).is_nan(),
        "log_sum_exp([1, NaN]) = {}, want NaN",
        log_sum_exp(&[1.0, f64::NAN])
    );
}

#[test]
fn softmax_at_plus_minus_1000() {
    let p = softmax(&[1000.0, -1000.0, 1000.0]);
    assert_eq!(
        p.as_slice(),
        &[0.5, 0.0, 0.5],
        "softmax([1000, −1000, 1000])"
    );
    let p = softmax(&[-1000.0, -1001.0]);
    let e = (-1f64).exp();
    assert!(
        (p[0] - 1.0 / (1.0 + e)).abs() < 1e-15 && (p[1] - e / (1.0 + e)).abs() < 1e-15,
        "softmax([−1000, −1001]) = {:?}, want [1/(1 + e⁻¹), e⁻¹/(1 + e⁻¹)] (within 1e-15)",
        p
    );
    let p = softmax(&[0.1, 2.0, -3.0, 0.7]);
    assert!(
        (p.iter().sum::<f64>() - 1.0).abs() < 1e-15,
        "softmax([0.1, 2, −3, 0.7]) sums to {}, want 1 (within 1e-15)",
        p.iter().sum::<f64>()
    );
    let q = softmax(&[100.1, 102.0, 97.0, 100.7]);
    for i in 0..4 {
        assert!((p[i] - q[i]).abs() < 1e-14, "softmax is shift invariant");
    }
    assert!(
        softmax(&[]).is_empty(),
        "softmax([]) = {:?}, want empty",
        softmax(&[])
    );
    assert!(
        softmax(&[0.0, f64::NAN]).iter().all(|v| v.is_nan()),
        "softmax([0, NaN]) = {:?}, want all NaN",
        softmax(&[0.0, f64::NAN])
    );
    let r = softmax_rows(&matrix![[1000.0, 0.0], [0.0, 0.0]]);
    assert_eq!(
        r,
        matrix![[1.0, 0.0], [0.5, 0.5]],
        "softmax_rows([[1000, 0], [0, 0]])"
    );
}
