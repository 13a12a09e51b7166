//! `<week>/exercises.toml`: the exercises of a week in teaching order, the one source of
//! `watch`, `progress`, `hint` and `list` (rustlings' `info.toml` is the model).
//!
//! ```toml
//! done = "what the week unlocked and how to go on"
//!
//! [[exercise]]
//! id = "norm_l2"
//! file = "src/norms.rs"                  # below the week's folder
//! functions = ["Vector::norm_l2"]        # the labels of their `todo!("…")`
//! task = "one sentence"
//! section = "3. Norms — `src/norms.rs`"  # a heading of the lesson, without `## `
//! tests = [{ target = "e02_norms", filter = ["l2_"] }]
//! hints = ["a nudge", "the key idea", "the shape of the algorithm"]
//! ```
//!
//! A test belongs to an exercise when it is in one of its targets (`tests/<target>.rs`) and its
//! name contains one of the filters (libtest's rule, so `cargo test -p W --test T -- F…` runs
//! exactly the exercise's tests); no filter means every test of the target.
//!
//! [`check_week`] is the ci check: every `todo!("…")` of the stubs belongs to exactly one
//! exercise, every public exercise test to at least one, every filter matches a test, and the
//! lesson's table "The exercises" lists the same exercises in the same order.

use crate::course::Week;
use crate::error::{Error, Result};
use crate::project::display_rel;
use crate::scratch::{self, Src};
use crate::testrun;
use std::collections::BTreeMap;
use std::path::{Path, PathBuf};
use toml::{Table, Value};

/// The tests of an exercise in one test target.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct TestSel {
    /// `e02_norms` for `tests/e02_norms.rs` (numbered by its first exercise: [`check_target_order`]).
    pub target: String,
    /// libtest name filters (substrings); empty: every test of the target.
    pub filters: Vec<String>,
}

impl TestSel {
    /// True when the test `name` of the target `target` is one of these.
    pub fn matches(&self, target: &str, name: &str) -> bool {
        self.target == target
            && (self.filters.is_empty() || self.filters.iter().any(|f| name.contains(f.as_str())))
    }
}

/// One exercise.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Exercise {
    pub id: String,
    /// Below the week's folder: `src/norms.rs`.
    pub file: String,
    /// The `todo!("…")` labels: `Vector::norm_l2`, `sum_kahan`.
    pub functions: Vec<String>,
    pub task: String,
    pub section: String,
    pub tests: Vec<TestSel>,
    pub hints: Vec<String>,
}

impl Exercise {
    /// True when the test belongs to this exercise.
    pub fn owns(&self, target: &str, name: &str) -> bool {
        self.tests.iter().any(|t| t.matches(target, name))
    }

    /// The cargo commands that run exactly this exercise's tests.
    pub fn test_commands(&self, week: Week) -> Vec<String> {
        self.tests
            .iter()
            .map(|t| {
                let mut c = format!("cargo test -p {} --test {}", week.name(), t.target);
                if !t.filters.is_empty() {
                    c.push_str(" -- ");
                    c.push_str(&t.filters.join(" "));
                }
                c
            })
            .collect()
    }

    /// `norm_l2` or `Vector::add, sub, scale` (the type named once).
    pub fn functions_short(&self) -> String {
        let mut out: Vec<String> = Vec::new();
        let mut last_type: Option<&str> = None;
        for f in &self.functions {
            match f.rsplit_once("::") {
                Some((ty, name)) if last_type == Some(ty) => out.push(name.to_string()),
                Some((ty, _)) => {
                    last_type = Some(ty);
                    out.push(f.clone());
                }
                None => {
                    last_type = None;
                    out.push(f.clone());
                }
            }
        }
        out.join(", ")
    }
}

/// A week's manifest.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Manifest {
    pub week: Week,
    /// Said when every exercise passes.
    pub done: String,
    pub exercises: Vec<Exercise>,
}

impl Manifest {
    /// The exercise named by `key`: its id, its 1-based number, or one of its functions
    /// (`Vector::norm_l2` or `norm_l2`).
    pub fn find(&self, key: &str) -> Option<(usize, &Exercise)> {
        if let Ok(n) = key.parse::<usize>() {
            return self.exercises.get(n.checked_sub(1)?).map(|e| (n - 1, e));
        }
        let by = |pred: &dyn Fn(&Exercise) -> bool| {
            self.exercises.iter().enumerate().find(|(_, e)| pred(e))
        };
        by(&|e| e.id == key)
            .or_else(|| by(&|e| e.functions.iter().any(|f| f == key)))
            .or_else(|| {
                by(&|e| {
                    e.functions
                        .iter()
                        .any(|f| f.rsplit("::").next() == Some(key))
                })
            })
    }

    /// The ids, for messages.
    pub fn ids(&self) -> String {
        self.exercises
            .iter()
            .map(|e| e.id.as_str())
            .collect::<Vec<_>>()
            .join(", ")
    }
}

/// `<root>/<week>/exercises.toml`.
pub fn manifest_path(root: &Path, week: Week) -> PathBuf {
    week.dir(root).join("exercises.toml")
}

/// Reads a week's manifest; `Ok(None)` when the week has none.
pub fn load(root: &Path, week: Week) -> Result<Option<Manifest>> {
    let path = manifest_path(root, week);
    let Ok(text) = std::fs::read_to_string(&path) else {
        return Ok(None);
    };
    parse(week, &text)
        .map(Some)
        .map_err(|message| Error::Parse {
            path: PathBuf::from(format!("{}/exercises.toml", week.name())),
            message,
        })
}

/// Like [`load`], but a missing manifest is an error saying so.
pub fn require(root: &Path, week: Week) -> Result<Manifest> {
    load(root, week)?.ok_or_else(|| {
        Error::Msg(format!(
            "{week} has no exercises.toml (expected at {})",
            display_rel(Path::new(&format!("{}/exercises.toml", week.name())))
        ))
    })
}

/// Parses the text of a manifest. Its errors are messages about the text (`exercise 2: unknown
/// key `x``); [`load`] names the file ([`Error::Parse`]).
pub fn parse(week: Week, text: &str) -> Result<Manifest, String> {
    let table: Table = toml::from_str(text).map_err(|e| e.to_string())?;
    for key in table.keys() {
        if !["done", "exercise"].contains(&key.as_str()) {
            return Err(format!(
                "unknown key `{key}` (expected `done`, `[[exercise]]`)"
            ));
        }
    }
    let done = opt_str(&table, "done", "the manifest")?.unwrap_or_default();
    let list = match table.get("exercise") {
        Some(Value::Array(a)) => a.as_slice(),
        Some(_) => return Err("`exercise` must be an array of tables: `[[exercise]]`".into()),
        None => &[],
    };
    let mut exercises = Vec::new();
    for (i, v) in list.iter().enumerate() {
        let Value::Table(t) = v else {
            return Err(format!("exercise {}: not a table", i + 1));
        };
        let what = format!("exercise {}", i + 1);
        let id = req_str(t, "id", &what)?;
        let what = format!("exercise {} (`{id}`)", i + 1);
        for key in t.keys() {
            if ![
                "id",
                "file",
                "functions",
                "task",
                "section",
                "tests",
                "hints",
            ]
            .contains(&key.as_str())
            {
                return Err(format!("{what}: unknown key `{key}`"));
            }
        }
        let tests = match t.get("tests") {
            Some(Value::Array(a)) => a
                .iter()
                .map(|s| {
                    let Value::Table(s) = s else {
                        return Err(format!(
                            "{what}: each of `tests` is {{ target = …, filter = […] }}"
                        ));
                    };
                    Ok(TestSel {
                        target: req_str(s, "target", &what)?,
                        filters: str_list(s, "filter", &what)?,
                    })
                })
                .collect::<Result<Vec<_>, _>>()?,
            _ => return Err(format!("{what}: `tests` must be a list")),
        };
        exercises.push(Exercise {
            file: req_str(t, "file", &what)?,
            functions: str_list(t, "functions", &what)?,
            task: req_str(t, "task", &what)?,
            section: req_str(t, "section", &what)?,
            hints: str_list(t, "hints", &what)?,
            tests,
            id,
        });
    }
    Ok(Manifest {
        week,
        done: done.trim().to_string(),
        exercises,
    })
}

// The text parser's helpers: like [`parse`], their errors are messages about the text
// ("exercise 2: `task` is missing"), which [`load`] turns into an `Error::Parse` naming
// the file.

/// The string `t[key]`, if there is one.
fn opt_str(t: &Table, key: &str, what: &str) -> Result<Option<String>, String> {
    match t.get(key) {
        None => Ok(None),
        Some(Value::String(s)) => Ok(Some(s.clone())),
        Some(_) => Err(format!("{what}: `{key}` must be a string")),
    }
}

/// The string `t[key]`, which must be there.
fn req_str(t: &Table, key: &str, what: &str) -> Result<String, String> {
    opt_str(t, key, what)?.ok_or_else(|| format!("{what}: `{key}` is missing"))
}

/// The list of strings `t[key]` (empty when absent).
fn str_list(t: &Table, key: &str, what: &str) -> Result<Vec<String>, String> {
    match t.get(key) {
        None => Ok(Vec::new()),
        Some(Value::Array(a)) => a
            .iter()
            .map(|v| match v {
                Value::String(s) => Ok(s.trim().to_string()),
                _ => Err(format!("{what}: `{key}` must be a list of strings")),
            })
            .collect(),
        Some(_) => Err(format!("{what}: `{key}` must be a list of strings")),
    }
}

/// `todo!("Vector::dot")` → `Vector::dot` (a line of code, not a doc comment).
pub fn todo_label(line: &str) -> Option<String> {
    let rest = line.trim().strip_prefix("todo!(\"")?;
    Some(rest.split('"').next()?.to_string())
}

/// The `todo!("…")` of a stub tree: (label, file below the week's folder, 1-based line).
pub fn todos(stub: &BTreeMap<PathBuf, Vec<u8>>) -> Vec<(String, String, usize)> {
    let mut out = Vec::new();
    for (rel, bytes) in stub {
        let text = String::from_utf8_lossy(bytes);
        for (i, line) in text.lines().enumerate() {
            if let Some(label) = todo_label(line) {
                out.push((label, format!("src/{}", display_rel(rel)), i + 1));
            }
        }
    }
    out
}

/// The manifest's own consistency: ids unique, 2–3 hints, a task, at least one test.
pub fn check_shape(m: &Manifest) -> Vec<String> {
    let mut problems = Vec::new();
    for (i, e) in m.exercises.iter().enumerate() {
        if m.exercises[..i].iter().any(|o| o.id == e.id) {
            problems.push(format!("exercise id `{}` is used twice", e.id));
        }
        if !(2..=3).contains(&e.hints.len()) {
            problems.push(format!(
                "exercise `{}` has {} hints (2 or 3: a nudge, the key idea, the shape of the algorithm)",
                e.id,
                e.hints.len()
            ));
        }
        if e.task.is_empty() || e.functions.is_empty() || e.tests.is_empty() {
            problems.push(format!(
                "exercise `{}` needs a task, functions and tests",
                e.id
            ));
        }
    }
    problems
}

/// Every `todo!("…")` of the stubs belongs to exactly one exercise, in the exercise's file,
/// and every function the manifest names is a `todo!` of the stubs.
pub fn check_todos(m: &Manifest, todos: &[(String, String, usize)]) -> Vec<String> {
    let w = m.week.name();
    let mut problems = Vec::new();
    for (label, file, line) in todos {
        let owners: Vec<&Exercise> = m
            .exercises
            .iter()
            .filter(|e| e.functions.contains(label))
            .collect();
        match owners.as_slice() {
            [] => problems.push(format!(
                "{w}/{file}:{line}: todo!(\"{label}\") belongs to no exercise of {w}/exercises.toml"
            )),
            [e] if e.file != *file => problems.push(format!(
                "{w}/{file}:{line}: todo!(\"{label}\") is in exercise `{}`, whose file is {}",
                e.id, e.file
            )),
            [_] => {}
            many => problems.push(format!(
                "{w}/{file}:{line}: todo!(\"{label}\") belongs to {} exercises ({})",
                many.len(),
                many.iter()
                    .map(|e| e.id.as_str())
                    .collect::<Vec<_>>()
                    .join(", ")
            )),
        }
    }
    for e in &m.exercises {
        for f in &e.functions {
            if !todos.iter().any(|(l, _, _)| l == f) {
                problems.push(format!(
                    "{w}/exercises.toml: exercise `{}` names `{f}`, which is no todo!(\"…\") of the stubs",
                    e.id
                ));
            }
        }
    }
    problems
}

/// Every public exercise test (target not `given*`) belongs to at least one exercise, every
/// target the manifest names exists, and every filter matches at least one test.
/// `tests`: target → test names (`libtest --list`).
pub fn check_tests(m: &Manifest, tests: &BTreeMap<String, Vec<String>>) -> Vec<String> {
    let w = m.week.name();
    let mut problems = Vec::new();
    for (target, names) in tests {
        if target.starts_with("given") {
            continue;
        }
        for n in names {
            if !m.exercises.iter().any(|e| e.owns(target, n)) {
                problems.push(format!(
                    "{w}/tests/{target}.rs: test `{n}` belongs to no exercise of {w}/exercises.toml"
                ));
            }
        }
    }
    for e in &m.exercises {
        for sel in &e.tests {
            let Some(names) = tests.get(&sel.target) else {
                problems.push(format!(
                    "exercise `{}`: no test target `{}` ({w}/tests/{}.rs)",
                    e.id, sel.target, sel.target
                ));
                continue;
            };
            if names.is_empty() {
                problems.push(format!("exercise `{}`: {} has no tests", e.id, sel.target));
            }
            for f in &sel.filters {
                if !names.iter().any(|n| n.contains(f.as_str())) {
                    problems.push(format!(
                        "exercise `{}`: filter `{f}` matches no test of {}",
                        e.id, sel.target
                    ));
                }
            }
        }
    }
    problems
}

/// The topic of a public test target: its name without the exercise number, `e02_norms` →
/// `norms` (a name without the prefix is returned as it is).
pub fn target_topic(target: &str) -> &str {
    let b = target.as_bytes();
    if b.len() > 4 && b[0] == b'e' && b[1].is_ascii_digit() && b[2].is_ascii_digit() && b[3] == b'_'
    {
        &target[4..]
    } else {
        target
    }
}

/// Every test target the manifest names is numbered by the first exercise that lists it:
/// `tests/eNN_<topic>.rs` with `NN` that exercise's place (two digits). Cargo runs a package's
/// test files in name order and stops at the first that fails, so with this numbering a plain
/// `cargo test -p <week>` shows the failures of the earliest unfinished exercise first.
pub fn check_target_order(m: &Manifest) -> Vec<String> {
    let w = m.week.name();
    let mut seen: Vec<&str> = Vec::new();
    let mut problems = Vec::new();
    for (i, e) in m.exercises.iter().enumerate() {
        for sel in &e.tests {
            if seen.contains(&sel.target.as_str()) {
                continue;
            }
            seen.push(&sel.target);
            let want = format!("e{:02}_{}", i + 1, target_topic(&sel.target));
            if sel.target != want {
                problems.push(format!(
                    "{w}/tests/{}.rs: first checked by exercise {} (`{}`), so it must be named \
                     tests/{want}.rs (cargo runs test files in name order and stops at the first \
                     failing one); rename it with `git mv` and update {w}/exercises.toml",
                    sel.target,
                    i + 1,
                    e.id
                ));
            }
        }
    }
    problems
}

/// The rows of the lesson's section `## The exercises…`: table rows (not the header or the
/// separator) and list items with their indented continuation lines.
pub fn readme_rows(readme: &str) -> Vec<String> {
    let mut inside = false;
    let mut rows: Vec<String> = Vec::new();
    let mut in_item = false;
    let mut header_seen = false;
    for line in readme.lines() {
        if line.starts_with("## ") {
            inside = line.starts_with("## The exercises");
            in_item = false;
            header_seen = false;
            continue;
        }
        if !inside {
            continue;
        }
        let t = line.trim_start();
        let numbered = t
            .split_once(". ")
            .is_some_and(|(n, _)| !n.is_empty() && n.chars().all(|c| c.is_ascii_digit()));
        if t.starts_with('|') {
            in_item = false;
            if t.starts_with("| ---") || t.starts_with("|---") {
                continue;
            }
            if !header_seen {
                header_seen = true;
                continue;
            }
            rows.push(t.to_string());
        } else if numbered || t.starts_with("- ") || t.starts_with("* ") {
            in_item = true;
            rows.push(t.to_string());
        } else if in_item && line.starts_with("   ") && !t.is_empty() {
            if let Some(last) = rows.last_mut() {
                last.push(' ');
                last.push_str(t);
            }
        } else {
            in_item = false;
        }
    }
    rows
}

/// The identifiers inside the backticked spans of a row.
fn code_words(row: &str) -> Vec<String> {
    row.split('`')
        .skip(1)
        .step_by(2)
        .flat_map(|span| {
            span.split(|c: char| !(c.is_alphanumeric() || c == '_' || c == '.'))
                .filter(|w| !w.is_empty())
                .map(str::to_string)
                .collect::<Vec<_>>()
        })
        .collect()
}

/// The lesson's table "The exercises" lists the manifest's exercises in order: row i names
/// exercise i's file and every one of its functions. Rows of solved (given) code are skipped.
/// Every `section` is a heading of the lesson.
pub fn check_readme(m: &Manifest, readme: &str) -> Vec<String> {
    let w = m.week.name();
    let mut problems = Vec::new();
    let rows: Vec<String> = readme_rows(readme)
        .into_iter()
        .filter(|r| {
            let l = r.to_lowercase();
            !(l.contains("(solved") || l.contains("(given"))
        })
        .collect();
    if rows.len() != m.exercises.len() {
        problems.push(format!(
            "{w}/README.md lists {} exercises under \"## The exercises\", {w}/exercises.toml {}",
            rows.len(),
            m.exercises.len()
        ));
    }
    for (i, (row, e)) in rows.iter().zip(&m.exercises).enumerate() {
        let words = code_words(row);
        let file = Path::new(&e.file)
            .file_name()
            .map(|f| f.to_string_lossy().into_owned())
            .unwrap_or_default();
        let has = |name: &str| {
            words
                .iter()
                .any(|w| w == name || w.ends_with(&format!("/{name}")))
        };
        let has_file = words
            .iter()
            .any(|w| w == &file || w.ends_with(&format!("/{file}")))
            || row.contains(&format!("`{}`", e.file));
        if !has_file
            || !e
                .functions
                .iter()
                .all(|f| has(f.rsplit("::").next().unwrap_or(f)))
        {
            problems.push(format!(
                "{w}/README.md, exercise row {}: `{}` does not match exercise {} of exercises.toml (`{}`: {} in {})",
                i + 1,
                row,
                i + 1,
                e.id,
                e.functions.join(", "),
                e.file
            ));
        }
    }
    let headings: Vec<&str> = readme
        .lines()
        .filter_map(|l| {
            l.trim_start_matches('#')
                .strip_prefix(' ')
                .filter(|_| l.starts_with('#'))
        })
        .map(str::trim)
        .collect();
    for e in &m.exercises {
        if !headings.contains(&e.section.as_str()) {
            problems.push(format!(
                "exercise `{}`: section `{}` is no heading of {w}/README.md",
                e.id, e.section
            ));
        }
    }
    problems
}

/// Every check of one week, given the stub tree and the public test lists.
pub fn check_week(
    m: &Manifest,
    stub: &BTreeMap<PathBuf, Vec<u8>>,
    tests: &BTreeMap<String, Vec<String>>,
    readme: &str,
) -> Vec<String> {
    let mut p = check_shape(m);
    p.extend(check_todos(m, &todos(stub)));
    p.extend(check_tests(m, tests));
    p.extend(check_readme(m, readme));
    p
}

/// The ci step: [`check_week`] for each week, on the stubs (generated from the reference) and
/// the public tests as built in the scratch workspace `stubs-<week>` (the one anti-vacuity
/// uses, so this step rebuilds nothing after it).
pub fn ci_check(root: &Path, weeks: &[Week]) -> Result<String> {
    let mut problems = Vec::new();
    let mut counts = Vec::new();
    for &w in weeks {
        let Some(m) = load(root, w)? else {
            problems.push(format!("{w}: no exercises.toml"));
            continue;
        };
        let stub = crate::course::expected_stub_tree(root, w)?;
        let layers = scratch::graded_layers(w, Src::Stub, true);
        let ws = scratch::assemble(root, &format!("stubs-{}", w.name()), &layers)?;
        let bins = testrun::build_tests(&ws, &scratch::scratch_target_dir(root), &[w.name()])
            .map_err(|e| format!("the stubs of {w} do not build:\n{e}"))?;
        let mut tests = BTreeMap::new();
        for b in bins
            .iter()
            .filter(|b| b.package == w.name() && b.kind == "test" && !b.is_hidden())
        {
            tests.insert(b.name.clone(), testrun::list_tests(b)?);
        }
        let readme = std::fs::read_to_string(w.dir(root).join("README.md")).unwrap_or_default();
        let mut found = check_week(&m, &stub, &tests, &readme);
        found.extend(check_target_order(&m));
        counts.push(format!("{w}: {} exercises", m.exercises.len()));
        problems.extend(found);
    }
    if problems.is_empty() {
        Ok(counts.join("; "))
    } else {
        Err(Error::Msg(problems.join("\n")))
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::project::project_root;

    const TOML: &str = r#"
done = "well done"

[[exercise]]
id = "double"
file = "src/ops.rs"
functions = ["double"]
task = "Double it."
section = "1. Doubling"
tests = [{ target = "ops", filter = ["double"] }]
hints = ["a", "b"]

[[exercise]]
id = "triple"
file = "src/ops.rs"
functions = ["Ops::triple"]
task = "Triple it."
section = "2. Tripling"
tests = [{ target = "ops", filter = ["triple"] }]
hints = ["a", "b", "c"]
"#;

    #[test]
    fn test_targets_are_numbered_by_their_first_exercise() {
        assert_eq!(target_topic("e02_norms"), "norms");
        assert_eq!(target_topic("e2_norms"), "e2_norms");
        assert_eq!(target_topic("ops"), "ops");
        let unnumbered = parse(Week::FIRST, TOML).unwrap();
        let p = check_target_order(&unnumbered);
        assert_eq!(p.len(), 1, "{p:?}");
        assert!(p[0].contains("tests/e01_ops.rs"), "{}", p[0]);
        let numbered = parse(Week::FIRST, &TOML.replace("\"ops\"", "\"e01_ops\"")).unwrap();
        assert_eq!(check_target_order(&numbered), Vec::<String>::new());
        let late = parse(Week::FIRST, &TOML.replace("\"ops\"", "\"e02_ops\"")).unwrap();
        let p = check_target_order(&late);
        assert!(
            p.len() == 1 && p[0].contains("exercise 1 (`double`)"),
            "{p:?}"
        );
    }

    #[test]
    fn parses_finds_and_checks_a_manifest() {
        let m = parse(Week::FIRST, TOML).unwrap();
        assert_eq!(m.exercises.len(), 2);
        assert_eq!(m.find("2").unwrap().1.id, "triple");
        assert_eq!(m.find("triple").unwrap().0, 1);
        assert_eq!(m.find("Ops::triple").unwrap().0, 1);
        assert!(m.find("3").is_none() && m.find("0").is_none());
        assert_eq!(
            m.exercises[0].test_commands(Week::FIRST),
            vec!["cargo test -p week1-vectors --test ops -- double".to_string()]
        );
        let mut stub = BTreeMap::new();
        stub.insert(
            PathBuf::from("ops.rs"),
            b"fn double() {\n    todo!(\"double\")\n}\n/// todo!(\"doc\")\n    todo!(\"Ops::triple\")\n    todo!(\"stray\")\n".to_vec(),
        );
        let mut tests = BTreeMap::new();
        tests.insert(
            "ops".to_string(),
            vec!["double_it".into(), "triple_it".into(), "quadruple".into()],
        );
        tests.insert("given_x".to_string(), vec!["anything".into()]);
        let readme = "# W\n\n## 1. Doubling\n\n## 2. Tripling\n\n## The exercises\n\n| # | file | functions |\n| --- | --- | --- |\n| 1 | `src/ops.rs` | `double` |\n| 2 | `ops.rs` | `triple` |\n";
        let p = check_week(&m, &stub, &tests, readme);
        assert_eq!(p.len(), 2, "{p:#?}");
        assert!(
            p[0].contains("todo!(\"stray\") belongs to no exercise"),
            "{p:#?}"
        );
        assert!(
            p[1].contains("`quadruple` belongs to no exercise"),
            "{p:#?}"
        );
        let swapped = readme
            .replace("`double`", "`tmp`")
            .replace("`triple`", "`double`");
        let p = check_readme(&m, &swapped);
        assert_eq!(p.len(), 2, "{p:#?}");
        let bad = TOML
            .replace("\"2. Tripling\"", "\"9. Nowhere\"")
            .replace("hints = [\"a\", \"b\"]", "hints = [\"a\"]");
        let m2 = parse(Week::FIRST, &bad).unwrap();
        assert_eq!(check_shape(&m2).len(), 1);
        assert_eq!(check_readme(&m2, readme).len(), 1);
        assert!(parse(Week::FIRST, "[[exercise]]\nid = \"x\"\nfiles = 1\n").is_err());
    }

    #[test]
    fn readme_rows_of_tables_and_lists() {
        let rows = readme_rows(
            "## The exercises\n\n1. `flops.rs` — `matmul_flops`\n2. `fast.rs` — `matmul_fast`, then\n   `matmul_fast_threaded` (optional)\n\nRun it.\n\n## Next\n\n1. `x.rs` — `y`\n",
        );
        assert_eq!(rows.len(), 2, "{rows:?}");
        assert!(rows[1].contains("matmul_fast_threaded"));
        assert_eq!(
            code_words("| 6 | `linear.rs` | `LinearRegression::{fit, fit_ridge}` |"),
            vec!["linear.rs", "LinearRegression", "fit", "fit_ridge"]
        );
    }

    /// The manifests of this checkout parse and pass the checks that need no build (the test
    /// lists need one: `cargo xtask ci` runs [`ci_check`]).
    #[test]
    fn the_courses_manifests_parse_and_match_stubs_and_lessons() {
        let root = project_root();
        let mut problems = Vec::new();
        for w in Week::all().filter(|w| w.has_reference(&root)) {
            let Some(m) = load(&root, w).unwrap() else {
                continue;
            };
            let stub = crate::course::expected_stub_tree(&root, w).unwrap();
            let readme = std::fs::read_to_string(w.dir(&root).join("README.md")).unwrap();
            problems.extend(check_shape(&m));
            problems.extend(check_todos(&m, &todos(&stub)));
            problems.extend(check_readme(&m, &readme));
        }
        assert!(problems.is_empty(), "{}", problems.join("\n"));
    }

    /// The full ci check on this checkout (builds the stubs' public tests of every week).
    #[test]
    #[ignore = "builds every week's stubs; `cargo xtask ci` runs it"]
    fn ci_check_on_this_checkout() {
        let root = project_root();
        let weeks: Vec<Week> = Week::all().filter(|w| w.has_reference(&root)).collect();
        match ci_check(&root, &weeks) {
            Ok(s) => println!("{s}"),
            Err(e) => panic!("{e}"),
        }
    }
}
