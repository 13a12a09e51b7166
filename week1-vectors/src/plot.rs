//! Drawing helpers shared by the weeks' `pictures` examples (the lessons' SVG pictures).
//!
//! Only compiled with this crate's `pictures` feature (which brings in `plotters`, SVG backend
//! only); every week's `pictures` feature turns it on, so a plain `cargo test` never builds it.
//! The helpers fix the course's look: white background, `sans-serif` text, a legend in a light
//! box, and the plane pictures (a grid and the unit circle mapped by a 2 × 2 matrix, arrows).

use crate::Matrix;
use plotters::coord::Shift;
use plotters::coord::types::RangedCoordf64;
use plotters::prelude::*;
use std::path::{Path, PathBuf};

/// A drawing area of an SVG file: the whole picture or one of its panels.
pub type Area<'a> = DrawingArea<SVGBackend<'a>, Shift>;

/// A chart with linear `f64` axes on an SVG file (the plane pictures).
pub type Chart<'a, 'b> =
    ChartContext<'a, SVGBackend<'b>, Cartesian2d<RangedCoordf64, RangedCoordf64>>;

/// The course's red (first curve, first arrow).
pub const RED: RGBColor = RGBColor(200, 30, 30);
/// The course's blue (second curve, second arrow).
pub const BLUE: RGBColor = RGBColor(30, 60, 200);
/// The course's orange (the mapped unit circle).
pub const ORANGE: RGBColor = RGBColor(230, 130, 0);
/// The course's green.
pub const GREEN: RGBColor = RGBColor(40, 150, 60);
/// The grey of guides and reference lines.
pub const GREY: RGBColor = RGBColor(150, 150, 150);
/// The darker grey of notes written on a chart.
pub const NOTE_GREY: RGBColor = RGBColor(110, 110, 110);

/// Where a week's pictures go: `$COURSE_ROOT/<week>/pictures` when run through `cargo xtask
/// example` (which builds in a scratch copy and sets `COURSE_ROOT`), else `<crate_dir>/pictures`
/// (pass `env!("CARGO_MANIFEST_DIR")` of the example's crate). The folder is created.
///
/// # Panics
/// If the folder cannot be created.
pub fn pictures_dir(week: &str, crate_dir: &str) -> PathBuf {
    let dir = match std::env::var_os("COURSE_ROOT") {
        Some(root) => PathBuf::from(root).join(week).join("pictures"),
        None => PathBuf::from(crate_dir).join("pictures"),
    };
    std::fs::create_dir_all(&dir).expect("creating the pictures folder");
    dir
}

/// Draws one SVG file of `size` pixels: a white background, then `draw` on the whole area.
///
/// # Panics
/// If drawing or writing the file fails.
pub fn draw_svg(path: &Path, size: (u32, u32), draw: impl FnOnce(&Area<'_>)) {
    let root = SVGBackend::new(path, size).into_drawing_area();
    root.fill(&WHITE).expect("background");
    draw(&root);
    root.present().expect("writing the SVG");
}

/// Draws one SVG file of `size` pixels with a `title` (of font size `title_size`) over a row of
/// `columns` panels of equal width, which `draw` fills.
///
/// # Panics
/// If drawing or writing the file fails.
pub fn draw_svg_panels(
    path: &Path,
    size: (u32, u32),
    (title, title_size): (&str, u32),
    columns: usize,
    draw: impl FnOnce(&[Area<'_>]),
) {
    draw_svg(path, size, |root| {
        let root = root
            .titled(title, ("sans-serif", title_size))
            .expect("title");
        draw(&root.split_evenly((1, columns)));
    });
}

/// A chart builder on `area` with a `caption` (of font size `caption_size`), a margin of 12
/// pixels and label areas of `(x, y)` pixels below and left: call `build_cartesian_2d` on it.
pub fn chart_builder<'a, 'b>(
    area: &'a Area<'b>,
    caption: impl AsRef<str>,
    caption_size: u32,
    (x_area, y_area): (u32, u32),
) -> ChartBuilder<'a, 'static, SVGBackend<'b>> {
    let mut builder = ChartBuilder::on(area);
    builder
        .caption(caption, ("sans-serif", caption_size))
        .margin(12)
        .x_label_area_size(x_area)
        .y_label_area_size(y_area);
    builder
}

/// An axis label in scientific notation without decimals (`1e-8`): for log scales.
pub fn sci(v: &f64) -> String {
    format!("{v:.0e}")
}

/// An axis label rounded to a whole number (`12`).
pub fn whole(v: &f64) -> String {
    format!("{v:.0}")
}

/// The legend mark of a line: a segment 20 pixels long in `style`.
pub fn legend_line(style: ShapeStyle) -> impl Fn((i32, i32)) -> PathElement<(i32, i32)> {
    move |(x, y)| PathElement::new(vec![(x, y), (x + 20, y)], style)
}

/// Draws the line through `points` in `style`, named `name` in the legend.
///
/// # Panics
/// If drawing fails.
pub fn line<CT: CoordTranslate<From = (f64, f64)>>(
    chart: &mut ChartContext<'_, SVGBackend<'_>, CT>,
    points: &[(f64, f64)],
    style: ShapeStyle,
    name: impl Into<String>,
) {
    chart
        .draw_series(LineSeries::new(points.to_vec(), style))
        .expect("line")
        .label(name)
        .legend(legend_line(style));
}

/// Draws the dashed line through `points` in `style` (dashes of `dash` pixels, `gap` apart),
/// named `name` in the legend.
///
/// # Panics
/// If drawing fails.
pub fn dashed_line<CT: CoordTranslate<From = (f64, f64)>>(
    chart: &mut ChartContext<'_, SVGBackend<'_>, CT>,
    points: &[(f64, f64)],
    (dash, gap): (u32, u32),
    style: ShapeStyle,
    name: impl Into<String>,
) {
    chart
        .draw_series(DashedLineSeries::new(points.to_vec(), dash, gap, style))
        .expect("line")
        .label(name)
        .legend(legend_line(style));
}

/// Draws a filled dot of `radius` pixels in `color` at each of `points` (not in the legend).
///
/// # Panics
/// If drawing fails.
pub fn dots<CT: CoordTranslate<From = (f64, f64)>>(
    chart: &mut ChartContext<'_, SVGBackend<'_>, CT>,
    points: &[(f64, f64)],
    radius: u32,
    color: RGBColor,
) {
    chart
        .draw_series(
            points
                .iter()
                .map(|&p| Circle::new(p, radius, color.filled())),
        )
        .expect("points");
}

/// Draws a thin grey horizontal line at height `y` from `x0` to `x1` (a reference level).
///
/// # Panics
/// If drawing fails.
pub fn level<CT: CoordTranslate<From = (f64, f64)>>(
    chart: &mut ChartContext<'_, SVGBackend<'_>, CT>,
    (x0, x1): (f64, f64),
    y: f64,
) {
    chart
        .draw_series([PathElement::new(
            vec![(x0, y), (x1, y)],
            ShapeStyle::from(&GREY).stroke_width(1),
        )])
        .expect("line");
}

/// Writes `text` in grey, of font size `size`, with its upper left corner at `at`.
///
/// # Panics
/// If drawing fails.
pub fn note<CT: CoordTranslate<From = (f64, f64)>>(
    chart: &mut ChartContext<'_, SVGBackend<'_>, CT>,
    text: &str,
    at: (f64, f64),
    size: u32,
) {
    chart
        .draw_series([Text::new(
            text.to_string(),
            at,
            ("sans-serif", size).into_font().color(&NOTE_GREY),
        )])
        .expect("text");
}

/// Draws the legend of the named series at `position`: a light box, font size 15.
///
/// # Panics
/// If drawing fails.
pub fn legend<'a, 'b: 'a, CT: CoordTranslate>(
    chart: &mut ChartContext<'a, SVGBackend<'b>, CT>,
    position: SeriesLabelPosition,
) {
    chart
        .configure_series_labels()
        .position(position)
        .background_style(WHITE.mix(0.9))
        .border_style(RGBColor(180, 180, 180))
        .label_font(("sans-serif", 15))
        .draw()
        .expect("legend");
}

/// The points with a positive finite value: a log scale cannot show 0 or ∞.
pub fn loggable(points: &[(f64, f64)]) -> Vec<(f64, f64)> {
    points
        .iter()
        .copied()
        .filter(|(_, y)| y.is_finite() && *y > 0.0)
        .collect()
}

/// `A·(x, y)` for a 2 × 2 matrix, with the given indexing only.
pub fn apply(a: &Matrix, (x, y): (f64, f64)) -> (f64, f64) {
    (a[(0, 0)] * x + a[(0, 1)] * y, a[(1, 0)] * x + a[(1, 1)] * y)
}

/// How an [`arrow`] looks: the head's length and half-width, and where its label goes, all in
/// chart units, and the label's font size.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct ArrowStyle {
    /// The length of the head along the arrow.
    pub head_length: f64,
    /// Half the width of the head's base.
    pub head_width: f64,
    /// How far beyond the tip, along the arrow, the label goes.
    pub label_gap: f64,
    /// Then how far the label is moved (x, y).
    pub label_shift: (f64, f64),
    /// The label's font size.
    pub font_size: u32,
}

/// Draws an arrow from the origin to `tip` in `color`: a line, a small filled head, and `label`
/// near the head.
///
/// # Panics
/// If drawing fails.
pub fn arrow(chart: &mut Chart, tip: (f64, f64), color: RGBColor, label: &str, style: &ArrowStyle) {
    let (x, y) = tip;
    let len = (x * x + y * y).sqrt();
    let (ux, uy) = (x / len, y / len);
    let (h, w) = (style.head_length, style.head_width);
    let base = (x - h * ux, y - h * uy);
    let head = vec![
        (x, y),
        (base.0 - w * uy, base.1 + w * ux),
        (base.0 + w * uy, base.1 - w * ux),
    ];
    let line = ShapeStyle::from(&color).stroke_width(3);
    chart
        .draw_series([PathElement::new(vec![(0.0, 0.0), base], line)])
        .expect("drawing");
    chart
        .draw_series([Polygon::new(head, color.filled())])
        .expect("drawing");
    let (gap, (dx, dy)) = (style.label_gap, style.label_shift);
    chart
        .draw_series([Text::new(
            label.to_string(),
            (x + gap * ux + dx, y + gap * uy + dy),
            ("sans-serif", style.font_size).into_font().color(&color),
        )])
        .expect("drawing");
}

/// How a panel of the plane looks (see [`plane_chart`]).
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct PlaneStyle {
    /// The axes run from `-radius` to `radius`.
    pub radius: f64,
    /// The caption's font size.
    pub caption_size: u32,
    /// The chart's margin, in pixels.
    pub margin: u32,
    /// The label areas below and left, in pixels.
    pub label_areas: (u32, u32),
    /// How many labels on each axis.
    pub labels: usize,
    /// Light mesh lines (`true`) or none (`false`).
    pub mesh: bool,
    /// The arrows' look.
    pub arrow: ArrowStyle,
}

/// A square chart of the plane, `[-r, r]²`, titled `title`, with its axes drawn.
///
/// # Panics
/// If drawing fails.
pub fn plane_chart<'a, 'b>(area: &'a Area<'b>, title: &str, style: &PlaneStyle) -> Chart<'a, 'b> {
    let r = style.radius;
    let mut chart = ChartBuilder::on(area)
        .caption(title, ("sans-serif", style.caption_size))
        .margin(style.margin)
        .x_label_area_size(style.label_areas.0)
        .y_label_area_size(style.label_areas.1)
        .build_cartesian_2d(-r..r, -r..r)
        .expect("chart");
    let mut mesh = chart.configure_mesh();
    if style.mesh {
        mesh.light_line_style(WHITE)
            .bold_line_style(RGBColor(225, 225, 225));
    } else {
        mesh.disable_mesh();
    }
    mesh.x_labels(style.labels)
        .y_labels(style.labels)
        .draw()
        .expect("axes");
    chart
}

/// Draws the grid lines x = c and y = c, c = −2, −1.5, …, 2, mapped point by point by `map`.
///
/// # Panics
/// If drawing fails.
pub fn mapped_grid(chart: &mut Chart, map: impl Fn((f64, f64)) -> (f64, f64)) {
    let grid = ShapeStyle::from(&GREY).stroke_width(1);
    let steps: Vec<f64> = (-4..=4).map(|k| k as f64 * 0.5).collect();
    for &c in &steps {
        let v: Vec<(f64, f64)> = steps.iter().map(|&t| map((c, t))).collect();
        let h: Vec<(f64, f64)> = steps.iter().map(|&t| map((t, c))).collect();
        chart
            .draw_series([PathElement::new(v, grid), PathElement::new(h, grid)])
            .expect("grid");
    }
}

/// Draws the unit circle mapped by `map`, in orange.
///
/// # Panics
/// If drawing fails.
pub fn mapped_circle(chart: &mut Chart, map: impl Fn((f64, f64)) -> (f64, f64)) {
    let circle: Vec<(f64, f64)> = (0..=200)
        .map(|k| {
            let t = k as f64 / 200.0 * std::f64::consts::TAU;
            map((t.cos(), t.sin()))
        })
        .collect();
    chart
        .draw_series([PathElement::new(
            circle,
            ShapeStyle::from(&ORANGE).stroke_width(3),
        )])
        .expect("circle");
}

/// One panel of a linear map: the grid, the unit circle and the arrows `e₁`, `e₂` (labelled
/// `names`, red and blue), each mapped by `map`.
///
/// # Panics
/// If drawing fails.
pub fn map_panel(
    area: &Area<'_>,
    title: &str,
    style: &PlaneStyle,
    map: impl Fn((f64, f64)) -> (f64, f64),
    names: [&str; 2],
) {
    let mut chart = plane_chart(area, title, style);
    mapped_grid(&mut chart, &map);
    mapped_circle(&mut chart, &map);
    arrow(&mut chart, map((1.0, 0.0)), RED, names[0], &style.arrow);
    arrow(&mut chart, map((0.0, 1.0)), BLUE, names[1], &style.arrow);
}
