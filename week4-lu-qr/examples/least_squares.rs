//! Least squares by the normal equations against QR (Trefethen & Bau, Lectures 18–19): the
//! Läuchli matrix and the Vandermonde fit of Lecture 19.
//!
//! Run it on the reference with `cargo xtask example 4 least_squares`, on your own code with
//! `cargo run -p week4-lu-qr --release --example least_squares`.

use week1_vectors::testing::{naive_matmul, naive_matvec, naive_transpose, relative_error};
use week1_vectors::{Matrix, Vector, gallery};
use week4_lu_qr::{Qr, lstsq_normal, lstsq_qr, lu, qr_givens, qr_householder, qr_mgs};

/// Solves `Rx = Qᵀb` with an explicit thin `Q` (the QR variants that form `Q`).
fn solve_with_explicit_q(f: &Qr, b: &Vector) -> Vector {
    let y = naive_matvec(&naive_transpose(&f.q), b);
    let n = f.r.cols();
    let mut x = vec![0.0; n];
    for i in (0..n).rev() {
        let s: f64 = (i + 1..n).map(|j| f.r[(i, j)] * x[j]).sum();
        x[i] = (y[i] - s) / f.r[(i, i)];
    }
    Vector::new(x)
}

/// The relative error of a result, or the error message.
fn describe(x: &week1_vectors::Result<Vector>, x_true: &Vector) -> String {
    match x {
        Ok(x) => format!("{:.1e}", relative_error(x, x_true)),
        Err(e) => format!("{e}"),
    }
}

fn main() {
    println!("1. Läuchli: A = [1 1 1 1; d·I₄] (5 × 4), b = A·x_true for a random x_true");
    println!(
        "   sigma = sqrt(4 + d²), d, d, d, so kappa(A) = sqrt(4 + d²)/d ≈ 2/d; kappa(AᵀA) = kappa(A)²"
    );
    let x_true = gallery::random_vector(4, 19);
    println!(
        "{:>8} {:>12} {:>12} {:>14}   normal equations",
        "d", "kappa·eps", "kappa²·eps", "Householder QR"
    );
    for d in [1e-2, 1e-4, 1e-6, 1e-7, 1e-8] {
        let a = gallery::lauchli(4, d);
        let b = naive_matvec(&a, &x_true);
        println!(
            "{d:>8.0e} {:>12.1e} {:>12.1e} {:>14}   {}",
            (4.0 + d * d).sqrt() / d * f64::EPSILON,
            (4.0 + d * d) / (d * d) * f64::EPSILON,
            describe(&lstsq_qr(&a, &b), &x_true),
            describe(&lstsq_normal(&a, &b), &x_true),
        );
    }
    println!("   (relative errors max|x - x_true| / max|x_true|)");

    println!();
    println!(
        "2. T&B Lecture 19: fit a degree-14 polynomial to exp(sin 4t) at 100 points of [0, 1]"
    );
    let m = 100;
    let n = 15;
    let t: Vec<f64> = (0..m).map(|i| i as f64 / (m - 1) as f64).collect();
    let a: Matrix = gallery::vandermonde(&t, n);
    let b = Vector::from_fn(m, |i| (4.0 * t[i]).sin().exp());
    let x15 = 2006.787453080206; // T&B's value of the last coefficient (to 16 digits)
    println!("   exact x₁₅ = {x15}, kappa(A) ≈ 2.3e10 (T&B), so kappa(AᵀA) ≈ 5e20 > 1/eps");
    let report = |name: &str, x: week1_vectors::Result<Vector>| match x {
        Ok(x) => println!(
            "   {name:<30} x₁₅ = {:>20.9}   relative error {:.1e}",
            x[n - 1],
            ((x[n - 1] - x15) / x15).abs()
        ),
        Err(e) => println!("   {name:<30} error: {e}"),
    };
    report("Householder, Qᵀb implicit", lstsq_qr(&a, &b));
    report(
        "Householder, Q formed",
        qr_householder(&a).map(|f| solve_with_explicit_q(&f, &b)),
    );
    report(
        "Givens, Q formed",
        qr_givens(&a).map(|f| solve_with_explicit_q(&f, &b)),
    );
    report(
        "modified Gram–Schmidt",
        qr_mgs(&a).map(|f| solve_with_explicit_q(&f, &b)),
    );
    report("normal equations (Cholesky)", lstsq_normal(&a, &b));
    // The same normal equations solved by LU, which does not refuse an indefinite AᵀA.
    let ata = naive_matmul(&naive_transpose(&a), &a);
    let atb = naive_matvec(&naive_transpose(&a), &b);
    report(
        "normal equations (LU)",
        lu(&ata).and_then(|f| f.solve(&atb)),
    );
}
