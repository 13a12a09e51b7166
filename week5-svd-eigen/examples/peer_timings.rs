//! Our `symmetric_eigen` and `svd` beside nalgebra's, timed in the same run, at n = 100 and 200
//! (the course's targets for the reference at n = 200, release build: `symmetric_eigen` within
//! 1.25× of nalgebra, `svd` within 2.5×).
//!
//! ```text
//! cargo xtask bench week5                                                  # the reference
//! cargo xtask bench week5 --mine                                           # your code
//! cargo run --release -p week5-svd-eigen --features peer --example peer_timings   # the same
//! ```
//!
//! Options (after `--`): `--sizes 100,200` · `--reps R` (timed runs per cell; default 15 at
//! n ≤ 100, 7 above).
//!
//! The two are timed in alternation (ours, nalgebra, ours, …) after one warm-up run of each,
//! so that a burst of load from other programs hits both alike. Times are medians; the ratio
//! is the median of (our time / nalgebra's time) over the alternating pairs. Both compute the
//! vectors too (eigenvectors; U and Vᵀ). Our answers are checked by their residual ratios and
//! against nalgebra's values.

use std::time::Instant;
use week1_vectors::Matrix;
use week1_vectors::gallery::{random_matrix, random_symmetric};
use week1_vectors::testing::{
    naive_matmul, naive_transpose, orthogonality_ratio, reconstruction_ratio,
};
use week1_vectors::timing::{bench_options, load_average, race};
use week5_svd_eigen::{svd, symmetric_eigen};
use week5_svd_eigen_peer::PeerMatrix;

/// The largest |ours[i] − theirs[i]| / max|ours|, both sorted descending.
fn value_gap(ours: &[f64], mut theirs: Vec<f64>) -> f64 {
    theirs.sort_by(|x, y| y.total_cmp(x));
    let scale = ours.iter().fold(0.0_f64, |m, v| m.max(v.abs()));
    ours.iter()
        .zip(&theirs)
        .fold(0.0_f64, |m, (a, b)| m.max((a - b).abs()))
        / scale
}

/// Whether `f` returns without panicking on a 2×2 symmetric matrix (false while it is `todo!()`).
fn written<T>(name: &str, f: fn(&Matrix) -> T) -> bool {
    let probe = random_symmetric(2, 1);
    let hook = std::panic::take_hook();
    std::panic::set_hook(Box::new(|_| {}));
    let ok = std::panic::catch_unwind(|| f(&probe)).is_ok();
    std::panic::set_hook(hook);
    if !ok {
        println!("note: {name} panics (not written yet?): left out");
    }
    ok
}

fn main() {
    let o = bench_options(std::env::args().skip(1), &[100, 200]);
    let have_eigen = written("symmetric_eigen", symmetric_eigen);
    let have_svd = written("svd", svd);
    if !have_eigen && !have_svd {
        println!("Nothing to measure yet: symmetric_eigen and svd are still todo!().");
        return;
    }
    let start = Instant::now();
    println!("# week 5 beside nalgebra (release build; times are medians, ms)");
    println!("load average at the start: {}\n", load_average());
    println!(
        "| n | method | ours (ms) | nalgebra (ms) | ours / nalgebra | runs | residual | orthogonality | values vs nalgebra |"
    );
    println!("|---:|---|---:|---:|---:|---:|---:|---:|---:|");
    for &n in &o.sizes {
        let reps = o.reps.unwrap_or(if n <= 100 { 15 } else { 7 });

        if have_eigen {
            eigen_row(n, reps);
        }
        if have_svd {
            svd_row(n, reps);
        }
    }
    println!(
        "\nresidual: ‖A − VΛVᵀ‖₁/(n‖A‖₁ε) or ‖A − UΣVᵀ‖₁/(n‖A‖₁ε); orthogonality: ‖I − VᵀV‖₁/(nε) \
         or the same for U; values vs nalgebra: max |ours − theirs| / max |ours|, sorted."
    );
    println!(
        "target (the reference) at n = 200: ours / nalgebra ≤ 1.25 for symmetric_eigen, ≤ 2.5 for svd"
    );
    println!(
        "(the whole run took {:.1} s; load average at the end: {})",
        start.elapsed().as_secs_f64(),
        load_average()
    );
}

/// One row of the table: our `symmetric_eigen` and nalgebra's, on a random symmetric n × n.
fn eigen_row(n: usize, reps: usize) {
    let a = random_symmetric(n, 42);
    let pa = PeerMatrix::from_row_major(n, n, a.as_slice());
    let e = symmetric_eigen(&a).expect("symmetric_eigen converges");
    let back = naive_matmul(
        &naive_matmul(&e.vectors, &Matrix::from_diag(e.values.as_slice())),
        &naive_transpose(&e.vectors),
    );
    let gap = value_gap(
        e.values.as_slice(),
        week5_svd_eigen_peer::symmetric_eigen(&pa).values,
    );
    let (ours, theirs, ratio) = race(
        reps,
        &mut || {
            std::hint::black_box(symmetric_eigen(std::hint::black_box(&a)).ok());
        },
        &mut || {
            std::hint::black_box(week5_svd_eigen_peer::symmetric_eigen(std::hint::black_box(
                &pa,
            )));
        },
    );
    println!(
        "| {n} | symmetric_eigen | {ours:.2} | {theirs:.2} | {ratio:.2} | {reps} | {:.2} | {:.2} | {gap:.1e} |",
        reconstruction_ratio(&a, &back),
        orthogonality_ratio(&e.vectors),
    );
}

/// One row of the table: our `svd` and nalgebra's, on a random n × n.
fn svd_row(n: usize, reps: usize) {
    let a = random_matrix(n, n, 7);
    let pa = PeerMatrix::from_row_major(n, n, a.as_slice());
    let s = svd(&a).expect("svd converges");
    let back = naive_matmul(
        &naive_matmul(&s.u, &Matrix::from_diag(s.sigma.as_slice())),
        &s.vt,
    );
    let gap = value_gap(s.sigma.as_slice(), week5_svd_eigen_peer::svd(&pa).values);
    let (ours, theirs, ratio) = race(
        reps,
        &mut || {
            std::hint::black_box(svd(std::hint::black_box(&a)).ok());
        },
        &mut || {
            std::hint::black_box(week5_svd_eigen_peer::svd(std::hint::black_box(&pa)));
        },
    );
    println!(
        "| {n} | svd | {ours:.2} | {theirs:.2} | {ratio:.2} | {reps} | {:.2} | {:.2} | {gap:.1e} |",
        reconstruction_ratio(&a, &back),
        orthogonality_ratio(&s.u),
    );
}
