//! Public tests: where Cholesky breaks down — the course's one rule for "numerically singular"
//! (week 3's `tol(A) = n·ε·‖A‖₁`) in cholesky and cholesky_solve (src/cholesky.rs).
//!
//! Run just these with `cargo test -p week4-lu-qr --test e04_cholesky_breakdown`.
//!
//! The expected failing index comes from plain elimination without pivoting, given in
//! `week4_lu_qr::testing::elimination_pivots` (never your code): its pivots are Cholesky's `d`,
//! and the first `d ≤ tol(A)` is the index.

use week1_vectors::testing::assert_singular_with;
use week1_vectors::testing::{THRESHOLD, solve_ratio};
use week1_vectors::{LinalgError, Matrix, Vector, gallery, matrix, vector};
use week3_inverse::pivot_tolerance;
use week4_lu_qr::cholesky::factor_tolerance;
use week4_lu_qr::testing::{check_leading_block, elimination_pivots, gram_of_rank, semidefinite};
use week4_lu_qr::{cholesky, cholesky_solve};

#[test]
fn symmetric_indefinite_fails_where_the_first_pivot_goes_negative() {
    for (n, seed) in [(4, 1), (9, 2)] {
        let a = gallery::symmetric_indefinite(n, seed);
        let d = elimination_pivots(&a);
        let expected = d
            .iter()
            .position(|&p| p <= 0.0)
            .expect("symmetric_indefinite has a negative eigenvalue, so some pivot is ≤ 0");
        assert!(
            d.iter().all(|p| p.abs() > 1e-6),
            "test precondition: the pivots {d:?} of symmetric_indefinite({n}, {seed}) are far \
             from 0, so the failing index does not depend on rounding"
        );
        assert_eq!(
            cholesky(&a),
            Err(LinalgError::NotPositiveDefinite {
                op: "cholesky",
                index: expected
            }),
            "cholesky(symmetric_indefinite({n}, {seed})): the pivots are {d:?}, the first \
             negative one is at index {expected}"
        );
    }
}

#[test]
fn a_semidefinite_gram_matrix_is_refused_by_the_tolerance() {
    // B·Bᵀ of rank r: its exact pivot at index r is 0, the computed one is rounding noise of
    // either sign (or 0). With the test `d > 0` alone, positive noise slips through and the next
    // pivot is garbage: gram_of_rank(10, 7, 1) then "fails at index 8", a rank of 8 for a rank-7
    // matrix. (The noise is far below tol on these inputs; it can exceed it when the null
    // vector's entry at index r is small — see `cholesky_tolerance`.)
    let mut cases: Vec<(String, Matrix, usize)> = Vec::new();
    for (n, r, seed) in [(10, 7, 1), (12, 6, 2)] {
        cases.push((
            format!("gram_of_rank({n}, {r}, {seed})"),
            gram_of_rank(n, r, seed),
            r,
        ));
    }
    for (n, r, seed) in [(6, 5, 2), (9, 4, 5)] {
        let a = semidefinite(n, r, seed);
        let what = format!("semidefinite({n}, {r}, {seed})");
        check_leading_block(&what, &a, r);
        cases.push((what, a, r));
    }
    for (what, a, r) in cases {
        assert_eq!(
            cholesky(&a),
            Err(LinalgError::NotPositiveDefinite {
                op: "cholesky",
                index: r
            }),
            "cholesky({what}): rank {r}, the pivot at index {r} is noise ≤ tol = n·ε·‖A‖₁ = {:e}",
            pivot_tolerance(&a)
        );
    }
    let a = semidefinite(6, 5, 2);
    // Shifted by 100·tol(A) it is positive definite to working precision: factored and solved.
    let shift = 100.0 * pivot_tolerance(&a);
    let s = Matrix::from_fn(6, 6, |i, j| a[(i, j)] + if i == j { shift } else { 0.0 });
    let l = cholesky(&s).unwrap_or_else(|e| {
        panic!("cholesky(semidefinite(6, 5, 2) + {shift:e}·I): the last pivot ≈ {shift:e} > tol, must succeed: {e}")
    });
    let b = Vector::from_fn(6, |i| 1.0 + i as f64);
    let x = cholesky_solve(&l, &b).unwrap_or_else(|e| {
        panic!(
            "cholesky_solve with the factor of semidefinite(6, 5, 2) + {shift:e}·I: must solve: {e}"
        )
    });
    let r = solve_ratio(&s, &x, &b);
    assert!(
        r < THRESHOLD,
        "cholesky_solve(semidefinite(6, 5, 2) + {shift:e}·I): ‖b − Ax‖/(‖A‖‖x‖ε) = {r:.2e}, expected < {THRESHOLD}"
    );
}

#[test]
fn cholesky_solve_refuses_a_negligible_pivot_of_the_factor() {
    // L = [[1, 0], [1, 1e-9]]: A = LLᵀ = [[1, 1], [1, 1 + 1e-18]], whose pivot l₁₁² = 1e-18 is
    // below n·ε·max aᵢᵢ = 2ε·1 ≈ 4.4e-16 — not zero, but negligible.
    assert_singular_with(
        cholesky_solve(&matrix![[1.0, 0.0], [1.0, 1e-9]], &vector![1.0, 2.0]),
        "cholesky_solve",
        1,
        (
            1e-9 * 1e-9,
            factor_tolerance(&matrix![[1.0, 0.0], [1.0, 1e-9]]),
        ),
        "cholesky_solve(L = [[1, 0], [1, 1e-9]], (1, 2)): l₁₁² = 1e-18 ≤ 2ε·max aᵢᵢ, expected \
         Singular at pivot 1",
    );
    // l₁₁ = 1e-7: l₁₁² = 1e-14 is above the tolerance, so it solves: x = A⁻¹b.
    let x = cholesky_solve(&matrix![[1.0, 0.0], [1.0, 1e-7]], &vector![1.0, 1.0])
        .expect("cholesky_solve(L = [[1, 0], [1, 1e-7]], (1, 1)): l₁₁² = 1e-14 > tol");
    assert!(
        (x[0] - 1.0).abs() < 1e-12 && x[1].abs() < 1e-12,
        "cholesky_solve(L = [[1, 0], [1, 1e-7]], (1, 1)) = {x:?}, expected (1, 0): b is A's \
         first column"
    );
}
