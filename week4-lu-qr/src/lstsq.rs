//! Exercises: linear least squares, `min ‖Ax − b‖₂` for a tall `A` (m ≥ n), by the normal
//! equations and by QR (Trefethen & Bau, Lectures 11, 18–19).
//!
//! The residual `r = b − Ax` is smallest when it is orthogonal to the column space of `A`:
//! `Aᵀ(b − Ax) = 0`, the **normal equations** `AᵀAx = Aᵀb`. Solving them as written squares the
//! condition number, κ(AᵀA) = κ(A)². With `A = QR`, the same condition reads `Rx = Qᵀb`, and
//! κ(R) = κ(A): nothing is squared.

use week1_vectors::{LinalgError, Matrix, Result, Vector};

/// Least squares by the normal equations: form `G = AᵀA` (n × n, symmetric positive definite
/// when `A` has full column rank) and `c = Aᵀb`, then solve `Gx = c` by [`crate::cholesky()`] and
/// [`crate::cholesky_solve`].
///
/// Cost: mn² flops for `AᵀA` (use its symmetry: compute the lower triangle and mirror it) plus
/// ⅓n³ — the cheapest method, and fine when A is well conditioned.
///
/// # Errors
/// With `op: "lstsq_normal"`: [`LinalgError::LengthMismatch`] (left `m`, right `b.len()`);
/// [`LinalgError::NonFinite`] for NaN or ∞ in `A` or `b`; [`LinalgError::RankDeficient`]
/// `{ rank: m, needed: n }` for a wide `A` (m < n, so the rank is at most m), and
/// `{ rank: j, needed: n }` when the Cholesky factorisation of the computed `AᵀA` breaks down at
/// index `j` — `fl(AᵀA)` is not positive definite, even if `A` itself has full rank (Läuchli).
///
/// # Example
/// ```
/// use week1_vectors::{matrix, vector, gallery, LinalgError};
/// use week4_lu_qr::lstsq_normal;
/// // Fit a line c₀ + c₁t through (0, 1), (1, 3), (2, 5): exactly 1 + 2t.
/// let a = matrix![[1.0, 0.0], [1.0, 1.0], [1.0, 2.0]];
/// let x = lstsq_normal(&a, &vector![1.0, 3.0, 5.0]).unwrap();
/// assert!((x[0] - 1.0).abs() < 1e-14 && (x[1] - 2.0).abs() < 1e-14);
/// // Läuchli, δ = 1e-8: 1 + δ² rounds to 1, so fl(AᵀA) is the singular all-ones matrix.
/// let e = lstsq_normal(&gallery::lauchli(2, 1e-8), &vector![1.0, 0.0, 0.0]).unwrap_err();
/// assert_eq!(e, LinalgError::RankDeficient { op: "lstsq_normal", rank: 1, needed: 2 });
/// ```
///
/// # Pitfall
/// κ(AᵀA) = κ(A)². When κ(A) ≈ 1e8 the normal equations have no correct digits left (or, as
/// here, fail outright), while QR still gets about eight.
pub fn lstsq_normal(a: &Matrix, b: &Vector) -> Result<Vector> {
    todo!("lstsq_normal")
}

/// Least squares by Householder QR (Trefethen & Bau, Algorithm 11.2): factor `A = QR`
/// ([`crate::householder()`]), compute `y = Qᵀb` *without forming Q*
/// ([`crate::Householder::apply_qt`]), and solve the `n × n` triangular system `Rx = y[0..n]`
/// by back substitution. (`‖y[n..m]‖` is the norm of the residual.)
///
/// **Rank test.** Without column pivoting QR does not reveal the rank reliably, but an `R` with
/// a tiny diagonal entry makes `Rx = y` meaningless. The tolerance is
/// `|rⱼⱼ| ≤ tol = 10 · max(m, n) · ε · maxₖ |rₖₖ|`: ten times the one MATLAB's QR-based
/// backslash uses (numpy's `lstsq` uses MATLAB's on singular values). The factor 10 is a margin
/// for the rounding noise that a dependent column leaves on `R`'s diagonal — a few `ε·‖A‖` —
/// which for small matrices is as large as `max(m, n)·ε·‖A‖` itself. If any `|rⱼⱼ| ≤ tol`, the
/// result is `RankDeficient` with `rank` = the number of `|rⱼⱼ| > tol` (exact for inputs whose
/// first `rank` columns are independent).
///
/// Cost: 2mn² − ⅔n³ flops (m ≥ n). Backward stable: the computed `x` is the exact solution for
/// a nearby `A + δA`, with `‖δA‖ / ‖A‖ = O(ε)`.
///
/// # Errors
/// With `op: "lstsq_qr"`: [`LinalgError::LengthMismatch`] (left `m`, right `b.len()`);
/// [`LinalgError::NonFinite`]; [`LinalgError::RankDeficient`] `{ rank: m, needed: n }` for a wide
/// `A` (m < n), and `{ rank, needed: n }` by the rank test above.
///
/// # Example
/// ```
/// use week1_vectors::{gallery, vector};
/// use week4_lu_qr::lstsq_qr;
/// // Läuchli, δ = 1e-8, b = A·(1, 1): QR recovers x = (1, 1) to about κ(A)·ε ≈ 1e-8.
/// let a = gallery::lauchli(2, 1e-8);
/// let x = lstsq_qr(&a, &vector![2.0, 1e-8, 1e-8]).unwrap();
/// assert!((x[0] - 1.0).abs() < 1e-7 && (x[1] - 1.0).abs() < 1e-7);
/// ```
///
/// # Pitfall
/// Do not form `Q` to compute `Qᵀb`, and never compute `R⁻¹`: back substitution is both
/// cheaper and more accurate.
pub fn lstsq_qr(a: &Matrix, b: &Vector) -> Result<Vector> {
    todo!("lstsq_qr")
}
