//! Reading a submission, treating it as adversarial.
//!
//! Only `<week>/src/**/*.rs` is read. Symbolic links (the week folder, `src`, any folder or file
//! below it) are refused, as are special files, huge files and files that are not UTF-8.
//! Files that are given code (reference files without a `// BEGIN SOLUTION` or `// BEGIN
//! SOLUTION-ONLY` region, e.g. every `lib.rs`, `testing/*`) always come from the template, so
//! the module tree and the test support cannot be replaced; a missing exercise file is taken
//! from the stub. Everything else (manifests, tests, build scripts, `.cargo/`, toolchain files)
//! is never looked at.

use crate::course::{Week, expected_stub_tree};
use crate::project::display_rel;
use std::collections::BTreeMap;
use std::path::{Component, Path, PathBuf};

/// Largest source file taken from a submission.
pub const MAX_FILE_BYTES: u64 = 1 << 20;
/// Most `.rs` files taken from one week of a submission.
pub const MAX_FILES: usize = 500;
/// Deepest folder nesting below `src/`.
pub const MAX_DEPTH: usize = 8;

/// A week of a submission, ready to be put in a scratch workspace.
#[derive(Debug, Clone, Default)]
pub struct Vetted {
    /// The complete `src/` tree to build: the template's given files and stubs, overlaid with
    /// the learner's exercise files and new modules.
    pub files: BTreeMap<PathBuf, Vec<u8>>,
    /// The learner files used (relative to `src/`).
    pub taken: Vec<PathBuf>,
    /// What was refused or ignored, and why; sorted, for the feedback.
    pub notes: Vec<String>,
    /// True when nothing of the learner's was used (no folder, refused, or all refused).
    pub nothing_taken: bool,
    /// True when the week's folder was refused as a whole (a symbolic link).
    pub refused: bool,
    /// True when every exercise file taken is byte for byte the stub: not attempted.
    pub untouched: bool,
}

/// True when `p` exists and is a symbolic link.
fn is_symlink(p: &Path) -> bool {
    std::fs::symlink_metadata(p).is_ok_and(|m| m.file_type().is_symlink())
}

/// Walks `dir` (a real folder) without following links: `.rs` files as (relative path, bytes);
/// everything refused goes to `notes`.
fn read_learner_src(dir: &Path, notes: &mut Vec<String>) -> BTreeMap<PathBuf, Vec<u8>> {
    let mut out = BTreeMap::new();
    let mut stack: Vec<(PathBuf, usize)> = vec![(PathBuf::new(), 0)];
    let mut count = 0usize;
    while let Some((rel, depth)) = stack.pop() {
        let Ok(entries) = std::fs::read_dir(dir.join(&rel)) else {
            notes.push(format!(
                "src/{}: unreadable folder, ignored",
                display_rel(&rel)
            ));
            continue;
        };
        let mut entries: Vec<_> = entries.filter_map(Result::ok).collect();
        entries.sort_by_key(|e| e.file_name());
        for e in entries {
            let name = e.file_name();
            let r = rel.join(&name);
            let shown = format!("src/{}", display_rel(&r));
            let Some(name) = name.to_str() else {
                notes.push(format!("{shown}: file name is not UTF-8, refused"));
                continue;
            };
            let Ok(meta) = std::fs::symlink_metadata(dir.join(&r)) else {
                continue;
            };
            let ft = meta.file_type();
            if ft.is_symlink() {
                notes.push(format!("{shown}: symbolic link, refused"));
            } else if ft.is_dir() {
                if depth + 1 > MAX_DEPTH {
                    notes.push(format!("{shown}: nested too deeply, refused"));
                } else {
                    stack.push((r, depth + 1));
                }
            } else if !name.ends_with(".rs") {
                // Not source code: never used (the template's version is, if it has one).
            } else if !ft.is_file() {
                notes.push(format!("{shown}: not a regular file, refused"));
            } else if meta.len() > MAX_FILE_BYTES {
                notes.push(format!(
                    "{shown}: larger than {} KiB, refused",
                    MAX_FILE_BYTES >> 10
                ));
            } else if count >= MAX_FILES {
                notes.push(format!("{shown}: more than {MAX_FILES} files, refused"));
            } else {
                match std::fs::read(dir.join(&r)) {
                    Ok(bytes) if std::str::from_utf8(&bytes).is_ok() => {
                        count += 1;
                        out.insert(r, bytes);
                    }
                    Ok(_) => notes.push(format!("{shown}: not UTF-8, refused")),
                    Err(e) => notes.push(format!("{shown}: unreadable ({e}), refused")),
                }
            }
        }
    }
    out
}

/// Vets week `week` of the submission at `submission` against the template at `root`.
///
/// # Errors
/// Only for problems of the template (unreadable reference, marker errors), never of the
/// submission: those become notes.
pub fn vet_week(root: &Path, submission: &Path, week: Week) -> crate::error::Result<Vetted> {
    let stub = expected_stub_tree(root, week)?;
    let reference = crate::scratch::read_tree(&week.solution_dir(root).join("src"))?;
    // What `cargo xtask solve` puts in place: the reference without its markers.
    let solved: BTreeMap<PathBuf, Vec<u8>> = reference
        .iter()
        .map(|(rel, b)| {
            let text = crate::markers::clean_reference(&String::from_utf8_lossy(b));
            (rel.clone(), text.into_bytes())
        })
        .collect();
    let exercises = crate::course::exercise_files(root, week)?;
    let mut v = Vetted {
        files: stub.clone(),
        ..Vetted::default()
    };
    let week_dir = submission.join(week.name());
    let src = week_dir.join("src");
    let refuse_whole = if is_symlink(&week_dir) {
        Some(format!("{}/ is a symbolic link: refused", week.name()))
    } else if is_symlink(&src) {
        Some(format!("{}/src is a symbolic link: refused", week.name()))
    } else if !src.is_dir() {
        Some(format!("no {}/src folder", week.name()))
    } else {
        None
    };
    if let Some(why) = refuse_whole {
        v.refused = why.contains("symbolic link");
        v.notes.push(format!("{why}; graded as the stub"));
        v.nothing_taken = true;
        return Ok(v);
    }
    let mut notes = Vec::new();
    let learner = read_learner_src(&src, &mut notes);
    for (rel, bytes) in learner {
        let shown = format!("src/{}", display_rel(&rel));
        let is_safe_path = rel.components().all(|c| matches!(c, Component::Normal(_)));
        // `src/main.rs` and `src/bin/*` would be binary targets, which cargo builds along with
        // integration tests: only the library is the learner's.
        let is_binary = rel == Path::new("main.rs") || rel.starts_with("bin");
        if !is_safe_path {
            notes.push(format!("{shown}: odd path, refused"));
        } else if is_binary && !stub.contains_key(&rel) {
            notes.push(format!(
                "{shown}: a binary target, not part of the library; ignored"
            ));
        } else if exercises.contains(&rel) || !stub.contains_key(&rel) {
            v.files.insert(rel.clone(), bytes);
            v.taken.push(rel);
        } else if stub.get(&rel) != Some(&bytes)
            && reference.get(&rel) != Some(&bytes)
            && solved.get(&rel) != Some(&bytes)
        {
            notes.push(format!(
                "{shown}: given code differs from the template; the template's version was used"
            ));
        }
    }
    for rel in &exercises {
        let shown = format!("src/{}:", display_rel(rel));
        let refused = notes.iter().any(|n| n.starts_with(&shown));
        if !v.taken.contains(rel) && !refused {
            notes.push(format!(
                "src/{}: missing; the stub was used",
                display_rel(rel)
            ));
        }
    }
    notes.sort();
    v.notes = notes;
    v.nothing_taken = v.taken.is_empty();
    // A refused file is an attempt (graded as the stub, with the note saying why).
    v.untouched = !v.notes.iter().any(|n| n.ends_with("refused"))
        && v.taken
            .iter()
            .all(|rel| exercises.contains(rel) && stub.get(rel) == v.files.get(rel));
    Ok(v)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn walking_refuses_links_and_keeps_only_rust_sources() {
        let dir = std::env::temp_dir().join(format!("xtask-vet-{}", std::process::id()));
        let _ = std::fs::remove_dir_all(&dir);
        std::fs::create_dir_all(dir.join("sub")).unwrap();
        std::fs::write(dir.join("a.rs"), "fn a() {}").unwrap();
        std::fs::write(dir.join("notes.txt"), "x").unwrap();
        std::fs::write(dir.join("sub/b.rs"), "fn b() {}").unwrap();
        std::fs::write(dir.join("bad.rs"), [0xff, 0xfe]).unwrap();
        std::os::unix::fs::symlink("/etc/hostname", dir.join("link.rs")).unwrap();
        std::os::unix::fs::symlink("/etc", dir.join("linkdir")).unwrap();
        let mut notes = Vec::new();
        let got = read_learner_src(&dir, &mut notes);
        let names: Vec<String> = got.keys().map(|p| display_rel(p)).collect();
        assert_eq!(names, ["a.rs", "sub/b.rs"]);
        notes.sort();
        assert_eq!(
            notes,
            [
                "src/bad.rs: not UTF-8, refused",
                "src/link.rs: symbolic link, refused",
                "src/linkdir: symbolic link, refused",
            ]
        );
        std::fs::remove_dir_all(&dir).unwrap();
    }
}
