//! Hidden tests: triangular solves (14 points).

use week1_vectors::gallery::{random_matrix, random_vector};
use week1_vectors::testing::assert_singular_with;
use week1_vectors::testing::{THRESHOLD, points, solve_ratio};
use week1_vectors::{LinalgError, Matrix, Vector, matrix, vector};
use week3_inverse::{back_substitution, forward_substitution};

/// A random triangle (lower or upper, diagonal included) with `fill` stored in the other half.
fn triangle_with_fill(n: usize, seed: u64, lower: bool, fill: f64) -> (Matrix, Matrix) {
    let g = random_matrix(n, n, seed);
    let keep = |i: usize, j: usize| if lower { j <= i } else { j >= i };
    let clean = Matrix::from_fn(n, n, |i, j| if keep(i, j) { g[(i, j)] } else { 0.0 });
    let dirty = Matrix::from_fn(n, n, |i, j| if keep(i, j) { g[(i, j)] } else { fill });
    (clean, dirty)
}

#[test]
fn forward_substitution_names_the_first_zero_on_the_diagonal() {
    let _points = points(3);
    let l = matrix![
        [1.0, 0.0, 0.0, 0.0],
        [2.0, 0.0, 0.0, 0.0],
        [3.0, 4.0, 5.0, 0.0],
        [6.0, 7.0, 8.0, 0.0]
    ];
    assert_singular_with(
        forward_substitution(&l, &vector![1.0, 1.0, 1.0, 1.0]),
        "forward_substitution",
        1,
        (0.0, 0.0),
        "zeros at (1, 1) and (3, 3): the loop meets index 1 first",
    );
    assert_singular_with(
        forward_substitution(&matrix![[0.0, 0.0], [1.0, 1.0]], &vector![0.0, 1.0]),
        "forward_substitution",
        0,
        (0.0, 0.0),
        "zero at (0, 0), even with b₀ = 0",
    );
}

#[test]
fn back_substitution_names_the_last_zero_on_the_diagonal() {
    let _points = points(3);
    let u = matrix![
        [1.0, 2.0, 3.0, 4.0],
        [0.0, 0.0, 5.0, 6.0],
        [0.0, 0.0, 0.0, 7.0],
        [0.0, 0.0, 0.0, 8.0]
    ];
    assert_singular_with(
        back_substitution(&u, &vector![1.0, 1.0, 1.0, 1.0]),
        "back_substitution",
        2,
        (0.0, 0.0),
        "zeros at (1, 1) and (2, 2): the loop runs upwards and meets index 2 first",
    );
    assert_singular_with(
        back_substitution(&matrix![[0.0]], &vector![0.0]),
        "back_substitution",
        0,
        (0.0, 0.0),
        "1×1 zero",
    );
}

#[test]
fn random_triangular_systems_ignoring_the_other_half() {
    let _points = points(3);
    for (n, seed, fill) in [(37, 901, 0.0), (80, 902, 1e300), (13, 903, f64::MAX)] {
        let b = random_vector(n, seed + 7);
        let (l, l_dirty) = triangle_with_fill(n, seed, true, fill);
        let x = forward_substitution(&l_dirty, &b).unwrap();
        let ratio = solve_ratio(&l, &x, &b);
        assert!(
            ratio < THRESHOLD,
            "forward_substitution, {n}×{n} (seed {seed}, {fill:e} above the diagonal): ratio {ratio:.1}"
        );
        let (u, u_dirty) = triangle_with_fill(n, seed + 50, false, fill);
        let x = back_substitution(&u_dirty, &b).unwrap();
        let ratio = solve_ratio(&u, &x, &b);
        assert!(
            ratio < THRESHOLD,
            "back_substitution, {n}×{n} (seed {seed}, {fill:e} below the diagonal): ratio {ratio:.1}"
        );
    }
}

#[test]
fn one_by_one_and_empty_triangular_systems() {
    let _points = points(2);
    assert_eq!(
        forward_substitution(&matrix![[-4.0]], &vector![2.0]).unwrap(),
        vector![-0.5],
        "forward_substitution(&matrix![[-4.0]], &vector![2.0]).unwrap() (left: got, right: want)"
    );
    assert_eq!(
        back_substitution(&matrix![[0.25]], &vector![3.0]).unwrap(),
        vector![12.0],
        "back_substitution(&matrix![[0.25]], &vector![3.0]).unwrap() (left: got, right: want)"
    );
    assert_eq!(
        back_substitution(&Matrix::zeros(0, 0), &Vector::zeros(0)).unwrap(),
        Vector::zeros(0),
        "back_substitution(&Matrix::zeros(0, 0), &Vector::zeros(0)).unwrap() (left: got, right: want)"
    );
    assert_eq!(
        forward_substitution(&Matrix::zeros(0, 0), &Vector::zeros(0)).unwrap(),
        Vector::zeros(0),
        "forward_substitution(&Matrix::zeros(0, 0), &Vector::zeros(0)).unwrap() (left: got, right: want)"
    );
}

#[test]
fn triangular_solves_reject_bad_input() {
    let _points = points(3);
    assert_eq!(
        forward_substitution(&matrix![[1.0, 0.0], [2.0, 3.0]], &vector![f64::NAN, 1.0]),
        Err(LinalgError::NonFinite {
            op: "forward_substitution"
        }),
        "forward_substitution(&matrix![[1.0, 0.0], [2.0, 3.0]], &vector![f64::NAN, 1.0]) (left: got, right: want)"
    );
    assert_eq!(
        back_substitution(
            &matrix![[1.0, f64::NEG_INFINITY], [0.0, 3.0]],
            &vector![1.0, 1.0]
        ),
        Err(LinalgError::NonFinite {
            op: "back_substitution"
        }),
        "back_substitution(&matrix![[1.0, f64::NEG_INFINITY], [0.0, 3.0]], &vector![1.0,… (left: got, right: want)"
    );
    assert_eq!(
        back_substitution(&Matrix::zeros(0, 2), &Vector::zeros(0)),
        Err(LinalgError::NotSquare {
            op: "back_substitution",
            shape: (0, 2)
        }),
        "back_substitution(&Matrix::zeros(0, 2), &Vector::zeros(0)) (left: got, right: want)"
    );
    assert_eq!(
        forward_substitution(&Matrix::zeros(0, 0), &vector![1.0]),
        Err(LinalgError::ShapeMismatch {
            op: "forward_substitution",
            left: (0, 0),
            right: (1, 1)
        }),
        "forward_substitution(&Matrix::zeros(0, 0), &vector![1.0]) (left: got, right: want)"
    );
}
