//! Givens rotations: the smallest orthogonal transformation, one that zeroes one entry.
//!
//! The implicit QR algorithm ([`crate::symmetric`]) chases a "bulge" down a tridiagonal matrix
//! with them, and the lesson's QR algorithm ([`crate::qr_algorithm`]) factors Hessenberg
//! matrices with them.

/// A plane rotation `G = [[c, s], [−s, c]]` (with `c² + s² = 1`) and the value `r` it produces:
/// `G · [a, b]ᵀ = [r, 0]ᵀ`.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Givens {
    /// The cosine.
    pub c: f64,
    /// The sine.
    pub s: f64,
    /// The length of `(a, b)`, `r = √(a² + b²) ≥ 0`.
    pub r: f64,
}

impl Givens {
    /// Applies `G` to the pair `(x, y)`: returns `(c·x + s·y, −s·x + c·y)`.
    ///
    /// To rotate rows `i` and `k` of a matrix, apply it to each column's pair
    /// `(a[i][j], a[k][j])`; to rotate columns by `Gᵀ`, to each row's pair.
    pub fn apply(&self, x: f64, y: f64) -> (f64, f64) {
        (self.c * x + self.s * y, -self.s * x + self.c * y)
    }
}

/// The rotation that maps `(a, b)` to `(r, 0)`: `c = a/r`, `s = b/r`, `r = √(a² + b²)`.
///
/// For `a = b = 0` it returns the identity (`c = 1, s = 0, r = 0`): there is nothing to zero.
///
/// O(1). NaN in gives NaN out.
///
/// # Numerical pitfall
/// `a*a + b*b` overflows for `a = 1e200` although `r` is representable; `f64::hypot`
/// (or scaling by `max(|a|, |b|)`) does not.
///
/// # Example
/// ```
/// use week5_svd_eigen::givens;
/// let g = givens(3.0, 4.0);
/// assert_eq!((g.c, g.s, g.r), (0.6, 0.8, 5.0));
/// let (r, zero) = g.apply(3.0, 4.0);
/// assert!((r - 5.0).abs() < 1e-15 && zero.abs() < 1e-15);
/// // No overflow: r = √2·1e200.
/// assert!((givens(1e200, 1e200).r / 1e200 - 2f64.sqrt()).abs() < 1e-15);
/// ```
pub fn givens(a: f64, b: f64) -> Givens {
    // BEGIN SOLUTION
    if b == 0.0 {
        // Nothing to zero. (Keeping c = 1 rather than sign(a) keeps r ≥ 0 only for a ≥ 0, so
        // report r = |a| and fold the sign into c.)
        return if a >= 0.0 {
            Givens {
                c: 1.0,
                s: 0.0,
                r: a,
            }
        } else if a < 0.0 {
            Givens {
                c: -1.0,
                s: 0.0,
                r: -a,
            }
        } else {
            Givens {
                c: f64::NAN,
                s: f64::NAN,
                r: f64::NAN,
            }
        };
    }
    let r = a.hypot(b);
    Givens {
        c: a / r,
        s: b / r,
        r,
    }
    // END SOLUTION
}
