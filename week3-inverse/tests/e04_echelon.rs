//! Public tests: row echelon form, reduced row echelon form, rank.

use week1_vectors::gallery::{random_matrix, random_rank_deficient};
use week1_vectors::testing::{EPS, expect_panic};
use week1_vectors::{LinalgError, Matrix, matrix};
use week3_inverse::{
    Echelon, pivot_tolerance, rank, rank_with_tol, row_echelon, row_echelon_with_tol, rref,
};

/// Checks the shape of an echelon form: pivots strictly increasing, nonzero pivot entries,
/// zeros left of each pivot, zero rows below the last pivot.
fn assert_echelon_shape(e: &Echelon, what: &str) {
    let u = &e.form;
    assert!(
        e.pivots.windows(2).all(|w| w[0] < w[1]),
        "{what}: pivots {:?} not increasing",
        e.pivots
    );
    for i in 0..u.rows() {
        let first = e.pivots.get(i).copied().unwrap_or(u.cols());
        for j in 0..first {
            assert_eq!(
                u[(i, j)],
                0.0,
                "{what}: entry ({i}, {j}) left of row {i}'s pivot (column {first}) is {:e}, not 0",
                u[(i, j)]
            );
        }
        if first < u.cols() {
            assert_ne!(u[(i, first)], 0.0, "{what}: pivot ({i}, {first}) is 0");
        }
    }
}

#[test]
fn row_echelon_by_hand() {
    let a = matrix![[1.0, 2.0, 1.0], [2.0, 4.0, 0.0], [1.0, 2.0, 3.0]];
    // Column 0: pivot 2 (row 1) swapped up; multipliers 1/2 are exact. Column 1 is then zero
    // below row 0. Column 2: pivot 3 (the old row 2) swapped up.
    let e = row_echelon_with_tol(&a, 0.0).unwrap();
    assert_eq!(
        e.form,
        matrix![[2.0, 4.0, 0.0], [0.0, 0.0, 3.0], [0.0, 0.0, 0.0]],
        "row_echelon_with_tol form"
    );
    assert_eq!(e.pivots, vec![0, 2], "pivot columns");
    assert_eq!(e.swaps, 2, "row swaps");
    assert_eq!(
        e.rank(),
        2,
        "e = row_echelon_with_tol(&a, 0.0).unwrap(): e.rank() with e = {:?} (left: got, right: want)",
        e
    );
}

#[test]
fn row_echelon_of_random_matrices_has_echelon_shape() {
    for (m, n, seed) in [(1, 1, 1), (3, 5, 2), (5, 3, 3), (8, 8, 4), (20, 12, 5)] {
        let a = random_matrix(m, n, seed);
        let e = row_echelon(&a).unwrap();
        assert_echelon_shape(&e, &format!("row_echelon of random {m}×{n} (seed {seed})"));
        assert_eq!(
            e.rank(),
            m.min(n),
            "row_echelon: a random {m}×{n} matrix has full rank"
        );
        // Partial pivoting: the first pivot is the largest entry of column 0.
        let max0 = (0..m).map(|i| a[(i, 0)].abs()).fold(0.0, f64::max);
        assert_eq!(
            e.form[(0, 0)].abs(),
            max0,
            "row_echelon {m}×{n}: first pivot is not the largest |a_i0|"
        );
    }
}

#[test]
fn row_echelon_counts_rank_of_rank_deficient_products() {
    for (m, n, r, seed) in [(8, 6, 3, 5), (6, 9, 4, 8), (30, 20, 7, 3)] {
        let a = random_rank_deficient(m, n, r, seed);
        let e = row_echelon(&a).unwrap();
        assert_echelon_shape(&e, &format!("row_echelon of a rank-{r} {m}×{n} product"));
        assert_eq!(
            e.rank(),
            r,
            "row_echelon of a rank-{r} {m}×{n} product (seed {seed}), pivots {:?}",
            e.pivots
        );
    }
}

#[test]
fn the_tolerance_separates_noise_from_pivots() {
    // Row 2 = 2·row 1 − row 0, but elimination leaves rounding noise (about 1e-16) there.
    let a = matrix![[1.0, 2.0, 3.0], [4.0, 5.0, 6.0], [7.0, 8.0, 9.0]];
    assert_eq!(
        row_echelon(&a).unwrap().rank(),
        2,
        "row_echelon with the default tolerance"
    );
    assert_eq!(
        row_echelon_with_tol(&a, 0.0).unwrap().rank(),
        3,
        "tol = 0 counts the noise as a pivot"
    );
}

#[test]
fn rref_by_hand() {
    let a = matrix![[1.0, 2.0, 3.0], [4.0, 5.0, 6.0], [7.0, 8.0, 9.0]];
    let r = rref(&a).unwrap();
    assert_eq!(
        r.pivots,
        vec![0, 1],
        "r = rref(&a).unwrap(): r.pivots with r = {:?} (left: got, right: want)",
        r
    );
    let expected = matrix![[1.0, 0.0, -1.0], [0.0, 1.0, 2.0], [0.0, 0.0, 0.0]];
    // Entries of order 1 after a few operations on entries of order 10: 1e-14 is ~50 ε·‖A‖.
    assert!(
        approx::abs_diff_eq!(r.form, expected, epsilon = 1e-14),
        "r = rref(&a).unwrap(): r.form with r = {:?}: got {:?}, want {:?} (abs_diff_eq, epsilon = 1e-14)",
        r,
        r.form,
        expected
    );
    assert_eq!(r.form[(0, 0)], 1.0, "a pivot of the RREF is exactly 1");
    assert_eq!(
        r.form[(0, 1)],
        0.0,
        "the entry above a pivot of the RREF is exactly 0"
    );
}

#[test]
fn rref_of_a_wide_system() {
    // x + 2y + z = 4, 2x + 4y = 2  ⇒  rref [[1, 2, 0, 1], [0, 0, 1, 3]].
    let a = matrix![[1.0, 2.0, 1.0, 4.0], [2.0, 4.0, 0.0, 2.0]];
    let r = rref(&a).unwrap();
    assert_eq!(
        r.pivots,
        vec![0, 2],
        "r = rref(&a).unwrap(): r.pivots with r = {:?} (left: got, right: want)",
        r
    );
    assert!(
        approx::abs_diff_eq!(
            r.form,
            matrix![[1.0, 2.0, 0.0, 1.0], [0.0, 0.0, 1.0, 3.0]],
            epsilon = 1e-15
        ),
        "r = rref(&a).unwrap(): r.form with r = {:?}: got {:?}, want {:?} (abs_diff_eq, epsilon = 1e-15)",
        r,
        r.form,
        matrix![[1.0, 2.0, 0.0, 1.0], [0.0, 0.0, 1.0, 3.0]]
    );
}

#[test]
fn rref_of_an_invertible_matrix_is_the_identity() {
    let a = random_matrix(6, 6, 42);
    let r = rref(&a).unwrap();
    // Each entry is a combination of O(n) rounding errors relative to entries of order 1.
    assert!(
        approx::abs_diff_eq!(r.form, Matrix::identity(6), epsilon = 1e-13),
        "r = rref(&a).unwrap(): r.form with r = {:?}: got {:?}, want {:?} (abs_diff_eq, epsilon = 1e-13)",
        r,
        r.form,
        Matrix::identity(6)
    );
}

#[test]
fn rank_by_hand() {
    assert_eq!(
        rank(&matrix![[1.0, 2.0], [2.0, 4.0]]),
        1,
        "rank(&matrix![[1.0, 2.0], [2.0, 4.0]]) (left: got, right: want)"
    );
    assert_eq!(
        rank(&matrix![[1.0, 2.0], [3.0, 4.0]]),
        2,
        "rank(&matrix![[1.0, 2.0], [3.0, 4.0]]) (left: got, right: want)"
    );
    assert_eq!(
        rank(&matrix![[0.0, 0.0, 0.0], [0.0, 0.0, 0.0]]),
        0,
        "zero matrix"
    );
    assert_eq!(rank(&Matrix::zeros(0, 0)), 0, "0×0");
    assert_eq!(rank(&Matrix::zeros(0, 4)), 0, "0×4");
    assert_eq!(
        rank(&Matrix::identity(5)),
        5,
        "rank(&Matrix::identity(5)) (left: got, right: want)"
    );
    assert_eq!(rank(&matrix![[1.0, 2.0, 3.0, 4.0]]), 1, "one row");
}

#[test]
fn rank_tolerance_both_sides() {
    // tol(diag(1, δ)) = 2·ε·1: δ = 1e-15 (≈ 2.25 tol) counts, δ = 4e-16 (≈ 0.9 tol) does not.
    assert_eq!(
        pivot_tolerance(&matrix![[1.0, 0.0], [0.0, 1e-15]]),
        2.0 * EPS * 1.0,
        "pivot_tolerance(&matrix![[1.0, 0.0], [0.0, 1e-15]]) (left: got, right: want)"
    );
    assert_eq!(
        rank(&matrix![[1.0, 0.0], [0.0, 1e-15]]),
        2,
        "pivot 1e-15 is above 2ε"
    );
    assert_eq!(
        rank(&matrix![[1.0, 0.0], [0.0, 4e-16]]),
        1,
        "pivot 4e-16 is below 2ε"
    );
    assert_eq!(
        rank_with_tol(&matrix![[1.0, 0.0], [0.0, 1e-9]], 1e-10),
        2,
        "rank_with_tol(&matrix![[1.0, 0.0], [0.0, 1e-9]], 1e-10) (left: got, right: want)"
    );
    assert_eq!(
        rank_with_tol(&matrix![[1.0, 0.0], [0.0, 1e-9]], 1e-8),
        1,
        "rank_with_tol(&matrix![[1.0, 0.0], [0.0, 1e-9]], 1e-8) (left: got, right: want)"
    );
}

#[test]
fn rank_is_scale_invariant() {
    let a = random_rank_deficient(7, 5, 3, 77);
    for s in [1e-200, 1e-20, 1.0, 1e20, 1e200] {
        assert_eq!(
            rank(&a.map(|x| x * s)),
            3,
            "rank of {s:e}·A, A a rank-3 7×5 product"
        );
    }
}

#[test]
fn rank_of_nan_panics_saying_so() {
    // rank returns a usize: the only honest answer to a NaN matrix is a panic that says why.
    expect_panic("NaN", || {
        rank(&matrix![[1.0, f64::NAN], [0.0, 1.0]]);
    });
}

#[test]
fn echelon_errors() {
    assert_eq!(
        row_echelon(&matrix![[1.0, f64::NAN]]),
        Err(LinalgError::NonFinite {
            op: "row_echelon_with_tol"
        }),
        "row_echelon(&matrix![[1.0, f64::NAN]]) (left: got, right: want)"
    );
    assert!(
        matches!(
            row_echelon_with_tol(&matrix![[1.0]], -1.0),
            Err(LinalgError::InvalidArgument {
                op: "row_echelon_with_tol",
                ..
            })
        ),
        "row_echelon_with_tol(&matrix![[1.0]], -1.0): got {:?}, want Err(LinalgError::InvalidArgument {{ op: \"row_echelon_with_tol\",.. }})",
        row_echelon_with_tol(&matrix![[1.0]], -1.0)
    );
    assert!(
        matches!(
            row_echelon_with_tol(&matrix![[1.0]], f64::NAN),
            Err(LinalgError::InvalidArgument {
                op: "row_echelon_with_tol",
                ..
            })
        ),
        "row_echelon_with_tol(&matrix![[1.0]], f64::NAN): got {:?}, want Err(LinalgError::InvalidArgument {{ op: \"row_echelon_with_tol\",.. }})",
        row_echelon_with_tol(&matrix![[1.0]], f64::NAN)
    );
}
