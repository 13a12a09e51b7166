//! Hidden tests: linear_combination and lerp (7 points).

use week1_vectors::testing::points;
use week1_vectors::{LinalgError, Vector, vector};

#[test]
fn combination_values() {
    let _points = points(2);
    let v = [vector![1.0, 2.0], vector![-1.0, 0.5], vector![4.0, 4.0]];
    assert_eq!(
        Vector::linear_combination(&[1.0, 2.0, 0.25], &v).unwrap(),
        vector![1.0 - 2.0 + 1.0, 2.0 + 1.0 + 1.0],
        "Vector::linear_combination(&[1.0, 2.0, 0.25], &v).unwrap() with v = {:?} (left: got, right: want)",
        v
    );
    assert_eq!(
        Vector::linear_combination(&[0.0, 0.0, 0.0], &v).unwrap(),
        vector![0.0, 0.0],
        "Vector::linear_combination(&[0.0, 0.0, 0.0], &v).unwrap() with v = {:?} (left: got, right: want)",
        v
    );
    let one = [vector![1e300, -1e-300]];
    assert_eq!(
        Vector::linear_combination(&[-2.0], &one).unwrap(),
        vector![-2e300, 2e-300],
        "Vector::linear_combination(&[-2.0], &one).unwrap() with one = {:?} (left: got, right: want)",
        one
    );
}

#[test]
fn combination_errors() {
    let _points = points(2);
    assert_eq!(
        Vector::linear_combination(&[1.0], &[]),
        Err(LinalgError::LengthMismatch {
            op: "linear_combination",
            left: 1,
            right: 0
        }),
        "Vector::linear_combination(&[1.0], &[]) (left: got, right: want)"
    );
    assert_eq!(
        Vector::linear_combination(&[1.0], &[vector![1.0], vector![2.0]]),
        Err(LinalgError::LengthMismatch {
            op: "linear_combination",
            left: 1,
            right: 2
        }),
        "Vector::linear_combination(&[1.0], &[vector![1.0], vector![2.0]]) (left: got, right: want)"
    );
    let ragged = [vector![1.0, 2.0, 3.0], vector![1.0, 2.0, 3.0], vector![1.0]];
    assert_eq!(
        Vector::linear_combination(&[1.0, 1.0, 1.0], &ragged),
        Err(LinalgError::LengthMismatch {
            op: "linear_combination",
            left: 3,
            right: 1
        }),
        "Vector::linear_combination(&[1.0, 1.0, 1.0], &ragged) with ragged = {:?} (left: got, right: want)",
        ragged
    );
    // A LATER vector longer than the first: a `zip` over the first's length would silently
    // drop its last entry instead of reporting the mismatch.
    let longer = [vector![1.0, 2.0], vector![3.0, 4.0, 5.0]];
    assert_eq!(
        Vector::linear_combination(&[1.0, 1.0], &longer),
        Err(LinalgError::LengthMismatch {
            op: "linear_combination",
            left: 2,
            right: 3
        }),
        "linear_combination(&[1, 1], &[[1, 2], [3, 4, 5]]): the second vector is longer"
    );
    assert_eq!(
        Vector::linear_combination(&[], &[]),
        Err(LinalgError::Empty {
            op: "linear_combination"
        }),
        "Vector::linear_combination(&[], &[]) (left: got, right: want)"
    );
}

#[test]
fn lerp_values_and_mismatch() {
    let _points = points(1);
    let x = vector![2.0, -4.0, 0.0];
    let y = vector![6.0, 4.0, 1.0];
    assert_eq!(
        x.lerp(&y, 0.75).unwrap(),
        vector![5.0, 2.0, 0.75],
        "x.lerp(&y, 0.75).unwrap() with x = {:?}, y = {:?} (left: got, right: want)",
        x,
        y
    );
    assert_eq!(
        x.lerp(&y, 3.0).unwrap(),
        vector![14.0, 20.0, 3.0],
        "x.lerp(&y, 3.0).unwrap() with x = {:?}, y = {:?} (left: got, right: want)",
        x,
        y
    );
    assert_eq!(
        x.lerp(&vector![], 0.5),
        Err(LinalgError::LengthMismatch {
            op: "lerp",
            left: 3,
            right: 0
        }),
        "x.lerp(&vector![], 0.5) with x = {:?} (left: got, right: want)",
        x
    );
}

#[test]
fn lerp_endpoints_are_exact() {
    let _points = points(1);
    let x = vector![1e17, 1e-300, -7.0, 3e16];
    let y = vector![0.1, -5.0, 1e20, 0.3];
    assert_eq!(x.lerp(&y, 1.0).unwrap(), y, "t = 1");
    assert_eq!(x.lerp(&y, 0.0).unwrap(), x, "t = 0");
    assert_eq!(y.lerp(&x, 1.0).unwrap(), x, "reversed, t = 1");
}

#[test]
fn lerp_does_not_overflow() {
    let _points = points(1);
    let m = vector![-1.5e308, 1.5e308]
        .lerp(&vector![1.5e308, -1.5e308], 0.5)
        .unwrap();
    assert_eq!(m, vector![0.0, 0.0], "midpoints of ±1.5e308");
    let q = vector![-1e308].lerp(&vector![1e308], 0.25).unwrap();
    assert_eq!(
        q,
        vector![-5e307],
        "a quarter of the way from −1e308 to 1e308"
    );
}
