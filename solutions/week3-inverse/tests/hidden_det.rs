//! Hidden tests: the determinant by elimination and by cofactor expansion (14 points).

use week1_vectors::gallery::{binomial, frank, pascal, permutation, random_matrix, tridiag};
use week1_vectors::testing::{EPS, naive_matmul, naive_transpose, norm1, points};
use week1_vectors::{LinalgError, Matrix, matrix};
use week3_inverse::{det_cofactor, determinant};

/// The exact inverse of the Pascal matrix: P = LLᵀ and L⁻¹ = (−1)^(i+j) C(i, j), so
/// P⁻¹ = L⁻ᵀL⁻¹ (integers; the products are exact for the sizes used here).
fn pascal_inverse(n: usize) -> Matrix {
    let linv = Matrix::from_fn(n, n, |i, j| {
        if (i + j) % 2 == 0 {
            binomial(i, j)
        } else {
            -binomial(i, j)
        }
    });
    naive_matmul(&naive_transpose(&linv), &linv)
}

/// The sign of a permutation, by counting inversions.
fn parity(perm: &[usize]) -> f64 {
    let inversions = (0..perm.len())
        .flat_map(|i| (i + 1..perm.len()).map(move |j| (i, j)))
        .filter(|&(i, j)| perm[i] > perm[j])
        .count();
    if inversions % 2 == 0 { 1.0 } else { -1.0 }
}

#[test]
fn pascal_matrices_have_determinant_one() {
    let _points = points(2);
    for n in 1..=12 {
        let p = pascal(n);
        let d = determinant(&p).unwrap();
        // Relative error of a determinant by GEPP ≲ n·κ₁·ε (measured: 1e-4 of that or less).
        let bound = n as f64 * norm1(&p) * norm1(&pascal_inverse(n)) * EPS;
        assert!(
            (d - 1.0).abs() <= bound,
            "det(Pascal {n}×{n}) = {d}, |d − 1| above n·κ₁·ε = {bound:e}"
        );
    }
}

#[test]
fn permutation_matrices_have_determinant_of_their_sign() {
    let _points = points(2);
    for perm in [
        vec![0, 1],
        vec![1, 0],
        vec![2, 0, 1],
        vec![0, 2, 1, 3],
        vec![4, 3, 2, 1, 0],
        vec![1, 0, 3, 2, 5, 4, 6],
    ] {
        let p = permutation(&perm);
        let sign = parity(&perm);
        assert_eq!(
            determinant(&p).unwrap(),
            sign,
            "determinant of permutation {perm:?}"
        );
        assert_eq!(
            det_cofactor(&p).unwrap(),
            sign,
            "det_cofactor of permutation {perm:?}"
        );
    }
}

#[test]
fn row_swaps_flip_the_sign() {
    let _points = points(2);
    let a = random_matrix(7, 7, 3101);
    let d = determinant(&a).unwrap();
    let mut b = a.clone();
    b.swap_rows(0, 6);
    assert!(
        approx::relative_eq!(determinant(&b).unwrap(), -d, max_relative = 1e-12),
        "determinant(&b).unwrap() with b = {:?}: got {:?}, want {:?} (relative_eq, max_relative = 1e-12)",
        b,
        determinant(&b).unwrap(),
        -d
    );
    b.swap_rows(2, 5);
    assert!(
        approx::relative_eq!(determinant(&b).unwrap(), d, max_relative = 1e-12),
        "determinant(&b).unwrap() with b = {:?}: got {:?}, want {:?} (relative_eq, max_relative = 1e-12)",
        b,
        determinant(&b).unwrap(),
        d
    );
    let small = matrix![[1.0, 2.0, 0.0], [0.0, 1.0, 3.0], [4.0, 0.0, 1.0]];
    let mut swapped = small.clone();
    swapped.swap_rows(1, 2);
    assert_eq!(
        det_cofactor(&small).unwrap(),
        25.0,
        "det_cofactor of a 3×3 integer matrix"
    );
    assert_eq!(
        det_cofactor(&swapped).unwrap(),
        -25.0,
        "det_cofactor after a row swap"
    );
    // The swap must bring up the LARGEST |entry| (6), not the first nonzero one (1e-18):
    // det = −3 + 1e-18, which rounds to −3; a 1e-18 pivot makes 1e18 multipliers and gives 0.
    let tiny_lead = matrix![[1e-18, 1.0, 2.0], [3.0, 4.0, 5.0], [6.0, 7.0, 9.0]];
    let d = determinant(&tiny_lead).unwrap();
    // Multipliers ≤ 1 and κ₁ ≈ 50: a relative error of a few hundred ε at worst.
    assert!(
        (d + 3.0).abs() <= 1e-13,
        "determinant of [[1e-18, 1, 2], [3, 4, 5], [6, 7, 9]] = −3, got {d}"
    );
}

#[test]
fn empty_and_one_by_one_determinants() {
    let _points = points(2);
    let empty = Matrix::zeros(0, 0);
    assert_eq!(determinant(&empty).unwrap(), 1.0, "det of 0×0 is 1");
    assert_eq!(
        det_cofactor(&empty).unwrap(),
        1.0,
        "det_cofactor of 0×0 is 1"
    );
    assert_eq!(
        determinant(&matrix![[-3.5]]).unwrap(),
        -3.5,
        "determinant(&matrix![[-3.5]]).unwrap() (left: got, right: want)"
    );
    assert_eq!(
        det_cofactor(&matrix![[0.0]]).unwrap(),
        0.0,
        "det_cofactor(&matrix![[0.0]]).unwrap() (left: got, right: want)"
    );
}

#[test]
fn exactly_singular_determinants_are_zero() {
    let _points = points(2);
    let g = random_matrix(5, 5, 3201);
    let zero_col = Matrix::from_fn(5, 5, |i, j| if j == 2 { 0.0 } else { g[(i, j)] });
    assert_eq!(determinant(&zero_col).unwrap(), 0.0, "zero column");
    let dup = Matrix::from_fn(5, 5, |i, j| g[(if i == 4 { 1 } else { i }, j)]);
    assert_eq!(determinant(&dup).unwrap(), 0.0, "rows 1 and 4 equal");
    let ints = matrix![
        [1.0, 2.0, 3.0, 4.0],
        [2.0, 0.0, 1.0, 1.0],
        [1.0, 2.0, 3.0, 4.0],
        [5.0, 1.0, 0.0, 2.0]
    ];
    assert_eq!(
        det_cofactor(&ints).unwrap(),
        0.0,
        "det_cofactor with rows 0 and 2 equal"
    );
}

#[test]
fn cofactor_expansion_of_classic_matrices() {
    let _points = points(1);
    // tridiag(−1, 2, −1) of order n has determinant n + 1.
    assert_eq!(
        det_cofactor(&tridiag(7, -1.0, 2.0, -1.0)).unwrap(),
        8.0,
        "det tridiag(−1, 2, −1), n = 7"
    );
    // The Frank matrix has determinant 1.
    assert_eq!(det_cofactor(&frank(6)).unwrap(), 1.0, "det Frank(6)");
    // Pascal: det 1 (integer arithmetic, exact).
    assert_eq!(det_cofactor(&pascal(5)).unwrap(), 1.0, "det Pascal(5)");
}

#[test]
fn cofactor_expansion_refuses_large_matrices() {
    let _points = points(1);
    match det_cofactor(&Matrix::identity(12)) {
        Err(LinalgError::InvalidArgument {
            op: "det_cofactor",
            reason,
        }) => {
            assert!(
                reason.contains("12"),
                "the reason should name n = 12: {reason}"
            )
        }
        other => panic!("det_cofactor of a 12×12 matrix: expected InvalidArgument, got {other:?}"),
    }
}

#[test]
fn cofactor_expansion_agrees_with_elimination_on_random_matrices() {
    let _points = points(1);
    for (n, seed) in [(5, 3301), (8, 3302)] {
        let a = random_matrix(n, n, seed);
        let (c, e) = (det_cofactor(&a).unwrap(), determinant(&a).unwrap());
        // n!-term sums and n·κ·ε elimination errors: both far below 1e-10 relative here.
        assert!(
            approx::relative_eq!(c, e, max_relative = 1e-10),
            "cofactor_expansion_agrees_with_elimination_on_random_matrices: c: got {:?}, want {:?} (relative_eq, max_relative = 1e-10)",
            c,
            e
        );
    }
}

#[test]
fn determinants_reject_bad_input() {
    let _points = points(1);
    assert_eq!(
        determinant(&Matrix::zeros(1, 2)),
        Err(LinalgError::NotSquare {
            op: "determinant",
            shape: (1, 2)
        }),
        "determinant(&Matrix::zeros(1, 2)) (left: got, right: want)"
    );
    assert_eq!(
        det_cofactor(&Matrix::zeros(0, 1)),
        Err(LinalgError::NotSquare {
            op: "det_cofactor",
            shape: (0, 1)
        }),
        "det_cofactor(&Matrix::zeros(0, 1)) (left: got, right: want)"
    );
    assert_eq!(
        determinant(&matrix![[1.0, 2.0], [f64::NAN, 4.0]]),
        Err(LinalgError::NonFinite { op: "determinant" }),
        "determinant(&matrix![[1.0, 2.0], [f64::NAN, 4.0]]) (left: got, right: want)"
    );
    assert_eq!(
        det_cofactor(&matrix![[f64::NAN]]),
        Err(LinalgError::NonFinite { op: "det_cofactor" }),
        "det_cofactor(&matrix![[f64::NAN]]) (left: got, right: want)"
    );
}
