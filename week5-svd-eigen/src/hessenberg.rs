//! Orthogonal reduction to Hessenberg form, and for symmetric matrices to tridiagonal form.
//!
//! No finite sequence of operations can make a general matrix triangular while keeping its
//! eigenvalues (that would solve polynomial equations in closed form). But a finite sequence
//! of Householder reflections can zero everything below the **first subdiagonal**: the
//! Hessenberg form. The QR algorithm then iterates on it at O(n²) per step instead of O(n³),
//! and Hessenberg form is preserved by each step. A symmetric Hessenberg matrix is tridiagonal.

use crate::checks::{check_finite, check_square, check_symmetric};
use week1_vectors::{Matrix, Result, Vector};

/// `A = Q·H·Qᵀ` with `Q` orthogonal and `H` upper Hessenberg (`hᵢⱼ = 0` for `i > j + 1`).
#[derive(Debug, Clone, PartialEq)]
pub struct Hessenberg {
    /// The upper Hessenberg matrix, same eigenvalues as A; entries below the subdiagonal are
    /// exactly 0.
    pub h: Matrix,
    /// The orthogonal matrix (the product of the reflectors).
    pub q: Matrix,
}

/// `A = Q·T·Qᵀ` with `T` symmetric tridiagonal, stored as its diagonal and off-diagonal.
#[derive(Debug, Clone, PartialEq)]
pub struct Tridiagonal {
    /// The diagonal of T (length n).
    pub diag: Vector,
    /// The off-diagonal of T, `T[k][k+1] = T[k+1][k] = offdiag[k]` (length n − 1; 0 for n = 0).
    pub offdiag: Vector,
    /// The orthogonal matrix.
    pub q: Matrix,
}

/// Reduces a square matrix to upper Hessenberg form by Householder reflections:
/// `A = Q·H·Qᵀ`.
///
/// For `k = 0 .. n−3`: take `x = H[k+1.., k]` (the column below the subdiagonal entry), build
/// the reflector `P = I − β·v·vᵀ` with `P·x = α·e₁`, and apply it **on both sides** — rows
/// `k+1..` from the left, columns `k+1..` from the right — so the result is similar to A
/// (same eigenvalues). Accumulate `Q ← Q·P`. Set the zeroed entries to exactly 0.
///
/// n ≤ 2 matrices are already Hessenberg (`q = I`). Cost ≈ 10n³/3 flops for H, plus 4n³/3 to
/// accumulate Q (applied to the identity; one could keep the reflectors instead).
///
/// # Errors
/// [`LinalgError::NotSquare`](week1_vectors::LinalgError::NotSquare); [`LinalgError::NonFinite`](week1_vectors::LinalgError::NonFinite) for NaN/∞ entries.
///
/// # Numerical pitfall
/// Apply the reflector as `A ← A − β·v·(vᵀA)` (a rank-one update, O(n²)), never by forming
/// the n×n matrix P (O(n³) per reflector). And choose the sign of α against `x₀`
/// (see the source of the reflector).
///
/// # Example
/// ```
/// use week1_vectors::{matrix, testing::{naive_matmul, naive_transpose, reconstruction_ratio}};
/// use week5_svd_eigen::hessenberg;
/// let a = matrix![[4.0, 1.0, 2.0], [3.0, 5.0, 1.0], [4.0, 2.0, 6.0]];
/// let hq = hessenberg(&a).unwrap();
/// assert_eq!(hq.h[(2, 0)], 0.0);
/// let back = naive_matmul(&naive_matmul(&hq.q, &hq.h), &naive_transpose(&hq.q));
/// assert!(reconstruction_ratio(&a, &back) < 30.0);
/// ```
pub fn hessenberg(a: &Matrix) -> Result<Hessenberg> {
    todo!("hessenberg")
}

/// Reduces a symmetric matrix to symmetric tridiagonal form: `A = Q·T·Qᵀ`.
///
/// The Hessenberg reduction of a symmetric matrix, exploiting symmetry: with the reflector
/// `(v, β)` of column k and `A₂₂` the trailing block,
///
/// ```text
/// p ← β·A₂₂·v;   w ← p − (β·pᵀv/2)·v;   A₂₂ ← A₂₂ − v·wᵀ − w·vᵀ
/// ```
///
/// a symmetric rank-two update (4n³/3 flops for T; only the lower triangle is read and
/// updated). The off-diagonal entry `k` is the
/// reflector's `α`. Keep the reflectors and form `Q = P₀·P₁⋯P_{n−2}` at the end by
/// **backward accumulation** (`Q ← Pₖ·Q` from the last reflector to the first, starting from
/// I): each `Pₖ` then changes only the trailing block `Q[k+1.., k+1..]`, 4n³/3 flops in all
/// instead of 2n³ for `Q ← Q·Pₖ` on every row (Golub & Van Loan §5.1.6).
///
/// Works on `(A + Aᵀ)/2`, so an input symmetric only to rounding is accepted (see
/// [`crate::checks::SYMMETRY_TOL`]).
///
/// # Errors
/// [`LinalgError::NotSquare`](week1_vectors::LinalgError::NotSquare); [`LinalgError::NonFinite`](week1_vectors::LinalgError::NonFinite);
/// [`LinalgError::InvalidArgument`](week1_vectors::LinalgError::InvalidArgument) if A is not symmetric.
///
/// # Example
/// ```
/// use week1_vectors::{matrix, vector};
/// use week5_svd_eigen::tridiagonalize;
/// let t = tridiagonalize(&matrix![[1.0, 2.0, 2.0], [2.0, 1.0, 0.0], [2.0, 0.0, 1.0]]).unwrap();
/// assert_eq!(t.diag.len(), 3);
/// assert_eq!(t.offdiag.len(), 2);
/// assert!((t.offdiag[0].abs() - 8f64.sqrt()).abs() < 1e-14); // ‖(2, 2)‖
/// ```
pub fn tridiagonalize(a: &Matrix) -> Result<Tridiagonal> {
    todo!("tridiagonalize")
}
