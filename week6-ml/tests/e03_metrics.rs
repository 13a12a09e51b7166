//! Exercise: metrics.

use week1_vectors::{LinalgError, Vector, matrix, vector};
use week6_ml::metrics::{accuracy, confusion_matrix, cross_entropy, log_loss, mse, r2_score};

#[test]
fn regression_metrics() {
    let y = vector![3.0, -0.5, 2.0, 7.0];
    let p = vector![2.5, 0.0, 2.0, 8.0];
    assert_eq!(
        mse(&y, &p).unwrap(),
        0.375,
        "mse(y = (3, −0.5, 2, 7), ŷ = (2.5, 0, 2, 8))"
    );
    // scikit-learn's documented example: r2_score = 0.9486081370449679.
    assert!(
        (r2_score(&y, &p).unwrap() - 0.948_608_137_044_967_9).abs() < 1e-15,
        "r2_score(y = (3, −0.5, 2, 7), ŷ = (2.5, 0, 2, 8)) = {}, want scikit-learn's 0.9486081370449679 (within 1e-15)",
        r2_score(&y, &p).unwrap()
    );
    assert!(
        r2_score(&y, &vector![0.0, 0.0, 0.0, 0.0]).unwrap() < 0.0,
        "r2_score(y = (3, −0.5, 2, 7), ŷ = 0) = {}, want < 0 (worse than predicting the mean)",
        r2_score(&y, &vector![0.0, 0.0, 0.0, 0.0]).unwrap()
    );
}

#[test]
fn classification_metrics() {
    assert_eq!(
        accuracy(&[1, 1, 0, 2], &[1, 0, 0, 1]).unwrap(),
        0.5,
        "accuracy([1, 1, 0, 2], [1, 0, 0, 1])"
    );
    let c = confusion_matrix(&[0, 1, 2, 2, 2], &[0, 2, 2, 2, 1], 3).unwrap();
    assert_eq!(
        c,
        vec![vec![1, 0, 0], vec![0, 0, 1], vec![0, 1, 2]],
        "confusion_matrix(y = [0, 1, 2, 2, 2], ŷ = [0, 2, 2, 2, 1], 3 classes) (rows: true class)"
    );
    assert_eq!(
        confusion_matrix(&[], &[], 2).unwrap(),
        vec![vec![0, 0], vec![0, 0]],
        "confusion_matrix of no samples, 2 classes"
    );
}

#[test]
fn log_loss_and_cross_entropy() {
    let l = log_loss(&vector![1.0, 0.0, 1.0], &vector![0.9, 0.2, 0.6]).unwrap();
    let expect = -(0.9f64.ln() + 0.8f64.ln() + 0.6f64.ln()) / 3.0;
    assert!(
        (l - expect).abs() < 1e-15,
        "log_loss = {l}, expected {expect}"
    );
    // A confident wrong answer costs −log(1e-15) ≈ 34.54, not ∞.
    let l = log_loss(&vector![1.0], &vector![0.0]).unwrap();
    assert!((l + 1e-15f64.ln()).abs() < 1e-9, "clipped log_loss = {l}");
    let p = matrix![[0.7, 0.2, 0.1], [0.1, 0.1, 0.8]];
    let ce = cross_entropy(&[0, 2], &p).unwrap();
    assert!(
        (ce + (0.7f64.ln() + 0.8f64.ln()) / 2.0).abs() < 1e-15,
        "cross_entropy(labels [0, 2], p = [[0.7, 0.2, 0.1], [0.1, 0.1, 0.8]]) = {ce}, want −(ln 0.7 + ln 0.8)/2 = {} (within 1e-15)",
        -(0.7f64.ln() + 0.8f64.ln()) / 2.0
    );
}

#[test]
fn errors() {
    let e = mse(&vector![1.0], &vector![1.0, 2.0]).unwrap_err();
    assert!(
        matches!(
            e,
            LinalgError::LengthMismatch {
                left: 1,
                right: 2,
                ..
            }
        ),
        "{e}"
    );
    assert!(
        matches!(
            mse(&Vector::zeros(0), &Vector::zeros(0)),
            Err(LinalgError::Empty { .. })
        ),
        "mse of empty vectors: got {:?}, want Err(LinalgError::Empty {{ .. }})",
        mse(&Vector::zeros(0), &Vector::zeros(0))
    );
    assert!(
        matches!(
            mse(&vector![f64::NAN], &vector![1.0]),
            Err(LinalgError::NonFinite { .. })
        ),
        "mse with a NaN: got {:?}, want Err(LinalgError::NonFinite {{ .. }})",
        mse(&vector![f64::NAN], &vector![1.0])
    );
    assert!(
        matches!(
            r2_score(&vector![2.0, 2.0], &vector![1.0, 2.0]),
            Err(LinalgError::InvalidArgument { .. })
        ),
        "r2_score with constant y (Σ(y − ȳ)² = 0): got {:?}, want Err(LinalgError::InvalidArgument {{ .. }})",
        r2_score(&vector![2.0, 2.0], &vector![1.0, 2.0])
    );
    assert!(
        accuracy(&[], &[]).is_err(),
        "accuracy of no samples: got {:?}, want an error",
        accuracy(&[], &[])
    );
    assert!(
        log_loss(&vector![2.0], &vector![0.5]).is_err(),
        "log_loss with label 2: got {:?}, want an error",
        log_loss(&vector![2.0], &vector![0.5])
    );
    assert!(
        log_loss(&vector![1.0], &vector![1.5]).is_err(),
        "log_loss with probability 1.5: got {:?}, want an error",
        log_loss(&vector![1.0], &vector![1.5])
    );
    assert!(
        cross_entropy(&[3], &matrix![[0.5, 0.5]]).is_err(),
        "cross_entropy with label 3 for 2 classes: got {:?}, want an error",
        cross_entropy(&[3], &matrix![[0.5, 0.5]])
    );
    assert!(
        matches!(
            cross_entropy(&[0, 1], &matrix![[0.5, 0.5]]),
            Err(LinalgError::ShapeMismatch {
                left: (1, 2),
                right: (2, 1),
                ..
            })
        ),
        "cross_entropy with 2 labels for a 1×2 probs: got {:?}, want Err(LinalgError::ShapeMismatch {{ left: (1, 2), right: (2, 1), .. }}) (labels against rows, as train::check_labels reports it)",
        cross_entropy(&[0, 1], &matrix![[0.5, 0.5]])
    );
    assert!(
        confusion_matrix(&[0, 5], &[0, 1], 3).is_err(),
        "confusion_matrix with label 5 for 3 classes: got {:?}, want an error",
        confusion_matrix(&[0, 5], &[0, 1], 3)
    );
}
