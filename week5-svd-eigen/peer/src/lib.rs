//! The yardstick of the week-5 timings (`cargo xtask bench week5`, or
//! `cargo run --release -p week5-svd-eigen --features peer --example peer_timings`):
//! [`nalgebra`]'s symmetric eigendecomposition (Householder tridiagonalisation, then implicit QR
//! with Wilkinson shifts) and its SVD (Householder bidiagonalisation, then implicit
//! Golub–Kahan QR), behind functions that take and return plain row-major slices.
//!
//! This is not course material and no week may depend on it: the course builds its own.

use nalgebra::{DMatrix, SVD, SymmetricEigen};

/// A square or rectangular matrix in nalgebra's own (column-major) storage, built once so that
/// the timed calls measure the decomposition alone, not the conversion.
#[derive(Debug, Clone)]
pub struct PeerMatrix(DMatrix<f64>);

impl PeerMatrix {
    /// The `rows × cols` matrix whose row-major entries are `data`.
    ///
    /// # Panics
    /// If `data.len() != rows·cols`.
    ///
    /// ```
    /// let a = week5_svd_eigen_peer::PeerMatrix::from_row_major(1, 2, &[3.0, 4.0]);
    /// assert_eq!(a.shape(), (1, 2));
    /// ```
    pub fn from_row_major(rows: usize, cols: usize, data: &[f64]) -> Self {
        assert_eq!(
            data.len(),
            rows * cols,
            "PeerMatrix: data must have rows·cols = {rows}·{cols} entries"
        );
        Self(DMatrix::from_row_slice(rows, cols, data))
    }

    /// `(rows, cols)`.
    pub fn shape(&self) -> (usize, usize) {
        self.0.shape()
    }
}

/// A decomposition's results as plain row-major data.
#[derive(Debug, Clone, PartialEq)]
pub struct Factors {
    /// Eigenvalues (unsorted, as nalgebra returns them) or singular values (unsorted).
    pub values: Vec<f64>,
    /// Eigenvectors as columns (`n × n`), or `U` (`m × k`), row-major.
    pub left: Vec<f64>,
    /// Empty for the eigendecomposition; `Vᵀ` (`k × n`), row-major, for the SVD.
    pub right: Vec<f64>,
}

fn row_major(m: &DMatrix<f64>) -> Vec<f64> {
    m.transpose().as_slice().to_vec()
}

/// Eigenvalues and eigenvectors of the symmetric matrix `a` by `nalgebra::SymmetricEigen::new`
/// (only the lower triangle is read).
///
/// # Panics
/// If `a` is not square.
///
/// ```
/// let a = week5_svd_eigen_peer::PeerMatrix::from_row_major(2, 2, &[2.0, 0.0, 0.0, 3.0]);
/// let mut v = week5_svd_eigen_peer::symmetric_eigen(&a).values;
/// v.sort_by(f64::total_cmp);
/// assert!((v[0] - 2.0).abs() < 1e-12 && (v[1] - 3.0).abs() < 1e-12);
/// ```
pub fn symmetric_eigen(a: &PeerMatrix) -> Factors {
    assert!(
        a.0.is_square(),
        "symmetric_eigen: the matrix must be square"
    );
    let e = SymmetricEigen::new(a.0.clone());
    Factors {
        values: e.eigenvalues.as_slice().to_vec(),
        left: row_major(&e.eigenvectors),
        right: Vec::new(),
    }
}

/// The thin SVD of `a` by `nalgebra::SVD::new`, computing both `U` and `Vᵀ`.
///
/// ```
/// let a = week5_svd_eigen_peer::PeerMatrix::from_row_major(1, 2, &[3.0, 4.0]);
/// let s = week5_svd_eigen_peer::svd(&a);
/// assert!((s.values[0] - 5.0).abs() < 1e-12);
/// ```
pub fn svd(a: &PeerMatrix) -> Factors {
    let s = SVD::new(a.0.clone(), true, true);
    Factors {
        values: s.singular_values.as_slice().to_vec(),
        left: row_major(s.u.as_ref().expect("U was asked for")),
        right: row_major(s.v_t.as_ref().expect("Vᵀ was asked for")),
    }
}
