//! # Week 2: matrix multiplication and the performance ladder
//!
//! One product, `C = A·B`, written five times: the textbook `ijk` loop, the cache-friendly `ikj`
//! order, dot products against a transposed `B`, cache blocking, and a fast kernel that packs
//! panels of `A` and `B` and keeps a small block of `C` in registers. Not every rung beats the
//! one before it (dot products lose to `ikj`, and blocking alone may too: the lesson's benchmark
//! shows where), but the last is tens of times faster than the first. Every rung computes the same `2mnk` flops; what changes is how often each number
//! has to come from main memory. Around the ladder: transposes (naive and blocked), matrix–vector
//! and vector–matrix products, the outer product, the trace, integer matrix powers by repeated
//! squaring, and the Frobenius, 1- and ∞-norms.
//!
//! The lesson is `week2-matmul/README.md`; run the tests with `cargo test -p week2-matmul`, and
//! the benchmark with `cargo bench -p week2-matmul --features peer`.
//!
//! Given code (read it, use it, do not change it): [`product`] (the shape check and [`matmul`]
//! itself) and [`testing`] (the product error bound the tests use). Exercises: every function
//! whose body is `todo!()`.

// Until you fill in a `todo!()`, its parameters and some imports are unused; this keeps the
// compiler quiet about that. (The reference solution is checked without it.)
// STUB: #![allow(unused_variables, unused_imports)]

pub mod product;
pub mod testing;

pub mod blocked;
pub mod fast;
pub mod flops;
pub mod naive;
pub mod norms;
pub mod power;
pub mod transpose;
pub mod transposed;
pub mod vector_products;

pub use blocked::matmul_blocked;
pub use fast::{matmul_fast, matmul_fast_threaded};
pub use flops::matmul_flops;
pub use naive::{matmul_ijk, matmul_ikj};
pub use norms::{norm_1, norm_frobenius, norm_inf};
pub use power::{matrix_power, trace};
pub use product::{check_product_shapes, matmul};
pub use transpose::{transpose, transpose_blocked};
pub use transposed::matmul_transposed;
pub use vector_products::{matvec, outer, vecmat};

pub use week1_vectors::{LinalgError, Matrix, Result, Vector, matrix, vector};
