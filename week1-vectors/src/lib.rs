//! # Week 1: vectors
//!
//! The building blocks of the course: the [`Vector`] and [`Matrix`] types, the error type
//! [`LinalgError`], and the first exercises — arithmetic, dot products, norms that neither
//! overflow nor underflow, angles that stay accurate near 0 and π, projections, the cross
//! product, and summation that does not lose small terms.
//!
//! The lesson is `week1-vectors/README.md`; run the tests with `cargo test -p week1-vectors`.
//!
//! Given code (read it, use it, do not change it): [`error`], [`vector`](mod@vector), [`matrix`](mod@matrix),
//! [`gallery`], [`testing`], and [`dot`] — the worked example, already written: read it first.
//! Exercises: every function whose body is `todo!()`.

// Until you fill in a `todo!()`, its parameters and some imports are unused; this keeps the
// compiler quiet about that. (The reference solution is checked without it.)
#![allow(unused_variables, unused_imports)]

pub mod error;
pub mod gallery;
pub mod matrix;
/// Drawing helpers for the lessons' pictures (only with the `pictures` feature).
#[cfg(feature = "pictures")]
pub mod plot;
pub mod testing;
pub mod timing;
pub mod vector;

pub mod angles;
pub mod arithmetic;
pub mod combination;
pub mod cross;
pub mod dot;
pub mod matrix_ops;
pub mod norms;
pub mod projection;
pub mod summation;

pub use error::{LinalgError, Result, Shape};
pub use matrix::Matrix;
pub use vector::Vector;
