//! `cargo xtask release OUT [--solutions-through WEEK] [--force]`: the student version, written
//! by [`crate::release_tree`] (which says what OUT gets); `--check` runs ci's release step.

use crate::course::Week;
use crate::error::{Error, Result};
use crate::project::project_root;
use crate::release_tree::{ci_check, release_at};
use std::path::PathBuf;

/// `cargo xtask release OUT [--solutions-through WEEK] [--force]`
pub fn run(args: &[String]) -> Result<()> {
    let usage = "usage: cargo xtask release OUT [--solutions-through WEEK] [--force]\n       \
                 cargo xtask release --check   (the ci step: build and test a release in target/)";
    if args == ["--check"] {
        let root = project_root();
        println!("release --check: {}", ci_check(&root)?);
        return Ok(());
    }
    let a = crate::flags::parse(
        crate::flags::command("release").expect("in the table"),
        args,
    )?;
    if a.has("--check") {
        return Err(Error::Msg(format!(
            "release: --check takes no other arguments\n{usage}"
        )));
    }
    let force = a.has("--force");
    let through = a
        .value("--solutions-through")
        .map(Week::parse)
        .transpose()?;
    let [out] = a.positionals.as_slice() else {
        return Err(Error::msg(usage));
    };
    let out = PathBuf::from(out);
    println!("{}", release_at(&project_root(), &out, through, force)?);
    Ok(())
}
