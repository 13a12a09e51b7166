//! `cargo xtask pictures [--week W]...`: redraw the lessons' SVG pictures on the reference.
//!
//! Runs each week's `examples/pictures.rs` (what `cargo xtask example N pictures --features
//! pictures` runs, through [`crate::examples`]), which writes `<week>/pictures/*.svg`. Week 2's
//! ladder picture is drawn from `week2-matmul/pictures/ladder.md`, the saved output of the
//! (slow) benchmark; re-measure it with
//! `cargo xtask example 2 ladder --features peer > week2-matmul/pictures/ladder.md`.
//! See docs/tools.md.

use crate::course::Week;
use crate::error::{Error, Result};
use crate::examples::{Code, Launch};
use crate::project::project_root;

/// `cargo xtask pictures [--week W]...`
pub fn run(args: &[String]) -> Result<()> {
    let cmd = crate::flags::command("pictures").expect("in the table");
    let a = crate::flags::parse(cmd, args)?;
    a.no_positionals(cmd)?;
    let mut weeks = a.weeks()?;
    let root = project_root();
    if weeks.is_empty() {
        weeks = Week::all()
            .filter(|w| w.dir(&root).join("examples").join("pictures.rs").is_file())
            .collect();
    }
    let mut failed = Vec::new();
    for w in weeks {
        if !w.has_reference(&root) {
            return Err(crate::course::needs_instructor("pictures", w).into());
        }
        println!("pictures: {w}");
        let launch = Launch {
            features: vec!["pictures".into()],
            quiet: true,
            ..Launch::new(w, "pictures", Code::Reference, "reference-examples")
        };
        let failure = match launch.run(&root) {
            Ok(status) if status.success() => None,
            Ok(status) => Some(format!("example pictures of {w} failed ({status})")),
            Err(e) => Some(e.to_string()),
        };
        if let Some(e) = failure {
            eprintln!("pictures: {e}");
            failed.push(w.name());
        }
    }
    if failed.is_empty() {
        Ok(())
    } else {
        Err(Error::Msg(format!(
            "pictures: failed for {}",
            failed.join(", ")
        )))
    }
}
