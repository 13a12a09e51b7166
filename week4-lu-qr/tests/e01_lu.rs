//! Public tests: lu, lu_no_pivoting, growth_factor, Lu::solve / solve_many / det / inverse
//! (src/lu.rs).
//!
//! Run just these with `cargo test -p week4-lu-qr --test e01_lu`.
//!
//! Factorisations are checked by scaled residuals (see `week1_vectors::testing`):
//! `‖PA − LU‖₁ / (n‖A‖₁ε)` and `‖b − Ax‖₁ / (‖A‖₁‖x‖₁ε)` are of order 1 for a backward-stable
//! algorithm with a modest growth factor (Higham, Thm 9.3: the backward error of LU is bounded
//! by about `n·ρ·ε`), so `THRESHOLD` = 30 passes any correct implementation on these inputs,
//! and fails a wrong one by many orders of magnitude.

use week1_vectors::testing::assert_singular_with;
use week1_vectors::testing::{
    EPS, THRESHOLD, is_lower_triangular, is_upper_triangular, naive_matmul, naive_matvec,
    reconstruction_ratio, solve_many_ratio, solve_ratio,
};
use week1_vectors::{LinalgError, Matrix, gallery, matrix, vector};
use week3_inverse::pivot_tolerance;
use week4_lu_qr::{Lu, growth_factor, lu, lu_no_pivoting};

/// Checks the structure of an LU factorisation and returns `‖PA − LU‖ / (n‖A‖ε)`.
fn check_factors(what: &str, a: &Matrix, f: &Lu) -> f64 {
    let n = a.rows();
    let (p, l, u) = (f.p(), f.l(), f.u());
    assert_eq!(
        f.perm().len(),
        n,
        "{what}: perm has {} entries",
        f.perm().len()
    );
    assert!(
        is_lower_triangular(&l),
        "{what}: L is not lower triangular:\n{l}"
    );
    assert!(
        is_upper_triangular(&u),
        "{what}: U is not upper triangular:\n{u}"
    );
    let ratio = reconstruction_ratio(&naive_matmul(&p, a), &naive_matmul(&l, &u));
    assert!(
        ratio < THRESHOLD,
        "{what}: ‖PA − LU‖/(n‖A‖ε) = {ratio:.3e} ≥ {THRESHOLD}"
    );
    ratio
}

// ---- lu ---------------------------------------------------------------------------------

#[test]
fn lu_2x2_by_hand() {
    // |3| > |1|: rows swap; l = 1/3; u₂₂ = 2 − (1/3)·4.
    let f = lu(&matrix![[1.0, 2.0], [3.0, 4.0]]).unwrap();
    assert_eq!(f.perm(), &[1, 0], "perm of [[1, 2], [3, 4]]");
    assert_eq!(
        f.p(),
        matrix![[0.0, 1.0], [1.0, 0.0]],
        "lu([[1, 2], [3, 4]]): P (rows 0 and 1 swap, since |3| > |1|)"
    );
    assert_eq!(
        f.l(),
        matrix![[1.0, 0.0], [1.0 / 3.0, 1.0]],
        "lu([[1, 2], [3, 4]]): L (multiplier 1/3)"
    );
    assert_eq!(
        f.u(),
        matrix![[3.0, 4.0], [0.0, 2.0 - (1.0 / 3.0) * 4.0]],
        "lu([[1, 2], [3, 4]]): U (u₂₂ = 2 − (1/3)·4)"
    );
}

#[test]
fn lu_3x3_by_hand() {
    // The leading 3×3 block of Trefethen & Bau's example in Lecture 21. Step 0: pivot 8 (row 2),
    // multipliers 1/2 (row 1) and 1/4 (row 0). Step 1: what is left of row 0, −3/4, beats
    // row 1's −1/2: swap again; multiplier (−1/2)/(−3/4) = 2/3. All exact but the last.
    let a = matrix![[2.0, 1.0, 1.0], [4.0, 3.0, 3.0], [8.0, 7.0, 9.0]];
    let f = lu(&a).unwrap();
    assert_eq!(f.perm(), &[2, 0, 1], "perm");
    // 2/3 is rounded, by ½ ulp whether you divide or multiply by a reciprocal: allow 2ε.
    assert!(
        approx::relative_eq!(
            f.l(),
            matrix![[1.0, 0.0, 0.0], [0.25, 1.0, 0.0], [0.5, 2.0 / 3.0, 1.0]],
            epsilon = 2.0 * EPS
        ),
        "lu([[2, 1, 1], [4, 3, 3], [8, 7, 9]]): L: got {:?}, want {:?} (relative_eq, epsilon = 2.0 * EPS)",
        f.l(),
        matrix![[1.0, 0.0, 0.0], [0.25, 1.0, 0.0], [0.5, 2.0 / 3.0, 1.0]]
    );
    assert_eq!(
        f.u()[(0, 0)],
        8.0,
        "lu([[2, 1, 1], [4, 3, 3], [8, 7, 9]]): u₀₀ is the pivot 8 (exact)"
    );
    assert_eq!(
        f.u()[(1, 1)],
        -0.75,
        "lu([[2, 1, 1], [4, 3, 3], [8, 7, 9]]): u₁₁ is −3/4 (exact)"
    );
    check_factors("lu of a 3×3", &a, &f);
}

#[test]
fn lu_multipliers_are_at_most_one() {
    for (n, seed) in [(5, 1), (12, 2), (40, 3)] {
        let a = gallery::random_matrix(n, n, seed);
        let f = lu(&a).unwrap();
        let l = f.l();
        let worst = l.as_slice().iter().fold(0.0_f64, |m, x| m.max(x.abs()));
        assert!(
            worst <= 1.0,
            "lu({n}×{n} random, seed {seed}): partial pivoting keeps |l_ij| ≤ 1, found {worst}"
        );
    }
}

#[test]
fn lu_random_residual() {
    for (n, seed) in [(1, 10), (2, 11), (7, 12), (30, 13), (64, 14)] {
        let a = gallery::random_matrix(n, n, seed);
        check_factors(&format!("lu({n}×{n} random)"), &a, &lu(&a).unwrap());
    }
}

#[test]
fn lu_errors() {
    assert_eq!(
        lu(&Matrix::zeros(2, 3)),
        Err(LinalgError::NotSquare {
            op: "lu",
            shape: (2, 3)
        }),
        "lu of a 2×3 matrix"
    );
    assert_eq!(
        lu(&matrix![[1.0, f64::NAN], [0.0, 1.0]]),
        Err(LinalgError::NonFinite { op: "lu" }),
        "lu of a matrix containing NaN"
    );
}

#[test]
fn lu_of_a_singular_matrix_succeeds() {
    // The second row is twice the first: U gets an exact zero pivot, and that is not an error.
    let a = matrix![[1.0, 2.0], [2.0, 4.0]];
    let f = lu(&a).unwrap();
    assert_eq!(f.u()[(1, 1)], 0.0, "U of a singular matrix:\n{}", f.u());
    assert_eq!(
        f.det(),
        0.0,
        "Lu::det of [[1, 2], [2, 4]] (an exact zero pivot)"
    );
    assert_singular_with(
        f.solve(&vector![1.0, 1.0]),
        "Lu::solve",
        1,
        (0.0, pivot_tolerance(&a)),
        "Lu::solve with [[1, 2], [2, 4]] (exact zero pivot u₁₁)",
    );
}

// ---- lu_no_pivoting and the growth factor ------------------------------------------------

#[test]
fn no_pivoting_by_hand() {
    let f = lu_no_pivoting(&matrix![[2.0, 1.0], [6.0, 4.0]]).unwrap();
    assert_eq!(
        f.perm(),
        &[0, 1],
        "lu_no_pivoting([[2, 1], [6, 4]]): perm stays the identity"
    );
    assert_eq!(
        f.l(),
        matrix![[1.0, 0.0], [3.0, 1.0]],
        "lu_no_pivoting([[2, 1], [6, 4]]): L (multiplier 6/2 = 3, exact)"
    );
    assert_eq!(
        f.u(),
        matrix![[2.0, 1.0], [0.0, 1.0]],
        "lu_no_pivoting([[2, 1], [6, 4]]): U (exact)"
    );
}

#[test]
fn no_pivoting_zero_pivot_is_an_error() {
    assert_singular_with(
        lu_no_pivoting(&matrix![[1.0, 1.0, 0.0], [1.0, 1.0, 2.0], [0.0, 3.0, 1.0]]),
        "lu_no_pivoting",
        1,
        (0.0, 0.0),
        "after step 0 the (1, 1) pivot is 1 − 1 = 0 and a₂₁ = 3 ≠ 0",
    );
}

#[test]
fn no_pivoting_small_pivot_grows() {
    // [[1e-20, 1], [1, 1]]: U = [[1e-20, 1], [0, 1 − 1e20]], ρ = 1e20, and LU ≠ A.
    let a = matrix![[1e-20, 1.0], [1.0, 1.0]];
    let f = lu_no_pivoting(&a).unwrap();
    let rho = growth_factor(&a, &f);
    assert!(
        (rho - 1e20).abs() <= 1e20 * 4.0 * EPS,
        "growth factor without pivoting: {rho:e}, want 1e20"
    );
    let ratio = reconstruction_ratio(&a, &naive_matmul(&f.l(), &f.u()));
    assert!(
        ratio > 1e10,
        "LU without pivoting should NOT reproduce A here: ratio {ratio:e}"
    );
    // With pivoting all is well.
    let g = lu(&a).unwrap();
    assert_eq!(
        growth_factor(&a, &g),
        1.0,
        "growth_factor of lu([[1e-20, 1], [1, 1]]) with pivoting: U = [[1, 1], [0, 1 − 1e-20]] so ρ = 1"
    );
    check_factors("lu([[1e-20, 1], [1, 1]])", &a, &g);
}

#[test]
fn growth_factor_of_the_wilkinson_matrix() {
    // The last column doubles at every step: max |u| = 2ⁿ⁻¹, max |a| = 1; both exact in f64.
    for n in [1, 2, 6, 12] {
        let w = gallery::wilkinson_growth(n);
        let rho = growth_factor(&w, &lu(&w).unwrap());
        assert_eq!(
            rho,
            2f64.powi(n as i32 - 1),
            "growth factor of wilkinson_growth({n})"
        );
    }
}

// ---- solve, solve_many --------------------------------------------------------------------

#[test]
fn solve_by_hand() {
    // 2x + y = 5, x + 3y = 10 → x = 1, y = 3.
    let f = lu(&matrix![[2.0, 1.0], [1.0, 3.0]]).unwrap();
    let x = f.solve(&vector![5.0, 10.0]).unwrap();
    assert!(
        (x[0] - 1.0).abs() < 4.0 * EPS && (x[1] - 3.0).abs() < 8.0 * EPS,
        "solve: got {x}, want [1, 3]"
    );
}

#[test]
fn solve_random_backward_error() {
    for (n, seed) in [(3, 20), (25, 21), (60, 22)] {
        let a = gallery::random_matrix(n, n, seed);
        let b = gallery::random_vector(n, seed + 100);
        let x = lu(&a).unwrap().solve(&b).unwrap();
        let r = solve_ratio(&a, &x, &b);
        assert!(
            r < THRESHOLD,
            "Lu::solve on {n}×{n} random: ‖b − Ax‖/(‖A‖‖x‖ε) = {r:.3e}"
        );
    }
}

#[test]
fn solve_length_mismatch() {
    let f = lu(&Matrix::identity(3)).unwrap();
    assert_eq!(
        f.solve(&vector![1.0, 2.0]),
        Err(LinalgError::LengthMismatch {
            op: "Lu::solve",
            left: 3,
            right: 2
        }),
        "Lu::solve with a length-2 b for a 3×3 factorisation"
    );
}

#[test]
fn solve_many_random() {
    let a = gallery::random_matrix(20, 20, 30);
    let b = gallery::random_matrix(20, 4, 31);
    let x = lu(&a).unwrap().solve_many(&b).unwrap();
    assert_eq!(x.shape(), (20, 4), "solve_many: X has B's shape");
    let r = solve_many_ratio(&a, &x, &b);
    assert!(r < THRESHOLD, "solve_many: ‖B − AX‖/(‖A‖‖X‖ε) = {r:.3e}");
    // Each column agrees with solve().
    let f = lu(&a).unwrap();
    let x1 = f.solve(&b.col(1)).unwrap();
    let diff = (0..20)
        .map(|i| (x1[i] - x[(i, 1)]).abs())
        .fold(0.0, f64::max);
    assert!(
        diff < 1e-12,
        "solve_many column 1 differs from solve by {diff:e}"
    );
}

#[test]
fn solve_many_shape_mismatch() {
    let f = lu(&Matrix::identity(3)).unwrap();
    assert_eq!(
        f.solve_many(&Matrix::zeros(2, 2)),
        Err(LinalgError::ShapeMismatch {
            op: "Lu::solve_many",
            left: (3, 3),
            right: (2, 2)
        }),
        "Lu::solve_many with a 2×2 B for a 3×3 factorisation"
    );
}

// ---- det, inverse -------------------------------------------------------------------------

#[test]
fn det_by_hand() {
    assert_eq!(
        lu(&matrix![[3.0, 8.0], [4.0, 6.0]]).unwrap().det(),
        -14.0,
        "Lu::det of [[3, 8], [4, 6]] (one swap; exact)"
    );
    // A permutation matrix with one swap: det −1.
    assert_eq!(
        lu(&gallery::permutation(&[0, 2, 1])).unwrap().det(),
        -1.0,
        "Lu::det of the permutation [0, 2, 1] (one swap)"
    );
    // A 3-cycle is two swaps: det +1.
    assert_eq!(
        lu(&gallery::permutation(&[1, 2, 0])).unwrap().det(),
        1.0,
        "Lu::det of the permutation [1, 2, 0] (a 3-cycle: two swaps)"
    );
    assert_eq!(
        lu(&Matrix::zeros(0, 0)).unwrap().det(),
        1.0,
        "det of 0×0 is 1"
    );
}

#[test]
fn det_of_a_triangular_matrix() {
    // det = 2·(−3)·0.5·4 = −12; no pivoting needed, so every step is exact.
    let a = matrix![
        [2.0, 1.0, 7.0, 1.0],
        [0.0, -3.0, 2.0, 2.0],
        [0.0, 0.0, 0.5, 5.0],
        [0.0, 0.0, 0.0, 4.0]
    ];
    assert_eq!(
        lu(&a).unwrap().det(),
        -12.0,
        "Lu::det of an upper-triangular 4×4 (2·(−3)·0.5·4, exact)"
    );
}

#[test]
fn inverse_by_hand() {
    let inv = lu(&matrix![[2.0, 0.0], [0.0, 4.0]])
        .unwrap()
        .inverse()
        .unwrap();
    assert_eq!(
        inv,
        matrix![[0.5, 0.0], [0.0, 0.25]],
        "Lu::inverse of diag(2, 4) (exact)"
    );
}

#[test]
fn inverse_random() {
    let a = gallery::random_matrix(15, 15, 40);
    let x = lu(&a).unwrap().inverse().unwrap();
    // AX = I: the backward error of X as a solution of AX = I.
    let r = solve_many_ratio(&a, &x, &Matrix::identity(15));
    assert!(r < THRESHOLD, "inverse: ‖I − AX‖/(‖A‖‖X‖ε) = {r:.3e}");
    let ax = naive_matvec(&a, &x.col(3));
    assert!((ax[3] - 1.0).abs() < 1e-10, "A·(column 3 of A⁻¹) = e₃");
}

#[test]
fn inverse_of_singular_is_an_error() {
    let f = lu(&matrix![[1.0, 2.0, 3.0], [4.0, 5.0, 6.0], [0.0, 0.0, 0.0]]).unwrap();
    assert!(
        matches!(
            f.inverse(),
            Err(LinalgError::Singular {
                op: "Lu::inverse",
                ..
            })
        ),
        "inverse of a matrix with a zero row: {:?}",
        f.inverse()
    );
}

#[test]
fn singular_error_message() {
    let e = lu_no_pivoting(&matrix![[0.0, 1.0], [1.0, 0.0]]).unwrap_err();
    insta::assert_snapshot!(e.to_string(), @"lu_no_pivoting: matrix is singular: pivot 0 is exactly 0");
}
