//! [`Vector`]: a dense column vector of `f64`, the course's basic value type (given code).
//!
//! The exercises of week 1 (dot products, norms, angles, …) are further `impl Vector` blocks in
//! their own files; this file holds only what every week takes for granted: construction,
//! indexing, iteration, printing and `approx` comparisons.

use approx::{AbsDiffEq, RelativeEq, UlpsEq};
use std::fmt;
use std::ops::{Index, IndexMut};

/// A dense vector of `f64`.
///
/// # Example
/// ```
/// use week1_vectors::{vector, Vector};
/// let v = vector![1.0, 2.0, 3.0];
/// assert_eq!(v.len(), 3);
/// assert_eq!(v[1], 2.0);
/// assert_eq!(v, Vector::new(vec![1.0, 2.0, 3.0]));
/// ```
#[derive(Debug, Clone, PartialEq, Default)]
pub struct Vector {
    data: Vec<f64>,
}

/// Builds a [`Vector`] from a list of numbers: `vector![1.0, 2.0]`.
///
/// ```
/// use week1_vectors::vector;
/// assert_eq!(vector![1.0, 2.0].as_slice(), &[1.0, 2.0]);
/// assert!(vector![].is_empty());
/// ```
#[macro_export]
macro_rules! vector {
    () => { $crate::Vector::new(::std::vec::Vec::new()) };
    ($($x:expr),+ $(,)?) => { $crate::Vector::new(::std::vec![$(($x) as f64),+]) };
}

impl Vector {
    /// Wraps the given values. O(1): the `Vec` is moved, not copied.
    pub fn new(data: Vec<f64>) -> Self {
        Vector { data }
    }

    /// The zero vector of length `n`.
    ///
    /// ```
    /// # use week1_vectors::Vector;
    /// assert_eq!(Vector::zeros(2).as_slice(), &[0.0, 0.0]);
    /// ```
    pub fn zeros(n: usize) -> Self {
        Vector { data: vec![0.0; n] }
    }

    /// A vector of length `n` with every entry equal to `value`.
    pub fn filled(n: usize, value: f64) -> Self {
        Vector {
            data: vec![value; n],
        }
    }

    /// Copies a slice into a new vector.
    pub fn from_slice(values: &[f64]) -> Self {
        Vector {
            data: values.to_vec(),
        }
    }

    /// The vector of length `n` whose entry `i` is `f(i)`.
    ///
    /// ```
    /// # use week1_vectors::Vector;
    /// assert_eq!(Vector::from_fn(3, |i| i as f64).as_slice(), &[0.0, 1.0, 2.0]);
    /// ```
    pub fn from_fn(n: usize, f: impl FnMut(usize) -> f64) -> Self {
        Vector {
            data: (0..n).map(f).collect(),
        }
    }

    /// The `i`-th standard basis vector `eᵢ` of length `n`.
    ///
    /// # Panics
    /// If `i >= n`.
    pub fn unit(n: usize, i: usize) -> Self {
        assert!(i < n, "Vector::unit: index {i} out of range for length {n}");
        let mut v = Vector::zeros(n);
        v.data[i] = 1.0;
        v
    }

    /// The number of entries.
    pub fn len(&self) -> usize {
        self.data.len()
    }

    /// True for the vector of length 0.
    pub fn is_empty(&self) -> bool {
        self.data.is_empty()
    }

    /// The entries as a slice.
    pub fn as_slice(&self) -> &[f64] {
        &self.data
    }

    /// The entries as a mutable slice.
    pub fn as_mut_slice(&mut self) -> &mut [f64] {
        &mut self.data
    }

    /// Gives back the underlying `Vec`.
    pub fn into_vec(self) -> Vec<f64> {
        self.data
    }

    /// Iterates over the entries.
    pub fn iter(&self) -> std::slice::Iter<'_, f64> {
        self.data.iter()
    }

    /// Iterates mutably over the entries.
    pub fn iter_mut(&mut self) -> std::slice::IterMut<'_, f64> {
        self.data.iter_mut()
    }

    /// True when every entry is finite (no NaN, no ±∞).
    pub fn is_finite(&self) -> bool {
        self.data.iter().all(|x| x.is_finite())
    }
}

impl Index<usize> for Vector {
    type Output = f64;
    fn index(&self, i: usize) -> &f64 {
        &self.data[i]
    }
}

impl IndexMut<usize> for Vector {
    fn index_mut(&mut self, i: usize) -> &mut f64 {
        &mut self.data[i]
    }
}

impl From<Vec<f64>> for Vector {
    fn from(data: Vec<f64>) -> Self {
        Vector { data }
    }
}

impl From<&[f64]> for Vector {
    fn from(values: &[f64]) -> Self {
        Vector::from_slice(values)
    }
}

impl<const N: usize> From<[f64; N]> for Vector {
    fn from(values: [f64; N]) -> Self {
        Vector {
            data: values.to_vec(),
        }
    }
}

impl FromIterator<f64> for Vector {
    fn from_iter<I: IntoIterator<Item = f64>>(iter: I) -> Self {
        Vector {
            data: iter.into_iter().collect(),
        }
    }
}

impl<'a> IntoIterator for &'a Vector {
    type Item = &'a f64;
    type IntoIter = std::slice::Iter<'a, f64>;
    fn into_iter(self) -> Self::IntoIter {
        self.data.iter()
    }
}

impl fmt::Display for Vector {
    /// Prints `[1, 2.5, -3]`; a precision applies to every entry: `{:.2}` gives `[1.00, 2.50, -3.00]`.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("[")?;
        for (i, x) in self.data.iter().enumerate() {
            if i > 0 {
                f.write_str(", ")?;
            }
            match f.precision() {
                Some(p) => write!(f, "{x:.p$}")?,
                None => write!(f, "{x}")?,
            }
        }
        f.write_str("]")
    }
}

impl AbsDiffEq for Vector {
    type Epsilon = f64;
    fn default_epsilon() -> f64 {
        f64::default_epsilon()
    }
    /// Equal lengths and every pair of entries within `epsilon`.
    fn abs_diff_eq(&self, other: &Self, epsilon: f64) -> bool {
        self.len() == other.len()
            && self
                .iter()
                .zip(other.iter())
                .all(|(a, b)| a.abs_diff_eq(b, epsilon))
    }
}

impl RelativeEq for Vector {
    fn default_max_relative() -> f64 {
        f64::default_max_relative()
    }
    fn relative_eq(&self, other: &Self, epsilon: f64, max_relative: f64) -> bool {
        self.len() == other.len()
            && self
                .iter()
                .zip(other.iter())
                .all(|(a, b)| a.relative_eq(b, epsilon, max_relative))
    }
}

impl UlpsEq for Vector {
    fn default_max_ulps() -> u32 {
        f64::default_max_ulps()
    }
    fn ulps_eq(&self, other: &Self, epsilon: f64, max_ulps: u32) -> bool {
        self.len() == other.len()
            && self
                .iter()
                .zip(other.iter())
                .all(|(a, b)| a.ulps_eq(b, epsilon, max_ulps))
    }
}
