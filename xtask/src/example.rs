//! `cargo xtask example WEEK NAME [-- ARGS]`: run a week's example program on the reference.
//!
//! The lessons quote numbers printed by example programs. In your own tree those programs run
//! on your code (`cargo run -p week1-vectors --example NAME`); this command runs them on the
//! reference solutions instead, in a scratch workspace, in release mode.

use crate::course::Week;
use crate::project::project_root;
use crate::scratch;

/// The week's examples (`<week>/examples/*.rs`), each with the first line of its doc comment.
pub fn list_examples(root: &std::path::Path, week: Week) -> Result<String, String> {
    let dir = week.dir(root).join("examples");
    let mut out = format!(
        "the examples of {week} (cargo xtask example {} NAME):\n",
        week.number()
    );
    let files =
        crate::project::walk(&dir).map_err(|e| format!("reading {}: {e}", dir.display()))?;
    for rel in files
        .iter()
        .filter(|r| r.extension().is_some_and(|e| e == "rs"))
    {
        if rel.components().count() > 1 && !rel.ends_with("main.rs") {
            continue;
        }
        let name = if rel.ends_with("main.rs") {
            rel.parent().unwrap_or(rel).display().to_string()
        } else {
            rel.file_stem()
                .unwrap_or_default()
                .to_string_lossy()
                .into_owned()
        };
        let text = std::fs::read_to_string(dir.join(rel)).unwrap_or_default();
        let about = text
            .lines()
            .find_map(|l| l.strip_prefix("//!"))
            .map(str::trim)
            .unwrap_or("");
        out.push_str(&format!("  {name:<24} {about}\n"));
    }
    Ok(out)
}

pub fn run(args: &[String]) -> Result<(), String> {
    let cmd = crate::flags::command("example").expect("in the table");
    let a = crate::flags::parse(cmd, args)?;
    let features: Vec<String> = a
        .values("--features")
        .into_iter()
        .map(String::from)
        .collect();
    match a.positionals.as_slice() {
        [w] if features.is_empty() && a.passthrough.is_empty() => {
            print!("{}", list_examples(&project_root(), Week::parse(w)?)?);
            Ok(())
        }
        [w, name] => run_example(Week::parse(w)?, name, &features, &a.passthrough),
        _ => Err(format!(
            "example: give a week and an example's name (a week alone lists them)\n{}",
            crate::flags::usage(cmd)
        )),
    }
}

/// Runs example `name` of `week` on the reference (weeks 1..=week, release build) with the
/// given features and arguments. Used by `example` and by `pictures`.
pub fn run_example(
    week: Week,
    name: &str,
    features: &[String],
    passthrough: &[String],
) -> Result<(), String> {
    let root = project_root();
    if !week.has_reference(&root) {
        return Err(format!(
            "example: the reference solutions of {week} are not here (a student release has none); \
             run `cargo run -p {week} --example {name}` to run it on your own code"
        ));
    }
    let layers = scratch::reference_layers(week.through());
    let ws = scratch::assemble(&root, "reference-examples", &layers)?;
    let mut cmd = crate::exec::cargo_in(&ws, &scratch::scratch_target_dir(&root));
    cmd.args([
        "run",
        "--quiet",
        "--release",
        "-p",
        week.name(),
        "--example",
        name,
    ])
    // Examples that write files (pictures) write them into the real tree, not the scratch.
    .env("COURSE_ROOT", &root);
    if !features.is_empty() {
        cmd.args(["--features", &features.join(",")]);
    }
    if !passthrough.is_empty() {
        cmd.arg("--").args(passthrough);
    }
    let status = cmd.status().map_err(|e| format!("running cargo: {e}"))?;
    if status.success() {
        Ok(())
    } else {
        Err(format!("example {name} of {week} failed ({status})"))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn lists_every_example_of_a_week_with_its_first_doc_line() {
        let root = project_root();
        for w in Week::all() {
            let dir = w.dir(&root).join("examples");
            let text = list_examples(&root, w).unwrap();
            for f in crate::project::walk(&dir).unwrap() {
                if f.components().count() == 1 && f.extension().is_some_and(|e| e == "rs") {
                    let name = f.file_stem().unwrap().to_string_lossy().into_owned();
                    assert!(text.contains(&format!("  {name} ")), "{name} in:\n{text}");
                }
            }
        }
    }
}
