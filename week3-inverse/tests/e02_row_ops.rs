//! Public tests: the elementary row operations.

use week1_vectors::gallery::random_matrix;
use week1_vectors::testing::naive_matmul;
use week1_vectors::{LinalgError, Matrix, matrix};
use week3_inverse::{row_add, row_scale, row_swap};

#[test]
fn row_swap_by_hand() {
    let mut a = matrix![[1.0, 2.0], [3.0, 4.0], [5.0, 6.0]];
    row_swap(&mut a, 2, 0).unwrap();
    assert_eq!(
        a,
        matrix![[5.0, 6.0], [3.0, 4.0], [1.0, 2.0]],
        "row_swap(a, 2, 0)"
    );
    row_swap(&mut a, 1, 1).unwrap();
    assert_eq!(
        a,
        matrix![[5.0, 6.0], [3.0, 4.0], [1.0, 2.0]],
        "row_swap(a, 1, 1) must do nothing"
    );
}

#[test]
fn row_scale_by_hand() {
    let mut a = matrix![[1.0, 2.0, 3.0], [4.0, 5.0, 6.0]];
    row_scale(&mut a, 0, -2.0).unwrap();
    assert_eq!(
        a,
        matrix![[-2.0, -4.0, -6.0], [4.0, 5.0, 6.0]],
        "row_scale(a, 0, -2)"
    );
}

#[test]
fn row_add_by_hand() {
    let mut a = matrix![[2.0, 1.0, -1.0], [4.0, 5.0, 0.5]];
    row_add(&mut a, 1, 0, -2.0).unwrap();
    assert_eq!(
        a,
        matrix![[2.0, 1.0, -1.0], [0.0, 3.0, 2.5]],
        "row_add(a, 1, 0, -2)"
    );
    row_add(&mut a, 0, 1, 0.0).unwrap();
    assert_eq!(
        a,
        matrix![[2.0, 1.0, -1.0], [0.0, 3.0, 2.5]],
        "row_add with c = 0"
    );
}

#[test]
fn row_ops_are_products_with_elementary_matrices() {
    let a = random_matrix(4, 3, 11);
    // row_add(a, 3, 1, 0.5) = E·a with E = I + 0.5·e₃e₁ᵀ.
    let mut e = Matrix::identity(4);
    e[(3, 1)] = 0.5;
    let mut b = a.clone();
    row_add(&mut b, 3, 1, 0.5).unwrap();
    assert_eq!(b, naive_matmul(&e, &a), "row_add(a, 3, 1, 0.5) ≠ E·a");
    // row_swap(a, 0, 2) = P·a, P the identity with rows 0 and 2 swapped.
    let p = week1_vectors::gallery::permutation(&[2, 1, 0, 3]);
    let mut b = a.clone();
    row_swap(&mut b, 0, 2).unwrap();
    assert_eq!(b, naive_matmul(&p, &a), "row_swap(a, 0, 2) ≠ P·a");
    // row_scale(a, 2, 3) = D·a, D = diag(1, 1, 3, 1).
    let d = Matrix::from_diag(&[1.0, 1.0, 3.0, 1.0]);
    let mut b = a.clone();
    row_scale(&mut b, 2, 3.0).unwrap();
    assert_eq!(b, naive_matmul(&d, &a), "row_scale(a, 2, 3) ≠ D·a");
}

#[test]
fn row_ops_check_indices_and_leave_the_matrix_alone() {
    let original = matrix![[1.0, 2.0], [3.0, 4.0]];
    let mut a = original.clone();
    let r = row_swap(&mut a, 0, 2);
    assert!(
        matches!(r, Err(LinalgError::InvalidArgument { op: "row_swap", .. })),
        "row_swap(&mut a, 0, 2) with a = {a:?}: got {r:?}, want Err(LinalgError::InvalidArgument {{ op: \"row_swap\",.. }})"
    );
    let r = row_swap(&mut a, 5, 0);
    assert!(
        matches!(r, Err(LinalgError::InvalidArgument { op: "row_swap", .. })),
        "row_swap(&mut a, 5, 0) with a = {a:?}: got {r:?}, want Err(LinalgError::InvalidArgument {{ op: \"row_swap\",.. }})"
    );
    let r = row_scale(&mut a, 2, 1.0);
    assert!(
        matches!(
            r,
            Err(LinalgError::InvalidArgument {
                op: "row_scale",
                ..
            })
        ),
        "row_scale(&mut a, 2, 1.0) with a = {a:?}: got {r:?}, want Err(LinalgError::InvalidArgument {{ op: \"row_scale\",.. }})"
    );
    let r = row_add(&mut a, 0, 2, 1.0);
    assert!(
        matches!(r, Err(LinalgError::InvalidArgument { op: "row_add", .. })),
        "row_add(&mut a, 0, 2, 1.0) with a = {a:?}: got {r:?}, want Err(LinalgError::InvalidArgument {{ op: \"row_add\",.. }})"
    );
    let r = row_add(&mut a, 2, 0, 1.0);
    assert!(
        matches!(r, Err(LinalgError::InvalidArgument { op: "row_add", .. })),
        "row_add(&mut a, 2, 0, 1.0) with a = {a:?}: got {r:?}, want Err(LinalgError::InvalidArgument {{ op: \"row_add\",.. }})"
    );
    assert_eq!(a, original, "a failed row operation changed the matrix");
}

#[test]
fn row_ops_refuse_non_invertible_operations() {
    let original = matrix![[1.0, 2.0], [3.0, 4.0]];
    let mut a = original.clone();
    assert!(
        matches!(
            row_scale(&mut a, 0, 0.0),
            Err(LinalgError::InvalidArgument {
                op: "row_scale",
                ..
            })
        ),
        "row_scale by 0"
    );
    assert!(
        matches!(
            row_scale(&mut a, 0, f64::NAN),
            Err(LinalgError::InvalidArgument {
                op: "row_scale",
                ..
            })
        ),
        "row_scale by NaN"
    );
    assert!(
        matches!(
            row_add(&mut a, 1, 1, 1.0),
            Err(LinalgError::InvalidArgument { op: "row_add", .. })
        ),
        "row_add of a row to itself"
    );
    assert!(
        matches!(
            row_add(&mut a, 1, 0, f64::INFINITY),
            Err(LinalgError::InvalidArgument { op: "row_add", .. })
        ),
        "row_add with c = ∞"
    );
    assert_eq!(a, original, "a failed row operation changed the matrix");
}

#[test]
fn row_error_message() {
    let mut a = Matrix::zeros(2, 3);
    let e = row_swap(&mut a, 0, 7).unwrap_err();
    insta::assert_snapshot!(e, @"row_swap: invalid argument: row 7 out of range for a 2×3 matrix");
}
