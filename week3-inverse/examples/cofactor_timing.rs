//! O(n!) against O(n³): the determinant by cofactor expansion and by elimination, timed for
//! n = 6 … 11 on random matrices.
//!
//! ```text
//! cargo run --release -p week3-inverse --example cofactor_timing   # on your code
//! cargo xtask example 3 cofactor_timing                             # on the reference solution
//! ```
//!
//! (Run it in release mode: a debug build of the expansion is ten times slower, and n = 11
//! then takes minutes.) Each time is the best of at least three runs (more while they fit in
//! 0.2 s); the last column is the relative difference of the two answers.

use std::time::{Duration, Instant};
use week1_vectors::Matrix;
use week1_vectors::gallery::random_matrix;
use week3_inverse::{det_cofactor, determinant};

/// The best of several runs of `f` (at least three, more while they fit in 0.2 s), and its
/// result. The best, not the mean: on a busy machine the other runs measure the neighbours.
fn time<T>(mut f: impl FnMut() -> T) -> (Duration, T) {
    let budget = Duration::from_millis(200);
    let started = Instant::now();
    let mut best = Duration::MAX;
    let mut runs = 0;
    let mut out;
    loop {
        let t = Instant::now();
        out = f();
        best = best.min(t.elapsed());
        runs += 1;
        if runs >= 3 && started.elapsed() > budget {
            break;
        }
    }
    (best, out)
}

fn seconds(d: Duration) -> String {
    let s = d.as_secs_f64();
    if s >= 1.0 {
        format!("{s:.2} s")
    } else if s >= 1e-3 {
        format!("{:.2} ms", s * 1e3)
    } else {
        format!("{:.2} µs", s * 1e6)
    }
}

fn main() -> week1_vectors::Result<()> {
    println!(
        "{:>3}  {:>10}  {:>12}  {:>12}  {:>8}  {:>10}",
        "n", "n!", "cofactor", "elimination", "ratio", "rel. diff"
    );
    let mut previous: Option<Duration> = None;
    for n in 6..=11 {
        let a: Matrix = random_matrix(n, n, 3000 + n as u64);
        let (t_cof, d_cof) = time(|| det_cofactor(&a));
        let (t_gauss, d_gauss) = time(|| determinant(&a));
        let (d_cof, d_gauss) = (d_cof?, d_gauss?);
        let factorial: u64 = (1..=n as u64).product();
        println!(
            "{n:>3}  {factorial:>10}  {:>12}  {:>12}  {:>8.0}  {:>10.1e}{}",
            seconds(t_cof),
            seconds(t_gauss),
            t_cof.as_secs_f64() / t_gauss.as_secs_f64(),
            ((d_cof - d_gauss) / d_gauss).abs(),
            match previous {
                Some(p) => format!(
                    "   ({:.1}× the time for n − 1)",
                    t_cof.as_secs_f64() / p.as_secs_f64()
                ),
                None => String::new(),
            }
        );
        previous = Some(t_cof);
    }
    let t11 = previous.expect("n = 11 was timed").as_secs_f64();
    let growth: f64 = (12..=20).map(|k| k as f64).product();
    println!("\nEach step up in n multiplies the expansion's time by about n. At that rate n = 20");
    println!(
        "would take 20!/11! ≈ {growth:.1e} times as long as n = 11: about {:.0} years.",
        t11 * growth / (365.25 * 24.0 * 3600.0)
    );
    println!(
        "\nElimination's flops grow like n³, ×8 per doubling; the time, as measured (one run):"
    );
    let mut previous: Option<Duration> = None;
    for n in [100, 200, 400] {
        let a = random_matrix(n, n, 4000 + n as u64);
        let (t, d) = time(|| determinant(&a));
        let step = match previous {
            Some(p) => format!(
                "{:>5.1}× the time for n/2",
                t.as_secs_f64() / p.as_secs_f64()
            ),
            None => format!("{:>23}", ""),
        };
        println!("{n:>5}  {:>10}   {step}   (det = {:.3e})", seconds(t), d?);
        previous = Some(t);
    }
    println!(
        "\n(The determinant of a random 400×400 matrix is larger than the largest f64, 1.8e308:"
    );
    println!("elimination has no trouble with the matrix, the product of its pivots overflows.)");
    Ok(())
}
