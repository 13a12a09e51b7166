//! The power method converges at the rate |λ₂/λ₁|: the steps it needs grow like
//! log(tol)/log|λ₂/λ₁|.
//!
//! For symmetric matrices with eigenvalues 1, r, r/2, r/4, … (so |λ₂/λ₁| = r), run the power
//! method to tolerances 1e-4, 1e-8 and 1e-12 and compare the step counts with the prediction.
//! The rate measured from the counts — 8 more digits cost Δk steps, so the error shrinks by
//! 10^(−8/Δk) per step — should match r.
//!
//! Run on the reference: `cargo xtask example 5 power_rate`.

use week1_vectors::Matrix;
use week1_vectors::gallery::{random_vector, with_eigenvalues};
use week5_svd_eigen::power_iteration;

fn main() {
    let n = 20;
    println!("power method on a {n}×{n} symmetric matrix with eigenvalues 1, r, r/2, r/4, …");
    println!();
    println!("  |λ₂/λ₁|   steps to 1e-4   1e-8   1e-12   predicted 1e-12   measured rate");
    for r in [0.1, 0.5, 0.8, 0.9, 0.95, 0.99] {
        let d: Vec<f64> = (0..n)
            .map(|k| {
                if k == 0 {
                    1.0
                } else {
                    r / 2f64.powi(k as i32 - 1)
                }
            })
            .collect();
        let a = with_eigenvalues(&d, 7);
        let x0 = random_vector(n, 3);
        let steps: Vec<usize> = [1e-4, 1e-8, 1e-12]
            .iter()
            .map(|&tol| {
                power_iteration(&a, &x0, tol, 100_000)
                    .expect("converges")
                    .iterations
            })
            .collect();
        // The residual ‖Ax − λx‖ shrinks like rᵏ (the eigenvector error does).
        let predicted = (1e-12f64).ln() / r.ln();
        let rate = 10f64.powf(-8.0 / (steps[2] as f64 - steps[0] as f64));
        println!(
            "  {r:>7}   {:>13}   {:>4}   {:>5}   {predicted:>15.0}   {rate:>13.3}",
            steps[0], steps[1], steps[2]
        );
    }
    println!();
    println!("and when |λ₂| = |λ₁| there is no rate at all:");
    let (s, c) = 0.5f64.sin_cos();
    let rot = Matrix::from_rows(&[[c, -s], [s, c]]).expect("2×2");
    let swap = Matrix::from_rows(&[[0.0, 1.0], [1.0, 0.0]]).expect("2×2");
    let e1 = week1_vectors::Vector::unit(2, 0);
    for (name, m) in [
        ("rotation by 0.5", &rot),
        ("[[0, 1], [1, 0]] from e₁", &swap),
    ] {
        match power_iteration(m, &e1, 1e-10, 1000) {
            Ok(e) => println!("  {name}: λ = {} (?)", e.value),
            Err(err) => println!("  {name}: {err}"),
        }
    }
}
