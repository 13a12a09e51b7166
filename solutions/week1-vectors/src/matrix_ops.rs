//! Exercise: entrywise matrix operations — sum, difference, scalar multiple, Hadamard product.
//!
//! A `rows × cols` matrix is, for these operations, just a vector of `rows·cols` numbers that
//! remembers its shape. Because [`Matrix`] is stored row-major in one `Vec`, each of them is a
//! single pass over `as_slice()` — once the shapes agree.
//!
//! The operators `&a + &b`, `&a - &b`, `&a * α` at the end (given code) call your methods and
//! panic, naming both shapes, on a mismatch.

use crate::{LinalgError, Matrix, Result};
use std::ops::{Add, Mul, Sub};

// BEGIN SOLUTION-ONLY
/// Applies `f` to corresponding entries of two matrices of the same shape.
fn zip_with(
    op: &'static str,
    a: &Matrix,
    b: &Matrix,
    f: impl Fn(f64, f64) -> f64,
) -> Result<Matrix> {
    if a.shape() != b.shape() {
        return Err(LinalgError::ShapeMismatch {
            op,
            left: a.shape(),
            right: b.shape(),
        });
    }
    let data = a
        .as_slice()
        .iter()
        .zip(b.as_slice())
        .map(|(&x, &y)| f(x, y))
        .collect();
    Matrix::new(a.rows(), a.cols(), data)
}
// END SOLUTION-ONLY

impl Matrix {
    /// The sum `A + B`: `(A + B)ᵢⱼ = aᵢⱼ + bᵢⱼ`.
    ///
    /// Shapes: both `m × n` (zero dimensions allowed); the result is `m × n`. Cost: `mn`
    /// additions.
    ///
    /// # Errors
    /// [`LinalgError::ShapeMismatch`] (op `"Matrix::add"`) naming both shapes when they differ.
    ///
    /// # Example
    /// ```
    /// use week1_vectors::matrix;
    /// let a = matrix![[1.0, 2.0], [3.0, 4.0]];
    /// let b = matrix![[10.0, 20.0], [30.0, 40.0]];
    /// assert_eq!(a.add(&b).unwrap(), matrix![[11.0, 22.0], [33.0, 44.0]]);
    /// // Same number of entries is not enough: 2×3 and 3×2 do not add.
    /// let c = matrix![[1.0, 2.0, 3.0], [4.0, 5.0, 6.0]];
    /// let d = matrix![[1.0, 2.0], [3.0, 4.0], [5.0, 6.0]];
    /// assert!(c.add(&d).is_err());
    /// ```
    ///
    /// # Pitfall
    /// Comparing `len()` of the data instead of the shapes: a 2×3 and a 3×2 matrix both hold 6
    /// numbers, and adding them entrywise is meaningless.
    pub fn add(&self, other: &Matrix) -> Result<Matrix> {
        // BEGIN SOLUTION
        zip_with("Matrix::add", self, other, |x, y| x + y)
        // END SOLUTION
    }

    /// The difference `A − B`: `(A − B)ᵢⱼ = aᵢⱼ − bᵢⱼ`.
    ///
    /// Shapes, cost: as [`Matrix::add`].
    ///
    /// # Errors
    /// [`LinalgError::ShapeMismatch`] (op `"Matrix::sub"`) naming both shapes.
    ///
    /// # Example
    /// ```
    /// use week1_vectors::matrix;
    /// let a = matrix![[5.0, 5.0]];
    /// assert_eq!(a.sub(&matrix![[1.0, 2.0]]).unwrap(), matrix![[4.0, 3.0]]);
    /// ```
    ///
    /// # Pitfall
    /// As for [`Matrix::add`]: check the shape, not the number of entries.
    pub fn sub(&self, other: &Matrix) -> Result<Matrix> {
        // BEGIN SOLUTION
        zip_with("Matrix::sub", self, other, |x, y| x - y)
        // END SOLUTION
    }

    /// The scalar multiple `αA`: `(αA)ᵢⱼ = α·aᵢⱼ`. Cannot fail; the shape is kept.
    /// Cost: `mn` multiplications.
    ///
    /// # Example
    /// ```
    /// use week1_vectors::{matrix, Matrix};
    /// assert_eq!(matrix![[1.0, -2.0]].scale(2.0), matrix![[2.0, -4.0]]);
    /// assert_eq!(Matrix::zeros(0, 3).scale(2.0).shape(), (0, 3));
    /// ```
    ///
    /// # Pitfall
    /// Keep the shape: a 0×3 matrix scaled is still 0×3, not 0×0 (rebuilding the result from
    /// `data` alone loses it).
    pub fn scale(&self, alpha: f64) -> Matrix {
        // BEGIN SOLUTION
        self.map(|x| alpha * x)
        // END SOLUTION
    }

    /// The Hadamard (entrywise) product `A ∘ B`: `(A ∘ B)ᵢⱼ = aᵢⱼ·bᵢⱼ`.
    ///
    /// Used in machine learning for masks and gates, and in backpropagation (week 6), where
    /// the gradient through an elementwise activation is a Hadamard product. It is *not* the
    /// matrix product `AB` (week 2).
    ///
    /// Shapes: both `m × n`. Cost: `mn` multiplications.
    ///
    /// # Errors
    /// [`LinalgError::ShapeMismatch`] (op `"Matrix::hadamard"`) naming both shapes.
    ///
    /// # Example
    /// ```
    /// use week1_vectors::matrix;
    /// let a = matrix![[1.0, 2.0], [3.0, 4.0]];
    /// let mask = matrix![[1.0, 0.0], [0.0, 1.0]];
    /// assert_eq!(a.hadamard(&mask).unwrap(), matrix![[1.0, 0.0], [0.0, 4.0]]);
    /// ```
    ///
    /// # Pitfall
    /// Confusing it with the matrix product: for square matrices both are defined and give
    /// different answers; the Hadamard product needs equal shapes, the matrix product needs
    /// `A.cols() == B.rows()`.
    pub fn hadamard(&self, other: &Matrix) -> Result<Matrix> {
        // BEGIN SOLUTION
        zip_with("Matrix::hadamard", self, other, |x, y| x * y)
        // END SOLUTION
    }
}

/// `&a + &b` calls [`Matrix::add`].
///
/// # Panics
/// When the shapes differ, with the error's message, e.g.
/// `Matrix::add: shape mismatch: left is 2×3, right is 3×2`.
impl Add for &Matrix {
    type Output = Matrix;
    fn add(self, rhs: &Matrix) -> Matrix {
        Matrix::add(self, rhs).unwrap_or_else(|e| panic!("{e}"))
    }
}

/// `&a - &b` calls [`Matrix::sub`].
///
/// # Panics
/// When the shapes differ, with the error's message, e.g.
/// `Matrix::sub: shape mismatch: left is 2×3, right is 3×2`.
impl Sub for &Matrix {
    type Output = Matrix;
    fn sub(self, rhs: &Matrix) -> Matrix {
        Matrix::sub(self, rhs).unwrap_or_else(|e| panic!("{e}"))
    }
}

/// `&a * α` calls [`Matrix::scale`].
impl Mul<f64> for &Matrix {
    type Output = Matrix;
    fn mul(self, alpha: f64) -> Matrix {
        self.scale(alpha)
    }
}

/// `α * &a` calls [`Matrix::scale`].
impl Mul<&Matrix> for f64 {
    type Output = Matrix;
    fn mul(self, a: &Matrix) -> Matrix {
        a.scale(self)
    }
}
