//! Hidden tests: where Cholesky breaks down, by the course's one rule for "numerically
//! singular" (week 3's `tol(A) = n·ε·‖A‖₁`), on inputs the public tests do not show: larger
//! symmetric indefinite matrices, exactly semidefinite Gram matrices of several ranks scaled by 2^±996 ≈ 1e±300,
//! solves with hand-made factors, and the rank the least-squares solvers report (6 points).
//!
//! The expected index comes from plain elimination without pivoting written out here (its
//! pivots are Cholesky's `d`), never from your code.

use week1_vectors::testing::assert_singular_with;
use week1_vectors::testing::{THRESHOLD, naive_matmul, naive_transpose, points, solve_ratio};
use week1_vectors::{LinalgError, Matrix, Vector, gallery};
use week3_inverse::pivot_tolerance;
use week4_lu_qr::cholesky::factor_tolerance;
use week4_lu_qr::testing::{check_leading_block, elimination_pivots, gram_of_rank, semidefinite};
use week4_lu_qr::{cholesky, cholesky_solve, lstsq_normal, lstsq_qr};

#[test]
fn cholesky_refuses_indefinite_and_semidefinite_matrices() {
    let _points = points(2);
    for (n, seed) in [(2, 11), (6, 12), (15, 13), (30, 14)] {
        for s in [1.0, 1e300, 1e-300] {
            let a = gallery::scaled(&gallery::symmetric_indefinite(n, seed), s);
            let what = format!("{s:e}·symmetric_indefinite({n}, {seed})");
            let d = elimination_pivots(&a);
            let Some(expected) = d.iter().position(|&p| p <= 0.0) else {
                panic!("test precondition: {what} has a pivot ≤ 0, pivots {d:?}")
            };
            assert!(
                d.iter().all(|p| p.abs() > 1e-6 * s),
                "test precondition: the pivots of {what} are far from 0: {d:?}"
            );
            assert_eq!(
                cholesky(&a),
                Err(LinalgError::NotPositiveDefinite {
                    op: "cholesky",
                    index: expected
                }),
                "cholesky({what}): pivots {d:?}, the first negative one is at index {expected}"
            );
        }
    }
    // Semidefinite: B·Bᵀ of rank r — the exact pivot at index r is 0, the computed one is
    // rounding noise of either sign, below tol(A) = n·ε·‖A‖₁ on these inputs at every scale
    // (2^±996 ≈ 1e±300, powers of two so that scaling changes no digit). The random Gram
    // matrices' noise is positive, 2–6% of tol: `d > 0` alone lets it through.
    let mut cases: Vec<(String, Matrix, usize)> = Vec::new();
    for (n, r, seed) in [(8, 7, 1), (5, 2, 8), (10, 7, 4), (3, 1, 6)] {
        cases.push((
            format!("gram_of_rank({n}, {r}, {seed})"),
            gram_of_rank(n, r, seed),
            r,
        ));
    }
    for (n, r, seed) in [(3, 1, 21), (8, 7, 22), (12, 6, 23), (20, 19, 24)] {
        let a = semidefinite(n, r, seed);
        let what = format!("semidefinite({n}, {r}, {seed})");
        check_leading_block(&what, &a, r);
        cases.push((what, a, r));
    }
    for (what, a, r) in cases {
        for s in [1.0, 2f64.powi(996), 2f64.powi(-996)] {
            let sa = gallery::scaled(&a, s);
            assert_eq!(
                cholesky(&sa),
                Err(LinalgError::NotPositiveDefinite {
                    op: "cholesky",
                    index: r
                }),
                "cholesky({s:e}·{what}): rank {r}, so the pivot at index {r} is noise ≤ tol = {:e}",
                pivot_tolerance(&sa)
            );
        }
    }
}

#[test]
fn cholesky_accepts_just_above_the_tolerance_and_its_factor_solves() {
    let _points = points(2);
    // semidefinite + 100·tol(A)·I: the last pivot ≈ 100·tol is safely above the tolerance (the
    // noise is a few ε‖A‖, tol = n·ε·‖A‖₁). κ ≈ 1/(100·n·ε): solvable, backward stably.
    for (n, seed) in [(5, 31), (16, 32)] {
        let g = semidefinite(n, n - 1, seed);
        let shift = 100.0 * pivot_tolerance(&g);
        let a = Matrix::from_fn(n, n, |i, j| g[(i, j)] + if i == j { shift } else { 0.0 });
        let what = format!("semidefinite({n}, {}, {seed}) + {shift:.1e}·I", n - 1);
        let l = cholesky(&a).unwrap_or_else(|e| panic!("cholesky({what}) must succeed: {e}"));
        let b = Vector::from_fn(n, |i| (i as f64 - 2.0).sin());
        let x = cholesky_solve(&l, &b)
            .unwrap_or_else(|e| panic!("cholesky_solve(cholesky({what}), b) must solve: {e}"));
        let r = solve_ratio(&a, &x, &b);
        assert!(
            r < THRESHOLD,
            "cholesky_solve(cholesky({what}), b): ‖b − Ax‖/(‖A‖‖x‖ε) = {r:.2e}, expected < \
             {THRESHOLD}"
        );
    }
    // Hand-made factors: the pivot lₖₖ² is judged against n·ε·max aᵢᵢ (aᵢᵢ = Σₖ lᵢₖ²), a
    // relative rule: scaled by 1e150 or 1e-100 the verdicts are the same.
    for s in [1.0, 1e150, 1e-100] {
        let n = 4;
        let l_of = |tiny: f64| {
            Matrix::from_fn(n, n, |i, j| {
                if i == 2 && j == 2 {
                    tiny * s
                } else if j <= i {
                    s * (1.0 + (i + j) as f64 / 4.0)
                } else {
                    0.0
                }
            })
        };
        let b = Vector::from_fn(n, |i| 1.0 + i as f64);
        // max aᵢᵢ = a₃₃ = (1.75² + 2² + 2.25² + 2.5²)·s² ≈ 18.4·s², tol = 4ε·18.4·s² ≈
        // 1.6e-14·s²: l₂₂ = 1e-8·s gives l₂₂² = 1e-16·s², l₂₂ = 1e-5·s gives 1e-10·s².
        let l = l_of(1e-8);
        assert_singular_with(
            cholesky_solve(&l, &b),
            "cholesky_solve",
            2,
            (l[(2, 2)] * l[(2, 2)], factor_tolerance(&l)),
            &format!(
                "cholesky_solve(L with l₂₂ = 1e-8·s, s = {s:e}): l₂₂² = 1e-16·s² ≤ 4ε·max aᵢᵢ ≈ \
             1.6e-14·s², expected Singular at pivot 2"
            ),
        );
        let l = l_of(1e-5);
        let x = cholesky_solve(&l, &b).unwrap_or_else(|e| {
            panic!(
                "cholesky_solve(L with l₂₂ = 1e-5·s, s = {s:e}): 1e-10·s² > tol, must solve: {e}"
            )
        });
        let a = naive_matmul(&l, &naive_transpose(&l));
        let r = solve_ratio(&a, &x, &b);
        assert!(
            r < THRESHOLD,
            "cholesky_solve(L with l₂₂ = 1e-5·s, s = {s:e}): ‖b − LLᵀx‖/(‖A‖‖x‖ε) = {r:.2e}, \
             expected < {THRESHOLD}"
        );
    }
}

#[test]
fn least_squares_solvers_report_the_same_numerical_rank() {
    let _points = points(2);
    // Rank-deficient inputs whose first `rank` columns are independent (where lstsq_rank is
    // exact), at scales 2^±500 (the rule is relative; powers of two change no digit).
    let mut cases: Vec<(String, Matrix, usize)> = Vec::new();
    for (m, n, r, seed) in [(30, 8, 5, 41), (15, 12, 11, 42), (9, 4, 1, 43)] {
        cases.push((
            format!("random_rank_deficient({m}, {n}, {r}, {seed})"),
            gallery::random_rank_deficient(m, n, r, seed),
            r,
        ));
    }
    // Column 1 repeats column 0 and the other 5 are independent: rank 6, Cholesky stops at 1.
    let a = gallery::random_matrix(25, 7, 44);
    let dup = Matrix::from_fn(25, 7, |i, j| if j == 1 { a[(i, 0)] } else { a[(i, j)] });
    cases.push((
        "random 25×7 (seed 44) with column 1 = column 0".into(),
        dup,
        6,
    ));
    for (what, a, rank) in cases {
        let (m, n) = a.shape();
        for s in [1.0, 2f64.powi(500), 2f64.powi(-500)] {
            let sa = gallery::scaled(&a, s);
            let b = gallery::random_vector(m, 45);
            for (name, got) in [
                ("lstsq_qr", lstsq_qr(&sa, &b)),
                ("lstsq_normal", lstsq_normal(&sa, &b)),
            ] {
                assert_eq!(
                    got,
                    Err(LinalgError::RankDeficient {
                        op: name,
                        rank,
                        needed: n
                    }),
                    "{name}({s:e}·{what}, b): A has rank {rank} of {n}; both solvers report \
                     the numerical rank of A's Householder R (lstsq_rank)"
                );
            }
        }
    }
    // Full rank but κ(A)² > 1/ε: Trefethen & Bau's degree-14 Vandermonde (κ ≈ 2.3e10). The
    // normal equations fail with NotPositiveDefinite (not a rank); QR solves it.
    let t: Vec<f64> = (0..100).map(|i| i as f64 / 99.0).collect();
    let a = gallery::vandermonde(&t, 15);
    let b = Vector::from_fn(100, |i| (4.0 * t[i]).sin().exp());
    match lstsq_normal(&a, &b) {
        Err(LinalgError::NotPositiveDefinite {
            op: "lstsq_normal", ..
        }) => {}
        other => panic!(
            "lstsq_normal(vandermonde(100 points of [0, 1], 15), exp(sin 4t)): A has full rank \
             15 but κ(A)² ≈ 5e20 > 1/ε, expected Err(NotPositiveDefinite), got {other:?}"
        ),
    }
    let x = lstsq_qr(&a, &b).unwrap_or_else(|e| {
        panic!("lstsq_qr(vandermonde(100 points of [0, 1], 15), exp(sin 4t)): full rank: {e}")
    });
    // T&B's exact x₁₅ = 2006.787453080206; a backward-stable solver gets ≈ κ_{A→x}·ε ≈ 1e-5.
    let rel = (x[14] - 2006.787453080206).abs() / 2006.787453080206;
    assert!(
        rel < 1e-5,
        "lstsq_qr(T&B Lecture 19 Vandermonde): x₁₅ = {}, exact 2006.787453080206, relative \
         error {rel:.1e}, expected < 1e-5 (κ_A→x·ε ≈ 3e10·1.1e-16 ≈ 3e-6)",
        x[14]
    );
}
