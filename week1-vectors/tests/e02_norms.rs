//! Public tests: norm_l1, norm_l2, norm_inf, norm_lp, normalize, distance (src/norms.rs).
//!
//! Run just these with `cargo test -p week1-vectors --test e02_norms`.

use week1_vectors::gallery::random_vector;
use week1_vectors::testing::{EPS, vec_norm2};
use week1_vectors::{LinalgError, Vector, vector};

/// `|a − b| ≤ tol·|b|`, with a message naming what was measured.
#[track_caller]
fn assert_rel(what: &str, got: f64, want: f64, tol: f64) {
    let err = (got - want).abs();
    assert!(
        err <= tol * want.abs(),
        "{what}: got {got:e}, want {want:e} (relative error {:.2e}, allowed {tol:.1e})",
        err / want.abs()
    );
}

// ---- norm_l1 ----------------------------------------------------------------------------

#[test]
fn l1_small() {
    assert_eq!(vector![3.0, -4.0].norm_l1(), 7.0, "‖[3, −4]‖₁");
    assert_eq!(
        vector![1.0, -2.0, 3.0, -4.0].norm_l1(),
        10.0,
        "vector![1.0, -2.0, 3.0, -4.0].norm_l1() (left: got, right: want)"
    );
}

#[test]
fn l1_empty_is_zero() {
    assert_eq!(
        vector![].norm_l1(),
        0.0,
        "the norm of the empty vector is 0"
    );
}

#[test]
fn l1_nan_propagates() {
    assert!(
        vector![1.0, f64::NAN].norm_l1().is_nan(),
        "‖[1, NaN]‖₁ must be NaN"
    );
}

// ---- norm_l2 ----------------------------------------------------------------------------

#[test]
fn l2_small() {
    assert_eq!(vector![3.0, 4.0].norm_l2(), 5.0, "‖[3, 4]‖₂");
    assert_eq!(vector![-2.0].norm_l2(), 2.0, "‖[−2]‖₂");
    assert_eq!(vector![1.0, 2.0, 2.0].norm_l2(), 3.0, "‖[1, 2, 2]‖₂");
}

#[test]
fn l2_empty_and_zero() {
    assert_eq!(vector![].norm_l2(), 0.0, "‖[]‖₂");
    assert_eq!(vector![0.0, 0.0, 0.0].norm_l2(), 0.0, "‖0‖₂");
}

#[test]
fn l2_does_not_overflow() {
    // (1e200)² = 1e400 overflows; the norm √2·1e200 does not. The scaled algorithm is
    // accurate to a few ulps: 4ε relative.
    let n = vector![1e200, 1e200].norm_l2();
    assert_rel("‖[1e200, 1e200]‖₂", n, 2f64.sqrt() * 1e200, 4.0 * EPS);
    let n = vector![3e300, -4e300].norm_l2();
    assert_rel("‖[3e300, −4e300]‖₂", n, 5e300, 4.0 * EPS);
}

#[test]
fn l2_does_not_underflow() {
    // (1e-200)² = 1e-400 underflows to 0; the norm is an ordinary number.
    let n = vector![1e-200, 1e-200].norm_l2();
    assert_rel("‖[1e-200, 1e-200]‖₂", n, 2f64.sqrt() * 1e-200, 4.0 * EPS);
    let n = vector![3e-170, 4e-170].norm_l2();
    assert_rel("‖[3e-170, 4e-170]‖₂", n, 5e-170, 4.0 * EPS);
}

#[test]
fn l2_nan_and_infinity() {
    assert!(
        vector![1.0, f64::NAN, 3.0].norm_l2().is_nan(),
        "NaN must propagate"
    );
    assert!(
        vector![f64::NAN, f64::INFINITY].norm_l2().is_nan(),
        "NaN wins over ∞"
    );
    assert_eq!(
        vector![1.0, f64::NEG_INFINITY].norm_l2(),
        f64::INFINITY,
        "vector![1.0, f64::NEG_INFINITY].norm_l2() (left: got, right: want)"
    );
}

#[test]
fn l2_matches_independent_norm_on_random_vectors() {
    // Both scaled algorithms are accurate to about (n/2 + 2)·ε relative; allow (n + 4)·ε.
    for (seed, n) in [(1, 1), (2, 5), (3, 17), (4, 100)] {
        let x = random_vector(n, seed);
        assert_rel(
            &format!("‖x‖₂, random n = {n}, seed {seed}"),
            x.norm_l2(),
            vec_norm2(&x),
            (n as f64 + 4.0) * EPS,
        );
    }
}

#[test]
fn l2_properties_on_random_vectors() {
    for seed in 10..30 {
        let x = random_vector(8, seed);
        let y = random_vector(8, seed + 100);
        let (nx, ny) = (x.norm_l2(), y.norm_l2());
        // Triangle inequality ‖x + y‖ ≤ ‖x‖ + ‖y‖ (with rounding slack).
        let s: Vector = x.iter().zip(y.iter()).map(|(a, b)| a + b).collect();
        assert!(
            s.norm_l2() <= (nx + ny) * (1.0 + 16.0 * EPS),
            "triangle inequality fails, seed {seed}: ‖x+y‖ = {}, ‖x‖+‖y‖ = {}",
            s.norm_l2(),
            nx + ny
        );
        // Homogeneity ‖αx‖ = |α|‖x‖, even for α = 1e250 (where squares would overflow).
        for alpha in [-3.0, 1e250, 1e-250] {
            let ax: Vector = x.iter().map(|v| alpha * v).collect();
            assert_rel(
                &format!("‖{alpha:e}·x‖₂, seed {seed}"),
                ax.norm_l2(),
                alpha.abs() * nx,
                16.0 * EPS,
            );
        }
    }
}

// ---- norm_inf ---------------------------------------------------------------------------

#[test]
fn inf_small() {
    assert_eq!(
        vector![1.0, -7.0, 3.0].norm_inf(),
        7.0,
        "vector![1.0, -7.0, 3.0].norm_inf() (left: got, right: want)"
    );
    assert_eq!(vector![].norm_inf(), 0.0, "‖[]‖∞ is 0");
}

#[test]
fn inf_nan_propagates_wherever_it_is() {
    // f64::max ignores NaN: a NaN in any position must still give NaN.
    for x in [
        vector![f64::NAN, 1.0, 2.0],
        vector![1.0, f64::NAN, 2.0],
        vector![1.0, 2.0, f64::NAN],
    ] {
        assert!(x.norm_inf().is_nan(), "‖{x}‖∞ must be NaN");
    }
}

// ---- norm_lp ----------------------------------------------------------------------------

#[test]
fn lp_p1_p2_p3() {
    let x = vector![1.0, -2.0, 2.0];
    assert_rel("‖x‖₁ via norm_lp", x.norm_lp(1.0).unwrap(), 5.0, 4.0 * EPS);
    assert_rel("‖x‖₂ via norm_lp", x.norm_lp(2.0).unwrap(), 3.0, 4.0 * EPS);
    // (1 + 8 + 8)^(1/3); powf is accurate to about an ulp, so 8ε.
    assert_rel("‖x‖₃", x.norm_lp(3.0).unwrap(), 17f64.cbrt(), 8.0 * EPS);
}

#[test]
fn lp_infinity_is_max_norm() {
    assert_eq!(
        vector![1.0, -9.0, 3.0].norm_lp(f64::INFINITY).unwrap(),
        9.0,
        "vector![1.0, -9.0, 3.0].norm_lp(f64::INFINITY).unwrap() (left: got, right: want)"
    );
}

#[test]
fn lp_large_p_does_not_overflow() {
    // 3^1000 overflows; ‖[2, 3]‖₁₀₀₀ = 3·(1 + (2/3)^1000)^(1/1000) = 3 to double precision.
    let n = vector![2.0, 3.0].norm_lp(1000.0).unwrap();
    assert_rel("‖[2, 3]‖₁₀₀₀", n, 3.0, 4.0 * EPS);
    let n = vector![1e200, 1e200].norm_lp(3.0).unwrap();
    assert_rel("‖[1e200, 1e200]‖₃", n, 2f64.cbrt() * 1e200, 8.0 * EPS);
}

/// The scaling by `m = ‖x‖∞` must step aside when `m` is 0 or ∞: `0/0` and `∞/∞` are NaN, but
/// `‖0‖ₚ = 0` (a norm is zero only at zero) and a vector with an infinite entry has norm ∞.
#[test]
fn lp_zero_and_infinite_vectors() {
    for p in [1.5, 3.0] {
        let n = vector![0.0, 0.0, 0.0].norm_lp(p).unwrap();
        assert_eq!(
            n, 0.0,
            "vector![0.0, 0.0, 0.0].norm_lp({p}): got {n}, want 0"
        );
        let n = vector![1.0, f64::INFINITY].norm_lp(p).unwrap();
        assert_eq!(
            n,
            f64::INFINITY,
            "vector![1.0, f64::INFINITY].norm_lp({p}): got {n}, want inf"
        );
    }
}

#[test]
fn lp_empty_and_nan() {
    assert_eq!(
        vector![].norm_lp(3.0).unwrap(),
        0.0,
        "vector![].norm_lp(3.0).unwrap() (left: got, right: want)"
    );
    assert!(
        vector![1.0, f64::NAN].norm_lp(3.0).unwrap().is_nan(),
        "vector![1.0, f64::NAN].norm_lp(3.0).unwrap(): got {:?}, want NaN",
        vector![1.0, f64::NAN].norm_lp(3.0).unwrap()
    );
}

#[test]
fn lp_rejects_p_below_one() {
    for p in [0.5, 0.0, -1.0, f64::NAN] {
        match vector![1.0, 2.0].norm_lp(p) {
            Err(LinalgError::InvalidArgument { op, .. }) => assert_eq!(
                op, "norm_lp",
                "norm_lp([1, 2], p = {p}): the error's op (left: got, right: want)"
            ),
            other => panic!("norm_lp(p = {p}) must be InvalidArgument, got {other:?}"),
        }
    }
}

// ---- normalize --------------------------------------------------------------------------

#[test]
fn normalize_small() {
    assert_eq!(
        vector![3.0, 4.0].normalize().unwrap(),
        vector![0.6, 0.8],
        "vector![3.0, 4.0].normalize().unwrap() (left: got, right: want)"
    );
    assert_eq!(
        vector![0.0, -5.0].normalize().unwrap(),
        vector![0.0, -1.0],
        "vector![0.0, -5.0].normalize().unwrap() (left: got, right: want)"
    );
}

#[test]
fn normalize_gives_unit_vectors() {
    for seed in 0..20 {
        let x = random_vector(10, seed);
        let u = x.normalize().unwrap();
        let n = vec_norm2(&u);
        assert!(
            (n - 1.0).abs() <= 10.0 * EPS,
            "‖normalize(x)‖ = {n} for seed {seed}, want 1 within 10ε"
        );
        // Same direction: u = x/‖x‖ entrywise, to a few ulps.
        let nx = vec_norm2(&x);
        for i in 0..10 {
            assert!(
                (u[i] - x[i] / nx).abs() <= 10.0 * EPS,
                "entry {i}, seed {seed}"
            );
        }
    }
}

#[test]
fn normalize_huge_and_tiny() {
    let h = 0.5f64.sqrt();
    for x in [
        vector![1e200, 1e200],
        vector![1e-200, 1e-200],
        vector![1e-310, 1e-310],
    ] {
        let u = x.normalize().unwrap();
        assert!(
            (u[0] - h).abs() <= 4.0 * EPS && (u[1] - h).abs() <= 4.0 * EPS,
            "normalize({x:?}) = {u}, want [1/√2, 1/√2]"
        );
    }
}

#[test]
fn normalize_zero_and_empty_are_errors() {
    assert_eq!(
        vector![0.0, 0.0].normalize(),
        Err(LinalgError::ZeroVector { op: "normalize" }),
        "vector![0.0, 0.0].normalize() (left: got, right: want)"
    );
    assert_eq!(
        vector![].normalize(),
        Err(LinalgError::ZeroVector { op: "normalize" }),
        "vector![].normalize() (left: got, right: want)"
    );
}

#[test]
fn normalize_nan_is_an_error() {
    assert_eq!(
        vector![1.0, f64::NAN].normalize(),
        Err(LinalgError::NonFinite { op: "normalize" }),
        "vector![1.0, f64::NAN].normalize() (left: got, right: want)"
    );
}

// ---- distance ---------------------------------------------------------------------------

#[test]
fn distance_small() {
    assert_eq!(
        vector![1.0, 1.0].distance(&vector![4.0, 5.0]).unwrap(),
        5.0,
        "vector![1.0, 1.0].distance(&vector![4.0, 5.0]).unwrap() (left: got, right: want)"
    );
    assert_eq!(
        vector![].distance(&vector![]).unwrap(),
        0.0,
        "vector![].distance(&vector![]).unwrap() (left: got, right: want)"
    );
    let x = vector![1.0, 2.0, 3.0];
    assert_eq!(x.distance(&x).unwrap(), 0.0, "d(x, x) = 0");
}

#[test]
fn distance_length_mismatch() {
    assert_eq!(
        vector![1.0, 2.0].distance(&vector![1.0]),
        Err(LinalgError::LengthMismatch {
            op: "distance",
            left: 2,
            right: 1
        }),
        "vector![1.0, 2.0].distance(&vector![1.0]) (left: got, right: want)"
    );
}

#[test]
fn distance_does_not_overflow() {
    let d = vector![1e200, 0.0].distance(&vector![0.0, 1e200]).unwrap();
    assert_rel(
        "d([1e200, 0], [0, 1e200])",
        d,
        2f64.sqrt() * 1e200,
        4.0 * EPS,
    );
}

#[test]
fn distance_is_symmetric_and_satisfies_triangle_inequality() {
    for seed in 0..10 {
        let x = random_vector(6, seed);
        let y = random_vector(6, seed + 50);
        let z = random_vector(6, seed + 90);
        let dxy = x.distance(&y).unwrap();
        assert_eq!(dxy, y.distance(&x).unwrap(), "d(x,y) = d(y,x), seed {seed}");
        let (dxz, dzy) = (x.distance(&z).unwrap(), z.distance(&y).unwrap());
        assert!(
            dxy <= (dxz + dzy) * (1.0 + 16.0 * EPS),
            "d(x,y) = {dxy} > d(x,z) + d(z,y) = {}, seed {seed}",
            dxz + dzy
        );
    }
}
