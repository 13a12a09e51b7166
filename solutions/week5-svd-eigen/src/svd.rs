//! The singular value decomposition `A = U·Σ·Vᵀ` by one-sided Jacobi, and the way **not** to
//! compute it: through `AᵀA`.

use crate::checks::check_finite;
use week1_vectors::{LinalgError, Matrix, Result, Vector};
// BEGIN SOLUTION-ONLY
use crate::checks::norm2;
use crate::checks::power_of_two_scale;
use crate::symmetric::symmetric_eigen;
use week2_matmul::transpose;
// END SOLUTION-ONLY

/// The thin SVD of an `m × n` matrix: `A = U·diag(σ)·Vᵀ` with `k = min(m, n)`.
#[derive(Debug, Clone, PartialEq)]
pub struct Svd {
    /// `m × k`, orthonormal columns (the left singular vectors).
    pub u: Matrix,
    /// The `k` singular values, **descending** and ≥ 0.
    pub sigma: Vector,
    /// `k × n`, orthonormal rows (the right singular vectors, transposed).
    pub vt: Matrix,
    /// Jacobi sweeps used ([`svd`]); QR steps of the eigensolver
    /// ([`svd_via_normal_equations`]).
    pub sweeps: usize,
}

/// The sweep budget of [`svd`]; 6–12 sweeps are typical.
pub const MAX_SWEEPS: usize = 60;

/// Singular values below `TINY_SIGMA · max |aᵢⱼ|` are set to exactly 0 (their columns of U are
/// then completed to an orthonormal set). This is far below rounding level (ε·‖A‖ ≈ 1e-16‖A‖),
/// and keeps the Jacobi arithmetic away from underflow.
pub const TINY_SIGMA: f64 = 1e-150;

// BEGIN SOLUTION-ONLY
/// Completes the orthonormal columns `cols` (each of length m) to `target` columns, by
/// orthogonalising unit vectors e₀, e₁, … against them (twice — "twice is enough").
fn complete_orthonormal(cols: &mut Vec<Vec<f64>>, m: usize, target: usize) {
    let mut candidate = 0;
    while cols.len() < target && candidate < m {
        let mut w = vec![0.0; m];
        w[candidate] = 1.0;
        candidate += 1;
        for _ in 0..2 {
            for c in cols.iter() {
                let d: f64 = c.iter().zip(&w).map(|(a, b)| a * b).sum();
                for (wi, ci) in w.iter_mut().zip(c) {
                    *wi -= d * ci;
                }
            }
        }
        let nw = norm2(&w);
        // A unit vector keeps more than half its length unless it nearly lies in the span.
        if nw > 0.5 {
            cols.push(w.iter().map(|x| x / nw).collect());
        }
    }
}

/// Assembles U, Σ, Vᵀ from the converged columns `w` (row j of `w` is column j of A·V, of
/// length m) and `vt` (row j is column j of V), sorting by descending norm.
fn assemble(w: &[Vec<f64>], vt: &[Vec<f64>], m: usize, n: usize, floor: f64, sweeps: usize) -> Svd {
    let k = w.len();
    let norms: Vec<f64> = w.iter().map(|c| norm2(c)).collect();
    let mut order: Vec<usize> = (0..k).collect();
    order.sort_by(|&i, &j| norms[j].total_cmp(&norms[i]));
    let mut sigma = Vec::with_capacity(k);
    let mut ucols: Vec<Vec<f64>> = Vec::with_capacity(k);
    for &j in &order {
        if norms[j] > floor {
            sigma.push(norms[j]);
            ucols.push(w[j].iter().map(|x| x / norms[j]).collect());
        }
    }
    // σ = 0 (or negligible): any unit vector orthogonal to the others will do for U.
    sigma.resize(k, 0.0);
    complete_orthonormal(&mut ucols, m, k);
    let u = Matrix::from_fn(m, k, |i, j| ucols[j][i]);
    let vtm = Matrix::from_fn(k, n, |i, j| vt[order[i]][j]);
    Svd {
        u,
        sigma: Vector::new(sigma),
        vt: vtm,
        sweeps,
    }
}

/// The SVD (with m ≥ n) by one-sided Jacobi, on a matrix already scaled to entries ≤ ~1.
fn one_sided_jacobi(a: &Matrix) -> Result<Svd> {
    let (m, n) = a.shape();
    // d[j]·wv[j] = (column j of W = A·V, then column j of V), one contiguous vector of m + n:
    // a rotation of the pair (p, q) is then one loop over both. The scale d[j] lets that loop
    // do two multiply-adds per entry instead of four multiplications and two additions.
    let mut wv: Vec<Vec<f64>> = (0..n)
        .map(|j| {
            let mut c = a.col(j).into_vec();
            c.extend((0..n).map(|i| if i == j { 1.0 } else { 0.0 }));
            c
        })
        .collect();
    // LAPACK's dgesvj tolerance: a dot product of unit m-vectors carries √m·ε of rounding.
    let tol = (m as f64).sqrt() * f64::EPSILON;
    for sweep in 1..=MAX_SWEEPS {
        let mut rotated = false;
        // Each sweep starts with the scales folded in (d = 1), so they cannot underflow.
        let mut d = vec![1.0; n];
        // The squared column norms, exact at the start of each sweep, then updated by the
        // rotations (α' = α − tγ, β' = β + tγ): a pair then costs one dot product, not three.
        let mut norms2: Vec<f64> = wv.iter().map(|c| dot(&c[..m], &c[..m])).collect();
        for p in 0..n {
            // de Rijk's pivoting: bring the longest of the remaining columns to position p,
            // so that each sweep meets the columns in order of decreasing norm.
            let big = (p..n).fold(p, |b, j| if norms2[j] > norms2[b] { j } else { b });
            if big != p {
                wv.swap(p, big);
                norms2.swap(p, big);
                d.swap(p, big);
            }
            for q in p + 1..n {
                let (alpha, beta) = (norms2[p], norms2[q]);
                let gamma = d[p] * d[q] * dot(&wv[p][..m], &wv[q][..m]);
                // Orthogonal to working precision: cos∠(w_p, w_q) ≤ √m·ε.
                if gamma == 0.0 || gamma.abs() <= tol * alpha.sqrt() * beta.sqrt() {
                    continue;
                }
                rotated = true;
                // The Jacobi rotation that diagonalises the Gram matrix [[α, γ], [γ, β]].
                let zeta = (beta - alpha) / (2.0 * gamma);
                let t = jacobi_tangent(zeta);
                let c = 1.0 / (1.0 + t * t).sqrt();
                // (d_p·x_p, d_q·x_q)·[[c, s], [−s, c]] = (c·d_p·(x_p − t·(d_q/d_p)·x_q),
                //                                        c·d_q·(x_q + t·(d_p/d_q)·x_p)).
                // The ratios d_q/d_p, d_p/d_q do not wait for t: the divisions overlap the
                // dot product instead of delaying the rotation.
                let (wp, wq) = pair_mut(&mut wv, p, q);
                rotate_scaled(wp, wq, t * (d[q] / d[p]), t * (d[p] / d[q]));
                d[p] *= c;
                d[q] *= c;
                // The updated norms; one that shrank by half or more is recomputed, since the
                // subtraction would have lost its leading digits.
                norms2[p] = alpha - t * gamma;
                norms2[q] = beta + t * gamma;
                if norms2[p] < 0.5 * alpha {
                    norms2[p] = d[p] * d[p] * dot(&wp[..m], &wp[..m]);
                }
                if norms2[q] < 0.5 * beta {
                    norms2[q] = d[q] * d[q] * dot(&wq[..m], &wq[..m]);
                }
            }
        }
        for (c, dj) in wv.iter_mut().zip(&d) {
            c.iter_mut().for_each(|x| *x *= dj);
        }
        if !rotated {
            let w: Vec<Vec<f64>> = wv.iter().map(|c| c[..m].to_vec()).collect();
            let vt: Vec<Vec<f64>> = wv.iter().map(|c| c[m..].to_vec()).collect();
            return Ok(assemble(&w, &vt, m, n, TINY_SIGMA, sweep));
        }
    }
    Err(LinalgError::NoConvergence {
        op: "svd",
        iterations: MAX_SWEEPS,
    })
}

/// `t = sign(ζ)/(|ζ| + √(1 + ζ²))`, the tangent of the smaller Jacobi angle; for |ζ| > 1e100
/// (ζ² would overflow) it is 1/(2ζ) to working precision. A plain square root: `hypot` is a
/// slow library call, and the SVD takes two per rotation.
fn jacobi_tangent(zeta: f64) -> f64 {
    let sign = if zeta >= 0.0 { 1.0 } else { -1.0 };
    let root = if zeta.abs() < 1e100 {
        (1.0 + zeta * zeta).sqrt()
    } else {
        zeta.abs()
    };
    sign / (zeta.abs() + root)
}

/// `xᵀy` with [`LANES`] independent partial sums (lanes of a chunk), so that the compiler can
/// use SIMD and keep several additions in flight: a single running sum must add in order, one
/// addition at a time, each waiting 3–4 cycles for the one before. No less accurate (if
/// anything more: each lane sums a fraction of the terms). O(len) flops.
///
/// This is the loop that dominates the SVD's run time with the rotation. With 4 lanes the
/// compiler kept them in two 128-bit registers; 8 lanes (one 512-bit register, or two 256-bit)
/// made the whole `svd` about a sixth faster at n = 200 (ratio to nalgebra 2.8 → 2.3, Zen 4).
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

/// The partial sums of [`dot`]: 8 lanes fill one 512-bit vector register (two 256-bit ones).
/// 16 lanes were no faster at n = 200 (200 = 12·16 + 8 leaves an 8-term scalar tail).
const LANES: usize = 8;

/// Mutable references to two different rows of a Vec of rows.
fn pair_mut(rows: &mut [Vec<f64>], p: usize, q: usize) -> (&mut [f64], &mut [f64]) {
    debug_assert!(p < q);
    let (a, b) = rows.split_at_mut(q);
    (&mut a[p], &mut b[0])
}

/// The SVD (m ≥ n, scaled) with QR preconditioning (Drmač & Veselić, 2008; see [`svd`]):
///
/// ```text
/// A·P = Q·R            Householder QR with column pivoting (|r₀₀| ≥ |r₁₁| ≥ …)
/// Rᵀ = Uₓ·Σ·Vₓᵀ        one-sided Jacobi on the n × n matrix Rᵀ
/// A = (Q·Vₓ)·Σ·(P·Uₓ)ᵀ  so U = Q·Vₓ and V = P·Uₓ
/// ```
///
/// Jacobi then works on n × n instead of m × n, and the pivoting sorts the columns of Rᵀ (the
/// rows of R) roughly by size, which de Rijk's ordering keeps.
fn qr_preconditioned(a: &Matrix) -> Result<Svd> {
    let (m, n) = a.shape();
    let mut cols: Vec<Vec<f64>> = (0..n).map(|j| a.col(j).into_vec()).collect();
    let mut perm: Vec<usize> = (0..n).collect();
    let mut norms2: Vec<f64> = cols.iter().map(|c| dot(c, c)).collect();
    // The norms as last computed exactly: a downdated norm far below it has lost its digits.
    let mut exact = norms2.clone();
    let mut reflectors: Vec<(Vec<f64>, f64)> = Vec::with_capacity(n);
    for k in 0..n {
        // Column pivoting: the remaining column of largest norm (below row k) goes first.
        let big = (k..n).fold(k, |b, j| if norms2[j] > norms2[b] { j } else { b });
        cols.swap(k, big);
        norms2.swap(k, big);
        exact.swap(k, big);
        perm.swap(k, big);
        let x = &cols[k][k..];
        let norm = dot(x, x).sqrt();
        let (v, beta) = if norm == 0.0 {
            (vec![0.0; m - k], 0.0)
        } else {
            let alpha = if x[0] >= 0.0 { -norm } else { norm };
            let mut v = x.to_vec();
            v[0] -= alpha;
            (v.clone(), 2.0 / dot(&v, &v))
        };
        if beta != 0.0 {
            let (head, tail) = cols.split_at_mut(k + 1);
            let ck = &mut head[k][k..];
            ck[0] = if ck[0] >= 0.0 { -norm } else { norm };
            ck[1..].iter_mut().for_each(|x| *x = 0.0);
            for ((cj, nj), ej) in tail
                .iter_mut()
                .zip(&mut norms2[k + 1..])
                .zip(&mut exact[k + 1..])
            {
                let cj = &mut cj[k..];
                let f = beta * dot(&v, cj);
                for (x, vi) in cj.iter_mut().zip(&v) {
                    *x -= f * vi;
                }
                // Downdate the norm below row k+1; recompute when most of it has gone.
                *nj -= cj[0] * cj[0];
                if *nj <= 1e-4 * *ej {
                    *nj = dot(&cj[1..], &cj[1..]);
                    *ej = *nj;
                }
            }
        } else {
            for (cj, nj) in cols[k + 1..].iter().zip(&mut norms2[k + 1..]) {
                *nj -= cj[k] * cj[k];
            }
        }
        reflectors.push((v, beta));
    }
    // Rᵀ: its column k is row k of R (zeros left of the diagonal).
    let rt = Matrix::from_fn(n, n, |i, k| if i >= k { cols[i][k] } else { 0.0 });
    let inner = one_sided_jacobi(&rt)?;
    // U = Q·Vₓ: column j is Q applied to (row j of Vₓᵀ, padded with zeros), the reflectors
    // in reverse order.
    let k = inner.sigma.len();
    let mut ucols: Vec<Vec<f64>> = (0..k)
        .map(|j| {
            let mut u = vec![0.0; m];
            u[..n].copy_from_slice(inner.vt.row(j));
            for (r, (v, beta)) in reflectors.iter().enumerate().rev() {
                let f = beta * dot(v, &u[r..]);
                for (x, vi) in u[r..].iter_mut().zip(v) {
                    *x -= f * vi;
                }
            }
            u
        })
        .collect();
    let u = Matrix::from_fn(m, k, |i, j| ucols[j][i]);
    ucols.clear();
    // V = P·Uₓ: row perm[i] of V is row i of Uₓ, so Vᵀ[j][perm[i]] = Uₓ[i][j].
    let mut vt = Matrix::zeros(k, n);
    for i in 0..n {
        for j in 0..k {
            vt[(j, perm[i])] = inner.u[(i, j)];
        }
    }
    Ok(Svd {
        u,
        sigma: inner.sigma,
        vt,
        sweeps: inner.sweeps,
    })
}

/// `(x, y) ← (x − a·y, y + b·x)` entrywise (the scaled rotation of [`one_sided_jacobi`]).
fn rotate_scaled(x: &mut [f64], y: &mut [f64], a: f64, b: f64) {
    for (xi, yi) in x.iter_mut().zip(y.iter_mut()) {
        let (u, v) = (*xi, *yi);
        *xi = u - a * v;
        *yi = v + b * u;
    }
}

/// Transposes an SVD: if Aᵀ = UΣVᵀ then A = VΣUᵀ.
fn transpose_svd(s: Svd) -> Svd {
    Svd {
        u: transpose(&s.vt),
        sigma: s.sigma,
        vt: transpose(&s.u),
        sweeps: s.sweeps,
    }
}
// END SOLUTION-ONLY

/// The thin SVD by the one-sided Jacobi method (Hestenes, 1958).
///
/// For `m ≥ n`: orthogonalise the **columns** of A by plane rotations from the right,
/// `A·J₁·J₂⋯ = A·V = W`, until every pair of columns is orthogonal. Then `W = UΣ`:
/// `σⱼ = ‖wⱼ‖₂` and `uⱼ = wⱼ/σⱼ`.
///
/// A sweep visits every pair `p < q`:
///
/// ```text
/// α = ‖w_p‖²,  β = ‖w_q‖²,  γ = w_pᵀw_q              (the 2×2 Gram matrix of the pair)
/// if |γ| ≤ ε·√(αβ): skip (orthogonal to working precision)
/// ζ = (β − α)/(2γ);  t = sign(ζ)/(|ζ| + √(1 + ζ²));  c = 1/√(1 + t²);  s = c·t
/// (w_p, w_q) ← (c·w_p − s·w_q,  s·w_p + c·w_q);   same for columns p, q of V (from V = I)
/// ```
///
/// — the two-sided Jacobi rotation ([`crate::jacobi::jacobi_eigen`]) of `AᵀA`, without ever
/// forming `AᵀA`. Stop after a sweep with no rotation; `sweeps` counts the sweeps, that last
/// one included, the budget is [`MAX_SWEEPS`]. Then sort by descending σ, permuting the
/// columns of U and rows of Vᵀ.
///
/// - **Wide input** (`m < n`): compute the SVD of `Aᵀ` and transpose it back
///   (`A = (U'Σ V'ᵀ)ᵀ = V'·Σ·U'ᵀ`).
/// - **Zero singular values** (below [`TINY_SIGMA`]`·max|aᵢⱼ|`): σ = 0, and the column of U
///   is completed to an orthonormal set (orthogonalise e₀, e₁, … against the others), so
///   `UᵀU = I` holds for rank-deficient input too.
/// - **Empty input** (m = 0 or n = 0): k = 0, `u` is m × 0, `vt` is 0 × n, `sweeps` 0.
///
/// **Speed.** The method above passes every test; the reference adds four things that change
/// its constant, not its results (`cargo xtask bench 5 --mine` shows what they are worth):
///
/// 1. *QR preconditioning* (Drmač & Veselić, "New fast and accurate Jacobi SVD algorithm I",
///    SIAM J. Matrix Anal. Appl. 29(4), 2008): `A·P = Q·R` by Householder QR with column
///    pivoting, one-sided Jacobi on the n × n matrix `Rᵀ = Uₓ·Σ·Vₓᵀ`, then `U = Q·Vₓ` and
///    `V = P·Uₓ` (since `A·P = Q·Vₓ·Σ·Uₓᵀ`). Jacobi works on n × n instead of m × n.
/// 2. *de Rijk's pivoting* (1989): at position p of a sweep, swap the longest remaining column
///    into place, so each sweep meets the columns in order of decreasing norm.
/// 3. *Updated norms*: after a rotation `α' = α − tγ` and `β' = β + tγ` (exact in exact
///    arithmetic; recomputed when one halves, and at each sweep's start), so a pair costs one
///    dot product, not three. The skip test uses LAPACK `dgesvj`'s tolerance `√m·ε`.
/// 4. *Scaled rotations*: column j is kept as `d_j·x_j`; the rotation becomes
///    `x_p ← x_p − t(d_q/d_p)·x_q`, `x_q ← x_q + t(d_p/d_q)·x_p`, `d ← c·d`: 4 flops an entry
///    instead of 6. The scales are folded in after every sweep, so they cannot underflow.
///
/// Cost of the plain method: about 6mn² + 3n³ flops per sweep while most pairs still rotate,
/// less as they become orthogonal; with 1–4, 4(m + n)·n² per rotating sweep after the QR
/// step's 2mn² − 2n³/3 (and 2mn² − 2n³/3 more to apply Q). Accuracy:
/// `‖A − UΣVᵀ‖ ≈ ε·‖A‖`; and for `A = BD` with D diagonal, every singular value has relative
/// error about `ε·κ(B)` *whatever the column scaling D* (Demmel–Veselić, 1992), so tiny singular
/// values that come from badly scaled columns are still computed accurately.
///
/// # Errors
/// [`LinalgError::NonFinite`] for NaN/∞; [`LinalgError::NoConvergence`] after [`MAX_SWEEPS`].
///
/// # Numerical pitfall
/// Do not form `AᵀA` ([`svd_via_normal_equations`] shows why). And sort at the end: Jacobi
/// leaves the singular values in whatever order the rotations produced.
///
/// # Example
/// ```
/// use week1_vectors::matrix;
/// use week5_svd_eigen::svd;
/// let a = matrix![[3.0, 0.0], [4.0, 5.0]]; // singular values √45 and √5
/// let s = svd(&a).unwrap();
/// assert!((s.sigma[0] - 45f64.sqrt()).abs() < 1e-14);
/// assert!((s.sigma[1] - 5f64.sqrt()).abs() < 1e-14);
/// assert_eq!((s.u.shape(), s.vt.shape()), ((2, 2), (2, 2)));
/// ```
pub fn svd(a: &Matrix) -> Result<Svd> {
    // BEGIN SOLUTION
    check_finite("svd", a)?;
    let (m, n) = a.shape();
    if m < n {
        return svd(&transpose(a)).map(transpose_svd);
    }
    if n == 0 {
        return Ok(Svd {
            u: Matrix::zeros(m, 0),
            sigma: Vector::zeros(0),
            vt: Matrix::zeros(0, n),
            sweeps: 0,
        });
    }
    // Scale to entries near 1 (by a power of two: exact), so that α, β, γ cannot overflow.
    let scale = power_of_two_scale(a);
    let mut s = qr_preconditioned(&a.map(|x| x * scale))?;
    for x in s.sigma.iter_mut() {
        *x /= scale;
    }
    Ok(s)
    // END SOLUTION
}

/// The SVD through the eigendecomposition of `AᵀA` — the lesson's counter-example.
///
/// `AᵀA = V·Σ²·Vᵀ`, so: `symmetric_eigen(AᵀA)` gives `V` and `λⱼ = σⱼ²`; take
/// `σⱼ = √max(λⱼ, 0)` and `uⱼ = A·vⱼ/σⱼ` (for σⱼ = 0, complete U as [`svd`] does).
/// Wide input goes through `Aᵀ` as in [`svd`]. `sweeps` reports the eigensolver's steps.
///
/// Mathematically exact; numerically it **squares the condition number**. Forming `AᵀA`
/// commits an error of `ε·‖A‖²` in every entry, so each `λⱼ = σⱼ²` carries an absolute error
/// of about `ε·σ₁²`, and `σⱼ = √λⱼ` an error of about `ε·σ₁²/σⱼ`: singular values below
/// `√ε·σ₁ ≈ 1.5e-8·σ₁` are lost entirely (the Läuchli matrix with δ = 1e-8 has `fl(AᵀA)`
/// exactly singular). The columns of U for small σⱼ are not orthogonal either.
///
/// Use [`svd`]; this exists to be compared with it.
///
/// # Errors
/// As [`svd`]; those of [`crate::symmetric::symmetric_eigen`].
///
/// # Example
/// ```
/// use week1_vectors::gallery::lauchli;
/// use week5_svd_eigen::{svd, svd_via_normal_equations};
/// let a = lauchli(2, 1e-8); // σ = √(2 + δ²), δ
/// assert!((svd(&a).unwrap().sigma[1] - 1e-8).abs() < 1e-22);
/// assert!(svd_via_normal_equations(&a).unwrap().sigma[1] < 1e-9); // δ is gone
/// ```
pub fn svd_via_normal_equations(a: &Matrix) -> Result<Svd> {
    // BEGIN SOLUTION
    check_finite("svd_via_normal_equations", a)?;
    let (m, n) = a.shape();
    if m < n {
        return svd_via_normal_equations(&transpose(a)).map(transpose_svd);
    }
    // G = AᵀA, symmetric by construction (each entry computed once, mirrored).
    let cols: Vec<Vec<f64>> = (0..n).map(|j| a.col(j).into_vec()).collect();
    let mut g = Matrix::zeros(n, n);
    for i in 0..n {
        for j in i..n {
            let d: f64 = cols[i].iter().zip(&cols[j]).map(|(x, y)| x * y).sum();
            g[(i, j)] = d;
            g[(j, i)] = d;
        }
    }
    let eig = symmetric_eigen(&g)?;
    let v = &eig.vectors;
    // W = A·V: column j has norm σⱼ in exact arithmetic.
    let w: Vec<Vec<f64>> = (0..n)
        .map(|j| {
            (0..m)
                .map(|i| (0..n).map(|k| a[(i, k)] * v[(k, j)]).sum())
                .collect()
        })
        .collect();
    let vt: Vec<Vec<f64>> = (0..n).map(|j| v.col(j).into_vec()).collect();
    let sigma: Vec<f64> = eig.values.iter().map(|&l| l.max(0.0).sqrt()).collect();
    let mut ucols: Vec<Vec<f64>> = Vec::with_capacity(n);
    for j in 0..n {
        if sigma[j] > 0.0 {
            ucols.push(w[j].iter().map(|x| x / sigma[j]).collect());
        }
    }
    complete_orthonormal(&mut ucols, m, n);
    Ok(Svd {
        u: Matrix::from_fn(m, n, |i, j| ucols[j][i]),
        sigma: Vector::new(sigma),
        vt: Matrix::from_fn(n, n, |i, j| vt[i][j]),
        sweeps: eig.iterations,
    })
    // END SOLUTION
}
