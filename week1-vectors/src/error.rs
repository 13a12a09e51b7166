//! The course's one error type, [`LinalgError`], and its [`Result`] alias.
//!
//! Every fallible function in every week returns [`Result`]. A variant carries what a caller
//! needs to fix the call: the operation that failed, the shapes involved, the pivot or index
//! where it went wrong, the iterations that were spent.

use std::fmt;

/// A shape: `(rows, cols)`. A vector of length `n` is reported as `(n, 1)` only where it meets
/// a matrix; vector–vector operations use [`LinalgError::LengthMismatch`].
pub type Shape = (usize, usize);

/// Everything that can go wrong in the course's linear algebra.
///
/// `#[non_exhaustive]`: later weeks may add variants, so `match` on it needs a `_` arm.
///
/// # Example
/// ```
/// use week1_vectors::LinalgError;
/// let e = LinalgError::LengthMismatch { op: "dot", left: 3, right: 2 };
/// assert_eq!(e.to_string(), "dot: length mismatch: left has 3 entries, right has 2");
/// ```
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub enum LinalgError {
    /// Two vectors that must have the same length do not.
    LengthMismatch {
        /// The operation, e.g. `"dot"`.
        op: &'static str,
        /// Length of the left operand.
        left: usize,
        /// Length of the right operand.
        right: usize,
    },
    /// Two operands whose shapes must agree (equal, or inner dimensions equal) do not.
    ShapeMismatch {
        /// The operation, e.g. `"matmul"`.
        op: &'static str,
        /// Shape of the left operand.
        left: Shape,
        /// Shape of the right operand.
        right: Shape,
    },
    /// The operation needs a square matrix.
    NotSquare {
        /// The operation.
        op: &'static str,
        /// The shape it was given.
        shape: Shape,
    },
    /// The data given to a constructor does not fill the shape.
    BadDataLength {
        /// The operation.
        op: &'static str,
        /// The shape asked for.
        shape: Shape,
        /// How many values were given.
        len: usize,
    },
    /// Rows of different lengths were given to a matrix constructor.
    RaggedRows {
        /// The operation.
        op: &'static str,
        /// The index of the first row whose length differs from row 0.
        row: usize,
        /// The length of row 0.
        expected: usize,
        /// The length of the offending row.
        found: usize,
    },
    /// The input needs at least one entry (a mean, a maximum, a fit).
    Empty {
        /// The operation.
        op: &'static str,
    },
    /// The zero vector has no direction (normalise, angle, projection onto it).
    ZeroVector {
        /// The operation.
        op: &'static str,
    },
    /// A NaN or infinite entry where only finite numbers make sense.
    NonFinite {
        /// The operation.
        op: &'static str,
    },
    /// The matrix is singular to working precision: elimination found no usable pivot.
    ///
    /// It says what was measured and against which rule: the rejected pivot's `size` and the
    /// `tolerance` it was compared with, `size ≤ tolerance`. The tolerance is week 3's rule
    /// `tol(A) = max(m, n)·ε·‖A‖₁` (`week3_inverse::pivot_tolerance`) in every solver that uses
    /// it, and `0.0` where only an exact zero is refused (triangular solves, elimination without
    /// pivoting). Both are measurements, not exact answers: tests match on `op` and `pivot`
    /// (`matches!(e, Singular { op: "solve", pivot: 1, .. })`, or
    /// `testing::assert_singular`) and compare `size` with a tolerance, never with `==`.
    /// (So `LinalgError` is `PartialEq` but cannot be `Eq`; a NaN `size` — a NaN pivot of a
    /// Cholesky factor — is unequal even to itself.)
    Singular {
        /// The operation.
        op: &'static str,
        /// The (0-based) column whose pivot was zero or negligible.
        pivot: usize,
        /// The magnitude of the rejected pivot: `|u_kk|` for elimination and LU, `l_kk²` for a
        /// Cholesky factor (the pivot of `A = LLᵀ`).
        size: f64,
        /// The tolerance the pivot was compared with (`size ≤ tolerance` made it rejected).
        tolerance: f64,
    },
    /// The matrix is not symmetric positive definite (Cholesky).
    NotPositiveDefinite {
        /// The operation.
        op: &'static str,
        /// The (0-based) index `j` where `a_jj − Σ l_jk²` was not positive.
        index: usize,
    },
    /// A column of the matrix depends on the others (least squares, Gram–Schmidt).
    RankDeficient {
        /// The operation.
        op: &'static str,
        /// The rank that was found.
        rank: usize,
        /// The rank that was needed.
        needed: usize,
    },
    /// An iterative method used its whole iteration budget without meeting its tolerance.
    NoConvergence {
        /// The operation.
        op: &'static str,
        /// Iterations spent.
        iterations: usize,
    },
    /// An argument outside the function's domain (p < 1 for an Lp norm, a 2-D cross product).
    InvalidArgument {
        /// The operation.
        op: &'static str,
        /// What was wrong, in words.
        reason: String,
    },
}

/// The course's result type.
pub type Result<T> = std::result::Result<T, LinalgError>;

impl fmt::Display for LinalgError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        use LinalgError::*;
        match self {
            LengthMismatch { op, left, right } => write!(
                f,
                "{op}: length mismatch: left has {left} entries, right has {right}"
            ),
            ShapeMismatch { op, left, right } => write!(
                f,
                "{op}: shape mismatch: left is {}×{}, right is {}×{}",
                left.0, left.1, right.0, right.1
            ),
            NotSquare { op, shape } => {
                write!(
                    f,
                    "{op}: needs a square matrix, got {}×{}",
                    shape.0, shape.1
                )
            }
            BadDataLength { op, shape, len } => write!(
                f,
                "{op}: a {}×{} matrix needs {} values, got {len}",
                shape.0,
                shape.1,
                shape.0 * shape.1
            ),
            RaggedRows {
                op,
                row,
                expected,
                found,
            } => write!(
                f,
                "{op}: ragged rows: row 0 has {expected} entries, row {row} has {found}"
            ),
            Empty { op } => write!(f, "{op}: empty input"),
            ZeroVector { op } => write!(f, "{op}: the zero vector has no direction"),
            NonFinite { op } => write!(f, "{op}: input contains NaN or infinity"),
            // A NaN pivot (a Cholesky factor with a NaN on its diagonal) is not "≤" anything.
            Singular {
                op, pivot, size, ..
            } if size.is_nan() => write!(f, "{op}: matrix is singular: pivot {pivot} is NaN"),
            // A zero tolerance means the rule was "exactly zero" (triangular solves, elimination
            // without pivoting): there is no working precision to speak of.
            Singular {
                op,
                pivot,
                tolerance,
                ..
            } if *tolerance == 0.0 => {
                write!(f, "{op}: matrix is singular: pivot {pivot} is exactly 0")
            }
            Singular {
                op,
                pivot,
                size,
                tolerance,
            } => write!(
                f,
                "{op}: matrix is singular to working precision: pivot {pivot} has size \
                 {size:.2e} ≤ tolerance {tolerance:.2e}"
            ),
            NotPositiveDefinite { op, index } => write!(
                f,
                "{op}: matrix is not positive definite (failed at index {index})"
            ),
            RankDeficient { op, rank, needed } => {
                write!(f, "{op}: rank deficient: rank {rank}, needed {needed}")
            }
            NoConvergence { op, iterations } => {
                write!(f, "{op}: no convergence after {iterations} iterations")
            }
            InvalidArgument { op, reason } => write!(f, "{op}: invalid argument: {reason}"),
        }
    }
}

impl std::error::Error for LinalgError {}
