//! Public tests: forward and back substitution.

use week1_vectors::gallery::{random_matrix, random_vector};
use week1_vectors::testing::assert_singular_with;
use week1_vectors::testing::{THRESHOLD, solve_ratio};
use week1_vectors::{LinalgError, Matrix, Vector, matrix, vector};
use week3_inverse::{back_substitution, forward_substitution};

/// The lower (or upper) triangle of a random normal matrix, diagonal included.
fn random_triangle(n: usize, seed: u64, lower: bool) -> Matrix {
    let g = random_matrix(n, n, seed);
    Matrix::from_fn(n, n, |i, j| {
        if (lower && j <= i) || (!lower && j >= i) {
            g[(i, j)]
        } else {
            0.0
        }
    })
}

#[test]
fn forward_substitution_by_hand() {
    let l = matrix![[2.0, 0.0, 0.0], [1.0, 1.0, 0.0], [4.0, -1.0, 4.0]];
    // x₀ = 4/2 = 2; x₁ = (5 − 2)/1 = 3; x₂ = (13 − 8 + 3)/4 = 2: exact in floating point.
    let x = forward_substitution(&l, &vector![4.0, 5.0, 13.0]).unwrap();
    assert_eq!(
        x,
        vector![2.0, 3.0, 2.0],
        "forward_substitution on a 3×3 example"
    );
}

#[test]
fn back_substitution_by_hand() {
    let u = matrix![[1.0, 2.0, -1.0], [0.0, 2.0, 1.0], [0.0, 0.0, 4.0]];
    // x₂ = 8/4 = 2; x₁ = (4 − 2)/2 = 1; x₀ = (2 − 2 + 2)/1 = 2.
    let x = back_substitution(&u, &vector![2.0, 4.0, 8.0]).unwrap();
    assert_eq!(
        x,
        vector![2.0, 1.0, 2.0],
        "back_substitution on a 3×3 example"
    );
}

#[test]
fn substitution_reads_only_its_triangle() {
    // The same triangles as above, with garbage in the other half: it must be ignored.
    let l = matrix![[2.0, 9.0, 9.0], [1.0, 1.0, 9.0], [4.0, -1.0, 4.0]];
    let x = forward_substitution(&l, &vector![4.0, 5.0, 13.0]).unwrap();
    assert_eq!(
        x,
        vector![2.0, 3.0, 2.0],
        "forward_substitution read above the diagonal"
    );
    let u = matrix![[1.0, 2.0, -1.0], [7.0, 2.0, 1.0], [7.0, 7.0, 4.0]];
    let x = back_substitution(&u, &vector![2.0, 4.0, 8.0]).unwrap();
    assert_eq!(
        x,
        vector![2.0, 1.0, 2.0],
        "back_substitution read below the diagonal"
    );
}

#[test]
fn substitution_is_backward_stable_on_random_triangles() {
    for (n, seed) in [(1, 1), (2, 2), (5, 3), (20, 4), (60, 5)] {
        let b = random_vector(n, seed + 100);
        let l = random_triangle(n, seed, true);
        let x = forward_substitution(&l, &b).unwrap();
        let ratio = solve_ratio(&l, &x, &b);
        assert!(
            ratio < THRESHOLD,
            "forward_substitution, n = {n}, seed {seed}: ‖b − Lx‖/(‖L‖‖x‖ε) = {ratio:.1}"
        );
        let u = random_triangle(n, seed + 50, false);
        let x = back_substitution(&u, &b).unwrap();
        let ratio = solve_ratio(&u, &x, &b);
        assert!(
            ratio < THRESHOLD,
            "back_substitution, n = {n}, seed {seed}: ‖b − Ux‖/(‖U‖‖x‖ε) = {ratio:.1}"
        );
    }
}

#[test]
fn zero_on_the_diagonal_is_singular() {
    let l = matrix![[1.0, 0.0, 0.0], [2.0, 0.0, 0.0], [3.0, 4.0, 5.0]];
    assert_singular_with(
        forward_substitution(&l, &vector![1.0, 2.0, 3.0]),
        "forward_substitution",
        1,
        (0.0, 0.0),
        &format!(
            "forward_substitution(&l, &vector![1.0, 2.0, 3.0]) with l = {:?}",
            l
        ),
    );
    let u = matrix![[1.0, 2.0, 3.0], [0.0, 4.0, 5.0], [0.0, 0.0, 0.0]];
    assert_singular_with(
        back_substitution(&u, &vector![1.0, 2.0, 3.0]),
        "back_substitution",
        2,
        (0.0, 0.0),
        &format!(
            "back_substitution(&u, &vector![1.0, 2.0, 3.0]) with u = {:?}",
            u
        ),
    );
}

#[test]
fn a_tiny_diagonal_is_not_an_error() {
    // Triangular matrices are singular only with an exact zero on the diagonal.
    let u = matrix![[1.0, 1.0], [0.0, 1e-300]];
    let x = back_substitution(&u, &vector![0.0, 1e-300]).unwrap();
    assert_eq!(x, vector![-1.0, 1.0], "back_substitution with u₁₁ = 1e-300");
}

#[test]
fn empty_system_has_the_empty_solution() {
    let e = Matrix::zeros(0, 0);
    assert_eq!(
        forward_substitution(&e, &Vector::zeros(0)).unwrap().len(),
        0,
        "forward_substitution(&e, &Vector::zeros(0)).unwrap().len() with e = {:?} (left: got, right: want)",
        e
    );
    assert_eq!(
        back_substitution(&e, &Vector::zeros(0)).unwrap().len(),
        0,
        "back_substitution(&e, &Vector::zeros(0)).unwrap().len() with e = {:?} (left: got, right: want)",
        e
    );
}

#[test]
fn substitution_checks_its_arguments() {
    let l = matrix![[1.0, 0.0], [1.0, 1.0]];
    assert!(
        matches!(
            forward_substitution(&Matrix::zeros(2, 3), &vector![1.0, 2.0]),
            Err(LinalgError::NotSquare {
                op: "forward_substitution",
                shape: (2, 3)
            })
        ),
        "forward_substitution(&Matrix::zeros(2, 3), &vector![1.0, 2.0]): got {:?}, want Err(LinalgError::NotSquare {{ op: \"forward_substitution\", shape: (2, 3) }})",
        forward_substitution(&Matrix::zeros(2, 3), &vector![1.0, 2.0])
    );
    assert!(
        matches!(
            forward_substitution(&l, &vector![1.0, 2.0, 3.0]),
            Err(LinalgError::ShapeMismatch {
                op: "forward_substitution",
                ..
            })
        ),
        "forward_substitution(&l, &vector![1.0, 2.0, 3.0]) with l = {:?}: got {:?}, want Err(LinalgError::ShapeMismatch {{ op: \"forward_substitution\",.. }})",
        l,
        forward_substitution(&l, &vector![1.0, 2.0, 3.0])
    );
    assert!(
        matches!(
            back_substitution(&l, &vector![1.0]),
            Err(LinalgError::ShapeMismatch {
                op: "back_substitution",
                ..
            })
        ),
        "back_substitution(&l, &vector![1.0]) with l = {:?}: got {:?}, want Err(LinalgError::ShapeMismatch {{ op: \"back_substitution\",.. }})",
        l,
        back_substitution(&l, &vector![1.0])
    );
    assert_eq!(
        forward_substitution(&matrix![[1.0, 0.0], [f64::NAN, 1.0]], &vector![1.0, 2.0]),
        Err(LinalgError::NonFinite {
            op: "forward_substitution"
        }),
        "forward_substitution(&matrix![[1.0, 0.0], [f64::NAN, 1.0]], &vector![1.0, 2.0]) (left: got, right: want)"
    );
    assert_eq!(
        back_substitution(&l, &vector![1.0, f64::INFINITY]),
        Err(LinalgError::NonFinite {
            op: "back_substitution"
        }),
        "back_substitution(&l, &vector![1.0, f64::INFINITY]) with l = {:?} (left: got, right: want)",
        l
    );
}
