//! Hidden tests: Vector::add, sub, scale and the operators (10 points).

use week1_vectors::testing::{expect_panic, points};
use week1_vectors::{LinalgError, Vector, vector};

#[test]
fn add_values_overflow_and_empty() {
    let _points = points(2);
    let s = vector![0.5, -1.0, 1e300, 7.0]
        .add(&vector![0.25, 1.0, 1e300, -7.0])
        .unwrap();
    assert_eq!(s, vector![0.75, 0.0, 2e300, 0.0], "add");
    let s = vector![1.5e308].add(&vector![1.5e308]).unwrap();
    assert_eq!(s[0], f64::INFINITY, "1.5e308 + 1.5e308 overflows to ∞");
    assert_eq!(vector![].add(&vector![]).unwrap().len(), 0, "[] + []");
}

#[test]
fn add_sub_length_mismatch() {
    let _points = points(2);
    assert_eq!(
        vector![].add(&vector![1.0]),
        Err(LinalgError::LengthMismatch {
            op: "add",
            left: 0,
            right: 1
        }),
        "vector![].add(&vector![1.0]) (left: got, right: want)"
    );
    assert_eq!(
        Vector::zeros(4).sub(&Vector::zeros(3)),
        Err(LinalgError::LengthMismatch {
            op: "sub",
            left: 4,
            right: 3
        }),
        "Vector::zeros(4).sub(&Vector::zeros(3)) (left: got, right: want)"
    );
}

#[test]
fn sub_values_and_nan() {
    let _points = points(2);
    let d = vector![3.0, f64::NAN, -1e308, 0.3]
        .sub(&vector![5.0, 1.0, 1e308, 0.1])
        .unwrap();
    assert_eq!(
        d[0], -2.0,
        "[3, NaN, -1e308, 0.3] − [5, 1, 1e308, 0.1] = {d}: entry 0 (left: got, right: want)"
    );
    assert!(d[1].is_nan(), "NaN − 1 = NaN");
    assert_eq!(d[2], f64::NEG_INFINITY, "−1e308 − 1e308 overflows");
    assert_eq!(d[3], 0.3 - 0.1, "0.3 − 0.1 = {}", 0.3 - 0.1);
}

#[test]
fn scale_values() {
    let _points = points(2);
    assert_eq!(
        vector![2.0, -4.0, 0.0].scale(-0.5),
        vector![-1.0, 2.0, -0.0],
        "vector![2.0, -4.0, 0.0].scale(-0.5) (left: got, right: want)"
    );
    let s = vector![f64::NAN, f64::NEG_INFINITY, 1.0].scale(0.0);
    assert!(
        s[0].is_nan() && s[1].is_nan(),
        "0·NaN and 0·(−∞) are NaN: {s}"
    );
    assert_eq!(
        s[2], 0.0,
        "0·[NaN, −∞, 1] = {s}: entry 2 (left: got, right: want)"
    );
    assert_eq!(
        vector![1e200].scale(1e200)[0],
        f64::INFINITY,
        "vector![1e200].scale(1e200)[0] (left: got, right: want)"
    );
    assert_eq!(
        Vector::zeros(0).scale(3.0).len(),
        0,
        "Vector::zeros(0).scale(3.0).len() (left: got, right: want)"
    );
}

#[test]
fn operators_and_their_panics() {
    let _points = points(2);
    let x = vector![1.0, -1.0, 2.0, 0.5];
    let y = vector![4.0, 4.0, 4.0, 4.0];
    assert_eq!(
        &x + &y,
        vector![5.0, 3.0, 6.0, 4.5],
        "operators_and_their_panics: &x + &y with x = {:?}, y = {:?} (left: got, right: want)",
        x,
        y
    );
    assert_eq!(
        &x - &y,
        vector![-3.0, -5.0, -2.0, -3.5],
        "operators_and_their_panics: &x - &y with x = {:?}, y = {:?} (left: got, right: want)",
        x,
        y
    );
    assert_eq!(
        &x * -2.0,
        vector![-2.0, 2.0, -4.0, -1.0],
        "&x * -2.0 with x = {:?} (left: got, right: want)",
        x
    );
    assert_eq!(
        0.5 * &y,
        vector![2.0, 2.0, 2.0, 2.0],
        "0.5 * &y with y = {:?} (left: got, right: want)",
        y
    );
    assert_eq!(
        -&y,
        vector![-4.0, -4.0, -4.0, -4.0],
        "operators_and_their_panics: -&y with y = {:?} (left: got, right: want)",
        y
    );
    expect_panic(
        "add: length mismatch: left has 4 entries, right has 1",
        || {
            let _ = &vector![1.0, 2.0, 3.0, 4.0] + &vector![1.0];
        },
    );
    expect_panic(
        "sub: length mismatch: left has 0 entries, right has 2",
        || {
            let _ = &vector![] - &vector![1.0, 2.0];
        },
    );
}
