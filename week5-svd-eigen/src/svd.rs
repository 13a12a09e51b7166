//! The singular value decomposition `A = U·Σ·Vᵀ` by one-sided Jacobi, and the way **not** to
//! compute it: through `AᵀA`.

use crate::checks::check_finite;
use week1_vectors::{LinalgError, Matrix, Result, Vector};

/// The thin SVD of an `m × n` matrix: `A = U·diag(σ)·Vᵀ` with `k = min(m, n)`.
#[derive(Debug, Clone, PartialEq)]
pub struct Svd {
    /// `m × k`, orthonormal columns (the left singular vectors).
    pub u: Matrix,
    /// The `k` singular values, **descending** and ≥ 0.
    pub sigma: Vector,
    /// `k × n`, orthonormal rows (the right singular vectors, transposed).
    pub vt: Matrix,
    /// Jacobi sweeps used ([`svd`]); QR steps of the eigensolver
    /// ([`svd_via_normal_equations`]).
    pub sweeps: usize,
}

/// The sweep budget of [`svd`]; 6–12 sweeps are typical.
pub const MAX_SWEEPS: usize = 60;

/// Singular values below `TINY_SIGMA · max |aᵢⱼ|` are set to exactly 0 (their columns of U are
/// then completed to an orthonormal set). This is far below rounding level (ε·‖A‖ ≈ 1e-16‖A‖),
/// and keeps the Jacobi arithmetic away from underflow.
pub const TINY_SIGMA: f64 = 1e-150;

/// The thin SVD by the one-sided Jacobi method (Hestenes, 1958).
///
/// For `m ≥ n`: orthogonalise the **columns** of A by plane rotations from the right,
/// `A·J₁·J₂⋯ = A·V = W`, until every pair of columns is orthogonal. Then `W = UΣ`:
/// `σⱼ = ‖wⱼ‖₂` and `uⱼ = wⱼ/σⱼ`.
///
/// A sweep visits every pair `p < q`:
///
/// ```text
/// α = ‖w_p‖²,  β = ‖w_q‖²,  γ = w_pᵀw_q              (the 2×2 Gram matrix of the pair)
/// if |γ| ≤ ε·√(αβ): skip (orthogonal to working precision)
/// ζ = (β − α)/(2γ);  t = sign(ζ)/(|ζ| + √(1 + ζ²));  c = 1/√(1 + t²);  s = c·t
/// (w_p, w_q) ← (c·w_p − s·w_q,  s·w_p + c·w_q);   same for columns p, q of V (from V = I)
/// ```
///
/// — the two-sided Jacobi rotation ([`crate::jacobi::jacobi_eigen`]) of `AᵀA`, without ever
/// forming `AᵀA`. Stop after a sweep with no rotation; `sweeps` counts the sweeps, that last
/// one included, the budget is [`MAX_SWEEPS`]. Then sort by descending σ, permuting the
/// columns of U and rows of Vᵀ.
///
/// - **Wide input** (`m < n`): compute the SVD of `Aᵀ` and transpose it back
///   (`A = (U'Σ V'ᵀ)ᵀ = V'·Σ·U'ᵀ`).
/// - **Zero singular values** (below [`TINY_SIGMA`]`·max|aᵢⱼ|`): σ = 0, and the column of U
///   is completed to an orthonormal set (orthogonalise e₀, e₁, … against the others), so
///   `UᵀU = I` holds for rank-deficient input too.
/// - **Empty input** (m = 0 or n = 0): k = 0, `u` is m × 0, `vt` is 0 × n, `sweeps` 0.
///
/// **Speed.** The method above passes every test; the reference adds four things that change
/// its constant, not its results (`cargo xtask bench 5 --mine` shows what they are worth):
///
/// 1. *QR preconditioning* (Drmač & Veselić, "New fast and accurate Jacobi SVD algorithm I",
///    SIAM J. Matrix Anal. Appl. 29(4), 2008): `A·P = Q·R` by Householder QR with column
///    pivoting, one-sided Jacobi on the n × n matrix `Rᵀ = Uₓ·Σ·Vₓᵀ`, then `U = Q·Vₓ` and
///    `V = P·Uₓ` (since `A·P = Q·Vₓ·Σ·Uₓᵀ`). Jacobi works on n × n instead of m × n.
/// 2. *de Rijk's pivoting* (1989): at position p of a sweep, swap the longest remaining column
///    into place, so each sweep meets the columns in order of decreasing norm.
/// 3. *Updated norms*: after a rotation `α' = α − tγ` and `β' = β + tγ` (exact in exact
///    arithmetic; recomputed when one halves, and at each sweep's start), so a pair costs one
///    dot product, not three. The skip test uses LAPACK `dgesvj`'s tolerance `√m·ε`.
/// 4. *Scaled rotations*: column j is kept as `d_j·x_j`; the rotation becomes
///    `x_p ← x_p − t(d_q/d_p)·x_q`, `x_q ← x_q + t(d_p/d_q)·x_p`, `d ← c·d`: 4 flops an entry
///    instead of 6. The scales are folded in after every sweep, so they cannot underflow.
///
/// Cost of the plain method: about 6mn² + 3n³ flops per sweep while most pairs still rotate,
/// less as they become orthogonal; with 1–4, 4(m + n)·n² per rotating sweep after the QR
/// step's 2mn² − 2n³/3 (and 2mn² − 2n³/3 more to apply Q). Accuracy:
/// `‖A − UΣVᵀ‖ ≈ ε·‖A‖`; and for `A = BD` with D diagonal, every singular value has relative
/// error about `ε·κ(B)` *whatever the column scaling D* (Demmel–Veselić, 1992), so tiny singular
/// values that come from badly scaled columns are still computed accurately.
///
/// # Errors
/// [`LinalgError::NonFinite`] for NaN/∞; [`LinalgError::NoConvergence`] after [`MAX_SWEEPS`].
///
/// # Numerical pitfall
/// Do not form `AᵀA` ([`svd_via_normal_equations`] shows why). And sort at the end: Jacobi
/// leaves the singular values in whatever order the rotations produced.
///
/// # Example
/// ```
/// use week1_vectors::matrix;
/// use week5_svd_eigen::svd;
/// let a = matrix![[3.0, 0.0], [4.0, 5.0]]; // singular values √45 and √5
/// let s = svd(&a).unwrap();
/// assert!((s.sigma[0] - 45f64.sqrt()).abs() < 1e-14);
/// assert!((s.sigma[1] - 5f64.sqrt()).abs() < 1e-14);
/// assert_eq!((s.u.shape(), s.vt.shape()), ((2, 2), (2, 2)));
/// ```
pub fn svd(a: &Matrix) -> Result<Svd> {
    todo!("svd")
}

/// The SVD through the eigendecomposition of `AᵀA` — the lesson's counter-example.
///
/// `AᵀA = V·Σ²·Vᵀ`, so: `symmetric_eigen(AᵀA)` gives `V` and `λⱼ = σⱼ²`; take
/// `σⱼ = √max(λⱼ, 0)` and `uⱼ = A·vⱼ/σⱼ` (for σⱼ = 0, complete U as [`svd`] does).
/// Wide input goes through `Aᵀ` as in [`svd`]. `sweeps` reports the eigensolver's steps.
///
/// Mathematically exact; numerically it **squares the condition number**. Forming `AᵀA`
/// commits an error of `ε·‖A‖²` in every entry, so each `λⱼ = σⱼ²` carries an absolute error
/// of about `ε·σ₁²`, and `σⱼ = √λⱼ` an error of about `ε·σ₁²/σⱼ`: singular values below
/// `√ε·σ₁ ≈ 1.5e-8·σ₁` are lost entirely (the Läuchli matrix with δ = 1e-8 has `fl(AᵀA)`
/// exactly singular). The columns of U for small σⱼ are not orthogonal either.
///
/// Use [`svd`]; this exists to be compared with it.
///
/// # Errors
/// As [`svd`]; those of [`crate::symmetric::symmetric_eigen`].
///
/// # Example
/// ```
/// use week1_vectors::gallery::lauchli;
/// use week5_svd_eigen::{svd, svd_via_normal_equations};
/// let a = lauchli(2, 1e-8); // σ = √(2 + δ²), δ
/// assert!((svd(&a).unwrap().sigma[1] - 1e-8).abs() < 1e-22);
/// assert!(svd_via_normal_equations(&a).unwrap().sigma[1] < 1e-9); // δ is gone
/// ```
pub fn svd_via_normal_equations(a: &Matrix) -> Result<Svd> {
    todo!("svd_via_normal_equations")
}
