//! Public tests: Vector::dot (src/dot.rs, the worked example).
//!
//! Run just these with `cargo test -p week1-vectors --test dot`.

use week1_vectors::gallery::random_vector;
use week1_vectors::testing::{EPS, vec_norm2};
use week1_vectors::{LinalgError, vector};

#[test]
fn dot_small() {
    let x = vector![1.0, 2.0, 3.0];
    let y = vector![4.0, -5.0, 6.0];
    assert_eq!(x.dot(&y).unwrap(), 12.0, "{x}·{y} = 4 − 10 + 18");
    assert_eq!(x.dot(&x).unwrap(), 14.0, "x·x = ‖x‖²");
}

#[test]
fn dot_of_orthogonal_vectors_is_zero() {
    assert_eq!(vector![1.0, 2.0].dot(&vector![-2.0, 1.0]).unwrap(), 0.0);
}

#[test]
fn dot_empty_is_zero() {
    assert_eq!(
        vector![].dot(&vector![]).unwrap(),
        0.0,
        "the empty sum is 0"
    );
}

#[test]
fn dot_length_mismatch() {
    assert_eq!(
        vector![1.0, 2.0].dot(&vector![1.0, 2.0, 3.0]),
        Err(LinalgError::LengthMismatch {
            op: "dot",
            left: 2,
            right: 3
        }),
        "a 2-vector · a 3-vector must be an error, not the dot of the first two entries"
    );
}

#[test]
fn dot_nan_propagates() {
    assert!(
        vector![1.0, f64::NAN]
            .dot(&vector![1.0, 0.0])
            .unwrap()
            .is_nan()
    );
}

#[test]
fn cauchy_schwarz_and_symmetry_on_random_vectors() {
    for seed in 0..30 {
        let x = random_vector(10, seed);
        let y = random_vector(10, seed + 500);
        let d = x.dot(&y).unwrap();
        assert_eq!(d, y.dot(&x).unwrap(), "x·y = y·x exactly, seed {seed}");
        // |x·y| ≤ ‖x‖‖y‖; the computed dot has error ≤ nε‖x‖‖y‖ (|x|·|y| ≤ ‖x‖‖y‖).
        let bound = vec_norm2(&x) * vec_norm2(&y);
        assert!(
            d.abs() <= bound * (1.0 + 12.0 * EPS),
            "Cauchy–Schwarz fails, seed {seed}: |x·y| = {} > ‖x‖‖y‖ = {bound}",
            d.abs()
        );
    }
}
