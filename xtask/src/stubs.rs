//! `cargo xtask stubs [--check] [--week W]`: regenerate `<week>/src` from `solutions/<week>/src`.

use crate::backup;
use crate::course::{Week, check_stubs, expected_stub_tree, stub_diff};
use crate::error::{Context, Result, fs};
use std::path::{Path, PathBuf};

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

fn check_weeks(root: &Path, weeks: &[Week]) -> Result<()> {
    println!("{}", check_stubs(root, weeks)?);
    Ok(())
}

fn write_weeks(root: &Path, weeks: &[Week]) -> Result<()> {
    let mut backup_dir: Option<PathBuf> = None;
    let mut written = 0;
    for &w in weeks {
        let expected = expected_stub_tree(root, w)?;
        let d = stub_diff(root, w, &expected)?;
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
