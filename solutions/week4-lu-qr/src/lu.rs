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
// BEGIN SOLUTION-ONLY
use week3_inverse::pow2::{frexp, ldexp};
// END SOLUTION-ONLY

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
    // BEGIN SOLUTION
    check_square_finite("lu", a)?;
    let n = a.rows();
    let mut f = a.clone();
    let mut perm: Vec<usize> = (0..n).collect();
    let mut sign = 1.0;
    for k in 0..n {
        // Partial pivoting: the largest |a_pk| in column k, on or below the diagonal. Dividing by
        // the largest candidate keeps every multiplier |l_ik| ≤ 1.
        let mut p = k;
        for i in k + 1..n {
            if f[(i, k)].abs() > f[(p, k)].abs() {
                p = i;
            }
        }
        if p != k {
            f.swap_rows(p, k);
            perm.swap(p, k);
            sign = -sign;
        }
        let pivot = f[(k, k)];
        if pivot == 0.0 {
            // The column is zero on and below the diagonal: nothing to eliminate.
            continue;
        }
        eliminate_below(&mut f, k, pivot);
    }
    Ok(Lu::from_parts(a, f, perm, sign))
    // END SOLUTION
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
    // BEGIN SOLUTION
    check_square_finite("lu_no_pivoting", a)?;
    let n = a.rows();
    let mut f = a.clone();
    for k in 0..n {
        let pivot = f[(k, k)];
        if pivot == 0.0 {
            // Dividing by zero is unavoidable if anything below the pivot is non-zero.
            if (k + 1..n).any(|i| f[(i, k)] != 0.0) {
                return Err(LinalgError::Singular {
                    op: "lu_no_pivoting",
                    pivot: k,
                    size: 0.0,
                    tolerance: 0.0,
                });
            }
            continue;
        }
        eliminate_below(&mut f, k, pivot);
    }
    Ok(Lu::from_parts(a, f, (0..n).collect(), 1.0))
    // END SOLUTION
}

// BEGIN SOLUTION-ONLY
/// Returns `NotSquare` / `NonFinite` for `op` unless `a` is square with finite entries.
fn check_square_finite(op: &'static str, a: &Matrix) -> Result<()> {
    if !a.is_square() {
        return Err(LinalgError::NotSquare {
            op,
            shape: a.shape(),
        });
    }
    if !a.is_finite() {
        return Err(LinalgError::NonFinite { op });
    }
    Ok(())
}

/// Step `k` of elimination on the packed working matrix: for each row `i > k`, compute the
/// multiplier `l_ik = a_ik / pivot`, store it in slot `(i, k)`, and subtract `l_ik` times row `k`
/// from the rest of row `i`.
fn eliminate_below(f: &mut Matrix, k: usize, pivot: f64) {
    let n = f.cols();
    // A copy of the pivot row's tail, so that we can borrow the other rows mutably.
    let pivot_row: Vec<f64> = f.row(k)[k + 1..].to_vec();
    for i in k + 1..n {
        let row = f.row_mut(i);
        let l = row[k] / pivot;
        row[k] = l;
        if l != 0.0 {
            for (x, &u) in row[k + 1..].iter_mut().zip(&pivot_row) {
                *x -= l * u;
            }
        }
    }
}
// END SOLUTION-ONLY

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
    // BEGIN SOLUTION
    let max_abs = |m: &Matrix| m.as_slice().iter().fold(0.0_f64, |acc, x| acc.max(x.abs()));
    let max_a = max_abs(a);
    let max_u = max_abs(&f.u());
    if max_a == 0.0 { 1.0 } else { max_u / max_a }
    // END SOLUTION
}

// BEGIN SOLUTION-ONLY
impl Lu {
    /// `Singular { op, pivot: k, size: |u_kk|, tolerance: tol(A) }` for the first negligible
    /// pivot, `|u_kk| ≤ tol(A)`.
    fn check_nonsingular(&self, op: &'static str) -> Result<()> {
        match self.negligible_pivot() {
            Some(k) => Err(LinalgError::Singular {
                op,
                pivot: k,
                size: self.factors[(k, k)].abs(),
                tolerance: self.tol,
            }),
            None => Ok(()),
        }
    }
}
// END SOLUTION-ONLY

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
        // BEGIN SOLUTION
        let n = self.n();
        if b.len() != n {
            return Err(LinalgError::LengthMismatch {
                op: "Lu::solve",
                left: n,
                right: b.len(),
            });
        }
        self.check_nonsingular("Lu::solve")?;
        let f = &self.factors;
        // y = Pb, then Lz = y in place (L has a unit diagonal: no division).
        let mut x: Vec<f64> = self.perm.iter().map(|&p| b[p]).collect();
        for i in 0..n {
            let s: f64 = (0..i).map(|j| f[(i, j)] * x[j]).sum();
            x[i] -= s;
        }
        // Ux = z in place, from the bottom up.
        for i in (0..n).rev() {
            let s: f64 = (i + 1..n).map(|j| f[(i, j)] * x[j]).sum();
            x[i] = (x[i] - s) / f[(i, i)];
        }
        Ok(Vector::new(x))
        // END SOLUTION
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
        // BEGIN SOLUTION
        let n = self.n();
        if b.rows() != n {
            return Err(LinalgError::ShapeMismatch {
                op: "Lu::solve_many",
                left: (n, n),
                right: b.shape(),
            });
        }
        self.check_nonsingular("Lu::solve_many")?;
        let f = &self.factors;
        let p = b.cols();
        // X starts as PB: row i of PB is row perm[i] of B.
        let mut x = Matrix::from_fn(n, p, |i, j| b[(self.perm[i], j)]);
        // Forward substitution with unit L: row_i −= l_ij · row_j for j < i.
        for i in 0..n {
            for j in 0..i {
                let l = f[(i, j)];
                if l != 0.0 {
                    for c in 0..p {
                        let v = x[(j, c)];
                        x[(i, c)] -= l * v;
                    }
                }
            }
        }
        // Back substitution with U: row_i = (row_i − Σ_{j>i} u_ij · row_j) / u_ii.
        for i in (0..n).rev() {
            for j in i + 1..n {
                let u = f[(i, j)];
                if u != 0.0 {
                    for c in 0..p {
                        let v = x[(j, c)];
                        x[(i, c)] -= u * v;
                    }
                }
            }
            let d = f[(i, i)];
            for v in x.row_mut(i) {
                *v /= d;
            }
        }
        Ok(x)
        // END SOLUTION
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
        // BEGIN SOLUTION
        let n = self.n();
        if (0..n).any(|k| self.factors[(k, k)] == 0.0) {
            return 0.0;
        }
        // det = mantissa · 2^exponent, 0.5 ≤ |mantissa| < 1: no running overflow or underflow.
        let (mut mantissa, mut exponent) = (self.sign, 0_i64);
        for k in 0..n {
            let (m, e) = frexp(self.factors[(k, k)]);
            let (m2, e2) = frexp(mantissa * m);
            mantissa = m2;
            exponent += e + e2;
        }
        ldexp(mantissa, exponent)
        // END SOLUTION
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
        // BEGIN SOLUTION
        self.check_nonsingular("Lu::inverse")?;
        self.solve_many(&Matrix::identity(self.n()))
        // END SOLUTION
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
        // BEGIN SOLUTION
        let mut sign = self.sign;
        let mut logabs = 0.0;
        for k in 0..self.n() {
            let u = self.factors[(k, k)];
            if u == 0.0 {
                return (0.0, f64::NEG_INFINITY);
            }
            if u < 0.0 {
                sign = -sign;
            }
            logabs += u.abs().ln();
        }
        (sign, logabs)
        // END SOLUTION
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
        // BEGIN SOLUTION
        let n = self.n();
        if n == 0 {
            return 1.0;
        }
        if self.negligible_pivot().is_some() {
            return f64::INFINITY;
        }
        let norm1 = |v: &[f64]| v.iter().map(|x| x.abs()).sum::<f64>();
        let sign_of = |v: &[f64]| -> Vec<f64> {
            v.iter()
                .map(|&x| if x >= 0.0 { 1.0 } else { -1.0 })
                .collect()
        };
        let mut x = vec![1.0 / n as f64; n];
        let mut y = self.solve_raw(&x);
        let mut est = norm1(&y);
        if n > 1 {
            let mut xi = sign_of(&y);
            let mut z = self.solve_transposed_raw(&xi);
            for _ in 0..5 {
                // The vertex e_j with the steepest ascent; stop when it does not ascend.
                let (j, zj) =
                    z.iter()
                        .enumerate()
                        .fold((0, f64::NEG_INFINITY), |(bj, bz), (i, &v)| {
                            if v.abs() > bz { (i, v.abs()) } else { (bj, bz) }
                        });
                let ztx: f64 = z.iter().zip(&x).map(|(a, b)| a * b).sum();
                if zj <= ztx {
                    break;
                }
                x = vec![0.0; n];
                x[j] = 1.0;
                y = self.solve_raw(&x);
                let new_est = norm1(&y);
                let new_xi = sign_of(&y);
                if new_est <= est || new_xi == xi {
                    est = est.max(new_est);
                    break;
                }
                est = new_est;
                xi = new_xi;
                z = self.solve_transposed_raw(&xi);
            }
            // Higham's extra vector, alternating in sign and growing in size.
            let alt: Vec<f64> = (0..n)
                .map(|i| {
                    let s = if i % 2 == 0 { 1.0 } else { -1.0 };
                    s * (1.0 + i as f64 / (n - 1) as f64)
                })
                .collect();
            let extra = 2.0 * norm1(&self.solve_raw(&alt)) / (3.0 * n as f64);
            est = est.max(extra);
        }
        self.norm_1 * est
        // END SOLUTION
    }
}
// BEGIN SOLUTION-ONLY

impl Lu {
    /// `A⁻¹b` with the factors, no checks (the caller has ruled out negligible pivots).
    fn solve_raw(&self, b: &[f64]) -> Vec<f64> {
        let n = self.n();
        let f = &self.factors;
        let mut x: Vec<f64> = self.perm.iter().map(|&p| b[p]).collect();
        for i in 0..n {
            let s: f64 = (0..i).map(|j| f[(i, j)] * x[j]).sum();
            x[i] -= s;
        }
        for i in (0..n).rev() {
            let s: f64 = (i + 1..n).map(|j| f[(i, j)] * x[j]).sum();
            x[i] = (x[i] - s) / f[(i, i)];
        }
        x
    }

    /// `A⁻ᵀb` with the factors, no checks: `Aᵀ = UᵀLᵀP`, so `Uᵀw = b`, `Lᵀv = w`, `z = Pᵀv`.
    fn solve_transposed_raw(&self, b: &[f64]) -> Vec<f64> {
        let n = self.n();
        let f = &self.factors;
        let mut w = b.to_vec();
        // Uᵀ is lower triangular: (Uᵀ)_ij = u_ji for j ≤ i.
        for i in 0..n {
            let s: f64 = (0..i).map(|j| f[(j, i)] * w[j]).sum();
            w[i] = (w[i] - s) / f[(i, i)];
        }
        // Lᵀ is unit upper triangular: (Lᵀ)_ij = l_ji for j > i.
        for i in (0..n).rev() {
            let s: f64 = (i + 1..n).map(|j| f[(j, i)] * w[j]).sum();
            w[i] -= s;
        }
        let mut z = vec![0.0; n];
        for (i, &p) in self.perm.iter().enumerate() {
            z[p] = w[i];
        }
        z
    }
}
// END SOLUTION-ONLY
