//! The pictures of week 2's lesson, drawn as SVG files into `week2-matmul/pictures/`.
//!
//! ```text
//! cargo xtask example 2 pictures --features pictures                    # on the reference
//! cargo run -p week2-matmul --example pictures --features pictures      # on your code
//! ```
//!
//! - `composition.svg`: the product of matrices is the composition of maps. The grid and the
//!   unit circle, mapped by B, then by A — the same as mapping them once by `matmul(A, B)`.
//!   Points are mapped with this week's `matvec`.
//! - `matmul_ladder.svg`: GFLOP/s of every rung of the ladder against n, beside matrixmultiply.
//!   The numbers are read from `pictures/ladder.md`, in the format the ladder benchmark prints
//!   (it holds the lesson's table, measured on the course's 2-core machine with
//!   `-C target-cpu=native`). To draw your own machine's ladder:
//!
//!   ```text
//!   cargo xtask example 2 ladder --features peer > week2-matmul/pictures/ladder.md
//!   cargo xtask example 2 pictures --features pictures
//!   ```

use plotters::coord::types::RangedCoordf64;
use plotters::prelude::*;
use std::path::{Path, PathBuf};
use week1_vectors::{Matrix, Vector, matrix};
use week2_matmul::{matmul, matvec};

type Chart<'a, 'b> = ChartContext<'a, SVGBackend<'b>, Cartesian2d<RangedCoordf64, RangedCoordf64>>;

/// `<root>/week2-matmul/pictures` when run through `cargo xtask example` (which builds in a
/// scratch copy and sets `COURSE_ROOT`), else this crate's `pictures/`.
fn pictures_dir() -> PathBuf {
    let dir = match std::env::var_os("COURSE_ROOT") {
        Some(root) => PathBuf::from(root).join("week2-matmul").join("pictures"),
        None => PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("pictures"),
    };
    std::fs::create_dir_all(&dir).expect("creating the pictures folder");
    dir
}

/// `M·(x, y)` with this week's `matvec`.
fn apply(m: &Matrix, (x, y): (f64, f64)) -> (f64, f64) {
    let v = matvec(m, &Vector::from(vec![x, y])).expect("a 2×2 matrix times a 2-vector");
    (v[0], v[1])
}

/// An arrow from the origin to `tip`, labelled near its head.
fn arrow(chart: &mut Chart, tip: (f64, f64), color: RGBColor, label: &str) {
    let (x, y) = tip;
    let len = (x * x + y * y).sqrt();
    let (ux, uy) = (x / len, y / len);
    let (h, w) = (0.2, 0.09);
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
            (x + 0.15 * ux - 0.2, y + 0.15 * uy + 0.35),
            ("sans-serif", 17).into_font().color(&color),
        )])
        .expect("drawing");
}

/// One panel: the grid, the unit circle and e₁, e₂, each mapped by `m`.
fn panel(
    area: &DrawingArea<SVGBackend, plotters::coord::Shift>,
    m: &Matrix,
    title: &str,
    names: [&str; 2],
) {
    let r = 3.6;
    let mut chart = ChartBuilder::on(area)
        .caption(title, ("sans-serif", 17))
        .margin(6)
        .x_label_area_size(22)
        .y_label_area_size(26)
        .build_cartesian_2d(-r..r, -r..r)
        .expect("chart");
    chart
        .configure_mesh()
        .disable_mesh()
        .x_labels(5)
        .y_labels(5)
        .draw()
        .expect("axes");
    let grid = ShapeStyle::from(&RGBColor(150, 150, 150)).stroke_width(1);
    let steps: Vec<f64> = (-4..=4).map(|k| k as f64 * 0.5).collect();
    for &c in &steps {
        let v: Vec<(f64, f64)> = steps.iter().map(|&t| apply(m, (c, t))).collect();
        let h: Vec<(f64, f64)> = steps.iter().map(|&t| apply(m, (t, c))).collect();
        chart
            .draw_series([PathElement::new(v, grid), PathElement::new(h, grid)])
            .expect("grid");
    }
    let circle: Vec<(f64, f64)> = (0..=200)
        .map(|k| {
            let t = k as f64 / 200.0 * std::f64::consts::TAU;
            apply(m, (t.cos(), t.sin()))
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
        apply(m, (1.0, 0.0)),
        RGBColor(200, 30, 30),
        names[0],
    );
    arrow(
        &mut chart,
        apply(m, (0.0, 1.0)),
        RGBColor(30, 60, 200),
        names[1],
    );
}

fn composition(dir: &Path) -> PathBuf {
    // B shears, A rotates by 30° and stretches.
    let b = matrix![[1.0, 0.8], [0.0, 1.0]];
    let (c, s) = (30f64.to_radians().cos(), 30f64.to_radians().sin());
    let a = matrix![[1.5 * c, -s], [1.5 * s, c]];
    let ab = matmul(&a, &b).expect("2×2 times 2×2");
    let path = dir.join("composition.svg");
    {
        let root = SVGBackend::new(path.as_path(), (1200, 470)).into_drawing_area();
        root.fill(&WHITE).expect("background");
        let root = root
            .titled(
                "Composition: B (a shear), then A (stretch and turn by 30°), is one map, AB = matmul(A, B)",
                ("sans-serif", 21),
            )
            .expect("title");
        let panels = root.split_evenly((1, 3));
        panel(&panels[0], &Matrix::identity(2), "the plane", ["e₁", "e₂"]);
        panel(&panels[1], &b, "after B", ["Be₁", "Be₂"]);
        panel(
            &panels[2],
            &ab,
            "then after A: the same as AB in one step",
            ["ABe₁", "ABe₂"],
        );
        root.present().expect("writing the SVG");
    }
    path
}

/// The ladder benchmark's first table (GFLOP/s): the rung names, and for each n the values
/// (`None` where the benchmark skipped the cell). Also the title line, naming the machine.
type Ladder = (String, Vec<String>, Vec<(f64, Vec<Option<f64>>)>);

fn read_ladder(text: &str) -> Option<Ladder> {
    let machine = text
        .lines()
        .find_map(|l| l.strip_prefix("# The matmul ladder on "))
        .unwrap_or("this machine");
    // The load average tells how busy the machine was: numbers taken on a busy machine are low.
    let load = text
        .lines()
        .find_map(|l| l.strip_prefix("load average at the start: "))
        .and_then(|l| l.split_whitespace().next())
        .map(|l| format!(", load average {l}"))
        .unwrap_or_default();
    let title = format!("{machine}{load}");
    let mut lines = text
        .lines()
        .skip_while(|l| !l.starts_with("GFLOP/s"))
        .skip_while(|l| !l.starts_with('|'));
    let cells = |l: &str| -> Vec<String> {
        l.trim()
            .trim_matches('|')
            .split('|')
            .map(|c| c.trim().to_string())
            .collect()
    };
    let header = cells(lines.next()?);
    lines.next()?; // |---:|…
    let mut rows = Vec::new();
    for l in lines.take_while(|l| l.starts_with('|')) {
        let c = cells(l);
        let n: f64 = c.first()?.parse().ok()?;
        rows.push((n, c[1..].iter().map(|v| v.parse().ok()).collect()));
    }
    Some((title, header[1..].to_vec(), rows))
}

fn ladder(dir: &Path) -> Option<PathBuf> {
    let data = dir.join("ladder.md");
    let Ok(text) = std::fs::read_to_string(&data) else {
        eprintln!(
            "no {}: run `cargo xtask example 2 ladder --features peer > {}` first",
            data.display(),
            data.display()
        );
        return None;
    };
    let (title, names, rows) = read_ladder(&text).expect("the ladder table in ladder.md");
    let top = rows
        .iter()
        .flat_map(|(_, v)| v.iter().flatten())
        .fold(1.0f64, |m, &v| m.max(v));
    let path = dir.join("matmul_ladder.svg");
    {
        let root = SVGBackend::new(path.as_path(), (820, 540)).into_drawing_area();
        root.fill(&WHITE).expect("background");
        let mut chart = ChartBuilder::on(&root)
            .caption(
                format!("The matmul ladder: GFLOP/s against n — {title}"),
                ("sans-serif", 15),
            )
            .margin(12)
            .x_label_area_size(40)
            .y_label_area_size(60)
            // x is log₂ n, labelled with n itself: one tick per measured size.
            .build_cartesian_2d(5.6f64..10.4f64, (0.1f64..top * 2.0).log_scale())
            .expect("chart");
        chart
            .configure_mesh()
            .x_desc("n (matrices n × n; log scale)")
            .y_desc("GFLOP/s = 2n³ / time / 10⁹ (log scale)")
            .x_labels(5)
            .x_label_formatter(&|v| format!("{:.0}", 2f64.powf(*v)))
            .y_label_formatter(&|v| format!("{v}"))
            .light_line_style(WHITE)
            .draw()
            .expect("axes");
        let palette = [
            RGBColor(200, 30, 30),
            RGBColor(230, 130, 0),
            RGBColor(150, 110, 0),
            RGBColor(40, 150, 60),
            RGBColor(30, 60, 200),
            RGBColor(130, 40, 170),
        ];
        for (r, name) in names.iter().enumerate() {
            let pts: Vec<(f64, f64)> = rows
                .iter()
                .filter_map(|(n, v)| v.get(r).copied().flatten().map(|g| (n.log2(), g)))
                .collect();
            let peer = name == "matrixmultiply";
            let color = if peer {
                RGBColor(0, 0, 0)
            } else {
                palette[r % palette.len()]
            };
            let style = ShapeStyle::from(&color).stroke_width(if peer { 3 } else { 2 });
            let label = if peer {
                "matrixmultiply (the yardstick)".to_string()
            } else {
                name.clone()
            };
            if peer {
                chart
                    .draw_series(DashedLineSeries::new(pts.clone(), 8, 5, style))
                    .expect("line")
                    .label(label)
                    .legend(move |(x, y)| PathElement::new(vec![(x, y), (x + 20, y)], style));
            } else {
                chart
                    .draw_series(LineSeries::new(pts.clone(), style))
                    .expect("line")
                    .label(label)
                    .legend(move |(x, y)| PathElement::new(vec![(x, y), (x + 20, y)], style));
            }
            chart
                .draw_series(pts.iter().map(|&p| Circle::new(p, 4, color.filled())))
                .expect("points");
        }
        chart
            .configure_series_labels()
            .position(SeriesLabelPosition::LowerLeft)
            .background_style(WHITE.mix(0.9))
            .border_style(RGBColor(180, 180, 180))
            .label_font(("sans-serif", 15))
            .draw()
            .expect("legend");
        root.present().expect("writing the SVG");
    }
    Some(path)
}

fn main() {
    let dir = pictures_dir();
    println!("wrote {}", composition(&dir).display());
    if let Some(p) = ladder(&dir) {
        println!("wrote {}", p.display());
    }
}
