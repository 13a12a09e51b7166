//! The pictures of week 4's lesson, drawn as SVG files into `week4-lu-qr/pictures/`.
//!
//! ```text
//! cargo xtask example 4 pictures --features pictures                   # on the reference
//! cargo run -p week4-lu-qr --example pictures --features pictures      # on your code
//! ```
//!
//! - `orthogonality_loss.svg`: ‖I − QᵀQ‖₁ of the Q computed by classical Gram–Schmidt, modified
//!   Gram–Schmidt, Householder and Givens, for A = U·diag(2⁻¹, …, 2⁻ⁿ)·Vᵀ (n × n, U and V random
//!   orthogonal, so κ₂(A) = 2ⁿ⁻¹), n = 2 … 60. The guides κ²·ε, κ·ε and ε are the textbook
//!   rates (Trefethen & Bau, Lecture 9; Higham, §19): CGS loses orthogonality like κ², MGS like
//!   κ, and the orthogonal-transformation methods not at all.
//! - `growth_factor.svg`: the growth factor ρ = max|uᵢⱼ| / max|aᵢⱼ| of LU with partial pivoting
//!   (`growth_factor`): 2ⁿ⁻¹ for Wilkinson's matrix Wₙ (`gallery::wilkinson_growth`), against
//!   random matrices (standard normal entries, n = 5 … 200, 8 seeds each), whose ρ stays small.

use plotters::prelude::*;
use std::path::PathBuf;
use week1_vectors::testing::{EPS, orthogonality_loss};
use week1_vectors::{Matrix, gallery};
use week4_lu_qr::{Qr, growth_factor, lu, qr_cgs, qr_givens, qr_householder, qr_mgs};

/// Where the pictures go: `$COURSE_ROOT/week4-lu-qr/pictures` when run through
/// `cargo xtask example` (which builds in a scratch copy), else this crate's `pictures/`.
fn pictures_dir() -> PathBuf {
    let dir = match std::env::var_os("COURSE_ROOT") {
        Some(root) => PathBuf::from(root).join("week4-lu-qr").join("pictures"),
        None => PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("pictures"),
    };
    std::fs::create_dir_all(&dir).expect("creating the pictures folder");
    dir
}

/// A QR factorisation function.
type QrFn = fn(&Matrix) -> week1_vectors::Result<Qr>;

fn orthogonality(dir: &std::path::Path) -> PathBuf {
    let methods: [(&str, QrFn, RGBColor); 4] = [
        ("classical Gram–Schmidt", qr_cgs, RGBColor(200, 30, 30)),
        ("modified Gram–Schmidt", qr_mgs, RGBColor(230, 130, 0)),
        ("Householder", qr_householder, RGBColor(30, 60, 200)),
        ("Givens", qr_givens, RGBColor(40, 150, 60)),
    ];
    let ns: Vec<usize> = (2..=60).step_by(2).collect();
    let kappa = |n: usize| 2f64.powi(n as i32 - 1);
    let mut losses: Vec<Vec<(f64, f64)>> = vec![Vec::new(); methods.len()];
    for &n in &ns {
        let sigma: Vec<f64> = (1..=n).map(|j| 0.5f64.powi(j as i32)).collect();
        let a = gallery::with_singular_values(n, n, &sigma, 9);
        for (m, (_, qr, _)) in methods.iter().enumerate() {
            if let Ok(f) = qr(&a) {
                // A loss of exactly 0 cannot be drawn on a log scale: show it at ε/10.
                losses[m].push((kappa(n), orthogonality_loss(&f.q).max(EPS / 10.0)));
            }
        }
    }

    let path = dir.join("orthogonality_loss.svg");
    {
        let root = SVGBackend::new(&path, (820, 540)).into_drawing_area();
        root.fill(&WHITE).expect("background");
        let x_max = kappa(*ns.last().expect("sizes"));
        let mut chart = ChartBuilder::on(&root)
            .caption(
                "Loss of orthogonality ‖I − QᵀQ‖₁ against κ(A): CGS ~ κ²ε, MGS ~ κε, Householder ~ ε",
                ("sans-serif", 18),
            )
            .margin(12)
            .x_label_area_size(44)
            .y_label_area_size(64)
            .build_cartesian_2d((1f64..x_max * 2.0).log_scale(), (1e-17f64..1e3f64).log_scale())
            .expect("chart");
        chart
            .configure_mesh()
            .x_desc("κ₂(A) = 2ⁿ⁻¹ (log scale)")
            .y_desc("‖I − QᵀQ‖₁ (log scale)")
            .x_labels(10)
            .x_label_formatter(&|v| format!("{v:.0e}"))
            .y_labels(10)
            .y_label_formatter(&|v| format!("{v:.0e}"))
            .light_line_style(WHITE)
            .draw()
            .expect("axes");
        let guide = ShapeStyle::from(&RGBColor(160, 160, 160)).stroke_width(1);
        let xs: Vec<f64> = ns.iter().map(|&n| kappa(n)).collect();
        for (label, power) in [("κ²·ε", 2), ("κ·ε", 1), ("ε", 0)] {
            let pts: Vec<(f64, f64)> = xs
                .iter()
                .map(|&k| (k, k.powi(power) * EPS))
                .filter(|&(_, y)| y < 1e3)
                .collect();
            let end = *pts.last().expect("points");
            chart
                .draw_series(DashedLineSeries::new(pts, 6, 4, guide))
                .expect("guide");
            chart
                .draw_series([Text::new(
                    label,
                    (end.0 / 8.0, end.1 * 4.0),
                    ("sans-serif", 15)
                        .into_font()
                        .color(&RGBColor(110, 110, 110)),
                )])
                .expect("label");
        }
        for ((name, _, color), pts) in methods.iter().zip(&losses) {
            let style = ShapeStyle::from(color).stroke_width(2);
            chart
                .draw_series(LineSeries::new(pts.clone(), style))
                .expect("line")
                .label(*name)
                .legend(move |(x, y)| PathElement::new(vec![(x, y), (x + 20, y)], style));
            chart
                .draw_series(pts.iter().map(|&p| Circle::new(p, 3, color.filled())))
                .expect("points");
        }
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
    path
}

/// The growth factor ρ = max|uᵢⱼ| / max|aᵢⱼ| of partial pivoting: Wilkinson's matrix against
/// random matrices.
fn growth(dir: &std::path::Path) -> PathBuf {
    let wilkinson: Vec<(f64, f64)> = (2..=60)
        .step_by(2)
        .filter_map(|n| {
            let w = gallery::wilkinson_growth(n);
            let f = lu(&w).ok()?;
            Some((n as f64, growth_factor(&w, &f)))
        })
        .collect();
    let mut random = Vec::new();
    for n in [5, 10, 20, 40, 60, 100, 150, 200] {
        for seed in 0..8 {
            let a = gallery::random_matrix(n, n, 1000 * n as u64 + seed);
            if let Ok(f) = lu(&a) {
                random.push((n as f64, growth_factor(&a, &f)));
            }
        }
    }
    let path = dir.join("growth_factor.svg");
    {
        let root = SVGBackend::new(path.as_path(), (820, 500)).into_drawing_area();
        root.fill(&WHITE).expect("background");
        let mut chart = ChartBuilder::on(&root)
            .caption(
                "Growth factor of LU with partial pivoting: 2ⁿ⁻¹ for Wilkinson's Wₙ, small for random A",
                ("sans-serif", 18),
            )
            .margin(12)
            .x_label_area_size(40)
            .y_label_area_size(64)
            .build_cartesian_2d(0f64..205f64, (0.5f64..1e19f64).log_scale())
            .expect("chart");
        chart
            .configure_mesh()
            .x_desc("n")
            .y_desc("ρ = max|uᵢⱼ| / max|aᵢⱼ| (log scale)")
            .x_label_formatter(&|v| format!("{v:.0}"))
            .y_labels(10)
            .y_label_formatter(&|v| format!("{v:.0e}"))
            .light_line_style(WHITE)
            .draw()
            .expect("axes");
        let red = RGBColor(200, 30, 30);
        let blue = RGBColor(30, 60, 200);
        let style = ShapeStyle::from(&red).stroke_width(2);
        chart
            .draw_series(LineSeries::new(wilkinson.clone(), style))
            .expect("line")
            .label("Wilkinson's Wₙ: ρ = 2ⁿ⁻¹")
            .legend(move |(x, y)| PathElement::new(vec![(x, y), (x + 20, y)], style));
        chart
            .draw_series(wilkinson.iter().map(|&p| Circle::new(p, 3, red.filled())))
            .expect("points");
        chart
            .draw_series(
                random
                    .iter()
                    .map(|&p| Circle::new(p, 4, blue.mix(0.6).filled())),
            )
            .expect("points")
            .label("random n × n (standard normal), 8 seeds per n")
            .legend(move |(x, y)| Circle::new((x + 10, y), 4, blue.filled()));
        chart
            .draw_series([PathElement::new(
                vec![(0.0, 1.0 / EPS), (205.0, 1.0 / EPS)],
                ShapeStyle::from(&RGBColor(150, 150, 150)).stroke_width(1),
            )])
            .expect("line");
        chart
            .draw_series([Text::new(
                "ρ = 1/ε: the backward error is of order 1",
                (100.0, 1.0 / EPS * 0.5),
                ("sans-serif", 14)
                    .into_font()
                    .color(&RGBColor(110, 110, 110)),
            )])
            .expect("text");
        chart
            .configure_series_labels()
            .position(SeriesLabelPosition::MiddleRight)
            .background_style(WHITE.mix(0.9))
            .border_style(RGBColor(180, 180, 180))
            .label_font(("sans-serif", 15))
            .draw()
            .expect("legend");
        root.present().expect("writing the SVG");
    }
    path
}

fn main() {
    let dir = pictures_dir();
    for path in [orthogonality(&dir), growth(&dir)] {
        println!("wrote {}", path.display());
    }
}
