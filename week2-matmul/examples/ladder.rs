//! The performance ladder: the GFLOP/s of every rung of this week's matrix product, beside the
//! `matrixmultiply` crate measured in the same run, for n = 64, 128, 256, 512, 1024.
//!
//! ```text
//! cargo xtask bench week2 --mine                               # on your code, native flags
//! cargo xtask bench week2                                      # on the reference solution
//! cargo bench -p week2-matmul --features peer                  # on your code, portable build
//! CARGO_TARGET_DIR=target/native RUSTFLAGS="-C target-cpu=native" \
//!     cargo bench -p week2-matmul --features peer              # what `xtask bench` does
//! ```
//!
//! Options (after `--`): `--sizes 64,128,256` · `--all` (also run `ijk` at n ≥ 1024, about 10 s
//! a run) · `--threads T` (the threaded column; 0 = one per core, 1 = leave it out) ·
//! `--budget S` (seconds of timing per cell, default 0.5).
//!
//! Each cell is the median of several timed runs after one warm-up run (at least 3, more for
//! fast cells: as many as fit in the budget, at most 51). Every result is checked against
//! matrixmultiply's with the product error bound `γₖ|A||B|`: a fast wrong answer is marked.

use std::panic::AssertUnwindSafe;
use std::time::Instant;
use week1_vectors::gallery::random_matrix;
use week1_vectors::timing::sizes_list;
use week2_matmul::{
    Matrix, Result, matmul_blocked, matmul_fast, matmul_fast_threaded, matmul_flops, matmul_ijk,
    matmul_ikj, matmul_transposed, testing::gamma,
};
use week2_matmul_peer::dgemm;

struct Options {
    sizes: Vec<usize>,
    all: bool,
    threads: usize,
    budget: f64,
}

fn options() -> Options {
    let mut o = Options {
        sizes: vec![64, 128, 256, 512, 1024],
        all: false,
        threads: 0,
        budget: 0.5,
    };
    let usage = "options: --sizes 64,128 | --all | --threads T | --budget SECONDS";
    let mut args = std::env::args().skip(1);
    while let Some(arg) = args.next() {
        let mut value = |name: &str| {
            args.next()
                .unwrap_or_else(|| panic!("{name} needs a value; {usage}"))
        };
        match arg.as_str() {
            "--sizes" => o.sizes = sizes_list(&value("--sizes"), usage),
            "--all" => o.all = true,
            "--threads" => o.threads = value("--threads").parse().expect("--threads T"),
            "--budget" => o.budget = value("--budget").parse().expect("--budget SECONDS"),
            // `cargo bench` passes `--bench`; a libtest-style filter may follow. Ignore them.
            "--bench" => {}
            other if !other.starts_with("--") => {}
            other => panic!("unknown option {other}; {usage}"),
        }
    }
    if o.threads == 0 {
        o.threads = std::thread::available_parallelism().map_or(1, |t| t.get());
    }
    o
}

/// A matrix product, as the benchmark calls it.
type Product = dyn Fn(&Matrix, &Matrix) -> Result<Matrix>;

/// One column of the table: a name and a product.
struct Rung {
    name: String,
    run: Box<Product>,
    /// Run only for n below this, unless `--all`.
    max_n: usize,
}

fn rung(
    name: &str,
    max_n: usize,
    run: impl Fn(&Matrix, &Matrix) -> Result<Matrix> + 'static,
) -> Rung {
    Rung {
        name: name.to_string(),
        run: Box::new(run),
        max_n,
    }
}

fn peer(a: &Matrix, b: &Matrix) -> Matrix {
    let (m, k, n) = (a.rows(), a.cols(), b.cols());
    Matrix::new(m, n, dgemm(m, k, n, a.as_slice(), b.as_slice())).expect("m·n entries")
}

/// One cell of the table.
struct Cell {
    /// Median seconds of the rung.
    rung: f64,
    /// Median over the runs of (time of the peer / time of the rung), each peer run timed right
    /// after a rung run, so that a burst of load from other programs hits both alike.
    ratio: f64,
    /// The peer's times, measured alternately with the rung's.
    peer_times: Vec<f64>,
    /// Timed runs (after the warm-up).
    reps: usize,
}

/// Times `f` against `peer`, alternating: one warm-up run of each, then `reps` pairs, as many as
/// fit in `budget` seconds (at least 3, at most 51). Returns the cell and `f`'s warm-up result.
fn measure(
    budget: f64,
    f: &dyn Fn() -> Result<Matrix>,
    peer: &dyn Fn() -> Matrix,
) -> (Cell, Result<Matrix>) {
    let time = |g: &dyn Fn()| {
        let t = Instant::now();
        g();
        t.elapsed().as_secs_f64()
    };
    let t = Instant::now();
    let result = f();
    let warm = t.elapsed().as_secs_f64() + time(&|| drop(std::hint::black_box(peer())));
    let reps = ((budget / warm.max(1e-9)) as usize).clamp(3, 51);
    let mut rung = Vec::with_capacity(reps);
    let mut peer_times = Vec::with_capacity(reps);
    let mut ratio = Vec::with_capacity(reps);
    for _ in 0..reps {
        let tr = time(&|| drop(std::hint::black_box(f())));
        let tp = time(&|| drop(std::hint::black_box(peer())));
        rung.push(tr);
        peer_times.push(tp);
        ratio.push(tp / tr);
    }
    let cell = Cell {
        rung: median(&mut rung),
        ratio: median(&mut ratio),
        peer_times,
        reps,
    };
    (cell, result)
}

fn median(x: &mut [f64]) -> f64 {
    x.sort_by(f64::total_cmp);
    x[x.len() / 2]
}

/// `None` if `c` agrees with `reference` within `γₖ(1 + γₖ)·|A||B|` entrywise, else a message.
fn check(c: &Result<Matrix>, reference: &Matrix, abs_ab: &Matrix, k: usize) -> Option<String> {
    let c = match c {
        Ok(c) => c,
        Err(e) => return Some(format!("error: {e}")),
    };
    if c.shape() != reference.shape() {
        return Some(format!(
            "shape {:?}, expected {:?}",
            c.shape(),
            reference.shape()
        ));
    }
    let g = gamma(k);
    let worst = c
        .as_slice()
        .iter()
        .zip(reference.as_slice())
        .zip(abs_ab.as_slice())
        .map(|((x, y), bound)| (x - y).abs() / (g * (1.0 + g) * bound))
        .fold(0.0, |w: f64, r| if r.is_nan() || r > w { r } else { w });
    (worst.is_nan() || worst > 1.0).then(|| format!("error {worst:.1e}× the bound γₖ|A||B|"))
}

fn cpu_name() -> String {
    std::fs::read_to_string("/proc/cpuinfo")
        .ok()
        .and_then(|s| {
            s.lines()
                .find(|l| l.starts_with("model name"))
                .and_then(|l| l.split(':').nth(1))
                .map(|s| s.trim().to_string())
        })
        .unwrap_or_else(|| "an unknown CPU".into())
}

fn features() -> String {
    let built = [
        ("fma", cfg!(target_feature = "fma")),
        ("avx2", cfg!(target_feature = "avx2")),
        ("avx512f", cfg!(target_feature = "avx512f")),
    ];
    let on: Vec<&str> = built.iter().filter(|f| f.1).map(|f| f.0).collect();
    let mut s = format!(
        "compiled for: {}",
        if on.is_empty() {
            "baseline SIMD only (SSE2 on x86-64, no FMA)".to_string()
        } else {
            on.join(", ")
        }
    );
    #[cfg(target_arch = "x86_64")]
    {
        let cpu = [
            ("fma", std::arch::is_x86_feature_detected!("fma")),
            ("avx2", std::arch::is_x86_feature_detected!("avx2")),
            ("avx512f", std::arch::is_x86_feature_detected!("avx512f")),
        ];
        let has: Vec<&str> = cpu.iter().filter(|f| f.1).map(|f| f.0).collect();
        s += &format!("; this CPU has: {}", has.join(", "));
        if cpu[0].1 && !built[0].1 {
            s += "\nnote: matrixmultiply detects FMA/AVX at run time; your kernel only uses what it \
                  was compiled for.\n      Compare with RUSTFLAGS=\"-C target-cpu=native\", as \
                  `cargo xtask bench week2 [--mine]` sets it (see the lesson).";
        }
    }
    s
}

/// The 1-, 5- and 15-minute load averages (Linux), to tell a quiet machine from a busy one.
fn load_average() -> String {
    std::fs::read_to_string("/proc/loadavg")
        .map(|s| s.split_whitespace().take(3).collect::<Vec<_>>().join(" "))
        .unwrap_or_else(|_| "unknown".into())
}

/// Least-squares slope of log(time) against log(n).
fn slope(points: &[(usize, f64)]) -> Option<f64> {
    if points.len() < 2 {
        return None;
    }
    let xy: Vec<(f64, f64)> = points
        .iter()
        .map(|&(n, t)| ((n as f64).ln(), t.ln()))
        .collect();
    let len = xy.len() as f64;
    let mx = xy.iter().map(|p| p.0).sum::<f64>() / len;
    let my = xy.iter().map(|p| p.1).sum::<f64>() / len;
    let sxy: f64 = xy.iter().map(|p| (p.0 - mx) * (p.1 - my)).sum();
    let sxx: f64 = xy.iter().map(|p| (p.0 - mx) * (p.0 - mx)).sum();
    Some(sxy / sxx)
}

/// Runs the benchmark and prints its tables (see the module docs).
pub fn main() {
    let o = options();
    let start = Instant::now();
    let cores = std::thread::available_parallelism().map_or(1, |t| t.get());
    println!(
        "# The matmul ladder on {} ({cores} logical cores)",
        cpu_name()
    );
    println!("{}", features());
    println!("load average at the start: {}", load_average());

    let mut rungs = vec![
        rung("ijk", 1024, matmul_ijk),
        rung("ikj", usize::MAX, matmul_ikj),
        rung("transposed", usize::MAX, matmul_transposed),
        rung("blocked", usize::MAX, matmul_blocked),
        rung("fast", usize::MAX, matmul_fast),
    ];
    if o.threads > 1 {
        let t = o.threads;
        rungs.push(rung(
            &format!("fast ×{t} threads"),
            usize::MAX,
            move |a, b| matmul_fast_threaded(a, b, t),
        ));
    }

    // Leave out the rungs that are still `todo!()` (or panic on a 2×2 product).
    let probe_a = random_matrix(2, 2, 1);
    let default_hook = std::panic::take_hook();
    std::panic::set_hook(Box::new(|_| {}));
    let mut notes: Vec<String> = Vec::new();
    rungs.retain(|rung| {
        let ok =
            std::panic::catch_unwind(AssertUnwindSafe(|| (rung.run)(&probe_a, &probe_a))).is_ok();
        if !ok {
            notes.push(format!("{} panics (not written yet?): left out", rung.name));
        }
        ok
    });
    std::panic::set_hook(default_hook);
    if rungs.is_empty() {
        println!("Nothing to measure yet: every rung is still todo!(). Start with matmul_ijk.");
        return;
    }

    // cells[r][s]: rung r at size s (None: skipped, or a wrong result).
    let mut cells: Vec<Vec<Option<Cell>>> = (0..rungs.len())
        .map(|_| (0..o.sizes.len()).map(|_| None).collect())
        .collect();
    // The peer's median time at each size, over all its runs beside every rung.
    let mut peer_time: Vec<Option<f64>> = vec![None; o.sizes.len()];
    for (s, &n) in o.sizes.iter().enumerate() {
        let a = random_matrix(n, n, 2024 + n as u64);
        let b = random_matrix(n, n, 4048 + n as u64);
        let reference = peer(&a, &b);
        let abs_ab = peer(&a.map(f64::abs), &b.map(f64::abs));
        let mut all_peer: Vec<f64> = Vec::new();
        eprint!("n = {n}:");
        for (r, rung) in rungs.iter().enumerate() {
            if n >= rung.max_n && !o.all {
                if s == o.sizes.iter().position(|&x| x >= rung.max_n).unwrap_or(0) {
                    notes.push(format!(
                        "{} is skipped for n ≥ {} (a run takes many seconds); --all runs it",
                        rung.name, rung.max_n
                    ));
                }
                continue;
            }
            let (cell, c) = measure(o.budget, &|| (rung.run)(&a, &b), &|| peer(&a, &b));
            eprint!(" {} {:.4} s ×{};", rung.name, cell.rung, cell.reps);
            if cell.reps == 3 && cell.rung > 0.1 {
                notes.push(format!(
                    "{} at n = {n}: median of 3 runs ({:.2} s each)",
                    rung.name, cell.rung
                ));
            }
            all_peer.extend_from_slice(&cell.peer_times);
            match check(&c, &reference, &abs_ab, n) {
                None => cells[r][s] = Some(cell),
                Some(msg) => notes.push(format!("{} at n = {n} is WRONG: {msg}", rung.name)),
            }
        }
        if !all_peer.is_empty() {
            peer_time[s] = Some(median(&mut all_peer));
        }
        eprintln!();
    }

    let gflops = |s: usize, t: f64| {
        let n = o.sizes[s];
        matmul_flops(n, n, n) as f64 / t / 1e9
    };
    let header = |first: &str, peer: bool| {
        let mut names: Vec<&str> = rungs.iter().map(|r| r.name.as_str()).collect();
        if peer {
            names.push("matrixmultiply");
        }
        println!("| {first} | {} |", names.join(" | "));
        println!("|---:|{}", "---:|".repeat(names.len()));
    };
    println!("\nGFLOP/s = 2n³ / median time / 10⁹ (higher is better)\n");
    header("n", true);
    for (s, n) in o.sizes.iter().enumerate() {
        let mut row: Vec<String> = cells
            .iter()
            .map(|c| {
                c[s].as_ref()
                    .map_or("–".into(), |c| format!("{:.2}", gflops(s, c.rung)))
            })
            .collect();
        row.push(peer_time[s].map_or("–".into(), |t| format!("{:.2}", gflops(s, t))));
        println!("| {n} | {} |", row.join(" | "));
    }
    println!(
        "\nSpeed relative to matrixmultiply: median of (its time / the rung's time) over runs \
         taken in alternation\n"
    );
    header("n", false);
    for (s, n) in o.sizes.iter().enumerate() {
        let row: Vec<String> = cells
            .iter()
            .map(|c| {
                c[s].as_ref()
                    .map_or("–".into(), |c| format!("{:.3}", c.ratio))
            })
            .collect();
        println!("| {n} | {} |", row.join(" | "));
    }
    let lo = o.sizes.iter().min().copied().unwrap_or(0);
    let hi = o.sizes.iter().max().copied().unwrap_or(0);
    println!(
        "\nGrowth of time with n: least-squares slope of log(time) against log(n), n = {lo}…{hi} \
         (3 = cubic)\n"
    );
    header("", true);
    let fit = |times: Vec<Option<f64>>| {
        let pts: Vec<(usize, f64)> = o
            .sizes
            .iter()
            .zip(times)
            .filter_map(|(&n, t)| t.map(|t| (n, t)))
            .collect();
        slope(&pts).map_or("–".into(), |s| format!("{s:.2}"))
    };
    let mut row: Vec<String> = cells
        .iter()
        .map(|c| fit(c.iter().map(|c| c.as_ref().map(|c| c.rung)).collect()))
        .collect();
    row.push(fit(peer_time.clone()));
    println!("| slope | {} |", row.join(" | "));
    for note in &notes {
        println!("note: {note}");
    }
    println!(
        "\n(the whole run took {:.0} s; load average at the end: {})",
        start.elapsed().as_secs_f64(),
        load_average()
    );
}
