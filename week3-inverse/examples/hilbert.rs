//! Don't invert to solve: Hilbert matrices H₄ … H₁₄, solved by elimination and through the
//! inverse.
//!
//! ```text
//! cargo run -p week3-inverse --example hilbert       # on your code
//! cargo xtask example 3 hilbert                      # on the reference solution
//! ```
//!
//! For each n: x* = (1, …, 1), b = H·x* (rounded, computed by `testing::naive_matvec`), then
//! x = solve(H, b) and x = inverse(H)·b. Columns:
//! - κ₁ exact: ‖H‖₁·‖H⁻¹‖₁ with the exact integer inverse `gallery::hilbert_inverse`;
//! - cond_1: the same computed with this week's `inverse` (∞ when it reports singular);
//! - error: the relative error ‖x − x*‖∞/‖x*‖∞ (expect about κ·ε for both methods);
//! - η: the backward error ‖b − Hx‖∞/(‖H‖∞‖x‖∞ + ‖b‖∞) (expect about ε for `solve`).

use week1_vectors::gallery::{hilbert, hilbert_inverse};
use week1_vectors::testing::{EPS, naive_matvec, norm1, relative_error};
use week1_vectors::{LinalgError, Vector};
use week3_inverse::{backward_error, cond_1, inverse, solve, solve_no_pivoting};

fn main() -> week1_vectors::Result<()> {
    println!(
        "{:>3}  {:>9}  {:>9}  {:>9}  {:>9}  {:>9}  {:>9}",
        "n", "κ₁ exact", "cond_1", "err solve", "err inv", "η solve", "η inv"
    );
    let mut singular = Vec::new();
    for n in 4..=14 {
        let h = hilbert(n);
        let kappa = norm1(&h) * norm1(&hilbert_inverse(n));
        let x_true = Vector::filled(n, 1.0);
        let b = naive_matvec(&h, &x_true);
        let cond = cond_1(&h)?;
        match (solve(&h, &b), inverse(&h)) {
            (Ok(x_solve), Ok(h_inv)) => {
                let x_inv = naive_matvec(&h_inv, &b);
                println!(
                    "{n:>3}  {kappa:>9.2e}  {cond:>9.2e}  {:>9.2e}  {:>9.2e}  {:>9.2e}  {:>9.2e}",
                    relative_error(&x_solve, &x_true),
                    relative_error(&x_inv, &x_true),
                    backward_error(&h, &x_solve, &b)?,
                    backward_error(&h, &x_inv, &b)?,
                );
            }
            (Err(e @ LinalgError::Singular { .. }), _)
            | (_, Err(e @ LinalgError::Singular { .. })) => {
                println!("{n:>3}  {kappa:>9.2e}  {cond:>9.2e}  {e}");
                singular.push(n);
            }
            (Err(e), _) | (_, Err(e)) => return Err(e),
        }
    }
    println!("\nκ₁·ε passes 1 at n = 12: no digit of x is determined by b any more, and `solve`");
    println!(
        "says so (a pivot below n·ε·‖H‖₁). Ignoring the warning — elimination without pivoting"
    );
    println!("stops only at exact zeros (H is positive definite, so no pivoting is needed):\n");
    println!(
        "{:>3}  {:>9}  {:>9}  {:>9}  {:>11}",
        "n", "κ₁ exact", "κ₁·ε", "err", "η"
    );
    for n in singular {
        let h = hilbert(n);
        let kappa = norm1(&h) * norm1(&hilbert_inverse(n));
        let x_true = Vector::filled(n, 1.0);
        let b = naive_matvec(&h, &x_true);
        let x = solve_no_pivoting(&h, &b)?;
        println!(
            "{n:>3}  {kappa:>9.2e}  {:>9.2e}  {:>9.2e}  {:>11.2e}",
            kappa * EPS,
            relative_error(&x, &x_true),
            backward_error(&h, &x, &b)?
        );
    }
    println!(
        "\nA backward error of order ε and an answer with no correct digit: the algorithm did"
    );
    println!("its job (stability), the problem could not be solved in f64 (conditioning).");
    Ok(())
}
