//! # Week 4: LU, Cholesky and QR factorisations, least squares
//!
//! A factorisation writes a matrix as a product of simple ones — triangular, orthogonal,
//! permutation — and then every question about the matrix becomes a question about those.
//! This week builds the three that numerical linear algebra rests on:
//!
//! - [`lu()`]: `PA = LU`, Gaussian elimination with the multipliers kept ([`Lu`] solves, gives the
//!   determinant and the inverse); [`lu_no_pivoting`] and [`growth_factor`] show why we pivot;
//! - [`cholesky()`]: `A = LLᵀ` for symmetric positive definite `A`, and [`cholesky_solve`];
//! - QR, `A = QR`, four ways: [`qr_cgs`], [`qr_mgs`], [`qr_householder`] (with
//!   [`householder()`], [`qr_householder_full`] and `Qᵀb` by [`Householder::apply_qt`]) and
//!   [`qr_givens`]; and [`qr_householder_blocked`], the same reflectors `nb` at a time by
//!   matrix products (week 2's fast kernel);
//! - least squares, by the normal equations ([`lstsq_normal`]) and by QR ([`lstsq_qr`]).
//!
//! The lesson is `week4-lu-qr/README.md`; run the tests with `cargo test -p week4-lu-qr`.
//!
//! Given code (read it, use it, do not change it): the types [`Lu`], [`Qr`], [`Householder`] and
//! their accessors, [`cholesky::check_symmetric`], the tolerances [`cholesky::cholesky_tolerance`]
//! and [`cholesky::factor_tolerance`]. Exercises: every function whose body is `todo!()`.

// Until you fill in a `todo!()`, its parameters and some imports are unused; this keeps the
// compiler quiet about that. (The reference solution is checked without it.)
// STUB: #![allow(unused_variables, unused_imports)]

pub mod blocked_qr;
pub mod cholesky;
pub mod givens;
pub mod gram_schmidt;
pub mod householder;
pub mod lstsq;
pub mod lu;
pub mod qr;
pub mod testing;

pub use blocked_qr::{QR_BLOCK, qr_householder_blocked};
pub use cholesky::{cholesky, cholesky_solve};
pub use givens::{givens_rotation, qr_givens};
pub use gram_schmidt::{qr_cgs, qr_mgs};
pub use householder::{Householder, householder, qr_householder, qr_householder_full};
pub use lstsq::{lstsq_normal, lstsq_qr};
pub use lu::{Lu, growth_factor, lu, lu_no_pivoting};
pub use qr::Qr;
