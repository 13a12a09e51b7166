//! Exercise: blocked Householder QR (the compact WY form, Schreiber & Van Loan 1989; LAPACK's
//! `dgeqrf` + `dlarft` + `dlarfb`) — the same reflectors as [`crate::householder`], applied
//! `nb` at a time by matrix products.
//!
//! The unblocked algorithm updates the whole trailing matrix once per reflector: two passes
//! over up to `m × n` numbers (`vᵀA`, then the rank-one update) for 4mn flops — too few flops
//! per number read to keep a core busy once the matrix is larger than the cache. The product of
//! `b` reflectors is again a rank-`b` correction of the identity,
//!
//! ```text
//!     H₀H₁⋯H_{b−1} = I − V T Vᵀ        (V: the b vectors as columns, T: b × b upper triangular)
//! ```
//!
//! so the trailing matrix can be updated by the whole block at once, with three matrix products
//! (week 2's fast kernel): 2b flops per number read instead of 2.

use crate::qr::Qr;
use week1_vectors::{LinalgError, Matrix, Result};

/// The block size [`qr_householder_blocked`] is meant to be called with: wide enough that the
/// products dominate, narrow enough that the panel stays in cache. Machine-dependent; the
/// lesson's table (`cargo xtask bench week4`) was measured with it.
pub const QR_BLOCK: usize = 32;

/// The thin QR factorisation by Householder reflectors, blocked: the same `Q` and `R` as
/// [`crate::qr_householder`] (up to rounding), with most of the flops in matrix products.
///
/// With `k = min(m, n)` and the working copy `W = A`, for each block of columns
/// `j₀ = 0, nb, 2nb, …` of width `b = min(nb, k − j₀)`:
///
/// 1. **panel**: factor the `(m − j₀) × b` panel `W[j₀.., j₀..j₀+b]` with the unblocked
///    [`crate::householder`]; its `R` goes back into the panel, its `b` vectors `vᵢ` (padded
///    with `i` leading zeros) are the columns of `V`;
/// 2. **T**: the upper triangular `b × b` with `I − VTVᵀ = H_{j₀}⋯H_{j₀+b−1}`, column by column
///    (LAPACK's `dlarft`, with `τ = 2` for a unit `v`, `τ = 0` for a zero one):
///    `T[i][i] = τᵢ`, `T[..i, i] = −τᵢ · T[..i, ..i] · (V[:, ..i]ᵀ vᵢ)`;
/// 3. **trailing update**: `C = W[j₀.., j₀+b..]` becomes `(I − VTVᵀ)ᵀC = C − V(Tᵀ(VᵀC))`, three
///    products by [`week2_matmul::matmul_fast`].
///
/// `R` is the top `k` rows of `W`, upper triangular (exact zeros below the diagonal). The thin
/// `Q = Q₀Q₁⋯` is formed by applying the blocks, the last first, to the first `k` columns of
/// the identity: `Q[j₀.., j₀..k] −= V(T(VᵀQ[j₀.., j₀..k]))` (columns `< j₀` are still zero
/// there).
///
/// Shapes: `q` is `m × k`, `r` is `k × n` (see [`Qr`]); any `nb ≥ 1` (`nb ≥ k` is one block:
/// the unblocked algorithm plus one product to form `Q`). Cost (m ≥ n): `R` as in
/// [`crate::householder`], 2mn² − ⅔n³ flops; `Q`, on columns `j₀..k` only, as many again; plus
/// O(mnb) for the `T`s and the zero triangles of `V` that the products multiply in full. All
/// but the panels' O(mnb) are in products.
///
/// # Errors
/// [`LinalgError::NonFinite`] (`op: "qr_householder_blocked"`) for NaN or ∞ entries;
/// [`LinalgError::InvalidArgument`] (same `op`) for `nb = 0`. Rank-deficient input is fine, as
/// in [`crate::householder`].
///
/// # Example
/// ```
/// use week1_vectors::{gallery, testing};
/// use week4_lu_qr::qr_householder_blocked;
/// let a = gallery::random_matrix(7, 5, 3);
/// let f = qr_householder_blocked(&a, 2).unwrap(); // blocks of columns 0–1, 2–3, 4
/// assert_eq!((f.q.shape(), f.r.shape()), ((7, 5), (5, 5)));
/// assert!(testing::reconstruction_ratio(&a, &testing::naive_matmul(&f.q, &f.r)) < testing::THRESHOLD);
/// assert!(testing::orthogonality_ratio(&f.q) < testing::THRESHOLD);
/// ```
///
/// # Pitfall
/// The order of the reflectors. `Qᵀ = H_{b−1}⋯H₀` acts on the trailing matrix, so the update
/// uses `Tᵀ`; forming `Q = H₀⋯H_{b−1}` uses `T`. With the wrong one the factorisation still
/// *looks* triangular, and only `‖A − QR‖` shows it is wrong — for `b ≥ 2` only, so test with a
/// block size of at least 2 and sizes that are not multiples of it.
pub fn qr_householder_blocked(a: &Matrix, nb: usize) -> Result<Qr> {
    todo!("qr_householder_blocked")
}
