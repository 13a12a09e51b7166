//! Public tests: lstsq_normal, lstsq_qr (src/lstsq.rs).
//!
//! Run just these with `cargo test -p week4-lu-qr --test lstsq`.
//!
//! A least-squares solution is characterised by its residual being orthogonal to the columns:
//! `Aᵀ(b − Ax) = 0`. The tests measure `‖Aᵀ(b − Ax)‖∞ / (‖A‖²·‖x‖ + ‖A‖·‖b‖)`, in units of ε,
//! which a backward-stable solver keeps of order 1–10 (it is exact for some `A + δA` with
//! `‖δA‖ = O(ε‖A‖)`); on a well-conditioned `A` the normal equations meet it too.

use week1_vectors::testing::{EPS, max_abs, naive_matvec, naive_transpose, norm1};
use week1_vectors::{LinalgError, Matrix, Vector, gallery, matrix, vector};
use week4_lu_qr::{lstsq_normal, lstsq_qr};

/// `‖Aᵀ(b − Ax)‖∞ / ((‖A‖₁²‖x‖∞ + ‖A‖₁‖b‖∞)·ε)`: the residual's component in the column space.
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
fn fit_a_line_by_hand() {
    // Points (0, 1), (1, 2), (2, 2), (3, 4): the best line c₀ + c₁t solves
    // AᵀA c = Aᵀb with AᵀA = [[4, 6], [6, 14]], Aᵀb = [9, 18]: c₀ = (14·9 − 6·18)/20 = 0.9,
    // c₁ = (4·18 − 6·9)/20 = 0.9.
    let a = matrix![[1.0, 0.0], [1.0, 1.0], [1.0, 2.0], [1.0, 3.0]];
    let b = vector![1.0, 2.0, 2.0, 4.0];
    for (name, x) in [
        ("lstsq_normal", lstsq_normal(&a, &b).unwrap()),
        ("lstsq_qr", lstsq_qr(&a, &b).unwrap()),
    ] {
        assert!(
            (x[0] - 0.9).abs() < 1e-14 && (x[1] - 0.9).abs() < 1e-14,
            "{name}: line through (0,1), (1,2), (2,2), (3,4): got {x}, want [0.9, 0.9]"
        );
    }
}

#[test]
fn square_nonsingular_is_a_solve() {
    // m = n: least squares is solving Ax = b; b = A·(1, −1, 2) exactly.
    let a = matrix![[2.0, 1.0, 0.0], [1.0, 3.0, 1.0], [0.0, 1.0, 4.0]];
    let b = vector![1.0, 0.0, 7.0];
    for (name, x) in [
        ("lstsq_normal", lstsq_normal(&a, &b).unwrap()),
        ("lstsq_qr", lstsq_qr(&a, &b).unwrap()),
    ] {
        let err = (x[0] - 1.0)
            .abs()
            .max((x[1] + 1.0).abs())
            .max((x[2] - 2.0).abs());
        // κ(A) ≈ 3.4, so κ²ε ≈ 3e-15 bounds both methods' error with room to spare.
        assert!(
            err < 1e-13,
            "{name}: got {x}, want [1, −1, 2] (error {err:e})"
        );
    }
}

#[test]
fn random_tall_residual_is_orthogonal_to_the_columns() {
    for (m, n, seed) in [(10, 3, 1), (50, 10, 2), (100, 20, 3)] {
        let a = gallery::random_matrix(m, n, seed);
        let b = gallery::random_vector(m, seed + 50);
        let xq = lstsq_qr(&a, &b).unwrap();
        let rq = normal_residual_ratio(&a, &xq, &b);
        assert!(
            rq < 30.0,
            "lstsq_qr on {m}×{n} random: ‖Aᵀr‖ ratio = {rq:.3e}"
        );
        let xn = lstsq_normal(&a, &b).unwrap();
        let rn = normal_residual_ratio(&a, &xn, &b);
        // Random tall Gaussian matrices have κ ≈ 3, so the normal equations are fine here.
        assert!(
            rn < 30.0,
            "lstsq_normal on {m}×{n} random: ‖Aᵀr‖ ratio = {rn:.3e}"
        );
    }
}

#[test]
fn lauchli_normal_equations_break_down() {
    // δ = 1e-8: 1 + δ² rounds to 1, so fl(AᵀA) is the all-ones matrix, singular.
    let a = gallery::lauchli(3, 1e-8);
    let b = vector![1.0, 0.0, 0.0, 0.0];
    assert_eq!(
        lstsq_normal(&a, &b),
        Err(LinalgError::RankDeficient {
            op: "lstsq_normal",
            rank: 1,
            needed: 3
        })
    );
}

#[test]
fn lauchli_qr_is_accurate() {
    // A = lauchli(3, 1e-6), b = A·(1, 2, 3): κ(A) = √4/δ = 2e6, so the error of a backward
    // stable solver on this zero-residual problem is at most a modest multiple of κε ≈ 4.4e-10.
    let a = gallery::lauchli(3, 1e-6);
    let b = naive_matvec(&a, &vector![1.0, 2.0, 3.0]);
    let x = lstsq_qr(&a, &b).unwrap();
    let err = (x[0] - 1.0)
        .abs()
        .max((x[1] - 2.0).abs())
        .max((x[2] - 3.0).abs())
        / 3.0;
    assert!(
        err < 1e-8,
        "lstsq_qr on Läuchli(3, 1e-6): relative error {err:.2e}"
    );
}

#[test]
fn rank_deficient_qr() {
    // The third column is the sum of the first two.
    let a = matrix![
        [1.0, 0.0, 1.0],
        [0.0, 1.0, 1.0],
        [1.0, 1.0, 2.0],
        [2.0, 0.0, 2.0]
    ];
    let b = vector![1.0, 2.0, 3.0, 4.0];
    assert_eq!(
        lstsq_qr(&a, &b),
        Err(LinalgError::RankDeficient {
            op: "lstsq_qr",
            rank: 2,
            needed: 3
        })
    );
}

#[test]
fn errors() {
    let a = Matrix::zeros(3, 2);
    assert_eq!(
        lstsq_qr(&a, &vector![1.0, 2.0]),
        Err(LinalgError::LengthMismatch {
            op: "lstsq_qr",
            left: 3,
            right: 2
        })
    );
    assert_eq!(
        lstsq_normal(&a, &vector![1.0, 2.0]),
        Err(LinalgError::LengthMismatch {
            op: "lstsq_normal",
            left: 3,
            right: 2
        })
    );
    // Wide: more unknowns than equations, the solution is not unique.
    let wide = matrix![[1.0, 2.0, 3.0], [4.0, 5.0, 6.0]];
    for (name, r) in [
        ("lstsq_qr", lstsq_qr(&wide, &vector![1.0, 2.0])),
        ("lstsq_normal", lstsq_normal(&wide, &vector![1.0, 2.0])),
    ] {
        assert!(
            matches!(
                r,
                Err(LinalgError::RankDeficient {
                    rank: 2,
                    needed: 3,
                    ..
                })
            ),
            "{name} of a 2×3 matrix: {r:?}"
        );
    }
    let x = lstsq_qr(&matrix![[1.0], [1.0]], &vector![1.0, f64::NAN]);
    assert_eq!(x, Err(LinalgError::NonFinite { op: "lstsq_qr" }));
}
