//! The pictures of week 3's lesson, drawn as SVG files into `week3-inverse/pictures/`.
//!
//! ```text
//! cargo xtask example 3 pictures --features pictures                      # on the reference
//! cargo run -p week3-inverse --example pictures --features pictures       # on your code
//! ```
//!
//! - `staircase.svg`: Wilkinson diagrams of Gaussian elimination on a 5 × 5 matrix — after each
//!   step the column below the pivot is zero, and the next step works only on the block below
//!   and to the right (the entries it changes are shaded): the staircase of U appears, and the
//!   work per step shrinks — step k (from 0) changes (n − k − 1)² entries, n³/3 in all.
//! - `hilbert_condition.svg`: the 1-norm condition number of the Hilbert matrix `Hₙ` for
//!   n = 1 … 14 — exact (from the integer inverse in `gallery::hilbert_inverse`) and as this
//!   week's `cond_1` computes it — growing like e^(3.5n); beside it the relative error of
//!   `x = solve(H, H·1)` (where `solve` refuses, n ≥ 12, of `solve_no_pivoting`, and the legend
//!   says so) and of `x = inverse(H)·(H·1)`, which follow κ·ε until no digit is left, and their
//!   backward errors η, which stay near ε (for elimination).
//! - `pivoting.svg`: `[[δ, 1], [1, 1]]·x = (1, 2)` (κ₁ = 4) for δ = 10⁻¹ … 10⁻²⁰: the relative
//!   error without pivoting grows like ε/δ until the answer is wrong in every digit; with partial
//!   pivoting it stays at ε.
//! - `cofactor_timing.svg`: the time of `det_cofactor` (cofactor expansion, n! terms) and of
//!   `determinant` (elimination, (2/3)n³ flops) on random n × n matrices, n = 1 … 10, timed when
//!   the picture is drawn (so it changes a little every time). At these n elimination's time is
//!   mostly fixed overhead (allocation, checks), so its curve rises far slower than n³.
//!
//! Names on the command line draw only those pictures (`staircase`, `hilbert_condition`,
//! `pivoting`, `cofactor_timing`): `cargo xtask example 3 pictures --features pictures --
//! staircase pivoting` redraws two pictures without timing anything.

use plotters::prelude::*;
use std::path::PathBuf;
use std::time::Instant;
use week1_vectors::Vector;
use week1_vectors::gallery::random_matrix;
use week1_vectors::gallery::{hilbert, hilbert_inverse};
use week1_vectors::matrix;
use week1_vectors::plot::{
    BLUE, GREY, ORANGE, RED, chart_builder, dashed_line, dots, draw_svg, draw_svg_panels, legend,
    level, line, loggable, note, pictures_dir, sci, whole,
};
use week1_vectors::testing::{EPS, naive_matvec, norm1, relative_error};
use week3_inverse::{
    backward_error, cond_1, det_cofactor, determinant, inverse, solve, solve_no_pivoting,
};

/// A curve of the picture: its name, colour and points.
type Series<'a> = (&'a str, RGBColor, &'a Vec<(f64, f64)>);

fn hilbert_condition(dir: &std::path::Path) -> PathBuf {
    let ns: Vec<usize> = (1..=14).collect();
    let mut exact = Vec::new();
    let mut computed = Vec::new();
    let mut err_solve = Vec::new();
    let mut err_inverse = Vec::new();
    let mut eta_solve = Vec::new();
    let mut eta_inverse = Vec::new();
    let mut kappa_eps = Vec::new();
    // The first n where `solve` refuses and `solve_no_pivoting` stands in (named in the legend).
    let mut fallback_from: Option<usize> = None;
    for &n in &ns {
        let h = hilbert(n);
        let kappa = norm1(&h) * norm1(&hilbert_inverse(n));
        let x_true = Vector::filled(n, 1.0);
        let b = naive_matvec(&h, &x_true);
        let x = n as f64;
        exact.push((x, kappa));
        kappa_eps.push((x, kappa * EPS));
        if let Ok(c) = cond_1(&h) {
            computed.push((x, c));
        }
        // `solve` refuses (Singular) once a pivot falls below its tolerance; the error is then
        // that of plain elimination, which H (positive definite) allows without pivoting.
        let xs = solve(&h, &b).or_else(|_| {
            fallback_from.get_or_insert(n);
            solve_no_pivoting(&h, &b)
        });
        if let Ok(xs) = xs {
            err_solve.push((x, relative_error(&xs, &x_true)));
            if let Ok(eta) = backward_error(&h, &xs, &b) {
                eta_solve.push((x, eta));
            }
        }
        if let Ok(inv) = inverse(&h) {
            let xi = naive_matvec(&inv, &b);
            err_inverse.push((x, relative_error(&xi, &x_true)));
            if let Ok(eta) = backward_error(&h, &xi, &b) {
                eta_inverse.push((x, eta));
            }
        }
    }

    let (err_name, eta_name) = match fallback_from {
        Some(n0) => (
            format!("error of solve (n ≥ {n0}: no pivoting)"),
            format!("η of solve (n ≥ {n0}: no pivoting)"),
        ),
        None => ("error of solve".to_string(), "η of solve".to_string()),
    };
    let path = dir.join("hilbert_condition.svg");
    draw_svg(&path, (820, 520), |root| {
        let mut chart = chart_builder(
            root,
            "Hilbert matrices: κ₁(Hₙ) grows like e^(3.5n), and the error of the answer with it",
            19,
            (40, 64),
        )
        .build_cartesian_2d(0.5f64..14.5f64, (1e-19f64..1e22f64).log_scale())
        .expect("chart");
        chart
            .configure_mesh()
            .x_desc("n")
            .y_desc("value (log scale)")
            .x_labels(14)
            .x_label_formatter(&whole)
            .y_labels(10)
            .y_label_formatter(&sci)
            .light_line_style(WHITE)
            .draw()
            .expect("axes");
        let series: [Series; 7] = [
            ("κ₁(Hₙ) exact", RGBColor(20, 20, 20), &exact),
            ("cond_1(Hₙ) computed", ORANGE, &computed),
            ("κ₁·ε", GREY, &kappa_eps),
            (err_name.as_str(), BLUE, &err_solve),
            ("error of inverse(H)·b", RED, &err_inverse),
            (eta_name.as_str(), RGBColor(120, 160, 255), &eta_solve),
            ("η of inverse(H)·b", RGBColor(255, 140, 140), &eta_inverse),
        ];
        for (name, color, pts) in series {
            let pts = loggable(pts);
            line(&mut chart, &pts, color.stroke_width(2), name);
            dots(&mut chart, &pts, 3, color);
        }
        // Where κ·ε reaches 1: no correct digit is left.
        level(&mut chart, (0.5, 14.5), 1.0);
        note(
            &mut chart,
            "relative error 1: no correct digit",
            (5.3, 60.0),
            14,
        );
        legend(&mut chart, SeriesLabelPosition::UpperLeft);
    });
    path
}

/// A curve of [`log_chart`]: name, colour, points, dashed.
type Curve<'a> = (&'a str, RGBColor, Vec<(f64, f64)>, bool);

/// An axis label for `log₁₀ x` drawn on a linear axis: `1e-14`.
fn decade(v: &f64) -> String {
    format!("1e{}", v.round())
}

/// A line chart with a log y axis (and optionally log x) and a legend at `legend_at`.
///
/// A log x axis is drawn as `log₁₀ x` on a linear axis, labelled every other decade: plotters' own log axis leaves the decades below 1e-14 unlabelled over 21 decades.
fn log_chart(
    path: &std::path::Path,
    caption: &str,
    (x_desc, y_desc): (&str, &str),
    (x_range, y_range): (std::ops::Range<f64>, std::ops::Range<f64>),
    x_log: bool,
    series: &[Curve],
    legend_at: SeriesLabelPosition,
) {
    let to_x = |x: f64| if x_log { x.log10() } else { x };
    let x_range = to_x(x_range.start)..to_x(x_range.end);
    draw_svg(path, (820, 500), |root| {
        let mut chart = chart_builder(root, caption, 18, (40, 64))
            .build_cartesian_2d(x_range.clone(), y_range.log_scale())
            .expect("chart");
        let decades = (x_range.end - x_range.start).round() as usize;
        chart
            .configure_mesh()
            .x_desc(x_desc)
            .y_desc(y_desc)
            .x_labels(if x_log { decades / 2 + 1 } else { 12 })
            .x_label_formatter(if x_log { &decade } else { &whole })
            .y_labels(10)
            .y_label_formatter(&sci)
            .light_line_style(WHITE)
            .draw()
            .expect("axes");
        for (name, color, pts, dashed) in series {
            let pts: Vec<(f64, f64)> = loggable(pts)
                .into_iter()
                .map(|(x, y)| (to_x(x), y))
                .collect();
            let style = color.stroke_width(2);
            if *dashed {
                dashed_line(&mut chart, &pts, (6, 4), style, *name);
            } else {
                line(&mut chart, &pts, style, *name);
                dots(&mut chart, &pts, 3, *color);
            }
        }
        legend(&mut chart, legend_at);
    });
}

/// `[[δ, 1], [1, 1]]·x = (1, 2)` for δ = 1e-1 … 1e-20, with and without pivoting.
fn pivoting(dir: &std::path::Path) -> PathBuf {
    let (mut without, mut with, mut guide) = (Vec::new(), Vec::new(), Vec::new());
    let b = Vector::from(vec![1.0, 2.0]);
    for k in 1..=20 {
        let delta = 10f64.powi(-k);
        let a = matrix![[delta, 1.0], [1.0, 1.0]];
        // x* = (1/(1 − δ), (1 − 2δ)/(1 − δ)), rounded.
        let x_true = Vector::from(vec![
            1.0 / (1.0 - delta),
            (1.0 - 2.0 * delta) / (1.0 - delta),
        ]);
        // An error of exactly 0 cannot be drawn on a log scale: show it at ε/10.
        let floor = EPS / 10.0;
        if let Ok(x) = solve_no_pivoting(&a, &b) {
            without.push((delta, relative_error(&x, &x_true).max(floor)));
        }
        if let Ok(x) = solve(&a, &b) {
            with.push((delta, relative_error(&x, &x_true).max(floor)));
        }
        guide.push((delta, (EPS / delta).min(10.0)));
    }
    let path = dir.join("pivoting.svg");
    log_chart(
        &path,
        "[[δ, 1], [1, 1]]·x = (1, 2), κ₁ = 4: the error without pivoting grows like ε/δ",
        ("δ (log scale)", "relative error of x (log scale)"),
        (1e-21..1.0, 1e-18..10.0),
        true,
        &[
            ("without pivoting", RED, without, false),
            ("with partial pivoting", BLUE, with, false),
            ("ε/δ", GREY, guide, true),
        ],
        // Top right is empty: the errors are ~1e-15 at δ = 0.1, and 1 only at tiny δ (left).
        SeriesLabelPosition::UpperRight,
    );
    path
}

/// Seconds per call of `f`: the median of several timed runs, at least `budget` seconds.
fn time(f: &dyn Fn(), budget: f64) -> f64 {
    let mut times = Vec::new();
    let start = Instant::now();
    while times.len() < 3 || (start.elapsed().as_secs_f64() < budget && times.len() < 101) {
        let t = Instant::now();
        f();
        times.push(t.elapsed().as_secs_f64());
    }
    times.sort_by(f64::total_cmp);
    times[times.len() / 2]
}

/// The determinant by cofactor expansion (n!) and by elimination (n³), timed.
fn cofactor_timing(dir: &std::path::Path) -> PathBuf {
    let (mut cofactor, mut elimination, mut factorial) = (Vec::new(), Vec::new(), Vec::new());
    let mut nfact = 1.0;
    for n in 1..=10usize {
        nfact *= n as f64;
        let a = random_matrix(n, n, 7 + n as u64);
        let tc = time(&|| drop(det_cofactor(&a)), 0.2);
        let te = time(&|| drop(determinant(&a)), 0.05);
        cofactor.push((n as f64, tc));
        elimination.push((n as f64, te));
        factorial.push((n as f64, nfact));
    }
    // Draw n! through the cofactor time at n = 10 to compare the shapes.
    let scale = cofactor[9].1 / factorial[9].1;
    let factorial: Vec<(f64, f64)> = factorial.into_iter().map(|(n, f)| (n, f * scale)).collect();
    let path = dir.join("cofactor_timing.svg");
    log_chart(
        &path,
        "The determinant: cofactor expansion grows like n!; elimination is still overhead (timed)",
        ("n", "seconds per determinant (log scale)"),
        (0.5..10.5, 1e-9..10.0),
        false,
        &[
            ("det_cofactor", RED, cofactor, false),
            ("determinant (elimination)", BLUE, elimination, false),
            ("n!, scaled", GREY, factorial, true),
        ],
        SeriesLabelPosition::UpperLeft,
    );
    path
}

/// Wilkinson diagrams of elimination on a 5 × 5 matrix: × a nonzero, 0 a zero made by the
/// elimination; shaded orange the entries the last step changed, blue the finished pivots.
/// Structure only: no numbers.
fn staircase(dir: &std::path::Path) -> PathBuf {
    let n = 5;
    let path = dir.join("staircase.svg");
    draw_svg_panels(
        &path,
        (1100, 330),
        (
            "Elimination, step by step: zeros fill in under the pivots; each step works on a smaller block",
            19,
        ),
        n,
        |panels| {
            let orange = RGBColor(255, 200, 140);
            let blue = RGBColor(150, 180, 255);
            let grey = RGBColor(235, 235, 235);
            for (p, area) in panels.iter().enumerate() {
                // Panel p shows the matrix after p steps: pivots 0..p are finished.
                let title = match p {
                    0 => "A".to_string(),
                    p if p == n - 1 => format!("after step {}: U", p - 1),
                    p => format!("after step {}", p - 1),
                };
                let mut chart = chart_builder(area, title, 17, (0, 0))
                    .build_cartesian_2d(0f64..n as f64, 0f64..n as f64)
                    .expect("chart");
                for i in 0..n {
                    for j in 0..n {
                        let zero = j < p && i > j;
                        let pivot = i == j && j < p;
                        // Step p − 1 changed the block below and to the right of its pivot.
                        let changed = p > 0 && i >= p && j >= p;
                        let fill = if zero {
                            WHITE
                        } else if pivot {
                            blue
                        } else if changed {
                            orange
                        } else {
                            grey
                        };
                        // Row 0 is drawn at the top.
                        let (x0, y0) = (j as f64, (n - 1 - i) as f64);
                        chart
                            .draw_series([Rectangle::new(
                                [(x0 + 0.04, y0 + 0.04), (x0 + 0.96, y0 + 0.96)],
                                fill.filled(),
                            )])
                            .expect("cell");
                        chart
                            .draw_series([Text::new(
                                if zero { "0" } else { "×" },
                                (x0 + 0.36, y0 + 0.75),
                                ("sans-serif", 20).into_font(),
                            )])
                            .expect("text");
                    }
                }
            }
        },
    );
    path
}

type Picture = fn(&std::path::Path) -> PathBuf;

fn main() {
    let dir = pictures_dir("week3-inverse", env!("CARGO_MANIFEST_DIR"));
    let all: [(&str, Picture); 4] = [
        ("staircase", staircase),
        ("hilbert_condition", hilbert_condition),
        ("pivoting", pivoting),
        ("cofactor_timing", cofactor_timing),
    ];
    let wanted: Vec<String> = std::env::args().skip(1).collect();
    for w in &wanted {
        assert!(
            all.iter().any(|(name, _)| name == w),
            "pictures: no picture named {w}; the pictures are {:?}",
            all.map(|(name, _)| name)
        );
    }
    for (name, draw) in all {
        if wanted.is_empty() || wanted.iter().any(|w| w == name) {
            println!("wrote {}", draw(&dir).display());
        }
    }
}
