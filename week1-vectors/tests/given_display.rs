//! Tests of the given code: how vectors, matrices and errors print (insta snapshots in
//! tests/snapshots/). These pass before you write any exercise.

use std::fmt::Write;
use week1_vectors::{LinalgError, Matrix, Vector, matrix, vector};

/// One `label => output` block per case, so that one snapshot shows a whole family.
fn cases(items: &[(&str, String)]) -> String {
    let mut out = String::new();
    for (label, text) in items {
        writeln!(out, "--- {label}\n{text}").unwrap();
    }
    out
}

#[test]
fn vector_display() {
    let text = cases(&[
        ("empty", format!("{}", vector![])),
        ("one entry", format!("{}", vector![1.0])),
        (
            "integers print without a point",
            format!("{}", vector![1.0, 2.0, 3.0]),
        ),
        (
            "negative and fractional",
            format!("{}", vector![1.0, -2.5, -0.0, 0.1]),
        ),
        (
            "precision {:.2}",
            format!("{:.2}", vector![1.0, 2.5, -7.777]),
        ),
        ("precision {:.0}", format!("{:.0}", vector![0.4, 2.5, -3.6])),
        (
            "small and large",
            format!("{}", vector![1e-7, 123456789.0, 1e21]),
        ),
        (
            "non-finite",
            format!("{}", vector![f64::NAN, f64::INFINITY, f64::NEG_INFINITY]),
        ),
        ("Debug", format!("{:?}", vector![1.0, 1e200])),
        (
            "from_fn",
            format!("{}", Vector::from_fn(5, |i| i as f64 / 4.0)),
        ),
    ]);
    insta::assert_snapshot!("vector_display", text);
}

#[test]
fn matrix_display() {
    let text = cases(&[
        ("2×2", format!("{}", matrix![[1.0, 2.0], [3.0, 4.0]])),
        (
            "columns are right-aligned, each to its own width",
            format!("{}", matrix![[1.0, -2.5, 100.0], [30.0, 4.0, -0.125]]),
        ),
        (
            "precision {:.3}",
            format!("{:.3}", matrix![[1.0, -2.0 / 3.0], [1e3, 0.0005]]),
        ),
        ("1×1", format!("{}", matrix![[-7.0]])),
        (
            "column",
            format!("{}", Matrix::column(&vector![1.0, -10.0, 100.0])),
        ),
        ("row", format!("{}", matrix![[1.0, 2.0, 3.0, 4.0]])),
        ("0×3", format!("{}", Matrix::zeros(0, 3))),
        ("3×0", format!("{}", Matrix::zeros(3, 0))),
        ("0×0", format!("{}", Matrix::zeros(0, 0))),
        ("identity", format!("{}", Matrix::identity(3))),
        (
            "non-finite",
            format!("{}", matrix![[f64::NAN, 1.0], [-1.0, f64::NEG_INFINITY]]),
        ),
        ("negative zero", format!("{}", matrix![[-0.0, 0.0]])),
    ]);
    insta::assert_snapshot!("matrix_display", text);
}

#[test]
fn error_display_every_variant() {
    let errors = [
        LinalgError::LengthMismatch {
            op: "dot",
            left: 3,
            right: 2,
        },
        LinalgError::ShapeMismatch {
            op: "Matrix::add",
            left: (2, 3),
            right: (3, 2),
        },
        LinalgError::NotSquare {
            op: "determinant",
            shape: (2, 3),
        },
        LinalgError::BadDataLength {
            op: "Matrix::new",
            shape: (2, 2),
            len: 3,
        },
        LinalgError::RaggedRows {
            op: "Matrix::from_rows",
            row: 2,
            expected: 3,
            found: 1,
        },
        LinalgError::Empty { op: "mean" },
        LinalgError::ZeroVector { op: "normalize" },
        LinalgError::NonFinite { op: "angle" },
        LinalgError::Singular {
            op: "solve",
            pivot: 1,
            size: 3.1e-17,
            tolerance: 2.2e-15,
        },
        LinalgError::Singular {
            op: "back_substitution",
            pivot: 2,
            size: 0.0,
            tolerance: 0.0,
        },
        LinalgError::Singular {
            op: "cholesky_solve",
            pivot: 0,
            size: f64::NAN,
            tolerance: 4.4e-16,
        },
        LinalgError::NotPositiveDefinite {
            op: "cholesky",
            index: 2,
        },
        LinalgError::RankDeficient {
            op: "lstsq_qr",
            rank: 1,
            needed: 2,
        },
        LinalgError::NoConvergence {
            op: "symmetric_eigen",
            iterations: 1000,
        },
        LinalgError::InvalidArgument {
            op: "norm_lp",
            reason: "p must be at least 1, got 0.5".to_string(),
        },
    ];
    let mut text = String::new();
    for e in &errors {
        writeln!(text, "{e}").unwrap();
    }
    insta::assert_snapshot!("error_display", text);
}

#[test]
fn error_is_a_std_error_and_comparable() {
    let e = LinalgError::ZeroVector { op: "normalize" };
    let boxed: Box<dyn std::error::Error> = Box::new(e.clone());
    assert_eq!(
        boxed.to_string(),
        "normalize: the zero vector has no direction",
        "boxed.to_string() with boxed = {:?} (left: got, right: want)",
        boxed
    );
    assert_eq!(
        e.clone(),
        e,
        "e.clone() with e = {:?} (left: got, right: want)",
        e
    );
    assert_ne!(
        e,
        LinalgError::ZeroVector { op: "angle" },
        "error_is_a_std_error_and_comparable: e (left: got, right: must differ)"
    );
    assert!(
        format!("{e:?}").contains("ZeroVector"),
        "LinalgError Debug: got {e:?}, want it to contain \"ZeroVector\""
    );
    // `?` converts it into Box<dyn Error> in application code.
    fn app() -> Result<(), Box<dyn std::error::Error>> {
        Err(LinalgError::Empty { op: "mean" })?
    }
    assert_eq!(
        app().unwrap_err().to_string(),
        "mean: empty input",
        "app().unwrap_err().to_string() (left: got, right: want)"
    );
}
