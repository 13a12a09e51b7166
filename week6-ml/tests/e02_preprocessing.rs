//! Exercise: standardisation fitted on the training set.

use week1_vectors::{LinalgError, Matrix, matrix, vector};
use week6_ml::data::load;
use week6_ml::preprocessing::StandardScaler;
use week6_ml::split::train_test_split;
use week6_ml::testing::{column_mean_std, standardise_with};

#[test]
fn fit_gives_mean_and_population_std() {
    let x = matrix![[1.0, 10.0], [2.0, 20.0], [6.0, 60.0]];
    let s = StandardScaler::fit(&x).unwrap();
    assert_eq!(
        s.mean,
        vector![3.0, 30.0],
        "StandardScaler::fit([[1, 10], [2, 20], [6, 60]]): mean"
    );
    // Population std: √((4 + 1 + 9)/3).
    let sd = (14.0f64 / 3.0).sqrt();
    assert!(
        (s.scale[0] - sd).abs() < 1e-15 && (s.scale[1] - 10.0 * sd).abs() < 1e-13,
        "StandardScaler::fit([[1, 10], [2, 20], [6, 60]]): scale {:?}, want the population std (√(14/3), 10·√(14/3)) = ({sd}, {}) (within 1e-15, 1e-13)",
        s.scale,
        10.0 * sd
    );
}

#[test]
fn standardised_wine_has_mean_zero_and_unit_std() {
    let wine = load("wine").unwrap();
    let s = StandardScaler::fit(&wine.features).unwrap();
    let z = s.transform(&wine.features).unwrap();
    let (mean, std) = column_mean_std(&z);
    for j in 0..z.cols() {
        // Means of order 1e3 (proline): rounding leaves about 1e-13.
        assert!(mean[j].abs() < 1e-12, "column {j}: mean {}", mean[j]);
        assert!((std[j] - 1.0).abs() < 1e-12, "column {j}: std {}", std[j]);
    }
}

#[test]
fn constant_columns_get_scale_one_and_become_zero() {
    let x = matrix![[0.1, 1.0], [0.1, 2.0], [0.1, 3.0]];
    let s = StandardScaler::fit(&x).unwrap();
    assert_eq!(
        (s.mean[0], s.scale[0]),
        (0.1, 1.0),
        "StandardScaler::fit on a constant column 0.1: (mean, scale) (the mean exact, scale 1)"
    );
    let z = s.transform(&x).unwrap();
    for i in 0..3 {
        assert_eq!(
            z[(i, 0)],
            0.0,
            "row {i}: a constant column standardises to exactly 0"
        );
    }
    // The digits have always-blank pixels (column 0 is all zeros).
    let digits = load("digits").unwrap();
    let z = StandardScaler::fit(&digits.features)
        .unwrap()
        .transform(&digits.features)
        .unwrap();
    assert!(z.is_finite(), "no 0/0 from the blank pixels");
}

#[test]
fn the_test_set_is_scaled_with_the_training_statistics() {
    let iris = load("iris").unwrap();
    let (train, test) = train_test_split(&iris, 0.3, 2).unwrap();
    let s = StandardScaler::fit(&train.features).unwrap();
    let (mean, std) = column_mean_std(&train.features);
    let expect = standardise_with(&test.features, &mean, &std);
    let got = s.transform(&test.features).unwrap();
    assert!(
        approx::relative_eq!(got, expect, epsilon = 1e-12),
        "StandardScaler fitted on iris train rows: transform(test) against the train mean/std: got {}, want {} (relative_eq, epsilon = 1e-12)",
        got,
        expect
    );
    let back = s.inverse_transform(&got).unwrap();
    assert!(
        approx::relative_eq!(back, test.features, epsilon = 1e-12),
        "StandardScaler: inverse_transform(transform(test)) = test: got {}, want {} (relative_eq, epsilon = 1e-12)",
        back,
        test.features
    );
}

#[test]
fn errors() {
    assert!(
        matches!(
            StandardScaler::fit(&Matrix::zeros(0, 3)),
            Err(LinalgError::Empty { .. })
        ),
        "StandardScaler::fit with no rows: got {:?}, want Err(LinalgError::Empty {{ .. }})",
        StandardScaler::fit(&Matrix::zeros(0, 3))
    );
    assert!(
        matches!(
            StandardScaler::fit(&matrix![[1.0], [f64::NAN]]),
            Err(LinalgError::NonFinite { .. })
        ),
        "StandardScaler::fit with a NaN: got {:?}, want Err(LinalgError::NonFinite {{ .. }})",
        StandardScaler::fit(&matrix![[1.0], [f64::NAN]])
    );
    let s = StandardScaler::fit(&matrix![[1.0, 2.0], [3.0, 4.0]]).unwrap();
    assert!(
        matches!(
            s.transform(&matrix![[1.0]]),
            Err(LinalgError::ShapeMismatch { .. })
        ),
        "StandardScaler::transform with 1 column for a 2-column scaler: got {:?}, want Err(LinalgError::ShapeMismatch {{ .. }})",
        s.transform(&matrix![[1.0]])
    );
    assert!(
        matches!(
            s.transform(&matrix![[1.0, f64::INFINITY]]),
            Err(LinalgError::NonFinite { .. })
        ),
        "StandardScaler::transform with ∞: got {:?}, want Err(LinalgError::NonFinite {{ .. }})",
        s.transform(&matrix![[1.0, f64::INFINITY]])
    );
}
