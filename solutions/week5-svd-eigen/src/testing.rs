//! Test support for this week (given code): the checks that the public and the hidden tests
//! share, written with week 1's independent helpers only (naive products, scaled residuals).
//!
//! Each check panics with a message naming `what` (the test's input) and the measured value.

use crate::{Svd, SymmetricEigen};
use rand_distr::{Distribution, StandardNormal};
use week1_vectors::gallery::rng;
use week1_vectors::testing::{
    THRESHOLD, naive_matmul, naive_matvec, naive_sub, naive_transpose, norm1, orthogonality_ratio,
    reconstruction_ratio, vec_norm2,
};
use week1_vectors::{Matrix, Vector};

/// Checks a symmetric eigendecomposition of the `n × n` matrix `a`: `n` values in descending
/// order, `V` of shape `n × n`, and the scaled residuals ‖A − VΛVᵀ‖/(n‖A‖ε) and ‖I − VᵀV‖/(nε)
/// under [`THRESHOLD`]. O(n³).
///
/// # Panics
/// On the first check that fails, naming `what` and the measured residuals.
///
/// ```
/// # use week1_vectors::{matrix, vector};
/// # use week5_svd_eigen::{SymmetricEigen, testing::check_symmetric_eigen};
/// let a = matrix![[2.0, 0.0], [0.0, 1.0]];
/// let e = SymmetricEigen { values: vector![2.0, 1.0], vectors: a.map(|x| x.min(1.0)), iterations: 0 };
/// check_symmetric_eigen("diag(2, 1)", &a, &e);
/// ```
pub fn check_symmetric_eigen(what: &str, a: &Matrix, e: &SymmetricEigen) {
    let n = a.rows();
    assert_eq!(e.values.len(), n, "{what}: {n} eigenvalues expected");
    assert_eq!(e.vectors.shape(), (n, n), "{what}: V must be n×n");
    for k in 1..n {
        assert!(
            e.values[k - 1] >= e.values[k],
            "{what}: values must be descending, got {} before {}",
            e.values[k - 1],
            e.values[k]
        );
    }
    let back = naive_matmul(
        &naive_matmul(&e.vectors, &Matrix::from_diag(e.values.as_slice())),
        &naive_transpose(&e.vectors),
    );
    let rec = reconstruction_ratio(a, &back);
    let orth = orthogonality_ratio(&e.vectors);
    assert!(
        rec < THRESHOLD && orth < THRESHOLD,
        "{what}: ‖A−VΛVᵀ‖/(n‖A‖ε) = {rec:.2}, ‖I−VᵀV‖/(nε) = {orth:.2} (threshold {THRESHOLD})"
    );
}

/// Checks a thin SVD of the `m × n` matrix `a`: shapes `m×k`, `k`, `k×n` with `k = min(m, n)`,
/// σ ≥ 0 and descending, ‖A − UΣVᵀ‖/(max(m,n)‖A‖ε), ‖I − UᵀU‖/(kε) and ‖I − VᵀV‖/(kε) under
/// [`THRESHOLD`]. O(mnk).
///
/// # Panics
/// On the first check that fails, naming `what` and the measured residuals.
///
/// ```
/// # use week1_vectors::{matrix, vector, Matrix};
/// # use week5_svd_eigen::{Svd, testing::check_svd};
/// let a = matrix![[3.0, 0.0], [0.0, 2.0]];
/// let s = Svd { u: Matrix::identity(2), sigma: vector![3.0, 2.0], vt: Matrix::identity(2), sweeps: 0 };
/// check_svd("diag(3, 2)", &a, &s);
/// ```
pub fn check_svd(what: &str, a: &Matrix, s: &Svd) {
    let (m, n) = a.shape();
    let k = m.min(n);
    assert_eq!(s.u.shape(), (m, k), "{what}: U must be m×k = {m}×{k}");
    assert_eq!(s.sigma.len(), k, "{what}: k = {k} singular values");
    assert_eq!(s.vt.shape(), (k, n), "{what}: Vᵀ must be k×n = {k}×{n}");
    for j in 0..k {
        assert!(s.sigma[j] >= 0.0, "{what}: σ{j} = {} < 0", s.sigma[j]);
        if j > 0 {
            assert!(
                s.sigma[j - 1] >= s.sigma[j],
                "{what}: σ must be descending: {} then {}",
                s.sigma[j - 1],
                s.sigma[j]
            );
        }
    }
    let back = naive_matmul(
        &naive_matmul(&s.u, &Matrix::from_diag(s.sigma.as_slice())),
        &s.vt,
    );
    let rec = reconstruction_ratio(a, &back);
    let ou = orthogonality_ratio(&s.u);
    let ov = orthogonality_ratio(&naive_transpose(&s.vt));
    assert!(
        rec < THRESHOLD && ou < THRESHOLD && ov < THRESHOLD,
        "{what} ({m}×{n}): ‖A−UΣVᵀ‖/(max(m,n)‖A‖ε) = {rec:.2}, ‖I−UᵀU‖/(kε) = {ou:.2}, \
         ‖I−VᵀV‖/(kε) = {ov:.2} (threshold {THRESHOLD})"
    );
}

/// Checks the four Penrose conditions for `x = A⁺` of the `m × n` matrix `a`, each as a scaled
/// residual under [`THRESHOLD`]: `AXA = A`, `XAX = X`, `(AX)ᵀ = AX`, `(XA)ᵀ = XA`.
///
/// # Panics
/// If `x` is not `n × m`, or a condition fails (naming it and its residual).
///
/// ```
/// # use week1_vectors::matrix;
/// # use week5_svd_eigen::testing::check_penrose;
/// check_penrose("diag(2, 4)", &matrix![[2.0, 0.0], [0.0, 4.0]], &matrix![[0.5, 0.0], [0.0, 0.25]]);
/// ```
pub fn check_penrose(what: &str, a: &Matrix, x: &Matrix) {
    let (m, n) = a.shape();
    assert_eq!(
        x.shape(),
        (n, m),
        "{what}: A⁺ of an {m}×{n} matrix is {n}×{m}"
    );
    let na = norm1(a);
    let nx = norm1(x);
    let d = m.max(n) as f64 * f64::EPSILON;
    let ax = naive_matmul(a, x);
    let xa = naive_matmul(x, a);
    let r1 = norm1(&naive_sub(&naive_matmul(&ax, a), a)) / (d * na * na * nx);
    let r2 = norm1(&naive_sub(&naive_matmul(&xa, x), x)) / (d * nx * nx * na);
    let r3 = norm1(&naive_sub(&ax, &naive_transpose(&ax))) / (d * na * nx);
    let r4 = norm1(&naive_sub(&xa, &naive_transpose(&xa))) / (d * na * nx);
    for (name, r) in [
        ("AXA = A", r1),
        ("XAX = X", r2),
        ("(AX)ᵀ = AX", r3),
        ("(XA)ᵀ = XA", r4),
    ] {
        assert!(
            r < THRESHOLD,
            "{what}: Penrose condition {name} fails, scaled residual {r:.2}"
        );
    }
}

/// ‖E‖₂ estimated independently: `steps` steps of the power method on EᵀE with naive
/// products, from a random start drawn with `seed` (enough for well-separated singular values).
/// O(steps·mn).
///
/// ```
/// # use week1_vectors::matrix;
/// # use week5_svd_eigen::testing::norm2_estimate;
/// let e = norm2_estimate(&matrix![[3.0, 0.0], [0.0, 1.0]], 1, 100);
/// assert!((e - 3.0).abs() < 1e-12);
/// ```
pub fn norm2_estimate(e: &Matrix, seed: u64, steps: usize) -> f64 {
    let mut r = rng(seed);
    let mut x = Vector::from_fn(e.cols(), |_| StandardNormal.sample(&mut r));
    let et = naive_transpose(e);
    let mut s = 0.0;
    for _ in 0..steps {
        let y = naive_matvec(&et, &naive_matvec(e, &x));
        let ny = vec_norm2(&y);
        if ny == 0.0 {
            return 0.0;
        }
        s = ny.sqrt();
        x = Vector::from_fn(y.len(), |i| y[i] / ny);
    }
    s
}

/// The value of `r`, the result of an iterative method (or of one built on the SVD), or a panic
/// that names `call` (the test's call and its input) and says whether the iteration failed to
/// converge (`NoConvergence`) or returned another error. O(1).
///
/// # Panics
/// When `r` is an error.
///
/// ```
/// # use week5_svd_eigen::testing::ok;
/// let x: f64 = ok("sqrt(4)", Ok(2.0));
/// assert_eq!(x, 2.0, "ok passes a value through");
/// ```
#[track_caller]
pub fn ok<T>(call: &str, r: week1_vectors::Result<T>) -> T {
    match r {
        Ok(v) => v,
        Err(e @ week1_vectors::LinalgError::NoConvergence { .. }) => {
            panic!("{call}: the iteration did not converge on this input ({e})")
        }
        Err(e) => panic!("{call}: returned the error `{e}`, want a result"),
    }
}
