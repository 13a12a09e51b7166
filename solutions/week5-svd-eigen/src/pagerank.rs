//! PageRank: the stationary distribution of a random surfer, by the power method.

use week1_vectors::{LinalgError, Result, Vector};

/// The damping factor of the original PageRank paper: the surfer follows a link with
/// probability 0.85 and jumps to a uniformly random page with probability 0.15.
pub const DAMPING: f64 = 0.85;

/// PageRank scores and the power-method steps that produced them.
#[derive(Debug, Clone, PartialEq)]
pub struct PageRank {
    /// One score per page, positive, summing to 1.
    pub scores: Vector,
    /// Power-method steps used.
    pub iterations: usize,
}

/// PageRank of the link graph `links` (`links[i]` lists the pages that page `i` links to), by
/// the power method on the Google matrix.
///
/// With `n` pages, damping `d`, and `outdeg(j)` the number of links out of page j, one step is
///
/// ```text
/// r'ᵢ = (1 − d)/n  +  d·( Σ_{j → i} r_j / outdeg(j)  +  (Σ_{j dangling} r_j) / n )
/// ```
///
/// A **dangling** page (no out-links) would leak its score; the surfer there jumps to a random
/// page instead, so its score is spread evenly. Repeated links count with multiplicity;
/// self-links are allowed. Start from the uniform vector `rᵢ = 1/n`; stop when
/// `‖r' − r‖₁ ≤ tol` and return r'. Every step keeps `Σ rᵢ = 1`.
///
/// This is the power method for the eigenvalue 1 of the column-stochastic Google matrix
/// `G = d·(P + dangling part) + (1 − d)/n·𝟙𝟙ᵀ`; its other eigenvalues satisfy `|λ| ≤ d`, so
/// the error shrinks by at least `d` per step (≈ 170 steps for tol = 1e-12 at d = 0.85) —
/// never forming G, each step costs O(n + number of links).
///
/// # Errors
/// [`LinalgError::Empty`] for no pages; [`LinalgError::InvalidArgument`] if `d` is not in
/// `[0, 1)`, `tol` is not positive and finite, or a link points past the last page;
/// [`LinalgError::NoConvergence`] after `max_iter` steps.
///
/// # Example
/// ```
/// use week5_svd_eigen::{pagerank, pagerank::DAMPING};
/// // 0 → 1, and 1 links nowhere (dangling): r₀ = 1/(2 + d), r₁ = (1 + d)/(2 + d).
/// let pr = pagerank(&[vec![1], vec![]], DAMPING, 1e-12, 1000).unwrap();
/// assert!((pr.scores[0] - 1.0 / 2.85).abs() < 1e-11);
/// ```
pub fn pagerank(links: &[Vec<usize>], damping: f64, tol: f64, max_iter: usize) -> Result<PageRank> {
    // BEGIN SOLUTION
    let op = "pagerank";
    let n = links.len();
    if n == 0 {
        return Err(LinalgError::Empty { op });
    }
    if !(0.0..1.0).contains(&damping) {
        return Err(LinalgError::InvalidArgument {
            op,
            reason: format!("the damping factor must be in [0, 1), got {damping}"),
        });
    }
    if !(tol > 0.0 && tol.is_finite()) {
        return Err(LinalgError::InvalidArgument {
            op,
            reason: format!("the tolerance must be positive and finite, got {tol}"),
        });
    }
    for (i, out) in links.iter().enumerate() {
        if let Some(&j) = out.iter().find(|&&j| j >= n) {
            return Err(LinalgError::InvalidArgument {
                op,
                reason: format!("page {i} links to page {j}, but there are only {n} pages"),
            });
        }
    }
    let nf = n as f64;
    let mut r = vec![1.0 / nf; n];
    for k in 1..=max_iter {
        let dangling: f64 = links
            .iter()
            .zip(&r)
            .filter(|(out, _)| out.is_empty())
            .map(|(_, rj)| rj)
            .sum();
        let base = (1.0 - damping) / nf + damping * dangling / nf;
        let mut next = vec![base; n];
        for (out, rj) in links.iter().zip(&r) {
            if !out.is_empty() {
                let share = damping * rj / out.len() as f64;
                for &i in out {
                    next[i] += share;
                }
            }
        }
        let change: f64 = next.iter().zip(&r).map(|(a, b)| (a - b).abs()).sum();
        r = next;
        if change <= tol {
            return Ok(PageRank {
                scores: Vector::new(r),
                iterations: k,
            });
        }
    }
    Err(LinalgError::NoConvergence {
        op,
        iterations: max_iter,
    })
    // END SOLUTION
}
