//! Public tests: Vector::add, sub, scale and the operators + − * (src/arithmetic.rs).
//!
//! Run just these with `cargo test -p week1-vectors --test e01_arithmetic`.

use week1_vectors::gallery::random_vector;
use week1_vectors::testing::{EPS, expect_panic};
use week1_vectors::{LinalgError, Vector, vector};

#[test]
fn add_small() {
    let x = vector![1.0, 2.0, 3.0];
    let y = vector![4.0, -5.0, 0.5];
    assert_eq!(x.add(&y).unwrap(), vector![5.0, -3.0, 3.5], "{x} + {y}");
}

#[test]
fn add_empty() {
    assert_eq!(vector![].add(&vector![]).unwrap(), vector![], "[] + []");
}

#[test]
fn add_length_mismatch() {
    assert_eq!(
        vector![1.0, 2.0, 3.0].add(&vector![1.0, 2.0]),
        Err(LinalgError::LengthMismatch {
            op: "add",
            left: 3,
            right: 2
        }),
        "adding a 3-vector and a 2-vector must be an error, not a truncated sum"
    );
}

#[test]
fn add_nan_propagates() {
    let s = vector![1.0, f64::NAN].add(&vector![1.0, 1.0]).unwrap();
    assert_eq!(
        s[0], 2.0,
        "[1, NaN] + [1, 1] = {s}: entry 0 (left: got, right: want)"
    );
    assert!(s[1].is_nan(), "1 + NaN must be NaN, got {}", s[1]);
}

#[test]
fn sub_small() {
    let x = vector![5.0, 1.0];
    let y = vector![2.0, 3.0];
    assert_eq!(x.sub(&y).unwrap(), vector![3.0, -2.0], "{x} − {y}");
    assert_eq!(x.sub(&x).unwrap(), vector![0.0, 0.0], "x − x");
}

#[test]
fn sub_length_mismatch() {
    assert_eq!(
        vector![1.0].sub(&vector![1.0, 2.0]),
        Err(LinalgError::LengthMismatch {
            op: "sub",
            left: 1,
            right: 2
        }),
        "vector![1.0].sub(&vector![1.0, 2.0]) (left: got, right: want)"
    );
}

#[test]
fn scale_small() {
    assert_eq!(
        vector![1.0, -2.0, 0.5].scale(4.0),
        vector![4.0, -8.0, 2.0],
        "vector![1.0, -2.0, 0.5].scale(4.0) (left: got, right: want)"
    );
    assert_eq!(vector![].scale(4.0), vector![], "scaling the empty vector");
}

#[test]
fn scale_by_zero_of_infinity_is_nan() {
    let s = vector![1.0, f64::INFINITY].scale(0.0);
    assert_eq!(
        s[0], 0.0,
        "0·[1, ∞] = {s}: entry 0 (left: got, right: want)"
    );
    assert!(s[1].is_nan(), "0·∞ is NaN in IEEE 754, got {}", s[1]);
}

#[test]
fn algebra_on_random_vectors() {
    for seed in 0..20 {
        let x = random_vector(9, seed);
        let y = random_vector(9, seed + 1000);
        // Floating-point addition is commutative (not associative): exact equality.
        assert_eq!(
            x.add(&y).unwrap(),
            y.add(&x).unwrap(),
            "x + y = y + x, seed {seed}"
        );
        // Doubling is exact.
        assert_eq!(x.scale(2.0), x.add(&x).unwrap(), "2x = x + x, seed {seed}");
        // (x + y) − y = x up to one rounding of the sum: |error| ≤ ε·|x + y| per entry.
        let back = x.add(&y).unwrap().sub(&y).unwrap();
        for i in 0..9 {
            assert!(
                (back[i] - x[i]).abs() <= EPS * (x[i].abs() + y[i].abs()),
                "(x + y) − y differs from x at {i}: {} vs {}, seed {seed}",
                back[i],
                x[i]
            );
        }
    }
}

#[test]
fn operators() {
    let x = vector![1.0, 2.0];
    let y = vector![10.0, 20.0];
    assert_eq!(&x + &y, vector![11.0, 22.0], "&x + &y");
    assert_eq!(&y - &x, vector![9.0, 18.0], "&y − &x");
    assert_eq!(&x * 3.0, vector![3.0, 6.0], "&x * 3");
    assert_eq!(3.0 * &x, vector![3.0, 6.0], "3 * &x");
    assert_eq!(-&x, vector![-1.0, -2.0], "−&x");
    let z: Vector = &(&x + &y) - &(2.0 * &x);
    assert_eq!(z, vector![9.0, 18.0], "x + y − 2x");
}

#[test]
fn plus_operator_panics_naming_the_lengths() {
    // The operator panics with the error's message, naming the operands.
    expect_panic(
        "add: length mismatch: left has 2 entries, right has 3",
        || {
            let _ = &vector![1.0, 2.0] + &vector![1.0, 2.0, 3.0];
        },
    );
}

#[test]
fn minus_operator_panics_naming_the_lengths() {
    // The operator panics with the error's message, naming the operands.
    expect_panic(
        "sub: length mismatch: left has 3 entries, right has 1",
        || {
            let _ = &vector![1.0, 2.0, 3.0] - &vector![1.0];
        },
    );
}
