//! Catastrophic cancellation in three places of the week: a subtraction, Lagrange's identity
//! for the parallelogram area, and the two formulas for linear interpolation.
//!
//! Runs on your code: `cargo run -p week1-vectors --example cancellation`
//! (on the reference: `cargo xtask example 1 cancellation`).

use week1_vectors::vector;

fn main() {
    println!("Subtraction reveals earlier rounding:");
    println!("  0.1 + 0.2         = {:?}", 0.1 + 0.2);
    println!("  (0.1 + 0.2) − 0.3 = {:e}", (0.1 + 0.2) - 0.3);
    let (big, one) = (1e16, 1.0);
    println!("  1e16 + 1 − 1e16   = {}", (big + one) - big);

    println!("\nParallelogram area of x = [1, 1, 1] and y = [1, 1, 1 + δ], true area √2·δ:");
    println!(
        "{:>8}  {:>24}  {:>24}  {:>24}",
        "δ", "true (√2·δ stored)", "‖x × y‖ (cross)", "Lagrange √(‖x‖²‖y‖²−(x·y)²)"
    );
    for delta in [1e-2, 1e-4, 1e-6, 1e-8, 1e-10] {
        let x = vector![1.0, 1.0, 1.0];
        let y = vector![1.0, 1.0, 1.0 + delta];
        // The stored third entry is 1 + d with d = fl(1 + δ) − 1 exactly.
        let d = (1.0 + delta) - 1.0;
        let truth = 2f64.sqrt() * d;
        let area = x.parallelogram_area(&y).unwrap();
        let xx: f64 = x.iter().map(|v| v * v).sum();
        let yy: f64 = y.iter().map(|v| v * v).sum();
        let xy: f64 = x.iter().zip(y.iter()).map(|(a, b)| a * b).sum();
        let lagrange = (xx * yy - xy * xy).sqrt();
        println!("{delta:>8.0e}  {truth:>24.17e}  {area:>24.17e}  {lagrange:>24.17e}");
    }

    println!("\nLinear interpolation at t = 1 must give y:");
    let (x, y) = (1e17, 0.1);
    let t = 1.0;
    println!(
        "  x + t·(y − x)     = {:?}   (x = 1e17, y = 0.1)",
        x + t * (y - x)
    );
    println!("  (1 − t)·x + t·y   = {:?}", (1.0 - t) * x + t * y);
    println!(
        "  lerp              = {:?}",
        vector![x].lerp(&vector![y], 1.0).unwrap()[0]
    );
    println!("And the midpoint of −1e308 and 1e308:");
    let (x, y) = (-1e308, 1e308);
    println!("  x + 0.5·(y − x)   = {:?}", x + 0.5 * (y - x));
    println!(
        "  lerp              = {:?}",
        vector![x].lerp(&vector![y], 0.5).unwrap()[0]
    );
}
