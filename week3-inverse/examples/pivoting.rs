//! Why pivot: Gaussian elimination on `[[δ, 1], [1, 1]]` with and without row swaps.
//!
//! ```text
//! cargo run -p week3-inverse --example pivoting      # on your code
//! cargo xtask example 3 pivoting                     # on the reference solution
//! ```
//!
//! The exact solution of `[[δ, 1], [1, 1]]·x = [1, 2]` is `x₀ = 1/(1 − δ)`,
//! `x₁ = (1 − 2δ)/(1 − δ)`: both within δ of 1. The matrix is perfectly well conditioned
//! (κ₁ ≈ 4) — any error beyond a few ε is the algorithm's fault.

use week1_vectors::testing::relative_error;
use week1_vectors::{Matrix, Vector, matrix, vector};
use week3_inverse::{backward_error, cond_1, solve, solve_no_pivoting};

fn exact(delta: f64) -> Vector {
    // Evaluated in f64: within a few ulps of the true values (for δ < ε/2, 1 − δ rounds to 1,
    // and (1, 1) is then the correctly rounded answer).
    vector![1.0 / (1.0 - delta), (1.0 - 2.0 * delta) / (1.0 - delta)]
}

fn main() -> week1_vectors::Result<()> {
    let a = matrix![[1e-20, 1.0], [1.0, 1.0]];
    let b = vector![1.0, 2.0];
    println!(
        "A = [[1e-20, 1], [1, 1]],  b = [1, 2],  κ₁(A) = {:.3}",
        cond_1(&a)?
    );
    println!("exact x = (1/(1 − 1e-20), (1 − 2e-20)/(1 − 1e-20)), which rounds to (1, 1)\n");

    let x = solve_no_pivoting(&a, &b)?;
    println!("without pivoting:  x = {x}");
    println!(
        "   step 0: l = a₁₀/a₀₀ = 1e20;  a₁₁ ← 1 − 1e20·1 = {:e};  b₁ ← 2 − 1e20·1 = {:e}",
        1.0 - 1e20 * 1.0,
        2.0 - 1e20 * 1.0
    );
    println!("   the 1 and the 2 of row 1 are lost: U = [[1e-20, 1], [0, -1e20]] is the");
    println!("   factor of [[1e-20, 1], [1, 0]], a different matrix.");
    report(&a, &x, &b, &exact(1e-20))?;

    let x = solve(&a, &b)?;
    println!("\nwith partial pivoting:  x = {x}");
    println!("   rows swapped first: l = 1e-20, a₁₁ ← 1 − 1e-20·1 = 1, nothing lost.");
    report(&a, &x, &b, &exact(1e-20))?;

    println!("\nThe same, for δ = 1e-2 … 1e-20: relative error of x (‖·‖∞)");
    println!(
        "{:>8}  {:>16}  {:>16}  {:>16}",
        "δ", "no pivoting", "partial pivoting", "backward err (no piv.)"
    );
    for k in (2..=20).step_by(2) {
        let delta = 10f64.powi(-k);
        let a = Matrix::from_rows(&[[delta, 1.0], [1.0, 1.0]])?;
        let truth = exact(delta);
        let x_np = solve_no_pivoting(&a, &b)?;
        let x_pp = solve(&a, &b)?;
        println!(
            "{delta:>8.0e}  {:>16.2e}  {:>16.2e}  {:>16.2e}",
            relative_error(&x_np, &truth),
            relative_error(&x_pp, &truth),
            backward_error(&a, &x_np, &b)?
        );
    }
    println!(
        "\nWithout pivoting the error grows like ε/δ: the multiplier 1/δ magnifies the rounding"
    );
    println!(
        "of row 1. With pivoting every multiplier is at most 1 and the error stays at ε level."
    );
    Ok(())
}

fn report(a: &Matrix, x: &Vector, b: &Vector, truth: &Vector) -> week1_vectors::Result<()> {
    println!(
        "   relative error ‖x − x*‖∞/‖x*‖∞ = {:.2e},  backward error η = {:.2e}",
        relative_error(x, truth),
        backward_error(a, x, b)?
    );
    Ok(())
}
