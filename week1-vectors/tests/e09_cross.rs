//! Public tests: cross and parallelogram_area (src/cross.rs).
//!
//! Run just these with `cargo test -p week1-vectors --test e09_cross`.

use week1_vectors::gallery::random_vector;
use week1_vectors::testing::{EPS, vec_norm2};
use week1_vectors::{LinalgError, Vector, vector};

fn dot(x: &Vector, y: &Vector) -> f64 {
    x.iter().zip(y.iter()).map(|(a, b)| a * b).sum()
}

#[test]
fn cross_of_basis_vectors() {
    let e = [
        vector![1.0, 0.0, 0.0],
        vector![0.0, 1.0, 0.0],
        vector![0.0, 0.0, 1.0],
    ];
    // e0 × e1 = e2, e1 × e2 = e0, e2 × e0 = e1 (the right-hand rule, cyclically).
    for i in 0..3 {
        let (a, b, c) = (&e[i], &e[(i + 1) % 3], &e[(i + 2) % 3]);
        assert_eq!(a.cross(b).unwrap(), *c, "{a} × {b}");
    }
}

#[test]
fn cross_small() {
    assert_eq!(
        vector![1.0, 2.0, 3.0]
            .cross(&vector![4.0, 5.0, 6.0])
            .unwrap(),
        vector![-3.0, 6.0, -3.0],
        "vector![1.0, 2.0, 3.0].cross(&vector![4.0, 5.0, 6.0]).unwrap() (left: got, right: want)"
    );
    let x = vector![2.0, -1.0, 5.0];
    assert_eq!(x.cross(&x).unwrap(), vector![0.0, 0.0, 0.0], "x × x = 0");
}

#[test]
fn cross_properties_on_random_vectors() {
    for seed in 0..30 {
        let x = random_vector(3, seed);
        let y = random_vector(3, seed + 40);
        let c = x.cross(&y).unwrap();
        // Anticommutative, exactly: the same products are subtracted the other way round.
        let d = y.cross(&x).unwrap();
        for i in 0..3 {
            assert_eq!(c[i], -d[i], "x × y = −(y × x) at {i}, seed {seed}");
        }
        // Orthogonal to both: |c·x| ≲ few·ε‖x‖²‖y‖.
        let (nx, ny) = (vec_norm2(&x), vec_norm2(&y));
        for (v, nv, name) in [(&x, nx, "x"), (&y, ny, "y")] {
            let r = dot(&c, v).abs() / (nx * ny * nv * EPS);
            assert!(
                r < 30.0,
                "(x × y)·{name} / (‖x‖‖y‖‖{name}‖ε) = {r:.1}, seed {seed}"
            );
        }
        // Lagrange's identity ‖x × y‖² + (x·y)² = ‖x‖²‖y‖².
        let lhs = vec_norm2(&c).powi(2) + dot(&x, &y).powi(2);
        let rhs = (nx * ny).powi(2);
        assert!(
            (lhs - rhs).abs() <= 16.0 * EPS * rhs,
            "Lagrange: {lhs} vs {rhs}, seed {seed}"
        );
    }
}

#[test]
fn cross_needs_3_vectors() {
    let cases = [(2, 2), (3, 2), (4, 3), (0, 3)];
    for (a, b) in cases {
        let x = Vector::filled(a, 1.0);
        let y = Vector::filled(b, 1.0);
        match x.cross(&y) {
            Err(LinalgError::InvalidArgument { op, reason }) => {
                assert_eq!(
                    op, "cross",
                    "cross of a {a}-vector and a {b}-vector: the error's op (left: got, right: want)"
                );
                assert!(
                    reason.contains(&a.to_string()) && reason.contains(&b.to_string()),
                    "the reason should name both lengths {a} and {b}: {reason:?}"
                );
            }
            other => panic!("cross of lengths {a} and {b} must be InvalidArgument, got {other:?}"),
        }
    }
}

#[test]
fn area_small() {
    let a = vector![2.0, 0.0]
        .parallelogram_area(&vector![1.0, 3.0])
        .unwrap();
    assert_eq!(a, 6.0, "2-D: |2·3 − 0·1|");
    let a = vector![1.0, 3.0]
        .parallelogram_area(&vector![2.0, 0.0])
        .unwrap();
    assert_eq!(a, 6.0, "an area is not negative");
    let a = vector![1.0, 0.0, 0.0]
        .parallelogram_area(&vector![0.0, 3.0, 4.0])
        .unwrap();
    assert_eq!(a, 5.0, "3-D: ‖[0, −4, 3]‖");
}

#[test]
fn area_of_nearly_parallel_vectors() {
    // Lagrange's identity √(‖x‖²‖y‖² − (x·y)²) cancels every digit here. The stored second
    // vector is [1, 1, 1 + d] with d = fl(1 + 1e-10) − 1 (exact), so the cross product is
    // exactly [d, −d, 0] and the area √2·d.
    let d = (1.0 + 1e-10) - 1.0;
    let a = vector![1.0, 1.0, 1.0]
        .parallelogram_area(&vector![1.0, 1.0, 1.0 + 1e-10])
        .unwrap();
    let want = 2f64.sqrt() * d;
    assert!(
        (a - want).abs() <= 4.0 * EPS * want,
        "area = {a:e}, want {want:e}"
    );
}

#[test]
fn area_of_huge_vectors() {
    // The cross product's entries are 1e300: its norm needs the scaled 2-norm.
    let a = vector![1e150, 0.0, 0.0]
        .parallelogram_area(&vector![0.0, 3e150, 4e150])
        .unwrap();
    assert!(
        (a - 5e300).abs() <= 4.0 * EPS * 5e300,
        "area = {a:e}, want 5e300"
    );
}

#[test]
fn area_wrong_lengths() {
    for (a, b) in [(2, 3), (4, 4), (1, 1)] {
        match Vector::zeros(a).parallelogram_area(&Vector::zeros(b)) {
            Err(LinalgError::InvalidArgument { op, .. }) => assert_eq!(
                op, "parallelogram_area",
                "parallelogram_area of a {a}-vector and a {b}-vector: the error's op (left: got, right: \
                 want)"
            ),
            other => panic!("lengths {a}, {b}: want InvalidArgument, got {other:?}"),
        }
    }
}
