//! Hotelling deflation and the dominant eigenpairs found with it.

use week1_vectors::gallery::{random_orthogonal, with_eigenvalues};
use week1_vectors::testing::{naive_matmul, naive_transpose, vec_norm2};
use week1_vectors::{LinalgError, Matrix, matrix, vector};
use week5_svd_eigen::testing::ok;
use week5_svd_eigen::{dominant_eigenpairs, hotelling_deflation};

#[test]
fn hotelling_on_two_by_two() {
    let a = matrix![[2.0, 1.0], [1.0, 2.0]];
    let b = hotelling_deflation(&a, 3.0, &vector![1.0, 1.0]).unwrap();
    // Entries of size 2 after one or two roundings: 1e-15 is a few ε.
    assert!(
        approx::abs_diff_eq!(b, matrix![[0.5, -0.5], [-0.5, 0.5]], epsilon = 1e-15),
        "hotelling_deflation([[2, 1], [1, 2]], λ = 3, v = (1, 1)): got {}, want {} (abs_diff_eq, epsilon = 1e-15)",
        b,
        matrix![[0.5, -0.5], [-0.5, 0.5]]
    );
    // v need not be a unit vector, nor small.
    let b2 = hotelling_deflation(&a, 3.0, &vector![-4e200, -4e200]).unwrap();
    assert!(
        approx::abs_diff_eq!(b2, matrix![[0.5, -0.5], [-0.5, 0.5]], epsilon = 1e-15),
        "hotelling_deflation([[2, 1], [1, 2]], λ = 3, v = (−4e200, −4e200)) (v need not be a unit vector): got {}, want {} (abs_diff_eq, epsilon = 1e-15)",
        b2,
        matrix![[0.5, -0.5], [-0.5, 0.5]]
    );
}

#[test]
fn hotelling_keeps_the_other_eigenpairs() {
    let q = random_orthogonal(4, 8);
    let d = [5.0, -2.0, 1.0, 0.5];
    let a = naive_matmul(
        &naive_matmul(&q, &Matrix::from_diag(&d)),
        &naive_transpose(&q),
    );
    let b = hotelling_deflation(&a, 5.0, &q.col(0)).unwrap();
    // B·q₀ = 0 and B·q₁ = −2·q₁, to rounding (‖A‖ = 5, so a few times 5ε).
    for (k, want) in [(0, 0.0), (1, -2.0), (2, 1.0)] {
        let qk = q.col(k);
        let bq = week1_vectors::testing::naive_matvec(&b, &qk);
        let err: Vec<f64> = bq
            .iter()
            .zip(qk.iter())
            .map(|(x, y)| x - want * y)
            .collect();
        let e = vec_norm2(&err.into());
        assert!(
            e < 1e-14,
            "hotelling_deflation: eigenvector {k} should keep eigenvalue {want}, residual {e:.1e}"
        );
    }
}

#[test]
fn hotelling_errors() {
    let a = Matrix::identity(2);
    assert!(
        matches!(
            hotelling_deflation(&a, 1.0, &vector![0.0, 0.0]),
            Err(LinalgError::ZeroVector { .. })
        ),
        "hotelling_deflation with v = 0: got {:?}, want Err(LinalgError::ZeroVector {{ .. }})",
        hotelling_deflation(&a, 1.0, &vector![0.0, 0.0])
    );
    assert!(
        matches!(
            hotelling_deflation(&a, 1.0, &vector![1.0]),
            Err(LinalgError::ShapeMismatch { .. })
        ),
        "hotelling_deflation of a 2×2 with a length-1 v: got {:?}, want Err(LinalgError::ShapeMismatch {{ .. }})",
        hotelling_deflation(&a, 1.0, &vector![1.0])
    );
    assert!(
        matches!(
            hotelling_deflation(&Matrix::zeros(2, 3), 1.0, &vector![1.0, 0.0]),
            Err(LinalgError::NotSquare { .. })
        ),
        "hotelling_deflation of a 2×3 matrix: got {:?}, want Err(LinalgError::NotSquare {{ .. }})",
        hotelling_deflation(&Matrix::zeros(2, 3), 1.0, &vector![1.0, 0.0])
    );
    assert!(
        matches!(
            hotelling_deflation(&a, f64::NAN, &vector![1.0, 0.0]),
            Err(LinalgError::NonFinite { .. })
        ),
        "hotelling_deflation with λ = NaN: got {:?}, want Err(LinalgError::NonFinite {{ .. }})",
        hotelling_deflation(&a, f64::NAN, &vector![1.0, 0.0])
    );
}

#[test]
fn three_dominant_pairs() {
    let a = with_eigenvalues(&[9.0, -6.0, 3.0, 1.0, 0.5], 12);
    let pairs = ok(
        "three_dominant_pairs: dominant_eigenpairs(&a, 3, 1e-12, 2000)",
        dominant_eigenpairs(&a, 3, 1e-12, 2000),
    );
    assert_eq!(
        pairs.len(),
        3,
        "dominant_eigenpairs(A with eigenvalues 9, −6, 3, 1, 0.5; k = 3): number of pairs"
    );
    for (p, want) in pairs.iter().zip([9.0, -6.0, 3.0]) {
        // Each deflation leaves an error of about tol·‖A‖ behind; 1e-9 is generous.
        assert!(
            (p.value - want).abs() < 1e-9,
            "dominant_eigenpairs: got {}, want {want}",
            p.value
        );
        assert!(
            p.iterations > 0,
            "dominant_eigenpairs: the pair for {want} reports {} iterations, want > 0 (it ran the power method)",
            p.iterations
        );
    }
    // The eigenvectors of a symmetric matrix are orthogonal.
    let d: f64 = pairs[0]
        .vector
        .iter()
        .zip(pairs[1].vector.iter())
        .map(|(x, y)| x * y)
        .sum();
    assert!(d.abs() < 1e-9, "v₀·v₁ = {d}");
}

#[test]
fn dominant_pairs_errors() {
    let a = Matrix::identity(2);
    assert!(
        matches!(
            dominant_eigenpairs(&a, 3, 1e-10, 100),
            Err(LinalgError::InvalidArgument { .. })
        ),
        "dominant_eigenpairs with k = 3 on the 2×2: got {:?}, want Err(LinalgError::InvalidArgument {{ .. }})",
        dominant_eigenpairs(&a, 3, 1e-10, 100)
    );
    assert!(
        matches!(
            dominant_eigenpairs(&matrix![[1.0, 2.0], [0.0, 1.0]], 1, 1e-10, 100),
            Err(LinalgError::InvalidArgument { .. })
        ),
        "dominant_eigenpairs on the non-symmetric [[1, 2], [0, 1]]: got {:?}, want Err(LinalgError::InvalidArgument {{ .. }})",
        dominant_eigenpairs(&matrix![[1.0, 2.0], [0.0, 1.0]], 1, 1e-10, 100)
    );
    // ±2 after deflating 3: equal magnitudes, the power method cannot choose.
    let b = with_eigenvalues(&[3.0, 2.0, -2.0], 4);
    assert!(
        matches!(
            dominant_eigenpairs(&b, 2, 1e-12, 300),
            Err(LinalgError::NoConvergence { .. })
        ),
        "dominant_eigenpairs(A with eigenvalues 3, 2, −2; k = 2): after deflating 3, ±2 have equal magnitude: got {:?}, want Err(LinalgError::NoConvergence {{ .. }})",
        dominant_eigenpairs(&b, 2, 1e-12, 300)
    );
    assert!(
        ok(
            "dominant_pairs_errors: dominant_eigenpairs(&a, 0, 1e-10, 100)",
            dominant_eigenpairs(&a, 0, 1e-10, 100)
        )
        .is_empty(),
        "dominant_eigenpairs(k = 0): got {:?}, want empty",
        ok(
            "dominant_pairs_errors: dominant_eigenpairs(&a, 0, 1e-10, 100)",
            dominant_eigenpairs(&a, 0, 1e-10, 100)
        )
    );
}
