//! The result type of the QR factorisations, [`Qr`].
//!
//! Four algorithms compute `A = QR` this week, a ladder from the most obvious to the most
//! robust: classical Gram–Schmidt ([`crate::qr_cgs`]), modified Gram–Schmidt
//! ([`crate::qr_mgs`]), Householder reflectors ([`crate::qr_householder`]) and Givens rotations
//! ([`crate::qr_givens`]). All return a [`Qr`].

use week1_vectors::Matrix;

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
