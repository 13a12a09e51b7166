//! The classic test matrices (Higham's gallery) and seeded random matrices (given code).
//!
//! Tests and example programs of every week draw on these. Each generator is written directly
//! from its definition, using no exercise of any week, so a bug in your code can never change a
//! test's input.

use crate::{Matrix, Vector};
use rand::rngs::StdRng;
use rand::{RngExt, SeedableRng};
use rand_distr::{Distribution, StandardNormal};

/// The Hilbert matrix `H[i][j] = 1 / (i + j + 1)` (0-based).
///
/// Symmetric positive definite and famously ill-conditioned: κ₂(H₈) ≈ 1.5e10, κ₂(H₁₂) ≈ 1.7e16.
/// Its inverse has integer entries.
///
/// ```
/// # use week1_vectors::gallery::hilbert;
/// assert_eq!(hilbert(2)[(1, 1)], 1.0 / 3.0);
/// ```
pub fn hilbert(n: usize) -> Matrix {
    Matrix::from_fn(n, n, |i, j| 1.0 / (i + j + 1) as f64)
}

/// The exact inverse of the `n × n` Hilbert matrix (integers, exact in `f64` for n ≤ 12):
/// `(H⁻¹)ᵢⱼ = (−1)^(i+j) (i+j+1) C(n+i, n−j−1) C(n+j, n−i−1) C(i+j, i)²` (0-based).
pub fn hilbert_inverse(n: usize) -> Matrix {
    Matrix::from_fn(n, n, |i, j| {
        let sign = if (i + j) % 2 == 0 { 1.0 } else { -1.0 };
        let c = binomial(i + j, i);
        sign * (i + j + 1) as f64 * binomial(n + i, n - j - 1) * binomial(n + j, n - i - 1) * c * c
    })
}

/// The binomial coefficient C(n, k) as `f64` (exact while it is below 2⁵³).
pub fn binomial(n: usize, k: usize) -> f64 {
    if k > n {
        return 0.0;
    }
    let k = k.min(n - k);
    let mut c = 1.0;
    for i in 0..k {
        c = c * (n - i) as f64 / (i + 1) as f64;
    }
    c.round()
}

/// The symmetric Pascal matrix `P[i][j] = C(i + j, i)`: det P = 1, P = LLᵀ with L the lower
/// triangular Pascal matrix, integer inverse.
pub fn pascal(n: usize) -> Matrix {
    Matrix::from_fn(n, n, |i, j| binomial(i + j, i))
}

/// The lower-triangular Pascal matrix `L[i][j] = C(i, j)`, the Cholesky factor of [`pascal`].
pub fn pascal_lower(n: usize) -> Matrix {
    Matrix::from_fn(n, n, binomial)
}

/// The tridiagonal Toeplitz matrix with `sub` below, `diag` on and `sup` above the diagonal.
///
/// `tridiag(n, -1.0, 2.0, -1.0)` (the 1-D Laplacian) has eigenvalues
/// `4 sin²(kπ / (2(n+1)))`, k = 1..n.
pub fn tridiag(n: usize, sub: f64, diag: f64, sup: f64) -> Matrix {
    Matrix::from_fn(n, n, |i, j| {
        if i == j {
            diag
        } else if i == j + 1 {
            sub
        } else if j == i + 1 {
            sup
        } else {
            0.0
        }
    })
}

/// Wilkinson's `W⁺ₙ` (n odd, classically n = 21): diagonal `|(n−1)/2 − i|`, ones beside it.
/// Its largest eigenvalues come in pairs that agree to many digits
/// (for n = 21: 10.746194182903393 and 10.746194182903322).
pub fn wilkinson_plus(n: usize) -> Matrix {
    let m = (n as f64 - 1.0) / 2.0;
    Matrix::from_fn(n, n, |i, j| {
        if i == j {
            (m - i as f64).abs()
        } else if i.abs_diff(j) == 1 {
            1.0
        } else {
            0.0
        }
    })
}

/// Rosser's 8×8 symmetric test matrix. Eigenvalues: −10√10405, 0, 510 − 100√26, 1000, 1000,
/// 510 + 100√26, 1020, 10√10405 — a double one, a zero one, close pairs.
pub fn rosser() -> Matrix {
    Matrix::from_rows(&[
        [611., 196., -192., 407., -8., -52., -49., 29.],
        [196., 899., 113., -192., -71., -43., -8., -44.],
        [-192., 113., 899., 196., 61., 49., 8., 52.],
        [407., -192., 196., 611., 8., 44., 59., -23.],
        [-8., -71., 61., 8., 411., -599., 208., 208.],
        [-52., -43., 49., 44., -599., 411., 208., 208.],
        [-49., -8., 8., 59., 208., 208., 99., -911.],
        [29., -44., 52., -23., 208., 208., -911., 99.],
    ])
    .expect("rosser: 8 rows of 8")
}

/// The Frank matrix: upper Hessenberg, `F[i][j] = n − max(i, j)` for j ≥ i − 1, else 0.
/// det F = 1; its eigenvalues are real, positive and come in reciprocal pairs (λ, 1/λ), the
/// small ones ill-conditioned.
pub fn frank(n: usize) -> Matrix {
    Matrix::from_fn(n, n, |i, j| {
        if j + 1 >= i {
            (n - i.max(j)) as f64
        } else {
            0.0
        }
    })
}

/// The Clement matrix: zero diagonal, `√(k(n−k))` on both off-diagonals (k = 1..n−1).
/// Symmetric, eigenvalues ±(n−1), ±(n−3), …, (0 for odd n).
pub fn clement(n: usize) -> Matrix {
    Matrix::from_fn(n, n, |i, j| {
        if i.abs_diff(j) == 1 {
            let k = i.min(j) + 1;
            ((k * (n - k)) as f64).sqrt()
        } else {
            0.0
        }
    })
}

/// The Kahan matrix: upper triangular with `K[i][i] = sⁱ`, `K[i][j] = −c·sⁱ` for j > i, where
/// `s = sin θ`, `c = cos θ`. Badly conditioned, yet QR with column pivoting does not reveal it.
pub fn kahan(n: usize, theta: f64) -> Matrix {
    let (s, c) = theta.sin_cos();
    Matrix::from_fn(n, n, |i, j| {
        let si = s.powi(i as i32);
        if i == j {
            si
        } else if j > i {
            -c * si
        } else {
            0.0
        }
    })
}

/// The matrix on which Gaussian elimination with partial pivoting has growth factor 2ⁿ⁻¹:
/// 1 on the diagonal, −1 below it, 1 in the last column.
pub fn wilkinson_growth(n: usize) -> Matrix {
    Matrix::from_fn(n, n, |i, j| {
        if j + 1 == n || i == j {
            1.0
        } else if i > j {
            -1.0
        } else {
            0.0
        }
    })
}

/// The Läuchli matrix: `(n+1) × n`, a row of ones over `δ·I`. For δ ≈ 1e-8, `fl(AᵀA)` is
/// exactly the singular all-ones matrix (1 + δ² rounds to 1), although A has full rank.
pub fn lauchli(n: usize, delta: f64) -> Matrix {
    Matrix::from_fn(n + 1, n, |i, j| {
        if i == 0 {
            1.0
        } else if i == j + 1 {
            delta
        } else {
            0.0
        }
    })
}

/// The `m × n` Vandermonde matrix `V[i][j] = tᵢʲ` of the points `t`.
pub fn vandermonde(t: &[f64], n: usize) -> Matrix {
    Matrix::from_fn(t.len(), n, |i, j| t[i].powi(j as i32))
}

/// The permutation matrix with `P[i][perm[i]] = 1`, so that `(P·A)` row `i` is row `perm[i]` of A.
///
/// # Panics
/// If `perm` is not a permutation of `0..perm.len()`.
pub fn permutation(perm: &[usize]) -> Matrix {
    let n = perm.len();
    let mut seen = vec![false; n];
    for &p in perm {
        assert!(
            p < n && !seen[p],
            "permutation: {perm:?} is not a permutation of 0..{n}"
        );
        seen[p] = true;
    }
    Matrix::from_fn(n, n, |i, j| if perm[i] == j { 1.0 } else { 0.0 })
}

/// A seeded random number generator: the same seed gives the same numbers on every machine.
pub fn rng(seed: u64) -> StdRng {
    StdRng::seed_from_u64(seed)
}

/// An `m × n` matrix of independent standard normal entries, from `seed`.
pub fn random_matrix(m: usize, n: usize, seed: u64) -> Matrix {
    let mut r = rng(seed);
    Matrix::from_fn(m, n, |_, _| StandardNormal.sample(&mut r))
}

/// An `m × n` matrix of entries uniform in `[lo, hi)`, from `seed`.
pub fn random_uniform(m: usize, n: usize, lo: f64, hi: f64, seed: u64) -> Matrix {
    let mut r = rng(seed);
    Matrix::from_fn(m, n, |_, _| r.random_range(lo..hi))
}

/// A vector of `n` independent standard normal entries, from `seed`.
pub fn random_vector(n: usize, seed: u64) -> Vector {
    let mut r = rng(seed);
    Vector::from_fn(n, |_| StandardNormal.sample(&mut r))
}

/// A random `n × n` orthogonal matrix: the product of `n` Householder reflectors
/// `I − 2vvᵀ/(vᵀv)` with random normal `v` (given code; no QR needed).
pub fn random_orthogonal(n: usize, seed: u64) -> Matrix {
    let mut q = Matrix::identity(n);
    let mut r = rng(seed);
    for _ in 0..n {
        let v: Vec<f64> = (0..n).map(|_| StandardNormal.sample(&mut r)).collect();
        let vv: f64 = v.iter().map(|x| x * x).sum();
        if vv == 0.0 {
            continue;
        }
        // q ← q (I − 2vvᵀ/vᵀv): each row x of q becomes x − 2 (x·v / vᵀv) v.
        for i in 0..n {
            let row = q.row_mut(i);
            let dot: f64 = row.iter().zip(&v).map(|(a, b)| a * b).sum();
            let f = 2.0 * dot / vv;
            for (x, vk) in row.iter_mut().zip(&v) {
                *x -= f * vk;
            }
        }
    }
    q
}

/// An `m × n` matrix `U·diag(σ)·Vᵀ` with random orthogonal U, V and the given singular values
/// (`sigma.len()` must be ≤ min(m, n); missing ones are 0).
///
/// # Panics
/// If `sigma` has more than min(m, n) values.
pub fn with_singular_values(m: usize, n: usize, sigma: &[f64], seed: u64) -> Matrix {
    assert!(
        sigma.len() <= m.min(n),
        "with_singular_values: {} values for a {m}×{n} matrix",
        sigma.len()
    );
    let u = random_orthogonal(m, seed);
    let v = random_orthogonal(n, seed.wrapping_add(0x9e37_79b9));
    Matrix::from_fn(m, n, |i, j| {
        sigma
            .iter()
            .enumerate()
            .map(|(k, s)| u[(i, k)] * s * v[(j, k)])
            .sum()
    })
}

/// A symmetric `n × n` matrix `Q·diag(d)·Qᵀ` (`n = d.len()`) with random orthogonal Q
/// ([`random_orthogonal`]): its eigenvalues are the entries of `d` and its eigenvectors the
/// columns of Q, both up to rounding (the entries carry errors of order `n·ε·max |dₖ|`).
///
/// Entry `(i, j)` is `Σₖ qᵢₖ·dₖ·qⱼₖ`, and the result is the mean of that and its transpose,
/// so it is exactly symmetric (the symmetric solvers may demand it). O(n³).
///
/// ```
/// use week1_vectors::gallery::with_eigenvalues;
/// let a = with_eigenvalues(&[3.0, -1.0, 0.5], 7);
/// assert_eq!(a[(0, 2)], a[(2, 0)]);
/// let trace = a[(0, 0)] + a[(1, 1)] + a[(2, 2)];
/// assert!((trace - 2.5).abs() < 1e-14);
/// ```
pub fn with_eigenvalues(d: &[f64], seed: u64) -> Matrix {
    let n = d.len();
    let q = random_orthogonal(n, seed);
    let a = Matrix::from_fn(n, n, |i, j| {
        (0..n).map(|k| q[(i, k)] * d[k] * q[(j, k)]).sum::<f64>()
    });
    Matrix::from_fn(n, n, |i, j| 0.5 * (a[(i, j)] + a[(j, i)]))
}

/// A random `n × n` matrix with 2-norm condition number `kappa`: singular values spaced
/// geometrically from 1 down to `1 / kappa`.
pub fn random_with_condition(n: usize, kappa: f64, seed: u64) -> Matrix {
    let sigma: Vec<f64> = (0..n)
        .map(|k| {
            if n == 1 {
                1.0
            } else {
                kappa.powf(-(k as f64) / (n - 1) as f64)
            }
        })
        .collect();
    with_singular_values(n, n, &sigma, seed)
}

/// A random symmetric positive definite matrix `GᵀG + n·I` (well conditioned).
pub fn random_spd(n: usize, seed: u64) -> Matrix {
    let g = random_matrix(n, n, seed);
    Matrix::from_fn(n, n, |i, j| {
        let s: f64 = (0..n).map(|k| g[(k, i)] * g[(k, j)]).sum();
        if i == j { s + n as f64 } else { s }
    })
}

/// A random symmetric matrix (entries standard normal, mirrored).
pub fn random_symmetric(n: usize, seed: u64) -> Matrix {
    let g = random_matrix(n, n, seed);
    Matrix::from_fn(n, n, |i, j| if i <= j { g[(i, j)] } else { g[(j, i)] })
}

/// A random `m × n` matrix of rank exactly `r` (≤ min(m, n)): the product of random `m × r` and
/// `r × n` factors.
pub fn random_rank_deficient(m: usize, n: usize, r: usize, seed: u64) -> Matrix {
    let a = random_matrix(m, r, seed);
    let b = random_matrix(r, n, seed.wrapping_add(1));
    Matrix::from_fn(m, n, |i, j| (0..r).map(|k| a[(i, k)] * b[(k, j)]).sum())
}

/// The `n × n` matrix of the integers `1, 2, …, n²` row by row, `A[i][j] = n·i + j + 1`
/// (`[[1, 2, 3], [4, 5, 6], [7, 8, 9]]` for n = 3): every row is the one above plus `n`, so
/// the rank is 2 (for n ≥ 2) and `A` is *exactly* singular for n ≥ 3.
///
/// In floating point, elimination with partial pivoting on it (n = 3) leaves a last pivot of
/// rounding size (about 1e-16), not an exact 0: the classic test of a solver's singularity rule.
///
/// ```
/// # use week1_vectors::gallery::consecutive_integers;
/// assert_eq!(consecutive_integers(3)[(2, 0)], 7.0);
/// ```
pub fn consecutive_integers(n: usize) -> Matrix {
    Matrix::from_fn(n, n, |i, j| (n * i + j + 1) as f64)
}

/// A random symmetric *indefinite* matrix `Q·diag(λ)·Qᵀ` with `Q` from [`random_orthogonal`]
/// and eigenvalues `λ = (1, 2, …, n−1, −1)` — `n − 1` positive ones and one negative — so it
/// is nonsingular, well conditioned (κ₂ = n − 1, at least 1) and not positive definite for
/// n ≥ 1; mirrored so it is exactly symmetric. Cholesky must report `NotPositiveDefinite` on it.
///
/// ```
/// # use week1_vectors::gallery::symmetric_indefinite;
/// let a = symmetric_indefinite(4, 1);
/// assert_eq!(a[(0, 3)], a[(3, 0)]);
/// ```
pub fn symmetric_indefinite(n: usize, seed: u64) -> Matrix {
    let q = random_orthogonal(n, seed);
    let lambda = |k: usize| if k + 1 == n { -1.0 } else { (k + 1) as f64 };
    let full = Matrix::from_fn(n, n, |i, j| {
        (0..n).map(|k| q[(i, k)] * lambda(k) * q[(j, k)]).sum()
    });
    Matrix::from_fn(
        n,
        n,
        |i, j| if i <= j { full[(i, j)] } else { full[(j, i)] },
    )
}

/// `s · A` entrywise, for scaled extremes (`s = 1e300`, `1e-300`): the condition number is
/// unchanged and the determinant is multiplied by `sⁿ`, usually far beyond `f64`'s range.
pub fn scaled(a: &Matrix, s: f64) -> Matrix {
    a.map(|x| s * x)
}
