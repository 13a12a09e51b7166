//! Exercises: the Cholesky factorisation `A = LLᵀ` of a symmetric positive definite matrix, and
//! solving with it.
//!
//! A symmetric matrix is positive definite (SPD) when `xᵀAx > 0` for every `x ≠ 0`: covariance
//! matrices, `AᵀA` of a full-rank `A`, kernel matrices, the Hessian at a minimum. For SPD matrices
//! elimination needs no pivoting, and the symmetry halves the work: `A = LLᵀ` with `L` lower
//! triangular with a positive diagonal, in ⅓n³ flops.

use week1_vectors::{LinalgError, Matrix, Result, Vector};

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
/// Only the lower triangle of `A` is read; [`check_symmetric`] guards against passing a
/// non-symmetric matrix. Shapes: `n × n` in, `n × n` out (0×0 gives 0×0). Cost: ⅓n³ flops and n
/// square roots, half of LU.
///
/// # Errors
/// With `op: "cholesky"`: [`LinalgError::NotSquare`]; [`LinalgError::InvalidArgument`] if `A`
/// is not symmetric (see [`check_symmetric`]); [`LinalgError::NotPositiveDefinite`] with
/// `index: j` for the first `j` whose `d` is not positive, or not finite. A NaN or ∞ entry at
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
/// Test `!(d > 0.0)`, not `d <= 0.0`: every comparison with NaN is false, so the second test
/// lets NaN through and `√NaN` fills `L` with NaN instead of reporting the index. (An infinite
/// `d` must be refused too: `√∞ = ∞`, and `LLᵀ` can no longer reproduce `A`.)
pub fn cholesky(a: &Matrix) -> Result<Matrix> {
    // BEGIN SOLUTION
    check_symmetric("cholesky", a)?;
    let n = a.rows();
    let mut l = Matrix::zeros(n, n);
    for j in 0..n {
        // The pivot d = a_jj − (row j of L so far)·(row j of L so far).
        let d = a[(j, j)] - (0..j).map(|k| l[(j, k)] * l[(j, k)]).sum::<f64>();
        // `!(d > 0)` catches d ≤ 0 *and* d = NaN (every comparison with NaN is false); a NaN or
        // ∞ anywhere in rows 0..=j ends up here too. An infinite d would give l_jj = ∞.
        if !(d > 0.0 && d.is_finite()) {
            return Err(LinalgError::NotPositiveDefinite {
                op: "cholesky",
                index: j,
            });
        }
        let ljj = d.sqrt();
        l[(j, j)] = ljj;
        for i in j + 1..n {
            let s = a[(i, j)] - (0..j).map(|k| l[(i, k)] * l[(j, k)]).sum::<f64>();
            l[(i, j)] = s / ljj;
        }
    }
    Ok(l)
    // END SOLUTION
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
/// (`pivot: k`) if `lₖₖ = 0`.
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
    // BEGIN SOLUTION
    let op = "cholesky_solve";
    if !l.is_square() {
        return Err(LinalgError::NotSquare {
            op,
            shape: l.shape(),
        });
    }
    let n = l.rows();
    if b.len() != n {
        return Err(LinalgError::LengthMismatch {
            op,
            left: n,
            right: b.len(),
        });
    }
    if let Some(k) = (0..n).find(|&k| l[(k, k)] == 0.0) {
        return Err(LinalgError::Singular { op, pivot: k });
    }
    // Ly = b, top down.
    let mut x = b.clone().into_vec();
    for i in 0..n {
        let s: f64 = (0..i).map(|j| l[(i, j)] * x[j]).sum();
        x[i] = (x[i] - s) / l[(i, i)];
    }
    // Lᵀx = y, bottom up: (Lᵀ)_ij = l_ji.
    for i in (0..n).rev() {
        let s: f64 = (i + 1..n).map(|j| l[(j, i)] * x[j]).sum();
        x[i] = (x[i] - s) / l[(i, i)];
    }
    Ok(Vector::new(x))
    // END SOLUTION
}
