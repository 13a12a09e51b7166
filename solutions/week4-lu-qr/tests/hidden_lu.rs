//! Hidden tests: LU with and without pivoting, the growth factor, solve / solve_many / det /
//! inverse (22 points).
//!
//! Residuals as in the public tests: `‖PA − LU‖/(n‖A‖ε)` and `‖b − Ax‖/(‖A‖‖x‖ε)` stay of order
//! 1 for backward-stable LU with a modest growth factor ρ (the backward error is about n·ρ·ε),
//! so THRESHOLD = 30 holds for every correct implementation on these inputs.

use week1_vectors::testing::assert_singular_with;
use week1_vectors::testing::{
    EPS, THRESHOLD, is_lower_triangular, is_upper_triangular, naive_matmul, naive_matvec, norm1,
    points, reconstruction_ratio, relative_error, solve_many_ratio, solve_ratio,
};
use week1_vectors::{LinalgError, Matrix, Vector, gallery, matrix, vector};
use week3_inverse::pivot_tolerance;
use week4_lu_qr::{Lu, growth_factor, lu, lu_no_pivoting};

fn pa_lu_ratio(what: &str, a: &Matrix, f: &Lu) -> f64 {
    let (p, l, u) = (f.p(), f.l(), f.u());
    assert!(is_lower_triangular(&l), "{what}: L not lower triangular");
    assert!(is_upper_triangular(&u), "{what}: U not upper triangular");
    for k in 0..l.rows() {
        assert_eq!(l[(k, k)], 1.0, "{what}: L must have a unit diagonal");
    }
    reconstruction_ratio(&naive_matmul(&p, a), &naive_matmul(&l, &u))
}

#[test]
fn wilkinson_growth_matrix() {
    let _points = points(3);
    for n in [3, 9, 21, 40] {
        let w = gallery::wilkinson_growth(n);
        let f = lu(&w).unwrap();
        // Every entry of U is ±1 or a power of two: exact.
        assert_eq!(
            growth_factor(&w, &f),
            2f64.powi(n as i32 - 1),
            "growth factor of wilkinson_growth({n})"
        );
        assert_eq!(
            f.u()[(n - 1, n - 1)],
            2f64.powi(n as i32 - 1),
            "lu(wilkinson_growth({n})): the last pivot u[n−1][n−1] doubles at every step to 2ⁿ⁻¹ (exact)"
        );
        // ρ is large but the factorisation itself is still exact here (integers < 2⁵³).
        let r = pa_lu_ratio(&format!("lu(wilkinson_growth({n}))"), &w, &f);
        assert!(r < THRESHOLD, "lu(wilkinson_growth({n})): ratio {r:.3e}");
    }
}

#[test]
fn kahan_matrix() {
    let _points = points(2);
    // Kahan's matrix is already upper triangular with a decreasing diagonal: no row swaps, L = I,
    // U = K, det = Π kᵢᵢ = Π sⁱ. Solving is backward stable although κ(K) is huge.
    let (n, theta) = (30, 1.1);
    let k = gallery::kahan(n, theta);
    let f = lu(&k).unwrap();
    assert_eq!(
        f.perm(),
        (0..n).collect::<Vec<_>>().as_slice(),
        "no swaps on Kahan"
    );
    assert_eq!(
        f.l(),
        Matrix::identity(n),
        "L = I for an upper triangular matrix"
    );
    let want_det: f64 = (0..n).map(|i| k[(i, i)]).product();
    let det = f.det();
    // n multiplications, each with relative error ≤ ε/2.
    assert!(
        (det - want_det).abs() <= n as f64 * EPS * want_det,
        "det(kahan({n})) = {det:e}, want {want_det:e}"
    );
    let b = gallery::random_vector(n, 77);
    let x = f.solve(&b).unwrap();
    let r = solve_ratio(&k, &x, &b);
    assert!(
        r < THRESHOLD,
        "Lu::solve on kahan({n}): backward error {r:.3e}"
    );
}

#[test]
fn random_square_sizes() {
    let _points = points(3);
    for (n, seed) in [(3, 101), (8, 102), (33, 103), (80, 104)] {
        let a = gallery::random_uniform(n, n, -5.0, 5.0, seed);
        let f = lu(&a).unwrap();
        let r = pa_lu_ratio(&format!("lu({n}×{n})"), &a, &f);
        assert!(
            r < THRESHOLD,
            "lu({n}×{n} uniform): ‖PA − LU‖/(n‖A‖ε) = {r:.3e}"
        );
        let worst = f.l().as_slice().iter().fold(0.0_f64, |m, x| m.max(x.abs()));
        assert!(
            worst <= 1.0,
            "lu({n}×{n}): |l_ij| ≤ 1 with partial pivoting, got {worst}"
        );
        // P is a permutation matrix built from perm.
        let p = f.p();
        for (i, &pi) in f.perm().iter().enumerate() {
            assert_eq!(p[(i, pi)], 1.0, "P[{i}][perm[{i}]]");
        }
    }
}

#[test]
fn empty_and_one_by_one() {
    let _points = points(2);
    let f = lu(&Matrix::zeros(0, 0)).unwrap();
    assert_eq!(f.det(), 1.0, "det of 0×0");
    assert_eq!(f.solve(&vector![]).unwrap(), vector![], "solve 0×0");
    assert_eq!(
        f.inverse().unwrap(),
        Matrix::zeros(0, 0),
        "Lu::inverse of the 0×0 factorisation"
    );
    assert_eq!(
        f.solve_many(&Matrix::zeros(0, 3)).unwrap(),
        Matrix::zeros(0, 3),
        "Lu::solve_many of a 0×0 factorisation with a 0×3 B"
    );
    let f = lu(&matrix![[-4.0]]).unwrap();
    assert_eq!(f.det(), -4.0, "Lu::det of [[−4]]");
    assert_eq!(
        f.solve(&vector![2.0]).unwrap(),
        vector![-0.5],
        "Lu::solve([[−4]], [2])"
    );
    assert_eq!(
        f.inverse().unwrap(),
        matrix![[-0.25]],
        "Lu::inverse of [[−4]]"
    );
    let f = lu(&matrix![[0.0]]).unwrap();
    assert_eq!(f.det(), 0.0, "Lu::det of [[0]]");
    assert!(
        matches!(
            f.solve(&vector![1.0]),
            Err(LinalgError::Singular { pivot: 0, .. })
        ),
        "Lu::solve([[0]], [1]): got {:?}, want Err(Singular {{ pivot: 0, .. }})",
        f.solve(&vector![1.0])
    );
}

#[test]
fn solve_and_solve_many() {
    let _points = points(3);
    let a = gallery::random_with_condition(40, 1e8, 105);
    let f = lu(&a).unwrap();
    let b = gallery::random_vector(40, 106);
    let x = f.solve(&b).unwrap();
    // Backward stable whatever κ is.
    let r = solve_ratio(&a, &x, &b);
    assert!(r < THRESHOLD, "Lu::solve, κ = 1e8: backward error {r:.3e}");
    let bs = gallery::random_matrix(40, 7, 107);
    let xs = f.solve_many(&bs).unwrap();
    let r = solve_many_ratio(&a, &xs, &bs);
    assert!(
        r < THRESHOLD,
        "Lu::solve_many, κ = 1e8: backward error {r:.3e}"
    );
    // Known solution on a well-conditioned system: error ≤ κ·ε·(modest).
    let a = gallery::random_with_condition(25, 10.0, 108);
    let x_true = gallery::random_vector(25, 109);
    let b = naive_matvec(&a, &x_true);
    let x = lu(&a).unwrap().solve(&b).unwrap();
    let err = relative_error(&x, &x_true);
    assert!(
        err < 1e3 * EPS,
        "Lu::solve, κ = 10: relative error {err:.2e}"
    );
    assert_eq!(
        f.solve_many(&Matrix::zeros(39, 1)),
        Err(LinalgError::ShapeMismatch {
            op: "Lu::solve_many",
            left: (40, 40),
            right: (39, 1)
        }),
        "Lu::solve_many with a 39×1 B for a 40×40 factorisation"
    );
}

#[test]
fn determinants() {
    let _points = points(2);
    // det(Pascal) = 1. Its LU backward error δA perturbs det by about n²ρ·κ₁·ε relative;
    // κ₁(P₅) ≈ 1.6e4, so 1e-9 is a generous bound.
    let d = lu(&gallery::pascal(5)).unwrap().det();
    assert!((d - 1.0).abs() < 1e-9, "det(pascal(5)) = {d}");
    // Permutations: det = sign.
    let f = lu(&gallery::permutation(&[3, 0, 1, 2])).unwrap();
    assert_eq!(f.det(), -1.0, "a 4-cycle is odd");
    let f = lu(&gallery::permutation(&[1, 0, 3, 2])).unwrap();
    assert_eq!(f.det(), 1.0, "two transpositions are even");
    // A scaled identity: the product of the pivots.
    let f = lu(&Matrix::from_diag(&[2.0, -3.0, 0.5, 8.0])).unwrap();
    assert_eq!(f.det(), -24.0, "Lu::det of diag(2, −3, 0.5, 8) (exact)");
    // Singular: exactly 0.
    let f = lu(&matrix![[1.0, 2.0, 3.0], [2.0, 4.0, 6.0], [1.0, 0.0, 1.0]]).unwrap();
    assert_eq!(f.det(), 0.0, "rows 0 and 1 are parallel");
}

#[test]
fn inverse_of_hilbert() {
    let _points = points(2);
    // H₆⁻¹ has integer entries; κ₁(H₆) ≈ 2.9e7, and a backward-stable inverse has relative
    // error ≲ n·κ·ε ≈ 4e-8.
    let n = 6;
    let inv = lu(&gallery::hilbert(n)).unwrap().inverse().unwrap();
    let want = gallery::hilbert_inverse(n);
    let err = norm1(&week1_vectors::testing::naive_sub(&inv, &want)) / norm1(&want);
    assert!(err < 4e-8, "inverse(hilbert(6)): relative error {err:.2e}");
    let ident = naive_matmul(&gallery::hilbert(n), &inv);
    let r = solve_many_ratio(&gallery::hilbert(n), &inv, &Matrix::identity(n));
    assert!(r < THRESHOLD, "H·inv(H) = {ident}: backward error {r:.3e}");
}

#[test]
fn singular_matrices() {
    let _points = points(2);
    let a = gallery::random_rank_deficient(6, 6, 3, 110);
    // Exactly singular in exact arithmetic, but rounding leaves tiny non-zero pivots: lu
    // succeeds, and its residual is still small.
    let f = lu(&a).unwrap();
    let r = pa_lu_ratio("lu(rank 3, 6×6)", &a, &f);
    assert!(r < THRESHOLD, "lu(rank-deficient): ratio {r:.3e}");
    // An exactly zero column: a zero pivot, det 0, solve and inverse refuse.
    let a = matrix![[1.0, 0.0, 2.0], [3.0, 0.0, 1.0], [4.0, 0.0, 5.0]];
    let f = lu(&a).unwrap();
    let r = pa_lu_ratio("lu(zero column)", &a, &f);
    assert!(r < THRESHOLD, "lu(zero column): ratio {r:.3e}");
    assert_eq!(
        f.det(),
        0.0,
        "Lu::det of a 3×3 with a zero column (an exact zero pivot)"
    );
    assert_singular_with(
        f.solve(&vector![1.0, 1.0, 1.0]),
        "Lu::solve",
        1,
        (0.0, pivot_tolerance(&a)),
        "Lu::solve with a 3×3 with a zero column",
    );
    assert_singular_with(
        f.inverse(),
        "Lu::inverse",
        1,
        (0.0, pivot_tolerance(&a)),
        "Lu::inverse of a 3×3 with a zero column",
    );
}

#[test]
fn no_pivoting() {
    let _points = points(2);
    // Diagonally dominant: no pivoting needed, the factors match lu's (no swaps).
    let a = matrix![[10.0, 1.0, 2.0], [1.0, 8.0, -1.0], [3.0, 2.0, 9.0]];
    let f = lu_no_pivoting(&a).unwrap();
    let g = lu(&a).unwrap();
    assert_eq!(
        f.perm(),
        &[0, 1, 2],
        "lu_no_pivoting of a diagonally dominant 3×3: perm is the identity"
    );
    assert!(
        approx::relative_eq!(f.l(), g.l(), epsilon = 4.0 * EPS),
        "lu_no_pivoting vs lu on a diagonally dominant 3×3 (no swaps): L: got {:?}, want {:?} (relative_eq, epsilon = 4.0 * EPS)",
        f.l(),
        g.l()
    );
    assert!(
        approx::relative_eq!(f.u(), g.u(), epsilon = 40.0 * EPS),
        "lu_no_pivoting vs lu on a diagonally dominant 3×3 (no swaps): U: got {:?}, want {:?} (relative_eq, epsilon = 40.0 * EPS)",
        f.u(),
        g.u()
    );
    // A zero pivot at step k for each k: the leading k×k block is fine, step k is not.
    // (These matrices are nonsingular: the block at k is [[0, 1], [1, 1]], det −1.)
    for k in 0..3 {
        let mut a = Matrix::identity(4);
        a[(k, k)] = 0.0;
        a[(k + 1, k)] = 1.0;
        a[(k, k + 1)] = 1.0;
        assert_singular_with(
            lu_no_pivoting(&a),
            "lu_no_pivoting",
            k,
            (0.0, 0.0),
            &format!("zero pivot at {k}:\n{a}"),
        );
        assert!(lu(&a).is_ok(), "lu with pivoting handles it");
    }
    // The small-pivot disaster: growth 1e12.
    let a = matrix![[1e-12, 2.0], [3.0, 1.0]];
    let rho = growth_factor(&a, &lu_no_pivoting(&a).unwrap());
    assert!(
        (rho / 2e12 - 1.0).abs() < 1e-12,
        "growth without pivoting on [[1e-12, 2], [3, 1]]: {rho:e} (max|u| = 6e12, max|a| = 3)"
    );
}

#[test]
fn errors() {
    let _points = points(1);
    assert_eq!(
        lu(&Matrix::zeros(4, 1)),
        Err(LinalgError::NotSquare {
            op: "lu",
            shape: (4, 1)
        }),
        "lu of a 4×1 matrix"
    );
    assert_eq!(
        lu_no_pivoting(&Matrix::zeros(1, 2)),
        Err(LinalgError::NotSquare {
            op: "lu_no_pivoting",
            shape: (1, 2)
        }),
        "lu_no_pivoting of a 1×2 matrix"
    );
    let mut a = Matrix::identity(3);
    a[(2, 1)] = f64::NAN;
    assert_eq!(
        lu(&a),
        Err(LinalgError::NonFinite { op: "lu" }),
        "lu of the 3×3 identity with a NaN at (2, 1)"
    );
    a[(2, 1)] = f64::NEG_INFINITY;
    assert_eq!(
        lu_no_pivoting(&a),
        Err(LinalgError::NonFinite {
            op: "lu_no_pivoting"
        }),
        "lu_no_pivoting of the 3×3 identity with −∞ at (2, 1)"
    );
    let f = lu(&Matrix::identity(2)).unwrap();
    assert_eq!(
        f.solve(&Vector::zeros(3)),
        Err(LinalgError::LengthMismatch {
            op: "Lu::solve",
            left: 2,
            right: 3
        }),
        "Lu::solve with a length-3 b for a 2×2 factorisation"
    );
}
