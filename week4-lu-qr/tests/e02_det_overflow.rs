//! Public tests: Lu::det out of `f64`'s range (src/lu.rs), by the course's rule for every
//! determinant (week 3's src/pow2.rs): never NaN, `±∞` exactly when `|det| > f64::MAX`, and
//! the exact value when it is representable even if a running product of the pivots is not.
//!
//! Run just these with `cargo test -p week4-lu-qr --test e02_det_overflow`.
//!
//! Expected values are exact: powers of two and Pascal matrices (det 1) scale without rounding.

use week1_vectors::{Matrix, gallery};
use week4_lu_qr::lu;

#[test]
fn det_overflows_only_when_the_determinant_does() {
    // 2^996·pascal(8): det = 2^7968 → +∞ (and −∞ after a row swap); never NaN.
    let a = gallery::scaled(&gallery::pascal(8), 2f64.powi(996));
    let d = lu(&a).expect("lu of a finite square matrix").det();
    assert_eq!(
        d,
        f64::INFINITY,
        "Lu::det(2^996·pascal(8)): det = 2^7968 overflows, expected +inf, got {d}"
    );
    let mut b = a.clone();
    b.swap_rows(2, 5);
    let d = lu(&b).expect("lu of a finite square matrix").det();
    assert_eq!(
        d,
        f64::NEG_INFINITY,
        "Lu::det(2^996·pascal(8), rows 2 and 5 swapped): det = −2^7968, expected -inf, got {d}"
    );
    // diag(2^700, 2^700, 2^-700, −2^-700): det = −1 exactly, although 2^700·2^700 = ∞.
    let diag = [
        2f64.powi(700),
        2f64.powi(700),
        2f64.powi(-700),
        -(2f64.powi(-700)),
    ];
    let a = Matrix::from_fn(4, 4, |i, j| if i == j { diag[i] } else { 0.0 });
    let d = lu(&a).expect("lu of a diagonal matrix").det();
    assert_eq!(
        d, -1.0,
        "Lu::det(diag(2^700, 2^700, 2^-700, −2^-700)): det = −1 exactly, got {d} (a running \
         product of the pivots overflows to ∞ at the second one)"
    );
}
