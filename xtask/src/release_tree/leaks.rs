//! The leak scan: solution text of the weeks not released, looked for in a release.

use super::walk_pruned;
use crate::course::{Week, expected_stub_tree};
use crate::error::{Result, fs};
use crate::project::display_rel;
use crate::scratch::read_tree;
use std::collections::BTreeSet;
use std::path::{Path, PathBuf};

/// A line worth looking for: long enough to be distinctive (not `}` or `Ok(x)`).
fn non_trivial(line: &str) -> bool {
    line.chars().filter(|c| !c.is_whitespace()).count() >= 20
}

/// Every solution region of the weeks not released whose code appears in `out`, as
/// `path: the body at solutions/<week>/src/<file>:<line> (N lines)`.
///
/// A region's *secret* lines are its non-trivial lines that appear nowhere in the code every
/// student sees anyway (the stubs, and the `.rs` files of the weeks' folders outside `src/`:
/// public tests, examples, benchmarks). A region leaks into a file of the release when all its
/// secret lines are in that file — so one generic line (`let mut c = vec![0.0; m * n];`) is
/// not a leak, a copied body is. In `xtask/src` (whose own tests quote small marker examples)
/// a region must have at least three secret lines to count.
pub fn leaks(root: &Path, out: &Path, through: Option<Week>) -> Result<Vec<String>> {
    let mut public: BTreeSet<String> = BTreeSet::new();
    let mut regions: Vec<(String, Vec<String>)> = Vec::new();
    for w in Week::all() {
        if w.has_reference(root) {
            for (_, bytes) in expected_stub_tree(root, w)? {
                public.extend(
                    String::from_utf8_lossy(&bytes)
                        .lines()
                        .map(|l| l.trim().to_string()),
                );
            }
        }
        if w.dir(root).is_dir() {
            for rel in walk_pruned(&w.dir(root), Path::new(""))? {
                if rel.starts_with("src") || rel.extension().is_none_or(|e| e != "rs") {
                    continue;
                }
                let text = std::fs::read_to_string(w.dir(root).join(&rel)).unwrap_or_default();
                public.extend(text.lines().map(|l| l.trim().to_string()));
            }
        }
        if through.is_some_and(|t| w <= t) || !w.has_reference(root) {
            continue;
        }
        for (rel, bytes) in read_tree(&w.solution_dir(root).join("src"))? {
            for (line, body) in crate::markers::solution_regions(&String::from_utf8_lossy(&bytes)) {
                regions.push((
                    format!("solutions/{}/src/{}:{line}", w.name(), display_rel(&rel)),
                    body,
                ));
            }
        }
    }
    let regions: Vec<(String, BTreeSet<String>)> = regions
        .into_iter()
        .map(|(at, body)| {
            let secret: BTreeSet<String> = body
                .into_iter()
                .filter(|l| non_trivial(l) && !public.contains(l))
                .collect();
            (at, secret)
        })
        .filter(|(_, s)| !s.is_empty())
        .collect();
    let released: Vec<PathBuf> = Week::all()
        .filter(|w| through.is_some_and(|t| *w <= t))
        .map(|w| PathBuf::from(w.name()).join("src"))
        .collect();
    let mut found = Vec::new();
    for rel in fs::walk(out)? {
        if rel.starts_with("target") || released.iter().any(|r| rel.starts_with(r)) {
            continue;
        }
        let Ok(text) = std::fs::read_to_string(out.join(&rel)) else {
            continue; // not text
        };
        let lines: BTreeSet<&str> = text.lines().map(str::trim).collect();
        let min = if rel.starts_with("xtask/src") { 3 } else { 1 };
        for (at, secret) in &regions {
            if secret.len() >= min && secret.iter().all(|l| lines.contains(l.as_str())) {
                found.push(format!(
                    "{}: the body at {at} ({} distinctive line(s))",
                    display_rel(&rel),
                    secret.len()
                ));
            }
        }
    }
    Ok(found)
}
