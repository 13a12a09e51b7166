//! Hidden tests: angle and cosine_similarity (20 points).

use std::f64::consts::{FRAC_PI_2, FRAC_PI_4, PI};
use week1_vectors::gallery::random_vector;
use week1_vectors::testing::{EPS, points, vec_norm2};
use week1_vectors::{LinalgError, Vector, vector};

/// `(x, y)` at angle `theta` up to a few ulps (y = s·(cos θ·u + sin θ·w), w ⟂ u = x/‖x‖).
fn pair_at_angle(n: usize, theta: f64, s: f64, seed: u64) -> (Vector, Vector) {
    let x = random_vector(n, seed);
    let nx = vec_norm2(&x);
    let u: Vector = x.iter().map(|a| a / nx).collect();
    let mut w = random_vector(n, seed + 7777);
    for _ in 0..2 {
        let c: f64 = w.iter().zip(u.iter()).map(|(a, b)| a * b).sum();
        w = w.iter().zip(u.iter()).map(|(a, b)| a - c * b).collect();
    }
    let nw = vec_norm2(&w);
    let (sn, cs) = theta.sin_cos();
    let y = u
        .iter()
        .zip(w.iter())
        .map(|(a, b)| s * (cs * a + sn * b / nw))
        .collect();
    (x, y)
}

#[test]
fn antiparallel_is_pi() {
    let _points = points(3);
    for x in [
        vector![2.0, -7.0, 1e-3],
        vector![1e200, 3e200],
        vector![1e-300, -2e-300],
        random_vector(33, 5),
    ] {
        let minus: Vector = x.iter().map(|a| -a).collect();
        let t = x.angle(&minus).unwrap();
        assert!((t - PI).abs() <= 1e-15 * PI, "angle(x, −x) = {t} for {x:?}");
        let far: Vector = x.iter().map(|a| -1e8 * a).collect();
        let t = x.angle(&far).unwrap();
        assert!(
            (t - PI).abs() <= 1e-15 * PI,
            "angle(x, −1e8·x) = {t} for {x:?}"
        );
    }
}

#[test]
fn parallel_is_zero() {
    let _points = points(3);
    for (n, seed) in [(3, 11), (50, 12), (2, 13)] {
        let x = random_vector(n, seed);
        let y: Vector = x.iter().map(|a| 1e8 * a).collect();
        let t = x.angle(&y).unwrap();
        assert!(t <= 1e-15, "angle(x, 1e8·x) = {t:e}, n = {n}");
        let t = x.angle(&x).unwrap();
        assert!(t <= 1e-15, "angle(x, x) = {t:e}, n = {n}");
        assert!(
            !t.is_nan(),
            "angle(x, x) for a random {n}-vector (seed {seed}) = {t}, want 0, not NaN"
        );
    }
}

#[test]
fn tiny_angles_are_accurate() {
    let _points = points(3);
    // Stored exactly enough that the true angle is known: atan(3e-10/3) = 1e-10 to ~ε relative.
    let t = vector![3.0, 0.0, 0.0]
        .angle(&vector![3.0, 3e-10, 0.0])
        .unwrap();
    assert!((t - 1e-10).abs() <= 1e-14 * 1e-10, "got {t:e}, want 1e-10");
    // Random directions at angle 1e-10 and 1e-12: absolute error a few ε (acos gives 0 or
    // ~1e-8).
    for (k, theta) in [1e-10, 1e-12].into_iter().enumerate() {
        let (x, y) = pair_at_angle(9, theta, 0.25, 60 + k as u64);
        let t = x.angle(&y).unwrap();
        assert!(
            (t - theta).abs() <= 16.0 * EPS,
            "θ = {theta:e}: got {t:e}, error {:.1e}",
            (t - theta).abs()
        );
    }
}

#[test]
fn extremely_tiny_angle() {
    let _points = points(1);
    // 1e-200 rad: the diagonal ‖u − v‖ needs the scaled norm.
    let t = vector![1.0, 0.0].angle(&vector![1.0, 1e-200]).unwrap();
    assert!(
        (t - 1e-200).abs() <= 1e-14 * 1e-200,
        "got {t:e}, want 1e-200"
    );
}

#[test]
fn near_pi_is_accurate() {
    let _points = points(2);
    // The angle between [1, 0] and [−1, 1e-10] is π − atan(1e-10).
    let t = vector![1.0, 0.0].angle(&vector![-1.0, 1e-10]).unwrap();
    let want = PI - 1e-10;
    assert!((t - want).abs() <= 4.0 * EPS, "got {t}, want {want}");
    let (x, y) = pair_at_angle(6, PI - 1e-11, 5.0, 70);
    let t = x.angle(&y).unwrap();
    assert!((t - (PI - 1e-11)).abs() <= 16.0 * EPS, "got {t}");
}

#[test]
fn huge_and_tiny_vectors() {
    let _points = points(2);
    let t = vector![1e300, 1e300]
        .angle(&vector![1e300, -1e300])
        .unwrap();
    assert!((t - FRAC_PI_2).abs() <= 2.0 * EPS, "1e300: {t}");
    let t = vector![1e-320, 0.0].angle(&vector![0.0, 1e-320]).unwrap();
    assert!((t - FRAC_PI_2).abs() <= 2.0 * EPS, "subnormal: {t}");
    let t = vector![1e200, 0.0].angle(&vector![1e-200, 1e-200]).unwrap();
    assert!((t - FRAC_PI_4).abs() <= 2.0 * EPS, "mixed magnitudes: {t}");
}

#[test]
fn angle_errors() {
    let _points = points(2);
    assert_eq!(
        vector![1.0, 2.0, 3.0].angle(&vector![1.0, 2.0]),
        Err(LinalgError::LengthMismatch {
            op: "angle",
            left: 3,
            right: 2
        }),
        "vector![1.0, 2.0, 3.0].angle(&vector![1.0, 2.0]) (left: got, right: want)"
    );
    assert_eq!(
        vector![1.0, 2.0, 3.0].angle(&Vector::zeros(3)),
        Err(LinalgError::ZeroVector { op: "angle" }),
        "vector![1.0, 2.0, 3.0].angle(&Vector::zeros(3)) (left: got, right: want)"
    );
    assert_eq!(
        vector![f64::INFINITY, 0.0].angle(&vector![1.0, 0.0]),
        Err(LinalgError::NonFinite { op: "angle" }),
        "vector![f64::INFINITY, 0.0].angle(&vector![1.0, 0.0]) (left: got, right: want)"
    );
    assert_eq!(
        vector![1.0, 0.0].angle(&vector![f64::NAN, 0.0]),
        Err(LinalgError::NonFinite { op: "angle" }),
        "vector![1.0, 0.0].angle(&vector![f64::NAN, 0.0]) (left: got, right: want)"
    );
}

#[test]
fn cosine_values_and_overflow() {
    let _points = points(2);
    let c = vector![2.0, 0.0, 0.0]
        .cosine_similarity(&vector![1.0, 1.0, 0.0])
        .unwrap();
    assert!((c - 0.5f64.sqrt()).abs() <= 2.0 * EPS, "got {c}");
    let c = vector![1e300, 1e300]
        .cosine_similarity(&vector![-1e300, -1e300])
        .unwrap();
    assert!((c + 1.0).abs() <= 2.0 * EPS, "got {c}");
    let c = vector![3e-300, 4e-300]
        .cosine_similarity(&vector![4e-300, -3e-300])
        .unwrap();
    assert!(c.abs() <= 2.0 * EPS, "orthogonal tiny vectors: {c}");
}

#[test]
fn cosine_is_clamped() {
    let _points = points(1);
    for a in -9..=9 {
        for b in [-13, -4, 1, 6, 11] {
            for c in [-2, 3] {
                let x = vector![a as f64, b as f64, c as f64, 1.0];
                for k in [1.0, 7.0, -5.0, 0.1] {
                    let y: Vector = x.iter().map(|v| k * v).collect();
                    let cos = x.cosine_similarity(&y).unwrap();
                    assert!(
                        (-1.0..=1.0).contains(&cos),
                        "cosine_similarity({x}, {k}·x) = {cos:?}"
                    );
                }
            }
        }
    }
}

#[test]
fn cosine_errors() {
    let _points = points(1);
    assert_eq!(
        vector![].cosine_similarity(&vector![]),
        Err(LinalgError::ZeroVector {
            op: "cosine_similarity"
        }),
        "vector![].cosine_similarity(&vector![]) (left: got, right: want)"
    );
    assert_eq!(
        vector![1.0].cosine_similarity(&vector![1.0, 0.0]),
        Err(LinalgError::LengthMismatch {
            op: "cosine_similarity",
            left: 1,
            right: 2
        }),
        "vector![1.0].cosine_similarity(&vector![1.0, 0.0]) (left: got, right: want)"
    );
    assert_eq!(
        vector![f64::NAN].cosine_similarity(&vector![1.0]),
        Err(LinalgError::NonFinite {
            op: "cosine_similarity"
        }),
        "vector![f64::NAN].cosine_similarity(&vector![1.0]) (left: got, right: want)"
    );
}
