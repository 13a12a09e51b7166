//! Test support for week 6 (given code): independent checks that do not use your code.
//!
//! Week 6's tests check your models with these helpers and with week 1's
//! [`week1_vectors::testing`], never with your own weeks 2–5.

use rand::{RngExt, SeedableRng, rngs::StdRng};
use rand_distr::{Distribution, StandardNormal};
use std::path::PathBuf;
use std::sync::atomic::{AtomicUsize, Ordering};
use week1_vectors::testing::{naive_matvec, naive_transpose, norm1};
use week1_vectors::{Matrix, Vector};

/// Writes `contents` to a fresh file in the system's temporary folder and returns its path.
/// The name holds the process id, a counter and `name`, so parallel tests never collide.
///
/// # Panics
/// If the file cannot be written.
pub fn temp_csv(name: &str, contents: &str) -> PathBuf {
    static COUNTER: AtomicUsize = AtomicUsize::new(0);
    let n = COUNTER.fetch_add(1, Ordering::SeqCst);
    let path =
        std::env::temp_dir().join(format!("week6-ml-test-{}-{n}-{name}", std::process::id()));
    std::fs::write(&path, contents)
        .unwrap_or_else(|e| panic!("temp_csv: cannot write {}: {e}", path.display()));
    path
}

/// The least-squares optimality residual `‖Aᵀ(b − Ax)‖₁ / (max(m, n)·ε·‖A‖₁·(‖A‖₁‖x‖₁ + ‖b‖₁))`.
///
/// `x` minimises `‖Ax − b‖` exactly when `Aᵀ(b − Ax) = 0` (the normal equations). A
/// backward-stable solver (QR, SVD) — and even the normal equations, which solve a system close
/// to them — leaves `Aᵀr` of order `ε‖A‖(‖A‖‖x‖ + ‖b‖)`: the ratio is of order 1 (compare with
/// [`week1_vectors::testing::THRESHOLD`]); a wrong answer gives 1e8 or more.
pub fn lstsq_ratio(a: &Matrix, x: &Vector, b: &Vector) -> f64 {
    let ax = naive_matvec(a, x);
    let r: Vector = b.iter().zip(ax.iter()).map(|(p, q)| p - q).collect();
    let atr = naive_matvec(&naive_transpose(a), &r);
    let num: f64 = atr.iter().map(|v| v.abs()).sum();
    let na = norm1(a).max(norm1(&naive_transpose(a)));
    let nx: f64 = x.iter().map(|v| v.abs()).sum();
    let nb: f64 = b.iter().map(|v| v.abs()).sum();
    let m = a.rows().max(a.cols()).max(1) as f64;
    let den = m * f64::EPSILON * na * (na * nx + nb);
    if num == 0.0 { 0.0 } else { num / den }
}

/// The central-difference gradient of `f` at `x` with step `h`, written independently of your
/// `gradcheck` module, for checking analytic gradients in tests.
pub fn central_difference(f: impl Fn(&Vector) -> f64, x: &Vector, h: f64) -> Vector {
    Vector::from_fn(x.len(), |i| {
        let mut p = x.clone();
        p[i] = x[i] + h;
        let fp = f(&p);
        p[i] = x[i] - h;
        (fp - f(&p)) / (2.0 * h)
    })
}

/// `‖a − b‖₂ / max(‖a‖₂ + ‖b‖₂, 1e-300)`: 0 for equal vectors, 1 for opposite ones.
///
/// # Panics
/// If the lengths differ.
pub fn rel_diff(a: &Vector, b: &Vector) -> f64 {
    assert_eq!(
        a.len(),
        b.len(),
        "rel_diff: lengths {} and {}",
        a.len(),
        b.len()
    );
    let n = |v: &mut dyn Iterator<Item = f64>| v.map(|t| t * t).sum::<f64>().sqrt();
    let d = n(&mut a.iter().zip(b.iter()).map(|(p, q)| p - q));
    d / (n(&mut a.iter().copied()) + n(&mut b.iter().copied())).max(1e-300)
}

/// A regression problem `y = Xw + noise·N(0, 1)` with `X` (`n × d`) and `w` standard normal,
/// from `seed`. Returns `(X, y, w)`.
pub fn linear_problem(n: usize, d: usize, noise: f64, seed: u64) -> (Matrix, Vector, Vector) {
    let mut r = StdRng::seed_from_u64(seed);
    let mut g = || -> f64 { StandardNormal.sample(&mut r) };
    let x = Matrix::from_fn(n, d, |_, _| g());
    let w = Vector::from_fn(d, |_| g());
    let clean = naive_matvec(&x, &w);
    let y = clean.iter().map(|v| v + noise * g()).collect();
    (x, y, w)
}

/// `n_per_class` points around each of `k` random centres in `d` dimensions (centres uniform
/// in `[−spread_centres, spread_centres]`, points standard normal around them), from `seed`.
/// Returns `(X, labels)`, the classes in blocks `0, 0, …, 1, 1, …`.
pub fn blobs(
    n_per_class: usize,
    k: usize,
    d: usize,
    spread_centres: f64,
    seed: u64,
) -> (Matrix, Vec<usize>) {
    let mut r = StdRng::seed_from_u64(seed);
    let centres: Vec<Vec<f64>> = (0..k)
        .map(|_| {
            (0..d)
                .map(|_| r.random_range(-spread_centres..spread_centres))
                .collect()
        })
        .collect();
    let n = n_per_class * k;
    let labels: Vec<usize> = (0..n).map(|i| i / n_per_class.max(1)).collect();
    let x = Matrix::from_fn(n, d, |i, j| {
        let z: f64 = StandardNormal.sample(&mut r);
        centres[labels[i]][j] + z
    });
    (x, labels)
}

/// The mean and population standard deviation of each column, by the plainest loops.
pub fn column_mean_std(x: &Matrix) -> (Vec<f64>, Vec<f64>) {
    let n = x.rows() as f64;
    let mean: Vec<f64> = (0..x.cols())
        .map(|j| (0..x.rows()).map(|i| x[(i, j)]).sum::<f64>() / n)
        .collect();
    let std = (0..x.cols())
        .map(|j| {
            ((0..x.rows())
                .map(|i| (x[(i, j)] - mean[j]).powi(2))
                .sum::<f64>()
                / n)
                .sqrt()
        })
        .collect();
    (mean, std)
}

/// Standardises `x` with the given per-column mean and scale (plain loops).
pub fn standardise_with(x: &Matrix, mean: &[f64], scale: &[f64]) -> Matrix {
    Matrix::from_fn(x.rows(), x.cols(), |i, j| (x[(i, j)] - mean[j]) / scale[j])
}

/// Solves the square system `Ax = b` by Gaussian elimination with partial pivoting, in plain
/// loops (independent of your weeks 3–4), for checking answers on well-conditioned problems.
///
/// # Panics
/// If `A` is not square, the lengths differ, or a pivot is exactly 0.
pub fn naive_solve(a: &Matrix, b: &Vector) -> Vector {
    let n = a.rows();
    assert!(a.cols() == n && b.len() == n, "naive_solve: shapes");
    let mut m = a.clone();
    let mut x = b.clone();
    for k in 0..n {
        let p = (k..n)
            .max_by(|&i, &j| m[(i, k)].abs().total_cmp(&m[(j, k)].abs()))
            .expect("naive_solve: empty range");
        assert!(m[(p, k)] != 0.0, "naive_solve: singular at column {k}");
        m.swap_rows(k, p);
        x.as_mut_slice().swap(k, p);
        for i in k + 1..n {
            let f = m[(i, k)] / m[(k, k)];
            for j in k..n {
                m[(i, j)] -= f * m[(k, j)];
            }
            x[i] -= f * x[k];
        }
    }
    for i in (0..n).rev() {
        let s: f64 = (i + 1..n).map(|j| m[(i, j)] * x[j]).sum();
        x[i] = (x[i] - s) / m[(i, i)];
    }
    x
}

/// The least-squares solution of `Ax ≈ b` by the normal equations `AᵀAx = Aᵀb`, solved by
/// [`naive_solve`] (plain loops). Accurate to about `κ(A)²ε`: use it on well-conditioned `A`.
pub fn naive_lstsq(a: &Matrix, b: &Vector) -> Vector {
    let at = naive_transpose(a);
    naive_solve(
        &week1_vectors::testing::naive_matmul(&at, a),
        &naive_matvec(&at, b),
    )
}

/// The mini-batch schedule of `minimize` replayed by hand for `LeastSquares` with plain SGD:
/// one `StdRng::seed_from_u64(seed)` for the whole run, `order` shuffled once per epoch and
/// kept across epochs, a step per chunk of `b`. Returns the weights. O(epochs·n·d).
pub fn replay_sgd(x: &Matrix, y: &Vector, lr: f64, epochs: usize, b: usize, seed: u64) -> Vec<f64> {
    use rand::seq::SliceRandom;
    let (n, d) = x.shape();
    let mut rng = StdRng::seed_from_u64(seed);
    let mut order: Vec<usize> = (0..n).collect();
    let mut w = vec![0.0; d];
    for _ in 0..epochs {
        order.shuffle(&mut rng);
        for chunk in order.chunks(b) {
            let mut g = vec![0.0; d];
            for &i in chunk {
                let r: f64 = (0..d).map(|j| x[(i, j)] * w[j]).sum::<f64>() - y[i];
                for j in 0..d {
                    g[j] += x[(i, j)] * r / chunk.len() as f64;
                }
            }
            for j in 0..d {
                w[j] -= lr * g[j];
            }
        }
    }
    w
}
