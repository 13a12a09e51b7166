//! An exercise's hints as `hint` and `watch` show them: levels 1..=N of the manifest's
//! `hints` (1: a nudge; 2: the key idea; 3: the shape of the algorithm), each numbered, then how
//! to get the next one.
//!
//! ```
//! use xtask::course::{Week, hints, manifest};
//! let m = manifest::require(&xtask::project::project_root(), Week::FIRST).unwrap();
//! let e = &m.exercises[0];
//! let shown = hints::text(e, 1, "press h");
//! assert!(shown.starts_with(&format!("hint 1 of {} (a nudge): ", e.hints.len())), "{shown}");
//! ```

use super::manifest::Exercise;

/// Hints `1..=level` of `e`, numbered, and `({more} for hint N)` when there is a next one
/// (`more` is how to ask: `press h`, or the `cargo xtask hint` command).
pub fn text(e: &Exercise, level: usize, more: &str) -> String {
    let mut out = String::new();
    let names = ["a nudge", "the key idea", "the shape of the algorithm"];
    for (i, h) in e.hints.iter().take(level).enumerate() {
        out.push_str(&format!(
            "hint {} of {} ({}): {h}\n",
            i + 1,
            e.hints.len(),
            names.get(i).unwrap_or(&"more")
        ));
    }
    if level < e.hints.len() {
        out.push_str(&format!("({more} for hint {})\n", level + 1));
    } else {
        out.push_str("(no more hints: the lesson's section and the doc comment have the rest)\n");
    }
    out
}
