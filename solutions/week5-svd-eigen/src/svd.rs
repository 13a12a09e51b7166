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
    // w[j] = column j of A (contiguous), vt[j] = column j of V.
    let mut w: Vec<Vec<f64>> = (0..n).map(|j| a.col(j).into_vec()).collect();
    let mut vt: Vec<Vec<f64>> = (0..n)
        .map(|j| (0..n).map(|i| if i == j { 1.0 } else { 0.0 }).collect())
        .collect();
    for sweep in 1..=MAX_SWEEPS {
        let mut rotated = false;
        for p in 0..n {
            for q in p + 1..n {
                // The 2×2 Gram matrix [[α, γ], [γ, β]] of columns p and q, in one pass.
                let (alpha, beta, gamma) = gram(&w[p], &w[q]);
                // Orthogonal to working precision: cos∠(w_p, w_q) ≤ ε.
                if gamma == 0.0 || gamma.abs() <= f64::EPSILON * alpha.sqrt() * beta.sqrt() {
                    continue;
                }
                rotated = true;
                // The Jacobi rotation that diagonalises the Gram matrix.
                let zeta = (beta - alpha) / (2.0 * gamma);
                let sign = if zeta >= 0.0 { 1.0 } else { -1.0 };
                let t = sign / (zeta.abs() + 1f64.hypot(zeta));
                let c = 1.0 / 1f64.hypot(t);
                let s = c * t;
                let (wp, wq) = pair_mut(&mut w, p, q);
                rotate(wp, wq, c, s);
                let (vp, vq) = pair_mut(&mut vt, p, q);
                rotate(vp, vq, c, s);
            }
        }
        if !rotated {
            return Ok(assemble(&w, &vt, m, n, TINY_SIGMA, sweep));
        }
    }
    Err(LinalgError::NoConvergence {
        op: "svd",
        iterations: MAX_SWEEPS,
    })
}

/// `(xᵀx, yᵀy, xᵀy)` in one pass over the two columns.
///
/// Four independent partial sums per quantity (lanes of a chunk of 4) let the compiler use
/// SIMD and keep several additions in flight: the one loop that dominates the SVD's run time
/// gets about 3× faster than with a single running sum, and no less accurate.
fn gram(x: &[f64], y: &[f64]) -> (f64, f64, f64) {
    let mut xx = [0.0; 4];
    let mut yy = [0.0; 4];
    let mut xy = [0.0; 4];
    let (xc, yc) = (x.chunks_exact(4), y.chunks_exact(4));
    let (xr, yr) = (xc.remainder(), yc.remainder());
    for (a, b) in xc.zip(yc) {
        for l in 0..4 {
            xx[l] += a[l] * a[l];
            yy[l] += b[l] * b[l];
            xy[l] += a[l] * b[l];
        }
    }
    let (mut sxx, mut syy, mut sxy) = (
        (xx[0] + xx[1]) + (xx[2] + xx[3]),
        (yy[0] + yy[1]) + (yy[2] + yy[3]),
        (xy[0] + xy[1]) + (xy[2] + xy[3]),
    );
    for (a, b) in xr.iter().zip(yr) {
        sxx += a * a;
        syy += b * b;
        sxy += a * b;
    }
    (sxx, syy, sxy)
}

/// Mutable references to two different rows of a Vec of rows.
fn pair_mut(rows: &mut [Vec<f64>], p: usize, q: usize) -> (&mut [f64], &mut [f64]) {
    debug_assert!(p < q);
    let (a, b) = rows.split_at_mut(q);
    (&mut a[p], &mut b[0])
}

/// `(x, y) ← (c·x − s·y, s·x + c·y)` entrywise: columns p, q times the rotation J.
fn rotate(x: &mut [f64], y: &mut [f64], c: f64, s: f64) {
    for (xi, yi) in x.iter_mut().zip(y.iter_mut()) {
        let (a, b) = (*xi, *yi);
        *xi = c * a - s * b;
        *yi = s * a + c * b;
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
/// Cost: about 6mn² + 3n³ flops per sweep while most pairs still rotate (the three dot products
/// of a pair are one pass over the two columns), less as they become orthogonal. Accuracy:
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
    let mut s = one_sided_jacobi(&a.map(|x| x * scale))?;
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
