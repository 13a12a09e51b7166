//! # Week 5: eigenvalues and the singular value decomposition
//!
//! Iterative methods, at last: the answers of this week cannot be computed in a fixed number of
//! steps (for n ≥ 5 no formula gives the roots of a polynomial, so none gives eigenvalues
//! either). Every method here repeats a step until a tolerance is met, and every one has an
//! iteration cap and reports what it spent.
//!
//! The ladder, in the order of the lesson (`week5-svd-eigen/README.md`):
//!
//! 1. one vector at a time: [`power::power_iteration`], [`power::inverse_iteration`],
//!    [`power::rayleigh_quotient_iteration`], and [`deflation`] to find the next one;
//! 2. 2×2 in closed form, real or a complex pair: [`eig2x2::eig2x2`];
//! 3. orthogonal reductions: [`givens::givens`], [`hessenberg::hessenberg`],
//!    [`hessenberg::tridiagonalize`];
//! 4. the QR algorithm, unshifted and shifted ([`qr_algorithm::qr_algorithm`]), then the real
//!    thing: [`symmetric::symmetric_eigen`] (implicit QR with Wilkinson's shift) and its
//!    rival [`jacobi::jacobi_eigen`];
//! 5. non-symmetric matrices, whose eigenvalues may be complex:
//!    [`general::eigenvalues_general`] (Francis' double shift);
//! 6. the SVD by one-sided Jacobi, [`svd::svd`], and the way not to do it,
//!    [`svd::svd_via_normal_equations`];
//! 7. what the SVD is for: [`low_rank`] (Eckart–Young, pseudo-inverse, rank, κ₂);
//! 8. an eigenvector that earns money: [`pagerank::pagerank`].
//!
//! Given code (read it, use it, do not change it): [`complex`], [`checks`]. Exercises: every
//! function whose body is `todo!()`. Run the tests with `cargo test -p week5-svd-eigen`.

// Until you fill in a `todo!()`, its parameters and some imports are unused; this keeps the
// compiler quiet about that. (The reference solution is checked without it.)
// STUB: #![allow(unused_variables, unused_imports)]

pub mod checks;
pub mod complex;

pub mod deflation;
pub mod eig2x2;
pub mod general;
pub mod givens;
pub mod hessenberg;
pub mod jacobi;
pub mod low_rank;
pub mod pagerank;
pub mod power;
pub mod qr_algorithm;
pub mod svd;
pub mod symmetric;
pub mod testing;

pub use complex::Complex;
pub use deflation::{dominant_eigenpairs, hotelling_deflation};
pub use eig2x2::eig2x2;
pub use general::{GeneralEigen, eigenvalues_general};
pub use givens::{Givens, givens};
pub use hessenberg::{Hessenberg, Tridiagonal, hessenberg, tridiagonalize};
pub use jacobi::jacobi_eigen;
pub use low_rank::{
    cond_2, low_rank_approx, numerical_rank, numerical_rank_with_tol, pseudo_inverse,
};
pub use pagerank::{PageRank, pagerank};
pub use power::{
    EigenEstimate, inverse_iteration, power_iteration, rayleigh_quotient,
    rayleigh_quotient_iteration,
};
pub use qr_algorithm::{QrAlgorithm, Shift, qr_algorithm};
pub use svd::{Svd, svd, svd_via_normal_equations};
pub use symmetric::{SymmetricEigen, symmetric_eigen};
