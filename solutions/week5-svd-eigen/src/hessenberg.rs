//! Orthogonal reduction to Hessenberg form, and for symmetric matrices to tridiagonal form.
//!
//! No finite sequence of operations can make a general matrix triangular while keeping its
//! eigenvalues (that would solve polynomial equations in closed form). But a finite sequence
//! of Householder reflections can zero everything below the **first subdiagonal**: the
//! Hessenberg form. The QR algorithm then iterates on it at O(n²) per step instead of O(n³),
//! and Hessenberg form is preserved by each step. A symmetric Hessenberg matrix is tridiagonal.

use crate::checks::{check_finite, check_square, check_symmetric};
use week1_vectors::{Matrix, Result, Vector};
// BEGIN SOLUTION-ONLY
use crate::checks::{norm2, symmetric_part};
// END SOLUTION-ONLY

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

// BEGIN SOLUTION-ONLY
/// The Householder vector for `x`: returns `(v, β, α)` with `(I − β·v·vᵀ)·x = α·e₁`, or `None`
/// when `x` is already a multiple of `e₁` (nothing to do).
///
/// Sign choice: `α = −sign(x₀)·‖x‖`, so `v₀ = x₀ − α = x₀ + sign(x₀)‖x‖` adds two numbers of one
/// sign: no cancellation. The other choice loses all accuracy when x is nearly parallel to e₁.
fn householder(x: &[f64]) -> Option<(Vec<f64>, f64, f64)> {
    if x.len() < 2 || x[1..].iter().all(|&v| v == 0.0) {
        return None;
    }
    let norm = norm2(x);
    let alpha = if x[0] >= 0.0 { -norm } else { norm };
    let mut v = x.to_vec();
    v[0] -= alpha;
    let vv: f64 = v.iter().map(|t| t * t).sum();
    Some((v, 2.0 / vv, alpha))
}
// END SOLUTION-ONLY

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
    // BEGIN SOLUTION
    let op = "hessenberg";
    check_square(op, a)?;
    check_finite(op, a)?;
    let n = a.rows();
    let mut h = a.clone();
    let mut q = Matrix::identity(n);
    for k in 0..n.saturating_sub(2) {
        let x: Vec<f64> = (k + 1..n).map(|i| h[(i, k)]).collect();
        let Some((v, beta, alpha)) = householder(&x) else {
            continue;
        };
        // Left: rows k+1.. of columns k.. ← (I − βvvᵀ)·rows.
        for j in k..n {
            let s: f64 = v
                .iter()
                .enumerate()
                .map(|(t, vt)| vt * h[(k + 1 + t, j)])
                .sum();
            let f = beta * s;
            for (t, vt) in v.iter().enumerate() {
                h[(k + 1 + t, j)] -= f * vt;
            }
        }
        // The column below the subdiagonal is now α·e₁, exactly.
        h[(k + 1, k)] = alpha;
        for i in k + 2..n {
            h[(i, k)] = 0.0;
        }
        // Right: columns k+1.. of every row ← row·(I − βvvᵀ); same for Q.
        for m in [&mut h, &mut q] {
            for i in 0..n {
                let row = &mut m.row_mut(i)[k + 1..];
                let s: f64 = row.iter().zip(&v).map(|(r, vt)| r * vt).sum();
                let f = beta * s;
                for (r, vt) in row.iter_mut().zip(&v) {
                    *r -= f * vt;
                }
            }
        }
    }
    Ok(Hessenberg { h, q })
    // END SOLUTION
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
    // BEGIN SOLUTION
    let op = "tridiagonalize";
    check_square(op, a)?;
    check_finite(op, a)?;
    check_symmetric(op, a)?;
    let (diag, offdiag, qt) = tridiagonal_qt(symmetric_part(a));
    let n = qt.rows();
    Ok(Tridiagonal {
        diag: Vector::new(diag),
        offdiag: Vector::new(offdiag),
        q: Matrix::from_fn(n, n, |i, j| qt[(j, i)]),
    })
    // END SOLUTION
}

// BEGIN SOLUTION-ONLY
/// The work of [`tridiagonalize`] on the symmetric `t`: `(diagonal, off-diagonal, Qᵀ)`.
/// [`crate::symmetric::symmetric_eigen`] takes `Qᵀ` as it is (its rows are the eigenvector
/// rows it rotates).
pub(crate) fn tridiagonal_qt(mut t: Matrix) -> (Vec<f64>, Vec<f64>, Matrix) {
    let n = t.rows();
    let mut offdiag = vec![0.0; n.saturating_sub(1)];
    // The reflectors (k, v, β), kept to form Q at the end.
    let mut reflectors: Vec<(usize, Vec<f64>, f64)> = Vec::new();
    for k in 0..n.saturating_sub(1) {
        let x: Vec<f64> = (k + 1..n).map(|i| t[(i, k)]).collect();
        let Some((v, beta, alpha)) = householder(&x) else {
            offdiag[k] = x[0];
            continue;
        };
        offdiag[k] = alpha;
        let m = n - k - 1; // size of the trailing block A₂₂ = t[k+1.., k+1..]
        // p = β·A₂₂·v, reading only the lower triangle: row i gives its dot product with v
        // (the entries j < i and the diagonal) and, by symmetry, adds v_i·a_ij to p_j.
        let mut p = vec![0.0; m];
        for i in 0..m {
            let row = &t.row(k + 1 + i)[k + 1..=k + 1 + i];
            let (head, p_i) = p.split_at_mut(i);
            p_i[0] += dot_axpy(&row[..i], &v[..i], head, v[i]) + row[i] * v[i];
        }
        for pi in &mut p {
            *pi *= beta;
        }
        // w = p − (β·pᵀv/2)·v
        let c = 0.5 * beta * dot(&p, &v);
        let w: Vec<f64> = p.iter().zip(&v).map(|(pi, vi)| pi - c * vi).collect();
        // A₂₂ ← A₂₂ − v·wᵀ − w·vᵀ, on the lower triangle only (half the flops; the upper
        // triangle is never read again).
        for i in 0..m {
            let (vi, wi) = (v[i], w[i]);
            let row = &mut t.row_mut(k + 1 + i)[k + 1..=k + 1 + i];
            for ((r, vj), wj) in row.iter_mut().zip(&v).zip(&w) {
                *r -= vi * wj + wi * vj;
            }
        }
        reflectors.push((k, v, beta));
    }
    (
        t.diag().into_vec(),
        offdiag,
        accumulate_backward_t(n, &reflectors),
    )
}

/// `Qᵀ = P_{n−2}⋯P₁·P₀` from the reflectors `Pₖ = I − βₖvₖvₖᵀ` (acting on rows `k+1..`), by
/// **backward accumulation**: `M ← M·Pₖ` for k = last … 0, starting from `M = I`.
///
/// While `Pₖ` is applied, M is still the identity outside its trailing block
/// `M[k+1.., k+1..]`, so only that block changes: each of its rows r becomes
/// `r − β(r·v)vᵀ` (a dot product and an update of one contiguous row), 4m² flops for an m × m
/// block, 4n³/3 in all — against 2n³ for `Q ← Q·Pₖ` forward on all n rows.
fn accumulate_backward_t(n: usize, reflectors: &[(usize, Vec<f64>, f64)]) -> Matrix {
    let mut m = Matrix::identity(n);
    for (k, v, beta) in reflectors.iter().rev() {
        for i in k + 1..n {
            let row = &mut m.row_mut(i)[k + 1..];
            let f = beta * dot(row, v);
            for (r, vj) in row.iter_mut().zip(v) {
                *r -= f * vj;
            }
        }
    }
    m
}

/// `xᵀy`, and `p ← p + a·x` in the same pass over x ([`LANES`] partial sums, as in [`dot`]).
fn dot_axpy(x: &[f64], y: &[f64], p: &mut [f64], a: f64) -> f64 {
    let mut acc = [0.0; LANES];
    let nl = x.len() - x.len() % LANES;
    for ((xc, yc), pc) in x[..nl]
        .chunks_exact(LANES)
        .zip(y[..nl].chunks_exact(LANES))
        .zip(p[..nl].chunks_exact_mut(LANES))
    {
        for l in 0..LANES {
            acc[l] += xc[l] * yc[l];
            pc[l] += a * xc[l];
        }
    }
    let mut tail = 0.0;
    for ((xj, yj), pj) in x[nl..].iter().zip(&y[nl..]).zip(&mut p[nl..]) {
        tail += xj * yj;
        *pj += a * xj;
    }
    acc.iter().sum::<f64>() + tail
}

/// `xᵀy` with [`LANES`] independent partial sums, so the compiler can use SIMD and keep
/// several additions in flight (a single running sum must add in order, one addition at a
/// time, each waiting 3–4 cycles for the last). O(len) flops.
fn dot(x: &[f64], y: &[f64]) -> f64 {
    let mut acc = [0.0; LANES];
    let (xc, yc) = (x.chunks_exact(LANES), y.chunks_exact(LANES));
    let tail: f64 = xc
        .remainder()
        .iter()
        .zip(yc.remainder())
        .map(|(a, b)| a * b)
        .sum();
    for (a, b) in xc.zip(yc) {
        for l in 0..LANES {
            acc[l] += a[l] * b[l];
        }
    }
    acc.iter().sum::<f64>() + tail
}

/// The partial sums of [`dot`] and [`dot_axpy`]: 8 lanes fill one 512-bit vector register
/// (two 256-bit ones).
const LANES: usize = 8;
// END SOLUTION-ONLY
