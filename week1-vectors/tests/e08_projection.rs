//! Public tests: project_onto and reject_from (src/projection.rs).
//!
//! Run just these with `cargo test -p week1-vectors --test e08_projection`.

use week1_vectors::gallery::random_vector;
use week1_vectors::testing::{EPS, vec_norm2};
use week1_vectors::{LinalgError, Vector, vector};

fn dot(x: &Vector, y: &Vector) -> f64 {
    x.iter().zip(y.iter()).map(|(a, b)| a * b).sum()
}

#[test]
fn projection_small() {
    let x = vector![2.0, 3.0];
    assert_eq!(
        x.project_onto(&vector![4.0, 0.0]).unwrap(),
        vector![2.0, 0.0],
        "x.project_onto(&vector![4.0, 0.0]).unwrap() with x = {:?} (left: got, right: want)",
        x
    );
    assert_eq!(
        x.project_onto(&vector![1.0, 1.0]).unwrap(),
        vector![2.5, 2.5],
        "x.project_onto(&vector![1.0, 1.0]).unwrap() with x = {:?} (left: got, right: want)",
        x
    );
    assert_eq!(
        x.reject_from(&vector![1.0, 1.0]).unwrap(),
        vector![-0.5, 0.5],
        "x.reject_from(&vector![1.0, 1.0]).unwrap() with x = {:?} (left: got, right: want)",
        x
    );
    assert_eq!(
        x.reject_from(&vector![0.0, -7.0]).unwrap(),
        vector![2.0, 0.0],
        "x.reject_from(&vector![0.0, -7.0]).unwrap() with x = {:?} (left: got, right: want)",
        x
    );
}

#[test]
fn projecting_a_vector_onto_itself_gives_it_back() {
    let y = vector![1.0, 2.0, 2.0];
    assert_eq!(
        y.project_onto(&y).unwrap(),
        y,
        "y.project_onto(&y).unwrap() with y = {:?} (left: got, right: want)",
        y
    );
    assert_eq!(
        y.reject_from(&y).unwrap(),
        vector![0.0, 0.0, 0.0],
        "y.reject_from(&y).unwrap() with y = {:?} (left: got, right: want)",
        y
    );
}

#[test]
fn projection_plus_rejection_is_x_and_rejection_is_orthogonal() {
    for seed in 0..20 {
        let x = random_vector(8, seed);
        let y = random_vector(8, seed + 300);
        let p = x.project_onto(&y).unwrap();
        let r = x.reject_from(&y).unwrap();
        let (nx, ny) = (vec_norm2(&x), vec_norm2(&y));
        // r·y = 0 up to rounding: |r·y| ≲ nε‖x‖‖y‖ (see the pitfall in the docs).
        let ortho = dot(&r, &y).abs() / (nx * ny * EPS);
        assert!(
            ortho < 30.0,
            "|rej·y| / (‖x‖‖y‖ε) = {ortho:.1}, seed {seed}"
        );
        for i in 0..8 {
            assert!(
                (p[i] + r[i] - x[i]).abs() <= 8.0 * EPS * nx,
                "proj + rej ≠ x at {i}, seed {seed}"
            );
        }
        // p is parallel to y: p = c·y with c = x·y / y·y.
        let c = dot(&x, &y) / dot(&y, &y);
        for i in 0..8 {
            assert!(
                (p[i] - c * y[i]).abs() <= 8.0 * EPS * nx,
                "proj is not (x·y/y·y)·y at {i}, seed {seed}"
            );
        }
    }
}

#[test]
fn projection_onto_tiny_and_huge_vectors() {
    // y·y = 2e-400 underflows to 0 and 2e400 overflows: scale y first.
    let x = vector![2.0, 3.0];
    for y in [vector![1e-200, 1e-200], vector![1e200, 1e200]] {
        let p = x.project_onto(&y).unwrap();
        assert!(
            (p[0] - 2.5).abs() <= 4.0 * EPS && (p[1] - 2.5).abs() <= 4.0 * EPS,
            "projection of [2, 3] onto {y:?} = {p}, want [2.5, 2.5]"
        );
        let r = x.reject_from(&y).unwrap();
        assert!(
            (r[0] + 0.5).abs() <= 4.0 * EPS && (r[1] - 0.5).abs() <= 4.0 * EPS,
            "rejection of [2, 3] from {y:?} = {r}, want [−0.5, 0.5]"
        );
    }
}

#[test]
fn projection_errors() {
    let x = vector![1.0, 2.0];
    assert_eq!(
        x.project_onto(&vector![0.0, 0.0]),
        Err(LinalgError::ZeroVector { op: "project_onto" }),
        "x.project_onto(&vector![0.0, 0.0]) with x = {:?} (left: got, right: want)",
        x
    );
    assert_eq!(
        x.reject_from(&vector![0.0, 0.0]),
        Err(LinalgError::ZeroVector { op: "reject_from" }),
        "x.reject_from(&vector![0.0, 0.0]) with x = {:?} (left: got, right: want)",
        x
    );
    assert_eq!(
        x.project_onto(&vector![1.0]),
        Err(LinalgError::LengthMismatch {
            op: "project_onto",
            left: 2,
            right: 1
        }),
        "x.project_onto(&vector![1.0]) with x = {:?} (left: got, right: want)",
        x
    );
    assert_eq!(
        x.reject_from(&vector![1.0, 2.0, 3.0]),
        Err(LinalgError::LengthMismatch {
            op: "reject_from",
            left: 2,
            right: 3
        }),
        "x.reject_from(&vector![1.0, 2.0, 3.0]) with x = {:?} (left: got, right: want)",
        x
    );
    assert_eq!(
        vector![f64::NAN, 1.0].project_onto(&x),
        Err(LinalgError::NonFinite { op: "project_onto" }),
        "vector![f64::NAN, 1.0].project_onto(&x) with x = {:?} (left: got, right: want)",
        x
    );
    assert_eq!(
        vector![].project_onto(&vector![]),
        Err(LinalgError::ZeroVector { op: "project_onto" }),
        "vector![].project_onto(&vector![]) (left: got, right: want)"
    );
}
