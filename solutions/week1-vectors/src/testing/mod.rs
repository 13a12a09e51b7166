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
