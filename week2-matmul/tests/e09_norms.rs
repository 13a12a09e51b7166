//! Public tests of `norm_frobenius`, `norm_1` and `norm_inf`.

use week1_vectors::testing::{frobenius, norm_inf as naive_norm_inf, norm1};
use week1_vectors::{Matrix, gallery, matrix};
use week2_matmul::{norm_1, norm_frobenius, norm_inf};

#[test]
fn norms_by_hand() {
    let a = matrix![[1.0, -2.0], [-3.0, 4.0]];
    assert_eq!(norm_1(&a), 6.0, "norm_1: column sums 4 and 6");
    assert_eq!(norm_inf(&a), 7.0, "norm_inf: row sums 3 and 7");
    assert_eq!(
        norm_frobenius(&matrix![[3.0, 0.0], [0.0, 4.0]]),
        5.0,
        "norm_frobenius(&matrix![[3.0, 0.0], [0.0, 4.0]]) (left: got, right: want)"
    );
}

#[test]
fn norms_of_random_matrices() {
    for (m, n, seed) in [(1, 8, 1), (8, 1, 2), (12, 20, 3)] {
        let a = gallery::random_matrix(m, n, seed);
        // Sums of |aᵢⱼ| in different orders: a few ulps apart at most.
        let close = |x: f64, y: f64| (x - y).abs() <= 1e-14 * y;
        assert!(close(norm_1(&a), norm1(&a)), "norm_1 of a {m}×{n}");
        assert!(
            close(norm_inf(&a), naive_norm_inf(&a)),
            "norm_inf of a {m}×{n}"
        );
        assert!(
            close(norm_frobenius(&a), frobenius(&a)),
            "norm_frobenius of a {m}×{n}"
        );
    }
}

#[test]
fn norms_of_empty_matrices_are_zero() {
    for shape in [(0, 0), (0, 3), (3, 0)] {
        let a = Matrix::zeros(shape.0, shape.1);
        assert_eq!(norm_1(&a), 0.0, "norm_1 of {shape:?}");
        assert_eq!(norm_inf(&a), 0.0, "norm_inf of {shape:?}");
        assert_eq!(norm_frobenius(&a), 0.0, "norm_frobenius of {shape:?}");
    }
}

#[test]
fn frobenius_does_not_overflow_or_underflow() {
    let big = norm_frobenius(&matrix![[1e200, 1e200], [1e200, 1e200]]);
    assert!(
        (big / 2e200 - 1.0).abs() < 1e-15,
        "‖[[1e200]×4]‖_F = {big}, want 2e200"
    );
    let small = norm_frobenius(&matrix![[3e-200], [4e-200]]);
    assert!(
        (small / 5e-200 - 1.0).abs() < 1e-15,
        "‖[3e-200, 4e-200]‖_F = {small}, want 5e-200"
    );
}

#[test]
fn norms_propagate_nan() {
    let a = matrix![[1.0, f64::NAN], [2.0, 3.0]];
    assert!(
        norm_1(&a).is_nan(),
        "norm_1 with a NaN entry gave {}",
        norm_1(&a)
    );
    assert!(
        norm_inf(&a).is_nan(),
        "norm_inf with a NaN entry gave {}",
        norm_inf(&a)
    );
    assert!(
        norm_frobenius(&a).is_nan(),
        "norm_frobenius with a NaN entry"
    );
}
