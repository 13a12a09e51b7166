//! The Jacobi eigenvalue method: annihilate one off-diagonal pair at a time by a plane rotation.
//!
//! Slower than tridiagonal QR (≈ 5–10 sweeps of 6n³ flops each), but simple, naturally
//! parallel, and more accurate for the small eigenvalues of a positive definite `A = DHD`
//! (D diagonal, H with unit diagonal): relative error about `ε·κ(H)` *whatever the scaling D*,
//! where QR only promises `ε·‖A‖` absolute (Demmel–Veselić, 1992). It is the eigenvalue twin of
//! this week's SVD ([`crate::svd::svd`]).

use crate::checks::{check_finite, check_square, check_symmetric};
use crate::symmetric::SymmetricEigen;
use week1_vectors::{LinalgError, Matrix, Result, Vector};
// BEGIN SOLUTION-ONLY
use crate::checks::{power_of_two_scale, symmetric_part};
// END SOLUTION-ONLY

/// The sweep budget of [`jacobi_eigen`]. Convergence is quadratic once the off-diagonal part is
/// small; 6–10 sweeps are typical for n ≤ 200.
pub const MAX_SWEEPS: usize = 60;

/// The eigendecomposition of a symmetric matrix by the cyclic Jacobi method.
///
/// A **sweep** visits every pair `p < q` in row order. For each, if `a_pq` is not negligible,
/// rotate rows and columns p, q by the angle that zeroes it:
///
/// ```text
/// τ = (a_qq − a_pp)/(2·a_pq);   t = sign(τ)/(|τ| + √(1 + τ²));   c = 1/√(1 + t²);   s = t·c
/// a_pp ← a_pp − t·a_pq;   a_qq ← a_qq + t·a_pq;   a_pq = a_qp ← 0
/// for r ≠ p, q:  (a_rp, a_rq) ← (c·a_rp − s·a_rq,  s·a_rp + c·a_rq)   (and symmetrically)
/// V ← V·J:       (v_rp, v_rq) ← (c·v_rp − s·v_rq,  s·v_rp + c·v_rq)
/// ```
///
/// (`t` is the smaller root of `t² + 2τt − 1 = 0`: the rotation by at most 45°, which is what
/// makes the method converge.) Each rotation reduces `off(A)² = Σ_{i≠j} aᵢⱼ²` by `2·a_pq²`.
///
/// Negligible means `|a_pq| ≤ ε·√(|a_pp|·|a_qq|)`; the method has converged when a sweep
/// finds every pair negligible. `iterations` reports the sweeps, including that last one; the
/// budget is [`MAX_SWEEPS`]. Values are sorted **descending** and vectors permuted with them,
/// exactly as in [`crate::symmetric::symmetric_eigen`], whose answers these must match.
///
/// # Errors
/// As [`crate::symmetric::symmetric_eigen`]: not square, NaN/∞, not symmetric, and
/// [`LinalgError::NoConvergence`] after [`MAX_SWEEPS`] sweeps.
///
/// # Numerical pitfall
/// Compute `t` from the formula above, never `θ = ½·atan(2a_pq/(a_qq − a_pp))` followed by
/// cos and sin: the two are equal in exact arithmetic, but the formula is accurate for tiny
/// and for huge τ (use `hypot(1, τ)` so that τ² cannot overflow).
///
/// # Example
/// ```
/// use week1_vectors::matrix;
/// use week5_svd_eigen::jacobi_eigen;
/// let e = jacobi_eigen(&matrix![[2.0, 1.0], [1.0, 2.0]]).unwrap();
/// assert!((e.values[0] - 3.0).abs() < 1e-15 && (e.values[1] - 1.0).abs() < 1e-15);
/// assert_eq!(e.iterations, 2); // one sweep to rotate, one to see that nothing is left
/// ```
pub fn jacobi_eigen(a: &Matrix) -> Result<SymmetricEigen> {
    // BEGIN SOLUTION
    let op = "jacobi_eigen";
    check_square(op, a)?;
    check_finite(op, a)?;
    check_symmetric(op, a)?;
    let n = a.rows();
    let scale = power_of_two_scale(a);
    let mut m = symmetric_part(a).map(|x| x * scale).into_vec();
    // vt = Vᵀ: row k is eigenvector k, so the rotations touch contiguous rows.
    let mut vt = Matrix::identity(n).into_vec();
    for sweep in 1..=MAX_SWEEPS {
        let mut rotated = false;
        for p in 0..n {
            for q in p + 1..n {
                let apq = m[p * n + q];
                let (app, aqq) = (m[p * n + p], m[q * n + q]);
                if apq == 0.0 || apq.abs() <= f64::EPSILON * (app.abs().sqrt() * aqq.abs().sqrt()) {
                    continue;
                }
                rotated = true;
                let tau = (aqq - app) / (2.0 * apq);
                let sign = if tau >= 0.0 { 1.0 } else { -1.0 };
                let t = sign / (tau.abs() + 1f64.hypot(tau));
                let c = 1.0 / 1f64.hypot(t);
                let s = t * c;
                m[p * n + p] = app - t * apq;
                m[q * n + q] = aqq + t * apq;
                m[p * n + q] = 0.0;
                m[q * n + p] = 0.0;
                for r in 0..n {
                    if r == p || r == q {
                        continue;
                    }
                    let (arp, arq) = (m[r * n + p], m[r * n + q]);
                    let (np, nq) = (c * arp - s * arq, s * arp + c * arq);
                    m[r * n + p] = np;
                    m[p * n + r] = np;
                    m[r * n + q] = nq;
                    m[q * n + r] = nq;
                }
                for r in 0..n {
                    let (vp, vq) = (vt[p * n + r], vt[q * n + r]);
                    vt[p * n + r] = c * vp - s * vq;
                    vt[q * n + r] = s * vp + c * vq;
                }
            }
        }
        if !rotated {
            let mut order: Vec<usize> = (0..n).collect();
            order.sort_by(|&i, &j| m[j * n + j].total_cmp(&m[i * n + i]));
            return Ok(SymmetricEigen {
                values: Vector::from_fn(n, |k| m[order[k] * n + order[k]] / scale),
                vectors: Matrix::from_fn(n, n, |i, k| vt[order[k] * n + i]),
                iterations: sweep,
            });
        }
    }
    Err(LinalgError::NoConvergence {
        op,
        iterations: MAX_SWEEPS,
    })
    // END SOLUTION
}
