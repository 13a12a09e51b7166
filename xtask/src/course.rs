//! The course's file trees: for every week, the reference as `solve` writes it, the stub as
//! the generator (or a student release's pristine copy) gives it, and the state of a learner's
//! file against both. Commands ask this module; none of them serves another as a library.
//!
//! A [`Tree`] maps a path below a week's `src/` to its bytes. Three trees per week:
//!
//! | tree | from | used by |
//! | --- | --- | --- |
//! | [`reference_tree`] | `solutions/<week>/src`, markers taken out | solve, diff, release, grade |
//! | [`expected_stub_tree`] | `solutions/<week>/src` through the stub generator | stubs, grade, release, manifest checks |
//! | [`stub_tree`] | the above, or `xtask/pristine/<week>/src` in a student release | reset, progress |
//!
//! and [`Versions::state`] classifies a learner's file as missing, stub, reference or work.
//!
//! The weeks themselves, read from the workspace's `Cargo.toml`, are [`Week`] ([`week`]); a
//! week's exercises, read from `<week>/exercises.toml`, are [`manifest::Manifest`] ([`manifest`]).

pub mod manifest;
pub mod week;

pub use week::{Week, WeekError};

use crate::error::{Error, Result, fs};
use crate::markers::generate_stub;
use crate::project::display_rel;
use crate::scratch::read_tree;
use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

/// Relative path (below a week's `src/`) → contents.
pub type Tree = BTreeMap<PathBuf, Vec<u8>>;

/// Where a student release keeps the pristine stubs of each week (for `reset`).
pub fn pristine_dir(root: &Path, week: Week) -> PathBuf {
    root.join("xtask")
        .join("pristine")
        .join(week.name())
        .join("src")
}

/// The message of every command that needs `solutions/`.
pub fn needs_instructor(cmd: &str, week: Week) -> String {
    format!(
        "{cmd}: this needs the instructor's material — the reference solutions of {week} \
         (solutions/{week}/src) are not in this copy of the course (a student release has none). \
         Ask your instructor, or compare with a classmate's working code instead."
    )
}

/// What `solve` writes for a week: `solutions/<week>/src/**` with markers taken out,
/// or `None` when the reference is not here.
pub fn reference_tree(root: &Path, week: Week) -> Result<Option<Tree>> {
    if !week.has_reference(root) {
        return Ok(None);
    }
    let raw = read_tree(&week.solution_dir(root).join("src"))?;
    Ok(Some(
        raw.into_iter()
            .map(|(rel, bytes)| {
                let is_rs = rel.extension().is_some_and(|e| e == "rs");
                match String::from_utf8(bytes) {
                    Ok(text) if is_rs => (rel, crate::markers::clean_reference(&text).into_bytes()),
                    Ok(text) => (rel, text.into_bytes()),
                    Err(e) => (rel, e.into_bytes()),
                }
            })
            .collect(),
    ))
}

/// What `reset` writes for a week: generated from the reference, or (in a student release)
/// the pristine copy in `xtask/pristine/<week>/src`.
pub fn stub_tree(root: &Path, week: Week) -> Result<Tree> {
    if week.has_reference(root) {
        return expected_stub_tree(root, week);
    }
    let pristine = pristine_dir(root, week);
    if pristine.is_dir() {
        return read_tree(&pristine);
    }
    Err(Error::Msg(format!(
        "reset: neither the reference (solutions/{week}/src) nor the pristine stubs \
         (xtask/pristine/{week}/src) of {week} are here, so there is no stub to put back"
    )))
}

/// The state of one file (see the module docs).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum State {
    Missing,
    Stub,
    Reference,
    Work,
}

/// The stub and reference versions of a week, to classify files against.
pub struct Versions {
    pub stub: Tree,
    pub reference: Option<Tree>,
}

impl Versions {
    pub fn load(root: &Path, week: Week) -> Result<Versions> {
        Ok(Versions {
            stub: stub_tree(root, week)?,
            reference: reference_tree(root, week)?,
        })
    }

    pub fn state(&self, rel: &Path, current: Option<&[u8]>) -> State {
        let Some(cur) = current else {
            return State::Missing;
        };
        if self.stub.get(rel).is_some_and(|s| s == cur) {
            State::Stub
        } else if self
            .reference
            .as_ref()
            .and_then(|r| r.get(rel))
            .is_some_and(|r| r == cur)
        {
            State::Reference
        } else {
            State::Work
        }
    }
}

/// What the stub tree of a week should be: relative path → contents.
pub fn expected_stub_tree(root: &Path, week: Week) -> Result<Tree> {
    let src = week.solution_dir(root).join("src");
    let mut out = BTreeMap::new();
    for rel in fs::walk(&src)? {
        let path = src.join(&rel);
        let bytes = fs::read(&path)?;
        let contents = if rel.extension().is_some_and(|e| e == "rs") {
            let text = String::from_utf8(bytes).map_err(|_| Error::Parse {
                path: path.clone(),
                message: "not UTF-8".into(),
            })?;
            let shown = format!("solutions/{}/src/{}", week.name(), display_rel(&rel));
            generate_stub(&shown, &text)
                .map_err(|e| Error::Msg(e.to_string()))?
                .into_bytes()
        } else {
            bytes
        };
        out.insert(rel, contents);
    }
    Ok(out)
}

/// The files of the reference the learner writes in: those with a `// BEGIN SOLUTION` or
/// `// BEGIN SOLUTION-ONLY` region (helpers the learner may write too). Files with no region
/// (given code, and `// STUB:`-only files such as every `lib.rs`) come from the template.
///
/// # Errors
/// When a `lib.rs` holds a region: the grader always takes `lib.rs` from the template, since it
/// declares the module tree, and in week 1 the `testing` module whose `points` proves a pass.
pub fn exercise_files(root: &Path, week: Week) -> Result<std::collections::BTreeSet<PathBuf>> {
    let src = week.solution_dir(root).join("src");
    let mut out = std::collections::BTreeSet::new();
    for (rel, bytes) in read_tree(&src)? {
        let text = String::from_utf8_lossy(&bytes);
        if !crate::markers::has_region(&text) {
            continue;
        }
        if rel == Path::new("lib.rs") {
            return Err(Error::msg(format!(
                "solutions/{}/src/lib.rs holds a SOLUTION region, but the grader takes lib.rs \
                 from the template (it declares the module tree and, in week 1, the test support \
                 that proves a pass): move the exercise into a module file",
                week.name()
            )));
        }
        out.insert(rel);
    }
    Ok(out)
}
