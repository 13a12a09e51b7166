//! Tests of this week's given code: the shape check and the product error bound that the other
//! tests rely on. These pass on the stubs too.

use week1_vectors::testing::{expect_panic, naive_matmul};
use week1_vectors::{LinalgError, Matrix, gallery, matrix};
use week2_matmul::check_product_shapes;
use week2_matmul::testing::{assert_product_close, gamma, product_bound, product_error};

#[test]
fn check_product_shapes_accepts_matching_inner_dimensions() {
    for (m, k, n) in [(2, 3, 4), (0, 5, 3), (3, 0, 4), (1, 1, 1), (0, 0, 0)] {
        assert_eq!(
            check_product_shapes("t", &Matrix::zeros(m, k), &Matrix::zeros(k, n)),
            Ok(()),
            "check_product_shapes(\"t\", &Matrix::zeros(m, k), &Matrix::zeros(k, n)) with m = {:?}, k = {:?}, n = {:?} (left: got, right: want)",
            m,
            k,
            n
        );
    }
}

#[test]
fn check_product_shapes_names_the_operation_and_both_shapes() {
    let err = check_product_shapes("matmul_x", &Matrix::zeros(2, 3), &Matrix::zeros(4, 5));
    assert_eq!(
        err,
        Err(LinalgError::ShapeMismatch {
            op: "matmul_x",
            left: (2, 3),
            right: (4, 5)
        }),
        "check_product_shapes_names_the_operation_and_both_shapes: err = check_product_shapes(\"matmul_x\", &Matrix::zeros(2, 3), &Mat…: err (left: got, right: want)"
    );
    insta::assert_snapshot!(err.unwrap_err(), @"matmul_x: shape mismatch: left is 2×3, right is 4×5");
}

#[test]
fn gamma_is_k_eps_over_one_minus_k_eps() {
    assert_eq!(gamma(0), 0.0, "gamma(0) (left: got, right: want)");
    let k = 1000.0 * f64::EPSILON;
    assert_eq!(
        gamma(1000),
        k / (1.0 - k),
        "gamma(1000) (left: got, right: want)"
    );
    assert_eq!(
        gamma(1 << 53),
        f64::INFINITY,
        "gamma(1 << 53) (left: got, right: want)"
    );
}

#[test]
fn product_error_accepts_the_naive_product_and_rounding_differences() {
    let a = gallery::random_matrix(7, 9, 1);
    let b = gallery::random_matrix(9, 5, 2);
    let c = naive_matmul(&a, &b);
    assert_eq!(
        product_error(&a, &b, &c),
        None,
        "product_error(&a, &b, &c) with a = {:?}, b = {:?}, c = {:?} (left: got, right: want)",
        a,
        b,
        c
    );
    // Perturb each entry by a quarter of its allowed error: still a correct product.
    let bound = product_bound(&a, &b);
    let nudged = Matrix::from_fn(7, 5, |i, j| c[(i, j)] + 0.25 * bound[(i, j)]);
    assert_product_close("nudged", &a, &b, &nudged);
}

#[test]
fn product_error_rejects_wrong_entries_shapes_and_lost_nans() {
    let a = matrix![[1.0, 2.0], [3.0, 4.0]];
    let b = matrix![[1.0, 0.0], [0.0, 1.0]];
    let wrong = matrix![[1.0, 2.0], [3.0, 4.000001]];
    let msg = product_error(&a, &b, &wrong).expect("a wrong entry must be reported");
    assert!(msg.contains("entry (1, 1)"), "{msg}");
    let msg = product_error(&a, &b, &Matrix::zeros(2, 3)).expect("a wrong shape");
    assert!(msg.contains("must be 2×2, got 2×3"), "{msg}");
    // 0 · NaN is NaN: a product that drops the NaN is wrong.
    let z = matrix![[0.0]];
    let nan = matrix![[f64::NAN]];
    assert!(
        product_error(&z, &nan, &matrix![[0.0]]).is_some(),
        "product_error(&z, &nan, &matrix![[0.0]]) with z = {:?}, nan = {:?}: got {:?}, want Some",
        z,
        nan,
        product_error(&z, &nan, &matrix![[0.0]])
    );
    assert_eq!(
        product_error(&z, &nan, &matrix![[f64::NAN]]),
        None,
        "product_error(&z, &nan, &matrix![[f64::NAN]]) with z = {:?}, nan = {:?} (left: got, right: want)",
        z,
        nan
    );
}

#[test]
fn assert_product_close_names_the_exercise() {
    let a = matrix![[1.0]];
    expect_panic("my_rung: entry (0, 0)", || {
        assert_product_close("my_rung", &a, &a, &matrix![[2.0]]);
    });
}
