//! Hidden tests: lstsq_normal and lstsq_qr (18 points).
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
    let _points = points(5);
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
fn lauchli() {
    let _points = points(4);
    // δ = 1e-8: fl(1 + δ²) = 1, so fl(AᵀA) is exactly the all-ones matrix; its Cholesky
    // factorisation stops at index 1 with a zero pivot, whatever the order of summation.
    for n in [2, 5, 9] {
        let a = gallery::lauchli(n, 1e-8);
        let b = Vector::from_fn(n + 1, |i| i as f64);
        assert_eq!(
            lstsq_normal(&a, &b),
            Err(LinalgError::RankDeficient {
                op: "lstsq_normal",
                rank: 1,
                needed: n
            }),
            "normal equations on lauchli({n}, 1e-8)"
        );
    }
    // QR: κ(A) = √(n+1)/δ ≈ 2.4e8 for n = 5; a zero-residual problem, so the error is bounded
    // by a modest multiple of κε ≈ 5.4e-8. 1e-6 allows a factor 20.
    let a = gallery::lauchli(5, 1e-8);
    let x_true = Vector::from([1.0, -2.0, 0.5, 3.0, -1.5]);
    let b = naive_matvec(&a, &x_true);
    let x = lstsq_qr(&a, &b).unwrap();
    let err = relative_error(&x, &x_true);
    assert!(
        err < 1e-6,
        "lstsq_qr on lauchli(5, 1e-8): relative error {err:.2e}"
    );
}

#[test]
fn random_overdetermined() {
    let _points = points(3);
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
            "lstsq_qr, {m}×{n}, κ = {kappa:e}: ‖Aᵀr‖ ratio {r:.3e}"
        );
        if kappa <= 10.0 {
            // Well conditioned: the normal equations agree with QR to κ²ε·(modest).
            let xn = lstsq_normal(&a, &b).unwrap();
            let d = relative_error(&xn, &x);
            assert!(
                d < 1e-12,
                "lstsq_normal vs lstsq_qr, κ = 10: differ by {d:.2e}"
            );
        }
    }
}

#[test]
fn rank_deficient() {
    let _points = points(3);
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

#[test]
fn small_shapes() {
    let _points = points(2);
    // A column of ones: the least-squares constant is the mean.
    let b = vector![1.0, 4.0, -2.0, 7.0, 5.0];
    let ones = Matrix::filled(5, 1, 1.0);
    for (name, x) in [
        ("lstsq_qr", lstsq_qr(&ones, &b).unwrap()),
        ("lstsq_normal", lstsq_normal(&ones, &b).unwrap()),
    ] {
        assert!(
            (x[0] - 3.0).abs() < 8.0 * EPS * 3.0,
            "{name}: mean of b = 3, got {x}"
        );
    }
    let x = lstsq_qr(&matrix![[-2.0]], &vector![3.0]).unwrap();
    assert!((x[0] + 1.5).abs() <= 2.0 * EPS, "1×1: x = −1.5, got {x}");
    assert_eq!(
        lstsq_qr(&Matrix::zeros(3, 0), &vector![1.0, 2.0, 3.0]),
        Ok(vector![])
    );
    assert_eq!(
        lstsq_normal(&Matrix::zeros(0, 0), &vector![]),
        Ok(vector![])
    );
}

#[test]
fn errors() {
    let _points = points(1);
    let a = gallery::random_matrix(4, 6, 306);
    let b = gallery::random_vector(4, 307);
    assert_eq!(
        lstsq_qr(&a, &b),
        Err(LinalgError::RankDeficient {
            op: "lstsq_qr",
            rank: 4,
            needed: 6
        })
    );
    let a = gallery::random_matrix(5, 2, 308);
    assert_eq!(
        lstsq_normal(&a, &Vector::zeros(6)),
        Err(LinalgError::LengthMismatch {
            op: "lstsq_normal",
            left: 5,
            right: 6
        })
    );
    let mut c = a.clone();
    c[(4, 1)] = f64::INFINITY;
    assert_eq!(
        lstsq_normal(&c, &Vector::zeros(5)),
        Err(LinalgError::NonFinite { op: "lstsq_normal" })
    );
    assert_eq!(
        lstsq_qr(&a, &Vector::from([0.0, 1.0, f64::NAN, 0.0, 0.0])),
        Err(LinalgError::NonFinite { op: "lstsq_qr" })
    );
}
