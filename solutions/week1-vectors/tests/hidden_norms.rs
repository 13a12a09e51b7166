//! Hidden tests: norm_l1, norm_l2, norm_inf, norm_lp, normalize, distance (28 points).

use week1_vectors::gallery::random_vector;
use week1_vectors::testing::{EPS, points, vec_norm2};
use week1_vectors::{LinalgError, Vector, vector};

#[track_caller]
fn assert_rel(what: &str, got: f64, want: f64, tol: f64) {
    let err = (got - want).abs();
    assert!(
        err <= tol * want.abs(),
        "{what}: got {got:e}, want {want:e} (relative error {:.2e}, allowed {tol:.1e})",
        err / want.abs()
    );
}

#[test]
fn l1_values_nan_inf_empty() {
    let _points = points(2);
    assert_eq!(
        vector![-0.125, 2.0, -3.0].norm_l1(),
        5.125,
        "vector![-0.125, 2.0, -3.0].norm_l1() (left: got, right: want)"
    );
    assert_eq!(
        vector![-2e300, 2e300].norm_l1(),
        4e300,
        "vector![-2e300, 2e300].norm_l1() (left: got, right: want)"
    );
    assert_eq!(
        Vector::zeros(0).norm_l1(),
        0.0,
        "Vector::zeros(0).norm_l1() (left: got, right: want)"
    );
    assert_eq!(
        vector![1.0, f64::NEG_INFINITY].norm_l1(),
        f64::INFINITY,
        "vector![1.0, f64::NEG_INFINITY].norm_l1() (left: got, right: want)"
    );
    assert!(
        vector![f64::NAN, 1.0, 2.0].norm_l1().is_nan(),
        "vector![f64::NAN, 1.0, 2.0].norm_l1(): got {:?}, want NaN",
        vector![f64::NAN, 1.0, 2.0].norm_l1()
    );
}

#[test]
fn l2_does_not_overflow() {
    let _points = points(4);
    assert_rel(
        "‖[1e200, 1e200]‖₂",
        vector![1e200, 1e200].norm_l2(),
        2f64.sqrt() * 1e200,
        4.0 * EPS,
    );
    assert_rel(
        "‖[1e300, −1e300, 1e300]‖₂",
        vector![1e300, -1e300, 1e300].norm_l2(),
        3f64.sqrt() * 1e300,
        4.0 * EPS,
    );
    assert_eq!(vector![f64::MAX, 0.0].norm_l2(), f64::MAX, "‖[MAX, 0]‖₂");
    assert_eq!(vector![-1e305].norm_l2(), 1e305, "one entry");
    // Wildly different magnitudes: the small ones do not matter, nothing overflows.
    assert_eq!(
        vector![1e-300, 1.0, 1e300].norm_l2(),
        1e300,
        "vector![1e-300, 1.0, 1e300].norm_l2() (left: got, right: want)"
    );
}

#[test]
fn l2_does_not_underflow() {
    let _points = points(3);
    assert_rel(
        "‖[1e-200, 1e-200]‖₂",
        vector![1e-200, 1e-200].norm_l2(),
        2f64.sqrt() * 1e-200,
        4.0 * EPS,
    );
    assert_rel(
        "‖[6e-170, 8e-170]‖₂",
        vector![6e-170, -8e-170].norm_l2(),
        1e-169,
        4.0 * EPS,
    );
    assert_eq!(vector![5e-324].norm_l2(), 5e-324, "the smallest subnormal");
    // Subnormal results are only as precise as the subnormal grid (4.9e-324 apart): 1e-13.
    assert_rel(
        "‖[1e-310, 1e-310]‖₂",
        vector![1e-310, 1e-310].norm_l2(),
        2f64.sqrt() * 1e-310,
        1e-13,
    );
}

#[test]
fn l2_nan_infinity_and_zero() {
    let _points = points(3);
    assert!(
        vector![f64::INFINITY, 1.0, f64::NAN].norm_l2().is_nan(),
        "vector![f64::INFINITY, 1.0, f64::NAN].norm_l2(): got {:?}, want NaN",
        vector![f64::INFINITY, 1.0, f64::NAN].norm_l2()
    );
    assert!(
        vector![f64::NAN].norm_l2().is_nan(),
        "vector![f64::NAN].norm_l2(): got {:?}, want NaN",
        vector![f64::NAN].norm_l2()
    );
    assert_eq!(
        vector![1.0, f64::INFINITY, 1e300].norm_l2(),
        f64::INFINITY,
        "vector![1.0, f64::INFINITY, 1e300].norm_l2() (left: got, right: want)"
    );
    assert_eq!(
        Vector::zeros(7).norm_l2(),
        0.0,
        "Vector::zeros(7).norm_l2() (left: got, right: want)"
    );
    assert_eq!(
        Vector::zeros(0).norm_l2(),
        0.0,
        "Vector::zeros(0).norm_l2() (left: got, right: want)"
    );
}

#[test]
fn l2_random_against_independent_norm() {
    let _points = points(3);
    for (n, seed, scale) in [(2, 5, 1.0), (33, 6, 1e250), (64, 7, 1e-250), (100, 8, 3.0)] {
        let x: Vector = random_vector(n, seed).iter().map(|v| scale * v).collect();
        assert_rel(
            &format!("‖x‖₂ for n = {n}, scale {scale:e}"),
            x.norm_l2(),
            vec_norm2(&x),
            (n as f64 + 4.0) * EPS,
        );
    }
}

#[test]
fn inf_values() {
    let _points = points(2);
    assert_eq!(
        vector![-3.0, 2.0, -1e-300].norm_inf(),
        3.0,
        "vector![-3.0, 2.0, -1e-300].norm_inf() (left: got, right: want)"
    );
    assert_eq!(
        vector![0.0, -0.0].norm_inf(),
        0.0,
        "vector![0.0, -0.0].norm_inf() (left: got, right: want)"
    );
    assert_eq!(
        vector![1.0, f64::NEG_INFINITY].norm_inf(),
        f64::INFINITY,
        "vector![1.0, f64::NEG_INFINITY].norm_inf() (left: got, right: want)"
    );
    let mut x = Vector::filled(50, 2.0);
    x[49] = f64::NAN;
    assert!(x.norm_inf().is_nan(), "NaN at the end of 50 entries");
    assert!(
        vector![f64::NAN, f64::INFINITY].norm_inf().is_nan(),
        "vector![f64::NAN, f64::INFINITY].norm_inf(): got {:?}, want NaN",
        vector![f64::NAN, f64::INFINITY].norm_inf()
    );
}

#[test]
fn lp_values() {
    let _points = points(2);
    assert_rel(
        "‖[3, 4, 5]‖₃",
        vector![3.0, 4.0, 5.0].norm_lp(3.0).unwrap(),
        6.0,
        8.0 * EPS,
    );
    assert_rel(
        "‖[1, 1, 1, 1]‖₄",
        vector![1.0, -1.0, 1.0, -1.0].norm_lp(4.0).unwrap(),
        2f64.sqrt(),
        8.0 * EPS,
    );
    assert_rel(
        "‖[1e300, 1e300]‖₁",
        vector![1e300, 1e300].norm_lp(1.0).unwrap(),
        2e300,
        4.0 * EPS,
    );
    assert_rel(
        "‖[1e-200, 1e-200]‖₂",
        vector![1e-200, 1e-200].norm_lp(2.0).unwrap(),
        2f64.sqrt() * 1e-200,
        8.0 * EPS,
    );
    let x = random_vector(20, 3);
    assert_rel(
        "p = 1 against Σ|xᵢ|",
        x.norm_lp(1.0).unwrap(),
        x.iter().map(|v| v.abs()).sum(),
        24.0 * EPS,
    );
}

#[test]
fn lp_large_p_and_infinity() {
    let _points = points(2);
    // 5^10000 overflows; the norm is 5 to double precision.
    assert_rel(
        "‖[4, −5, 1]‖₁₀₀₀₀",
        vector![4.0, -5.0, 1.0].norm_lp(1e4).unwrap(),
        5.0,
        4.0 * EPS,
    );
    assert_eq!(
        vector![4.0, -5.0].norm_lp(f64::INFINITY).unwrap(),
        5.0,
        "vector![4.0, -5.0].norm_lp(f64::INFINITY).unwrap() (left: got, right: want)"
    );
    assert_eq!(
        Vector::zeros(0).norm_lp(7.0).unwrap(),
        0.0,
        "Vector::zeros(0).norm_lp(7.0).unwrap() (left: got, right: want)"
    );
    assert!(
        vector![f64::NAN, 1.0].norm_lp(1.5).unwrap().is_nan(),
        "vector![f64::NAN, 1.0].norm_lp(1.5).unwrap(): got {:?}, want NaN",
        vector![f64::NAN, 1.0].norm_lp(1.5).unwrap()
    );
}

#[test]
fn lp_invalid_p() {
    let _points = points(1);
    for p in [0.999, -2.0, f64::NEG_INFINITY, f64::NAN] {
        assert!(
            matches!(
                vector![1.0].norm_lp(p),
                Err(LinalgError::InvalidArgument { op: "norm_lp", .. })
            ),
            "p = {p} must be rejected"
        );
    }
}

#[test]
fn normalize_extreme_magnitudes() {
    let _points = points(2);
    assert_eq!(
        vector![0.0, 0.0, -1e-300].normalize().unwrap(),
        vector![0.0, 0.0, -1.0],
        "vector![0.0, 0.0, -1e-300].normalize().unwrap() (left: got, right: want)"
    );
    let h = 0.5f64.sqrt();
    // The smallest subnormal: x / ‖x‖₂ would give [1, 1] here.
    for x in [
        vector![5e-324, 5e-324],
        vector![1e308, 1e308],
        vector![-4e-320, -4e-320],
    ] {
        let u = x.normalize().unwrap();
        let want = if x[0] < 0.0 { -h } else { h };
        assert!(
            (u[0] - want).abs() <= 4.0 * EPS && (u[1] - want).abs() <= 4.0 * EPS,
            "normalize({x:?}) = {u:?}"
        );
    }
    let x = random_vector(40, 9);
    let u = x.normalize().unwrap();
    assert!(
        (vec_norm2(&u) - 1.0).abs() <= 16.0 * EPS,
        "‖u‖ = {}",
        vec_norm2(&u)
    );
}

#[test]
fn normalize_errors() {
    let _points = points(2);
    assert_eq!(
        Vector::zeros(5).normalize(),
        Err(LinalgError::ZeroVector { op: "normalize" }),
        "Vector::zeros(5).normalize() (left: got, right: want)"
    );
    assert_eq!(
        Vector::zeros(0).normalize(),
        Err(LinalgError::ZeroVector { op: "normalize" }),
        "Vector::zeros(0).normalize() (left: got, right: want)"
    );
    assert_eq!(
        vector![1.0, f64::INFINITY].normalize(),
        Err(LinalgError::NonFinite { op: "normalize" }),
        "vector![1.0, f64::INFINITY].normalize() (left: got, right: want)"
    );
    assert_eq!(
        vector![0.0, f64::NAN].normalize(),
        Err(LinalgError::NonFinite { op: "normalize" }),
        "vector![0.0, f64::NAN].normalize() (left: got, right: want)"
    );
}

#[test]
fn distance_values_and_errors() {
    let _points = points(2);
    assert_rel(
        "d([1e300, −1e300], [−1e300, 1e300])",
        vector![1e300, -1e300]
            .distance(&vector![-1e300, 1e300])
            .unwrap(),
        8f64.sqrt() * 1e300,
        4.0 * EPS,
    );
    assert_rel(
        "d([3e-200, 0], [0, 4e-200])",
        vector![3e-200, 0.0]
            .distance(&vector![0.0, 4e-200])
            .unwrap(),
        5e-200,
        4.0 * EPS,
    );
    assert_eq!(
        vector![1.0, 2.0, 3.0].distance(&vector![]),
        Err(LinalgError::LengthMismatch {
            op: "distance",
            left: 3,
            right: 0
        }),
        "vector![1.0, 2.0, 3.0].distance(&vector![]) (left: got, right: want)"
    );
    assert!(
        vector![f64::NAN].distance(&vector![1.0]).unwrap().is_nan(),
        "vector![f64::NAN].distance(&vector![1.0]).unwrap(): got {:?}, want NaN",
        vector![f64::NAN].distance(&vector![1.0]).unwrap()
    );
}
