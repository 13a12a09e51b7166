//! Hidden tests: cholesky and cholesky_solve (17 points).
//!
//! Cholesky is backward stable with no growth (|lᵢⱼ|² ≤ aᵢᵢ), so `‖A − LLᵀ‖/(n‖A‖ε)` is of order
//! 1 for any SPD matrix it completes on, however ill-conditioned (Higham, Thm 10.3): THRESHOLD
//! = 30 holds even for Hilbert matrices.

use week1_vectors::testing::assert_singular_with;
use week1_vectors::testing::{
    EPS, THRESHOLD, is_lower_triangular, max_abs, naive_matmul, naive_sub, naive_transpose, points,
    reconstruction_ratio, solve_ratio,
};
use week1_vectors::{LinalgError, Matrix, gallery, matrix, vector};
use week4_lu_qr::cholesky::factor_tolerance;
use week4_lu_qr::{cholesky, cholesky_solve};

fn llt(l: &Matrix) -> Matrix {
    naive_matmul(l, &naive_transpose(l))
}

fn not_pd(index: usize) -> Result<Matrix, LinalgError> {
    Err(LinalgError::NotPositiveDefinite {
        op: "cholesky",
        index,
    })
}

/// A lower triangular matrix with small integer entries and the given diagonal.
fn integer_lower(diag: &[f64], seed: u64) -> Matrix {
    let r = gallery::random_uniform(diag.len(), diag.len(), -3.0, 4.0, seed);
    Matrix::from_fn(diag.len(), diag.len(), |i, j| {
        if i == j {
            diag[i]
        } else if i > j {
            r[(i, j)].floor()
        } else {
            0.0
        }
    })
}

#[test]
fn pascal_is_l_lt() {
    let _points = points(2);
    // P = LLᵀ with L = pascal_lower. Every quantity the algorithm computes is an integer below
    // 2⁵³ (and every l_jj is √1 = 1), so a correct implementation is exact; 1e-12 relative
    // leaves room for any order of operations.
    for n in [1, 4, 9, 14] {
        let l = cholesky(&gallery::pascal(n)).unwrap();
        let want = gallery::pascal_lower(n);
        let err = max_abs(&naive_sub(&l, &want)) / max_abs(&want);
        assert!(
            err <= 1e-12,
            "cholesky(pascal({n})) should be pascal_lower({n}); relative difference {err:.2e}\n{l}"
        );
    }
}

#[test]
fn hilbert_matrices() {
    let _points = points(2);
    // κ₂(H₁₀) ≈ 1.6e13, yet Cholesky completes (every pivot stays positive) and is backward
    // stable.
    for n in 1..=10 {
        let h = gallery::hilbert(n);
        let l = cholesky(&h).unwrap_or_else(|e| panic!("cholesky(hilbert({n})) failed: {e}"));
        assert!(
            is_lower_triangular(&l),
            "cholesky(hilbert({n})): L not lower triangular"
        );
        let r = reconstruction_ratio(&h, &llt(&l));
        assert!(
            r < THRESHOLD,
            "cholesky(hilbert({n})): ‖H − LLᵀ‖/(n‖H‖ε) = {r:.3e}"
        );
    }
}

#[test]
fn fails_at_each_index() {
    let _points = points(2);
    // A = LLᵀ, then a_kk lowered by l_kk² + 1: the pivots before k are untouched and the pivot
    // at k is about −1, so the leading k×k block is PD and the (k+1)×(k+1) one is not.
    let n = 7;
    let l = Matrix::from_fn(n, n, |i, j| {
        if i == j {
            2.0 + i as f64
        } else if i > j {
            ((i * 7 + j * 3) % 5) as f64 - 2.0
        } else {
            0.0
        }
    });
    let a = llt(&l);
    assert!(cholesky(&a).is_ok(), "the unmodified A = LLᵀ is SPD");
    for k in 0..n {
        let mut b = a.clone();
        b[(k, k)] -= l[(k, k)] * l[(k, k)] + 1.0;
        assert_eq!(cholesky(&b), not_pd(k), "pivot {k} made negative:\n{b}");
    }
}

#[test]
fn semidefinite_fails_at_the_zero_pivot() {
    let _points = points(2);
    // l_kk = 0 with integer entries: the pivot at k is exactly 0 in floating point (all
    // integers), and 0 is not positive.
    let n = 6;
    for k in 0..n {
        let mut diag = vec![1.0, 2.0, 1.0, 3.0, 1.0, 2.0];
        diag[k] = 0.0;
        let a = llt(&integer_lower(&diag, 40 + k as u64));
        assert_eq!(
            cholesky(&a),
            not_pd(k),
            "semidefinite, zero pivot at {k}:\n{a}"
        );
    }
}

#[test]
fn nan_and_infinity() {
    let _points = points(2);
    let base = gallery::random_spd(5, 50);
    // A NaN on the diagonal at k: the failure is at k.
    for k in 0..5 {
        let mut a = base.clone();
        a[(k, k)] = f64::NAN;
        assert_eq!(cholesky(&a), not_pd(k), "NaN at ({k}, {k})");
    }
    // A symmetric pair of NaNs at (i, j) and (j, i): the failure is at max(i, j).
    for (i, j) in [(1, 0), (4, 2), (3, 1)] {
        let mut a = base.clone();
        a[(i, j)] = f64::NAN;
        a[(j, i)] = f64::NAN;
        assert_eq!(
            cholesky(&a),
            not_pd(i.max(j)),
            "NaN at ({i}, {j}) and ({j}, {i})"
        );
    }
    // An infinite diagonal entry.
    let mut a = base.clone();
    a[(2, 2)] = f64::INFINITY;
    assert_eq!(cholesky(&a), not_pd(2), "∞ at (2, 2)");
    assert_eq!(
        cholesky(&matrix![[f64::NAN]]),
        not_pd(0),
        "cholesky([[NaN]]): NaN is not a positive pivot"
    );
}

#[test]
fn symmetry_and_shape() {
    let _points = points(2);
    assert_eq!(
        cholesky(&Matrix::zeros(2, 4)),
        Err(LinalgError::NotSquare {
            op: "cholesky",
            shape: (2, 4)
        }),
        "cholesky of a 2×4 matrix"
    );
    // Clearly not symmetric: refused.
    let mut a = gallery::random_spd(4, 60);
    a[(0, 3)] += 0.5;
    assert!(
        matches!(
            cholesky(&a),
            Err(LinalgError::InvalidArgument { op: "cholesky", .. })
        ),
        "a non-symmetric matrix: {:?}",
        cholesky(&a)
    );
    // Symmetric up to rounding (1e-15 relative, below SYMMETRY_TOLERANCE = 1e-12): accepted.
    let mut a = gallery::random_spd(4, 61);
    a[(3, 1)] *= 1.0 + 1e-15;
    let l = cholesky(&a).unwrap();
    let r = reconstruction_ratio(&a, &llt(&l));
    assert!(r < THRESHOLD, "nearly symmetric SPD: ratio {r:.3e}");
}

#[test]
fn small_cases() {
    let _points = points(2);
    assert_eq!(
        cholesky(&Matrix::zeros(0, 0)),
        Ok(Matrix::zeros(0, 0)),
        "cholesky of the 0×0 matrix"
    );
    assert_eq!(
        cholesky(&matrix![[9.0]]),
        Ok(matrix![[3.0]]),
        "cholesky([[9]])"
    );
    assert_eq!(cholesky(&matrix![[-1.0]]), not_pd(0), "cholesky([[−1]])");
    assert_eq!(
        cholesky(&matrix![[0.0]]),
        not_pd(0),
        "cholesky([[0]]): a zero pivot is not positive"
    );
    let x = cholesky_solve(&matrix![[3.0]], &vector![6.0]).unwrap();
    assert!(
        (x[0] - 2.0 / 3.0).abs() <= 2.0 * EPS,
        "L = [[3]], b = [6]: x = 6/9, got {x}"
    );
    assert_eq!(
        cholesky_solve(&Matrix::zeros(0, 0), &vector![]),
        Ok(vector![]),
        "cholesky_solve with the 0×0 factor"
    );
}

#[test]
fn gram_matrices() {
    let _points = points(1);
    // GᵀG for a tall random G: SPD, κ(GᵀG) = κ(G)² ≈ 10.
    for (m, n, seed) in [(12, 5, 70), (60, 25, 71)] {
        let g = gallery::random_matrix(m, n, seed);
        let a = naive_matmul(&naive_transpose(&g), &g);
        let l = cholesky(&a).unwrap();
        let r = reconstruction_ratio(&a, &llt(&l));
        assert!(r < THRESHOLD, "cholesky(GᵀG), G {m}×{n}: ratio {r:.3e}");
        for k in 0..n {
            assert!(l[(k, k)] > 0.0, "l[{k}][{k}] must be positive");
        }
    }
}

#[test]
fn solve_with_the_factor() {
    let _points = points(2);
    for (name, a) in [
        ("random_spd(30)", gallery::random_spd(30, 80)),
        ("hilbert(8)", gallery::hilbert(8)),
        ("pascal(7)", gallery::pascal(7)),
    ] {
        let b = gallery::random_vector(a.rows(), 81);
        let x = cholesky_solve(&cholesky(&a).unwrap(), &b).unwrap();
        // Backward stable even for κ(H₈) ≈ 1.5e10.
        let r = solve_ratio(&a, &x, &b);
        assert!(
            r < THRESHOLD,
            "cholesky_solve on {name}: backward error {r:.3e}"
        );
    }
    assert_eq!(
        cholesky_solve(&Matrix::identity(3), &vector![1.0, 2.0, 3.0, 4.0]),
        Err(LinalgError::LengthMismatch {
            op: "cholesky_solve",
            left: 3,
            right: 4
        }),
        "cholesky_solve with a 3×3 factor and a length-4 b"
    );
    assert_singular_with(
        cholesky_solve(
            &Matrix::from_diag(&[1.0, 2.0, 0.0]),
            &vector![1.0, 2.0, 3.0],
        ),
        "cholesky_solve",
        2,
        (0.0, factor_tolerance(&Matrix::from_diag(&[1.0, 2.0, 0.0]))),
        "cholesky_solve with L = diag(1, 2, 0): a zero pivot at 2",
    );
}
