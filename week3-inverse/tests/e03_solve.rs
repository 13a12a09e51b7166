//! Public tests: Gaussian elimination with and without pivoting.

use week1_vectors::gallery::{random_matrix, random_vector};
use week1_vectors::testing::assert_singular_with;
use week1_vectors::testing::{EPS, THRESHOLD, naive_matvec, relative_error, solve_ratio};
use week1_vectors::{LinalgError, Matrix, Vector, matrix, vector};
use week3_inverse::{pivot_tolerance, solve, solve_no_pivoting};

#[test]
fn solve_by_hand() {
    let a = matrix![[2.0, 1.0, 1.0], [4.0, -6.0, 0.0], [-2.0, 7.0, 2.0]];
    let x = solve(&a, &vector![5.0, -2.0, 9.0]).unwrap();
    // κ₁(A) ≈ 11: an error of a few ulps at most; 1e-14 leaves room for 40.
    assert!(
        approx::relative_eq!(x, vector![1.0, 1.0, 2.0], epsilon = 1e-14),
        "solve_by_hand: x = solve(&a, &vector![5.0, -2.0, 9.0]).unwrap(): x: got {:?}, want {:?} (relative_eq, epsilon = 1e-14)",
        x,
        vector![1.0, 1.0, 2.0]
    );
}

#[test]
fn solve_swaps_the_right_hand_side_too() {
    // a₀₀ = 0 forces a swap; a wrong b (not swapped) gives x = (2, 1) instead of (1, 2).
    let a = matrix![[0.0, 1.0], [1.0, 0.0]];
    assert_eq!(
        solve(&a, &vector![2.0, 1.0]).unwrap(),
        vector![1.0, 2.0],
        "solve([[0, 1], [1, 0]], b = (2, 1)) (left: got, right: want); (2, 1) would mean the rows \
         of A were swapped but b was not"
    );
    let a = matrix![[1.0, 1.0, 1.0], [2.0, 1.0, 0.0], [4.0, 0.0, 1.0]];
    let x_true = vector![1.0, -2.0, 3.0];
    let x = solve(&a, &naive_matvec(&a, &x_true)).unwrap();
    assert!(
        approx::relative_eq!(x, x_true, epsilon = 1e-14),
        "solve(A, A·x*) with A = [[1, 1, 1], [2, 1, 0], [4, 0, 1]] (two swaps), x* = (1, −2, 3): \
         got {:?}, want {:?} (relative_eq, epsilon = 1e-14); a wrong x means b was not swapped \
         along with the rows",
        x,
        x_true
    );
}

#[test]
fn solve_pivots_on_the_largest_magnitude_even_when_it_is_negative() {
    // Column 0 holds 1e-20 and −1: the pivot is −1 (largest |aᵢ₀|). Comparing signed values
    // picks 1e-20 and gives x₀ = 0. Exact solution 1/(1 + 1e-20) · (1, 1), which rounds to (1, 1).
    let a = matrix![[1e-20, 1.0], [-1.0, 1.0]];
    let x = solve(&a, &vector![1.0, 0.0]).unwrap();
    let err = relative_error(&x, &vector![1.0, 1.0]);
    // κ₁(A) ≈ 4: a few ε at most.
    assert!(
        err <= 4.0 * EPS,
        "solve on [[1e-20, 1], [-1, 1]]·x = (1, 0): got {x}, relative error {err:e}"
    );
}

#[test]
fn solve_is_backward_stable_on_random_systems() {
    for (n, seed) in [(1, 1), (2, 2), (5, 3), (10, 4), (50, 5)] {
        let a = random_matrix(n, n, seed);
        let b = random_vector(n, seed + 100);
        let x = solve(&a, &b).unwrap();
        let ratio = solve_ratio(&a, &x, &b);
        assert!(
            ratio < THRESHOLD,
            "solve, random {n}×{n} (seed {seed}): ‖b − Ax‖/(‖A‖‖x‖ε) = {ratio:.1e}, want < \
             {THRESHOLD}"
        );
    }
}

#[test]
fn without_pivoting_a_tiny_pivot_ruins_the_answer() {
    let a = matrix![[1e-20, 1.0], [1.0, 1.0]];
    let b = vector![1.0, 2.0];
    // The exact solution rounds to (1, 1); κ₁(A) = 4.
    let x_true = vector![1.0, 1.0];
    let bad = solve_no_pivoting(&a, &b).unwrap();
    let good = solve(&a, &b).unwrap();
    assert!(
        relative_error(&bad, &x_true) > 0.5,
        "solve_no_pivoting should fail here, got {bad}"
    );
    assert!(
        relative_error(&good, &x_true) <= 4.0 * EPS,
        "solve with pivoting: got {good}"
    );
}

#[test]
fn no_pivoting_is_fine_when_pivots_are_large() {
    // Diagonally dominant by rows: elimination without pivoting is stable.
    let n = 20;
    let g = random_matrix(n, n, 9);
    let a = Matrix::from_fn(n, n, |i, j| {
        if i == j {
            g[(i, j)] + 4.0 * n as f64
        } else {
            g[(i, j)]
        }
    });
    let b = random_vector(n, 10);
    let x = solve_no_pivoting(&a, &b).unwrap();
    let ratio = solve_ratio(&a, &x, &b);
    assert!(
        ratio < THRESHOLD,
        "solve_no_pivoting, diagonally dominant 20×20: ‖b − Ax‖/(‖A‖‖x‖ε) = {ratio:.1e}, want < \
         {THRESHOLD}"
    );
}

#[test]
fn no_pivoting_stops_at_an_exact_zero() {
    assert_singular_with(
        solve_no_pivoting(&matrix![[0.0, 1.0], [1.0, 0.0]], &vector![1.0, 1.0]),
        "solve_no_pivoting",
        0,
        (0.0, 0.0),
        "solve_no_pivoting(&matrix![[0.0, 1.0], [1.0, 0.0]], &vector![1.0, 1.0])",
    );
}

#[test]
fn exactly_singular_systems_name_the_column() {
    let b = vector![1.0, 2.0, 3.0];
    // A zero column.
    let zero_col = matrix![[1.0, 0.0, 2.0], [3.0, 0.0, 4.0], [5.0, 0.0, 7.0]];
    assert_singular_with(
        solve(&zero_col, &b),
        "solve",
        1,
        (0.0, pivot_tolerance(&zero_col)),
        "zero column 1",
    );
    // Two equal rows: the third pivot cancels exactly.
    let dup = matrix![[1.0, 2.0, 3.0], [0.0, 1.0, 4.0], [1.0, 2.0, 3.0]];
    assert_singular_with(
        solve(&dup, &b),
        "solve",
        2,
        (0.0, pivot_tolerance(&dup)),
        "duplicate rows",
    );
    // Column 1 = 2 · column 0: the zero appears only after step 0.
    let late = matrix![[1.0, 2.0, 3.0], [2.0, 4.0, 5.0], [-1.0, -2.0, 1.0]];
    assert_singular_with(
        solve(&late, &b),
        "solve",
        1,
        (0.0, pivot_tolerance(&late)),
        "zero pivot after elimination",
    );
}

#[test]
fn numerically_singular_rule_both_sides() {
    // tol(A) = n·ε·‖A‖₁ = 2ε for diag(1, δ).
    let x = solve(&matrix![[1.0, 0.0], [0.0, 1e-15]], &vector![1.0, 1e-15]).unwrap();
    assert!(
        approx::relative_eq!(x, vector![1.0, 1.0], epsilon = 4.0 * EPS),
        "numerically_singular_rule_both_sides: x = solve(&matrix![[1.0, 0.0], [0.0, 1e-15]], &vector![1.0, 1e-…: x: got {:?}, want {:?} (relative_eq, epsilon = 4.0 * EPS)",
        x,
        vector![1.0, 1.0]
    );
    assert_singular_with(
        solve(&matrix![[1.0, 0.0], [0.0, 4e-16]], &vector![1.0, 1.0]),
        "solve",
        1,
        (4e-16, pivot_tolerance(&matrix![[1.0, 0.0], [0.0, 4e-16]])),
        "solve(&matrix![[1.0, 0.0], [0.0, 4e-16]], &vector![1.0, 1.0])",
    );
    // The rule is relative: diag(1e-300, 1e-315) is not singular, diag(1, 1e-315) is.
    let x = solve(
        &matrix![[1e-300, 0.0], [0.0, 1e-315]],
        &vector![1e-300, 1e-315],
    )
    .unwrap();
    // 1e-315 is subnormal (fewer significant bits): allow a relative error of 1e-8.
    assert!(
        approx::relative_eq!(x, vector![1.0, 1.0], max_relative = 1e-8),
        "numerically_singular_rule_both_sides: x = solve(&matrix![[1e-300, 0.0], [0.0, 1e-315]], &vector![1e-3…: x: got {:?}, want {:?} (relative_eq, max_relative = 1e-8)",
        x,
        vector![1.0, 1.0]
    );
    assert_singular_with(
        solve(&matrix![[1.0, 0.0], [0.0, 1e-315]], &vector![1.0, 1.0]),
        "solve",
        1,
        (1e-315, pivot_tolerance(&matrix![[1.0, 0.0], [0.0, 1e-315]])),
        "solve(&matrix![[1.0, 0.0], [0.0, 1e-315]], &vector![1.0, 1.0])",
    );
}

#[test]
fn solve_of_the_empty_system() {
    assert_eq!(
        solve(&Matrix::zeros(0, 0), &Vector::zeros(0)).unwrap(),
        Vector::zeros(0),
        "solve(&Matrix::zeros(0, 0), &Vector::zeros(0)).unwrap() (left: got, right: want)"
    );
}

#[test]
fn solve_checks_its_arguments() {
    assert_eq!(
        solve(&Matrix::zeros(2, 3), &vector![1.0, 2.0]),
        Err(LinalgError::NotSquare {
            op: "solve",
            shape: (2, 3)
        }),
        "solve(&Matrix::zeros(2, 3), &vector![1.0, 2.0]) (left: got, right: want)"
    );
    assert_eq!(
        solve(&Matrix::identity(2), &vector![1.0, 2.0, 3.0]),
        Err(LinalgError::ShapeMismatch {
            op: "solve",
            left: (2, 2),
            right: (3, 1)
        }),
        "solve(&Matrix::identity(2), &vector![1.0, 2.0, 3.0]) (left: got, right: want)"
    );
    assert_eq!(
        solve(&matrix![[1.0, f64::NAN], [0.0, 1.0]], &vector![1.0, 2.0]),
        Err(LinalgError::NonFinite { op: "solve" }),
        "solve(&matrix![[1.0, f64::NAN], [0.0, 1.0]], &vector![1.0, 2.0]) (left: got, right: want)"
    );
    assert_eq!(
        solve_no_pivoting(&Matrix::identity(2), &vector![f64::NEG_INFINITY, 2.0]),
        Err(LinalgError::NonFinite {
            op: "solve_no_pivoting"
        }),
        "solve_no_pivoting(&Matrix::identity(2), &vector![f64::NEG_INFINITY, 2.0]) (left: got, right: want)"
    );
}

#[test]
fn singular_error_message() {
    let e = solve(&matrix![[1.0, 2.0], [2.0, 4.0]], &vector![1.0, 1.0]).unwrap_err();
    insta::assert_snapshot!(e, @"solve: matrix is singular to working precision: pivot 1 has size 0.00e0 ≤ tolerance 2.66e-15");
}
