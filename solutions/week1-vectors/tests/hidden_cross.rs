//! Hidden tests: cross and parallelogram_area (8 points).

use week1_vectors::gallery::random_vector;
use week1_vectors::testing::{EPS, points, vec_norm2};
use week1_vectors::{LinalgError, Vector, vector};

fn dot(x: &Vector, y: &Vector) -> f64 {
    x.iter().zip(y.iter()).map(|(a, b)| a * b).sum()
}

#[test]
fn cross_values() {
    let _points = points(2);
    assert_eq!(
        vector![2.0, 3.0, 4.0]
            .cross(&vector![5.0, 6.0, 7.0])
            .unwrap(),
        vector![-3.0, 6.0, -3.0],
        "vector![2.0, 3.0, 4.0].cross(&vector![5.0, 6.0, 7.0]).unwrap() (left: got, right: want)"
    );
    assert_eq!(
        vector![1.0, -1.0, 0.5]
            .cross(&vector![2.0, 0.0, -3.0])
            .unwrap(),
        vector![3.0, 4.0, 2.0],
        "vector![1.0, -1.0, 0.5].cross(&vector![2.0, 0.0, -3.0]).unwrap() (left: got, right: want)"
    );
    // e2 × e1 = −e0 (left-handed order).
    assert_eq!(
        vector![0.0, 0.0, 1.0]
            .cross(&vector![0.0, 1.0, 0.0])
            .unwrap(),
        vector![-1.0, 0.0, 0.0],
        "vector![0.0, 0.0, 1.0].cross(&vector![0.0, 1.0, 0.0]).unwrap() (left: got, right: want)"
    );
}

#[test]
fn cross_random_properties() {
    let _points = points(2);
    for seed in 0..20 {
        let x = random_vector(3, 900 + seed);
        let y = random_vector(3, 950 + seed);
        let c = x.cross(&y).unwrap();
        let d = y.cross(&x).unwrap();
        assert_eq!(
            c,
            d.iter().map(|v| -v).collect::<Vector>(),
            "anticommutative, seed {seed}"
        );
        let (nx, ny) = (vec_norm2(&x), vec_norm2(&y));
        assert!(
            dot(&c, &x).abs() <= 30.0 * EPS * nx * nx * ny,
            "c ⟂ x, seed {seed}"
        );
        assert!(
            dot(&c, &y).abs() <= 30.0 * EPS * nx * ny * ny,
            "c ⟂ y, seed {seed}"
        );
        // Right-handed: det[x, y, x × y] = ‖x × y‖² > 0.
        let det = dot(&c, &c);
        assert!(
            det >= 0.0,
            "cross of random 3-vectors, seed {seed}: det[x, y, x × y] = ‖x × y‖² = {det:e}, want ≥ 0"
        );
        // ‖x × y‖ = ‖x‖‖y‖ sin θ, with sin θ from Lagrange in exact-enough form.
        let cos = dot(&x, &y) / (nx * ny);
        let sin = (1.0 - cos * cos).sqrt();
        assert!(
            (vec_norm2(&c) - nx * ny * sin).abs() <= 1e-12 * nx * ny,
            "‖x × y‖ = ‖x‖‖y‖ sin θ, seed {seed}"
        );
    }
}

#[test]
fn cross_wrong_lengths() {
    let _points = points(1);
    for (a, b) in [(3, 4), (1, 3), (7, 7)] {
        match Vector::filled(a, 2.0).cross(&Vector::filled(b, 2.0)) {
            Err(LinalgError::InvalidArgument {
                op: "cross",
                reason,
            }) => assert!(
                reason.contains(&a.to_string()) && reason.contains(&b.to_string()),
                "the reason must name lengths {a} and {b}: {reason:?}"
            ),
            other => panic!("lengths {a}, {b}: want InvalidArgument, got {other:?}"),
        }
    }
}

#[test]
fn area_values() {
    let _points = points(1);
    assert_eq!(
        vector![3.0, 1.0]
            .parallelogram_area(&vector![1.0, 2.0])
            .unwrap(),
        5.0,
        "vector![3.0, 1.0].parallelogram_area(&vector![1.0, 2.0]).unwrap() (left: got, right: want)"
    );
    assert_eq!(
        vector![1.0, 2.0]
            .parallelogram_area(&vector![3.0, 1.0])
            .unwrap(),
        5.0,
        "vector![1.0, 2.0].parallelogram_area(&vector![3.0, 1.0]).unwrap() (left: got, right: want)"
    );
    assert_eq!(
        vector![2.0, 4.0]
            .parallelogram_area(&vector![1.0, 2.0])
            .unwrap(),
        0.0,
        "vector![2.0, 4.0].parallelogram_area(&vector![1.0, 2.0]).unwrap() (left: got, right: want)"
    );
    assert_eq!(
        vector![0.0, 2.0, 0.0]
            .parallelogram_area(&vector![0.0, 0.0, -3.0])
            .unwrap(),
        6.0,
        "vector![0.0, 2.0, 0.0].parallelogram_area(&vector![0.0, 0.0, -3.0]).unwrap() (left: got, right: want)"
    );
}

#[test]
fn area_nearly_parallel_and_huge() {
    let _points = points(2);
    // [2, 2, 2] and [2, 2, 2 + d'] with d' = fl(2 + 2e-9) − 2: the cross product is exactly
    // [2d', −2d', 0], so the area is 2√2·d'. Lagrange's identity would return garbage.
    let d = (2.0 + 2e-9) - 2.0;
    let a = vector![2.0, 2.0, 2.0]
        .parallelogram_area(&vector![2.0, 2.0, 2.0 + 2e-9])
        .unwrap();
    let want = 8f64.sqrt() * d;
    assert!(
        (a - want).abs() <= 4.0 * EPS * want,
        "area = {a:e}, want {want:e}"
    );
    let a = vector![3e160, 0.0, 0.0]
        .parallelogram_area(&vector![0.0, 4e150, 0.0])
        .unwrap();
    assert_eq!(a, f64::INFINITY, "an area of 1.2e311 is beyond f64::MAX");
    let a = vector![1e150, 1e150, 0.0]
        .parallelogram_area(&vector![0.0, 0.0, 1e150])
        .unwrap();
    let want = 2f64.sqrt() * 1e300;
    assert!(
        (a - want).abs() <= 4.0 * EPS * want,
        "area = {a:e}, want {want:e}"
    );
}
