//! Public tests: the determinant by elimination and by cofactor expansion.

use week1_vectors::gallery::{permutation, random_matrix};
use week1_vectors::testing::naive_matmul;
use week1_vectors::{LinalgError, Matrix, matrix};
use week3_inverse::{det_cofactor, determinant};

#[test]
fn determinant_by_hand() {
    assert_eq!(determinant(&matrix![[3.0]]).unwrap(), 3.0, "1×1");
    // ad − bc = 4 − 6; elimination: pivot 3, then 2 − (1/3)·4 ⇒ rounding allowed.
    assert!(
        approx::relative_eq!(
            determinant(&matrix![[1.0, 2.0], [3.0, 4.0]]).unwrap(),
            -2.0,
            max_relative = 1e-15
        ),
        "determinant(&matrix![[1.0, 2.0], [3.0, 4.0]]).unwrap(): got {:?}, want {:?} (relative_eq, max_relative = 1e-15)",
        determinant(&matrix![[1.0, 2.0], [3.0, 4.0]]).unwrap(),
        -2.0
    );
    let a = matrix![[2.0, 1.0, 1.0], [4.0, -6.0, 0.0], [-2.0, 7.0, 2.0]];
    assert!(
        approx::relative_eq!(determinant(&a).unwrap(), -16.0, max_relative = 1e-14),
        "determinant(&a).unwrap() with a = {:?}: got {:?}, want {:?} (relative_eq, max_relative = 1e-14)",
        a,
        determinant(&a).unwrap(),
        -16.0
    );
    // Triangular: the product of the diagonal, no rounding at all.
    let t = matrix![[2.0, 5.0, 7.0], [0.0, -3.0, 1.0], [0.0, 0.0, 0.5]];
    assert_eq!(
        determinant(&t).unwrap(),
        -3.0,
        "determinant(&t).unwrap() with t = {:?} (left: got, right: want)",
        t
    );
}

#[test]
fn determinant_pivots_on_the_largest_entry() {
    // det = 1e-20·(1 − 4) − (1 − 2) + (2 − 1) = 2 − 3e-20, which rounds to 2. Pivoting on the
    // first NONZERO entry (1e-20) makes multipliers of 1e20 that wipe out the other rows: 0.
    let a = matrix![[1e-20, 1.0, 1.0], [1.0, 1.0, 2.0], [1.0, 2.0, 1.0]];
    let d = determinant(&a).unwrap();
    // With partial pivoting every multiplier is ≤ 1 and κ is small: a few ulps.
    assert!(
        (d - 2.0).abs() <= 1e-14,
        "determinant of [[1e-20, 1, 1], [1, 1, 2], [1, 2, 1]] = 2, got {d}"
    );
}

#[test]
fn determinant_of_the_empty_matrix_is_one() {
    assert_eq!(
        determinant(&Matrix::zeros(0, 0)).unwrap(),
        1.0,
        "determinant(&Matrix::zeros(0, 0)).unwrap() (left: got, right: want)"
    );
    assert_eq!(
        det_cofactor(&Matrix::zeros(0, 0)).unwrap(),
        1.0,
        "det_cofactor(&Matrix::zeros(0, 0)).unwrap() (left: got, right: want)"
    );
}

#[test]
fn determinant_of_a_singular_matrix_is_zero() {
    assert_eq!(
        determinant(&matrix![[1.0, 2.0], [2.0, 4.0]]).unwrap(),
        0.0,
        "proportional rows"
    );
    assert_eq!(
        determinant(&matrix![[1.0, 0.0, 2.0], [3.0, 0.0, 4.0], [5.0, 0.0, 7.0]]).unwrap(),
        0.0,
        "zero column"
    );
}

#[test]
fn a_row_swap_flips_the_sign() {
    let a = random_matrix(5, 5, 7);
    let d = determinant(&a).unwrap();
    let mut b = a.clone();
    b.swap_rows(1, 3);
    // Both are computed with pivoting from the same rows: they agree to a few ulps.
    assert!(
        approx::relative_eq!(determinant(&b).unwrap(), -d, max_relative = 1e-12),
        "determinant(&b).unwrap() with b = {:?}: got {:?}, want {:?} (relative_eq, max_relative = 1e-12)",
        b,
        determinant(&b).unwrap(),
        -d
    );
}

#[test]
fn permutation_matrices_have_determinant_plus_or_minus_one() {
    assert_eq!(
        determinant(&permutation(&[1, 0, 2])).unwrap(),
        -1.0,
        "one transposition"
    );
    assert_eq!(
        determinant(&permutation(&[1, 2, 0])).unwrap(),
        1.0,
        "a 3-cycle is even"
    );
}

#[test]
fn determinant_is_multiplicative() {
    let a = random_matrix(6, 6, 1);
    let b = random_matrix(6, 6, 2);
    let (da, db) = (determinant(&a).unwrap(), determinant(&b).unwrap());
    let dab = determinant(&naive_matmul(&a, &b)).unwrap();
    // Each determinant has a relative error of order n·κ·ε ≈ 1e-13 for these matrices.
    assert!(
        approx::relative_eq!(dab, da * db, max_relative = 1e-10),
        "determinant_is_multiplicative: dab = determinant(&naive_matmul(&a, &b)).unwrap(): dab: got {:?}, want {:?} (relative_eq, max_relative = 1e-10)",
        dab,
        da * db
    );
}

#[test]
fn cofactor_expansion_by_hand() {
    let a = matrix![[2.0, 1.0, 1.0], [4.0, -6.0, 0.0], [-2.0, 7.0, 2.0]];
    assert_eq!(
        det_cofactor(&a).unwrap(),
        -16.0,
        "integers: the expansion is exact"
    );
    assert_eq!(
        det_cofactor(&matrix![[1.0, 2.0], [3.0, 4.0]]).unwrap(),
        -2.0,
        "det_cofactor(&matrix![[1.0, 2.0], [3.0, 4.0]]).unwrap() (left: got, right: want)"
    );
    assert_eq!(
        det_cofactor(&matrix![[-7.5]]).unwrap(),
        -7.5,
        "det_cofactor(&matrix![[-7.5]]).unwrap() (left: got, right: want)"
    );
    // The sign pattern of the expansion: det of the 4×4 anti-identity is +1.
    assert_eq!(
        det_cofactor(&permutation(&[3, 2, 1, 0])).unwrap(),
        1.0,
        "det_cofactor(&permutation(&[3, 2, 1, 0])).unwrap() (left: got, right: want)"
    );
}

#[test]
fn cofactor_expansion_agrees_with_elimination() {
    for (n, seed) in [(2, 1), (4, 2), (6, 3)] {
        let a = random_matrix(n, n, seed);
        let (c, e) = (det_cofactor(&a).unwrap(), determinant(&a).unwrap());
        // Both have relative errors of order n!·ε resp. n·κ·ε here: 1e-11 is generous.
        assert!(
            approx::relative_eq!(c, e, max_relative = 1e-11),
            "cofactor_expansion_agrees_with_elimination: c: got {:?}, want {:?} (relative_eq, max_relative = 1e-11)",
            c,
            e
        );
    }
}

#[test]
fn cofactor_expansion_has_a_size_limit() {
    assert!(
        matches!(
            det_cofactor(&Matrix::identity(20)),
            Err(LinalgError::InvalidArgument {
                op: "det_cofactor",
                ..
            })
        ),
        "det_cofactor(&Matrix::identity(20)): got {:?}, want Err(LinalgError::InvalidArgument {{ op: \"det_cofactor\",.. }})",
        det_cofactor(&Matrix::identity(20))
    );
}

#[test]
fn determinant_checks_its_arguments() {
    assert_eq!(
        determinant(&Matrix::zeros(2, 3)),
        Err(LinalgError::NotSquare {
            op: "determinant",
            shape: (2, 3)
        }),
        "determinant(&Matrix::zeros(2, 3)) (left: got, right: want)"
    );
    assert_eq!(
        det_cofactor(&Matrix::zeros(3, 1)),
        Err(LinalgError::NotSquare {
            op: "det_cofactor",
            shape: (3, 1)
        }),
        "det_cofactor(&Matrix::zeros(3, 1)) (left: got, right: want)"
    );
    assert_eq!(
        determinant(&matrix![[f64::NAN]]),
        Err(LinalgError::NonFinite { op: "determinant" }),
        "determinant(&matrix![[f64::NAN]]) (left: got, right: want)"
    );
    assert_eq!(
        det_cofactor(&matrix![[1.0, f64::INFINITY], [0.0, 1.0]]),
        Err(LinalgError::NonFinite { op: "det_cofactor" }),
        "det_cofactor(&matrix![[1.0, f64::INFINITY], [0.0, 1.0]]) (left: got, right: want)"
    );
}
