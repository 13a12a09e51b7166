//! `cargo xtask diff WEEK [FILE]`: your `src/` against the reference, as a unified diff.
//!
//! `-` lines are yours, `+` lines the reference's. The reference is shown without its markers
//! (as `solve` would write it, see [`crate::markers::clean_reference`]), so on an untouched stub
//! the diff is exactly the function bodies you are asked to write. Coloured when stdout is a
//! terminal, unless `NO_COLOR` is set (or `--color never`); `--color always` forces it.
//! It only reads your files.

use crate::course::{Week, needs_instructor, reference_tree, resolve_file};
use crate::error::Result;
use crate::project::{display_rel, project_root};
use crate::scratch::read_tree;
use similar::{ChangeTag, TextDiff};
use std::io::IsTerminal;
use std::path::Path;

const RED: &str = "\x1b[31m";
const GREEN: &str = "\x1b[32m";
const CYAN: &str = "\x1b[36m";
const BOLD: &str = "\x1b[1m";
const RESET: &str = "\x1b[0m";

/// The diff of `week` (or one file of it) as text; `color` adds ANSI colours.
pub fn diff_at(root: &Path, week: Week, file: Option<&str>, color: bool) -> Result<String> {
    let Some(reference) = reference_tree(root, week)? else {
        return Err(needs_instructor("diff", week).into());
    };
    let src_dir = week.dir(root).join("src");
    let mine = read_tree(&src_dir)?;
    let files: Vec<std::path::PathBuf> = match file {
        Some(f) => {
            let rel = resolve_file(root, week, f)?;
            if !reference.contains_key(&rel) && !mine.contains_key(&rel) {
                return Err(format!(
                    "diff: neither {week}/src/{0} nor solutions/{week}/src/{0} exists",
                    display_rel(&rel)
                )
                .into());
            }
            vec![rel]
        }
        None => {
            let mut all: Vec<_> = reference.keys().chain(mine.keys()).cloned().collect();
            all.sort();
            all.dedup();
            all
        }
    };
    let paint = |code: &str, s: &str| {
        if color {
            format!("{code}{s}{RESET}")
        } else {
            s.to_string()
        }
    };
    let mut out = String::new();
    let (mut differ, mut same) = (0, 0);
    for rel in &files {
        let shown = display_rel(rel);
        let ours = mine
            .get(rel)
            .map(|b| String::from_utf8_lossy(b).into_owned());
        let theirs = reference
            .get(rel)
            .map(|b| String::from_utf8_lossy(b).into_owned());
        let (a, b) = (
            ours.as_deref().unwrap_or(""),
            theirs.as_deref().unwrap_or(""),
        );
        if ours.is_some() && a == b {
            same += 1;
            continue;
        }
        differ += 1;
        let left = match &ours {
            Some(_) => format!("{week}/src/{shown} (yours)"),
            None => format!("{week}/src/{shown} (you have no such file)"),
        };
        let right = match &theirs {
            Some(_) => format!("solutions/{week}/src/{shown} (reference)"),
            None => format!("solutions/{week}/src/{shown} (not in the reference)"),
        };
        out.push_str(&paint(BOLD, &format!("--- {left}\n+++ {right}\n")));
        let diff = TextDiff::from_lines(a, b);
        for hunk in diff.unified_diff().context_radius(3).iter_hunks() {
            out.push_str(&paint(CYAN, &format!("{}", hunk.header())));
            out.push('\n');
            for change in hunk.iter_changes() {
                let (sign, code) = match change.tag() {
                    ChangeTag::Delete => ("-", Some(RED)),
                    ChangeTag::Insert => ("+", Some(GREEN)),
                    ChangeTag::Equal => (" ", None),
                };
                let mut line = format!("{sign}{}", change.value());
                if !line.ends_with('\n') {
                    line.push_str("\n\\ No newline at end of file\n");
                }
                match code {
                    Some(c) if color => {
                        let body = line.trim_end_matches('\n');
                        out.push_str(&format!("{c}{body}{RESET}\n"));
                    }
                    _ => out.push_str(&line),
                }
            }
        }
        out.push('\n');
    }
    let summary = if differ == 0 {
        match file {
            Some(_) => format!(
                "diff: {week}/src/{} is the same as the reference",
                display_rel(&files[0])
            ),
            None => format!("diff: all {same} file(s) of {week}/src are the same as the reference"),
        }
    } else {
        format!(
            "diff: {differ} file(s) of {week}/src differ from the reference, {same} are the same \
             (`-` yours, `+` the reference's)"
        )
    };
    out.push_str(&summary);
    out.push('\n');
    Ok(out)
}

/// `cargo xtask diff WEEK [FILE] [--color auto|always|never]`
pub fn run(args: &[String]) -> Result<()> {
    let cmd = crate::flags::command("diff").expect("in the table");
    let usage = crate::flags::usage(cmd);
    let a = crate::flags::parse(cmd, args)?;
    let mode = a.value("--color").unwrap_or("auto").to_string();
    let (week, file) = match a.positionals.as_slice() {
        [w] => (Week::parse(w)?, None),
        [w, f] => (Week::parse(w)?, Some(f.as_str())),
        _ => return Err(usage.into()),
    };
    let color = match mode.as_str() {
        "always" => true,
        "never" => false,
        "auto" => {
            std::io::stdout().is_terminal()
                && std::env::var_os("NO_COLOR").is_none_or(|v| v.is_empty())
        }
        other => return Err(format!("diff: --color {other}? use auto, always or never").into()),
    };
    print!("{}", diff_at(&project_root(), week, file, color)?);
    Ok(())
}
