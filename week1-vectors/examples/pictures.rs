//! The pictures of week 1's lesson, drawn as SVG files into `week1-vectors/pictures/`.
//!
//! ```text
//! cargo xtask example 1 pictures --features pictures                      # on the reference
//! cargo run -p week1-vectors --example pictures --features pictures       # on your code
//! ```
//!
//! - `linear_map.svg`: a 2×2 matrix is a map of the plane. It sends the square grid to a grid of
//!   parallelograms (lines stay lines, parallel lines stay parallel, the origin stays put) and
//!   the unit circle to an ellipse; its columns are where `e₁` and `e₂` land.
//!
//! Only given code is used (`Matrix` and its indexing), so the picture is the same on the stubs.

use plotters::coord::types::RangedCoordf64;
use plotters::prelude::*;
use std::path::PathBuf;
use week1_vectors::{Matrix, matrix};

type Chart<'a, 'b> = ChartContext<'a, SVGBackend<'b>, Cartesian2d<RangedCoordf64, RangedCoordf64>>;

/// Where the pictures go: `$COURSE_ROOT/week1-vectors/pictures` when run through
/// `cargo xtask example` (which builds in a scratch copy), else this crate's `pictures/`.
fn pictures_dir() -> PathBuf {
    let dir = match std::env::var_os("COURSE_ROOT") {
        Some(root) => PathBuf::from(root).join("week1-vectors").join("pictures"),
        None => PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("pictures"),
    };
    std::fs::create_dir_all(&dir).expect("creating the pictures folder");
    dir
}

/// `A·(x, y)` for a 2×2 matrix, with the given indexing only.
fn apply(a: &Matrix, (x, y): (f64, f64)) -> (f64, f64) {
    (a[(0, 0)] * x + a[(0, 1)] * y, a[(1, 0)] * x + a[(1, 1)] * y)
}

/// An arrow from the origin to `tip`: a line and a small filled head.
fn arrow(chart: &mut Chart, tip: (f64, f64), color: RGBColor, label: &str) {
    let (x, y) = tip;
    let len = (x * x + y * y).sqrt();
    let (ux, uy) = (x / len, y / len);
    let (h, w) = (0.18, 0.08);
    let base = (x - h * ux, y - h * uy);
    let head = vec![
        (x, y),
        (base.0 - w * uy, base.1 + w * ux),
        (base.0 + w * uy, base.1 - w * ux),
    ];
    let style = ShapeStyle::from(&color).stroke_width(3);
    chart
        .draw_series([PathElement::new(vec![(0.0, 0.0), base], style)])
        .expect("drawing");
    chart
        .draw_series([Polygon::new(head, color.filled())])
        .expect("drawing");
    chart
        .draw_series([Text::new(
            label.to_string(),
            (x + 0.12 * ux - 0.1, y + 0.12 * uy + 0.25),
            ("sans-serif", 18).into_font().color(&color),
        )])
        .expect("drawing");
}

/// One panel: the grid lines and the unit circle, mapped by `a` (the identity for "before").
fn panel(
    area: &DrawingArea<SVGBackend, plotters::coord::Shift>,
    a: &Matrix,
    title: &str,
    names: [&str; 2],
) {
    let r = 3.2;
    let mut chart = ChartBuilder::on(area)
        .caption(title, ("sans-serif", 18))
        .margin(8)
        .x_label_area_size(24)
        .y_label_area_size(30)
        .build_cartesian_2d(-r..r, -r..r)
        .expect("building the chart");
    chart
        .configure_mesh()
        .disable_mesh()
        .x_labels(7)
        .y_labels(7)
        .draw()
        .expect("drawing the axes");
    let grid = ShapeStyle::from(&RGBColor(150, 150, 150)).stroke_width(1);
    let steps: Vec<f64> = (-4..=4).map(|k| k as f64 * 0.5).collect();
    for &c in &steps {
        // A vertical line x = c and a horizontal line y = c, each mapped point by point.
        let v: Vec<(f64, f64)> = steps.iter().map(|&t| apply(a, (c, t))).collect();
        let h: Vec<(f64, f64)> = steps.iter().map(|&t| apply(a, (t, c))).collect();
        chart
            .draw_series([PathElement::new(v, grid), PathElement::new(h, grid)])
            .expect("grid");
    }
    let circle: Vec<(f64, f64)> = (0..=200)
        .map(|k| {
            let t = k as f64 / 200.0 * std::f64::consts::TAU;
            apply(a, (t.cos(), t.sin()))
        })
        .collect();
    chart
        .draw_series([PathElement::new(
            circle,
            ShapeStyle::from(&RGBColor(230, 130, 0)).stroke_width(3),
        )])
        .expect("circle");
    arrow(
        &mut chart,
        apply(a, (1.0, 0.0)),
        RGBColor(200, 30, 30),
        names[0],
    );
    arrow(
        &mut chart,
        apply(a, (0.0, 1.0)),
        RGBColor(30, 60, 200),
        names[1],
    );
}

fn main() {
    let dir = pictures_dir();
    let a = matrix![[2.0, 1.0], [0.5, 1.5]];
    let identity = Matrix::identity(2);
    let path = dir.join("linear_map.svg");
    {
        let root = SVGBackend::new(&path, (900, 505)).into_drawing_area();
        root.fill(&WHITE).expect("background");
        let root = root
            .titled(
                "A = [[2, 1], [0.5, 1.5]] bends the grid and the unit circle",
                ("sans-serif", 22),
            )
            .expect("title");
        let panels = root.split_evenly((1, 2));
        panel(
            &panels[0],
            &identity,
            "before: the grid, the unit circle, e₁ and e₂",
            ["e₁", "e₂"],
        );
        panel(
            &panels[1],
            &a,
            "after: A·e₁ and A·e₂ are the columns of A",
            ["Ae₁", "Ae₂"],
        );
        root.present().expect("writing the SVG");
    }
    println!("wrote {}", path.display());
}
