//! The result type of the QR factorisations, [`Qr`].
//!
//! Four algorithms compute `A = QR` this week, a ladder from the most obvious to the most
//! robust: classical Gram–Schmidt ([`crate::qr_cgs`]), modified Gram–Schmidt
//! ([`crate::qr_mgs`]), Householder reflectors ([`crate::qr_householder`]) and Givens rotations
//! ([`crate::qr_givens`]). All return a [`Qr`].

use week1_vectors::Matrix;

// BEGIN SOLUTION-ONLY
/// `Σ xᵢ yᵢ` over two slices of the same length.
pub(crate) fn dot(x: &[f64], y: &[f64]) -> f64 {
    debug_assert_eq!(x.len(), y.len());
    x.iter().zip(y).map(|(a, b)| a * b).sum()
}

/// `‖x‖₂`, scaled by the largest entry so that squaring neither overflows (1e200² = ∞) nor
/// underflows (1e-200² = 0).
pub(crate) fn norm2(x: &[f64]) -> f64 {
    let scale = x.iter().fold(0.0_f64, |m, v| m.max(v.abs()));
    if scale == 0.0 || !scale.is_finite() {
        return scale;
    }
    scale
        * x.iter()
            .map(|v| (v / scale) * (v / scale))
            .sum::<f64>()
            .sqrt()
}

/// The columns of `a`, each as a `Vec` (column-major copy: Gram–Schmidt works on columns).
pub(crate) fn columns(a: &Matrix) -> Vec<Vec<f64>> {
    (0..a.cols()).map(|j| a.col(j).into_vec()).collect()
}
// END SOLUTION-ONLY

/// A QR factorisation `A = QR` of an `m × n` matrix.
///
/// The *thin* (reduced) factorisation, which every `qr_*` function returns unless its name says
/// `full`, has `k = min(m, n)`:
/// - `q`: `m × k` with orthonormal columns (`QᵀQ = I_k`);
/// - `r`: `k × n` upper triangular (every entry below the diagonal exactly 0).
///
/// The *full* factorisation ([`crate::qr_householder_full`]) has `q` square `m × m` orthogonal
/// and `r` `m × n` (rows `k..m` are zero).
///
/// Factors are unique only up to signs: `QR = (QD)(DR)` for any diagonal `D` of ±1. Check a
/// factorisation by its residuals `‖A − QR‖` and `‖I − QᵀQ‖`, never entry by entry.
#[derive(Debug, Clone, PartialEq)]
pub struct Qr {
    /// `m × k` (thin) or `m × m` (full), orthonormal columns.
    pub q: Matrix,
    /// `k × n` (thin) or `m × n` (full), upper triangular.
    pub r: Matrix,
}
