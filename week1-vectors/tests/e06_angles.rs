//! Public tests: angle and cosine_similarity (src/angles.rs).
//!
//! Run just these with `cargo test -p week1-vectors --test e06_angles`.

use std::f64::consts::{FRAC_PI_2, FRAC_PI_4, PI};
use week1_vectors::gallery::random_vector;
use week1_vectors::testing::{EPS, vec_norm2};
use week1_vectors::{LinalgError, Vector, vector};

/// A unit vector `w` orthogonal to the unit vector `u` (one Gram–Schmidt step, done twice).
fn orthogonal_unit(u: &Vector, seed: u64) -> Vector {
    let mut w = random_vector(u.len(), seed);
    for _ in 0..2 {
        let c: f64 = w.iter().zip(u.iter()).map(|(a, b)| a * b).sum();
        w = w.iter().zip(u.iter()).map(|(a, b)| a - c * b).collect();
    }
    let n = vec_norm2(&w);
    w.iter().map(|a| a / n).collect()
}

/// Returns `(x, y)` with the angle between them equal to `theta` up to a few ulps of rounding
/// in forming `y = s·(cos θ·u + sin θ·w)` (u = x/‖x‖, w ⟂ u).
fn pair_at_angle(n: usize, theta: f64, scale: f64, seed: u64) -> (Vector, Vector) {
    let x = random_vector(n, seed);
    let nx = vec_norm2(&x);
    let u: Vector = x.iter().map(|a| a / nx).collect();
    let w = orthogonal_unit(&u, seed + 1000);
    let (s, c) = theta.sin_cos();
    let y = u
        .iter()
        .zip(w.iter())
        .map(|(a, b)| scale * (c * a + s * b))
        .collect();
    (x, y)
}

#[test]
fn angle_of_axis_vectors() {
    let e0 = vector![1.0, 0.0];
    let t = e0.angle(&vector![0.0, 3.0]).unwrap();
    assert!(
        (t - FRAC_PI_2).abs() <= 2.0 * EPS,
        "angle(e0, 3e1) = {t}, want π/2"
    );
    let t = e0.angle(&vector![2.0, 2.0]).unwrap();
    assert!(
        (t - FRAC_PI_4).abs() <= 2.0 * EPS,
        "angle(e0, [2, 2]) = {t}, want π/4"
    );
    let t = vector![1.0, 1.0, 1.0]
        .angle(&vector![2.0, 2.0, 2.0])
        .unwrap();
    assert!(t <= 2.0 * EPS, "angle(x, 2x) = {t:e}, want 0");
}

#[test]
fn angle_of_opposite_vectors_is_pi() {
    for x in [
        vector![1.0, 2.0, 3.0],
        vector![-0.3, 7.0],
        random_vector(20, 4),
    ] {
        let minus: Vector = x.iter().map(|a| -a).collect();
        let t = x.angle(&minus).unwrap();
        // acos(-1) = π too, but acos(−1 + tiny) is off by √tiny: demand 1e-15 relative.
        assert!(
            (t - PI).abs() <= 1e-15 * PI,
            "angle(x, −x) = {t}, want π, for x = {x}"
        );
    }
}

#[test]
fn angle_of_parallel_vectors_is_zero_despite_scaling() {
    for seed in 0..10 {
        let x = random_vector(7, seed);
        let y: Vector = x.iter().map(|a| 1e8 * a).collect();
        let t = x.angle(&y).unwrap();
        // The acos formula gives up to √ε ≈ 1.5e-8 here (or NaN); Kahan's gives a few ε.
        assert!(
            t <= 1e-15,
            "angle(x, 1e8·x) = {t:e} for seed {seed}, want ≤ 1e-15"
        );
    }
}

#[test]
fn tiny_angle_is_accurate() {
    // The stored vectors [1, 0] and [1, 1e-10] make the angle atan(1e-10) = 1e-10·(1 − 3e-21):
    // 1e-10 to double precision. acos(cos θ) returns 0 here, a 100% error.
    let t = vector![1.0, 0.0].angle(&vector![1.0, 1e-10]).unwrap();
    assert!(
        (t - 1e-10).abs() <= 4.0 * EPS * 1e-10,
        "angle([1, 0], [1, 1e-10]) = {t:e}, want 1e-10"
    );
}

#[test]
fn angle_matches_construction_on_random_vectors() {
    // y is built at angle θ from x; rounding in building it moves the true angle by a few ε,
    // and Kahan's formula adds a few ε (the reference's worst error over 12 000 such cases is
    // 2ε): allow 16ε absolute. acos is off by up to ~3e-8 near 0 and π.
    for (k, theta) in [1e-10, 1e-6, 0.3, FRAC_PI_2, 2.0, PI - 1e-9]
        .into_iter()
        .enumerate()
    {
        let (x, y) = pair_at_angle(12, theta, 3.0, 40 + k as u64);
        let t = x.angle(&y).unwrap();
        assert!(
            (t - theta).abs() <= 16.0 * EPS,
            "angle at θ = {theta:e}: got {t:e}, error {:.1e}",
            (t - theta).abs()
        );
    }
}

#[test]
fn angle_properties_on_random_vectors() {
    for seed in 0..20 {
        let x = random_vector(5, seed);
        let y = random_vector(5, seed + 77);
        let t = x.angle(&y).unwrap();
        assert!(
            (0.0..=PI).contains(&t),
            "angle {t} outside [0, π], seed {seed}"
        );
        assert_eq!(
            t,
            y.angle(&x).unwrap(),
            "angle must be symmetric, seed {seed}"
        );
        let minus_y: Vector = y.iter().map(|a| -a).collect();
        let s = x.angle(&minus_y).unwrap();
        assert!(
            (s - (PI - t)).abs() <= 8.0 * EPS,
            "angle(x, −y) = {s} should be π − angle(x, y) = {}, seed {seed}",
            PI - t
        );
    }
}

#[test]
fn angle_with_huge_and_tiny_entries() {
    let t = vector![1e200, 0.0].angle(&vector![1e200, 1e200]).unwrap();
    assert!(
        (t - FRAC_PI_4).abs() <= 2.0 * EPS,
        "1e200: got {t}, want π/4"
    );
    let t = vector![1e-200, 0.0]
        .angle(&vector![1e-200, 1e-200])
        .unwrap();
    assert!(
        (t - FRAC_PI_4).abs() <= 2.0 * EPS,
        "1e-200: got {t}, want π/4"
    );
}

#[test]
fn angle_errors() {
    let x = vector![1.0, 2.0];
    assert_eq!(
        x.angle(&vector![1.0, 2.0, 3.0]),
        Err(LinalgError::LengthMismatch {
            op: "angle",
            left: 2,
            right: 3
        }),
        "x.angle(&vector![1.0, 2.0, 3.0]) with x = {:?} (left: got, right: want)",
        x
    );
    assert_eq!(
        x.angle(&vector![0.0, 0.0]),
        Err(LinalgError::ZeroVector { op: "angle" }),
        "x.angle(&vector![0.0, 0.0]) with x = {:?} (left: got, right: want)",
        x
    );
    assert_eq!(
        vector![0.0, 0.0].angle(&x),
        Err(LinalgError::ZeroVector { op: "angle" }),
        "vector![0.0, 0.0].angle(&x) with x = {:?} (left: got, right: want)",
        x
    );
    assert_eq!(
        vector![].angle(&vector![]),
        Err(LinalgError::ZeroVector { op: "angle" }),
        "vector![].angle(&vector![]) (left: got, right: want)"
    );
    assert_eq!(
        x.angle(&vector![f64::NAN, 1.0]),
        Err(LinalgError::NonFinite { op: "angle" }),
        "x.angle(&vector![f64::NAN, 1.0]) with x = {:?} (left: got, right: want)",
        x
    );
}

// ---- cosine_similarity ------------------------------------------------------------------

#[test]
fn cosine_small() {
    let c = vector![1.0, 0.0]
        .cosine_similarity(&vector![3.0, 4.0])
        .unwrap();
    assert!(
        (c - 0.6).abs() <= 2.0 * EPS,
        "cos([1,0],[3,4]) = {c}, want 0.6"
    );
    let c = vector![1.0, 2.0]
        .cosine_similarity(&vector![-2.0, 1.0])
        .unwrap();
    assert!(c.abs() <= 2.0 * EPS, "orthogonal: got {c}");
    let c = vector![1.0, 2.0]
        .cosine_similarity(&vector![-3.0, -6.0])
        .unwrap();
    assert!((c + 1.0).abs() <= 2.0 * EPS, "opposite: got {c}");
}

#[test]
fn cosine_stays_in_range() {
    // For many integer vectors the rounded cosine of x with 3x is 1.0000000000000002 before
    // clamping; acos of that is NaN.
    for a in -6..=6 {
        for b in -6..=6 {
            for c in -6..=6 {
                if a == 0 && b == 0 && c == 0 {
                    continue;
                }
                let x = vector![a as f64, b as f64, c as f64];
                let x3 = vector![3.0 * a as f64, 3.0 * b as f64, 3.0 * c as f64];
                let minus = vector![-a as f64, -b as f64, -c as f64];
                for (y, what) in [(&x, "x"), (&x3, "3x"), (&minus, "−x")] {
                    let cos = x.cosine_similarity(y).unwrap();
                    assert!(
                        (-1.0..=1.0).contains(&cos),
                        "cosine_similarity({x}, {what}) = {cos:?} is outside [−1, 1]"
                    );
                }
            }
        }
    }
}

#[test]
fn cosine_does_not_overflow() {
    // x·y = 1e400 overflows: normalise first.
    let c = vector![1e200, 0.0]
        .cosine_similarity(&vector![1e200, 1e200])
        .unwrap();
    assert!((c - 0.5f64.sqrt()).abs() <= 2.0 * EPS, "got {c}, want 1/√2");
    let c = vector![1e-200, 1e-200]
        .cosine_similarity(&vector![1e-200, 0.0])
        .unwrap();
    assert!((c - 0.5f64.sqrt()).abs() <= 2.0 * EPS, "got {c}, want 1/√2");
}

#[test]
fn cosine_agrees_with_angle() {
    for seed in 0..10 {
        let x = random_vector(4, seed);
        let y = random_vector(4, seed + 30);
        let c = x.cosine_similarity(&y).unwrap();
        let t = x.angle(&y).unwrap();
        assert!(
            (c - t.cos()).abs() <= 8.0 * EPS,
            "cos(angle) = {} but cosine_similarity = {c}, seed {seed}",
            t.cos()
        );
    }
}

#[test]
fn cosine_errors() {
    let x = vector![1.0, 2.0];
    assert_eq!(
        x.cosine_similarity(&vector![1.0]),
        Err(LinalgError::LengthMismatch {
            op: "cosine_similarity",
            left: 2,
            right: 1
        }),
        "x.cosine_similarity(&vector![1.0]) with x = {:?} (left: got, right: want)",
        x
    );
    assert_eq!(
        x.cosine_similarity(&vector![0.0, 0.0]),
        Err(LinalgError::ZeroVector {
            op: "cosine_similarity"
        }),
        "x.cosine_similarity(&vector![0.0, 0.0]) with x = {:?} (left: got, right: want)",
        x
    );
    assert_eq!(
        x.cosine_similarity(&vector![f64::INFINITY, 0.0]),
        Err(LinalgError::NonFinite {
            op: "cosine_similarity"
        }),
        "x.cosine_similarity(&vector![f64::INFINITY, 0.0]) with x = {:?} (left: got, right: want)",
        x
    );
}
