//! Householder reduction to Hessenberg and tridiagonal form.

use week1_vectors::gallery::{random_matrix, random_symmetric};
use week1_vectors::testing::{
    THRESHOLD, naive_matmul, naive_transpose, orthogonality_ratio, reconstruction_ratio,
};
use week1_vectors::{LinalgError, Matrix, matrix};
use week5_svd_eigen::{hessenberg, tridiagonalize};

fn qaqt(q: &Matrix, a: &Matrix) -> Matrix {
    naive_matmul(&naive_matmul(q, a), &naive_transpose(q))
}

fn tri(d: &[f64], e: &[f64]) -> Matrix {
    let n = d.len();
    Matrix::from_fn(n, n, |i, j| {
        if i == j {
            d[i]
        } else if i == j + 1 {
            e[j]
        } else if j == i + 1 {
            e[i]
        } else {
            0.0
        }
    })
}

#[test]
fn hessenberg_random() {
    for (n, seed) in [(3, 1), (5, 2), (8, 3), (20, 4)] {
        let a = random_matrix(n, n, seed);
        let hq = hessenberg(&a).unwrap();
        for i in 0..n {
            for j in 0..i.saturating_sub(1) {
                assert_eq!(
                    hq.h[(i, j)],
                    0.0,
                    "hessenberg({n}×{n}): h[{i}][{j}] below the subdiagonal must be exactly 0"
                );
            }
        }
        let orth = orthogonality_ratio(&hq.q);
        let rec = reconstruction_ratio(&a, &qaqt(&hq.q, &hq.h));
        assert!(
            orth < THRESHOLD && rec < THRESHOLD,
            "hessenberg({n}×{n}, seed {seed}): ‖I−QᵀQ‖/(nε) = {orth:.2}, ‖A−QHQᵀ‖/(n‖A‖ε) = {rec:.2}"
        );
    }
}

#[test]
fn hessenberg_small_and_already_hessenberg() {
    for n in 0..=2 {
        let a = random_matrix(n, n, 9);
        let hq = hessenberg(&a).unwrap();
        assert_eq!(hq.h, a, "{n}×{n} is already Hessenberg");
        assert_eq!(
            hq.q,
            Matrix::identity(n),
            "hessenberg({n}×{n}): Q is the identity (nothing to reduce)"
        );
    }
    let h = matrix![[1.0, 2.0, 3.0], [4.0, 5.0, 6.0], [0.0, 7.0, 8.0]];
    let hq = hessenberg(&h).unwrap();
    assert!(
        reconstruction_ratio(&h, &qaqt(&hq.q, &hq.h)) < THRESHOLD,
        "hessenberg of an upper-Hessenberg 3×3: ‖A − QHQᵀ‖/(n‖A‖ε) = {:.3e}, want < {THRESHOLD}",
        reconstruction_ratio(&h, &qaqt(&hq.q, &hq.h))
    );
    assert_eq!(
        hq.h[(2, 0)],
        0.0,
        "hessenberg of an upper-Hessenberg 3×3: h₂₀ must be exactly 0"
    );
}

#[test]
fn hessenberg_errors() {
    assert!(
        matches!(
            hessenberg(&Matrix::zeros(2, 3)),
            Err(LinalgError::NotSquare { .. })
        ),
        "hessenberg of a 2×3 matrix: got {:?}, want Err(LinalgError::NotSquare {{ .. }})",
        hessenberg(&Matrix::zeros(2, 3))
    );
    assert!(
        matches!(
            hessenberg(&matrix![[1.0, f64::NAN], [0.0, 1.0]]),
            Err(LinalgError::NonFinite { .. })
        ),
        "hessenberg of a matrix with a NaN: got {:?}, want Err(LinalgError::NonFinite {{ .. }})",
        hessenberg(&matrix![[1.0, f64::NAN], [0.0, 1.0]])
    );
}

#[test]
fn tridiagonalize_random_symmetric() {
    for (n, seed) in [(1, 1), (2, 2), (3, 3), (10, 4), (30, 5)] {
        let a = random_symmetric(n, seed);
        let t = tridiagonalize(&a).unwrap();
        assert_eq!(
            t.diag.len(),
            n,
            "tridiagonalize({n}×{n}, seed {seed}): diag length"
        );
        assert_eq!(
            t.offdiag.len(),
            n.saturating_sub(1),
            "tridiagonalize({n}×{n}, seed {seed}): offdiag length"
        );
        let orth = orthogonality_ratio(&t.q);
        let rec = reconstruction_ratio(
            &a,
            &qaqt(&t.q, &tri(t.diag.as_slice(), t.offdiag.as_slice())),
        );
        assert!(
            orth < THRESHOLD && rec < THRESHOLD,
            "tridiagonalize({n}×{n}, seed {seed}): ‖I−QᵀQ‖/(nε) = {orth:.2}, ‖A−QTQᵀ‖/(n‖A‖ε) = {rec:.2}"
        );
    }
}

#[test]
fn tridiagonalize_edge_cases() {
    let t = tridiagonalize(&Matrix::zeros(0, 0)).unwrap();
    assert!(
        t.diag.is_empty() && t.offdiag.is_empty(),
        "tridiagonalize(0×0): got diag {:?}, offdiag {:?}, want both empty",
        t.diag,
        t.offdiag
    );
    // Already diagonal: nothing to do.
    let t = tridiagonalize(&Matrix::from_diag(&[1.0, 2.0, 3.0])).unwrap();
    assert_eq!(
        t.diag.as_slice(),
        &[1.0, 2.0, 3.0],
        "tridiagonalize(diag(1, 2, 3)): diag (nothing to do)"
    );
    assert_eq!(
        t.offdiag.as_slice(),
        &[0.0, 0.0],
        "tridiagonalize(diag(1, 2, 3)): offdiag"
    );
    assert!(
        matches!(
            tridiagonalize(&matrix![[1.0, 2.0], [3.0, 4.0]]),
            Err(LinalgError::InvalidArgument { .. })
        ),
        "tridiagonalize of the non-symmetric [[1, 2], [3, 4]]: got {:?}, want Err(LinalgError::InvalidArgument {{ .. }})",
        tridiagonalize(&matrix![[1.0, 2.0], [3.0, 4.0]])
    );
    assert!(
        matches!(
            tridiagonalize(&Matrix::zeros(3, 2)),
            Err(LinalgError::NotSquare { .. })
        ),
        "tridiagonalize of a 3×2 matrix: got {:?}, want Err(LinalgError::NotSquare {{ .. }})",
        tridiagonalize(&Matrix::zeros(3, 2))
    );
}
