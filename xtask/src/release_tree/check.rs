//! ci's release step: a release written under `target/`, built, its tests run on the stubs.

use super::{MANIFEST, release_at};
use crate::course::Week;
use crate::error::{Context, Error, Result, fs};
use crate::exec;
use crate::project::display_rel;
use crate::scratch::{self, read_tree};
use crate::testrun::{self, Runs};
use std::path::Path;

/// The ci step "release builds, its tests fail on the stubs, and no solution body leaks":
/// writes the release (no solutions) into `target/xtask-scratch/release-check`, scans it for
/// leaks, builds it once (`cargo build --workspace --all-targets`, with the scratch target dir
/// shared with the other ci steps), type-checks the examples and benchmarks behind features
/// (`cargo check --examples --benches --all-features`), runs the public tests of every week
/// that has exercises (at least one must fail per week), and checks that the release's own
/// xtask says that `solve`, `diff`, `grade`, `stubs`, `ci` and `example` need the instructor's
/// material.
pub fn ci_check(root: &Path) -> Result<String> {
    let out = scratch::scratch_root(root).join("release-check");
    // Written over the previous check's release (files are rewritten only when they change,
    // and what an earlier release wrote and this one does not is removed), so that a second
    // run rebuilds only what changed. A folder not written by a release is cleared first.
    if out.exists() && !out.join(MANIFEST).is_file() {
        std::fs::remove_dir_all(&out).op("clearing", &out)?;
    }
    release_at(root, &out, None, true)?;
    if out.join("solutions").exists() {
        return Err(Error::msg("the release has a solutions/ folder"));
    }
    let hidden: Vec<String> = fs::walk(&out)?
        .into_iter()
        .filter(|r| {
            r.file_name()
                .is_some_and(|n| n.to_string_lossy().starts_with("hidden_"))
        })
        .map(|r| display_rel(&r))
        .collect();
    if !hidden.is_empty() {
        return Err(Error::Msg(format!(
            "hidden tests in the release: {}",
            hidden.join(", ")
        )));
    }
    let target = scratch::scratch_target_dir(root);
    let r = testrun::cargo(
        &out,
        &target,
        &["build", "--workspace", "--all-targets", "--quiet"],
    )?;
    if !r.ok {
        return Err(Error::Msg(format!(
            "the release does not build:\n{}",
            r.stderr
        )));
    }
    // The targets behind features (the pictures examples, the benchmark with its peer) are
    // type-checked too, on the stubs (they need only the signatures), so they cannot rot unseen.
    let r = testrun::cargo(
        &out,
        &target,
        &[
            "check",
            "--workspace",
            "--examples",
            "--benches",
            "--all-features",
            "--quiet",
        ],
    )?;
    if !r.ok {
        return Err(Error::Msg(format!(
            "the release's examples or benchmarks do not compile with all features:\n{}",
            r.stderr
        )));
    }
    let weeks: Vec<Week> = Week::all()
        .filter(|w| {
            read_tree(&w.dir(&out).join("src")).is_ok_and(|t| {
                t.values()
                    .any(|b| String::from_utf8_lossy(b).contains("todo!(\""))
            })
        })
        .collect();
    let names: Vec<&str> = weeks.iter().map(|w| w.name()).collect();
    let tally = testrun::build_run_tally(
        &out,
        &target,
        &names,
        |b| names.contains(&b.package.as_str()) && !b.is_given(),
        Runs::All { threads: 2 },
    )
    .map_err(|e| e.into_error("the release's tests do not build"))?;
    let mut summary = Vec::new();
    let mut problems = Vec::new();
    for w in &weeks {
        let count = tally.count(|b| b.package == w.name());
        let (failed, total) = (count.failed(), count.total);
        if total == 0 {
            summary.push(format!("{w} has no public tests yet"));
            continue;
        }
        summary.push(format!("{w} {failed}/{total}"));
        if failed == 0 {
            problems.push(format!(
                "{w}: no public test fails on the stubs of the release ({total} tests)"
            ));
        }
    }
    let xtask = target
        .join("debug")
        .join(format!("xtask{}", std::env::consts::EXE_SUFFIX));
    for args in [
        &["solve", "1"][..],
        &["diff", "1"],
        &["grade"],
        &["stubs"],
        &["ci"],
        &["example", "1", "anything"],
    ] {
        let mut cmd = std::process::Command::new(&xtask);
        cmd.args(args).current_dir(&out);
        let o = exec::run(cmd, &exec::Run::captured())
            .map_err(|e| Error::Msg(format!("running the release's xtask: {e}")))?;
        let text = o.stderr_text().to_lowercase() + &o.stdout_text().to_lowercase();
        if o.success() || !(text.contains("instructor") || text.contains("student release")) {
            problems.push(format!(
                "`cargo xtask {}` in the release does not say it needs the instructor's \
                 material: {}",
                args.join(" "),
                text.trim()
            ));
        }
    }
    if problems.is_empty() {
        Ok(format!(
            "no leaks; builds; exercise tests failing on the stubs: {}",
            summary.join(", ")
        ))
    } else {
        Err(Error::Msg(problems.join("\n")))
    }
}
