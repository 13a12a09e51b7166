//! Exercise: gradient checking by central differences.

use week1_vectors::{LinalgError, Vector, vector};
use week6_ml::gradcheck::{DEFAULT_H, gradient_check, numerical_gradient, relative_difference};

fn rosenbrock(x: &Vector) -> week1_vectors::Result<f64> {
    Ok((1.0 - x[0]).powi(2) + 100.0 * (x[1] - x[0] * x[0]).powi(2))
}

fn rosenbrock_grad(x: &Vector) -> Vector {
    vector![
        -2.0 * (1.0 - x[0]) - 400.0 * x[0] * (x[1] - x[0] * x[0]),
        200.0 * (x[1] - x[0] * x[0])
    ]
}

#[test]
fn central_differences_match_the_gradient() {
    for x in [vector![0.0, 0.0], vector![-1.2, 1.0], vector![0.5, 2.0]] {
        let g = numerical_gradient(rosenbrock, &x, DEFAULT_H).unwrap();
        let exact = rosenbrock_grad(&x);
        for i in 0..2 {
            // Truncation h²·f‴/6 ≈ 1e-10·|f‴|, with |f‴| ≲ 2400 here.
            assert!((g[i] - exact[i]).abs() < 1e-6, "at {x}: {g} vs {exact}");
        }
    }
    // A quadratic is differentiated exactly by central differences (up to rounding).
    let g = numerical_gradient(|x| Ok(3.0 * x[0] * x[0] - x[0]), &vector![2.0], 1e-3).unwrap();
    assert!((g[0] - 11.0).abs() < 1e-9, "{g}");
}

#[test]
fn the_relative_difference() {
    assert_eq!(
        relative_difference(&vector![0.0], &vector![0.0]).unwrap(),
        0.0,
        "relative_difference(0, 0) is 0, not 0/0"
    );
    let r = relative_difference(&vector![3.0, 4.0], &vector![3.0, 4.0 + 1e-6]).unwrap();
    assert!((r - 1e-6 / 10.0).abs() < 1e-12, "{r}");
    assert!(
        relative_difference(&vector![1.0], &vector![1.0, 2.0]).is_err(),
        "relative_difference with lengths 1 and 2: got {:?}, want an error",
        relative_difference(&vector![1.0], &vector![1.0, 2.0])
    );
}

#[test]
fn gradient_check_catches_a_wrong_gradient() {
    let x = vector![-0.7, 0.3];
    let good = gradient_check(rosenbrock, &rosenbrock_grad(&x), &x, DEFAULT_H).unwrap();
    assert!(good < 1e-8, "correct gradient: {good:e}");
    // The classic bug: a factor 2 lost in one component.
    let mut wrong = rosenbrock_grad(&x);
    wrong[1] /= 2.0;
    let bad = gradient_check(rosenbrock, &wrong, &x, DEFAULT_H).unwrap();
    assert!(bad > 1e-2, "wrong gradient: {bad:e}");
}

#[test]
fn errors() {
    let x = vector![1.0];
    for h in [0.0, -1e-5, f64::NAN] {
        assert!(
            matches!(
                numerical_gradient(rosenbrock, &vector![1.0, 1.0], h),
                Err(LinalgError::InvalidArgument { .. })
            ),
            "h = {h}"
        );
    }
    assert!(
        matches!(
            numerical_gradient(|_| Ok(f64::NAN), &x, 1e-5),
            Err(LinalgError::NonFinite { .. })
        ),
        "numerical_gradient of a function returning NaN: got {:?}, want Err(LinalgError::NonFinite {{ .. }})",
        numerical_gradient(|_| Ok(f64::NAN), &x, 1e-5)
    );
    assert!(
        gradient_check(|v| Ok(v[0]), &vector![1.0, 0.0], &x, 1e-5).is_err(),
        "gradient_check with a length-2 gradient for a point of length {}: got {:?}, want an error",
        x.len(),
        gradient_check(|v| Ok(v[0]), &vector![1.0, 0.0], &x, 1e-5)
    );
    // Errors of f pass through.
    let e = numerical_gradient(|_| Err(LinalgError::Empty { op: "mine" }), &x, 1e-5).unwrap_err();
    assert_eq!(
        e,
        LinalgError::Empty { op: "mine" },
        "numerical_gradient: an error of f passes through unchanged"
    );
}
