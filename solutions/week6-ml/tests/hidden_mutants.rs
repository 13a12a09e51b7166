//! Hidden tests that kill the mutants `cargo xtask mutants week6` found surviving (issue 19):
//! each one pins down a rule of an exercise's doc comment that no other test exercised (12
//! points).

use week1_vectors::testing::points;
use week1_vectors::{LinalgError, Matrix, Result, Vector, matrix, vector};
use week6_ml::linear::{least_squares_svd, ridge_filter_factors};
use week6_ml::logistic::LogisticRegression;
use week6_ml::metrics::{log_loss, r2_score};
use week6_ml::optim::{Adam, Optimizer, Sgd};
use week6_ml::pca::{Pca, covariance};
use week6_ml::train::{
    LeastSquares, Objective, TrainConfig, check_batch, lipschitz_constant, minimize,
};

/// `least_squares_svd` refuses a negative or NaN `rcond` (`InvalidArgument`) and accepts 0
/// (no cut-off).
#[test]
fn least_squares_svd_rcond_must_be_non_negative() {
    let _points = points(1);
    let a = matrix![[1.0, 0.0], [0.0, 2.0], [1.0, 1.0]];
    let b = vector![1.0, 2.0, 3.0];
    for rcond in [-1e-3, f64::NAN] {
        let got = least_squares_svd(&a, &b, rcond);
        assert!(
            matches!(
                got,
                Err(LinalgError::InvalidArgument {
                    op: "least_squares_svd",
                    ..
                })
            ),
            "least_squares_svd([[1, 0], [0, 2], [1, 1]], b, rcond = {rcond}): got {got:?}, want \
             Err(InvalidArgument) (rcond must be ≥ 0)"
        );
    }
    let got = least_squares_svd(&a, &b, 0.0);
    assert!(
        got.is_ok(),
        "least_squares_svd([[1, 0], [0, 2], [1, 1]], b, rcond = 0): got {got:?}, want Ok (0 is \
         no cut-off, a valid choice)"
    );
}

/// The cut-off is relative: σᵢ is kept when `σᵢ > rcond·σ₀`. For A = diag(1000, 0.01) and
/// rcond = 1e-4 the cut-off is 0.1, so σ = 0.01 is dropped and b = (1000, 1) gives w = (1, 0);
/// an absolute cut-off (or `rcond / σ₀` = 1e-7) keeps it and gives w = (1, 100).
#[test]
fn least_squares_svd_cut_off_is_relative_to_sigma_max() {
    let _points = points(1);
    let a = matrix![[1000.0, 0.0], [0.0, 0.01]];
    let b = vector![1000.0, 1.0];
    let what = "least_squares_svd(diag(1000, 0.01), b = (1000, 1), rcond = 1e-4)";
    let w = least_squares_svd(&a, &b, 1e-4)
        .unwrap_or_else(|e| panic!("{what}: valid input, got the error {e}"));
    assert!(
        w.len() == 2 && (w[0] - 1.0).abs() <= 1e-12 && w[1].abs() <= 1e-9,
        "{what}: got w = {w:?}, want (1, 0): σ = 0.01 is not above the cut-off 1e-4·σ₀ = 0.1"
    );
}

/// `ridge_filter_factors` at λ = 0 is least squares: every direction with σᵢ > 0 is kept whole
/// (fᵢ = 1); only σᵢ = λ = 0 is defined as 0.
#[test]
fn ridge_filter_factors_at_lambda_zero_keep_everything() {
    let _points = points(1);
    let f = ridge_filter_factors(&vector![3.0, 1.0, 1e-3, 0.0], 0.0);
    assert!(
        f.as_slice() == [1.0, 1.0, 1.0, 0.0],
        "ridge_filter_factors(σ = (3, 1, 1e-3, 0), λ = 0): got {f:?}, want (1, 1, 1, 0)"
    );
}

/// `LogisticRegression::predict` is 1 only where `P(y = 1 | x) > 0.5` — strictly: on the
/// decision boundary `xᵀw + b = 0`, where σ(0) = 0.5 exactly, the prediction is 0.
#[test]
fn logistic_predict_on_the_boundary_is_zero() {
    let _points = points(1);
    let m = LogisticRegression {
        weights: vector![1.0, -2.0],
        bias: 0.5,
    };
    let x = matrix![[1.5, 1.0], [-0.5, 0.0], [1.0, 0.0]];
    let what = "LogisticRegression { w = (1, −2), b = 0.5 }.predict([[1.5, 1], [−0.5, 0], [1, 0]])";
    let got = m
        .predict(&x)
        .unwrap_or_else(|e| panic!("{what}: valid input, got the error {e}"));
    assert_eq!(
        got,
        vec![0, 0, 1],
        "{what}: xᵀw + b = (0, 0, 1.5); got {got:?}, want [0, 0, 1] (P = 0.5 is not > 0.5)"
    );
}

/// `r2_score`'s total sum of squares is `Σ(yᵢ − ȳ)²`, two passes: R² does not change when
/// targets and predictions are shifted by the same 1e8 (every value here is exact at that
/// size). The one-pass `Σyᵢ² − nȳ²` (or `Σ(yᵢ − ȳ)(yᵢ + ȳ)`) cancels 1e16-sized terms and
/// turns the rounding of ȳ = 1e8 + 3.4 into an error of about 0.03 in R².
#[test]
fn r2_score_is_shift_invariant() {
    let _points = points(1);
    let y = [1.0, 2.0, 4.0, 7.0, 3.0];
    let p = [1.5, 2.0, 3.5, 6.0, 3.5];
    let r2 = |shift: f64| {
        let yt: Vector = y.iter().map(|v| v + shift).collect();
        let yp: Vector = p.iter().map(|v| v + shift).collect();
        r2_score(&yt, &yp).unwrap_or_else(|e| {
            panic!("r2_score(y = (1, 2, 4, 7, 3) + {shift:e}, p = (1.5, 2, 3.5, 6, 3.5) + {shift:e}): valid input, got the error {e}")
        })
    };
    let (base, shifted) = (r2(0.0), r2(1e8));
    // ss_res = 1.75 and ss_tot = 21.2: R² = 1 − 1.75/21.2.
    let want = 1.0 - 1.75 / 21.2;
    assert!(
        (base - want).abs() <= 1e-14 && (shifted - want).abs() <= 1e-9,
        "r2_score(y + c, p + c) for y = (1, 2, 4, 7, 3), p = (1.5, 2, 3.5, 6, 3.5): got {base} \
         at c = 0 and {shifted} at c = 1e8, want {want} for both (R² is shift invariant; the \
         two-pass Σ(yᵢ − ȳ)² keeps it to rounding)"
    );
}

/// `log_loss` clips the probabilities to `[1e-15, 1 − 1e-15]` at *both* ends: a confident wrong
/// answer costs about 34.5, never ∞ — p = 1 for a sample of class 0 as much as p = 0 for one
/// of class 1.
#[test]
fn log_loss_clips_at_both_ends() {
    let _points = points(1);
    for (y, p) in [(0.0, 1.0), (1.0, 0.0)] {
        let what = format!("log_loss(y = [{y}], p = [{p}])");
        let l = log_loss(&vector![y], &vector![p])
            .unwrap_or_else(|e| panic!("{what}: valid input, got the error {e}"));
        // −ln(1e-15) = 34.54; at the top, 1 − (1 − 1e-15) rounds to 1.11e-15: −ln = 34.43.
        assert!(
            (34.0..35.0).contains(&l),
            "{what}: got {l}, want about 34.5 (the probability clipped to [1e-15, 1 − 1e-15])"
        );
    }
}

/// `Adam::step` refuses `ε ≤ 0` and NaN (`InvalidArgument`): with `ε = 0` a zero gradient
/// gives `0/0`, and a NaN `ε` turns every parameter into NaN.
#[test]
fn adam_refuses_eps_not_positive() {
    let _points = points(1);
    for eps in [0.0, -1e-8, f64::NAN] {
        let mut opt = Adam::new(0.1);
        opt.eps = eps;
        let mut p = vector![1.0, 2.0];
        let got = opt.step(&mut p, &vector![0.5, 0.0]);
        assert!(
            matches!(
                got,
                Err(LinalgError::InvalidArgument {
                    op: "Adam::step",
                    ..
                })
            ),
            "Adam {{ lr = 0.1, eps = {eps} }}.step(θ = (1, 2), g = (0.5, 0)): got {got:?} (θ = \
             {p:?}), want Err(InvalidArgument) (eps must be > 0)"
        );
    }
}

/// Two samples are enough for a covariance (`n − 1 = 1`) and for PCA with `k = 1`: only fewer
/// than 2 rows is refused.
#[test]
fn covariance_and_pca_accept_two_samples() {
    let _points = points(1);
    let x = matrix![[1.0, 2.0], [3.0, 6.0]];
    let c = covariance(&x);
    assert!(
        c.as_ref()
            .is_ok_and(|c| *c == matrix![[2.0, 4.0], [4.0, 8.0]]),
        "covariance([[1, 2], [3, 6]]): got {c:?}, want Ok([[2, 4], [4, 8]]) (two samples, \
         divided by n − 1 = 1; exact)"
    );
    for (name, fit) in [
        ("Pca::fit_eigen", Pca::fit_eigen as fn(&_, usize) -> _),
        ("Pca::fit_svd", Pca::fit_svd),
    ] {
        let got = fit(&x, 1);
        // The centred rows are ±(1, 2): the variance along (1, 2)/√5 is 2·‖(1, 2)‖²/(n − 1) = 10.
        assert!(
            got.as_ref()
                .is_ok_and(|p| (p.explained_variance[0] - 10.0).abs() <= 1e-12),
            "{name}([[1, 2], [3, 6]], k = 1): got {got:?}, want Ok with explained_variance = \
             [10] (two samples: the trace of [[2, 4], [4, 8]])"
        );
    }
}

/// Data with no spread (every row the same) has total variance 0: the ratios are then defined
/// as 0, not `0/0` = NaN.
#[test]
fn pca_ratios_of_constant_data_are_zero() {
    let _points = points(1);
    let x = matrix![[1.0, -2.0], [1.0, -2.0], [1.0, -2.0]];
    for (name, fit) in [
        ("Pca::fit_eigen", Pca::fit_eigen as fn(&_, usize) -> _),
        ("Pca::fit_svd", Pca::fit_svd),
    ] {
        let got = fit(&x, 2);
        assert!(
            got.as_ref()
                .is_ok_and(|p| p.explained_variance.as_slice() == [0.0, 0.0]
                    && p.explained_variance_ratio.as_slice() == [0.0, 0.0]),
            "{name}(three copies of (1, −2), k = 2): got {got:?}, want Ok with \
             explained_variance = explained_variance_ratio = [0, 0] (total variance 0: the \
             ratios are 0, not NaN)"
        );
    }
}

/// `minimize` refuses a negative `tol` (`InvalidArgument`) before training: no gradient norm is
/// `≤` a negative number, so such a run could never stop early and would only look valid.
#[test]
fn minimize_refuses_a_negative_tol() {
    let _points = points(1);
    let (x, y) = (matrix![[1.0], [2.0]], vector![2.0, 4.0]);
    let obj = LeastSquares::new(&x, &y).unwrap();
    for tol in [-1e-3, f64::NEG_INFINITY] {
        let config = TrainConfig {
            tol,
            ..TrainConfig::batch(3)
        };
        let got = minimize(&obj, vector![0.0], &mut Sgd::new(0.3), &config);
        assert!(
            matches!(
                got,
                Err(LinalgError::InvalidArgument { op: "minimize", .. })
            ),
            "minimize(least squares through (1, 2), (2, 4), w = 0, Sgd(0.3), batch(3) with tol = \
             {tol}): got {got:?}, want Err(InvalidArgument) (tol must be ≥ 0)"
        );
    }
}

/// One parameter θ, loss `10 − θ` and gradient −1 while `θ < 2`; from θ = 2 on either the loss
/// is +∞ (the gradient still −1) or the gradient is NaN (the loss still finite). With `Sgd(1)`
/// from θ = 0, θ is 2 at the start of epoch 2.
struct Cliff {
    bad_loss: bool,
}

impl Objective for Cliff {
    fn dim(&self) -> usize {
        1
    }

    fn n_samples(&self) -> usize {
        1
    }

    fn loss_grad(&self, params: &Vector, batch: &[usize]) -> Result<(f64, Vector)> {
        check_batch("Cliff::loss_grad", params, 1, batch, 1)?;
        let t = params[0];
        Ok(match (t < 2.0, self.bad_loss) {
            (true, _) => (10.0 - t, vector![-1.0]),
            (false, true) => (f64::INFINITY, vector![-1.0]),
            (false, false) => (10.0 - t, vector![f64::NAN]),
        })
    }
}

/// `minimize` stops with `NoConvergence { iterations: epoch }` as soon as the loss *or* the
/// gradient is not finite — either one alone is enough.
#[test]
fn minimize_stops_when_loss_or_gradient_is_not_finite() {
    let _points = points(1);
    for (bad_loss, what) in [
        (true, "loss +∞, gradient −1"),
        (false, "loss 8, gradient NaN"),
    ] {
        let got = minimize(
            &Cliff { bad_loss },
            vector![0.0],
            &mut Sgd::new(1.0),
            &TrainConfig::batch(10),
        );
        assert!(
            matches!(
                got,
                Err(LinalgError::NoConvergence {
                    op: "minimize",
                    iterations: 2
                })
            ),
            "minimize(θ = 0, Sgd(1), batch(10)) on an objective with {what} from θ = 2 (reached at \
             epoch 2): got {got:?}, want Err(NoConvergence {{ iterations: 2 }})"
        );
    }
}

/// `lipschitz_constant` refuses a matrix with no rows *or* no columns (`Empty`): with no rows
/// `XᵀX/n` is `0/0`, with no columns there is no eigenvalue.
#[test]
fn lipschitz_constant_of_an_empty_matrix_is_an_error() {
    let _points = points(1);
    for (r, c) in [(0, 2), (2, 0), (0, 0)] {
        let got = lipschitz_constant(&Matrix::zeros(r, c));
        assert!(
            matches!(
                got,
                Err(LinalgError::Empty {
                    op: "lipschitz_constant"
                })
            ),
            "lipschitz_constant(the {r}×{c} matrix): got {got:?}, want Err(Empty)"
        );
    }
}
