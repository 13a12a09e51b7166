//! The growth factor of Gaussian elimination, with and without pivoting (Trefethen & Bau,
//! Lectures 20–22).
//!
//! Run it on the reference with `cargo xtask example 4 growth`, on your own code with
//! `cargo run -p week4-lu-qr --release --example growth`.

use week1_vectors::testing::{reconstruction_ratio, relative_error, solve_ratio};
use week1_vectors::{Matrix, Vector, gallery, matrix, testing};
use week4_lu_qr::{cholesky, growth_factor, lu, lu_no_pivoting};

fn main() {
    println!("1. Partial pivoting on W_n = gallery::wilkinson_growth(n): rho = 2^(n-1)");
    println!("   (solve W x = b for b = W x_true, x_true random; errors of the computed x)");
    println!(
        "{:>4} {:>12} {:>12} {:>16} {:>12}",
        "n", "rho", "2^(n-1)", "backward error", "rel. error"
    );
    for n in [2, 5, 10, 20, 30, 40, 50, 55, 60] {
        let w = gallery::wilkinson_growth(n);
        let f = lu(&w).expect("W_n is square and finite");
        let rho = growth_factor(&w, &f);
        let x_true = gallery::random_vector(n, 7);
        let b = testing::naive_matvec(&w, &x_true);
        let x = f.solve(&b).expect("W_n is nonsingular");
        println!(
            "{n:>4} {rho:>12.4e} {:>12.4e} {:>14.2e}ε {:>12.2e}",
            2f64.powi(n as i32 - 1),
            solve_ratio(&w, &x, &b),
            relative_error(&x, &x_true)
        );
    }

    println!();
    println!("2. Partial pivoting on random matrices (standard normal entries): rho stays small");
    println!("{:>4} {:>10} {:>22}", "n", "rho", "||PA-LU||/(n||A||eps)");
    for n in [10, 25, 50, 100, 200] {
        let a = gallery::random_matrix(n, n, 2024 + n as u64);
        let f = lu(&a).expect("square and finite");
        let pa = testing::naive_matmul(&f.p(), &a);
        let lu_prod = testing::naive_matmul(&f.l(), &f.u());
        println!(
            "{n:>4} {:>10.3} {:>22.3}",
            growth_factor(&a, &f),
            reconstruction_ratio(&pa, &lu_prod)
        );
    }

    println!();
    println!("3. No pivoting on A = [[d, 1], [1, 1]]: rho = 1/d; solve A x = (1, 2)");
    println!(
        "   (exact x = (1/(1-d), (1-2d)/(1-d)); 'backward error' is ||b - Ax||/(||A|| ||x|| eps))"
    );
    println!(
        "{:>8} {:>10} {:>22} {:>16} {:>24}",
        "d", "rho", "||A-LU||/(n||A||eps)", "backward error", "computed x"
    );
    for d in [1e-4, 1e-8, 1e-12, 1e-16, 1e-20] {
        let a = matrix![[d, 1.0], [1.0, 1.0]];
        let f = lu_no_pivoting(&a).expect("the pivot d is not zero");
        let b = Vector::from([1.0, 2.0]);
        let lu_ratio = reconstruction_ratio(&a, &testing::naive_matmul(&f.l(), &f.u()));
        match f.solve(&b) {
            Ok(x) => println!(
                "{d:>8.0e} {:>10.1e} {:>22.3e} {:>15.2e}ε     ({:.6}, {:.6})",
                growth_factor(&a, &f),
                lu_ratio,
                solve_ratio(&a, &x, &b),
                x[0],
                x[1]
            ),
            Err(e) => println!(
                "{d:>8.0e} {:>10.1e} {:>22.3e}   {e}",
                growth_factor(&a, &f),
                lu_ratio
            ),
        }
    }
    let a: Matrix = matrix![[1e-20, 1.0], [1.0, 1.0]];
    let x = lu(&a).unwrap().solve(&Vector::from([1.0, 2.0])).unwrap();
    println!(
        "   with partial pivoting, d = 1e-20: x = ({:.6}, {:.6}) (exact: 1/(1-d), (1-2d)/(1-d))",
        x[0], x[1]
    );

    println!();
    println!("4. Cholesky on the Hilbert matrix H_n (SPD, kappa₂(H₁₀) ≈ 1.6e13)");
    println!("{:>4} {:>28}", "n", "||H - LLᵀ||/(n||H||eps)");
    for n in [4, 8, 10, 11, 12, 13, 14] {
        let h = gallery::hilbert(n);
        match cholesky(&h) {
            Ok(l) => {
                let llt = testing::naive_matmul(&l, &testing::naive_transpose(&l));
                println!("{n:>4} {:>28.3e}", reconstruction_ratio(&h, &llt));
            }
            Err(e) => println!("{n:>4}   {e}"),
        }
    }
}
