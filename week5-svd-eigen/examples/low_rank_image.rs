//! Low-rank compression of an image-like matrix: the error of the best rank-k approximation
//! is σₖ₊₁ (Eckart–Young), and the storage is k(m + n + 1) numbers instead of mn.
//!
//! The "image" is 48×72 pixels: a smooth background, a bright disc, a dark bar and a little
//! noise. Its singular values fall fast at first (smooth parts are nearly low rank) and then
//! level off at the noise.
//!
//! Run on the reference: `cargo xtask example 5 low_rank_image`.

use week1_vectors::Matrix;
use week1_vectors::gallery::random_matrix;
use week1_vectors::testing::{frobenius, naive_sub};
use week5_svd_eigen::{low_rank_approx, svd};

fn image(m: usize, n: usize) -> Matrix {
    let noise = random_matrix(m, n, 3);
    Matrix::from_fn(m, n, |i, j| {
        let (y, x) = (i as f64 / m as f64, j as f64 / n as f64);
        let background = 0.3 + 0.2 * (3.0 * x).sin() * (2.0 * y).cos();
        let disc = if (x - 0.35).powi(2) + (y - 0.45).powi(2) < 0.04 {
            0.5
        } else {
            0.0
        };
        let bar = if (0.65..0.8).contains(&x) && (0.2..0.9).contains(&y) {
            -0.25
        } else {
            0.0
        };
        background + disc + bar + 0.01 * noise[(i, j)]
    })
}

/// The matrix as characters, darkest to brightest, every other row (characters are tall).
fn ascii(a: &Matrix) -> String {
    let ramp: Vec<char> = " .:-=+*#%@".chars().collect();
    let mut s = String::new();
    for i in (0..a.rows()).step_by(2) {
        for j in 0..a.cols() {
            let v = a[(i, j)].clamp(0.0, 0.999_999);
            s.push(ramp[(v * ramp.len() as f64) as usize]);
        }
        s.push('\n');
    }
    s
}

fn main() {
    let (m, n) = (48, 72);
    let a = image(m, n);
    let s = svd(&a).expect("svd");
    println!("a {m}×{n} image; its singular values:");
    let shown: Vec<String> = s.sigma.iter().take(12).map(|x| format!("{x:.3}")).collect();
    println!("  {} … {:.4}", shown.join(" "), s.sigma[s.sigma.len() - 1]);
    println!();
    println!("   k   ‖A − A_k‖₂   σₖ₊₁        ‖A − A_k‖_F   √(Σ_{{j>k}} σⱼ²)   storage");
    for k in [1, 2, 3, 5, 8, 12, 20, 48] {
        let ak = low_rank_approx(&a, k).expect("k ≤ min(m, n)");
        let e = naive_sub(&a, &ak);
        // ‖E‖₂ measured independently, as E's own largest singular value.
        let e2 = svd(&e)
            .expect("svd")
            .sigma
            .iter()
            .next()
            .copied()
            .unwrap_or(0.0);
        let next = s.sigma.iter().nth(k).copied().unwrap_or(0.0);
        let tail = s.sigma.iter().skip(k).fold(0.0, |t, x| t + x * x).sqrt();
        let storage = (k * (m + n + 1)) as f64 / (m * n) as f64;
        println!(
            "  {k:>2}   {e2:>10.3e}   {next:>10.3e}   {:>11.3e}   {tail:>14.3e}   {:>6.1}%",
            frobenius(&e),
            100.0 * storage
        );
    }
    println!();
    for k in [1, 3, 8] {
        println!("rank {k}:");
        print!("{}", ascii(&low_rank_approx(&a, k).expect("rank")));
        println!();
    }
    println!("the original:");
    print!("{}", ascii(&a));
}
