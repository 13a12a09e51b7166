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
//! and [`Versions::state`] classifies a learner's file as missing, stub, reference or work;
//! [`reference_state`] says whether a week's `src/` is the reference `solve` put there;
//! [`stub_diff`] and [`check_stubs`] compare the committed stubs with [`expected_stub_tree`]
//! (the `stubs` command and ci).
//!
//! The weeks themselves, read from the workspace's `Cargo.toml`, are [`Week`] ([`week`]); a
//! week's exercises, read from `<week>/exercises.toml`, are [`manifest::Manifest`] ([`manifest`]),
//! where they are in the learner's `src/` is [`locate`], and their hints are shown by [`hints`].

pub mod hints;
pub mod locate;
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

/// Accepts `dot.rs`, `src/dot.rs`, `week1-vectors/src/dot.rs` or a path to the file, and
/// returns the path below the week's `src/` (`reset` and `diff` take such an
/// argument). An absolute path must be inside `<week>/src`; a relative one must stay below it.
pub fn resolve_file(root: &Path, week: Week, arg: &str) -> Result<PathBuf> {
    let arg = arg.replace('\\', "/");
    let mut p = PathBuf::from(&arg);
    if p.is_absolute() {
        let src = week.dir(root).join("src");
        let canon_src = src.canonicalize().unwrap_or(src.clone());
        let canon_p = p.canonicalize().unwrap_or(p.clone());
        p = canon_p
            .strip_prefix(&canon_src)
            .or_else(|_| p.strip_prefix(&src))
            .map(Path::to_path_buf)
            .map_err(|_| format!("{arg} is not a file of {week}/src"))?;
        return Ok(p);
    }
    for prefix in [format!("{}/src/", week.name()), "src/".to_string()] {
        if let Some(rest) = arg.strip_prefix(&prefix) {
            p = PathBuf::from(rest);
            break;
        }
    }
    if p.components()
        .any(|c| !matches!(c, std::path::Component::Normal(_)))
    {
        return Err(Error::Msg(format!(
            "{arg}: give a file below {week}/src, such as `lib.rs`"
        )));
    }
    Ok(p)
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

/// Whose code a week's `src/` holds.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Reference {
    /// The learner's (or the stubs).
    Mine,
    /// Every exercise file is exactly what `cargo xtask solve` writes.
    All,
    /// These files (below `src/`) are; the others are not.
    Files(Vec<String>),
}

/// Compares a week's `src/` with what `solve` writes: of the files where stub and reference
/// differ (the exercise files), those that hold exactly the reference. `Mine` when the
/// reference is not here or the trees cannot be read.
pub fn reference_state(root: &Path, week: Week) -> Reference {
    let Ok(v) = Versions::load(root, week) else {
        return Reference::Mine;
    };
    let Some(reference) = v.reference.as_ref() else {
        return Reference::Mine;
    };
    let src = week.dir(root).join("src");
    let (mut differing, mut solved) = (0, Vec::new());
    for (rel, bytes) in reference {
        if v.stub.get(rel) == Some(bytes) {
            continue;
        }
        differing += 1;
        let current = std::fs::read(src.join(rel)).ok();
        if v.state(rel, current.as_deref()) == State::Reference {
            solved.push(display_rel(rel));
        }
    }
    match solved.len() {
        0 => Reference::Mine,
        n if n == differing => Reference::All,
        _ => Reference::Files(solved),
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
            generate_stub(&shown, &text)?.into_bytes()
        } else {
            bytes
        };
        out.insert(rel, contents);
    }
    Ok(out)
}

/// The differences between a week's committed stubs (`<week>/src`) and a tree they should equal
/// ([`expected_stub_tree`]): what `stubs` rewrites and `stubs --check` (and ci) reports.
#[derive(Debug, Default)]
pub struct StubDiff {
    pub changed: Vec<PathBuf>,
    pub missing: Vec<PathBuf>,
    pub stale: Vec<PathBuf>,
}

impl StubDiff {
    pub fn is_empty(&self) -> bool {
        self.changed.is_empty() && self.missing.is_empty() && self.stale.is_empty()
    }
}

/// `<week>/src` against `expected`.
pub fn stub_diff(root: &Path, week: Week, expected: &Tree) -> Result<StubDiff> {
    let dir = week.dir(root).join("src");
    let mut d = StubDiff::default();
    for (rel, want) in expected {
        match std::fs::read(dir.join(rel)) {
            Ok(have) if &have == want => {}
            Ok(_) => d.changed.push(rel.clone()),
            Err(_) => d.missing.push(rel.clone()),
        }
    }
    for rel in fs::walk(&dir)? {
        if !expected.contains_key(&rel) {
            d.stale.push(rel);
        }
    }
    Ok(d)
}

/// Checks that the committed stubs of `weeks` are what the reference generates: `Ok` with the
/// line to print (`stubs: up to date (6 weeks)`), or every difference in one message
/// (`stubs --check` and ci's step "stubs in sync").
pub fn check_stubs(root: &Path, weeks: &[Week]) -> Result<String> {
    let mut problems = Vec::new();
    for &w in weeks {
        let expected = expected_stub_tree(root, w)?;
        let d = stub_diff(root, w, &expected)?;
        for p in &d.changed {
            problems.push(format!(
                "{}/src/{}: differs from what the reference generates",
                w.name(),
                display_rel(p)
            ));
        }
        for p in &d.missing {
            problems.push(format!("{}/src/{}: missing", w.name(), display_rel(p)));
        }
        for p in &d.stale {
            problems.push(format!(
                "{}/src/{}: has no counterpart in solutions/{}/src",
                w.name(),
                display_rel(p),
                w.name()
            ));
        }
    }
    if problems.is_empty() {
        Ok(format!("stubs: up to date ({} weeks)", weeks.len()))
    } else {
        Err(Error::Msg(format!(
            "stubs are out of date; run `cargo xtask stubs`:\n  {}",
            problems.join("\n  ")
        )))
    }
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

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn resolves_file_arguments() {
        let root = Path::new("/nonexistent");
        let w = Week::FIRST;
        for a in ["dot.rs", "src/dot.rs", "week1-vectors/src/dot.rs"] {
            assert_eq!(resolve_file(root, w, a).unwrap(), PathBuf::from("dot.rs"));
        }
        assert_eq!(
            resolve_file(root, w, "testing/mod.rs").unwrap(),
            PathBuf::from("testing/mod.rs")
        );
        assert!(resolve_file(root, w, "../Cargo.toml").is_err());
    }
}
