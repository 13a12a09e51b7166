//! Hidden tests: Gaussian elimination with and without pivoting (26 points).

use week1_vectors::gallery::{
    hilbert, hilbert_inverse, pascal, permutation, random_matrix, random_vector,
};
use week1_vectors::testing::assert_singular_with;
use week1_vectors::testing::{
    EPS, THRESHOLD, naive_matvec, naive_transpose, norm1, points, relative_error, solve_ratio,
};
use week1_vectors::{LinalgError, Matrix, Vector, matrix, vector};
use week3_inverse::{pivot_tolerance, solve, solve_no_pivoting};

#[test]
fn solve_random_systems() {
    let _points = points(4);
    for (n, seed) in [(3, 2101), (17, 2102), (64, 2103)] {
        let a = random_matrix(n, n, seed);
        let b = random_vector(n, seed + 1);
        let x = solve(&a, &b).unwrap();
        let ratio = solve_ratio(&a, &x, &b);
        assert!(
            ratio < THRESHOLD,
            "solve, random {n}×{n} (seed {seed}): ‖b − Ax‖/(‖A‖‖x‖ε) = {ratio:.1}"
        );
    }
}

#[test]
fn no_pivoting_fails_where_pivoting_succeeds() {
    let _points = points(3);
    // [[δ, 1], [1, 1]]·x = (1, 3): x = (2/(1 − δ), (1 − 3δ)/(1 − δ)), which rounds to (2, 1).
    for delta in [1e-20, 1e-17] {
        let a = matrix![[delta, 1.0], [1.0, 1.0]];
        let b = vector![1.0, 3.0];
        let x_true = vector![2.0, 1.0];
        let bad = solve_no_pivoting(&a, &b).unwrap();
        let err = relative_error(&bad, &x_true);
        assert!(
            err > 0.5,
            "solve_no_pivoting on [[{delta:e}, 1], [1, 1]] should lose x₀; got {bad}, error {err:e}"
        );
        let good = solve(&a, &b).unwrap();
        let err = relative_error(&good, &x_true);
        // κ₁ = 4: the answer is accurate to a few ε.
        assert!(
            err <= 4.0 * EPS,
            "solve on [[{delta:e}, 1], [1, 1]]: got {good}, error {err:e}"
        );
    }
    // The largest |entry| of column 0 is negative (−4): a signed comparison pivots on 2e-17,
    // the multipliers grow to 1e17, and x₀ is lost.
    let a = matrix![[2e-17, 1.0, 1.0], [-4.0, 1.0, 0.0], [1e-17, 0.0, 3.0]];
    let x_true = vector![1.0, 2.0, 3.0];
    let b = naive_matvec(&a, &x_true);
    let x = solve(&a, &b).unwrap();
    let ratio = solve_ratio(&a, &x, &b);
    assert!(
        ratio < THRESHOLD,
        "solve on [[2e-17, 1, 1], [-4, 1, 0], [1e-17, 0, 3]]: x = {x}, ‖b − Ax‖/(‖A‖‖x‖ε) = {ratio:.1}"
    );
    let err = relative_error(&x, &x_true);
    // κ₁(A) < 10 with the well-scaled pivots: a few ε; 100ε leaves ample room.
    assert!(
        err <= 100.0 * EPS,
        "solve on [[2e-17, 1, 1], [-4, 1, 0], [1e-17, 0, 3]]: x = {x}, want (1, 2, 3), error {err:e}"
    );
}

#[test]
fn singular_with_a_zero_column() {
    let _points = points(2);
    let g = random_matrix(4, 4, 2201);
    for zero in [3, 0] {
        let a = Matrix::from_fn(4, 4, |i, j| if j == zero { 0.0 } else { g[(i, j)] });
        assert_singular_with(
            solve(&a, &vector![1.0, 2.0, 3.0, 4.0]),
            "solve",
            zero,
            (0.0, pivot_tolerance(&a)),
            &format!("zero column {zero}"),
        );
    }
}

#[test]
fn singular_with_duplicate_rows() {
    let _points = points(2);
    // Rows 1 and 3 are equal: they stay equal through elimination until one cancels the other.
    let a = matrix![
        [2.0, 1.0, 0.0, 1.0],
        [1.0, 3.0, 1.0, 0.0],
        [0.0, 1.0, 4.0, 1.0],
        [1.0, 3.0, 1.0, 0.0]
    ];
    assert_singular_with(
        solve(&a, &vector![1.0, 1.0, 1.0, 1.0]),
        "solve",
        3,
        (0.0, pivot_tolerance(&a)),
        &format!("solve(&a, &vector![1.0, 1.0, 1.0, 1.0]) with a = {:?}", a),
    );
}

#[test]
fn singular_pivot_appearing_only_during_elimination() {
    let _points = points(2);
    // Column 1 = 2·column 0; multipliers 1/4, 1/2 are exact, so column 1 cancels exactly.
    let a = matrix![[1.0, 2.0, 1.0], [4.0, 8.0, 3.0], [2.0, 4.0, 5.0]];
    assert_singular_with(
        solve(&a, &vector![1.0, 1.0, 1.0]),
        "solve",
        1,
        (0.0, pivot_tolerance(&a)),
        &format!("solve(&a, &vector![1.0, 1.0, 1.0]) with a = {:?}", a),
    );
    // Row 2 = row 0 + row 1 (no zero column, no equal rows): the last pivot cancels exactly.
    let a = matrix![[1.0, 1.0, 1.0], [1.0, 2.0, 3.0], [2.0, 3.0, 4.0]];
    assert_singular_with(
        solve(&a, &vector![1.0, 1.0, 1.0]),
        "solve",
        2,
        (0.0, pivot_tolerance(&a)),
        &format!("solve(&a, &vector![1.0, 1.0, 1.0]) with a = {:?}", a),
    );
}

#[test]
fn numerically_singular_rule_both_sides() {
    let _points = points(3);
    // diag(2, 1, δ): tol = 3·ε·2 ≈ 1.33e-15.
    let x = solve(
        &Matrix::from_diag(&[2.0, 1.0, 2e-15]),
        &vector![2.0, 1.0, 2e-15],
    )
    .unwrap();
    assert!(
        approx::relative_eq!(x, vector![1.0, 1.0, 1.0], max_relative = 4.0 * EPS),
        "numerically_singular_rule_both_sides: x = solve(&Matrix::from_diag(&[2.0, 1.0, 2e-15]), &vector![2.0,…: x: got {:?}, want {:?} (relative_eq, max_relative = 4.0 * EPS)",
        x,
        vector![1.0, 1.0, 1.0]
    );
    assert_singular_with(
        solve(
            &Matrix::from_diag(&[2.0, 1.0, 1e-15]),
            &vector![2.0, 1.0, 1.0],
        ),
        "solve",
        2,
        (
            1e-15,
            pivot_tolerance(&Matrix::from_diag(&[2.0, 1.0, 1e-15])),
        ),
        "solve(&Matrix::from_diag(&[2.0, 1.0, 1e-15]), &vector![2.0, 1.0, 1.0])",
    );
    // [[1, 1], [1, 1 + δ]]: the last pivot is δ exactly; tol = 2·ε·(2 + δ) ≈ 4ε.
    let above = 2f64.powi(-49); // 8ε
    let below = 2f64.powi(-51); // 2ε
    let a = matrix![[1.0, 1.0], [1.0, 1.0 + above]];
    let x = solve(&a, &vector![2.0, 2.0 + above]).unwrap();
    assert_eq!(
        x,
        vector![1.0, 1.0],
        "[[1, 1], [1, 1 + 2⁻⁴⁹]] is invertible to working precision"
    );
    let a = matrix![[1.0, 1.0], [1.0, 1.0 + below]];
    assert_singular_with(
        solve(&a, &vector![2.0, 2.0]),
        "solve",
        1,
        (below, pivot_tolerance(&a)),
        "[[1, 1], [1, 1 + 2⁻⁵¹]] is singular to working precision",
    );
}

#[test]
fn solve_rejects_bad_input() {
    let _points = points(3);
    for (op, f) in [
        (
            "solve",
            solve as fn(&Matrix, &Vector) -> week1_vectors::Result<Vector>,
        ),
        ("solve_no_pivoting", solve_no_pivoting),
    ] {
        assert_eq!(
            f(&Matrix::zeros(3, 2), &vector![1.0, 2.0, 3.0]),
            Err(LinalgError::NotSquare { op, shape: (3, 2) }),
            "f(&Matrix::zeros(3, 2), &vector![1.0, 2.0, 3.0]) (left: got, right: want)"
        );
        assert_eq!(
            f(&Matrix::zeros(0, 3), &Vector::zeros(0)),
            Err(LinalgError::NotSquare { op, shape: (0, 3) }),
            "f(&Matrix::zeros(0, 3), &Vector::zeros(0)) (left: got, right: want)"
        );
        assert_eq!(
            f(&Matrix::zeros(0, 0), &vector![1.0, 2.0]),
            Err(LinalgError::ShapeMismatch {
                op,
                left: (0, 0),
                right: (2, 1)
            }),
            "f(&Matrix::zeros(0, 0), &vector![1.0, 2.0]) (left: got, right: want)"
        );
        assert_eq!(
            f(&Matrix::identity(3), &vector![1.0, f64::NAN, 3.0]),
            Err(LinalgError::NonFinite { op }),
            "f(&Matrix::identity(3), &vector![1.0, f64::NAN, 3.0]) (left: got, right: want)"
        );
        assert_eq!(
            f(
                &matrix![[f64::INFINITY, 0.0], [0.0, 1.0]],
                &vector![1.0, 1.0]
            ),
            Err(LinalgError::NonFinite { op }),
            "f(&matrix![[f64::INFINITY, 0.0], [0.0, 1.0]], &vector![1.0, 1.0]) (left: got, right: want)"
        );
    }
}

#[test]
fn empty_and_one_by_one_systems() {
    let _points = points(2);
    assert_eq!(
        solve(&Matrix::zeros(0, 0), &Vector::zeros(0))
            .unwrap()
            .len(),
        0,
        "solve(&Matrix::zeros(0, 0), &Vector::zeros(0)).unwrap().len() (left: got, right: want)"
    );
    assert_eq!(
        solve_no_pivoting(&Matrix::zeros(0, 0), &Vector::zeros(0))
            .unwrap()
            .len(),
        0,
        "solve_no_pivoting(&Matrix::zeros(0, 0), &Vector::zeros(0)).unwrap().len() (left: got, right: want)"
    );
    assert_eq!(
        solve(&matrix![[-2.0]], &vector![3.0]).unwrap(),
        vector![-1.5],
        "solve(&matrix![[-2.0]], &vector![3.0]).unwrap() (left: got, right: want)"
    );
    assert_singular_with(
        solve(&matrix![[0.0]], &vector![3.0]),
        "solve",
        0,
        (0.0, 0.0),
        "solve(&matrix![[0.0]], &vector![3.0])",
    );
    assert_singular_with(
        solve_no_pivoting(&matrix![[0.0]], &vector![0.0]),
        "solve_no_pivoting",
        0,
        (0.0, 0.0),
        "solve_no_pivoting(&matrix![[0.0]], &vector![0.0])",
    );
}

#[test]
fn permutation_systems_are_solved_exactly() {
    let _points = points(2);
    let p = permutation(&[3, 0, 4, 1, 2]);
    let b = vector![1.5, -2.0, 3.25, 4.0, -5.0];
    // P·x = b ⇔ x = Pᵀb: no arithmetic at all, so the answer is exact.
    let expected = naive_matvec(&naive_transpose(&p), &b);
    assert_eq!(
        solve(&p, &b).unwrap(),
        expected,
        "solve with a 5×5 permutation matrix"
    );
}

#[test]
fn hilbert_six_solved_to_kappa_epsilon() {
    let _points = points(2);
    let n = 6;
    let h = hilbert(n);
    let x_true = Vector::filled(n, 1.0);
    let b = naive_matvec(&h, &x_true);
    let x = solve(&h, &b).unwrap();
    let ratio = solve_ratio(&h, &x, &b);
    assert!(
        ratio < THRESHOLD,
        "solve(H₆): backward error ratio {ratio:.1}"
    );
    // Forward error ≲ κ₁·(backward error) ≈ κ₁·n·ε: κ₁(H₆) ≈ 2.9e7.
    let kappa = norm1(&h) * norm1(&hilbert_inverse(n));
    let err = relative_error(&x, &x_true);
    assert!(
        err <= n as f64 * kappa * EPS,
        "solve(H₆): relative error {err:e} above n·κ₁·ε = {:e}",
        n as f64 * kappa * EPS
    );
}

#[test]
fn pascal_system_is_solved_stably() {
    let _points = points(1);
    let a = pascal(9);
    let b = random_vector(9, 2301);
    let x = solve(&a, &b).unwrap();
    let ratio = solve_ratio(&a, &x, &b);
    assert!(ratio < THRESHOLD, "solve(Pascal 9×9): ratio {ratio:.1}");
}
