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
use week1_vectors::plot::{
    BLUE, GREEN, ORANGE, RED, chart_builder, dots, draw_svg, legend, level, line, note,
    pictures_dir, sci, whole,
};
use week1_vectors::testing::{EPS, orthogonality_loss};
use week1_vectors::{Matrix, gallery};
use week4_lu_qr::{Qr, growth_factor, lu, qr_cgs, qr_givens, qr_householder, qr_mgs};

/// A QR factorisation function.
type QrFn = fn(&Matrix) -> week1_vectors::Result<Qr>;

fn orthogonality(dir: &std::path::Path) -> PathBuf {
    let methods: [(&str, QrFn, RGBColor); 4] = [
        ("classical Gram–Schmidt", qr_cgs, RED),
        ("modified Gram–Schmidt", qr_mgs, ORANGE),
        ("Householder", qr_householder, BLUE),
        ("Givens", qr_givens, GREEN),
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
    draw_svg(&path, (820, 540), |root| {
        let x_max = kappa(*ns.last().expect("sizes"));
        let mut chart = chart_builder(
            root,
            "Loss of orthogonality ‖I − QᵀQ‖₁ against κ(A): CGS ~ κ²ε, MGS ~ κε, Householder ~ ε",
            18,
            (44, 64),
        )
        .build_cartesian_2d(
            (1f64..x_max * 2.0).log_scale(),
            (1e-17f64..1e3f64).log_scale(),
        )
        .expect("chart");
        chart
            .configure_mesh()
            .x_desc("κ₂(A) = 2ⁿ⁻¹ (log scale)")
            .y_desc("‖I − QᵀQ‖₁ (log scale)")
            .x_labels(10)
            .x_label_formatter(&sci)
            .y_labels(10)
            .y_label_formatter(&sci)
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
            note(&mut chart, label, (end.0 / 8.0, end.1 * 4.0), 15);
        }
        for ((name, _, color), pts) in methods.iter().zip(&losses) {
            line(&mut chart, pts, color.stroke_width(2), *name);
            dots(&mut chart, pts, 3, *color);
        }
        legend(&mut chart, SeriesLabelPosition::UpperLeft);
    });
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
    draw_svg(&path, (820, 500), |root| {
        let mut chart = chart_builder(
            root,
            "Growth factor of LU with partial pivoting: 2ⁿ⁻¹ for Wilkinson's Wₙ, small for random A",
            18,
            (40, 64),
        )
        .build_cartesian_2d(0f64..205f64, (0.5f64..1e19f64).log_scale())
        .expect("chart");
        chart
            .configure_mesh()
            .x_desc("n")
            .y_desc("ρ = max|uᵢⱼ| / max|aᵢⱼ| (log scale)")
            .x_label_formatter(&whole)
            .y_labels(10)
            .y_label_formatter(&sci)
            .light_line_style(WHITE)
            .draw()
            .expect("axes");
        let style = RED.stroke_width(2);
        line(&mut chart, &wilkinson, style, "Wilkinson's Wₙ: ρ = 2ⁿ⁻¹");
        dots(&mut chart, &wilkinson, 3, RED);
        chart
            .draw_series(
                random
                    .iter()
                    .map(|&p| Circle::new(p, 4, BLUE.mix(0.6).filled())),
            )
            .expect("points")
            .label("random n × n (standard normal), 8 seeds per n")
            .legend(move |(x, y)| Circle::new((x + 10, y), 4, BLUE.filled()));
        level(&mut chart, (0.0, 205.0), 1.0 / EPS);
        note(
            &mut chart,
            "ρ = 1/ε: the bound ρ·ε on the backward error reaches 1",
            (100.0, 1.0 / EPS * 0.5),
            14,
        );
        legend(&mut chart, SeriesLabelPosition::MiddleRight);
    });
    path
}

fn main() {
    let dir = pictures_dir("week4-lu-qr", env!("CARGO_MANIFEST_DIR"));
    for path in [orthogonality(&dir), growth(&dir)] {
        println!("wrote {}", path.display());
    }
}
