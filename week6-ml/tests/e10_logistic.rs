//! Exercise: binary logistic regression with an L2 penalty.

use week1_vectors::{Matrix, Vector, matrix, vector};
use week6_ml::data::{load, to_labels};
use week6_ml::logistic::{LogisticLoss, LogisticRegression};
use week6_ml::metrics::accuracy;
use week6_ml::optim::{Adam, Sgd};
use week6_ml::preprocessing::StandardScaler;
use week6_ml::testing::{central_difference, column_mean_std, rel_diff, standardise_with};
use week6_ml::train::{Objective, TrainConfig};

/// The logistic loss written out the long way, for moderate logits (test helper).
fn naive_loss(x: &Matrix, y: &Vector, p: &Vector, l2: f64) -> f64 {
    let d = x.cols();
    let mut total = 0.0;
    for i in 0..x.rows() {
        let z: f64 = (0..d).map(|j| x[(i, j)] * p[j]).sum::<f64>() + p[d];
        let s = 1.0 / (1.0 + (-z).exp());
        total -= y[i] * s.ln() + (1.0 - y[i]) * (1.0 - s).ln();
    }
    total / x.rows() as f64 + 0.5 * l2 * (0..d).map(|j| p[j] * p[j]).sum::<f64>()
}

#[test]
fn loss_and_gradient_on_a_small_problem() {
    let x = matrix![[0.5, -1.0], [1.5, 0.3], [-0.2, 0.8], [1.0, 1.0]];
    let y = vector![1.0, 0.0, 1.0, 0.0];
    let obj = LogisticLoss::new(&x, &y, 0.1).unwrap();
    assert_eq!(
        obj.dim(),
        3,
        "LogisticLoss on 2 features: dim = 2 weights + 1 bias"
    );
    let p = vector![0.4, -0.7, 0.2];
    let all = [0, 1, 2, 3];
    let (loss, g) = obj.loss_grad(&p, &all).unwrap();
    let expect = naive_loss(&x, &y, &p, 0.1);
    assert!((loss - expect).abs() < 1e-14, "loss {loss} vs {expect}");
    let numeric = central_difference(|q| naive_loss(&x, &y, q, 0.1), &p, 1e-5);
    assert!(rel_diff(&g, &numeric) < 1e-8, "gradient {g} vs {numeric}");
    // Zero parameters: every probability is ½, the loss is log 2.
    let (l0, _) = obj.loss_grad(&Vector::zeros(3), &all).unwrap();
    assert!(
        (l0 - 2f64.ln()).abs() < 1e-15,
        "LogisticLoss at zero parameters: loss {l0}, want ln 2 = {} (every probability ½; within 1e-15)",
        2f64.ln()
    );
}

#[test]
fn huge_logits_give_finite_losses() {
    let x = matrix![[1000.0], [-1000.0]];
    let y = vector![0.0, 1.0];
    let obj = LogisticLoss::new(&x, &y, 0.0).unwrap();
    // z = ±1000, both wrong: each costs softplus(1000) = 1000.
    let (loss, g) = obj.loss_grad(&vector![1.0, 0.0], &[0, 1]).unwrap();
    assert_eq!(
        loss, 1000.0,
        "LogisticLoss at z = ±1000, both wrong: loss = 2·softplus(1000)/2 = 1000"
    );
    assert!(
        g.is_finite(),
        "LogisticLoss at z = ±1000: gradient {g} must be finite"
    );
    assert_eq!(
        g,
        vector![1000.0, 0.0],
        "LogisticLoss at z = ±1000: gradient"
    );
    let m = LogisticRegression {
        weights: vector![1.0],
        bias: 0.0,
    };
    assert_eq!(
        m.predict_proba(&x).unwrap(),
        vector![1.0, 0.0],
        "LogisticRegression::predict_proba at z = ±1000: sigmoid saturates to exactly 1 and 0"
    );
}

#[test]
fn breast_cancer_training_accuracy_at_least_0_97() {
    let bc = load("breast_cancer").unwrap();
    let x = StandardScaler::fit(&bc.features)
        .unwrap()
        .transform(&bc.features)
        .unwrap();
    let cfg = TrainConfig {
        epochs: 1000,
        batch_size: None,
        seed: 0,
        tol: 1e-4,
    };
    let (m, report) =
        LogisticRegression::fit(&x, &bc.targets, 1e-3, &mut Adam::new(0.05), &cfg).unwrap();
    let acc = accuracy(&to_labels(&bc.targets).unwrap(), &m.predict(&x).unwrap()).unwrap();
    assert!(acc >= 0.97, "training accuracy {acc}");
    assert!(
        report.converged,
        "‖∇L‖ = {:e} after {} epochs",
        report.grad_norm, report.epochs_run
    );
    assert!(
        report.grad_norm <= 1e-4,
        "LogisticRegression::fit on breast cancer: ‖∇L‖ = {:e}, want ≤ 1e-4",
        report.grad_norm
    );
    // Check the final gradient independently: central differences of the loss written out.
    let p: Vector = m.weights.iter().copied().chain([m.bias]).collect();
    let numeric = central_difference(|q| naive_loss(&x, &bc.targets, q, 1e-3), &p, 1e-5);
    let norm = numeric.iter().map(|v| v * v).sum::<f64>().sqrt();
    assert!(
        norm < 1e-3,
        "independent gradient norm at the fit: {norm:e}"
    );
}

#[test]
fn the_model_predicts_on_new_data_and_repeats() {
    let x = matrix![
        [-2.0, 0.0],
        [-1.0, 0.5],
        [1.0, -0.5],
        [2.0, 0.0],
        [0.5, 0.1]
    ];
    let y = vector![0.0, 0.0, 1.0, 1.0, 1.0];
    let (mean, std) = column_mean_std(&x);
    let z = standardise_with(&x, &mean, &std);
    let cfg = TrainConfig::mini_batch(100, 2, 7);
    let fit = || LogisticRegression::fit(&z, &y, 0.01, &mut Sgd::new(0.5), &cfg).unwrap();
    let (a, ra) = fit();
    let (b, rb) = fit();
    assert_eq!((a.clone(), ra), (b, rb), "same seed, same model");
    assert_eq!(
        a.predict(&z).unwrap(),
        vec![0, 0, 1, 1, 1],
        "LogisticRegression::fit on 5 separable points: predictions"
    );
    let p = a.predict_proba(&z).unwrap();
    assert!(
        p.iter().all(|v| (0.0..=1.0).contains(v)),
        "LogisticRegression::predict_proba: {p:?}, want every probability in [0, 1]"
    );
}

#[test]
fn bad_labels_and_shapes_are_refused() {
    let x = matrix![[1.0], [2.0]];
    assert!(
        LogisticLoss::new(&x, &vector![0.0, 2.0], 0.0).is_err(),
        "LogisticLoss::new with label 2 (labels are 0 or 1): got {:?}, want an error",
        LogisticLoss::new(&x, &vector![0.0, 2.0], 0.0)
    );
    assert!(
        LogisticLoss::new(&x, &vector![0.0], 0.0).is_err(),
        "LogisticLoss::new with 1 label for 2 rows: got {:?}, want an error",
        LogisticLoss::new(&x, &vector![0.0], 0.0)
    );
    assert!(
        LogisticLoss::new(&x, &vector![0.0, 1.0], -1.0).is_err(),
        "LogisticLoss::new with l2 = −1: got {:?}, want an error",
        LogisticLoss::new(&x, &vector![0.0, 1.0], -1.0)
    );
    let y = vector![0.0, 1.0];
    let obj = LogisticLoss::new(&x, &y, 0.0).unwrap();
    assert!(
        obj.loss_grad(&vector![1.0], &[0]).is_err(),
        "needs d + 1 parameters"
    );
    let m = LogisticRegression {
        weights: vector![1.0, 1.0],
        bias: 0.0,
    };
    assert!(
        m.predict(&x).is_err(),
        "LogisticRegression::predict with 1 feature for a 2-weight model: got {:?}, want an error",
        m.predict(&x)
    );
}
