//! Eigenvalues of a general real matrix — complex pairs included — by Francis' double-shift QR
//! algorithm on the Hessenberg form (Golub & Van Loan §7.5, LAPACK's `dhseqr`/`dlahqr`).

use crate::Complex;
use crate::checks::{check_finite, check_square};
use week1_vectors::{LinalgError, Matrix, Result};
// BEGIN SOLUTION-ONLY
use crate::checks::{norm2, power_of_two_scale};
use crate::eig2x2::eig2x2;
use crate::hessenberg::hessenberg;
use week2_matmul::norm_frobenius;
// END SOLUTION-ONLY

/// The eigenvalues of a general real matrix, and the work spent finding them.
#[derive(Debug, Clone, PartialEq)]
pub struct GeneralEigen {
    /// The n eigenvalues: real parts descending; each complex-conjugate pair adjacent, the one
    /// with positive imaginary part first; real eigenvalues have `im == 0.0`.
    pub values: Vec<Complex>,
    /// Francis double-shift steps taken, in all.
    pub iterations: usize,
}

/// The Francis-step budget between two deflations in [`eigenvalues_general`] (LAPACK's
/// `dlahqr` allows 30 per eigenvalue). Exceptional shifts are tried at steps 10 and 20.
pub const MAX_STEPS_PER_DEFLATION: usize = 60;

// BEGIN SOLUTION-ONLY
/// Applies the reflector `I − β·v·vᵀ` (v of length 2 or 3) to rows `r0..r0+len(v)` of the columns
/// `cols`, then to those columns of the rows `rows`.
fn reflect_both_sides(
    h: &mut Matrix,
    v: &[f64],
    beta: f64,
    r0: usize,
    cols: std::ops::RangeInclusive<usize>,
    rows: std::ops::RangeInclusive<usize>,
) {
    for j in cols {
        let s: f64 = v
            .iter()
            .enumerate()
            .map(|(t, vt)| vt * h[(r0 + t, j)])
            .sum();
        for (t, vt) in v.iter().enumerate() {
            h[(r0 + t, j)] -= beta * s * vt;
        }
    }
    for i in rows {
        let s: f64 = v
            .iter()
            .enumerate()
            .map(|(t, vt)| vt * h[(i, r0 + t)])
            .sum();
        for (t, vt) in v.iter().enumerate() {
            h[(i, r0 + t)] -= beta * s * vt;
        }
    }
}

/// The Householder vector for `x` (length 2 or 3): `(v, β)` with `(I − βvvᵀ)x = α·e₁`, `None` if
/// x = 0. The sign of α is chosen against x₀ (no cancellation in v₀).
fn small_householder(x: &[f64]) -> Option<(Vec<f64>, f64)> {
    let norm = norm2(x);
    if norm == 0.0 {
        return None;
    }
    let alpha = if x[0] >= 0.0 { -norm } else { norm };
    let mut v = x.to_vec();
    v[0] -= alpha;
    let vv: f64 = v.iter().map(|t| t * t).sum();
    Some((v, 2.0 / vv))
}

/// One Francis double-shift step on the unreduced block `lo..=hi` (size ≥ 3) of the Hessenberg
/// matrix h, with shifts given by their sum `s` and product `t` (so complex-conjugate shifts
/// stay in real arithmetic).
///
/// The first column of `(H − σ₁I)(H − σ₂I) = H² − sH + tI` has three nonzeros (x, y, z); a
/// reflector that maps it to e₁, applied to H, creates a bulge below the subdiagonal, and
/// further 3×3 reflectors chase it down and out (the implicit Q theorem again).
fn francis_step(h: &mut Matrix, lo: usize, hi: usize, s: f64, t: f64) {
    let h00 = h[(lo, lo)];
    let h10 = h[(lo + 1, lo)];
    let mut x = h00 * h00 + h[(lo, lo + 1)] * h10 - s * h00 + t;
    let mut y = h10 * (h00 + h[(lo + 1, lo + 1)] - s);
    let mut z = h10 * h[(lo + 2, lo + 1)];
    for k in lo..hi - 1 {
        if let Some((v, beta)) = small_householder(&[x, y, z]) {
            let first_col = if k > lo { k - 1 } else { lo };
            reflect_both_sides(h, &v, beta, k, first_col..=hi, lo..=(k + 3).min(hi));
            if k > lo {
                // The bulge is gone: exact zeros below the subdiagonal.
                h[(k + 1, k - 1)] = 0.0;
                h[(k + 2, k - 1)] = 0.0;
            }
        }
        x = h[(k + 1, k)];
        y = h[(k + 2, k)];
        if k + 3 <= hi {
            z = h[(k + 3, k)];
        }
    }
    // The last bulge entry needs only a 2-vector.
    let k = hi - 1;
    if let Some((v, beta)) = small_householder(&[x, y]) {
        reflect_both_sides(h, &v, beta, k, (k - 1).max(lo)..=hi, lo..=hi);
        h[(k + 1, k - 1)] = 0.0;
    }
}
// END SOLUTION-ONLY

/// All eigenvalues of a real square matrix, as complex numbers: real ones with `im == 0.0`,
/// complex ones as conjugate pairs `a ± bi`.
///
/// 1. Reduce to Hessenberg form ([`crate::hessenberg::hessenberg`]).
/// 2. Francis' implicit double-shift QR on the active block, deflating from the bottom:
///    - a subdiagonal entry is negligible when `|h_{k,k−1}| ≤ ε·(|h_{k−1,k−1}| + |h_kk|)`
///      (ε·‖H‖_F if both are 0); set it to 0. Let `lo..=hi` be the unreduced block at the
///      bottom of the active part;
///    - a 1×1 block is a real eigenvalue; a 2×2 block gives two eigenvalues in closed form,
///      a real pair or a complex pair ([`crate::eig2x2::eig2x2`]);
///    - otherwise take one Francis step whose two shifts are the eigenvalues of the trailing
///      2×2 block (a real pair or a complex pair — both at once, in real arithmetic, by their
///      sum and product).
/// 3. Sort: descending real part, and within a conjugate pair the positive imaginary part
///    first. `iterations` reports the Francis steps taken.
///
/// Francis steps can stall in cycles (a cyclic permutation matrix is a fixed point); after 10
/// and 20 steps without deflation use an **exceptional shift** (sum `2(h_nn + 0.75·w)`,
/// product `(h_nn + 0.75·w)² + 0.4375·w²` with `w = |h_{n,n−1}| + |h_{n−1,n−2}|`, as LAPACK does).
/// Give up after [`MAX_STEPS_PER_DEFLATION`] steps without a deflation.
///
/// Cost ≈ 10n³ flops (about two Francis steps per eigenvalue). The input is scaled by a power
/// of two to entries near 1 (exact), and the eigenvalues scaled back.
///
/// # Errors
/// [`LinalgError::NotSquare`]; [`LinalgError::NonFinite`]; [`LinalgError::NoConvergence`]
/// with the total number of Francis steps.
///
/// # Numerical pitfall
/// Eigenvalues of a non-symmetric matrix can be **ill-conditioned**: a perturbation of size ε
/// can move them by `ε/s` where `s = |yᵀx|` (left and right unit eigenvectors), or by `ε^{1/k}`
/// at a Jordan block of size k. The algorithm is backward stable (exact eigenvalues of `A + E`,
/// `‖E‖ ≈ ε‖A‖`), so well-conditioned eigenvalues come out accurate and ill-conditioned ones
/// (the small eigenvalues of the Frank matrix) may not: that is the problem, not the method.
///
/// # Example
/// ```
/// use week1_vectors::matrix;
/// use week5_svd_eigen::{eigenvalues_general, Complex};
/// let (c, s) = (0.6, 0.8); // a rotation: eigenvalues 0.6 ± 0.8i
/// let ev = eigenvalues_general(&matrix![[c, -s], [s, c]]).unwrap();
/// assert_eq!(ev.values, vec![Complex::new(0.6, 0.8), Complex::new(0.6, -0.8)]);
/// assert_eq!(ev.iterations, 0); // a 2×2 block is solved in closed form
/// ```
pub fn eigenvalues_general(a: &Matrix) -> Result<GeneralEigen> {
    // BEGIN SOLUTION
    let op = "eigenvalues_general";
    check_square(op, a)?;
    check_finite(op, a)?;
    let n = a.rows();
    let scale = power_of_two_scale(a);
    let mut h = hessenberg(&a.map(|x| x * scale))?.h;
    let hnorm = norm_frobenius(&h);
    let mut values: Vec<Complex> = Vec::with_capacity(n);
    let mut total = 0;
    let mut since_deflation = 0;
    // The active part is rows/columns 0..end.
    let mut end = n;
    while end > 0 {
        let hi = end - 1;
        // Find the unreduced block lo..=hi: scan up for a negligible subdiagonal entry.
        let mut lo = hi;
        while lo > 0 {
            let mut s = h[(lo - 1, lo - 1)].abs() + h[(lo, lo)].abs();
            if s == 0.0 {
                s = hnorm;
            }
            if h[(lo, lo - 1)].abs() <= f64::EPSILON * s {
                h[(lo, lo - 1)] = 0.0;
                break;
            }
            lo -= 1;
        }
        if lo == hi {
            values.push(Complex::real(h[(hi, hi)]));
            end -= 1;
            since_deflation = 0;
            continue;
        }
        if lo + 1 == hi {
            let [l1, l2] = eig2x2(h[(lo, lo)], h[(lo, hi)], h[(hi, lo)], h[(hi, hi)]);
            values.push(l1);
            values.push(l2);
            end -= 2;
            since_deflation = 0;
            continue;
        }
        if since_deflation == MAX_STEPS_PER_DEFLATION {
            return Err(LinalgError::NoConvergence {
                op,
                iterations: total,
            });
        }
        let m = hi - 1;
        let (s, t) = if since_deflation == 10 || since_deflation == 20 {
            // Exceptional shift: break a possible cycle.
            let w = h[(hi, m)].abs() + h[(m, m - 1)].abs();
            let c = h[(hi, hi)] + 0.75 * w;
            (2.0 * c, c * c + 0.4375 * w * w)
        } else {
            // The eigenvalues of the trailing 2×2 block, by their sum and product.
            (
                h[(m, m)] + h[(hi, hi)],
                h[(m, m)] * h[(hi, hi)] - h[(m, hi)] * h[(hi, m)],
            )
        };
        francis_step(&mut h, lo, hi, s, t);
        total += 1;
        since_deflation += 1;
    }
    for z in &mut values {
        *z = Complex::new(z.re / scale, z.im / scale);
    }
    values.sort_by(|p, q| q.re.total_cmp(&p.re).then(q.im.total_cmp(&p.im)));
    Ok(GeneralEigen {
        values,
        iterations: total,
    })
    // END SOLUTION
}
