//! Hidden tests: Lu::slogdet, Lu::cond_1_estimate / rcond, Lu::det out of range, and the course's
//! one rule for "numerically singular" in Lu::solve / solve_many / inverse, on inputs the public tests do not
//! show: matrices scaled by 1e±300, Hilbert and Kahan, permutations, exactly singular integer
//! matrices, pivots either side of the tolerance (14 points).
//!
//! Reference values never come from your code: the exact Hilbert inverse
//! (`gallery::hilbert_inverse`, integers), closed forms for the determinants of triangular,
//! diagonal and permutation matrices, and `testing::naive_inverse`. Tolerances:
//! - `ln|det|` from backward-stable LU: a backward error `‖δA‖ ≲ n·ρ·ε‖A‖` changes `ln|det A|`
//!   by about `tr(A⁻¹δA) ≤ n·κ₁·ε·ρ`; on triangular and diagonal inputs LU does no arithmetic
//!   on the factors, so only the `n` logarithms round (`ε·Σ|ln|uₖₖ||`).
//! - Hager–Higham's estimate is a lower bound on κ₁, within a factor 3 on these matrices:
//!   `κ₁/3 ≤ est ≤ κ₁·(1 + n·κ₁·ε)`, the slack being the rounding of the solves.

use week1_vectors::testing::assert_singular_with;
use week1_vectors::testing::{EPS, THRESHOLD, naive_inverse, norm1, points, solve_ratio};
use week1_vectors::{Matrix, gallery, vector};
use week3_inverse::pivot_tolerance;
use week4_lu_qr::{Lu, lu};

fn factor(what: &str, a: &Matrix) -> Lu {
    lu(a).unwrap_or_else(|e| panic!("lu({what}) must succeed on a finite square matrix: {e}"))
}

fn diagonal(d: &[f64]) -> Matrix {
    let n = d.len();
    Matrix::from_fn(n, n, |i, j| if i == j { d[i] } else { 0.0 })
}

/// κ₁ = ‖A‖₁‖A⁻¹‖₁ and the estimate's bounds `[κ₁/3, κ₁·(1 + n·κ₁·ε)]`.
fn check_estimate(what: &str, a: &Matrix, exact: f64) {
    let f = factor(what, a);
    let est = f.cond_1_estimate();
    let slack = a.rows() as f64 * exact * EPS;
    assert!(
        est <= exact * (1.0 + slack) && est >= exact / 3.0,
        "Lu::cond_1_estimate({what}) = {est:e}, exact κ₁ = {exact:e}: expected within \
         [κ₁/3, κ₁·(1 + {slack:.1e})] — a lower bound up to rounding, within a factor 3"
    );
    let rcond = f.rcond();
    assert!(
        (rcond * est - 1.0).abs() < 1e-12,
        "Lu::rcond({what}) = {rcond:e}, expected 1/cond_1_estimate = {:e}",
        1.0 / est
    );
}

#[test]
fn slogdet_of_triangular_diagonal_and_permutation_matrices() {
    let _points = points(3);
    // Kahan(300, 1.2) is upper triangular: no swaps, U = K, det = Π sⁱ = s^(n(n−1)/2) ≈
    // 1e-1370, which is 0 in f64. ln|det| = (n(n−1)/2)·ln s exactly, up to the rounding of the
    // n logarithms and of the Kahan entries sⁱ (powi: a few ε each, relative).
    let (n, theta) = (300, 1.2_f64);
    let k = gallery::kahan(n, theta);
    let f = factor("kahan(300, 1.2)", &k);
    let (sign, logabs) = f.slogdet();
    let expected = (n * (n - 1) / 2) as f64 * theta.sin().ln();
    let tol = 8.0 * n as f64 * EPS * expected.abs();
    assert!(
        sign == 1.0 && (logabs - expected).abs() <= tol,
        "Lu::slogdet(kahan(300, 1.2)) = ({sign}, {logabs}), expected (1, {expected}) within \
         {tol:.1e} (det() = {} underflows)",
        f.det()
    );
    // diag(1e200, 1e200, −1e-200, −1e-200): det = 1 exactly, but the product of the pivots
    // in order overflows to ∞ — slogdet must not go through the product.
    let d = diagonal(&[1e200, 1e200, -1e-200, -1e-200]);
    let (sign, logabs) = factor("diag(1e200, 1e200, −1e-200, −1e-200)", &d).slogdet();
    assert!(
        sign == 1.0 && logabs.abs() <= 4.0 * 461.0 * EPS,
        "Lu::slogdet(diag(1e200, 1e200, −1e-200, −1e-200)) = ({sign}, {logabs}), expected \
         (1, 0): det = 1 although the running product of the pivots overflows"
    );
    // Signs: a 5-cycle is an even permutation (det +1), a 4-cycle odd (det −1); with a negative
    // diagonal factor the sign of the pivots combines with det P.
    for (perm, det_p) in [(vec![1, 2, 3, 4, 0], 1.0), (vec![1, 2, 3, 0], -1.0)] {
        let p = gallery::permutation(&perm);
        let (sign, logabs) = factor(&format!("permutation({perm:?})"), &p).slogdet();
        assert!(
            sign == det_p && logabs == 0.0,
            "Lu::slogdet(permutation({perm:?})) = ({sign}, {logabs}), expected ({det_p}, 0)"
        );
        let n = perm.len();
        let dp = Matrix::from_fn(
            n,
            n,
            |i, j| {
                if i == 0 { -3.0 * p[(i, j)] } else { p[(i, j)] }
            },
        );
        let (sign, logabs) =
            factor(&format!("diag(−3, 1, …)·permutation({perm:?})"), &dp).slogdet();
        assert!(
            sign == -det_p && (logabs - 3.0_f64.ln()).abs() <= 2.0 * EPS,
            "Lu::slogdet(diag(−3, 1, …)·permutation({perm:?})) = ({sign}, {logabs}), expected \
             ({}, ln 3 = {})",
            -det_p,
            3.0_f64.ln()
        );
    }
    // A zero pivot after the running product has overflowed: exactly singular, (0, −∞).
    let z = diagonal(&[1e300, 1e300, 0.0]);
    let (sign, logabs) = factor("diag(1e300, 1e300, 0)", &z).slogdet();
    assert!(
        sign == 0.0 && logabs == f64::NEG_INFINITY,
        "Lu::slogdet(diag(1e300, 1e300, 0)) = ({sign}, {logabs}), expected (0, −∞) as numpy"
    );
}

#[test]
fn slogdet_of_hilbert_and_of_extremely_scaled_matrices() {
    let _points = points(1);
    // det H_n = c_n⁴ / c_{2n} with c_n = Π_{k<n} k! (a classical closed form), in logarithms.
    let ln_c = |n: usize| -> f64 {
        (1..n)
            .map(|k| (1..=k).map(|j| (j as f64).ln()).sum::<f64>())
            .sum()
    };
    for n in [4, 8, 11] {
        let h = gallery::hilbert(n);
        let exact_kappa = norm1(&h) * norm1(&gallery::hilbert_inverse(n));
        let expected = 4.0 * ln_c(n) - ln_c(2 * n);
        let (sign, logabs) = factor(&format!("hilbert({n})"), &h).slogdet();
        // tr(A⁻¹δA) ≤ n·κ₁·ε (ρ ≈ 1 on Hilbert), plus the rounding of the n logarithms.
        let tol = 4.0 * n as f64 * exact_kappa * EPS + 4.0 * n as f64 * EPS * expected.abs();
        assert!(
            sign == 1.0 && (logabs - expected).abs() <= tol,
            "Lu::slogdet(hilbert({n})) = ({sign}, {logabs}), expected (1, ln det H = {expected}) \
             within {tol:.1e} (κ₁ = {exact_kappa:.1e})"
        );
    }
    // −1e300·A and −1e-300·A for odd n: det(sA) = sⁿ det A flips the sign and shifts ln|det| by
    // n·ln|s| ≈ ±21·690.8. Compared with A's own factorisation, whose pivots are those of sA
    // divided by s up to rounding (scaling by a power of ten is not exact in binary).
    let n = 21;
    let a = gallery::random_with_condition(n, 100.0, 17);
    let (s0, l0) = factor("random_with_condition(21, 100, 17)", &a).slogdet();
    for s in [-1e300, -1e-300] {
        let sa = gallery::scaled(&a, s);
        let f = factor(&format!("{s:e}·A"), &sa);
        let (s1, l1) = f.slogdet();
        let expected = l0 + n as f64 * s.abs().ln();
        // Each of the n pivots carries a relative error ≲ n·κ₁·ε from the two factorisations'
        // backward errors; the logarithms then round at ε·|ln|u||.
        let tol = 4.0 * (n * n) as f64 * 100.0 * EPS + 4.0 * n as f64 * EPS * expected.abs();
        assert!(
            s1 == -s0 && (l1 - expected).abs() <= tol,
            "Lu::slogdet({s:e}·A), A = random_with_condition(21, 100, 17): got ({s1}, {l1}), \
             expected ({}, {expected}) within {tol:.1e}; det() = {:e}",
            -s0,
            f.det()
        );
    }
}

#[test]
fn condition_estimate_on_hilbert_kahan_and_diagonal_matrices() {
    let _points = points(2);
    // Exact κ₁ from the exact (integer) inverse of the Hilbert matrix.
    for n in [3, 7, 10] {
        let h = gallery::hilbert(n);
        let exact = norm1(&h) * norm1(&gallery::hilbert_inverse(n));
        check_estimate(&format!("hilbert({n})"), &h, exact);
    }
    // Kahan: triangular, κ₁ grows like (1 + cot θ)ⁿ; its inverse by naive Gauss–Jordan is exact
    // enough here (relative error κ·ε per column, κ ≤ 1e9).
    for (n, theta) in [(15, 1.2), (40, 1.4)] {
        let k = gallery::kahan(n, theta);
        let inv = naive_inverse(&k).expect("Kahan's diagonal sⁱ is nonzero");
        let exact = norm1(&k) * norm1(&inv);
        check_estimate(&format!("kahan({n}, {theta})"), &k, exact);
    }
    // A diagonal matrix: κ₁ = max|dᵢ| / min|dᵢ|, and the climb reaches the vertex e_argmin at
    // the first step, so the estimate is exact up to one rounding.
    let d = [3.0, -1e-6, 7.0, 2.0, -5e3, 0.5];
    let a = diagonal(&d);
    let exact = 5e3 / 1e-6;
    let est = factor("diag(3, −1e-6, 7, 2, −5e3, 0.5)", &a).cond_1_estimate();
    assert!(
        (est - exact).abs() <= 4.0 * EPS * exact,
        "Lu::cond_1_estimate(diag(3, −1e-6, 7, 2, −5e3, 0.5)) = {est:e}, expected κ₁ = 5e9 \
         exactly (up to rounding): on a diagonal matrix the first ascent step finds the vertex"
    );
    // 1×1: κ₁ = 1 whatever the entry.
    let est = factor("[[−1e-200]]", &diagonal(&[-1e-200])).cond_1_estimate();
    assert!(
        (est - 1.0).abs() <= 4.0 * EPS,
        "Lu::cond_1_estimate([[−1e-200]]) = {est}, expected κ₁ = 1"
    );
}

#[test]
fn condition_estimate_is_scale_invariant_at_1e300_and_1e_minus_300() {
    let _points = points(2);
    // κ₁(sA) = κ₁(A). Small κ so that ‖(1e-300·A)⁻¹‖₁ ≈ 1e303 stays finite.
    for (n, kappa, seed) in [(12, 1e3, 21), (30, 50.0, 22)] {
        let a = gallery::random_with_condition(n, kappa, seed);
        let inv = naive_inverse(&a).expect("random_with_condition is nonsingular");
        let exact = norm1(&a) * norm1(&inv);
        for s in [1e300, -1e300, 1e-300] {
            check_estimate(
                &format!("{s:e}·random_with_condition({n}, {kappa:e}, {seed})"),
                &gallery::scaled(&a, s),
                exact,
            );
        }
    }
}

#[test]
fn exactly_singular_integer_matrices_are_refused_at_every_scale() {
    let _points = points(2);
    // consecutive_integers(n) has rank 2: pivots 0 and 1 are large, pivot 2 is rounding noise
    // (or exactly 0). Week 3's rule, relative to ‖A‖₁, refuses at k = 2 whatever the scale.
    for n in [4, 6, 9] {
        for s in [1.0, 1e300, 1e-300] {
            let a = gallery::scaled(&gallery::consecutive_integers(n), s);
            let what = format!("{s:e}·consecutive_integers({n})");
            let f = factor(&what, &a);
            let b = week1_vectors::Vector::from_fn(n, |i| i as f64 + 1.0);
            let got = f.solve(&b);
            assert_singular_with(
                got,
                "Lu::solve",
                2,
                (f.factors()[(2, 2)].abs(), pivot_tolerance(&a)),
                &format!(
                    "Lu::solve({what}, b): rank 2, expected Singular at pivot 2 (|u₂₂| = {:e} ≤ \
                 tol = n·ε·‖A‖₁ = {:e})",
                    f.factors()[(2, 2)].abs(),
                    n as f64 * EPS * norm1(&a)
                ),
            );
            let got = f.solve_many(&Matrix::identity(n));
            assert_singular_with(
                got,
                "Lu::solve_many",
                2,
                (f.factors()[(2, 2)].abs(), pivot_tolerance(&a)),
                &format!("Lu::solve_many({what}, I): rank 2, expected Singular at pivot 2"),
            );
            let got = f.inverse();
            assert_singular_with(
                got,
                "Lu::inverse",
                2,
                (f.factors()[(2, 2)].abs(), pivot_tolerance(&a)),
                &format!("Lu::inverse({what}): rank 2, expected Singular at pivot 2"),
            );
            let est = f.cond_1_estimate();
            assert!(
                est == f64::INFINITY && f.rcond() == 0.0,
                "Lu::cond_1_estimate({what}) = {est:e}, rcond = {:e}: expected ∞ and 0 for a \
                 negligible pivot",
                f.rcond()
            );
        }
    }
    // A random rank-4 6×6 matrix (product of 6×4 and 4×6 factors): refused at pivot 4.
    let a = gallery::random_rank_deficient(6, 6, 4, 31);
    let f = factor("random_rank_deficient(6, 6, 4, 31)", &a);
    let got = f.solve(&vector![1.0, 0.0, 0.0, 0.0, 0.0, 0.0]);
    assert_singular_with(
        got,
        "Lu::solve",
        4,
        (f.factors()[(4, 4)].abs(), pivot_tolerance(&a)),
        "Lu::solve(random_rank_deficient(6, 6, 4, 31), e₀): rank 4, expected Singular at pivot 4",
    );
}

#[test]
fn pivots_either_side_of_the_tolerance() {
    let _points = points(1);
    // tol(diag(1, δ)) = 2·ε·1 = 4.4e-16: δ = 4e-16 is negligible, δ = 1e-15 is not. The rule is
    // relative, so the same holds scaled by 1e-290 (an absolute threshold would refuse both;
    // 1e-290 rather than 1e-300 keeps 1e-15·s a normal number, with all its 53 bits).
    for s in [1.0, 1e-290, 1e300] {
        let small = factor("diag(1, 4e-16)·s", &diagonal(&[s, 4e-16 * s]));
        assert_singular_with(
            small.solve(&vector![1.0, 1.0]),
            "Lu::solve",
            1,
            (4e-16 * s, pivot_tolerance(&diagonal(&[s, 4e-16 * s]))),
            &format!(
                "Lu::solve({s:e}·diag(1, 4e-16), (1, 1)): |u₁₁| = 4e-16·s ≤ tol = 2ε·s, expected \
             Singular at pivot 1"
            ),
        );
        let ok = factor("diag(1, 1e-15)·s", &diagonal(&[s, 1e-15 * s]));
        let x = ok.solve(&vector![s, s]).unwrap_or_else(|e| {
            panic!("Lu::solve({s:e}·diag(1, 1e-15), (s, s)): 1e-15·s > tol = 2ε·s, must solve: {e}")
        });
        assert!(
            (x[0] - 1.0).abs() <= EPS && (x[1] - 1e15).abs() <= 1e15 * EPS,
            "Lu::solve({s:e}·diag(1, 1e-15), (s, s)) = {x:?}, expected (1, 1e15)"
        );
    }
    // Ill-conditioned but not singular to working precision: Hilbert(10) (κ₁ ≈ 3.5e13) and a
    // well-conditioned matrix scaled by 1e-300 must be solved, backward stably.
    let mut cases: Vec<(String, Matrix)> = vec![("hilbert(10)".into(), gallery::hilbert(10))];
    for s in [1e-300, 1e300] {
        cases.push((
            format!("{s:e}·random_matrix(25, 25, 41)"),
            gallery::scaled(&gallery::random_matrix(25, 25, 41), s),
        ));
    }
    for (what, a) in cases {
        let n = a.rows();
        let f = factor(&what, &a);
        let b = gallery::scaled(
            &Matrix::from_fn(n, 1, |i, _| (i % 3) as f64 - 1.0),
            norm1(&a),
        );
        let b = week1_vectors::Vector::from_fn(n, |i| b[(i, 0)]);
        let x = f
            .solve(&b)
            .unwrap_or_else(|e| panic!("Lu::solve({what}, b): no pivot is negligible, got {e}"));
        let r = solve_ratio(&a, &x, &b);
        assert!(
            r < THRESHOLD,
            "Lu::solve({what}, b): scaled residual ‖b − Ax‖/(‖A‖‖x‖ε) = {r:.2e}, expected < \
             {THRESHOLD}"
        );
        let inv = f
            .inverse()
            .unwrap_or_else(|e| panic!("Lu::inverse({what}): no pivot is negligible, got {e}"));
        assert!(
            inv.is_finite(),
            "Lu::inverse({what}) must be finite (‖A⁻¹‖ is representable here)"
        );
    }
}

#[test]
fn det_is_never_nan_and_overflows_only_with_the_determinant() {
    let _points = points(2);
    // 2^1000·pascal(11): det = 2^11000 → +∞; a row swap → −∞. 2^-1000·pascal(9): det =
    // 2^-9000 → 0. Never NaN.
    let a = gallery::scaled(&gallery::pascal(11), 2f64.powi(1000));
    let d = factor("2^1000·pascal(11)", &a).det();
    assert_eq!(
        d,
        f64::INFINITY,
        "Lu::det(2^1000·pascal(11)): det = 2^11000, expected +inf, got {d}"
    );
    let mut b = a.clone();
    b.swap_rows(0, 10);
    let d = factor("2^1000·pascal(11), rows 0 and 10 swapped", &b).det();
    assert_eq!(
        d,
        f64::NEG_INFINITY,
        "Lu::det(2^1000·pascal(11), rows 0 and 10 swapped): det = −2^11000, expected -inf, got {d}"
    );
    let c = gallery::scaled(&gallery::pascal(9), 2f64.powi(-1000));
    let d = factor("2^-1000·pascal(9)", &c).det();
    assert_eq!(
        d, 0.0,
        "Lu::det(2^-1000·pascal(9)): det = 2^-9000 underflows, expected 0, got {d}"
    );
    // Pivots 2^-600, 2^-600, 2^130 (a diagonal: no swaps, U = A): det = 2^-1070, a subnormal,
    // exactly — the running product 2^-1200 would have underflowed to 0 first.
    let e = diagonal(&[2f64.powi(-600), 2f64.powi(-600), 2f64.powi(130)]);
    let d = factor("diag(2^-600, 2^-600, 2^130)", &e).det();
    assert_eq!(
        d,
        // 2^-1070 = 16·2^-1074 (16 times the smallest subnormal), written exactly: `powi(-1070)`
        // is not (f64::powi's precision is unspecified; unoptimised builds compute 1/2^1070 = 0).
        f64::from_bits(16),
        "Lu::det(diag(2^-600, 2^-600, 2^130)): det = 2^-1070 (subnormal), expected exactly, got {d:e}"
    );
    // A permuted diagonal of 2^±1000 with det ±1: LU swaps rows, the pivots are the diagonal.
    let dg = [
        2f64.powi(1000),
        2f64.powi(1000),
        -(2f64.powi(-1000)),
        2f64.powi(-1000),
        3.0,
    ];
    let perm = [4, 2, 0, 1, 3]; // row i holds dg[perm[i]] in column perm[i]
    let p = Matrix::from_fn(5, 5, |i, j| if j == perm[i] { dg[j] } else { 0.0 });
    // det = sign(perm)·Π dg = sign(perm)·(−3); i → perm[i] is (0 4 3 1 2), a 5-cycle: even.
    let d = factor("permuted diag(2^1000, 2^1000, −2^-1000, 2^-1000, 3)", &p).det();
    assert_eq!(
        d, -3.0,
        "Lu::det(permuted diag(2^1000, 2^1000, −2^-1000, 2^-1000, 3)): det = −3 exactly, got {d}"
    );
}

/// `x ↦ Bx`.
fn apply(b: &Matrix, x: &[f64]) -> Vec<f64> {
    (0..b.rows())
        .map(|i| (0..b.cols()).map(|j| b[(i, j)] * x[j]).sum())
        .collect()
}

/// `‖v‖₁`.
fn sum_abs(v: &[f64]) -> f64 {
    v.iter().map(|x| x.abs()).sum()
}

/// The estimate of `Lu::cond_1_estimate`'s doc comment, step by step, with an explicit inverse in
/// place of the solves: `x = (1/n, …)`, up to 5 climbs to the vertex `e_j` of the largest `|z_j|`
/// (stopping when `|z_j| ≤ zᵀx`, or when the estimate does not grow or `sign(y)` repeats), then
/// Higham's extra vector; `‖A‖₁ · est`.
fn hager_higham_by_the_doc(a: &Matrix) -> f64 {
    let n = a.rows();
    let inv = naive_inverse(a).expect("the test matrices are invertible");
    let inv_t = Matrix::from_fn(n, n, |i, j| inv[(j, i)]);
    let sign = |v: &[f64]| -> Vec<f64> {
        v.iter()
            .map(|&x| if x >= 0.0 { 1.0 } else { -1.0 })
            .collect()
    };
    let mut x = vec![1.0 / n as f64; n];
    let y = apply(&inv, &x);
    let mut est = sum_abs(&y);
    let mut xi = sign(&y);
    let mut z = apply(&inv_t, &xi);
    for _ in 0..5 {
        let (j, zj) = z
            .iter()
            .enumerate()
            .fold((0, f64::NEG_INFINITY), |(bj, bz), (i, &v)| {
                if v.abs() > bz { (i, v.abs()) } else { (bj, bz) }
            });
        let ztx: f64 = z.iter().zip(&x).map(|(a, b)| a * b).sum();
        if zj <= ztx {
            break;
        }
        x = vec![0.0; n];
        x[j] = 1.0;
        let y = apply(&inv, &x);
        let (new_est, new_xi) = (sum_abs(&y), sign(&y));
        if new_est <= est || new_xi == xi {
            est = est.max(new_est);
            break;
        }
        (est, xi) = (new_est, new_xi);
        z = apply(&inv_t, &xi);
    }
    let alt: Vec<f64> = (0..n)
        .map(|i| {
            let s = if i % 2 == 0 { 1.0 } else { -1.0 };
            s * (1.0 + i as f64 / (n - 1) as f64)
        })
        .collect();
    let extra = 2.0 * sum_abs(&apply(&inv, &alt)) / (3.0 * n as f64);
    norm1(a) * est.max(extra)
}

/// `Lu::cond_1_estimate` is the documented Hager–Higham estimate, not just some lower bound
/// within a factor 3: on these random matrices it equals the doc's algorithm run with an
/// explicit inverse. They were chosen so that every branch counts — one or two climbs, a climb
/// that stops on a repeated sign after the estimate grew, and (seeds 52 and 112) Higham's extra
/// vector giving the larger estimate (there the estimate is 0.68 and 0.46 of κ₁) — and so that
/// every decision of the algorithm (signs, the argmax, the stopping tests, extra against climb)
/// is separated by a relative margin above 1e-3, far beyond rounding. κ₁ ≤ 34 here, so both ways
/// of computing each `‖A⁻¹x‖₁` agree to about n·κ₁·ε ≈ 5e-14: the tolerance is 1e-12.
/// A wrong transposed solve `Aᵀz = ξ` (which only steers the climb), a wrong sign vector, a
/// wrong stopping test or a wrong extra vector each change the result on at least one of them.
#[test]
fn cond_1_estimate_is_the_documented_algorithm() {
    let _points = points(1);
    let cases = [
        ("random_matrix(3, 3, 0)", gallery::random_matrix(3, 3, 0)),
        ("random_matrix(3, 3, 1)", gallery::random_matrix(3, 3, 1)),
        ("random_matrix(3, 3, 52)", gallery::random_matrix(3, 3, 52)),
        (
            "random_matrix(3, 3, 112)",
            gallery::random_matrix(3, 3, 112),
        ),
        (
            "random_matrix(3, 3, 190)",
            gallery::random_matrix(3, 3, 190),
        ),
        (
            "random_uniform(5, 5, 0, 1, 60)",
            gallery::random_uniform(5, 5, 0.0, 1.0, 60),
        ),
        (
            "random_matrix(7, 7, 924)",
            gallery::random_matrix(7, 7, 924),
        ),
    ];
    for (what, a) in &cases {
        let got = factor(what, a).cond_1_estimate();
        let want = hager_higham_by_the_doc(a);
        assert!(
            (got - want).abs() <= 1e-12 * want,
            "Lu::cond_1_estimate({what}) = {got:e}, want {want:e}: the doc's algorithm (x = \
             1/n, climbs to the vertex of the largest |zⱼ| with z = A⁻ᵀsign(y), stops, then \
             Higham's extra vector) computed with an explicit inverse"
        );
    }
}
