//! Exercises: the LU factorisation `PA = LU` with partial pivoting, without pivoting, the growth
//! factor, and what the factors are for — solving, the determinant and the inverse.
//!
//! Gaussian elimination (week 3) forgets its work: it turns `A` into `U` and throws away the
//! multipliers. LU keeps them. Step `k` subtracts `lᵢₖ = aᵢₖ / aₖₖ` times row `k` from each row
//! `i > k`; writing each `lᵢₖ` into the slot where it just created a zero costs nothing and
//! leaves `L` (unit lower triangular) and `U` (upper triangular) packed in one matrix. After that
//! every new right-hand side costs O(n²) instead of O(n³).

use week1_vectors::{LinalgError, Matrix, Result, Vector};

/// The LU factorisation `PA = LU` of a square matrix, as [`lu`] or [`lu_no_pivoting`] computes it.
///
/// Stored the way LAPACK stores it: one `n × n` matrix holds `U` on and above the diagonal and the
/// multipliers of `L` strictly below it (`L`'s diagonal is all ones, so it is not stored). The
/// permutation is a list of rows: row `i` of `PA` is row `perm[i]` of `A`.
///
/// Use the accessors [`Lu::l`], [`Lu::u`], [`Lu::p`] and [`Lu::perm`] to look at the factors,
/// and [`Lu::solve`], [`Lu::solve_many`], [`Lu::det`], [`Lu::inverse`] to use them.
#[derive(Debug, Clone, PartialEq)]
pub struct Lu {
    /// `n × n`: `U` on and above the diagonal, `L`'s multipliers `lᵢₖ` (i > k) below it.
    factors: Matrix,
    /// Row `i` of `PA` is row `perm[i]` of `A`.
    perm: Vec<usize>,
    /// `det P`: +1 after an even number of row swaps, −1 after an odd number.
    sign: f64,
}

impl Lu {
    /// Wraps packed factors (see [`Lu`]). Given code: your [`lu`] ends with this.
    ///
    /// `sign` is `det P` = (−1)^(number of row swaps).
    ///
    /// # Panics
    /// If `factors` is not square, `perm` is not a permutation of `0..n`, or `sign` is not ±1.
    pub fn from_parts(factors: Matrix, perm: Vec<usize>, sign: f64) -> Lu {
        let n = factors.rows();
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
        Lu {
            factors,
            perm,
            sign,
        }
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
/// [`LinalgError::Singular`] with `pivot: k` when step `k` would divide by a zero pivot.
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
///     Err(LinalgError::Singular { op: "lu_no_pivoting", pivot: 0 })
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
    /// [`LinalgError::Singular`] (`op: "Lu::solve"`, `pivot: k`) if `uₖₖ = 0` (the first such k).
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
    /// 1 for a 0×0 matrix (the empty product); exactly 0 when a pivot was exactly zero.
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
    /// [`LinalgError::Singular`] (`op: "Lu::inverse"`, `pivot: k`) if `uₖₖ = 0`.
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
}
