//! Where things are: the project root, the weeks, their folders.

use std::path::{Path, PathBuf};

/// The six weeks, in order. Week `n` is `WEEKS[n - 1]`.
pub const WEEKS: [&str; 6] = [
    "week1-vectors",
    "week2-matmul",
    "week3-inverse",
    "week4-lu-qr",
    "week5-svd-eigen",
    "week6-ml",
];

/// The workspace root (the folder holding `xtask/`).
pub fn project_root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .parent()
        .expect("xtask lives one folder below the project root")
        .to_path_buf()
}

/// A week, by its number 1..=6.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Week(pub usize);

impl Week {
    /// All six weeks.
    pub fn all() -> impl Iterator<Item = Week> {
        (1..=WEEKS.len()).map(Week)
    }

    /// The crate (and folder) name, e.g. `week4-lu-qr`.
    pub fn name(self) -> &'static str {
        WEEKS[self.0 - 1]
    }

    /// The crate's library name, e.g. `week4_lu_qr`.
    pub fn lib_name(self) -> String {
        self.name().replace('-', "_")
    }

    /// Parses `4`, `week4` or `week4-lu-qr`.
    pub fn parse(s: &str) -> Result<Week, String> {
        let digits = s.strip_prefix("week").unwrap_or(s);
        let digits: String = digits.chars().take_while(char::is_ascii_digit).collect();
        match digits.parse::<usize>() {
            Ok(n)
                if (1..=WEEKS.len()).contains(&n)
                    && (s == digits || s == format!("week{n}") || s == WEEKS[n - 1]) =>
            {
                Ok(Week(n))
            }
            _ => Err(format!(
                "unknown week `{s}`: use a number 1–6, `week4`, or a crate name such as `week4-lu-qr`"
            )),
        }
    }

    /// `<root>/<week>/` — the learner's crate.
    pub fn dir(self, root: &Path) -> PathBuf {
        root.join(self.name())
    }

    /// `<root>/solutions/<week>/` — the reference and the hidden tests.
    pub fn solution_dir(self, root: &Path) -> PathBuf {
        root.join("solutions").join(self.name())
    }

    /// True when the reference source of this week exists (a student release has none).
    pub fn has_reference(self, root: &Path) -> bool {
        self.solution_dir(root).join("src").is_dir()
    }
}

impl std::fmt::Display for Week {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.name())
    }
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
