//! Argument checks and a norm shared by this week's functions (given code).
//!
//! Each returns the course's error naming the operation, so a caller learns which call was
//! wrong and why. Use them at the top of your functions: `check_square("hessenberg", a)?;`.

use week1_vectors::{LinalgError, Matrix, Result, Vector};

/// How far from symmetric a matrix may be and still count as symmetric:
/// `|aᵢⱼ − aⱼᵢ| ≤ SYMMETRY_TOL · max |aₖₗ|`.
///
/// Matrices built as `Q·D·Qᵀ` in floating point are symmetric only to rounding (≈ n·ε), so
/// exact equality would be too strict; a matrix that is really not symmetric misses by far more.
/// The symmetric solvers then work on `(A + Aᵀ)/2`, the nearest symmetric matrix.
pub const SYMMETRY_TOL: f64 = 1e-10;

// The square and finiteness checks are week 3's (given code there too), under the names this
// week's code and docs use. Iterative methods call `check_finite` first: a NaN makes every
// comparison false, so a loop waiting for `residual <= tol` would run to its cap and report a
// misleading `NoConvergence`.
pub use week3_inverse::checks::{
    require_finite as check_finite, require_finite_vector as check_finite_vector,
    require_square as check_square,
};

/// `Ok(())` if the square matrix `a` is symmetric to within [`SYMMETRY_TOL`] (relative to its
/// largest entry), else [`LinalgError::InvalidArgument`] naming the worst pair.
///
/// Checks squareness first ([`LinalgError::NotSquare`]). Call [`check_finite`] before it: a
/// NaN entry is neither symmetric nor not.
///
/// ```
/// # use week1_vectors::matrix;
/// # use week5_svd_eigen::checks::check_symmetric;
/// assert!(check_symmetric("f", &matrix![[1.0, 2.0], [2.0, 3.0]]).is_ok());
/// let err = check_symmetric("f", &matrix![[1.0, 2.0], [0.0, 3.0]]).unwrap_err();
/// assert_eq!(err.to_string(), "f: invalid argument: not symmetric: a[0][1] = 2 but a[1][0] = 0");
/// ```
pub fn check_symmetric(op: &'static str, a: &Matrix) -> Result<()> {
    check_square(op, a)?;
    let n = a.rows();
    let scale = a.as_slice().iter().fold(0.0_f64, |m, x| m.max(x.abs()));
    let mut worst: Option<(usize, usize, f64)> = None;
    for i in 0..n {
        for j in i + 1..n {
            let gap = (a[(i, j)] - a[(j, i)]).abs();
            if gap > SYMMETRY_TOL * scale && worst.is_none_or(|(_, _, g)| gap > g) {
                worst = Some((i, j, gap));
            }
        }
    }
    match worst {
        None => Ok(()),
        Some((i, j, _)) => Err(LinalgError::InvalidArgument {
            op,
            reason: format!(
                "not symmetric: a[{i}][{j}] = {} but a[{j}][{i}] = {}",
                a[(i, j)],
                a[(j, i)]
            ),
        }),
    }
}

/// `(A + Aᵀ)/2`: the symmetric matrix nearest to `a` (in the Frobenius norm). Exact (a copy) when
/// `a` is already symmetric.
///
/// # Panics
/// If `a` is not square.
pub fn symmetric_part(a: &Matrix) -> Matrix {
    assert!(
        a.is_square(),
        "symmetric_part: {}×{} is not square",
        a.rows(),
        a.cols()
    );
    Matrix::from_fn(a.rows(), a.cols(), |i, j| {
        if a[(i, j)] == a[(j, i)] {
            a[(i, j)]
        } else {
            0.5 * (a[(i, j)] + a[(j, i)])
        }
    })
}

/// The Euclidean norm `‖x‖₂ = √(Σ xᵢ²)` of a slice: week 1's [`Vector::norm_l2`] (scaled by
/// `max |xᵢ|`, so no overflow at 1e200 and no underflow at 1e-200; NaN gives NaN).
///
/// The solvers of this week keep their vectors as `Vec<f64>` and rows of matrices as slices;
/// this copies `x` into a [`Vector`] once (O(n), the same order as the norm itself).
///
/// ```
/// # use week5_svd_eigen::checks::norm2;
/// assert_eq!(norm2(&[3.0, 4.0]), 5.0);
/// assert!((norm2(&[3e200, 4e200]) / 5e200 - 1.0).abs() < 1e-15);
/// ```
pub fn norm2(x: &[f64]) -> f64 {
    Vector::from(x).norm_l2()
}

/// The power of two nearest to `1 / max |aᵢⱼ|` (1 for a zero matrix).
///
/// Multiplying by a power of two is exact, so a solver can scale its input to entries of
/// order 1 — where squares and products neither overflow nor underflow — and scale the
/// answers back without changing a single bit of their accuracy.
///
/// ```
/// # use week1_vectors::matrix;
/// # use week5_svd_eigen::checks::power_of_two_scale;
/// assert_eq!(power_of_two_scale(&matrix![[1e300, 0.0], [0.0, 1.0]]), 2f64.powi(-997));
/// assert_eq!(power_of_two_scale(&matrix![[0.0]]), 1.0);
/// ```
pub fn power_of_two_scale(a: &Matrix) -> f64 {
    let m = a.as_slice().iter().fold(0.0_f64, |m, x| m.max(x.abs()));
    if m == 0.0 || !m.is_finite() {
        return 1.0;
    }
    let e = m.log2().round() as i32;
    // 2^-e for e in the f64 exponent range; powi of 2 is exact there.
    2f64.powi(-e.clamp(-1000, 1000))
}

/// The checks every vector iteration of this week ([`crate::power`]) starts with, in this
/// order:
///
/// - [`LinalgError::NotSquare`] unless `a` is square;
/// - [`LinalgError::Empty`] for the 0×0 matrix (it has no eigenvalues to find);
/// - [`LinalgError::ShapeMismatch`] unless `x0.len() == a.rows()`
///   (left `a.shape()`, right `(x0.len(), 1)`);
/// - [`LinalgError::NonFinite`] if `a` or `x0` holds NaN or ±∞;
/// - [`LinalgError::InvalidArgument`] unless `tol` is positive and finite;
/// - [`LinalgError::ZeroVector`] if `x0` is zero (it has no direction to improve).
pub fn check_iteration(op: &'static str, a: &Matrix, x0: &Vector, tol: f64) -> Result<()> {
    check_square(op, a)?;
    if a.rows() == 0 {
        return Err(LinalgError::Empty { op });
    }
    if x0.len() != a.rows() {
        return Err(LinalgError::ShapeMismatch {
            op,
            left: a.shape(),
            right: (x0.len(), 1),
        });
    }
    check_finite(op, a)?;
    check_finite_vector(op, x0)?;
    if !(tol > 0.0 && tol.is_finite()) {
        return Err(LinalgError::InvalidArgument {
            op,
            reason: format!("the tolerance must be positive and finite, got {tol}"),
        });
    }
    if x0.iter().all(|&v| v == 0.0) {
        return Err(LinalgError::ZeroVector { op });
    }
    Ok(())
}
