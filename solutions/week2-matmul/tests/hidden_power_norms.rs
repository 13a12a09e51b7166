//! Hidden tests of the trace, matrix powers and matrix norms (19 points).

use week1_vectors::testing::{frobenius, naive_matmul, norm_inf as naive_norm_inf, norm1, points};
use week1_vectors::{LinalgError, Matrix, gallery, matrix};
use week2_matmul::{matrix_power, norm_1, norm_frobenius, norm_inf, trace};

#[test]
fn trace_values_and_errors() {
    let _points = points(2);
    assert_eq!(
        trace(&matrix![[-2.5]]).unwrap(),
        -2.5,
        "trace(&matrix![[-2.5]]).unwrap() (left: got, right: want)"
    );
    assert_eq!(
        trace(&gallery::pascal(5)).unwrap(),
        1.0 + 2.0 + 6.0 + 20.0 + 70.0,
        "trace(&gallery::pascal(5)).unwrap() (left: got, right: want)"
    );
    assert_eq!(
        trace(&Matrix::zeros(0, 0)).unwrap(),
        0.0,
        "trace(&Matrix::zeros(0, 0)).unwrap() (left: got, right: want)"
    );
    assert_eq!(
        trace(&Matrix::zeros(3, 1)),
        Err(LinalgError::NotSquare {
            op: "trace",
            shape: (3, 1)
        }),
        "trace(&Matrix::zeros(3, 1)) (left: got, right: want)"
    );
}

#[test]
fn power_zero_is_the_identity() {
    let _points = points(3);
    for n in [0, 1, 4] {
        let a = gallery::random_matrix(n, n, 3);
        assert_eq!(
            matrix_power(&a, 0).unwrap(),
            Matrix::identity(n),
            "A⁰ for {n}×{n}"
        );
    }
    let nan = Matrix::filled(3, 3, f64::NAN);
    assert_eq!(
        matrix_power(&nan, 0).unwrap(),
        Matrix::identity(3),
        "A⁰ = I even for NaN"
    );
}

#[test]
fn power_one_is_a_copy() {
    let _points = points(2);
    let a = gallery::random_matrix(6, 6, 8);
    assert_eq!(matrix_power(&a, 1).unwrap(), a, "A¹ = A exactly");
    // I·B would spread the NaN down its column, B·I along its row (0·NaN = NaN): A¹ must not
    // touch the other entries.
    let b = matrix![[1.0, f64::NAN], [2.0, 3.0]];
    let p = matrix_power(&b, 1).unwrap();
    assert!(p[(0, 1)].is_nan(), "matrix_power(B, 1) lost the NaN");
    assert_eq!(
        (p[(0, 0)], p[(1, 0)], p[(1, 1)]),
        (1.0, 2.0, 3.0),
        "matrix_power(B, 1) = {p}"
    );
}

#[test]
fn power_large_exponents_exactly() {
    let _points = points(3);
    // [[1,1],[1,0]]^77 = [[F78, F77], [F77, F76]]; F78 = 8944394323791464 < 2⁵³: all exact.
    let fib = matrix![[1.0, 1.0], [1.0, 0.0]];
    assert_eq!(
        matrix_power(&fib, 77).unwrap(),
        matrix![
            [8944394323791464.0, 5527939700884757.0],
            [5527939700884757.0, 3416454622906707.0]
        ],
        "Fibonacci matrix to the 77th power"
    );
    let shear = matrix![[1.0, 1.0], [0.0, 1.0]];
    assert_eq!(
        matrix_power(&shear, 1000).unwrap(),
        matrix![[1.0, 1000.0], [0.0, 1.0]],
        "matrix_power(&shear, 1000).unwrap() with shear = {:?} (left: got, right: want)",
        shear
    );
    let two = Matrix::from_diag(&[2.0, 0.5, -1.0]);
    assert_eq!(
        matrix_power(&two, 50).unwrap(),
        Matrix::from_diag(&[2f64.powi(50), 0.5f64.powi(50), 1.0]),
        "matrix_power(&two, 50).unwrap() with two = {:?} (left: got, right: want)",
        two
    );
    // A 5-cycle: P⁵ = I. Only repeated squaring reaches k = 2³¹ or 2³² − 1 in time.
    let p = gallery::permutation(&[1, 2, 3, 4, 0]);
    let p3 = naive_matmul(&naive_matmul(&p, &p), &p);
    assert_eq!(
        matrix_power(&p, 1 << 31).unwrap(),
        p3,
        "P^(2³¹) = P³ for a 5-cycle"
    );
    assert_eq!(
        matrix_power(&p, u32::MAX).unwrap(),
        Matrix::identity(5),
        "P^(2³² − 1) = I"
    );
    // Small integer entries: A^k by repeated products, exactly.
    let a = gallery::random_uniform(4, 4, -1.5, 1.5, 12).map(f64::round);
    let mut want = a.clone();
    for _ in 1..13 {
        want = naive_matmul(&want, &a);
    }
    assert_eq!(
        matrix_power(&a, 13).unwrap(),
        want,
        "A¹³ of a {{−1, 0, 1}} matrix"
    );
}

#[test]
fn power_needs_a_square_matrix() {
    let _points = points(2);
    for (m, n) in [(1, 2), (3, 2), (0, 1)] {
        assert_eq!(
            matrix_power(&Matrix::zeros(m, n), 3),
            Err(LinalgError::NotSquare {
                op: "matrix_power",
                shape: (m, n)
            }),
            "matrix_power of a {m}×{n}"
        );
    }
    assert!(
        matrix_power(&Matrix::zeros(2, 5), 0).is_err(),
        "even for k = 0"
    );
}

#[test]
fn frobenius_values_scaling_and_nan() {
    let _points = points(3);
    assert_eq!(
        norm_frobenius(&matrix![[1.0, 2.0], [2.0, 4.0]]),
        5.0,
        "norm_frobenius(&matrix![[1.0, 2.0], [2.0, 4.0]]) (left: got, right: want)"
    );
    let a = gallery::random_matrix(9, 14, 50);
    assert!(
        (norm_frobenius(&a) / frobenius(&a) - 1.0).abs() < 1e-14,
        "(norm_frobenius(&a) / frobenius(&a) - 1.0).abs() with a = {:?} = {:?}, want < 1e-14",
        a,
        (norm_frobenius(&a) / frobenius(&a) - 1.0).abs()
    );
    for scale in [1e300, 1e-300, 1e-310] {
        let s = a.map(|x| x * scale);
        let got = norm_frobenius(&s);
        let want = frobenius(&a) * scale;
        assert!(
            (got / want - 1.0).abs() < 1e-13,
            "norm_frobenius of A·{scale:e} is {got:e}, want {want:e}"
        );
    }
    assert_eq!(
        norm_frobenius(&matrix![[f64::INFINITY, 1.0]]),
        f64::INFINITY,
        "norm_frobenius(&matrix![[f64::INFINITY, 1.0]]) (left: got, right: want)"
    );
    assert!(
        norm_frobenius(&matrix![[1.0, 2.0], [f64::NAN, f64::INFINITY]]).is_nan(),
        "norm_frobenius(&matrix![[1.0, 2.0], [f64::NAN, f64::INFINITY]]): got {:?}, want NaN",
        norm_frobenius(&matrix![[1.0, 2.0], [f64::NAN, f64::INFINITY]])
    );
    assert_eq!(
        norm_frobenius(&Matrix::zeros(4, 0)),
        0.0,
        "norm_frobenius(&Matrix::zeros(4, 0)) (left: got, right: want)"
    );
}

#[test]
fn norm_1_values_and_nan() {
    let _points = points(2);
    assert_eq!(
        norm_1(&matrix![[1.0, -7.0], [-2.0, 0.5], [-3.0, 0.5]]),
        8.0,
        "norm_1(&matrix![[1.0, -7.0], [-2.0, 0.5], [-3.0, 0.5]]) (left: got, right: want)"
    );
    let a = gallery::random_matrix(13, 6, 51);
    assert!(
        (norm_1(&a) / norm1(&a) - 1.0).abs() < 1e-14,
        "(norm_1(&a) / norm1(&a) - 1.0).abs() with a = {:?} = {:?}, want < 1e-14",
        a,
        (norm_1(&a) / norm1(&a) - 1.0).abs()
    );
    assert!(
        norm_1(&matrix![[5.0, 1.0], [5.0, f64::NAN]]).is_nan(),
        "NaN in the small column"
    );
    assert_eq!(
        norm_1(&Matrix::zeros(0, 3)),
        0.0,
        "norm_1(&Matrix::zeros(0, 3)) (left: got, right: want)"
    );
}

#[test]
fn norm_inf_values_and_nan() {
    let _points = points(2);
    assert_eq!(
        norm_inf(&matrix![[1.0, -7.0], [-2.0, 0.5], [-3.0, 0.5]]),
        8.0,
        "norm_inf(&matrix![[1.0, -7.0], [-2.0, 0.5], [-3.0, 0.5]]) (left: got, right: want)"
    );
    let a = gallery::random_matrix(6, 13, 52);
    assert!(
        (norm_inf(&a) / naive_norm_inf(&a) - 1.0).abs() < 1e-14,
        "(norm_inf(&a) / naive_norm_inf(&a) - 1.0).abs() with a = {:?} = {:?}, want < 1e-14",
        a,
        (norm_inf(&a) / naive_norm_inf(&a) - 1.0).abs()
    );
    assert!(
        norm_inf(&matrix![[5.0, 5.0], [1.0, f64::NAN]]).is_nan(),
        "NaN in the small row"
    );
    assert_eq!(
        norm_inf(&Matrix::zeros(3, 0)),
        0.0,
        "norm_inf(&Matrix::zeros(3, 0)) (left: got, right: want)"
    );
}
