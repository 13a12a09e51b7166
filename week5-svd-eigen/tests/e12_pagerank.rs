//! PageRank by the power method.

use week1_vectors::LinalgError;
use week5_svd_eigen::pagerank::DAMPING;
use week5_svd_eigen::testing::ok;
use week5_svd_eigen::{PageRank, pagerank};

/// ‖r − G·r‖₁ computed from the definition, independently of the iteration's bookkeeping.
fn fixed_point_residual(links: &[Vec<usize>], d: f64, r: &[f64]) -> f64 {
    let n = links.len() as f64;
    let mut g = vec![0.0; links.len()];
    for (j, out) in links.iter().enumerate() {
        if out.is_empty() {
            for gi in g.iter_mut() {
                *gi += d * r[j] / n;
            }
        } else {
            for &i in out {
                g[i] += d * r[j] / out.len() as f64;
            }
        }
    }
    let total: f64 = r.iter().sum();
    g.iter()
        .zip(r)
        .map(|(gi, ri)| (gi + (1.0 - d) * total / n - ri).abs())
        .sum()
}

fn check(what: &str, links: &[Vec<usize>], pr: &PageRank, tol: f64) {
    let r = pr.scores.as_slice();
    assert_eq!(r.len(), links.len(), "{what}: one score per page");
    let sum: f64 = r.iter().sum();
    assert!(
        (sum - 1.0).abs() < 1e-12,
        "{what}: scores sum to {sum}, not 1"
    );
    assert!(
        r.iter().all(|&x| x > 0.0),
        "{what}: every score is positive: {r:?}"
    );
    // The last step moved r by ≤ tol; the distance to the fixed point is ≤ tol·d/(1−d).
    let res = fixed_point_residual(links, DAMPING, r);
    assert!(
        res <= 10.0 * tol,
        "{what}: ‖r − Gr‖₁ = {res:e}, expected about tol = {tol:e}"
    );
}

#[test]
fn two_pages_closed_form() {
    // 0 → 1, page 1 dangling: r₀ = (1−d)/2 + d·r₁/2 with r₀ + r₁ = 1 gives r₀ = 1/(2 + d).
    let links = vec![vec![1], vec![]];
    let pr = ok(
        "two_pages_closed_form: pagerank(&links, DAMPING, 1e-13, 1000)",
        pagerank(&links, DAMPING, 1e-13, 1000),
    );
    check("0 → 1", &links, &pr, 1e-13);
    let want = 1.0 / (2.0 + DAMPING);
    assert!(
        (pr.scores[0] - want).abs() < 1e-12,
        "r₀ = {}, want {want}",
        pr.scores[0]
    );
}

#[test]
fn a_cycle_is_uniform() {
    let links: Vec<Vec<usize>> = (0..6).map(|i| vec![(i + 1) % 6]).collect();
    let pr = ok(
        "a_cycle_is_uniform: pagerank(&links, DAMPING, 1e-12, 1000)",
        pagerank(&links, DAMPING, 1e-12, 1000),
    );
    for &x in pr.scores.iter() {
        assert!((x - 1.0 / 6.0).abs() < 1e-14, "cycle: {:?}", pr.scores);
    }
    assert_eq!(pr.iterations, 1, "the uniform start is already the answer");
}

#[test]
fn small_web() {
    // The classic four-page example: 0 → 1, 2; 1 → 2; 2 → 0; 3 → 2 (nobody links to 3).
    let links = vec![vec![1, 2], vec![2], vec![0], vec![2]];
    let pr = ok(
        "small_web: pagerank(&links, DAMPING, 1e-12, 1000)",
        pagerank(&links, DAMPING, 1e-12, 1000),
    );
    check("four pages", &links, &pr, 1e-12);
    let r = pr.scores.as_slice();
    assert!(
        (r[3] - 0.15 / 4.0).abs() < 1e-12,
        "page 3 only gets the teleport share"
    );
    assert!(
        r[2] > r[0] && r[0] > r[1] && r[1] > r[3],
        "ranking 2 > 0 > 1 > 3: {r:?}"
    );
    // Error × d per step: log(1e-12)/log(0.85) ≈ 170 steps at most.
    assert!(pr.iterations <= 175, "{} iterations", pr.iterations);
}

#[test]
fn dangling_pages_do_not_leak() {
    let links = vec![vec![1, 2, 3], vec![], vec![], vec![0]];
    let pr = ok(
        "dangling_pages_do_not_leak: pagerank(&links, DAMPING, 1e-12, 1000)",
        pagerank(&links, DAMPING, 1e-12, 1000),
    );
    check("two dangling pages", &links, &pr, 1e-12);
}

#[test]
fn damping_zero_is_uniform() {
    let links = vec![vec![1], vec![0], vec![0]];
    let pr = ok(
        "damping_zero_is_uniform: pagerank(&links, 0.0, 1e-12, 10)",
        pagerank(&links, 0.0, 1e-12, 10),
    );
    assert!(
        pr.scores.iter().all(|&x| (x - 1.0 / 3.0).abs() < 1e-15),
        "pagerank(d = 0): got {:?}, want every score 1/3 (within 1e-15)",
        pr.scores
    );
}

#[test]
fn errors() {
    assert_eq!(
        pagerank(&[], DAMPING, 1e-10, 100).unwrap_err(),
        LinalgError::Empty { op: "pagerank" },
        "pagerank of no pages"
    );
    for d in [1.0, -0.1, f64::NAN] {
        assert!(
            matches!(
                pagerank(&[vec![0]], d, 1e-10, 100),
                Err(LinalgError::InvalidArgument { .. })
            ),
            "pagerank with damping {d} (must be in [0, 1)): got {:?}, want Err(LinalgError::InvalidArgument {{ .. }})",
            pagerank(&[vec![0]], d, 1e-10, 100)
        );
    }
    let e = pagerank(&[vec![1], vec![2]], DAMPING, 1e-10, 100).unwrap_err();
    insta::assert_snapshot!(e, @"pagerank: invalid argument: page 1 links to page 2, but there are only 2 pages");
    assert!(
        matches!(
            pagerank(&[vec![1], vec![]], DAMPING, 1e-10, 2),
            Err(LinalgError::NoConvergence { iterations: 2, .. })
        ),
        "pagerank with 2 iterations allowed: got {:?}, want Err(LinalgError::NoConvergence {{ iterations: 2, .. }})",
        pagerank(&[vec![1], vec![]], DAMPING, 1e-10, 2)
    );
}
