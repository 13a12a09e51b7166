//! Wall-clock time of the symmetric eigendecomposition and the SVD at n = 100 and 200, with the
//! residual ratios that say the answers are right.
//!
//! Run on the reference: `cargo xtask example 5 timings` (release mode).
//! Run on your own code: `cargo run --release -p week5-svd-eigen --example timings`.

use std::time::Instant;
use week1_vectors::Matrix;
use week1_vectors::gallery::{random_matrix, random_symmetric};
use week1_vectors::testing::{
    naive_matmul, naive_transpose, orthogonality_ratio, reconstruction_ratio,
};
use week5_svd_eigen::{jacobi_eigen, svd, symmetric_eigen};

/// The best of `reps` runs of `f`, in milliseconds.
fn best_ms<T>(reps: usize, mut f: impl FnMut() -> T) -> (f64, T) {
    let mut best = f64::INFINITY;
    let mut out = None;
    for _ in 0..reps {
        let t = Instant::now();
        let r = f();
        best = best.min(t.elapsed().as_secs_f64() * 1e3);
        out = Some(r);
    }
    (best, out.expect("reps ≥ 1"))
}

fn diag(d: &[f64]) -> Matrix {
    Matrix::from_diag(d)
}

fn main() {
    println!("   n  method            time (ms)  iterations  ‖A−VΛVᵀ‖/(n‖A‖ε)  ‖I−VᵀV‖/(nε)");
    for n in [100, 200] {
        let a = random_symmetric(n, 42);
        for (name, f) in [
            ("symmetric_eigen", symmetric_eigen as fn(&Matrix) -> _),
            ("jacobi_eigen", jacobi_eigen),
        ] {
            let (ms, e) = best_ms(if n == 100 { 15 } else { 7 }, || f(&a).expect("converges"));
            let back = naive_matmul(
                &naive_matmul(&e.vectors, &diag(e.values.as_slice())),
                &naive_transpose(&e.vectors),
            );
            println!(
                "{n:>4}  {name:<16} {ms:>10.1}  {:>10}  {:>16.2}  {:>12.2}",
                e.iterations,
                reconstruction_ratio(&a, &back),
                orthogonality_ratio(&e.vectors)
            );
        }
    }
    println!();
    println!(
        "   n  method            time (ms)      sweeps  ‖A−UΣVᵀ‖/(n‖A‖ε)  ‖I−UᵀU‖/(nε)  ‖I−VVᵀ‖/(nε)"
    );
    for n in [100, 200] {
        let a = random_matrix(n, n, 7);
        let (ms, s) = best_ms(if n == 100 { 15 } else { 7 }, || {
            svd(&a).expect("converges")
        });
        let back = naive_matmul(&naive_matmul(&s.u, &diag(s.sigma.as_slice())), &s.vt);
        println!(
            "{n:>4}  {:<16} {ms:>10.1}  {:>10}  {:>16.2}  {:>12.2}  {:>12.2}",
            "svd",
            s.sweeps,
            reconstruction_ratio(&a, &back),
            orthogonality_ratio(&s.u),
            orthogonality_ratio(&naive_transpose(&s.vt))
        );
    }
}
