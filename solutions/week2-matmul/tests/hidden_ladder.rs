//! Hidden tests of the matmul ladder (60 points): every rung on shapes the block sizes do not
//! divide, thin and empty shapes, identity and zero matrices, NaN and ∞, shape errors.

use week1_vectors::testing::points;
use week1_vectors::{LinalgError, Matrix, Result, gallery, matrix};
use week2_matmul::testing::assert_product_close;
use week2_matmul::{
    matmul_blocked, matmul_fast, matmul_fast_threaded, matmul_flops, matmul_ijk, matmul_ikj,
    matmul_transposed,
};

type Product = fn(&Matrix, &Matrix) -> Result<Matrix>;

fn check_shapes(op: &str, product: Product, shapes: &[(usize, usize, usize)], seed: u64) {
    for (t, &(m, k, n)) in shapes.iter().enumerate() {
        let a = gallery::random_matrix(m, k, seed + 2 * t as u64);
        let b = gallery::random_matrix(k, n, seed + 2 * t as u64 + 1);
        let c = product(&a, &b).unwrap_or_else(|e| panic!("{op} on {m}×{k} · {k}×{n}: {e}"));
        assert_product_close(&format!("{op} on {m}×{k} · {k}×{n}"), &a, &b, &c);
    }
}

/// 1×n, n×1, outer-product shapes, and sizes no block size (32, 64, 4, 8, …) divides.
fn check_odd_shapes(op: &str, product: Product) {
    let shapes = [
        (1, 1, 1),
        (1, 57, 1),
        (1, 23, 45),
        (45, 23, 1),
        (31, 1, 17),
        (67, 131, 29),
        (29, 67, 131),
        (65, 65, 65),
        (97, 3, 5),
        (2, 129, 66),
    ];
    check_shapes(op, product, &shapes, 9000);
}

/// Empty products, identity and zero factors (exact: only zeros are added), and scaled inputs
/// (1e150 and 1e-150: the bound is relative to |A||B|, so scaling does not matter).
fn check_special_matrices(op: &str, product: Product) {
    for (m, k, n) in [
        (0, 5, 3),
        (3, 0, 4),
        (4, 3, 0),
        (0, 0, 0),
        (1, 0, 1),
        (0, 7, 0),
    ] {
        let c = product(&Matrix::zeros(m, k), &Matrix::zeros(k, n))
            .unwrap_or_else(|e| panic!("{op} on {m}×{k} · {k}×{n}: {e}"));
        assert_eq!(
            c,
            Matrix::zeros(m, n),
            "{op}: ({m}×{k})·({k}×{n}) must be the {m}×{n} zero matrix"
        );
    }
    let a = gallery::random_matrix(19, 70, 31);
    assert_eq!(
        product(&Matrix::identity(19), &a).unwrap(),
        a,
        "{op}: I·A = A"
    );
    assert_eq!(
        product(&a, &Matrix::identity(70)).unwrap(),
        a,
        "{op}: A·I = A"
    );
    assert_eq!(
        product(&Matrix::zeros(6, 19), &a).unwrap(),
        Matrix::zeros(6, 70),
        "{op}: 0·A = 0"
    );
    let p = gallery::permutation(&[2, 0, 3, 1]);
    let b = gallery::random_matrix(4, 9, 32);
    let pb = product(&p, &b).unwrap();
    for (i, src) in [2, 0, 3, 1].into_iter().enumerate() {
        assert_eq!(
            pb.row(i),
            b.row(src),
            "{op}: a permutation matrix permutes rows"
        );
    }
    let big = gallery::random_matrix(12, 33, 33).map(|x| x * 1e150);
    let tiny = gallery::random_matrix(33, 14, 34).map(|x| x * 1e-150);
    assert_product_close(
        &format!("{op} on 1e150·A times 1e-150·B"),
        &big,
        &tiny,
        &product(&big, &tiny).unwrap(),
    );
}

/// NaN and ∞ propagate (no shortcut for zeros), and mismatched shapes are errors.
fn check_nan_and_errors(op: &'static str, product: Product) {
    let a = matrix![[1.0, 0.0, 2.0], [0.0, 0.0, 0.0]];
    let b = matrix![[1.0, 2.0], [f64::NAN, 3.0], [4.0, f64::INFINITY]];
    let c = product(&a, &b).unwrap();
    assert!(
        c[(0, 0)].is_nan(),
        "{op}: 1·1 + 0·NaN + 2·4 is NaN, got {}",
        c[(0, 0)]
    );
    assert_eq!(c[(0, 1)], f64::INFINITY, "{op}: 1·2 + 0·3 + 2·∞ is ∞");
    assert!(c[(1, 0)].is_nan(), "{op}: 0·1 + 0·NaN + 0·4 is NaN");
    assert!(c[(1, 1)].is_nan(), "{op}: 0·∞ is NaN");
    // A NaN in a larger matrix poisons exactly one column of the product.
    let mut b = gallery::random_matrix(41, 23, 35);
    b[(17, 5)] = f64::NAN;
    let a = gallery::random_matrix(37, 41, 36);
    let c = product(&a, &b).unwrap();
    assert_product_close(&format!("{op} with a NaN in B"), &a, &b, &c);
    for (m, k, k2, n) in [(3, 4, 5, 6), (1, 2, 1, 2), (5, 0, 1, 5), (2, 3, 0, 3)] {
        assert_eq!(
            product(&Matrix::zeros(m, k), &Matrix::zeros(k2, n)),
            Err(LinalgError::ShapeMismatch {
                op,
                left: (m, k),
                right: (k2, n)
            }),
            "{op}: ({m}×{k})·({k2}×{n})"
        );
    }
}

#[test]
fn ijk_odd_shapes() {
    let _points = points(5);
    check_odd_shapes("matmul_ijk", matmul_ijk);
}

#[test]
fn ijk_special_matrices() {
    let _points = points(3);
    check_special_matrices("matmul_ijk", matmul_ijk);
}

#[test]
fn ijk_nan_and_errors() {
    let _points = points(2);
    check_nan_and_errors("matmul_ijk", matmul_ijk);
}

#[test]
fn ikj_odd_shapes() {
    let _points = points(5);
    check_odd_shapes("matmul_ikj", matmul_ikj);
}

#[test]
fn ikj_special_matrices() {
    let _points = points(3);
    check_special_matrices("matmul_ikj", matmul_ikj);
}

#[test]
fn ikj_nan_and_errors() {
    let _points = points(2);
    check_nan_and_errors("matmul_ikj", matmul_ikj);
}

#[test]
fn transposed_odd_shapes() {
    let _points = points(5);
    check_odd_shapes("matmul_transposed", matmul_transposed);
}

#[test]
fn transposed_special_matrices() {
    let _points = points(3);
    check_special_matrices("matmul_transposed", matmul_transposed);
}

#[test]
fn transposed_nan_and_errors() {
    let _points = points(2);
    check_nan_and_errors("matmul_transposed", matmul_transposed);
}

#[test]
fn blocked_odd_shapes() {
    let _points = points(5);
    check_odd_shapes("matmul_blocked", matmul_blocked);
}

#[test]
fn blocked_special_matrices() {
    let _points = points(3);
    check_special_matrices("matmul_blocked", matmul_blocked);
}

#[test]
fn blocked_nan_and_errors() {
    let _points = points(2);
    check_nan_and_errors("matmul_blocked", matmul_blocked);
}

#[test]
fn fast_odd_shapes() {
    let _points = points(5);
    check_odd_shapes("matmul_fast", matmul_fast);
}

#[test]
fn fast_special_matrices() {
    let _points = points(3);
    check_special_matrices("matmul_fast", matmul_fast);
}

#[test]
fn fast_nan_and_errors() {
    let _points = points(2);
    check_nan_and_errors("matmul_fast", matmul_fast);
}

#[test]
fn fast_across_its_cache_blocks() {
    let _points = points(4);
    // Cross KC = 256 (several times), MC = 128 and NC = 4096, with ragged remainders; thin
    // shapes keep the flops low.
    let shapes = [
        (3, 515, 11),
        (135, 7, 13),
        (2, 3, 4099),
        (129, 257, 9),
        (9, 1, 4097),
    ];
    check_shapes("matmul_fast", matmul_fast, &shapes, 9100);
}

#[test]
fn fast_threaded_matches_and_handles_edges() {
    let _points = points(4);
    let a = gallery::random_matrix(53, 38, 40);
    let b = gallery::random_matrix(38, 21, 41);
    let one = matmul_fast(&a, &b).unwrap();
    assert_product_close("matmul_fast on 53×38 · 38×21", &a, &b, &one);
    for threads in [1, 2, 4, 7, 60] {
        assert_eq!(
            matmul_fast_threaded(&a, &b, threads).unwrap(),
            one,
            "matmul_fast_threaded with {threads} threads must equal matmul_fast bit for bit"
        );
    }
    for (m, k, n) in [(1, 5, 1), (3, 0, 4), (0, 5, 3), (5, 3, 0), (131, 2, 3)] {
        let a = gallery::random_matrix(m, k, 42);
        let b = gallery::random_matrix(k, n, 43);
        let c = matmul_fast_threaded(&a, &b, 3).unwrap();
        assert_product_close(
            &format!("matmul_fast_threaded on {m}×{k} · {k}×{n}"),
            &a,
            &b,
            &c,
        );
    }
    assert_eq!(
        matmul_fast_threaded(&Matrix::zeros(4, 2), &Matrix::zeros(3, 4), 2),
        Err(LinalgError::ShapeMismatch {
            op: "matmul_fast_threaded",
            left: (4, 2),
            right: (3, 4)
        }),
        "matmul_fast_threaded(&Matrix::zeros(4, 2), &Matrix::zeros(3, 4), 2) (left: got, right: want)"
    );
}

#[test]
fn flops_count() {
    let _points = points(2);
    assert_eq!(
        matmul_flops(3, 5, 7),
        210,
        "matmul_flops(3, 5, 7) (left: got, right: want)"
    );
    assert_eq!(
        matmul_flops(1000, 1, 1),
        2000,
        "matmul_flops(1000, 1, 1) (left: got, right: want)"
    );
    assert_eq!(
        matmul_flops(67, 29, 131),
        2 * 67 * 29 * 131,
        "matmul_flops(67, 29, 131) (left: got, right: want)"
    );
    assert_eq!(
        matmul_flops(7, 0, 7),
        0,
        "matmul_flops(7, 0, 7) (left: got, right: want)"
    );
    assert_eq!(
        matmul_flops(1 << 30, 1 << 30, 1 << 30),
        u64::MAX,
        "matmul_flops(1 << 30, 1 << 30, 1 << 30) (left: got, right: want)"
    );
}
