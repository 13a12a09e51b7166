//! Linear regression on the diabetes data three ways, the conditioning of XᵀX, ridge as a filter
//! on singular values, and where the three solvers disagree.
//!
//! Run: `cargo xtask example 6 regression` (reference) or
//! `cargo run --release -p week6-ml --example regression` (your code).

use week1_vectors::{Result, gallery, vector};
use week5_svd_eigen::svd;
use week6_ml::data::load;
use week6_ml::linear::{
    LinearRegression, Solver, add_intercept, least_squares_normal, least_squares_qr,
    least_squares_svd, ridge_filter_factors,
};
use week6_ml::metrics::{mse, r2_score};
use week6_ml::preprocessing::StandardScaler;
use week6_ml::split::train_test_split;

fn main() -> Result<()> {
    let d = load("diabetes")?;
    println!(
        "diabetes: {} samples × {} features {:?}",
        d.n_samples(),
        d.n_features(),
        d.feature_names
    );

    // 1. Three solvers, all 442 rows, with an intercept.
    println!("\n1. ordinary least squares with an intercept, all rows");
    println!("   solver            R²            intercept      w_bmi        w_s5");
    for s in [Solver::NormalEquations, Solver::Qr, Solver::Svd] {
        let m = LinearRegression::fit(&d.features, &d.targets, s)?;
        let r2 = r2_score(&d.targets, &m.predict(&d.features)?)?;
        println!(
            "   {:<16} {r2:.10}  {:>12.6}  {:>10.6}  {:>10.6}",
            format!("{s:?}"),
            m.intercept,
            m.weights[2],
            m.weights[8]
        );
    }

    // 2. Conditioning: κ(A) and κ(AᵀA) = κ(A)², raw and standardised.
    println!(
        "\n2. conditioning of the design matrix A = [1 | X] (singular values by week 5's svd)"
    );
    let raw = add_intercept(&d.features);
    let scaler = StandardScaler::fit(&d.features)?;
    let std = add_intercept(&scaler.transform(&d.features)?);
    for (name, a) in [("raw", &raw), ("standardised", &std)] {
        let s = svd(a)?;
        let kappa = s.sigma[0] / s.sigma[s.sigma.len() - 1];
        println!(
            "   {name:<13} σ_max = {:>10.4e}  σ_min = {:>10.4e}  κ(A) = {kappa:>9.3e}  κ(AᵀA) = {:>9.3e}",
            s.sigma[0],
            s.sigma[s.sigma.len() - 1],
            kappa * kappa
        );
    }
    let (wn, wq) = (
        least_squares_normal(&raw, &d.targets)?,
        least_squares_qr(&raw, &d.targets)?,
    );
    let diff = wn
        .iter()
        .zip(wq.iter())
        .map(|(a, b)| (a - b).abs())
        .fold(0.0, f64::max)
        / wq.iter().map(|v| v.abs()).fold(0.0, f64::max);
    println!(
        "   raw data: max |w_normal − w_qr| / max |w_qr| = {diff:.2e}  (bound κ(AᵀA)·ε ≈ {:.0e})",
        5.2e7 * f64::EPSILON
    );

    // 3. Ridge: the filter factors σ²/(σ² + λ) on the standardised design, and test error.
    println!("\n3. ridge regression on standardised features: filter factors and held-out error");
    // The filter factors belong to the matrix the ridge fit sees: the standardised (hence
    // centred) training rows, not all 442.
    let (train, test) = train_test_split(&d, 0.2, 6)?;
    let sc = StandardScaler::fit(&train.features)?;
    let (xtr, xte) = (
        sc.transform(&train.features)?,
        sc.transform(&test.features)?,
    );
    let sig = svd(&xtr)?.sigma;
    println!(
        "   singular values of the standardised training X ({} rows of 442; 80/20 split, seed 6): {}",
        xtr.rows(),
        sig.iter()
            .map(|v| format!("{v:.1}"))
            .collect::<Vec<_>>()
            .join(" ")
    );
    println!(
        "   λ        filter factors (largest σ … smallest σ)               test MSE   test R²"
    );
    for lambda in [0.0, 1.0, 10.0, 100.0, 1000.0] {
        let f = ridge_filter_factors(&sig, lambda);
        let m = LinearRegression::fit_ridge(&xtr, &train.targets, lambda)?;
        let p = m.predict(&xte)?;
        println!(
            "   {lambda:<7} {}   {:>8.1}   {:.4}",
            f.iter()
                .map(|v| format!("{v:.3}"))
                .collect::<Vec<_>>()
                .join(" "),
            mse(&test.targets, &p)?,
            r2_score(&test.targets, &p)?
        );
    }

    // 4. Where the solvers disagree.
    println!("\n4. where the solvers disagree");
    for delta in [1e-4, 1e-6, 1e-8] {
        let a = gallery::lauchli(2, delta);
        // b = A·[1, 2] + r with r = 0.01·[δ, −1, −1] orthogonal to both columns of A: the
        // least-squares solution is exactly [1, 2], with a non-zero residual r.
        let b = vector![3.0 + 0.01 * delta, delta - 0.01, 2.0 * delta - 0.01];
        let show = |r: Result<week1_vectors::Vector>| match r {
            Ok(w) => format!(
                "[{:.12}, {:.12}]  error {:.1e}",
                w[0],
                w[1],
                (w[0] - 1.0).abs().max((w[1] - 2.0).abs()) / 2.0
            ),
            Err(e) => format!("error: {e}"),
        };
        println!(
            "   Läuchli δ = {delta:e}, κ(A) ≈ {:.1e} (exact w = [1, 2]):",
            2f64.sqrt() / delta
        );
        println!(
            "      normal equations: {}",
            show(least_squares_normal(&a, &b))
        );
        println!("      QR:               {}", show(least_squares_qr(&a, &b)));
        println!(
            "      SVD:              {}",
            show(least_squares_svd(&a, &b, 1e-15))
        );
    }
    // A duplicated column: rank deficient.
    let dup = week1_vectors::Matrix::from_fn(d.n_samples(), 3, |i, j| {
        if j == 0 { 1.0 } else { d.features[(i, 2)] }
    });
    println!("   design [1, bmi, bmi] (rank 2 of 3):");
    match least_squares_qr(&dup, &d.targets) {
        Ok(w) => println!("      QR: {w}"),
        Err(e) => println!("      QR: error: {e}"),
    }
    let w = least_squares_svd(&dup, &d.targets, 1e-12)?;
    println!(
        "      SVD (minimum norm): [{:.4}, {:.4}, {:.4}]: the bmi slope split evenly",
        w[0], w[1], w[2]
    );
    Ok(())
}
