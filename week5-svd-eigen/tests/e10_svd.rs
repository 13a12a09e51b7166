//! `svd` by one-sided Jacobi, and `svd_via_normal_equations`, the counter-example.

use week1_vectors::gallery::{lauchli, random_matrix, random_rank_deficient, with_singular_values};
use week1_vectors::testing::naive_transpose;
use week1_vectors::{LinalgError, Matrix, matrix};
use week5_svd_eigen::testing::check_svd as check;
use week5_svd_eigen::{Svd, svd, svd_via_normal_equations};

/// The factorisation, or a panic that names the function, the input and the error (a
/// `NoConvergence` means the sweeps never met the stopping test on this input).
fn factor(what: &str, a: &Matrix, r: week1_vectors::Result<Svd>) -> Svd {
    r.unwrap_or_else(|e| {
        let hint = if matches!(e, LinalgError::NoConvergence { .. }) {
            " — the iteration did not converge: check the rotation angle and the stopping test"
        } else {
            ""
        };
        let shown = if a.rows() * a.cols() <= 16 {
            format!(":\n{a}")
        } else {
            String::new()
        };
        panic!(
            "{what} on the {}×{} input{shown}\nreturned {e}{hint}",
            a.rows(),
            a.cols()
        )
    })
}

#[test]
fn two_by_two_closed_form() {
    // [[3, 0], [4, 5]]: AᵀA = [[25, 20], [20, 25]], eigenvalues 45 and 5.
    let a = matrix![[3.0, 0.0], [4.0, 5.0]];
    let s = factor("svd", &a, svd(&a));
    check("svd([[3, 0], [4, 5]])", &a, &s);
    // Weyl: |σ̂ − σ| ≤ ‖E‖₂ ≈ a few ε·‖A‖₂ = ε·√45.
    assert!(
        (s.sigma[0] - 45f64.sqrt()).abs() < 4.0 * f64::EPSILON * 7.0,
        "svd([[3, 0], [4, 5]]): σ₁ = {}, want √45 = {} (within 28ε, Weyl: a few ε·‖A‖₂)",
        s.sigma[0],
        45f64.sqrt()
    );
    assert!(
        (s.sigma[1] - 5f64.sqrt()).abs() < 4.0 * f64::EPSILON * 7.0,
        "svd([[3, 0], [4, 5]]): σ₂ = {}, want √5 = {} (within 28ε, Weyl: a few ε·‖A‖₂)",
        s.sigma[1],
        5f64.sqrt()
    );
}

#[test]
fn tall_wide_and_square() {
    for (m, n, seed) in [
        (7, 4, 1),
        (4, 7, 2),
        (6, 6, 3),
        (30, 12, 4),
        (12, 30, 5),
        (1, 5, 6),
        (5, 1, 7),
    ] {
        let a = random_matrix(m, n, seed);
        let s = factor("svd", &a, svd(&a));
        check(&format!("svd(random, seed {seed})"), &a, &s);
        assert!(
            s.sweeps >= 1 && s.sweeps <= 20,
            "{m}×{n}: {} sweeps",
            s.sweeps
        );
    }
}

#[test]
fn prescribed_singular_values() {
    // A = U·diag(σ)·Vᵀ holds σ to rounding; Weyl: |σ̂ⱼ − σⱼ| ≤ ‖E‖₂ ≲ 10·n·ε·σ₁.
    let sigma = [5.0, 3.0, 1.0, 0.1, 1e-3];
    let a = with_singular_values(9, 5, &sigma, 3);
    let s = factor("svd", &a, svd(&a));
    check("svd(σ = 5, 3, 1, 0.1, 1e-3)", &a, &s);
    for (j, w) in sigma.iter().enumerate() {
        assert!(
            (s.sigma[j] - w).abs() < 10.0 * 9.0 * f64::EPSILON * 5.0,
            "σ{j} = {}, want {w}",
            s.sigma[j]
        );
    }
}

#[test]
fn rank_deficient() {
    for (m, n, r, seed) in [(10, 6, 3, 1), (6, 10, 2, 2), (8, 8, 1, 3)] {
        let a = random_rank_deficient(m, n, r, seed);
        let s = factor("svd", &a, svd(&a));
        check(&format!("svd(rank {r})"), &a, &s);
        // The zero singular values come out at rounding level, ~ε·σ₁.
        for j in r..m.min(n) {
            assert!(
                s.sigma[j] < 100.0 * f64::EPSILON * s.sigma[0],
                "rank {r}: σ{j} = {:e} should be at rounding level",
                s.sigma[j]
            );
        }
    }
}

#[test]
fn zero_matrix_and_zero_columns() {
    let z = Matrix::zeros(5, 3);
    let s = factor("svd", &z, svd(&z));
    assert_eq!(s.sigma.as_slice(), &[0.0; 3], "svd(5×3 zeros): σ");
    // U must still have orthonormal columns, V orthonormal rows.
    check("svd(0₅ₓ₃)", &z, &s);
    let a = matrix![[1.0, 0.0, 2.0], [3.0, 0.0, 4.0]];
    let s = factor("svd", &a, svd(&a));
    check("svd with a zero column", &a, &s);
}

#[test]
fn zero_sized_input() {
    for (m, n) in [(0, 0), (0, 4), (4, 0)] {
        let z = Matrix::zeros(m, n);
        let s = factor("svd", &z, svd(&z));
        assert_eq!(s.u.shape(), (m, 0), "{m}×{n}: U is m×0");
        assert!(
            s.sigma.is_empty(),
            "svd({m}×{n}): got σ = {:?}, want empty",
            s.sigma
        );
        assert_eq!(s.vt.shape(), (0, n), "{m}×{n}: Vᵀ is 0×n");
    }
}

#[test]
fn nan_is_an_error() {
    assert_eq!(
        svd(&matrix![[1.0, f64::NAN], [0.0, 1.0]]).unwrap_err(),
        LinalgError::NonFinite { op: "svd" },
        "svd with a NaN entry"
    );
}

#[test]
fn lauchli_small_singular_value_survives() {
    // A = [1 1; δ 0; 0 δ], δ = 1e-8: σ = √(2 + δ²) and δ. A backward-stable SVD gets δ to
    // within ε·‖A‖₂ ≈ 3e-16, so to relative 3e-8 at worst (one-sided Jacobi does far better).
    let a = lauchli(2, 1e-8);
    let s = factor("svd", &a, svd(&a));
    check("svd(Läuchli)", &a, &s);
    assert!(
        (s.sigma[1] - 1e-8).abs() < 3.0 * f64::EPSILON * 2f64.sqrt(),
        "σ₂ = {:e}, want 1e-8",
        s.sigma[1]
    );
}

#[test]
fn normal_equations_lose_small_singular_values() {
    // fl(AᵀA) = [[1, 1], [1, 1]] exactly (1 + δ² rounds to 1): σ₂ = δ is gone.
    let a = lauchli(2, 1e-8);
    let s = factor("svd_via_normal_equations", &a, svd_via_normal_equations(&a));
    assert!(
        (s.sigma[1] - 1e-8).abs() > 0.5e-8,
        "svd_via_normal_equations(Läuchli): σ₂ = {:e} should be lost (that is the lesson)",
        s.sigma[1]
    );
    // σ ≈ 1e-5 ≫ √ε: still found, but only to about ε·σ₁²/σ = 2e-11 absolute.
    let a = with_singular_values(6, 4, &[1.0, 0.5, 1e-2, 1e-5], 7);
    let good = factor("svd", &a, svd(&a));
    let bad = factor("svd_via_normal_equations", &a, svd_via_normal_equations(&a));
    let err_good = (good.sigma[3] - 1e-5).abs();
    let err_bad = (bad.sigma[3] - 1e-5).abs();
    assert!(err_bad < 1e-9, "σ = 1e-5 is above √ε: error {err_bad:e}");
    assert!(
        err_good < 1e-15,
        "svd: error {err_good:e} in σ = 1e-5; should be ε-level"
    );
}

#[test]
fn normal_equations_fine_for_well_conditioned() {
    let a = with_singular_values(7, 5, &[4.0, 3.0, 2.0, 1.5, 1.0], 9);
    let s = factor("svd_via_normal_equations", &a, svd_via_normal_equations(&a));
    // κ = 4: squaring it costs nothing visible; ε·κ²·σ₁ ≈ 1e-14.
    for (j, w) in [4.0, 3.0, 2.0, 1.5, 1.0].iter().enumerate() {
        assert!((s.sigma[j] - w).abs() < 1e-13, "σ{j} = {}", s.sigma[j]);
    }
    check("svd_via_normal_equations(κ = 4)", &a, &s);
    let at = naive_transpose(&a);
    let w = factor(
        "svd_via_normal_equations",
        &at,
        svd_via_normal_equations(&at),
    );
    assert_eq!(
        w.u.shape(),
        (5, 5),
        "svd_via_normal_equations of a 5×7 matrix: U shape"
    );
    assert_eq!(
        w.vt.shape(),
        (5, 7),
        "svd_via_normal_equations of a 5×7 matrix: Vᵀ shape"
    );
}

#[test]
fn normal_equations_on_rank_deficient_input() {
    // The eigenvalues of fl(AᵀA) that should be 0 come out as ±ε·σ₁²: the negative ones must
    // give σ = 0 (√max(λ, 0)), not NaN. The nonzero σ (κ = 4 on the range) stay accurate.
    let a = with_singular_values(7, 4, &[4.0, 2.0, 1.0, 0.0], 13);
    let s = factor("svd_via_normal_equations", &a, svd_via_normal_equations(&a));
    for j in 0..4 {
        assert!(
            s.sigma[j].is_finite() && s.sigma[j] >= 0.0,
            "svd_via_normal_equations(σ = 4, 2, 1, 0): σ{j} = {}, must be finite and ≥ 0",
            s.sigma[j]
        );
    }
    for (j, w) in [4.0, 2.0, 1.0].iter().enumerate() {
        assert!(
            (s.sigma[j] - w).abs() < 1e-13,
            "svd_via_normal_equations(σ = 4, 2, 1, 0): σ{j} = {}, want {w}",
            s.sigma[j]
        );
    }
    // σ₃ = 0 is found only to √(ε·σ₁²) ≈ 6e-8 (that is the lesson).
    assert!(s.sigma[3] < 1e-6, "σ₃ = {:e}, want ≈ 0", s.sigma[3]);
}
