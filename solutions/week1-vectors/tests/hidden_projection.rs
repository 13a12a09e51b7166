//! Hidden tests: project_onto and reject_from (9 points).

use week1_vectors::gallery::random_vector;
use week1_vectors::testing::{EPS, points, vec_norm2};
use week1_vectors::{LinalgError, Vector, vector};

fn dot(x: &Vector, y: &Vector) -> f64 {
    x.iter().zip(y.iter()).map(|(a, b)| a * b).sum()
}

#[test]
fn projection_values() {
    let _points = points(2);
    let x = vector![1.0, 2.0, 3.0];
    assert_eq!(
        x.project_onto(&vector![0.0, 0.0, 2.0]).unwrap(),
        vector![0.0, 0.0, 3.0],
        "x.project_onto(&vector![0.0, 0.0, 2.0]).unwrap() with x = {:?} (left: got, right: want)",
        x
    );
    assert_eq!(
        x.reject_from(&vector![0.0, 0.0, -2.0]).unwrap(),
        vector![1.0, 2.0, 0.0],
        "x.reject_from(&vector![0.0, 0.0, -2.0]).unwrap() with x = {:?} (left: got, right: want)",
        x
    );
    assert_eq!(
        x.project_onto(&vector![1.0, 1.0, 1.0]).unwrap(),
        vector![2.0, 2.0, 2.0],
        "x.project_onto(&vector![1.0, 1.0, 1.0]).unwrap() with x = {:?} (left: got, right: want)",
        x
    );
    assert_eq!(
        x.reject_from(&vector![1.0, 1.0, 1.0]).unwrap(),
        vector![-1.0, 0.0, 1.0],
        "x.reject_from(&vector![1.0, 1.0, 1.0]).unwrap() with x = {:?} (left: got, right: want)",
        x
    );
    // Orthogonal: the projection is 0.
    assert_eq!(
        vector![0.0, 5.0].project_onto(&vector![3.0, 0.0]).unwrap(),
        vector![0.0, 0.0],
        "vector![0.0, 5.0].project_onto(&vector![3.0, 0.0]).unwrap() (left: got, right: want)"
    );
}

#[test]
fn projection_random_properties() {
    let _points = points(2);
    for seed in 0..10 {
        let x = random_vector(30, 200 + seed);
        let y = random_vector(30, 300 + seed);
        let p = x.project_onto(&y).unwrap();
        let r = x.reject_from(&y).unwrap();
        let (nx, ny) = (vec_norm2(&x), vec_norm2(&y));
        let ortho = dot(&r, &y).abs() / (nx * ny * EPS);
        assert!(ortho < 30.0, "|rej·y|/(‖x‖‖y‖ε) = {ortho:.1}, seed {seed}");
        for i in 0..30 {
            assert!(
                (p[i] + r[i] - x[i]).abs() <= 8.0 * EPS * nx,
                "p + r = x, seed {seed}"
            );
        }
        // Projecting twice changes nothing (up to rounding).
        let pp = p.project_onto(&y).unwrap();
        for i in 0..30 {
            assert!(
                (pp[i] - p[i]).abs() <= 16.0 * EPS * nx,
                "idempotent, seed {seed}"
            );
        }
        // ‖p‖ ≤ ‖x‖ (Pythagoras: ‖x‖² = ‖p‖² + ‖r‖²).
        let (np, nr) = (vec_norm2(&p), vec_norm2(&r));
        assert!(
            (np * np + nr * nr - nx * nx).abs() <= 64.0 * EPS * nx * nx,
            "Pythagoras, seed {seed}"
        );
    }
}

#[test]
fn projection_onto_extreme_vectors() {
    let _points = points(3);
    let x = vector![4.0, -1.0, 2.0];
    for y in [
        vector![1e-300, 0.0, 1e-300],
        vector![1e300, 0.0, 1e300],
        vector![5e-324, 0.0, 5e-324],
    ] {
        let p = x.project_onto(&y).unwrap();
        let r = x.reject_from(&y).unwrap();
        let want_p = [3.0, 0.0, 3.0];
        let want_r = [1.0, -1.0, -1.0];
        for i in 0..3 {
            assert!(
                (p[i] - want_p[i]).abs() <= 8.0 * EPS,
                "proj onto {y:?} = {p:?}"
            );
            assert!(
                (r[i] - want_r[i]).abs() <= 8.0 * EPS,
                "rej from {y:?} = {r:?}"
            );
        }
    }
    // A tiny x onto an ordinary y.
    let p = vector![3e-300, 0.0]
        .project_onto(&vector![1.0, 1.0])
        .unwrap();
    assert!((p[0] - 1.5e-300).abs() <= 4.0 * EPS * 1.5e-300, "{p:?}");
}

#[test]
fn projection_errors() {
    let _points = points(2);
    assert_eq!(
        vector![1.0, 2.0, 3.0].project_onto(&Vector::zeros(3)),
        Err(LinalgError::ZeroVector { op: "project_onto" }),
        "vector![1.0, 2.0, 3.0].project_onto(&Vector::zeros(3)) (left: got, right: want)"
    );
    assert_eq!(
        vector![].reject_from(&vector![]),
        Err(LinalgError::ZeroVector { op: "reject_from" }),
        "vector![].reject_from(&vector![]) (left: got, right: want)"
    );
    assert_eq!(
        vector![1.0, 2.0, 3.0].project_onto(&vector![1.0, 2.0]),
        Err(LinalgError::LengthMismatch {
            op: "project_onto",
            left: 3,
            right: 2
        }),
        "vector![1.0, 2.0, 3.0].project_onto(&vector![1.0, 2.0]) (left: got, right: want)"
    );
    assert_eq!(
        vector![1.0, 2.0].reject_from(&vector![f64::NAN, 1.0]),
        Err(LinalgError::NonFinite { op: "reject_from" }),
        "vector![1.0, 2.0].reject_from(&vector![f64::NAN, 1.0]) (left: got, right: want)"
    );
    assert_eq!(
        vector![1.0, 2.0].project_onto(&vector![f64::INFINITY, 1.0]),
        Err(LinalgError::NonFinite { op: "project_onto" }),
        "vector![1.0, 2.0].project_onto(&vector![f64::INFINITY, 1.0]) (left: got, right: want)"
    );
}
