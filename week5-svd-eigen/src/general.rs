//! Eigenvalues of a general real matrix — complex pairs included — by Francis' double-shift QR
//! algorithm on the Hessenberg form (Golub & Van Loan §7.5, LAPACK's `dhseqr`/`dlahqr`).

use crate::Complex;
use crate::checks::{check_finite, check_square};
use week1_vectors::{LinalgError, Matrix, Result};

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
    todo!("eigenvalues_general")
}
