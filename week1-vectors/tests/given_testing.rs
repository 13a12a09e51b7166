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
    assert_eq!(THRESHOLD, 30.0);
    assert_eq!(EPS, f64::EPSILON);
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
        matrix![[5, 2, -1], [11, 4, -3], [17, 6, -5]]
    );
    assert_eq!(
        naive_matvec(&a, &vector![1.0, -1.0]),
        vector![-1.0, -1.0, -1.0]
    );
    assert_eq!(naive_transpose(&a), matrix![[1, 3, 5], [2, 4, 6]]);
    assert_eq!(naive_sub(&a, &a), Matrix::zeros(3, 2));
    assert_eq!(naive_abs(&matrix![[-1, 2]]), matrix![[1, 2]]);
    // Zero inner dimension: a well-shaped zero matrix.
    assert_eq!(
        naive_matmul(&Matrix::zeros(2, 0), &Matrix::zeros(0, 3)),
        Matrix::zeros(2, 3)
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
    assert_eq!(max_abs(&a), 4.0);
    assert_eq!(frobenius(&matrix![[3, 4]]), 5.0);
    assert_eq!(norm1(&Matrix::zeros(0, 0)), 0.0);
    assert!(norm1(&matrix![[f64::NAN, 1.0]]).is_nan());
    assert!(norm_inf(&matrix![[1.0], [f64::NAN]]).is_nan());
    assert!(max_abs(&matrix![[1.0, f64::NAN]]).is_nan());
    assert_eq!(max_abs_slice(&[]), 0.0);
    // Scaled: no overflow, no underflow.
    let big = frobenius(&matrix![[1e200, 1e200]]);
    assert!((big - 2f64.sqrt() * 1e200).abs() <= 4.0 * EPS * big);
    let tiny = scaled_l2(&[3e-200, 4e-200]);
    assert!((tiny - 5e-200).abs() <= 4.0 * EPS * 5e-200);
    assert_eq!(scaled_l2(&[1.0, f64::INFINITY]), f64::INFINITY);
    assert!(scaled_l2(&[f64::NAN, 1.0]).is_nan());
    assert_eq!(vec_norm2(&vector![]), 0.0);
    assert_eq!(vec_norm2(&vector![-3.0, 4.0]), 5.0);
}

#[test]
fn triangular_predicates() {
    let u = matrix![[1, 2], [0, 3]];
    assert!(is_upper_triangular(&u));
    assert!(!is_lower_triangular(&u));
    assert!(is_lower_triangular(&naive_transpose(&u)));
    assert!(is_upper_triangular(&Matrix::identity(3)) && is_lower_triangular(&Matrix::identity(3)));
    // Rectangular: only entries below (above) the diagonal count.
    assert!(is_upper_triangular(&matrix![[1, 2, 3], [0, 4, 5]]));
    assert!(!is_upper_triangular(&matrix![[1, 2], [0, 4], [1e-300, 0]]));
}

#[test]
fn reconstruction_ratio_scales_by_n_norm_eps() {
    let a = matrix![[1, 2], [3, 4]];
    assert_eq!(reconstruction_ratio(&a, &a), 0.0);
    // One entry off by ‖A‖₁·ε = 6ε: ‖A − B‖₁ = 6ε, n = 2, so the ratio is 6ε/(2·6·ε) = 0.5.
    let mut b = a.clone();
    b[(0, 0)] += 6.0 * EPS;
    assert_eq!(reconstruction_ratio(&a, &b), 0.5);
    assert_eq!(
        reconstruction_ratio(&Matrix::zeros(2, 2), &a),
        f64::INFINITY
    );
    assert_eq!(
        reconstruction_ratio(&Matrix::zeros(0, 0), &Matrix::zeros(0, 0)),
        0.0
    );
    assert!(reconstruction_ratio(&a, &matrix![[f64::NAN, 2], [3, 4]]).is_nan());
    expect_panic("reconstruction_ratio", || {
        reconstruction_ratio(&Matrix::zeros(2, 2), &Matrix::zeros(2, 3));
    });
}

#[test]
fn orthogonality_measures() {
    assert_eq!(orthogonality_ratio(&Matrix::identity(4)), 0.0);
    assert_eq!(orthogonality_loss(&Matrix::identity(4)), 0.0);
    // A rotation by 30°: orthogonal up to rounding.
    let (s, c) = (std::f64::consts::PI / 6.0).sin_cos();
    let q = matrix![[c, -s], [s, c]];
    assert!(orthogonality_ratio(&q) < THRESHOLD);
    // 2·I is not orthogonal at all: ‖I − 4I‖₁ = 3.
    assert_eq!(orthogonality_loss(&Matrix::from_diag(&[2.0, 2.0])), 3.0);
    assert!(orthogonality_ratio(&Matrix::from_diag(&[2.0, 2.0])) > 1e15);
    // Thin Q (3×2): QᵀQ is 2×2.
    let thin = matrix![[1, 0], [0, 1], [0, 0]];
    assert_eq!(orthogonality_ratio(&thin), 0.0);
}

#[test]
fn solve_ratios_and_relative_error() {
    let a = matrix![[2, 1], [1, 3]];
    let x = vector![1.0, 2.0];
    let b = vector![4.0, 7.0];
    assert_eq!(solve_ratio(&a, &x, &b), 0.0);
    // Residual 1 in the first entry: ‖r‖₁/(‖A‖₁‖x‖₁ε) = 1/(4·3·ε).
    let off = vector![5.0, 7.0];
    assert_eq!(solve_ratio(&a, &x, &off), 1.0 / (12.0 * EPS));
    let xm = Matrix::column(&x);
    assert_eq!(solve_many_ratio(&a, &xm, &Matrix::column(&b)), 0.0);
    // max |xᵢ − tᵢ| / max |tᵢ|
    assert_eq!(
        relative_error(&vector![1.0, 2.5], &vector![1.5, 2.0]),
        0.5 / 2.0
    );
    assert_eq!(relative_error(&x, &x), 0.0);
    assert_eq!(relative_error(&vector![1.0], &vector![0.0]), f64::INFINITY);
    expect_panic("relative_error: lengths 1 and 2", || {
        relative_error(&vector![1.0], &vector![1.0, 2.0]);
    });
}

#[test]
fn expect_panic_checks_the_message() {
    // A String payload (formatted panic) and a &str payload (literal panic).
    let msg = expect_panic("bad shape 2×3", || panic!("bad shape {}×{}", 2, 3));
    assert_eq!(msg, "bad shape 2×3");
    assert_eq!(
        expect_panic("literal", || panic!("a literal message")),
        "a literal message"
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
    assert_eq!(p.value(), 7);
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
