//! The yardstick of the week-4 timings (`cargo xtask bench week4`, or
//! `cargo run --release -p week4-lu-qr --features peer --example peer_timings`):
//! [`nalgebra`]'s LU factorisation with partial pivoting and its Householder QR, behind
//! functions that take and return plain row-major slices.
//!
//! This is not course material and no week may depend on it: the course builds its own.

use nalgebra::{DMatrix, DVector, LU, QR};

/// A square or rectangular matrix in nalgebra's own (column-major) storage, built once so that
/// the timed calls measure the factorisation alone, not the conversion.
#[derive(Debug, Clone)]
pub struct PeerMatrix(DMatrix<f64>);

impl PeerMatrix {
    /// The `rows × cols` matrix whose row-major entries are `data`.
    ///
    /// # Panics
    /// If `data.len() != rows·cols`.
    ///
    /// ```
    /// let a = week4_lu_qr_peer::PeerMatrix::from_row_major(1, 2, &[3.0, 4.0]);
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

/// Two factors as plain row-major data: `L` and `U` (with the row permutation), or `Q` and `R`.
#[derive(Debug, Clone, PartialEq)]
pub struct Factors {
    /// `L` (`n × n`, unit lower triangular) or the thin `Q` (`m × k`), row-major.
    pub left: Vec<f64>,
    /// `U` (`n × n`) or `R` (`k × n`), row-major.
    pub right: Vec<f64>,
    /// For LU: row `i` of `PA` is row `perm[i]` of `A`. Empty for QR.
    pub perm: Vec<usize>,
}

fn row_major(m: &DMatrix<f64>) -> Vec<f64> {
    m.transpose().as_slice().to_vec()
}

/// `PA = LU` by `nalgebra::LU::new` (Gaussian elimination with partial pivoting), with `L`, `U`
/// and the permutation unpacked.
///
/// # Panics
/// If `a` is not square.
///
/// ```
/// let a = week4_lu_qr_peer::PeerMatrix::from_row_major(2, 2, &[1.0, 2.0, 3.0, 4.0]);
/// let f = week4_lu_qr_peer::lu(&a);
/// assert_eq!(f.perm, vec![1, 0]); // |3| > |1|
/// assert_eq!(f.right[0], 3.0);
/// ```
pub fn lu(a: &PeerMatrix) -> Factors {
    assert!(a.0.is_square(), "lu: the matrix must be square");
    let n = a.0.nrows();
    let f = LU::new(a.0.clone());
    // nalgebra keeps the row swaps as a sequence; applied to 0..n they give the list.
    let mut perm = DVector::from_iterator(n, 0..n);
    f.p().permute_rows(&mut perm);
    Factors {
        left: row_major(&f.l()),
        right: row_major(&f.u()),
        perm: perm.as_slice().to_vec(),
    }
}

/// The thin `A = QR` by `nalgebra::QR::new` (Householder reflectors), with `Q` formed explicitly.
///
/// ```
/// let a = week4_lu_qr_peer::PeerMatrix::from_row_major(2, 1, &[3.0, 4.0]);
/// let f = week4_lu_qr_peer::qr(&a);
/// assert!((f.right[0].abs() - 5.0).abs() < 1e-12);
/// ```
pub fn qr(a: &PeerMatrix) -> Factors {
    let f = QR::new(a.0.clone());
    Factors {
        left: row_major(&f.q()),
        right: row_major(&f.r()),
        perm: Vec::new(),
    }
}
