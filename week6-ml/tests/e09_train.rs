//! Exercise: the training loop (batch and mini-batch gradient descent) on least squares.

use week1_vectors::testing::relative_error;
use week1_vectors::{LinalgError, Vector, gallery, matrix, vector};
use week6_ml::optim::{Adam, Momentum, Sgd};
use week6_ml::testing::{central_difference, linear_problem, naive_lstsq, rel_diff, replay_sgd};
use week6_ml::train::{LeastSquares, Objective, TrainConfig, lipschitz_constant, minimize};

#[test]
fn least_squares_loss_and_gradient() {
    let x = matrix![[1.0, 2.0], [3.0, 4.0], [0.0, 1.0]];
    let y = vector![1.0, 0.0, 2.0];
    let obj = LeastSquares::new(&x, &y).unwrap();
    assert_eq!(
        (obj.dim(), obj.n_samples()),
        (2, 3),
        "LeastSquares on a 3×2 X: (dim, n_samples)"
    );
    let w = vector![1.0, -1.0];
    // r = Xw − y = [−2, −1, −3]: loss = 14/6, gradient = Xᵀr/3 = [−5/3, −11/3].
    let (loss, g) = obj.loss_grad(&w, &[0, 1, 2]).unwrap();
    assert!((loss - 14.0 / 6.0).abs() < 1e-15, "loss {loss}");
    assert!(
        rel_diff(&g, &vector![-5.0 / 3.0, -11.0 / 3.0]) < 1e-15,
        "gradient {g}"
    );
    // A batch is a subset of the rows (repeats allowed).
    let (loss, g) = obj.loss_grad(&w, &[2, 2]).unwrap();
    assert_eq!(
        (loss, g),
        (4.5, vector![0.0, -3.0]),
        "LeastSquares::loss_grad on the batch [2, 2] (repeats allowed): (loss, gradient)"
    );
    let (x, y, _) = linear_problem(20, 4, 1.0, 3);
    let obj = LeastSquares::new(&x, &y).unwrap();
    let w = vector![0.3, -0.2, 1.0, 0.5];
    let batch = [3, 7, 1, 19];
    let numeric = central_difference(|p| obj.loss_grad(p, &batch).unwrap().0, &w, 1e-5);
    let e = rel_diff(&obj.loss_grad(&w, &batch).unwrap().1, &numeric);
    assert!(e < 1e-8, "gradient check: {e:e}");
}

#[test]
fn gradient_descent_converges_to_the_closed_form() {
    let (x, y, _) = linear_problem(60, 5, 0.3, 11);
    let exact = naive_lstsq(&x, &y);
    let obj = LeastSquares::new(&x, &y).unwrap();
    // ‖X‖²_F/n ≥ λmax(XᵀX/n) = L, so this step is below 1/L: safe.
    let trace: f64 = x.as_slice().iter().map(|v| v * v).sum::<f64>() / 60.0;
    let cfg = TrainConfig {
        epochs: 5000,
        batch_size: None,
        seed: 0,
        tol: 1e-12,
    };
    let r = minimize(&obj, Vector::zeros(5), &mut Sgd::new(1.0 / trace), &cfg).unwrap();
    assert!(
        r.converged,
        "plain GD: ‖∇L‖ = {:e} after {} epochs",
        r.grad_norm, r.epochs_run
    );
    assert!(
        r.grad_norm <= 1e-12,
        "plain GD on a 60×5 least-squares problem: ‖∇L‖ = {:e}, want ≤ 1e-12",
        r.grad_norm
    );
    let e = relative_error(&r.params, &exact);
    assert!(e < 1e-10, "plain GD vs closed form: {e:e}");
    assert_eq!(
        r.losses.len(),
        r.epochs_run + 1,
        "minimize: losses has one entry per epoch plus the start ({} epochs run)",
        r.epochs_run
    );
    // With η < 2/L the loss decreases every step (up to rounding once it has converged).
    assert!(
        r.losses.windows(2).all(|w| w[1] <= w[0] * (1.0 + 1e-12)),
        "the loss never goes up"
    );
}

#[test]
fn momentum_beats_plain_steps_in_a_narrow_valley() {
    // Singular values 10 … 0.3: the Hessian XᵀX/n has condition number (10/0.3)² ≈ 1100.
    let n = 50;
    let x = gallery::with_singular_values(n, 4, &[10.0, 3.0, 1.0, 0.3], 21);
    let y = Vector::from_fn(n, |i| ((i * 7) % 5) as f64 - 2.0);
    let exact = naive_lstsq(&x, &y);
    let obj = LeastSquares::new(&x, &y).unwrap();
    let l = 100.0 / n as f64; // λmax = σ₀²/n, known exactly
    let cfg = TrainConfig::batch(1000);
    let plain = minimize(&obj, Vector::zeros(4), &mut Sgd::new(1.0 / l), &cfg).unwrap();
    let heavy = minimize(
        &obj,
        Vector::zeros(4),
        &mut Momentum::new(1.0 / l, 0.9),
        &cfg,
    )
    .unwrap();
    let (ep, eh) = (
        relative_error(&plain.params, &exact),
        relative_error(&heavy.params, &exact),
    );
    // Plain GD shrinks the slowest error component by 1 − 1/1100 a step: after 1000 steps
    // it is still e^{-0.9} ≈ 40 % of the way. With β = 0.9 the same component shrinks by
    // about 0.99 a step (the larger root of r² − (1 + β − η·μ)r + β = 0): to ~1e-4.
    assert!(
        ep > 0.1,
        "plain GD should still be far: relative error {ep:e}"
    );
    assert!(eh < 1e-3, "momentum should be close: relative error {eh:e}");
}

#[test]
fn mini_batch_sgd_is_deterministic_and_gets_close() {
    let (x, y, _) = linear_problem(80, 4, 0.1, 5);
    let obj = LeastSquares::new(&x, &y).unwrap();
    let cfg = TrainConfig::mini_batch(60, 8, 42);
    let run = || minimize(&obj, Vector::zeros(4), &mut Adam::new(0.05), &cfg).unwrap();
    let (a, b) = (run(), run());
    assert_eq!(a, b, "same seed, bit-identical run");
    let other = minimize(
        &obj,
        Vector::zeros(4),
        &mut Adam::new(0.05),
        &TrainConfig::mini_batch(60, 8, 43),
    )
    .unwrap();
    assert_ne!(a.params, other.params, "the seed must change the shuffling");
    let e = relative_error(&a.params, &naive_lstsq(&x, &y));
    assert!(
        e < 0.05,
        "mini-batch Adam after 60 epochs: relative error {e}"
    );
    assert_eq!(
        a.losses.len(),
        61,
        "mini-batch Adam for 60 epochs: losses has 61 entries"
    );
    assert!(
        a.losses[60] < 0.1 * a.losses[0],
        "mini-batch Adam for 60 epochs: final loss {}, want < 0.1 × initial loss {}",
        a.losses[60],
        a.losses[0]
    );
}

#[test]
fn the_step_size_limit_is_two_over_l() {
    let x = gallery::with_singular_values(30, 3, &[6.0, 2.0, 1.0], 9);
    let l = lipschitz_constant(&x).unwrap();
    assert!((l - 36.0 / 30.0).abs() < 1e-12, "L = σ₀²/n = 1.2, got {l}");
    let y = Vector::from_fn(30, |i| (i as f64).sin());
    let obj = LeastSquares::new(&x, &y).unwrap();
    let ok = minimize(
        &obj,
        Vector::zeros(3),
        &mut Sgd::new(1.9 / l),
        &TrainConfig::batch(300),
    );
    let ok = ok.unwrap();
    assert!(
        ok.grad_norm < 1e-3,
        "η = 1.9/L converges: ‖∇L‖ = {:e}",
        ok.grad_norm
    );
    let bad = minimize(
        &obj,
        Vector::zeros(3),
        &mut Sgd::new(3.0 / l),
        &TrainConfig::batch(5000),
    );
    assert!(
        matches!(bad, Err(LinalgError::NoConvergence { .. })),
        "η = 3/L diverges to infinity and must be reported: {bad:?}"
    );
}

#[test]
fn errors_and_edge_cases() {
    let (x, y) = (matrix![[1.0], [2.0]], vector![1.0, 2.0]);
    assert!(
        LeastSquares::new(&x, &vector![1.0]).is_err(),
        "LeastSquares::new with 1 target for 2 rows: got {:?}, want an error",
        LeastSquares::new(&x, &vector![1.0])
    );
    let obj = LeastSquares::new(&x, &y).unwrap();
    assert!(
        obj.loss_grad(&vector![1.0, 2.0], &[0]).is_err(),
        "wrong length"
    );
    assert!(obj.loss_grad(&vector![1.0], &[]).is_err(), "empty batch");
    assert!(
        obj.loss_grad(&vector![1.0], &[2]).is_err(),
        "index out of range"
    );
    let mut sgd = Sgd::new(0.1);
    assert!(
        matches!(
            minimize(&obj, vector![0.0, 0.0], &mut sgd, &TrainConfig::batch(1)),
            Err(LinalgError::LengthMismatch { .. })
        ),
        "minimize from a length-2 start for a 1-parameter objective: got {:?}, want Err(LinalgError::LengthMismatch {{ .. }})",
        minimize(&obj, vector![0.0, 0.0], &mut sgd, &TrainConfig::batch(1))
    );
    assert!(
        minimize(
            &obj,
            vector![0.0],
            &mut sgd,
            &TrainConfig::mini_batch(1, 0, 0)
        )
        .is_err(),
        "minimize with mini-batch size 0: got {:?}, want an error",
        minimize(
            &obj,
            vector![0.0],
            &mut sgd,
            &TrainConfig::mini_batch(1, 0, 0)
        )
    );
    // Zero epochs: just the starting loss.
    let r = minimize(&obj, vector![0.0], &mut sgd, &TrainConfig::batch(0)).unwrap();
    assert_eq!(
        (r.losses.clone(), r.epochs_run, r.converged),
        (vec![1.25], 0, false),
        "minimize with 0 epochs from w = 0: (losses, epochs_run, converged) is just the starting loss"
    );
    assert_eq!(
        r.params,
        vector![0.0],
        "minimize with 0 epochs: the parameters are unchanged"
    );
    // Starting at the optimum with tol > 0 stops at once.
    let cfg = TrainConfig {
        tol: 1e-12,
        ..TrainConfig::batch(100)
    };
    let r = minimize(&obj, vector![1.0], &mut sgd, &cfg).unwrap();
    assert!(
        r.converged && r.epochs_run == 0,
        "minimize from the optimum w = 1 with tol 1e-12: converged = {}, epochs_run = {}, want true after 0 epochs",
        r.converged,
        r.epochs_run
    );
}

#[test]
fn mini_batches_follow_the_documented_shuffle_recipe() {
    // Re-seeding the generator every epoch (the same permutation each time) or shuffling a
    // fresh 0..n each epoch both change the run; the replay differs only by rounding.
    let (x, y, _) = linear_problem(23, 3, 0.1, 8);
    let obj = LeastSquares::new(&x, &y).unwrap();
    let r = minimize(
        &obj,
        Vector::zeros(3),
        &mut Sgd::new(0.05),
        &TrainConfig::mini_batch(4, 5, 17),
    )
    .unwrap();
    let want = replay_sgd(&x, &y, 0.05, 4, 5, 17);
    let e = rel_diff(&r.params, &Vector::new(want.clone()));
    assert!(
        e < 1e-12,
        "minimize(LeastSquares 23×3, SGD 0.05, 4 epochs, batches of 5, seed 17): params {} \
         differ from the documented schedule {want:?} by {e:e} relative",
        r.params
    );
}
