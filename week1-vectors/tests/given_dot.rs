//! Given-code tests: Vector::dot (src/dot.rs, the worked example — already written, so these
//! pass from the start). Read them as models of the week's tests: each checks one property and
//! says, when it fails, what it computed and what it expected.
//!
//! Run just these with `cargo test -p week1-vectors --test given_dot`.

use week1_vectors::gallery::random_vector;
use week1_vectors::testing::{EPS, vec_norm2};
use week1_vectors::{LinalgError, vector};

#[test]
fn dot_small() {
    let x = vector![1.0, 2.0, 3.0];
    let y = vector![4.0, -5.0, 6.0];
    let got = x.dot(&y).unwrap();
    assert_eq!(got, 12.0, "dot: {x}·{y} = {got}, want 4 − 10 + 18 = 12");
    let got = x.dot(&x).unwrap();
    assert_eq!(got, 14.0, "dot: {x}·{x} = {got}, want ‖x‖² = 14");
    let got = vector![7.0].dot(&vector![-6.0]).unwrap();
    assert_eq!(got, -42.0, "dot: [7]·[-6] = {got}, want -42");
}

#[test]
fn dot_of_orthogonal_vectors_is_zero() {
    let got = vector![1.0, 2.0].dot(&vector![-2.0, 1.0]).unwrap();
    assert_eq!(got, 0.0, "dot: [1, 2]·[-2, 1] = {got}, want 0 (orthogonal)");
}

#[test]
fn dot_empty_is_zero() {
    let got = vector![].dot(&vector![]).unwrap();
    assert_eq!(got, 0.0, "dot: []·[] = {got}, want 0 (the empty sum)");
}

#[test]
fn dot_length_mismatch() {
    let got = vector![1.0, 2.0].dot(&vector![1.0, 2.0, 3.0]);
    assert_eq!(
        got,
        Err(LinalgError::LengthMismatch {
            op: "dot",
            left: 2,
            right: 3
        }),
        "dot: [1, 2]·[1, 2, 3] gave {got:?}, want LengthMismatch {{ op: \"dot\", left: 2, \
         right: 3 }} — not the dot of the first two entries"
    );
}

#[test]
fn dot_nan_propagates() {
    let got = vector![1.0, f64::NAN].dot(&vector![1.0, 0.0]).unwrap();
    assert!(got.is_nan(), "dot: [1, NaN]·[1, 0] = {got}, want NaN");
    let got = vector![0.0, 1.0].dot(&vector![f64::INFINITY, 1.0]).unwrap();
    assert!(got.is_nan(), "dot: [0, 1]·[∞, 1] = {got}, want NaN (0·∞)");
}

#[test]
fn dot_random_against_a_plain_sum() {
    // n = 100 against a plainly written sum: both round, each within nu·Σ|xᵢyᵢ| of the exact
    // value (u = ε/2), so they differ by at most nε·Σ|xᵢyᵢ|.
    let n = 100;
    let a = random_vector(n, 71);
    let b = random_vector(n, 72);
    let want: f64 = (0..n).map(|i| a[i] * b[i]).sum();
    let scale: f64 = (0..n).map(|i| (a[i] * b[i]).abs()).sum();
    let got = a.dot(&b).unwrap();
    let allowed = n as f64 * EPS * scale;
    assert!(
        (got - want).abs() <= allowed,
        "dot: random n = {n} (seeds 71, 72) = {got}, want {want} (difference {:.1e}, allowed \
         nε·Σ|xᵢyᵢ| = {allowed:.1e})",
        (got - want).abs()
    );
}

#[test]
fn cauchy_schwarz_and_symmetry_on_random_vectors() {
    for seed in 0..30 {
        let x = random_vector(10, seed);
        let y = random_vector(10, seed + 500);
        let d = x.dot(&y).unwrap();
        let d_rev = y.dot(&x).unwrap();
        assert_eq!(
            d,
            d_rev,
            "dot: random n = 10, seeds {seed}, {}: x·y = {d} but y·x = {d_rev}, want equal \
             (the same products in the same order)",
            seed + 500
        );
        // |x·y| ≤ ‖x‖‖y‖; the computed dot has error ≤ nε‖x‖‖y‖ (|x|·|y| ≤ ‖x‖‖y‖).
        let bound = vec_norm2(&x) * vec_norm2(&y);
        assert!(
            d.abs() <= bound * (1.0 + 12.0 * EPS),
            "dot: Cauchy–Schwarz fails, random n = 10, seed {seed}: |x·y| = {} > ‖x‖‖y‖ = \
             {bound} (allowed slack 12ε relative)",
            d.abs()
        );
    }
}
