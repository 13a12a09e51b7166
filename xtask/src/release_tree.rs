//! The student version of the course: the tree a release writes into OUT
//! ([`release_files`], [`release_at`]), the scan for solution text in it ([`leaks`]), and ci's
//! check that a release builds and its tests fail on the stubs ([`ci_check`]). The `release`
//! command and `cargo xtask ci` call it.
//!
//! What OUT gets:
//! - the workspace (`Cargo.toml`, `Cargo.lock`, `.cargo/`, `.gitignore`, other root files),
//!   `docs/`, and every week's folder: manifest, lesson, public tests, examples, benches, data,
//!   pictures — with `src/` **generated from the reference** (the stubs), never copied from this
//!   tree (which may hold a `solve`d week);
//! - `xtask/` without its tests (they test the instructor's tooling on the instructor's
//!   material), plus `xtask/pristine/<week>/src/`: a pristine copy of every week's stubs, so that
//!   `cargo xtask reset` works for students;
//! - a README for students in place of this one;
//! - no `solutions/` (so no reference and no hidden tests), no `.ci/`, no `.git/`, no
//!   `target/`, no `.course-backup/`.
//!
//! `--solutions-through WEEK` releases the reference of weeks 1..=WEEK: those weeks' `src/` in
//! OUT *is* the reference (markers taken out, as `cargo xtask solve` writes it), so students can
//! build the later weeks on working code. Their stubs are still in `xtask/pristine/`, so a
//! student can `cargo xtask reset week1` to do the week themselves. Hidden tests are never
//! released.
//!
//! In OUT, `grade`, `solve`, `diff`, `stubs`, `ci` and `example` say that they need the
//! instructor's material (they find no `solutions/`); `progress`, `reset` and `restore` work.
//!
//! OUT must be empty or absent (else `--force`, which overwrites and removes only the files a
//! previous release wrote, listed in `OUT/.course-release`), and must not be the project or a
//! folder in it (except under `target/`, where ci builds its check).

mod check;
mod leaks;
mod readme;

pub use check::ci_check;
pub use leaks::leaks;

use crate::course::{Tree, Week, expected_stub_tree, pristine_dir, reference_tree};
use crate::error::{Context, Error, Result, fs};
use crate::project::display_rel;
use crate::scratch;
use std::collections::BTreeSet;
use std::path::{Component, Path, PathBuf};

/// The list of files a release wrote, at the top of OUT.
pub const MANIFEST: &str = ".course-release";

/// Folders at the root of the project that a release never contains.
const EXCLUDED_ROOT: &[&str] = &[
    ".git",
    ".ci",
    ".github",
    ".course-backup",
    "target",
    "solutions",
];

/// What to put in OUT: relative path → contents. `through`: the weeks whose reference is
/// released as their `src/`.
pub fn release_files(root: &Path, through: Option<Week>) -> Result<Tree> {
    let weeks: Vec<Week> = Week::all().filter(|w| w.dir(root).is_dir()).collect();
    if !weeks.iter().any(|w| w.has_reference(root)) {
        return Err(Error::msg(
            "release: there is no `solutions/` here — a release is made from the instructor's \
             copy of the course (this looks like a student release already)",
        ));
    }
    let mut files = Tree::new();
    for rel in walk_pruned(root, Path::new(""))? {
        let parts: Vec<String> = rel
            .components()
            .map(|c| c.as_os_str().to_string_lossy().into_owned())
            .collect();
        let first = parts[0].as_str();
        if EXCLUDED_ROOT.contains(&first) || parts.iter().any(|p| p == "target") {
            continue;
        }
        if parts.len() == 1 && first == "README.md" {
            continue;
        }
        if parts.len() > 1 && first.starts_with('.') && first != ".cargo" {
            continue;
        }
        if let Some(w) = weeks.iter().find(|w| w.name() == first)
            && parts.get(1).is_some_and(|p| p == "src")
            && w.has_reference(root)
        {
            continue; // generated below
        }
        if first == "xtask"
            && parts
                .get(1)
                .is_some_and(|p| p == "tests" || p == "fixtures" || p == "pristine")
        {
            continue;
        }
        // Named by its path in the project, as the release lists it.
        let bytes = std::fs::read(root.join(&rel)).op("reading", &rel)?;
        files.insert(rel, bytes);
    }
    for &w in &weeks {
        if !w.has_reference(root) {
            continue;
        }
        let stubs = expected_stub_tree(root, w)?;
        let released = through.is_some_and(|t| w <= t);
        let src = if released {
            reference_tree(root, w)?.expect("has a reference")
        } else {
            stubs.clone()
        };
        for (rel, bytes) in src {
            files.insert(PathBuf::from(w.name()).join("src").join(rel), bytes);
        }
        let pristine = pristine_dir(Path::new(""), w);
        for (rel, bytes) in stubs {
            files.insert(pristine.join(rel), bytes);
        }
    }
    files.insert(
        "README.md".into(),
        readme::student_readme(root, through, &weeks).into_bytes(),
    );
    Ok(files)
}

/// Every file below `root/rel`, not descending into the excluded root folders or any `target/`.
fn walk_pruned(root: &Path, rel: &Path) -> Result<Vec<PathBuf>> {
    let mut out = Vec::new();
    let dir = root.join(rel);
    let mut entries: Vec<_> = std::fs::read_dir(&dir)
        .op("reading", &dir)?
        .filter_map(Result::ok)
        .collect();
    entries.sort_by_key(|e| e.file_name());
    for e in entries {
        let name = e.file_name().to_string_lossy().into_owned();
        let r = rel.join(&name);
        let is_dir = e.file_type().map(|t| t.is_dir()).unwrap_or(false);
        if is_dir {
            let top = rel.as_os_str().is_empty();
            if name == "target" || (top && EXCLUDED_ROOT.contains(&name.as_str())) {
                continue;
            }
            out.extend(walk_pruned(root, &r)?);
        } else {
            out.push(r);
        }
    }
    Ok(out)
}

/// True when `inner` is `outer` or inside it (after resolving what can be resolved).
fn is_within(inner: &Path, outer: &Path) -> bool {
    let canon = |p: &Path| -> PathBuf {
        // Resolve the longest existing ancestor, keep the rest as written.
        let mut existing = p.to_path_buf();
        let mut rest: Vec<std::ffi::OsString> = Vec::new();
        while !existing.exists() {
            match (existing.file_name(), existing.parent()) {
                (Some(n), Some(parent)) => {
                    rest.push(n.to_os_string());
                    existing = parent.to_path_buf();
                }
                _ => break,
            }
        }
        let mut c = existing.canonicalize().unwrap_or(existing);
        for n in rest.iter().rev() {
            c.push(n);
        }
        c
    };
    canon(inner).starts_with(canon(outer))
}

/// Writes the release of the project at `root` into `out`. Returns a summary.
pub fn release_at(root: &Path, out: &Path, through: Option<Week>, force: bool) -> Result<String> {
    let out = if out.is_absolute() {
        out.to_path_buf()
    } else {
        std::env::current_dir()
            .map_err(|e| Error::Msg(format!("reading the current folder: {e}")))?
            .join(out)
    };
    if out
        .components()
        .any(|c| matches!(c, Component::ParentDir | Component::CurDir))
        && !out.exists()
    {
        return Err(Error::Msg(format!(
            "release: give OUT without `..` or `.` ({})",
            out.display()
        )));
    }
    // ci writes its check release to target/xtask-scratch/release-check: allowed.
    let under_target =
        is_within(&out, &root.join("target")) || is_within(&out, &scratch::scratch_root(root));
    if is_within(root, &out) {
        return Err(Error::Msg(format!(
            "release: OUT ({}) holds the project itself; choose a folder outside it",
            out.display()
        )));
    }
    if is_within(&out, root) && !under_target {
        return Err(Error::Msg(format!(
            "release: OUT ({}) is inside the project; choose a folder outside it",
            out.display()
        )));
    }
    let files = release_files(root, through)?;
    let previous: BTreeSet<PathBuf> = std::fs::read_to_string(out.join(MANIFEST))
        .map(|t| t.lines().map(PathBuf::from).collect())
        .unwrap_or_default();
    let nonempty = std::fs::read_dir(&out).is_ok_and(|mut d| d.next().is_some());
    if nonempty && !force {
        return Err(Error::Msg(format!(
            "release: {} is not empty; choose an empty folder, or pass --force to write over it \
             (files a previous release wrote and this one does not are removed; nothing else is)",
            out.display()
        )));
    }
    for stale in previous.difference(&files.keys().cloned().collect()) {
        if stale
            .components()
            .all(|c| matches!(c, Component::Normal(_)))
        {
            let _ = std::fs::remove_file(out.join(stale));
        }
    }
    for (rel, bytes) in &files {
        crate::project::write_if_changed(&out.join(rel), bytes).op("writing", out.join(rel))?;
    }
    let list: Vec<String> = files.keys().map(|p| display_rel(p)).collect();
    fs::write(out.join(MANIFEST), list.join("\n") + "\n")?;
    let leaked = leaks(root, &out, through)?;
    if !leaked.is_empty() {
        return Err(Error::Msg(format!(
            "release: written to {}, but solution code leaks into it:\n  {}",
            out.display(),
            leaked.join("\n  ")
        )));
    }
    Ok(format!(
        "release: {} files written to {}{}; no solution code of the other weeks in it.\n\
         Check it: cd {} && cargo test -p week1-vectors  (the exercise tests fail on the stubs)",
        files.len(),
        out.display(),
        match through {
            Some(Week::FIRST) => " (with the reference of week 1)".to_string(),
            Some(t) => format!(" (with the reference of weeks 1–{})", t.number()),
            None => " (stubs only)".into(),
        },
        out.display()
    ))
}
