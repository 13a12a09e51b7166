//! The Euclidean norm without overflow or underflow, and why `f64::max` needs watching.
//!
//! Runs on your code: `cargo run -p week1-vectors --example overflow_safe_norm`
//! (on the reference: `cargo xtask example 1 overflow_safe_norm`).

use week1_vectors::{Vector, vector};

/// The one-liner everybody writes first: `√(Σ xᵢ²)`.
fn naive_norm(x: &Vector) -> f64 {
    x.iter().map(|v| v * v).sum::<f64>().sqrt()
}

fn rel_err(got: f64, want: f64) -> String {
    if got.is_finite() {
        format!("{:.1e}", ((got - want) / want).abs())
    } else {
        "—".to_string()
    }
}

fn main() {
    println!("‖[a, a]‖₂ = √2·a, computed two ways\n");
    println!(
        "{:>8}  {:>24}  {:>24}  {:>9}  {:>9}",
        "a", "naive √(Σxᵢ²)", "scaled norm_l2", "naive err", "scaled err"
    );
    for a in [
        1.0, 1e100, 1e153, 1e154, 1e155, 1e200, 1e300, 1e-100, 1e-153, 1e-154, 1e-160, 1e-200,
        1e-300, 1e-310,
    ] {
        let x = vector![a, a];
        let want = 2f64.sqrt() * a;
        let (naive, scaled) = (naive_norm(&x), x.norm_l2());
        println!(
            "{a:>8.0e}  {naive:>24e}  {scaled:>24e}  {:>9}  {:>9}",
            rel_err(naive, want),
            rel_err(scaled, want)
        );
    }

    println!(
        "\nThe squares leave the range of f64 (largest ≈ 1.8e308, smallest normal ≈ 2.2e-308):"
    );
    println!("  (1e155)² = {:e}", 1e155f64 * 1e155);
    println!(
        "  (1e-160)² = {:e}  (subnormal: only a few digits left)",
        1e-160f64 * 1e-160
    );
    println!("  (1e-200)² = {:e}", 1e-200f64 * 1e-200);

    println!(
        "\nNormalising a vector of subnormals, x = [5e-324, 5e-324] (true answer 0.70710678…):"
    );
    let x = vector![5e-324, 5e-324];
    let via_naive: Vec<f64> = x.iter().map(|v| v / naive_norm(&x)).collect();
    let via_scaled_norm: Vec<f64> = x.iter().map(|v| v / x.norm_l2()).collect();
    println!("  x / naive norm     = {via_naive:?}");
    println!("  x / norm_l2(x)     = {via_scaled_norm:?}   (norm_l2 rounds to 5e-324 itself)");
    println!(
        "  x.normalize()      = {:?}",
        x.normalize().unwrap().as_slice()
    );

    println!("\nNaN and the max norm: f64::max ignores NaN.");
    let y = vector![1.0, f64::NAN, 3.0];
    println!(
        "  fold(0, f64::max) of |[1, NaN, 3]| = {}",
        y.iter().map(|v| v.abs()).fold(0.0, f64::max)
    );
    println!("  norm_inf([1, NaN, 3])             = {}", y.norm_inf());
    println!("  norm_l2([1, NaN, 3])              = {}", y.norm_l2());

    println!(
        "\nLp norms of [2, 3]: (2ᵖ + 3ᵖ)^(1/p) → 3 = max as p grows; unscaled 3ᵖ overflows at p ≈ 647."
    );
    let z = vector![2.0, 3.0];
    for p in [1.0, 2.0, 3.0, 10.0, 100.0, 700.0, 1e4] {
        let unscaled = (2f64.powf(p) + 3f64.powf(p)).powf(1.0 / p);
        println!(
            "  p = {p:>6}: norm_lp = {:<18}  unscaled formula = {unscaled}",
            z.norm_lp(p).unwrap()
        );
    }
}
