//! Tests of the given code: Vector and Matrix construction, indexing, iteration and the approx
//! traits (src/vector.rs, src/matrix.rs). These pass before you write any exercise.

use approx::{AbsDiffEq, RelativeEq, UlpsEq};
use week1_vectors::testing::expect_panic;
use week1_vectors::{LinalgError, Matrix, Vector, matrix, vector};

// ---- Vector -----------------------------------------------------------------------------

#[test]
fn vector_constructors() {
    assert_eq!(
        Vector::new(vec![1.0, 2.0]).as_slice(),
        &[1.0, 2.0],
        "Vector::new(vec![1.0, 2.0]).as_slice() (left: got, right: want)"
    );
    assert_eq!(
        Vector::zeros(3).as_slice(),
        &[0.0; 3],
        "Vector::zeros(3).as_slice() (left: got, right: want)"
    );
    assert_eq!(
        Vector::filled(2, 7.5).as_slice(),
        &[7.5, 7.5],
        "Vector::filled(2, 7.5).as_slice() (left: got, right: want)"
    );
    assert_eq!(
        Vector::from_slice(&[1.0, -1.0]).as_slice(),
        &[1.0, -1.0],
        "Vector::from_slice(&[1.0, -1.0]).as_slice() (left: got, right: want)"
    );
    assert_eq!(
        Vector::from_fn(4, |i| (i * i) as f64).as_slice(),
        &[0.0, 1.0, 4.0, 9.0],
        "Vector::from_fn(4, |i| (i * i) as f64).as_slice() (left: got, right: want)"
    );
    assert_eq!(
        Vector::unit(3, 1).as_slice(),
        &[0.0, 1.0, 0.0],
        "Vector::unit(3, 1).as_slice() (left: got, right: want)"
    );
    assert_eq!(
        Vector::default().len(),
        0,
        "Vector::default().len() (left: got, right: want)"
    );
    assert_eq!(
        vector![1, 2.5].as_slice(),
        &[1.0, 2.5],
        "vector! converts with `as f64`"
    );
    assert_eq!(vector![1.0, 2.0,].len(), 2, "trailing comma");
    assert!(
        vector![].is_empty(),
        "vector![]: got {:?}, want empty",
        vector![]
    );
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
    assert_eq!(a, b, "vector_conversions: a (left: got, right: want)");
    assert_eq!(b, c, "vector_conversions: b (left: got, right: want)");
    assert_eq!(c, d, "vector_conversions: c (left: got, right: want)");
    assert_eq!(
        d.clone().into_vec(),
        vec![1.0, 2.0],
        "d.clone().into_vec() with d = {:?} (left: got, right: want)",
        d
    );
}

#[test]
fn vector_indexing_and_iteration() {
    let mut v = vector![1.0, 2.0, 3.0];
    assert_eq!(
        v[0], 1.0,
        "vector_indexing_and_iteration: v[0] with v = {:?} (left: got, right: want)",
        v
    );
    v[2] = 30.0;
    assert_eq!(
        v.as_slice(),
        &[1.0, 2.0, 30.0],
        "v.as_slice() with v = {:?} (left: got, right: want)",
        v
    );
    v.as_mut_slice()[0] = 10.0;
    for x in v.iter_mut() {
        *x += 1.0;
    }
    assert_eq!(
        v.iter().copied().collect::<Vec<_>>(),
        vec![11.0, 3.0, 31.0],
        "v.iter().copied().collect::<Vec<_>>() with v = {:?} (left: got, right: want)",
        v
    );
    let mut total = 0.0;
    for x in &v {
        total += x;
    }
    assert_eq!(
        total, 45.0,
        "vector_indexing_and_iteration: total (left: got, right: want)"
    );
    assert_eq!(
        v.len(),
        3,
        "v.len() with v = {:?} (left: got, right: want)",
        v
    );
    assert!(
        !v.is_empty(),
        "vector_indexing_and_iteration: v: got {:?}, want not empty",
        v
    );
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
    assert!(
        vector![1.0, -1e308].is_finite(),
        "vector![1.0, -1e308]: got {:?}, want a finite number",
        vector![1.0, -1e308]
    );
    assert!(
        vector![].is_finite(),
        "vector![]: got {:?}, want a finite number",
        vector![]
    );
    assert!(
        !vector![1.0, f64::NAN].is_finite(),
        "vector![1.0, f64::NAN]: got {:?}, want not a finite number",
        vector![1.0, f64::NAN]
    );
    assert!(
        !vector![f64::NEG_INFINITY].is_finite(),
        "vector![f64::NEG_INFINITY]: got {:?}, want not a finite number",
        vector![f64::NEG_INFINITY]
    );
}

#[test]
fn vector_approx_traits() {
    let x = vector![1.0, 2.0];
    let y = vector![1.0 + 1e-12, 2.0];
    assert!(
        approx::relative_eq!(x, y, max_relative = 1e-11),
        "vector_approx_traits: x: got {:?}, want {:?} (relative_eq, max_relative = 1e-11)",
        x,
        y
    );
    assert!(
        approx::abs_diff_eq!(x, y, epsilon = 1e-11),
        "vector_approx_traits: x: got {:?}, want {:?} (abs_diff_eq, epsilon = 1e-11)",
        x,
        y
    );
    assert!(
        approx::ulps_eq!(x, vector![1.0 + f64::EPSILON, 2.0], max_ulps = 1),
        "vector_approx_traits: x: got {:?}, want {:?} (ulps_eq, max_ulps = 1)",
        x,
        vector![1.0 + f64::EPSILON, 2.0]
    );
    assert!(
        !x.relative_eq(&y, 0.0, 1e-13),
        "1e-12 apart is not within 1e-13"
    );
    // Different lengths are never approximately equal (no silent truncation here either).
    let z = vector![1.0];
    assert!(
        !x.abs_diff_eq(&z, 1.0),
        "!x.abs_diff_eq(&z, 1.0) is false: x = {:?}, z = {:?}",
        x,
        z
    );
    assert!(
        !x.relative_eq(&z, 1.0, 1.0),
        "!x.relative_eq(&z, 1.0, 1.0) is false: x = {:?}, z = {:?}",
        x,
        z
    );
    assert!(
        !x.ulps_eq(&z, 1.0, 100),
        "!x.ulps_eq(&z, 1.0, 100) is false: x = {:?}, z = {:?}",
        x,
        z
    );
    assert!(
        !vector![f64::NAN].abs_diff_eq(&vector![f64::NAN], 1.0),
        "NaN ≠ NaN"
    );
}

// ---- Matrix -----------------------------------------------------------------------------

#[test]
fn matrix_constructors() {
    let a = Matrix::new(2, 3, vec![1.0, 2.0, 3.0, 4.0, 5.0, 6.0]).unwrap();
    assert_eq!(
        a.shape(),
        (2, 3),
        "a.shape() with a = {:?} (left: got, right: want)",
        a
    );
    assert_eq!(
        (a.rows(), a.cols()),
        (2, 3),
        "(a.rows(), a.cols()) with a = {:?} (left: got, right: want)",
        a
    );
    assert_eq!(a[(1, 0)], 4.0, "row-major: entry (1, 0) is data[3]");
    assert_eq!(
        a,
        matrix![[1.0, 2.0, 3.0], [4.0, 5.0, 6.0]],
        "matrix_constructors: a (left: got, right: want)"
    );
    assert_eq!(
        Matrix::from_rows(&[[1.0, 2.0, 3.0], [4.0, 5.0, 6.0]]).unwrap(),
        a,
        "Matrix::from_rows(&[[1.0, 2.0, 3.0], [4.0, 5.0, 6.0]]).unwrap() (left: got, right: want)"
    );
    let cols = [vector![1.0, 4.0], vector![2.0, 5.0], vector![3.0, 6.0]];
    assert_eq!(
        Matrix::from_cols(&cols).unwrap(),
        a,
        "Matrix::from_cols(&cols).unwrap() with cols = {:?} (left: got, right: want)",
        cols
    );
    assert_eq!(
        Matrix::from_fn(2, 3, |i, j| (3 * i + j + 1) as f64),
        a,
        "Matrix::from_fn(2, 3, |i, j| (3 * i + j + 1) as f64) (left: got, right: want)"
    );
    assert_eq!(
        Matrix::zeros(2, 2).as_slice(),
        &[0.0; 4],
        "Matrix::zeros(2, 2).as_slice() (left: got, right: want)"
    );
    assert_eq!(
        Matrix::filled(1, 2, 3.0).as_slice(),
        &[3.0, 3.0],
        "Matrix::filled(1, 2, 3.0).as_slice() (left: got, right: want)"
    );
    assert_eq!(
        Matrix::identity(2),
        matrix![[1.0, 0.0], [0.0, 1.0]],
        "Matrix::identity(2) (left: got, right: want)"
    );
    assert_eq!(
        Matrix::from_diag(&[2.0, 3.0]),
        matrix![[2.0, 0.0], [0.0, 3.0]],
        "Matrix::from_diag(&[2.0, 3.0]) (left: got, right: want)"
    );
    assert_eq!(
        Matrix::column(&vector![1.0, 2.0]).shape(),
        (2, 1),
        "Matrix::column(&vector![1.0, 2.0]).shape() (left: got, right: want)"
    );
    assert_eq!(
        Matrix::default().shape(),
        (0, 0),
        "Matrix::default().shape() (left: got, right: want)"
    );
    assert_eq!(
        a.clone().into_vec(),
        vec![1.0, 2.0, 3.0, 4.0, 5.0, 6.0],
        "a.clone().into_vec() with a = {:?} (left: got, right: want)",
        a
    );
}

#[test]
fn matrix_empty_shapes() {
    let empty: [[f64; 0]; 0] = [];
    assert_eq!(
        Matrix::from_rows(&empty).unwrap().shape(),
        (0, 0),
        "Matrix::from_rows(&empty).unwrap().shape() with empty = {:?} (left: got, right: want)",
        empty
    );
    let no_cols: [[f64; 0]; 3] = [[], [], []];
    assert_eq!(
        Matrix::from_rows(&no_cols).unwrap().shape(),
        (3, 0),
        "Matrix::from_rows(&no_cols).unwrap().shape() with no_cols = {:?} (left: got, right: want)",
        no_cols
    );
    assert_eq!(
        Matrix::from_cols(&[]).unwrap().shape(),
        (0, 0),
        "Matrix::from_cols(&[]).unwrap().shape() (left: got, right: want)"
    );
    assert_eq!(
        Matrix::new(0, 3, vec![]).unwrap().shape(),
        (0, 3),
        "Matrix::new(0, 3, vec![]).unwrap().shape() (left: got, right: want)"
    );
    assert!(
        Matrix::zeros(0, 3).is_empty(),
        "Matrix::zeros(0, 3): got {:?}, want empty",
        Matrix::zeros(0, 3)
    );
    assert!(
        !Matrix::zeros(1, 1).is_empty(),
        "Matrix::zeros(1, 1): got {:?}, want not empty",
        Matrix::zeros(1, 1)
    );
    assert_eq!(
        Matrix::identity(0).shape(),
        (0, 0),
        "Matrix::identity(0).shape() (left: got, right: want)"
    );
}

#[test]
fn matrix_constructor_errors() {
    assert_eq!(
        Matrix::new(2, 2, vec![1.0; 3]),
        Err(LinalgError::BadDataLength {
            op: "Matrix::new",
            shape: (2, 2),
            len: 3
        }),
        "Matrix::new(2, 2, vec![1.0; 3]) (left: got, right: want)"
    );
    assert_eq!(
        Matrix::from_rows(&[vec![1.0, 2.0], vec![3.0, 4.0], vec![5.0]]),
        Err(LinalgError::RaggedRows {
            op: "Matrix::from_rows",
            row: 2,
            expected: 2,
            found: 1
        }),
        "Matrix::from_rows(&[vec![1.0, 2.0], vec![3.0, 4.0], vec![5.0]]) (left: got, right: want)"
    );
    assert_eq!(
        Matrix::from_cols(&[vector![1.0, 2.0], vector![3.0]]),
        Err(LinalgError::RaggedRows {
            op: "Matrix::from_cols",
            row: 1,
            expected: 2,
            found: 1
        }),
        "Matrix::from_cols(&[vector![1.0, 2.0], vector![3.0]]) (left: got, right: want)"
    );
    // rows·cols overflowing usize is a BadDataLength, not a panic.
    assert!(
        Matrix::new(usize::MAX, 2, vec![]).is_err(),
        "Matrix::new(usize::MAX, 2, vec![]): got {:?}, want an error",
        Matrix::new(usize::MAX, 2, vec![])
    );
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
    assert!(a.is_square(), "is_square: false for {a}");
    assert_eq!(
        a.row(1),
        &[4.0, 5.0, 6.0],
        "a.row(1) with a = {:?} (left: got, right: want)",
        a
    );
    assert_eq!(
        a.col(2),
        vector![3.0, 6.0, 9.0],
        "a.col(2) with a = {:?} (left: got, right: want)",
        a
    );
    assert_eq!(
        a.diag(),
        vector![1.0, 5.0, 9.0],
        "a.diag() with a = {:?} (left: got, right: want)",
        a
    );
    assert_eq!(
        a.submatrix(1, 3, 0, 2),
        matrix![[4.0, 5.0], [7.0, 8.0]],
        "a.submatrix(1, 3, 0, 2) with a = {:?} (left: got, right: want)",
        a
    );
    assert_eq!(
        a.submatrix(1, 1, 0, 3).shape(),
        (0, 3),
        "a.submatrix(1, 1, 0, 3).shape() with a = {:?} (left: got, right: want)",
        a
    );
    a.row_mut(0)[0] = -1.0;
    a[(2, 2)] = -9.0;
    a.set_col(1, &vector![0.0, 0.0, 0.0]);
    a.swap_rows(0, 2);
    assert_eq!(
        a,
        matrix![[7.0, 0.0, -9.0], [4.0, 0.0, 6.0], [-1.0, 0.0, 3.0]],
        "matrix_rows_columns_and_parts: a (left: got, right: want)"
    );
    a.swap_rows(1, 1);
    a.as_mut_slice()[1] = 1.0;
    assert_eq!(
        a.row(0),
        &[7.0, 1.0, -9.0],
        "a.row(0) with a = {:?} (left: got, right: want)",
        a
    );
    assert_eq!(
        a.map(f64::abs).row(0),
        &[7.0, 1.0, 9.0],
        "a.map(f64::abs).row(0) with a = {:?} (left: got, right: want)",
        a
    );
    assert_eq!(
        matrix![[1.0, 2.0, 3.0]].diag(),
        vector![1.0],
        "min(rows, cols) entries"
    );
    assert!(
        !matrix![[1.0, 2.0]].is_square(),
        "matrix_rows_columns_and_parts: `!matrix![[1.0, 2.0]].is_square()` is false"
    );
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
    assert!(
        Matrix::identity(3).is_finite(),
        "Matrix::identity(3): got {:?}, want a finite number",
        Matrix::identity(3)
    );
    assert!(
        !matrix![[1.0, f64::NAN]].is_finite(),
        "matrix![[1.0, f64::NAN]]: got {:?}, want not a finite number",
        matrix![[1.0, f64::NAN]]
    );
    assert!(
        !matrix![[f64::INFINITY]].is_finite(),
        "matrix![[f64::INFINITY]]: got {:?}, want not a finite number",
        matrix![[f64::INFINITY]]
    );
}

#[test]
fn matrix_approx_traits() {
    let a = matrix![[1.0, 2.0], [3.0, 4.0]];
    let b = a.map(|x| x * (1.0 + 1e-13));
    assert!(
        approx::relative_eq!(a, b, max_relative = 1e-12),
        "matrix_approx_traits: a: got {:?}, want {:?} (relative_eq, max_relative = 1e-12)",
        a,
        b
    );
    assert!(
        approx::abs_diff_eq!(a, b, epsilon = 1e-11),
        "matrix_approx_traits: a: got {:?}, want {:?} (abs_diff_eq, epsilon = 1e-11)",
        a,
        b
    );
    assert!(
        approx::ulps_eq!(a, a.clone()),
        "matrix_approx_traits: a: got {:?}, want {:?} (ulps_eq, default tolerances)",
        a,
        a.clone()
    );
    assert!(
        !a.relative_eq(&b, 0.0, 1e-14),
        "!a.relative_eq(&b, 0.0, 1e-14) is false: a = {:?}, b = {:?}",
        a,
        b
    );
    // Equal data, different shapes: not equal.
    let c = Matrix::new(1, 4, vec![1.0, 2.0, 3.0, 4.0]).unwrap();
    assert!(
        !a.abs_diff_eq(&c, 1.0),
        "!a.abs_diff_eq(&c, 1.0) is false: a = {:?}, c = {:?}",
        a,
        c
    );
    assert!(
        !a.relative_eq(&c, 1.0, 1.0),
        "!a.relative_eq(&c, 1.0, 1.0) is false: a = {:?}, c = {:?}",
        a,
        c
    );
    assert!(
        !a.ulps_eq(&c, 1.0, 100),
        "!a.ulps_eq(&c, 1.0, 100) is false: a = {:?}, c = {:?}",
        a,
        c
    );
    assert_ne!(
        a, c,
        "matrix_approx_traits: a (left: got, right: must differ)"
    );
}
