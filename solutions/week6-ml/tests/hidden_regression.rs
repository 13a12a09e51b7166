//! Hidden tests: least squares three ways, ridge, on new problems and on the diabetes data.

use week1_vectors::testing::{THRESHOLD, naive_matvec, points, relative_error};
use week1_vectors::{LinalgError, Matrix, Vector, gallery, vector};
use week6_ml::data::load;
use week6_ml::linear::{
    LinearRegression, Solver, least_squares_normal, least_squares_qr, least_squares_svd,
    ridge_filter_factors, ridge_normal, ridge_svd,
};
use week6_ml::metrics::r2_score;
use week6_ml::testing::{column_mean_std, linear_problem, lstsq_ratio, naive_lstsq, naive_solve};

/// R² computed with plain loops, for an independent check.
fn naive_r2(x: &Matrix, y: &Vector, intercept: f64, w: &Vector) -> f64 {
    let p = naive_matvec(x, w);
    let mean = y.iter().sum::<f64>() / y.len() as f64;
    let ss_res: f64 = (0..y.len())
        .map(|i| (y[i] - p[i] - intercept).powi(2))
        .sum();
    let ss_tot: f64 = y.iter().map(|v| (v - mean).powi(2)).sum();
    1.0 - ss_res / ss_tot
}

fn with_ones(x: &Matrix) -> Matrix {
    Matrix::from_fn(x.rows(), x.cols() + 1, |i, j| {
        if j == 0 { 1.0 } else { x[(i, j - 1)] }
    })
}

#[test]
fn solvers_pass_residual_checks_on_new_problems() {
    let _points = points(5);
    for (m, n, seed) in [(9, 9, 31), (45, 12, 32), (90, 5, 33), (7, 1, 34)] {
        let (a, b, _) = linear_problem(m, n, 2.0, seed);
        let reference = naive_lstsq(&a, &b);
        for (name, w) in [
            ("normal", least_squares_normal(&a, &b).unwrap()),
            ("qr", least_squares_qr(&a, &b).unwrap()),
            ("svd", least_squares_svd(&a, &b, 1e-14).unwrap()),
        ] {
            let r = lstsq_ratio(&a, &w, &b);
            assert!(r < THRESHOLD, "{name} {m}×{n}: residual ratio {r:.1}");
            let e = relative_error(&w, &reference);
            // Square random 9×9 can reach κ ≈ 1e2–1e3: allow κ²ε-sized differences.
            assert!(e < 1e-9, "{name} {m}×{n}: relative error {e:e}");
        }
    }
    // Scaling: a column multiplied by 1e6 changes its weight by 1e−6 and nothing else.
    let (a, b, _) = linear_problem(30, 3, 0.5, 35);
    let scaled = Matrix::from_fn(
        30,
        3,
        |i, j| if j == 1 { 1e6 * a[(i, j)] } else { a[(i, j)] },
    );
    let w = least_squares_qr(&a, &b).unwrap();
    let ws = least_squares_qr(&scaled, &b).unwrap();
    assert!(
        (ws[1] * 1e6 - w[1]).abs() < 1e-9 * w[1].abs().max(1.0),
        "least_squares_qr with column 1 scaled by 1e6: weight {} ×1e6 = {}, unscaled weight {}, want equal within 1e-9·max(|w₁|, 1)",
        ws[1],
        ws[1] * 1e6,
        w[1]
    );
}

#[test]
fn diabetes_r2_full_and_subset() {
    let _points = points(5);
    let d = load("diabetes").unwrap();
    let rows: Vec<usize> = (100..400).collect();
    let sub = d.subset(&rows);
    let full_ref = naive_lstsq(&with_ones(&d.features), &d.targets);
    let sub_ref = naive_lstsq(&with_ones(&sub.features), &sub.targets);
    let wref = |r: &Vector| r.iter().skip(1).copied().collect::<Vector>();
    let r2_sub = naive_r2(&sub.features, &sub.targets, sub_ref[0], &wref(&sub_ref));
    for s in [Solver::NormalEquations, Solver::Qr, Solver::Svd] {
        let m = LinearRegression::fit(&d.features, &d.targets, s).unwrap();
        let r2 = r2_score(&d.targets, &m.predict(&d.features).unwrap()).unwrap();
        assert!(
            (r2 - 0.517_748_42).abs() < 1e-7,
            "{s:?}: all 442 rows, R² = {r2}"
        );
        // κ(A) ≈ 7e3 for the raw design: the normal equations lose ~κ²ε ≈ 1e-8.
        assert!(
            relative_error(&m.weights, &wref(&full_ref)) < 1e-6,
            "{s:?} weights"
        );
        let ms = LinearRegression::fit(&sub.features, &sub.targets, s).unwrap();
        let r2s = r2_score(&sub.targets, &ms.predict(&sub.features).unwrap()).unwrap();
        assert!(
            (r2s - r2_sub).abs() < 1e-9,
            "{s:?}: rows 100..400, R² = {r2s} vs {r2_sub}"
        );
        assert!(
            (ms.intercept - sub_ref[0]).abs() < 1e-6 * sub_ref[0].abs(),
            "LinearRegression::fit({s:?}) on diabetes rows 100..400: intercept {}, want {} (within 1e-6 relative)",
            ms.intercept,
            sub_ref[0]
        );
    }
}

#[test]
fn rank_deficient_and_ill_conditioned_designs() {
    let _points = points(4);
    // Column 3 = column 1 + column 2: rank 2.
    let (a0, b, _) = linear_problem(25, 2, 1.0, 41);
    let a = Matrix::from_fn(25, 3, |i, j| {
        if j < 2 {
            a0[(i, j)]
        } else {
            a0[(i, 0)] + a0[(i, 1)]
        }
    });
    assert!(
        matches!(
            least_squares_qr(&a, &b),
            Err(LinalgError::RankDeficient {
                rank: 2,
                needed: 3,
                ..
            })
        ),
        "least_squares_qr on a 25×3 design whose column 2 = column 0 + column 1: got {:?}, want Err(LinalgError::RankDeficient {{ rank: 2, needed: 3, .. }})",
        least_squares_qr(&a, &b)
    );
    let w = least_squares_svd(&a, &b, 1e-10).unwrap();
    // Minimum norm: w is orthogonal to the null vector [1, 1, −1] and fits like the rank-2 fit.
    assert!((w[0] + w[1] - w[2]).abs() < 1e-10, "w ⟂ null space: {w}");
    let w2 = naive_lstsq(&a0, &b);
    let fit = naive_matvec(&a, &w);
    let fit2 = naive_matvec(&a0, &w2);
    assert!(
        relative_error(&fit, &fit2) < 1e-10,
        "least_squares_svd on the rank-2 design: its fit differs from the rank-2 fit by {:.2e} relative, want < 1e-10",
        relative_error(&fit, &fit2)
    );
    // Läuchli δ = 1e-9: normal equations break, QR and SVD do not.
    let l = gallery::lauchli(3, 1e-9);
    let b = naive_matvec(&l, &vector![1.0, -2.0, 3.0]);
    assert!(
        least_squares_normal(&l, &b).is_err(),
        "least_squares_normal on lauchli(3, 1e-9) (fl(XᵀX) is singular): got {:?}, want an error",
        least_squares_normal(&l, &b)
    );
    for w in [
        least_squares_qr(&l, &b).unwrap(),
        least_squares_svd(&l, &b, 1e-15).unwrap(),
    ] {
        assert!(relative_error(&w, &vector![1.0, -2.0, 3.0]) < 1e-6, "{w}");
    }
}

#[test]
fn ridge_against_an_independent_solve() {
    let _points = points(4);
    let (a, b, _) = linear_problem(35, 5, 1.0, 51);
    for lambda in [0.5, 7.0, 300.0] {
        let at = week1_vectors::testing::naive_transpose(&a);
        let mut g = week1_vectors::testing::naive_matmul(&at, &a);
        for j in 0..5 {
            g[(j, j)] += lambda;
        }
        let expect = naive_solve(&g, &naive_matvec(&at, &b));
        for (name, w) in [
            ("svd", ridge_svd(&a, &b, lambda).unwrap()),
            ("normal", ridge_normal(&a, &b, lambda).unwrap()),
        ] {
            let e = relative_error(&w, &expect);
            assert!(e < 1e-12, "{name}, λ = {lambda}: {e:e}");
        }
    }
    // Ridge on a rank-deficient design is well posed for λ > 0.
    let dup = Matrix::from_fn(10, 2, |i, _| i as f64);
    let y = Vector::from_fn(10, |i| 2.0 * i as f64);
    let w = ridge_svd(&dup, &y, 1e-3).unwrap();
    assert!(
        (w[0] - w[1]).abs() < 1e-12 && (w[0] - 1.0).abs() < 1e-4,
        "{w}"
    );
    assert!(
        ridge_normal(&dup, &y, 1e-3).is_ok(),
        "ridge_normal on a rank-1 10×2 design with λ = 1e-3 (well posed for λ > 0): got {:?}, want Ok",
        ridge_normal(&dup, &y, 1e-3)
    );
    let f = ridge_filter_factors(&vector![10.0, 1.0, 0.1], 1.0);
    assert!(
        (f[0] - 100.0 / 101.0).abs() < 1e-15 && f[1] == 0.5 && (f[2] - 0.01 / 1.01).abs() < 1e-15,
        "ridge_filter_factors(σ = (10, 1, 0.1), λ = 1): got {f:?}, want σ²/(σ² + λ) = (100/101, 0.5, 0.01/1.01) (within 1e-15)"
    );
    // fit_ridge on standardised diabetes against centring + an independent solve.
    let d = load("diabetes").unwrap();
    let (mean, std) = column_mean_std(&d.features);
    let x = Matrix::from_fn(442, 10, |i, j| (d.features[(i, j)] - mean[j]) / std[j]);
    let m = LinearRegression::fit_ridge(&x, &d.targets, 20.0).unwrap();
    let ybar = d.targets.iter().sum::<f64>() / 442.0;
    let yc: Vector = d.targets.iter().map(|v| v - ybar).collect();
    let xt = week1_vectors::testing::naive_transpose(&x);
    let mut g = week1_vectors::testing::naive_matmul(&xt, &x);
    for j in 0..10 {
        g[(j, j)] += 20.0;
    }
    let expect = naive_solve(&g, &naive_matvec(&xt, &yc));
    assert!(
        relative_error(&m.weights, &expect) < 1e-10,
        "LinearRegression::fit_ridge(standardised diabetes, λ = 20): weights differ from an independent solve of (XᵀX + λI)w = Xᵀ(y − ȳ) by {:.2e} relative, want < 1e-10",
        relative_error(&m.weights, &expect)
    );
    assert!(
        (m.intercept - ybar).abs() < 1e-9,
        "centred columns: the intercept is ȳ"
    );
}
