//! Public tests: Matrix::add, sub, scale, hadamard and the operators (src/matrix_ops.rs).
//!
//! Run just these with `cargo test -p week1-vectors --test e13_matrix_ops`.

use week1_vectors::gallery::random_matrix;
use week1_vectors::testing::expect_panic;
use week1_vectors::{LinalgError, Matrix, matrix};

#[test]
fn add_sub_small() {
    let a = matrix![[1.0, 2.0, 3.0], [4.0, 5.0, 6.0]];
    let b = matrix![[10.0, 20.0, 30.0], [40.0, 50.0, 60.0]];
    assert_eq!(
        a.add(&b).unwrap(),
        matrix![[11.0, 22.0, 33.0], [44.0, 55.0, 66.0]],
        "a.add(&b).unwrap() with a = {:?}, b = {:?} (left: got, right: want)",
        a,
        b
    );
    assert_eq!(
        b.sub(&a).unwrap(),
        matrix![[9.0, 18.0, 27.0], [36.0, 45.0, 54.0]],
        "b.sub(&a).unwrap() with b = {:?}, a = {:?} (left: got, right: want)",
        b,
        a
    );
}

#[test]
fn scale_small() {
    let a = matrix![[1.0, -2.0], [0.5, 0.0]];
    assert_eq!(
        a.scale(-2.0),
        matrix![[-2.0, 4.0], [-1.0, -0.0]],
        "a.scale(-2.0) with a = {:?} (left: got, right: want)",
        a
    );
}

#[test]
fn hadamard_small() {
    let a = matrix![[1.0, 2.0], [3.0, 4.0]];
    let b = matrix![[5.0, 6.0], [7.0, 8.0]];
    assert_eq!(
        a.hadamard(&b).unwrap(),
        matrix![[5.0, 12.0], [21.0, 32.0]],
        "entrywise, not the matrix product [[19, 22], [43, 50]]"
    );
}

#[test]
fn empty_shapes_are_kept() {
    for (r, c) in [(0, 3), (3, 0), (0, 0)] {
        let a = Matrix::zeros(r, c);
        assert_eq!(a.add(&a).unwrap().shape(), (r, c), "add of {r}×{c}");
        assert_eq!(a.sub(&a).unwrap().shape(), (r, c), "sub of {r}×{c}");
        assert_eq!(
            a.hadamard(&a).unwrap().shape(),
            (r, c),
            "hadamard of {r}×{c}"
        );
        assert_eq!(a.scale(3.0).shape(), (r, c), "scale of {r}×{c}");
    }
}

#[test]
fn shape_mismatch_names_both_shapes() {
    // Same number of entries, different shapes: must not be accepted.
    let a = Matrix::zeros(2, 3);
    let b = Matrix::zeros(3, 2);
    assert_eq!(
        a.add(&b),
        Err(LinalgError::ShapeMismatch {
            op: "Matrix::add",
            left: (2, 3),
            right: (3, 2)
        }),
        "a.add(&b) with a = {:?}, b = {:?} (left: got, right: want)",
        a,
        b
    );
    assert_eq!(
        a.sub(&b),
        Err(LinalgError::ShapeMismatch {
            op: "Matrix::sub",
            left: (2, 3),
            right: (3, 2)
        }),
        "a.sub(&b) with a = {:?}, b = {:?} (left: got, right: want)",
        a,
        b
    );
    assert_eq!(
        b.hadamard(&a),
        Err(LinalgError::ShapeMismatch {
            op: "Matrix::hadamard",
            left: (3, 2),
            right: (2, 3)
        }),
        "b.hadamard(&a) with b = {:?}, a = {:?} (left: got, right: want)",
        b,
        a
    );
}

#[test]
fn algebra_on_random_matrices() {
    for seed in 0..10 {
        let a = random_matrix(4, 5, seed);
        let b = random_matrix(4, 5, seed + 100);
        let s = a.add(&b).unwrap();
        let h = a.hadamard(&b).unwrap();
        for i in 0..4 {
            for j in 0..5 {
                assert_eq!(s[(i, j)], a[(i, j)] + b[(i, j)], "sum at ({i}, {j})");
                assert_eq!(h[(i, j)], a[(i, j)] * b[(i, j)], "product at ({i}, {j})");
            }
        }
        assert_eq!(a.add(&a).unwrap(), a.scale(2.0), "A + A = 2A exactly");
        assert_eq!(a.sub(&a).unwrap(), Matrix::zeros(4, 5), "A − A = 0");
    }
}

#[test]
fn nan_propagates() {
    let a = matrix![[f64::NAN, 1.0]];
    let b = matrix![[1.0, 1.0]];
    assert!(
        a.add(&b).unwrap()[(0, 0)].is_nan(),
        "a.add(&b).unwrap()[(0, 0)] with a = {:?}, b = {:?}: got {:?}, want NaN",
        a,
        b,
        a.add(&b).unwrap()[(0, 0)]
    );
    assert!(
        a.hadamard(&b).unwrap()[(0, 0)].is_nan(),
        "a.hadamard(&b).unwrap()[(0, 0)] with a = {:?}, b = {:?}: got {:?}, want NaN",
        a,
        b,
        a.hadamard(&b).unwrap()[(0, 0)]
    );
}

#[test]
fn operators() {
    let a = matrix![[1.0, 2.0], [3.0, 4.0]];
    let b = Matrix::identity(2);
    assert_eq!(
        &a + &b,
        matrix![[2.0, 2.0], [3.0, 5.0]],
        "operators: &a + &b with a = {:?}, b = {:?} (left: got, right: want)",
        a,
        b
    );
    assert_eq!(
        &a - &b,
        matrix![[0.0, 2.0], [3.0, 3.0]],
        "operators: &a - &b with a = {:?}, b = {:?} (left: got, right: want)",
        a,
        b
    );
    assert_eq!(
        &a * 2.0,
        matrix![[2.0, 4.0], [6.0, 8.0]],
        "&a * 2.0 with a = {:?} (left: got, right: want)",
        a
    );
    assert_eq!(
        0.5 * &a,
        matrix![[0.5, 1.0], [1.5, 2.0]],
        "0.5 * &a with a = {:?} (left: got, right: want)",
        a
    );
}

#[test]
fn plus_operator_panics_naming_the_shapes() {
    // The operator panics with the error's message, naming the operands.
    expect_panic(
        "Matrix::add: shape mismatch: left is 2×3, right is 3×2",
        || {
            let _ = &Matrix::zeros(2, 3) + &Matrix::zeros(3, 2);
        },
    );
}

#[test]
fn minus_operator_panics_naming_the_shapes() {
    // The operator panics with the error's message, naming the operands.
    expect_panic(
        "Matrix::sub: shape mismatch: left is 1×2, right is 2×2",
        || {
            let _ = &Matrix::zeros(1, 2) - &Matrix::zeros(2, 2);
        },
    );
}
