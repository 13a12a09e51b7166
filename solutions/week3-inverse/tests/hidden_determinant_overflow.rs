//! Hidden tests: determinants out of `f64`'s range (`determinant`, `det_cofactor`), on inputs the
//! public tests do not show: the largest cofactor size, underflow to zero, rows spanning 2^±1000
//! (4 points).
//!
//! The rule (src/pow2.rs): never NaN for finite input, `±∞` exactly when `|det| > f64::MAX`,
//! `±0` exactly when below the subnormal range, the exact value in between. Expected values are
//! exact: powers of two and Pascal matrices (det 1) scale without rounding.

use week1_vectors::testing::points;
use week1_vectors::{Matrix, gallery};
use week3_inverse::{det_cofactor, determinant};

fn both(what: &str, a: &Matrix) -> [(&'static str, f64); 2] {
    let d = determinant(a).unwrap_or_else(|e| panic!("determinant({what}): finite input: {e}"));
    let c = det_cofactor(a).unwrap_or_else(|e| panic!("det_cofactor({what}): n ≤ 11: {e}"));
    [("determinant", d), ("det_cofactor", c)]
}

#[test]
fn overflow_and_underflow_of_the_determinant_itself() {
    let _points = points(2);
    // 2^1000·pascal(9): entries up to 12870·2^1000 ≈ 1.4e305, det = 2^9000: +∞, and −∞ with
    // one row swap. Expanded as it stands: ∞ − ∞ = NaN.
    let a = gallery::scaled(&gallery::pascal(9), 2f64.powi(1000));
    for (name, d) in both("2^1000·pascal(9)", &a) {
        assert_eq!(
            d,
            f64::INFINITY,
            "{name}(2^1000·pascal(9)): det = 2^9000, expected +inf, got {d}"
        );
    }
    let mut b = a.clone();
    b.swap_rows(3, 7);
    for (name, d) in both("2^1000·pascal(9), rows 3 and 7 swapped", &b) {
        assert_eq!(
            d,
            f64::NEG_INFINITY,
            "{name}(2^1000·pascal(9) with rows 3 and 7 swapped): det = −2^9000, expected -inf, got {d}"
        );
    }
    // 2^-1000·pascal(7): det = 2^-7000, below the subnormals: 0, not NaN.
    let c = gallery::scaled(&gallery::pascal(7), 2f64.powi(-1000));
    for (name, d) in both("2^-1000·pascal(7)", &c) {
        assert_eq!(
            d, 0.0,
            "{name}(2^-1000·pascal(7)): det = 2^-7000 underflows, expected 0, got {d}"
        );
    }
    // det = 2^-1070·1: a subnormal, representable, returned exactly.
    let e = Matrix::from_fn(3, 3, |i, j| {
        if i == j {
            [2f64.powi(-600), 2f64.powi(-600), 2f64.powi(130)][i]
        } else {
            0.0
        }
    });
    for (name, d) in both("diag(2^-600, 2^-600, 2^130)", &e) {
        assert_eq!(
            d,
            // 2^-1070 = 16·2^-1074 (16 times the smallest subnormal), written exactly: `powi(-1070)`
            // is not (f64::powi's precision is unspecified; unoptimised builds compute 1/2^1070 = 0).
            f64::from_bits(16),
            "{name}(diag(2^-600, 2^-600, 2^130)): det = 2^-1070, a subnormal, expected exactly, got {d:e}"
        );
    }
}

#[test]
fn representable_determinants_of_rows_spanning_2_to_the_1000() {
    let _points = points(2);
    // Rows scaled by 2^1000, 2^1000, 2^-1000, 2^-1000, 1 of the unit upper triangular
    // U = pascal_lower(5)ᵀ: det = 1 exactly (no rounding anywhere: elimination has nothing to
    // eliminate, the expansion one nonzero term), while products in the natural order overflow
    // (2^1000·2^1000) or underflow (2^-1000·2^-1000).
    let scales = [
        2f64.powi(1000),
        2f64.powi(1000),
        2f64.powi(-1000),
        2f64.powi(-1000),
        1.0,
    ];
    let l = gallery::pascal_lower(5);
    let p = Matrix::from_fn(5, 5, |i, j| l[(j, i)]);
    let a = Matrix::from_fn(5, 5, |i, j| scales[i] * p[(i, j)]);
    for (name, d) in both(
        "rows of pascal_lower(5)ᵀ scaled by 2^(1000, 1000, −1000, −1000, 0)",
        &a,
    ) {
        assert_eq!(
            d, 1.0,
            "{name}(rows of pascal_lower(5)ᵀ scaled by 2^(1000, 1000, −1000, −1000, 0)): det = 1 \
             exactly, got {d}"
        );
    }
    // The same rows in another order, one of them negated.
    let order = [2, 0, 4, 3, 1];
    let b = Matrix::from_fn(5, 5, |i, j| {
        let r = order[i];
        let s = if r == 3 { -scales[r] } else { scales[r] };
        s * p[(r, j)]
    });
    // Row permutation (0 2 4 1)(3): a 4-cycle, odd: det = −1 · (−1) = 1.
    for (name, d) in both("reordered rows, one negated", &b) {
        assert_eq!(
            d, 1.0,
            "{name}(pascal_lower(5)ᵀ rows reordered (2, 0, 4, 3, 1), scaled by 2^±1000, row 3 negated): \
             det = (−1)·(−1) = 1 exactly, got {d}"
        );
    }
}
