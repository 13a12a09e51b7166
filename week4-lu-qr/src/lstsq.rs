//! Exercises: linear least squares, `min ‖Ax − b‖₂` for a tall `A` (m ≥ n), by the normal
//! equations and by QR (Trefethen & Bau, Lectures 11, 18–19).
//!
//! The residual `r = b − Ax` is smallest when it is orthogonal to the column space of `A`:
//! `Aᵀ(b − Ax) = 0`, the **normal equations** `AᵀAx = Aᵀb`. Solving them as written squares the
//! condition number, κ(AᵀA) = κ(A)². With `A = QR`, the same condition reads `Rx = Qᵀb`, and
//! κ(R) = κ(A): nothing is squared.

use week1_vectors::{LinalgError, Matrix, Result, Vector};

/// The numerical rank that **both** least-squares solvers report in
/// [`LinalgError::RankDeficient`] (given code): the number of diagonal entries of the Householder
/// `R` of the `m × n` matrix `A` with
///
/// ```text
///     |rⱼⱼ| > tol = 10 · max(m, n) · ε · maxₖ |rₖₖ|
/// ```
///
/// `r` is the `k × n` upper triangular factor ([`crate::Householder::r`]), `m` the rows of `A`.
/// This is the course's rule for "numerically zero" (week 3's `max(m, n)·ε·‖A‖`) on `R`'s
/// diagonal, with `maxₖ|rₖₖ|` as the scale of `A` and a factor 10 of margin for the rounding
/// noise a dependent column leaves on the diagonal (a few `ε‖A‖`); MATLAB's QR-based backslash
/// uses the same rule without the 10. Exact for inputs whose first `rank` columns are
/// independent (random rank-deficient matrices are); on others QR without column pivoting can
/// miscount — only the SVD of week 5 reveals the rank for sure. O(min(m, n)).
///
/// ```
/// use week1_vectors::matrix;
/// use week4_lu_qr::lstsq::lstsq_rank;
/// let r = matrix![[2.0, 1.0, 3.0], [0.0, 1.0, 1.0], [0.0, 0.0, 1e-17]];
/// assert_eq!(lstsq_rank(&r, 5), 2); // 1e-17 ≤ 10·5·ε·2 ≈ 2.2e-14
/// ```
pub fn lstsq_rank(r: &Matrix, m: usize) -> usize {
    let k = r.rows().min(r.cols());
    let max_r = (0..k).fold(0.0_f64, |mx, j| mx.max(r[(j, j)].abs()));
    let tol = 10.0 * m.max(r.cols()) as f64 * f64::EPSILON * max_r;
    (0..k).filter(|&j| r[(j, j)].abs() > tol).count()
}

/// Least squares by the normal equations: form `G = AᵀA` (n × n, symmetric positive definite
/// when `A` has full column rank) and `c = Aᵀb`, then solve `Gx = c` by [`crate::cholesky()`] and
/// [`crate::cholesky_solve`].
///
/// Cost: mn² flops for `AᵀA` (use its symmetry: compute the lower triangle and mirror it) plus
/// ⅓n³ — the cheapest method, and fine when A is well conditioned.
///
/// **When Cholesky breaks down** at index `j` (its pivot `d ≤ tol(AᵀA)`, week 3's rule), there
/// are two different reasons, and they get two different errors:
/// - `A` itself is rank deficient: then report the same `rank` as [`lstsq_qr`] would, the
///   numerical rank [`lstsq_rank`] of the Householder `R` of `A` (2mn² more flops, only on this
///   path). The breakdown index is *not* a rank: a dependent column 2 stops Cholesky at 2 even
///   if all the later columns are independent.
/// - `A` has full numerical rank, but `κ(A)² ≳ 1/ε`: `fl(AᵀA)` is not positive definite to
///   working precision although `A` is fine (Läuchli). That is `NotPositiveDefinite { index: j }`
///   — the normal equations failed, not the problem; [`lstsq_qr`] solves it.
///
/// # Errors
/// With `op: "lstsq_normal"`: [`LinalgError::LengthMismatch`] (left `m`, right `b.len()`);
/// [`LinalgError::NonFinite`] for NaN or ∞ in `A` or `b`; [`LinalgError::RankDeficient`]
/// `{ rank: m, needed: n }` for a wide `A` (m < n, so the rank is at most m), and
/// `{ rank: lstsq_rank(R, m), needed: n }` when Cholesky breaks down and `A` is numerically rank
/// deficient; [`LinalgError::NotPositiveDefinite`] `{ index: j }` when Cholesky breaks down at
/// `j` but `A` has full numerical rank.
///
/// # Example
/// ```
/// use week1_vectors::{matrix, vector, gallery, LinalgError};
/// use week4_lu_qr::lstsq_normal;
/// // Fit a line c₀ + c₁t through (0, 1), (1, 3), (2, 5): exactly 1 + 2t.
/// let a = matrix![[1.0, 0.0], [1.0, 1.0], [1.0, 2.0]];
/// let x = lstsq_normal(&a, &vector![1.0, 3.0, 5.0]).unwrap();
/// assert!((x[0] - 1.0).abs() < 1e-14 && (x[1] - 2.0).abs() < 1e-14);
/// // Läuchli, δ = 1e-8: A has full rank (σ = √(2 + δ²), δ), but 1 + δ² rounds to 1, so
/// // fl(AᵀA) is the singular all-ones matrix.
/// let e = lstsq_normal(&gallery::lauchli(2, 1e-8), &vector![1.0, 0.0, 0.0]).unwrap_err();
/// assert_eq!(e, LinalgError::NotPositiveDefinite { op: "lstsq_normal", index: 1 });
/// // A repeated column: rank 1, the same rank lstsq_qr reports.
/// let e = lstsq_normal(&matrix![[1.0, 1.0], [2.0, 2.0], [3.0, 3.0]], &vector![1.0, 0.0, 0.0]);
/// assert_eq!(e, Err(LinalgError::RankDeficient { op: "lstsq_normal", rank: 1, needed: 2 }));
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
/// result is `RankDeficient` with `rank` = the number of `|rⱼⱼ| > tol`, the given
/// [`lstsq_rank`] (exact for inputs whose first `rank` columns are independent) — the same rank
/// [`lstsq_normal`] reports.
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
