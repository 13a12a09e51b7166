//! # Week 6: machine learning on real data, with your own linear algebra
//!
//! Five classic data sets (iris, diabetes, breast cancer, wine, digits), and the models that
//! made machine learning: linear and ridge regression three ways, logistic and softmax
//! regression trained by gradient descent, PCA, and a small neural network trained by
//! backpropagation — all on top of the linear algebra you wrote in weeks 1–5 (week 2's
//! products, week 3's triangular solves, week 4's Cholesky and QR, week 5's eigensolver and SVD).
//!
//! The lesson is `week6-ml/README.md`; run the tests with `cargo test -p week6-ml`, and the
//! example programs with `cargo run --release -p week6-ml --example NAME`.
//!
//! Given code (read it, use it, do not change it): [`data`] (the CSV loader and [`Dataset`]),
//! [`testing`], the [`train::Objective`] and [`optim::Optimizer`] traits, and the helpers marked
//! "given". Exercises: every function whose body is `todo!()`, in this order:
//! [`split`], [`preprocessing`], [`metrics`], [`stable`], [`linear`], [`optim`], [`gradcheck`],
//! [`train`], [`logistic`], [`softmax_regression`], [`pca`], [`network`].

// Until you fill in a `todo!()`, its parameters and some imports are unused; this keeps the
// compiler quiet about that. (The reference solution is checked without it.)
#![allow(unused_variables, unused_imports)]

pub mod data;
pub mod testing;

pub mod gradcheck;
pub mod linear;
pub mod logistic;
pub mod metrics;
pub mod network;
pub mod optim;
pub mod pca;
pub mod preprocessing;
pub mod softmax_regression;
pub mod split;
pub mod stable;
pub mod train;

pub use data::{DataError, Dataset};
