//! Gradient checking by central differences.
//!
//! A wrong gradient is the most common bug in machine-learning code, and the quietest: training
//! still runs, the loss still goes down a little, the model is just bad. The cure is cheap: compare
//! the analytic gradient with a numerical one on a small problem before training.
//!
//! Central differences `(f(x + h eᵢ) − f(x − h eᵢ)) / 2h` have truncation error `O(h²)` (the
//! one-sided `(f(x + h eᵢ) − f(x))/h` only `O(h)`) and rounding error `O(ε|f|/h)`. The sum is
//! smallest near `h ≈ ε^{1/3} ≈ 6e-6`; with `h = 1e-5` a correct gradient agrees to about
//! `1e-9`–`1e-10` relative, a wrong one typically to `1e-1`.

use week1_vectors::{LinalgError, Result, Vector};

/// The default step for [`numerical_gradient`]: `1e-5`, near the optimum `ε^{1/3}` for
/// functions and arguments of order 1.
pub const DEFAULT_H: f64 = 1e-5;

/// The central-difference gradient of `f` at `x`:
/// `gᵢ = (f(x + h eᵢ) − f(x − h eᵢ)) / (2h)`. Costs `2n` evaluations of `f`.
///
/// # Errors
/// [`LinalgError::InvalidArgument`] if `h` is not finite and positive; any error of `f`;
/// [`LinalgError::NonFinite`] if some `f` value is NaN or infinite.
///
/// ```
/// # use week6_ml::gradcheck::numerical_gradient;
/// # use week1_vectors::vector;
/// // f(x) = x₀² + 3x₁, ∇f = [2x₀, 3].
/// let g = numerical_gradient(|x| Ok(x[0] * x[0] + 3.0 * x[1]), &vector![2.0, 5.0], 1e-5).unwrap();
/// assert!((g[0] - 4.0).abs() < 1e-8 && (g[1] - 3.0).abs() < 1e-8);
/// ```
pub fn numerical_gradient(
    f: impl FnMut(&Vector) -> Result<f64>,
    x: &Vector,
    h: f64,
) -> Result<Vector> {
    todo!("numerical_gradient")
}

/// The relative difference of two gradients, `‖a − b‖₂ / max(‖a‖₂ + ‖b‖₂, 1e-300)`, in
/// `[0, 1]`: 0 for equal vectors, 1 for opposite ones. About `1e-9` means "agree"; above `1e-5`
/// something is wrong.
///
/// # Errors
/// [`LinalgError::LengthMismatch`]; [`LinalgError::NonFinite`] for NaN or infinite entries.
///
/// ```
/// # use week6_ml::gradcheck::relative_difference;
/// # use week1_vectors::vector;
/// assert_eq!(relative_difference(&vector![1.0, 0.0], &vector![1.0, 0.0]).unwrap(), 0.0);
/// assert_eq!(relative_difference(&vector![1.0], &vector![-1.0]).unwrap(), 1.0);
/// ```
pub fn relative_difference(a: &Vector, b: &Vector) -> Result<f64> {
    todo!("relative_difference")
}

/// Checks an analytic gradient: the [`relative_difference`] between `analytic` and the
/// [`numerical_gradient`] of `f` at `x` with step `h`.
///
/// # Errors
/// Those of the two functions it calls (a length mismatch between `analytic` and `x` included).
///
/// ```
/// # use week6_ml::gradcheck::gradient_check;
/// # use week1_vectors::vector;
/// let f = |x: &week1_vectors::Vector| Ok(x[0].sin());
/// let good = gradient_check(f, &vector![1f64.cos()], &vector![1.0], 1e-5).unwrap();
/// let bad = gradient_check(f, &vector![1.0], &vector![1.0], 1e-5).unwrap();
/// assert!(good < 1e-9 && bad > 0.1);
/// ```
pub fn gradient_check(
    f: impl FnMut(&Vector) -> Result<f64>,
    analytic: &Vector,
    x: &Vector,
    h: f64,
) -> Result<f64> {
    todo!("gradient_check")
}
