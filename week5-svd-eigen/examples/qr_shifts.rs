//! QR steps needed by the unshifted, Rayleigh-shifted and Wilkinson-shifted QR algorithm,
//! against the implicit tridiagonal QR of `symmetric_eigen`.
//!
//! Run on the reference: `cargo xtask example 5 qr_shifts`.

use week1_vectors::Matrix;
use week1_vectors::gallery::{frank, random_symmetric, tridiag, wilkinson_plus, with_eigenvalues};
use week5_svd_eigen::{Shift, eigenvalues_general, qr_algorithm, symmetric_eigen};

fn main() {
    let cap = 100_000;
    let cases: Vec<(String, Matrix)> = vec![
        (
            "eigenvalues 1..10 (well separated)".into(),
            with_eigenvalues(&(1..=10).map(f64::from).collect::<Vec<_>>(), 1),
        ),
        (
            "eigenvalues 1, 0.99, 0.98, …, 0.81".into(),
            with_eigenvalues(
                &(0..20).map(|k| 1.0 - 0.01 * k as f64).collect::<Vec<_>>(),
                2,
            ),
        ),
        ("random symmetric 20×20".into(), random_symmetric(20, 3)),
        ("random symmetric 50×50".into(), random_symmetric(50, 4)),
        (
            "tridiag(−1, 2, −1), n = 20".into(),
            tridiag(20, -1.0, 2.0, -1.0),
        ),
        ("Wilkinson W21⁺".into(), wilkinson_plus(21)),
        (
            "[[0, 1], [1, 0]]".into(),
            Matrix::from_rows(&[[0.0, 1.0], [1.0, 0.0]]).expect("2×2"),
        ),
    ];
    println!("QR steps until every eigenvalue has deflated (cap {cap})");
    println!();
    println!(
        "{:<36} {:>10} {:>10} {:>10} {:>16}",
        "matrix", "unshifted", "Rayleigh", "Wilkinson", "symmetric_eigen"
    );
    for (name, a) in &cases {
        let count = |shift| match qr_algorithm(a, shift, cap) {
            Ok(r) => r.iterations.to_string(),
            Err(_) => "stalls".to_string(),
        };
        let implicit = symmetric_eigen(a).expect("symmetric").iterations;
        println!(
            "{name:<36} {:>10} {:>10} {:>10} {:>16}",
            count(Shift::None),
            count(Shift::Rayleigh),
            count(Shift::Wilkinson),
            implicit
        );
    }
    println!();
    println!("(\"stalls\": NoConvergence after {cap} steps. symmetric_eigen also splits the");
    println!(" matrix wherever an off-diagonal entry becomes negligible, not only at the bottom.)");

    println!();
    println!("Frank's matrix F₁₂ (eigenvalues_general): its eigenvalues come in reciprocal pairs");
    println!("λ·λ' = 1, so |λₖ·λ₁₃₋ₖ − 1| ≈ the relative error of the smaller one");
    let ev = eigenvalues_general(&frank(12))
        .expect("Frank's matrix converges")
        .values;
    println!(
        "{:>4} {:>22} {:>22} {:>14}",
        "k", "λₖ", "λ₁₃₋ₖ", "|λλ' − 1|"
    );
    for k in 0..6 {
        let (big, small) = (ev[k].re, ev[11 - k].re);
        println!(
            "{:>4} {big:>22.15e} {small:>22.15e} {:>14.1e}",
            k + 1,
            (big * small - 1.0).abs()
        );
    }
}
