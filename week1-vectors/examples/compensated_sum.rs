//! Naive, Kahan, Neumaier and pairwise summation side by side: accuracy and cost.
//!
//! Runs on your code: `cargo run --release -p week1-vectors --example compensated_sum`
//! (on the reference: `cargo xtask example 1 compensated_sum`).

use rand::seq::SliceRandom;
use std::time::Instant;
use week1_vectors::gallery::{random_vector, rng};
use week1_vectors::summation::{sum_kahan, sum_naive, sum_neumaier, sum_pairwise};

type SumFn = fn(&[f64]) -> f64;
const METHODS: [(&str, SumFn); 4] = [
    ("naive", sum_naive),
    ("Kahan", sum_kahan),
    ("Neumaier", sum_neumaier),
    ("pairwise", sum_pairwise),
];

fn show(title: &str, x: &[f64], exact: f64) {
    println!("{title}   (exact: {exact:?})");
    for (name, f) in METHODS {
        let s = f(x);
        println!("  {name:<9} {s:<24?} error {:.1e}", (s - exact).abs());
    }
    println!();
}

fn main() {
    show("[1e16, 1, −1e16]", &[1e16, 1.0, -1e16], 1.0);
    show("[1, 1e100, 1, −1e100]", &[1.0, 1e100, 1.0, -1e100], 2.0);
    show("ten times 0.1", &[0.1; 10], 1.0);

    let mut tiny = vec![1.0];
    tiny.extend(std::iter::repeat_n(1e-16, 1_000_000));
    show("1 followed by 10⁶ × 1e-16", &tiny, 1.0 + 1e-10);

    let n = 1 << 20;
    show("2²⁰ × 0.1", &vec![0.1; n], 0.1 * n as f64);

    // A sum that cancels: Σ|xᵢ| ≈ 8e15, the sum is exactly 55.
    let v = random_vector(5000, 1);
    let mut x: Vec<f64> = v.iter().map(|a| 1e12 * a).collect();
    x.extend(v.iter().map(|a| -1e12 * a));
    x.extend((1..=10).map(f64::from));
    x.shuffle(&mut rng(2));
    let abs: f64 = x.iter().map(|a| a.abs()).sum();
    show(
        &format!("10 010 terms that cancel (Σ|xᵢ| = {abs:.1e})",),
        &x,
        55.0,
    );

    println!(
        "Cost: nanoseconds per term, 10⁷ terms, best of 5 (build with --release), and the time \
         relative to naive"
    );
    let big: Vec<f64> = random_vector(10_000_000, 3).into_vec();
    let mut naive_ns = f64::NAN;
    for (name, f) in METHODS {
        let mut best = f64::INFINITY;
        let mut sink = 0.0;
        for _ in 0..5 {
            let t = Instant::now();
            sink += f(std::hint::black_box(&big));
            best = best.min(t.elapsed().as_secs_f64());
        }
        let ns = best * 1e9 / big.len() as f64;
        if name == "naive" {
            naive_ns = ns;
        }
        println!(
            "  {name:<9} {ns:.2} ns/term   {:.2}× naive   (sum {sink:.3e})",
            ns / naive_ns
        );
    }
}
