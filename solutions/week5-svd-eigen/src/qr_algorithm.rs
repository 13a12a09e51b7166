//! The QR algorithm in its plainest form, for the lesson: `A ← RQ` (+ shifts), counting steps.
//!
//! Factor `A = QR`, multiply back in the other order: `RQ = QᵀAQ` is similar to A. Repeated, the
//! subdiagonal entries shrink like `|λᵢ₊₁/λᵢ|ᵏ` (the QR algorithm is the power method on all
//! vectors at once), and the diagonal tends to the eigenvalues. Shifts `A − σI = QR,
//! A ← RQ + σI` make the ratio for the last entry `|λₙ − σ|/|λₙ₋₁ − σ|`, nearly 0 for a good σ.
//!
//! [`crate::symmetric::symmetric_eigen`] is the production version of the same idea; this one
//! shows why its shift is Wilkinson's.

use crate::checks::{check_finite, check_square};
use week1_vectors::{LinalgError, Matrix, Result, Vector};
// BEGIN SOLUTION-ONLY
use crate::givens::{Givens, givens};
use crate::hessenberg::hessenberg;
// END SOLUTION-ONLY

/// The shift strategy of [`qr_algorithm`].
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Shift {
    /// No shift (σ = 0): linear convergence at the rate `|λₖ₊₁/λₖ|`, and none at all when two
    /// eigenvalues have the same magnitude (`[[0, 1], [1, 0]]` has ±1).
    None,
    /// The Rayleigh quotient shift σ = the bottom-right entry `h_nn`: quadratic (cubic for
    /// symmetric A) convergence — when it converges. On `[[0, 1], [1, 0]]`, `h_nn = 0` is
    /// exactly halfway between ±1 and nothing ever moves.
    Rayleigh,
    /// Wilkinson's shift: the eigenvalue of the trailing 2×2 block closer to `h_nn` (if that
    /// block's eigenvalues are complex, their common real part). Convergent for every
    /// symmetric matrix; that is why every symmetric eigensolver uses it.
    Wilkinson,
}

/// What [`qr_algorithm`] found.
#[derive(Debug, Clone, PartialEq)]
pub struct QrAlgorithm {
    /// The eigenvalues in descending order.
    pub values: Vector,
    /// QR steps taken (each is one factorisation and one product).
    pub iterations: usize,
}

/// The (explicitly) shifted QR algorithm on the Hessenberg form, with deflation at the bottom,
/// for a matrix whose eigenvalues are **real** (every symmetric matrix qualifies).
///
/// ```text
/// H ← hessenberg(A).h;  hi ← n−1
/// while hi > 0:
///     if |h[hi][hi−1]| ≤ ε·(|h[hi][hi]| + |h[hi−1][hi−1]|):   // deflate: one eigenvalue done
///         hi ← hi − 1;  continue
///     σ ← the shift (see Shift), from the active block H[0..=hi, 0..=hi]
///     H − σI = QR   (Givens rotations, one per subdiagonal entry: O(n²))
///     H ← RQ + σI   (apply the same rotations from the right)
/// the eigenvalues are the diagonal of H
/// ```
///
/// The tolerance is fixed (ε, as above; when both diagonal entries are 0, ε·‖H‖_F), the cap
/// is `max_iter` QR steps in all, and `iterations` reports the steps used. Only the active
/// block `0..=hi` is updated: the deflated rows no longer matter for the eigenvalues.
///
/// Try [`Shift::None`] against [`Shift::Wilkinson`] on `tridiag(−1, 2, −1)`: hundreds of steps
/// against about two per eigenvalue.
///
/// # Errors
/// [`LinalgError::NotSquare`]; [`LinalgError::NonFinite`]; [`LinalgError::NoConvergence`]
/// after `max_iter` steps — on `[[0, 1], [1, 0]]` with `Shift::None` or `Shift::Rayleigh`,
/// and whenever A has complex eigenvalues (a real shift cannot converge to a complex pair:
/// use [`crate::general::eigenvalues_general`]).
///
/// # Numerical pitfall
/// Never report the diagonal of a matrix that has not converged: with complex eigenvalues the
/// diagonal holds real numbers that are eigenvalues of nothing.
///
/// # Example
/// ```
/// use week1_vectors::matrix;
/// use week5_svd_eigen::{qr_algorithm, Shift};
/// let a = matrix![[2.0, 1.0], [1.0, 2.0]];
/// let r = qr_algorithm(&a, Shift::Wilkinson, 100).unwrap();
/// assert!((r.values[0] - 3.0).abs() < 1e-14 && (r.values[1] - 1.0).abs() < 1e-14);
/// let swap = matrix![[0.0, 1.0], [1.0, 0.0]];
/// assert!(qr_algorithm(&swap, Shift::None, 100).is_err());
/// assert!(qr_algorithm(&swap, Shift::Wilkinson, 100).is_ok());
/// ```
pub fn qr_algorithm(a: &Matrix, shift: Shift, max_iter: usize) -> Result<QrAlgorithm> {
    // BEGIN SOLUTION
    let op = "qr_algorithm";
    check_square(op, a)?;
    check_finite(op, a)?;
    let n = a.rows();
    let mut h = hessenberg(a)?.h;
    let mut iterations = 0;
    let mut hi = n.saturating_sub(1);
    let mut rotations: Vec<Givens> = Vec::with_capacity(n);
    while hi > 0 {
        let sub = h[(hi, hi - 1)];
        let mut scale = h[(hi, hi)].abs() + h[(hi - 1, hi - 1)].abs();
        if scale == 0.0 {
            scale = week2_matmul::norm_frobenius(&h);
        }
        if sub.abs() <= f64::EPSILON * scale {
            h[(hi, hi - 1)] = 0.0;
            hi -= 1;
            continue;
        }
        if iterations == max_iter {
            return Err(LinalgError::NoConvergence { op, iterations });
        }
        let sigma = match shift {
            Shift::None => 0.0,
            Shift::Rayleigh => h[(hi, hi)],
            Shift::Wilkinson => {
                let [l1, l2] = crate::eig2x2::eig2x2(
                    h[(hi - 1, hi - 1)],
                    h[(hi - 1, hi)],
                    h[(hi, hi - 1)],
                    h[(hi, hi)],
                );
                let last = h[(hi, hi)];
                // Nearer to h_nn; ties (and complex pairs, l1.re == l2.re) go to l2, the smaller.
                if (l1.re - last).abs() < (l2.re - last).abs() {
                    l1.re
                } else {
                    l2.re
                }
            }
        };
        // H − σI = QR: rotate rows k, k+1 to zero h[k+1][k], for k = 0..hi.
        for k in 0..=hi {
            h[(k, k)] -= sigma;
        }
        rotations.clear();
        for k in 0..hi {
            let g = givens(h[(k, k)], h[(k + 1, k)]);
            for j in k..=hi {
                let (x, y) = g.apply(h[(k, j)], h[(k + 1, j)]);
                h[(k, j)] = x;
                h[(k + 1, j)] = y;
            }
            h[(k + 1, k)] = 0.0;
            rotations.push(g);
        }
        // RQ = R·G₀ᵀ·G₁ᵀ⋯: rotate columns k, k+1 (rows 0..=k+1 are the only nonzero ones).
        for (k, g) in rotations.iter().enumerate() {
            for i in 0..=(k + 1).min(hi) {
                let (x, y) = g.apply(h[(i, k)], h[(i, k + 1)]);
                h[(i, k)] = x;
                h[(i, k + 1)] = y;
            }
        }
        for k in 0..=hi {
            h[(k, k)] += sigma;
        }
        iterations += 1;
    }
    let mut values: Vec<f64> = (0..n).map(|k| h[(k, k)]).collect();
    values.sort_by(|x, y| y.total_cmp(x));
    Ok(QrAlgorithm {
        values: Vector::new(values),
        iterations,
    })
    // END SOLUTION
}
