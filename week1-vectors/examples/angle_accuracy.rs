//! The angle between two vectors near 0 and π: the acos formula against Kahan's.
//!
//! Runs on your code: `cargo run -p week1-vectors --example angle_accuracy`
//! (on the reference: `cargo xtask example 1 angle_accuracy`).

use week1_vectors::gallery::random_vector;
use week1_vectors::testing::vec_norm2;
use week1_vectors::{Vector, vector};

/// The textbook formula, clamped so that it at least does not return NaN.
fn acos_angle(x: &Vector, y: &Vector) -> f64 {
    let d: f64 = x.iter().zip(y.iter()).map(|(a, b)| a * b).sum();
    (d / (vec_norm2(x) * vec_norm2(y))).clamp(-1.0, 1.0).acos()
}

fn rel(got: f64, want: f64) -> f64 {
    ((got - want) / want).abs()
}

fn main() {
    println!(
        "x = [1, 0], y = [cos θ, ±sin θ]: the true angle of the stored vectors is atan2(sin θ, cos θ),"
    );
    println!("which has no cancellation, so it serves as the exact answer.\n");
    println!(
        "{:>10}  {:>24}  {:>24}  {:>10}  {:>10}",
        "θ", "acos formula", "Kahan (angle)", "acos err", "Kahan err"
    );
    let x = vector![1.0, 0.0];
    for theta in [1.0, 1e-2, 1e-4, 1e-6, 1e-8, 1e-10, 1e-12, 1e-15] {
        let (s, c) = f64::sin_cos(theta);
        let y = vector![c, s];
        let truth = s.atan2(c);
        let (a, k) = (acos_angle(&x, &y), x.angle(&y).unwrap());
        println!(
            "{theta:>10.0e}  {a:>24.17e}  {k:>24.17e}  {:>10.1e}  {:>10.1e}",
            rel(a, truth),
            rel(k, truth)
        );
    }
    println!(
        "\nNear π: y = [−cos δ, sin δ], angle π − δ; errors relative to δ = π − θ (the part that matters).\n"
    );
    println!(
        "{:>10}  {:>22}  {:>22}",
        "δ", "acos: error in δ", "Kahan: error in δ"
    );
    for delta in [1e-2, 1e-4, 1e-6, 1e-8, 1e-10] {
        let (s, c) = f64::sin_cos(delta);
        let y = vector![-c, s];
        let truth = s.atan2(-c);
        let (a, k) = (acos_angle(&x, &y), x.angle(&y).unwrap());
        println!(
            "{delta:>10.0e}  {:>22.1e}  {:>22.1e}",
            (a - truth).abs() / delta,
            (k - truth).abs() / delta
        );
    }

    println!(
        "\nRandom directions in 10-D, y = x rotated by θ (true angle known to a few ε absolute):"
    );
    println!("worst absolute error over 1000 pairs for each θ\n");
    println!("{:>10}  {:>12}  {:>12}", "θ", "acos", "Kahan");
    for theta in [1e-10, 1e-6, 0.5, 1.5, std::f64::consts::PI - 1e-8] {
        let (mut worst_a, mut worst_k): (f64, f64) = (0.0, 0.0);
        for seed in 0..1000 {
            let (x, y) = pair_at_angle(10, theta, seed);
            worst_a = worst_a.max((acos_angle(&x, &y) - theta).abs());
            worst_k = worst_k.max((x.angle(&y).unwrap() - theta).abs());
        }
        println!("{theta:>10.3e}  {worst_a:>12.1e}  {worst_k:>12.1e}");
    }

    println!(
        "\nWithout the clamp, acos returns NaN: integer vectors x in [−6, 6]³, cos(x, 3x) > 1:"
    );
    let mut over = 0;
    let mut total = 0;
    for a in -6..=6 {
        for b in -6..=6 {
            for c in -6..=6 {
                if a == 0 && b == 0 && c == 0 {
                    continue;
                }
                let x = vector![a as f64, b as f64, c as f64];
                let x3: Vector = x.iter().map(|v| 3.0 * v).collect();
                let d: f64 = x.iter().zip(x3.iter()).map(|(p, q)| p * q).sum();
                total += 1;
                if d / (vec_norm2(&x) * vec_norm2(&x3)) > 1.0 {
                    over += 1;
                }
            }
        }
    }
    println!(
        "  {over} of {total} cosines exceed 1 (acos of them is NaN); cosine_similarity clamps."
    );
}

/// `(x, y)` at angle `theta`: y = cos θ·u + sin θ·w with u = x/‖x‖, w a unit vector ⟂ u.
fn pair_at_angle(n: usize, theta: f64, seed: u64) -> (Vector, Vector) {
    let x = random_vector(n, seed);
    let nx = vec_norm2(&x);
    let u: Vector = x.iter().map(|a| a / nx).collect();
    let mut w = random_vector(n, seed + 1_000_000);
    for _ in 0..2 {
        let c: f64 = w.iter().zip(u.iter()).map(|(a, b)| a * b).sum();
        w = w.iter().zip(u.iter()).map(|(a, b)| a - c * b).collect();
    }
    let nw = vec_norm2(&w);
    let (s, c) = theta.sin_cos();
    let y = u
        .iter()
        .zip(w.iter())
        .map(|(a, b)| c * a + s * b / nw)
        .collect();
    (x, y)
}
