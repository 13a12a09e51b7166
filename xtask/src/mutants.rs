//! `cargo xtask mutants [WEEK…] [--shard K/N] [--file F]`: mutation testing of the exercise code.
//!
//! Anti-vacuity proves that every test fails on a `todo!()` stub; this proves that the tests fail
//! on a *wrong* implementation. [cargo-mutants](https://mutants.rs) changes the reference one
//! operator at a time (`-=` → `+=`, `<` → `<=`, a body replaced by `Default::default()`…) and
//! runs the week's public and hidden tests (no doc tests: the grader does not run them) on each
//! mutant. A mutant the tests still pass on — a *survivor* — is a wrong answer that would score
//! full marks.
//!
//! The run happens in a scratch workspace (`target/xtask-scratch/mutants`: the reference of
//! every week, each week's hidden tests beside its public tests) with its own target directory,
//! so it never blocks other builds. Only the exercise files are mutated (those with a
//! `SOLUTION` or `SOLUTION-ONLY` region, [`crate::course::exercise_files`]).
//!
//! The accepted survivors of a week are listed in `solutions/<week>/mutants.toml`:
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
//!
//! The command fails when a survivor is not listed, or when a listed one was tested and no
//! longer survives. [`ci_check`] (a step of `cargo xtask ci`) checks the lists without running
//! anything: the syntax, and that each listed line still holds the `original` text.

use crate::course::Week;
use crate::project::{display_rel, project_root};
use crate::scratch::{self, Src, WeekLayer};
use serde_json::Value as Json;
use std::collections::{BTreeMap, BTreeSet};
use std::path::{Path, PathBuf};
use std::process::Command;
use std::time::Instant;
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

impl Accepted {
    /// True when this entry names the mutant `m`.
    fn names(&self, m: &Mutant) -> bool {
        self.file == m.file && self.line == m.line && self.mutant == m.description
    }
}

/// Parses a `mutants.toml`.
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
pub fn load_list(root: &Path, week: Week) -> Result<Vec<Accepted>, String> {
    let path = list_path(root, week);
    match std::fs::read_to_string(&path) {
        Ok(text) => parse_list(&text).map_err(|e| format!("solutions/{}/mutants.toml: {e}", week)),
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => Ok(Vec::new()),
        Err(e) => Err(format!("reading {}: {e}", path.display())),
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
fn exercise_sources(root: &Path, week: Week) -> Result<BTreeMap<String, String>, String> {
    let src = week.solution_dir(root).join("src");
    let mut out = BTreeMap::new();
    for rel in crate::course::exercise_files(root, week)? {
        let text = std::fs::read_to_string(src.join(&rel))
            .map_err(|e| format!("reading {}: {e}", src.join(&rel).display()))?;
        out.insert(format!("src/{}", display_rel(&rel)), text);
    }
    Ok(out)
}

/// The ci step: every week's list parses and each entry still points at its code.
pub fn ci_check(root: &Path, weeks: &[Week]) -> Result<String, String> {
    let mut problems = Vec::new();
    let mut counts = Vec::new();
    for &w in weeks {
        let list = match load_list(root, w) {
            Ok(l) => l,
            Err(e) => {
                problems.push(e);
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
        Err(problems.join("\n"))
    }
}

/// What happened to one mutant.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Fate {
    Caught,
    Missed,
    Timeout,
    Unviable,
}

/// One mutant of a cargo-mutants outcome.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Mutant {
    /// Below the week's folder: `src/gauss.rs`.
    pub file: String,
    pub line: usize,
    pub column: usize,
    /// `replace < with <= in back_substitute`.
    pub description: String,
    /// The replaced source text (its first line), from the span.
    pub original: String,
    pub fate: Fate,
}

/// The mutants of `mutants.out/outcomes.json` (the baseline left out). `original` is filled
/// from `sources` (`src/…` → text) when the file is there.
pub fn parse_outcomes(
    json: &Json,
    week: Week,
    sources: &BTreeMap<String, String>,
) -> Result<Vec<Mutant>, String> {
    let outcomes = json
        .get("outcomes")
        .and_then(Json::as_array)
        .ok_or("outcomes.json has no `outcomes` list")?;
    let prefix = format!("{}/", week.name());
    let mut out = Vec::new();
    for o in outcomes {
        let Some(m) = o.get("scenario").and_then(|s| s.get("Mutant")) else {
            continue;
        };
        let fate = match o.get("summary").and_then(Json::as_str) {
            Some("CaughtMutant") => Fate::Caught,
            Some("MissedMutant") => Fate::Missed,
            Some("Timeout") => Fate::Timeout,
            Some("Unviable") => Fate::Unviable,
            other => return Err(format!("outcomes.json: unexpected summary {other:?}")),
        };
        let file = m.get("file").and_then(Json::as_str).unwrap_or_default();
        let file = file.strip_prefix(&prefix).unwrap_or(file).to_string();
        let pos = |end: &str, k: &str| -> usize {
            m.pointer(&format!("/span/{end}/{k}"))
                .and_then(Json::as_u64)
                .unwrap_or(0) as usize
        };
        let (line, column) = (pos("start", "line"), pos("start", "column"));
        let name = m.get("name").and_then(Json::as_str).unwrap_or_default();
        let location = format!(":{line}:{column}: ");
        let description = match name.find(&location) {
            Some(i) => name[i + location.len()..].to_string(),
            None => name.to_string(),
        };
        let original = sources
            .get(&file)
            .map(|text| {
                span_text(
                    text,
                    (line, column),
                    (pos("end", "line"), pos("end", "column")),
                )
            })
            .unwrap_or_default();
        out.push(Mutant {
            file,
            line,
            column,
            description,
            original,
            fate,
        });
    }
    Ok(out)
}

/// The text of a span (1-based, columns in chars, end exclusive), cut at the end of its first
/// line and to 60 chars, trimmed.
fn span_text(text: &str, start: (usize, usize), end: (usize, usize)) -> String {
    let Some(l) = text.lines().nth(start.0.saturating_sub(1)) else {
        return String::new();
    };
    let from = start.1.saturating_sub(1);
    let to = if end.0 == start.0 {
        end.1.saturating_sub(1)
    } else {
        usize::MAX
    };
    let s: String = l
        .chars()
        .skip(from)
        .take(to.saturating_sub(from).min(60))
        .collect();
    s.trim().to_string()
}

/// Counts of one week's run.
#[derive(Debug, Default, Clone, Copy, PartialEq, Eq)]
pub struct Tally {
    pub caught: usize,
    pub missed: usize,
    pub timeout: usize,
    pub unviable: usize,
}

impl Tally {
    pub fn of(mutants: &[Mutant]) -> Tally {
        let mut t = Tally::default();
        for m in mutants {
            match m.fate {
                Fate::Caught => t.caught += 1,
                Fate::Missed => t.missed += 1,
                Fate::Timeout => t.timeout += 1,
                Fate::Unviable => t.unviable += 1,
            }
        }
        t
    }

    /// Caught over viable (caught + missed + timeout), in percent; a timeout is not counted as
    /// caught (the grader's timeout is far longer than cargo-mutants').
    pub fn kill_rate(&self) -> f64 {
        let viable = self.caught + self.missed + self.timeout;
        if viable == 0 {
            100.0
        } else {
            100.0 * self.caught as f64 / viable as f64
        }
    }
}

/// What a run says about the list: survivors not listed, listed mutants that were tested and
/// were caught, and (for a complete run: no shard, every file) listed mutants that no longer
/// exist.
pub fn compare<'a>(
    list: &'a [Accepted],
    mutants: &'a [Mutant],
    complete_files: &BTreeSet<String>,
) -> (Vec<&'a Mutant>, Vec<String>) {
    let unlisted: Vec<&Mutant> = mutants
        .iter()
        .filter(|m| m.fate == Fate::Missed && !list.iter().any(|e| e.names(m)))
        .collect();
    let mut stale = Vec::new();
    for e in list {
        let tested: Vec<&Mutant> = mutants.iter().filter(|m| e.names(m)).collect();
        if tested.is_empty() {
            if complete_files.contains(&e.file) {
                stale.push(format!(
                    "{}:{} `{}`: listed, but cargo-mutants no longer generates it: remove the entry",
                    e.file, e.line, e.mutant
                ));
            }
        } else if tested.iter().all(|m| m.fate != Fate::Missed) {
            stale.push(format!(
                "{}:{} `{}`: listed as a survivor, but the tests now catch it: remove the entry",
                e.file, e.line, e.mutant
            ));
        }
    }
    (unlisted, stale)
}

/// A `[[survivor]]` entry to paste into the list, the reason left for a person to decide.
fn entry_template(m: &Mutant) -> String {
    format!(
        "[[survivor]]\nfile = \"{}\"\nline = {}\nmutant = {}\noriginal = {}\nreason = \"equivalent | speed-only | given-code\"\nwhy = \"…\"\n",
        m.file,
        m.line,
        toml_str(&m.description),
        toml_str(&m.original)
    )
}

/// A TOML basic string (JSON's escapes are a subset of TOML's).
fn toml_str(s: &str) -> String {
    Json::from(s).to_string()
}

struct Args {
    weeks: Vec<Week>,
    shard: Option<String>,
    file: Option<String>,
}

fn parse_args(args: &[String]) -> Result<Args, String> {
    let cmd = crate::flags::command("mutants").expect("in the table");
    let a = crate::flags::parse(cmd, args)?;
    let mut out = Args {
        weeks: Vec::new(),
        shard: None,
        file: None,
    };
    if let Some(s) = a.value("--shard") {
        let ok = s.split_once('/').is_some_and(
            |(k, n)| matches!((k.parse::<usize>(), n.parse::<usize>()), (Ok(k), Ok(n)) if k < n),
        );
        if !ok {
            return Err(format!(
                "--shard {s}: expected K/N with 0 <= K < N (cargo-mutants counts shards from 0)\n{}",
                crate::flags::usage(cmd)
            ));
        }
        out.shard = Some(s.to_string());
    }
    out.file = a.value("--file").map(String::from);
    for w in &a.positionals {
        out.weeks.push(Week::parse(w)?);
    }
    Ok(out)
}

/// Installs cargo-mutants when `cargo mutants --version` fails.
fn ensure_cargo_mutants() -> Result<(), String> {
    let cargo = crate::exec::cargo_program();
    let found = Command::new(&cargo)
        .args(["mutants", "--version"])
        .output()
        .is_ok_and(|o| o.status.success());
    if found {
        return Ok(());
    }
    eprintln!("cargo-mutants is not installed: running `cargo install --locked cargo-mutants`");
    let status = Command::new(&cargo)
        .args(["install", "--locked", "cargo-mutants"])
        .status()
        .map_err(|e| format!("running cargo install: {e}"))?;
    if status.success() {
        Ok(())
    } else {
        Err("`cargo install --locked cargo-mutants` failed".into())
    }
}

pub fn run(args: &[String]) -> Result<(), String> {
    let a = parse_args(args)?;
    let root = project_root();
    let all: Vec<Week> = Week::all().filter(|w| w.has_reference(&root)).collect();
    if all.is_empty() {
        return Err("mutants: no `solutions/` here — it mutates the reference solutions".into());
    }
    let mut weeks = if a.weeks.is_empty() {
        all.clone()
    } else {
        a.weeks.clone()
    };
    weeks.sort();
    weeks.dedup();
    ensure_cargo_mutants()?;
    let layers: Vec<WeekLayer> = all
        .iter()
        .map(|&week| WeekLayer {
            week,
            src: Src::Reference,
            hidden_tests: true,
            public_tests: true,
        })
        .collect();
    // cargo-mutants runs --in-place: two runs in one scratch workspace would mutate and
    // rewrite each other's files and report nonsense. One at a time.
    let _lock = RunLock::acquire(&scratch::scratch_root(&root).join("mutants.lock"))?;
    let ws = scratch::assemble(&root, "mutants", &layers)?;
    let target = scratch::scratch_root(&root).join("mutants-target");
    let mut report = Vec::new();
    let mut problems = Vec::new();
    for &w in &weeks {
        let sources = exercise_sources(&root, w)?;
        let files: Vec<&String> = sources
            .keys()
            .filter(|f| {
                a.file.as_deref().is_none_or(|want| {
                    f.as_str() == want
                        || f.strip_prefix("src/") == Some(want)
                        || format!("{}/{f}", w.name()) == want
                })
            })
            .collect();
        if files.is_empty() {
            if a.file.is_some() {
                continue;
            }
            report.push(format!("{w}: no exercise files"));
            continue;
        }
        let out_dir = scratch::scratch_root(&root)
            .join("mutants-out")
            .join(format!(
                "{}{}{}",
                w.name(),
                a.shard
                    .as_deref()
                    .map(|s| format!("-shard{}", s.replace('/', "of")))
                    .unwrap_or_default(),
                if a.file.is_some() { "-file" } else { "" }
            ));
        std::fs::create_dir_all(&out_dir)
            .map_err(|e| format!("creating {}: {e}", out_dir.display()))?;
        let mut cmd = crate::exec::cargo();
        cmd.args([
            "mutants",
            "--in-place",
            "--no-shuffle",
            "--package",
            w.name(),
        ])
        .arg("--output")
        .arg(&out_dir);
        for f in &files {
            cmd.args(["--file", &format!("{}/{f}", w.name())]);
        }
        if let Some(s) = &a.shard {
            cmd.args(["--shard", s]);
        }
        // The graded tests: public and hidden, no doc tests.
        cmd.args(["--", "--tests"])
            .current_dir(&ws)
            .env("CARGO_TARGET_DIR", &target)
            .env("CARGO_PROFILE_DEV_DEBUG", "false")
            .env_remove("RUSTFLAGS");
        let shown = format!(
            "cargo xtask mutants {w}{}{}",
            a.shard
                .as_deref()
                .map(|s| format!(" --shard {s}"))
                .unwrap_or_default(),
            a.file
                .as_deref()
                .map(|f| format!(" --file {f}"))
                .unwrap_or_default()
        );
        println!(
            "==> {shown}: {} file(s); cargo-mutants' log: {}",
            files.len(),
            out_dir.join("mutants.out").display()
        );
        let t = Instant::now();
        let status = cmd
            .status()
            .map_err(|e| format!("running cargo mutants: {e}"))?;
        let minutes = t.elapsed().as_secs_f64() / 60.0;
        let outcomes = out_dir.join("mutants.out/outcomes.json");
        let json: Json = std::fs::read_to_string(&outcomes)
            .map_err(|e| {
                format!(
                    "{w}: cargo mutants exited with {status} and wrote no {}: {e}",
                    outcomes.display()
                )
            })
            .and_then(|t| {
                serde_json::from_str(&t).map_err(|e| format!("{}: {e}", outcomes.display()))
            })?;
        let baseline_ok = json
            .get("outcomes")
            .and_then(Json::as_array)
            .and_then(|o| {
                o.iter()
                    .find(|o| o.get("scenario") == Some(&Json::from("Baseline")))
            })
            .is_none_or(|o| o.get("summary").and_then(Json::as_str) == Some("Success"));
        if !baseline_ok {
            problems.push(format!(
                "{w}: the tests fail on the unmutated reference (see {})",
                out_dir.join("mutants.out/log").display()
            ));
            continue;
        }
        let mutants = parse_outcomes(&json, w, &sources)?;
        let list = load_list(&root, w)?;
        let complete: BTreeSet<String> = if a.shard.is_none() {
            files.iter().map(|f| f.to_string()).collect()
        } else {
            BTreeSet::new()
        };
        let (unlisted, stale) = compare(&list, &mutants, &complete);
        let t = Tally::of(&mutants);
        let accepted = mutants.iter().filter(|m| m.fate == Fate::Missed).count() - unlisted.len();
        let mut lines = vec![format!(
            "{w}: {} mutants in {minutes:.0} min: {} caught, {} missed ({accepted} accepted in mutants.toml), {} timeout, {} unviable; kill rate {:.1} % (caught / viable)",
            mutants.len(),
            t.caught,
            t.missed,
            t.timeout,
            t.unviable,
            t.kill_rate()
        )];
        lines.push(format!("    command: {shown}"));
        for m in mutants.iter().filter(|m| m.fate == Fate::Missed) {
            let mark = if unlisted.contains(&m) {
                "NOT LISTED"
            } else {
                "accepted"
            };
            lines.push(format!(
                "    missed ({mark}): {}:{}:{}: {}",
                m.file, m.line, m.column, m.description
            ));
        }
        for m in mutants.iter().filter(|m| m.fate == Fate::Timeout) {
            lines.push(format!(
                "    timeout: {}:{}:{}: {}",
                m.file, m.line, m.column, m.description
            ));
        }
        report.push(lines.join("\n"));
        if !unlisted.is_empty() {
            problems.push(format!(
                "{w}: {} survivor(s) not in solutions/{w}/mutants.toml: kill each with a test, or list it with its reason:\n\n{}",
                unlisted.len(),
                // One entry covers every mutant of the same description on a line (they
                // differ only in column), so the same entry is not offered twice.
                unlisted
                    .iter()
                    .map(|m| entry_template(m))
                    .fold(Vec::<String>::new(), |mut seen, e| {
                        if !seen.contains(&e) {
                            seen.push(e);
                        }
                        seen
                    })
                    .join("\n")
            ));
        }
        for s in stale {
            problems.push(format!("solutions/{w}/mutants.toml: {s}"));
        }
    }
    println!("\nmutants summary\n{}", report.join("\n"));
    if problems.is_empty() {
        Ok(())
    } else {
        Err(format!("mutants:\n{}", problems.join("\n")))
    }
}

/// A lock file holding the pid of the `cargo xtask mutants` that owns the scratch workspace;
/// removed when the run ends. A lock whose process no longer exists (a run killed by Ctrl-C) is
/// taken over.
struct RunLock {
    path: PathBuf,
}

impl RunLock {
    fn acquire(path: &Path) -> Result<RunLock, String> {
        if let Some(dir) = path.parent() {
            std::fs::create_dir_all(dir).map_err(|e| format!("creating {}: {e}", dir.display()))?;
        }
        for _ in 0..2 {
            match std::fs::OpenOptions::new()
                .write(true)
                .create_new(true)
                .open(path)
            {
                Ok(mut f) => {
                    use std::io::Write;
                    writeln!(f, "{}", std::process::id())
                        .map_err(|e| format!("writing {}: {e}", path.display()))?;
                    return Ok(RunLock {
                        path: path.to_path_buf(),
                    });
                }
                Err(e) if e.kind() == std::io::ErrorKind::AlreadyExists => {
                    let text = std::fs::read_to_string(path).unwrap_or_default();
                    let pid = text.trim();
                    let alive = !pid.is_empty()
                        && (!Path::new("/proc/self").exists()
                            || Path::new("/proc").join(pid).exists());
                    if alive {
                        return Err(format!(
                            "mutants: another `cargo xtask mutants` (pid {pid}) is running in \
                             target/xtask-scratch/mutants, which cargo-mutants changes in place: \
                             wait for it to finish (or stop it). If no such process runs, delete \
                             {} and try again",
                            path.display()
                        ));
                    }
                    // Its owner is gone: take it over.
                    let _ = std::fs::remove_file(path);
                }
                Err(e) => return Err(format!("creating {}: {e}", path.display())),
            }
        }
        Err(format!(
            "mutants: could not take the lock {}",
            path.display()
        ))
    }
}

impl Drop for RunLock {
    fn drop(&mut self) {
        let _ = std::fs::remove_file(&self.path);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_second_run_is_refused_while_the_first_holds_the_lock() {
        let dir = std::env::temp_dir().join(format!("xtask-mutants-lock-{}", std::process::id()));
        let path = dir.join("mutants.lock");
        let first = RunLock::acquire(&path).expect("the first run takes the lock");
        let second = RunLock::acquire(&path);
        assert!(
            second
                .as_ref()
                .is_err_and(|e| e.contains("another `cargo xtask mutants`")
                    && e.contains(&std::process::id().to_string())),
            "a second RunLock::acquire while the first is held: got {:?}, want a refusal naming \
             the running pid",
            second.as_ref().err()
        );
        drop(first);
        assert!(!path.exists(), "the lock file is removed when the run ends");
        // A lock left by a process that no longer exists is taken over.
        std::fs::write(&path, "999999999\n").unwrap();
        let stale = RunLock::acquire(&path);
        assert!(
            stale.is_ok(),
            "a lock naming pid 999999999 (no such process): got {:?}, want it taken over",
            stale.as_ref().err()
        );
        drop(stale);
        let _ = std::fs::remove_dir_all(&dir);
    }

    const LIST: &str = r#"
[[survivor]]
file = "src/gauss.rs"
line = 3
mutant = "replace < with <= in back_substitute"
original = "<"
reason = "equivalent"
why = "at k = n the loop body is empty, so no input tells them apart"
"#;

    fn mutant(line: usize, description: &str, fate: Fate) -> Mutant {
        Mutant {
            file: "src/gauss.rs".into(),
            line,
            column: 9,
            description: description.into(),
            original: "<".into(),
            fate,
        }
    }

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
    fn reads_outcomes_and_compares_them_with_the_list() {
        let json: Json = serde_json::json!({
            "outcomes": [
                {"scenario": "Baseline", "summary": "Success"},
                {"scenario": {"Mutant": {
                    "name": "week3-inverse/src/gauss.rs:3:26: replace < with <= in back_substitute",
                    "file": "week3-inverse/src/gauss.rs",
                    "span": {"start": {"line": 3, "column": 26}, "end": {"line": 3, "column": 27}}
                }}, "summary": "MissedMutant"},
                {"scenario": {"Mutant": {
                    "name": "week3-inverse/src/gauss.rs:2:5: replace f with ()",
                    "file": "week3-inverse/src/gauss.rs",
                    "span": {"start": {"line": 2, "column": 5}, "end": {"line": 4, "column": 2}}
                }}, "summary": "CaughtMutant"},
                {"scenario": {"Mutant": {
                    "name": "week3-inverse/src/gauss.rs:3:9: delete ! in f",
                    "file": "week3-inverse/src/gauss.rs",
                    "span": {"start": {"line": 3, "column": 9}, "end": {"line": 3, "column": 10}}
                }}, "summary": "Timeout"}
            ]
        });
        let src = BTreeMap::from([(
            "src/gauss.rs".to_string(),
            "fn f() {\n    // …\n    for k in 0..n { if a < b {} }\n}\n".to_string(),
        )]);
        let ms = parse_outcomes(&json, Week::new(3).unwrap(), &src).expect("the outcomes parse");
        assert_eq!(ms.len(), 3, "the baseline is left out: {ms:?}");
        assert_eq!(
            ms[0],
            mutant(3, "replace < with <= in back_substitute", Fate::Missed)
                .clone()
                .with_column(26),
            "the first mutant"
        );
        assert_eq!(ms[1].original, "// …", "a multi-line span's first line");
        let t = Tally::of(&ms);
        assert_eq!(
            (t.caught, t.missed, t.timeout, t.unviable),
            (1, 1, 1, 0),
            "{t:?}"
        );
        assert!(
            (t.kill_rate() - 100.0 / 3.0).abs() < 1e-9,
            "kill rate {}",
            t.kill_rate()
        );
        let list = parse_list(LIST).expect("the example list parses");
        let complete = BTreeSet::from(["src/gauss.rs".to_string()]);
        let (unlisted, stale) = compare(&list, &ms, &complete);
        assert!(
            unlisted.is_empty() && stale.is_empty(),
            "{unlisted:?} {stale:?}"
        );
        let (unlisted, _) = compare(&[], &ms, &complete);
        assert_eq!(
            unlisted.len(),
            1,
            "the survivor is not listed: {unlisted:?}"
        );
        assert!(
            entry_template(unlisted[0]).contains("original = \"<\""),
            "{}",
            entry_template(unlisted[0])
        );
        let caught = [mutant(
            3,
            "replace < with <= in back_substitute",
            Fate::Caught,
        )];
        let (_, stale) = compare(&list, &caught, &BTreeSet::new());
        assert!(
            stale.len() == 1 && stale[0].contains("now catch it"),
            "{stale:?}"
        );
        let (_, stale) = compare(&list, &[], &complete);
        assert!(
            stale.len() == 1 && stale[0].contains("no longer generates"),
            "{stale:?}"
        );
        let (_, stale) = compare(&list, &[], &BTreeSet::new());
        assert!(stale.is_empty(), "another shard's entry: {stale:?}");
    }

    impl Mutant {
        fn with_column(mut self, column: usize) -> Mutant {
            self.column = column;
            self
        }
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
