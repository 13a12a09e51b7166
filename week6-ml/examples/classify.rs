//! Logistic regression on the breast-cancer data, softmax regression on iris, wine and digits:
//! learning curves, accuracies, the final gradient norm, a confusion matrix.
//!
//! Run: `cargo xtask example 6 classify`.

use week1_vectors::Result;
use week6_ml::data::{load, to_labels};
use week6_ml::logistic::LogisticRegression;
use week6_ml::metrics::{accuracy, confusion_matrix, cross_entropy, log_loss};
use week6_ml::optim::{Adam, Momentum, Optimizer, Sgd};
use week6_ml::preprocessing::StandardScaler;
use week6_ml::softmax_regression::SoftmaxRegression;
use week6_ml::split::train_test_split;
use week6_ml::train::{TrainConfig, lipschitz_constant};

fn curve(losses: &[f64], at: &[usize]) -> String {
    at.iter()
        .filter_map(|&e| losses.get(e).map(|l| format!("{e}:{l:.4}")))
        .collect::<Vec<_>>()
        .join("  ")
}

fn main() -> Result<()> {
    // 1. Breast cancer, all 569 rows, standardised: training accuracy and gradient norm.
    let bc = load("breast_cancer")?;
    let x = StandardScaler::fit(&bc.features)?.transform(&bc.features)?;
    let y = to_labels(&bc.targets)?;
    // The logistic loss's Hessian is Xᵀ diag(σ(1 − σ)) X / n + λI ⪯ XᵀX/(4n) + λI.
    let l = lipschitz_constant(&x)? / 4.0 + 1e-3;
    println!("1. breast cancer, 569 × 30, standardised; logistic regression, λ = 1e-3");
    println!("   curvature bound L = λmax(XᵀX/n)/4 + λ = {l:.3}");
    let cfg = TrainConfig {
        epochs: 5000,
        batch_size: None,
        seed: 0,
        tol: 1e-6,
    };
    let mut opts: Vec<(&str, Box<dyn Optimizer>)> = vec![
        ("plain, η = 1/L", Box::new(Sgd::new(1.0 / l))),
        (
            "momentum 0.9, η = 1/L",
            Box::new(Momentum::new(1.0 / l, 0.9)),
        ),
        ("Adam, η = 0.05", Box::new(Adam::new(0.05))),
    ];
    for (name, opt) in opts.iter_mut() {
        let (m, r) = LogisticRegression::fit(&x, &bc.targets, 1e-3, opt.as_mut(), &cfg)?;
        let acc = accuracy(&y, &m.predict(&x)?)?;
        println!(
            "   {name:<22} epochs {:>5}  ‖∇L‖ = {:.1e}  train accuracy {acc:.4}  log-loss {:.4}",
            r.epochs_run,
            r.grad_norm,
            log_loss(&bc.targets, &m.predict_proba(&x)?)?
        );
        println!("      curve {}", curve(&r.losses, &[0, 1, 10, 100, 1000]));
    }
    let (train, test) = train_test_split(&bc, 0.2, 3)?;
    let s = StandardScaler::fit(&train.features)?;
    let (xtr, xte) = (s.transform(&train.features)?, s.transform(&test.features)?);
    let (m, _) = LogisticRegression::fit(&xtr, &train.targets, 1e-3, &mut Adam::new(0.05), &cfg)?;
    let yte = to_labels(&test.targets)?;
    let pred = m.predict(&xte)?;
    println!(
        "   held out (80/20 split, seed 3): test accuracy {:.4}, confusion (rows: true malignant, benign) {:?}",
        accuracy(&yte, &pred)?,
        confusion_matrix(&yte, &pred, 2)?
    );

    // 2. Softmax regression on iris, wine, digits (seeded 80/20 splits).
    println!(
        "\n2. softmax regression, seeded 80/20 split (seed 0), standardised on the training part"
    );
    for (name, epochs, batch) in [
        ("iris", 300, None),
        ("wine", 300, None),
        ("digits", 10, Some(32)),
    ] {
        let d = load(name)?;
        let k = d.n_classes()?;
        let (train, test) = train_test_split(&d, 0.2, 0)?;
        let s = StandardScaler::fit(&train.features)?;
        let (xtr, xte) = (s.transform(&train.features)?, s.transform(&test.features)?);
        let (ytr, yte) = (train.labels()?, test.labels()?);
        let (cfg, mut opt) = match batch {
            None => (TrainConfig::batch(epochs), Adam::new(0.05)),
            Some(b) => (TrainConfig::mini_batch(epochs, b, 0), Adam::new(0.01)),
        };
        let t = std::time::Instant::now();
        let (m, r) = SoftmaxRegression::fit(&xtr, &ytr, k, 1e-3, &mut opt, &cfg)?;
        let secs = t.elapsed().as_secs_f64();
        println!(
            "   {name:<7} {} × {:<2} k = {k:<2}  train acc {:.4}  test acc {:.4}  test cross-entropy {:.4}  ({secs:.2} s)",
            d.n_samples(),
            d.n_features(),
            accuracy(&ytr, &m.predict(&xtr)?)?,
            accuracy(&yte, &m.predict(&xte)?)?,
            cross_entropy(&yte, &m.predict_proba(&xte)?)?
        );
        let at: Vec<usize> = if batch.is_some() {
            (0..=10).collect()
        } else {
            vec![0, 1, 10, 100, 300]
        };
        println!("      curve {}", curve(&r.losses, &at));
        if name == "digits" {
            let c = confusion_matrix(&yte, &m.predict(&xte)?, k)?;
            println!("      confusion matrix (rows: true digit, columns: predicted):");
            for (digit, row) in c.iter().enumerate() {
                println!(
                    "      {digit}: {}",
                    row.iter().map(|v| format!("{v:>3}")).collect::<String>()
                );
            }
        }
    }
    Ok(())
}
