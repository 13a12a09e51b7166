//! `cargo xtask stubs [--check] [--week W]`: regenerate `<week>/src` from `solutions/<week>/src`.

use crate::backup;
use crate::course::{Week, expected_stub_tree};
use crate::error::{Context, Error, Result, fs};
use crate::project::display_rel;
use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

/// The differences between the committed stubs of `week` and what the reference generates.
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

pub fn diff_week(
    root: &Path,
    week: Week,
    expected: &BTreeMap<PathBuf, Vec<u8>>,
) -> Result<StubDiff> {
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

pub fn run(args: &[String]) -> Result<()> {
    let cmd = crate::flags::command("stubs").expect("in the table");
    let a = crate::flags::parse(cmd, args)?;
    a.no_positionals(cmd)?;
    let check = a.has("--check");
    let mut weeks = a.weeks()?;
    let root = crate::project::project_root();
    if weeks.is_empty() {
        weeks = Week::all().filter(|w| w.has_reference(&root)).collect();
        if weeks.is_empty() {
            return Err("stubs: there is no `solutions/` folder here (a student release has no reference solutions)".into());
        }
    }
    if check {
        check_weeks(&root, &weeks)
    } else {
        write_weeks(&root, &weeks)
    }
}

pub fn check_weeks(root: &Path, weeks: &[Week]) -> Result<()> {
    let mut problems = Vec::new();
    for &w in weeks {
        let expected = expected_stub_tree(root, w)?;
        let d = diff_week(root, w, &expected)?;
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
        println!("stubs: up to date ({} weeks)", weeks.len());
        Ok(())
    } else {
        Err(Error::Msg(format!(
            "stubs are out of date; run `cargo xtask stubs`:\n  {}",
            problems.join("\n  ")
        )))
    }
}

fn write_weeks(root: &Path, weeks: &[Week]) -> Result<()> {
    let mut backup_dir: Option<PathBuf> = None;
    let mut written = 0;
    for &w in weeks {
        let expected = expected_stub_tree(root, w)?;
        let d = diff_week(root, w, &expected)?;
        let dir = w.dir(root).join("src");
        // Back up every file that will be overwritten or removed: it may be someone's work.
        for rel in d.changed.iter().chain(&d.stale) {
            let bdir = backup_dir.get_or_insert_with(|| backup::new_backup_dir(root, "stubs"));
            let rel_root = PathBuf::from(w.name()).join("src").join(rel);
            backup::backup_file(root, bdir, &rel_root).op("backing up", &rel_root)?;
        }
        for rel in d.changed.iter().chain(&d.missing) {
            let path = dir.join(rel);
            if let Some(p) = path.parent() {
                fs::create_dir_all(p)?;
            }
            fs::write(&path, &expected[rel])?;
            written += 1;
        }
        for rel in &d.stale {
            fs::remove_file(dir.join(rel))?;
            written += 1;
        }
    }
    println!(
        "stubs: {written} file(s) written for {} week(s)",
        weeks.len()
    );
    if let Some(b) = backup_dir {
        println!(
            "stubs: the files it replaced are backed up in {}",
            b.display()
        );
    }
    Ok(())
}
