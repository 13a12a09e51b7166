//! `eigenvalues_general`: real or complex-pair eigenvalues of any real square matrix.

use week1_vectors::gallery::{permutation, random_matrix, random_orthogonal};
use week1_vectors::testing::{naive_matmul, naive_transpose, norm1};
use week1_vectors::{LinalgError, Matrix, matrix};
use week5_svd_eigen::testing::ok;
use week5_svd_eigen::{Complex, eigenvalues_general};

/// Every `want` is matched by a distinct computed eigenvalue within `tol`.
fn assert_spectrum(what: &str, got: &[Complex], want: &[Complex], tol: f64) {
    assert_eq!(
        got.len(),
        want.len(),
        "{what}: wrong number of eigenvalues: {got:?}"
    );
    let mut used = vec![false; got.len()];
    for w in want {
        let best = (0..got.len())
            .filter(|&k| !used[k])
            .min_by(|&i, &j| (got[i] - *w).abs().total_cmp(&(got[j] - *w).abs()))
            .expect("as many as wanted");
        assert!(
            (got[best] - *w).abs() <= tol,
            "{what}: no computed eigenvalue within {tol:.1e} of {w}; got {:?}",
            got.iter().map(|z| z.to_string()).collect::<Vec<_>>()
        );
        used[best] = true;
    }
}

#[test]
fn rotation_has_a_complex_pair() {
    let theta = 0.8_f64;
    let (s, c) = theta.sin_cos();
    let r = ok(
        "rotation_has_a_complex_pair: eigenvalues_general(&matrix![[c, -s], [s, c]])",
        eigenvalues_general(&matrix![[c, -s], [s, c]]),
    );
    assert_eq!(
        r.iterations, 0,
        "a 2×2 block is solved in closed form, no Francis step"
    );
    let ev = r.values;
    assert_eq!(
        ev.len(),
        2,
        "eigenvalues_general(rotation by {theta}): 2 eigenvalues"
    );
    // |e^{±iθ}| = 1: a few ε absolute.
    assert!(
        (ev[0] - Complex::from_polar(1.0, theta)).abs() < 1e-15,
        "rotation by {theta}: first eigenvalue {}, want e^(+iθ) (positive imaginary part first)",
        ev[0]
    );
    assert_eq!(
        ev[1],
        ev[0].conj(),
        "eigenvalues_general(rotation by {theta}): a conjugate pair"
    );
}

#[test]
fn rotation_hidden_by_a_similarity() {
    // Q·R·Qᵀ with R = rotation ⊕ [2]: eigenvalues 2, e^{±iθ}, in a dense matrix.
    let theta = 2.0_f64;
    let (s, c) = theta.sin_cos();
    let r = matrix![[c, -s, 0.0], [s, c, 0.0], [0.0, 0.0, 2.0]];
    let q = random_orthogonal(3, 4);
    let a = naive_matmul(&naive_matmul(&q, &r), &naive_transpose(&q));
    let ev = ok(
        "rotation_hidden_by_a_similarity: eigenvalues_general(&a)",
        eigenvalues_general(&a),
    )
    .values;
    // Eigenvalues of a normal matrix are perfectly conditioned: error ≈ n·ε·‖A‖.
    assert_spectrum(
        "Q(R⊕2)Qᵀ",
        &ev,
        &[
            Complex::real(2.0),
            Complex::from_polar(1.0, theta),
            Complex::from_polar(1.0, -theta),
        ],
        1e-14,
    );
    assert!(
        ev[0].is_real(),
        "2 is real and the largest real part, got {}",
        ev[0]
    );
    assert!(
        ev[1].im > 0.0 && ev[2] == ev[1].conj(),
        "pair order: {ev:?}"
    );
}

#[test]
fn cyclic_permutation_gives_roots_of_unity() {
    // A cyclic shift of 5 elements: eigenvalues e^{2πik/5}. Unshifted QR does nothing to it
    // (it is orthogonal); the Francis iteration needs its exceptional shifts.
    let p = permutation(&[1, 2, 3, 4, 0]);
    let r = ok(
        "cyclic_permutation_gives_roots_of_unity: eigenvalues_general(&p)",
        eigenvalues_general(&p),
    );
    assert!(
        r.iterations > 0 && r.iterations < 200,
        "a 5×5 needs some Francis steps, and not hundreds: {}",
        r.iterations
    );
    let ev = r.values;
    let want: Vec<Complex> = (0..5)
        .map(|k| Complex::from_polar(1.0, 2.0 * std::f64::consts::PI * k as f64 / 5.0))
        .collect();
    assert_spectrum("cyclic permutation of 5", &ev, &want, 1e-13);
}

#[test]
fn triangular_and_companion() {
    let t = matrix![[3.0, 1.0, 4.0], [0.0, -1.0, 5.0], [0.0, 0.0, 2.0]];
    let ev = ok(
        "triangular_and_companion: eigenvalues_general(&t)",
        eigenvalues_general(&t),
    )
    .values;
    assert_spectrum(
        "upper triangular",
        &ev,
        &[Complex::real(3.0), Complex::real(2.0), Complex::real(-1.0)],
        1e-14,
    );
    assert!(
        (ev[0].re - 3.0).abs() < 1e-14 && (ev[2].re + 1.0).abs() < 1e-14,
        "descending real parts: {ev:?}"
    );
    // Companion matrix of (x − 1)(x − 2)(x − 3) = x³ − 6x² + 11x − 6.
    let c = matrix![[6.0, -11.0, 6.0], [1.0, 0.0, 0.0], [0.0, 1.0, 0.0]];
    let ev = ok(
        "triangular_and_companion: eigenvalues_general(&c)",
        eigenvalues_general(&c),
    )
    .values;
    // Roots of a cubic with κ ≈ 1e2: 1e-12 is safe.
    assert_spectrum(
        "companion of (x−1)(x−2)(x−3)",
        &ev,
        &[Complex::real(3.0), Complex::real(2.0), Complex::real(1.0)],
        1e-12,
    );
    for z in &ev {
        assert!(
            z.im.abs() < 1e-12,
            "real roots must stay (nearly) real: {z}"
        );
    }
}

#[test]
fn sorted_descending_real_part() {
    let a = random_matrix(12, 12, 5);
    let ev = ok(
        "sorted_descending_real_part: eigenvalues_general(&a)",
        eigenvalues_general(&a),
    )
    .values;
    assert_eq!(
        ev.len(),
        12,
        "eigenvalues_general(frank-like 12×12): 12 eigenvalues"
    );
    for k in 1..12 {
        assert!(ev[k - 1].re >= ev[k].re, "not sorted: {ev:?}");
    }
    // Complex ones come in conjugate pairs, + first.
    let mut k = 0;
    while k < 12 {
        if ev[k].im != 0.0 {
            assert!(
                ev[k].im > 0.0 && ev[k + 1] == ev[k].conj(),
                "pair at {k}: {ev:?}"
            );
            k += 2;
        } else {
            k += 1;
        }
    }
}

#[test]
fn trace_and_sum_of_eigenvalues() {
    // Σλ = trace(A) exactly in exact arithmetic; rounding: a few n·ε·‖A‖.
    for (n, seed) in [(4, 1), (9, 2), (20, 3), (35, 4)] {
        let a = random_matrix(n, n, seed);
        let ev = ok(
            "trace_and_sum_of_eigenvalues: eigenvalues_general(&a)",
            eigenvalues_general(&a),
        )
        .values;
        let sum = ev.iter().fold(Complex::real(0.0), |s, z| s + *z);
        let trace: f64 = (0..n).map(|i| a[(i, i)]).sum();
        let tol = 10.0 * n as f64 * f64::EPSILON * norm1(&a);
        assert!(
            (sum.re - trace).abs() <= tol && sum.im.abs() <= tol,
            "random {n}×{n}: Σλ = {sum}, trace = {trace}"
        );
    }
}

#[test]
fn symmetric_input_gives_real_eigenvalues() {
    let d = [4.0, 1.0, -2.0, 0.5];
    let q = random_orthogonal(4, 6);
    let a = naive_matmul(
        &naive_matmul(&q, &Matrix::from_diag(&d)),
        &naive_transpose(&q),
    );
    let ev = ok(
        "symmetric_input_gives_real_eigenvalues: eigenvalues_general(&a)",
        eigenvalues_general(&a),
    )
    .values;
    for (z, w) in ev.iter().zip([4.0, 1.0, 0.5, -2.0]) {
        assert!(
            approx::relative_eq!(z.re, w, epsilon = 1e-13),
            "eigenvalues_general(Q·diag(4, 1, 0.5, −2)·Qᵀ): real part: got {:?}, want {:?} (relative_eq, epsilon = 1e-13)",
            z.re,
            w
        );
        assert!(z.im.abs() < 1e-13, "{z} should be real");
    }
}

#[test]
fn small_and_empty() {
    let r = ok(
        "small_and_empty: eigenvalues_general(&Matrix::zeros(0, 0))",
        eigenvalues_general(&Matrix::zeros(0, 0)),
    );
    assert!(
        r.values.is_empty() && r.iterations == 0,
        "eigenvalues_general(0×0): got {:?} after {} iterations, want no values and 0 iterations",
        r.values,
        r.iterations
    );
    assert_eq!(
        ok(
            "small_and_empty: eigenvalues_general(&matrix![[-4.0]])",
            eigenvalues_general(&matrix![[-4.0]])
        )
        .values,
        vec![Complex::real(-4.0)],
        "eigenvalues_general([[−4]])"
    );
    assert_eq!(
        ok(
            "small_and_empty: eigenvalues_general(&Matrix::zeros(3, 3))",
            eigenvalues_general(&Matrix::zeros(3, 3))
        )
        .values,
        vec![Complex::real(0.0); 3],
        "eigenvalues_general(3×3 zeros)"
    );
}

#[test]
fn errors() {
    assert!(
        matches!(
            eigenvalues_general(&Matrix::zeros(2, 3)),
            Err(LinalgError::NotSquare { .. })
        ),
        "eigenvalues_general of a 2×3 matrix: got {:?}, want Err(LinalgError::NotSquare {{ .. }})",
        eigenvalues_general(&Matrix::zeros(2, 3))
    );
    assert_eq!(
        eigenvalues_general(&matrix![[1.0, 2.0], [f64::INFINITY, 0.0]]).unwrap_err(),
        LinalgError::NonFinite {
            op: "eigenvalues_general"
        },
        "eigenvalues_general with an ∞ entry"
    );
}
