//! Exercise: seeded train/test split.

use rand::SeedableRng;
use rand::rngs::StdRng;
use rand::seq::SliceRandom;
use week6_ml::data::{load, parse_csv};
use week6_ml::split::{shuffled_indices, train_test_split};

/// A data set whose single feature is the row number, so a split can be traced.
fn numbered(n: usize) -> week6_ml::Dataset {
    let mut text = String::from("id,y\n");
    for i in 0..n {
        text.push_str(&format!("{i},{}\n", i % 2));
    }
    parse_csv("numbered.csv", &text).unwrap()
}

#[test]
fn shuffled_indices_follow_the_recipe() {
    for (n, seed) in [(0, 1), (1, 2), (10, 3), (57, 4)] {
        let mut expect: Vec<usize> = (0..n).collect();
        expect.shuffle(&mut StdRng::seed_from_u64(seed));
        assert_eq!(
            shuffled_indices(n, seed),
            expect,
            "shuffled_indices({n}, {seed})"
        );
    }
    assert_ne!(
        shuffled_indices(20, 1),
        shuffled_indices(20, 2),
        "seeds must matter"
    );
}

#[test]
fn the_split_is_a_partition_in_shuffled_order() {
    let d = numbered(50);
    let (train, test) = train_test_split(&d, 0.3, 11).unwrap();
    assert_eq!(
        (train.n_samples(), test.n_samples()),
        (35, 15),
        "train_test_split(50 rows, 0.3, seed 11): (train, test) sizes"
    );
    let order = shuffled_indices(50, 11);
    let ids = |s: &week6_ml::Dataset| -> Vec<usize> {
        (0..s.n_samples())
            .map(|i| s.features[(i, 0)] as usize)
            .collect()
    };
    assert_eq!(
        ids(&test),
        order[..15].to_vec(),
        "test = the first 15 shuffled indices"
    );
    assert_eq!(
        ids(&train),
        order[15..].to_vec(),
        "train = the rest, in order"
    );
    // Targets travel with their rows.
    for i in 0..train.n_samples() {
        assert_eq!(
            train.targets[i],
            (ids(&train)[i] % 2) as f64,
            "train_test_split: the target of train row {i} (id {}) must travel with its row",
            ids(&train)[i]
        );
    }
    assert_eq!(
        train.feature_names, d.feature_names,
        "train_test_split: feature names are kept"
    );
}

#[test]
fn the_split_rounds_and_repeats() {
    let iris = load("iris").unwrap();
    let (a, b) = train_test_split(&iris, 0.2, 5).unwrap();
    assert_eq!(
        (a.n_samples(), b.n_samples()),
        (120, 30),
        "train_test_split(iris, 0.2, seed 5): sizes"
    );
    let (a2, b2) = train_test_split(&iris, 0.2, 5).unwrap();
    assert_eq!((a, b), (a2, b2), "same seed, same split");
    let (_, t) = train_test_split(&numbered(10), 0.25, 0).unwrap();
    assert_eq!(t.n_samples(), 3, "round(2.5) = 3");
}

#[test]
fn bad_fractions_are_refused() {
    let d = numbered(10);
    for f in [0.0, 1.0, -0.1, 1.5, f64::NAN] {
        assert!(train_test_split(&d, f, 0).is_err(), "test_fraction = {f}");
    }
    // 0.01 of 10 samples rounds to 0 test samples; 0.99 to 0 training samples.
    assert!(
        train_test_split(&d, 0.01, 0).is_err(),
        "train_test_split(10 rows, 0.01): round(0.1) = 0 test samples: got {:?}, want an error",
        train_test_split(&d, 0.01, 0)
    );
    assert!(
        train_test_split(&d, 0.99, 0).is_err(),
        "train_test_split(10 rows, 0.99): round(9.9) = 10 test samples, 0 for training: got {:?}, want an error",
        train_test_split(&d, 0.99, 0)
    );
}
