//! Memory-bound operations: the transpose (naive and blocked) and the matrix–vector product.
//!
//! ```text
//! cargo run --release -p week2-matmul --example memory     # on your code
//! cargo xtask example 2 memory                             # on the reference solution
//! ```
//!
//! Prints the speed of `transpose` and `transpose_blocked` in GB/s (bytes read plus bytes
//! written, per second) for n = 256 … 4000, and of `matvec` in GFLOP/s: numbers to set beside
//! the GFLOP/s of the matrix product in the ladder benchmark.

use std::time::Instant;
use week1_vectors::gallery::{random_matrix, random_vector};
use week2_matmul::{matvec, transpose, transpose_blocked};

/// The median of `reps` timed runs of `f`, after one warm-up run.
fn median_seconds(reps: usize, f: &dyn Fn()) -> f64 {
    f();
    let mut t: Vec<f64> = (0..reps)
        .map(|_| {
            let s = Instant::now();
            f();
            s.elapsed().as_secs_f64()
        })
        .collect();
    t.sort_by(f64::total_cmp);
    t[reps / 2]
}

/// Runs the measurements and prints one table.
fn main() {
    println!("| n | transpose GB/s | transpose_blocked(32) GB/s | matvec GFLOP/s |");
    println!("|---:|---:|---:|---:|");
    for n in [256, 1000, 2000, 4000] {
        let a = random_matrix(n, n, n as u64);
        let x = random_vector(n, 1);
        let reps = if n >= 2000 { 5 } else { 11 };
        let bytes = 2.0 * (n * n * 8) as f64; // read A, write Aᵀ
        let t_naive = median_seconds(reps, &|| drop(std::hint::black_box(transpose(&a))));
        let t_block = median_seconds(reps, &|| {
            drop(std::hint::black_box(transpose_blocked(&a, 32)))
        });
        let t_mv = median_seconds(reps, &|| drop(std::hint::black_box(matvec(&a, &x))));
        println!(
            "| {n} | {:.2} | {:.2} | {:.2} |",
            bytes / t_naive / 1e9,
            bytes / t_block / 1e9,
            2.0 * (n * n) as f64 / t_mv / 1e9
        );
    }
}
