//! Hidden tests: row operations, echelon forms and the rank (14 points).

use week1_vectors::gallery::{random_matrix, random_rank_deficient, random_vector};
use week1_vectors::testing::{expect_panic, naive_matmul, points};
use week1_vectors::{LinalgError, Matrix, matrix};
use week3_inverse::{rank, row_add, row_echelon, row_scale, row_swap, rref};

#[test]
fn row_operations_compose_like_elementary_matrices() {
    let _points = points(3);
    let a = random_matrix(5, 4, 1201);
    let mut b = a.clone();
    row_swap(&mut b, 4, 1).unwrap();
    row_scale(&mut b, 0, -0.25).unwrap();
    row_add(&mut b, 2, 4, 3.0).unwrap();
    // E = A3·A2·A1 built by hand: swap(4, 1), then scale row 0 by −1/4, then row 2 += 3·row 4.
    let p = Matrix::from_fn(5, 5, |i, j| {
        let src = match i {
            1 => 4,
            4 => 1,
            k => k,
        };
        if j == src { 1.0 } else { 0.0 }
    });
    let mut d = Matrix::identity(5);
    d[(0, 0)] = -0.25;
    let mut e = Matrix::identity(5);
    e[(2, 4)] = 3.0;
    let expected = naive_matmul(&e, &naive_matmul(&d, &naive_matmul(&p, &a)));
    assert!(
        approx::abs_diff_eq!(b, expected, epsilon = 1e-15),
        "row_operations_compose_like_elementary_matrices: b = a.clone(): b: got {:?}, want {:?} (abs_diff_eq, epsilon = 1e-15)",
        b,
        expected
    );
    // A matrix without rows has no row 0.
    let mut empty = Matrix::zeros(0, 3);
    let r = row_swap(&mut empty, 0, 0);
    assert!(
        matches!(r, Err(LinalgError::InvalidArgument { op: "row_swap", .. })),
        "row_swap(&mut empty, 0, 0) with empty = {empty:?}: got {r:?}, want Err(LinalgError::InvalidArgument {{ op: \"row_swap\",.. }})"
    );
    let r = row_scale(&mut empty, 0, 2.0);
    assert!(
        matches!(
            r,
            Err(LinalgError::InvalidArgument {
                op: "row_scale",
                ..
            })
        ),
        "row_scale(&mut empty, 0, 2.0) with empty = {empty:?}: got {r:?}, want Err(LinalgError::InvalidArgument {{ op: \"row_scale\",.. }})"
    );
    // Scaling by 0 is not an elementary operation (not invertible), and row i += c·row i is
    // a scaling: both are errors that leave the matrix untouched.
    let mut c = a.clone();
    let r = row_scale(&mut c, 3, 0.0);
    assert!(
        matches!(
            r,
            Err(LinalgError::InvalidArgument {
                op: "row_scale",
                ..
            })
        ),
        "row_scale(A, 3, 0.0) must be an error, got {r:?}"
    );
    let r = row_add(&mut c, 2, 2, 1.5);
    assert!(
        matches!(r, Err(LinalgError::InvalidArgument { op: "row_add", .. })),
        "row_add(A, 2, 2, 1.5) (target = source) must be an error, got {r:?}"
    );
    assert_eq!(c, a, "row_scale / row_add errors must leave A unchanged");
}

#[test]
fn rref_of_a_rank_two_three_by_five() {
    let _points = points(3);
    // Row 2 − 2·row 1 = row 0 / 2: rank 2, pivots in columns 0 and 2.
    let a = matrix![
        [0.0, 0.0, 2.0, 4.0, 6.0],
        [1.0, 2.0, 0.0, 1.0, 1.0],
        [2.0, 4.0, 1.0, 4.0, 5.0]
    ];
    let r = rref(&a).unwrap();
    assert_eq!(r.pivots, vec![0, 2], "rref pivots");
    let expected = matrix![
        [1.0, 2.0, 0.0, 1.0, 1.0],
        [0.0, 0.0, 1.0, 2.0, 3.0],
        [0.0, 0.0, 0.0, 0.0, 0.0]
    ];
    // Entries of order 1, a handful of operations: 1e-14 ≈ 50 ε.
    assert!(
        approx::abs_diff_eq!(r.form, expected, epsilon = 1e-14),
        "r = rref(&a).unwrap(): r.form with r = {:?}: got {:?}, want {:?} (abs_diff_eq, epsilon = 1e-14)",
        r,
        r.form,
        expected
    );
    let e = row_echelon(&a).unwrap();
    assert_eq!(e.rank(), 2, "row_echelon rank");
    // Column 0: |2| in row 2 beats row 0 (swap 1); column 2: |2| (old row 0) beats |−0.5|
    // (swap 2). `swaps` is what gives det's sign, so it must count every swap.
    assert_eq!(
        e.swaps, 2,
        "row_echelon of the 3×5 rank-2 matrix: number of row swaps"
    );
    assert!(
        (2..3).all(|i| e.form.row(i).iter().all(|&x| x == 0.0)),
        "row_echelon: the last row must be exactly zero, got {:?}",
        e.form.row(2)
    );
}

#[test]
fn rank_of_forty_by_ten_with_one_dependent_column() {
    let _points = points(4);
    for (seed, dep) in [(1301_u64, 9_usize), (1302, 0), (1303, 4)] {
        // Nine independent random columns, and column `dep` a random combination of them.
        let b = random_matrix(40, 9, seed);
        let c = random_vector(9, seed + 1);
        let a = Matrix::from_fn(40, 10, |i, j| match j.cmp(&dep) {
            std::cmp::Ordering::Equal => (0..9).map(|k| b[(i, k)] * c[k]).sum(),
            std::cmp::Ordering::Less => b[(i, j)],
            std::cmp::Ordering::Greater => b[(i, j - 1)],
        });
        assert_eq!(
            rank(&a),
            9,
            "rank of a 40×10 matrix whose column {dep} depends on the others (seed {seed})"
        );
    }
    // A repeated column.
    let b = random_matrix(40, 10, 1304);
    let a = Matrix::from_fn(40, 10, |i, j| b[(i, if j == 7 { 2 } else { j })]);
    assert_eq!(
        rank(&a),
        9,
        "rank of a 40×10 matrix with column 7 = column 2"
    );
}

#[test]
fn rank_of_random_low_rank_products() {
    let _points = points(2);
    for (m, n, r, seed) in [(30, 20, 7, 3_u64), (12, 25, 11, 12), (50, 50, 49, 10)] {
        let a = random_rank_deficient(m, n, r, seed);
        assert_eq!(
            rank(&a),
            r,
            "rank of a random {m}×{r} times {r}×{n} product (seed {seed})"
        );
    }
}

#[test]
fn rank_edge_cases() {
    let _points = points(2);
    assert_eq!(rank(&matrix![[0.0]]), 0, "[[0]]");
    assert_eq!(rank(&matrix![[-5.0]]), 1, "[[-5]]");
    assert_eq!(rank(&Matrix::zeros(3, 0)), 0, "3×0");
    let a = random_rank_deficient(6, 4, 2, 1401);
    assert_eq!(
        rank(&a.map(|x| 1e250 * x)),
        2,
        "1e250 · (a rank-2 6×4 product)"
    );
    assert_eq!(
        rank(&a.map(|x| 1e-250 * x)),
        2,
        "1e-250 · (a rank-2 6×4 product)"
    );
    expect_panic("NaN", || {
        rank(&matrix![[1.0, 2.0], [3.0, f64::NAN]]);
    });
}
