//! Our `lu` and `qr_householder` beside nalgebra's, timed in the same run, at n = 100, 200 and
//! 500 (the course's targets at n = 500, release build: LU within 1.5× of nalgebra, QR within
//! 2×).
//!
//! ```text
//! cargo xtask bench week4                                                  # the reference
//! cargo xtask bench week4 --mine                                           # your code
//! cargo run --release -p week4-lu-qr --features peer --example peer_timings   # the same
//! ```
//!
//! Options (after `--`): `--sizes 100,200,500` · `--reps R` (timed runs per cell; default 15 at
//! n ≤ 200, 7 above).
//!
//! The two are timed in alternation (ours, nalgebra, ours, …) after one warm-up run of each,
//! so that a burst of load from other programs hits both alike. Times are medians; the ratio
//! is the median of (our time / nalgebra's time) over the alternating pairs. Both unpack their
//! factors: `L`, `U` and the permutation (ours: the packed [`week4_lu_qr::Lu`], nalgebra's
//! `LU::new` then `l()`, `u()`, `p()`); the thin `Q` formed explicitly and `R`. Both answers are
//! checked by their scaled residuals.

use std::time::Instant;
use week1_vectors::Matrix;
use week1_vectors::gallery::random_matrix;
use week1_vectors::testing::{naive_matmul, orthogonality_ratio, reconstruction_ratio};
use week1_vectors::timing::{bench_options, load_average, race};
use week4_lu_qr::{QR_BLOCK, Qr, lu, qr_householder, qr_householder_blocked};
use week4_lu_qr_peer::PeerMatrix;

/// Whether `f` returns without panicking on a 2×2 matrix (false while it is `todo!()`).
fn written<T>(name: &str, f: impl Fn(&Matrix) -> T + std::panic::RefUnwindSafe) -> bool {
    let probe = random_matrix(2, 2, 1);
    let hook = std::panic::take_hook();
    std::panic::set_hook(Box::new(|_| {}));
    let ok = std::panic::catch_unwind(|| f(&probe)).is_ok();
    std::panic::set_hook(hook);
    if !ok {
        println!("note: {name} panics (not written yet?): left out");
    }
    ok
}

/// The row-major `rows × cols` matrix `data` (the peer's output) as a [`Matrix`].
fn from_slice(rows: usize, cols: usize, data: &[f64]) -> Matrix {
    Matrix::from_fn(rows, cols, |i, j| data[i * cols + j])
}

/// `PA`: row `i` is row `perm[i]` of `A`.
fn permuted(a: &Matrix, perm: &[usize]) -> Matrix {
    Matrix::from_fn(a.rows(), a.cols(), |i, j| a[(perm[i], j)])
}

fn main() {
    let o = bench_options(std::env::args().skip(1), &[100, 200, 500]);
    // Ours unpacks its factors as nalgebra's wrapper does, so that both do the same work.
    let have_lu = written("lu", |a| lu(a).map(|f| (f.l(), f.u())));
    let have_qr = written("qr_householder", qr_householder);
    let have_blocked = written("qr_householder_blocked", |a| {
        qr_householder_blocked(a, QR_BLOCK)
    });
    if !have_lu && !have_qr && !have_blocked {
        println!(
            "Nothing to measure yet: lu, qr_householder and qr_householder_blocked are still todo!()."
        );
        return;
    }
    let start = Instant::now();
    println!("# week 4 beside nalgebra (release build; times are medians, ms)");
    println!("load average at the start: {}\n", load_average());
    println!(
        "| n | method | ours (ms) | nalgebra (ms) | ours / nalgebra | runs | residual | orthogonality | nalgebra's residual |"
    );
    println!("|---:|---|---:|---:|---:|---:|---:|---:|---:|");
    for &n in &o.sizes {
        let reps = o.reps.unwrap_or(if n <= 200 { 15 } else { 7 });
        if have_lu {
            lu_row(n, reps);
        }
        if have_qr {
            qr_row(n, reps, "qr_householder", &qr_householder);
        }
        if have_blocked {
            let name = format!("qr_householder_blocked (nb = {QR_BLOCK})");
            qr_row(n, reps, &name, &|a| qr_householder_blocked(a, QR_BLOCK));
        }
    }
    println!(
        "\nresidual: ‖PA − LU‖₁/(n‖A‖₁ε) or ‖A − QR‖₁/(n‖A‖₁ε) (LAPACK's scaled residuals); \
         orthogonality: ‖I − QᵀQ‖₁/(nε); both pass below 30 (week1_vectors::testing::THRESHOLD)."
    );
    println!("targets at n = 500: lu / nalgebra ≤ 1.5, qr_householder(_blocked) / nalgebra ≤ 2");
    println!(
        "(the whole run took {:.1} s; load average at the end: {})",
        start.elapsed().as_secs_f64(),
        load_average()
    );
}

/// One row of the table: our `lu` (and `L`, `U`) and nalgebra's, on a random n × n.
fn lu_row(n: usize, reps: usize) {
    let a = random_matrix(n, n, 42);
    let pa = PeerMatrix::from_row_major(n, n, a.as_slice());
    let f = lu(&a).expect("lu of a finite square matrix");
    let ours_res = reconstruction_ratio(&permuted(&a, f.perm()), &naive_matmul(&f.l(), &f.u()));
    let g = week4_lu_qr_peer::lu(&pa);
    let theirs_res = reconstruction_ratio(
        &permuted(&a, &g.perm),
        &naive_matmul(&from_slice(n, n, &g.left), &from_slice(n, n, &g.right)),
    );
    let (ours, theirs, ratio) = race(
        reps,
        &mut || {
            let f = lu(std::hint::black_box(&a)).expect("lu");
            std::hint::black_box((f.l(), f.u()));
        },
        &mut || {
            std::hint::black_box(week4_lu_qr_peer::lu(std::hint::black_box(&pa)));
        },
    );
    println!(
        "| {n} | lu | {ours:.2} | {theirs:.2} | {ratio:.2} | {reps} | {ours_res:.2} | – | {theirs_res:.2} |"
    );
}

/// One row of the table: our `qr` (`qr_householder` or the blocked one) and nalgebra's (thin
/// `Q` formed), on a random n × n.
fn qr_row(n: usize, reps: usize, name: &str, qr: &dyn Fn(&Matrix) -> week1_vectors::Result<Qr>) {
    let a = random_matrix(n, n, 7);
    let pa = PeerMatrix::from_row_major(n, n, a.as_slice());
    let f = qr(&a).expect("QR of a finite matrix");
    let g = week4_lu_qr_peer::qr(&pa);
    let theirs_res = reconstruction_ratio(
        &a,
        &naive_matmul(&from_slice(n, n, &g.left), &from_slice(n, n, &g.right)),
    );
    let (ours, theirs, ratio) = race(
        reps,
        &mut || {
            std::hint::black_box(qr(std::hint::black_box(&a)).ok());
        },
        &mut || {
            std::hint::black_box(week4_lu_qr_peer::qr(std::hint::black_box(&pa)));
        },
    );
    println!(
        "| {n} | {name} | {ours:.2} | {theirs:.2} | {ratio:.2} | {reps} | {:.2} | {:.2} | {theirs_res:.2} |",
        reconstruction_ratio(&a, &naive_matmul(&f.q, &f.r)),
        orthogonality_ratio(&f.q),
    );
}
