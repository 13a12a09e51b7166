//! Hidden tests: Matrix::add, sub, scale, hadamard and the operators (6 points).

use week1_vectors::testing::{expect_panic, points};
use week1_vectors::{LinalgError, Matrix, matrix};

#[test]
fn add_sub_values() {
    let _points = points(2);
    let a = matrix![[1.0, -2.0], [0.5, 4.0], [1e300, 0.0]];
    let b = matrix![[3.0, 2.0], [0.25, -4.0], [1e300, -0.0]];
    assert_eq!(
        a.add(&b).unwrap(),
        matrix![[4.0, 0.0], [0.75, 0.0], [2e300, 0.0]],
        "a.add(&b).unwrap() with a = {:?}, b = {:?} (left: got, right: want)",
        a,
        b
    );
    assert_eq!(
        a.sub(&b).unwrap(),
        matrix![[-2.0, -4.0], [0.25, 8.0], [0.0, 0.0]],
        "a.sub(&b).unwrap() with a = {:?}, b = {:?} (left: got, right: want)",
        a,
        b
    );
    assert_eq!(
        matrix![[7.0]].sub(&matrix![[7.5]]).unwrap(),
        matrix![[-0.5]],
        "matrix![[7.0]].sub(&matrix![[7.5]]).unwrap() (left: got, right: want)"
    );
    let s = matrix![[f64::INFINITY]]
        .sub(&matrix![[f64::INFINITY]])
        .unwrap();
    assert!(s[(0, 0)].is_nan(), "∞ − ∞ = NaN");
}

#[test]
fn hadamard_and_scale_values() {
    let _points = points(2);
    let a = matrix![[1.0, 2.0, 3.0], [4.0, 5.0, 6.0]];
    let b = matrix![[0.0, -1.0, 0.5], [2.0, 0.0, f64::NAN]];
    let h = a.hadamard(&b).unwrap();
    assert_eq!(
        h.row(0),
        &[0.0, -2.0, 1.5],
        "h.row(0) with h = {:?} (left: got, right: want)",
        h
    );
    assert_eq!(
        h[(1, 0)],
        8.0,
        "h[(1, 0)] with h = {:?} (left: got, right: want)",
        h
    );
    assert_eq!(
        h[(1, 1)],
        0.0,
        "h[(1, 1)] with h = {:?} (left: got, right: want)",
        h
    );
    assert!(
        h[(1, 2)].is_nan(),
        "h[(1, 2)] with h = {:?}: got {:?}, want NaN",
        h,
        h[(1, 2)]
    );
    assert_eq!(
        a.scale(-0.5),
        matrix![[-0.5, -1.0, -1.5], [-2.0, -2.5, -3.0]],
        "a.scale(-0.5) with a = {:?} (left: got, right: want)",
        a
    );
    assert_eq!(
        Matrix::zeros(0, 4).scale(-1.0).shape(),
        (0, 4),
        "Matrix::zeros(0, 4).scale(-1.0).shape() (left: got, right: want)"
    );
    assert_eq!(
        Matrix::zeros(5, 0)
            .hadamard(&Matrix::zeros(5, 0))
            .unwrap()
            .shape(),
        (5, 0),
        "Matrix::zeros(5, 0).hadamard(&Matrix::zeros(5, 0)).unwrap().shape() (left: got, right: want)"
    );
}

#[test]
fn shape_mismatch() {
    let _points = points(1);
    let (a, b) = (Matrix::zeros(1, 3), Matrix::zeros(3, 1));
    assert_eq!(
        a.add(&b),
        Err(LinalgError::ShapeMismatch {
            op: "Matrix::add",
            left: (1, 3),
            right: (3, 1)
        }),
        "a.add(&b) with a = {:?}, b = {:?} (left: got, right: want)",
        a,
        b
    );
    assert_eq!(
        b.sub(&a),
        Err(LinalgError::ShapeMismatch {
            op: "Matrix::sub",
            left: (3, 1),
            right: (1, 3)
        }),
        "b.sub(&a) with b = {:?}, a = {:?} (left: got, right: want)",
        b,
        a
    );
    assert_eq!(
        Matrix::zeros(0, 2).hadamard(&Matrix::zeros(2, 0)),
        Err(LinalgError::ShapeMismatch {
            op: "Matrix::hadamard",
            left: (0, 2),
            right: (2, 0)
        }),
        "Matrix::zeros(0, 2).hadamard(&Matrix::zeros(2, 0)) (left: got, right: want)"
    );
}

#[test]
fn operators() {
    let _points = points(1);
    let a = matrix![[1.0, 2.0, 3.0]];
    assert_eq!(
        &a + &a,
        matrix![[2.0, 4.0, 6.0]],
        "operators: &a + &a with a = {:?} (left: got, right: want)",
        a
    );
    assert_eq!(
        &a - &a,
        matrix![[0.0, 0.0, 0.0]],
        "operators: &a - &a with a = {:?} (left: got, right: want)",
        a
    );
    assert_eq!(
        -1.0 * &a,
        matrix![[-1.0, -2.0, -3.0]],
        "-1.0 * &a with a = {:?} (left: got, right: want)",
        a
    );
    assert_eq!(
        &a * 0.5,
        matrix![[0.5, 1.0, 1.5]],
        "&a * 0.5 with a = {:?} (left: got, right: want)",
        a
    );
    expect_panic(
        "Matrix::add: shape mismatch: left is 1×3, right is 3×1",
        || {
            let _ = &Matrix::zeros(1, 3) + &Matrix::zeros(3, 1);
        },
    );
    expect_panic(
        "Matrix::sub: shape mismatch: left is 2×2, right is 0×0",
        || {
            let _ = &Matrix::identity(2) - &Matrix::zeros(0, 0);
        },
    );
}
