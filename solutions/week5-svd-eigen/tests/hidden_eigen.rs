//! Hidden tests of week 5, eigenvalues (55 points): the classic test matrices, edge cases,
//! and the matrices on which naive methods stall.

use week1_vectors::gallery::{
    clement, frank, random_orthogonal, random_symmetric, rosser, tridiag, wilkinson_plus,
    with_eigenvalues,
};
use week1_vectors::testing::{
    EPS, THRESHOLD, naive_matmul, naive_matvec, naive_transpose, orthogonality_ratio, points,
    vec_norm2,
};
use week1_vectors::{Matrix, Vector, matrix, vector};
use week5_svd_eigen::testing::check_symmetric_eigen as residuals;
use week5_svd_eigen::testing::ok;
use week5_svd_eigen::{
    Complex, Shift, SymmetricEigen, dominant_eigenpairs, eigenvalues_general, hotelling_deflation,
    inverse_iteration, jacobi_eigen, power_iteration, qr_algorithm, rayleigh_quotient,
    rayleigh_quotient_iteration, svd, symmetric_eigen,
};

fn assert_close(what: &str, got: &[f64], want: &[f64], tol: f64) {
    assert_eq!(got.len(), want.len(), "{what}: count");
    for (k, (g, w)) in got.iter().zip(want).enumerate() {
        assert!(
            (g - w).abs() <= tol,
            "{what}: eigenvalue {k} = {g:.17}, want {w:.17} (|error| {:.1e} > {tol:.1e})",
            (g - w).abs()
        );
    }
}

fn sorted_desc(mut v: Vec<f64>) -> Vec<f64> {
    v.sort_by(|a, b| b.total_cmp(a));
    v
}

// ---- Wilkinson W21⁺: the nearly equal pair ------------------------------------------------

/// W21⁺ is symmetric tridiagonal with ‖W‖₂ ≈ 10.75; a backward-stable method has
/// |λ̂ − λ| ≤ ‖E‖₂ = c·ε·‖W‖₂ (Weyl), and with c = 4 that is 1e-14 — small enough to tell
/// 10.746194182903393 from 10.746194182903322 (gap 7.1e-14).
fn check_w21(what: &str, e: &SymmetricEigen) {
    let w = wilkinson_plus(21);
    residuals(what, &w, e);
    let tol = 1e-14;
    assert_close(
        what,
        &e.values.as_slice()[..2],
        &[10.746194182903393, 10.746194182903322],
        tol,
    );
    let gap = e.values[0] - e.values[1];
    assert!(
        (gap - 7.1e-14).abs() < 2.0 * tol,
        "{what}: the close pair must be resolved: gap {gap:e}, want 7.1e-14"
    );
    // The eigenvectors of the pair are nearly parallel in naive methods; here orthonormal.
    let v0 = e.vectors.col(0);
    let v1 = e.vectors.col(1);
    let d: f64 = v0.iter().zip(v1.iter()).map(|(a, b)| a * b).sum();
    assert!(d.abs() < 1e-13, "{what}: v₀·v₁ = {d:e}");
}

#[test]
fn wilkinson_w21_pair_symmetric_eigen() {
    let _points = points(4);
    check_w21(
        "symmetric_eigen(W21⁺)",
        &ok(
            "wilkinson_w21_pair_symmetric_eigen: symmetric_eigen(&wilkinson_plus(21))",
            symmetric_eigen(&wilkinson_plus(21)),
        ),
    );
}

#[test]
fn wilkinson_w21_pair_jacobi() {
    let _points = points(3);
    check_w21(
        "jacobi_eigen(W21⁺)",
        &ok(
            "wilkinson_w21_pair_jacobi: jacobi_eigen(&wilkinson_plus(21))",
            jacobi_eigen(&wilkinson_plus(21)),
        ),
    );
}

// ---- Rosser: a double, a zero and close eigenvalues ----------------------------------------

fn rosser_values() -> Vec<f64> {
    let r = 10.0 * 10405f64.sqrt();
    let s = 100.0 * 26f64.sqrt();
    vec![r, 1020.0, 510.0 + s, 1000.0, 1000.0, 510.0 - s, 0.0, -r]
}

/// ‖Rosser‖₂ ≈ 1020: Weyl with ‖E‖₂ ≤ 10·n·ε·‖A‖₂ gives 1.8e-11.
const ROSSER_TOL: f64 = 10.0 * 8.0 * EPS * 1020.05;

#[test]
fn rosser_symmetric_eigen() {
    let _points = points(4);
    let a = rosser();
    let e = ok(
        "rosser_symmetric_eigen: symmetric_eigen(&a)",
        symmetric_eigen(&a),
    );
    residuals("symmetric_eigen(Rosser)", &a, &e);
    assert_close(
        "symmetric_eigen(Rosser)",
        e.values.as_slice(),
        &rosser_values(),
        ROSSER_TOL,
    );
}

#[test]
fn rosser_jacobi() {
    let _points = points(3);
    let a = rosser();
    let e = ok("rosser_jacobi: jacobi_eigen(&a)", jacobi_eigen(&a));
    residuals("jacobi_eigen(Rosser)", &a, &e);
    assert_close(
        "jacobi_eigen(Rosser)",
        e.values.as_slice(),
        &rosser_values(),
        ROSSER_TOL,
    );
}

#[test]
fn rosser_general() {
    let _points = points(2);
    let ev = ok(
        "rosser_general: eigenvalues_general(&rosser())",
        eigenvalues_general(&rosser()),
    )
    .values;
    assert_eq!(ev.len(), 8, "eigenvalues_general(Rosser): 8 eigenvalues");
    for z in &ev {
        assert!(
            z.im.abs() <= ROSSER_TOL,
            "eigenvalues_general(Rosser): symmetric input, yet {z} is complex"
        );
    }
    let re = sorted_desc(ev.iter().map(|z| z.re).collect());
    // Symmetric (so normal): every eigenvalue is perfectly conditioned for the non-symmetric
    // algorithm too, the double 1000 included; a backward-stable method stays within the
    // same Weyl bound.
    assert_close(
        "eigenvalues_general(Rosser)",
        &re,
        &rosser_values(),
        ROSSER_TOL,
    );
}

// ---- Frank: ill-conditioned, reciprocal pairs ----------------------------------------------

#[test]
fn frank_reciprocal_pairs() {
    let _points = points(4);
    // Reference values (60-digit arithmetic) of the three largest eigenvalues of F₁₂. These
    // are well conditioned (condition numbers below 1e2), so the error is at most about
    // 1e2·n·ε·‖F‖ ≈ 1e-11.
    let f = frank(12);
    let ev = ok(
        "frank_reciprocal_pairs: eigenvalues_general(&f)",
        eigenvalues_general(&f),
    )
    .values;
    assert_eq!(
        ev.len(),
        12,
        "eigenvalues_general(frank(12)): 12 eigenvalues"
    );
    for z in &ev {
        assert!(
            z.is_real() && z.re > 0.0,
            "eigenvalues_general(Frank₁₂): the eigenvalues are real and positive, got {z}"
        );
    }
    assert_close(
        "eigenvalues_general(Frank₁₂), three largest",
        &[ev[0].re, ev[1].re, ev[2].re],
        &[32.22889150157216, 20.198_988_645_877_08, 12.311077400868526],
        1e-11,
    );
    // Σλ = trace = n(n+1)/2 = 78.
    let sum: f64 = ev.iter().map(|z| z.re).sum();
    assert!((sum - 78.0).abs() < 1e-12, "Σλ = {sum}, want the trace 78");
    // Reciprocal pairs λ·λ' = 1. The small eigenvalues are ill-conditioned (errors up to
    // 1e-8 even for a perfect backward-stable method), so only the middle pair — both of
    // whose members are well conditioned — is held to 1e-10.
    let p = ev[5].re * ev[6].re;
    assert!(
        (p - 1.0).abs() < 1e-10,
        "Frank₁₂: middle pair {} · {} = {p}, want 1",
        ev[5].re,
        ev[6].re
    );
    let f10 = ok(
        "frank_reciprocal_pairs: eigenvalues_general(&frank(10))",
        eigenvalues_general(&frank(10)),
    )
    .values;
    for k in [3, 4] {
        let p = f10[k].re * f10[9 - k].re;
        assert!(
            (p - 1.0).abs() < 1e-9,
            "Frank₁₀: pair {k}: {} · {} = {p}, want 1",
            f10[k].re,
            f10[9 - k].re
        );
    }
}

// ---- Clement, the Laplacian, repeated, zero, 1×1 --------------------------------------------

#[test]
fn clement_spectrum() {
    let _points = points(4);
    for n in [11usize, 14] {
        let a = clement(n);
        let e = ok("clement_spectrum: symmetric_eigen(&a)", symmetric_eigen(&a));
        residuals(&format!("symmetric_eigen(Clement {n})"), &a, &e);
        // ±(n−1), ±(n−3), …; ‖A‖₂ = n − 1, tolerance 10·n·ε·‖A‖₂.
        let want: Vec<f64> = (0..n).map(|k| (n - 1) as f64 - 2.0 * k as f64).collect();
        let tol = 10.0 * n as f64 * EPS * (n - 1) as f64;
        assert_close(
            &format!("symmetric_eigen(Clement {n})"),
            e.values.as_slice(),
            &want,
            tol,
        );
    }
}

#[test]
fn laplacian_closed_form_n50() {
    let _points = points(5);
    let n = 50;
    let a = tridiag(n, -1.0, 2.0, -1.0);
    let want: Vec<f64> = (1..=n)
        .rev()
        .map(|k| {
            let s = (k as f64 * std::f64::consts::PI / (2.0 * (n + 1) as f64)).sin();
            4.0 * s * s
        })
        .collect();
    // ‖A‖₂ < 4: Weyl with 10·n·ε·4 = 4.4e-13.
    let tol = 10.0 * n as f64 * EPS * 4.0;
    let e = ok(
        "laplacian_closed_form_n50: symmetric_eigen(&a)",
        symmetric_eigen(&a),
    );
    residuals("symmetric_eigen(tridiag(−1, 2, −1), n = 50)", &a, &e);
    assert_close("symmetric_eigen(tridiag)", e.values.as_slice(), &want, tol);
    let j = ok(
        "laplacian_closed_form_n50: jacobi_eigen(&a)",
        jacobi_eigen(&a),
    );
    residuals("jacobi_eigen(tridiag(−1, 2, −1), n = 50)", &a, &j);
    assert_close("jacobi_eigen(tridiag)", j.values.as_slice(), &want, tol);
}

#[test]
fn repeated_eigenvalues() {
    let _points = points(3);
    let i7 = Matrix::identity(7);
    for (name, e) in [
        (
            "symmetric_eigen(I₇)",
            ok(
                "repeated_eigenvalues: symmetric_eigen(&i7)",
                symmetric_eigen(&i7),
            ),
        ),
        (
            "jacobi_eigen(I₇)",
            ok("repeated_eigenvalues: jacobi_eigen(&i7)", jacobi_eigen(&i7)),
        ),
    ] {
        residuals(name, &i7, &e);
        assert_eq!(e.values.as_slice(), &[1.0; 7], "{name}");
    }
    let q = random_orthogonal(6, 77);
    let a = naive_matmul(
        &naive_matmul(&q, &Matrix::from_diag(&[3.0, 3.0, 3.0, -1.0, -1.0, 0.5])),
        &naive_transpose(&q),
    );
    let a = Matrix::from_fn(6, 6, |i, j| 0.5 * (a[(i, j)] + a[(j, i)]));
    let e = ok(
        "repeated_eigenvalues: symmetric_eigen(&a)",
        symmetric_eigen(&a),
    );
    residuals("symmetric_eigen(3, 3, 3, −1, −1, 0.5)", &a, &e);
    assert_close(
        "repeated",
        e.values.as_slice(),
        &[3.0, 3.0, 3.0, 0.5, -1.0, -1.0],
        1e-13,
    );
}

#[test]
fn zero_matrix() {
    let _points = points(2);
    let z = Matrix::zeros(6, 6);
    let e = ok("zero_matrix: symmetric_eigen(&z)", symmetric_eigen(&z));
    assert_eq!(
        e.values.as_slice(),
        &[0.0; 6],
        "symmetric_eigen(6×6 zeros): eigenvalues"
    );
    assert!(
        orthogonality_ratio(&e.vectors) < THRESHOLD,
        "symmetric_eigen(6×6 zeros): ‖I − VᵀV‖/(nε) = {:.3e}, want < {THRESHOLD}",
        orthogonality_ratio(&e.vectors)
    );
    let j = ok("zero_matrix: jacobi_eigen(&z)", jacobi_eigen(&z));
    assert_eq!(
        j.values.as_slice(),
        &[0.0; 6],
        "jacobi_eigen(6×6 zeros): eigenvalues"
    );
    assert!(
        orthogonality_ratio(&j.vectors) < THRESHOLD,
        "jacobi_eigen(6×6 zeros): ‖I − VᵀV‖/(nε) = {:.3e}, want < {THRESHOLD}",
        orthogonality_ratio(&j.vectors)
    );
    assert_eq!(
        ok(
            "zero_matrix: eigenvalues_general(&z)",
            eigenvalues_general(&z)
        )
        .values,
        vec![Complex::real(0.0); 6],
        "eigenvalues_general(6×6 zeros)"
    );
    let s = ok(
        "zero_matrix: svd(&Matrix::zeros(6, 4))",
        svd(&Matrix::zeros(6, 4)),
    );
    assert_eq!(s.sigma.as_slice(), &[0.0; 4], "svd(6×4 zeros): σ");
    assert!(
        orthogonality_ratio(&s.u) < THRESHOLD,
        "svd(6×4 zeros): ‖I − UᵀU‖/(nε) = {:.3e}, want < {THRESHOLD}",
        orthogonality_ratio(&s.u)
    );
    assert!(
        orthogonality_ratio(&naive_transpose(&s.vt)) < THRESHOLD,
        "svd(6×4 zeros): ‖I − VVᵀ‖/(nε) = {:.3e}, want < {THRESHOLD}",
        orthogonality_ratio(&naive_transpose(&s.vt))
    );
}

#[test]
fn one_by_one() {
    let _points = points(2);
    let a = matrix![[-3.25]];
    let e = ok("one_by_one: symmetric_eigen(&a)", symmetric_eigen(&a));
    assert_eq!(
        e.values.as_slice(),
        &[-3.25],
        "symmetric_eigen([[−3.25]]): eigenvalues"
    );
    assert_eq!(
        e.vectors[(0, 0)].abs(),
        1.0,
        "symmetric_eigen([[−3.25]]): |v₀₀| must be 1"
    );
    assert_eq!(
        ok("one_by_one: jacobi_eigen(&a)", jacobi_eigen(&a))
            .values
            .as_slice(),
        &[-3.25],
        "jacobi_eigen([[−3.25]]): eigenvalues"
    );
    assert_eq!(
        ok(
            "one_by_one: eigenvalues_general(&a)",
            eigenvalues_general(&a)
        )
        .values,
        vec![Complex::real(-3.25)],
        "eigenvalues_general([[−3.25]])"
    );
    let s = ok("one_by_one: svd(&a)", svd(&a));
    assert_eq!(s.sigma.as_slice(), &[3.25], "svd([[−3.25]]): σ");
    assert_eq!(s.u[(0, 0)] * s.vt[(0, 0)], -1.0, "U·Σ·Vᵀ = −3.25");
}

// ---- NaN: an error, never a hang ------------------------------------------------------------

#[test]
fn nan_and_infinity_are_errors_not_hangs() {
    let _points = points(4);
    let mut bad = random_symmetric(5, 3);
    bad[(2, 3)] = f64::NAN;
    bad[(3, 2)] = f64::NAN;
    let mut inf = random_symmetric(4, 4);
    inf[(0, 0)] = f64::INFINITY;
    for a in [&bad, &inf] {
        assert!(
            symmetric_eigen(a).is_err(),
            "symmetric_eigen must refuse NaN/∞"
        );
        assert!(jacobi_eigen(a).is_err(), "jacobi_eigen must refuse NaN/∞");
        assert!(
            eigenvalues_general(a).is_err(),
            "eigenvalues_general must refuse NaN/∞"
        );
        assert!(svd(a).is_err(), "svd must refuse NaN/∞");
        assert!(
            qr_algorithm(a, Shift::Wilkinson, 1_000_000).is_err(),
            "qr_algorithm(Wilkinson) on a matrix with NaN/∞ must refuse it: got {:?}, want an error",
            qr_algorithm(a, Shift::Wilkinson, 1_000_000)
        );
        let x0 = week1_vectors::Vector::filled(a.rows(), 1.0);
        assert!(
            power_iteration(a, &x0, 1e-10, 1_000_000).is_err(),
            "power_iteration on a matrix with NaN/∞ must refuse it: got {:?}, want an error",
            power_iteration(a, &x0, 1e-10, 1_000_000)
        );
        assert!(
            inverse_iteration(a, 0.5, &x0, 1e-10, 1_000_000).is_err(),
            "inverse_iteration on a matrix with NaN/∞ must refuse it: got {:?}, want an error",
            inverse_iteration(a, 0.5, &x0, 1e-10, 1_000_000)
        );
        assert!(
            rayleigh_quotient_iteration(a, &x0, 1e-10, 1_000_000).is_err(),
            "rayleigh_quotient_iteration on a matrix with NaN/∞ must refuse it: got {:?}, want an error",
            rayleigh_quotient_iteration(a, &x0, 1e-10, 1_000_000)
        );
    }
}

// ---- complex pairs, and the matrices that stall naive methods -------------------------------

#[test]
fn rotations_give_conjugate_pairs() {
    let _points = points(4);
    let theta = 2.2_f64;
    let (s, c) = theta.sin_cos();
    let ev = eigenvalues_general(&matrix![[c, -s], [s, c]])
        .unwrap()
        .values;
    assert!(
        (ev[0] - Complex::from_polar(1.0, theta)).abs() < 1e-15 && ev[1] == ev[0].conj(),
        "rotation by {theta}: got {ev:?}, want e^(±iθ) with + first"
    );
    // Two rotations (θ = 0.5 and 2.5) and a real 1.5, mixed by an orthogonal similarity.
    let (s1, c1) = 0.5f64.sin_cos();
    let (s2, c2) = 2.5f64.sin_cos();
    let r = Matrix::from_rows(&[
        [c1, -s1, 0.0, 0.0, 0.0],
        [s1, c1, 0.0, 0.0, 0.0],
        [0.0, 0.0, c2, -s2, 0.0],
        [0.0, 0.0, s2, c2, 0.0],
        [0.0, 0.0, 0.0, 0.0, 1.5],
    ])
    .unwrap();
    let q = random_orthogonal(5, 55);
    let a = naive_matmul(&naive_matmul(&q, &r), &naive_transpose(&q));
    let ev = ok(
        "rotations_give_conjugate_pairs: eigenvalues_general(&a)",
        eigenvalues_general(&a),
    )
    .values;
    // A normal matrix: perfectly conditioned eigenvalues, errors ≈ n·ε·‖A‖.
    let want = [
        Complex::real(1.5),
        Complex::from_polar(1.0, 0.5),
        Complex::from_polar(1.0, -0.5),
        Complex::from_polar(1.0, 2.5),
        Complex::from_polar(1.0, -2.5),
    ];
    assert_eq!(
        ev.len(),
        5,
        "eigenvalues_general(two rotations ⊕ 1.5): 5 eigenvalues"
    );
    for (z, w) in ev.iter().zip(&want) {
        assert!(
            (*z - *w).abs() < 1e-13,
            "eigenvalues_general(two rotations ⊕ 1.5): got {:?}, want {:?} in that order",
            ev.iter().map(|z| z.to_string()).collect::<Vec<_>>(),
            want.iter().map(|z| z.to_string()).collect::<Vec<_>>()
        );
    }
    // The same matrix has no real eigenvector for the QR algorithm with real shifts.
    assert!(
        qr_algorithm(&a, Shift::Wilkinson, 500).is_err(),
        "qr_algorithm(Wilkinson, 500 iterations) on two rotations ⊕ 1.5 (complex eigenvalues, no real Schur form with real shifts): got {:?}, want an error",
        qr_algorithm(&a, Shift::Wilkinson, 500)
    );
}

#[test]
fn naive_methods_stall_and_report_it() {
    let _points = points(4);
    let swap = matrix![[0.0, 1.0], [1.0, 0.0]];
    for shift in [Shift::None, Shift::Rayleigh] {
        assert!(
            qr_algorithm(&swap, shift, 321).is_err(),
            "qr_algorithm({shift:?}) on [[0, 1], [1, 0]] cannot converge"
        );
    }
    let w = ok(
        "naive_methods_stall_and_report_it: qr_algorithm(&swap, Shift::Wilkinson, 321)",
        qr_algorithm(&swap, Shift::Wilkinson, 321),
    );
    assert_close(
        "Wilkinson on [[0,1],[1,0]]",
        w.values.as_slice(),
        &[1.0, -1.0],
        1e-15,
    );
    assert!(
        rayleigh_quotient_iteration(&swap, &vector![0.0, 1.0], 1e-12, 50).is_err(),
        "rayleigh_quotient_iteration on [[0, 1], [1, 0]] from (0, 1) (the Rayleigh quotient is 0, midway between ±1): got {:?}, want an error",
        rayleigh_quotient_iteration(&swap, &vector![0.0, 1.0], 1e-12, 50)
    );
    let (s, c) = 1.3f64.sin_cos();
    let rot = matrix![[c, -s], [s, c]];
    let err = power_iteration(&rot, &vector![0.3, 0.7], 1e-9, 123).unwrap_err();
    assert_eq!(
        err,
        week1_vectors::LinalgError::NoConvergence {
            op: "power_iteration",
            iterations: 123
        },
        "power_iteration on a rotation by 1.3 rad (|λ₁| = |λ₂|), 123 iterations"
    );
}

#[test]
fn jacobi_agrees_with_qr_on_random() {
    let _points = points(3);
    for (n, seed) in [(30, 101), (45, 102)] {
        let a = random_symmetric(n, seed);
        let j = ok(
            "jacobi_agrees_with_qr_on_random: jacobi_eigen(&a)",
            jacobi_eigen(&a),
        );
        let q = ok(
            "jacobi_agrees_with_qr_on_random: symmetric_eigen(&a)",
            symmetric_eigen(&a),
        );
        residuals("jacobi_eigen", &a, &j);
        residuals("symmetric_eigen", &a, &q);
        // Each within 10·n·ε·‖A‖₁ of the truth (Weyl), so within twice that of each other.
        let tol = 20.0 * n as f64 * EPS * week1_vectors::testing::norm1(&a);
        assert_close(
            "jacobi vs QR",
            j.values.as_slice(),
            q.values.as_slice(),
            tol,
        );
    }
}

// ---- one vector at a time, deflation, and the shifted QR algorithm on new inputs -----------

#[test]
fn power_rayleigh_deflation_and_qr_on_new_inputs() {
    let _points = points(4);
    let d = [-50.0, 20.0, 7.0, -3.0, 1.0];
    let a = with_eigenvalues(&d, 91);
    // The power method: rate |20/50| = 0.4. The residual is ≤ 1e-12·‖A‖_F ≈ 5.5e-11, and for
    // symmetric A the Rayleigh quotient's error is far smaller still; 1e-9 is generous.
    let e = ok(
        "power_rayleigh_deflation_and_qr_on_new_inputs: power_iteration(&a, &Vector::filled(5, 1.0), 1e-12, 500)",
        power_iteration(&a, &Vector::filled(5, 1.0), 1e-12, 500),
    );
    let nx = vec_norm2(&e.vector);
    assert!(
        (nx - 1.0).abs() < 1e-14,
        "power_iteration(eigenvalues −50, 20, 7, −3, 1): ‖x‖₂ = {nx}, the vector must be unit"
    );
    assert!(
        (e.value + 50.0).abs() < 1e-9,
        "power_iteration(eigenvalues −50, 20, 7, −3, 1): λ = {}, want −50",
        e.value
    );
    // The Rayleigh quotient xᵀAx/xᵀx against a naive evaluation; |ρ| ≤ 50, so rounding is
    // ≈ n·ε·50 ≈ 6e-14. Scaling x by 1e200 must not change it (nor overflow).
    let x = vector![3.0, -1.0, 2.0, 0.5, -4.0];
    let ax = naive_matvec(&a, &x);
    let want = x.iter().zip(ax.iter()).map(|(p, q)| p * q).sum::<f64>()
        / x.iter().map(|p| p * p).sum::<f64>();
    for s in [1.0, 1e200] {
        let xs = Vector::from_fn(5, |i| x[i] * s);
        let r = rayleigh_quotient(&a, &xs).unwrap();
        assert!(
            (r - want).abs() < 1e-12,
            "rayleigh_quotient(A, (3, −1, 2, 0.5, −4)·{s:e}) = {r}, want xᵀAx/xᵀx = {want}"
        );
    }
    // Hotelling's deflation with a non-unit vector: A − λvvᵀ/(vᵀv) sends v to ≈ 0 and keeps
    // the trace minus λ.
    let v = Vector::from_fn(5, |i| 3.0 * e.vector[i]);
    let b = hotelling_deflation(&a, e.value, &v).unwrap();
    let bv = vec_norm2(&naive_matvec(&b, &v));
    assert!(
        bv < 1e-8,
        "hotelling_deflation(A, −50, 3·v₁): ‖B·v‖₂ = {bv:e}, want ≈ 0 (divide by vᵀv)"
    );
    let (ta, tb): (f64, f64) = (
        (0..5).map(|i| a[(i, i)]).sum(),
        (0..5).map(|i| b[(i, i)]).sum(),
    );
    assert!(
        (tb - (ta + 50.0)).abs() < 1e-9,
        "hotelling_deflation: trace {tb}, want trace(A) − λ = {}",
        ta + 50.0
    );
    let pairs = ok(
        "power_rayleigh_deflation_and_qr_on_new_inputs: dominant_eigenpairs(&a, 3, 1e-12, 2000)",
        dominant_eigenpairs(&a, 3, 1e-12, 2000),
    );
    for (p, w) in pairs.iter().zip([-50.0, 20.0, 7.0]) {
        assert!(
            (p.value - w).abs() < 1e-8,
            "dominant_eigenpairs(−50, 20, 7, −3, 1): got {:?}, want −50, 20, 7 in that order",
            pairs.iter().map(|p| p.value).collect::<Vec<_>>()
        );
    }
    // The shifted QR algorithm: about two steps per eigenvalue with Wilkinson's shift (the
    // eigenvalue of the trailing block *nearer* h_nn); Weyl: errors ≲ 10·n·ε·‖A‖₂ = 1.6e-13.
    let d8 = [9.0, 6.5, 4.0, 2.0, 1.0, -0.5, -3.0, -7.0];
    let a8 = with_eigenvalues(&d8, 93);
    let r = ok(
        "power_rayleigh_deflation_and_qr_on_new_inputs: qr_algorithm(&a8, Shift::Wilkinson, 1000)",
        qr_algorithm(&a8, Shift::Wilkinson, 1000),
    );
    assert_close(
        "qr_algorithm(Wilkinson, eigenvalues 9 … −7)",
        r.values.as_slice(),
        &d8,
        1e-12,
    );
    assert!(
        r.iterations <= 3 * 8,
        "qr_algorithm(Wilkinson) on 8×8 symmetric: {} steps, expected about 2 per eigenvalue",
        r.iterations
    );
}
