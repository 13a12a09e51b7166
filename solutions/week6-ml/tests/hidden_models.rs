//! Hidden tests: logistic and softmax regression, PCA and the network on new inputs and the
//! real data sets.

use week1_vectors::testing::{naive_matmul, naive_transpose, points};
use week1_vectors::{Matrix, Vector, matrix, vector};
use week6_ml::data::{load, to_labels};
use week6_ml::logistic::{LogisticLoss, LogisticRegression};
use week6_ml::metrics::{accuracy, cross_entropy};
use week6_ml::network::{NetLoss, TwoLayerNet};
use week6_ml::optim::{Adam, Sgd};
use week6_ml::pca::Pca;
use week6_ml::preprocessing::StandardScaler;
use week6_ml::softmax_regression::{SoftmaxLoss, SoftmaxRegression};
use week6_ml::split::train_test_split;
use week6_ml::testing::{blobs, central_difference, linear_problem, rel_diff};
use week6_ml::train::{Objective, TrainConfig};

fn digits_split(seed: u64) -> (Matrix, Vec<usize>, Matrix, Vec<usize>) {
    let d = load("digits").unwrap();
    let (train, test) = train_test_split(&d, 0.2, seed).unwrap();
    let s = StandardScaler::fit(&train.features).unwrap();
    (
        s.transform(&train.features).unwrap(),
        train.labels().unwrap(),
        s.transform(&test.features).unwrap(),
        test.labels().unwrap(),
    )
}

/// The relative difference of each parameter block — W₁, b₁, W₂, b₂ in `to_params` order — of a
/// (d, h, k) network's gradient, so that a backprop bug says which block is wrong.
fn per_block(g: &Vector, numeric: &Vector, (d, h, k): (usize, usize, usize)) -> String {
    let mut at = 0;
    [("W₁", d * h), ("b₁", h), ("W₂", h * k), ("b₂", k)]
        .iter()
        .map(|&(name, len)| {
            let a = Vector::from_slice(&g.as_slice()[at..at + len]);
            let b = Vector::from_slice(&numeric.as_slice()[at..at + len]);
            at += len;
            format!("{name} {:.1e}", rel_diff(&a, &b))
        })
        .collect::<Vec<_>>()
        .join(", ")
}

#[test]
fn logistic_gradient_on_random_batches() {
    let _points = points(4);
    let (x, _, _) = linear_problem(30, 4, 0.0, 81);
    let y: Vector = (0..30).map(|i| ((i * 7) % 3 == 0) as u8 as f64).collect();
    let obj = LogisticLoss::new(&x, &y, 0.3).unwrap();
    let p = vector![0.2, -0.4, 1.1, 0.05, -0.3];
    for batch in [vec![0, 5, 9], vec![29], vec![3, 3, 14, 22, 7, 1]] {
        let (loss, g) = obj.loss_grad(&p, &batch).unwrap();
        let f = |q: &Vector| obj.loss_grad(q, &batch).unwrap().0;
        let numeric = central_difference(f, &p, 1e-5);
        assert!(rel_diff(&g, &numeric) < 1e-8, "batch {batch:?}");
        // Independent loss: mean of −log σ(±z) + (λ/2)‖w‖².
        let mut expect = 0.0;
        for &i in &batch {
            let z: f64 = (0..4).map(|j| x[(i, j)] * p[j]).sum::<f64>() + p[4];
            let s = 1.0 / (1.0 + (-z).exp());
            expect -= if y[i] == 1.0 { s.ln() } else { (1.0 - s).ln() };
        }
        expect = expect / batch.len() as f64 + 0.15 * (0..4).map(|j| p[j] * p[j]).sum::<f64>();
        assert!(
            (loss - expect).abs() < 1e-13,
            "batch {batch:?}: {loss} vs {expect}"
        );
    }
    // z = ±800: the naive formula gives ∞ or NaN, the stable one the exact 800.
    let xe = matrix![[800.0]];
    let ye = vector![0.0];
    let (l, g) = LogisticLoss::new(&xe, &ye, 0.0)
        .unwrap()
        .loss_grad(&vector![1.0, 0.0], &[0])
        .unwrap();
    assert_eq!(
        (l, g),
        (800.0, vector![800.0, 1.0]),
        "LogisticLoss at z = 800 with y = 0: (loss, gradient) exactly (the naive formula gives ∞ or NaN)"
    );
}

#[test]
fn breast_cancer_logistic_train_and_test() {
    let _points = points(6);
    let bc = load("breast_cancer").unwrap();
    let (train, test) = train_test_split(&bc, 0.25, 11).unwrap();
    let s = StandardScaler::fit(&train.features).unwrap();
    let (xtr, xte) = (
        s.transform(&train.features).unwrap(),
        s.transform(&test.features).unwrap(),
    );
    let cfg = TrainConfig {
        epochs: 4000,
        batch_size: None,
        seed: 0,
        tol: 1e-5,
    };
    // Plain gradient descent with η = 1 (< 1/L for L ≈ λmax(XᵀX/n)/4 ≈ 3.3).
    let (m, r) =
        LogisticRegression::fit(&xtr, &train.targets, 0.01, &mut Sgd::new(0.25), &cfg).unwrap();
    assert!(
        r.converged,
        "‖∇L‖ = {:e} after {} epochs",
        r.grad_norm, r.epochs_run
    );
    let ytr = to_labels(&train.targets).unwrap();
    let yte = to_labels(&test.targets).unwrap();
    let a_tr = accuracy(&ytr, &m.predict(&xtr).unwrap()).unwrap();
    let a_te = accuracy(&yte, &m.predict(&xte).unwrap()).unwrap();
    assert!(a_tr >= 0.97, "training accuracy {a_tr}");
    assert!(a_te >= 0.93, "test accuracy {a_te}");
    // Independent check of stationarity: central differences of the loss at the fit.
    let obj = LogisticLoss::new(&xtr, &train.targets, 0.01).unwrap();
    let p: Vector = m.weights.iter().copied().chain([m.bias]).collect();
    let all: Vec<usize> = (0..obj.n_samples()).collect();
    let numeric = central_difference(|q| obj.loss_grad(q, &all).unwrap().0, &p, 1e-5);
    let norm = numeric.iter().map(|v| v * v).sum::<f64>().sqrt();
    assert!(norm < 1e-4, "gradient norm at the fit {norm:e}");
}

#[test]
fn softmax_digits_other_seed() {
    let _points = points(6);
    let (xtr, ytr, xte, yte) = digits_split(2024);
    let cfg = TrainConfig::mini_batch(8, 64, 5);
    let (m, r) = SoftmaxRegression::fit(&xtr, &ytr, 10, 1e-4, &mut Adam::new(0.02), &cfg).unwrap();
    let acc = accuracy(&yte, &m.predict(&xte).unwrap()).unwrap();
    assert!(acc >= 0.93, "digits, split seed 2024: test accuracy {acc}");
    assert_eq!(
        r.losses.len(),
        9,
        "SoftmaxRegression::fit for 8 epochs: losses has one entry per epoch plus the start"
    );
    // Gradient check on a wine batch, with a penalty.
    let wine = load("wine").unwrap();
    let x = StandardScaler::fit(&wine.features)
        .unwrap()
        .transform(&wine.features)
        .unwrap();
    let labels = wine.labels().unwrap();
    let obj = SoftmaxLoss::new(&x, &labels, 3, 0.2).unwrap();
    let p = Vector::from_fn(obj.dim(), |i| ((i * 13 % 7) as f64 - 3.0) / 10.0);
    let batch = [0, 60, 170, 100, 5];
    let (_, g) = obj.loss_grad(&p, &batch).unwrap();
    let numeric = central_difference(|q| obj.loss_grad(q, &batch).unwrap().0, &p, 1e-5);
    assert!(
        rel_diff(&g, &numeric) < 1e-8,
        "SoftmaxLoss::loss_grad on a wine batch with l2 = 0.2: relative difference to central differences {:.2e}, want < 1e-8",
        rel_diff(&g, &numeric)
    );
}

#[test]
fn pca_iris_wine_other_inputs() {
    let _points = points(5);
    let iris = load("iris").unwrap();
    let (pe, ps) = (
        Pca::fit_eigen(&iris.features, 2).unwrap(),
        Pca::fit_svd(&iris.features, 2).unwrap(),
    );
    for p in [&pe, &ps] {
        assert!(
            (p.explained_variance_ratio[0] - 0.924_618_7).abs() < 1e-6,
            "Pca (eigen and svd) on iris: explained_variance_ratio[0] = {}, want 0.9246187 (within 1e-6)",
            p.explained_variance_ratio[0]
        );
        assert!(
            (p.explained_variance_ratio[1] - 0.053_066_5).abs() < 1e-6,
            "Pca (eigen and svd) on iris: explained_variance_ratio[1] = {}, want 0.0530665 (within 1e-6)",
            p.explained_variance_ratio[1]
        );
        assert!(
            (p.explained_variance[1] - 0.242_670_7).abs() < 1e-6,
            "Pca (eigen and svd) on iris: explained_variance[1] = {}, want 0.2426707 (within 1e-6)",
            p.explained_variance[1]
        );
    }
    // Same canonical signs ⇒ the same scores from both methods.
    let (ze, zs) = (
        pe.transform(&iris.features).unwrap(),
        ps.transform(&iris.features).unwrap(),
    );
    assert!(
        approx::abs_diff_eq!(ze, zs, epsilon = 1e-10),
        "Pca::fit_eigen vs Pca::fit_svd on iris: the scores (same canonical signs): got {}, want {} (abs_diff_eq, epsilon = 1e-10)",
        ze,
        zs
    );
    assert!(
        (ze[(0, 0)] + 2.684_125_6).abs() < 1e-6,
        "first flower: {}",
        ze[(0, 0)]
    );
    // Wine, standardised: ratios against an independent Jacobi-free check (trace and Rayleigh).
    let wine = load("wine").unwrap();
    let z = StandardScaler::fit(&wine.features)
        .unwrap()
        .transform(&wine.features)
        .unwrap();
    let p = Pca::fit_svd(&z, 13).unwrap();
    let total: f64 = p.explained_variance.iter().sum();
    assert!(
        (total - 13.0 * 178.0 / 177.0).abs() < 1e-10,
        "trace of the correlation matrix"
    );
    assert!(
        (p.explained_variance_ratio[0] - 0.361_988_5).abs() < 1e-6,
        "Pca::fit_svd on standardised wine: explained_variance_ratio[0] = {}, want 0.3619885 (within 1e-6)",
        p.explained_variance_ratio[0]
    );
    let c = naive_matmul(&naive_transpose(&z), &z).map(|v| v / 177.0);
    let v0 = Vector::from_slice(p.components.row(0));
    let cv = week1_vectors::testing::naive_matvec(&c, &v0);
    let rayleigh: f64 = v0.iter().zip(cv.iter()).map(|(a, b)| a * b).sum();
    assert!(
        (rayleigh - p.explained_variance[0]).abs() < 1e-10,
        "Pca::fit_svd on standardised wine: explained_variance[0] = {}, but the Rayleigh quotient of component 0 is {rayleigh} (want within 1e-10)",
        p.explained_variance[0]
    );
    // Fewer samples than features: k is limited by n.
    let few = Matrix::from_fn(3, 5, |i, j| ((i + 2 * j) % 4) as f64);
    assert!(
        Pca::fit_svd(&few, 4).is_err(),
        "Pca::fit_svd with k = 4 on 3 samples of 5 features (k ≤ n − 1): got {:?}, want an error",
        Pca::fit_svd(&few, 4)
    );
    let p3 = Pca::fit_eigen(&few, 2).unwrap();
    let back = p3.inverse_transform(&p3.transform(&few).unwrap()).unwrap();
    assert!(
        approx::abs_diff_eq!(back, few, epsilon = 1e-12),
        "Pca::fit_eigen(3×5, k = 2): inverse_transform(transform(x)) (3 centred points span ≤ 2 dimensions): got {}, want {} (abs_diff_eq, epsilon = 1e-12)",
        back,
        few
    ); // 3 centred points span ≤ 2 dims
}

#[test]
fn network_gradients_and_digits() {
    let _points = points(5);
    let (x, labels) = blobs(4, 4, 3, 2.0, 91);
    let obj = NetLoss::new(&x, &labels, 4, 7, 0.05).unwrap();
    let p = TwoLayerNet::new(3, 7, 4, 92).to_params();
    let batch = [0, 15, 8, 3, 11];
    let (_, g) = obj.loss_grad(&p, &batch).unwrap();
    let numeric = central_difference(|q| obj.loss_grad(q, &batch).unwrap().0, &p, 1e-5);
    assert!(
        rel_diff(&g, &numeric) < 1e-8,
        "NetLoss::loss_grad (3, 7, 4) on a batch of 5 blobs, l2 = 0.05: relative difference to \
         central differences {:.1e}, want < 1e-8; per block: {}",
        rel_diff(&g, &numeric),
        per_block(&g, &numeric, (3, 7, 4))
    );
    let (xtr, ytr, xte, yte) = digits_split(19);
    let cfg = TrainConfig::mini_batch(10, 32, 19);
    let (soft, _) =
        SoftmaxRegression::fit(&xtr, &ytr, 10, 1e-3, &mut Adam::new(0.01), &cfg).unwrap();
    let (net, _) =
        TwoLayerNet::fit(&xtr, &ytr, 10, 32, 1e-3, 19, &mut Adam::new(0.01), &cfg).unwrap();
    let a_soft = accuracy(&yte, &soft.predict(&xte).unwrap()).unwrap();
    let a_net = accuracy(&yte, &net.predict(&xte).unwrap()).unwrap();
    assert!(
        a_net > a_soft,
        "split seed 19: network {a_net} vs softmax regression {a_soft}"
    );
    assert!(
        a_soft >= 0.93 && a_net >= 0.95,
        "digits, split seed 19: softmax regression {a_soft} (want ≥ 0.93), network {a_net} (want ≥ 0.95)"
    );
    // The network is also better calibrated: lower test cross-entropy.
    let ce_soft = cross_entropy(&yte, &soft.predict_proba(&xte).unwrap()).unwrap();
    let ce_net = cross_entropy(&yte, &net.predict_proba(&xte).unwrap()).unwrap();
    assert!(
        ce_net < ce_soft,
        "test cross-entropy: network {ce_net} vs softmax {ce_soft}"
    );
}
