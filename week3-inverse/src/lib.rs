//! # Week 3: linear systems, determinants and the inverse
//!
//! Gaussian elimination, the one algorithm behind this whole week: triangular solves, row
//! operations, the row echelon form and the rank, `Ax = b` with and without pivoting, the
//! determinant (by elimination, and by cofactor expansion to see why nobody uses it), the inverse
//! by Gauss–Jordan, the condition number, and the backward error that tells you whether an
//! answer can be trusted.
//!
//! The lesson is `week3-inverse/README.md`; run the tests with `cargo test -p week3-inverse`.
//!
//! Given code (read it, use it, do not change it): [`checks`] (argument checks that return the
//! right [`LinalgError`]), [`tolerance`] (the week's one rule for "numerically zero") and
//! [`pow2`] (exact scaling by powers of two: the rule for a determinant that overflows).
//! Exercises: every function whose body is `todo!()`, in this order:
//! [`triangular`], [`row_ops`], [`echelon`], [`rank`](mod@rank), [`gauss`],
//! [`determinant`](mod@determinant), [`inverse`](mod@inverse), [`condition`],
//! [`residual`](mod@residual).
//!
//! # Conventions of the week
//! - Every function that takes a matrix checks it first: the wrong shape gives
//!   [`LinalgError::NotSquare`] / [`LinalgError::ShapeMismatch`], a NaN or infinite entry gives
//!   [`LinalgError::NonFinite`] (never a NaN answer, never a hang). The one exception is
//!   [`rank::rank`], whose `usize` answer cannot carry an error: it panics on NaN, saying so.
//! - A pivot is *negligible* when `|p| ≤ tol(A) = max(m, n)·ε·‖A‖₁`
//!   ([`tolerance::pivot_tolerance`]). [`gauss::solve`] and [`inverse::inverse`] then report
//!   [`LinalgError::Singular`] naming the column, the pivot's size and the tolerance;
//!   [`rank::rank`] does not count it.
//! - Empty input follows numpy: `det` of the 0×0 matrix is 1, solving a 0×0 system gives the
//!   empty vector, the inverse of 0×0 is 0×0, the rank of any empty matrix is 0.
//!
//! [`LinalgError`]: week1_vectors::LinalgError
//! [`LinalgError::NotSquare`]: week1_vectors::LinalgError::NotSquare
//! [`LinalgError::ShapeMismatch`]: week1_vectors::LinalgError::ShapeMismatch
//! [`LinalgError::NonFinite`]: week1_vectors::LinalgError::NonFinite
//! [`LinalgError::Singular`]: week1_vectors::LinalgError::Singular

// Until you fill in a `todo!()`, its parameters and some imports are unused; this keeps the
// compiler quiet about that. (The reference solution is checked without it.)
#![allow(unused_variables, unused_imports)]

pub mod checks;
pub mod pow2;
pub mod tolerance;

pub mod condition;
pub mod determinant;
pub mod echelon;
pub mod gauss;
pub mod inverse;
pub mod rank;
pub mod residual;
pub mod row_ops;
pub mod triangular;

pub use condition::{cond_1, cond_inf};
pub use determinant::{det_cofactor, determinant};
pub use echelon::{Echelon, row_echelon, row_echelon_with_tol, rref};
pub use gauss::{solve, solve_no_pivoting};
pub use inverse::inverse;
pub use rank::{rank, rank_with_tol};
pub use residual::{backward_error, relative_residual, residual};
pub use row_ops::{row_add, row_scale, row_swap};
pub use tolerance::pivot_tolerance;
pub use triangular::{back_substitution, forward_substitution};
