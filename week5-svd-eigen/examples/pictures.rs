//! The pictures of week 5's lesson, drawn as SVG files into `week5-svd-eigen/pictures/`.
//!
//! ```text
//! cargo xtask example 5 pictures --features pictures                       # on the reference
//! cargo run -p week5-svd-eigen --example pictures --features pictures      # on your code
//! ```
//!
//! - `svd_ellipse.svg`: the SVD of A = [[2, 1], [0.5, 1.5]] (week 1's picture of the same
//!   matrix bending the plane): the right singular vectors v₁, v₂ are the two orthogonal
//!   directions of the unit circle that A keeps orthogonal; it sends them to σ₁u₁ and σ₂u₂,
//!   the semi-axes of the ellipse.
//! - `low_rank_error.svg`: the error of the best rank-k approximation A_k (`low_rank_approx`)
//!   of the 48 × 72 "image" of `examples/low_rank_image.rs` (a smooth background, a disc, a bar,
//!   noise of size 0.01), against k: in the 2-norm it is σₖ₊₁ and in the Frobenius norm
//!   √(σ²ₖ₊₁ + … + σ²ₙ) (Eckart–Young). The smooth parts are nearly low rank, so the error falls
//!   fast; then it levels off at the noise, whose singular values are the flat tail.
//!
use plotters::prelude::*;
use std::path::PathBuf;
use week1_vectors::gallery::random_matrix;
use week1_vectors::plot::{
    Area, ArrowStyle, BLUE, PlaneStyle, RED, apply, arrow, chart_builder, draw_svg,
    draw_svg_panels, legend, line, mapped_circle, pictures_dir, plane_chart, sci, whole,
};
use week1_vectors::testing::{EPS, frobenius, naive_sub};
use week1_vectors::{Matrix, matrix};
use week5_svd_eigen::{low_rank_approx, svd};

/// The look of the two panels.
const STYLE: PlaneStyle = PlaneStyle {
    radius: 3.0,
    caption_size: 18,
    margin: 8,
    label_areas: (24, 30),
    labels: 7,
    mesh: true,
    arrow: ArrowStyle {
        head_length: 0.18,
        head_width: 0.08,
        label_gap: 0.15,
        label_shift: (-0.15, 0.28),
        font_size: 18,
    },
};

/// One panel: the unit circle mapped by `a`, and two labelled arrows.
fn panel(area: &Area, a: &Matrix, title: &str, arrows: [((f64, f64), &str); 2]) {
    let mut chart = plane_chart(area, title, &STYLE);
    mapped_circle(&mut chart, |p| apply(a, p));
    arrow(&mut chart, arrows[0].0, RED, arrows[0].1, &STYLE.arrow);
    arrow(&mut chart, arrows[1].0, BLUE, arrows[1].1, &STYLE.arrow);
}

fn svd_ellipse(dir: &std::path::Path) -> PathBuf {
    let a = matrix![[2.0, 1.0], [0.5, 1.5]];
    let f = svd(&a).expect("the SVD of a 2×2 matrix");
    let (s1, s2) = (f.sigma[0], f.sigma[1]);
    let v1 = (f.vt[(0, 0)], f.vt[(0, 1)]);
    let v2 = (f.vt[(1, 0)], f.vt[(1, 1)]);
    let u1 = (s1 * f.u[(0, 0)], s1 * f.u[(1, 0)]);
    let u2 = (s2 * f.u[(0, 1)], s2 * f.u[(1, 1)]);
    let path = dir.join("svd_ellipse.svg");
    let title = format!(
        "A = UΣVᵀ for A = [[2, 1], [0.5, 1.5]]: σ₁ = {s1:.3}, σ₂ = {s2:.3}, and Avᵢ = σᵢuᵢ"
    );
    draw_svg_panels(&path, (900, 505), (&title, 22), 2, |panels| {
        panel(
            &panels[0],
            &Matrix::identity(2),
            "the unit circle and the right singular vectors",
            [(v1, "v₁"), (v2, "v₂")],
        );
        panel(
            &panels[1],
            &a,
            "its image: an ellipse with semi-axes σ₁u₁, σ₂u₂",
            [(u1, "σ₁u₁"), (u2, "σ₂u₂")],
        );
    });
    path
}

/// The 48×72 "image" of `examples/low_rank_image.rs`: a smooth background, a bright disc, a
/// dark bar and a little noise.
fn image(m: usize, n: usize) -> Matrix {
    let noise = random_matrix(m, n, 3);
    Matrix::from_fn(m, n, |i, j| {
        let (y, x) = (i as f64 / m as f64, j as f64 / n as f64);
        let background = 0.3 + 0.2 * (3.0 * x).sin() * (2.0 * y).cos();
        let disc = if (x - 0.35).powi(2) + (y - 0.45).powi(2) < 0.04 {
            0.5
        } else {
            0.0
        };
        let bar = if (0.65..0.8).contains(&x) && (0.2..0.9).contains(&y) {
            -0.25
        } else {
            0.0
        };
        background + disc + bar + 0.01 * noise[(i, j)]
    })
}

fn low_rank_error(dir: &std::path::Path) -> PathBuf {
    let (m, n) = (48, 72);
    let a = image(m, n);
    let f = svd(&a).expect("the SVD of the image");
    let sigma = f.sigma.as_slice().to_vec();
    let s1 = sigma[0];
    let kmax = 40;
    let (mut two, mut fro, mut two_theory, mut fro_theory) =
        (Vec::new(), Vec::new(), Vec::new(), Vec::new());
    for k in 0..=kmax {
        let ak = low_rank_approx(&a, k).expect("a rank-k approximation");
        let e = naive_sub(&a, &ak);
        let e2 = svd(&e).map(|g| g.sigma[0]).unwrap_or(f64::NAN);
        let x = k as f64;
        // Relative to ‖A‖₂ = σ₁; values below the rounding floor are drawn at ε/10.
        let floor = EPS / 10.0;
        two.push((x, (e2 / s1).max(floor)));
        fro.push((x, (frobenius(&e) / s1).max(floor)));
        two_theory.push((x, (sigma.get(k).copied().unwrap_or(0.0) / s1).max(floor)));
        let tail: f64 = sigma.iter().skip(k).map(|s| s * s).sum::<f64>().sqrt();
        fro_theory.push((x, (tail / s1).max(floor)));
    }
    let path = dir.join("low_rank_error.svg");
    draw_svg(&path, (820, 520), |root| {
        let mut chart = chart_builder(
            root,
            "Best rank-k approximation of a 48×72 image: the error is σₖ₊₁ (Eckart–Young)",
            18,
            (40, 64),
        )
        .build_cartesian_2d(-0.5f64..kmax as f64 + 0.5, (3e-4f64..2f64).log_scale())
        .expect("chart");
        chart
            .configure_mesh()
            .x_desc("rank k")
            .y_desc("‖A − A_k‖ / ‖A‖₂ (log scale)")
            .x_labels(13)
            .x_label_formatter(&whole)
            .y_labels(10)
            .y_label_formatter(&sci)
            .light_line_style(WHITE)
            .draw()
            .expect("axes");
        line(
            &mut chart,
            &two,
            BLUE.stroke_width(2),
            "‖A − A_k‖₂ computed",
        );
        line(
            &mut chart,
            &fro,
            RED.stroke_width(2),
            "‖A − A_k‖_F computed",
        );
        for (name, pts, color) in [
            ("σₖ₊₁ (theory, 2-norm)", &two_theory, BLUE),
            ("√(σ²ₖ₊₁ + … + σ²ₙ) (theory, Frobenius)", &fro_theory, RED),
        ] {
            chart
                .draw_series(
                    pts.iter()
                        .map(|&p| Circle::new(p, 5, color.stroke_width(2))),
                )
                .expect("points")
                .label(name)
                .legend(move |(x, y)| Circle::new((x + 10, y), 5, color.stroke_width(2)));
        }
        legend(&mut chart, SeriesLabelPosition::UpperRight);
    });
    path
}

fn main() {
    let dir = pictures_dir("week5-svd-eigen", env!("CARGO_MANIFEST_DIR"));
    for path in [svd_ellipse(&dir), low_rank_error(&dir)] {
        println!("wrote {}", path.display());
    }
}
