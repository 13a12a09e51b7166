//! Building test binaries in a scratch workspace and running them, test by test results.
//!
//! [`build_run_tally`] is build → run → tally in one call (ci's reference tests and
//! anti-vacuity, the release check, `progress`): a [`Tally`] of every selected binary's
//! outcomes, which each caller counts as it needs.
//!
//! Every process goes through [`crate::exec::run`] in xtask's own process group
//! ([`exec::Group::Caller`]: Ctrl-C in the terminal stops a test binary with xtask): cargo
//! without a deadline, test binaries with one ([`run_filtered`], [`run_all`]).

use crate::error::{Context, Error, Result};
use crate::exec::{self, Limits, RunOutput};
use serde_json::Value;
use std::path::{Path, PathBuf};
use std::process::Command;
use std::time::Duration;

/// One test executable that cargo built.
#[derive(Debug, Clone)]
pub struct TestBinary {
    pub package: String,
    /// `lib` for unit tests, `test` for `tests/*.rs`.
    pub kind: String,
    /// The target's name: the file stem of `tests/<name>.rs`, or the library name.
    pub name: String,
    pub executable: PathBuf,
}

impl TestBinary {
    /// A given-code test binary: `tests/given*.rs`, or the library's own unit tests.
    pub fn is_given(&self) -> bool {
        self.kind == "lib" || self.name.starts_with("given")
    }

    /// A hidden test binary: `hidden_*.rs`.
    pub fn is_hidden(&self) -> bool {
        self.name.starts_with("hidden")
    }
}

/// Runs `cargo <args>` in `ws` with the shared scratch target dir, in xtask's process group
/// without a deadline.
pub fn cargo(ws: &Path, target_dir: &Path, args: &[&str]) -> Result<exec::CargoRun> {
    let mut cmd = exec::cargo_in(ws, target_dir);
    cmd.args(args).env_remove("RUSTFLAGS");
    exec::run_cargo(cmd, &exec::Run::caller(Duration::MAX))
}

/// Builds the test targets of `packages` (no doc tests) and returns the executables, or the
/// compiler's messages when the build fails.
pub fn build_tests(ws: &Path, target_dir: &Path, packages: &[&str]) -> Result<Vec<TestBinary>> {
    let mut args = vec![
        "test",
        "--no-run",
        "--message-format=json-render-diagnostics",
        "--tests",
    ];
    for p in packages {
        args.push("-p");
        args.push(p);
    }
    let r = cargo(ws, target_dir, &args)?;
    if !r.ok {
        return Err(Error::Msg(r.stderr));
    }
    Ok(test_binaries(&r.stdout))
}

/// Builds only the test targets `targets` (`tests/<name>.rs`) of one package: what `watch`
/// needs after an edit, much faster than every target of the week.
pub fn build_test_targets(
    ws: &Path,
    target_dir: &Path,
    package: &str,
    targets: &[&str],
) -> Result<Vec<TestBinary>> {
    let mut args = vec![
        "test",
        "--no-run",
        "--message-format=json-render-diagnostics",
        "-p",
        package,
    ];
    for t in targets {
        args.push("--test");
        args.push(t);
    }
    let r = cargo(ws, target_dir, &args)?;
    if !r.ok {
        return Err(Error::Msg(r.stderr));
    }
    Ok(test_binaries(&r.stdout))
}

/// The test executables in cargo's JSON messages.
fn test_binaries(stdout: &str) -> Vec<TestBinary> {
    let mut bins = Vec::new();
    for line in stdout.lines() {
        let Ok(v) = serde_json::from_str::<Value>(line) else {
            continue;
        };
        if v["reason"] != "compiler-artifact" || !v["profile"]["test"].as_bool().unwrap_or(false) {
            continue;
        }
        let Some(exe) = v["executable"].as_str() else {
            continue;
        };
        let kind = v["target"]["kind"][0].as_str().unwrap_or("").to_string();
        let package = v["package_id"]
            .as_str()
            .and_then(package_name_from_id)
            .unwrap_or_default();
        bins.push(TestBinary {
            package,
            kind,
            name: v["target"]["name"].as_str().unwrap_or("").to_string(),
            executable: PathBuf::from(exe),
        });
    }
    bins.sort_by(|a, b| (&a.package, &a.name).cmp(&(&b.package, &b.name)));
    bins
}

/// Runs the tests of `bin` whose names contain one of `filters` (all when empty; libtest's
/// rule), two threads, killed after `deadline`; a selected test without a result counts as
/// failed (an infinite loop, a stack overflow).
pub fn run_filtered(
    bin: &TestBinary,
    filters: &[String],
    deadline: Duration,
) -> Result<Vec<Outcome>> {
    let mut cmd = Command::new(&bin.executable);
    cmd.arg("--test-threads=2")
        .args(filters)
        .env("RUST_BACKTRACE", "0");
    let (status, stdout, _stderr) = run_test_binary(cmd, deadline)?;
    let mut outcomes = parse_libtest(&bin.name, &stdout);
    let selected = list_tests(bin)?
        .into_iter()
        .filter(|n| filters.is_empty() || filters.iter().any(|f| n.contains(f.as_str())));
    for name in selected {
        if !outcomes.iter().any(|o| o.name == name) {
            outcomes.push(Outcome {
                binary: bin.name.clone(),
                name,
                passed: false,
                message: format!(
                    "no result: the test binary stopped early ({status}) — an infinite loop or a stack overflow?"
                ),
            });
        }
    }
    Ok(outcomes)
}

/// How [`build_run_tally`] runs each binary it selected.
#[derive(Debug, Clone, Copy)]
pub enum Runs<'a> {
    /// Every test, `threads` at a time, killed after [`RUN_ALL_DEADLINE`]: [`run_all`] (ci's
    /// reference tests and anti-vacuity, the release check).
    All { threads: usize },
    /// The tests whose names contain one of `filters` (all when empty), killed after
    /// `deadline`: [`run_filtered`] (`progress`, on the learner's code).
    Filtered {
        filters: &'a [String],
        deadline: Duration,
    },
}

/// What [`build_run_tally`] ran: each selected binary with its tests' outcomes, in cargo's order
/// (package, then target name); a test without a result is there as failed.
#[derive(Debug, Clone, Default)]
pub struct Tally {
    pub runs: Vec<(TestBinary, Vec<Outcome>)>,
}

/// How many tests of a [`Tally`] ran and passed.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Count {
    pub total: usize,
    pub passed: usize,
}

impl Count {
    pub fn failed(self) -> usize {
        self.total - self.passed
    }
}

impl Tally {
    /// Every outcome with the binary it came from, in the order of [`Tally::runs`].
    pub fn outcomes(&self) -> impl Iterator<Item = (&TestBinary, &Outcome)> {
        self.runs
            .iter()
            .flat_map(|(b, os)| os.iter().map(move |o| (b, o)))
    }

    /// The tests of the binaries `of` selects: how many, how many passed.
    pub fn count(&self, of: impl Fn(&TestBinary) -> bool) -> Count {
        let mut c = Count::default();
        for (_, o) in self.outcomes().filter(|(b, _)| of(b)) {
            c.total += 1;
            c.passed += usize::from(o.passed);
        }
        c
    }
}

/// Why [`build_run_tally`] has no [`Tally`].
#[derive(Debug)]
pub enum TallyError {
    /// The tests did not build: cargo's messages (or why cargo did not start), as
    /// [`build_tests`] returns them.
    Build(Error),
    /// A built test binary could not be run or listed.
    Run(Error),
}

impl TallyError {
    /// The error to report: a failed build as `{does_not_build}:\n{cargo's messages}`
    /// (`the reference does not build`), any other as it is.
    pub fn into_error(self, does_not_build: &str) -> Error {
        match self {
            TallyError::Build(e) => Error::Msg(format!("{does_not_build}:\n{e}")),
            TallyError::Run(e) => e,
        }
    }
}

/// Build → run → tally, the one copy of it: builds the test targets of `packages`
/// ([`build_tests`]), runs each binary that `select` keeps as `runs` says, in cargo's order,
/// and returns every outcome. Used by ci (the reference's tests, anti-vacuity), the release
/// check and `progress`; each counts what it needs from the [`Tally`].
pub fn build_run_tally(
    ws: &Path,
    target_dir: &Path,
    packages: &[&str],
    select: impl Fn(&TestBinary) -> bool,
    runs: Runs,
) -> std::result::Result<Tally, TallyError> {
    let bins = build_tests(ws, target_dir, packages).map_err(TallyError::Build)?;
    let mut tally = Tally::default();
    for b in bins.into_iter().filter(|b| select(b)) {
        let outcomes = match runs {
            Runs::All { threads } => run_all(&b, threads),
            Runs::Filtered { filters, deadline } => run_filtered(&b, filters, deadline),
        }
        .map_err(TallyError::Run)?;
        tally.runs.push((b, outcomes));
    }
    Ok(tally)
}

/// The package name in a cargo package id — the one parser of them (`testrun`'s binaries,
/// `grade::compile`'s artifacts): `path+file:///…/week1-vectors#0.1.0`,
/// `path+file:///…#week1-vectors@0.1.0` or `week1-vectors 0.1.0 (path+…)` → `week1-vectors`.
pub fn package_name_from_id(id: &str) -> Option<String> {
    if let Some(hash) = id.rfind('#') {
        let before = &id[..hash];
        let after = &id[hash + 1..];
        // `…/name#version` or `…#name@version`
        if let Some(at) = after.find('@') {
            return Some(after[..at].to_string());
        }
        return before.rsplit('/').next().map(str::to_string);
    }
    id.split_whitespace().next().map(str::to_string)
}

/// The outcome of one test, as libtest reported it in a run of a whole binary (trusted code:
/// ci, release, or the learner's own `progress`/`watch`): passed or not, and what it printed.
/// Not [`crate::grade::report::Outcome`], which is how one sandboxed process of a hidden test
/// ended (pass with the proof token, fail, timeout, crash, no proof, not built) — a verdict the
/// grader reaches without trusting libtest's report; the grader's record of one test, beside
/// this one, is [`crate::grade::report::TestResult`] (with points).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Outcome {
    pub binary: String,
    pub name: String,
    pub passed: bool,
    /// The test's captured output on failure (panic message first).
    pub message: String,
}

/// Runs every test in a binary (`--test-threads` as given) and parses libtest's report.
/// Only for trusted code (CI on the reference and stubs): the grader runs tests one per process.
pub fn run_all(bin: &TestBinary, threads: usize) -> Result<Vec<Outcome>> {
    let mut cmd = Command::new(&bin.executable);
    cmd.arg(format!("--test-threads={threads}"))
        .env("RUST_BACKTRACE", "0");
    let (status, stdout, stderr) = run_test_binary(cmd, RUN_ALL_DEADLINE)?;
    let mut outcomes = parse_libtest(&bin.name, &stdout);
    let listed = list_tests(bin)?;
    for name in listed {
        if !outcomes.iter().any(|o| o.name == name) {
            outcomes.push(Outcome {
                binary: bin.name.clone(),
                name,
                passed: false,
                message: format!("no result: the test binary stopped early ({status})\n{stderr}"),
            });
        }
    }
    Ok(outcomes)
}

/// How long one test binary may run in CI before it is killed (a hang must not hang CI).
pub const RUN_ALL_DEADLINE: Duration = Duration::from_secs(600);

/// Bytes kept of a test binary's stdout and of its stderr: far more than any test prints, a
/// bound on a learner's test that prints in a loop until its deadline.
pub const TEST_OUTPUT_CAP: usize = 64 << 20;

/// Runs a test binary with stdin closed, collecting its output (up to [`TEST_OUTPUT_CAP`]),
/// killing it after `deadline`. Returns (status description, stdout, stderr).
fn run_test_binary(cmd: Command, deadline: Duration) -> Result<(String, String, String)> {
    let shown = format!("{cmd:?}");
    let how = exec::Run {
        limits: Limits {
            timeout: deadline,
            output_cap: TEST_OUTPUT_CAP,
        },
        ..exec::Run::caller(deadline)
    };
    let out = exec::run(cmd, &how).map_err(|e| Error::Msg(format!("running {shown}: {e}")))?;
    Ok((
        status_of(&out, deadline),
        out.stdout_text(),
        out.stderr_text(),
    ))
}

/// `exit status: 101`, `signal: 6 (SIGABRT)`, `killed after 600 s`; and when the output was cut
/// at the cap, that too.
fn status_of(out: &RunOutput, deadline: Duration) -> String {
    let status = match out.status {
        Some(st) => st.to_string(),
        None => format!("killed after {} s", deadline.as_secs()),
    };
    if out.truncated {
        format!("{status}; output cut at {} MiB", TEST_OUTPUT_CAP >> 20)
    } else {
        status
    }
}

/// The names of the tests in a binary (`--list --format terse`).
pub fn list_tests(bin: &TestBinary) -> Result<Vec<String>> {
    let mut cmd = Command::new(&bin.executable);
    cmd.args(["--list", "--format", "terse"]);
    let out = exec::run(cmd, &exec::Run::caller(Duration::MAX)).op("listing", &bin.executable)?;
    Ok(out
        .stdout_text()
        .lines()
        .filter_map(|l| l.strip_suffix(": test"))
        .map(str::to_string)
        .collect())
}

/// `thread 'x' (123) panicked at …` → `panicked at …`: the thread id varies from run to run.
pub fn strip_thread(line: &str) -> &str {
    let Some(rest) = line.strip_prefix("thread '") else {
        return line;
    };
    let Some(end) = rest.find("' ") else {
        return line;
    };
    let rest = &rest[end + 2..];
    match rest.strip_prefix('(').and_then(|r| r.split_once(") ")) {
        Some((id, after)) if id.chars().all(|c| c.is_ascii_digit()) => after,
        _ => rest,
    }
}

/// One panic reported in a test's output: where it happened and the lines of its message.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Panic<'a> {
    /// `tests/x.rs:3:5`.
    pub location: &'a str,
    /// The message's lines (none for an empty message), trailing blank lines dropped.
    pub body: Vec<&'a str>,
}

/// The panics in `text` (a test's stderr, or libtest's captured output of a failed test), in
/// order — the one reader of the runtime's panic report, for `progress`'s one-line summary and
/// the grader's feedback: each `thread 'NAME' (ID) panicked at LOCATION:` line (the thread
/// part optional) and the lines after it, up to the backtrace note, a backtrace or the next
/// panic. O(lines).
pub fn panics(text: &str) -> Vec<Panic<'_>> {
    let is_head = |l: &str| strip_thread(l).starts_with("panicked at ");
    let lines: Vec<&str> = text.lines().collect();
    let mut out = Vec::new();
    for (i, head) in lines.iter().enumerate().filter(|(_, l)| is_head(l)) {
        let location = strip_thread(head)
            .strip_prefix("panicked at ")
            .unwrap_or("")
            .trim_end_matches(':');
        let mut body: Vec<&str> = lines[i + 1..]
            .iter()
            .copied()
            .take_while(|l| {
                !(l.starts_with("note: run with `RUST_BACKTRACE")
                    || l.starts_with("stack backtrace:")
                    || is_head(l))
            })
            .collect();
        while body.last().is_some_and(|l| l.trim().is_empty()) {
            body.pop();
        }
        out.push(Panic { location, body });
    }
    out
}

/// Parses libtest's plain output: `test NAME ... ok|FAILED|ignored`, and the failure sections.
pub fn parse_libtest(binary: &str, stdout: &str) -> Vec<Outcome> {
    let mut outcomes = Vec::new();
    for line in stdout.lines() {
        let Some(rest) = line.strip_prefix("test ") else {
            continue;
        };
        let Some((name, status)) = rest.rsplit_once(" ... ") else {
            continue;
        };
        let passed = match status.trim() {
            "ok" => true,
            "FAILED" => false,
            _ => continue,
        };
        // `#[should_panic]` tests are reported as `test NAME - should panic ... ok`.
        let name = name.strip_suffix(" - should panic").unwrap_or(name);
        outcomes.push(Outcome {
            binary: binary.to_string(),
            name: name.to_string(),
            passed,
            message: String::new(),
        });
    }
    // Failure details: "---- NAME stdout ----" up to the next "---- " or "failures:".
    let mut current: Option<String> = None;
    let mut buf = String::new();
    let flush = |current: &Option<String>, buf: &str, outcomes: &mut Vec<Outcome>| {
        if let Some(n) = current
            && let Some(o) = outcomes.iter_mut().find(|o| &o.name == n)
        {
            o.message = buf.trim().to_string();
        }
    };
    for line in stdout.lines() {
        if let Some(n) = line
            .strip_prefix("---- ")
            .and_then(|s| s.strip_suffix(" stdout ----"))
        {
            flush(&current, &buf, &mut outcomes);
            current = Some(n.to_string());
            buf.clear();
        } else if line == "failures:" || line.starts_with("test result:") {
            flush(&current, &buf, &mut outcomes);
            current = None;
            buf.clear();
        } else if current.is_some() {
            buf.push_str(line);
            buf.push('\n');
        }
    }
    outcomes
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parses_results_and_failure_messages() {
        let out = "\nrunning 3 tests\ntest a ... ok\ntest m::b ... FAILED\ntest c ... ignored\ntest d - should panic ... ok\n\nfailures:\n\n---- m::b stdout ----\n\nthread 'm::b' panicked at tests/x.rs:3:5:\nnot yet implemented: Vector::dot\n\n\nfailures:\n    m::b\n\ntest result: FAILED. 1 passed; 1 failed; 1 ignored\n";
        let o = parse_libtest("x", out);
        assert_eq!(o.len(), 3);
        assert!(o[2].passed && o[2].name == "d");
        assert!(o[0].passed && o[0].name == "a");
        assert!(!o[1].passed && o[1].name == "m::b");
        assert!(
            o[1].message.contains("not yet implemented: Vector::dot"),
            "{}",
            o[1].message
        );
    }

    #[test]
    fn reads_every_panic_with_its_place_and_message() {
        let err = "noise\nthread 'a' (4242) panicked at tests/x.rs:3:5:\nfirst\nsecond\n\nnote: run with `RUST_BACKTRACE=1`\nthread 'b' panicked at src/y.rs:1:1:\nthread 'c' panicked at src/z.rs:2:2:\nlast\n";
        let p = panics(err);
        assert_eq!(
            p,
            vec![
                Panic {
                    location: "tests/x.rs:3:5",
                    body: vec!["first", "second"]
                },
                Panic {
                    location: "src/y.rs:1:1",
                    body: vec![]
                },
                Panic {
                    location: "src/z.rs:2:2",
                    body: vec!["last"]
                },
            ],
            "panics of {err:?}"
        );
        assert!(
            panics("no panic here\n").is_empty(),
            "panics of a clean output"
        );
    }

    #[test]
    fn a_tally_counts_by_binary_and_a_failed_build_says_what() {
        let bin = |package: &str, name: &str| TestBinary {
            package: package.into(),
            kind: "test".into(),
            name: name.into(),
            executable: PathBuf::from(name),
        };
        let outcome = |binary: &str, name: &str, passed: bool| Outcome {
            binary: binary.into(),
            name: name.into(),
            passed,
            message: String::new(),
        };
        let tally = Tally {
            runs: vec![
                (
                    bin("week1-vectors", "given_io"),
                    vec![outcome("given_io", "a", true)],
                ),
                (
                    bin("week1-vectors", "norms"),
                    vec![outcome("norms", "b", false), outcome("norms", "c", true)],
                ),
            ],
        };
        assert_eq!(
            tally.count(|_| true),
            Count {
                total: 3,
                passed: 2
            },
            "every test of the tally"
        );
        let exercise = tally.count(|b| !b.is_given());
        assert_eq!(
            (exercise.total, exercise.failed()),
            (2, 1),
            "the exercise binary's tests"
        );
        let names: Vec<String> = tally
            .outcomes()
            .map(|(b, o)| format!("{}::{}", b.name, o.name))
            .collect();
        assert_eq!(
            names,
            ["given_io::a", "norms::b", "norms::c"],
            "outcomes in the order of the runs"
        );
        let e = TallyError::Build(Error::msg("error[E0425]"))
            .into_error("the reference does not build");
        assert_eq!(
            e.to_string(),
            "the reference does not build:\nerror[E0425]",
            "a failed build is introduced"
        );
        let e = TallyError::Run(Error::msg("running x: gone")).into_error("unused");
        assert_eq!(e.to_string(), "running x: gone", "a failed run is as it is");
    }

    #[test]
    fn package_names_from_ids() {
        assert_eq!(
            package_name_from_id("path+file:///w/week1-vectors#0.1.0").as_deref(),
            Some("week1-vectors")
        );
        assert_eq!(
            package_name_from_id("path+file:///w/x#week2-matmul@0.1.0").as_deref(),
            Some("week2-matmul")
        );
        assert_eq!(
            package_name_from_id("week1-vectors 0.1.0 (path+file:///w)").as_deref(),
            Some("week1-vectors")
        );
    }
}
