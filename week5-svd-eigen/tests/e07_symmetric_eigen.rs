//! `symmetric_eigen`: tridiagonalisation + implicit QR with Wilkinson's shift.

use week1_vectors::gallery::{random_orthogonal, random_symmetric, tridiag};
use week1_vectors::testing::{
    THRESHOLD, naive_matmul, naive_transpose, norm1, orthogonality_ratio,
};
use week1_vectors::{LinalgError, Matrix, matrix};
use week5_svd_eigen::symmetric_eigen;
use week5_svd_eigen::testing::check_symmetric_eigen as check;
use week5_svd_eigen::testing::ok;

/// Compares with known eigenvalues (descending) to `tol`.
fn assert_values(what: &str, got: &[f64], want: &[f64], tol: f64) {
    for (k, (g, w)) in got.iter().zip(want).enumerate() {
        assert!(
            (g - w).abs() <= tol,
            "{what}: eigenvalue {k} is {g:.17}, want {w:.17} (|error| {:.1e} > {tol:.1e})",
            (g - w).abs()
        );
    }
}

#[test]
fn two_by_two() {
    let a = matrix![[2.0, 1.0], [1.0, 2.0]];
    let e = ok("two_by_two: symmetric_eigen(&a)", symmetric_eigen(&a));
    check("symmetric_eigen([[2, 1], [1, 2]])", &a, &e);
    assert_values(
        "[[2, 1], [1, 2]]",
        e.values.as_slice(),
        &[3.0, 1.0],
        4e-16 * 3.0,
    );
    // The eigenvector of 3 is ±(1, 1)/√2.
    let v = e.vectors.col(0);
    assert!(
        (v[0] - v[1]).abs() < 1e-15,
        "eigenvector of 3 should be ±(1, 1)/√2, got {v}"
    );
}

#[test]
fn diagonal_is_sorted_descending() {
    let a = Matrix::from_diag(&[1.0, -3.0, 4.0, 0.0]);
    let e = ok(
        "diagonal_is_sorted_descending: symmetric_eigen(&a)",
        symmetric_eigen(&a),
    );
    check("diag(1, −3, 4, 0)", &a, &e);
    assert_eq!(
        e.values.as_slice(),
        &[4.0, 1.0, 0.0, -3.0],
        "symmetric_eigen(diag(1, −3, 4, 0)): eigenvalues sorted descending"
    );
    assert_eq!(e.iterations, 0, "a diagonal matrix needs no QR step");
}

#[test]
fn random_symmetric_residuals() {
    for (n, seed) in [(1, 1), (2, 2), (3, 3), (5, 4), (10, 5), (25, 6), (40, 7)] {
        let a = random_symmetric(n, seed);
        let e = ok(
            "random_symmetric_residuals: symmetric_eigen(&a)",
            symmetric_eigen(&a),
        );
        check(
            &format!("symmetric_eigen(random {n}×{n}, seed {seed})"),
            &a,
            &e,
        );
        assert!(
            e.iterations <= 30 * n,
            "{n}×{n}: {} QR steps is beyond the budget 30n",
            e.iterations
        );
    }
}

#[test]
fn prescribed_eigenvalues() {
    // A = Q·diag(d)·Qᵀ holds d only to rounding: Weyl's theorem puts the computed eigenvalues
    // within ‖E‖₂ of d, with ‖E‖₂ a small multiple of n·ε·‖A‖₂ = 6·ε·10 ≈ 1.3e-14.
    let d = [10.0, 4.0, 2.5, 0.0, -1.0, -7.0];
    let q = random_orthogonal(6, 17);
    let a = naive_matmul(
        &naive_matmul(&q, &Matrix::from_diag(&d)),
        &naive_transpose(&q),
    );
    let a = Matrix::from_fn(6, 6, |i, j| 0.5 * (a[(i, j)] + a[(j, i)]));
    let e = ok(
        "prescribed_eigenvalues: symmetric_eigen(&a)",
        symmetric_eigen(&a),
    );
    check("Q·diag(d)·Qᵀ", &a, &e);
    assert_values("Q·diag(d)·Qᵀ", e.values.as_slice(), &d, 1e-13);
}

#[test]
fn laplacian_closed_form() {
    // tridiag(−1, 2, −1): λₖ = 4 sin²(kπ/(2(n+1))); ‖A‖₂ < 4, tolerance 10·n·ε·4.
    let n = 12;
    let a = tridiag(n, -1.0, 2.0, -1.0);
    let e = ok(
        "laplacian_closed_form: symmetric_eigen(&a)",
        symmetric_eigen(&a),
    );
    check("tridiag(−1, 2, −1)", &a, &e);
    let want: Vec<f64> = (1..=n)
        .rev()
        .map(|k| {
            let s = (k as f64 * std::f64::consts::PI / (2.0 * (n + 1) as f64)).sin();
            4.0 * s * s
        })
        .collect();
    assert_values(
        "tridiag(−1, 2, −1)",
        e.values.as_slice(),
        &want,
        10.0 * 12.0 * 4.0 * f64::EPSILON,
    );
}

#[test]
fn repeated_eigenvalues_still_get_orthonormal_vectors() {
    // Eigenvalue 2 of multiplicity 3: any orthonormal basis of its eigenspace is right, but
    // it must be orthonormal.
    let q = random_orthogonal(5, 23);
    let a = naive_matmul(
        &naive_matmul(&q, &Matrix::from_diag(&[2.0, 2.0, 2.0, -1.0, 5.0])),
        &naive_transpose(&q),
    );
    let a = Matrix::from_fn(5, 5, |i, j| 0.5 * (a[(i, j)] + a[(j, i)]));
    let e = ok(
        "repeated_eigenvalues_still_get_orthonormal_vectors: symmetric_eigen(&a)",
        symmetric_eigen(&a),
    );
    check("repeated eigenvalue 2", &a, &e);
    assert_values(
        "repeated",
        e.values.as_slice(),
        &[5.0, 2.0, 2.0, 2.0, -1.0],
        1e-14,
    );
}

#[test]
fn empty_zero_and_one_by_one() {
    let e = ok(
        "empty_zero_and_one_by_one: symmetric_eigen(&Matrix::zeros(0, 0))",
        symmetric_eigen(&Matrix::zeros(0, 0)),
    );
    assert!(
        e.values.is_empty() && e.vectors.shape() == (0, 0),
        "symmetric_eigen(0×0): got values {:?} and vectors of shape {:?}, want empty and 0×0",
        e.values,
        e.vectors.shape()
    );
    let z = Matrix::zeros(4, 4);
    let e = ok(
        "empty_zero_and_one_by_one: symmetric_eigen(&z)",
        symmetric_eigen(&z),
    );
    assert_eq!(
        e.values.as_slice(),
        &[0.0; 4],
        "symmetric_eigen(4×4 zeros): eigenvalues"
    );
    assert!(
        orthogonality_ratio(&e.vectors) < THRESHOLD,
        "symmetric_eigen(4×4 zeros): ‖I − VᵀV‖/(nε) = {:.3e}, want < {THRESHOLD}",
        orthogonality_ratio(&e.vectors)
    );
    let e = ok(
        "empty_zero_and_one_by_one: symmetric_eigen(&matrix![[-2.5]])",
        symmetric_eigen(&matrix![[-2.5]]),
    );
    assert_eq!(
        e.values.as_slice(),
        &[-2.5],
        "symmetric_eigen([[−2.5]]): eigenvalues"
    );
    assert_eq!(
        e.vectors[(0, 0)].abs(),
        1.0,
        "symmetric_eigen([[−2.5]]): |v₀₀| must be 1"
    );
}

#[test]
fn extreme_scales() {
    for s in [1e200, 1e-200] {
        let a = random_symmetric(6, 31).map(|x| x * s);
        let e = ok("extreme_scales: symmetric_eigen(&a)", symmetric_eigen(&a));
        check(&format!("random symmetric × {s:e}"), &a, &e);
        assert!(
            e.values
                .iter()
                .all(|v| v.is_finite() && v.abs() <= 10.0 * norm1(&a)),
            "no overflow or underflow at scale {s:e}: {:?}",
            e.values
        );
    }
}

#[test]
fn errors() {
    assert!(
        matches!(
            symmetric_eigen(&Matrix::zeros(2, 3)),
            Err(LinalgError::NotSquare { .. })
        ),
        "symmetric_eigen of a 2×3 matrix: got {:?}, want Err(LinalgError::NotSquare {{ .. }})",
        symmetric_eigen(&Matrix::zeros(2, 3))
    );
    assert!(
        matches!(
            symmetric_eigen(&matrix![[1.0, 2.0], [0.0, 1.0]]),
            Err(LinalgError::InvalidArgument { .. })
        ),
        "symmetric_eigen of the non-symmetric [[1, 2], [0, 1]]: got {:?}, want Err(LinalgError::InvalidArgument {{ .. }})",
        symmetric_eigen(&matrix![[1.0, 2.0], [0.0, 1.0]])
    );
    assert_eq!(
        symmetric_eigen(&matrix![[1.0, f64::NAN], [f64::NAN, 1.0]]).unwrap_err(),
        LinalgError::NonFinite {
            op: "symmetric_eigen"
        },
        "symmetric_eigen with NaN entries"
    );
}

#[test]
fn converges_in_about_two_steps_per_eigenvalue() {
    // Wilkinson's shift converges cubically for almost every matrix: about two implicit QR
    // steps per eigenvalue (measured 2.1–2.3 here). A shift of the wrong sign (the eigenvalue of
    // the trailing 2×2 block *farther* from d_n) still converges, but needs 3.3–3.8 per
    // eigenvalue; 3n separates the two.
    for (what, a) in [
        ("random symmetric 25×25, seed 6", random_symmetric(25, 6)),
        ("random symmetric 40×40, seed 7", random_symmetric(40, 7)),
        ("tridiag(−1, 2, −1), n = 12", tridiag(12, -1.0, 2.0, -1.0)),
    ] {
        let n = a.rows();
        let e = ok(
            "converges_in_about_two_steps_per_eigenvalue: symmetric_eigen(&a)",
            symmetric_eigen(&a),
        );
        check(&format!("symmetric_eigen({what})"), &a, &e);
        assert!(
            e.iterations <= 3 * n,
            "symmetric_eigen({what}): {} QR steps for n = {n}, expected about 2n (≤ 3n): \
             is the Wilkinson shift the eigenvalue of the trailing 2×2 block nearer d_n?",
            e.iterations
        );
    }
}
