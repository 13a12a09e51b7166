//! Exercise: the optimisers behind the `Optimizer` trait.

use week1_vectors::{LinalgError, Vector, vector};
use week6_ml::optim::{Adam, Momentum, Optimizer, Sgd};

#[test]
fn sgd_steps_against_the_gradient() {
    let mut p = vector![1.0, -2.0, 0.5];
    let mut opt = Sgd::new(0.25);
    opt.step(&mut p, &vector![4.0, -4.0, 0.0]).unwrap();
    assert_eq!(p, vector![0.0, -1.0, 0.5], "Sgd(0.25): p − 0.25·g");
    assert_eq!(opt.name(), "sgd", "Sgd::name");
}

#[test]
fn momentum_accumulates_velocity() {
    let mut opt = Momentum::new(0.5, 0.9);
    let mut p = vector![0.0, 0.0];
    opt.step(&mut p, &vector![1.0, -2.0]).unwrap(); // v = [1, −2]
    assert_eq!(
        p,
        vector![-0.5, 1.0],
        "Momentum(0.5, 0.9) after one step: p = −0.5·v with v = g"
    );
    opt.step(&mut p, &vector![1.0, 0.0]).unwrap(); // v = [1.9, −1.8]
    assert!(
        (p[0] - (-0.5 - 0.95)).abs() < 1e-15 && (p[1] - (1.0 + 0.9)).abs() < 1e-15,
        "{p}"
    );
    assert_eq!(
        opt.velocity.len(),
        2,
        "Momentum(0.5, 0.9): one velocity per parameter"
    );
    opt.reset();
    let mut q = vector![0.0, 0.0];
    opt.step(&mut q, &vector![1.0, -2.0]).unwrap();
    assert_eq!(q, vector![-0.5, 1.0], "reset forgets the velocity");
    // β = 0 is plain gradient descent.
    let mut a = vector![3.0];
    let mut b = vector![3.0];
    let mut m0 = Momentum::new(0.1, 0.0);
    let mut s = Sgd::new(0.1);
    for g in [1.0, -2.0, 0.5] {
        m0.step(&mut a, &vector![g]).unwrap();
        s.step(&mut b, &vector![g]).unwrap();
    }
    assert_eq!(a, b, "Momentum with β = 0 must equal Sgd after 3 steps");
}

#[test]
fn adam_two_steps_by_hand() {
    let mut opt = Adam::new(0.1);
    let mut p = vector![1.0];
    opt.step(&mut p, &vector![2.0]).unwrap();
    // m = 0.2, v = 0.004; m̂ = 2, v̂ = 4: the step is 0.1·2/(2 + 1e-8).
    let p1 = 1.0 - 0.1 * 2.0 / (2.0 + 1e-8);
    assert!((p[0] - p1).abs() < 1e-15, "after step 1: {}", p[0]);
    opt.step(&mut p, &vector![-1.0]).unwrap();
    let m: f64 = 0.9 * 0.2 - 0.1;
    let v: f64 = 0.999 * 0.004 + 0.001 * 1.0;
    let m_hat = m / (1.0 - 0.9f64.powi(2));
    let v_hat = v / (1.0 - 0.999f64.powi(2));
    let p2 = p1 - 0.1 * m_hat / (v_hat.sqrt() + 1e-8);
    assert!((p[0] - p2).abs() < 1e-14, "after step 2: {} vs {p2}", p[0]);
    assert_eq!(opt.t, 2, "Adam after 2 steps: t");
    opt.reset();
    assert_eq!((opt.t, opt.m.len()), (0, 0), "Adam::reset: (t, m.len())");
}

#[test]
fn adam_is_scale_free_on_the_first_step() {
    let mut p = vector![0.0, 0.0, 0.0];
    Adam::new(0.01)
        .step(&mut p, &vector![1e6, -1e-4, 0.0])
        .unwrap();
    assert!(
        (p[0] + 0.01).abs() < 1e-12 && (p[1] - 0.01).abs() < 1e-5 && p[2] == 0.0,
        "{p}"
    );
}

#[test]
fn errors() {
    let mut p = vector![1.0, 2.0];
    let e = Sgd::new(0.1).step(&mut p, &vector![1.0]).unwrap_err();
    assert!(
        matches!(
            e,
            LinalgError::LengthMismatch {
                left: 2,
                right: 1,
                ..
            }
        ),
        "{e}"
    );
    let mut opts: Vec<Box<dyn Optimizer>> = vec![
        Box::new(Sgd::new(0.1)),
        Box::new(Momentum::new(0.1, 0.9)),
        Box::new(Adam::new(0.1)),
    ];
    for opt in opts.iter_mut() {
        opt.step(&mut p, &vector![1.0, 1.0]).unwrap();
        let mut three = Vector::zeros(3);
        if opt.name() != "sgd" {
            assert!(
                opt.step(&mut three, &Vector::zeros(3)).is_err(),
                "{}: the state has length 2",
                opt.name()
            );
        }
    }
    for lr in [0.0, -1.0, f64::NAN] {
        assert!(
            Sgd::new(lr).step(&mut p, &vector![1.0, 1.0]).is_err(),
            "lr = {lr}"
        );
        assert!(
            Adam::new(lr).step(&mut p, &vector![1.0, 1.0]).is_err(),
            "lr = {lr}"
        );
    }
    assert!(
        Momentum::new(0.1, 1.0)
            .step(&mut p, &vector![1.0, 1.0])
            .is_err(),
        "Momentum with β = 1: returned Ok, want an error (β must be < 1)"
    );
}
