//! The QR algorithm: unshifted, Rayleigh-shifted and Wilkinson-shifted.

use week1_vectors::gallery::{random_orthogonal, tridiag};
use week1_vectors::testing::{naive_matmul, naive_transpose};
use week1_vectors::{LinalgError, Matrix, matrix};
use week5_svd_eigen::testing::ok;
use week5_svd_eigen::{Shift, qr_algorithm};

/// Eigenvalues of tridiag(−1, 2, −1) of size n, descending: 4 sin²(kπ/(2(n+1))), k = n..1.
fn laplacian_eigenvalues(n: usize) -> Vec<f64> {
    (1..=n)
        .rev()
        .map(|k| {
            let s = (k as f64 * std::f64::consts::PI / (2.0 * (n + 1) as f64)).sin();
            4.0 * s * s
        })
        .collect()
}

fn assert_values(what: &str, got: &[f64], want: &[f64], tol: f64) {
    assert_eq!(got.len(), want.len(), "{what}: wrong number of eigenvalues");
    for (k, (g, w)) in got.iter().zip(want).enumerate() {
        assert!(
            (g - w).abs() <= tol,
            "{what}: eigenvalue {k} is {g}, want {w} (tolerance {tol:.1e})"
        );
    }
}

#[test]
fn all_shifts_on_the_laplacian() {
    // ‖A‖₂ < 4, so Weyl allows errors of a modest multiple of 4ε; 1e-13 is safe.
    let n = 8;
    let a = tridiag(n, -1.0, 2.0, -1.0);
    let want = laplacian_eigenvalues(n);
    let none = ok(
        "all_shifts_on_the_laplacian: qr_algorithm(&a, Shift::None, 10_000)",
        qr_algorithm(&a, Shift::None, 10_000),
    );
    let wilk = ok(
        "all_shifts_on_the_laplacian: qr_algorithm(&a, Shift::Wilkinson, 10_000)",
        qr_algorithm(&a, Shift::Wilkinson, 10_000),
    );
    assert_values("qr_algorithm(None)", none.values.as_slice(), &want, 1e-13);
    assert_values(
        "qr_algorithm(Wilkinson)",
        wilk.values.as_slice(),
        &want,
        1e-13,
    );
    assert!(
        wilk.iterations * 5 < none.iterations,
        "Wilkinson took {} steps, unshifted {}: shifts should win by far",
        wilk.iterations,
        none.iterations
    );
    assert!(
        wilk.iterations <= 3 * n,
        "Wilkinson: {} steps for n = {n}",
        wilk.iterations
    );
}

#[test]
fn rayleigh_shift_on_a_generic_matrix() {
    let q = random_orthogonal(6, 3);
    let d = [6.0, 5.0, 3.5, 2.0, -1.0, -4.0];
    let a = naive_matmul(
        &naive_matmul(&q, &Matrix::from_diag(&d)),
        &naive_transpose(&q),
    );
    let r = ok(
        "rayleigh_shift_on_a_generic_matrix: qr_algorithm(&a, Shift::Rayleigh, 1000)",
        qr_algorithm(&a, Shift::Rayleigh, 1000),
    );
    assert_values("qr_algorithm(Rayleigh)", r.values.as_slice(), &d, 1e-12);
    let none = ok(
        "rayleigh_shift_on_a_generic_matrix: qr_algorithm(&a, Shift::None, 10_000)",
        qr_algorithm(&a, Shift::None, 10_000),
    );
    assert!(
        r.iterations < none.iterations,
        "qr_algorithm on Q·diag(6, 5, 3.5, 2, −1, −4)·Qᵀ: Rayleigh took {} iterations, unshifted {}; want fewer with the shift",
        r.iterations,
        none.iterations
    );
}

#[test]
fn the_swap_matrix_defeats_unshifted_and_rayleigh() {
    let swap = matrix![[0.0, 1.0], [1.0, 0.0]];
    for shift in [Shift::None, Shift::Rayleigh] {
        assert_eq!(
            qr_algorithm(&swap, shift, 500).unwrap_err(),
            LinalgError::NoConvergence {
                op: "qr_algorithm",
                iterations: 500
            },
            "{shift:?} on [[0, 1], [1, 0]] must give up after its 500 steps"
        );
    }
    let w = ok(
        "the_swap_matrix_defeats_unshifted_and_rayleigh: qr_algorithm(&swap, Shift::Wilkinson, 500)",
        qr_algorithm(&swap, Shift::Wilkinson, 500),
    );
    assert_values(
        "Wilkinson on the swap",
        w.values.as_slice(),
        &[1.0, -1.0],
        1e-15,
    );
}

#[test]
fn complex_eigenvalues_are_not_reported_as_real() {
    // A rotation about the z axis: eigenvalues 1, e^{±iθ}.
    let (s, c) = 0.9f64.sin_cos();
    let r = matrix![[c, -s, 0.0], [s, c, 0.0], [0.0, 0.0, 1.0]];
    for shift in [Shift::None, Shift::Rayleigh, Shift::Wilkinson] {
        assert!(
            matches!(
                qr_algorithm(&r, shift, 300),
                Err(LinalgError::NoConvergence { .. })
            ),
            "qr_algorithm({shift:?}) on a rotation must not return real eigenvalues"
        );
    }
}

#[test]
fn diagonal_and_small() {
    let r = ok(
        "diagonal_and_small: qr_algorithm(&Matrix::from_diag(&[1.0, 3.0, 2.0]), Shift::None, 10)",
        qr_algorithm(&Matrix::from_diag(&[1.0, 3.0, 2.0]), Shift::None, 10),
    );
    assert_eq!(
        r.values.as_slice(),
        &[3.0, 2.0, 1.0],
        "qr_algorithm(diag(1, 3, 2)): eigenvalues sorted descending"
    );
    assert_eq!(
        r.iterations, 0,
        "qr_algorithm(diag(1, 3, 2)): already diagonal, 0 iterations"
    );
    let r = ok(
        "diagonal_and_small: qr_algorithm(&Matrix::zeros(0, 0), Shift::Wilkinson, 10)",
        qr_algorithm(&Matrix::zeros(0, 0), Shift::Wilkinson, 10),
    );
    assert!(
        r.values.is_empty(),
        "qr_algorithm(0×0): got {:?}, want no values",
        r.values
    );
    let r = ok(
        "diagonal_and_small: qr_algorithm(&matrix![[-7.0]], Shift::Wilkinson, 10)",
        qr_algorithm(&matrix![[-7.0]], Shift::Wilkinson, 10),
    );
    assert_eq!(r.values.as_slice(), &[-7.0], "qr_algorithm([[−7]])");
}

#[test]
fn qr_algorithm_errors() {
    assert!(
        matches!(
            qr_algorithm(&Matrix::zeros(1, 2), Shift::None, 10),
            Err(LinalgError::NotSquare { .. })
        ),
        "qr_algorithm on a 1×2 matrix: got {:?}, want Err(LinalgError::NotSquare {{ .. }})",
        qr_algorithm(&Matrix::zeros(1, 2), Shift::None, 10)
    );
    assert!(
        matches!(
            qr_algorithm(
                &matrix![[f64::NAN, 1.0], [1.0, 0.0]],
                Shift::None,
                1_000_000
            ),
            Err(LinalgError::NonFinite { .. })
        ),
        "qr_algorithm on a matrix with NaN: got {:?}, want Err(LinalgError::NonFinite {{ .. }})",
        qr_algorithm(
            &matrix![[f64::NAN, 1.0], [1.0, 0.0]],
            Shift::None,
            1_000_000
        )
    );
}
