//! `cargo xtask progress`: for each week, how many of its public exercise tests pass, and the
//! next exercise to do.
//!
//! It runs *your* code: the weeks' `src/` are copied (only read) into a scratch workspace under
//! `target/xtask-scratch/progress` with the course's manifests and public tests, built with
//! their own target directory (so it never fights `cargo test` or your editor for a lock, and
//! never rewrites a file of yours), and each week's public test binaries are run with a time
//! limit. A week that does not compile is reported as such, with the compiler's first error; a
//! week that uses it is reported as blocked by it; the other weeks are still counted.
//!
//! Counted: the public tests of the exercises (`<week>/tests/*.rs` except `given*.rs`). The next
//! exercise is, of the failing tests' exercises, the one that comes first in the table of the
//! lesson's section "The exercises" (`README.md`; ties, and exercises it does not list, in test
//! order: the order of the modules in the
//! week's `lib.rs`, then the order of the tests in their file). A failing test's exercise is
//! read from the panic message `not yet implemented: Type::function`, or else guessed from the
//! test's name; progress shows the file and line of the function in your `src/`.

use crate::course::locate::{Todo, exercise_location, locate, todos};
use crate::course::manifest::{self, Manifest};
use crate::course::{Reference, Week, reference_state};
use crate::error::Result;
use crate::project::project_root;
use crate::scratch::{self, Src, WeekLayer, read_tree};
use crate::testrun::{self, Outcome, Runs, Tally, TallyError, TestBinary};
use std::path::Path;
use std::time::Duration;

/// How long one test binary may run before progress gives up on it (an infinite loop).
pub const BINARY_DEADLINE: Duration = Duration::from_secs(60);

/// The next exercise to do in a week.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Next {
    /// `binary::test`, e.g. `norms::l2_of_3_4_is_5`.
    pub test: String,
    /// `Vector::dot` or `matmul_ikj`, when it could be worked out.
    pub exercise: Option<String>,
    /// `week1-vectors/src/dot.rs:27`, when found.
    pub location: Option<String>,
    /// The first line of the failure message.
    pub message: String,
}

/// One week's line in the report.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum WeekStatus {
    /// The week's crate is not in this copy of the course.
    Absent,
    /// The week's own code does not compile: the compiler's first error.
    DoesNotCompile(String),
    /// The week uses an earlier week that does not compile.
    Blocked(Week),
    /// The tests ran.
    Ran {
        passed: usize,
        total: usize,
        given_failed: usize,
        next: Option<Next>,
    },
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct WeekProgress {
    pub week: Week,
    pub status: WeekStatus,
    /// Every exercise of the week's `exercises.toml`, in its order, with its tests' results
    /// (empty without a manifest, or when the tests did not run).
    pub exercises: Vec<ExerciseStatus>,
    /// Whether the week's code is the reference that `cargo xtask solve` put in place.
    pub reference: Reference,
}

/// One exercise of the manifest and the results of its public tests.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ExerciseStatus {
    /// 1-based, in the manifest's order.
    pub number: usize,
    pub id: String,
    /// `Vector::add, sub, scale`.
    pub functions: String,
    /// `week1-vectors/src/norms.rs:27`: the first of its functions still `todo!()`, or the first.
    pub location: Option<String>,
    pub passed: usize,
    pub total: usize,
    /// The first failing test (`binary::name`) and its panic message.
    pub first_failure: Option<(String, String)>,
}

impl ExerciseStatus {
    /// Every test of the exercise passes.
    pub fn done(&self) -> bool {
        self.total > 0 && self.passed == self.total
    }
}

/// Builds and runs the public tests of every week of the learner's tree at `root`, in the
/// scratch workspace `ws_name`, with cargo's target directory `target_dir`.
pub fn progress_at(root: &Path, ws_name: &str, target_dir: &Path) -> Result<Vec<WeekProgress>> {
    progress_weeks(root, ws_name, target_dir, None)
}

/// [`progress_at`] for every week, or (`only`) for one week: the others are still put in the
/// scratch workspace (a week uses the earlier ones) but not built nor reported.
pub fn progress_weeks(
    root: &Path,
    ws_name: &str,
    target_dir: &Path,
    only: Option<Week>,
) -> Result<Vec<WeekProgress>> {
    let present: Vec<Week> = Week::all()
        .filter(|w| w.dir(root).join("Cargo.toml").is_file())
        .collect();
    let mut layers = Vec::new();
    for &w in &present {
        layers.push(WeekLayer {
            week: w,
            src: Src::Files(read_tree(&w.dir(root).join("src"))?),
            hidden_tests: false,
            public_tests: true,
        });
    }
    let ws = scratch::assemble(root, ws_name, &layers)?;
    let mut report = Vec::new();
    let mut broken: Vec<Week> = Vec::new();
    for w in Week::all() {
        if only.is_some_and(|o| o != w) {
            continue;
        }
        if !present.contains(&w) {
            report.push(WeekProgress {
                week: w,
                status: WeekStatus::Absent,
                exercises: Vec::new(),
                reference: Reference::Mine,
            });
            continue;
        }
        let mut outcomes = Vec::new();
        let tally = testrun::build_run_tally(
            &ws,
            target_dir,
            &[w.name()],
            |b| b.package == w.name() && b.kind == "test",
            // A test without a result (the binary stopped early) counts as failed.
            Runs::Filtered {
                filters: &[],
                deadline: BINARY_DEADLINE,
            },
        );
        let mut status = match tally {
            Err(TallyError::Run(e)) => return Err(e),
            Err(TallyError::Build(e)) => {
                // cargo's messages when the build failed (or why cargo did not start).
                let stderr = e.to_string();
                let culprit = failed_crates(&stderr)
                    .into_iter()
                    .filter_map(|c| Week::parse(&c).ok())
                    .find(|&c| c != w && broken.contains(&c));
                match culprit {
                    Some(c) => WeekStatus::Blocked(c),
                    None => {
                        broken.push(w);
                        WeekStatus::DoesNotCompile(first_error(&stderr))
                    }
                }
            }
            Ok(tally) => run_week(root, w, tally, &mut outcomes),
        };
        let mut exercises = Vec::new();
        if let (WeekStatus::Ran { next, .. }, Some(m)) = (&mut status, manifest::load(root, w)?) {
            exercises = exercise_statuses(root, &m, &outcomes);
            *next = next_from_manifest(&m, &exercises, &outcomes);
        }
        report.push(WeekProgress {
            week: w,
            status,
            exercises,
            reference: reference_state(root, w),
        });
    }
    Ok(report)
}

/// The crates named in cargo's `error: could not compile `NAME` (…)` lines.
fn failed_crates(stderr: &str) -> Vec<String> {
    stderr
        .lines()
        .filter_map(|l| l.strip_prefix("error: could not compile `"))
        .filter_map(|rest| rest.split('`').next())
        .map(str::to_string)
        .collect()
}

/// The compiler's first error, with its location line.
fn first_error(stderr: &str) -> String {
    let lines: Vec<&str> = stderr.lines().collect();
    let Some(i) = lines.iter().position(|l| l.starts_with("error")) else {
        return lines
            .iter()
            .rev()
            .find(|l| !l.trim().is_empty())
            .unwrap_or(&"(no message)")
            .to_string();
    };
    let mut out = lines[i].to_string();
    if let Some(loc) = lines
        .get(i + 1)
        .filter(|l| l.trim_start().starts_with("-->"))
    {
        out.push('\n');
        out.push_str(loc.trim());
    }
    out
}

fn run_week(root: &Path, week: Week, tally: Tally, all_outcomes: &mut Vec<Outcome>) -> WeekStatus {
    let lib_rs =
        std::fs::read_to_string(week.dir(root).join("src").join("lib.rs")).unwrap_or_default();
    let mut runs = tally.runs;
    // Lesson order: the binary whose name matches an earlier `mod` of lib.rs first.
    let rank = |b: &TestBinary| {
        lib_rs
            .find(&format!("mod {};", b.name))
            .unwrap_or(usize::MAX)
    };
    runs.sort_by(|(a, _), (b, _)| (rank(a), &a.name).cmp(&(rank(b), &b.name)));
    let (mut passed, mut total, mut given_failed) = (0, 0, 0);
    let mut failing: Vec<Outcome> = Vec::new();
    for (b, mut outcomes) in runs {
        if b.is_given() {
            given_failed += outcomes.iter().filter(|o| !o.passed).count();
            continue;
        }
        let source =
            std::fs::read_to_string(week.dir(root).join("tests").join(format!("{}.rs", b.name)))
                .unwrap_or_default();
        outcomes.sort_by_key(|o| {
            let short = o.name.rsplit("::").next().unwrap_or(&o.name);
            source.find(&format!("fn {short}(")).unwrap_or(usize::MAX)
        });
        all_outcomes.extend(outcomes.iter().cloned());
        for o in outcomes {
            total += 1;
            if o.passed {
                passed += 1;
            } else {
                failing.push(o);
            }
        }
    }
    // The next exercise: of the failing tests' exercises, the one that comes first in the
    // lesson's table of exercises; ties and exercises it does not list go in test order.
    let readme = std::fs::read_to_string(week.dir(root).join("README.md")).unwrap_or_default();
    let rows = exercise_rows(&readme);
    let all = todos(root, week);
    let next = failing
        .iter()
        .map(|o| describe_next(root, week, o, &all))
        .enumerate()
        .min_by_key(|(i, n)| (lesson_rank(&rows, n.exercise.as_deref(), &all), *i))
        .map(|(_, n)| n);
    WeekStatus::Ran {
        passed,
        total,
        given_failed,
        next,
    }
}

/// The panic message of a failure on one line: the first line of the first panic's message
/// ([`testrun::panics`]), or else the first line of the output.
pub fn panic_message(message: &str) -> String {
    let first_line = |lines: &[&str]| {
        lines
            .iter()
            .map(|l| l.trim())
            .find(|l| !l.is_empty())
            .map(str::to_string)
    };
    testrun::panics(message)
        .first()
        .and_then(|p| first_line(&p.body))
        .or_else(|| first_line(&message.lines().collect::<Vec<_>>()))
        .unwrap_or_else(|| "failed".to_string())
}

/// The rows of the lesson's list of exercises: the table rows (`| … |`) and list items (`1. …`,
/// `- …`) that name code, in the README's section whose heading starts with `## The exercises`.
fn exercise_rows(readme: &str) -> Vec<&str> {
    let mut inside = false;
    let mut rows = Vec::new();
    for line in readme.lines() {
        if line.starts_with("## ") {
            inside = line.starts_with("## The exercises");
        } else if inside && line.contains('`') {
            let t = line.trim_start();
            let numbered = t
                .split_once(". ")
                .is_some_and(|(n, _)| !n.is_empty() && n.chars().all(|c| c.is_ascii_digit()));
            if t.starts_with('|') || t.starts_with("- ") || t.starts_with("* ") || numbered {
                rows.push(line);
            }
        }
    }
    rows
}

/// Where the lesson's list of exercises names an exercise: (row, position in the row),
/// preferring a row that also names its file; `(usize::MAX, 0)` when it does not.
fn lesson_rank(rows: &[&str], label: Option<&str>, all: &[Todo]) -> (usize, usize) {
    let Some(label) = label else {
        return (usize::MAX, 0);
    };
    let f = label.rsplit("::").next().unwrap_or(label);
    let at = |row: &str| {
        [format!("`{f}`"), format!("`{f}("), format!("`{label}`")]
            .iter()
            .filter_map(|p| row.find(p.as_str()))
            .min()
    };
    let file = all
        .iter()
        .find(|(l, _, _)| l == label)
        .and_then(|(_, file, _)| Path::new(file).file_name())
        .map(|n| n.to_string_lossy().into_owned());
    let with_file = rows.iter().enumerate().find_map(|(i, r)| {
        let col = at(r)?;
        file.as_deref()
            .is_some_and(|file| r.contains(file))
            .then_some((i, col))
    });
    with_file
        .or_else(|| rows.iter().enumerate().find_map(|(i, r)| Some((i, at(r)?))))
        .unwrap_or((usize::MAX, 0))
}

fn describe_next(root: &Path, week: Week, o: &Outcome, all: &[Todo]) -> Next {
    let message = panic_message(&o.message);
    let test = format!("{}::{}", o.binary, o.name);
    let from_message = message
        .split("not yet implemented: ")
        .nth(1)
        .map(|s| s.trim().to_string());
    let exercise = from_message.or_else(|| guess_from_test_name(&o.name, &o.binary, all));
    let location = exercise
        .as_deref()
        .and_then(|label| locate(root, week, label, all));
    Next {
        test,
        exercise,
        location,
        message,
    }
}

/// The exercise whose function name is the longest run of words in the test's name
/// (`norm_l2_overflow` → `norm_l2`), preferring those in the file named like the test binary.
fn guess_from_test_name(test: &str, binary: &str, all: &[Todo]) -> Option<String> {
    let words: Vec<&str> = test
        .rsplit("::")
        .next()
        .unwrap_or(test)
        .split('_')
        .collect();
    let mut best: Option<(usize, bool, &str)> = None;
    for (label, file, _) in all {
        let f = label.rsplit("::").next().unwrap_or(label);
        let fw: Vec<&str> = f.split('_').collect();
        let hit = words.windows(fw.len()).any(|w| w == fw.as_slice());
        if !hit {
            continue;
        }
        let same_file = Path::new(file)
            .file_stem()
            .is_some_and(|s| s == crate::course::manifest::target_topic(binary));
        let key = (fw.len(), same_file, label.as_str());
        if best.is_none_or(|(n, s, _)| (key.0, key.1) > (n, s)) {
            best = Some(key);
        }
    }
    best.map(|(_, _, l)| l.to_string())
}

/// Each exercise of the manifest with the results of the tests it owns.
fn exercise_statuses(root: &Path, m: &Manifest, outcomes: &[Outcome]) -> Vec<ExerciseStatus> {
    let all = todos(root, m.week);
    m.exercises
        .iter()
        .enumerate()
        .map(|(i, e)| {
            let mine: Vec<&Outcome> = outcomes
                .iter()
                .filter(|o| e.owns(&o.binary, &o.name))
                .collect();
            ExerciseStatus {
                number: i + 1,
                id: e.id.clone(),
                functions: e.functions_short(),
                location: exercise_location(root, m.week, e, &all),
                passed: mine.iter().filter(|o| o.passed).count(),
                total: mine.len(),
                first_failure: mine.iter().find(|o| !o.passed).map(|o| {
                    (
                        format!("{}::{}", o.binary, o.name),
                        panic_message(&o.message),
                    )
                }),
            }
        })
        .collect()
}

/// The next exercise by the manifest: the first one whose tests do not all pass.
fn next_from_manifest(m: &Manifest, st: &[ExerciseStatus], outcomes: &[Outcome]) -> Option<Next> {
    let s = st.iter().find(|s| !s.done())?;
    let e = &m.exercises[s.number - 1];
    let (test, message) = s.first_failure.clone().unwrap_or_else(|| {
        let t = e
            .tests
            .first()
            .map(|t| t.target.clone())
            .unwrap_or_default();
        (t, "no test of this exercise ran".to_string())
    });
    let _ = outcomes;
    Some(Next {
        test,
        exercise: Some(format!(
            "exercise {} `{}` ({})",
            s.number, s.id, s.functions
        )),
        location: s.location.clone(),
        message,
    })
}

/// One week in detail (`progress --week W`): every exercise with its status.
pub fn render_week(p: &WeekProgress) -> String {
    let mut out = render(std::slice::from_ref(p));
    if p.exercises.is_empty() {
        return out;
    }
    let done = p.exercises.iter().filter(|e| e.done()).count();
    out.push_str(&format!(
        "\n{}: {done} of {} exercises done\n",
        p.week.name(),
        p.exercises.len()
    ));
    let next = p.exercises.iter().position(|e| !e.done());
    let w = p.exercises.iter().map(|e| e.id.len()).max().unwrap_or(0);
    for (i, e) in p.exercises.iter().enumerate() {
        let mark = if e.done() {
            "done"
        } else if Some(i) == next {
            "next"
        } else {
            "todo"
        };
        out.push_str(&format!(
            "  {:>2}  {mark}  {:<w$}  {:>3}/{:<3}  {}\n",
            e.number, e.id, e.passed, e.total, e.functions
        ));
        if !e.done() {
            if let Some(l) = &e.location {
                out.push_str(&format!("{:w$}                  at {l}\n", ""));
            }
            if Some(i) == next
                && let Some((t, m)) = &e.first_failure
            {
                out.push_str(&format!(
                    "{:w$}                  failing {t}: {}\n",
                    "",
                    shorten(m, 80)
                ));
            }
        }
    }
    out.push_str(&format!(
        "\nhints: `cargo xtask hint {} EXERCISE`; the loop: `cargo xtask watch {}`\n",
        p.week.number(),
        p.week.number()
    ));
    out
}

fn bar(passed: usize, total: usize, width: usize) -> String {
    let filled = (passed * width).checked_div(total).unwrap_or(0);
    format!("[{}{}]", "#".repeat(filled), ".".repeat(width - filled))
}

/// The report as text.
pub fn render(report: &[WeekProgress]) -> String {
    let mut out = String::from(
        "progress: the public tests of each week's exercises (given-code tests not counted)\n\n",
    );
    let (mut all_passed, mut all_total) = (0, 0);
    let pad = " ".repeat(19);
    for p in report {
        let name = format!("{:<17}", p.week.name());
        match &p.status {
            WeekStatus::Absent => {
                out.push_str(&format!("  {name}not in this copy of the course\n"))
            }
            WeekStatus::DoesNotCompile(err) => {
                out.push_str(&format!(
                    "  {name}does not compile: {}\n",
                    err.lines().next().unwrap_or("")
                ));
                for l in err.lines().skip(1) {
                    out.push_str(&format!("{pad}  {l}\n"));
                }
                out.push_str(&format!(
                    "{pad}(`cargo build -p {}` shows every error)\n",
                    p.week.name()
                ));
            }
            WeekStatus::Blocked(by) => out.push_str(&format!(
                "  {name}cannot be built: it uses {by}, which does not compile\n"
            )),
            WeekStatus::Ran {
                passed,
                total,
                given_failed,
                next,
            } => {
                all_passed += passed;
                all_total += total;
                if *total == 0 {
                    out.push_str(&format!("  {name}no exercise tests yet\n"));
                } else {
                    out.push_str(&format!(
                        "  {name}{} {passed:>3}/{total:<3} {:>3}%{}\n",
                        bar(*passed, *total, 20),
                        passed * 100 / total,
                        if passed == total { "  done!" } else { "" }
                    ));
                }
                match &p.reference {
                    Reference::Mine => {}
                    Reference::All => out.push_str(&format!(
                        "{pad}the reference solution, put in place by `cargo xtask solve`: not your work \
                         (`cargo xtask restore {}` brings yours back)\n",
                        p.week.name()
                    )),
                    Reference::Files(f) => out.push_str(&format!(
                        "{pad}{} file(s) hold the reference from `cargo xtask solve`, not your work: {}\n",
                        f.len(),
                        f.join(", ")
                    )),
                }
                if let Some(n) = next {
                    let what = n.exercise.as_deref().unwrap_or("(see the test)");
                    let at = n
                        .location
                        .as_deref()
                        .map(|l| format!(" in {l}"))
                        .unwrap_or_default();
                    out.push_str(&format!("{pad}next: {what}{at}\n"));
                    out.push_str(&format!(
                        "{pad}      failing test {}: {}\n",
                        n.test,
                        shorten(&n.message, 90)
                    ));
                }
                if *given_failed > 0 {
                    out.push_str(&format!(
                        "{pad}{given_failed} test(s) of the given code fail: did an edit change given code? \
                         (`cargo xtask reset {} FILE` puts a file back)\n",
                        p.week.name()
                    ));
                }
            }
        }
    }
    out.push_str(&format!(
        "\ntotal: {all_passed}/{all_total} exercise tests pass\n"
    ));
    out
}

fn shorten(s: &str, n: usize) -> String {
    crate::text::truncate(s, None, n, "…")
}

/// `cargo xtask progress [--week W]`
pub fn run(args: &[String]) -> Result<()> {
    let cmd = crate::flags::command("progress").expect("in the table");
    let a = crate::flags::parse(cmd, args)?;
    if a.help {
        print!("{}", crate::flags::help(cmd));
        return Ok(());
    }
    a.no_positionals(cmd)?;
    let only = a.value("--week").map(Week::parse).transpose()?;
    let root = project_root();
    eprintln!(
        "progress: building your weeks in target/xtask-scratch (the first run takes a few minutes)…"
    );
    let report = progress_weeks(&root, "progress", &scratch::scratch_target_dir(&root), only)?;
    match (only, report.first()) {
        (Some(_), Some(p)) => print!("{}", render_week(p)),
        _ => print!("{}", render(&report)),
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn guesses_the_exercise_from_the_test_name() {
        let all = vec![
            ("Vector::norm_l2".to_string(), "norms.rs".to_string(), 3),
            ("Vector::norm".to_string(), "norms.rs".to_string(), 9),
            ("dot".to_string(), "dot.rs".to_string(), 1),
        ];
        assert_eq!(
            guess_from_test_name("norm_l2_does_not_overflow", "e02_norms", &all).as_deref(),
            Some("Vector::norm_l2")
        );
        assert_eq!(
            guess_from_test_name("m::dot_of_orthogonal", "dot", &all).as_deref(),
            Some("dot")
        );
        assert_eq!(guess_from_test_name("nothing_here", "x", &all), None);
    }

    #[test]
    fn ranks_exercises_by_the_lessons_table() {
        let readme = "# W\n\nIntro mentions `cond_1` early.\n\n## The exercises, in order\n\n| # | file | functions |\n| --- | --- | --- |\n| 1 | `src/arithmetic.rs` | `Vector::add`, `sub` |\n| 2 | `src/condition.rs` | `cond_1` |\n| 3 | `src/matrix_ops.rs` | `Matrix::add`, `sub` |\n\n## Next\n";
        let rows = exercise_rows(readme);
        assert_eq!(rows.len(), 3);
        let listed = exercise_rows(
            "## The exercises\n\n1. `flops.rs` — `matmul_flops`\n2. `a.rs` — `b`,\n   `c`\n",
        );
        assert_eq!(listed.len(), 2);
        let all = vec![
            ("Vector::sub".to_string(), "arithmetic.rs".to_string(), 1),
            ("Matrix::sub".to_string(), "matrix_ops.rs".to_string(), 1),
            ("cond_1".to_string(), "condition.rs".to_string(), 1),
        ];
        assert_eq!(lesson_rank(&rows, Some("Vector::sub"), &all).0, 0);
        assert_eq!(lesson_rank(&rows, Some("Matrix::sub"), &all).0, 2);
        assert_eq!(lesson_rank(&rows, Some("cond_1"), &all).0, 1);
        assert_eq!(lesson_rank(&rows, Some("unknown"), &all).0, usize::MAX);
        let (r, add) = lesson_rank(&rows, Some("Vector::add"), &all);
        assert!(r == 0 && add < lesson_rank(&rows, Some("Vector::sub"), &all).1);
    }

    #[test]
    fn reads_panic_messages_and_compiler_errors() {
        let m = "\nthread 'a' panicked at tests/x.rs:3:5:\nnot yet implemented: Vector::dot\nnote: run with `RUST_BACKTRACE=1`";
        assert_eq!(panic_message(m), "not yet implemented: Vector::dot");
        let e = "   Compiling week1-vectors v0.1.0\nerror[E0308]: mismatched types\n  --> week1-vectors/src/dot.rs:3:5\n   |\nerror: could not compile `week1-vectors` (lib) due to 1 previous error\n";
        assert_eq!(
            first_error(e),
            "error[E0308]: mismatched types\n--> week1-vectors/src/dot.rs:3:5"
        );
        assert_eq!(failed_crates(e), vec!["week1-vectors".to_string()]);
        assert_eq!(bar(1, 4, 8), "[##......]");
    }
}
