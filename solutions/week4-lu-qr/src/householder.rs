//! Exercises: QR by Householder reflectors (Trefethen & Bau, Lecture 10) — thin and full `Q`,
//! and `Qᵀb` without forming `Q`.
//!
//! Gram–Schmidt is *triangular orthogonalisation*: it multiplies `A` by triangular matrices
//! until the columns are orthonormal. Householder is *orthogonal triangularisation*: it
//! multiplies `A` by orthogonal reflectors `Hₖ = I − 2vₖvₖᵀ` (‖vₖ‖ = 1) until it is upper
//! triangular, `Hₖ₋₁ ⋯ H₁H₀A = R`. Orthogonal matrices do not magnify rounding errors, so the
//! computed `Q` is orthogonal to working precision whatever κ(A) is.

// BEGIN SOLUTION-ONLY
use crate::qr::{dot, norm2};
// END SOLUTION-ONLY
use crate::qr::Qr;
use week1_vectors::{LinalgError, Matrix, Result, Vector};

/// A Householder QR factorisation kept in factored form: the reflectors and `R`.
///
/// For an `m × n` matrix with `k = min(m, n)`: reflector `j` is a unit vector `vⱼ` of length
/// `m − j` (an all-zero `vⱼ` stands for `Hⱼ = I`), and `Hⱼ = I − 2vⱼvⱼᵀ` acts on rows `j..m`;
/// `Q = H₀H₁⋯Hₖ₋₁` and `R` is `k × n` upper triangular. Storing the `vⱼ` instead of `Q` costs
/// about half the memory and lets [`Householder::apply_qt`] compute `Qᵀb` in 4mk flops.
///
/// Built by [`householder`]; [`qr_householder`] turns it into an explicit [`Qr`].
#[derive(Debug, Clone, PartialEq)]
pub struct Householder {
    /// `m`, the number of rows of the factored matrix.
    m: usize,
    /// `vs[j]`: the unit vector (length `m − j`) of reflector `j`, or all zeros for `Hⱼ = I`.
    vs: Vec<Vec<f64>>,
    /// `k × n`, upper triangular.
    r: Matrix,
}

impl Householder {
    /// `m`, the number of rows of the factored matrix (the length of `b` in `Qᵀb`).
    pub fn rows(&self) -> usize {
        self.m
    }

    /// The reflector vectors: `reflectors()[j]` has length `m − j` and unit norm (or is zero).
    pub fn reflectors(&self) -> &[Vec<f64>] {
        &self.vs
    }

    /// The `k × n` upper triangular factor `R`.
    pub fn r(&self) -> &Matrix {
        &self.r
    }
}

/// Householder triangularisation of an `m × n` matrix (Trefethen & Bau, Algorithm 10.1), kept
/// in factored form.
///
/// For `j = 0, 1, …, k−1` (`k = min(m, n)`), with `x = A[j..m, j]` the current column from the
/// diagonal down:
///
/// ```text
/// v  = x + sign(x₀)·‖x‖₂·e₀        (sign(0) = +1)
/// v  = v / ‖v‖₂                     (if x = 0: no reflection, store v = 0)
/// A[j..m, j..n] −= 2 v (vᵀ A[j..m, j..n])
/// ```
///
/// The reflection maps `x` to `−sign(x₀)‖x‖e₀`, so the column becomes `rⱼⱼ = −sign(x₀)‖x‖` with
/// exact zeros below (write those zeros; do not leave rounding dust). `R` is the top `k` rows.
///
/// Cost: 2mn² − ⅔n³ flops for m ≥ n (forming `Q` explicitly would cost about as much again).
///
/// # Errors
/// [`LinalgError::NonFinite`] (`op: "householder"`) for NaN or ∞ entries. Rank-deficient input is
/// fine: a zero column gives no reflection and a zero `rⱼⱼ`.
///
/// # Example
/// ```
/// use week1_vectors::{matrix, vector};
/// use week4_lu_qr::householder;
/// let h = householder(&matrix![[3.0], [4.0]]).unwrap();
/// assert_eq!(h.r()[(0, 0)], -5.0); // x₀ = 3 > 0, so x ↦ −‖x‖e₀
/// let qtb = h.apply_qt(&vector![3.0, 4.0]).unwrap();
/// assert!((qtb[0] + 5.0).abs() < 1e-15 && qtb[1].abs() < 1e-15);
/// ```
///
/// # Pitfall
/// The sign. Either `x ± ‖x‖e₀` gives a reflector, but with the "wrong" one,
/// `v₀ = x₀ − sign(x₀)‖x‖`, two nearly equal numbers are subtracted when `x` is almost a
/// multiple of `e₀`, `v` is mostly rounding error, and `Q` loses its orthogonality. Adding two
/// numbers of the same sign never cancels.
pub fn householder(a: &Matrix) -> Result<Householder> {
    // BEGIN SOLUTION
    if !a.is_finite() {
        return Err(LinalgError::NonFinite { op: "householder" });
    }
    let (m, n) = a.shape();
    let k = m.min(n);
    let mut w = a.clone();
    let mut vs = Vec::with_capacity(k);
    for j in 0..k {
        let x: Vec<f64> = (j..m).map(|i| w[(i, j)]).collect();
        let norm_x = norm2(&x);
        if norm_x == 0.0 {
            // Nothing to annihilate: H_j = I, r_jj = 0.
            vs.push(vec![0.0; m - j]);
            continue;
        }
        // The sign choice: v₀ = x₀ + sign(x₀)‖x‖ adds two numbers of the same sign, so there
        // is no cancellation and ‖v‖ ≥ ‖x‖. (sign(0) = +1.)
        let s = if x[0] >= 0.0 { 1.0 } else { -1.0 };
        let mut v = x;
        v[0] += s * norm_x;
        let norm_v = norm2(&v);
        for t in v.iter_mut() {
            *t /= norm_v;
        }
        // Column j becomes −sign(x₀)‖x‖ e₀: write it exactly.
        w[(j, j)] = -s * norm_x;
        for i in j + 1..m {
            w[(i, j)] = 0.0;
        }
        // The rest, A[j..m, j+1..n] −= 2 v (vᵀ A[j..m, j+1..n]), row by row (row-major storage):
        // first the row vector vᵀA, then the rank-one update.
        let mut vta = vec![0.0; n - j - 1];
        for (t, i) in (j..m).enumerate() {
            for (acc, &aij) in vta.iter_mut().zip(&w.row(i)[j + 1..]) {
                *acc += v[t] * aij;
            }
        }
        for (t, i) in (j..m).enumerate() {
            let f = 2.0 * v[t];
            for (aij, &c) in w.row_mut(i)[j + 1..].iter_mut().zip(&vta) {
                *aij -= f * c;
            }
        }
        vs.push(v);
    }
    let r = Matrix::from_fn(k, n, |i, j| if i <= j { w[(i, j)] } else { 0.0 });
    Ok(Householder { m, vs, r })
    // END SOLUTION
}

// BEGIN SOLUTION-ONLY
impl Householder {
    /// The first `cols` columns of `Q = H₀⋯Hₖ₋₁`: the reflectors applied, last first, to the
    /// first `cols` columns of the identity.
    fn q_columns(&self, cols: usize) -> Matrix {
        let m = self.m;
        let mut q = Matrix::from_fn(m, cols, |i, j| if i == j { 1.0 } else { 0.0 });
        for (j, v) in self.vs.iter().enumerate().rev() {
            // Q[j..m, :] −= 2 v (vᵀ Q[j..m, :]).
            let mut vtq = vec![0.0; cols];
            for (t, i) in (j..m).enumerate() {
                for (acc, &qi) in vtq.iter_mut().zip(q.row(i)) {
                    *acc += v[t] * qi;
                }
            }
            for (t, i) in (j..m).enumerate() {
                let f = 2.0 * v[t];
                for (qi, &s) in q.row_mut(i).iter_mut().zip(&vtq) {
                    *qi -= f * s;
                }
            }
        }
        q
    }

    /// `LengthMismatch` unless `x` has `m` entries.
    fn check_len(&self, op: &'static str, x: &Vector) -> Result<()> {
        if x.len() == self.m {
            Ok(())
        } else {
            Err(LinalgError::LengthMismatch {
                op,
                left: self.m,
                right: x.len(),
            })
        }
    }
}

/// `y −= 2 v (v·y)`: one reflection `(I − 2vvᵀ)y` in place (`v` unit or zero).
fn reflect(v: &[f64], y: &mut [f64]) {
    let f = 2.0 * dot(v, y);
    for (yt, vt) in y.iter_mut().zip(v) {
        *yt -= f * vt;
    }
}
// END SOLUTION-ONLY

impl Householder {
    /// `Qᵀb` without forming `Q` (Trefethen & Bau, Algorithm 10.2): apply the reflectors in
    /// order, `b[j..m] −= 2 vⱼ (vⱼ · b[j..m])` for `j = 0, 1, …, k−1`.
    ///
    /// Shapes: `b` has length `m`; so has the result. Cost: 4mk flops, against 2mk for `Qᵀb`
    /// with a stored `Q` that took 4m²k − … flops to form.
    ///
    /// # Errors
    /// [`LinalgError::LengthMismatch`] (`op: "Householder::apply_qt"`, left `m`, right
    /// `b.len()`).
    ///
    /// # Example
    /// ```
    /// use week1_vectors::{matrix, vector};
    /// use week4_lu_qr::householder;
    /// let h = householder(&matrix![[0.0], [2.0]]).unwrap();
    /// let y = h.apply_qt(&vector![0.0, 2.0]).unwrap(); // Qᵀ a₀ = R's column 0
    /// assert!((y[0] - h.r()[(0, 0)]).abs() < 1e-15 && y[1].abs() < 1e-15);
    /// ```
    ///
    /// # Pitfall
    /// `Qᵀ = Hₖ₋₁⋯H₁H₀` (each `Hⱼ` is symmetric): `H₀` acts on `b` first.
    pub fn apply_qt(&self, b: &Vector) -> Result<Vector> {
        // BEGIN SOLUTION
        self.check_len("Householder::apply_qt", b)?;
        let mut y = b.clone().into_vec();
        for (j, v) in self.vs.iter().enumerate() {
            reflect(v, &mut y[j..]);
        }
        Ok(Vector::new(y))
        // END SOLUTION
    }

    /// `Qx` without forming `Q` (Trefethen & Bau, Algorithm 10.3): apply the reflectors in
    /// reverse order, `j = k−1, …, 1, 0`.
    ///
    /// Shapes: `x` has length `m` (for the thin `Q`, put zeros in `x[k..m]`). Cost: 4mk flops.
    ///
    /// # Errors
    /// [`LinalgError::LengthMismatch`] (`op: "Householder::apply_q"`, left `m`, right `x.len()`).
    ///
    /// # Example
    /// ```
    /// use week1_vectors::{matrix, vector};
    /// use week4_lu_qr::householder;
    /// let h = householder(&matrix![[1.0, 2.0], [3.0, 4.0], [5.0, 6.0]]).unwrap();
    /// let b = vector![1.0, -1.0, 2.0];
    /// let back = h.apply_q(&h.apply_qt(&b).unwrap()).unwrap(); // Q Qᵀ = I for the full Q
    /// assert!(back.iter().zip(b.iter()).all(|(x, y)| (x - y).abs() < 1e-14));
    /// ```
    ///
    /// # Pitfall
    /// `Q = H₀H₁⋯Hₖ₋₁` acts on `x` from the right: `Hₖ₋₁` first.
    pub fn apply_q(&self, x: &Vector) -> Result<Vector> {
        // BEGIN SOLUTION
        self.check_len("Householder::apply_q", x)?;
        let mut y = x.clone().into_vec();
        for (j, v) in self.vs.iter().enumerate().rev() {
            reflect(v, &mut y[j..]);
        }
        Ok(Vector::new(y))
        // END SOLUTION
    }

    /// The thin `Q`: its `k` columns `Qeᵢ`, `i < k`, as an `m × k` matrix.
    ///
    /// Apply the reflectors in reverse order (`j = k−1, …, 0`) to the first `k` columns of the
    /// identity, all columns at once: `Q[j..m, :] −= 2 vⱼ (vⱼᵀ Q[j..m, :])`. Starting from the
    /// last reflector is cheaper than the first, because `Hⱼ` leaves rows `< j` alone and the
    /// identity is still zero there. Cost: about 4mk² − … flops.
    ///
    /// # Example
    /// ```
    /// use week1_vectors::{matrix, testing};
    /// use week4_lu_qr::householder;
    /// let a = matrix![[1.0, 2.0], [3.0, 4.0], [5.0, 6.0]];
    /// let q = householder(&a).unwrap().thin_q();
    /// assert_eq!(q.shape(), (3, 2));
    /// assert!(testing::orthogonality_ratio(&q) < testing::THRESHOLD);
    /// ```
    ///
    /// # Pitfall
    /// Forming `Q` is often unnecessary: least squares needs only `Qᵀb` ([`Householder::apply_qt`]).
    pub fn thin_q(&self) -> Matrix {
        // BEGIN SOLUTION
        self.q_columns(self.vs.len())
        // END SOLUTION
    }

    /// The full `m × m` orthogonal `Q` (its last `m − k` columns span the orthogonal complement
    /// of `A`'s column space when `A` has full column rank).
    ///
    /// As [`Householder::thin_q`], starting from the whole `m × m` identity. Cost: about 4m²k.
    ///
    /// # Example
    /// ```
    /// use week1_vectors::{matrix, testing};
    /// use week4_lu_qr::householder;
    /// let q = householder(&matrix![[1.0], [1.0], [1.0]]).unwrap().full_q();
    /// assert_eq!(q.shape(), (3, 3));
    /// assert!(testing::orthogonality_ratio(&q) < testing::THRESHOLD);
    /// ```
    ///
    /// # Pitfall
    /// For a tall matrix the full `Q` is much bigger than `A` (m² against mn entries).
    pub fn full_q(&self) -> Matrix {
        // BEGIN SOLUTION
        self.q_columns(self.m)
        // END SOLUTION
    }
}

/// The thin QR factorisation by Householder reflectors: [`householder`], then
/// [`Householder::thin_q`] and `R`.
///
/// Shapes: `q` is `m × k`, `r` is `k × n`, `k = min(m, n)` (see [`Qr`]). Cost: 2mn² − ⅔n³ flops
/// for the triangularisation plus about 2mn² − ⅔n³ more to form `Q`.
///
/// # Errors
/// [`LinalgError::NonFinite`] (`op: "qr_householder"`) for NaN or ∞ entries.
///
/// # Example
/// ```
/// use week1_vectors::{gallery, testing};
/// use week4_lu_qr::qr_householder;
/// let a = gallery::random_matrix(6, 4, 1);
/// let f = qr_householder(&a).unwrap();
/// assert!(testing::reconstruction_ratio(&a, &testing::naive_matmul(&f.q, &f.r)) < testing::THRESHOLD);
/// assert!(testing::orthogonality_ratio(&f.q) < testing::THRESHOLD);
/// ```
///
/// # Pitfall
/// The signs of `R`'s diagonal differ from Gram–Schmidt's (which makes `rⱼⱼ > 0`): both are
/// right. Compare factorisations by residuals, not entries.
pub fn qr_householder(a: &Matrix) -> Result<Qr> {
    // BEGIN SOLUTION
    if !a.is_finite() {
        return Err(LinalgError::NonFinite {
            op: "qr_householder",
        });
    }
    let h = householder(a)?;
    Ok(Qr {
        q: h.thin_q(),
        r: h.r.clone(),
    })
    // END SOLUTION
}

/// The full QR factorisation by Householder reflectors: `q` is `m × m` orthogonal, `r` is
/// `m × n` upper triangular (its rows `k..m` are zero).
///
/// # Errors
/// [`LinalgError::NonFinite`] (`op: "qr_householder_full"`) for NaN or ∞ entries.
///
/// # Example
/// ```
/// use week1_vectors::matrix;
/// use week4_lu_qr::qr_householder_full;
/// let f = qr_householder_full(&matrix![[1.0], [2.0], [2.0]]).unwrap();
/// assert_eq!((f.q.shape(), f.r.shape()), ((3, 3), (3, 1)));
/// assert_eq!(f.r[(0, 0)], -3.0);
/// assert_eq!((f.r[(1, 0)], f.r[(2, 0)]), (0.0, 0.0));
/// ```
///
/// # Pitfall
/// `Q`'s extra columns are not determined by `A` alone — any orthonormal basis of the
/// complement would do; these are the ones the reflectors give.
pub fn qr_householder_full(a: &Matrix) -> Result<Qr> {
    // BEGIN SOLUTION
    if !a.is_finite() {
        return Err(LinalgError::NonFinite {
            op: "qr_householder_full",
        });
    }
    let h = householder(a)?;
    let (m, n) = a.shape();
    let k = h.r.rows();
    let r = Matrix::from_fn(m, n, |i, j| if i < k { h.r[(i, j)] } else { 0.0 });
    Ok(Qr { q: h.full_q(), r })
    // END SOLUTION
}
