//! A two-layer network on the digits: gradient check, learning curve, and the comparison with
//! softmax regression.
//!
//! Run: `cargo xtask example 6 network`.

use week1_vectors::Result;
use week6_ml::data::load;
use week6_ml::gradcheck::{DEFAULT_H, gradient_check};
use week6_ml::metrics::{accuracy, cross_entropy};
use week6_ml::network::{NetLoss, TwoLayerNet};
use week6_ml::optim::Adam;
use week6_ml::preprocessing::StandardScaler;
use week6_ml::softmax_regression::SoftmaxRegression;
use week6_ml::split::train_test_split;
use week6_ml::train::{Objective, TrainConfig};

fn main() -> Result<()> {
    let digits = load("digits")?;
    let (train, test) = train_test_split(&digits, 0.2, 0)?;
    let s = StandardScaler::fit(&train.features)?;
    let (xtr, xte) = (s.transform(&train.features)?, s.transform(&test.features)?);
    let (ytr, yte) = (train.labels()?, test.labels()?);
    println!(
        "digits: {} training and {} test images (seeded 80/20 split, seed 0), 64 pixels, 10 classes",
        ytr.len(),
        yte.len()
    );

    // 1. Gradient check on 20 images, a 64 → 8 → 10 network (and a deliberately broken gradient).
    let small = NetLoss::new(&xtr, &ytr, 10, 8, 1e-3)?;
    let batch: Vec<usize> = (0..20).collect();
    let p = TwoLayerNet::new(64, 8, 10, 1).to_params();
    let (_, g) = small.loss_grad(&p, &batch)?;
    let f = |q: &week1_vectors::Vector| Ok(small.loss_grad(q, &batch)?.0);
    let good = gradient_check(f, &g, &p, DEFAULT_H)?;
    let mut broken = g.clone();
    for v in broken.iter_mut().take(64 * 8) {
        *v *= 1.1; // a wrong ∇W₁, off by 10 %
    }
    let bad = gradient_check(f, &broken, &p, DEFAULT_H)?;
    println!(
        "\n1. gradient check, {} parameters: backprop vs central differences {good:.1e}; with ∇W₁ off by 10 %: {bad:.1e}",
        p.len()
    );

    // 2. Softmax regression and networks of a few widths, Adam, mini-batches of 32, 10 epochs.
    let cfg = TrainConfig::mini_batch(10, 32, 0);
    let t = std::time::Instant::now();
    let (soft, r) = SoftmaxRegression::fit(&xtr, &ytr, 10, 1e-3, &mut Adam::new(0.01), &cfg)?;
    println!("\n2. Adam (η = 0.01), mini-batches of 32, 10 epochs, λ = 1e-3");
    println!(
        "   softmax regression      train acc {:.4}  test acc {:.4}  test CE {:.4}  final loss {:.4}  ({:.2} s)",
        accuracy(&ytr, &soft.predict(&xtr)?)?,
        accuracy(&yte, &soft.predict(&xte)?)?,
        cross_entropy(&yte, &soft.predict_proba(&xte)?)?,
        r.losses[10],
        t.elapsed().as_secs_f64()
    );
    for hidden in [16, 32, 64] {
        let t = std::time::Instant::now();
        let (net, r) =
            TwoLayerNet::fit(&xtr, &ytr, 10, hidden, 1e-3, 0, &mut Adam::new(0.01), &cfg)?;
        println!(
            "   network 64→{hidden:<2}→10       train acc {:.4}  test acc {:.4}  test CE {:.4}  final loss {:.4}  ({:.2} s)",
            accuracy(&ytr, &net.predict(&xtr)?)?,
            accuracy(&yte, &net.predict(&xte)?)?,
            cross_entropy(&yte, &net.predict_proba(&xte)?)?,
            r.losses[10],
            t.elapsed().as_secs_f64()
        );
        if hidden == 32 {
            println!(
                "      learning curve {}",
                r.losses
                    .iter()
                    .map(|l| format!("{l:.4}"))
                    .collect::<Vec<_>>()
                    .join(" ")
            );
        }
    }

    // 3. Determinism.
    let run = || TwoLayerNet::fit(&xtr, &ytr, 10, 32, 1e-3, 0, &mut Adam::new(0.01), &cfg);
    let (a, b) = (run()?, run()?);
    println!(
        "\n3. the same seeds twice give the same network: {}",
        a == b
    );

    // 4. One split can mislead: 20 other seeded splits, the same training budget.
    let (mut ce_wins, mut acc_wins, mut ties) = (0, 0, 0);
    for seed in 1..=20 {
        let (train, test) = train_test_split(&digits, 0.2, seed)?;
        let s = StandardScaler::fit(&train.features)?;
        let (xtr, xte) = (s.transform(&train.features)?, s.transform(&test.features)?);
        let (ytr, yte) = (train.labels()?, test.labels()?);
        let cfg = TrainConfig::mini_batch(10, 32, seed);
        let (soft, _) = SoftmaxRegression::fit(&xtr, &ytr, 10, 1e-3, &mut Adam::new(0.01), &cfg)?;
        let (net, _) =
            TwoLayerNet::fit(&xtr, &ytr, 10, 32, 1e-3, seed, &mut Adam::new(0.01), &cfg)?;
        let ce = |p| cross_entropy(&yte, &p);
        if ce(net.predict_proba(&xte)?)? < ce(soft.predict_proba(&xte)?)? {
            ce_wins += 1;
        }
        let (a_net, a_soft) = (
            accuracy(&yte, &net.predict(&xte)?)?,
            accuracy(&yte, &soft.predict(&xte)?)?,
        );
        if a_net > a_soft {
            acc_wins += 1;
        } else if a_net == a_soft {
            ties += 1;
        }
    }
    println!(
        "\n4. splits with seeds 1..=20: the 64→32→10 network has the lower test cross-entropy \
         {ce_wins} times, the higher test accuracy {acc_wins} times (tied {ties})"
    );
    Ok(())
}
