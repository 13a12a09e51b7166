//! Public tests of `transpose` and `transpose_blocked`.

use week1_vectors::testing::{expect_panic, naive_transpose};
use week1_vectors::{Matrix, gallery, matrix};
use week2_matmul::{transpose, transpose_blocked};

#[test]
fn transpose_of_a_2x3() {
    let a = matrix![[1.0, 2.0, 3.0], [4.0, 5.0, 6.0]];
    assert_eq!(
        transpose(&a),
        matrix![[1.0, 4.0], [2.0, 5.0], [3.0, 6.0]],
        "transpose of [[1, 2, 3], [4, 5, 6]]"
    );
}

#[test]
fn transpose_of_empty_shapes() {
    assert_eq!(
        transpose(&Matrix::zeros(0, 5)).shape(),
        (5, 0),
        "transpose(&Matrix::zeros(0, 5)).shape() (left: got, right: want)"
    );
    assert_eq!(
        transpose(&Matrix::zeros(3, 0)).shape(),
        (0, 3),
        "transpose(&Matrix::zeros(3, 0)).shape() (left: got, right: want)"
    );
    assert_eq!(
        transpose(&Matrix::zeros(0, 0)).shape(),
        (0, 0),
        "transpose(&Matrix::zeros(0, 0)).shape() (left: got, right: want)"
    );
}

#[test]
fn transpose_twice_is_the_identity_map() {
    let a = gallery::random_matrix(7, 4, 10);
    assert_eq!(
        transpose(&transpose(&a)),
        a,
        "transpose(&transpose(&a)) with a = {:?} (left: got, right: want)",
        a
    );
}

#[test]
fn transpose_matches_the_naive_one_on_random_shapes() {
    for (m, n, seed) in [(1, 9, 1), (9, 1, 2), (10, 23, 3), (40, 33, 4)] {
        let a = gallery::random_matrix(m, n, seed);
        assert_eq!(transpose(&a), naive_transpose(&a), "transpose of a {m}×{n}");
    }
}

#[test]
fn transpose_blocked_of_a_2x3() {
    let a = matrix![[1.0, 2.0, 3.0], [4.0, 5.0, 6.0]];
    for block in [1, 2, 3, 64] {
        assert_eq!(
            transpose_blocked(&a, block),
            matrix![[1.0, 4.0], [2.0, 5.0], [3.0, 6.0]],
            "transpose_blocked with block {block}"
        );
    }
}

#[test]
fn transpose_blocked_matches_the_naive_one_when_the_block_does_not_divide() {
    for (m, n, block) in [
        (10, 23, 4),
        (40, 33, 8),
        (33, 40, 32),
        (5, 70, 16),
        (0, 7, 3),
    ] {
        let a = gallery::random_matrix(m, n, (m * 100 + n) as u64);
        assert_eq!(
            transpose_blocked(&a, block),
            naive_transpose(&a),
            "transpose_blocked of a {m}×{n} with block {block}"
        );
    }
}

#[test]
fn transpose_blocked_rejects_block_zero() {
    expect_panic("block size", || {
        transpose_blocked(&Matrix::zeros(2, 2), 0);
    });
}
