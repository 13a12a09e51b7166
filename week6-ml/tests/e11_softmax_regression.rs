//! Exercise: softmax regression (multiclass).

use week1_vectors::{Matrix, Vector, matrix, vector};
use week6_ml::data::load;
use week6_ml::metrics::{accuracy, confusion_matrix};
use week6_ml::optim::Adam;
use week6_ml::preprocessing::StandardScaler;
use week6_ml::softmax_regression::{SoftmaxLoss, SoftmaxRegression, unpack};
use week6_ml::split::train_test_split;
use week6_ml::testing::{blobs, central_difference, rel_diff};
use week6_ml::train::{Objective, TrainConfig};

/// The cross-entropy written out the long way (moderate logits only), for checking.
fn naive_loss(x: &Matrix, labels: &[usize], k: usize, p: &Vector, l2: f64) -> f64 {
    let (w, b) = unpack(p, x.cols(), k);
    let mut total = 0.0;
    for i in 0..x.rows() {
        let z: Vec<f64> = (0..k)
            .map(|c| (0..x.cols()).map(|j| x[(i, j)] * w[(j, c)]).sum::<f64>() + b[c])
            .collect();
        let s: f64 = z.iter().map(|v| v.exp()).sum();
        total -= (z[labels[i]].exp() / s).ln();
    }
    total / x.rows() as f64 + 0.5 * l2 * w.as_slice().iter().map(|v| v * v).sum::<f64>()
}

#[test]
fn loss_and_gradient_match_the_long_way() {
    let (x, labels) = blobs(4, 3, 2, 2.0, 5);
    let obj = SoftmaxLoss::new(&x, &labels, 3, 0.05).unwrap();
    assert_eq!(
        obj.dim(),
        9,
        "SoftmaxLoss with 2 features, 3 classes: dim = 2·3 weights + 3 biases"
    );
    let p = Vector::from_fn(9, |i| ((i * 37 % 11) as f64 - 5.0) / 7.0);
    let batch: Vec<usize> = (0..12).collect();
    let (loss, g) = obj.loss_grad(&p, &batch).unwrap();
    let expect = naive_loss(&x, &labels, 3, &p, 0.05);
    assert!((loss - expect).abs() < 1e-13, "loss {loss} vs {expect}");
    let numeric = central_difference(|q| naive_loss(&x, &labels, 3, q, 0.05), &p, 1e-5);
    assert!(
        rel_diff(&g, &numeric) < 1e-8,
        "gradient: {:e}",
        rel_diff(&g, &numeric)
    );
    let (l0, _) = obj.loss_grad(&Vector::zeros(9), &batch).unwrap();
    assert!(
        (l0 - 3f64.ln()).abs() < 1e-15,
        "all-zero parameters give log k"
    );
}

#[test]
fn logits_of_a_thousand_do_not_overflow() {
    let x = matrix![[1.0], [1.0]];
    let obj = SoftmaxLoss::new(&x, &[0, 1], 2, 0.0).unwrap();
    // W = [1000, −1000]: sample 0 is right with certainty, sample 1 wrong by 2000.
    let (loss, g) = obj
        .loss_grad(&vector![1000.0, -1000.0, 0.0, 0.0], &[0, 1])
        .unwrap();
    assert!((loss - 1000.0).abs() < 1e-12, "loss {loss}");
    assert_eq!(
        g,
        vector![0.5, -0.5, 0.5, -0.5],
        "SoftmaxLoss at logits ±1000: gradient (softmax saturates to 0 and 1)"
    );
}

#[test]
fn digits_test_accuracy_at_least_0_93() {
    let digits = load("digits").unwrap();
    let (train, test) = train_test_split(&digits, 0.2, 0).unwrap();
    let scaler = StandardScaler::fit(&train.features).unwrap();
    let xtr = scaler.transform(&train.features).unwrap();
    let xte = scaler.transform(&test.features).unwrap();
    let (ytr, yte) = (train.labels().unwrap(), test.labels().unwrap());
    let cfg = TrainConfig::mini_batch(10, 32, 0);
    let (m, report) =
        SoftmaxRegression::fit(&xtr, &ytr, 10, 1e-3, &mut Adam::new(0.01), &cfg).unwrap();
    let pred = m.predict(&xte).unwrap();
    let acc = accuracy(&yte, &pred).unwrap();
    assert!(acc >= 0.93, "digits test accuracy {acc}");
    assert!(
        report.losses[10] < 0.2 * report.losses[0],
        "losses {:?}",
        report.losses
    );
    let c = confusion_matrix(&yte, &pred, 10).unwrap();
    let diagonal: usize = (0..10).map(|i| c[i][i]).sum();
    assert_eq!(
        diagonal,
        (acc * yte.len() as f64).round() as usize,
        "digits: the confusion matrix's diagonal {diagonal} must be accuracy × test size = {acc} × {}",
        yte.len()
    );
}

#[test]
fn iris_and_wine_are_easy() {
    for (name, min_acc) in [("iris", 0.9), ("wine", 0.95)] {
        let d = load(name).unwrap();
        let (train, test) = train_test_split(&d, 0.25, 1).unwrap();
        let s = StandardScaler::fit(&train.features).unwrap();
        let (xtr, xte) = (
            s.transform(&train.features).unwrap(),
            s.transform(&test.features).unwrap(),
        );
        let cfg = TrainConfig::batch(300);
        let (m, _) = SoftmaxRegression::fit(
            &xtr,
            &train.labels().unwrap(),
            3,
            1e-3,
            &mut Adam::new(0.05),
            &cfg,
        )
        .unwrap();
        let acc = accuracy(&test.labels().unwrap(), &m.predict(&xte).unwrap()).unwrap();
        assert!(acc >= min_acc, "{name}: test accuracy {acc}");
        let p = m.predict_proba(&xte).unwrap();
        for i in 0..p.rows() {
            assert!(
                (p.row(i).iter().sum::<f64>() - 1.0).abs() < 1e-12,
                "SoftmaxRegression::predict_proba on {name}: row {i} sums to {}, want 1 (within 1e-12)",
                p.row(i).iter().sum::<f64>()
            );
        }
    }
}

#[test]
fn errors() {
    let x = matrix![[1.0], [2.0]];
    assert!(SoftmaxLoss::new(&x, &[0, 3], 3, 0.0).is_err(), "label ≥ k");
    assert!(SoftmaxLoss::new(&x, &[0], 3, 0.0).is_err(), "lengths");
    assert!(SoftmaxLoss::new(&x, &[0, 0], 1, 0.0).is_err(), "one class");
    let obj = SoftmaxLoss::new(&x, &[0, 1], 2, 0.0).unwrap();
    assert!(
        obj.loss_grad(&Vector::zeros(3), &[0]).is_err(),
        "SoftmaxLoss::loss_grad with 3 parameters for a 1-feature, 2-class model (needs 4): got {:?}, want an error",
        obj.loss_grad(&Vector::zeros(3), &[0])
    );
    let m = SoftmaxRegression {
        weights: Matrix::zeros(2, 3),
        bias: Vector::zeros(3),
    };
    assert!(
        m.predict(&x).is_err(),
        "SoftmaxRegression::predict with 1 feature for a 2-feature model: got {:?}, want an error",
        m.predict(&x)
    );
}
