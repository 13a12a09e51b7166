//! Hidden tests: the inverse by Gauss–Jordan (15 points).

use week1_vectors::gallery::{binomial, hilbert, hilbert_inverse, pascal, random_matrix};
use week1_vectors::testing::{
    EPS, THRESHOLD, naive_matmul, naive_sub, naive_transpose, norm1, points,
};
use week1_vectors::testing::{assert_singular, assert_singular_with};
use week1_vectors::{LinalgError, Matrix, matrix};
use week3_inverse::{inverse, pivot_tolerance};

fn inverse_ratio(a: &Matrix, x: &Matrix) -> f64 {
    let n = a.rows();
    let r = naive_sub(&Matrix::identity(n), &naive_matmul(a, x));
    norm1(&r) / (n as f64 * norm1(a) * norm1(x) * EPS)
}

#[test]
fn hilbert_inverses_are_the_integer_matrices() {
    let _points = points(4);
    for n in 1..=6 {
        let h = hilbert(n);
        let exact = hilbert_inverse(n);
        let x = inverse(&h).unwrap();
        // ‖X − H⁻¹‖₁/‖H⁻¹‖₁ ≲ n·κ₁·ε (forward error of a backward-stable inverse; κ₁(H₆) ≈ 2.9e7,
        // so the bound is ≈ 4e-8; measured errors are 1e-3 of it).
        let kappa = norm1(&h) * norm1(&exact);
        let err = norm1(&naive_sub(&x, &exact)) / norm1(&exact);
        assert!(
            err <= n as f64 * kappa * EPS,
            "inverse(H{n}): relative error {err:e} above n·κ₁·ε"
        );
        // The entries (up to 4.4e6 for n = 6) are then within 0.5 of the integers.
        assert_eq!(
            x.map(f64::round),
            exact,
            "inverse(H{n}) rounded to integers"
        );
    }
}

#[test]
fn pascal_inverse_is_an_integer_matrix() {
    let _points = points(2);
    let n = 7;
    let linv = Matrix::from_fn(n, n, |i, j| {
        if (i + j) % 2 == 0 {
            binomial(i, j)
        } else {
            -binomial(i, j)
        }
    });
    let exact = naive_matmul(&naive_transpose(&linv), &linv);
    let x = inverse(&pascal(n)).unwrap();
    assert_eq!(
        x.map(f64::round),
        exact,
        "inverse(Pascal 7) rounded to integers"
    );
}

#[test]
fn random_inverses_have_small_residuals() {
    let _points = points(3);
    for (n, seed) in [(2, 4101), (25, 4102), (60, 4103)] {
        let a = random_matrix(n, n, seed);
        let x = inverse(&a).unwrap();
        let ratio = inverse_ratio(&a, &x);
        assert!(
            ratio < THRESHOLD,
            "inverse, random {n}×{n} (seed {seed}): ‖I − AX‖/(n‖A‖‖X‖ε) = {ratio:.1}"
        );
    }
    // A tiny leading entry: Gauss–Jordan needs row swaps here (without them the 1e-17 pivot
    // makes 5e16 multipliers, and a later pivot cancels to zero).
    let a = matrix![[1e-17, 2.0, 1.0], [5.0, 1.0, 0.0], [1.0, 3.0, 4.0]];
    let x = inverse(&a).unwrap_or_else(|e| {
        panic!("inverse of [[1e-17, 2, 1], [5, 1, 0], [1, 3, 4]] (det ≈ 26, not singular): {e}")
    });
    let ratio = inverse_ratio(&a, &x);
    assert!(
        ratio < THRESHOLD,
        "inverse of [[1e-17, 2, 1], [5, 1, 0], [1, 3, 4]]: ‖I − AX‖/(n‖A‖‖X‖ε) = {ratio:.1}"
    );
}

#[test]
fn singular_inverses_name_the_column() {
    let _points = points(2);
    let g = random_matrix(4, 4, 4201);
    let zero_col = Matrix::from_fn(4, 4, |i, j| if j == 2 { 0.0 } else { g[(i, j)] });
    assert_singular_with(
        inverse(&zero_col),
        "inverse",
        2,
        (0.0, pivot_tolerance(&zero_col)),
        "zero column 2",
    );
    let a = matrix![[1.0, 1.0, 1.0], [1.0, 2.0, 3.0], [2.0, 3.0, 4.0]];
    assert_singular_with(
        inverse(&a),
        "inverse",
        2,
        (0.0, pivot_tolerance(&a)),
        "row 2 = row 0 + row 1",
    );
    // Singular in exact arithmetic, but in floating point the last pivot is rounding noise
    // (≈ 1e-16, far below the tolerance n·ε·‖A‖₁ ≈ 1.2e-15), not an exact zero.
    let noisy = matrix![[0.1, 0.2, 0.3], [0.4, 0.5, 0.6], [0.7, 0.8, 0.9]];
    let r = inverse(&noisy);
    let (_, tol) = assert_singular(
        r,
        "inverse",
        2,
        "inverse of [[0.1, 0.2, 0.3], [0.4, 0.5, 0.6], [0.7, 0.8, 0.9]] (numerically singular)",
    );
    assert!(
        tol == pivot_tolerance(&noisy),
        "inverse of [[0.1, 0.2, 0.3], [0.4, 0.5, 0.6], [0.7, 0.8, 0.9]]: Singular reports \
         tolerance = {tol:e}, want pivot_tolerance(A) = {:e}",
        pivot_tolerance(&noisy)
    );
    // A negligible pivot that elimination never touches: the error must carry its size.
    let tiny = Matrix::from_diag(&[1.0, 2.0, 1e-16]);
    assert_singular_with(
        inverse(&tiny),
        "inverse",
        2,
        (1e-16, pivot_tolerance(&tiny)),
        "inverse(diag(1, 2, 1e-16)): |a₂₂| = 1e-16 ≤ tol = 3·ε·2 ≈ 1.3e-15",
    );
}

#[test]
fn empty_and_one_by_one_inverses() {
    let _points = points(2);
    assert_eq!(
        inverse(&Matrix::zeros(0, 0)).unwrap().shape(),
        (0, 0),
        "inverse(&Matrix::zeros(0, 0)).unwrap().shape() (left: got, right: want)"
    );
    assert_eq!(
        inverse(&matrix![[-0.125]]).unwrap(),
        matrix![[-8.0]],
        "inverse(&matrix![[-0.125]]).unwrap() (left: got, right: want)"
    );
    assert_singular_with(
        inverse(&matrix![[0.0]]),
        "inverse",
        0,
        (0.0, 0.0),
        "inverse(&matrix![[0.0]])",
    );
}

#[test]
fn inverse_rejects_bad_input() {
    let _points = points(2);
    assert_eq!(
        inverse(&Matrix::zeros(1, 3)),
        Err(LinalgError::NotSquare {
            op: "inverse",
            shape: (1, 3)
        }),
        "inverse(&Matrix::zeros(1, 3)) (left: got, right: want)"
    );
    assert_eq!(
        inverse(&matrix![[f64::NAN, 0.0], [0.0, 1.0]]),
        Err(LinalgError::NonFinite { op: "inverse" }),
        "inverse(&matrix![[f64::NAN, 0.0], [0.0, 1.0]]) (left: got, right: want)"
    );
}
