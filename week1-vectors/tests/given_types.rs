//! Tests of the given code: Vector and Matrix construction, indexing, iteration and the approx
//! traits (src/vector.rs, src/matrix.rs). These pass before you write any exercise.

use approx::{
    AbsDiffEq, RelativeEq, UlpsEq, assert_abs_diff_eq, assert_relative_eq, assert_ulps_eq,
};
use week1_vectors::testing::expect_panic;
use week1_vectors::{LinalgError, Matrix, Vector, matrix, vector};

// ---- Vector -----------------------------------------------------------------------------

#[test]
fn vector_constructors() {
    assert_eq!(Vector::new(vec![1.0, 2.0]).as_slice(), &[1.0, 2.0]);
    assert_eq!(Vector::zeros(3).as_slice(), &[0.0; 3]);
    assert_eq!(Vector::filled(2, 7.5).as_slice(), &[7.5, 7.5]);
    assert_eq!(Vector::from_slice(&[1.0, -1.0]).as_slice(), &[1.0, -1.0]);
    assert_eq!(
        Vector::from_fn(4, |i| (i * i) as f64).as_slice(),
        &[0.0, 1.0, 4.0, 9.0]
    );
    assert_eq!(Vector::unit(3, 1).as_slice(), &[0.0, 1.0, 0.0]);
    assert_eq!(Vector::default().len(), 0);
    assert_eq!(
        vector![1, 2.5].as_slice(),
        &[1.0, 2.5],
        "vector! converts with `as f64`"
    );
    assert_eq!(vector![1.0, 2.0,].len(), 2, "trailing comma");
    assert!(vector![].is_empty());
}

#[test]
fn vector_unit_out_of_range_panics() {
    let msg = expect_panic("index 3 out of range for length 3", || {
        Vector::unit(3, 3);
    });
    assert!(msg.starts_with("Vector::unit"), "{msg}");
}

#[test]
fn vector_conversions() {
    let a: Vector = vec![1.0, 2.0].into();
    let b: Vector = [1.0, 2.0].into();
    let c: Vector = (&[1.0, 2.0][..]).into();
    let d: Vector = [1.0, 2.0].into_iter().collect();
    assert_eq!(a, b);
    assert_eq!(b, c);
    assert_eq!(c, d);
    assert_eq!(d.clone().into_vec(), vec![1.0, 2.0]);
}

#[test]
fn vector_indexing_and_iteration() {
    let mut v = vector![1.0, 2.0, 3.0];
    assert_eq!(v[0], 1.0);
    v[2] = 30.0;
    assert_eq!(v.as_slice(), &[1.0, 2.0, 30.0]);
    v.as_mut_slice()[0] = 10.0;
    for x in v.iter_mut() {
        *x += 1.0;
    }
    assert_eq!(v.iter().copied().collect::<Vec<_>>(), vec![11.0, 3.0, 31.0]);
    let mut total = 0.0;
    for x in &v {
        total += x;
    }
    assert_eq!(total, 45.0);
    assert_eq!(v.len(), 3);
    assert!(!v.is_empty());
}

#[test]
fn vector_index_out_of_range_panics() {
    expect_panic("index out of bounds", || {
        let v = vector![1.0];
        let _ = v[1];
    });
}

#[test]
fn vector_is_finite() {
    assert!(vector![1.0, -1e308].is_finite());
    assert!(vector![].is_finite());
    assert!(!vector![1.0, f64::NAN].is_finite());
    assert!(!vector![f64::NEG_INFINITY].is_finite());
}

#[test]
fn vector_approx_traits() {
    let x = vector![1.0, 2.0];
    let y = vector![1.0 + 1e-12, 2.0];
    assert_relative_eq!(x, y, max_relative = 1e-11);
    assert_abs_diff_eq!(x, y, epsilon = 1e-11);
    assert_ulps_eq!(x, vector![1.0 + f64::EPSILON, 2.0], max_ulps = 1);
    assert!(
        !x.relative_eq(&y, 0.0, 1e-13),
        "1e-12 apart is not within 1e-13"
    );
    // Different lengths are never approximately equal (no silent truncation here either).
    let z = vector![1.0];
    assert!(!x.abs_diff_eq(&z, 1.0));
    assert!(!x.relative_eq(&z, 1.0, 1.0));
    assert!(!x.ulps_eq(&z, 1.0, 100));
    assert!(
        !vector![f64::NAN].abs_diff_eq(&vector![f64::NAN], 1.0),
        "NaN ≠ NaN"
    );
}

// ---- Matrix -----------------------------------------------------------------------------

#[test]
fn matrix_constructors() {
    let a = Matrix::new(2, 3, vec![1.0, 2.0, 3.0, 4.0, 5.0, 6.0]).unwrap();
    assert_eq!(a.shape(), (2, 3));
    assert_eq!((a.rows(), a.cols()), (2, 3));
    assert_eq!(a[(1, 0)], 4.0, "row-major: entry (1, 0) is data[3]");
    assert_eq!(a, matrix![[1.0, 2.0, 3.0], [4.0, 5.0, 6.0]]);
    assert_eq!(
        Matrix::from_rows(&[[1.0, 2.0, 3.0], [4.0, 5.0, 6.0]]).unwrap(),
        a
    );
    let cols = [vector![1.0, 4.0], vector![2.0, 5.0], vector![3.0, 6.0]];
    assert_eq!(Matrix::from_cols(&cols).unwrap(), a);
    assert_eq!(Matrix::from_fn(2, 3, |i, j| (3 * i + j + 1) as f64), a);
    assert_eq!(Matrix::zeros(2, 2).as_slice(), &[0.0; 4]);
    assert_eq!(Matrix::filled(1, 2, 3.0).as_slice(), &[3.0, 3.0]);
    assert_eq!(Matrix::identity(2), matrix![[1.0, 0.0], [0.0, 1.0]]);
    assert_eq!(
        Matrix::from_diag(&[2.0, 3.0]),
        matrix![[2.0, 0.0], [0.0, 3.0]]
    );
    assert_eq!(Matrix::column(&vector![1.0, 2.0]).shape(), (2, 1));
    assert_eq!(Matrix::default().shape(), (0, 0));
    assert_eq!(a.clone().into_vec(), vec![1.0, 2.0, 3.0, 4.0, 5.0, 6.0]);
}

#[test]
fn matrix_empty_shapes() {
    let empty: [[f64; 0]; 0] = [];
    assert_eq!(Matrix::from_rows(&empty).unwrap().shape(), (0, 0));
    let no_cols: [[f64; 0]; 3] = [[], [], []];
    assert_eq!(Matrix::from_rows(&no_cols).unwrap().shape(), (3, 0));
    assert_eq!(Matrix::from_cols(&[]).unwrap().shape(), (0, 0));
    assert_eq!(Matrix::new(0, 3, vec![]).unwrap().shape(), (0, 3));
    assert!(Matrix::zeros(0, 3).is_empty());
    assert!(!Matrix::zeros(1, 1).is_empty());
    assert_eq!(Matrix::identity(0).shape(), (0, 0));
}

#[test]
fn matrix_constructor_errors() {
    assert_eq!(
        Matrix::new(2, 2, vec![1.0; 3]),
        Err(LinalgError::BadDataLength {
            op: "Matrix::new",
            shape: (2, 2),
            len: 3
        })
    );
    assert_eq!(
        Matrix::from_rows(&[vec![1.0, 2.0], vec![3.0, 4.0], vec![5.0]]),
        Err(LinalgError::RaggedRows {
            op: "Matrix::from_rows",
            row: 2,
            expected: 2,
            found: 1
        })
    );
    assert_eq!(
        Matrix::from_cols(&[vector![1.0, 2.0], vector![3.0]]),
        Err(LinalgError::RaggedRows {
            op: "Matrix::from_cols",
            row: 1,
            expected: 2,
            found: 1
        })
    );
    // rows·cols overflowing usize is a BadDataLength, not a panic.
    assert!(Matrix::new(usize::MAX, 2, vec![]).is_err());
}

#[test]
fn matrix_macro_panics_on_ragged_rows() {
    let msg = expect_panic("ragged rows", || {
        let _ = matrix![[1.0, 2.0], [3.0]];
    });
    assert!(msg.starts_with("matrix!: Matrix::from_rows"), "{msg}");
}

#[test]
fn matrix_rows_columns_and_parts() {
    let mut a = matrix![[1.0, 2.0, 3.0], [4.0, 5.0, 6.0], [7.0, 8.0, 9.0]];
    assert!(a.is_square());
    assert_eq!(a.row(1), &[4.0, 5.0, 6.0]);
    assert_eq!(a.col(2), vector![3.0, 6.0, 9.0]);
    assert_eq!(a.diag(), vector![1.0, 5.0, 9.0]);
    assert_eq!(a.submatrix(1, 3, 0, 2), matrix![[4.0, 5.0], [7.0, 8.0]]);
    assert_eq!(a.submatrix(1, 1, 0, 3).shape(), (0, 3));
    a.row_mut(0)[0] = -1.0;
    a[(2, 2)] = -9.0;
    a.set_col(1, &vector![0.0, 0.0, 0.0]);
    a.swap_rows(0, 2);
    assert_eq!(
        a,
        matrix![[7.0, 0.0, -9.0], [4.0, 0.0, 6.0], [-1.0, 0.0, 3.0]]
    );
    a.swap_rows(1, 1);
    a.as_mut_slice()[1] = 1.0;
    assert_eq!(a.row(0), &[7.0, 1.0, -9.0]);
    assert_eq!(a.map(f64::abs).row(0), &[7.0, 1.0, 9.0]);
    assert_eq!(
        matrix![[1.0, 2.0, 3.0]].diag(),
        vector![1.0],
        "min(rows, cols) entries"
    );
    assert!(!matrix![[1.0, 2.0]].is_square());
}

#[test]
fn matrix_out_of_range_panics_name_the_shape() {
    let a = Matrix::zeros(2, 3);
    expect_panic("index (2, 0) out of range for a 2×3 matrix", || {
        let _ = a[(2, 0)];
    });
    let a = Matrix::zeros(2, 3);
    expect_panic("index (0, 3) out of range for a 2×3 matrix", || {
        let _ = a[(0, 3)];
    });
    let a = Matrix::zeros(2, 3);
    expect_panic("Matrix::row: row 5 out of range for 2×3", || {
        let _ = a.row(5);
    });
    let a = Matrix::zeros(2, 3);
    expect_panic("Matrix::col: column 3 out of range for 2×3", || {
        let _ = a.col(3);
    });
    let a = Matrix::zeros(2, 3);
    expect_panic("Matrix::submatrix", || {
        let _ = a.submatrix(0, 3, 0, 1);
    });
    expect_panic("Matrix::set_col", || {
        Matrix::zeros(2, 3).set_col(0, &vector![1.0]);
    });
    expect_panic("out of range for a 2×3 matrix", || {
        let mut a = Matrix::zeros(2, 3);
        a[(9, 9)] = 1.0;
    });
}

#[test]
fn matrix_is_finite() {
    assert!(Matrix::identity(3).is_finite());
    assert!(!matrix![[1.0, f64::NAN]].is_finite());
    assert!(!matrix![[f64::INFINITY]].is_finite());
}

#[test]
fn matrix_approx_traits() {
    let a = matrix![[1.0, 2.0], [3.0, 4.0]];
    let b = a.map(|x| x * (1.0 + 1e-13));
    assert_relative_eq!(a, b, max_relative = 1e-12);
    assert_abs_diff_eq!(a, b, epsilon = 1e-11);
    assert_ulps_eq!(a, a.clone());
    assert!(!a.relative_eq(&b, 0.0, 1e-14));
    // Equal data, different shapes: not equal.
    let c = Matrix::new(1, 4, vec![1.0, 2.0, 3.0, 4.0]).unwrap();
    assert!(!a.abs_diff_eq(&c, 1.0));
    assert!(!a.relative_eq(&c, 1.0, 1.0));
    assert!(!a.ulps_eq(&c, 1.0, 100));
    assert_ne!(a, c);
}
