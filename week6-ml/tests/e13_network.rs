//! Exercise: a two-layer network trained by backpropagation.

use week1_vectors::{LinalgError, Matrix, Vector, matrix, vector};
use week6_ml::data::load;
use week6_ml::metrics::{accuracy, cross_entropy};
use week6_ml::network::{NetLoss, TwoLayerNet};
use week6_ml::optim::Adam;
use week6_ml::preprocessing::StandardScaler;
use week6_ml::softmax_regression::SoftmaxRegression;
use week6_ml::split::train_test_split;
use week6_ml::testing::{blobs, central_difference, rel_diff};
use week6_ml::train::{Objective, TrainConfig};

/// The relative difference of each parameter block — W₁, b₁, W₂, b₂ — of two networks of one
/// shape, so that a backprop bug says which gradient is wrong.
fn per_block(g: &TwoLayerNet, numeric: &TwoLayerNet) -> String {
    let v = |x: &[f64]| Vector::from_slice(x);
    format!(
        "W₁ {:.1e}, b₁ {:.1e}, W₂ {:.1e}, b₂ {:.1e}",
        rel_diff(&v(g.w1.as_slice()), &v(numeric.w1.as_slice())),
        rel_diff(&v(g.b1.as_slice()), &v(numeric.b1.as_slice())),
        rel_diff(&v(g.w2.as_slice()), &v(numeric.w2.as_slice())),
        rel_diff(&v(g.b2.as_slice()), &v(numeric.b2.as_slice())),
    )
}

/// The network's loss written out the long way (moderate values only).
fn naive_loss(net: &TwoLayerNet, x: &Matrix, labels: &[usize], l2: f64) -> f64 {
    let (d, h, k) = net.sizes();
    let mut total = 0.0;
    for i in 0..x.rows() {
        let a: Vec<f64> = (0..h)
            .map(|u| ((0..d).map(|j| x[(i, j)] * net.w1[(j, u)]).sum::<f64>() + net.b1[u]).tanh())
            .collect();
        let z: Vec<f64> = (0..k)
            .map(|c| (0..h).map(|u| a[u] * net.w2[(u, c)]).sum::<f64>() + net.b2[c])
            .collect();
        let s: f64 = z.iter().map(|v| v.exp()).sum();
        total -= (z[labels[i]].exp() / s).ln();
    }
    let sq = |m: &Matrix| m.as_slice().iter().map(|v| v * v).sum::<f64>();
    total / x.rows() as f64 + 0.5 * l2 * (sq(&net.w1) + sq(&net.w2))
}

#[test]
fn forward_pass_by_hand() {
    let net = TwoLayerNet {
        w1: matrix![[1.0, -1.0]],
        b1: vector![0.0, 0.5],
        w2: matrix![[1.0, 0.0, 2.0], [0.0, 1.0, -1.0]],
        b2: vector![0.1, 0.2, 0.3],
    };
    let f = net.forward(&matrix![[0.5]]).unwrap();
    let (a0, a1) = (0.5f64.tanh(), 0.0f64.tanh());
    assert_eq!(
        f.hidden,
        matrix![[a0, a1]],
        "TwoLayerNet::forward([[0.5]]): hidden = tanh(x·W₁ + b₁)"
    );
    let expect = matrix![[a0 + 0.1, a1 + 0.2, 2.0 * a0 - a1 + 0.3]];
    assert!(
        approx::relative_eq!(f.logits, expect, epsilon = 1e-15),
        "TwoLayerNet::forward([[0.5]]): logits = hidden·W₂ + b₂: got {}, want {} (relative_eq, epsilon = 1e-15)",
        f.logits,
        expect
    );
    assert_eq!(
        net.predict(&matrix![[0.5], [-3.0]]).unwrap(),
        vec![2, 1],
        "TwoLayerNet::predict([[0.5], [−3]])"
    );
    let p = net.predict_proba(&matrix![[0.5]]).unwrap();
    assert!(
        (p.row(0).iter().sum::<f64>() - 1.0).abs() < 1e-15,
        "TwoLayerNet::predict_proba([[0.5]]): the row sums to {}, want 1 (within 1e-15)",
        p.row(0).iter().sum::<f64>()
    );
}

#[test]
fn backprop_matches_central_differences() {
    let (x, labels) = blobs(3, 3, 4, 1.5, 8);
    let net = TwoLayerNet::new(4, 5, 3, 17);
    let net = TwoLayerNet {
        b1: Vector::from_fn(5, |i| 0.1 * i as f64),
        ..net
    };
    let (loss, g) = net.backprop(&x, &labels, 0.01).unwrap();
    let expect = naive_loss(&net, &x, &labels, 0.01);
    assert!((loss - expect).abs() < 1e-13, "loss {loss} vs {expect}");
    let numeric = central_difference(
        |p| {
            naive_loss(
                &TwoLayerNet::from_params(4, 5, 3, p).unwrap(),
                &x,
                &labels,
                0.01,
            )
        },
        &net.to_params(),
        1e-5,
    );
    let e = rel_diff(&g.to_params(), &numeric);
    assert!(
        e < 1e-8,
        "TwoLayerNet::backprop (4, 5, 3) on 9 blobs, l2 = 0.01: relative difference to central \
         differences {e:.1e}, want < 1e-8; per block: {}",
        per_block(&g, &TwoLayerNet::from_params(4, 5, 3, &numeric).unwrap())
    );
    // The Objective wrapper gives the same numbers on a batch.
    let obj = NetLoss::new(&x, &labels, 3, 5, 0.01).unwrap();
    let all: Vec<usize> = (0..9).collect();
    let (l2, g2) = obj.loss_grad(&net.to_params(), &all).unwrap();
    assert_eq!(
        (l2, g2),
        (loss, g.to_params()),
        "NetLoss::loss_grad on all 9 rows must equal TwoLayerNet::backprop exactly: (loss, gradient)"
    );
}

#[test]
fn the_network_beats_softmax_regression_on_digits() {
    let digits = load("digits").unwrap();
    let (train, test) = train_test_split(&digits, 0.2, 0).unwrap();
    let s = StandardScaler::fit(&train.features).unwrap();
    let (xtr, xte) = (
        s.transform(&train.features).unwrap(),
        s.transform(&test.features).unwrap(),
    );
    let (ytr, yte) = (train.labels().unwrap(), test.labels().unwrap());
    let cfg = TrainConfig::mini_batch(10, 32, 0);
    let (soft, _) =
        SoftmaxRegression::fit(&xtr, &ytr, 10, 1e-3, &mut Adam::new(0.01), &cfg).unwrap();
    let (net, report) =
        TwoLayerNet::fit(&xtr, &ytr, 10, 32, 1e-3, 0, &mut Adam::new(0.01), &cfg).unwrap();
    let a_soft = accuracy(&yte, &soft.predict(&xte).unwrap()).unwrap();
    let a_net = accuracy(&yte, &net.predict(&xte).unwrap()).unwrap();
    assert!(
        a_net > a_soft,
        "network {a_net} vs softmax regression {a_soft}"
    );
    assert!(a_net >= 0.95, "network test accuracy {a_net}");
    let ce_soft = cross_entropy(&yte, &soft.predict_proba(&xte).unwrap()).unwrap();
    let ce_net = cross_entropy(&yte, &net.predict_proba(&xte).unwrap()).unwrap();
    assert!(
        ce_net < ce_soft,
        "test cross-entropy: network {ce_net} vs softmax {ce_soft}"
    );
    assert!(
        report.losses[10] < 0.1 * report.losses[0],
        "learning curve {:?}",
        report.losses
    );
    // Determinism: the same seeds give the same network.
    let (again, _) =
        TwoLayerNet::fit(&xtr, &ytr, 10, 32, 1e-3, 0, &mut Adam::new(0.01), &cfg).unwrap();
    assert_eq!(
        net, again,
        "TwoLayerNet::fit on digits with the same seeds twice: the same network"
    );
}

#[test]
fn errors() {
    let net = TwoLayerNet::new(2, 3, 2, 1);
    assert!(
        net.forward(&matrix![[1.0, 2.0, 3.0]]).is_err(),
        "TwoLayerNet(2, 3, 2)::forward with 3 features: got {:?}, want an error",
        net.forward(&matrix![[1.0, 2.0, 3.0]])
    );
    assert!(
        net.backprop(&matrix![[1.0, 2.0]], &[2], 0.0).is_err(),
        "label ≥ k"
    );
    assert!(
        matches!(
            net.backprop(&matrix![[1.0, 2.0]], &[0, 1], 0.0),
            Err(LinalgError::ShapeMismatch {
                left: (1, 2),
                right: (2, 1),
                ..
            })
        ),
        "TwoLayerNet(2, 3, 2)::backprop with 2 labels for 1 sample: got {:?}, want \
         Err(LinalgError::ShapeMismatch {{ left: (1, 2), right: (2, 1), .. }}) (as NetLoss::new \
         and train::check_labels report it)",
        net.backprop(&matrix![[1.0, 2.0]], &[0, 1], 0.0)
            .map(|(l, _)| l)
    );
    assert!(
        net.backprop(&Matrix::zeros(0, 2), &[], 0.0).is_err(),
        "no samples"
    );
    let x = matrix![[1.0, 2.0]];
    assert!(
        NetLoss::new(&x, &[0], 2, 0, 0.0).is_err(),
        "NetLoss::new with 0 hidden units: got {:?}, want an error",
        NetLoss::new(&x, &[0], 2, 0, 0.0)
    );
    let obj = NetLoss::new(&x, &[0], 2, 3, 0.0).unwrap();
    assert!(
        obj.loss_grad(&Vector::zeros(5), &[0]).is_err(),
        "NetLoss::loss_grad with 5 parameters for a (2, 3, 2) network (needs 17): got {:?}, want an error",
        obj.loss_grad(&Vector::zeros(5), &[0])
    );
}
