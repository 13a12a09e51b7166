//! Test support for this week (given code): the matrices and the independent elimination that
//! the public and the hidden Cholesky tests share. Written with week 1's helpers only (naive
//! products, the gallery), never with the learner's code.

use week1_vectors::testing::{naive_matmul, naive_transpose};
use week1_vectors::{Matrix, gallery};

/// The pivots of Gaussian elimination without pivoting (= Cholesky's `d`), as long as they stay
/// nonzero.
pub fn elimination_pivots(a: &Matrix) -> Vec<f64> {
    let n = a.rows();
    let mut w = a.clone();
    let mut d = Vec::new();
    for k in 0..n {
        let p = w[(k, k)];
        d.push(p);
        if p == 0.0 {
            break;
        }
        for i in k + 1..n {
            let l = w[(i, k)] / p;
            for j in k..n {
                let v = w[(k, j)];
                w[(i, j)] -= l * v;
            }
        }
    }
    d
}

/// `B·Bᵀ` for a random `n × r` `B` (`gallery::random_matrix`), mirrored so that it is exactly
/// symmetric: positive semidefinite of rank `r` up to the rounding of the product.
pub fn gram_of_rank(n: usize, r: usize, seed: u64) -> Matrix {
    let b = gallery::random_matrix(n, r, seed);
    let g = naive_matmul(&b, &naive_transpose(&b));
    Matrix::from_fn(n, n, |i, j| if i >= j { g[(i, j)] } else { g[(j, i)] })
}

/// `B·Bᵀ` for an integer `n × r` matrix `B` whose first `r` rows are random integers in
/// [−4, 4] and whose later rows are sums of two of them (row `i` = row `(i−r) mod r` + row
/// `(i−r+1) mod r`): positive semidefinite of rank `r` whose first dependent row is `r`, and
/// computed exactly (small integers), so that `A` is *exactly* singular in `f64`. Its null
/// vectors have large entries at the dependent rows, so Cholesky's rounding noise at index `r`
/// is not amplified.
pub fn semidefinite(n: usize, r: usize, seed: u64) -> Matrix {
    let top = gallery::random_uniform(r, r, -4.0, 4.0, seed).map(f64::round);
    let b = Matrix::from_fn(n, r, |i, j| {
        if i < r {
            top[(i, j)]
        } else {
            top[((i - r) % r, j)] + top[((i - r + 1) % r, j)]
        }
    });
    naive_matmul(&b, &naive_transpose(&b))
}

/// Test precondition: the leading `r × r` block is safely positive definite.
pub fn check_leading_block(what: &str, a: &Matrix, r: usize) {
    let lead = Matrix::from_fn(r, r, |i, j| a[(i, j)]);
    let d = elimination_pivots(&lead);
    let big = d.iter().fold(0.0_f64, |m, p| m.max(p.abs()));
    assert!(
        d.len() == r && d.iter().all(|&p| p > 1e-3 * big),
        "test precondition: the leading {r}×{r} block of {what} is well inside the positive \
         definite matrices, pivots {d:?}"
    );
}
