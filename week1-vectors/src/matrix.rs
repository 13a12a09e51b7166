//! [`Matrix`]: a dense, row-major matrix of `f64` (given code).
//!
//! Entry `(i, j)` lives at `data[i * cols + j]`. This file holds construction, indexing, rows
//! and columns, printing and `approx` comparisons; every operation that computes something is an
//! exercise in some week.

use crate::{LinalgError, Result, Vector};
use approx::{AbsDiffEq, RelativeEq, UlpsEq};
use std::fmt;
use std::ops::{Index, IndexMut};

/// A dense `rows × cols` matrix of `f64`, stored row by row.
///
/// # Example
/// ```
/// use week1_vectors::{matrix, Matrix};
/// let a = matrix![[1.0, 2.0, 3.0],
///                 [4.0, 5.0, 6.0]];
/// assert_eq!(a.shape(), (2, 3));
/// assert_eq!(a[(1, 2)], 6.0);
/// assert_eq!(a.row(0), &[1.0, 2.0, 3.0]);
/// assert_eq!(a.col(1).as_slice(), &[2.0, 5.0]);
/// ```
#[derive(Debug, Clone, PartialEq, Default)]
pub struct Matrix {
    rows: usize,
    cols: usize,
    data: Vec<f64>,
}

/// Builds a [`Matrix`] from rows: `matrix![[1.0, 2.0], [3.0, 4.0]]`.
///
/// # Panics
/// If the rows have different lengths (the message names the row).
///
/// ```
/// use week1_vectors::matrix;
/// let a = matrix![[1.0, 2.0], [3.0, 4.0]];
/// assert_eq!(a.as_slice(), &[1.0, 2.0, 3.0, 4.0]);
/// ```
#[macro_export]
macro_rules! matrix {
    ($([$($x:expr),* $(,)?]),+ $(,)?) => {
        $crate::Matrix::from_rows(&[$(::std::vec![$(($x) as f64),*]),+])
            .unwrap_or_else(|e| panic!("matrix!: {e}"))
    };
}

impl Matrix {
    /// Wraps row-major `data` as a `rows × cols` matrix.
    ///
    /// # Errors
    /// [`LinalgError::BadDataLength`] if `data.len() != rows * cols`.
    ///
    /// ```
    /// # use week1_vectors::Matrix;
    /// let a = Matrix::new(2, 2, vec![1.0, 2.0, 3.0, 4.0]).unwrap();
    /// assert_eq!(a[(1, 0)], 3.0);
    /// assert!(Matrix::new(2, 2, vec![1.0]).is_err());
    /// ```
    pub fn new(rows: usize, cols: usize, data: Vec<f64>) -> Result<Self> {
        if rows.checked_mul(cols) != Some(data.len()) {
            return Err(LinalgError::BadDataLength {
                op: "Matrix::new",
                shape: (rows, cols),
                len: data.len(),
            });
        }
        Ok(Matrix { rows, cols, data })
    }

    /// Builds a matrix from a slice of rows.
    ///
    /// An empty slice gives the 0×0 matrix; rows of length 0 give an `n × 0` matrix.
    ///
    /// # Errors
    /// [`LinalgError::RaggedRows`] naming the first row whose length differs from row 0's.
    pub fn from_rows<R: AsRef<[f64]>>(rows: &[R]) -> Result<Self> {
        let cols = rows.first().map_or(0, |r| r.as_ref().len());
        let mut data = Vec::with_capacity(rows.len() * cols);
        for (i, r) in rows.iter().enumerate() {
            let r = r.as_ref();
            if r.len() != cols {
                return Err(LinalgError::RaggedRows {
                    op: "Matrix::from_rows",
                    row: i,
                    expected: cols,
                    found: r.len(),
                });
            }
            data.extend_from_slice(r);
        }
        Ok(Matrix {
            rows: rows.len(),
            cols,
            data,
        })
    }

    /// Builds a matrix whose columns are the given vectors (all of the same length).
    ///
    /// # Errors
    /// [`LinalgError::RaggedRows`] (reported for the offending column) if lengths differ.
    pub fn from_cols(cols: &[Vector]) -> Result<Self> {
        let rows = cols.first().map_or(0, Vector::len);
        for (j, c) in cols.iter().enumerate() {
            if c.len() != rows {
                return Err(LinalgError::RaggedRows {
                    op: "Matrix::from_cols",
                    row: j,
                    expected: rows,
                    found: c.len(),
                });
            }
        }
        Ok(Matrix::from_fn(rows, cols.len(), |i, j| cols[j][i]))
    }

    /// The `rows × cols` zero matrix.
    pub fn zeros(rows: usize, cols: usize) -> Self {
        Matrix {
            rows,
            cols,
            data: vec![0.0; rows * cols],
        }
    }

    /// A `rows × cols` matrix with every entry equal to `value`.
    pub fn filled(rows: usize, cols: usize, value: f64) -> Self {
        Matrix {
            rows,
            cols,
            data: vec![value; rows * cols],
        }
    }

    /// The `n × n` identity.
    ///
    /// ```
    /// # use week1_vectors::{matrix, Matrix};
    /// assert_eq!(Matrix::identity(2), matrix![[1.0, 0.0], [0.0, 1.0]]);
    /// ```
    pub fn identity(n: usize) -> Self {
        Matrix::from_fn(n, n, |i, j| if i == j { 1.0 } else { 0.0 })
    }

    /// The matrix whose entry `(i, j)` is `f(i, j)`.
    pub fn from_fn(rows: usize, cols: usize, mut f: impl FnMut(usize, usize) -> f64) -> Self {
        let mut data = Vec::with_capacity(rows * cols);
        for i in 0..rows {
            for j in 0..cols {
                data.push(f(i, j));
            }
        }
        Matrix { rows, cols, data }
    }

    /// The square matrix with `d` on its diagonal and zeros elsewhere.
    pub fn from_diag(d: &[f64]) -> Self {
        Matrix::from_fn(d.len(), d.len(), |i, j| if i == j { d[i] } else { 0.0 })
    }

    /// A column vector (`n × 1`) holding `v`.
    pub fn column(v: &Vector) -> Self {
        Matrix {
            rows: v.len(),
            cols: 1,
            data: v.as_slice().to_vec(),
        }
    }

    /// The number of rows.
    pub fn rows(&self) -> usize {
        self.rows
    }

    /// The number of columns.
    pub fn cols(&self) -> usize {
        self.cols
    }

    /// `(rows, cols)`.
    pub fn shape(&self) -> (usize, usize) {
        (self.rows, self.cols)
    }

    /// True when rows == cols.
    pub fn is_square(&self) -> bool {
        self.rows == self.cols
    }

    /// True when the matrix has no entries (a zero dimension).
    pub fn is_empty(&self) -> bool {
        self.data.is_empty()
    }

    /// The entries in row-major order.
    pub fn as_slice(&self) -> &[f64] {
        &self.data
    }

    /// The entries in row-major order, mutably.
    pub fn as_mut_slice(&mut self) -> &mut [f64] {
        &mut self.data
    }

    /// Gives back the row-major `Vec`.
    pub fn into_vec(self) -> Vec<f64> {
        self.data
    }

    /// Row `i` as a slice. O(1).
    ///
    /// # Panics
    /// If `i >= rows`.
    pub fn row(&self, i: usize) -> &[f64] {
        assert!(
            i < self.rows,
            "Matrix::row: row {i} out of range for {}×{}",
            self.rows,
            self.cols
        );
        &self.data[i * self.cols..(i + 1) * self.cols]
    }

    /// Row `i` as a mutable slice.
    ///
    /// # Panics
    /// If `i >= rows`.
    pub fn row_mut(&mut self, i: usize) -> &mut [f64] {
        assert!(
            i < self.rows,
            "Matrix::row_mut: row {i} out of range for {}×{}",
            self.rows,
            self.cols
        );
        &mut self.data[i * self.cols..(i + 1) * self.cols]
    }

    /// Column `j`, copied into a vector. O(rows), strided access.
    ///
    /// # Panics
    /// If `j >= cols`.
    pub fn col(&self, j: usize) -> Vector {
        assert!(
            j < self.cols,
            "Matrix::col: column {j} out of range for {}×{}",
            self.rows,
            self.cols
        );
        (0..self.rows)
            .map(|i| self.data[i * self.cols + j])
            .collect()
    }

    /// Overwrites column `j` with `v`.
    ///
    /// # Panics
    /// If `j >= cols` or `v.len() != rows`.
    pub fn set_col(&mut self, j: usize, v: &Vector) {
        assert!(
            j < self.cols && v.len() == self.rows,
            "Matrix::set_col: column {j} of length {} into {}×{}",
            v.len(),
            self.rows,
            self.cols
        );
        for i in 0..self.rows {
            self.data[i * self.cols + j] = v[i];
        }
    }

    /// Swaps rows `a` and `b` in place.
    pub fn swap_rows(&mut self, a: usize, b: usize) {
        if a != b {
            for j in 0..self.cols {
                self.data.swap(a * self.cols + j, b * self.cols + j);
            }
        }
    }

    /// The diagonal entries `a₀₀, a₁₁, …` (min(rows, cols) of them).
    pub fn diag(&self) -> Vector {
        (0..self.rows.min(self.cols))
            .map(|i| self.data[i * self.cols + i])
            .collect()
    }

    /// The sub-matrix of rows `r0..r1` and columns `c0..c1` (copied).
    ///
    /// # Panics
    /// If the ranges are out of bounds.
    pub fn submatrix(&self, r0: usize, r1: usize, c0: usize, c1: usize) -> Matrix {
        assert!(
            r0 <= r1 && r1 <= self.rows && c0 <= c1 && c1 <= self.cols,
            "Matrix::submatrix: rows {r0}..{r1}, cols {c0}..{c1} out of range for {}×{}",
            self.rows,
            self.cols
        );
        Matrix::from_fn(r1 - r0, c1 - c0, |i, j| self[(r0 + i, c0 + j)])
    }

    /// True when every entry is finite.
    pub fn is_finite(&self) -> bool {
        self.data.iter().all(|x| x.is_finite())
    }

    /// Applies `f` to every entry, giving a new matrix of the same shape.
    pub fn map(&self, f: impl Fn(f64) -> f64) -> Matrix {
        Matrix {
            rows: self.rows,
            cols: self.cols,
            data: self.data.iter().map(|&x| f(x)).collect(),
        }
    }
}

impl Index<(usize, usize)> for Matrix {
    type Output = f64;
    /// Entry `(i, j)`. Panics, naming the shape, when out of range.
    fn index(&self, (i, j): (usize, usize)) -> &f64 {
        assert!(
            i < self.rows && j < self.cols,
            "index ({i}, {j}) out of range for a {}×{} matrix",
            self.rows,
            self.cols
        );
        &self.data[i * self.cols + j]
    }
}

impl IndexMut<(usize, usize)> for Matrix {
    fn index_mut(&mut self, (i, j): (usize, usize)) -> &mut f64 {
        assert!(
            i < self.rows && j < self.cols,
            "index ({i}, {j}) out of range for a {}×{} matrix",
            self.rows,
            self.cols
        );
        &mut self.data[i * self.cols + j]
    }
}

impl fmt::Display for Matrix {
    /// Prints one row a line, columns right-aligned; a precision applies to every entry.
    ///
    /// ```text
    /// [  1  -2.5 ]
    /// [ 30     4 ]
    /// ```
    /// A matrix with a zero dimension prints as `[] (0×3)`.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        if self.data.is_empty() {
            return write!(f, "[] ({}×{})", self.rows, self.cols);
        }
        let cells: Vec<String> = self
            .data
            .iter()
            .map(|x| match f.precision() {
                Some(p) => format!("{x:.p$}"),
                None => format!("{x}"),
            })
            .collect();
        let widths: Vec<usize> = (0..self.cols)
            .map(|j| {
                (0..self.rows)
                    .map(|i| cells[i * self.cols + j].chars().count())
                    .max()
                    .unwrap_or(0)
            })
            .collect();
        for i in 0..self.rows {
            if i > 0 {
                writeln!(f)?;
            }
            f.write_str("[")?;
            for j in 0..self.cols {
                write!(f, " {:>w$}", cells[i * self.cols + j], w = widths[j])?;
            }
            f.write_str(" ]")?;
        }
        Ok(())
    }
}

impl AbsDiffEq for Matrix {
    type Epsilon = f64;
    fn default_epsilon() -> f64 {
        f64::default_epsilon()
    }
    /// Equal shapes and every pair of entries within `epsilon`.
    fn abs_diff_eq(&self, other: &Self, epsilon: f64) -> bool {
        self.shape() == other.shape()
            && self
                .data
                .iter()
                .zip(&other.data)
                .all(|(a, b)| a.abs_diff_eq(b, epsilon))
    }
}

impl RelativeEq for Matrix {
    fn default_max_relative() -> f64 {
        f64::default_max_relative()
    }
    fn relative_eq(&self, other: &Self, epsilon: f64, max_relative: f64) -> bool {
        self.shape() == other.shape()
            && self
                .data
                .iter()
                .zip(&other.data)
                .all(|(a, b)| a.relative_eq(b, epsilon, max_relative))
    }
}

impl UlpsEq for Matrix {
    fn default_max_ulps() -> u32 {
        f64::default_max_ulps()
    }
    fn ulps_eq(&self, other: &Self, epsilon: f64, max_ulps: u32) -> bool {
        self.shape() == other.shape()
            && self
                .data
                .iter()
                .zip(&other.data)
                .all(|(a, b)| a.ulps_eq(b, epsilon, max_ulps))
    }
}
