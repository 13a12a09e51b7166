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

// BEGIN SOLUTION-ONLY
use crate::householder;
use crate::qr::dot;
use week2_matmul::matmul_fast;
// END SOLUTION-ONLY
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
    // BEGIN SOLUTION
    const OP: &str = "qr_householder_blocked";
    if !a.is_finite() {
        return Err(LinalgError::NonFinite { op: OP });
    }
    if nb == 0 {
        return Err(LinalgError::InvalidArgument {
            op: OP,
            reason: "the block size nb must be at least 1".into(),
        });
    }
    let (m, n) = a.shape();
    let k = m.min(n);
    let mut w = a.clone();
    // Each block: its first column j₀, V ((m − j₀) × b), Vᵀ and T (b × b). Everything is moved
    // by whole row slices: the products do the arithmetic, the copies must not cost more.
    let mut blocks: Vec<(usize, Matrix, Matrix, Matrix)> = Vec::new();
    for j0 in (0..k).step_by(nb) {
        let b = nb.min(k - j0);
        let rows = m - j0;
        // 1. The panel, by the unblocked algorithm; its R (and zeros) back in place.
        let h = householder(&block(&w, j0, j0..j0 + b))?;
        for i in 0..rows {
            let dst = &mut w.row_mut(j0 + i)[j0..j0 + b];
            if i < b {
                dst.copy_from_slice(h.r().row(i));
            } else {
                dst.fill(0.0);
            }
        }
        // Vᵀ's row j is vⱼ after j zeros.
        let vs = h.reflectors();
        let mut vt_data = vec![0.0; b * rows];
        for (j, vj) in vs.iter().enumerate() {
            vt_data[j * rows + j..(j + 1) * rows].copy_from_slice(vj);
        }
        let vt = matrix(b, rows, vt_data);
        let v = transposed(&vt);
        // 2. T, column by column: T[..i, i] = −τᵢ T[..i, ..i] (V[:, ..i]ᵀ vᵢ).
        let mut t = vec![0.0; b * b];
        for i in 0..b {
            let tau = if vs[i].iter().any(|&x| x != 0.0) {
                2.0
            } else {
                0.0
            };
            let y: Vec<f64> = (0..i)
                .map(|c| dot(&vt.row(c)[i..], &vt.row(i)[i..]))
                .collect();
            for r in 0..i {
                t[r * b + i] = -tau * dot(&t[r * b + r..r * b + i], &y[r..]);
            }
            t[i * b + i] = tau;
        }
        let t = matrix(b, b, t);
        // 3. The trailing columns: C −= V (Tᵀ (Vᵀ C)).
        if j0 + b < n {
            let c = block(&w, j0, j0 + b..n);
            let update = block_times(&v, &transposed(&t), &vt, &c)?;
            for i in 0..rows {
                subtract(&mut w.row_mut(j0 + i)[j0 + b..], update.row(i));
            }
        }
        blocks.push((j0, v, vt, t));
    }
    // The thin Q: the blocks applied, the last first, to I's first k columns.
    let mut q = Matrix::from_fn(m, k, |i, j| if i == j { 1.0 } else { 0.0 });
    for (j0, v, vt, t) in blocks.iter().rev() {
        let j0 = *j0;
        let update = block_times(v, t, vt, &block(&q, j0, j0..k))?;
        for i in 0..m - j0 {
            subtract(&mut q.row_mut(j0 + i)[j0..], update.row(i));
        }
    }
    let r = Matrix::from_fn(k, n, |i, j| if i <= j { w.row(i)[j] } else { 0.0 });
    Ok(Qr { q, r })
    // END SOLUTION
}

// BEGIN SOLUTION-ONLY
/// `V (S (Vᵀ C))`: the correction that the block `I − VSVᵀ` subtracts from `C`, by three fast
/// products (`S` is `T` or `Tᵀ`; `vt` is `Vᵀ`).
fn block_times(v: &Matrix, s: &Matrix, vt: &Matrix, c: &Matrix) -> Result<Matrix> {
    matmul_fast(v, &matmul_fast(s, &matmul_fast(vt, c)?)?)
}

/// The block `M[top.., cols]`, a copy.
fn block(m: &Matrix, top: usize, cols: std::ops::Range<usize>) -> Matrix {
    let (rows, width) = (m.rows() - top, cols.len());
    let mut data = Vec::with_capacity(rows * width);
    for i in top..m.rows() {
        data.extend_from_slice(&m.row(i)[cols.clone()]);
    }
    matrix(rows, width, data)
}

/// `x −= y`, entry by entry.
fn subtract(x: &mut [f64], y: &[f64]) {
    for (a, b) in x.iter_mut().zip(y) {
        *a -= b;
    }
}

/// The `rows × cols` matrix with row-major entries `data` (whose length is right by
/// construction).
fn matrix(rows: usize, cols: usize, data: Vec<f64>) -> Matrix {
    Matrix::new(rows, cols, data).expect("rows·cols entries")
}

/// `Mᵀ`, a copy.
fn transposed(m: &Matrix) -> Matrix {
    let (r, c) = m.shape();
    let s = m.as_slice();
    let mut out = vec![0.0; r * c];
    for i in 0..r {
        for j in 0..c {
            out[j * r + i] = s[i * c + j];
        }
    }
    matrix(c, r, out)
}
// END SOLUTION-ONLY
