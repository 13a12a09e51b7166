//! Hidden tests: optimisers, gradient checking, the training loop, determinism, divergence.

use week1_vectors::testing::{naive_matmul, naive_matvec, naive_transpose, points, relative_error};
use week1_vectors::{LinalgError, Matrix, Vector, vector};
use week6_ml::data::load;
use week6_ml::gradcheck::{gradient_check, numerical_gradient, relative_difference};
use week6_ml::logistic::LogisticRegression;
use week6_ml::network::TwoLayerNet;
use week6_ml::optim::{Adam, Momentum, Optimizer, Sgd};
use week6_ml::softmax_regression::SoftmaxRegression;
use week6_ml::testing::{
    blobs, column_mean_std, linear_problem, naive_lstsq, rel_diff, replay_sgd,
};
use week6_ml::train::{LeastSquares, Objective, TrainConfig, lipschitz_constant, minimize};

#[test]
fn optimisers_three_steps_by_hand() {
    let _points = points(4);
    let grads = [vector![1.0, -1.0], vector![0.5, 2.0], vector![-3.0, 0.0]];
    // Momentum, β = 0.5, η = 0.2.
    let mut m = Momentum::new(0.2, 0.5);
    let mut p = vector![1.0, 1.0];
    let (mut v, mut q) = ([0.0, 0.0], [1.0, 1.0]);
    for g in &grads {
        m.step(&mut p, g).unwrap();
        for i in 0..2 {
            v[i] = 0.5 * v[i] + g[i];
            q[i] -= 0.2 * v[i];
        }
    }
    assert!(
        (p[0] - q[0]).abs() < 1e-15 && (p[1] - q[1]).abs() < 1e-15,
        "momentum {p}"
    );
    // Adam with β₁ = 0.5, β₂ = 0.75, ε = 1e-3.
    let mut a = Adam::new(0.3);
    a.beta1 = 0.5;
    a.beta2 = 0.75;
    a.eps = 1e-3;
    let mut p = vector![0.0, 0.0];
    let (mut m1, mut m2, mut q) = ([0.0; 2], [0.0; 2], [0.0; 2]);
    for (t, g) in grads.iter().enumerate() {
        a.step(&mut p, g).unwrap();
        let t = t as i32 + 1;
        for i in 0..2 {
            m1[i] = 0.5 * m1[i] + 0.5 * g[i];
            m2[i] = 0.75 * m2[i] + 0.25 * g[i] * g[i];
            let mh = m1[i] / (1.0 - 0.5f64.powi(t));
            let vh = m2[i] / (1.0 - 0.75f64.powi(t));
            q[i] -= 0.3 * mh / (vh.sqrt() + 1e-3);
        }
    }
    assert!(
        (p[0] - q[0]).abs() < 1e-14 && (p[1] - q[1]).abs() < 1e-14,
        "adam {p} vs {q:?}"
    );
    assert_eq!(a.t, 3, "Adam after 3 steps: t");
    // Sgd, and a parameter vector that changes length without reset.
    let mut s = Sgd::new(2.0);
    let mut p = vector![1.0];
    s.step(&mut p, &vector![0.25]).unwrap();
    assert_eq!(
        p,
        vector![0.5],
        "Sgd(rate 2) from [1] with gradient [0.25]: p − 2·0.25"
    );
    let mut three = Vector::zeros(3);
    assert!(
        matches!(
            a.step(&mut three, &Vector::zeros(3)),
            Err(LinalgError::LengthMismatch { .. })
        ),
        "Adam (used on length 2) stepping a length-3 vector without reset: got {:?}, want Err(LinalgError::LengthMismatch {{ .. }})",
        a.step(&mut three, &Vector::zeros(3))
    );
    a.reset();
    assert!(
        a.step(&mut three, &Vector::zeros(3)).is_ok(),
        "after reset any length"
    );
    let mut bad = Adam::new(0.1);
    bad.beta2 = 1.0;
    assert!(
        bad.step(&mut three, &Vector::zeros(3)).is_err(),
        "Adam with beta2 = 1 (the bias correction divides by 1 − β₂ᵗ = 0): got {:?}, want an error",
        bad.step(&mut three, &Vector::zeros(3))
    );
}

#[test]
fn gradient_checking_other_functions() {
    let _points = points(3);
    let f = |x: &Vector| Ok((0..x.len() - 1).map(|i| x[i].sin() * x[i + 1]).sum::<f64>());
    let x = vector![0.3, -1.1, 2.0, 0.7];
    let exact = Vector::from_fn(4, |i| {
        let mut g = 0.0;
        if i + 1 < 4 {
            g += x[i].cos() * x[i + 1];
        }
        if i > 0 {
            g += x[i - 1].sin();
        }
        g
    });
    let g = numerical_gradient(f, &x, 1e-5).unwrap();
    assert!(rel_diff(&g, &exact) < 1e-9, "{g} vs {exact}");
    assert!(
        gradient_check(f, &exact, &x, 1e-5).unwrap() < 1e-9,
        "gradient_check(Σ sin(xᵢ)·xᵢ₊₁, exact gradient, h = 1e-5) = {:.2e}, want < 1e-9",
        gradient_check(f, &exact, &x, 1e-5).unwrap()
    );
    let mut off = exact.clone();
    off[3] += 0.05;
    assert!(
        gradient_check(f, &off, &x, 1e-5).unwrap() > 1e-3,
        "gradient_check(Σ sin(xᵢ)·xᵢ₊₁, gradient off by 0.05 in entry 3) = {:.2e}, want > 1e-3",
        gradient_check(f, &off, &x, 1e-5).unwrap()
    );
    assert!(
        relative_difference(&vector![1.0, f64::NAN], &vector![1.0, 1.0]).is_err(),
        "relative_difference with a NaN: got {:?}, want an error",
        relative_difference(&vector![1.0, f64::NAN], &vector![1.0, 1.0])
    );
    assert!(
        numerical_gradient(|v| Ok(v[0].ln()), &vector![0.0], 1e-5).is_err(),
        "ln(−h) is NaN"
    );
}

#[test]
fn gd_on_standardised_diabetes_reaches_closed_form() {
    let _points = points(4);
    let d = load("diabetes").unwrap();
    let (mean, std) = column_mean_std(&d.features);
    let x = Matrix::from_fn(442, 11, |i, j| {
        if j == 0 {
            1.0
        } else {
            (d.features[(i, j - 1)] - mean[j - 1]) / std[j - 1]
        }
    });
    let exact = naive_lstsq(&x, &d.targets);
    // L by plain power iteration on XᵀX/n, independently of your lipschitz_constant.
    let h = naive_matmul(&naive_transpose(&x), &x).map(|v| v / 442.0);
    let mut v = Vector::filled(11, 1.0);
    let mut l_ref = 0.0;
    for _ in 0..500 {
        let hv = naive_matvec(&h, &v);
        l_ref = hv.iter().map(|t| t * t).sum::<f64>().sqrt();
        v = hv.iter().map(|t| t / l_ref).collect();
    }
    let l = lipschitz_constant(&x).unwrap();
    assert!(
        (l - l_ref).abs() < 1e-9 * l_ref,
        "L = {l} vs power iteration {l_ref}"
    );
    let obj = LeastSquares::new(&x, &d.targets).unwrap();
    let cfg = TrainConfig {
        epochs: 3000,
        batch_size: None,
        seed: 0,
        tol: 1e-8,
    };
    let r = minimize(
        &obj,
        Vector::zeros(11),
        &mut Momentum::new(1.0 / l, 0.9),
        &cfg,
    )
    .unwrap();
    assert!(
        r.converged,
        "‖∇L‖ = {:e} after {} epochs",
        r.grad_norm, r.epochs_run
    );
    // ‖w − w*‖ ≤ ‖∇L‖/μ with μ ≈ 0.0086: about 1e-6 absolute on weights up to ~150.
    let e = relative_error(&r.params, &exact);
    assert!(e < 1e-7, "GD vs closed form: relative error {e:e}");
    assert!(
        (r.params[0] - 152.133_484).abs() < 1e-5,
        "intercept = mean(y): {}",
        r.params[0]
    );
}

#[test]
fn divergence_and_nan_are_reported() {
    let _points = points(2);
    let (x, y, _) = linear_problem(20, 3, 0.1, 61);
    let obj = LeastSquares::new(&x, &y).unwrap();
    let l = lipschitz_constant(&x).unwrap();
    let r = minimize(
        &obj,
        Vector::zeros(3),
        &mut Sgd::new(2.5 / l),
        &TrainConfig::batch(10_000),
    );
    assert!(matches!(r, Err(LinalgError::NoConvergence { .. })), "{r:?}");
    // NaN in the data: the very first loss is NaN.
    let mut xn = x.clone();
    xn[(4, 1)] = f64::NAN;
    let objn = LeastSquares::new(&xn, &y).unwrap();
    let r = minimize(
        &objn,
        Vector::zeros(3),
        &mut Adam::new(0.1),
        &TrainConfig::mini_batch(5, 4, 1),
    );
    assert!(
        matches!(r, Err(LinalgError::NoConvergence { iterations: 0, .. })),
        "{r:?}"
    );
    let r = minimize(
        &obj,
        vector![f64::NAN, 0.0, 0.0],
        &mut Sgd::new(0.1),
        &TrainConfig::batch(3),
    );
    assert!(r.is_err(), "a NaN starting point");
}

#[test]
fn seeded_runs_repeat_exactly() {
    let _points = points(3);
    let (x, labels) = blobs(15, 3, 4, 3.0, 71);
    let y01: Vector = labels
        .iter()
        .map(|&c| if c == 0 { 1.0 } else { 0.0 })
        .collect();
    let cfg = TrainConfig::mini_batch(8, 7, 99);
    let cfg2 = TrainConfig::mini_batch(8, 7, 100);
    let log = |c: &TrainConfig| {
        LogisticRegression::fit(&x, &y01, 0.01, &mut Momentum::new(0.1, 0.8), c).unwrap()
    };
    assert_eq!(
        log(&cfg),
        log(&cfg),
        "LogisticRegression::fit with momentum, mini-batch seed 99, run twice: the same model and report"
    );
    assert_ne!(
        log(&cfg).0,
        log(&cfg2).0,
        "LogisticRegression::fit: mini-batch seeds 99 and 100 must give different models"
    );
    let soft = |c: &TrainConfig| {
        SoftmaxRegression::fit(&x, &labels, 3, 0.0, &mut Adam::new(0.05), c).unwrap()
    };
    assert_eq!(
        soft(&cfg),
        soft(&cfg),
        "SoftmaxRegression::fit with Adam, mini-batch seed 99, run twice: the same model and report"
    );
    assert_ne!(
        soft(&cfg).1.losses,
        soft(&cfg2).1.losses,
        "SoftmaxRegression::fit: mini-batch seeds 99 and 100 must give different loss curves"
    );
    let net = |seed: u64| {
        TwoLayerNet::fit(&x, &labels, 3, 6, 1e-3, seed, &mut Adam::new(0.02), &cfg).unwrap()
    };
    let (a, b) = (net(5), net(5));
    assert_eq!(a, b, "the network run repeats bit for bit");
    assert_ne!(a.0, net(6).0, "the init seed matters");
    // A plain full-batch run does not depend on the seed at all.
    let obj = LeastSquares::new(&x, &y01).unwrap();
    let full = |seed| {
        let c = TrainConfig {
            seed,
            ..TrainConfig::batch(20)
        };
        minimize(&obj, Vector::zeros(4), &mut Sgd::new(0.01), &c).unwrap()
    };
    assert_eq!(
        full(1),
        full(2),
        "minimize(LeastSquares, full batch): the seed must not matter (seeds 1 and 2)"
    );
    assert_eq!(
        obj.dim(),
        4,
        "LeastSquares on 3 features: dim = 3 weights + 1 intercept"
    );
}

#[test]
fn mini_batch_schedule_is_the_documented_one() {
    let _points = points(3);
    for (n, b, epochs, seed) in [(31, 4, 5, 123), (10, 3, 6, 0)] {
        let (x, y, _) = linear_problem(n, 2, 0.2, 19);
        let obj = LeastSquares::new(&x, &y).unwrap();
        let r = minimize(
            &obj,
            Vector::zeros(2),
            &mut Sgd::new(0.03),
            &TrainConfig::mini_batch(epochs, b, seed),
        )
        .unwrap();
        let want = replay_sgd(&x, &y, 0.03, epochs, b, seed);
        let e = rel_diff(&r.params, &Vector::new(want.clone()));
        assert!(
            e < 1e-12,
            "minimize(LeastSquares {n}×2, SGD, {epochs} epochs, batches of {b}, seed {seed}): \
             params {} differ from the documented schedule {want:?} by {e:e} relative \
             (one StdRng for the whole run, order shuffled once per epoch)",
            r.params
        );
    }
}
