//! Public tests of the matmul ladder: every rung must give the same product (within the
//! rounding-error bound `γₖ|A||B|`, see `week2_matmul::testing`), on hand-checked, random,
//! rectangular and empty shapes, and reject shapes that do not match.

use week1_vectors::{LinalgError, Matrix, Result, gallery, matrix};
use week2_matmul::testing::assert_product_close;
use week2_matmul::{matmul, matmul_fast, matmul_fast_threaded};

/// The same tests for every rung.
macro_rules! rung_tests {
    ($rung:ident, $op:literal) => {
        mod $rung {
            use super::*;
            use week2_matmul::$rung as product;

            #[test]
            fn two_by_two_by_hand() {
                let a = matrix![[1.0, 2.0], [3.0, 4.0]];
                let b = matrix![[5.0, 6.0], [7.0, 8.0]];
                let c = product(&a, &b).unwrap();
                assert_eq!(
                    c,
                    matrix![[19.0, 22.0], [43.0, 50.0]],
                    "{}: [[1,2],[3,4]]·[[5,6],[7,8]]",
                    $op
                );
            }

            #[test]
            fn rectangular_by_hand() {
                // (2×3)·(3×2): rows of A against columns of B.
                let a = matrix![[1.0, 0.0, 2.0], [0.0, 3.0, -1.0]];
                let b = matrix![[1.0, 2.0], [3.0, 4.0], [5.0, 6.0]];
                assert_eq!(
                    product(&a, &b).unwrap(),
                    matrix![[11.0, 14.0], [4.0, 6.0]],
                    "{}: [[1,0,2],[0,3,-1]]·[[1,2],[3,4],[5,6]] (left: got, right: want)",
                    $op
                );
                // (3×2)·(2×3) is 3×3.
                assert_eq!(
                    product(&b, &a).unwrap().shape(),
                    (3, 3),
                    "{}: the shape of (3×2)·(2×3) (left: got, right: want)",
                    $op
                );
            }

            #[test]
            fn random_products_agree_with_the_naive_one() {
                for (m, k, n) in [
                    (3, 4, 5),
                    (13, 17, 11),
                    (40, 40, 40),
                    (70, 9, 66),
                    (1, 30, 1),
                    // Every dimension just past a multiple of 64 (matmul_blocked's BLOCK):
                    // each direction has a ragged edge tile.
                    (66, 70, 67),
                ] {
                    let a = gallery::random_matrix(m, k, (m * 1000 + k) as u64);
                    let b = gallery::random_matrix(k, n, (k * 1000 + n) as u64);
                    let c = product(&a, &b).unwrap();
                    assert_product_close(&format!("{} on {m}×{k} · {k}×{n}", $op), &a, &b, &c);
                }
            }

            #[test]
            fn identity_and_zero() {
                let a = gallery::random_matrix(9, 6, 77);
                assert_eq!(
                    product(&Matrix::identity(9), &a).unwrap(),
                    a,
                    "{}: I·A",
                    $op
                );
                assert_eq!(
                    product(&a, &Matrix::identity(6)).unwrap(),
                    a,
                    "{}: A·I",
                    $op
                );
                assert_eq!(
                    product(&a, &Matrix::zeros(6, 4)).unwrap(),
                    Matrix::zeros(9, 4),
                    "{}: A·0",
                    $op
                );
            }

            #[test]
            fn zero_sized_products_are_well_shaped_zeros() {
                let c = product(&Matrix::zeros(0, 5), &Matrix::zeros(5, 3)).unwrap();
                assert_eq!(c.shape(), (0, 3), "{}: (0×5)·(5×3)", $op);
                let c = product(&Matrix::zeros(3, 0), &Matrix::zeros(0, 4)).unwrap();
                assert_eq!(
                    c,
                    Matrix::zeros(3, 4),
                    "{}: (3×0)·(0×4) is the 3×4 zero matrix",
                    $op
                );
            }

            #[test]
            fn shape_mismatch_is_an_error_naming_both_shapes() {
                let r: Result<Matrix> = product(&Matrix::zeros(2, 3), &Matrix::zeros(2, 3));
                assert_eq!(
                    r,
                    Err(LinalgError::ShapeMismatch {
                        op: $op,
                        left: (2, 3),
                        right: (2, 3)
                    }),
                    "{}: (2×3)·(2×3) (left: got, right: want)",
                    $op
                );
                // Inner dimension of A SMALLER than B's: looping p over 0..a.cols() would
                // silently ignore B's last row.
                let r: Result<Matrix> = product(&Matrix::zeros(3, 2), &Matrix::zeros(3, 2));
                assert_eq!(
                    r,
                    Err(LinalgError::ShapeMismatch {
                        op: $op,
                        left: (3, 2),
                        right: (3, 2)
                    }),
                    "{}: (3×2)·(3×2)",
                    $op
                );
            }

            #[test]
            fn nan_propagates_through_a_zero() {
                // c₀₀ = 0·NaN + 1·1 = NaN: a kernel that skips aᵢₚ = 0 returns 1.
                let a = matrix![[0.0, 1.0], [1.0, 1.0]];
                let b = matrix![[f64::NAN, 1.0], [1.0, 1.0]];
                let c = product(&a, &b).unwrap();
                assert!(
                    c[(0, 0)].is_nan(),
                    "{}: [[0,1],[1,1]]·[[NaN,1],[1,1]] gave {c}",
                    $op
                );
                assert_eq!(
                    c[(0, 1)],
                    1.0,
                    "{}: c₀₁ of [[0,1],[1,1]]·[[NaN,1],[1,1]] = 0·1 + 1·1 (left: got, right: want)",
                    $op
                );
            }
        }
    };
}

rung_tests!(matmul_ijk, "matmul_ijk");
rung_tests!(matmul_ikj, "matmul_ikj");
rung_tests!(matmul_transposed, "matmul_transposed");
rung_tests!(matmul_blocked, "matmul_blocked");
rung_tests!(matmul_fast, "matmul_fast");

#[test]
fn matmul_fast_across_its_cache_blocks() {
    // The fast kernel blocks k by KC = 256, m by MC = 128 and n by NC = 4096: these thin shapes
    // cross each boundary without costing many flops.
    for (m, k, n) in [(5, 300, 7), (150, 20, 9), (3, 2, 4100), (130, 260, 10)] {
        let a = gallery::random_matrix(m, k, (m + k) as u64);
        let b = gallery::random_matrix(k, n, (k + n) as u64);
        let c = matmul_fast(&a, &b).unwrap();
        assert_product_close(&format!("matmul_fast on {m}×{k} · {k}×{n}"), &a, &b, &c);
    }
}

#[test]
fn matmul_fast_threaded_is_the_one_thread_result() {
    let a = gallery::random_matrix(37, 45, 5);
    let b = gallery::random_matrix(45, 29, 6);
    let one = matmul_fast(&a, &b).unwrap();
    for threads in [0, 1, 2, 3, 8] {
        let c = matmul_fast_threaded(&a, &b, threads).unwrap();
        assert_eq!(c, one, "matmul_fast_threaded with {threads} threads");
    }
    assert_eq!(
        matmul_fast_threaded(&Matrix::zeros(3, 0), &Matrix::zeros(0, 4), 2).unwrap(),
        Matrix::zeros(3, 4),
        "matmul_fast_threaded(&Matrix::zeros(3, 0), &Matrix::zeros(0, 4), 2).unwrap() (left: got, right: want)"
    );
    assert!(
        matches!(
            matmul_fast_threaded(&Matrix::zeros(2, 3), &Matrix::zeros(4, 5), 2),
            Err(LinalgError::ShapeMismatch {
                op: "matmul_fast_threaded",
                ..
            })
        ),
        "matmul_fast_threaded(&Matrix::zeros(2, 3), &Matrix::zeros(4, 5), 2): got {:?}, want Err(LinalgError::ShapeMismatch {{ op: \"matmul_fast_threaded\",.. }})",
        matmul_fast_threaded(&Matrix::zeros(2, 3), &Matrix::zeros(4, 5), 2)
    );
}

#[test]
fn matmul_delegates_to_the_fast_kernel() {
    let a = gallery::random_matrix(20, 30, 8);
    let b = gallery::random_matrix(30, 10, 9);
    assert_eq!(
        matmul(&a, &b).unwrap(),
        matmul_fast(&a, &b).unwrap(),
        "matmul(&a, &b).unwrap() with a = {:?}, b = {:?} (left: got, right: want)",
        a,
        b
    );
}
