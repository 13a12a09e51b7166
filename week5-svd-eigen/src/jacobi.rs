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
    todo!("jacobi_eigen")
}
