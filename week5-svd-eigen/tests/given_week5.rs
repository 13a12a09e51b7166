//! Tests of this week's given code: `Complex` and the argument checks. (They pass before you
//! write anything; the exercise tests are in the other files.)

use approx::{assert_abs_diff_eq, assert_relative_eq};
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
    assert_eq!(z + w, Complex::new(4.0, 1.0));
    assert_eq!(z - w, Complex::new(-2.0, 3.0));
    assert_eq!(z * w, Complex::new(5.0, 5.0));
    assert_eq!(-z, Complex::new(-1.0, -2.0));
    assert_eq!(z.conj(), Complex::new(1.0, -2.0));
    assert_eq!(Complex::from(2.5), Complex::real(2.5));
    assert!(Complex::real(1.0).is_real() && !z.is_real());
    assert!(!Complex::new(f64::NAN, 0.0).is_finite());
    assert_eq!(Complex::new(3.0, 4.0).abs(), 5.0);
    assert_eq!(Complex::new(1e200, 1e200).abs(), 1e200 * 2f64.sqrt());
}

#[test]
fn complex_polar() {
    let z = Complex::from_polar(2.0, std::f64::consts::FRAC_PI_3);
    assert_abs_diff_eq!(z, Complex::new(1.0, 3f64.sqrt()), epsilon = 1e-15);
    assert_relative_eq!(z.arg(), std::f64::consts::FRAC_PI_3, max_relative = 1e-15);
    assert_relative_eq!(z.abs(), 2.0, max_relative = 1e-15);
}

#[test]
fn complex_relative_eq_uses_the_modulus() {
    // A tiny imaginary part next to a large real part is "equal" at relative 1e-12.
    assert_relative_eq!(
        Complex::new(1e6, 1e-7),
        Complex::real(1e6),
        max_relative = 1e-12
    );
    assert!(!approx::relative_eq!(
        Complex::new(1.0, 1e-3),
        Complex::real(1.0),
        max_relative = 1e-12
    ));
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
    assert_eq!(e, LinalgError::NonFinite { op: "op" });
    let e = check_symmetric("op", &matrix![[1.0, 2.0], [2.5, 1.0]]).unwrap_err();
    insta::assert_snapshot!(e, @"op: invalid argument: not symmetric: a[0][1] = 2 but a[1][0] = 2.5");
    assert!(check_symmetric("op", &Matrix::zeros(0, 0)).is_ok());
}

#[test]
fn symmetry_tolerance_is_relative() {
    let small = 0.1 * SYMMETRY_TOL;
    let a = matrix![[1e6, 1e6], [1e6 * (1.0 + small), 1.0]];
    assert!(check_symmetric("op", &a).is_ok());
    let s = symmetric_part(&a);
    assert_eq!(s[(0, 1)], s[(1, 0)]);
}

#[test]
fn check_iteration_in_order() {
    let a = Matrix::identity(2);
    let x = vector![1.0, 0.0];
    assert!(check_iteration("op", &a, &x, 1e-10).is_ok());
    assert!(matches!(
        check_iteration("op", &Matrix::zeros(2, 3), &x, 1e-10),
        Err(LinalgError::NotSquare { .. })
    ));
    assert!(matches!(
        check_iteration("op", &Matrix::zeros(0, 0), &Vector::zeros(0), 1e-10),
        Err(LinalgError::Empty { .. })
    ));
    assert!(matches!(
        check_iteration("op", &a, &vector![1.0], 1e-10),
        Err(LinalgError::ShapeMismatch { .. })
    ));
    assert!(matches!(
        check_iteration("op", &a, &vector![f64::NAN, 1.0], 1e-10),
        Err(LinalgError::NonFinite { .. })
    ));
    assert!(matches!(
        check_iteration("op", &a, &x, 0.0),
        Err(LinalgError::InvalidArgument { .. })
    ));
    assert!(matches!(
        check_iteration("op", &a, &vector![0.0, 0.0], 1e-10),
        Err(LinalgError::ZeroVector { .. })
    ));
}

#[test]
fn power_of_two_scaling_is_exact() {
    let a = matrix![[3e-200, -7e-201], [1e-205, 0.0]];
    let s = power_of_two_scale(&a);
    assert_eq!(s.log2().fract(), 0.0);
    let m = 3e-200 * s;
    assert!((0.5..2.0).contains(&m), "scaled max {m}");
    assert_eq!(m / s, 3e-200); // exact round trip
}
