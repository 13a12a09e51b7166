//! Public tests: sum_naive, sum_kahan, sum_neumaier, sum_pairwise (src/summation.rs).
//!
//! Run just these with `cargo test -p week1-vectors --test e12_summation`.

use rand::seq::SliceRandom;
use week1_vectors::gallery::{random_vector, rng};
use week1_vectors::summation::{sum_kahan, sum_naive, sum_neumaier, sum_pairwise};
use week1_vectors::testing::EPS;

type SumFn = fn(&[f64]) -> f64;
const ALL: [(&str, SumFn); 4] = [
    ("sum_naive", sum_naive),
    ("sum_kahan", sum_kahan),
    ("sum_neumaier", sum_neumaier),
    ("sum_pairwise", sum_pairwise),
];

/// Numbers whose exact sum is known: random values and their negatives, shuffled, plus the
/// integers 1..=k (whose sum k(k+1)/2 is exact).
fn cancelling(n: usize, magnitude: f64, k: usize, seed: u64) -> (Vec<f64>, f64) {
    let v = random_vector(n, seed);
    let mut x: Vec<f64> = v.iter().map(|a| magnitude * a).collect();
    x.extend(v.iter().map(|a| -magnitude * a));
    x.extend((1..=k).map(|i| i as f64));
    x.shuffle(&mut rng(seed + 1));
    (x, (k * (k + 1) / 2) as f64)
}

#[test]
fn small_exact_sums() {
    for (name, f) in ALL {
        assert_eq!(f(&[1.0, 2.0, 3.0]), 6.0, "{name}([1, 2, 3])");
        assert_eq!(f(&[]), 0.0, "{name}([]) is the empty sum");
        assert_eq!(f(&[-2.5]), -2.5, "{name}([−2.5])");
        let ints: Vec<f64> = (1..=100).map(f64::from).collect();
        assert_eq!(f(&ints), 5050.0, "{name}(1..=100)");
    }
}

#[test]
fn naive_is_left_to_right() {
    assert_eq!(sum_naive(&[0.1; 10]), 0.9999999999999999, "ten 0.1s, naive");
    assert_eq!(
        sum_naive(&[1e16, 1.0, -1e16]),
        0.0,
        "1e16 + 1 rounds to 1e16"
    );
    assert_eq!(
        sum_naive(&[1.0, 1e16, -1e16]),
        0.0,
        "sum_naive(&[1.0, 1e16, -1e16]) (left: got, right: want)"
    );
    assert_eq!(sum_naive(&[1e16, -1e16, 1.0]), 1.0, "order matters");
}

#[test]
fn the_lesson_example_1e16_1_minus_1e16() {
    assert_eq!(sum_naive(&[1e16, 1.0, -1e16]), 0.0, "naive");
    assert_eq!(
        sum_kahan(&[1e16, 1.0, -1e16]),
        0.0,
        "textbook Kahan loses the 1 here (see its docs)"
    );
    assert_eq!(
        sum_neumaier(&[1e16, 1.0, -1e16]),
        1.0,
        "Neumaier keeps the 1"
    );
    assert_eq!(
        sum_pairwise(&[1e16, 1.0, -1e16]),
        0.0,
        "pairwise does not help"
    );
}

#[test]
fn compensated_sums_of_tenths() {
    assert_eq!(sum_kahan(&[0.1; 10]), 1.0, "Kahan, ten 0.1s");
    assert_eq!(sum_neumaier(&[0.1; 10]), 1.0, "Neumaier, ten 0.1s");
}

#[test]
fn many_tiny_terms_after_a_big_one() {
    // 1 + 10⁵ × 1e-16: each 1e-16 is below half an ulp of 1 and vanishes in the naive sum.
    let mut x = vec![1.0];
    x.extend(std::iter::repeat_n(1e-16, 100_000));
    let exact = 1.0 + 1e-11;
    assert_eq!(sum_naive(&x), 1.0, "naive loses all the tiny terms");
    for (name, f) in [
        ("sum_kahan", sum_kahan as SumFn),
        ("sum_neumaier", sum_neumaier),
    ] {
        let s = f(&x);
        assert!(
            (s - exact).abs() <= 2.0 * EPS,
            "{name}: got {s:.17}, want {exact:.17}"
        );
    }
}

#[test]
fn error_bounds_on_cancelling_random_sums() {
    // Σ|xᵢ| ≈ 1.6e13 but the sum is 55: only Neumaier is accurate relative to the answer.
    for seed in 0..5 {
        let (x, exact) = cancelling(500, 1e10, 10, seed);
        let abs_sum: f64 = x.iter().map(|a| a.abs()).sum();
        let u = EPS / 2.0;
        let n = x.len() as f64;
        let checks: [(&str, SumFn, f64); 4] = [
            ("sum_naive", sum_naive, (n - 1.0) * u * abs_sum),
            // Blocks of ≤ 8 added left to right (≤ 7 roundings), then ⌈log₂(n/8)⌉ levels.
            (
                "sum_pairwise",
                sum_pairwise,
                ((n / 8.0).log2().ceil() + 7.0) * u * abs_sum,
            ),
            ("sum_kahan", sum_kahan, 4.0 * u * abs_sum),
            (
                "sum_neumaier",
                sum_neumaier,
                2.0 * u * exact + 4.0 * n * u * u * abs_sum,
            ),
        ];
        for (name, f, bound) in checks {
            let err = (f(&x) - exact).abs();
            assert!(
                err <= bound,
                "{name} on a cancelling sum of n = {n} terms (seed {seed}, Σ|xᵢ| = {abs_sum:e}, exact \
                 {exact}): error {err:e} exceeds its bound {bound:e}"
            );
        }
        assert_eq!(sum_neumaier(&x), exact, "Neumaier, seed {seed}");
    }
}

#[test]
fn pairwise_beats_naive_on_a_long_sum() {
    let x = vec![0.1; 1 << 20];
    let exact = 0.1 * (1u32 << 20) as f64; // exact: a power-of-two multiple
    let naive = (sum_naive(&x) - exact).abs();
    let pairwise = (sum_pairwise(&x) - exact).abs();
    assert!(
        pairwise <= 1e-10,
        "pairwise error {pairwise:e}, want ≤ 1e-10"
    );
    assert!(
        naive > 1e-6,
        "naive error {naive:e} (the lesson quotes 1.6e-6)"
    );
}

#[test]
fn nan_and_infinity() {
    for (name, f) in ALL {
        assert!(
            f(&[1.0, f64::NAN, 2.0]).is_nan(),
            "{name}: NaN must propagate"
        );
        assert_eq!(
            f(&[1.0, f64::INFINITY, 2.0]),
            f64::INFINITY,
            "{name}: [1, ∞, 2]"
        );
        assert!(
            f(&[f64::INFINITY, f64::NEG_INFINITY]).is_nan(),
            "{name}: ∞ − ∞"
        );
    }
}
