//! Public tests: linear_combination and lerp (src/combination.rs).
//!
//! Run just these with `cargo test -p week1-vectors --test e11_combination`.

use week1_vectors::gallery::random_vector;
use week1_vectors::testing::EPS;
use week1_vectors::{LinalgError, Vector, vector};

#[test]
fn combination_small() {
    let v = [vector![1.0, 0.0, 2.0], vector![0.0, 1.0, -1.0]];
    assert_eq!(
        Vector::linear_combination(&[2.0, 3.0], &v).unwrap(),
        vector![2.0, 3.0, 1.0],
        "2·[1, 0, 2] + 3·[0, 1, −1]"
    );
    assert_eq!(
        Vector::linear_combination(&[-1.0], &v[..1]).unwrap(),
        vector![-1.0, 0.0, -2.0],
        "Vector::linear_combination(&[-1.0], &v[..1]).unwrap() with v = {:?} (left: got, right: want)",
        v
    );
}

#[test]
fn combination_of_empty_vectors() {
    let v = [vector![], vector![]];
    assert_eq!(
        Vector::linear_combination(&[1.0, 2.0], &v).unwrap(),
        vector![],
        "two vectors of length 0 combine to the vector of length 0"
    );
}

#[test]
fn combination_matches_the_definition_on_random_vectors() {
    let vs: Vec<Vector> = (0..5).map(|k| random_vector(7, 20 + k)).collect();
    let cs = [0.5, -2.0, 3.0, 0.0, 1.25];
    let got = Vector::linear_combination(&cs, &vs).unwrap();
    for i in 0..7 {
        let want: f64 = (0..5).map(|k| cs[k] * vs[k][i]).sum();
        let scale: f64 = (0..5).map(|k| (cs[k] * vs[k][i]).abs()).sum();
        // Summation error of 5 terms: ≤ 5ε·Σ|cₖvₖᵢ| whatever the order.
        assert!(
            (got[i] - want).abs() <= 5.0 * EPS * scale,
            "entry {i}: got {}, want {want}",
            got[i]
        );
    }
}

#[test]
fn combination_errors() {
    assert_eq!(
        Vector::linear_combination(&[], &[]),
        Err(LinalgError::Empty {
            op: "linear_combination"
        }),
        "Vector::linear_combination(&[], &[]) (left: got, right: want)"
    );
    let v = [vector![1.0, 2.0], vector![3.0, 4.0]];
    assert_eq!(
        Vector::linear_combination(&[1.0, 2.0, 3.0], &v),
        Err(LinalgError::LengthMismatch {
            op: "linear_combination",
            left: 3,
            right: 2
        }),
        "three coefficients, two vectors"
    );
    let ragged = [vector![1.0, 2.0], vector![3.0, 4.0, 5.0]];
    assert_eq!(
        Vector::linear_combination(&[1.0, 1.0], &ragged),
        Err(LinalgError::LengthMismatch {
            op: "linear_combination",
            left: 2,
            right: 3
        }),
        "vectors of lengths 2 and 3"
    );
}

#[test]
fn lerp_small() {
    let x = vector![0.0, 10.0];
    let y = vector![4.0, 20.0];
    assert_eq!(x.lerp(&y, 0.0).unwrap(), x, "t = 0 gives x");
    assert_eq!(x.lerp(&y, 1.0).unwrap(), y, "t = 1 gives y");
    assert_eq!(x.lerp(&y, 0.5).unwrap(), vector![2.0, 15.0], "the midpoint");
    assert_eq!(
        x.lerp(&y, 2.0).unwrap(),
        vector![8.0, 30.0],
        "t = 2 extrapolates"
    );
    assert_eq!(x.lerp(&y, -1.0).unwrap(), vector![-4.0, 0.0], "t = −1");
}

#[test]
fn lerp_hits_the_endpoints_exactly() {
    // x + t(y − x) gives 1e17 + (0.1 − 1e17) = 0 at t = 1, not 0.1.
    let x = vector![1e17, -3.0];
    let y = vector![0.1, 1e-20];
    assert_eq!(
        x.lerp(&y, 1.0).unwrap(),
        y,
        "lerp(x, y, 1) must be exactly y"
    );
    assert_eq!(
        x.lerp(&y, 0.0).unwrap(),
        x,
        "lerp(x, y, 0) must be exactly x"
    );
}

#[test]
fn lerp_does_not_overflow() {
    // y − x = 2e308 overflows; the midpoint of −1e308 and 1e308 is 0.
    let m = vector![-1e308].lerp(&vector![1e308], 0.5).unwrap();
    assert_eq!(m, vector![0.0], "midpoint of −1e308 and 1e308");
}

#[test]
fn lerp_length_mismatch() {
    assert_eq!(
        vector![1.0].lerp(&vector![1.0, 2.0], 0.5),
        Err(LinalgError::LengthMismatch {
            op: "lerp",
            left: 1,
            right: 2
        }),
        "vector![1.0].lerp(&vector![1.0, 2.0], 0.5) (left: got, right: want)"
    );
}
