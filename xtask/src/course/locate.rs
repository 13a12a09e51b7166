//! Where a week's exercises are in the learner's `src/`: the `todo!("label")` sites of the stub
//! ([`todos`]), and the line that `progress`, `watch`, `hint` and `list` point the learner to
//! ([`locate`], [`exercise_location`]): the `todo!` if it is still there, else the function's
//! `fn` line, else where the stub has it.
//!
//! Every function reads files below `<week>/src` (each search is a walk and a read of every
//! file: O(size of `src/`)) and none fails: a file that cannot be read is not a match.
//!
//! ```
//! use xtask::course::{Week, locate};
//! let root = xtask::project::project_root();
//! let all = locate::todos(&root, Week::FIRST);
//! let (label, file, _line) = &all[0];
//! let at = locate::locate(&root, Week::FIRST, label, &all).unwrap();
//! assert!(at.starts_with("week1-vectors/src/"), "{label} of {file} is at {at}");
//! ```

use super::manifest::{Exercise, todo_label};
use super::{Week, stub_tree};
use crate::project::{display_rel, walk};
use crate::scratch::read_tree;
use std::path::Path;

/// One `todo!("label")` of a week's stub: (label, file below `src/`, 1-based line).
pub type Todo = (String, String, usize);

/// Every `todo!("…")` of a week's stub (the generated one, or a release's pristine copy; the
/// learner's `src/` when neither is here), in file order.
pub fn todos(root: &Path, week: Week) -> Vec<Todo> {
    let mut out = Vec::new();
    let tree = stub_tree(root, week).or_else(|_| read_tree(&week.dir(root).join("src")));
    for (rel, bytes) in tree.unwrap_or_default() {
        let text = String::from_utf8_lossy(&bytes);
        for (i, line) in text.lines().enumerate() {
            if let Some(label) = todo_label(line) {
                out.push((label, display_rel(&rel), i + 1));
            }
        }
    }
    out
}

/// Where the exercise `label` (`Vector::dot`) is in the learner's `src/`, as
/// `week1-vectors/src/dot.rs:27`: the `todo!("label")` line if still there, else the
/// `fn name(` (or `fn name<`) line, else the stub's location from `all`.
pub fn locate(root: &Path, week: Week, label: &str, all: &[Todo]) -> Option<String> {
    let src = week.dir(root).join("src");
    let fn_name = label.rsplit("::").next().unwrap_or(label);
    let files = walk(&src).ok()?;
    let todo = format!("todo!(\"{label}\")");
    let decl = format!("fn {fn_name}(");
    let decl_generic = format!("fn {fn_name}<");
    for needle in [&todo, &decl, &decl_generic] {
        for rel in &files {
            let Ok(text) = std::fs::read_to_string(src.join(rel)) else {
                continue;
            };
            if let Some(i) = text.lines().position(|l| l.contains(needle.as_str())) {
                return Some(format!(
                    "{}/src/{}:{}",
                    week.name(),
                    display_rel(rel),
                    i + 1
                ));
            }
        }
    }
    all.iter()
        .find(|(l, _, _)| l == label)
        .map(|(_, f, line)| format!("{}/src/{f}:{line}", week.name()))
}

/// Where an exercise is in the learner's `src/`: its first function still `todo!()`, else its
/// first function ([`locate`]).
pub fn exercise_location(root: &Path, week: Week, e: &Exercise, all: &[Todo]) -> Option<String> {
    let src = week.dir(root).join("src");
    let still_todo = e.functions.iter().find(|f| {
        let todo = format!("todo!(\"{f}\")");
        walk(&src)
            .ok()
            .into_iter()
            .flatten()
            .any(|rel| std::fs::read_to_string(src.join(rel)).is_ok_and(|t| t.contains(&todo)))
    });
    let label = still_todo.or(e.functions.first())?;
    locate(root, week, label, all)
}
