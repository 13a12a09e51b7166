//! Gradient descent on the diabetes least-squares problem: the largest stable step 2/L,
//! plain steps vs momentum vs Adam, mini-batches, and convergence to the closed-form solution.
//!
//! Run: `cargo xtask example 6 gradient_descent`.

use week1_vectors::{Result, Vector};
use week5_svd_eigen::symmetric_eigen;
use week6_ml::data::load;
use week6_ml::linear::{add_intercept, least_squares_qr};
use week6_ml::optim::{Adam, Momentum, Optimizer, Sgd};
use week6_ml::preprocessing::StandardScaler;
use week6_ml::train::{LeastSquares, TrainConfig, lipschitz_constant, minimize};

fn curve(losses: &[f64], at: &[usize]) -> String {
    at.iter()
        .map(|&e| match losses.get(e) {
            Some(l) if *l < 1e6 => format!("{l:>10.2}"),
            Some(l) => format!("{l:>10.1e}"),
            None => format!("{:>10}", "—"),
        })
        .collect::<Vec<_>>()
        .join("")
}

fn main() -> Result<()> {
    let d = load("diabetes")?;
    let x = add_intercept(&StandardScaler::fit(&d.features)?.transform(&d.features)?);
    let y = &d.targets;
    let obj = LeastSquares::new(&x, y)?;
    let exact = least_squares_qr(&x, y)?;
    let n = x.rows() as f64;
    let h = week2_matmul::matmul(&week2_matmul::transpose(&x), &x)?.map(|v| v / n);
    let eig = symmetric_eigen(&h)?;
    let (l, mu) = (eig.values[0], eig.values[eig.values.len() - 1]);
    println!(
        "standardised diabetes with an intercept column: X is {} × {}",
        x.rows(),
        x.cols()
    );
    println!(
        "Hessian XᵀX/n: L = λmax = {l:.4}, μ = λmin = {mu:.4}, κ = L/μ = {:.1}",
        l / mu
    );
    println!("lipschitz_constant(X) = {:.4}", lipschitz_constant(&x)?);
    println!("loss at the closed-form (QR) solution: {:.4}", {
        use week6_ml::train::Objective;
        obj.loss(&exact)?
    });

    let at = [0, 1, 2, 5, 10, 50, 100, 500, 1000];
    println!("\n1. plain gradient descent, η = c/L: the loss (1/2n)‖Xw − y‖² after each epoch");
    println!(
        "   c      {}",
        at.iter()
            .map(|e| format!("{:>10}", format!("ep {e}")))
            .collect::<String>()
    );
    for c in [0.5, 1.0, 1.9, 1.99, 2.01, 2.1] {
        let r = minimize(
            &obj,
            Vector::zeros(x.cols()),
            &mut Sgd::new(c / l),
            &TrainConfig::batch(1000),
        );
        match r {
            Ok(r) => println!("   {c:<5}  {}", curve(&r.losses, &at)),
            Err(e) => println!("   {c:<5}  {e}"),
        }
    }
    println!("   (the error along the top eigenvector is multiplied by 1 − c each step:");
    println!(
        "    |1 − c| < 1 ⇔ 0 < c < 2; at c = 2.01 it grows by 1.01 a step, slowly, then fast)"
    );

    println!("\n2. optimisers, batch gradient descent until ‖∇L‖ ≤ 1e-8 (cap 20000 epochs)");
    let cfg = TrainConfig {
        epochs: 20000,
        batch_size: None,
        seed: 0,
        tol: 1e-8,
    };
    let kappa_sqrt = (l / mu).sqrt();
    let beta = ((kappa_sqrt - 1.0) / (kappa_sqrt + 1.0)).powi(2);
    let mut opts: Vec<(String, Box<dyn Optimizer>)> = vec![
        ("plain, η = 1/L".into(), Box::new(Sgd::new(1.0 / l))),
        (
            "momentum, η = 1/L, β = 0.9".into(),
            Box::new(Momentum::new(1.0 / l, 0.9)),
        ),
        (
            format!("momentum, tuned (η = 4/(√L+√μ)², β = {beta:.3})"),
            Box::new(Momentum::new(4.0 / (l.sqrt() + mu.sqrt()).powi(2), beta)),
        ),
        ("Adam, η = 1".into(), Box::new(Adam::new(1.0))),
    ];
    for (name, opt) in opts.iter_mut() {
        let r = minimize(&obj, Vector::zeros(x.cols()), opt.as_mut(), &cfg)?;
        let err = r
            .params
            .iter()
            .zip(exact.iter())
            .map(|(a, b)| (a - b).abs())
            .fold(0.0, f64::max);
        println!(
            "   {name:<48} epochs {:>6}  converged {:<5}  max |w − w_QR| = {err:.1e}",
            r.epochs_run, r.converged
        );
        if name.starts_with("momentum, tuned") && r.losses.len() > 250 {
            // The gap loss − loss*: its peak (the first steps overshoot) and its rate per epoch.
            use week6_ml::train::Objective;
            let best = obj.loss(&exact)?;
            let gap: Vec<f64> = r.losses.iter().map(|v| v - best).collect();
            let (peak_at, peak) = gap
                .iter()
                .copied()
                .enumerate()
                .fold((0, f64::MIN), |m, (i, g)| if g > m.1 { (i, g) } else { m });
            let rate = (gap[250] / gap[100]).powf(1.0 / 150.0);
            println!(
                "      loss − loss*: {:.3e} at the start, peak {peak:.3e} at epoch {peak_at}; \
                 epochs 100–250 shrink it by {rate:.4} per epoch = 1 − {:.2}/√κ",
                gap[0],
                (1.0 - rate) * kappa_sqrt
            );
        }
    }

    println!("\n3. mini-batch SGD (batch 32, seeded shuffling), 100 epochs");
    let make = |adam: bool| -> Box<dyn Optimizer> {
        if adam {
            Box::new(Adam::new(0.5))
        } else {
            Box::new(Sgd::new(0.5 / l))
        }
    };
    for (name, adam) in [("plain, η = 0.5/L", false), ("Adam, η = 0.5", true)] {
        let run = || {
            minimize(
                &obj,
                Vector::zeros(x.cols()),
                make(adam).as_mut(),
                &TrainConfig::mini_batch(100, 32, 1),
            )
        };
        let (r, again) = (run()?, run()?);
        println!(
            "   {name:<18} loss {}   ‖∇L‖ = {:.2e}   same run twice identical: {}",
            curve(&r.losses, &[0, 1, 10, 100]),
            r.grad_norm,
            r == again
        );
    }
    println!(
        "   (mini-batch gradients are noisy: the loss hovers near the minimum, it does not reach it)"
    );
    Ok(())
}
