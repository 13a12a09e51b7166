//! Public tests: the condition numbers κ₁ and κ∞.

use week1_vectors::gallery::{hilbert, hilbert_inverse, random_matrix};
use week1_vectors::testing::{naive_transpose, norm1};
use week1_vectors::{LinalgError, Matrix, matrix};
use week3_inverse::{cond_1, cond_inf};

#[test]
fn condition_numbers_by_hand() {
    let a = matrix![[1.0, 2.0], [3.0, 4.0]];
    // ‖A‖₁ = 6, ‖A⁻¹‖₁ = 3.5; ‖A‖∞ = 7, ‖A⁻¹‖∞ = 3.
    assert!(
        approx::relative_eq!(cond_1(&a).unwrap(), 21.0, max_relative = 1e-14),
        "cond_1(&a).unwrap() with a = {:?}: got {:?}, want {:?} (relative_eq, max_relative = 1e-14)",
        a,
        cond_1(&a).unwrap(),
        21.0
    );
    assert!(
        approx::relative_eq!(cond_inf(&a).unwrap(), 21.0, max_relative = 1e-14),
        "cond_inf(&a).unwrap() with a = {:?}: got {:?}, want {:?} (relative_eq, max_relative = 1e-14)",
        a,
        cond_inf(&a).unwrap(),
        21.0
    );
    assert_eq!(
        cond_1(&Matrix::identity(4)).unwrap(),
        1.0,
        "cond_1(&Matrix::identity(4)).unwrap() (left: got, right: want)"
    );
    assert_eq!(
        cond_1(&Matrix::from_diag(&[1.0, 1e-3])).unwrap(),
        1e3,
        "cond_1(&Matrix::from_diag(&[1.0, 1e-3])).unwrap() (left: got, right: want)"
    );
    let b = matrix![[1.0, 0.0], [1.0, 1.0]];
    // ‖B‖₁ = 2, B⁻¹ = [[1, 0], [−1, 1]]: ‖B⁻¹‖₁ = 2.
    assert_eq!(
        cond_1(&b).unwrap(),
        4.0,
        "cond_1(&b).unwrap() with b = {:?} (left: got, right: want)",
        b
    );
}

#[test]
fn condition_number_of_a_hilbert_matrix() {
    let n = 5;
    let exact = norm1(&hilbert(n)) * norm1(&hilbert_inverse(n));
    // The computed inverse has a relative error of order κ·ε ≈ 1e-10.
    assert!(
        approx::relative_eq!(cond_1(&hilbert(n)).unwrap(), exact, max_relative = 1e-8),
        "cond_1(&hilbert(n)).unwrap() with n = {:?}: got {:?}, want {:?} (relative_eq, max_relative = 1e-8)",
        n,
        cond_1(&hilbert(n)).unwrap(),
        exact
    );
}

#[test]
fn condition_number_properties() {
    let a = random_matrix(8, 8, 5);
    let k1 = cond_1(&a).unwrap();
    assert!(k1 >= 1.0, "κ₁ ≥ 1 always, got {k1}");
    // κ is invariant under scaling; κ∞(A) = κ₁(Aᵀ).
    assert!(
        approx::relative_eq!(
            cond_1(&a.map(|x| 1e-5 * x)).unwrap(),
            k1,
            max_relative = 1e-12
        ),
        "cond_1(&a.map(|x| 1e-5 * x)).unwrap(): got {:?}, want {:?} (relative_eq, max_relative = 1e-12)",
        cond_1(&a.map(|x| 1e-5 * x)).unwrap(),
        k1
    );
    assert!(
        approx::relative_eq!(
            cond_inf(&a).unwrap(),
            cond_1(&naive_transpose(&a)).unwrap(),
            max_relative = 1e-12
        ),
        "cond_inf(&a).unwrap() with a = {:?}: got {:?}, want {:?} (relative_eq, max_relative = 1e-12)",
        a,
        cond_inf(&a).unwrap(),
        cond_1(&naive_transpose(&a)).unwrap()
    );
}

#[test]
fn condition_number_of_a_singular_matrix_is_infinite() {
    assert_eq!(
        cond_1(&matrix![[1.0, 2.0], [2.0, 4.0]]).unwrap(),
        f64::INFINITY,
        "cond_1([[1, 2], [2, 4]]) (singular: inverse reports Singular, so κ₁ = ∞) (left: got, \
         right: want)"
    );
    assert_eq!(
        cond_inf(&Matrix::zeros(3, 3)).unwrap(),
        f64::INFINITY,
        "cond_inf(0₃ₓ₃) (singular, so κ∞ = ∞) (left: got, right: want)"
    );
}

#[test]
fn condition_number_checks_its_arguments() {
    assert_eq!(
        cond_1(&Matrix::zeros(0, 0)),
        Err(LinalgError::Empty { op: "cond_1" }),
        "cond_1(&Matrix::zeros(0, 0)) (left: got, right: want)"
    );
    assert_eq!(
        cond_inf(&Matrix::zeros(0, 0)),
        Err(LinalgError::Empty { op: "cond_inf" }),
        "cond_inf(&Matrix::zeros(0, 0)) (left: got, right: want)"
    );
    assert_eq!(
        cond_1(&Matrix::zeros(2, 3)),
        Err(LinalgError::NotSquare {
            op: "cond_1",
            shape: (2, 3)
        }),
        "cond_1(&Matrix::zeros(2, 3)) (left: got, right: want)"
    );
    assert_eq!(
        cond_inf(&matrix![[f64::NAN]]),
        Err(LinalgError::NonFinite { op: "cond_inf" }),
        "cond_inf(&matrix![[f64::NAN]]) (left: got, right: want)"
    );
}
