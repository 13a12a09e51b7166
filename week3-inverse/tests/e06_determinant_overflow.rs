//! Public tests: the course's rule for a determinant out of `f64`'s range, in `determinant` and
//! `det_cofactor` (src/determinant.rs, with the given src/pow2.rs): never NaN for finite input,
//! `±∞` exactly when `|det| > f64::MAX`, and the exact value when it is representable even if a
//! running product is not.
//!
//! Run just these with `cargo test -p week3-inverse --test e06_determinant_overflow`.
//!
//! Expected values are exact: powers of two and Pascal matrices (det 1) scale without rounding.

use week1_vectors::{Matrix, gallery, matrix};
use week3_inverse::{det_cofactor, determinant};

fn both(a: &Matrix) -> [(&'static str, f64); 2] {
    [
        ("determinant", determinant(a).expect("finite square input")),
        (
            "det_cofactor",
            det_cofactor(a).expect("finite square input, n ≤ 11"),
        ),
    ]
}

#[test]
fn entries_near_1e300_overflow_to_infinity_not_nan() {
    // 2^996·pascal(8): det = 2^(8·996) · 1, far above f64::MAX. Expanded as it stands, the
    // cofactor terms are ±∞ and their sum ∞ − ∞ is NaN.
    let s = 2f64.powi(996);
    let a = gallery::scaled(&gallery::pascal(8), s);
    for (name, d) in both(&a) {
        assert_eq!(
            d,
            f64::INFINITY,
            "{name}(2^996·pascal(8)) (entries up to 2.3e303): det = 2^7968 overflows, expected \
             +inf, got {d}"
        );
    }
    // A negative determinant overflows to −∞: swap two rows.
    let mut b = a.clone();
    b.swap_rows(0, 1);
    for (name, d) in both(&b) {
        assert_eq!(
            d,
            f64::NEG_INFINITY,
            "{name}(2^996·pascal(8) with rows 0 and 1 swapped): det = −2^7968, expected -inf, \
             got {d}"
        );
    }
}

#[test]
fn a_representable_determinant_survives_a_running_product_that_is_not() {
    // diag(2^700, 2^700, 2^-700, −2^-700), as it is and permuted: det = ∓1 exactly, while
    // 2^700 · 2^700 overflows and 2^-700 · 2^-700 underflows.
    let (big, small) = (2f64.powi(700), 2f64.powi(-700));
    let d = [big, big, small, -small];
    let diag = Matrix::from_fn(4, 4, |i, j| if i == j { d[i] } else { 0.0 });
    for (name, got) in both(&diag) {
        assert_eq!(
            got, -1.0,
            "{name}(diag(2^700, 2^700, 2^-700, −2^-700)): det = −1 exactly, got {got}"
        );
    }
    let perm = [2, 0, 3, 1]; // row i holds d[perm[i]] in column perm[i]
    let a = Matrix::from_fn(4, 4, |i, j| if j == perm[i] { d[j] } else { 0.0 });
    // det = sign(perm) · Π d = sign(perm) · (−1); perm = (0 2 3 1) is a 4-cycle: odd.
    for (name, got) in both(&a) {
        assert_eq!(
            got, 1.0,
            "{name}(permuted diag(2^700, 2^700, 2^-700, −2^-700)): det = (−1)·(−1) = 1 \
             exactly, got {got}"
        );
    }
    // Rows of very different scales: det [[2^500, 2^501], [3·2^-500, 2^-498]] = 4 − 6 = −2.
    let a = matrix![
        [2f64.powi(500), 2f64.powi(501)],
        [3.0 * 2f64.powi(-500), 2f64.powi(-498)]
    ];
    for (name, got) in both(&a) {
        assert_eq!(
            got, -2.0,
            "{name}([[2^500, 2^501], [3·2^-500, 2^-498]]): det = 4 − 6 = −2 exactly, got {got}"
        );
    }
}
