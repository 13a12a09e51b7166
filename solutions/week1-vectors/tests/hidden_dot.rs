//! Hidden tests: Vector::dot (4 points).

use week1_vectors::gallery::random_vector;
use week1_vectors::testing::{EPS, points};
use week1_vectors::{LinalgError, vector};

#[test]
fn dot_values() {
    let _points = points(2);
    let x = vector![2.0, -3.0, 0.5, 1e-3];
    let y = vector![4.0, 1.0, 8.0, 1000.0];
    assert_eq!(x.dot(&y).unwrap(), 8.0 - 3.0 + 4.0 + 1.0);
    assert_eq!(vector![7.0].dot(&vector![-6.0]).unwrap(), -42.0);
    assert_eq!(vector![].dot(&vector![]).unwrap(), 0.0);
    // Random n = 100 against a plainly written sum: the error is ≤ nε·Σ|xᵢyᵢ|.
    let a = random_vector(100, 71);
    let b = random_vector(100, 72);
    let want: f64 = (0..100).map(|i| a[i] * b[i]).sum();
    let scale: f64 = (0..100).map(|i| (a[i] * b[i]).abs()).sum();
    let got = a.dot(&b).unwrap();
    assert!(
        (got - want).abs() <= 100.0 * EPS * scale,
        "dot: {got} vs {want}"
    );
}

#[test]
fn dot_mismatch_and_nan() {
    let _points = points(2);
    assert_eq!(
        vector![].dot(&vector![1.0, 2.0]),
        Err(LinalgError::LengthMismatch {
            op: "dot",
            left: 0,
            right: 2
        })
    );
    assert_eq!(
        vector![1.0, 2.0, 3.0].dot(&vector![1.0, 2.0]),
        Err(LinalgError::LengthMismatch {
            op: "dot",
            left: 3,
            right: 2
        })
    );
    assert!(
        vector![0.0, 1.0]
            .dot(&vector![f64::INFINITY, 1.0])
            .unwrap()
            .is_nan(),
        "0·∞ = NaN"
    );
}
