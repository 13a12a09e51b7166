//! Tests of the given code: the test-support helpers (src/testing/). Every later week checks
//! its answers with these, so they are checked here on cases with known answers. These pass
//! before you write any exercise.

use std::process::{Command, Stdio};
use week1_vectors::testing::*;
use week1_vectors::{Matrix, matrix, vector};

/// The grader's environment variable and success prefix (src/testing/grading.rs).
const TOKEN_ENV: &str = "COURSE_GRADE_TOKEN_ON_STDIN";
const PASS_PREFIX: &str = "course-grade-pass:";

#[test]
fn constants() {
    assert_eq!(
        THRESHOLD, 30.0,
        "constants: THRESHOLD (left: got, right: want)"
    );
    assert_eq!(EPS, f64::EPSILON, "constants: EPS (left: got, right: want)");
    let one = std::hint::black_box(1.0);
    assert_eq!(
        one + EPS / 2.0,
        1.0,
        "ε/2 is the unit roundoff: 1 + ε/2 rounds to 1"
    );
    assert!(one + EPS > 1.0, "1 + ε is the next double after 1");
}

#[test]
fn naive_products() {
    let a = matrix![[1, 2], [3, 4], [5, 6]];
    let b = matrix![[1, 0, -1], [2, 1, 0]];
    assert_eq!(
        naive_matmul(&a, &b),
        matrix![[5, 2, -1], [11, 4, -3], [17, 6, -5]],
        "naive_matmul(&a, &b) with a = {:?}, b = {:?} (left: got, right: want)",
        a,
        b
    );
    assert_eq!(
        naive_matvec(&a, &vector![1.0, -1.0]),
        vector![-1.0, -1.0, -1.0],
        "naive_matvec(&a, &vector![1.0, -1.0]) with a = {:?} (left: got, right: want)",
        a
    );
    assert_eq!(
        naive_transpose(&a),
        matrix![[1, 3, 5], [2, 4, 6]],
        "naive_transpose(&a) with a = {:?} (left: got, right: want)",
        a
    );
    assert_eq!(
        naive_sub(&a, &a),
        Matrix::zeros(3, 2),
        "naive_sub(&a, &a) with a = {:?} (left: got, right: want)",
        a
    );
    assert_eq!(
        naive_abs(&matrix![[-1, 2]]),
        matrix![[1, 2]],
        "naive_abs(&matrix![[-1, 2]]) (left: got, right: want)"
    );
    // Zero inner dimension: a well-shaped zero matrix.
    assert_eq!(
        naive_matmul(&Matrix::zeros(2, 0), &Matrix::zeros(0, 3)),
        Matrix::zeros(2, 3),
        "naive_matmul(&Matrix::zeros(2, 0), &Matrix::zeros(0, 3)) (left: got, right: want)"
    );
    expect_panic("naive_matmul: 3×2 times 3×2", || {
        naive_matmul(&Matrix::zeros(3, 2), &Matrix::zeros(3, 2));
    });
    expect_panic("naive_matvec: 3×2 times length 3", || {
        naive_matvec(&Matrix::zeros(3, 2), &vector![1.0, 2.0, 3.0]);
    });
    expect_panic("naive_sub: shapes differ", || {
        naive_sub(&Matrix::zeros(3, 2), &Matrix::zeros(2, 3));
    });
}

#[test]
fn norms() {
    let a = matrix![[1, -2], [-3, 4]];
    assert_eq!(norm1(&a), 6.0, "largest column sum");
    assert_eq!(norm_inf(&a), 7.0, "largest row sum");
    assert_eq!(
        max_abs(&a),
        4.0,
        "max_abs(&a) with a = {:?} (left: got, right: want)",
        a
    );
    assert_eq!(
        frobenius(&matrix![[3, 4]]),
        5.0,
        "frobenius(&matrix![[3, 4]]) (left: got, right: want)"
    );
    assert_eq!(
        norm1(&Matrix::zeros(0, 0)),
        0.0,
        "norm1(&Matrix::zeros(0, 0)) (left: got, right: want)"
    );
    assert!(
        norm1(&matrix![[f64::NAN, 1.0]]).is_nan(),
        "norm1(&matrix![[f64::NAN, 1.0]]): got {:?}, want NaN",
        norm1(&matrix![[f64::NAN, 1.0]])
    );
    assert!(
        norm_inf(&matrix![[1.0], [f64::NAN]]).is_nan(),
        "norm_inf(&matrix![[1.0], [f64::NAN]]): got {:?}, want NaN",
        norm_inf(&matrix![[1.0], [f64::NAN]])
    );
    assert!(
        max_abs(&matrix![[1.0, f64::NAN]]).is_nan(),
        "max_abs(&matrix![[1.0, f64::NAN]]): got {:?}, want NaN",
        max_abs(&matrix![[1.0, f64::NAN]])
    );
    assert_eq!(
        max_abs_slice(&[]),
        0.0,
        "max_abs_slice(&[]) (left: got, right: want)"
    );
    // Scaled: no overflow, no underflow.
    let big = frobenius(&matrix![[1e200, 1e200]]);
    assert!(
        (big - 2f64.sqrt() * 1e200).abs() <= 4.0 * EPS * big,
        "(big - 2f64.sqrt() * 1e200).abs() with big = {:?} = {:?}, want <= 4.0 * EPS * big = {:?}",
        big,
        (big - 2f64.sqrt() * 1e200).abs(),
        4.0 * EPS * big
    );
    let tiny = scaled_l2(&[3e-200, 4e-200]);
    assert!(
        (tiny - 5e-200).abs() <= 4.0 * EPS * 5e-200,
        "(tiny - 5e-200).abs() with tiny = {:?} = {:?}, want <= 4.0 * EPS * 5e-200 = {:?}",
        tiny,
        (tiny - 5e-200).abs(),
        4.0 * EPS * 5e-200
    );
    assert_eq!(
        scaled_l2(&[1.0, f64::INFINITY]),
        f64::INFINITY,
        "scaled_l2(&[1.0, f64::INFINITY]) (left: got, right: want)"
    );
    assert!(
        scaled_l2(&[f64::NAN, 1.0]).is_nan(),
        "scaled_l2(&[f64::NAN, 1.0]): got {:?}, want NaN",
        scaled_l2(&[f64::NAN, 1.0])
    );
    assert_eq!(
        vec_norm2(&vector![]),
        0.0,
        "vec_norm2(&vector![]) (left: got, right: want)"
    );
    assert_eq!(
        vec_norm2(&vector![-3.0, 4.0]),
        5.0,
        "vec_norm2(&vector![-3.0, 4.0]) (left: got, right: want)"
    );
}

#[test]
fn triangular_predicates() {
    let u = matrix![[1, 2], [0, 3]];
    assert!(
        is_upper_triangular(&u),
        "is_upper_triangular(&u): false for {:?}",
        &u
    );
    assert!(
        !is_lower_triangular(&u),
        "!is_lower_triangular(&u): false for {:?}",
        &u
    );
    assert!(
        is_lower_triangular(&naive_transpose(&u)),
        "triangular_predicates: `is_lower_triangular(&naive_transpose(&u))` is false"
    );
    assert!(
        is_upper_triangular(&Matrix::identity(3)) && is_lower_triangular(&Matrix::identity(3)),
        "triangular_predicates: `is_upper_triangular(&Matrix::identity(3)) && is_lower_triangular(&Matrix::identity(3))` is false"
    );
    // Rectangular: only entries below (above) the diagonal count.
    assert!(
        is_upper_triangular(&matrix![[1, 2, 3], [0, 4, 5]]),
        "triangular_predicates: `is_upper_triangular(&matrix![[1, 2, 3], [0, 4, 5]])` is false"
    );
    assert!(
        !is_upper_triangular(&matrix![[1, 2], [0, 4], [1e-300, 0]]),
        "triangular_predicates: `!is_upper_triangular(&matrix![[1, 2], [0, 4], [1e-300, 0]])` is false"
    );
}

#[test]
fn reconstruction_ratio_scales_by_n_norm_eps() {
    let a = matrix![[1, 2], [3, 4]];
    assert_eq!(
        reconstruction_ratio(&a, &a),
        0.0,
        "reconstruction_ratio(&a, &a) with a = {:?} (left: got, right: want)",
        a
    );
    // One entry off by ‖A‖₁·ε = 6ε: ‖A − B‖₁ = 6ε, n = 2, so the ratio is 6ε/(2·6·ε) = 0.5.
    let mut b = a.clone();
    b[(0, 0)] += 6.0 * EPS;
    assert_eq!(
        reconstruction_ratio(&a, &b),
        0.5,
        "reconstruction_ratio(&a, &b) with a = {:?}, b = {:?} (left: got, right: want)",
        a,
        b
    );
    assert_eq!(
        reconstruction_ratio(&Matrix::zeros(2, 2), &a),
        f64::INFINITY,
        "reconstruction_ratio(&Matrix::zeros(2, 2), &a) with a = {:?} (left: got, right: want)",
        a
    );
    assert_eq!(
        reconstruction_ratio(&Matrix::zeros(0, 0), &Matrix::zeros(0, 0)),
        0.0,
        "reconstruction_ratio(&Matrix::zeros(0, 0), &Matrix::zeros(0, 0)) (left: got, right: want)"
    );
    assert!(
        reconstruction_ratio(&a, &matrix![[f64::NAN, 2], [3, 4]]).is_nan(),
        "reconstruction_ratio(&a, &matrix![[f64::NAN, 2], [3, 4]]) with a = {:?}: got {:?}, want NaN",
        a,
        reconstruction_ratio(&a, &matrix![[f64::NAN, 2], [3, 4]])
    );
    expect_panic("reconstruction_ratio", || {
        reconstruction_ratio(&Matrix::zeros(2, 2), &Matrix::zeros(2, 3));
    });
}

#[test]
fn orthogonality_measures() {
    assert_eq!(
        orthogonality_ratio(&Matrix::identity(4)),
        0.0,
        "orthogonality_ratio(&Matrix::identity(4)) (left: got, right: want)"
    );
    assert_eq!(
        orthogonality_loss(&Matrix::identity(4)),
        0.0,
        "orthogonality_loss(&Matrix::identity(4)) (left: got, right: want)"
    );
    // A rotation by 30°: orthogonal up to rounding.
    let (s, c) = (std::f64::consts::PI / 6.0).sin_cos();
    let q = matrix![[c, -s], [s, c]];
    assert!(
        orthogonality_ratio(&q) < THRESHOLD,
        "orthogonality_ratio(&q) with q = {:?} = {:?}, want < THRESHOLD = {:?}",
        q,
        orthogonality_ratio(&q),
        THRESHOLD
    );
    // 2·I is not orthogonal at all: ‖I − 4I‖₁ = 3.
    assert_eq!(
        orthogonality_loss(&Matrix::from_diag(&[2.0, 2.0])),
        3.0,
        "orthogonality_loss(&Matrix::from_diag(&[2.0, 2.0])) (left: got, right: want)"
    );
    assert!(
        orthogonality_ratio(&Matrix::from_diag(&[2.0, 2.0])) > 1e15,
        "orthogonality_ratio(&Matrix::from_diag(&[2.0, 2.0])) = {:?}, want > 1e15",
        orthogonality_ratio(&Matrix::from_diag(&[2.0, 2.0]))
    );
    // Thin Q (3×2): QᵀQ is 2×2.
    let thin = matrix![[1, 0], [0, 1], [0, 0]];
    assert_eq!(
        orthogonality_ratio(&thin),
        0.0,
        "orthogonality_ratio(&thin) with thin = {:?} (left: got, right: want)",
        thin
    );
}

#[test]
fn solve_ratios_and_relative_error() {
    let a = matrix![[2, 1], [1, 3]];
    let x = vector![1.0, 2.0];
    let b = vector![4.0, 7.0];
    assert_eq!(
        solve_ratio(&a, &x, &b),
        0.0,
        "solve_ratio(&a, &x, &b) with a = {:?}, x = {:?}, b = {:?} (left: got, right: want)",
        a,
        x,
        b
    );
    // Residual 1 in the first entry: ‖r‖₁/(‖A‖₁‖x‖₁ε) = 1/(4·3·ε).
    let off = vector![5.0, 7.0];
    assert_eq!(
        solve_ratio(&a, &x, &off),
        1.0 / (12.0 * EPS),
        "solve_ratio(&a, &x, &off) with a = {:?}, x = {:?}, off = {:?} (left: got, right: want)",
        a,
        x,
        off
    );
    let xm = Matrix::column(&x);
    assert_eq!(
        solve_many_ratio(&a, &xm, &Matrix::column(&b)),
        0.0,
        "solve_many_ratio(&a, &xm, &Matrix::column(&b)) with a = {:?}, xm = {:?}, b = {:?} (left: got, right: want)",
        a,
        xm,
        b
    );
    // max |xᵢ − tᵢ| / max |tᵢ|
    assert_eq!(
        relative_error(&vector![1.0, 2.5], &vector![1.5, 2.0]),
        0.5 / 2.0,
        "relative_error(&vector![1.0, 2.5], &vector![1.5, 2.0]) (left: got, right: want)"
    );
    assert_eq!(
        relative_error(&x, &x),
        0.0,
        "relative_error(&x, &x) with x = {:?} (left: got, right: want)",
        x
    );
    assert_eq!(
        relative_error(&vector![1.0], &vector![0.0]),
        f64::INFINITY,
        "relative_error(&vector![1.0], &vector![0.0]) (left: got, right: want)"
    );
    expect_panic("relative_error: lengths 1 and 2", || {
        relative_error(&vector![1.0], &vector![1.0, 2.0]);
    });
}

#[test]
fn expect_panic_checks_the_message() {
    // A String payload (formatted panic) and a &str payload (literal panic).
    let msg = expect_panic("bad shape 2×3", || panic!("bad shape {}×{}", 2, 3));
    assert_eq!(
        msg, "bad shape 2×3",
        "expect_panic_checks_the_message: msg (left: got, right: want)"
    );
    assert_eq!(
        expect_panic("literal", || panic!("a literal message")),
        "a literal message",
        "expect_panic(\"literal\", || panic!(\"a literal message\")) (left: got, right: want)"
    );
    // It fails when nothing panics …
    let inner = std::panic::catch_unwind(|| expect_panic("x", || {}));
    assert!(
        inner.is_err(),
        "expect_panic must panic when the closure returns"
    );
    // … and when the message is a different one.
    let inner = std::panic::catch_unwind(|| expect_panic("wanted", || panic!("something else")));
    assert!(
        inner.is_err(),
        "expect_panic must panic on the wrong message"
    );
}

#[test]
fn points_has_a_value() {
    let p = points(7);
    assert_eq!(
        p.value(),
        7,
        "p.value() with p = {:?} (left: got, right: want)",
        p
    );
}

/// Helper for the tests below: run by them in a child process, it declares points and then
/// passes, or panics when PANIC_AFTER_POINTS is set. (Run directly, it just passes.)
#[test]
fn points_child() {
    let _points = points(3);
    if std::env::var_os("PANIC_AFTER_POINTS").is_some() {
        panic!("the test body failed");
    }
}

/// Runs `points_child` in a child process of this test binary; returns its stdout.
fn run_child(token: Option<&str>, panic: bool) -> String {
    let mut cmd = Command::new(std::env::current_exe().unwrap());
    cmd.args(["--exact", "points_child", "--nocapture", "--test-threads=1"])
        .env_remove(TOKEN_ENV)
        .env_remove("PANIC_AFTER_POINTS")
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped());
    if token.is_some() {
        cmd.env(TOKEN_ENV, "1");
    }
    if panic {
        cmd.env("PANIC_AFTER_POINTS", "1");
    }
    let mut child = cmd.spawn().expect("spawning the test binary");
    {
        use std::io::Write;
        let mut stdin = child.stdin.take().unwrap();
        if let Some(t) = token {
            writeln!(stdin, "{t}").unwrap();
        }
    }
    let out = child.wait_with_output().unwrap();
    String::from_utf8_lossy(&out.stdout).into_owned()
}

#[test]
fn points_guard_prints_nothing_without_the_grader() {
    let out = run_child(None, false);
    assert!(
        out.contains("test points_child ... ok"),
        "child output:\n{out}"
    );
    assert!(
        !out.contains(PASS_PREFIX),
        "no grader, no token line:\n{out}"
    );
}

#[test]
fn points_guard_prints_the_token_only_when_the_test_passes() {
    let out = run_child(Some("secret-123"), false);
    assert!(
        out.contains(&format!("{PASS_PREFIX}secret-123")),
        "a passing test shows the token:\n{out}"
    );
    let out = run_child(Some("secret-456"), true);
    assert!(out.contains("FAILED"), "child output:\n{out}");
    assert!(
        !out.contains("secret-456"),
        "a failing test must not show the token:\n{out}"
    );
}
