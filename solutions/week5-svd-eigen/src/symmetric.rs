//! The symmetric eigendecomposition `A = V·Λ·Vᵀ`, by tridiagonal reduction and the implicit
//! QR algorithm with Wilkinson's shift — the textbook method (Golub & Van Loan §8.3, LAPACK's
//! `dsteqr`).

use crate::checks::{check_finite, check_square, check_symmetric};
use week1_vectors::{LinalgError, Matrix, Result, Vector};
// BEGIN SOLUTION-ONLY
use crate::checks::power_of_two_scale;
use crate::checks::symmetric_part;
use crate::givens::givens;
use crate::hessenberg::tridiagonal_qt;
// END SOLUTION-ONLY

/// `A = V·diag(values)·Vᵀ` for a symmetric `A`.
#[derive(Debug, Clone, PartialEq)]
pub struct SymmetricEigen {
    /// The eigenvalues, real, in **descending** order (`values[0]` is the largest), each
    /// repeated as often as its multiplicity.
    pub values: Vector,
    /// The eigenvectors: column `k` is the unit eigenvector of `values[k]`. The columns are
    /// orthonormal (`VᵀV = I`); the sign of each column is arbitrary.
    pub vectors: Matrix,
    /// The work spent: implicit QR steps for [`symmetric_eigen`], sweeps for
    /// [`crate::jacobi::jacobi_eigen`].
    pub iterations: usize,
}

/// The QR-step budget of [`symmetric_eigen`]: `MAX_STEPS_PER_EIGENVALUE · n` steps in all
/// (LAPACK's `dsteqr` uses 30; two or three per eigenvalue are typical).
pub const MAX_STEPS_PER_EIGENVALUE: usize = 30;

// BEGIN SOLUTION-ONLY
/// `|e| ≤ ε·(|a| + |b|)`: the off-diagonal entry `e` between diagonal entries `a` and `b` is
/// negligible — setting it to zero perturbs T by less than rounding already did.
fn negligible(e: f64, a: f64, b: f64) -> bool {
    e.abs() <= f64::EPSILON * (a.abs() + b.abs()) || e.abs() < f64::MIN_POSITIVE
}

/// Wilkinson's shift: the eigenvalue of the trailing 2×2 block `[[a, e], [e, b]]` closer to
/// `b`, in the form `b − e²/(δ + sign(δ)·√(δ² + e²))` with `δ = (a − b)/2` (no cancellation;
/// sign(0) = 1). It always exists (the block is symmetric) and gives global convergence,
/// which the Rayleigh shift `b` does not (see [`crate::qr_algorithm`]).
fn wilkinson_shift(a: f64, e: f64, b: f64) -> f64 {
    let delta = 0.5 * (a - b);
    let sign = if delta >= 0.0 { 1.0 } else { -1.0 };
    let denom = delta + sign * delta.hypot(e);
    if denom == 0.0 {
        return b; // e = 0 and δ = 0: the block is already diagonal
    }
    b - e * (e / denom)
}

/// The rotation `(c, s, r)` with `c·x + s·z = r`, `−s·x + c·z = 0`: [`givens`] without its
/// `hypot`, which is slow (a library call, several times a square root) and not needed here:
/// T is scaled to entries near 1, so `x² + z²` cannot overflow; when it is so small that it
/// could have underflowed, `givens` does the work.
fn rotation(x: f64, z: f64) -> (f64, f64, f64) {
    let r2 = x * x + z * z;
    if r2 > 1e-290 {
        let r = r2.sqrt();
        (x / r, z / r, r)
    } else {
        let g = givens(x, z);
        (g.c, g.s, g.r)
    }
}

/// One implicit QR step with shift μ on the unreduced block `lo..=hi` of the tridiagonal
/// (d, e); the rotations go into `cs` (`cs[k − lo]` = (c, s) of rows k, k+1), for
/// [`rotate_rows`] to apply to the eigenvectors.
///
/// The first rotation is the one explicit QR of `T − μI` would use (it zeroes the (1,0) entry
/// of `T − μI`); applied to T it creates a "bulge" at (lo+2, lo); each later rotation pushes
/// the bulge one row down until it falls off the end. By the implicit Q theorem the result is
/// the explicit shifted QR step, without ever forming `T − μI`. O(hi − lo) flops.
fn implicit_qr_step(d: &mut [f64], e: &mut [f64], lo: usize, hi: usize, cs: &mut Vec<(f64, f64)>) {
    cs.clear();
    let mu = wilkinson_shift(d[hi - 1], e[hi - 1], d[hi]);
    let mut x = d[lo] - mu;
    let mut z = e[lo];
    for k in lo..hi {
        let (c, s, r) = rotation(x, z);
        if k > lo {
            e[k - 1] = r; // the bulge is gone from row k−1
        }
        // G·[[a, b], [b, dd]]·Gᵀ on rows/columns k, k+1.
        let (a, b, dd) = (d[k], e[k], d[k + 1]);
        d[k] = c * c * a + 2.0 * c * s * b + s * s * dd;
        d[k + 1] = s * s * a - 2.0 * c * s * b + c * c * dd;
        e[k] = c * s * (dd - a) + (c * c - s * s) * b;
        if k + 1 < hi {
            // The rotation of columns k, k+1 moves e[k+1] into the bulge at (k+2, k).
            z = s * e[k + 1];
            e[k + 1] *= c;
            x = e[k];
        }
        cs.push((c, s));
    }
}

/// Columns per chunk in [`rotate_rows`]: 32 values are four 512-bit vector registers (eight
/// 256-bit ones), enough independent chains to hide the latency of a rotation (a multiply
/// and an add, 6–8 cycles, before the carried row is ready for the next one).
const CHUNK: usize = 32;

/// The narrower chunk for the `n mod CHUNK` columns left over (one 512-bit register).
const SMALL_CHUNK: usize = 8;

/// Applies the rotations `cs` of one QR step, in order, to rows `lo, lo+1, …` of
/// `zt` (n × n, row-major; row k is eigenvector k): rows (k, k+1) ←
/// (c·row_k + s·row_{k+1}, −s·row_k + c·row_{k+1}), 6n flops per rotation.
///
/// Row k+1 after rotation k is the input of rotation k+1, so instead of reading and writing
/// both rows once per rotation, go through the columns in chunks of [`CHUNK`] and carry that
/// row in registers down the whole sequence: each entry is loaded and stored once per
/// rotation instead of twice (the flops are the same; the memory traffic halves). The
/// chunk is wide because each rotation must wait for the previous one's result: one
/// register's worth of columns would leave the arithmetic units idle most of the time.
fn rotate_rows(zt: &mut [f64], n: usize, lo: usize, cs: &[(f64, f64)]) {
    let full = n - n % CHUNK;
    for j in (0..full).step_by(CHUNK) {
        rotate_chunk::<CHUNK>(zt, n, lo, j, cs);
    }
    let mid = n - n % SMALL_CHUNK;
    for j in (full..mid).step_by(SMALL_CHUNK) {
        rotate_chunk::<SMALL_CHUNK>(zt, n, lo, j, cs);
    }
    for j in mid..n {
        rotate_chunk::<1>(zt, n, lo, j, cs);
    }
}

/// [`rotate_rows`] on columns `j..j + W` (a fixed width, so the compiler keeps the carried
/// row in vector registers).
fn rotate_chunk<const W: usize>(zt: &mut [f64], n: usize, lo: usize, j: usize, cs: &[(f64, f64)]) {
    let hi = lo + cs.len();
    let mut x: [f64; W] = zt[lo * n + j..lo * n + j + W]
        .try_into()
        .expect("W entries");
    for (k, &(c, s)) in (lo..hi).zip(cs) {
        let y: [f64; W] = zt[(k + 1) * n + j..(k + 1) * n + j + W]
            .try_into()
            .expect("W entries");
        let out = &mut zt[k * n + j..k * n + j + W];
        for l in 0..W {
            out[l] = c * x[l] + s * y[l];
            x[l] = c * y[l] - s * x[l];
        }
    }
    zt[hi * n + j..hi * n + j + W].copy_from_slice(&x);
}
// END SOLUTION-ONLY

/// The eigenvalues (descending) and orthonormal eigenvectors of a symmetric matrix.
///
/// 1. **Tridiagonalise**: `A = Q·T·Qᵀ` ([`crate::hessenberg::tridiagonalize`]), O(n³) once.
/// 2. **Implicit QR with Wilkinson's shift** on T, O(n) per step plus O(n) per step to
///    update the eigenvectors (kept as the rows of `Vᵀ = Qᵀ`, starting from `Qᵀ`):
///    - set every negligible off-diagonal entry to 0, where negligible is
///      `|e_k| ≤ ε·(|d_k| + |d_{k+1}|)`;
///    - find the bottom-most unreduced block `lo..=hi` (nonzero off-diagonals); if there is
///      none, T is diagonal: done;
///    - one implicit QR step on that block with the Wilkinson shift of its trailing 2×2
///      block, chasing the bulge with Givens rotations ([`crate::givens::givens`]).
///
///    Convergence is quadratic in general and cubic for almost every matrix; expect
///    about two steps per eigenvalue. The budget is [`MAX_STEPS_PER_EIGENVALUE`]`·n` steps.
/// 3. **Sort** the eigenvalues into descending order, permuting the eigenvectors with them.
///
/// `iterations` reports the number of implicit QR steps. The 0×0 matrix gives empty results
/// and 0 iterations; a 1×1 matrix `[a]` gives `a` and `[[1]]`.
///
/// The result is backward stable: `‖A − VΛVᵀ‖ ≈ n·ε·‖A‖` and `‖I − VᵀV‖ ≈ n·ε`, and each
/// computed eigenvalue is within about `n·ε·‖A‖₂` of an exact one (Weyl's theorem). Total cost
/// ≈ 9n³ flops with eigenvectors.
///
/// The input is scaled by a power of two (exact) so that its largest entry is near 1, which
/// keeps squares from overflowing; the eigenvalues are scaled back.
///
/// # Errors
/// [`LinalgError::NotSquare`]; [`LinalgError::NonFinite`] for NaN/∞ entries (checked first,
/// so NaN cannot make the loop spin); [`LinalgError::InvalidArgument`] if A is not symmetric
/// ([`crate::checks::check_symmetric`]); [`LinalgError::NoConvergence`] if the step budget
/// runs out (it should not happen on finite input).
///
/// # Numerical pitfall
/// The deflation test is what makes or breaks the method: too strict (`e == 0.0`) and it never
/// stops; too loose (`|e| < 1e-8`) and small eigenvalues are wrong. `ε·(|d_k| + |d_{k+1}|)`
/// is the size of the rounding errors already made in those entries.
///
/// # Example
/// ```
/// use week1_vectors::matrix;
/// use week5_svd_eigen::symmetric_eigen;
/// let a = matrix![[2.0, 1.0], [1.0, 2.0]];
/// let e = symmetric_eigen(&a).unwrap();
/// assert!((e.values[0] - 3.0).abs() < 1e-15 && (e.values[1] - 1.0).abs() < 1e-15);
/// // The eigenvector of 3 is ±(1, 1)/√2.
/// assert!((e.vectors[(0, 0)].abs() - 0.5f64.sqrt()).abs() < 1e-15);
/// ```
pub fn symmetric_eigen(a: &Matrix) -> Result<SymmetricEigen> {
    // BEGIN SOLUTION
    let op = "symmetric_eigen";
    check_square(op, a)?;
    check_finite(op, a)?;
    check_symmetric(op, a)?;
    let n = a.rows();
    let scale = power_of_two_scale(a);
    // T and zt = Qᵀ (row k is column k of Q): rotations then act on contiguous rows.
    let (mut d, mut e, qt) = tridiagonal_qt(symmetric_part(&a.map(|x| x * scale)));
    let mut zt = qt.into_vec();

    let max_steps = MAX_STEPS_PER_EIGENVALUE * n;
    let mut steps = 0;
    let mut cs = Vec::with_capacity(n);
    let mut hi = n.saturating_sub(1);
    while hi > 0 {
        // Deflate: zero the negligible off-diagonal entries of the active part.
        for k in 0..hi {
            if negligible(e[k], d[k], d[k + 1]) {
                e[k] = 0.0;
            }
        }
        // Shrink the active part past the converged eigenvalues at the bottom.
        while hi > 0 && e[hi - 1] == 0.0 {
            hi -= 1;
        }
        if hi == 0 {
            break;
        }
        // The unreduced block lo..=hi ending at hi.
        let mut lo = hi - 1;
        while lo > 0 && e[lo - 1] != 0.0 {
            lo -= 1;
        }
        if steps == max_steps {
            return Err(LinalgError::NoConvergence {
                op,
                iterations: steps,
            });
        }
        implicit_qr_step(&mut d, &mut e, lo, hi, &mut cs);
        rotate_rows(&mut zt, n, lo, &cs);
        steps += 1;
    }

    // Sort descending; column k of V is row order[k] of zt.
    let mut order: Vec<usize> = (0..n).collect();
    order.sort_by(|&i, &j| d[j].total_cmp(&d[i]));
    let values = Vector::from_fn(n, |k| d[order[k]] / scale);
    let vectors = Matrix::from_fn(n, n, |i, k| zt[order[k] * n + i]);
    Ok(SymmetricEigen {
        values,
        vectors,
        iterations: steps,
    })
    // END SOLUTION
}
