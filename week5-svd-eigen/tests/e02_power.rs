//! The power method, inverse iteration, the Rayleigh quotient and Rayleigh quotient iteration.

use week1_vectors::gallery::{random_vector, with_eigenvalues};
use week1_vectors::testing::{frobenius, naive_matvec, vec_norm2};
use week1_vectors::{LinalgError, Matrix, Vector, matrix, vector};
use week5_svd_eigen::testing::ok;
use week5_svd_eigen::{
    EigenEstimate, inverse_iteration, power_iteration, rayleigh_quotient,
    rayleigh_quotient_iteration,
};

/// Checks that `e` is a unit vector with `‖Ax − λx‖₂ ≤ tol·‖A‖_F` (computed independently).
fn assert_converged(what: &str, a: &Matrix, e: &EigenEstimate, tol: f64) {
    let x = &e.vector;
    let nx = vec_norm2(x);
    assert!(
        (nx - 1.0).abs() < 1e-14,
        "{what}: the eigenvector must be a unit vector, ‖x‖ = {nx}"
    );
    let ax = naive_matvec(a, x);
    let r: Vec<f64> = ax
        .iter()
        .zip(x.iter())
        .map(|(p, q)| p - e.value * q)
        .collect();
    let res = vec_norm2(&Vector::new(r));
    assert!(
        res <= tol * frobenius(a) * 1.0001,
        "{what}: residual ‖Ax − λx‖ = {res:.3e} exceeds tol·‖A‖_F = {:.3e} (λ = {})",
        tol * frobenius(a),
        e.value
    );
}

#[test]
fn power_finds_the_dominant_eigenvalue() {
    let a = matrix![[5.0, 0.0, 0.0], [0.0, 2.0, 0.0], [0.0, 0.0, 1.0]];
    let e = ok(
        "power_finds_the_dominant_eigenvalue: power_iteration(&a, &vector![1.0, 1.0, 1.0], 1e-12, 200)",
        power_iteration(&a, &vector![1.0, 1.0, 1.0], 1e-12, 200),
    );
    assert_converged("power_iteration on diag(5, 2, 1)", &a, &e, 1e-12);
    // Residual ≤ 1e-12·‖A‖ bounds the eigenvalue error for a symmetric matrix.
    assert!((e.value - 5.0).abs() < 1e-11, "λ = {}", e.value);
    // The error shrinks by 2/5 per step: 0.4^k ≈ 1e-12 after about 30 steps.
    assert!(
        (20..=40).contains(&e.iterations),
        "power_iteration on diag(5, 2, 1): {} iterations, expected about 30 (rate 2/5)",
        e.iterations
    );
}

#[test]
fn power_with_negative_dominant_eigenvalue() {
    // x flips sign every step; the residual test does not care.
    let a = with_eigenvalues(&[-4.0, 1.0, 0.5], 3);
    let e = ok(
        "power_with_negative_dominant_eigenvalue: power_iteration(&a, &vector![1.0, 2.0, 3.0], 1e-12, 500)",
        power_iteration(&a, &vector![1.0, 2.0, 3.0], 1e-12, 500),
    );
    assert_converged("power_iteration, λ₁ = −4", &a, &e, 1e-12);
    assert!((e.value + 4.0).abs() < 1e-10, "λ = {}", e.value);
}

#[test]
fn power_on_random_symmetric() {
    let a = with_eigenvalues(&[10.0, 3.0, 2.0, -1.0, 0.5, 0.1], 11);
    let e = ok(
        "power_on_random_symmetric: power_iteration(&a, &random_vector(6, 1), 1e-13, 500)",
        power_iteration(&a, &random_vector(6, 1), 1e-13, 500),
    );
    assert_converged("power_iteration", &a, &e, 1e-13);
    assert!((e.value - 10.0).abs() < 1e-11, "λ = {}", e.value);
}

#[test]
fn power_reports_no_convergence_on_a_rotation() {
    let (s, c) = 0.4f64.sin_cos();
    let rot = matrix![[c, -s], [s, c]];
    let err = power_iteration(&rot, &vector![1.0, 0.0], 1e-10, 77).unwrap_err();
    assert_eq!(
        err,
        LinalgError::NoConvergence {
            op: "power_iteration",
            iterations: 77
        },
        "power_iteration on a rotation by 0.4 rad (|λ₁| = |λ₂| = 1), 77 iterations"
    );
    insta::assert_snapshot!(err, @"power_iteration: no convergence after 77 iterations");
}

#[test]
fn power_reports_no_convergence_for_plus_minus_pair() {
    // [[0, 1], [1, 0]] has eigenvalues ±1: from e₁ the iterates alternate e₁, e₂, e₁, …
    let swap = matrix![[0.0, 1.0], [1.0, 0.0]];
    assert!(
        matches!(
            power_iteration(&swap, &vector![1.0, 0.0], 1e-10, 100),
            Err(LinalgError::NoConvergence {
                iterations: 100,
                ..
            })
        ),
        "power_iteration([[0, 1], [1, 0]]) from e₁ (the iterates alternate e₁, e₂): got {:?}, want Err(LinalgError::NoConvergence {{ iterations: 100, .. }})",
        power_iteration(&swap, &vector![1.0, 0.0], 1e-10, 100)
    );
    // From (1, 1), already an eigenvector: one product.
    let e = ok(
        "power_reports_no_convergence_for_plus_minus_pair: power_iteration(&swap, &vector![1.0, 1.0], 1e-10, 100)",
        power_iteration(&swap, &vector![1.0, 1.0], 1e-10, 100),
    );
    assert_eq!(
        e.iterations, 1,
        "power_iteration([[0, 1], [1, 0]]) from the eigenvector (1, 1): one product"
    );
    assert!(
        (e.value - 1.0).abs() < 1e-15,
        "power_iteration([[0, 1], [1, 0]]) from (1, 1): λ = {}, want 1 (within 1e-15)",
        e.value
    );
}

#[test]
fn power_argument_errors() {
    let a = Matrix::identity(2);
    let x = vector![1.0, 0.0];
    assert!(
        matches!(
            power_iteration(&Matrix::zeros(2, 3), &x, 1e-10, 10),
            Err(LinalgError::NotSquare { .. })
        ),
        "power_iteration on a 2×3 matrix: got {:?}, want Err(LinalgError::NotSquare {{ .. }})",
        power_iteration(&Matrix::zeros(2, 3), &x, 1e-10, 10)
    );
    assert!(
        matches!(
            power_iteration(&Matrix::zeros(0, 0), &Vector::zeros(0), 1e-10, 10),
            Err(LinalgError::Empty { .. })
        ),
        "power_iteration on 0×0: got {:?}, want Err(LinalgError::Empty {{ .. }})",
        power_iteration(&Matrix::zeros(0, 0), &Vector::zeros(0), 1e-10, 10)
    );
    assert!(
        matches!(
            power_iteration(&a, &vector![1.0], 1e-10, 10),
            Err(LinalgError::ShapeMismatch { .. })
        ),
        "power_iteration with a length-1 x₀ for a 2×2: got {:?}, want Err(LinalgError::ShapeMismatch {{ .. }})",
        power_iteration(&a, &vector![1.0], 1e-10, 10)
    );
    assert!(
        matches!(
            power_iteration(&a, &vector![0.0, 0.0], 1e-10, 10),
            Err(LinalgError::ZeroVector { .. })
        ),
        "power_iteration with x₀ = 0: got {:?}, want Err(LinalgError::ZeroVector {{ .. }})",
        power_iteration(&a, &vector![0.0, 0.0], 1e-10, 10)
    );
    assert!(
        matches!(
            power_iteration(&a, &x, -1.0, 10),
            Err(LinalgError::InvalidArgument { .. })
        ),
        "power_iteration with tol = −1: got {:?}, want Err(LinalgError::InvalidArgument {{ .. }})",
        power_iteration(&a, &x, -1.0, 10)
    );
}

#[test]
fn power_nan_is_an_error_not_a_hang() {
    let a = matrix![[1.0, f64::NAN], [0.0, 2.0]];
    let r = power_iteration(&a, &vector![1.0, 1.0], 1e-10, 1_000_000);
    assert_eq!(
        r.unwrap_err(),
        LinalgError::NonFinite {
            op: "power_iteration"
        },
        "power_iteration on a matrix with a NaN, 1e6 iterations allowed"
    );
}

#[test]
fn inverse_iteration_finds_the_eigenvalue_nearest_the_shift() {
    let a = matrix![[2.0, 0.0, 0.0], [0.0, 5.0, 0.0], [0.0, 0.0, 9.0]];
    let x0 = vector![1.0, 1.0, 1.0];
    for (shift, want) in [(4.0, 5.0), (0.0, 2.0), (8.9, 9.0), (12.0, 9.0)] {
        let e = ok(
            "inverse_iteration_finds_the_eigenvalue_nearest_the_shift: inverse_iteration(&a, shift, &x0, 1e-12, 200)",
            inverse_iteration(&a, shift, &x0, 1e-12, 200),
        );
        assert_converged("inverse_iteration", &a, &e, 1e-12);
        assert!(
            (e.value - want).abs() < 1e-10,
            "inverse_iteration with shift {shift}: λ = {}, want {want}",
            e.value
        );
    }
}

#[test]
fn inverse_iteration_with_an_exact_eigenvalue_as_shift() {
    // A − 3I = [[−1, 1], [1, −1]] is exactly singular: the iteration must not stop at the
    // zero pivot (replace it by ε·‖A‖ and carry on).
    let a = matrix![[2.0, 1.0], [1.0, 2.0]];
    let e = ok(
        "inverse_iteration_with_an_exact_eigenvalue_as_shift: inverse_iteration(&a, 3.0, &vector![1.0, 0.0], 1e-12, 50)",
        inverse_iteration(&a, 3.0, &vector![1.0, 0.0], 1e-12, 50),
    );
    assert_converged("inverse_iteration, shift = λ", &a, &e, 1e-12);
    assert!((e.value - 3.0).abs() < 1e-12, "λ = {}", e.value);
    // Nearly singular (rounding): same.
    let a = with_eigenvalues(&[1.0, 5.0, 7.0, -2.0], 21);
    let e = ok(
        "inverse_iteration_with_an_exact_eigenvalue_as_shift: inverse_iteration(&a, 5.0, &vector![1.0, 2.0, 3.0, 4.0], 1e-12, 50)",
        inverse_iteration(&a, 5.0, &vector![1.0, 2.0, 3.0, 4.0], 1e-12, 50),
    );
    assert_converged("inverse_iteration, shift ≈ λ", &a, &e, 1e-12);
    assert!((e.value - 5.0).abs() < 1e-10, "λ = {}", e.value);
    let d = Matrix::from_diag(&[3.0, 1.0]);
    let e = ok(
        "inverse_iteration_with_an_exact_eigenvalue_as_shift: inverse_iteration(&d, 1.0, &vector![1.0, 1.0], 1e-12, 50)",
        inverse_iteration(&d, 1.0, &vector![1.0, 1.0], 1e-12, 50),
    );
    assert!((e.value - 1.0).abs() < 1e-14, "λ = {}", e.value);
}

#[test]
fn a_better_shift_converges_faster() {
    let a = with_eigenvalues(&[1.0, 2.0, 3.0, 4.0, 5.0], 5);
    let x0 = random_vector(5, 2);
    let far = ok(
        "a_better_shift_converges_faster: inverse_iteration(&a, 3.4, &x0, 1e-12, 500)",
        inverse_iteration(&a, 3.4, &x0, 1e-12, 500),
    );
    let near = ok(
        "a_better_shift_converges_faster: inverse_iteration(&a, 3.01, &x0, 1e-12, 500)",
        inverse_iteration(&a, 3.01, &x0, 1e-12, 500),
    );
    assert!(
        (far.value - 3.0).abs() < 1e-10 && (near.value - 3.0).abs() < 1e-10,
        "inverse_iteration(eigenvalues 1…5, shifts 3.4 and 3.01): λ = {} and {}, want 3 (within 1e-10)",
        far.value,
        near.value
    );
    assert!(
        near.iterations < far.iterations,
        "shift 3.01 took {} steps, shift 3.4 took {}: rate |λ−σ|/|λ'−σ| is 0.01 vs 0.67",
        near.iterations,
        far.iterations
    );
}

#[test]
fn inverse_iteration_errors() {
    let a = Matrix::identity(2);
    assert!(
        matches!(
            inverse_iteration(&a, f64::NAN, &vector![1.0, 0.0], 1e-10, 10),
            Err(LinalgError::InvalidArgument { .. })
        ),
        "inverse_iteration with shift NaN: got {:?}, want Err(LinalgError::InvalidArgument {{ .. }})",
        inverse_iteration(&a, f64::NAN, &vector![1.0, 0.0], 1e-10, 10)
    );
    assert!(
        matches!(
            inverse_iteration(&matrix![[f64::INFINITY]], 0.0, &vector![1.0], 1e-10, 10),
            Err(LinalgError::NonFinite { .. })
        ),
        "inverse_iteration on [[∞]]: got {:?}, want Err(LinalgError::NonFinite {{ .. }})",
        inverse_iteration(&matrix![[f64::INFINITY]], 0.0, &vector![1.0], 1e-10, 10)
    );
}

#[test]
fn rayleigh_quotient_values() {
    let a = matrix![[2.0, 1.0], [1.0, 2.0]];
    // Normalising x costs a rounding or two: compare to a few ε.
    let r = rayleigh_quotient(&a, &vector![1.0, 1.0]).unwrap();
    assert!(
        (r - 3.0).abs() < 4.0 * f64::EPSILON * 3.0,
        "ρ = {r}, want 3"
    );
    let r = rayleigh_quotient(&a, &vector![3.0, 0.0]).unwrap();
    assert!(
        (r - 2.0).abs() < 4.0 * f64::EPSILON * 2.0,
        "ρ = {r}, want 2"
    );
    // Scale-invariant, and no overflow for huge x.
    let r = rayleigh_quotient(&a, &vector![1e200, -1e200]).unwrap();
    assert!((r - 1.0).abs() < 1e-15, "ρ = {r}");
    assert!(
        matches!(
            rayleigh_quotient(&a, &vector![0.0, 0.0]),
            Err(LinalgError::ZeroVector { .. })
        ),
        "rayleigh_quotient with x = 0: got {:?}, want Err(LinalgError::ZeroVector {{ .. }})",
        rayleigh_quotient(&a, &vector![0.0, 0.0])
    );
    assert!(
        matches!(
            rayleigh_quotient(&a, &vector![1.0]),
            Err(LinalgError::ShapeMismatch { .. })
        ),
        "rayleigh_quotient with a length-1 x for a 2×2: got {:?}, want Err(LinalgError::ShapeMismatch {{ .. }})",
        rayleigh_quotient(&a, &vector![1.0])
    );
}

#[test]
fn rayleigh_quotient_is_second_order_accurate() {
    // Perturb the eigenvector (1, 1)/√2 of λ = 3 by δ = 1e-4: ρ is off by O(δ²) = 1e-8.
    let a = matrix![[2.0, 1.0], [1.0, 2.0]];
    let r = rayleigh_quotient(&a, &vector![1.0, 1.0 + 1e-4]).unwrap();
    assert!(
        (r - 3.0).abs() < 1e-8,
        "ρ = {r}: error {:.1e}",
        (r - 3.0).abs()
    );
}

#[test]
fn rqi_converges_in_a_few_steps() {
    let a = matrix![[2.0, 1.0, 0.0], [1.0, 3.0, 1.0], [0.0, 1.0, 4.0]];
    let e = ok(
        "rqi_converges_in_a_few_steps: rayleigh_quotient_iteration(&a, &vector![0.0, 0.0, 1.0], 1e-14, 20)",
        rayleigh_quotient_iteration(&a, &vector![0.0, 0.0, 1.0], 1e-14, 20),
    );
    assert_converged("rayleigh_quotient_iteration", &a, &e, 1e-14);
    assert!(
        e.iterations <= 5,
        "cubic convergence should need ≤ 5 steps, took {}",
        e.iterations
    );
    // An eigenvector to start with: zero steps.
    let d = Matrix::from_diag(&[1.0, 2.0]);
    let e = ok(
        "rqi_converges_in_a_few_steps: rayleigh_quotient_iteration(&d, &vector![0.0, 1.0], 1e-14, 20)",
        rayleigh_quotient_iteration(&d, &vector![0.0, 1.0], 1e-14, 20),
    );
    assert_eq!(
        (e.value, e.iterations),
        (2.0, 0),
        "rayleigh_quotient_iteration(diag(1, 2)) from the eigenvector e₂: (λ, iterations)"
    );
}

#[test]
fn rqi_random_symmetric() {
    let a = with_eigenvalues(&[4.0, -3.0, 2.0, 1.5, 0.2, -0.7, 6.0], 9);
    let e = ok(
        "rqi_random_symmetric: rayleigh_quotient_iteration(&a, &random_vector(7, 4), 1e-13, 30)",
        rayleigh_quotient_iteration(&a, &random_vector(7, 4), 1e-13, 30),
    );
    assert_converged("rayleigh_quotient_iteration", &a, &e, 1e-13);
    let near = [4.0, -3.0, 2.0, 1.5, 0.2, -0.7, 6.0]
        .iter()
        .map(|l| (l - e.value).abs())
        .fold(f64::INFINITY, f64::min);
    assert!(near < 1e-11, "λ = {} is no eigenvalue", e.value);
}

#[test]
fn rqi_stalls_on_the_swap_matrix() {
    // From e₁ the shift is 0, halfway between ±1; the solve maps e₁ to e₂ and back forever.
    let swap = matrix![[0.0, 1.0], [1.0, 0.0]];
    let err = rayleigh_quotient_iteration(&swap, &vector![1.0, 0.0], 1e-12, 40).unwrap_err();
    insta::assert_snapshot!(err, @"rayleigh_quotient_iteration: no convergence after 40 iterations");
}
