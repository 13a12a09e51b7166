//! Exercises: the Cholesky factorisation `A = LLᵀ` of a symmetric positive definite matrix, and
//! solving with it.
//!
//! A symmetric matrix is positive definite (SPD) when `xᵀAx > 0` for every `x ≠ 0`: covariance
//! matrices, `AᵀA` of a full-rank `A`, kernel matrices, the Hessian at a minimum. For SPD matrices
//! elimination needs no pivoting, and the symmetry halves the work: `A = LLᵀ` with `L` lower
//! triangular with a positive diagonal, in ⅓n³ flops.

use week1_vectors::{LinalgError, Matrix, Result, Vector};
use week3_inverse::pivot_tolerance;

/// The tolerance of [`check_symmetric`]: `A` counts as symmetric when every
/// `|aᵢⱼ − aⱼᵢ| ≤ SYMMETRY_TOLERANCE · max |aₖₗ|`.
///
/// Why not exact equality: a matrix computed as `BBᵀ` or `XᵀX` by a product that sums in a
/// different order for `(i, j)` and `(j, i)` is symmetric only up to rounding, about `n·ε` relative
/// to its largest entry; 1e-12 allows that for n up to a few thousand. Why check at all:
/// [`cholesky`] reads only the lower triangle, so without the check a non-symmetric matrix would
/// silently be factored as a different (symmetric) one.
pub const SYMMETRY_TOLERANCE: f64 = 1e-12;

/// Checks that the square matrix `a` is symmetric to within [`SYMMETRY_TOLERANCE`] (given code).
///
/// NaN entries count as symmetric when their mirror is NaN too (so that [`cholesky`] can report
/// *where* the factorisation breaks down); a NaN facing a number does not.
///
/// # Errors
/// [`LinalgError::NotSquare`] for a non-square `a`; [`LinalgError::InvalidArgument`] naming the
/// first asymmetric pair `(i, j)`, `i > j`, in row order.
///
/// ```
/// use week1_vectors::matrix;
/// use week4_lu_qr::cholesky::check_symmetric;
/// assert!(check_symmetric("cholesky", &matrix![[2.0, 1.0], [1.0, 2.0]]).is_ok());
/// let e = check_symmetric("cholesky", &matrix![[2.0, 1.0], [0.0, 2.0]]).unwrap_err();
/// assert_eq!(e.to_string(), "cholesky: invalid argument: not symmetric: a[1][0] = 0 but a[0][1] = 1");
/// ```
pub fn check_symmetric(op: &'static str, a: &Matrix) -> Result<()> {
    if !a.is_square() {
        return Err(LinalgError::NotSquare {
            op,
            shape: a.shape(),
        });
    }
    let n = a.rows();
    let scale = a
        .as_slice()
        .iter()
        .filter(|x| x.is_finite())
        .fold(0.0_f64, |m, x| m.max(x.abs()));
    let tol = SYMMETRY_TOLERANCE * scale;
    for i in 0..n {
        for j in 0..i {
            let (lo, up) = (a[(i, j)], a[(j, i)]);
            let ok = (lo.is_nan() && up.is_nan()) || lo == up || (lo - up).abs() <= tol;
            if !ok {
                return Err(LinalgError::InvalidArgument {
                    op,
                    reason: format!("not symmetric: a[{i}][{j}] = {lo} but a[{j}][{i}] = {up}"),
                });
            }
        }
    }
    Ok(())
}

/// The negligible-pivot tolerance of [`cholesky`] (given code): week 3's
/// [`pivot_tolerance`] `tol(A) = n·ε·‖A‖₁`, the course's one rule for "numerically singular".
///
/// A pivot `d ≤ tol(A)` of Cholesky is the same event as a negligible pivot of LU: `A` is within
/// rounding error of a matrix that is not positive definite (κ₂(A) ≳ 1/(n·ε)), and `√d` would
/// carry no correct digit. So [`cholesky`] refuses it with `NotPositiveDefinite`, exactly as
/// `Lu::solve` refuses `|uₖₖ| ≤ tol(A)` with `Singular`. Non-finite entries are left out of
/// `‖A‖₁` (so that [`cholesky`] can still report *where* a NaN or ∞ poisons the pivot); for a
/// finite `A` this is `pivot_tolerance(a)` exactly. O(n²).
///
/// What it catches: a semidefinite matrix is refused when the rounding noise left in its zero
/// pivot is below `tol(A)` — the usual case. The noise is amplified when the null vector's entry
/// at that index is small, and can then exceed `tol(A)` (as for LU): the factor exists, with a
/// tiny `lⱼⱼ`, and `κ(A) ≳ 1/(n·ε)` — check `Lu::rcond` when in doubt.
///
/// ```
/// use week1_vectors::matrix;
/// use week3_inverse::pivot_tolerance;
/// use week4_lu_qr::cholesky::cholesky_tolerance;
/// let a = matrix![[4.0, 2.0], [2.0, 5.0]];
/// assert_eq!(cholesky_tolerance(&a), pivot_tolerance(&a)); // 2·ε·7
/// assert_eq!(cholesky_tolerance(&matrix![[f64::NAN, 0.0], [0.0, 1.0]]), 2.0 * f64::EPSILON);
/// ```
pub fn cholesky_tolerance(a: &Matrix) -> f64 {
    if a.is_finite() {
        pivot_tolerance(a)
    } else {
        pivot_tolerance(&a.map(|x| if x.is_finite() { x } else { 0.0 }))
    }
}

/// The negligible-pivot tolerance of [`cholesky_solve`] (given code), computed from the factor
/// `L` alone: `n·ε·maxᵢ Σₖ lᵢₖ²`, which is `n·ε·maxᵢ aᵢᵢ` for `A = LLᵀ`.
///
/// [`cholesky_solve`] does not see `A`, and `‖LLᵀ‖₁` would cost O(n³). For a positive definite
/// `A`, `maxᵢ aᵢᵢ ≤ ‖A‖₁ ≤ n·maxᵢ aᵢᵢ` (every `|aᵢⱼ| ≤ √(aᵢᵢaⱼⱼ)`), so this is week 3's
/// `tol(A) = n·ε·‖A‖₁` to within a factor `n`, and never above it: every factor that
/// [`cholesky`] returns (each `lₖₖ² > tol(A)`) passes, while a hand-made `L` whose pivot
/// `lₖₖ²` is negligible against `A`'s diagonal is refused. Only the lower triangle is read. O(n²).
///
/// ```
/// use week1_vectors::matrix;
/// use week4_lu_qr::cholesky::factor_tolerance;
/// // A = LLᵀ = [[4, 2], [2, 5]]: max aᵢᵢ = 5.
/// let l = matrix![[2.0, 0.0], [1.0, 2.0]];
/// assert_eq!(factor_tolerance(&l), 2.0 * f64::EPSILON * 5.0);
/// ```
pub fn factor_tolerance(l: &Matrix) -> f64 {
    let n = l.rows();
    let max_diag = (0..n)
        .map(|i| {
            (0..l.cols().min(i + 1))
                .map(|k| l[(i, k)] * l[(i, k)])
                .sum::<f64>()
        })
        .fold(0.0_f64, f64::max);
    n as f64 * f64::EPSILON * max_diag
}

/// The Cholesky factor: the lower triangular `L` with positive diagonal such that `A = LLᵀ`.
///
/// Equate entries of `A = LLᵀ` column by column (Golub & Van Loan, Algorithm 4.2.1): for
/// `j = 0, 1, …, n−1`,
///
/// ```text
/// d    = aⱼⱼ − Σ_{k<j} lⱼₖ²          must be > 0, then  lⱼⱼ = √d
/// lᵢⱼ = (aᵢⱼ − Σ_{k<j} lᵢₖ lⱼₖ) / lⱼⱼ     for i > j
/// ```
///
/// `d` is the pivot that Gaussian elimination would find at step `j`; it is positive for every
/// `j` exactly when `A` is positive definite. So the algorithm is also the cheapest test for
/// positive definiteness: the first `j` with `d ≤ 0` (or `d` NaN or ∞) is reported, and then the
/// leading `(j+1) × (j+1)` block of `A` is not positive definite while the leading `j × j` one is.
///
/// **In floating point** the test is week 3's rule: `d ≤ tol(A) = n·ε·‖A‖₁`
/// ([`cholesky_tolerance`]) counts as "not positive". A semidefinite matrix (a pivot that is 0 in
/// exact arithmetic) leaves rounding noise of either sign in `d`; without the tolerance a
/// positive speck of noise gives a factor with `lⱼⱼ ≈ 1e-8` and a solve with no correct digit.
///
/// Only the lower triangle of `A` is read; [`check_symmetric`] guards against passing a
/// non-symmetric matrix. Shapes: `n × n` in, `n × n` out (0×0 gives 0×0). Cost: ⅓n³ flops and n
/// square roots, half of LU.
///
/// # Errors
/// With `op: "cholesky"`: [`LinalgError::NotSquare`]; [`LinalgError::InvalidArgument`] if `A`
/// is not symmetric (see [`check_symmetric`]); [`LinalgError::NotPositiveDefinite`] with
/// `index: j` for the first `j` whose `d ≤ tol(A)` ([`cholesky_tolerance`]), or is not finite. A NaN or ∞ entry at
/// `(i, j)` poisons `d` at step `max(i, j)`, so that is the index reported (for the first such
/// entry).
///
/// # Example
/// ```
/// use week1_vectors::{matrix, LinalgError};
/// use week4_lu_qr::cholesky;
/// let l = cholesky(&matrix![[4.0, 2.0], [2.0, 5.0]]).unwrap();
/// assert_eq!(l, matrix![[2.0, 0.0], [1.0, 2.0]]);
/// assert_eq!(
///     cholesky(&matrix![[1.0, 2.0], [2.0, 1.0]]), // eigenvalues 3 and −1
///     Err(LinalgError::NotPositiveDefinite { op: "cholesky", index: 1 })
/// );
/// ```
///
/// # Pitfall
/// Test `!(d > tol)`, not `d <= tol`: every comparison with NaN is false, so the second test
/// lets NaN through and `√NaN` fills `L` with NaN instead of reporting the index. (An infinite
/// `d` must be refused too: `√∞ = ∞`, and `LLᵀ` can no longer reproduce `A`.)
pub fn cholesky(a: &Matrix) -> Result<Matrix> {
    todo!("cholesky")
}

/// Solves `Ax = b` given the Cholesky factor `L` of `A` (`A = LLᵀ`): forward substitution
/// `Ly = b`, then back substitution `Lᵀx = y`.
///
/// Only the lower triangle of `l` is read, and `Lᵀ` is never formed: `(Lᵀ)ᵢⱼ = lⱼᵢ`.
/// Cost: 2n² flops.
///
/// # Errors
/// With `op: "cholesky_solve"`: [`LinalgError::NotSquare`] if `l` is not square,
/// [`LinalgError::LengthMismatch`] (left `n`, right `b.len()`), [`LinalgError::Singular`]
/// (`pivot: k`, `size: lₖₖ²`, `tolerance:` [`factor_tolerance`]`(L)`) for the first `k` whose
/// pivot of `A = LLᵀ` is negligible, `lₖₖ² ≤ n·ε·maxᵢ aᵢᵢ` ([`factor_tolerance`]; `lₖₖ = 0` and
/// NaN included, the latter with a NaN `size`) — the rule of
/// `Lu::solve`, from `L` alone. A factor from [`cholesky`] always passes.
///
/// # Example
/// ```
/// use week1_vectors::{matrix, vector};
/// use week4_lu_qr::{cholesky, cholesky_solve};
/// let a = matrix![[4.0, 2.0], [2.0, 5.0]];
/// let x = cholesky_solve(&cholesky(&a).unwrap(), &vector![6.0, 7.0]).unwrap();
/// assert_eq!(x, vector![1.0, 1.0]);
/// ```
///
/// # Pitfall
/// The second solve is with `Lᵀ`, upper triangular: run it from the bottom up, reading `L` by
/// columns (`lⱼᵢ` for j > i).
pub fn cholesky_solve(l: &Matrix, b: &Vector) -> Result<Vector> {
    todo!("cholesky_solve")
}
