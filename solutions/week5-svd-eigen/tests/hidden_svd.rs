//! Hidden tests of week 5, the SVD and its uses (32 points).

use week1_vectors::Matrix;
use week1_vectors::gallery::{
    hilbert, random_matrix, random_rank_deficient, random_with_condition, with_singular_values,
};
use week1_vectors::testing::{EPS, frobenius, naive_matmul, naive_sub, norm1, points};
use week5_svd_eigen::testing::ok;
use week5_svd_eigen::testing::{check_penrose as penrose, check_svd as check, norm2_estimate};
use week5_svd_eigen::{
    cond_2, low_rank_approx, numerical_rank, pagerank, pseudo_inverse, svd,
    svd_via_normal_equations,
};

#[test]
fn svd_tall_wide_square_rank_deficient() {
    let _points = points(5);
    for (m, n, seed) in [(40, 25, 11), (25, 40, 12), (33, 33, 13), (2, 9, 14)] {
        let a = random_matrix(m, n, seed);
        check(
            &format!("svd(random {m}×{n})"),
            &a,
            &ok("svd_tall_wide_square_rank_deficient: svd(&a)", svd(&a)),
        );
    }
    for (m, n, r, seed) in [(30, 20, 5, 15), (20, 30, 1, 16), (12, 12, 11, 17)] {
        let a = random_rank_deficient(m, n, r, seed);
        let s = ok("svd_tall_wide_square_rank_deficient: svd(&a)", svd(&a));
        check(&format!("svd(rank {r}, {m}×{n})"), &a, &s);
        assert!(
            s.sigma[r - 1] > 1e-3 && s.sigma.iter().skip(r).all(|&x| x < 1e-12 * s.sigma[0]),
            "svd(rank {r}): σ = {:?}",
            s.sigma
        );
    }
    let h = hilbert(10);
    check(
        "svd(H₁₀)",
        &h,
        &ok("svd_tall_wide_square_rank_deficient: svd(&h)", svd(&h)),
    );
}

#[test]
fn svd_zero_sized() {
    let _points = points(3);
    for (m, n) in [(0, 0), (0, 7), (7, 0)] {
        let s = ok(
            "svd_zero_sized: svd(&Matrix::zeros(m, n))",
            svd(&Matrix::zeros(m, n)),
        );
        assert_eq!(
            (s.u.shape(), s.sigma.len(), s.vt.shape()),
            ((m, 0), 0, (0, n)),
            "svd of {m}×{n}"
        );
    }
    let s = ok(
        "svd_zero_sized: svd(&Matrix::zeros(3, 8))",
        svd(&Matrix::zeros(3, 8)),
    );
    assert_eq!(s.sigma.as_slice(), &[0.0; 3], "svd(3×8 zeros): σ");
    check("svd(0₃ₓ₈)", &Matrix::zeros(3, 8), &s);
}

#[test]
fn normal_equations_lose_what_jacobi_keeps() {
    let _points = points(3);
    // σ₁ = 1; √ε ≈ 1.5e-8. Through AᵀA, σ = 1e-10 is below the noise ε·σ₁² / σ; one-sided
    // Jacobi gets it to an absolute error of a few ε·σ₁.
    let sigma = [1.0, 0.3, 1e-4, 1e-10];
    let a = with_singular_values(10, 4, &sigma, 21);
    let good = ok("normal_equations_lose_what_jacobi_keeps: svd(&a)", svd(&a));
    check("svd(σ down to 1e-10)", &a, &good);
    for (j, w) in sigma.iter().enumerate() {
        assert!(
            (good.sigma[j] - w).abs() < 10.0 * 10.0 * EPS,
            "svd: σ{j} = {:e}, want {w:e}",
            good.sigma[j]
        );
    }
    let bad = ok(
        "normal_equations_lose_what_jacobi_keeps: svd_via_normal_equations(&a)",
        svd_via_normal_equations(&a),
    );
    assert!(
        (bad.sigma[3] - 1e-10).abs() > 0.5e-10,
        "svd_via_normal_equations should lose σ = 1e-10 (it is below √ε·σ₁), got {:e}",
        bad.sigma[3]
    );
    assert!((bad.sigma[0] - 1.0).abs() < 1e-14, "σ₁ is still fine");
}

#[test]
fn pseudo_inverse_penrose() {
    let _points = points(5);
    for (m, n, r, seed) in [(9, 6, 4, 31), (6, 9, 3, 32), (8, 8, 8, 33), (10, 3, 1, 34)] {
        let a = random_rank_deficient(m, n, r, seed);
        let x = ok(
            "pseudo_inverse_penrose: pseudo_inverse(&a)",
            pseudo_inverse(&a),
        );
        penrose(&format!("pseudo_inverse({m}×{n}, rank {r})"), &a, &x);
    }
    // Invertible: A⁺ = A⁻¹, so A·A⁺ = I (κ = 100: residual ≈ κ·ε).
    let a = random_with_condition(7, 100.0, 35);
    let x = ok(
        "pseudo_inverse_penrose: pseudo_inverse(&a)",
        pseudo_inverse(&a),
    );
    let i = naive_matmul(&a, &x);
    let err = norm1(&naive_sub(&i, &Matrix::identity(7)));
    assert!(err < 100.0 * 7.0 * 10.0 * EPS, "A·A⁺ − I: {err:e}");
    assert_eq!(
        ok(
            "pseudo_inverse_penrose: pseudo_inverse(&Matrix::zeros(4, 2))",
            pseudo_inverse(&Matrix::zeros(4, 2))
        ),
        Matrix::zeros(2, 4),
        "pseudo_inverse(4×2 zeros) is the 2×4 zero matrix"
    );
}

#[test]
fn eckart_young_error_is_the_next_singular_value() {
    let _points = points(5);
    let sigma = [20.0, 9.0, 4.0, 1.5, 0.6, 0.2, 0.05];
    let a = with_singular_values(11, 9, &sigma, 41);
    for k in [1, 2, 4, 6, 7] {
        let ak = ok(
            "eckart_young_error_is_the_next_singular_value: low_rank_approx(&a, k)",
            low_rank_approx(&a, k),
        );
        let e = naive_sub(&a, &ak);
        let next = sigma.get(k).copied().unwrap_or(0.0);
        // Rounding in A_k is of order ε·‖A‖ = 20ε; 1e-12 is generous and far below the gaps.
        let e2 = norm2_estimate(&e, 7, 300);
        assert!(
            (e2 - next).abs() < 1e-12,
            "low_rank_approx(k = {k}): ‖A − A_k‖₂ = {e2}, want σₖ₊₁ = {next}"
        );
        let tail = sigma[k.min(sigma.len())..]
            .iter()
            .map(|s| s * s)
            .sum::<f64>()
            .sqrt();
        assert!(
            (frobenius(&e) - tail).abs() < 1e-12,
            "low_rank_approx(k = {k}): ‖A − A_k‖_F = {}, want {tail}",
            frobenius(&e)
        );
    }
}

#[test]
fn rank_and_condition() {
    let _points = points(4);
    assert_eq!(
        ok(
            "rank_and_condition: numerical_rank(&random_rank_deficient(15, 11, 7, 51))",
            numerical_rank(&random_rank_deficient(15, 11, 7, 51))
        ),
        7,
        "numerical_rank of a random 15×11 matrix of rank 7 (seed 51)"
    );
    assert_eq!(
        ok(
            "rank_and_condition: numerical_rank(&random_rank_deficient(8, 20, 8, 52))",
            numerical_rank(&random_rank_deficient(8, 20, 8, 52))
        ),
        8,
        "numerical_rank of a random 8×20 matrix of rank 8 (seed 52)"
    );
    assert_eq!(
        ok(
            "rank_and_condition: numerical_rank(&Matrix::zeros(4, 6))",
            numerical_rank(&Matrix::zeros(4, 6))
        ),
        0,
        "numerical_rank(4×6 zeros)"
    );
    let a = random_with_condition(10, 1e8, 53);
    let k = ok("rank_and_condition: cond_2(&a)", cond_2(&a));
    // σ_min = 1e-8 with absolute error ≈ ε·σ₁: relative 2e-8, so κ to about 1e-7.
    assert!((k / 1e8 - 1.0).abs() < 1e-6, "cond_2 = {k:e}, want 1e8");
    let w = with_singular_values(3, 7, &[6.0, 2.0, 0.25], 54);
    assert!(
        (ok("rank_and_condition: cond_2(&w)", cond_2(&w)) - 24.0).abs() < 1e-12,
        "cond_2 of a 3×7 matrix with σ = 6, 2, 0.25: got {:e}, want 24 (within 1e-12)",
        ok("rank_and_condition: cond_2(&w)", cond_2(&w))
    );
    assert_eq!(
        ok(
            "rank_and_condition: cond_2(&Matrix::zeros(3, 3))",
            cond_2(&Matrix::zeros(3, 3))
        ),
        f64::INFINITY,
        "cond_2(3×3 zeros): σ_min = 0"
    );
}

#[test]
fn pagerank_star_graph() {
    let _points = points(3);
    // Hub 0 links to the four leaves, each leaf links back to the hub. By symmetry the leaves
    // are equal, and r₀ = (1−d)/n + d·(1 − r₀) gives r₀ = ((1−d)/n + d)/(1 + d).
    let d = 0.85;
    let links = vec![vec![1, 2, 3, 4], vec![0], vec![0], vec![0], vec![0]];
    let pr = ok(
        "pagerank_star_graph: pagerank(&links, d, 1e-14, 1000)",
        pagerank(&links, d, 1e-14, 1000),
    );
    let want = ((1.0 - d) / 5.0 + d) / (1.0 + d);
    assert!(
        (pr.scores[0] - want).abs() < 1e-12,
        "pagerank(star): hub {}, want {want}",
        pr.scores[0]
    );
    for i in 1..5 {
        assert!(
            (pr.scores[i] - (1.0 - want) / 4.0).abs() < 1e-12,
            "pagerank(star, d = 0.85): leaf {i} has {}, want (1 − hub)/4 = {} (within 1e-12)",
            pr.scores[i],
            (1.0 - want) / 4.0
        );
    }
    // With a dangling page and a self-link: scores positive, summing to 1.
    let links = vec![vec![1, 1, 2], vec![], vec![2, 0], vec![0]];
    let pr = ok(
        "pagerank_star_graph: pagerank(&links, d, 1e-12, 1000)",
        pagerank(&links, d, 1e-12, 1000),
    );
    let sum: f64 = pr.scores.iter().sum();
    assert!(
        (sum - 1.0).abs() < 1e-12 && pr.scores.iter().all(|&x| x > 0.0),
        "pagerank with a dangling page and a self-link: scores {:?} must be positive and sum to 1 (sum {sum}, within 1e-12)",
        pr.scores
    );
    assert!(
        pr.iterations <= 175,
        "rate d = 0.85: {} steps",
        pr.iterations
    );
}

#[test]
fn cut_offs_are_relative_to_the_largest_singular_value() {
    let _points = points(4);
    // σ = 4, 2, 1, 0, 0: the zeros come out at rounding level (≈ ε·4), below the tolerance
    // max(m, n)·ε·σ₁. Scaling A by any factor scales every σ: rank and A⁺A do not change.
    let base = with_singular_values(8, 5, &[4.0, 2.0, 1.0, 0.0, 0.0], 61);
    for scale in [1e-20, 1.0, 1e9] {
        let a = base.map(|v| v * scale);
        let r = ok(
            "cut_offs_are_relative_to_the_largest_singular_value: numerical_rank(&a)",
            numerical_rank(&a),
        );
        assert_eq!(
            r, 3,
            "numerical_rank(σ = (4, 2, 1, 0, 0)·{scale:e}) = {r}, want 3: the cut-off must be \
             relative to σ₁"
        );
        let x = ok(
            "cut_offs_are_relative_to_the_largest_singular_value: pseudo_inverse(&a)",
            pseudo_inverse(&a),
        );
        penrose(
            &format!("pseudo_inverse(σ = (4, 2, 1, 0, 0)·{scale:e})"),
            &a,
            &x,
        );
        // A⁺A projects onto the row space: trace = rank = 3 (1/σ of a rounding-level σ would
        // make it 5).
        let p = naive_matmul(&x, &a);
        let tr: f64 = (0..5).map(|i| p[(i, i)]).sum();
        assert!(
            (tr - 3.0).abs() < 1e-10,
            "pseudo_inverse(σ = (4, 2, 1, 0, 0)·{scale:e}): trace(A⁺A) = {tr}, want 3"
        );
        // ‖A⁺‖₂ = 1/σ₃ = 1/scale, and ‖·‖₁ ≤ √m·‖·‖₂ for an n×m matrix.
        let nx = norm1(&x) * scale;
        assert!(
            nx <= 8f64.sqrt() * (1.0 + 1e-10),
            "pseudo_inverse(σ = (4, 2, 1, 0, 0)·{scale:e}): ‖A⁺‖₁·scale = {nx:e}, want ≤ √8"
        );
    }
}
