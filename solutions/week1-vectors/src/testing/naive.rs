//! Reference operations written as the plainest loops, for checking answers in tests.

use crate::{Matrix, Vector};

/// `C = A·B` by the textbook triple loop. O(mnk).
///
/// # Panics
/// If `a.cols() != b.rows()`, naming both shapes.
pub fn naive_matmul(a: &Matrix, b: &Matrix) -> Matrix {
    assert_eq!(
        a.cols(),
        b.rows(),
        "naive_matmul: {}×{} times {}×{}",
        a.rows(),
        a.cols(),
        b.rows(),
        b.cols()
    );
    Matrix::from_fn(a.rows(), b.cols(), |i, j| {
        (0..a.cols()).map(|k| a[(i, k)] * b[(k, j)]).sum()
    })
}

/// `y = A·x`.
///
/// # Panics
/// If `a.cols() != x.len()`.
pub fn naive_matvec(a: &Matrix, x: &Vector) -> Vector {
    assert_eq!(
        a.cols(),
        x.len(),
        "naive_matvec: {}×{} times length {}",
        a.rows(),
        a.cols(),
        x.len()
    );
    Vector::from_fn(a.rows(), |i| (0..a.cols()).map(|k| a[(i, k)] * x[k]).sum())
}

/// `Aᵀ`.
pub fn naive_transpose(a: &Matrix) -> Matrix {
    Matrix::from_fn(a.cols(), a.rows(), |i, j| a[(j, i)])
}

/// `A − B` entrywise.
///
/// # Panics
/// If the shapes differ.
pub fn naive_sub(a: &Matrix, b: &Matrix) -> Matrix {
    assert_eq!(a.shape(), b.shape(), "naive_sub: shapes differ");
    Matrix::from_fn(a.rows(), a.cols(), |i, j| a[(i, j)] - b[(i, j)])
}

/// `|A|`: the entrywise absolute value (for bounds such as `|A||B|`).
pub fn naive_abs(a: &Matrix) -> Matrix {
    a.map(f64::abs)
}

/// The Frobenius norm `√(Σ aᵢⱼ²)`, scaled so that it neither overflows nor underflows.
pub fn frobenius(a: &Matrix) -> f64 {
    scaled_l2(a.as_slice())
}

/// The 1-norm `max_j Σᵢ |aᵢⱼ|` (largest column sum). NaN if any entry is NaN.
pub fn norm1(a: &Matrix) -> f64 {
    let mut best: f64 = 0.0;
    for j in 0..a.cols() {
        let s: f64 = (0..a.rows()).map(|i| a[(i, j)].abs()).sum();
        if s.is_nan() {
            return f64::NAN;
        }
        best = best.max(s);
    }
    best
}

/// The ∞-norm `max_i Σⱼ |aᵢⱼ|` (largest row sum). NaN if any entry is NaN.
pub fn norm_inf(a: &Matrix) -> f64 {
    norm1(&naive_transpose(a))
}

/// The largest absolute entry `max |aᵢⱼ|` (0 for an empty matrix, NaN if any entry is NaN).
pub fn max_abs(a: &Matrix) -> f64 {
    max_abs_slice(a.as_slice())
}

/// The largest absolute value in a slice (0 if empty, NaN if any is NaN).
pub fn max_abs_slice(x: &[f64]) -> f64 {
    let mut best: f64 = 0.0;
    for v in x {
        if v.is_nan() {
            return f64::NAN;
        }
        best = best.max(v.abs());
    }
    best
}

/// The Euclidean norm of a slice, computed with scaling (no overflow at 1e200).
pub fn scaled_l2(x: &[f64]) -> f64 {
    let m = max_abs_slice(x);
    if m == 0.0 || !m.is_finite() {
        return m;
    }
    m * x.iter().map(|v| (v / m) * (v / m)).sum::<f64>().sqrt()
}

/// The Euclidean norm of a vector (scaled, see [`scaled_l2`]).
pub fn vec_norm2(x: &Vector) -> f64 {
    scaled_l2(x.as_slice())
}

/// True when every entry below the diagonal is exactly zero.
pub fn is_upper_triangular(a: &Matrix) -> bool {
    (0..a.rows()).all(|i| (0..a.cols().min(i)).all(|j| a[(i, j)] == 0.0))
}

/// True when every entry above the diagonal is exactly zero.
pub fn is_lower_triangular(a: &Matrix) -> bool {
    (0..a.rows()).all(|i| (i + 1..a.cols()).all(|j| a[(i, j)] == 0.0))
}

/// `A⁻¹` by Gauss–Jordan elimination with partial pivoting on `[A | I]`, the plainest loop (a
/// reference for exact condition numbers `‖A‖₁‖A⁻¹‖₁`; its columns carry a relative error of
/// order `κ(A)·ε`). `None` when a pivot is exactly 0.
///
/// # Panics
/// If `a` is not square.
pub fn naive_inverse(a: &Matrix) -> Option<Matrix> {
    assert!(
        a.is_square(),
        "naive_inverse: {}×{} is not square",
        a.rows(),
        a.cols()
    );
    let n = a.rows();
    let mut g = Matrix::from_fn(n, 2 * n, |i, j| {
        if j < n {
            a[(i, j)]
        } else if j - n == i {
            1.0
        } else {
            0.0
        }
    });
    for k in 0..n {
        let p = (k..n).fold(k, |p, i| {
            if g[(i, k)].abs() > g[(p, k)].abs() {
                i
            } else {
                p
            }
        });
        if g[(p, k)] == 0.0 {
            return None;
        }
        g.swap_rows(p, k);
        let d = g[(k, k)];
        for j in 0..2 * n {
            g[(k, j)] /= d;
        }
        for i in (0..n).filter(|&i| i != k) {
            let l = g[(i, k)];
            for j in 0..2 * n {
                g[(i, j)] -= l * g[(k, j)];
            }
        }
    }
    Some(Matrix::from_fn(n, n, |i, j| g[(i, j + n)]))
}
