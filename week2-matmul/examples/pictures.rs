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

use plotters::prelude::*;
use std::path::{Path, PathBuf};
use week1_vectors::plot::{
    ArrowStyle, BLUE, GREEN, ORANGE, PlaneStyle, RED, chart_builder, dashed_line, dots, draw_svg,
    draw_svg_panels, legend, line, map_panel, pictures_dir,
};
use week1_vectors::{Matrix, Vector, matrix};
use week2_matmul::{matmul, matvec};

/// `M·(x, y)` with this week's `matvec`.
fn apply(m: &Matrix, (x, y): (f64, f64)) -> (f64, f64) {
    let v = matvec(m, &Vector::from(vec![x, y])).expect("a 2×2 matrix times a 2-vector");
    (v[0], v[1])
}

/// The look of the composition's panels.
const STYLE: PlaneStyle = PlaneStyle {
    radius: 3.6,
    caption_size: 17,
    margin: 6,
    label_areas: (22, 26),
    labels: 5,
    mesh: false,
    arrow: ArrowStyle {
        head_length: 0.2,
        head_width: 0.09,
        label_gap: 0.15,
        label_shift: (-0.2, 0.35),
        font_size: 17,
    },
};

fn composition(dir: &Path) -> PathBuf {
    // B shears, A rotates by 30° and stretches.
    let b = matrix![[1.0, 0.8], [0.0, 1.0]];
    let (c, s) = (30f64.to_radians().cos(), 30f64.to_radians().sin());
    let a = matrix![[1.5 * c, -s], [1.5 * s, c]];
    let ab = matmul(&a, &b).expect("2×2 times 2×2");
    let identity = Matrix::identity(2);
    let path = dir.join("composition.svg");
    draw_svg_panels(
        &path,
        (1200, 470),
        (
            "Composition: B (a shear), then A (stretch and turn by 30°), is one map, AB = matmul(A, B)",
            21,
        ),
        3,
        |panels| {
            let panel = |k: usize, m: &Matrix, title: &str, names: [&str; 2]| {
                map_panel(&panels[k], title, &STYLE, |p| apply(m, p), names);
            };
            panel(0, &identity, "the plane", ["e₁", "e₂"]);
            panel(1, &b, "after B", ["Be₁", "Be₂"]);
            panel(
                2,
                &ab,
                "then after A: the same as AB in one step",
                ["ABe₁", "ABe₂"],
            );
        },
    );
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
    draw_svg(&path, (820, 540), |root| {
        let mut chart = chart_builder(
            root,
            format!("The matmul ladder: GFLOP/s against n — {title}"),
            15,
            (40, 60),
        )
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
            RED,
            ORANGE,
            RGBColor(150, 110, 0),
            GREEN,
            BLUE,
            RGBColor(130, 40, 170),
        ];
        for (r, name) in names.iter().enumerate() {
            let pts: Vec<(f64, f64)> = rows
                .iter()
                .filter_map(|(n, v)| v.get(r).copied().flatten().map(|g| (n.log2(), g)))
                .collect();
            if name == "matrixmultiply" {
                let style = ShapeStyle::from(&BLACK).stroke_width(3);
                let label = "matrixmultiply (the yardstick)";
                dashed_line(&mut chart, &pts, (8, 5), style, label);
                dots(&mut chart, &pts, 4, BLACK);
            } else {
                let color = palette[r % palette.len()];
                line(&mut chart, &pts, color.stroke_width(2), name.clone());
                dots(&mut chart, &pts, 4, color);
            }
        }
        legend(&mut chart, SeriesLabelPosition::LowerLeft);
    });
    Some(path)
}

fn main() {
    let dir = pictures_dir("week2-matmul", env!("CARGO_MANIFEST_DIR"));
    println!("wrote {}", composition(&dir).display());
    if let Some(p) = ladder(&dir) {
        println!("wrote {}", p.display());
    }
}
