//! Exercise: linear regression by normal equations, QR and SVD; ridge regression.

use week1_vectors::testing::{THRESHOLD, relative_error};
use week1_vectors::{LinalgError, Matrix, gallery, matrix, vector};
use week6_ml::data::load;
use week6_ml::linear::{
    LinearRegression, Solver, add_intercept, least_squares_normal, least_squares_qr,
    least_squares_svd, ridge_filter_factors, ridge_normal, ridge_svd,
};
use week6_ml::metrics::r2_score;
use week6_ml::testing::{linear_problem, lstsq_ratio, naive_lstsq};

const SOLVERS: [Solver; 3] = [Solver::NormalEquations, Solver::Qr, Solver::Svd];

#[test]
fn add_intercept_puts_ones_first() {
    assert_eq!(
        add_intercept(&matrix![[2.0, 3.0], [4.0, 5.0]]),
        matrix![[1.0, 2.0, 3.0], [1.0, 4.0, 5.0]],
        "add_intercept([[2, 3], [4, 5]]): a column of ones first"
    );
    assert_eq!(
        add_intercept(&Matrix::zeros(2, 0)),
        matrix![[1.0], [1.0]],
        "add_intercept of a 2×0 matrix: just the ones"
    );
}

#[test]
fn three_solvers_fit_a_line() {
    // y = 2 − t, exactly, through four points.
    let a = matrix![[1.0, 0.0], [1.0, 1.0], [1.0, 2.0], [1.0, 3.0]];
    let b = vector![2.0, 1.0, 0.0, -1.0];
    for (name, w) in [
        ("normal", least_squares_normal(&a, &b).unwrap()),
        ("qr", least_squares_qr(&a, &b).unwrap()),
        ("svd", least_squares_svd(&a, &b, 1e-12).unwrap()),
    ] {
        assert!(
            (w[0] - 2.0).abs() < 1e-13 && (w[1] + 1.0).abs() < 1e-13,
            "{name}: w = {w}"
        );
    }
}

#[test]
fn solutions_satisfy_the_normal_equations() {
    for (m, n, seed) in [(20, 3, 1), (60, 8, 2), (100, 10, 3)] {
        let (a, b, _) = linear_problem(m, n, 0.5, seed);
        for (name, w) in [
            ("normal", least_squares_normal(&a, &b).unwrap()),
            ("qr", least_squares_qr(&a, &b).unwrap()),
            ("svd", least_squares_svd(&a, &b, 1e-12).unwrap()),
        ] {
            let ratio = lstsq_ratio(&a, &w, &b);
            assert!(
                ratio < THRESHOLD,
                "{name} on {m}×{n}: ‖Aᵀr‖ ratio {ratio:.1}"
            );
            // A random Gaussian A is well conditioned (κ ≈ 10): all agree to ~κ²ε.
            let e = relative_error(&w, &naive_lstsq(&a, &b));
            assert!(e < 1e-11, "{name} on {m}×{n}: relative error {e:e}");
        }
    }
}

#[test]
fn diabetes_r2_is_0_5177_by_all_three_solvers() {
    let d = load("diabetes").unwrap();
    for s in SOLVERS {
        let m = LinearRegression::fit(&d.features, &d.targets, s).unwrap();
        let r2 = r2_score(&d.targets, &m.predict(&d.features).unwrap()).unwrap();
        // The value of record is 0.51774842; R² is flat at the optimum, so even the normal
        // equations' κ² error in w barely moves it.
        assert!((r2 - 0.517_748_4).abs() < 1e-6, "{s:?}: R² = {r2}");
        // The bmi coefficient (sklearn's raw-data fit: 5.6030).
        assert!(
            (m.weights[2] - 5.602_962).abs() < 1e-5,
            "{s:?}: w_bmi = {}",
            m.weights[2]
        );
    }
}

#[test]
fn where_the_solvers_disagree() {
    // Two identical columns: the least-squares solution is not unique.
    let a = matrix![[1.0, 1.0], [2.0, 2.0], [3.0, 3.0]];
    let b = vector![2.0, 4.0, 6.0];
    assert!(
        matches!(
            least_squares_qr(&a, &b),
            Err(LinalgError::RankDeficient {
                rank: 1,
                needed: 2,
                ..
            })
        ),
        "least_squares_qr on a design with two equal columns: got {:?}, want Err(LinalgError::RankDeficient {{ rank: 1, needed: 2, .. }})",
        least_squares_qr(&a, &b)
    );
    // The SVD gives the minimum-norm solution, [1, 1].
    let w = least_squares_svd(&a, &b, 1e-12).unwrap();
    assert!(
        (w[0] - 1.0).abs() < 1e-12 && (w[1] - 1.0).abs() < 1e-12,
        "{w}"
    );
    // Läuchli with δ = 1e-8: fl(AᵀA) = [[1, 1], [1, 1]] is exactly singular, QR is fine.
    let l = gallery::lauchli(2, 1e-8);
    let b = vector![2.0, 1e-8, 1e-8];
    assert!(
        least_squares_normal(&l, &b).is_err(),
        "Cholesky of fl(AᵀA) must fail"
    );
    let w = least_squares_qr(&l, &b).unwrap();
    assert!(
        (w[0] - 1.0).abs() < 1e-7 && (w[1] - 1.0).abs() < 1e-7,
        "QR on Läuchli: {w}"
    );
}

#[test]
fn ridge_two_ways_agree_and_shrink() {
    let (a, b, _) = linear_problem(40, 6, 0.3, 7);
    let ls = least_squares_qr(&a, &b).unwrap();
    let mut previous = f64::INFINITY;
    for lambda in [0.1, 1.0, 10.0, 100.0] {
        let w1 = ridge_svd(&a, &b, lambda).unwrap();
        let w2 = ridge_normal(&a, &b, lambda).unwrap();
        let e = relative_error(&w1, &w2);
        assert!(e < 1e-12, "λ = {lambda}: svd vs normal {e:e}");
        let norm = w1.iter().map(|v| v * v).sum::<f64>().sqrt();
        assert!(norm < previous, "λ = {lambda}: ‖w‖ must shrink as λ grows");
        previous = norm;
    }
    let w0 = ridge_svd(&a, &b, 0.0).unwrap();
    assert!(relative_error(&w0, &ls) < 1e-12, "λ = 0 is least squares");
    assert_eq!(
        ridge_filter_factors(&vector![2.0, 1.0, 0.0], 4.0),
        vector![0.5, 0.2, 0.0],
        "ridge_filter_factors(σ = (2, 1, 0), λ = 4): σ²/(σ² + λ)"
    );
    assert!(
        ridge_svd(&a, &b, -1.0).is_err(),
        "ridge_svd with λ = −1: got {:?}, want an error",
        ridge_svd(&a, &b, -1.0)
    );
}

#[test]
fn ridge_does_not_penalise_the_intercept() {
    let (x, y, _) = linear_problem(30, 3, 0.1, 8);
    let m = LinearRegression::fit_ridge(&x, &y, 5.0).unwrap();
    let shifted: week1_vectors::Vector = y.iter().map(|v| v + 1000.0).collect();
    let m2 = LinearRegression::fit_ridge(&x, &shifted, 5.0).unwrap();
    assert!(
        relative_error(&m.weights, &m2.weights) < 1e-10,
        "LinearRegression::fit_ridge(λ = 5): shifting y by 1000 changes the weights by {:.2e} relative, want < 1e-10 (the intercept is not penalised)",
        relative_error(&m.weights, &m2.weights)
    );
    assert!(
        (m2.intercept - m.intercept - 1000.0).abs() < 1e-9,
        "LinearRegression::fit_ridge(λ = 5): shifting y by 1000 moves the intercept by {}, want 1000 (within 1e-9)",
        m2.intercept - m.intercept
    );
    // λ = 0 is ordinary least squares with an intercept.
    let ols = LinearRegression::fit(&x, &y, Solver::Qr).unwrap();
    let r0 = LinearRegression::fit_ridge(&x, &y, 0.0).unwrap();
    assert!(
        relative_error(&r0.weights, &ols.weights) < 1e-10,
        "LinearRegression::fit_ridge(λ = 0) vs fit(Qr): weights differ by {:.2e} relative, want < 1e-10",
        relative_error(&r0.weights, &ols.weights)
    );
    assert!(
        (r0.intercept - ols.intercept).abs() < 1e-10,
        "LinearRegression::fit_ridge(λ = 0) vs fit(Qr): intercepts {} and {}, want equal within 1e-10",
        r0.intercept,
        ols.intercept
    );
}

#[test]
fn errors() {
    let a = matrix![[1.0, 2.0], [3.0, 4.0], [5.0, 6.0]];
    assert!(
        matches!(
            least_squares_qr(&a, &vector![1.0, 2.0]),
            Err(LinalgError::ShapeMismatch { .. })
        ),
        "least_squares_qr with a length-2 y for a 3-row design: got {:?}, want Err(LinalgError::ShapeMismatch {{ .. }})",
        least_squares_qr(&a, &vector![1.0, 2.0])
    );
    assert!(
        matches!(
            least_squares_normal(&Matrix::zeros(0, 2), &vector![]),
            Err(LinalgError::Empty { .. })
        ),
        "least_squares_normal with no rows: got {:?}, want Err(LinalgError::Empty {{ .. }})",
        least_squares_normal(&Matrix::zeros(0, 2), &vector![])
    );
    assert!(
        matches!(
            least_squares_svd(&a, &vector![1.0, f64::NAN, 2.0], 1e-12),
            Err(LinalgError::NonFinite { .. })
        ),
        "least_squares_svd with a NaN in y: got {:?}, want Err(LinalgError::NonFinite {{ .. }})",
        least_squares_svd(&a, &vector![1.0, f64::NAN, 2.0], 1e-12)
    );
    assert!(
        least_squares_qr(&matrix![[1.0, 2.0, 3.0]], &vector![1.0]).is_err(),
        "m < n"
    );
    let m = LinearRegression {
        weights: vector![1.0, 2.0],
        intercept: 0.0,
    };
    assert!(
        m.predict(&matrix![[1.0]]).is_err(),
        "LinearRegression::predict with 1 feature for a 2-weight model: got {:?}, want an error",
        m.predict(&matrix![[1.0]])
    );
}
