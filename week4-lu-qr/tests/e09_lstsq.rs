//! Public tests: lstsq_normal, lstsq_qr (src/lstsq.rs).
//!
//! Run just these with `cargo test -p week4-lu-qr --test e09_lstsq`.
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

type LstsqFn = fn(&Matrix, &Vector) -> week1_vectors::Result<Vector>;

/// Unwraps a least-squares solution, naming the solver and the problem if it was refused.
fn solved(name: &str, problem: &str, r: week1_vectors::Result<Vector>) -> Vector {
    r.unwrap_or_else(|e| panic!("{name} on {problem}: returned {e:?}, want a solution"))
}

/// The line through (0, 1), (1, 2), (2, 2), (3, 4): the best line c₀ + c₁t solves
/// AᵀA c = Aᵀb with AᵀA = [[4, 6], [6, 14]], Aᵀb = [9, 18]: c₀ = (14·9 − 6·18)/20 = 0.9,
/// c₁ = (4·18 − 6·9)/20 = 0.9.
fn check_fit_a_line(name: &str, solve: LstsqFn) {
    let a = matrix![[1.0, 0.0], [1.0, 1.0], [1.0, 2.0], [1.0, 3.0]];
    let b = vector![1.0, 2.0, 2.0, 4.0];
    let x = solved(name, "the line through 4 points", solve(&a, &b));
    assert!(
        (x[0] - 0.9).abs() < 1e-14 && (x[1] - 0.9).abs() < 1e-14,
        "{name}: line through (0,1), (1,2), (2,2), (3,4): got {x}, want [0.9, 0.9] (each within 1e-14)"
    );
}

#[test]
fn fit_a_line_by_hand_normal() {
    check_fit_a_line("lstsq_normal", lstsq_normal);
}

#[test]
fn fit_a_line_by_hand_qr() {
    check_fit_a_line("lstsq_qr", lstsq_qr);
}

/// m = n: least squares is solving Ax = b; b = A·(1, −1, 2) exactly.
fn check_square_nonsingular(name: &str, solve: LstsqFn) {
    let a = matrix![[2.0, 1.0, 0.0], [1.0, 3.0, 1.0], [0.0, 1.0, 4.0]];
    let b = vector![1.0, 0.0, 7.0];
    let x = solved(name, "a 3×3 nonsingular system", solve(&a, &b));
    let err = (x[0] - 1.0)
        .abs()
        .max((x[1] + 1.0).abs())
        .max((x[2] - 2.0).abs());
    // κ(A) ≈ 3.4, so κ²ε ≈ 3e-15 bounds both methods' error with room to spare.
    assert!(
        err < 1e-13,
        "{name} on the 3×3 system [[2, 1, 0], [1, 3, 1], [0, 1, 4]]: got {x}, want [1, −1, 2] \
         (max error {err:e}, allowed 1e-13)"
    );
}

#[test]
fn square_nonsingular_is_a_solve_normal() {
    check_square_nonsingular("lstsq_normal", lstsq_normal);
}

#[test]
fn square_nonsingular_is_a_solve_qr() {
    check_square_nonsingular("lstsq_qr", lstsq_qr);
}

/// Random tall Gaussian matrices have κ ≈ 3, so the normal equations are fine here too.
fn check_random_tall(name: &str, solve: LstsqFn) {
    for (m, n, seed) in [(10, 3, 1), (50, 10, 2), (100, 20, 3)] {
        let a = gallery::random_matrix(m, n, seed);
        let b = gallery::random_vector(m, seed + 50);
        let x = solved(name, &format!("{m}×{n} random"), solve(&a, &b));
        let r = normal_residual_ratio(&a, &x, &b);
        assert!(
            r < 30.0,
            "{name} on {m}×{n} random (seed {seed}): ‖Aᵀr‖ ratio = {r:.3e}, want < 30"
        );
    }
}

#[test]
fn random_tall_residual_is_orthogonal_to_the_columns_normal() {
    check_random_tall("lstsq_normal", lstsq_normal);
}

#[test]
fn random_tall_residual_is_orthogonal_to_the_columns_qr() {
    check_random_tall("lstsq_qr", lstsq_qr);
}

#[test]
fn lauchli_normal_equations_break_down() {
    // δ = 1e-8: 1 + δ² rounds to 1, so fl(AᵀA) is the all-ones matrix, singular.
    let a = gallery::lauchli(3, 1e-8);
    let b = vector![1.0, 0.0, 0.0, 0.0];
    assert_eq!(
        lstsq_normal(&a, &b),
        Err(LinalgError::NotPositiveDefinite {
            op: "lstsq_normal",
            index: 1
        }),
        "lstsq_normal on lauchli(3, 1e-8): A has full rank 3, but fl(AᵀA) is the all-ones \
         matrix, so Cholesky breaks down at index 1 (not a rank deficiency of A)"
    );
}

#[test]
fn lauchli_qr_is_accurate() {
    // A = lauchli(3, 1e-6), b = A·(1, 2, 3): σ = √(3 + δ²), δ, δ, so κ(A) ≈ √3/δ ≈ 1.7e6 and the
    // error of a backward-stable solver on this zero-residual problem is at most a modest
    // multiple of κε ≈ 3.8e-10.
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
        "lstsq_qr on Läuchli(3, 1e-6), x = (1, 2, 3): got {x}, relative error {err:.2e}, want < 1e-8"
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
        }),
        "lstsq_qr on a 4×3 matrix whose column 2 is column 0 + column 1"
    );
}

/// A length mismatch, and a wide matrix (more unknowns than equations: not unique).
fn check_errors(name: &'static str, solve: LstsqFn) {
    let a = Matrix::zeros(3, 2);
    assert_eq!(
        solve(&a, &vector![1.0, 2.0]),
        Err(LinalgError::LengthMismatch {
            op: name,
            left: 3,
            right: 2
        }),
        "{name} with a 3×2 matrix and a length-2 b"
    );
    let wide = matrix![[1.0, 2.0, 3.0], [4.0, 5.0, 6.0]];
    let r = solve(&wide, &vector![1.0, 2.0]);
    assert!(
        matches!(
            r,
            Err(LinalgError::RankDeficient {
                rank: 2,
                needed: 3,
                ..
            })
        ),
        "{name} of a 2×3 matrix: got {r:?}, want RankDeficient {{ rank: 2, needed: 3 }}"
    );
}

#[test]
fn errors_normal() {
    check_errors("lstsq_normal", lstsq_normal);
}

#[test]
fn errors_qr() {
    check_errors("lstsq_qr", lstsq_qr);
    let x = lstsq_qr(&matrix![[1.0], [1.0]], &vector![1.0, f64::NAN]);
    assert_eq!(
        x,
        Err(LinalgError::NonFinite { op: "lstsq_qr" }),
        "lstsq_qr with b = (1, NaN)"
    );
}
