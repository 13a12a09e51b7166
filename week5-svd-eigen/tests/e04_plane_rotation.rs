//! `givens`: the rotation that zeroes one entry.

use week5_svd_eigen::givens;

#[test]
fn three_four_five() {
    let g = givens(3.0, 4.0);
    assert_eq!((g.c, g.s, g.r), (0.6, 0.8, 5.0), "givens(3, 4): (c, s, r)");
}

#[test]
fn zeroes_the_second_entry_and_is_a_rotation() {
    for (a, b) in [
        (1.0, 2.0),
        (-3.0, 1.0),
        (0.0, -2.0),
        (1e-5, 7.0),
        (-2.0, -2.0),
    ] {
        let g = givens(a, b);
        let (r, z) = g.apply(a, b);
        let h = f64::hypot(a, b);
        assert!(
            (g.c * g.c + g.s * g.s - 1.0).abs() < 4.0 * f64::EPSILON,
            "givens({a}, {b}): c² + s² = {}",
            g.c * g.c + g.s * g.s
        );
        assert!(
            (r - h).abs() <= 2.0 * f64::EPSILON * h && z.abs() <= 2.0 * f64::EPSILON * h,
            "givens({a}, {b}) maps (a, b) to ({r}, {z}), want ({h}, 0)"
        );
        assert!((g.r - h).abs() <= 2.0 * f64::EPSILON * h, "r = {}", g.r);
    }
}

#[test]
fn nothing_to_zero() {
    let g = givens(0.0, 0.0);
    assert_eq!(
        (g.c, g.s, g.r),
        (1.0, 0.0, 0.0),
        "givens(0, 0): (c, s, r), no rotation"
    );
    let g = givens(2.0, 0.0);
    assert_eq!(
        (g.c, g.s, g.r),
        (1.0, 0.0, 2.0),
        "givens(2, 0): (c, s, r), no rotation"
    );
    let g = givens(-2.0, 0.0);
    assert_eq!(g.r, 2.0, "r = √(a² + b²) is never negative");
    assert_eq!(
        g.apply(-2.0, 0.0),
        (2.0, 0.0),
        "givens(−2, 0).apply(−2, 0): r = +2"
    );
}

#[test]
fn no_overflow() {
    let g = givens(3e200, 4e200);
    assert!((g.r / 5e200 - 1.0).abs() < 1e-15, "r = {}", g.r);
    assert!(
        (g.c - 0.6).abs() < 1e-15 && (g.s - 0.8).abs() < 1e-15,
        "givens(3e200, 4e200): (c, s) = ({}, {}), want (0.6, 0.8) (within 1e-15; no overflow)",
        g.c,
        g.s
    );
    let g = givens(3e-200, 4e-200);
    assert!(
        (g.r / 5e-200 - 1.0).abs() < 1e-15,
        "r = {} (underflow?)",
        g.r
    );
}
