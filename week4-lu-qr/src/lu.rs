//! Exercises: the LU factorisation `PA = LU` with partial pivoting, without pivoting, the growth
//! factor, and what the factors are for — solving, the determinant and the inverse.
//!
//! Gaussian elimination (week 3) forgets its work: it turns `A` into `U` and throws away the
//! multipliers. LU keeps them. Step `k` subtracts `lᵢₖ = aᵢₖ / aₖₖ` times row `k` from each row
//! `i > k`; writing each `lᵢₖ` into the slot where it just created a zero costs nothing and
//! leaves `L` (unit lower triangular) and `U` (upper triangular) packed in one matrix. After that
//! every new right-hand side costs O(n²) instead of O(n³).

use week1_vectors::{LinalgError, Matrix, Result, Vector};
use week3_inverse::pivot_tolerance;

/// The LU factorisation `PA = LU` of a square matrix, as [`lu`] or [`lu_no_pivoting`] computes it.
///
/// Stored the way LAPACK stores it: one `n × n` matrix holds `U` on and above the diagonal and the
/// multipliers of `L` strictly below it (`L`'s diagonal is all ones, so it is not stored). The
/// permutation is a list of rows: row `i` of `PA` is row `perm[i]` of `A`.
///
/// Use the accessors [`Lu::l`], [`Lu::u`], [`Lu::p`] and [`Lu::perm`] to look at the factors,
/// and [`Lu::solve`], [`Lu::solve_many`], [`Lu::det`], [`Lu::slogdet`], [`Lu::inverse`],
/// [`Lu::cond_1_estimate`] and [`Lu::rcond`] to use them.
///
/// It also keeps two numbers of the factored matrix `A`: `‖A‖₁` (for the condition estimate) and
/// week 3's negligible-pivot tolerance `tol(A) = n·ε·‖A‖₁` ([`pivot_tolerance`]). **The rule of
/// the course for "numerically singular"** is week 3's: a pivot with `|uₖₖ| ≤ tol(A)` is
/// negligible, and [`Lu::solve`], [`Lu::solve_many`] and [`Lu::inverse`] then refuse with
/// [`LinalgError::Singular`] for the first such `k` — exactly where week 3's `solve` refuses.
/// The factorisation itself always succeeds (like LAPACK's `dgetrf`), and the determinant is a
/// number, not a decision: [`Lu::det`] and [`Lu::slogdet`] use no tolerance.
#[derive(Debug, Clone, PartialEq)]
pub struct Lu {
    /// `n × n`: `U` on and above the diagonal, `L`'s multipliers `lᵢₖ` (i > k) below it.
    factors: Matrix,
    /// Row `i` of `PA` is row `perm[i]` of `A`.
    perm: Vec<usize>,
    /// `det P`: +1 after an even number of row swaps, −1 after an odd number.
    sign: f64,
    /// `‖A‖₁` of the factored matrix.
    norm_1: f64,
    /// `tol(A) = n·ε·‖A‖₁`, week 3's [`pivot_tolerance`] of the factored matrix.
    tol: f64,
}

impl Lu {
    /// Wraps packed factors (see [`Lu`]) of the matrix `a`. Given code: your [`lu`] ends with
    /// this.
    ///
    /// `a` is the matrix that was factored (the input, not the working copy): its 1-norm and its
    /// negligible-pivot tolerance [`pivot_tolerance`] are kept for the solves and the condition
    /// estimate (O(n²) once). `sign` is `det P` = (−1)^(number of row swaps).
    ///
    /// # Panics
    /// If `factors` is not square, `a` does not have its shape, `perm` is not a permutation of
    /// `0..n`, or `sign` is not ±1.
    pub fn from_parts(a: &Matrix, factors: Matrix, perm: Vec<usize>, sign: f64) -> Lu {
        let n = factors.rows();
        assert!(
            a.shape() == factors.shape(),
            "Lu::from_parts: the factored matrix is {}×{} but the factors are {}×{}",
            a.rows(),
            a.cols(),
            factors.rows(),
            factors.cols()
        );
        assert!(
            factors.is_square(),
            "Lu::from_parts: factors must be square, got {}×{}",
            factors.rows(),
            factors.cols()
        );
        assert!(
            perm.len() == n,
            "Lu::from_parts: {perm:?} is not a permutation of 0..{n}"
        );
        let mut seen = vec![false; n];
        for &p in &perm {
            assert!(
                p < n && !seen[p],
                "Lu::from_parts: {perm:?} is not a permutation of 0..{n}"
            );
            seen[p] = true;
        }
        assert!(
            sign == 1.0 || sign == -1.0,
            "Lu::from_parts: sign must be ±1, got {sign}"
        );
        let norm_1 = (0..a.cols())
            .map(|j| (0..a.rows()).map(|i| a[(i, j)].abs()).sum::<f64>())
            .fold(0.0_f64, f64::max);
        Lu {
            factors,
            perm,
            sign,
            norm_1,
            tol: pivot_tolerance(a),
        }
    }

    /// `‖A‖₁` (largest column sum) of the factored matrix.
    pub fn norm_1(&self) -> f64 {
        self.norm_1
    }

    /// Week 3's negligible-pivot tolerance `tol(A) = n·ε·‖A‖₁` of the factored matrix: a pivot
    /// `|uₖₖ| ≤ tol` makes [`Lu::solve`], [`Lu::solve_many`] and [`Lu::inverse`] refuse.
    pub fn tol(&self) -> f64 {
        self.tol
    }

    /// The first `k` whose pivot is negligible, `|uₖₖ| ≤ tol(A)` (week 3's rule), if any.
    pub fn negligible_pivot(&self) -> Option<usize> {
        (0..self.n()).find(|&k| self.factors[(k, k)].abs() <= self.tol)
    }

    /// The reciprocal condition number `1 / κ₁(A)` as LAPACK's `dgecon` reports it, from
    /// [`Lu::cond_1_estimate`]: near 1 for a well-conditioned matrix, near ε or below for one
    /// whose solutions have no correct digits, 0 when a pivot is negligible. O(n²).
    ///
    /// Check `rcond() < f64::EPSILON` (or any threshold of yours) before trusting a solve.
    pub fn rcond(&self) -> f64 {
        1.0 / self.cond_1_estimate()
    }

    /// The order `n` of the factored matrix.
    pub fn n(&self) -> usize {
        self.factors.rows()
    }

    /// The packed factors: `U` on and above the diagonal, `L`'s multipliers below it.
    pub fn factors(&self) -> &Matrix {
        &self.factors
    }

    /// The permutation as a list: row `i` of `PA` is row `perm()[i]` of `A`.
    pub fn perm(&self) -> &[usize] {
        &self.perm
    }

    /// `det P` = ±1, the parity of the row swaps.
    pub fn sign(&self) -> f64 {
        self.sign
    }

    /// The permutation matrix `P` (`P[i][perm[i]] = 1`), so that `PA = LU`.
    pub fn p(&self) -> Matrix {
        let n = self.n();
        Matrix::from_fn(n, n, |i, j| if self.perm[i] == j { 1.0 } else { 0.0 })
    }

    /// The unit lower triangular factor `L` (ones on the diagonal).
    pub fn l(&self) -> Matrix {
        let n = self.n();
        Matrix::from_fn(n, n, |i, j| {
            if i == j {
                1.0
            } else if i > j {
                self.factors[(i, j)]
            } else {
                0.0
            }
        })
    }

    /// The upper triangular factor `U`.
    pub fn u(&self) -> Matrix {
        let n = self.n();
        Matrix::from_fn(n, n, |i, j| if i <= j { self.factors[(i, j)] } else { 0.0 })
    }
}

/// The LU factorisation with partial pivoting: `PA = LU` (Trefethen & Bau, Algorithm 21.1).
///
/// For `k = 0, 1, …, n−1`:
/// 1. **pivot**: find the row `p ≥ k` with the largest `|aₚₖ|` (the first one on ties) and swap
///    rows `p` and `k` (of the whole working matrix, multipliers included), recording it in
///    `perm` and flipping `sign`;
/// 2. **eliminate**: for each row `i > k`, `lᵢₖ = aᵢₖ / aₖₖ`, then `aᵢⱼ −= lᵢₖ·aₖⱼ` for `j > k`,
///    and store `lᵢₖ` in the slot `(i, k)`.
///
/// If the whole column below the diagonal is already zero (so the pivot is zero), there is
/// nothing to eliminate: skip the step. The factorisation then still exists, `U` has a zero on
/// its diagonal, [`Lu::det`] is 0 and [`Lu::solve`] reports [`LinalgError::Singular`]. So `lu`
/// succeeds on every finite square matrix, as LAPACK's `dgetrf` does.
///
/// Shapes: `A` is `n × n` (0×0 gives an empty factorisation). Cost: ⅔n³ flops.
///
/// # Errors
/// [`LinalgError::NotSquare`] (`op: "lu"`) for a non-square matrix, [`LinalgError::NonFinite`]
/// if an entry is NaN or infinite.
///
/// # Example
/// ```
/// use week1_vectors::matrix;
/// use week4_lu_qr::lu;
/// let a = matrix![[1.0, 2.0], [3.0, 4.0]];
/// let f = lu(&a).unwrap();
/// assert_eq!(f.perm(), &[1, 0]); // |3| > |1|: row 1 is the first pivot row
/// assert_eq!(f.l(), matrix![[1.0, 0.0], [1.0 / 3.0, 1.0]]);
/// assert_eq!(f.u(), matrix![[3.0, 4.0], [0.0, 2.0 - 4.0 / 3.0]]);
/// assert!((f.det() - (-2.0)).abs() < 1e-15);
/// ```
///
/// # Pitfall
/// Swap whole rows, the stored multipliers included: `L`'s rows must follow the permutation
/// too, or `PA ≠ LU`. Partial pivoting keeps every `|lᵢₖ| ≤ 1`, but `U` can still grow like
/// 2ⁿ⁻¹ (see [`growth_factor`]); in practice it hardly ever does.
pub fn lu(a: &Matrix) -> Result<Lu> {
    todo!("lu")
}

/// The LU factorisation without pivoting: `A = LU` (Trefethen & Bau, Algorithm 20.1) — the
/// lesson of why we pivot.
///
/// The same elimination as [`lu`] but always with the diagonal entry `aₖₖ` as the pivot. The
/// permutation of the result is the identity. When a pivot is zero but some entry below it is
/// not, elimination must divide by zero: that is an error. (When the whole column below is zero
/// too, skip the step, as in [`lu`].)
///
/// Cost: ⅔n³ flops.
///
/// # Errors
/// [`LinalgError::NotSquare`] / [`LinalgError::NonFinite`] (`op: "lu_no_pivoting"`);
/// [`LinalgError::Singular`] with `pivot: k` when step `k` would divide by a zero pivot
/// (`size: 0.0, tolerance: 0.0`: only an exact zero stops it).
///
/// # Example
/// ```
/// use week1_vectors::{matrix, LinalgError};
/// use week4_lu_qr::lu_no_pivoting;
/// let f = lu_no_pivoting(&matrix![[2.0, 1.0], [4.0, 5.0]]).unwrap();
/// assert_eq!(f.l(), matrix![[1.0, 0.0], [2.0, 1.0]]);
/// assert_eq!(f.u(), matrix![[2.0, 1.0], [0.0, 3.0]]);
/// assert_eq!(
///     lu_no_pivoting(&matrix![[0.0, 1.0], [1.0, 1.0]]),
///     Err(LinalgError::Singular { op: "lu_no_pivoting", pivot: 0, size: 0.0, tolerance: 0.0 })
/// );
/// ```
///
/// # Pitfall
/// A *small* pivot is as bad as a zero one, only quieter: on `[[1e-20, 1], [1, 1]]` the
/// multiplier is 1e20, `U` gets the entry `1 − 1e20 = −1e20`, the `1` is lost to rounding, and
/// `LU` reproduces `A` with an error of order 1 (growth factor 1e20). Nothing fails; the answers
/// are just wrong.
pub fn lu_no_pivoting(a: &Matrix) -> Result<Lu> {
    todo!("lu_no_pivoting")
}

/// The growth factor `ρ = max |uᵢⱼ| / max |aᵢⱼ|` of an LU factorisation of `a`
/// (Trefethen & Bau, Lecture 22).
///
/// Gaussian elimination is backward stable *relative to the size of `U`*: the computed factors
/// satisfy `PA + δA = LU` with `‖δA‖ ≲ n·ρ·‖A‖·ε`. So ρ is the number to watch. Partial pivoting
/// guarantees `ρ ≤ 2ⁿ⁻¹`, and [`week1_vectors::gallery::wilkinson_growth`] attains it; for
/// random matrices ρ is typically about `n^(1/2)`. Without pivoting ρ is unbounded.
///
/// By convention ρ = 1 when `A` is zero or empty (nothing grew). Cost: O(n²).
///
/// # Example
/// ```
/// use week1_vectors::{gallery, matrix};
/// use week4_lu_qr::{growth_factor, lu};
/// let w = gallery::wilkinson_growth(4); // the last column doubles at every step
/// assert_eq!(growth_factor(&w, &lu(&w).unwrap()), 8.0);
/// let a = matrix![[1.0, 2.0], [3.0, 4.0]];
/// assert_eq!(growth_factor(&a, &lu(&a).unwrap()), 1.0); // max |u_ij| = 4 = max |a_ij|
/// ```
///
/// # Pitfall
/// Compare with the largest entry of `A`, not with `A`'s norm, and take `U` from the factors
/// (`Lu::u`), not the packed matrix: the multipliers below the diagonal are not part of `U`.
pub fn growth_factor(a: &Matrix, f: &Lu) -> f64 {
    todo!("growth_factor")
}

impl Lu {
    /// Solves `Ax = b` with the factors: `Ax = b ⇔ PAx = Pb ⇔ L(Ux) = Pb`.
    ///
    /// 1. permute: `yᵢ = b[perm[i]]`;
    /// 2. forward substitution `Lz = y` (unit diagonal: no division);
    /// 3. back substitution `Ux = z`.
    ///
    /// Cost: 2n² flops — the point of factoring once. (Week 3's `forward_substitution` and
    /// `back_substitution` do steps 2 and 3, but `L` and `U` are packed in one matrix here.)
    ///
    /// # Errors
    /// [`LinalgError::LengthMismatch`] (`op: "Lu::solve"`, left `n`, right `b.len()`);
    /// [`LinalgError::Singular`] (`op: "Lu::solve"`, `pivot: k`, `size: |uₖₖ|`,
    /// `tolerance: tol(A)` = [`Lu::tol`]) for the first negligible pivot,
    /// `|uₖₖ| ≤ tol(A)` ([`Lu::negligible_pivot`], week 3's rule): `U` is then singular to
    /// working precision and `x` would have no correct digits. (Checking only `uₖₖ = 0` is not
    /// enough: `[[1, 2, 3], [4, 5, 6], [7, 8, 9]]` is exactly singular, yet its computed `u₂₂` is
    /// `~1e-16`, and dividing by it returns a tidy `x` with forward error about 1.)
    ///
    /// # Example
    /// ```
    /// use week1_vectors::{matrix, vector};
    /// use week4_lu_qr::lu;
    /// let f = lu(&matrix![[0.0, 2.0], [1.0, 1.0]]).unwrap();
    /// assert_eq!(f.solve(&vector![4.0, 3.0]).unwrap(), vector![1.0, 2.0]);
    /// ```
    ///
    /// # Pitfall
    /// Apply `P` to `b` (not its inverse): row `i` of `PA` came from row `perm[i]` of `A`, so
    /// `(Pb)ᵢ = b[perm[i]]`.
    pub fn solve(&self, b: &Vector) -> Result<Vector> {
        todo!("Lu::solve")
    }

    /// Solves `AX = B` for many right-hand sides at once (the columns of `B`).
    ///
    /// The same three steps as [`Lu::solve`], done on whole rows of `B`: permute its rows, then
    /// forward and back substitution where each "entry" is a row of length `p`.
    ///
    /// Shapes: `B` is `n × p`, so is `X`. Cost: 2n²p flops.
    ///
    /// # Errors
    /// [`LinalgError::ShapeMismatch`] (`op: "Lu::solve_many"`, left `(n, n)`, right `B`'s shape)
    /// when `B` does not have `n` rows; [`LinalgError::Singular`] as in [`Lu::solve`].
    ///
    /// # Example
    /// ```
    /// use week1_vectors::matrix;
    /// use week4_lu_qr::lu;
    /// let f = lu(&matrix![[2.0, 0.0], [0.0, 4.0]]).unwrap();
    /// let x = f.solve_many(&matrix![[2.0, 4.0], [4.0, 8.0]]).unwrap();
    /// assert_eq!(x, matrix![[1.0, 2.0], [1.0, 2.0]]);
    /// ```
    ///
    /// # Pitfall
    /// Solving column by column with [`Lu::solve`] is correct but strides through a row-major
    /// `B`; working on whole rows does the same arithmetic in cache-friendly order.
    pub fn solve_many(&self, b: &Matrix) -> Result<Matrix> {
        todo!("Lu::solve_many")
    }

    /// The determinant from the factors: `det A = det P · Π uₖₖ` (because `det P · det A =
    /// det L · det U` and `det L = 1`, `det P = ±1 = 1/det P`).
    ///
    /// 1 for a 0×0 matrix (the empty product); exactly 0 when a pivot is exactly zero. Otherwise
    /// the product of the pivots, by **the course's one rule for every determinant** (week 3's
    /// `determinant` and `det_cofactor` follow it too, see `week3_inverse::pow2`): never NaN,
    /// `±∞` exactly when `|det A| > f64::MAX`, `±0` exactly when it is below the subnormal range
    /// — not when a *running* product leaves the range (`diag(1e200, 1e200, 1e-200, 1e-200)` has
    /// det 1, although `1e200·1e200 = ∞`). Multiply the mantissas of the pivots and add their
    /// exponents as integers (`week3_inverse::pow2::frexp`), then apply the exponent once
    /// (`week3_inverse::pow2::ldexp`): the same digits as the plain product whenever that one
    /// stays in range. When `|det|` itself is out of range, use [`Lu::slogdet`].
    /// Cost: O(n) — elimination already did the O(n³) work.
    ///
    /// # Example
    /// ```
    /// use week1_vectors::matrix;
    /// use week4_lu_qr::lu;
    /// let f = lu(&matrix![[0.0, 1.0], [1.0, 0.0]]).unwrap();
    /// assert_eq!(f.det(), -1.0); // one row swap, U = I
    /// ```
    ///
    /// # Pitfall
    /// The product of n pivots overflows or underflows long before the determinant is
    /// meaningless: det(0.1·I₄₀₀) = 1e-400 is 0 in `f64`. The determinant is a poor test of
    /// singularity; the condition number is the right one.
    pub fn det(&self) -> f64 {
        todo!("Lu::det")
    }

    /// The inverse `A⁻¹`, by solving `AX = I` with the factors ([`Lu::solve_many`]).
    ///
    /// Cost: 2n³ more flops after the ⅔n³ of the factorisation.
    ///
    /// # Errors
    /// [`LinalgError::Singular`] (`op: "Lu::inverse"`, `pivot: k`, `size: |uₖₖ|`,
    /// `tolerance: tol(A)`) for the first negligible pivot
    /// `|uₖₖ| ≤ tol(A)`, as in [`Lu::solve`] (and as week 3's `inverse`).
    ///
    /// # Example
    /// ```
    /// use week1_vectors::matrix;
    /// use week4_lu_qr::lu;
    /// let inv = lu(&matrix![[4.0, 7.0], [2.0, 6.0]]).unwrap().inverse().unwrap();
    /// let expected = matrix![[0.6, -0.7], [-0.2, 0.4]];
    /// assert!(inv.as_slice().iter().zip(expected.as_slice()).all(|(a, b)| (a - b).abs() < 1e-15));
    /// ```
    ///
    /// # Pitfall
    /// To solve `Ax = b`, do not compute `A⁻¹b`: [`Lu::solve`] is cheaper (2n² against 2n² after
    /// 2n³) and more accurate (week 3 showed it on Hilbert matrices).
    pub fn inverse(&self) -> Result<Matrix> {
        todo!("Lu::inverse")
    }

    /// The sign and the natural logarithm of `|det A|`, as numpy's `slogdet`: `det A = sign ·
    /// exp(logabsdet)`, from the factors.
    ///
    /// ```text
    ///     sign = det P · Π sign(uₖₖ),        logabsdet = Σₖ ln |uₖₖ|
    /// ```
    ///
    /// A sum of n logarithms never overflows: a 100×100 matrix with entries near 1e300 has
    /// `|det| ≈ 1e30000`, far beyond `f64::MAX ≈ 1.8e308` (so [`Lu::det`] is ±∞), yet
    /// `logabsdet ≈ 69000` is an ordinary number. Exactly singular (a pivot exactly 0):
    /// `(0.0, −∞)`, as numpy. The 0×0 matrix: `(1.0, 0.0)`. No tolerance: like the determinant,
    /// this is a number, not a decision.
    ///
    /// Cost: O(n) after the factorisation. Accuracy: each `ln |uₖₖ|` is correct to about
    /// `ε·|ln |uₖₖ||`, so `logabsdet` has *absolute* error about `ε·Σ|ln |uₖₖ||` on top of the
    /// backward error of the factorisation.
    ///
    /// # Example
    /// ```
    /// use week1_vectors::{matrix, Matrix};
    /// use week4_lu_qr::lu;
    /// let f = lu(&matrix![[1.0, 2.0], [3.0, 4.0]]).unwrap(); // det = −2
    /// let (sign, logabs) = f.slogdet();
    /// assert_eq!(sign, -1.0);
    /// assert!((logabs - 2.0_f64.ln()).abs() < 1e-15);
    /// // 1e200·I₃: det = 1e600 overflows, its logarithm does not.
    /// let big = lu(&Matrix::from_fn(3, 3, |i, j| if i == j { 1e200 } else { 0.0 })).unwrap();
    /// assert_eq!(big.det(), f64::INFINITY);
    /// let (s, l) = big.slogdet();
    /// assert_eq!(s, 1.0);
    /// assert!((l - 600.0 * 10.0_f64.ln()).abs() < 1e-12);
    /// ```
    ///
    /// # Pitfall
    /// Do not compute `det().abs().ln()`: that is `ln ∞ = ∞` or `ln 0 = −∞` exactly when you
    /// need the logarithm. Take the logarithm of each pivot, and keep the sign separately —
    /// including `det P`, which the pivots do not know about.
    pub fn slogdet(&self) -> (f64, f64) {
        todo!("Lu::slogdet")
    }

    /// An estimate of the 1-norm condition number `κ₁(A) = ‖A‖₁·‖A⁻¹‖₁` in O(n²) from the
    /// factors, without forming `A⁻¹` — Hager's method as refined by Higham, the algorithm of
    /// LAPACK's `dlacn2`/`dgecon` (Higham, *Accuracy and Stability of Numerical Algorithms*,
    /// Algorithm 15.4).
    ///
    /// `‖A⁻¹‖₁ = max over ‖x‖₁ = 1 of ‖A⁻¹x‖₁` is a convex function's maximum over the unit ball,
    /// reached at a vertex `eⱼ`. The method climbs towards it with solves by `A` and `Aᵀ` only:
    ///
    /// ```text
    ///     x = (1/n, …, 1/n)
    ///     repeat (at most 5 times):
    ///         y = A⁻¹x,  est = ‖y‖₁            (stop if est did not grow, or sign(y) repeats)
    ///         ξ = sign(y),  z = A⁻ᵀξ           (the subgradient)
    ///         j = argmax |zⱼ|;  stop if |zⱼ| ≤ zᵀx;  otherwise x = eⱼ
    ///     extra: x = ((−1)ⁱ(1 + i/(n−1)))ᵢ,  est = max(est, 2‖A⁻¹x‖₁ / (3n))
    ///     κ₁ ≈ ‖A‖₁ · est
    /// ```
    ///
    /// Solve `Ay = x` as [`Lu::solve`] does, and `Aᵀz = ξ` as `Uᵀw = ξ` (forward), `Lᵀv = w`
    /// (back, unit diagonal), `z = Pᵀv` (`z[perm[i]] = vᵢ`). The last "extra" vector catches
    /// matrices on which the climb stalls.
    ///
    /// **What it guarantees**: every `est` is `‖A⁻¹x‖₁` for some `‖x‖₁ = 1`, so the estimate is
    /// a *lower bound*, `≤ κ₁(A)` (up to the rounding of the solves). It is not guaranteed to be
    /// close — counterexamples exist — but it is exact or within a factor 3 on all but contrived
    /// matrices, which is why LAPACK uses it. Returns `f64::INFINITY` when a pivot is negligible
    /// (`|uₖₖ| ≤ tol(A)`, [`Lu::negligible_pivot`]: κ₁ ≥ 1/(n·ε), no digit to estimate), and 1 for
    /// the 0×0 matrix (as `dgecon`).
    ///
    /// Cost: at most 11 triangular solve pairs, O(n²) — against the 2n³ of week 3's `cond_1`.
    ///
    /// # Example
    /// ```
    /// use week1_vectors::matrix;
    /// use week4_lu_qr::lu;
    /// // A⁻¹ = [[−2, 1], [1.5, −0.5]]: κ₁ = ‖A‖₁·‖A⁻¹‖₁ = 6 · 3.5 = 21.
    /// let f = lu(&matrix![[1.0, 2.0], [3.0, 4.0]]).unwrap();
    /// assert!((f.cond_1_estimate() - 21.0).abs() < 1e-13);
    /// assert!((f.rcond() - 1.0 / 21.0).abs() < 1e-15);
    /// ```
    ///
    /// # Pitfall
    /// The transposed solve is `Aᵀ = UᵀLᵀP`: `Uᵀ` is *lower* triangular (run it top down,
    /// dividing by `uᵢᵢ`) and the permutation comes *last*, inverted. And compare the vertex test
    /// with `zᵀx`, not with `‖z‖∞` alone: that is what tells you the climb has reached a maximum.
    pub fn cond_1_estimate(&self) -> f64 {
        todo!("Lu::cond_1_estimate")
    }
}
