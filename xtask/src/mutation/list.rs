//! The accepted survivors of mutation testing: `solutions/<week>/mutants.toml`, read and
//! checked against the code. Used by the `mutants` command (which compares a run with the list)
//! and by `cargo xtask ci` ([`ci_check`]), which checks the lists without running anything: the
//! syntax, and that each listed line still holds the `original` text.
//!
//! ```toml
//! [[survivor]]
//! file = "src/gauss.rs"                 # below the week's folder
//! line = 42                             # where cargo-mutants puts the mutant
//! mutant = "replace < with <= in back_substitute"
//! original = "<"                        # the text the mutant replaces, found on that line
//! reason = "equivalent"                 # or "speed-only", "given-code"
//! why = "at k = n the loop body is empty: no input can tell them apart"
//! ```

use crate::course::Week;
use crate::error::{Context, Error, Result, fs};
use crate::project::display_rel;
use std::collections::BTreeMap;
use std::path::{Path, PathBuf};
use toml::{Table, Value};

/// Why a survivor is accepted.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Reason {
    /// No input can tell the mutant from the reference (`why` says why).
    Equivalent,
    /// The mutant reaches the same answer, only slower (not for code whose lesson teaches speed).
    SpeedOnly,
    /// The mutated code is given to the learner, not written by them.
    GivenCode,
}

impl Reason {
    fn parse(s: &str) -> Option<Reason> {
        match s {
            "equivalent" => Some(Reason::Equivalent),
            "speed-only" => Some(Reason::SpeedOnly),
            "given-code" => Some(Reason::GivenCode),
            _ => None,
        }
    }
}

/// One accepted survivor of `solutions/<week>/mutants.toml`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Accepted {
    /// Below the week's folder: `src/gauss.rs`.
    pub file: String,
    /// 1-based line of the mutant's start.
    pub line: usize,
    /// cargo-mutants' description without the location: `replace < with <= in back_substitute`.
    pub mutant: String,
    /// The text the mutant replaces; ci checks that `line` still holds it.
    pub original: String,
    pub reason: Reason,
    pub why: String,
}

/// Parses a `mutants.toml`. A parser of text, so its error is a message about the text;
/// [`load_list`], which read the file, names it.
pub fn parse_list(text: &str) -> Result<Vec<Accepted>, String> {
    let table: Table = toml::from_str(text).map_err(|e| e.to_string())?;
    for key in table.keys() {
        if key != "survivor" {
            return Err(format!("unknown key `{key}` (expected `[[survivor]]`)"));
        }
    }
    let list = match table.get("survivor") {
        Some(Value::Array(a)) => a.as_slice(),
        Some(_) => return Err("`survivor` must be an array of tables: `[[survivor]]`".into()),
        None => &[],
    };
    let keys = ["file", "line", "mutant", "original", "reason", "why"];
    let mut out = Vec::new();
    for (i, v) in list.iter().enumerate() {
        let what = format!("survivor {}", i + 1);
        let Value::Table(t) = v else {
            return Err(format!("{what}: not a table"));
        };
        for key in t.keys() {
            if !keys.contains(&key.as_str()) {
                return Err(format!(
                    "{what}: unknown key `{key}` (expected {})",
                    keys.join(", ")
                ));
            }
        }
        let s = |k: &str| -> Result<String, String> {
            match t.get(k) {
                Some(Value::String(s)) if !s.trim().is_empty() => Ok(s.clone()),
                Some(Value::String(_)) => Err(format!("{what}: `{k}` is empty")),
                Some(_) => Err(format!("{what}: `{k}` must be a string")),
                None => Err(format!("{what}: `{k}` is missing")),
            }
        };
        let line = match t.get("line") {
            Some(Value::Integer(n)) if *n >= 1 => *n as usize,
            Some(_) => return Err(format!("{what}: `line` must be a positive integer")),
            None => return Err(format!("{what}: `line` is missing")),
        };
        let reason_text = s("reason")?;
        let reason = Reason::parse(&reason_text).ok_or_else(|| {
            format!(
                "{what}: reason `{reason_text}` is not one of equivalent, speed-only, given-code"
            )
        })?;
        let why = s("why")?;
        if why.split_whitespace().count() < 4 {
            return Err(format!(
                "{what}: `why` must be a sentence saying why the mutant is accepted"
            ));
        }
        let entry = Accepted {
            file: s("file")?,
            line,
            mutant: s("mutant")?,
            original: s("original")?,
            reason,
            why,
        };
        if out
            .iter()
            .any(|e: &Accepted| e.file == entry.file && e.line == line && e.mutant == entry.mutant)
        {
            return Err(format!("{what}: listed twice"));
        }
        out.push(entry);
    }
    Ok(out)
}

/// `solutions/<week>/mutants.toml`.
pub fn list_path(root: &Path, week: Week) -> PathBuf {
    week.solution_dir(root).join("mutants.toml")
}

/// The week's accepted survivors (none when it has no list).
pub fn load_list(root: &Path, week: Week) -> Result<Vec<Accepted>> {
    let path = list_path(root, week);
    match std::fs::read_to_string(&path) {
        Ok(text) => parse_list(&text).map_err(|message| Error::Parse {
            path: PathBuf::from(format!("solutions/{week}/mutants.toml")),
            message,
        }),
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => Ok(Vec::new()),
        Err(e) => Err(e).op("reading", &path),
    }
}

/// The problems of a list against the week's exercise files (`src/…` → text): each entry's file
/// is an exercise file, its line exists and holds `original`.
pub fn check_list(list: &[Accepted], files: &BTreeMap<String, String>) -> Vec<String> {
    let mut problems = Vec::new();
    for e in list {
        let at = format!("{}:{} `{}`", e.file, e.line, e.mutant);
        let Some(text) = files.get(&e.file) else {
            problems.push(format!("{at}: {} is not an exercise file", e.file));
            continue;
        };
        match text.lines().nth(e.line - 1) {
            None => problems.push(format!(
                "{at}: the file has only {} lines",
                text.lines().count()
            )),
            Some(l) if !l.contains(e.original.as_str()) => problems.push(format!(
                "{at}: line {} no longer holds `{}` (it reads `{}`): the code moved or \
                 changed; rerun `cargo xtask mutants` for this file and update the entry",
                e.line,
                e.original,
                l.trim()
            )),
            Some(_) => {}
        }
    }
    problems
}

/// The exercise files of a week, `src/…` → text.
pub fn exercise_sources(root: &Path, week: Week) -> Result<BTreeMap<String, String>> {
    let src = week.solution_dir(root).join("src");
    let mut out = BTreeMap::new();
    for rel in crate::course::exercise_files(root, week)? {
        let text = fs::read_to_string(src.join(&rel))?;
        out.insert(format!("src/{}", display_rel(&rel)), text);
    }
    Ok(out)
}

/// The ci step: every week's list parses and each entry still points at its code.
pub fn ci_check(root: &Path, weeks: &[Week]) -> Result<String> {
    let mut problems = Vec::new();
    let mut counts = Vec::new();
    for &w in weeks {
        let list = match load_list(root, w) {
            Ok(l) => l,
            Err(e) => {
                problems.push(e.to_string());
                continue;
            }
        };
        if list.is_empty() {
            continue;
        }
        let files = exercise_sources(root, w)?;
        problems.extend(
            check_list(&list, &files)
                .into_iter()
                .map(|p| format!("solutions/{w}/mutants.toml: {p}")),
        );
        counts.push(format!("{w}: {} accepted survivors", list.len()));
    }
    if problems.is_empty() {
        if counts.is_empty() {
            Ok("no accepted survivors listed".into())
        } else {
            Ok(counts.join("; "))
        }
    } else {
        Err(Error::Msg(problems.join("\n")))
    }
}

#[cfg(test)]
pub(crate) mod tests {
    use super::*;
    use crate::project::project_root;

    /// One entry, as the tests of [`crate::mutation::outcomes`] also read it.
    pub(crate) const LIST: &str = r#"
[[survivor]]
file = "src/gauss.rs"
line = 3
mutant = "replace < with <= in back_substitute"
original = "<"
reason = "equivalent"
why = "at k = n the loop body is empty, so no input tells them apart"
"#;

    #[test]
    fn parses_a_list_and_refuses_bad_entries() {
        let list = parse_list(LIST).expect("the example list parses");
        assert_eq!(list.len(), 1, "one entry: {list:?}");
        assert_eq!(list[0].line, 3, "line of {list:?}");
        assert_eq!(list[0].reason, Reason::Equivalent, "reason of {list:?}");
        assert_eq!(parse_list("").expect("an empty list parses"), vec![]);
        for (bad, says) in [
            (LIST.replace("equivalent\"", "harmless\""), "not one of"),
            (LIST.replace("line = 3", "line = 0"), "positive integer"),
            (LIST.replace("line = 3", "line = \"3\""), "positive integer"),
            (
                LIST.replace("original = \"<\"\n", ""),
                "`original` is missing",
            ),
            (
                LIST.replace("why = \"at k = n", "colour = 1\nwhy = \"at k = n"),
                "unknown key `colour`",
            ),
            (
                LIST.replace(
                    "why = \"at k = n the loop body is empty, so no input tells them apart\"",
                    "why = \"fine\"",
                ),
                "a sentence",
            ),
            (format!("{LIST}\n{LIST}"), "listed twice"),
            ("[survivor]\nfile = 1".to_string(), "array of tables"),
            ("mutant = 1".to_string(), "unknown key `mutant`"),
        ] {
            let e = parse_list(&bad).expect_err(&format!("refused: {bad}"));
            assert!(e.contains(says), "the error for {bad:?} says {says:?}: {e}");
        }
    }

    #[test]
    fn the_check_finds_moved_and_missing_code() {
        let list = parse_list(LIST).expect("the example list parses");
        let file = |t: &str| BTreeMap::from([("src/gauss.rs".to_string(), t.to_string())]);
        let good = file("fn f() {\n    // …\n    for k in 0..n { if a < b {} }\n}\n");
        assert_eq!(check_list(&list, &good), Vec::<String>::new());
        let moved = file("fn f() {\n    for k in 0..n { if a < b {} }\n}\n");
        let p = check_list(&list, &moved);
        assert!(
            p.len() == 1 && p[0].contains("no longer holds `<`"),
            "moved code: {p:?}"
        );
        let short = file("fn f() {}\n");
        let p = check_list(&list, &short);
        assert!(
            p.len() == 1 && p[0].contains("only 1 lines"),
            "short file: {p:?}"
        );
        let p = check_list(&list, &BTreeMap::new());
        assert!(
            p.len() == 1 && p[0].contains("not an exercise file"),
            "no file: {p:?}"
        );
    }

    #[test]
    fn ci_check_on_this_checkout() {
        let root = project_root();
        let weeks: Vec<Week> = Week::all().filter(|w| w.has_reference(&root)).collect();
        if let Err(e) = ci_check(&root, &weeks) {
            panic!("{e}");
        }
    }
}
