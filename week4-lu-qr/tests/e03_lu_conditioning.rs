//! Public tests: Lu::slogdet, Lu::cond_1_estimate / rcond, and the course's one rule for
//! "numerically singular" in Lu::solve (src/lu.rs).
//!
//! Run just these with `cargo test -p week4-lu-qr --test e03_lu_conditioning`.
//!
//! The exact κ₁ = ‖A‖₁‖A⁻¹‖₁ comes from `testing::naive_inverse` (plain Gauss–Jordan, never
//! your code). Hager–Higham's estimate is a lower bound on κ₁ (every value it reports is
//! ‖A⁻¹x‖₁ for a unit x), and within a factor 3 on all but contrived matrices: the tests check
//! `κ₁/3 ≤ est ≤ κ₁·(1 + n·κ₁·ε)`: the slack above is the rounding of the solves, whose
//! computed `A⁻¹x` has a relative error of order `n·κ₁·ε` (Higham, Thm 9.4 with §15.3).

use week1_vectors::testing::naive_inverse;
use week1_vectors::{LinalgError, Matrix, gallery, matrix, vector};
use week4_lu_qr::lu;

fn norm_1(a: &Matrix) -> f64 {
    (0..a.cols())
        .map(|j| (0..a.rows()).map(|i| a[(i, j)].abs()).sum::<f64>())
        .fold(0.0, f64::max)
}

#[test]
fn slogdet_of_small_matrices() {
    let f = lu(&matrix![[1.0, 2.0], [3.0, 4.0]]).expect("lu of [[1,2],[3,4]]");
    let (sign, logabs) = f.slogdet();
    assert!(
        sign == -1.0 && (logabs - 2.0_f64.ln()).abs() < 1e-15,
        "slogdet([[1,2],[3,4]]) = ({sign}, {logabs}), expected (-1, ln 2 = {})",
        2.0_f64.ln()
    );
    let z = lu(&Matrix::zeros(2, 2)).expect("lu of the 2×2 zero matrix");
    let (sign, logabs) = z.slogdet();
    assert!(
        sign == 0.0 && logabs == f64::NEG_INFINITY,
        "slogdet(0₂ₓ₂) = ({sign}, {logabs}), expected (0, -inf) as numpy"
    );
    let e = lu(&Matrix::zeros(0, 0)).expect("lu of the 0×0 matrix");
    assert_eq!(
        e.slogdet(),
        (1.0, 0.0),
        "slogdet of the 0×0 matrix: det = 1, so (1, 0)"
    );
}

#[test]
fn slogdet_survives_where_det_overflows_and_underflows() {
    for s in [1e300, 1e-300] {
        let a = gallery::scaled(&gallery::random_with_condition(40, 10.0, 7), s);
        let f = lu(&a).expect("lu of a scaled well-conditioned 40×40 matrix");
        let reference = lu(&gallery::random_with_condition(40, 10.0, 7)).expect("lu");
        let (s0, l0) = reference.slogdet();
        let (s1, l1) = f.slogdet();
        // ln|det(sA)| = n ln|s| + ln|det A|; both sums have absolute error ≲ n·ε·max|ln uₖₖ|.
        let expected = l0 + 40.0 * s.ln();
        assert!(
            s1 == s0 && (l1 - expected).abs() < 1e-9 * expected.abs().max(1.0),
            "slogdet(s·A), s = {s:e}, 40×40: got ({s1}, {l1}), expected ({s0}, {expected}) \
             (det is {} there)",
            f.det()
        );
        assert!(
            l1.is_finite(),
            "slogdet(s·A), s = {s:e}: ln|det| must be finite, got {l1}"
        );
    }
}

#[test]
fn slogdet_agrees_with_det_on_random_matrices() {
    for (n, seed) in [(1, 1), (3, 2), (8, 3), (20, 4)] {
        let a = gallery::random_matrix(n, n, seed);
        let f = lu(&a).expect("lu of a random matrix");
        let (sign, logabs) = f.slogdet();
        let det = f.det();
        let back = sign * logabs.exp();
        assert!(
            (back - det).abs() <= 1e-12 * det.abs(),
            "slogdet on random {n}×{n} (seed {seed}): sign·exp(logabsdet) = {back:e}, det = {det:e}"
        );
    }
}

#[test]
fn condition_estimate_is_a_close_lower_bound() {
    let mut gallery_cases: Vec<(String, Matrix)> = vec![
        ("hilbert(6)".into(), gallery::hilbert(6)),
        ("pascal(6)".into(), gallery::pascal(6)),
        ("kahan(10, 1.2)".into(), gallery::kahan(10, 1.2)),
        (
            "tridiag(20, -1, 2, -1)".into(),
            gallery::tridiag(20, -1.0, 2.0, -1.0),
        ),
        ("frank(8)".into(), gallery::frank(8)),
        ("wilkinson_growth(12)".into(), gallery::wilkinson_growth(12)),
    ];
    for (n, kappa, seed) in [(10, 1e2, 1), (30, 1e6, 2), (50, 1e8, 3)] {
        gallery_cases.push((
            format!("random_with_condition({n}, {kappa:e}, {seed})"),
            gallery::random_with_condition(n, kappa, seed),
        ));
    }
    for (name, a) in gallery_cases {
        let inv = naive_inverse(&a).expect("the gallery matrices here are nonsingular");
        let exact = norm_1(&a) * norm_1(&inv);
        let f = lu(&a).expect("lu");
        let est = f.cond_1_estimate();
        let slack = a.rows() as f64 * exact * f64::EPSILON;
        assert!(
            est <= exact * (1.0 + slack) && est >= exact / 3.0,
            "cond_1_estimate({name}) = {est:e}, exact κ₁ = {exact:e}: expected within \
             [κ₁/3, κ₁·(1 + {slack:e})] (a lower bound up to rounding, within a factor 3)"
        );
        let rcond = f.rcond();
        assert!(
            (rcond * est - 1.0).abs() < 1e-12,
            "rcond({name}) = {rcond:e} should be 1/cond_1_estimate = {:e}",
            1.0 / est
        );
    }
}

#[test]
fn an_exactly_singular_matrix_is_refused_by_the_tolerance_rule() {
    // [[1,2,3],[4,5,6],[7,8,9]] is exactly singular, but its computed last pivot is ~1e-16,
    // not 0: only a tolerance (week 3's n·ε·‖A‖₁) tells.
    let a = gallery::consecutive_integers(3);
    let f = lu(&a).expect("lu factors any square matrix");
    match f.solve(&vector![1.0, 2.0, 3.0]) {
        Err(LinalgError::Singular { .. }) => {}
        other => panic!(
            "Lu::solve on [[1,2,3],[4,5,6],[7,8,9]] (exactly singular) must be Err(Singular), \
             got {other:?}"
        ),
    }
    assert!(
        f.cond_1_estimate() == f64::INFINITY,
        "cond_1_estimate of an exactly singular matrix: expected inf, got {}",
        f.cond_1_estimate()
    );
}
