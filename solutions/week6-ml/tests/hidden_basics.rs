//! Hidden tests: split, standardisation, metrics, stable functions — new inputs and edge cases.

use rand::SeedableRng;
use rand::rngs::StdRng;
use rand::seq::SliceRandom;
use week1_vectors::testing::points;
use week1_vectors::{LinalgError, Matrix, Vector, matrix, vector};
use week6_ml::data::parse_csv;
use week6_ml::metrics::{accuracy, confusion_matrix, cross_entropy, log_loss, mse, r2_score};
use week6_ml::preprocessing::StandardScaler;
use week6_ml::split::{shuffled_indices, train_test_split};
use week6_ml::stable::{log_sum_exp, sigmoid, softmax, softmax_rows, softplus};
use week6_ml::testing::column_mean_std;

#[test]
fn split_other_sizes_and_seeds() {
    let _points = points(4);
    let mut expect: Vec<usize> = (0..33).collect();
    expect.shuffle(&mut StdRng::seed_from_u64(2718));
    assert_eq!(
        shuffled_indices(33, 2718),
        expect,
        "shuffled_indices(33, seed 2718) must be rand's StdRng shuffle of 0..33"
    );
    let mut text = String::from("id,y\n");
    for i in 0..33 {
        text.push_str(&format!("{i},{}\n", i % 4));
    }
    let d = parse_csv("ids.csv", &text).unwrap();
    let (train, test) = train_test_split(&d, 0.4, 2718).unwrap();
    assert_eq!(
        (train.n_samples(), test.n_samples()),
        (20, 13),
        "round(13.2) = 13"
    );
    let ids: Vec<usize> = (0..13).map(|i| test.features[(i, 0)] as usize).collect();
    assert_eq!(
        ids,
        expect[..13].to_vec(),
        "train_test_split(33 rows, 0.4, seed 2718): test ids are the first 13 shuffled indices"
    );
    let tr: Vec<usize> = (0..20).map(|i| train.features[(i, 0)] as usize).collect();
    assert_eq!(
        tr,
        expect[13..].to_vec(),
        "train_test_split(33 rows, 0.4, seed 2718): train ids are the remaining 20 shuffled indices"
    );
    assert!(
        train_test_split(&d, f64::INFINITY, 1).is_err(),
        "train_test_split with test fraction ∞: got {:?}, want an error",
        train_test_split(&d, f64::INFINITY, 1)
    );
}

#[test]
fn scaler_constant_columns_train_only_and_nan() {
    let _points = points(5);
    // 0.7 three times sums to 2.0999999999999996: the mean of a constant column must be exact.
    let x = matrix![[0.7, -3.0, 1.0], [0.7, -3.0, 4.0], [0.7, -3.0, 10.0]];
    let s = StandardScaler::fit(&x).unwrap();
    assert_eq!(
        (s.mean[0], s.scale[0], s.mean[1], s.scale[1]),
        (0.7, 1.0, -3.0, 1.0),
        "StandardScaler::fit on constant columns 0.7 and −3: (mean₀, scale₀, mean₁, scale₁) (the mean of a constant column is exact, scale 1)"
    );
    let z = s.transform(&x).unwrap();
    assert!(
        (0..3).all(|i| z[(i, 0)] == 0.0 && z[(i, 1)] == 0.0),
        "StandardScaler::transform: constant columns must become exactly 0, got columns 0–1 {:?}",
        (0..3).map(|i| (z[(i, 0)], z[(i, 1)])).collect::<Vec<_>>()
    );
    // Large offset, small spread: the one-pass variance formula would lose it all.
    let big = Matrix::from_fn(50, 1, |i, _| 1e9 + (i % 5) as f64);
    let s = StandardScaler::fit(&big).unwrap();
    let (_, std) = column_mean_std(&Matrix::from_fn(50, 1, |i, _| (i % 5) as f64));
    assert!(
        (s.scale[0] - std[0]).abs() < 1e-6 * std[0],
        "scale {} vs {}",
        s.scale[0],
        std[0]
    );
    // Train-only: the test rows are scaled with the training statistics, not their own.
    let train = matrix![[0.0], [2.0]];
    let s = StandardScaler::fit(&train).unwrap();
    assert_eq!(
        s.transform(&matrix![[5.0], [-1.0]]).unwrap(),
        matrix![[4.0], [-2.0]],
        "StandardScaler fitted on the training rows only: transform([[5], [−1]])"
    );
    assert_eq!(
        s.inverse_transform(&matrix![[4.0]]).unwrap(),
        matrix![[5.0]],
        "StandardScaler::inverse_transform([[4]])"
    );
    assert!(
        matches!(
            StandardScaler::fit(&matrix![[1.0, 2.0], [f64::NAN, 3.0]]),
            Err(LinalgError::NonFinite { .. })
        ),
        "StandardScaler::fit with a NaN: got {:?}, want Err(LinalgError::NonFinite {{ .. }})",
        StandardScaler::fit(&matrix![[1.0, 2.0], [f64::NAN, 3.0]])
    );
    assert!(
        matches!(
            s.inverse_transform(&matrix![[1.0, 2.0]]),
            Err(LinalgError::ShapeMismatch { .. })
        ),
        "StandardScaler::inverse_transform with 2 columns for a 1-column scaler: got {:?}, want Err(LinalgError::ShapeMismatch {{ .. }})",
        s.inverse_transform(&matrix![[1.0, 2.0]])
    );
}

#[test]
fn metrics_other_inputs_and_nan() {
    let _points = points(5);
    let y = vector![1.0, 2.0, 3.0, 4.0, 5.0];
    let p = vector![1.5, 2.0, 2.0, 4.5, 5.0];
    assert!(
        (mse(&y, &p).unwrap() - 0.3).abs() < 1e-15,
        "mse(y = 1..5, ŷ = (1.5, 2, 2, 4.5, 5)) = {}, want 0.3 (within 1e-15)",
        mse(&y, &p).unwrap()
    );
    assert!(
        (r2_score(&y, &p).unwrap() - (1.0 - 1.5 / 10.0)).abs() < 1e-15,
        "r2_score(y = 1..5, ŷ = (1.5, 2, 2, 4.5, 5)) = {}, want 1 − 1.5/10 = 0.85 (within 1e-15)",
        r2_score(&y, &p).unwrap()
    );
    // Predictions whose mean (4) is not ȳ (3): Σ(y − ŷ)² = 5, Σ(y − ȳ)² = 10 (around ȳ, not
    // around the mean of ŷ), R² = 0.5.
    let r2 = r2_score(&y, &vector![2.0, 3.0, 4.0, 5.0, 6.0]).unwrap();
    assert!(
        (r2 - 0.5).abs() < 1e-15,
        "r2_score(y = 1..5, ŷ = 2..6) = {r2}, want 0.5"
    );
    assert!(
        (accuracy(&[3, 3, 1], &[3, 1, 1]).unwrap() - 2.0 / 3.0).abs() < 1e-15,
        "accuracy([3, 3, 1], [3, 1, 1]) = {}, want 2/3 (within 1e-15)",
        accuracy(&[3, 3, 1], &[3, 1, 1]).unwrap()
    );
    let l = log_loss(&vector![0.0, 1.0], &vector![0.25, 1.0]).unwrap();
    assert!(
        (l - (-(0.75f64.ln()) - (1.0 - 1e-15f64).ln()) / 2.0).abs() < 1e-15,
        "{l}"
    );
    let ce = cross_entropy(&[1, 0], &matrix![[0.0, 1.0], [0.0, 1.0]]).unwrap();
    assert!((ce + 1e-15f64.ln() / 2.0).abs() < 1e-9, "clipped: {ce}");
    assert_eq!(
        confusion_matrix(&[1, 1, 0], &[0, 1, 1], 2).unwrap(),
        vec![vec![0, 1], vec![1, 1]],
        "confusion_matrix(y = [1, 1, 0], ŷ = [0, 1, 1], 2 classes) (rows: true class)"
    );
    for bad in [f64::NAN, f64::INFINITY] {
        assert!(
            matches!(
                mse(&vector![bad], &vector![1.0]),
                Err(LinalgError::NonFinite { .. })
            ),
            "mse with y = {bad}: got {:?}, want Err(LinalgError::NonFinite {{ .. }})",
            mse(&vector![bad], &vector![1.0])
        );
        assert!(
            matches!(
                r2_score(&vector![1.0, 2.0], &vector![1.0, bad]),
                Err(LinalgError::NonFinite { .. })
            ),
            "r2_score with ŷ containing {bad}: got {:?}, want Err(LinalgError::NonFinite {{ .. }})",
            r2_score(&vector![1.0, 2.0], &vector![1.0, bad])
        );
        assert!(
            log_loss(&vector![1.0], &vector![bad]).is_err(),
            "log_loss with p = {bad}: got {:?}, want an error",
            log_loss(&vector![1.0], &vector![bad])
        );
        assert!(
            cross_entropy(&[0], &matrix![[bad, 0.5]]).is_err(),
            "cross_entropy with a probability {bad}: got {:?}, want an error",
            cross_entropy(&[0], &matrix![[bad, 0.5]])
        );
    }
    assert!(
        matches!(
            accuracy(&[1, 2], &[1]),
            Err(LinalgError::LengthMismatch { .. })
        ),
        "accuracy with lengths 2 and 1: got {:?}, want Err(LinalgError::LengthMismatch {{ .. }})",
        accuracy(&[1, 2], &[1])
    );
}

#[test]
fn stable_functions_at_the_extremes() {
    let _points = points(5);
    for x in [750.0, 1000.0, 1e308, f64::INFINITY] {
        assert_eq!(sigmoid(x), 1.0, "sigmoid({x})");
        assert_eq!(sigmoid(-x), 0.0, "sigmoid(-{x})");
        assert_eq!(softplus(-x), 0.0, "softplus(-{x})");
    }
    assert_eq!(
        softplus(1e308),
        1e308,
        "softplus(1e308) = 1e308 (no overflow in exp)"
    );
    let t = sigmoid(-700.0);
    let exact = (-700f64).exp();
    assert!(
        t > 0.0 && (t - exact).abs() <= 1e-15 * exact,
        "sigmoid(-700) = {t:e}"
    );
    let l = log_sum_exp(&[1000.0, -1000.0, 999.0]);
    assert!(
        (l - (1000.0 + (1.0 + (-1f64).exp()).ln())).abs() < 1e-12,
        "{l}"
    );
    assert_eq!(
        log_sum_exp(&[-1e308, -1e308]),
        -1e308 + 2f64.ln(),
        "log_sum_exp([−1e308, −1e308]) = −1e308 + ln 2"
    );
    assert_eq!(
        log_sum_exp(&[f64::INFINITY, 1.0]),
        f64::INFINITY,
        "log_sum_exp([∞, 1]) = ∞"
    );
    assert!(
        log_sum_exp(&[f64::NAN]).is_nan(),
        "log_sum_exp([NaN]): got {}, want NaN",
        log_sum_exp(&[f64::NAN])
    );
    let p = softmax(&[-1000.0, 1000.0, 0.0]);
    assert_eq!(p.as_slice(), &[0.0, 1.0, 0.0], "softmax([−1000, 1000, 0])");
    let p = softmax(&[1000.0, 999.0]);
    let e = (-1f64).exp();
    assert!(
        (p[0] - 1.0 / (1.0 + e)).abs() < 1e-15 && (p[1] - e / (1.0 + e)).abs() < 1e-15,
        "softmax([1000, 999]) = {:?}, want [1/(1 + e⁻¹), e⁻¹/(1 + e⁻¹)] (within 1e-15)",
        p
    );
    assert_eq!(
        softmax(&[f64::NEG_INFINITY, 0.0]).as_slice(),
        &[0.0, 1.0],
        "softmax([−∞, 0])"
    );
    assert!(
        softmax(&[f64::NAN, 1.0]).iter().all(|v| v.is_nan()),
        "softmax([NaN, 1]) = {:?}, want all NaN",
        softmax(&[f64::NAN, 1.0])
    );
    let r = softmax_rows(&Matrix::from_fn(3, 4, |i, j| {
        1000.0 * (i as f64 - j as f64)
    }));
    for i in 0..3 {
        assert_eq!(r.row(i).iter().sum::<f64>(), 1.0, "row {i}");
        assert_eq!(
            r[(i, 0)],
            1.0,
            "softmax_rows of 1000·(i − j): row {i} puts all its mass on column 0"
        );
    }
    let empty: Vector = softmax(&[]);
    assert!(empty.is_empty(), "softmax([]) = {:?}, want empty", empty);
}
