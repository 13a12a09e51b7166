//! Scaled residuals, the way LAPACK's test suite checks a factorisation.
//!
//! A backward-stable algorithm produces factors whose residual is a modest multiple of
//! `n·‖A‖·ε`; dividing by that makes a number of order 1 for a correct algorithm whatever the
//! size and scale of the input, and of order 1e10 or more for a wrong one. Tests compare the
//! ratio with [`THRESHOLD`]. Norms are 1-norms, as in LAPACK.

use super::naive::{naive_matmul, naive_matvec, naive_sub, naive_transpose, norm1};
use crate::{Matrix, Vector};

/// The pass mark for a scaled residual. LAPACK's tests use 30 with ε/2; we divide by the full ε
/// (twice as large), so 30 here is as strict as LAPACK's 60, and still five or more orders of
/// magnitude below what a wrong algorithm gives.
pub const THRESHOLD: f64 = 30.0;

fn ratio(numerator: f64, denominator: f64) -> f64 {
    if numerator.is_nan() || denominator.is_nan() {
        f64::NAN
    } else if numerator == 0.0 {
        0.0
    } else if denominator == 0.0 {
        f64::INFINITY
    } else {
        numerator / denominator
    }
}

/// `‖A − B‖₁ / (n·‖A‖₁·ε)` with `n = max(rows, cols, 1)`: how far a reconstruction `B` of `A`
/// (say `LU`, `QR`, `UΣVᵀ`) is from `A`, in units of what rounding explains.
///
/// 0 for exact agreement, ∞ when `A = 0` but `B ≠ 0`, NaN if either contains NaN.
///
/// # Panics
/// If the shapes differ.
pub fn reconstruction_ratio(a: &Matrix, b: &Matrix) -> f64 {
    assert_eq!(
        a.shape(),
        b.shape(),
        "reconstruction_ratio: A is {:?}, reconstruction is {:?}",
        a.shape(),
        b.shape()
    );
    let n = a.rows().max(a.cols()).max(1) as f64;
    ratio(norm1(&naive_sub(a, b)), n * norm1(a) * f64::EPSILON)
}

/// `‖I − QᵀQ‖₁ / (n·ε)` for the `m × n` matrix Q: how far its columns are from orthonormal.
pub fn orthogonality_ratio(q: &Matrix) -> f64 {
    let n = q.cols();
    let qtq = naive_matmul(&naive_transpose(q), q);
    ratio(
        norm1(&naive_sub(&Matrix::identity(n), &qtq)),
        n.max(1) as f64 * f64::EPSILON,
    )
}

/// `‖I − QᵀQ‖₁`, unscaled: the loss of orthogonality (≈ 1e-16 is perfect, ≈ 1 is none).
pub fn orthogonality_loss(q: &Matrix) -> f64 {
    let qtq = naive_matmul(&naive_transpose(q), q);
    norm1(&naive_sub(&Matrix::identity(q.cols()), &qtq))
}

/// `‖b − Ax‖₁ / (‖A‖₁·‖x‖₁·ε)`: the normwise backward error of a computed solution `x`, in
/// units of ε (LAPACK's `dget02`). Of order 1–10 for a backward-stable solver, whatever κ(A).
pub fn solve_ratio(a: &Matrix, x: &Vector, b: &Vector) -> f64 {
    let ax = naive_matvec(a, x);
    let r: f64 = b.iter().zip(ax.iter()).map(|(p, q)| (p - q).abs()).sum();
    let xn: f64 = x.iter().map(|v| v.abs()).sum();
    ratio(r, norm1(a) * xn * f64::EPSILON)
}

/// `‖B − AX‖₁ / (‖A‖₁·‖X‖₁·ε)` for many right-hand sides.
pub fn solve_many_ratio(a: &Matrix, x: &Matrix, b: &Matrix) -> f64 {
    let r = naive_sub(b, &naive_matmul(a, x));
    ratio(norm1(&r), norm1(a) * norm1(x) * f64::EPSILON)
}

/// The relative error `‖x − x_true‖∞ / ‖x_true‖∞` (for comparing with κ(A)·ε bounds).
pub fn relative_error(x: &Vector, x_true: &Vector) -> f64 {
    assert_eq!(
        x.len(),
        x_true.len(),
        "relative_error: lengths {} and {}",
        x.len(),
        x_true.len()
    );
    let num = x
        .iter()
        .zip(x_true.iter())
        .map(|(a, b)| (a - b).abs())
        .fold(0.0, f64::max);
    let den = x_true.iter().map(|v| v.abs()).fold(0.0, f64::max);
    ratio(num, den)
}
