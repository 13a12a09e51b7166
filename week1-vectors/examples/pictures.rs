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

use week1_vectors::plot::{
    ArrowStyle, PlaneStyle, apply, draw_svg_panels, map_panel, pictures_dir,
};
use week1_vectors::{Matrix, matrix};

/// The look of the two panels.
const STYLE: PlaneStyle = PlaneStyle {
    radius: 3.2,
    caption_size: 18,
    margin: 8,
    label_areas: (24, 30),
    labels: 7,
    mesh: false,
    arrow: ArrowStyle {
        head_length: 0.18,
        head_width: 0.08,
        label_gap: 0.12,
        label_shift: (-0.1, 0.25),
        font_size: 18,
    },
};

fn main() {
    let dir = pictures_dir("week1-vectors", env!("CARGO_MANIFEST_DIR"));
    let a = matrix![[2.0, 1.0], [0.5, 1.5]];
    let identity = Matrix::identity(2);
    let path = dir.join("linear_map.svg");
    draw_svg_panels(
        &path,
        (900, 505),
        (
            "A = [[2, 1], [0.5, 1.5]] bends the grid and the unit circle",
            22,
        ),
        2,
        |panels| {
            // The grid lines and the unit circle, mapped by the identity ("before"), then by A.
            map_panel(
                &panels[0],
                "before: the grid, the unit circle, e₁ and e₂",
                &STYLE,
                |p| apply(&identity, p),
                ["e₁", "e₂"],
            );
            map_panel(
                &panels[1],
                "after: A·e₁ and A·e₂ are the columns of A",
                &STYLE,
                |p| apply(&a, p),
                ["Ae₁", "Ae₂"],
            );
        },
    );
    println!("wrote {}", path.display());
}
