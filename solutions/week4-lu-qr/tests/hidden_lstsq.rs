//! Hidden tests: lstsq_normal and lstsq_qr (16 points). Each test uses one solver, so that
//! `lstsq_qr` earns its points without `lstsq_normal` and the other way round.
//!
//! A backward-stable least-squares solver returns the exact solution for some `A + δA` with
//! `‖δA‖ = O(ε‖A‖)`, so the part of the residual left in the column space,
//! `‖Aᵀ(b − Ax)‖ / ((‖A‖²‖x‖ + ‖A‖‖b‖)·ε)`, stays of order 1 whatever κ(A) is. The forward error
//! is bounded by the problem's condition number times ε (Trefethen & Bau, Thm 18.1):
//! `κ + κ²·tan θ / η` for x.

use week1_vectors::testing::{
    EPS, THRESHOLD, max_abs, naive_matvec, naive_transpose, norm1, points, relative_error,
};
use week1_vectors::{LinalgError, Matrix, Vector, gallery, matrix, vector};
use week4_lu_qr::{lstsq_normal, lstsq_qr};

fn normal_residual_ratio(a: &Matrix, x: &Vector, b: &Vector) -> f64 {
    let ax = naive_matvec(a, x);
    let r = Vector::from_fn(b.len(), |i| b[i] - ax[i]);
    let atr = naive_matvec(&naive_transpose(a), &r);
    let an = norm1(a);
    let xn = max_abs(&Matrix::column(x));
    let bn = max_abs(&Matrix::column(b));
    max_abs(&Matrix::column(&atr)) / ((an * an * xn + an * bn) * EPS)
}

#[test]
fn trefethen_bau_vandermonde() {
    let _points = points(3);
    // T&B Lecture 19: m = 100 points in [0, 1], degree 14, b = exp(sin 4t).
    let (m, n) = (100, 15);
    let t: Vec<f64> = (0..m).map(|i| i as f64 / (m - 1) as f64).collect();
    let a = gallery::vandermonde(&t, n);
    let b = Vector::from_fn(m, |i| (4.0 * t[i]).sin().exp());
    let x = lstsq_qr(&a, &b).unwrap();
    // T&B: x₁₅ = 2006.787453080206; κ(A) ≈ 2.3e10, θ ≈ 4e-6, η ≈ 2e5 (Lecture 18), so the
    // condition number of x is κ + κ² tan θ / η ≈ 3e10 and a backward-stable solver is accurate
    // to about 3e10·ε ≈ 7e-6 relative (the reference's Householder is off by 2.5e-9). The
    // normal equations, with κ(AᵀA) = κ² ≈ 5e20 > 1/ε, have no correct digits.
    let x15 = 2006.787453080206;
    let err = ((x[n - 1] - x15) / x15).abs();
    assert!(
        err < 1e-5,
        "lstsq_qr on T&B's Vandermonde problem: x₁₅ = {}, want {x15} (relative error {err:.2e})",
        x[n - 1]
    );
    let r = normal_residual_ratio(&a, &x, &b);
    assert!(
        r < THRESHOLD,
        "lstsq_qr on the Vandermonde problem: ‖Aᵀr‖ ratio {r:.3e}"
    );
}

#[test]
fn lauchli_normal() {
    let _points = points(2);
    // δ = 1e-8: fl(1 + δ²) = 1, so fl(AᵀA) is exactly the all-ones matrix; its Cholesky
    // factorisation stops at index 1 with a zero pivot, whatever the order of summation.
    for n in [2, 5, 9] {
        let a = gallery::lauchli(n, 1e-8);
        let b = Vector::from_fn(n + 1, |i| i as f64);
        assert_eq!(
            lstsq_normal(&a, &b),
            Err(LinalgError::NotPositiveDefinite {
                op: "lstsq_normal",
                index: 1
            }),
            "normal equations on lauchli({n}, 1e-8): A has full rank {n}, fl(AᵀA) is the \
             all-ones matrix, expected NotPositiveDefinite at index 1"
        );
    }
}

#[test]
fn lauchli_qr() {
    let _points = points(2);
    // QR: σ = √(n + δ²), δ, …, δ, so κ(A) ≈ √n/δ ≈ 2.2e8 for n = 5; a zero-residual problem, so
    // the error is bounded by a modest multiple of κε ≈ 5e-8. 1e-6 allows a factor 20.
    let a = gallery::lauchli(5, 1e-8);
    let x_true = Vector::from([1.0, -2.0, 0.5, 3.0, -1.5]);
    let b = naive_matvec(&a, &x_true);
    let x = lstsq_qr(&a, &b).unwrap();
    let err = relative_error(&x, &x_true);
    assert!(
        err < 1e-6,
        "lstsq_qr on lauchli(5, 1e-8), x = (1, −2, 0.5, 3, −1.5): got {x}, relative error \
         {err:.2e}, want < 1e-6"
    );
}

#[test]
fn random_overdetermined_qr() {
    let _points = points(2);
    for (m, n, kappa, seed) in [
        (40, 7, 10.0_f64, 301),
        (60, 20, 1e6, 302),
        (15, 15, 1e3, 303),
    ] {
        let sigma: Vec<f64> = (0..n)
            .map(|k| kappa.powf(-(k as f64) / (n - 1) as f64))
            .collect();
        let a = gallery::with_singular_values(m, n, &sigma, seed);
        let b = gallery::random_vector(m, seed + 1);
        let x = lstsq_qr(&a, &b).unwrap();
        let r = normal_residual_ratio(&a, &x, &b);
        assert!(
            r < THRESHOLD,
            "lstsq_qr, {m}×{n} with σ from 1 to 1/κ, κ = {kappa:e}: ‖Aᵀr‖ ratio {r:.3e}, want < \
             {THRESHOLD}"
        );
    }
}

#[test]
fn random_overdetermined_normal() {
    let _points = points(1);
    // Well conditioned (κ = 10): the normal equations meet the same residual test (their
    // backward error is of order κ·ε relative to this scale, here modest).
    let (m, n, kappa, seed) = (40, 7, 10.0_f64, 301);
    let sigma: Vec<f64> = (0..n)
        .map(|k| kappa.powf(-(k as f64) / (n - 1) as f64))
        .collect();
    let a = gallery::with_singular_values(m, n, &sigma, seed);
    let b = gallery::random_vector(m, seed + 1);
    let x = lstsq_normal(&a, &b).unwrap_or_else(|e| {
        panic!("lstsq_normal on a {m}×{n} matrix with κ = 10: returned {e:?}, want a solution")
    });
    let r = normal_residual_ratio(&a, &x, &b);
    assert!(
        r < THRESHOLD,
        "lstsq_normal, {m}×{n} with σ from 1 to 1/κ, κ = 10: ‖Aᵀr‖ ratio {r:.3e}, want < \
         {THRESHOLD}"
    );
}

#[test]
fn rank_deficient() {
    let _points = points(2);
    // A repeated column and a zero column: R gets a (near-)zero diagonal entry.
    let a = matrix![
        [1.0, 2.0, 1.0],
        [3.0, 1.0, 3.0],
        [0.0, 1.0, 0.0],
        [2.0, 2.0, 2.0],
        [1.0, 0.0, 1.0]
    ];
    let b = vector![1.0, 2.0, 3.0, 4.0, 5.0];
    assert_eq!(
        lstsq_qr(&a, &b),
        Err(LinalgError::RankDeficient {
            op: "lstsq_qr",
            rank: 2,
            needed: 3
        }),
        "column 2 repeats column 0"
    );
    let a = matrix![[1.0, 0.0], [2.0, 0.0], [3.0, 0.0]];
    assert_eq!(
        lstsq_qr(&a, &vector![1.0, 1.0, 1.0]),
        Err(LinalgError::RankDeficient {
            op: "lstsq_qr",
            rank: 1,
            needed: 2
        }),
        "a zero column"
    );
    // Random rank r < n: refused (the rank count may exceed r by rounding, but stays < n).
    for (m, n, r, seed) in [(30, 8, 5, 304), (12, 6, 1, 305)] {
        let a = gallery::random_rank_deficient(m, n, r, seed);
        let b = gallery::random_vector(m, seed);
        match lstsq_qr(&a, &b) {
            Err(LinalgError::RankDeficient {
                op: "lstsq_qr",
                rank,
                needed,
            }) => assert!(
                needed == n && rank >= r && rank < n,
                "rank {r} {m}×{n}: reported rank {rank}, needed {needed}"
            ),
            other => panic!("lstsq_qr on a {m}×{n} matrix of rank {r}: {other:?}"),
        }
    }
}

/// A column of ones: the least-squares constant is the mean of b, 3.
fn check_mean(name: &str, x: week1_vectors::Result<Vector>) {
    let x = x.unwrap_or_else(|e| panic!("{name} on a 5×1 column of ones: returned {e:?}"));
    assert!(
        (x[0] - 3.0).abs() < 8.0 * EPS * 3.0,
        "{name} on a column of ones, b = (1, 4, −2, 7, 5): got {x}, want the mean [3] (within 24ε)"
    );
}

#[test]
fn small_shapes_qr() {
    let _points = points(1);
    let b = vector![1.0, 4.0, -2.0, 7.0, 5.0];
    check_mean("lstsq_qr", lstsq_qr(&Matrix::filled(5, 1, 1.0), &b));
    let x = lstsq_qr(&matrix![[-2.0]], &vector![3.0]).unwrap();
    assert!(
        (x[0] + 1.5).abs() <= 2.0 * EPS,
        "lstsq_qr([[−2]], [3]): got {x}, want [−1.5] (within 2ε)"
    );
    assert_eq!(
        lstsq_qr(&Matrix::zeros(3, 0), &vector![1.0, 2.0, 3.0]),
        Ok(vector![]),
        "lstsq_qr with a 3×0 matrix: the empty solution"
    );
}

#[test]
fn small_shapes_normal() {
    let _points = points(1);
    let b = vector![1.0, 4.0, -2.0, 7.0, 5.0];
    check_mean("lstsq_normal", lstsq_normal(&Matrix::filled(5, 1, 1.0), &b));
    assert_eq!(
        lstsq_normal(&Matrix::zeros(0, 0), &vector![]),
        Ok(vector![]),
        "lstsq_normal with a 0×0 matrix: the empty solution"
    );
}

#[test]
fn errors_qr() {
    let _points = points(1);
    let a = gallery::random_matrix(4, 6, 306);
    let b = gallery::random_vector(4, 307);
    assert_eq!(
        lstsq_qr(&a, &b),
        Err(LinalgError::RankDeficient {
            op: "lstsq_qr",
            rank: 4,
            needed: 6
        }),
        "lstsq_qr on a wide 4×6 random matrix (more unknowns than equations)"
    );
    let a = gallery::random_matrix(5, 2, 308);
    assert_eq!(
        lstsq_qr(&a, &Vector::from([0.0, 1.0, f64::NAN, 0.0, 0.0])),
        Err(LinalgError::NonFinite { op: "lstsq_qr" }),
        "lstsq_qr with a NaN in b"
    );
}

#[test]
fn errors_normal() {
    let _points = points(1);
    let a = gallery::random_matrix(5, 2, 308);
    assert_eq!(
        lstsq_normal(&a, &Vector::zeros(6)),
        Err(LinalgError::LengthMismatch {
            op: "lstsq_normal",
            left: 5,
            right: 6
        }),
        "lstsq_normal with a 5×2 matrix and a length-6 b"
    );
    let mut c = a.clone();
    c[(4, 1)] = f64::INFINITY;
    assert_eq!(
        lstsq_normal(&c, &Vector::zeros(5)),
        Err(LinalgError::NonFinite { op: "lstsq_normal" }),
        "lstsq_normal with an infinite entry in A"
    );
}
