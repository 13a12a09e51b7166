//! Exercise: summation — naive, compensated (Kahan, Neumaier) and pairwise.
//!
//! Adding `n` floating-point numbers one after another can lose everything: each addition
//! rounds to the 53 bits of the running sum, so a small term added to a large sum is rounded
//! away. `[1e16, 1, −1e16]` sums to 0 instead of 1. Compensated summation keeps the rounding
//! error of every addition in a second variable and feeds it back.
//!
//! Error bounds (Higham, *Accuracy and Stability*, ch. 4), for `S = Σ xᵢ`:
//!
//! | method    | error bound                                 | cost           |
//! |-----------|---------------------------------------------|----------------|
//! | naive     | `(n − 1)·u·Σ\|xᵢ\|` (to first order)          | `n` additions  |
//! | pairwise  | `(⌈log₂(n/8)⌉ + 7)·u·Σ\|xᵢ\|` for n > 8 (first order) | `n` additions  |
//! | Kahan     | `(2u + O(nu²))·Σ\|xᵢ\|`                       | `4n` additions |
//! | Neumaier  | `2u·\|S\| + O(nu²)·Σ\|xᵢ\|`                     | `4n` additions and a comparison |
//!
//! Here `u = ε/2 = 2⁻⁵³ ≈ 1.1e-16` is the unit roundoff (the largest relative error of one
//! rounding). Note `Σ|xᵢ|` against `|S|`: when the sum cancels (`|S| ≪ Σ|xᵢ|`), only
//! Neumaier's bound stays relative to the answer.

/// The naive sum: `s ← 0; for each xᵢ: s ← s + xᵢ`, strictly left to right.
///
/// Empty input gives 0. NaN anywhere gives NaN; `[∞, −∞]` gives NaN. Cost: `n` additions.
///
/// # Example
/// ```
/// use week1_vectors::summation::sum_naive;
/// assert_eq!(sum_naive(&[1.0, 2.0, 3.0]), 6.0);
/// assert_eq!(sum_naive(&[1e16, 1.0, -1e16]), 0.0); // the 1 is lost
/// assert_eq!(sum_naive(&[0.1; 10]), 0.9999999999999999);
/// ```
///
/// # Pitfall
/// `1e16 + 1` is `1e16`: the spacing of doubles near 1e16 is 2, and the tie rounds to even. The
/// 1 vanishes, and `− 1e16` then gives 0. In general the error grows like `n·u·Σ|xᵢ|`.
pub fn sum_naive(x: &[f64]) -> f64 {
    todo!("sum_naive")
}

/// Kahan's compensated sum. Keep a correction `c` (the negative of what was lost so far):
///
/// ```text
/// s ← 0; c ← 0
/// for each xᵢ:
///     y ← xᵢ − c          // the term, corrected by what the last addition lost
///     t ← s + y           // rounds: the low bits of y are lost …
///     c ← (t − s) − y     // … and recovered here, exactly when |s| ≥ |y|
///     s ← t
/// ```
///
/// If `t` is not finite (an ∞ term or an overflow), set `c ← 0`: `(t − s) − y` would be
/// `∞ − ∞ = NaN` and poison the sum although the right answer is ∞.
///
/// Empty input gives 0; NaN gives NaN. Cost: 4 additions a term.
///
/// # Example
/// ```
/// use week1_vectors::summation::sum_kahan;
/// assert_eq!(sum_kahan(&[0.1; 10]), 1.0);
/// assert_eq!(sum_kahan(&[1e16, 1.0, -1e16]), 0.0); // Kahan fails here, see below
/// ```
///
/// # Pitfall
/// `(t − s) − y` recovers the rounding error of `s + y` only when `|s| ≥ |y|`. On
/// `[1e16, 1, −1e16]`: after two terms `s = 1e16`, `c = −1` (the lost 1 is remembered); then
/// `y = −1e16 − (−1) = −1e16 + 1`, which rounds back to `−1e16` — the correction is absorbed by
/// the huge term *before* it is used — and `t = 0`, `c = 0`. Result 0. Compilers that "optimise"
/// `(t − s) − y` to 0 (fast-math) break it completely; Rust does not.
pub fn sum_kahan(x: &[f64]) -> f64 {
    todo!("sum_kahan")
}

/// Neumaier's improved Kahan–Babuška sum: the correction is accumulated separately and
/// computed from whichever operand is larger, so large terms cannot swallow it.
///
/// ```text
/// s ← 0; c ← 0
/// for each xᵢ:
///     t ← s + xᵢ
///     if |s| ≥ |xᵢ|:  c ← c + ((s − t) + xᵢ)   // low bits of xᵢ were lost
///     else:           c ← c + ((xᵢ − t) + s)   // low bits of s were lost
///     s ← t
/// return s + c
/// ```
///
/// `(s − t) + xᵢ` is *exactly* the rounding error of `s + xᵢ` when `|s| ≥ |xᵢ|` (Dekker's
/// Fast2Sum). As in [`sum_kahan`], skip the correction when `t` is not finite; and return `s`
/// alone when `s` is not finite.
///
/// Empty input gives 0; NaN gives NaN; `[∞, 1]` gives ∞. Cost: 4 additions and a comparison a
/// term.
///
/// # Example
/// ```
/// use week1_vectors::summation::sum_neumaier;
/// assert_eq!(sum_neumaier(&[1e16, 1.0, -1e16]), 1.0);
/// assert_eq!(sum_neumaier(&[1.0, 1e100, 1.0, -1e100]), 2.0);
/// ```
///
/// # Pitfall
/// Add the correction once, at the end. Folding it into the next term (as Kahan does) is
/// exactly what lets a large next term swallow it.
pub fn sum_neumaier(x: &[f64]) -> f64 {
    todo!("sum_neumaier")
}

/// Pairwise (cascade) summation: split the input in two halves, sum each half recursively,
/// add the two results. A block of at most 8 terms is added left to right.
///
/// Every term goes through at most 7 additions inside its block and then one per level of the
/// tree, `⌈log₂(n/8)⌉` levels, instead of up to `n − 1` additions: the error bound drops from
/// `(n − 1)·u·Σ|xᵢ|` to `(⌈log₂(n/8)⌉ + 7)·u·Σ|xᵢ|` for `n > 8` (to first order) — at no
/// extra cost. (Without blocks, recursing down to single terms, it would be `⌈log₂ n⌉·u·Σ|xᵢ|`;
/// the blocks trade 4 levels of that bound for fewer function calls.) numpy's `sum` of a
/// contiguous float array also sums pairwise, with larger blocks.
///
/// Empty input gives 0; NaN gives NaN. Cost: `n − 1` additions, recursion depth `log₂(n/8)`.
///
/// # Example
/// ```
/// use week1_vectors::summation::{sum_naive, sum_pairwise};
/// let x = vec![0.1; 1 << 20];
/// let exact = 0.1 * (1 << 20) as f64; // exact: multiplying by a power of 2
/// assert!((sum_pairwise(&x) - exact).abs() < 1e-10);
/// assert!((sum_naive(&x) - exact).abs() > 1e-6);
/// ```
///
/// # Pitfall
/// Pairwise summation does not help with cancellation: `[1e16, 1, −1e16]` still gives 0.
/// It reduces the *accumulation* of rounding errors, not the loss in a single addition.
pub fn sum_pairwise(x: &[f64]) -> f64 {
    todo!("sum_pairwise")
}
