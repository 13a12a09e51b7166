//! The symmetric eigendecomposition `A = V·Λ·Vᵀ`, by tridiagonal reduction and the implicit
//! QR algorithm with Wilkinson's shift — the textbook method (Golub & Van Loan §8.3, LAPACK's
//! `dsteqr`).

use crate::checks::{check_finite, check_square, check_symmetric};
use week1_vectors::{LinalgError, Matrix, Result, Vector};

/// `A = V·diag(values)·Vᵀ` for a symmetric `A`.
#[derive(Debug, Clone, PartialEq)]
pub struct SymmetricEigen {
    /// The eigenvalues, real, in **descending** order (`values[0]` is the largest), each
    /// repeated as often as its multiplicity.
    pub values: Vector,
    /// The eigenvectors: column `k` is the unit eigenvector of `values[k]`. The columns are
    /// orthonormal (`VᵀV = I`); the sign of each column is arbitrary.
    pub vectors: Matrix,
    /// The work spent: implicit QR steps for [`symmetric_eigen`], sweeps for
    /// [`crate::jacobi::jacobi_eigen`].
    pub iterations: usize,
}

/// The QR-step budget of [`symmetric_eigen`]: `MAX_STEPS_PER_EIGENVALUE · n` steps in all
/// (LAPACK's `dsteqr` uses 30; two or three per eigenvalue are typical).
pub const MAX_STEPS_PER_EIGENVALUE: usize = 30;

/// The eigenvalues (descending) and orthonormal eigenvectors of a symmetric matrix.
///
/// 1. **Tridiagonalise**: `A = Q·T·Qᵀ` ([`crate::hessenberg::tridiagonalize`]), O(n³) once.
/// 2. **Implicit QR with Wilkinson's shift** on T, O(n) per step plus O(n) per step to
///    update the eigenvectors (kept as the rows of `Vᵀ = Qᵀ`, starting from `Qᵀ`):
///    - set every negligible off-diagonal entry to 0, where negligible is
///      `|e_k| ≤ ε·(|d_k| + |d_{k+1}|)`;
///    - find the bottom-most unreduced block `lo..=hi` (nonzero off-diagonals); if there is
///      none, T is diagonal: done;
///    - one implicit QR step on that block with the Wilkinson shift of its trailing 2×2
///      block, chasing the bulge with Givens rotations ([`crate::givens::givens`]).
///
///    Convergence is quadratic in general and cubic for almost every matrix; expect
///    about two steps per eigenvalue. The budget is [`MAX_STEPS_PER_EIGENVALUE`]`·n` steps.
/// 3. **Sort** the eigenvalues into descending order, permuting the eigenvectors with them.
///
/// `iterations` reports the number of implicit QR steps. The 0×0 matrix gives empty results
/// and 0 iterations; a 1×1 matrix `[a]` gives `a` and `[[1]]`.
///
/// The result is backward stable: `‖A − VΛVᵀ‖ ≈ n·ε·‖A‖` and `‖I − VᵀV‖ ≈ n·ε`, and each
/// computed eigenvalue is within about `n·ε·‖A‖₂` of an exact one (Weyl's theorem). Total cost
/// ≈ 9n³ flops with eigenvectors.
///
/// The input is scaled by a power of two (exact) so that its largest entry is near 1, which
/// keeps squares from overflowing; the eigenvalues are scaled back.
///
/// # Errors
/// [`LinalgError::NotSquare`]; [`LinalgError::NonFinite`] for NaN/∞ entries (checked first,
/// so NaN cannot make the loop spin); [`LinalgError::InvalidArgument`] if A is not symmetric
/// ([`crate::checks::check_symmetric`]); [`LinalgError::NoConvergence`] if the step budget
/// runs out (it should not happen on finite input).
///
/// # Numerical pitfall
/// The deflation test is what makes or breaks the method: too strict (`e == 0.0`) and it never
/// stops; too loose (`|e| < 1e-8`) and small eigenvalues are wrong. `ε·(|d_k| + |d_{k+1}|)`
/// is the size of the rounding errors already made in those entries.
///
/// # Example
/// ```
/// use week1_vectors::matrix;
/// use week5_svd_eigen::symmetric_eigen;
/// let a = matrix![[2.0, 1.0], [1.0, 2.0]];
/// let e = symmetric_eigen(&a).unwrap();
/// assert!((e.values[0] - 3.0).abs() < 1e-15 && (e.values[1] - 1.0).abs() < 1e-15);
/// // The eigenvector of 3 is ±(1, 1)/√2.
/// assert!((e.vectors[(0, 0)].abs() - 0.5f64.sqrt()).abs() < 1e-15);
/// ```
pub fn symmetric_eigen(a: &Matrix) -> Result<SymmetricEigen> {
    todo!("symmetric_eigen")
}
