//! Tests of this week's given code: `Complex` and the argument checks. (They pass before you
//! write anything; the exercise tests are in the other files.)

use week1_vectors::{LinalgError, Matrix, Vector, matrix, vector};
use week5_svd_eigen::Complex;
use week5_svd_eigen::checks::{
    SYMMETRY_TOL, check_finite, check_iteration, check_square, check_symmetric, power_of_two_scale,
    symmetric_part,
};

#[test]
fn complex_arithmetic() {
    let z = Complex::new(1.0, 2.0);
    let w = Complex::new(3.0, -1.0);
    assert_eq!(z + w, Complex::new(4.0, 1.0), "Complex: (1 + 2i) + (3 − i)");
    assert_eq!(
        z - w,
        Complex::new(-2.0, 3.0),
        "Complex: (1 + 2i) − (3 − i)"
    );
    assert_eq!(z * w, Complex::new(5.0, 5.0), "Complex: (1 + 2i)·(3 − i)");
    assert_eq!(-z, Complex::new(-1.0, -2.0), "Complex: −(1 + 2i)");
    assert_eq!(z.conj(), Complex::new(1.0, -2.0), "Complex: conj(1 + 2i)");
    assert_eq!(Complex::from(2.5), Complex::real(2.5), "Complex::from(2.5)");
    assert!(
        Complex::real(1.0).is_real() && !z.is_real(),
        "Complex::is_real: real(1) → {}, 1 + 2i → {}; want true, false",
        Complex::real(1.0).is_real(),
        z.is_real()
    );
    assert!(
        !Complex::new(f64::NAN, 0.0).is_finite(),
        "Complex::is_finite(NaN + 0i) must be false"
    );
    assert_eq!(Complex::new(3.0, 4.0).abs(), 5.0, "Complex::abs(3 + 4i)");
    assert_eq!(
        Complex::new(1e200, 1e200).abs(),
        1e200 * 2f64.sqrt(),
        "Complex::abs(1e200 + 1e200i) must not overflow"
    );
}

#[test]
fn complex_polar() {
    let z = Complex::from_polar(2.0, std::f64::consts::FRAC_PI_3);
    assert!(
        approx::abs_diff_eq!(z, Complex::new(1.0, 3f64.sqrt()), epsilon = 1e-15),
        "Complex::from_polar(2, π/3): got {}, want {} (abs_diff_eq, epsilon = 1e-15)",
        z,
        Complex::new(1.0, 3f64.sqrt())
    );
    assert!(
        approx::relative_eq!(z.arg(), std::f64::consts::FRAC_PI_3, max_relative = 1e-15),
        "Complex::from_polar(2, π/3).arg(): got {:?}, want {:?} (relative_eq, max_relative = 1e-15)",
        z.arg(),
        std::f64::consts::FRAC_PI_3
    );
    assert!(
        approx::relative_eq!(z.abs(), 2.0, max_relative = 1e-15),
        "Complex::from_polar(2, π/3).abs(): got {:?}, want {:?} (relative_eq, max_relative = 1e-15)",
        z.abs(),
        2.0
    );
}

#[test]
fn complex_relative_eq_uses_the_modulus() {
    // A tiny imaginary part next to a large real part is "equal" at relative 1e-12.
    assert!(
        approx::relative_eq!(
            Complex::new(1e6, 1e-7),
            Complex::real(1e6),
            max_relative = 1e-12
        ),
        "Complex relative_eq uses the modulus: 1e6 + 1e-7i vs 1e6: got {}, want {} (relative_eq, max_relative = 1e-12)",
        Complex::new(1e6, 1e-7),
        Complex::real(1e6)
    );
    assert!(
        !approx::relative_eq!(
            Complex::new(1.0, 1e-3),
            Complex::real(1.0),
            max_relative = 1e-12
        ),
        "Complex relative_eq: 1 + 1e-3i must differ from 1 at max_relative = 1e-12"
    );
}

#[test]
fn complex_display() {
    insta::assert_snapshot!(Complex::new(3.0, 4.0), @"3 + 4i");
    insta::assert_snapshot!(Complex::new(-0.5, -2.0), @"-0.5 - 2i");
    insta::assert_snapshot!(Complex::real(7.0), @"7");
    insta::assert_snapshot!(format!("{:.3}", Complex::new(0.5, 0.8660254037844386)), @"0.500 + 0.866i");
}

#[test]
fn checks_name_the_operation() {
    let e = check_square("op", &Matrix::zeros(2, 3)).unwrap_err();
    insta::assert_snapshot!(e, @"op: needs a square matrix, got 2×3");
    let e = check_finite("op", &matrix![[1.0, f64::NAN]]).unwrap_err();
    assert_eq!(
        e,
        LinalgError::NonFinite { op: "op" },
        "check_finite with a NaN"
    );
    let e = check_symmetric("op", &matrix![[1.0, 2.0], [2.5, 1.0]]).unwrap_err();
    insta::assert_snapshot!(e, @"op: invalid argument: not symmetric: a[0][1] = 2 but a[1][0] = 2.5");
    assert!(
        check_symmetric("op", &Matrix::zeros(0, 0)).is_ok(),
        "check_symmetric(0×0): got {:?}, want Ok",
        check_symmetric("op", &Matrix::zeros(0, 0))
    );
}

#[test]
fn symmetry_tolerance_is_relative() {
    let small = 0.1 * SYMMETRY_TOL;
    let a = matrix![[1e6, 1e6], [1e6 * (1.0 + small), 1.0]];
    assert!(
        check_symmetric("op", &a).is_ok(),
        "check_symmetric: an asymmetry of 0.1·SYMMETRY_TOL relative to max|a| is accepted: got {:?}, want Ok",
        check_symmetric("op", &a)
    );
    let s = symmetric_part(&a);
    assert_eq!(
        s[(0, 1)],
        s[(1, 0)],
        "symmetric_part: (0, 1) and (1, 0) must be equal"
    );
}

#[test]
fn check_iteration_in_order() {
    let a = Matrix::identity(2);
    let x = vector![1.0, 0.0];
    assert!(
        check_iteration("op", &a, &x, 1e-10).is_ok(),
        "check_iteration on the 2×2 identity with x = (1, 0): got {:?}, want Ok",
        check_iteration("op", &a, &x, 1e-10)
    );
    assert!(
        matches!(
            check_iteration("op", &Matrix::zeros(2, 3), &x, 1e-10),
            Err(LinalgError::NotSquare { .. })
        ),
        "check_iteration on a 2×3 matrix: got {:?}, want Err(LinalgError::NotSquare {{ .. }})",
        check_iteration("op", &Matrix::zeros(2, 3), &x, 1e-10)
    );
    assert!(
        matches!(
            check_iteration("op", &Matrix::zeros(0, 0), &Vector::zeros(0), 1e-10),
            Err(LinalgError::Empty { .. })
        ),
        "check_iteration on 0×0: got {:?}, want Err(LinalgError::Empty {{ .. }})",
        check_iteration("op", &Matrix::zeros(0, 0), &Vector::zeros(0), 1e-10)
    );
    assert!(
        matches!(
            check_iteration("op", &a, &vector![1.0], 1e-10),
            Err(LinalgError::ShapeMismatch { .. })
        ),
        "check_iteration with a length-1 x for a 2×2: got {:?}, want Err(LinalgError::ShapeMismatch {{ .. }})",
        check_iteration("op", &a, &vector![1.0], 1e-10)
    );
    assert!(
        matches!(
            check_iteration("op", &a, &vector![f64::NAN, 1.0], 1e-10),
            Err(LinalgError::NonFinite { .. })
        ),
        "check_iteration with a NaN in x: got {:?}, want Err(LinalgError::NonFinite {{ .. }})",
        check_iteration("op", &a, &vector![f64::NAN, 1.0], 1e-10)
    );
    assert!(
        matches!(
            check_iteration("op", &a, &x, 0.0),
            Err(LinalgError::InvalidArgument { .. })
        ),
        "check_iteration with tol = 0: got {:?}, want Err(LinalgError::InvalidArgument {{ .. }})",
        check_iteration("op", &a, &x, 0.0)
    );
    assert!(
        matches!(
            check_iteration("op", &a, &vector![0.0, 0.0], 1e-10),
            Err(LinalgError::ZeroVector { .. })
        ),
        "check_iteration with x = 0: got {:?}, want Err(LinalgError::ZeroVector {{ .. }})",
        check_iteration("op", &a, &vector![0.0, 0.0], 1e-10)
    );
}

#[test]
fn power_of_two_scaling_is_exact() {
    let a = matrix![[3e-200, -7e-201], [1e-205, 0.0]];
    let s = power_of_two_scale(&a);
    assert_eq!(
        s.log2().fract(),
        0.0,
        "power_of_two_scale([[3e-200, …]]) = {s:e} must be a power of two"
    );
    let m = 3e-200 * s;
    assert!((0.5..2.0).contains(&m), "scaled max {m}");
    assert_eq!(
        m / s,
        3e-200,
        "power_of_two_scale: (3e-200·s)/s must round-trip exactly (s = {s:e})"
    ); // exact round trip
}
