//! Exercises: Givens rotations and QR by rotations (Golub & Van Loan §5.1.8, §5.2.5).
//!
//! A Householder reflector zeros a whole column below the diagonal at once; a Givens rotation
//! zeros one entry, rotating two rows in their plane. For a dense matrix that costs about 50%
//! more than Householder, but rotations touch only two rows: they are the tool for matrices that
//! are already almost triangular (Hessenberg, tridiagonal — the QR algorithm of week 5) and for
//! updating a factorisation when one row is added.

use crate::qr::Qr;
use week1_vectors::{LinalgError, Matrix, Result};

/// The Givens rotation that zeros `b` against `a`: `(c, s, r)` with `c² + s² = 1` and
///
/// ```text
/// [  c  s ] [ a ]   [ r ]
/// [ −s  c ] [ b ] = [ 0 ]
/// ```
///
/// `r = √(a² + b²)`, `c = a / r`, `s = b / r` — except when `b = 0`, where no rotation is needed:
/// `(1, 0, a)` (so `a = b = 0` gives `(1, 0, 0)`, never a division by zero).
///
/// Cost: one square root, a few flops.
///
/// # Example
/// ```
/// use week4_lu_qr::givens_rotation;
/// assert_eq!(givens_rotation(3.0, 4.0), (0.6, 0.8, 5.0));
/// assert_eq!(givens_rotation(-2.0, 0.0), (1.0, 0.0, -2.0));
/// let (c, s, r) = givens_rotation(1e300, 1e300); // no overflow
/// assert!((r / 1e300 - 2f64.sqrt()).abs() < 1e-15 && (c - s).abs() < 1e-16);
/// ```
///
/// # Pitfall
/// `(a * a + b * b).sqrt()` overflows for |a| > 1e154 and underflows for |a| < 1e-154: scale
/// first, as `f64::hypot` or a scaled 2-norm does.
pub fn givens_rotation(a: f64, b: f64) -> (f64, f64, f64) {
    todo!("givens_rotation")
}

/// QR by Givens rotations: zero the entries below the diagonal one at a time.
///
/// For each column `j < k` (`k = min(m, n)`), from the bottom row up to `j + 1`: rotate rows
/// `i − 1` and `i` by [`givens_rotation`]`(r[i−1][j], r[i][j])`, which zeros `r[i][j]` (write an
/// exact 0 there). Apply each rotation to the whole of rows `i − 1` and `i`, and accumulate
/// `Q ← Q·Gᵀ` (a rotation of columns `i − 1` and `i` of `Q`, starting from `Q = I_m`), so that
/// `A = QR` throughout. Return the thin factorisation: the first `k` columns of `Q`, the first
/// `k` rows of `R`.
///
/// Cost: about 3mn² − n³ flops for `R` (m ≥ n), plus 6m²n to accumulate `Q`.
///
/// # Errors
/// [`LinalgError::NonFinite`] (`op: "qr_givens"`) for NaN or ∞ entries.
///
/// # Example
/// ```
/// use week1_vectors::matrix;
/// use week4_lu_qr::qr_givens;
/// let f = qr_givens(&matrix![[3.0], [4.0]]).unwrap();
/// assert_eq!(f.r, matrix![[5.0]]);
/// assert_eq!(f.q, matrix![[0.6], [0.8]]);
/// ```
///
/// # Pitfall
/// The order matters: zeroing `r[i][j]` with rows `i − 1` and `i` must not refill entries that
/// are already zero. Working bottom-up within a column, and column by column from the left,
/// only ever combines rows whose entries to the left of `j` are both zero.
pub fn qr_givens(a: &Matrix) -> Result<Qr> {
    todo!("qr_givens")
}
