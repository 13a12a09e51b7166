//! Seeded train/test split.
//!
//! A model is judged on samples it never saw while training. The split must be random (the
//! files are often sorted by class: the last 20 % of `iris.csv` are all virginica) and
//! reproducible (the same seed gives the same split on every machine, so results can be checked).

use crate::data::Dataset;
// BEGIN SOLUTION-ONLY
use rand::SeedableRng;
use rand::rngs::StdRng;
use rand::seq::SliceRandom;
// END SOLUTION-ONLY
use week1_vectors::{LinalgError, Result};

/// The indices `0..n` in a random order fixed by `seed`.
///
/// Exactly: `let mut idx: Vec<usize> = (0..n).collect();` shuffled once by
/// `rand::seq::SliceRandom::shuffle` with `StdRng::seed_from_u64(seed)` (a Fisher–Yates
/// shuffle). Tests rely on this precise recipe. O(n).
///
/// ```
/// # use week6_ml::split::shuffled_indices;
/// let p = shuffled_indices(10, 42);
/// let mut sorted = p.clone();
/// sorted.sort();
/// assert_eq!(sorted, (0..10).collect::<Vec<_>>());
/// assert_eq!(p, shuffled_indices(10, 42));
/// ```
pub fn shuffled_indices(n: usize, seed: u64) -> Vec<usize> {
    // BEGIN SOLUTION
    let mut idx: Vec<usize> = (0..n).collect();
    let mut rng = StdRng::seed_from_u64(seed);
    idx.shuffle(&mut rng);
    idx
    // END SOLUTION
}

/// Splits `data` at random into `(train, test)`.
///
/// `n_test = round(test_fraction · n)`; the test set is the first `n_test` indices of
/// [`shuffled_indices`]`(n, seed)`, in that order, and the training set the rest, in that order.
/// Every sample lands in exactly one of the two. O(n·d).
///
/// # Errors
/// [`LinalgError::InvalidArgument`] if `test_fraction` is not strictly between 0 and 1, or if
/// either part would be empty (too few samples for that fraction).
///
/// ```
/// # use week6_ml::{data::load, split::train_test_split};
/// let iris = load("iris").unwrap();
/// let (train, test) = train_test_split(&iris, 0.2, 7).unwrap();
/// assert_eq!((train.n_samples(), test.n_samples()), (120, 30));
/// ```
pub fn train_test_split(
    data: &Dataset,
    test_fraction: f64,
    seed: u64,
) -> Result<(Dataset, Dataset)> {
    // BEGIN SOLUTION
    let op = "train_test_split";
    if !(test_fraction > 0.0 && test_fraction < 1.0) {
        return Err(LinalgError::InvalidArgument {
            op,
            reason: format!("test_fraction = {test_fraction} is not strictly between 0 and 1"),
        });
    }
    let n = data.n_samples();
    let n_test = (test_fraction * n as f64).round() as usize;
    if n_test == 0 || n_test == n {
        return Err(LinalgError::InvalidArgument {
            op,
            reason: format!("{n} samples with test_fraction = {test_fraction} leave an empty part"),
        });
    }
    let idx = shuffled_indices(n, seed);
    let (test, train) = idx.split_at(n_test);
    Ok((data.subset(train), data.subset(test)))
    // END SOLUTION
}
