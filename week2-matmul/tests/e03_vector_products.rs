//! Public tests of `matvec`, `vecmat` and `outer`.

use week1_vectors::testing::{naive_matvec, naive_transpose};
use week1_vectors::{LinalgError, Matrix, Vector, gallery, matrix, vector};
use week2_matmul::testing::gamma;
use week2_matmul::{matvec, outer, vecmat};

/// `|y − y_naive| ≤ γₙ·|A||x|` entrywise (see `week2_matmul::testing`).
fn assert_matvec_close(what: &str, a: &Matrix, x: &Vector, y: &Vector) {
    let want = naive_matvec(a, x);
    let bound = naive_matvec(&a.map(f64::abs), &x.iter().map(|v| v.abs()).collect());
    let g = gamma(a.cols());
    assert_eq!(y.len(), want.len(), "{what}: length");
    for i in 0..y.len() {
        assert!(
            (y[i] - want[i]).abs() <= g * (1.0 + g) * bound[i],
            "{what}: entry {i} is {}, the naive product gives {}",
            y[i],
            want[i]
        );
    }
}

#[test]
fn matvec_by_hand() {
    let a = matrix![[1.0, 2.0], [3.0, 4.0], [5.0, 6.0]];
    assert_eq!(
        matvec(&a, &vector![1.0, 1.0]).unwrap(),
        vector![3.0, 7.0, 11.0],
        "matvec(&a, &vector![1.0, 1.0]).unwrap() with a = {:?} (left: got, right: want)",
        a
    );
    assert_eq!(
        matvec(&a, &vector![0.0, 1.0]).unwrap(),
        a.col(1),
        "matvec(&a, &vector![0.0, 1.0]).unwrap() with a = {:?} (left: got, right: want)",
        a
    );
}

#[test]
fn matvec_on_random_input() {
    for (m, n, seed) in [(1, 7, 1), (7, 1, 2), (20, 31, 3)] {
        let a = gallery::random_matrix(m, n, seed);
        let x = gallery::random_vector(n, seed + 100);
        assert_matvec_close(&format!("matvec {m}×{n}"), &a, &x, &matvec(&a, &x).unwrap());
    }
}

#[test]
fn matvec_with_empty_shapes() {
    assert_eq!(
        matvec(&Matrix::zeros(3, 0), &Vector::zeros(0)).unwrap(),
        Vector::zeros(3),
        "matvec(&Matrix::zeros(3, 0), &Vector::zeros(0)).unwrap() (left: got, right: want)"
    );
    assert_eq!(
        matvec(&Matrix::zeros(0, 4), &Vector::zeros(4))
            .unwrap()
            .len(),
        0,
        "matvec(&Matrix::zeros(0, 4), &Vector::zeros(4)).unwrap().len() (left: got, right: want)"
    );
}

#[test]
fn matvec_shape_mismatch_reports_the_vector_as_a_column() {
    let err = matvec(&Matrix::zeros(2, 3), &Vector::zeros(2)).unwrap_err();
    assert_eq!(
        err,
        LinalgError::ShapeMismatch {
            op: "matvec",
            left: (2, 3),
            right: (2, 1)
        },
        "matvec_shape_mismatch_reports_the_vector_as_a_column: err = matvec(&Matrix::zeros(2, 3), &Vector::zeros(2)).unwrap_err(): err (left: got, right: want)"
    );
    // Too LONG a vector is an error too: a `zip` of each row with x would silently ignore
    // x's last entry.
    assert_eq!(
        matvec(&Matrix::zeros(2, 3), &Vector::zeros(4)),
        Err(LinalgError::ShapeMismatch {
            op: "matvec",
            left: (2, 3),
            right: (4, 1)
        }),
        "matvec of a 2×3 matrix with a 4-vector"
    );
}

#[test]
fn vecmat_by_hand() {
    let a = matrix![[1.0, 2.0], [3.0, 4.0], [5.0, 6.0]];
    assert_eq!(
        vecmat(&vector![1.0, 1.0, 1.0], &a).unwrap(),
        vector![9.0, 12.0],
        "vecmat(&vector![1.0, 1.0, 1.0], &a).unwrap() with a = {:?} (left: got, right: want)",
        a
    );
    assert_eq!(
        vecmat(&vector![0.0, 1.0, 0.0], &a).unwrap(),
        vector![3.0, 4.0],
        "vecmat(&vector![0.0, 1.0, 0.0], &a).unwrap() with a = {:?} (left: got, right: want)",
        a
    );
}

#[test]
fn vecmat_is_the_transpose_times_the_vector() {
    for (m, n, seed) in [(1, 7, 4), (7, 1, 5), (25, 18, 6)] {
        let a = gallery::random_matrix(m, n, seed);
        let x = gallery::random_vector(m, seed + 100);
        let y = vecmat(&x, &a).unwrap();
        assert_matvec_close(&format!("vecmat {m}×{n}"), &naive_transpose(&a), &x, &y);
    }
}

#[test]
fn vecmat_shape_mismatch_reports_the_vector_as_a_row() {
    let err = vecmat(&Vector::zeros(3), &Matrix::zeros(2, 4)).unwrap_err();
    assert_eq!(
        err,
        LinalgError::ShapeMismatch {
            op: "vecmat",
            left: (1, 3),
            right: (2, 4)
        },
        "vecmat_shape_mismatch_reports_the_vector_as_a_row: err = vecmat(&Vector::zeros(3), &Matrix::zeros(2, 4)).unwrap_err(): err (left: got, right: want)"
    );
    // Too SHORT a vector is an error too: a loop over x's entries would silently use only the
    // first row of A.
    assert_eq!(
        vecmat(&Vector::zeros(1), &Matrix::zeros(2, 4)),
        Err(LinalgError::ShapeMismatch {
            op: "vecmat",
            left: (1, 1),
            right: (2, 4)
        }),
        "vecmat of a 1-vector with a 2×4 matrix"
    );
}

#[test]
fn vecmat_keeps_nan() {
    // 0 · NaN is NaN: skipping the zero entry of x would lose it.
    let a = matrix![[f64::NAN, 1.0], [2.0, 3.0]];
    let y = vecmat(&vector![0.0, 1.0], &a).unwrap();
    assert!(y[0].is_nan(), "vecmat([0, 1], [[NaN, 1], [2, 3]]) = {y}");
    assert_eq!(
        y[1], 3.0,
        "vecmat_keeps_nan: y = vecmat(&vector![0.0, 1.0], &a).unwrap(): y[1] with y = {:?} (left: got, right: want)",
        y
    );
}

#[test]
fn outer_by_hand() {
    assert_eq!(
        outer(&vector![1.0, -1.0], &vector![2.0, 3.0, 4.0]),
        matrix![[2.0, 3.0, 4.0], [-2.0, -3.0, -4.0]],
        "outer(&vector![1.0, -1.0], &vector![2.0, 3.0, 4.0]) (left: got, right: want)"
    );
}

#[test]
fn outer_shapes_and_rank_one_structure() {
    let x = gallery::random_vector(6, 7);
    let y = gallery::random_vector(4, 8);
    let o = outer(&x, &y);
    assert_eq!(
        o.shape(),
        (6, 4),
        "o = outer(&x, &y): o.shape() with o = {:?} (left: got, right: want)",
        o
    );
    for i in 0..6 {
        for j in 0..4 {
            assert_eq!(o[(i, j)], x[i] * y[j], "outer: entry ({i}, {j})");
        }
    }
    assert_eq!(
        outer(&Vector::zeros(0), &y).shape(),
        (0, 4),
        "outer(&Vector::zeros(0), &y).shape() with y = {:?} (left: got, right: want)",
        y
    );
    assert_eq!(
        outer(&x, &Vector::zeros(0)).shape(),
        (6, 0),
        "outer(&x, &Vector::zeros(0)).shape() with x = {:?} (left: got, right: want)",
        x
    );
}
