//! Where things are: the project root, and walking and writing its files. The weeks and
//! their folders are [`crate::course::Week`].

use std::path::{Path, PathBuf};

/// The workspace root (the folder holding `xtask/`).
pub fn project_root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .parent()
        .expect("xtask lives one folder below the project root")
        .to_path_buf()
}

/// The course the learner's commands work on: `XTASK_COURSE_ROOT` when set (xtask's tests
/// point it at a fixture course), else [`project_root`]. `hint`, `list` and `watch` use it.
pub fn course_root() -> PathBuf {
    std::env::var_os("XTASK_COURSE_ROOT")
        .map(PathBuf::from)
        .unwrap_or_else(project_root)
}

/// Every file below `dir`, as paths relative to it, sorted (deterministic order).
/// Symbolic links are reported separately so callers can refuse them.
pub fn walk(dir: &Path) -> std::io::Result<Vec<PathBuf>> {
    let mut out = Vec::new();
    if dir.is_dir() {
        walk_into(dir, Path::new(""), &mut out)?;
    }
    out.sort();
    Ok(out)
}

fn walk_into(base: &Path, rel: &Path, out: &mut Vec<PathBuf>) -> std::io::Result<()> {
    let mut entries: Vec<_> = std::fs::read_dir(base.join(rel))?.collect::<Result<_, _>>()?;
    entries.sort_by_key(|e| e.file_name());
    for e in entries {
        let ft = e.file_type()?;
        let r = rel.join(e.file_name());
        if ft.is_dir() {
            walk_into(base, &r, out)?;
        } else {
            out.push(r);
        }
    }
    Ok(())
}

/// Writes `contents` to `path` only when it differs, so that cargo's mtime-based fingerprints
/// do not see a change (and rebuild) when nothing changed. Returns true if it wrote.
pub fn write_if_changed(path: &Path, contents: &[u8]) -> std::io::Result<bool> {
    if std::fs::read(path).ok().as_deref() == Some(contents) {
        return Ok(false);
    }
    if let Some(parent) = path.parent() {
        std::fs::create_dir_all(parent)?;
    }
    std::fs::write(path, contents)?;
    Ok(true)
}

/// Relative path with forward slashes, for messages and reports.
pub fn display_rel(p: &Path) -> String {
    p.to_string_lossy().replace('\\', "/")
}
