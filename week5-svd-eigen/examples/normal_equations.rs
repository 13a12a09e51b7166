//! Singular values below about √ε·σ₁ are lost when the SVD is computed through AᵀA.
//!
//! A 30×8 matrix with singular values 1, 1e-2, 1e-4, …, 1e-14 (random singular vectors):
//! one-sided Jacobi (`svd`) against the eigenvalues of AᵀA (`svd_via_normal_equations`).
//!
//! Run on the reference: `cargo xtask example 5 normal_equations`.

use week1_vectors::gallery::{lauchli, with_singular_values};
use week5_svd_eigen::{svd, svd_via_normal_equations};

fn main() {
    let sigma: Vec<f64> = (0..8).map(|k| 10f64.powi(-2 * k)).collect();
    let a = with_singular_values(30, 8, &sigma, 5);
    let good = svd(&a).expect("svd");
    let bad = svd_via_normal_equations(&a).expect("svd via AᵀA");
    println!("√ε = {:.1e}", f64::EPSILON.sqrt());
    println!();
    println!("   true σ      svd (Jacobi)   rel. error    via AᵀA        rel. error");
    for (j, &s) in sigma.iter().enumerate() {
        let (g, b) = (good.sigma[j], bad.sigma[j]);
        println!(
            "  {s:>7.0e}   {g:>12.6e}   {:>10.1e}    {b:>12.6e}   {:>10.1e}",
            (g - s).abs() / s,
            (b - s).abs() / s
        );
    }
    println!();
    println!("Läuchli, δ = 1e-8: A = [1 1; δ 0; 0 δ], σ = √(2 + δ²) and δ; fl(1 + δ²) = 1.");
    let l = lauchli(2, 1e-8);
    let g = svd(&l).expect("svd");
    let b = svd_via_normal_equations(&l).expect("svd via AᵀA");
    println!(
        "  svd:                   σ = {:.17e}, {:.17e}",
        g.sigma[0], g.sigma[1]
    );
    println!(
        "  svd_via_normal_equations: {:.17e}, {:.17e}",
        b.sigma[0], b.sigma[1]
    );
}
