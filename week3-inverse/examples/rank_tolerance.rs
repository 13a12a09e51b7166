//! How far apart are the pivots that should be zero and the ones that should not? The numbers
//! behind part 6 of the lesson ("when is zero zero?").
//!
//! ```text
//! cargo xtask example 3 rank_tolerance                          # on the reference solution
//! cargo run -p week3-inverse --example rank_tolerance           # on your code
//! ```
//!
//! Elimination runs with tolerance 0 (every nonzero candidate becomes a pivot), and each pivot
//! is printed relative to the week's rule `tol(A) = max(m, n)·ε·‖A‖₁`: a pivot below 1 is what
//! `rank` calls zero.

use week1_vectors::gallery::{random_matrix, random_vector};
use week1_vectors::testing::naive_matmul;
use week1_vectors::{Matrix, matrix};
use week3_inverse::tolerance::pivot_tolerance;
use week3_inverse::{rank, rank_with_tol, row_echelon_with_tol};

/// The pivots of elimination with tolerance 0, each divided by `tol(A)`, in column order.
fn pivots_over_tol(a: &Matrix) -> Vec<f64> {
    let tol = pivot_tolerance(a);
    let e = row_echelon_with_tol(a, 0.0).expect("a finite matrix");
    e.pivots
        .iter()
        .enumerate()
        .map(|(r, &j)| e.form[(r, j)].abs() / tol)
        .collect()
}

fn main() {
    let a = matrix![[1.0, 2.0, 3.0], [4.0, 5.0, 6.0], [7.0, 8.0, 9.0]];
    let e = row_echelon_with_tol(&a, 0.0).expect("finite");
    println!("A = [[1, 2, 3], [4, 5, 6], [7, 8, 9]] (rank 2), eliminated with tolerance 0:");
    let piv: Vec<String> = e
        .pivots
        .iter()
        .enumerate()
        .map(|(r, &j)| format!("{:.1e}", e.form[(r, j)]))
        .collect();
    println!(
        "  pivots {} (exact arithmetic: 7, 6/7 and 0)",
        piv.join(", ")
    );
    println!(
        "  rank with an exact-zero test: {}; with tol(A) = {:.1e}: {}",
        rank_with_tol(&a, 0.0),
        pivot_tolerance(&a),
        rank(&a)
    );

    println!("\n40×10 matrices with one column a random combination of the other nine:");
    println!("  seed  dependent column  smallest true pivot / tol  noise pivot / tol  rank");
    for (seed, dep) in [(1301_u64, 9_usize), (1302, 0), (1303, 4)] {
        let b = random_matrix(40, 9, seed);
        let c = random_vector(9, seed + 1);
        let a = Matrix::from_fn(40, 10, |i, j| match j.cmp(&dep) {
            std::cmp::Ordering::Equal => (0..9).map(|k| b[(i, k)] * c[k]).sum(),
            std::cmp::Ordering::Less => b[(i, j)],
            std::cmp::Ordering::Greater => b[(i, j - 1)],
        });
        let mut p = pivots_over_tol(&a);
        p.sort_by(f64::total_cmp);
        println!(
            "  {seed}  {dep:>16}  {:>25.1e}  {:>17.1e}  {:>4}",
            p.get(1).copied().unwrap_or(f64::NAN),
            p[0],
            rank(&a)
        );
    }

    println!(
        "\nRandom 20×20 matrices of rank 10 (a random 20×10 times a random 10×20), seeds 1–100:"
    );
    let mut wrong = 0;
    let (mut max_noise, mut min_signal) = (0.0_f64, f64::INFINITY);
    for seed in 1..=100_u64 {
        let a = naive_matmul(
            &random_matrix(20, 10, 2 * seed),
            &random_matrix(10, 20, 2 * seed + 1),
        );
        let mut p = pivots_over_tol(&a);
        p.sort_by(f64::total_cmp);
        // With tolerance 0 there are up to 20 pivots; the 10 largest are the true ones.
        let (noise, signal) = p.split_at(p.len().saturating_sub(10));
        let noise = noise.last().copied().unwrap_or(0.0);
        max_noise = max_noise.max(noise);
        min_signal = min_signal.min(signal[0]);
        let r = rank(&a);
        if r != 10 {
            wrong += 1;
            // What `rank` saw: elimination with the tolerance, which skips the columns whose
            // candidates are below it, so that later pivots are not those of tolerance 0.
            let tol = pivot_tolerance(&a);
            let e = row_echelon_with_tol(&a, tol).expect("finite");
            let mut accepted: Vec<f64> = e
                .pivots
                .iter()
                .enumerate()
                .map(|(r, &j)| e.form[(r, j)].abs() / tol)
                .collect();
            accepted.sort_by(f64::total_cmp);
            println!(
                "  seed {seed}: rank {r}: it accepted a pivot of {:.1} tol; the next smallest is \
                 {:.1e} tol",
                accepted[0],
                accepted.get(1).copied().unwrap_or(f64::NAN)
            );
        }
    }
    println!("  rank ≠ 10 for {wrong} of 100 seeds.");
    println!(
        "  With tolerance 0, over all 100: noise pivots up to {max_noise:.1} tol, true pivots \
         from {min_signal:.1e} tol."
    );
}
