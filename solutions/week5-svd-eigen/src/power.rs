//! One eigenvector at a time: the power method, inverse iteration, Rayleigh quotient iteration.
//!
//! All three repeat `x ← (some matrix)·x / ‖…‖` and stop when the eigen-residual is small:
//!
//! > converged when `‖A·x − λ·x‖₂ ≤ tol · ‖A‖_F`, with `x` a unit vector and
//! > `λ = xᵀAx` its Rayleigh quotient.
//!
//! A small residual means `(λ, x)` is an exact eigenpair of a matrix within `tol·‖A‖_F` of `A`
//! (a backward error), which is the most any method can promise. For a symmetric matrix it
//! also bounds the eigenvalue error: some eigenvalue of `A` lies within the residual of `λ`.
//!
//! Each function takes the tolerance and an iteration cap, reports the iterations it used,
//! and returns [`LinalgError::NoConvergence`] when the cap is reached — as it must be on a
//! rotation (whose eigenvalues are complex) or on `[[0, 1], [1, 0]]` from `e₁` (eigenvalues
//! ±1 of equal size). Input is checked by [`check_iteration`] first, so NaN is an error, not
//! a hang.

use crate::checks::check_iteration;
use week1_vectors::{LinalgError, Matrix, Result, Vector};
// BEGIN SOLUTION-ONLY
use crate::checks::norm2;
use week2_matmul::norm_frobenius;
// END SOLUTION-ONLY

/// An eigenvalue estimate `value`, its unit eigenvector estimate `vector`, and the
/// iterations spent finding them.
#[derive(Debug, Clone, PartialEq)]
pub struct EigenEstimate {
    /// The eigenvalue (the Rayleigh quotient of `vector`).
    pub value: f64,
    /// A unit vector (‖x‖₂ = 1); its sign is arbitrary.
    pub vector: Vector,
    /// Iterations used (matrix–vector products or linear solves).
    pub iterations: usize,
}

// BEGIN SOLUTION-ONLY
/// `y = A·x`, row by row.
fn matvec(a: &Matrix, x: &[f64]) -> Vec<f64> {
    (0..a.rows())
        .map(|i| a.row(i).iter().zip(x).map(|(p, q)| p * q).sum())
        .collect()
}

fn dot(x: &[f64], y: &[f64]) -> f64 {
    x.iter().zip(y).map(|(p, q)| p * q).sum()
}

/// `x / ‖x‖₂` (the caller guarantees x ≠ 0).
fn normalized(x: &[f64]) -> Vec<f64> {
    let nx = norm2(x);
    x.iter().map(|v| v / nx).collect()
}

/// For a unit vector x: the Rayleigh quotient λ = xᵀAx and the residual ‖Ax − λx‖₂.
fn rayleigh_and_residual(a: &Matrix, x: &[f64]) -> (f64, f64) {
    let ax = matvec(a, x);
    let lambda = dot(x, &ax);
    let r: Vec<f64> = ax.iter().zip(x).map(|(p, q)| p - lambda * q).collect();
    (lambda, norm2(&r))
}

/// `P(A − σI) = LU` with partial pivoting, kept for repeated solves.
struct ShiftedLu {
    n: usize,
    lu: Vec<f64>,
    perm: Vec<usize>,
}

impl ShiftedLu {
    fn new(a: &Matrix, shift: f64) -> ShiftedLu {
        let n = a.rows();
        let mut lu = a.as_slice().to_vec();
        for i in 0..n {
            lu[i * n + i] -= shift;
        }
        // A − σI is singular when σ is an eigenvalue — and in inverse iteration we *want* σ
        // close to one. A zero pivot is replaced by ε·‖A − σI‖: the solve then returns a huge
        // vector pointing (almost exactly) along the eigenvector, which is all we need.
        let tiny = f64::EPSILON * (norm_frobenius(a) + shift.abs()).max(f64::MIN_POSITIVE);
        let mut perm: Vec<usize> = (0..n).collect();
        for k in 0..n {
            let p = (k..n)
                .max_by(|&i, &j| lu[i * n + k].abs().total_cmp(&lu[j * n + k].abs()))
                .unwrap_or(k);
            if p != k {
                for j in 0..n {
                    lu.swap(k * n + j, p * n + j);
                }
                perm.swap(k, p);
            }
            if lu[k * n + k].abs() < tiny {
                lu[k * n + k] = if lu[k * n + k] < 0.0 { -tiny } else { tiny };
            }
            let pivot = lu[k * n + k];
            for i in k + 1..n {
                let l = lu[i * n + k] / pivot;
                lu[i * n + k] = l;
                if l != 0.0 {
                    for j in k + 1..n {
                        lu[i * n + j] -= l * lu[k * n + j];
                    }
                }
            }
        }
        ShiftedLu { n, lu, perm }
    }

    fn solve(&self, b: &[f64]) -> Vec<f64> {
        let n = self.n;
        let mut y: Vec<f64> = self.perm.iter().map(|&p| b[p]).collect();
        for i in 0..n {
            let s: f64 = (0..i).map(|j| self.lu[i * n + j] * y[j]).sum();
            y[i] -= s;
        }
        for i in (0..n).rev() {
            let s: f64 = (i + 1..n).map(|j| self.lu[i * n + j] * y[j]).sum();
            y[i] = (y[i] - s) / self.lu[i * n + i];
        }
        y
    }
}
// END SOLUTION-ONLY

/// The power method: the eigenvalue of largest magnitude and its eigenvector.
///
/// ```text
/// x ← x₀/‖x₀‖
/// repeat k = 1, 2, …, max_iter:
///     y ← A·x;  λ ← xᵀy
///     if ‖y − λx‖₂ ≤ tol·‖A‖_F: return (λ, x, k)
///     x ← y/‖y‖₂
/// ```
///
/// Write `x₀ = Σ cᵢvᵢ` in eigenvectors with `|λ₁| > |λ₂| ≥ …`: then `Aᵏx₀ = λ₁ᵏ(c₁v₁ +
/// Σ cᵢ(λᵢ/λ₁)ᵏvᵢ)`, so the error shrinks by `|λ₂/λ₁|` per step — fast when the gap is big,
/// hopeless when `|λ₂| = |λ₁|` (a rotation, `[[0, 1], [1, 0]]`, eigenvalues `±λ`).
/// The returned `iterations` counts products `A·x`.
///
/// Cost O(n²) per step.
///
/// # Errors
/// Those of [`check_iteration`] (not square, empty, length of `x0`, NaN, bad `tol`, zero
/// `x0`), and [`LinalgError::NoConvergence`] with `iterations = max_iter` when the residual
/// never falls below `tol·‖A‖_F`.
///
/// # Numerical pitfall
/// Normalise every step: `Aᵏx₀` overflows (or underflows) long before it converges. And do not
/// test convergence by `|λₖ − λₖ₋₁|`: a slowly moving estimate looks converged.
///
/// # Example
/// ```
/// use week1_vectors::{matrix, vector};
/// use week5_svd_eigen::power_iteration;
/// let a = matrix![[2.0, 1.0], [1.0, 2.0]]; // eigenvalues 3 and 1: error × 1/3 per step
/// let e = power_iteration(&a, &vector![1.0, 0.0], 1e-12, 100).unwrap();
/// assert!((e.value - 3.0).abs() < 1e-12);
/// assert!(e.iterations < 40);
/// // A rotation by 90° has eigenvalues ±i: no real eigenvector to converge to.
/// let r = matrix![[0.0, -1.0], [1.0, 0.0]];
/// assert!(power_iteration(&r, &vector![1.0, 0.0], 1e-12, 100).is_err());
/// ```
pub fn power_iteration(
    a: &Matrix,
    x0: &Vector,
    tol: f64,
    max_iter: usize,
) -> Result<EigenEstimate> {
    // BEGIN SOLUTION
    let op = "power_iteration";
    check_iteration(op, a, x0, tol)?;
    let anorm = norm_frobenius(a);
    let mut x = normalized(x0.as_slice());
    for k in 1..=max_iter {
        let y = matvec(a, &x);
        let lambda = dot(&x, &y);
        let r: Vec<f64> = y.iter().zip(&x).map(|(p, q)| p - lambda * q).collect();
        if norm2(&r) <= tol * anorm {
            return Ok(EigenEstimate {
                value: lambda,
                vector: Vector::new(x),
                iterations: k,
            });
        }
        // y ≠ 0 here: y = 0 would have given λ = 0 and a zero residual.
        x = normalized(&y);
    }
    Err(LinalgError::NoConvergence {
        op,
        iterations: max_iter,
    })
    // END SOLUTION
}

/// Inverse iteration with a shift σ: the eigenvalue **nearest to σ** and its eigenvector.
///
/// The power method applied to `(A − σI)⁻¹`, whose eigenvalues are `1/(λᵢ − σ)`: the one
/// nearest σ becomes the dominant one. Factor `A − σI` once (LU with partial pivoting), then
/// each step is two triangular solves:
///
/// ```text
/// x ← x₀/‖x₀‖
/// repeat k = 1, 2, …, max_iter:
///     solve (A − σI)·y = x;  x ← y/‖y‖₂;  λ ← xᵀAx
///     if ‖Ax − λx‖₂ ≤ tol·‖A‖_F: return (λ, x, k)
/// ```
///
/// The error shrinks by `|λ_near − σ| / |λ_next − σ|` per step: a good shift converges in two
/// or three. Cost O(n³) once, then O(n²) per step. (Your week-3/week-4 LU solves the systems;
/// the reference carries its own so that this week stands alone.)
///
/// # Errors
/// As [`power_iteration`], plus [`LinalgError::InvalidArgument`] for a non-finite `shift`.
///
/// # Numerical pitfall
/// The better the shift, the more singular `A − σI` — and that is *fine*: the solve's error is
/// almost entirely along the wanted eigenvector, so the direction is right even though the
/// vector is huge. Only an exactly zero pivot needs care: replace it by `ε·‖A‖` rather than
/// failing (this is what LAPACK's inverse iteration does).
///
/// # Example
/// ```
/// use week1_vectors::{matrix, vector};
/// use week5_svd_eigen::inverse_iteration;
/// let a = matrix![[2.0, 0.0, 0.0], [0.0, 5.0, 0.0], [0.0, 0.0, 9.0]];
/// let e = inverse_iteration(&a, 4.0, &vector![1.0, 1.0, 1.0], 1e-12, 50).unwrap();
/// assert!((e.value - 5.0).abs() < 1e-12); // 5 is the eigenvalue nearest 4
/// ```
pub fn inverse_iteration(
    a: &Matrix,
    shift: f64,
    x0: &Vector,
    tol: f64,
    max_iter: usize,
) -> Result<EigenEstimate> {
    // BEGIN SOLUTION
    let op = "inverse_iteration";
    check_iteration(op, a, x0, tol)?;
    if !shift.is_finite() {
        return Err(LinalgError::InvalidArgument {
            op,
            reason: format!("the shift must be finite, got {shift}"),
        });
    }
    let anorm = norm_frobenius(a);
    let lu = ShiftedLu::new(a, shift);
    let mut x = normalized(x0.as_slice());
    for k in 1..=max_iter {
        let y = lu.solve(&x);
        let ny = norm2(&y);
        if !(ny > 0.0 && ny.is_finite()) {
            break;
        }
        x = y.iter().map(|v| v / ny).collect();
        let (lambda, res) = rayleigh_and_residual(a, &x);
        if res <= tol * anorm {
            return Ok(EigenEstimate {
                value: lambda,
                vector: Vector::new(x),
                iterations: k,
            });
        }
    }
    Err(LinalgError::NoConvergence {
        op,
        iterations: max_iter,
    })
    // END SOLUTION
}

/// The Rayleigh quotient `ρ(x) = xᵀAx / xᵀx`: the best eigenvalue estimate for the direction
/// `x` (it minimises `‖Ax − ρx‖₂` over ρ).
///
/// For symmetric A it is second-order accurate: an eigenvector error of δ gives an eigenvalue
/// error of O(δ²). O(n²).
///
/// # Errors
/// [`LinalgError::NotSquare`]; [`LinalgError::Empty`] for 0×0; [`LinalgError::ShapeMismatch`]
/// if `x.len() != n`; [`LinalgError::ZeroVector`] for `x = 0`.
///
/// # Numerical pitfall
/// Normalise `x` first (`xᵀx` overflows at entries near 1e155; the quotient does not).
///
/// # Example
/// ```
/// use week1_vectors::{matrix, vector};
/// use week5_svd_eigen::rayleigh_quotient;
/// let a = matrix![[2.0, 1.0], [1.0, 2.0]];
/// assert!((rayleigh_quotient(&a, &vector![1.0, 1.0]).unwrap() - 3.0).abs() < 1e-15);
/// assert!((rayleigh_quotient(&a, &vector![1.0, 0.0]).unwrap() - 2.0).abs() < 1e-15);
/// ```
pub fn rayleigh_quotient(a: &Matrix, x: &Vector) -> Result<f64> {
    // BEGIN SOLUTION
    let op = "rayleigh_quotient";
    crate::checks::check_square(op, a)?;
    if a.rows() == 0 {
        return Err(LinalgError::Empty { op });
    }
    if x.len() != a.rows() {
        return Err(LinalgError::ShapeMismatch {
            op,
            left: a.shape(),
            right: (x.len(), 1),
        });
    }
    if x.iter().all(|&v| v == 0.0) {
        return Err(LinalgError::ZeroVector { op });
    }
    let u = normalized(x.as_slice());
    Ok(dot(&u, &matvec(a, &u)))
    // END SOLUTION
}

/// Rayleigh quotient iteration: inverse iteration whose shift is the current Rayleigh quotient.
///
/// ```text
/// x ← x₀/‖x₀‖
/// for k = 0, 1, …, max_iter:
///     ρ ← xᵀAx
///     if ‖Ax − ρx‖₂ ≤ tol·‖A‖_F: return (ρ, x, k)
///     if k = max_iter: fail
///     solve (A − ρI)·y = x;  x ← y/‖y‖₂
/// ```
///
/// The shift improves as x does, so convergence is **cubic** for symmetric A (the number of
/// correct digits triples each step) and quadratic otherwise — usually 3–5 steps. The price is
/// a new factorisation, O(n³), every step. Which eigenpair it finds depends on `x₀` and is
/// hard to predict. `iterations` counts the solves (0 if `x₀` is already an eigenvector).
///
/// # Errors
/// As [`power_iteration`]. On `[[0, 1], [1, 0]]` from `x₀ = e₁` the shift is 0 and the
/// iteration swaps `e₁ ↔ e₂` forever: [`LinalgError::NoConvergence`].
///
/// # Numerical pitfall
/// As in [`inverse_iteration`], `A − ρI` becomes singular *because* ρ converges: a zero pivot
/// must not stop the iteration.
///
/// # Example
/// ```
/// use week1_vectors::{matrix, vector};
/// use week5_svd_eigen::rayleigh_quotient_iteration;
/// let a = matrix![[2.0, 1.0, 0.0], [1.0, 3.0, 1.0], [0.0, 1.0, 4.0]];
/// let e = rayleigh_quotient_iteration(&a, &vector![0.0, 0.0, 1.0], 1e-14, 20).unwrap();
/// assert!(e.iterations <= 5);
/// ```
pub fn rayleigh_quotient_iteration(
    a: &Matrix,
    x0: &Vector,
    tol: f64,
    max_iter: usize,
) -> Result<EigenEstimate> {
    // BEGIN SOLUTION
    let op = "rayleigh_quotient_iteration";
    check_iteration(op, a, x0, tol)?;
    let anorm = norm_frobenius(a);
    let mut x = normalized(x0.as_slice());
    for k in 0..=max_iter {
        let (rho, res) = rayleigh_and_residual(a, &x);
        if res <= tol * anorm {
            return Ok(EigenEstimate {
                value: rho,
                vector: Vector::new(x),
                iterations: k,
            });
        }
        if k == max_iter {
            break;
        }
        let y = ShiftedLu::new(a, rho).solve(&x);
        let ny = norm2(&y);
        if !(ny > 0.0 && ny.is_finite()) {
            break;
        }
        x = y.iter().map(|v| v / ny).collect();
    }
    Err(LinalgError::NoConvergence {
        op,
        iterations: max_iter,
    })
    // END SOLUTION
}
