//! Given code for the benchmarks beside a peer library (weeks 4 and 5's `peer_timings`
//! examples): their options, and timing two functions in alternation.
//!
//! Alternation (ours, peer, ours, …, after one warm-up run of each) makes a burst of load from
//! other programs hit both alike; the ratio reported is the median of the pairwise ratios, not
//! the ratio of the medians. Cost: `reps` runs of each function.
//!
//! ```
//! use week1_vectors::timing::{median, race};
//! let (mut a, mut b) = (0u64, 0u64);
//! let (ms_ours, ms_peer, _ratio) = race(3, &mut || a += 1, &mut || b += 1);
//! assert_eq!((a, b), (4, 4), "one warm-up and three timed runs each");
//! assert!(ms_ours >= 0.0 && ms_peer >= 0.0, "times {ms_ours} and {ms_peer} ms");
//! assert_eq!(median(&mut [3.0, 1.0, 2.0]), 2.0, "the middle value");
//! ```

use std::time::Instant;

/// What a peer benchmark was asked to measure: `--sizes 100,200,500`, `--reps R`.
#[derive(Debug, Clone, PartialEq)]
pub struct BenchOptions {
    /// The matrix sizes n, in order.
    pub sizes: Vec<usize>,
    /// Timed runs per cell (`None`: the benchmark's default for each size).
    pub reps: Option<usize>,
}

/// Reads `--sizes A,B,…` and `--reps R` from `args` (the program's arguments without its name),
/// with `default_sizes` when `--sizes` is not given.
///
/// # Panics
/// On an unknown option or a value that does not parse, with the usage.
pub fn bench_options(
    args: impl IntoIterator<Item = String>,
    default_sizes: &[usize],
) -> BenchOptions {
    let usage = "options: --sizes 100,200,500 | --reps R";
    let mut o = BenchOptions {
        sizes: default_sizes.to_vec(),
        reps: None,
    };
    let mut args = args.into_iter();
    while let Some(arg) = args.next() {
        let mut value = |name: &str| {
            args.next()
                .unwrap_or_else(|| panic!("{name} needs a value; {usage}"))
        };
        match arg.as_str() {
            "--sizes" => o.sizes = sizes_list(&value("--sizes"), usage),
            "--reps" => {
                let r: usize = value("--reps")
                    .parse()
                    .unwrap_or_else(|_| panic!("--reps needs a whole number; {usage}"));
                o.reps = Some(r.max(1));
            }
            other => panic!("unknown option {other}; {usage}"),
        }
    }
    o
}

/// The matrix sizes of a `--sizes 100,200,500` option, in order.
///
/// # Panics
/// On a size that is not a whole number, with `usage`.
///
/// ```
/// use week1_vectors::timing::sizes_list;
/// assert_eq!(sizes_list("64, 128,256", "usage"), vec![64, 128, 256]);
/// ```
pub fn sizes_list(text: &str, usage: &str) -> Vec<usize> {
    text.split(',')
        .map(|s| {
            s.trim()
                .parse()
                .unwrap_or_else(|_| panic!("bad size {s:?}; {usage}"))
        })
        .collect()
}

/// The median of `x` (sorted in place; NaN sorts last). O(k log k) for k values.
///
/// # Panics
/// When `x` is empty.
pub fn median(x: &mut [f64]) -> f64 {
    x.sort_by(f64::total_cmp);
    let m = x.len() / 2;
    if x.len() % 2 == 1 {
        x[m]
    } else {
        (x[m - 1] + x[m]) / 2.0
    }
}

/// Times `ours` and `peer` in alternation, `reps` times each after a warm-up: the median times
/// in milliseconds and the median of the pairwise ratios ours / peer.
pub fn race(reps: usize, ours: &mut dyn FnMut(), peer: &mut dyn FnMut()) -> (f64, f64, f64) {
    ours();
    peer();
    let ms = |f: &mut dyn FnMut()| {
        let t = Instant::now();
        f();
        t.elapsed().as_secs_f64() * 1e3
    };
    let (mut a, mut b, mut r) = (Vec::new(), Vec::new(), Vec::new());
    for _ in 0..reps.max(1) {
        let x = ms(ours);
        let y = ms(peer);
        a.push(x);
        b.push(y);
        r.push(x / y);
    }
    (median(&mut a), median(&mut b), median(&mut r))
}

/// The 1-, 5- and 15-minute load averages from `/proc/loadavg`, or "unknown".
pub fn load_average() -> String {
    std::fs::read_to_string("/proc/loadavg")
        .map(|s| s.split_whitespace().take(3).collect::<Vec<_>>().join(" "))
        .unwrap_or_else(|_| "unknown".into())
}
