//! Test support for this week (given code): the rounding-error bound of a matrix product.
//!
//! Different rungs of the ladder add the `k` products of each entry in different orders (and the
//! fast kernel may fuse multiply and add), so their answers differ in the last bits. How far
//! apart may two correct answers be? The classic bound (Higham, *Accuracy and Stability of
//! Numerical Algorithms*, §3.5) says that *any* order of summation gives
//!
//! ```text
//! |Ĉ − C| ≤ γₖ⁽ᵘ⁾ · |A|·|B|   entrywise,   γₖ⁽ᵘ⁾ = k·u / (1 − k·u),   u = ε/2,
//! ```
//!
//! so two computed products differ by at most `2γₖ⁽ᵘ⁾|A||B| ≤ γₖ|A||B|` with
//! `γₖ = k·ε/(1 − k·ε)`, which is [`gamma`]. Note what the bound does *not* say: it is relative
//! to `|A||B|`, not to `|AB|`. Where the products `aᵢₚbₚⱼ` cancel, `cᵢⱼ` is small and may have
//! few correct digits, and that is still a correct product.
//!
//! The tests compare your product with `week1_vectors::testing::naive_matmul`, never with each
//! other, through [`assert_product_close`].

use week1_vectors::Matrix;
use week1_vectors::testing::{naive_abs, naive_matmul};

/// `γₖ = k·ε / (1 − k·ε)`, or `∞` once `k·ε ≥ 1`.
///
/// ```
/// # use week2_matmul::testing::gamma;
/// assert_eq!(gamma(0), 0.0);
/// assert!((gamma(100) / (100.0 * f64::EPSILON) - 1.0).abs() < 1e-12);
/// ```
pub fn gamma(k: usize) -> f64 {
    let ke = k as f64 * f64::EPSILON;
    if ke >= 1.0 {
        f64::INFINITY
    } else {
        ke / (1.0 - ke)
    }
}

/// The entrywise bound `γₖ·|A||B|` on the difference of two computed products of `A` (`m × k`)
/// and `B` (`k × n`).
///
/// `|A||B|` is itself computed in floating point, which can make it low by a factor
/// `1 − γₖ⁽ᵘ⁾`; the extra factor `1 + γₖ` covers that, so the bound is rigorous.
///
/// # Panics
/// If `a.cols() != b.rows()`.
pub fn product_bound(a: &Matrix, b: &Matrix) -> Matrix {
    let g = gamma(a.cols());
    naive_matmul(&naive_abs(a), &naive_abs(b)).map(|x| g * (1.0 + g) * x)
}

/// Checks a computed product `c` of `a` and `b` against `naive_matmul(a, b)`: the shape must be
/// `a.rows() × b.cols()`, and every entry within [`product_bound`]. Where the naive product is
/// NaN or infinite, `c` must be too (NaN must propagate: `0 · NaN` is NaN).
///
/// Returns a message describing the first offending entry, or `None` if `c` is a correct product.
///
/// # Panics
/// If `a.cols() != b.rows()` (the test itself is wrong then).
pub fn product_error(a: &Matrix, b: &Matrix, c: &Matrix) -> Option<String> {
    let (m, k, n) = (a.rows(), a.cols(), b.cols());
    if c.shape() != (m, n) {
        return Some(format!(
            "the product of {m}×{k} and {}×{n} must be {m}×{n}, got {}×{}",
            b.rows(),
            c.rows(),
            c.cols()
        ));
    }
    let expected = naive_matmul(a, b);
    let bound = product_bound(a, b);
    for i in 0..m {
        for j in 0..n {
            let (got, want, tol) = (c[(i, j)], expected[(i, j)], bound[(i, j)]);
            let ok = if want.is_nan() {
                got.is_nan()
            } else if want.is_infinite() {
                got == want
            } else {
                (got - want).abs() <= tol
            };
            if !ok {
                return Some(format!(
                    "entry ({i}, {j}) of the {m}×{n} product (inner dimension {k}) is {got:e}, \
                     the naive product gives {want:e}: |difference| = {:e} exceeds \
                     γₖ·|A||B| = {tol:e}",
                    (got - want).abs()
                ));
            }
        }
    }
    None
}

/// Panics, naming the exercise `what`, unless `c` is a correct product of `a` and `b` (see
/// [`product_error`]).
///
/// ```
/// # use week2_matmul::{matrix, testing::assert_product_close};
/// let a = matrix![[1.0, 2.0], [3.0, 4.0]];
/// let b = matrix![[1.0], [1.0]];
/// assert_product_close("example", &a, &b, &matrix![[3.0], [7.0]]);
/// ```
#[track_caller]
pub fn assert_product_close(what: &str, a: &Matrix, b: &Matrix, c: &Matrix) {
    if let Some(msg) = product_error(a, b, c) {
        panic!("{what}: {msg}");
    }
}
