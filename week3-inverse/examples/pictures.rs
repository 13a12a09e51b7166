//! The pictures of week 3's lesson, drawn as SVG files into `week3-inverse/pictures/`.
//!
//! ```text
//! cargo xtask example 3 pictures --features pictures                      # on the reference
//! cargo run -p week3-inverse --example pictures --features pictures       # on your code
//! ```
//!
//! - `hilbert_condition.svg`: the 1-norm condition number of the Hilbert matrix `Hₙ` for
//!   n = 1 … 14 — exact (from the integer inverse in `gallery::hilbert_inverse`) and as this
//!   week's `cond_1` computes it — growing like e^(3.5n); beside it the relative error of
//!   `x = solve(H, H·1)` and of `x = inverse(H)·(H·1)`, which follow κ·ε until no digit is left.

use plotters::prelude::*;
use std::path::PathBuf;
use week1_vectors::Vector;
use week1_vectors::gallery::{hilbert, hilbert_inverse};
use week1_vectors::testing::{EPS, naive_matvec, norm1, relative_error};
use week3_inverse::{cond_1, inverse, solve, solve_no_pivoting};

/// Where the pictures go: `$COURSE_ROOT/week3-inverse/pictures` when run through
/// `cargo xtask example` (which builds in a scratch copy), else this crate's `pictures/`.
fn pictures_dir() -> PathBuf {
    let dir = match std::env::var_os("COURSE_ROOT") {
        Some(root) => PathBuf::from(root).join("week3-inverse").join("pictures"),
        None => PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("pictures"),
    };
    std::fs::create_dir_all(&dir).expect("creating the pictures folder");
    dir
}

/// A curve of the picture: its name, colour and points.
type Series<'a> = (&'a str, RGBColor, &'a Vec<(f64, f64)>);

/// Points with a positive finite value (a log scale cannot show 0 or ∞).
fn loggable(points: Vec<(f64, f64)>) -> Vec<(f64, f64)> {
    points
        .into_iter()
        .filter(|(_, y)| y.is_finite() && *y > 0.0)
        .collect()
}

fn main() {
    let ns: Vec<usize> = (1..=14).collect();
    let mut exact = Vec::new();
    let mut computed = Vec::new();
    let mut err_solve = Vec::new();
    let mut err_inverse = Vec::new();
    let mut kappa_eps = Vec::new();
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
        let xs = solve(&h, &b).or_else(|_| solve_no_pivoting(&h, &b));
        if let Ok(xs) = xs {
            err_solve.push((x, relative_error(&xs, &x_true)));
        }
        if let Ok(inv) = inverse(&h) {
            err_inverse.push((x, relative_error(&naive_matvec(&inv, &b), &x_true)));
        }
    }

    let path = pictures_dir().join("hilbert_condition.svg");
    {
        let root = SVGBackend::new(&path, (820, 520)).into_drawing_area();
        root.fill(&WHITE).expect("background");
        let mut chart = ChartBuilder::on(&root)
            .caption(
                "Hilbert matrices: κ₁(Hₙ) grows like e^(3.5n), and the error of the answer with it",
                ("sans-serif", 19),
            )
            .margin(12)
            .x_label_area_size(40)
            .y_label_area_size(64)
            .build_cartesian_2d(0.5f64..14.5f64, (1e-18f64..1e22f64).log_scale())
            .expect("chart");
        chart
            .configure_mesh()
            .x_desc("n")
            .y_desc("value (log scale)")
            .x_labels(14)
            .x_label_formatter(&|v| format!("{v:.0}"))
            .y_labels(10)
            .y_label_formatter(&|v| format!("{v:.0e}"))
            .light_line_style(WHITE)
            .draw()
            .expect("axes");
        let series: [Series; 5] = [
            ("κ₁(Hₙ) exact", RGBColor(20, 20, 20), &exact),
            ("cond_1(Hₙ) computed", RGBColor(230, 130, 0), &computed),
            ("κ₁·ε", RGBColor(150, 150, 150), &kappa_eps),
            ("error of solve(H, b)", RGBColor(30, 60, 200), &err_solve),
            ("error of inverse(H)·b", RGBColor(200, 30, 30), &err_inverse),
        ];
        for (name, color, pts) in series {
            let pts = loggable(pts.clone());
            let style = ShapeStyle::from(&color).stroke_width(2);
            chart
                .draw_series(LineSeries::new(pts.clone(), style))
                .expect("line")
                .label(name)
                .legend(move |(x, y)| PathElement::new(vec![(x, y), (x + 20, y)], style));
            chart
                .draw_series(pts.iter().map(|&p| Circle::new(p, 3, color.filled())))
                .expect("points");
        }
        // Where κ·ε reaches 1: no correct digit is left.
        chart
            .draw_series([PathElement::new(
                vec![(0.5, 1.0), (14.5, 1.0)],
                ShapeStyle::from(&RGBColor(150, 150, 150)).stroke_width(1),
            )])
            .expect("line");
        chart
            .draw_series([Text::new(
                "relative error 1: no correct digit",
                (0.8, 60.0),
                ("sans-serif", 14)
                    .into_font()
                    .color(&RGBColor(110, 110, 110)),
            )])
            .expect("text");
        chart
            .configure_series_labels()
            .position(SeriesLabelPosition::UpperLeft)
            .background_style(WHITE.mix(0.9))
            .border_style(RGBColor(180, 180, 180))
            .label_font(("sans-serif", 15))
            .draw()
            .expect("legend");
        root.present().expect("writing the SVG");
    }
    println!("wrote {}", path.display());
}
