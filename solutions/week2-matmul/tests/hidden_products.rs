//! Hidden tests of the transposes and the vector products (21 points).

use week1_vectors::testing::{naive_matvec, naive_transpose, points};
use week1_vectors::{LinalgError, Matrix, Vector, gallery, matrix, vector};
use week2_matmul::testing::gamma;
use week2_matmul::{matvec, outer, transpose, transpose_blocked, vecmat};

/// `|y − A·x| ≤ γₙ(1 + γₙ)·|A||x|` entrywise, NaN where the naive product has NaN.
fn assert_matvec_close(what: &str, a: &Matrix, x: &Vector, y: &Vector) {
    let want = naive_matvec(a, x);
    let abs_x: Vector = x.iter().map(|v| v.abs()).collect();
    let bound = naive_matvec(&a.map(f64::abs), &abs_x);
    let g = gamma(a.cols());
    assert_eq!(y.len(), want.len(), "{what}: the result's length");
    for i in 0..y.len() {
        let ok = if want[i].is_nan() {
            y[i].is_nan()
        } else {
            (y[i] - want[i]).abs() <= g * (1.0 + g) * bound[i]
        };
        assert!(ok, "{what}: entry {i} is {}, A·x gives {}", y[i], want[i]);
    }
}

#[test]
fn transpose_shapes_and_values() {
    let _points = points(4);
    assert_eq!(
        transpose(&matrix![[7.0]]),
        matrix![[7.0]],
        "transpose(&matrix![[7.0]]) (left: got, right: want)"
    );
    assert_eq!(
        transpose(&matrix![[1.0, 2.0, 3.0, 4.0]]),
        matrix![[1.0], [2.0], [3.0], [4.0]],
        "transpose(&matrix![[1.0, 2.0, 3.0, 4.0]]) (left: got, right: want)"
    );
    for (m, n) in [(0, 4), (4, 0), (1, 13), (13, 1), (17, 29), (64, 3)] {
        let a = gallery::random_matrix(m, n, (7 * m + n) as u64);
        let t = transpose(&a);
        assert_eq!(t, naive_transpose(&a), "transpose of a {m}×{n}");
    }
}

#[test]
fn transpose_blocked_every_block_size() {
    let _points = points(6);
    let a = gallery::random_matrix(37, 53, 61);
    let want = naive_transpose(&a);
    for block in [1, 2, 5, 16, 32, 36, 37, 38, 53, 100] {
        assert_eq!(
            transpose_blocked(&a, block),
            want,
            "transpose_blocked of a 37×53 with block {block}"
        );
    }
    for (m, n) in [(0, 9), (9, 0), (1, 70), (70, 1), (65, 66)] {
        let a = gallery::random_matrix(m, n, 62);
        assert_eq!(
            transpose_blocked(&a, 32),
            naive_transpose(&a),
            "transpose_blocked of a {m}×{n} with block 32"
        );
    }
    let msg = week1_vectors::testing::expect_panic("block size", || {
        transpose_blocked(&Matrix::zeros(3, 3), 0);
    });
    assert!(
        msg.contains("transpose_blocked"),
        "the panic names the function: {msg}"
    );
}

#[test]
fn matvec_values_shapes_and_errors() {
    let _points = points(4);
    let a = matrix![[2.0, -1.0, 0.0], [0.0, 3.0, 1.0]];
    assert_eq!(
        matvec(&a, &vector![1.0, 2.0, 3.0]).unwrap(),
        vector![0.0, 9.0],
        "matvec(&a, &vector![1.0, 2.0, 3.0]).unwrap() with a = {:?} (left: got, right: want)",
        a
    );
    for (m, n) in [(1, 1), (1, 40), (40, 1), (33, 57)] {
        let a = gallery::random_matrix(m, n, 70 + m as u64);
        let x = gallery::random_vector(n, 80 + n as u64);
        assert_matvec_close(&format!("matvec {m}×{n}"), &a, &x, &matvec(&a, &x).unwrap());
    }
    assert_eq!(
        matvec(&Matrix::zeros(4, 0), &Vector::zeros(0)).unwrap(),
        Vector::zeros(4),
        "matvec(&Matrix::zeros(4, 0), &Vector::zeros(0)).unwrap() (left: got, right: want)"
    );
    let x = vector![0.0, 1.0];
    let y = matvec(&matrix![[f64::NAN, 1.0], [f64::INFINITY, 0.0]], &x).unwrap();
    assert!(
        y[0].is_nan() && y[1].is_nan(),
        "matvec: 0·NaN and 0·∞ are NaN, got {y}"
    );
    assert_eq!(
        matvec(&Matrix::zeros(3, 4), &Vector::zeros(3)),
        Err(LinalgError::ShapeMismatch {
            op: "matvec",
            left: (3, 4),
            right: (3, 1)
        }),
        "matvec(&Matrix::zeros(3, 4), &Vector::zeros(3)) (left: got, right: want)"
    );
    assert_eq!(
        matvec(&Matrix::zeros(3, 4), &Vector::zeros(6)),
        Err(LinalgError::ShapeMismatch {
            op: "matvec",
            left: (3, 4),
            right: (6, 1)
        }),
        "matvec: a 3×4 matrix times a 6-vector (too long; no silent truncation)"
    );
}

#[test]
fn vecmat_values_shapes_and_errors() {
    let _points = points(4);
    let a = matrix![[2.0, -1.0, 0.0], [0.0, 3.0, 1.0]];
    assert_eq!(
        vecmat(&vector![1.0, 2.0], &a).unwrap(),
        vector![2.0, 5.0, 2.0],
        "vecmat(&vector![1.0, 2.0], &a).unwrap() with a = {:?} (left: got, right: want)",
        a
    );
    for (m, n) in [(1, 1), (1, 40), (40, 1), (57, 33)] {
        let a = gallery::random_matrix(m, n, 90 + m as u64);
        let x = gallery::random_vector(m, 95 + n as u64);
        let y = vecmat(&x, &a).unwrap();
        assert_matvec_close(&format!("vecmat {m}×{n}"), &naive_transpose(&a), &x, &y);
    }
    assert_eq!(
        vecmat(&Vector::zeros(0), &Matrix::zeros(0, 5)).unwrap(),
        Vector::zeros(5),
        "vecmat(&Vector::zeros(0), &Matrix::zeros(0, 5)).unwrap() (left: got, right: want)"
    );
    let y = vecmat(&vector![1.0, 0.0], &matrix![[1.0, 2.0], [f64::NAN, 3.0]]).unwrap();
    assert!(y[0].is_nan(), "vecmat: 0·NaN is NaN, got {y}");
    assert_eq!(
        y[1], 2.0,
        "vecmat_values_shapes_and_errors: y = vecmat(&vector![1.0, 0.0], &matrix![[1.0, 2.0], [f64::NAN, …: y[1] with y = {:?} (left: got, right: want)",
        y
    );
    assert_eq!(
        vecmat(&Vector::zeros(4), &Matrix::zeros(3, 4)),
        Err(LinalgError::ShapeMismatch {
            op: "vecmat",
            left: (1, 4),
            right: (3, 4)
        }),
        "vecmat(&Vector::zeros(4), &Matrix::zeros(3, 4)) (left: got, right: want)"
    );
    assert_eq!(
        vecmat(&Vector::zeros(2), &Matrix::zeros(3, 4)),
        Err(LinalgError::ShapeMismatch {
            op: "vecmat",
            left: (1, 2),
            right: (3, 4)
        }),
        "vecmat: a 2-vector times a 3×4 matrix (too short; no silent truncation)"
    );
}

#[test]
fn outer_values_and_shapes() {
    let _points = points(3);
    assert_eq!(
        outer(&vector![2.0, 0.5, -1.0], &vector![4.0, -2.0]),
        matrix![[8.0, -4.0], [2.0, -1.0], [-4.0, 2.0]],
        "outer(&vector![2.0, 0.5, -1.0], &vector![4.0, -2.0]) (left: got, right: want)"
    );
    assert_eq!(
        outer(&vector![3.0], &vector![5.0]),
        matrix![[15.0]],
        "outer(&vector![3.0], &vector![5.0]) (left: got, right: want)"
    );
    let x = gallery::random_vector(11, 5);
    let y = gallery::random_vector(7, 6);
    let o = outer(&x, &y);
    assert_eq!(
        o.shape(),
        (11, 7),
        "o = outer(&x, &y): o.shape() with o = {:?} (left: got, right: want)",
        o
    );
    assert!(
        (0..11).all(|i| (0..7).all(|j| o[(i, j)] == x[i] * y[j])),
        "outer(x, y) for random x (11, seed 5), y (7, seed 6): some o[(i, j)] ≠ x[i]·y[j] (exact); got {o}, x = {x}, y = {y}"
    );
    assert_eq!(
        outer(&Vector::zeros(0), &Vector::zeros(3)).shape(),
        (0, 3),
        "outer(&Vector::zeros(0), &Vector::zeros(3)).shape() (left: got, right: want)"
    );
    assert_eq!(
        outer(&Vector::zeros(2), &Vector::zeros(0)).shape(),
        (2, 0),
        "outer(&Vector::zeros(2), &Vector::zeros(0)).shape() (left: got, right: want)"
    );
}
