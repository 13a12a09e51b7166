//! Test support (given code): independent reference operations, scaled residuals in the style
//! of LAPACK's test suite, and the points of the hidden tests.
//!
//! Week N's tests check your answers with these helpers, never with your own earlier weeks: a
//! wrong matrix product from week 2 must not make a correct LU from week 4 fail. Each helper is
//! the plainest possible loop, written once here.

mod grading;
mod naive;
mod residuals;

pub use grading::{Points, points};
pub use naive::*;
pub use residuals::*;

/// Machine epsilon for `f64`, `2⁻⁵²` ≈ 2.22e-16: the gap between 1 and the next `f64`.
pub const EPS: f64 = f64::EPSILON;

/// Runs `f`, which must panic, and checks that the panic message contains `expected`.
///
/// Returns the message. Use it instead of `#[should_panic]` where a test also needs to run
/// code after the panic.
///
/// # Panics
/// If `f` returns normally, or panics with a message that does not contain `expected`.
///
/// ```
/// # use week1_vectors::testing::expect_panic;
/// let msg = expect_panic("index", || { let v: Vec<f64> = vec![]; let _ = v[3]; });
/// assert!(msg.contains("index out of bounds"));
/// ```
pub fn expect_panic<F: FnOnce() + std::panic::UnwindSafe>(expected: &str, f: F) -> String {
    match std::panic::catch_unwind(f) {
        Ok(()) => panic!("expected a panic whose message contains {expected:?}, but it returned"),
        Err(payload) => {
            let msg = payload
                .downcast_ref::<String>()
                .cloned()
                .or_else(|| payload.downcast_ref::<&str>().map(|s| s.to_string()))
                .unwrap_or_default();
            assert!(
                msg.contains(expected),
                "expected a panic whose message contains {expected:?}, got {msg:?}"
            );
            msg
        }
    }
}

/// Checks that `result` is `Err(LinalgError::Singular { op, pivot, size, tolerance })` with the
/// expected `op` and `pivot`, and that the two measured numbers are honest: `size` (the rejected
/// pivot's magnitude) and `tolerance` both finite and ≥ 0, and `size ≤ tolerance` (that is what
/// made the pivot rejected). Returns `(size, tolerance)` so that a test can compare them with the
/// rule's value — never with `==` against a hand-typed rounding-noise number.
///
/// `context` names the exercise and the input (`"solve(diag(1, 0), b)"`); it starts every
/// failure message, which also shows the result that was got.
///
/// # Panics
/// If `result` is `Ok`, another error, another `op` or `pivot`, or the numbers fail the checks.
///
/// ```
/// # use week1_vectors::LinalgError;
/// # use week1_vectors::testing::assert_singular;
/// let r: Result<(), _> = Err(LinalgError::Singular { op: "solve", pivot: 1, size: 0.0, tolerance: 4e-16 });
/// assert_eq!(assert_singular(r, "solve", 1, "solve(diag(1, 0), e₀)"), (0.0, 4e-16));
/// ```
pub fn assert_singular<T: std::fmt::Debug>(
    result: crate::Result<T>,
    op: &str,
    pivot: usize,
    context: &str,
) -> (f64, f64) {
    match result {
        Err(crate::LinalgError::Singular {
            op: got_op,
            pivot: got_pivot,
            size,
            tolerance,
        }) if got_op == op && got_pivot == pivot => {
            assert!(
                size.is_finite() && size >= 0.0 && tolerance.is_finite() && tolerance >= 0.0,
                "{context}: Singular {{ op: {op:?}, pivot: {pivot} }} must carry a finite, \
                 non-negative size and tolerance, got size = {size:e}, tolerance = {tolerance:e}"
            );
            assert!(
                size <= tolerance,
                "{context}: Singular {{ op: {op:?}, pivot: {pivot} }} reports size = {size:e} > \
                 tolerance = {tolerance:e}: a pivot is rejected only when its size is at most the \
                 tolerance"
            );
            (size, tolerance)
        }
        other => panic!(
            "{context}: got {other:?}, want Err(Singular {{ op: {op:?}, pivot: {pivot}, .. }})"
        ),
    }
}

/// [`assert_singular`], and then that the error carries exactly the `size` and `tolerance` the
/// test expects: the rejected pivot's magnitude and the value of the tolerance rule the solver
/// documents. Use it only where the test knows the pivot without rounding (a diagonal entry that
/// elimination does not touch, an exact cancellation) — an invented `size: 0.0` or a tolerance
/// from another rule then fails, where [`assert_singular`] alone would accept it.
///
/// # Panics
/// As [`assert_singular`], or if `(size, tolerance)` differ from the expected pair.
pub fn assert_singular_with<T: std::fmt::Debug>(
    result: crate::Result<T>,
    op: &str,
    pivot: usize,
    (size, tolerance): (f64, f64),
    context: &str,
) {
    let (got_size, got_tolerance) = assert_singular(result, op, pivot, context);
    assert!(
        got_size == size && got_tolerance == tolerance,
        "{context}: Singular {{ op: {op:?}, pivot: {pivot} }} reports size = {got_size:e}, \
         tolerance = {got_tolerance:e}; want size = {size:e} (the rejected pivot's magnitude) and \
         tolerance = {tolerance:e} (the documented rule's value)"
    );
}
