//! Hidden tests: sum_naive, sum_kahan, sum_neumaier, sum_pairwise (12 points).

use rand::seq::SliceRandom;
use week1_vectors::gallery::{random_vector, rng};
use week1_vectors::summation::{sum_kahan, sum_naive, sum_neumaier, sum_pairwise};
use week1_vectors::testing::{EPS, points};

#[test]
fn naive_left_to_right() {
    let _points = points(2);
    assert_eq!(
        sum_naive(&[0.1, 0.2, 0.3]),
        0.6000000000000001,
        "sum_naive(&[0.1, 0.2, 0.3]) (left: got, right: want)"
    );
    assert_eq!(
        sum_naive(&[1e16, 1.0, 1.0, -1e16]),
        0.0,
        "sum_naive(&[1e16, 1.0, 1.0, -1e16]) (left: got, right: want)"
    );
    assert_eq!(
        sum_naive(&[0.1; 100]),
        9.99999999999998,
        "sum_naive(&[0.1; 100]) (left: got, right: want)"
    );
    assert_eq!(
        sum_naive(&[]),
        0.0,
        "sum_naive(&[]) (left: got, right: want)"
    );
    assert!(
        sum_naive(&[f64::NAN]).is_nan(),
        "sum_naive(&[f64::NAN]): got {:?}, want NaN",
        sum_naive(&[f64::NAN])
    );
}

#[test]
fn kahan_values() {
    let _points = points(2);
    assert_eq!(
        sum_kahan(&[0.1, 0.2, 0.3]),
        0.6,
        "sum_kahan(&[0.1, 0.2, 0.3]) (left: got, right: want)"
    );
    assert_eq!(
        sum_kahan(&[0.1; 100]),
        10.0,
        "sum_kahan(&[0.1; 100]) (left: got, right: want)"
    );
    // Two lost 1s combine into a 2 that survives (|s| ≥ |y| at every step that matters).
    assert_eq!(
        sum_kahan(&[1e16, 1.0, 1.0, -1e16]),
        2.0,
        "sum_kahan(&[1e16, 1.0, 1.0, -1e16]) (left: got, right: want)"
    );
    // The textbook failure: a large term swallows the correction.
    assert_eq!(
        sum_kahan(&[1e16, 1.0, -1e16]),
        0.0,
        "sum_kahan(&[1e16, 1.0, -1e16]) (left: got, right: want)"
    );
    assert_eq!(
        sum_kahan(&[]),
        0.0,
        "sum_kahan(&[]) (left: got, right: want)"
    );
    assert_eq!(
        sum_kahan(&[1e308, 1e308, 1.0]),
        f64::INFINITY,
        "overflow stays ∞"
    );
}

#[test]
fn neumaier_values() {
    let _points = points(2);
    assert_eq!(
        sum_neumaier(&[1.0, 1e100, 1.0, -1e100]),
        2.0,
        "sum_neumaier(&[1.0, 1e100, 1.0, -1e100]) (left: got, right: want)"
    );
    assert_eq!(
        sum_neumaier(&[1e16, 1.0, 1.0, -1e16]),
        2.0,
        "sum_neumaier(&[1e16, 1.0, 1.0, -1e16]) (left: got, right: want)"
    );
    assert_eq!(
        sum_neumaier(&[-1e16, 3.0, 1e16]),
        3.0,
        "sum_neumaier(&[-1e16, 3.0, 1e16]) (left: got, right: want)"
    );
    assert_eq!(
        sum_neumaier(&[0.1; 100]),
        10.0,
        "sum_neumaier(&[0.1; 100]) (left: got, right: want)"
    );
    assert_eq!(
        sum_neumaier(&[]),
        0.0,
        "sum_neumaier(&[]) (left: got, right: want)"
    );
}

#[test]
fn neumaier_tiny_terms_and_non_finite() {
    let _points = points(2);
    let mut x = vec![2.0];
    x.extend(std::iter::repeat_n(-1e-16, 10_000));
    assert_eq!(
        sum_naive(&x),
        2.0,
        "sum_naive(&x) with x = {:?} (left: got, right: want)",
        x
    );
    let exact = 2.0 - 1e-12;
    assert!(
        (sum_neumaier(&x) - exact).abs() <= 2.0 * EPS,
        "{}",
        sum_neumaier(&x)
    );
    assert!(
        (sum_kahan(&x) - exact).abs() <= 2.0 * EPS,
        "{}",
        sum_kahan(&x)
    );
    assert_eq!(
        sum_neumaier(&[1e308, 1e308]),
        f64::INFINITY,
        "sum_neumaier(&[1e308, 1e308]) (left: got, right: want)"
    );
    assert_eq!(
        sum_neumaier(&[f64::NEG_INFINITY, 5.0]),
        f64::NEG_INFINITY,
        "sum_neumaier(&[f64::NEG_INFINITY, 5.0]) (left: got, right: want)"
    );
    assert!(
        sum_neumaier(&[1.0, f64::NAN]).is_nan(),
        "sum_neumaier(&[1.0, f64::NAN]): got {:?}, want NaN",
        sum_neumaier(&[1.0, f64::NAN])
    );
    assert!(
        sum_kahan(&[f64::NAN, 1.0]).is_nan(),
        "sum_kahan(&[f64::NAN, 1.0]): got {:?}, want NaN",
        sum_kahan(&[f64::NAN, 1.0])
    );
    assert_eq!(
        sum_kahan(&[f64::NEG_INFINITY, 5.0]),
        f64::NEG_INFINITY,
        "sum_kahan(&[f64::NEG_INFINITY, 5.0]) (left: got, right: want)"
    );
}

#[test]
fn neumaier_exact_on_cancelling_sums() {
    let _points = points(1);
    for seed in 0..4 {
        let v = random_vector(300, 500 + seed);
        let mut x: Vec<f64> = v.iter().map(|a| 1e12 * a).collect();
        x.extend(v.iter().map(|a| -1e12 * a));
        x.extend([0.5, 0.25, 2.0]);
        x.shuffle(&mut rng(600 + seed));
        let got = sum_neumaier(&x);
        assert!(
            (got - 2.75).abs() <= 2.0 * EPS * 2.75,
            "Neumaier on a cancelling sum, seed {seed}: {got}, want 2.75"
        );
    }
}

#[test]
fn pairwise_error_bound() {
    let _points = points(3);
    let n = 1usize << 19;
    let x = vec![0.7; n];
    let exact = 0.7 * n as f64; // a power-of-two multiple: exact
    // Blocks of ≤ 8 (≤ 7 roundings) under ⌈log₂(n/8)⌉ = 16 levels: (16 + 7)·u·Σ|xᵢ| =
    // 23·2⁻⁵³·367001.6 ≈ 9.4e-10; the naive error is ~3.5e-6.
    let bound = 23.0 * (EPS / 2.0) * exact;
    let err = (sum_pairwise(&x) - exact).abs();
    assert!(
        err <= bound,
        "sum_pairwise of 2¹⁹ × 0.7: got {}, want {exact} (error {err:e}, allowed (⌈log₂(n/8)⌉ + 7)·u·Σ|xᵢ| = {bound:e})",
        sum_pairwise(&x)
    );
    assert_eq!(
        sum_pairwise(&[1e16, 1.0, -1e16]),
        0.0,
        "sum_pairwise(&[1e16, 1.0, -1e16]) (left: got, right: want)"
    );
    assert_eq!(
        sum_pairwise(&[]),
        0.0,
        "sum_pairwise(&[]) (left: got, right: want)"
    );
    assert_eq!(
        sum_pairwise(&[4.5]),
        4.5,
        "sum_pairwise(&[4.5]) (left: got, right: want)"
    );
    let ints: Vec<f64> = (1..=1000).map(f64::from).collect();
    assert_eq!(
        sum_pairwise(&ints),
        500_500.0,
        "sum_pairwise of 1, 2, …, 1000 (left: got, right: want)"
    );
    assert!(
        sum_pairwise(
            &[1.0; 100]
                .iter()
                .copied()
                .chain([f64::NAN])
                .collect::<Vec<_>>()
        )
        .is_nan(),
        "sum_pairwise(&[1.0; 100].iter().copied().chain([f64::NAN]).collect::<Vec<_>>()): got {:?}, want NaN",
        sum_pairwise(
            &[1.0; 100]
                .iter()
                .copied()
                .chain([f64::NAN])
                .collect::<Vec<_>>()
        )
    );
}
