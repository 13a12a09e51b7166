//! Hidden tests that kill the mutants `cargo xtask mutants week3` found surviving (issue 19):
//! each one pins down a rule of the exercise's doc comment that no other test exercised.
//!
//! Expected values are exact: every input is made of powers of two (and `1 + 2^-52`), so the
//! reference's elimination and its mantissa/exponent product introduce no rounding at all.

use std::sync::mpsc;
use std::time::Duration;
use week1_vectors::Matrix;
use week1_vectors::testing::points;
use week3_inverse::determinant::COFACTOR_MAX_N;
use week3_inverse::{det_cofactor, determinant};

fn det(what: &str, a: &Matrix) -> f64 {
    determinant(a).unwrap_or_else(|e| panic!("determinant({what}): finite square input: {e}"))
}

/// `determinant`'s pre-shift: "when `max|aᵢⱼ| > 2^(1020−n)`, eliminate on `A·2^−(n+4)` and add
/// `n·(n+4)` to the exponent". Three inputs, each exact:
///
/// 1. Wilkinson's growth matrix (1 on the diagonal, −1 below, last column 1) with column 0
///    scaled by 2^-900 and the last column by 2^1000, n = 30: max = 2^1000 > 2^990, elimination
///    doubles the last column at each step (2^1028 at step 28: ∞ unshifted, then ∞ − ∞), det =
///    2^-900 · 2^1000 · 2^29 = 2^129. Without the shift, or with the shift's scale not applied
///    to `A`, the answer is ∞, NaN or off by 2^(n·shift).
/// 2. diag(2^1019, 2^-1016·(1 + 2^-52)), n = 2: max > 2^1018, so shift by exactly 2^-6: the
///    small entry becomes 2^-1022·(1 + 2^-52), still normal, and det = 8·(1 + 2^-52) exactly.
///    A larger shift pushes it into the subnormals and rounds the `2^-52` away; a shift that
///    is not `n + 4` adds the wrong exponent.
/// 3. diag(2^1018, 2^-1020·(1 + 2^-52)): max = 2^(1020−n) exactly, not above it: no shift, det
///    = 2^-2·(1 + 2^-52) exactly (shifting would round the small entry into the subnormals).
#[test]
fn determinant_pre_shift_applies_exactly_above_the_threshold() {
    let _points = points(2);
    let n = 30;
    let growth = Matrix::from_fn(n, n, |i, j| {
        let v = if j == n - 1 || i == j {
            1.0
        } else if i > j {
            -1.0
        } else {
            0.0
        };
        if j == 0 {
            v * 2f64.powi(-900)
        } else if j == n - 1 {
            v * 2f64.powi(1000)
        } else {
            v
        }
    });
    let what = "Wilkinson's growth matrix n = 30, column 0 ×2^-900, last column ×2^1000";
    let d = det(what, &growth);
    assert_eq!(
        d,
        2f64.powi(129),
        "determinant({what}): max entry 2^1000 > 2^(1020−30), so eliminate on A·2^-34 (growth \
         reaches 2^1028 unshifted); expected det = 2^129 exactly, got {d:e}"
    );
    let one_ulp = 1.0 + f64::EPSILON;
    for (big, small, expected, rule) in [
        (
            2f64.powi(1019),
            2f64.powi(-1016) * one_ulp,
            8.0 * one_ulp,
            "max 2^1019 > 2^1018: shift by exactly 2^-(n+4) = 2^-6 and add n·(n+4) = 12 to the exponent",
        ),
        (
            2f64.powi(1018),
            2f64.powi(-1020) * one_ulp,
            0.25 * one_ulp,
            "max 2^1018 is not > 2^(1020−n) = 2^1018: no shift",
        ),
    ] {
        let a = Matrix::from_fn(2, 2, |i, j| match (i, j) {
            (0, 0) => big,
            (1, 1) => small,
            _ => 0.0,
        });
        let what = format!("diag({big:e}, {small:e})");
        let d = det(&what, &a);
        assert_eq!(
            d, expected,
            "determinant({what}): {rule}; expected {expected:e} exactly (1 + 2^-52 survives), \
             got {d:e}"
        );
    }
}

/// `det_cofactor` refuses `n > COFACTOR_MAX_N` before doing any work — and accepts `n = 11`.
/// An 11×11 expansion takes seconds, so the test only waits 200 ms for an answer: a refusal
/// comes back at once, a correct implementation is still expanding (or done: det I = 1
/// exactly, every other term of the expansion being a product with an exact 0). The worker
/// thread ends with the test binary.
#[test]
fn det_cofactor_accepts_the_largest_allowed_size() {
    let _points = points(1);
    let n = COFACTOR_MAX_N;
    let a = Matrix::identity(n);
    let (tx, rx) = mpsc::channel();
    std::thread::spawn(move || {
        let _ = tx.send(det_cofactor(&a));
    });
    match rx.recv_timeout(Duration::from_millis(200)) {
        Err(mpsc::RecvTimeoutError::Timeout) => {} // still expanding: not refused
        Err(mpsc::RecvTimeoutError::Disconnected) => {
            panic!("det_cofactor(I_{n}): panicked instead of expanding (see its message above)")
        }
        Ok(Ok(d)) => assert_eq!(
            d, 1.0,
            "det_cofactor(I_{n}): expected det = 1 exactly, got {d}"
        ),
        Ok(Err(e)) => panic!(
            "det_cofactor(I_{n}): n = {n} = COFACTOR_MAX_N is allowed (only n > \
             COFACTOR_MAX_N is refused), expected a determinant, got the error {e}"
        ),
    }
}
