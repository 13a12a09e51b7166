//! Exercises: QR by classical and by modified Gram–Schmidt (Trefethen & Bau, Lectures 7–9).
//!
//! Gram–Schmidt builds `Q` one column at a time: take the next column `aⱼ` of `A`, subtract its
//! components along the orthonormal `q₀, …, qⱼ₋₁` found so far, and normalise what is left.
//! The coefficients are `R`: `aⱼ = r₀ⱼq₀ + … + rⱼⱼqⱼ`. In exact arithmetic the classical and the
//! modified algorithm are the same; in floating point they are not (Lecture 9's experiment,
//! `cargo xtask example 4 orthogonality`).

// BEGIN SOLUTION-ONLY
use crate::qr::{columns, dot, norm2};
// END SOLUTION-ONLY
use crate::qr::Qr;
use week1_vectors::{LinalgError, Matrix, Result};

/// QR by **classical** Gram–Schmidt (Trefethen & Bau, Algorithm 7.1).
///
/// For `j = 0, 1, …, n−1`:
///
/// ```text
/// v = aⱼ
/// for i < min(j, k):  rᵢⱼ = qᵢ · aⱼ      ← the ORIGINAL column aⱼ
///                     v  −= rᵢⱼ qᵢ
/// if j < k:           rⱼⱼ = ‖v‖₂,  qⱼ = v / rⱼⱼ
/// ```
///
/// Returns the thin factorisation ([`Qr`]: `q` is `m × k`, `r` is `k × n`, `k = min(m, n)`). For
/// a wide matrix (m < n) the columns `j ≥ m` only contribute their coefficients `rᵢⱼ` (and are
/// reproduced by `QR` only as well as `QQᵀ = I` holds).
/// Cost: 2mn² flops for m ≥ n.
///
/// # Errors
/// With `op: "qr_cgs"`: [`LinalgError::NonFinite`] for NaN or ∞ entries;
/// [`LinalgError::RankDeficient`] `{ rank: j, needed: k }` when the remainder `v` of column
/// `j < k` is exactly zero (`j` columns were orthonormalised before it). A column that is only
/// *nearly* dependent is not detected: it is normalised, noise and all — that is the lesson.
///
/// # Example
/// ```
/// use week1_vectors::matrix;
/// use week4_lu_qr::qr_cgs;
/// let f = qr_cgs(&matrix![[3.0, 1.0], [4.0, 2.0]]).unwrap();
/// assert_eq!(f.r[(0, 0)], 5.0); // ‖(3, 4)‖
/// assert_eq!(f.q.col(0).as_slice(), &[0.6, 0.8]);
/// assert_eq!(f.r[(0, 1)], 0.6 * 1.0 + 0.8 * 2.0);
/// ```
///
/// # Pitfall
/// Classical Gram–Schmidt is **not** stable: on ill-conditioned `A` the computed columns of `Q`
/// are far from orthogonal (‖I − QᵀQ‖ grows like κ(A)²·ε). Each `rᵢⱼ` is computed from `aⱼ`,
/// which still contains the large components that rounding errors in `qᵢ` then fail to cancel.
pub fn qr_cgs(a: &Matrix) -> Result<Qr> {
    // BEGIN SOLUTION
    let op = "qr_cgs";
    if !a.is_finite() {
        return Err(LinalgError::NonFinite { op });
    }
    let (m, n) = a.shape();
    let k = m.min(n);
    let cols = columns(a);
    let mut q: Vec<Vec<f64>> = Vec::with_capacity(k);
    let mut r = Matrix::zeros(k, n);
    for (j, aj) in cols.iter().enumerate() {
        let mut v = aj.clone();
        for (i, qi) in q.iter().enumerate() {
            // Classical: the coefficient is taken against the original column a_j.
            let rij = dot(qi, aj);
            r[(i, j)] = rij;
            for (vt, qt) in v.iter_mut().zip(qi) {
                *vt -= rij * qt;
            }
        }
        if j < k {
            let rjj = norm2(&v);
            if rjj == 0.0 {
                return Err(LinalgError::RankDeficient {
                    op,
                    rank: j,
                    needed: k,
                });
            }
            r[(j, j)] = rjj;
            q.push(v.iter().map(|x| x / rjj).collect());
        }
    }
    Ok(Qr {
        q: Matrix::from_fn(m, k, |i, j| q[j][i]),
        r,
    })
    // END SOLUTION
}

/// QR by **modified** Gram–Schmidt (Trefethen & Bau, Algorithm 8.1, here column by column).
///
/// The same as [`qr_cgs`] except for one letter: each coefficient is taken against the
/// *partially orthogonalised* column `v`, not the original `aⱼ`:
///
/// ```text
/// v = aⱼ
/// for i < min(j, k):  rᵢⱼ = qᵢ · v       ← v, already stripped of q₀ … qᵢ₋₁
///                     v  −= rᵢⱼ qᵢ
/// if j < k:           rⱼⱼ = ‖v‖₂,  qⱼ = v / rⱼⱼ
/// ```
///
/// In exact arithmetic `qᵢ·v = qᵢ·aⱼ` (the parts removed are orthogonal to `qᵢ`); in floating
/// point, `v` is smaller, so the rounding errors are too. Trefethen & Bau write the same
/// arithmetic row-oriented: as soon as `qᵢ` is known, remove it from every later column.
///
/// Shapes, cost and errors as [`qr_cgs`], with `op: "qr_mgs"`.
///
/// # Example
/// ```
/// use week1_vectors::matrix;
/// use week4_lu_qr::qr_mgs;
/// let f = qr_mgs(&matrix![[1.0, 1.0], [0.0, 1.0], [0.0, 0.0]]).unwrap();
/// assert_eq!(f.q, matrix![[1.0, 0.0], [0.0, 1.0], [0.0, 0.0]]);
/// assert_eq!(f.r, matrix![[1.0, 1.0], [0.0, 1.0]]);
/// ```
///
/// # Pitfall
/// Better is not good: MGS loses orthogonality like κ(A)·ε (Björck), not κ²·ε, so for
/// κ ≈ 1e10 `Q` is still only orthogonal to about 1e-6. (Least squares with MGS can still be
/// made stable by treating `b` as an extra column; Householder is stable without tricks.)
pub fn qr_mgs(a: &Matrix) -> Result<Qr> {
    // BEGIN SOLUTION
    let op = "qr_mgs";
    if !a.is_finite() {
        return Err(LinalgError::NonFinite { op });
    }
    let (m, n) = a.shape();
    let k = m.min(n);
    let cols = columns(a);
    let mut q: Vec<Vec<f64>> = Vec::with_capacity(k);
    let mut r = Matrix::zeros(k, n);
    for (j, aj) in cols.iter().enumerate() {
        let mut v = aj.clone();
        for (i, qi) in q.iter().enumerate() {
            // Modified: the coefficient is taken against what is left of the column so far.
            let rij = dot(qi, &v);
            r[(i, j)] = rij;
            for (vt, qt) in v.iter_mut().zip(qi) {
                *vt -= rij * qt;
            }
        }
        if j < k {
            let rjj = norm2(&v);
            if rjj == 0.0 {
                return Err(LinalgError::RankDeficient {
                    op,
                    rank: j,
                    needed: k,
                });
            }
            r[(j, j)] = rjj;
            q.push(v.iter().map(|x| x / rjj).collect());
        }
    }
    Ok(Qr {
        q: Matrix::from_fn(m, k, |i, j| q[j][i]),
        r,
    })
    // END SOLUTION
}
