//! Hidden tests that kill the mutants `cargo xtask mutants week5` found surviving (issue 19):
//! each one pins down a rule of an exercise's doc comment that no other test exercised (13
//! points).

use week1_vectors::gallery::{random_symmetric, random_vector};
use week1_vectors::testing::{naive_matmul, naive_transpose, points, reconstruction_ratio};
use week1_vectors::{LinalgError, Matrix, Vector, matrix};
use week2_matmul::norm_frobenius;
use week5_svd_eigen::testing::ok;
use week5_svd_eigen::{
    EigenEstimate, Shift, cond_2, dominant_eigenpairs, eigenvalues_general, hessenberg,
    hotelling_deflation, inverse_iteration, jacobi_eigen, pagerank, power_iteration, qr_algorithm,
    rayleigh_quotient_iteration, svd, svd_via_normal_equations, symmetric_eigen,
};

fn residual(a: &Matrix, e: &EigenEstimate) -> f64 {
    let x = e.vector.as_slice();
    let r: Vec<f64> = (0..a.rows())
        .map(|i| (0..a.cols()).map(|j| a[(i, j)] * x[j]).sum::<f64>() - e.value * x[i])
        .collect();
    Vector::new(r).norm_l2()
}

/// `hessenberg`'s reflector: "choose the sign of α against x₀". With x = (1, 1e-9) below the
/// first subdiagonal, ‖x‖ rounds to 1; the wrong sign gives v₀ = 1 − 1 = 0, a reflector that
/// maps x to (1, −1e-9), not α·e₁ — and the code then stores α and an exact 0, so Q·H·Qᵀ misses
/// A by 1e-9 (a reconstruction ratio near 1e6 instead of below 30).
#[test]
fn hessenberg_sign_of_alpha_against_x0() {
    let _points = points(1);
    let a = matrix![[2.0, 1.0, 3.0], [1.0, 1.0, 0.5], [1e-9, 0.25, 1.0]];
    let hq = ok(
        "hessenberg_sign_of_alpha_against_x0: hessenberg([[2, 1, 3], [1, 1, 0.5], [1e-9, 0.25, 1]])",
        hessenberg(&a),
    );
    let back = naive_matmul(&naive_matmul(&hq.q, &hq.h), &naive_transpose(&hq.q));
    let ratio = reconstruction_ratio(&a, &back);
    assert!(
        ratio < 30.0,
        "hessenberg([[2, 1, 3], [1, 1, 0.5], [1e-9, 0.25, 1]]): x = (1, 1e-9) is nearly parallel \
         to e₁: ‖A − QHQᵀ‖₁/(n‖A‖₁ε) = {ratio:.3e}, want < 30 (α = −sign(x₀)‖x‖ avoids the \
         cancellation in v₀ = x₀ − α)"
    );
}

/// `cond_2` refuses an empty matrix itself (`Empty { op: "cond_2" }`) when *either* dimension
/// is zero; `pagerank` refuses a tolerance that is not positive *and* finite (0 and ∞).
#[test]
fn empty_cond_2_and_pagerank_tolerance() {
    let _points = points(1);
    for (r, c) in [(0, 3), (3, 0)] {
        let got = cond_2(&Matrix::zeros(r, c));
        assert!(
            matches!(got, Err(LinalgError::Empty { op: "cond_2" })),
            "cond_2({r}×{c} matrix): got {got:?}, want Err(Empty {{ op: \"cond_2\" }})"
        );
    }
    let links = vec![vec![1], vec![0]];
    for tol in [0.0, f64::INFINITY] {
        let got = pagerank(&links, 0.85, tol, 1000);
        assert!(
            matches!(
                got,
                Err(LinalgError::InvalidArgument { op: "pagerank", .. })
            ),
            "pagerank(two pages linking each other, d = 0.85, tol = {tol}): got {got:?}, want \
             Err(InvalidArgument) (the tolerance must be positive and finite)"
        );
    }
}

/// `dominant_eigenpairs` follows its recipe: pair j is `power_iteration` on the j-times
/// deflated matrix from `random_vector(n, 5 + j)`, so it equals that run exactly; and k = n is
/// allowed (all n pairs of an 8×8 matrix).
#[test]
fn dominant_eigenpairs_follows_the_recipe_up_to_k_equal_n() {
    let _points = points(1);
    let n = 8;
    // diag(128, 64, …, 1): every ratio |λ₂/λ₁| is 1/2, fast convergence at every stage.
    let a = Matrix::from_fn(n, n, |i, j| {
        if i == j {
            2f64.powi((n - 1 - i) as i32)
        } else {
            0.0
        }
    });
    let (tol, max_iter) = (1e-12, 1000);
    let what = "dominant_eigenpairs(diag(128, 64, …, 1), k = 8, tol = 1e-12)";
    let pairs = ok(what, dominant_eigenpairs(&a, n, tol, max_iter));
    assert_eq!(pairs.len(), n, "{what}: got {} pairs, want 8", pairs.len());
    let mut b = a.clone();
    for (j, got) in pairs.iter().enumerate() {
        let want = ok(
            "power_iteration(deflated matrix, random_vector(8, 5 + j))",
            power_iteration(&b, &random_vector(n, 5 + j as u64), tol, max_iter),
        );
        assert!(
            got.iterations == want.iterations && got.value == want.value,
            "{what}: pair {j} = (λ {}, {} iterations), but power_iteration on the deflated \
             matrix from random_vector(8, 5 + {j}) gives (λ {}, {} iterations)",
            got.value,
            got.iterations,
            want.value,
            want.iterations
        );
        // Weyl: each deflation step perturbs the matrix by about its residual, ≤ tol·‖A‖_F.
        let expected = 2f64.powi((n - 1 - j) as i32);
        let bound = 1e2 * tol * norm_frobenius(&a);
        assert!(
            (got.value - expected).abs() <= bound,
            "{what}: pair {j} has λ = {}, want {expected} (|error| ≤ {bound:.1e})",
            got.value
        );
        b = ok(
            "hotelling_deflation",
            hotelling_deflation(&b, want.value, &want.vector),
        );
    }
}

/// The stopping test is `‖Ax − λx‖₂ ≤ tol·‖A‖_F` — relative to ‖A‖, whatever its scale. On
/// A = 1e-8·[[2, 1], [1, 3]] a test against `tol / ‖A‖_F` (or an absolute one) stops at once
/// with a residual of ~1e-9, a million times what was asked.
#[test]
fn stopping_test_is_relative_to_the_norm_of_a() {
    let _points = points(1);
    let a = matrix![[2e-8, 1e-8], [1e-8, 3e-8]];
    let x0 = Vector::new(vec![1.0, 0.0]);
    let tol = 1e-10;
    let bound = tol * norm_frobenius(&a);
    let runs = [
        ("power_iteration", power_iteration(&a, &x0, tol, 10_000)),
        (
            "inverse_iteration(shift 1.2e-8)",
            inverse_iteration(&a, 1.2e-8, &x0, tol, 10_000),
        ),
        (
            "rayleigh_quotient_iteration",
            rayleigh_quotient_iteration(&a, &x0, tol, 100),
        ),
    ];
    for (name, run) in runs {
        let what = format!("{name}(1e-8·[[2, 1], [1, 3]], x0 = e₁, tol = 1e-10)");
        let e = ok(&what, run);
        let r = residual(&a, &e);
        assert!(
            r <= bound,
            "{what}: returned after {} steps with ‖Ax − λx‖₂ = {r:.3e}, want ≤ tol·‖A‖_F = \
             {bound:.3e}",
            e.iterations
        );
    }
}

/// A returned estimate is an eigenpair: `(λ, x)` with `x` a unit vector, or an error.
fn assert_pair_or_error(what: &str, got: Result<EigenEstimate, LinalgError>, values: &[f64]) {
    match got {
        Ok(e) => {
            let norm = e.vector.norm_l2();
            assert!(
                (norm - 1.0).abs() <= 1e-12
                    && values
                        .iter()
                        .any(|v| (e.value - v).abs() <= 1e-12 * v.abs()),
                "{what}: returned λ = {:e} with ‖x‖₂ = {norm:e}, want one of {values:?} with a \
                 unit vector (or an error)",
                e.value
            );
        }
        Err(e) => assert!(
            matches!(e, LinalgError::NoConvergence { .. }),
            "{what}: got the error {e:?}, want Ok or NoConvergence"
        ),
    }
}

/// `inverse_iteration` and `rayleigh_quotient_iteration` stop when the solve's norm is zero or
/// not finite. With the shift exactly at a double eigenvalue a of a tiny matrix, two pivots
/// are replaced by the tiny ε·(‖A‖_F + |σ|) ≈ 4.7e-309, so y = (A − σI)⁻¹x has two entries
/// ≈ 1.5e308, finite, whose norm overflows to ∞. Dividing by that ∞ would give x = 0, whose
/// "residual" is 0: a zero vector returned as an eigenvector.
///
/// 1. inverse_iteration(a·I₂, shift a) with a = 8.8e-294, x0 = (1, 1).
/// 2. rayleigh_quotient_iteration(diag(a, a, 2a)) with a = 6.14e-294, x0 = (1, 1, 1e-9): the
///    Rayleigh quotient of x0 is a to within a few ulps (the third entry adds 1e-18·a), the
///    residual ≈ 7e-10·a is above tol·‖A‖_F = 2.4e-10·a, so the solve runs.
#[test]
fn inverse_iterations_never_return_a_zero_vector() {
    let _points = points(1);
    let a = 8.8e-294;
    let m = Matrix::from_fn(2, 2, |i, j| if i == j { a } else { 0.0 });
    assert_pair_or_error(
        "inverse_iteration(8.8e-294·I₂, shift 8.8e-294, x0 = (1, 1), tol = 1e-10)",
        inverse_iteration(&m, a, &Vector::new(vec![1.0, 1.0]), 1e-10, 50),
        &[a],
    );
    let a = 6.14e-294;
    let m = Matrix::from_fn(3, 3, |i, j| match (i, j) {
        (2, 2) => 2.0 * a,
        _ if i == j => a,
        _ => 0.0,
    });
    assert_pair_or_error(
        "rayleigh_quotient_iteration(diag(a, a, 2a), a = 6.14e-294, x0 = (1, 1, 1e-9), tol = 1e-10)",
        rayleigh_quotient_iteration(&m, &Vector::new(vec![1.0, 1.0, 1e-9]), 1e-10, 50),
        &[a, 2.0 * a],
    );
}

/// `eigenvalues_general`'s deflation rule, exactly as documented: `|h_{k,k−1}| ≤
/// ε·(|h_{k−1,k−1}| + |h_kk|)`, ε·‖H‖_F only when both diagonal entries are 0.
///
/// 1. [[1e-17, 1e-17], [1e-17, 1e-17]], alone and as diag(1, block): the subdiagonal is not
///    negligible next to its own diagonal, so the 2×2 block is solved in closed form: 2e-17
///    and 0 (exact). Measuring it against ‖H‖_F ≈ 1 (or ε/s) would deflate it and return
///    1e-17 twice — visible only beside the 1, since the input is first scaled by its
///    largest entry.
/// 2. H = [[1, 1e-10, 1], [1e-17, 1e-10, 1], [0, 0.5, 1]] (already Hessenberg): h₁₀ = 1e-17 ≤
///    ε·(1 + 1e-10) deflates at once, leaving 1 and a 2×2 block: 0 Francis steps. A scale
///    built from other entries (|h₁₀| + |h₁₁|, |h₀₁| + |h₁₁|, |h₀₀|·|h₁₁|, all ≈ 1e-10) keeps
///    the 3×3 block and takes Francis steps.
#[test]
fn general_deflation_rule_is_the_documented_one() {
    let _points = points(1);
    let tiny = 1e-17;
    let what = "eigenvalues_general([[1e-17, 1e-17], [1e-17, 1e-17]])";
    let ev = ok(
        what,
        eigenvalues_general(&matrix![[tiny, tiny], [tiny, tiny]]),
    );
    let got: Vec<(f64, f64)> = ev.values.iter().map(|z| (z.re, z.im)).collect();
    assert!(
        got.len() == 2
            && (got[0].0 - 2e-17).abs() <= 1e-31
            && got[1].0.abs() <= 1e-31
            && got.iter().all(|z| z.1 == 0.0),
        "{what}: got {got:?}, want [(2e-17, 0), (0, 0)] (|h₁₀| = 1e-17 > ε·(|h₀₀| + |h₁₁|), \
         so the block is not deflated)"
    );
    // The same block beside a 1: the input's scaling (by its largest entry) leaves it at 1e-17
    // now, so only the documented local rule keeps the block whole.
    let what = "eigenvalues_general(diag(1, [[1e-17, 1e-17], [1e-17, 1e-17]]))";
    let d = matrix![[1.0, 0.0, 0.0], [0.0, tiny, tiny], [0.0, tiny, tiny]];
    let ev = ok(what, eigenvalues_general(&d));
    let mut got: Vec<(f64, f64)> = ev.values.iter().map(|z| (z.re, z.im)).collect();
    got.sort_by(|a, b| b.0.total_cmp(&a.0));
    assert!(
        got.len() == 3
            && (got[0].0 - 1.0).abs() <= 1e-15
            && (got[1].0 - 2e-17).abs() <= 1e-31
            && got[2].0.abs() <= 1e-31
            && got.iter().all(|z| z.1 == 0.0),
        "{what}: got {got:?}, want [(1, 0), (2e-17, 0), (0, 0)] (|h₂₁| = 1e-17 > \
         ε·(|h₁₁| + |h₂₂|) = 4.4e-33: the block is not negligible next to its own diagonal; \
         a rule against ‖H‖_F ≈ 1 deflates it and returns 1e-17 twice)"
    );
    let h = matrix![[1.0, 1e-10, 1.0], [1e-17, 1e-10, 1.0], [0.0, 0.5, 1.0]];
    let what = "eigenvalues_general([[1, 1e-10, 1], [1e-17, 1e-10, 1], [0, 0.5, 1]])";
    let ev = ok(what, eigenvalues_general(&h));
    assert_eq!(
        ev.iterations, 0,
        "{what}: took {} Francis steps, want 0 (h₁₀ = 1e-17 ≤ ε·(|h₀₀| + |h₁₁|) deflates \
         first, leaving 1 and a 2×2 block solved in closed form)",
        ev.iterations
    );
    // The 2×2 block [[1e-10, 1], [0.5, 1]]: p ± √(q² + bc); h₁₀ moves them by ~1e-17.
    let (p, q): (f64, f64) = (0.5 * (1e-10 + 1.0), 0.5 * (1e-10 - 1.0));
    let r = (q * q + 0.5).sqrt();
    let want = [p + r, 1.0, p - r];
    for (k, (z, w)) in ev.values.iter().zip(want).enumerate() {
        assert!(
            (z.re - w).abs() <= 1e-14 && z.im == 0.0,
            "{what}: eigenvalue {k} = {z}, want {w:.17} (within 1e-14)"
        );
    }
    assert_eq!(
        ev.values.len(),
        3,
        "{what}: {} eigenvalues, want 3",
        ev.values.len()
    );
}

/// `qr_algorithm`'s deflation rule, as documented: `|h[hi][hi−1]| ≤ ε·(|h[hi][hi]| +
/// |h[hi−1][hi−1]|)`, ε·‖H‖_F only when both are 0.
///
/// 1. diag(1, [[1e-17, 1e-17], [1e-17, 1e-17]]): the bottom subdiagonal is not negligible next
///    to its own diagonal, so QR steps find 2e-17 and 0; measured against ‖H‖_F ≈ 1 (or as
///    ε/scale) it would be deflated at once, leaving 1e-17 twice.
/// 2. [[1, 1e-10], [1e-17, 1e-10]]: 1e-17 ≤ ε·(1 + 1e-10) deflates before any step: 0
///    iterations, eigenvalues 1 and 1e-10. A scale from other entries (|h₁₀| + |h₁₁|,
///    |h₀₁| + |h₁₁|, |h₀₀|·|h₁₁|, all ≈ 1e-10) takes QR steps.
#[test]
fn qr_algorithm_deflation_rule_is_the_documented_one() {
    let _points = points(1);
    let t = 1e-17;
    let a = matrix![[1.0, 0.0, 0.0], [0.0, t, t], [0.0, t, t]];
    let what = "qr_algorithm(diag(1, [[1e-17, 1e-17], [1e-17, 1e-17]]), Wilkinson, 100)";
    let r = ok(what, qr_algorithm(&a, Shift::Wilkinson, 100));
    let v = r.values.as_slice();
    assert!(
        v.len() == 3 && v[0] == 1.0 && (v[1] - 2e-17).abs() <= 1e-30 && v[2].abs() <= 1e-30,
        "{what}: got {v:?}, want [1, 2e-17, 0] (to 1e-30: the block's own rounding, \
         ε·2e-17) — |h₂₁| = 1e-17 > ε·(|h₁₁| + |h₂₂|) is not negligible"
    );
    let a = matrix![[1.0, 1e-10], [1e-17, 1e-10]];
    let what = "qr_algorithm([[1, 1e-10], [1e-17, 1e-10]], Wilkinson, 100)";
    let r = ok(what, qr_algorithm(&a, Shift::Wilkinson, 100));
    assert_eq!(
        r.iterations, 0,
        "{what}: took {} QR steps, want 0 (1e-17 ≤ ε·(|h₀₀| + |h₁₁|) deflates first)",
        r.iterations
    );
    let v = r.values.as_slice();
    assert!(
        v == [1.0, 1e-10],
        "{what}: got {v:?}, want [1, 1e-10] (the diagonal after deflating h₁₀)"
    );
}

/// The symmetric tridiagonal matrix with diagonal `d` and off-diagonal `e`.
fn tridiagonal(d: &[f64], e: &[f64]) -> Matrix {
    let n = d.len();
    Matrix::from_fn(n, n, |i, j| match (i, j) {
        _ if i == j => d[i],
        _ if i == j + 1 => e[j],
        _ if j == i + 1 => e[i],
        _ => 0.0,
    })
}

/// Five 3×3 symmetric tridiagonal matrices (diagonal, off-diagonal) with a small bottom
/// coupling, on which Wilkinson's shift converges in at most 4 QR steps and a wrong shift takes
/// 5 to 8 on at least one (see the tests that use them).
const SHIFT_CASES: [(&[f64], &[f64]); 5] = [
    (&[1.0, 3.0, 5.0], &[0.5, 1e-2]),
    (&[2.0, 1.0, 1.01], &[0.5, 1e-3]),
    (&[2.0, 1.01, 1.0], &[0.5, 1e-3]),
    (&[1.0, -3.0, -5.0], &[0.5, 1e-2]),
    (&[0.5, 1.01, 1.0], &[0.2, 1e-3]),
];

/// `qr_algorithm`'s Wilkinson shift is the eigenvalue of the trailing 2×2 block **nearer**
/// `h_nn`, taken from that block `[[h_{n−1,n−1}, h_{n−1,n}], [h_{n,n−1}, h_nn]]`: the lesson's
/// point is its speed, so a wrong choice is a wrong answer even though it still converges.
///
/// On each 3×3 symmetric tridiagonal matrix below the bottom coupling is small (1e-2 or 1e-3)
/// and the right shift converges cubically: the coupling falls to about e³/gap² after one step
/// and below ε·|h_nn| after two; the 2×2 block left then has an exact shift and deflates in one
/// step, or two with rounding. So at most 4 steps. Taking the farther eigenvalue (or one from
/// other entries) makes the bottom converge to another eigenvalue first: 5 to 8 steps on at
/// least one of these. The cases: h_nn nearer the larger eigenvalue of the block, a close pair
/// (1 and 1.01) with h_nn nearer the larger and then the smaller, negative eigenvalues, and a
/// close pair above a small one.
#[test]
fn wilkinson_shift_is_the_nearer_eigenvalue_of_the_trailing_block() {
    let _points = points(1);
    for (d, e) in SHIFT_CASES {
        let a = tridiagonal(d, e);
        let what = format!("qr_algorithm(tridiagonal(diag {d:?}, off-diagonal {e:?}), Wilkinson)");
        let r = ok(&what, qr_algorithm(&a, Shift::Wilkinson, 100));
        assert!(
            r.iterations <= 4,
            "{what}: took {} QR steps, want at most 4 (the eigenvalue of the trailing 2×2 block \
             nearer h_nn converges cubically: 2 steps for the bottom, 1–2 for the 2×2 left); \
             eigenvalues {:?}",
            r.iterations,
            r.values.as_slice()
        );
    }
}

/// `symmetric_eigen`'s implicit QR steps use Wilkinson's shift (the eigenvalue of the trailing
/// 2×2 block nearer its last diagonal entry): on the five matrices of [`SHIFT_CASES`] at most 4
/// steps, as for `qr_algorithm` (cubic convergence: 2 steps for the bottom coupling, 1–2 for the
/// 2×2 block left; the reference takes 3). A shift computed with a wrong sign or a wrong δ takes
/// 5 or 6 on the first of them.
#[test]
fn symmetric_eigen_shift_is_wilkinsons() {
    let _points = points(1);
    for (d, e) in SHIFT_CASES {
        let a = tridiagonal(d, e);
        let what = format!("symmetric_eigen(tridiagonal(diag {d:?}, off-diagonal {e:?}))");
        let r = ok(&what, symmetric_eigen(&a));
        assert!(
            (1..=4).contains(&r.iterations),
            "{what}: took {} implicit QR steps, want 1 to 4 (Wilkinson's shift converges \
             cubically: 2 steps for the bottom, 1–2 for the 2×2 left); eigenvalues {:?}",
            r.iterations,
            r.values.as_slice()
        );
    }
}

/// `symmetric_eigen`'s deflation rule is local, `|e_k| ≤ ε·(|d_k| + |d_{k+1}|)`, and its steps
/// survive numbers near the bottom of the range.
///
/// 1. diag(1, [[1e-8, 1e-24], [1e-24, 2e-8]]): 1e-24 ≤ ε·3e-8 ≈ 6.7e-24, so the block is
///    already diagonal: 0 steps (a rule such as ε·|d_k|·|d_{k+1}| keeps it and steps); and
///    [[1e-8, 1e-20], [1e-20, 1]]: 1e-20 ≤ ε·(1e-8 + 1), 0 steps (a rule that reads d_k twice
///    keeps it).
/// 2. diag(1, [[1e-160, 1e-170], [1e-170, 1e-160]]): 1e-170 is far above ε·2e-160, so QR steps
///    run on the block, where the first rotation's `x² + z²` (about 1e-340) underflows to 0:
///    a rotation formed from it divides by 0. Want the eigenvalues 1 and 1e-160 ± 1e-170, each
///    within n·ε·‖A‖ (backward stability), and every entry finite.
#[test]
fn symmetric_eigen_deflation_is_local_and_tiny_blocks_converge() {
    let _points = points(1);
    let a = tridiagonal(&[1.0, 1e-8, 2e-8], &[0.0, 1e-24]);
    let what = "symmetric_eigen(diag(1, [[1e-8, 1e-24], [1e-24, 2e-8]]))";
    let r = ok(what, symmetric_eigen(&a));
    assert_eq!(
        r.iterations,
        0,
        "{what}: took {} implicit QR steps, want 0 (|e| = 1e-24 ≤ ε·(|d₁| + |d₂|) ≈ 6.7e-24 \
         deflates at once); eigenvalues {:?}",
        r.iterations,
        r.values.as_slice()
    );
    let a = tridiagonal(&[1e-8, 1.0], &[1e-20]);
    let what = "symmetric_eigen([[1e-8, 1e-20], [1e-20, 1]])";
    let r = ok(what, symmetric_eigen(&a));
    assert_eq!(
        r.iterations,
        0,
        "{what}: took {} implicit QR steps, want 0 (|e| = 1e-20 ≤ ε·(|d₀| + |d₁|) ≈ 2.2e-16: \
         the rule takes both neighbours, not one of them twice); eigenvalues {:?}",
        r.iterations,
        r.values.as_slice()
    );
    let a = tridiagonal(&[1.0, 1e-160, 1e-160], &[0.0, 1e-170]);
    let what = "symmetric_eigen(diag(1, [[1e-160, 1e-170], [1e-170, 1e-160]]))";
    let r = ok(what, symmetric_eigen(&a));
    let want = [1.0, 1e-160 + 1e-170, 1e-160 - 1e-170];
    let tol = 3.0 * f64::EPSILON;
    let v = r.values.as_slice();
    assert!(
        v.len() == 3
            && v.iter().zip(&want).all(|(x, y)| (x - y).abs() <= tol)
            && r.vectors.as_slice().iter().all(|x| x.is_finite()),
        "{what}: got eigenvalues {v:?} (vectors finite: {}), want {want:?} each within \
         3ε·‖A‖ = {tol:e} and finite vectors (the rotation of a block whose x² + z² underflows)",
        r.vectors.as_slice().iter().all(|x| x.is_finite())
    );
}

/// `svd`'s Jacobi rotation is the exact one, `t = sign(ζ)/(|ζ| + √(1 + ζ²))`: it makes a pair of
/// columns orthogonal in one rotation, so a matrix with two columns takes 2 sweeps (one that
/// rotates, one that finds nothing to do), 3 if rounding leaves the pair just above the skip
/// tolerance. An approximate tangent (`1/(2ζ)`, or a square root of `ζ²` alone) still
/// converges, but linearly: 5 or 6 sweeps on these.
#[test]
fn svd_rotation_orthogonalises_a_pair_at_once() {
    let _points = points(1);
    let cases = [
        ("[[1, 0.5], [0.5, 1]]", matrix![[1.0, 0.5], [0.5, 1.0]]),
        ("[[2, 1], [1, 2]]", matrix![[2.0, 1.0], [1.0, 2.0]]),
        (
            "[[1, 1], [1, −1], [1, 1]]",
            matrix![[1.0, 1.0], [1.0, -1.0], [1.0, 1.0]],
        ),
        (
            "[[1, 2], [2, 1], [0, 0]]",
            matrix![[1.0, 2.0], [2.0, 1.0], [0.0, 0.0]],
        ),
        (
            "[[3, 1], [4, 2], [0, 5], [1, 1]]",
            matrix![[3.0, 1.0], [4.0, 2.0], [0.0, 5.0], [1.0, 1.0]],
        ),
    ];
    for (what, a) in &cases {
        let what = format!("svd({what})");
        let s = ok(&what, svd(a));
        assert!(
            (2..=3).contains(&s.sweeps),
            "{what}: took {} sweeps, want 2 or 3 (the exact Jacobi rotation makes the two \
             columns orthogonal at once; then one sweep with no rotation); σ = {:?}",
            s.sweeps,
            s.sigma.as_slice()
        );
    }
}

/// `svd_via_normal_equations` completes U for a zero singular value as `svd` does: for
/// [[1, 0], [0, 0], [0, 0]] the eigenvalues of AᵀA are exactly 1 and 0, so σ₁ = 0 and
/// `w₁/σ₁ = 0/0` must not become a column of U — U stays finite with orthonormal columns.
#[test]
fn svd_via_normal_equations_completes_u_for_a_zero_sigma() {
    let _points = points(1);
    let a = matrix![[1.0, 0.0], [0.0, 0.0], [0.0, 0.0]];
    let what = "svd_via_normal_equations([[1, 0], [0, 0], [0, 0]])";
    let s = ok(what, svd_via_normal_equations(&a));
    let u = &s.u;
    let utu = naive_matmul(&naive_transpose(u), u);
    let finite = u.as_slice().iter().all(|x| x.is_finite());
    let loss = (0..2)
        .flat_map(|i| (0..2).map(move |j| (i, j)))
        .map(|(i, j)| (utu[(i, j)] - if i == j { 1.0 } else { 0.0 }).abs())
        .fold(0.0, f64::max);
    assert!(
        s.sigma.as_slice() == [1.0, 0.0] && finite && loss <= 1e-15,
        "{what}: got σ = {:?}, U = {u:?} (finite: {finite}, max |UᵀU − I| = {loss:e}), want σ = \
         [1, 0] and a finite U with orthonormal columns (complete U for σ = 0, never divide by it)",
        s.sigma.as_slice()
    );
}

/// `jacobi_eigen`'s skip criterion is the documented one, `|a_pq| ≤ ε·√(|a_pp|·|a_qq|)`:
///
/// 1. It skips what is negligible, so the method stops once the off-diagonal is at rounding
///    level: on tridiag(−1, 2, −1) of order 6 and 10 and two random symmetric matrices, at most
///    8 sweeps (quadratic convergence: the reference takes 6–7, the last finding nothing).
///    Rotating every nonzero entry (skipping only exact zeros) takes 9–10.
/// 2. It rotates what is not: in [[1e-20, 1e-16], [1e-16, 1]], 1e-16 is far above
///    ε·√(1e-20·1) ≈ 2.2e-26, and the small eigenvalue (1e-20 − 1e-32)/(1 + 1e-32) must come
///    out to relative accuracy ε (Jacobi's), in 2 sweeps. A scale such as ε·(√|a_pp| + √|a_qq|)
///    skips the pair and returns 1e-20, 1e-12 off relatively.
#[test]
fn jacobi_skip_criterion_is_the_documented_one() {
    let _points = points(1);
    let laplacian = |n: usize| tridiagonal(&vec![2.0; n], &vec![-1.0; n - 1]);
    let cases = [
        ("tridiag(−1, 2, −1), n = 6", laplacian(6)),
        ("tridiag(−1, 2, −1), n = 10", laplacian(10)),
        ("random_symmetric(5, 1)", random_symmetric(5, 1)),
        ("random_symmetric(8, 2)", random_symmetric(8, 2)),
    ];
    for (what, a) in &cases {
        let what = format!("jacobi_eigen({what})");
        let e = ok(&what, jacobi_eigen(a));
        assert!(
            e.iterations <= 8,
            "{what}: took {} sweeps, want at most 8 (pairs with |a_pq| ≤ ε·√(|a_pp|·|a_qq|) are \
             skipped, so the method stops at rounding level)",
            e.iterations
        );
    }
    let a = matrix![[1e-20, 1e-16], [1e-16, 1.0]];
    let what = "jacobi_eigen([[1e-20, 1e-16], [1e-16, 1]])";
    let e = ok(what, jacobi_eigen(&a));
    let want = (1e-20 - 1e-32) / (1.0 + 1e-32);
    let small = e.values[1];
    assert!(
        e.iterations == 2 && ((small - want) / want).abs() <= 4.0 * f64::EPSILON,
        "{what}: got the small eigenvalue {small:e} in {} sweeps, want {want:e} to relative \
         4ε in 2 sweeps (1e-16 > ε·√(|a₀₀|·|a₁₁|) ≈ 2.2e-26: the pair must be rotated)",
        e.iterations
    );
}
