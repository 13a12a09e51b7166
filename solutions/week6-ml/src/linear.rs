//! Linear regression three ways — normal equations, QR, SVD — and ridge regression.
//!
//! Least squares: find `w` minimising `‖Aw − b‖₂`. All three methods give the same answer when
//! `A` is well conditioned and of full column rank, and differ exactly where theory says:
//!
//! | method | cost (m ≫ n) | error in `w` | rank-deficient `A` |
//! | --- | --- | --- | --- |
//! | normal equations `AᵀA w = Aᵀb` (Cholesky) | `mn² + n³/3` | `≈ κ(A)² ε` | Cholesky fails, or garbage |
//! | Householder QR, `Rw = Qᵀb` | `2mn² − 2n³/3` | `≈ κ(A) ε` (+ `κ² ε` · residual) | detected: tiny `r_jj` |
//! | SVD, `w = V Σ⁺ Uᵀ b` | larger constant | `≈ κ(A) ε` | minimum-norm solution |
//!
//! These functions call your earlier weeks: `week2_matmul` for products, `week4_lu_qr` for
//! Cholesky and for least squares by QR (`lstsq_qr`, whose triangular solve is week 3's),
//! `week5_svd_eigen` for the SVD.

// BEGIN SOLUTION-ONLY
use week2_matmul::{matmul, matvec, transpose};
use week4_lu_qr::{cholesky, cholesky_solve, lstsq_qr};
use week5_svd_eigen::svd;
// END SOLUTION-ONLY
use week1_vectors::{LinalgError, Matrix, Result, Vector};

/// Which least-squares method [`LinearRegression::fit`] uses.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Solver {
    /// [`least_squares_normal`]: Cholesky on `AᵀA`.
    NormalEquations,
    /// [`least_squares_qr`]: Householder QR.
    Qr,
    /// [`least_squares_svd`] with `rcond = max(m, n)·ε`.
    Svd,
}

// BEGIN SOLUTION-ONLY
fn check_lstsq(op: &'static str, a: &Matrix, b: &Vector) -> Result<()> {
    if a.rows() != b.len() {
        return Err(LinalgError::ShapeMismatch {
            op,
            left: a.shape(),
            right: (b.len(), 1),
        });
    }
    if a.rows() == 0 || a.cols() == 0 {
        return Err(LinalgError::Empty { op });
    }
    if !a.is_finite() || !b.is_finite() {
        return Err(LinalgError::NonFinite { op });
    }
    Ok(())
}
// END SOLUTION-ONLY

/// The design matrix with an intercept column: `[1 | X]`, `n × (d + 1)`, the column of ones
/// first. Then `w[0]` is the intercept and `w[1..]` the weights. O(nd).
///
/// ```
/// # use week6_ml::linear::add_intercept;
/// # use week1_vectors::matrix;
/// assert_eq!(add_intercept(&matrix![[2.0], [3.0]]), matrix![[1.0, 2.0], [1.0, 3.0]]);
/// ```
pub fn add_intercept(x: &Matrix) -> Matrix {
    // BEGIN SOLUTION
    Matrix::from_fn(x.rows(), x.cols() + 1, |i, j| {
        if j == 0 { 1.0 } else { x[(i, j - 1)] }
    })
    // END SOLUTION
}

/// Least squares by the normal equations: form `G = AᵀA` and `c = Aᵀb` (week 2), factor
/// `G = LLᵀ` (week 4 Cholesky) and solve `LLᵀw = c`.
///
/// Cheapest of the three, and fine when `A` is well conditioned — but `κ(AᵀA) = κ(A)²`, so with
/// `κ(A) = 1e8` all digits are gone, and for the Läuchli matrix `fl(AᵀA)` is exactly singular.
/// O(mn² + n³/3).
///
/// # Errors
/// [`LinalgError::ShapeMismatch`] if `b.len() != a.rows()`; `Empty`; `NonFinite`; Cholesky's
/// [`LinalgError::NotPositiveDefinite`] when `AᵀA` is (numerically) singular.
///
/// ```
/// # use week6_ml::linear::least_squares_normal;
/// # use week1_vectors::{matrix, vector};
/// // Fit y = 1 + 2t through (0, 1), (1, 3), (2, 5).
/// let a = matrix![[1.0, 0.0], [1.0, 1.0], [1.0, 2.0]];
/// let w = least_squares_normal(&a, &vector![1.0, 3.0, 5.0]).unwrap();
/// assert!((w[0] - 1.0).abs() < 1e-12 && (w[1] - 2.0).abs() < 1e-12);
/// ```
pub fn least_squares_normal(a: &Matrix, b: &Vector) -> Result<Vector> {
    // BEGIN SOLUTION
    check_lstsq("least_squares_normal", a, b)?;
    let at = transpose(a);
    let gram = matmul(&at, a)?;
    let rhs = matvec(&at, b)?;
    let l = cholesky(&gram)?;
    cholesky_solve(&l, &rhs)
    // END SOLUTION
}

/// Least squares by Householder QR — week 4's `lstsq_qr`, called after this module's checks:
/// `A = QR` (thin: `R` is `n × n`), `Qᵀb` applied reflector by reflector (`Q` is never formed),
/// then `Rw = Qᵀb` by back substitution. `Q` is orthogonal, so `‖Aw − b‖ = ‖Rw − Qᵀb‖` (plus a
/// constant) and the conditioning is `κ(A)`, not `κ(A)²`. O(2mn² − 2n³/3).
///
/// Rank test: week 4's — if some `|r_jj| ≤ 10·max(m, n)·ε·maxᵢ|r_ii|` (ten times MATLAB's
/// tolerance, the margin week 4 argues for), the columns of `A` are (numerically) dependent and
/// the solution is not unique; report it rather than divide by noise.
///
/// # Errors
/// `ShapeMismatch`, `Empty`, `NonFinite` as [`least_squares_normal`];
/// [`LinalgError::RankDeficient`] (with week 4's numerical rank) when the test above fails or
/// `m < n`, with `op: "least_squares_qr"`.
///
/// ```
/// # use week6_ml::linear::least_squares_qr;
/// # use week1_vectors::{matrix, vector};
/// let a = matrix![[1.0, 0.0], [1.0, 1.0], [1.0, 2.0]];
/// let w = least_squares_qr(&a, &vector![1.0, 3.0, 5.0]).unwrap();
/// assert!((w[0] - 1.0).abs() < 1e-12 && (w[1] - 2.0).abs() < 1e-12);
/// ```
pub fn least_squares_qr(a: &Matrix, b: &Vector) -> Result<Vector> {
    // BEGIN SOLUTION
    let op = "least_squares_qr";
    check_lstsq(op, a, b)?;
    lstsq_qr(a, b).map_err(|e| match e {
        LinalgError::RankDeficient { rank, needed, .. } => {
            LinalgError::RankDeficient { op, rank, needed }
        }
        other => other,
    })
    // END SOLUTION
}

/// Least squares by the SVD: `A = UΣVᵀ` (week 5), `w = Σᵢ (uᵢᵀb / σᵢ) vᵢ` over the singular
/// values `σᵢ > rcond·σ₀`; the others are treated as 0 and skipped.
///
/// For full-rank `A` this is the least-squares solution; for rank-deficient `A` it is the
/// **minimum-norm** least-squares solution `A⁺b` — the one method of the three that still gives
/// a sensible answer. `rcond` is a relative cut-off; `max(m, n)·ε` (numpy's default) drops only
/// what rounding cannot tell from 0. O(mn²) with a larger constant than QR.
///
/// # Errors
/// `ShapeMismatch`, `Empty`, `NonFinite` as [`least_squares_normal`]; `InvalidArgument` for a
/// negative or NaN `rcond`; errors of the SVD.
///
/// ```
/// # use week6_ml::linear::least_squares_svd;
/// # use week1_vectors::{matrix, vector};
/// // Two identical columns: infinitely many solutions; the minimum-norm one splits evenly.
/// let a = matrix![[1.0, 1.0], [2.0, 2.0]];
/// let w = least_squares_svd(&a, &vector![2.0, 4.0], 1e-12).unwrap();
/// assert!((w[0] - 1.0).abs() < 1e-12 && (w[1] - 1.0).abs() < 1e-12);
/// ```
pub fn least_squares_svd(a: &Matrix, b: &Vector, rcond: f64) -> Result<Vector> {
    // BEGIN SOLUTION
    let op = "least_squares_svd";
    check_lstsq(op, a, b)?;
    if rcond.is_nan() || rcond < 0.0 {
        return Err(LinalgError::InvalidArgument {
            op,
            reason: format!("rcond = {rcond} must be ≥ 0"),
        });
    }
    let s = svd(a)?;
    let cutoff = rcond * s.sigma.iter().copied().fold(0.0, f64::max);
    let utb = matvec(&transpose(&s.u), b)?;
    let mut w = Vector::zeros(a.cols());
    for (i, &sigma) in s.sigma.iter().enumerate() {
        if sigma <= cutoff || sigma == 0.0 {
            continue;
        }
        let coef = utb[i] / sigma;
        for j in 0..a.cols() {
            w[j] += coef * s.vt[(i, j)];
        }
    }
    Ok(w)
    // END SOLUTION
}

/// Ridge's filter factors `fᵢ = σᵢ² / (σᵢ² + λ)`: how much of each singular direction ridge
/// regression keeps. Least squares keeps everything (`fᵢ = 1`); ridge keeps the directions with
/// `σᵢ² ≫ λ` and damps those with `σᵢ² ≪ λ` — exactly the ones where noise in `b` is amplified
/// by `1/σᵢ`. (For `σᵢ = λ = 0` the factor is defined as 0.) O(k).
///
/// ```
/// # use week6_ml::linear::ridge_filter_factors;
/// # use week1_vectors::vector;
/// assert_eq!(ridge_filter_factors(&vector![3.0, 1.0], 1.0), vector![0.9, 0.5]);
/// ```
pub fn ridge_filter_factors(sigma: &Vector, lambda: f64) -> Vector {
    // BEGIN SOLUTION
    sigma
        .iter()
        .map(|&s| {
            let s2 = s * s;
            if s2 + lambda == 0.0 {
                0.0
            } else {
                s2 / (s2 + lambda)
            }
        })
        .collect()
    // END SOLUTION
}

/// Ridge regression `min ‖Aw − b‖² + λ‖w‖²` through the SVD:
/// `w = Σᵢ fᵢ (uᵢᵀb / σᵢ) vᵢ = Σᵢ σᵢ/(σᵢ² + λ) (uᵢᵀb) vᵢ` with the filter factors
/// [`ridge_filter_factors`]. Write it in the second form (no division by a tiny `σᵢ`). With
/// `λ = 0` it is the minimum-norm least-squares solution. O(mn²).
///
/// # Errors
/// `ShapeMismatch`, `Empty`, `NonFinite` as [`least_squares_normal`]; `InvalidArgument` for a
/// negative or NaN `λ`; errors of the SVD.
///
/// ```
/// # use week6_ml::linear::ridge_svd;
/// # use week1_vectors::{matrix, vector};
/// // A = I: ridge shrinks b by 1/(1 + λ).
/// let w = ridge_svd(&matrix![[1.0, 0.0], [0.0, 1.0]], &vector![2.0, 4.0], 1.0).unwrap();
/// assert!((w[0] - 1.0).abs() < 1e-15 && (w[1] - 2.0).abs() < 1e-15);
/// ```
pub fn ridge_svd(a: &Matrix, b: &Vector, lambda: f64) -> Result<Vector> {
    // BEGIN SOLUTION
    let op = "ridge_svd";
    check_lstsq(op, a, b)?;
    check_lambda(op, lambda)?;
    let s = svd(a)?;
    let utb = matvec(&transpose(&s.u), b)?;
    let mut w = Vector::zeros(a.cols());
    for (i, &sigma) in s.sigma.iter().enumerate() {
        let den = sigma * sigma + lambda;
        if den == 0.0 {
            continue;
        }
        let coef = sigma * utb[i] / den;
        for j in 0..a.cols() {
            w[j] += coef * s.vt[(i, j)];
        }
    }
    Ok(w)
    // END SOLUTION
}

/// Ridge regression through its normal equations `(AᵀA + λI) w = Aᵀb` (Cholesky). For `λ > 0`
/// the matrix is positive definite whatever the rank of `A`, and `κ(AᵀA + λI) =
/// (σ₀² + λ)/(σₙ² + λ)`: ridge is also a cure for the conditioning. O(mn² + n³/3).
///
/// # Errors
/// As [`least_squares_normal`]; `InvalidArgument` for a negative or NaN `λ`.
///
/// ```
/// # use week6_ml::linear::ridge_normal;
/// # use week1_vectors::{matrix, vector};
/// let w = ridge_normal(&matrix![[1.0, 0.0], [0.0, 1.0]], &vector![2.0, 4.0], 1.0).unwrap();
/// assert!((w[0] - 1.0).abs() < 1e-15 && (w[1] - 2.0).abs() < 1e-15);
/// ```
pub fn ridge_normal(a: &Matrix, b: &Vector, lambda: f64) -> Result<Vector> {
    // BEGIN SOLUTION
    let op = "ridge_normal";
    check_lstsq(op, a, b)?;
    check_lambda(op, lambda)?;
    let at = transpose(a);
    let mut gram = matmul(&at, a)?;
    for j in 0..a.cols() {
        gram[(j, j)] += lambda;
    }
    let l = cholesky(&gram)?;
    cholesky_solve(&l, &matvec(&at, b)?)
    // END SOLUTION
}

// BEGIN SOLUTION-ONLY
fn check_lambda(op: &'static str, lambda: f64) -> Result<()> {
    if lambda >= 0.0 && lambda.is_finite() {
        Ok(())
    } else {
        Err(LinalgError::InvalidArgument {
            op,
            reason: format!("λ = {lambda} must be finite and ≥ 0"),
        })
    }
}

fn column_means(x: &Matrix) -> Vector {
    let n = x.rows() as f64;
    Vector::from_fn(x.cols(), |j| {
        (0..x.rows()).map(|i| x[(i, j)]).sum::<f64>() / n
    })
}
// END SOLUTION-ONLY

/// A fitted linear model `ŷ = Xw + b`.
#[derive(Debug, Clone, PartialEq)]
pub struct LinearRegression {
    /// One weight per feature.
    pub weights: Vector,
    /// The intercept `b`.
    pub intercept: f64,
}

impl LinearRegression {
    /// Ordinary least squares with an intercept: solve for `[b; w]` with the design
    /// [`add_intercept`]`(x)` by the chosen [`Solver`]. O(nd²).
    ///
    /// On all 442 rows of the diabetes data, all three solvers give `R² ≈ 0.5177`.
    ///
    /// # Errors
    /// Those of the solver.
    ///
    /// ```
    /// # use week6_ml::linear::{LinearRegression, Solver};
    /// # use week1_vectors::{matrix, vector};
    /// let x = matrix![[0.0], [1.0], [2.0]];
    /// let m = LinearRegression::fit(&x, &vector![1.0, 3.0, 5.0], Solver::Qr).unwrap();
    /// assert!((m.intercept - 1.0).abs() < 1e-12 && (m.weights[0] - 2.0).abs() < 1e-12);
    /// ```
    pub fn fit(x: &Matrix, y: &Vector, solver: Solver) -> Result<LinearRegression> {
        // BEGIN SOLUTION
        let a = add_intercept(x);
        let w = match solver {
            Solver::NormalEquations => least_squares_normal(&a, y)?,
            Solver::Qr => least_squares_qr(&a, y)?,
            Solver::Svd => {
                let rcond = a.rows().max(a.cols()) as f64 * f64::EPSILON;
                least_squares_svd(&a, y, rcond)?
            }
        };
        Ok(LinearRegression {
            intercept: w[0],
            weights: w.iter().skip(1).copied().collect(),
        })
        // END SOLUTION
    }

    /// Ridge regression with an **unpenalised** intercept: centre the columns of `x` and `y`,
    /// solve [`ridge_svd`] on the centred data, then `b = ȳ − x̄ᵀw`. (Penalising the intercept
    /// would make the model depend on where the origin of `y` is.) O(nd²).
    ///
    /// # Errors
    /// As [`ridge_svd`].
    ///
    /// ```
    /// # use week6_ml::linear::LinearRegression;
    /// # use week1_vectors::{matrix, vector};
    /// let x = matrix![[-1.0], [1.0]];
    /// let m = LinearRegression::fit_ridge(&x, &vector![9.0, 11.0], 2.0).unwrap();
    /// assert!((m.intercept - 10.0).abs() < 1e-12 && (m.weights[0] - 0.5).abs() < 1e-12);
    /// ```
    pub fn fit_ridge(x: &Matrix, y: &Vector, lambda: f64) -> Result<LinearRegression> {
        // BEGIN SOLUTION
        check_lstsq("LinearRegression::fit_ridge", x, y)?;
        let mx = column_means(x);
        let my = y.iter().sum::<f64>() / y.len() as f64;
        let xc = Matrix::from_fn(x.rows(), x.cols(), |i, j| x[(i, j)] - mx[j]);
        let yc: Vector = y.iter().map(|v| v - my).collect();
        let weights = ridge_svd(&xc, &yc, lambda)?;
        let intercept = my
            - mx.iter()
                .zip(weights.iter())
                .map(|(a, b)| a * b)
                .sum::<f64>();
        Ok(LinearRegression { weights, intercept })
        // END SOLUTION
    }

    /// Predictions `ŷ = Xw + b` (week 2's `matvec`). O(nd).
    ///
    /// # Errors
    /// [`LinalgError::ShapeMismatch`] if `x.cols() != weights.len()`.
    ///
    /// ```
    /// # use week6_ml::linear::LinearRegression;
    /// # use week1_vectors::{matrix, vector};
    /// let m = LinearRegression { weights: vector![2.0], intercept: 1.0 };
    /// assert_eq!(m.predict(&matrix![[3.0]]).unwrap(), vector![7.0]);
    /// ```
    pub fn predict(&self, x: &Matrix) -> Result<Vector> {
        // BEGIN SOLUTION
        let mut y = matvec(x, &self.weights)?;
        for v in y.iter_mut() {
            *v += self.intercept;
        }
        Ok(y)
        // END SOLUTION
    }
}
