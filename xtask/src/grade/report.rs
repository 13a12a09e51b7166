//! The grade report: data, the terminal table, JSON and the CSV gradebook.

use crate::course::Week;
use serde_json::{Value, json};

/// How one hidden test went: how its own sandboxed process ended, read from the exit status and
/// the random pass token — not from libtest's report, which the learner's code could forge.
/// (`testrun::Outcome` is a different thing: one test's pass/fail in libtest's report of a
/// trusted run.)
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Outcome {
    /// The pass token was printed and the process exited with status 0.
    Pass,
    /// The test failed (a panic, a wrong answer): exit status 101.
    Fail,
    /// Killed at the time limit.
    Timeout,
    /// Killed by a signal (abort, stack overflow, …) or another odd exit status.
    Crash,
    /// Exited with status 0 but without the pass token (`process::exit`, fake output).
    NoProof,
    /// The hidden test binary did not compile against this code.
    NotBuilt,
}

impl Outcome {
    pub fn as_str(self) -> &'static str {
        match self {
            Outcome::Pass => "pass",
            Outcome::Fail => "fail",
            Outcome::Timeout => "timeout",
            Outcome::Crash => "crash",
            Outcome::NoProof => "no-proof",
            Outcome::NotBuilt => "not-built",
        }
    }
}

/// One hidden test.
#[derive(Debug, Clone)]
pub struct TestResult {
    /// The hidden test file's stem, e.g. `hidden_norms`.
    pub binary: String,
    pub name: String,
    pub points: u32,
    pub outcome: Outcome,
    /// Why it failed (truncated); empty on a pass.
    pub message: String,
}

impl TestResult {
    pub fn passed(&self) -> bool {
        self.outcome == Outcome::Pass
    }
    pub fn earned(&self) -> u32 {
        if self.passed() { self.points } else { 0 }
    }
}

/// How a week went, as a whole.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum WeekStatus {
    /// The hidden tests ran.
    Graded,
    /// Every exercise of the week is still the stub (or there is no week folder): 0 points,
    /// nothing built; one line in the terminal report.
    NotAttempted,
    /// The learner's code does not compile: 0 points.
    CompileError,
    /// The learner's code reads files outside its `src/` at compile time: 0 points.
    Refused,
    /// No reference or no hidden tests for this week yet (not an error): no points either way.
    NotAvailable(String),
    /// The grader itself failed on this week (a problem of the template, not the submission).
    Error(String),
}

impl WeekStatus {
    pub fn as_str(&self) -> &'static str {
        match self {
            WeekStatus::Graded => "graded",
            WeekStatus::NotAttempted => "not-attempted",
            WeekStatus::CompileError => "compile-error",
            WeekStatus::Refused => "refused",
            WeekStatus::NotAvailable(_) => "not-available",
            WeekStatus::Error(_) => "grader-error",
        }
    }

    /// Whether the week counts towards the total (with its maximum).
    pub fn counts(&self) -> bool {
        matches!(
            self,
            WeekStatus::Graded
                | WeekStatus::NotAttempted
                | WeekStatus::CompileError
                | WeekStatus::Refused
        )
    }
}

/// One week of one submission.
#[derive(Debug, Clone)]
pub struct WeekReport {
    pub week: Week,
    pub status: WeekStatus,
    /// The sum of the hidden tests' points (100 in a finished course).
    pub max_points: u32,
    pub tests: Vec<TestResult>,
    /// Compiler errors (compile-error) or the files read outside `src/` (refused).
    pub compile_errors: String,
    /// What was refused or ignored in the submission, and other remarks.
    pub notes: Vec<String>,
}

impl WeekReport {
    /// A week that was not built or run (`status` says why), with `max_points` and no tests.
    pub fn ungraded(week: Week, status: WeekStatus, max_points: u32) -> WeekReport {
        WeekReport {
            week,
            status,
            max_points,
            tests: Vec::new(),
            compile_errors: String::new(),
            notes: Vec::new(),
        }
    }

    /// One line: `week4-lu-qr: 85/100 points, 40/45 tests passed`, and why a week was not
    /// graded (` — does not compile`, ` — refused`, ` — not attempted`).
    pub fn summary(&self) -> String {
        format!(
            "{}: {}/{} points, {}/{} tests passed{}",
            self.week,
            self.points(),
            self.max_points,
            self.passed(),
            self.tests.len(),
            match self.status {
                WeekStatus::CompileError => " — does not compile",
                WeekStatus::Refused => " — refused",
                WeekStatus::NotAttempted => " — not attempted",
                WeekStatus::Error(_) => " — not graded (grader error)",
                WeekStatus::Graded | WeekStatus::NotAvailable(_) => "",
            }
        )
    }

    pub fn points(&self) -> u32 {
        self.tests.iter().map(TestResult::earned).sum()
    }
    pub fn passed(&self) -> usize {
        self.tests.iter().filter(|t| t.passed()).count()
    }
}

/// One submission.
#[derive(Debug, Clone)]
pub struct SubmissionReport {
    pub student: String,
    pub path: String,
    pub weeks: Vec<WeekReport>,
    /// Remarks about the submission as a whole (e.g. a refused folder).
    pub notes: Vec<String>,
}

impl SubmissionReport {
    pub fn total(&self) -> u32 {
        self.weeks.iter().map(WeekReport::points).sum()
    }
    pub fn max_total(&self) -> u32 {
        self.weeks
            .iter()
            .filter(|w| w.status.counts())
            .map(|w| w.max_points)
            .sum()
    }
    pub fn week(&self, w: Week) -> Option<&WeekReport> {
        self.weeks.iter().find(|r| r.week == w)
    }
}

/// A whole grading run.
#[derive(Debug, Clone)]
pub struct Report {
    /// When grading started, UTC, RFC 3339 (`2026-12-02T17:10:37Z`).
    pub graded_at: String,
    /// The course's git commit (`git rev-parse HEAD`, `+dirty` when the checkout has
    /// uncommitted changes), when the instructor's repository is a git checkout.
    pub course_commit: Option<String>,
    /// xtask's version.
    pub grader_version: String,
    /// Wall-clock seconds the grading took.
    pub elapsed_secs: f64,
    /// Where the time went: wall-clock seconds per phase of grading a week ("building the
    /// submitted code", "running the hidden tests", …), summed over the run.
    pub timings: std::collections::BTreeMap<String, f64>,
    /// One line: how learner code was isolated.
    pub sandbox: String,
    pub sandboxed: bool,
    pub timeout_secs: f64,
    pub weeks: Vec<Week>,
    pub submissions: Vec<SubmissionReport>,
}

/// The first line of `s`, at most `n` characters.
fn first_line(s: &str, n: usize) -> String {
    let line = s
        .lines()
        .find(|l| !l.trim().is_empty())
        .unwrap_or("")
        .trim();
    // At most `n` characters with the ellipsis.
    if line.chars().count() > n {
        crate::text::truncate(line, None, n - 1, "…")
    } else {
        line.to_string()
    }
}

/// A failure message on one line: its first few lines (not the `(panicked at …)` one) joined
/// with ` / `, at most `n` characters (`assert_eq!` puts the values on the lines after the first).
fn message_summary(m: &str, n: usize) -> String {
    let lines: Vec<&str> = m
        .lines()
        .map(str::trim)
        .filter(|l| !l.is_empty() && !l.starts_with("(panicked at "))
        .take(3)
        .collect();
    first_line(&lines.join(" / "), n)
}

/// The lines of compiler output worth a glance: the `error…` headline and its `-->` location.
fn compile_error_summary(errors: &str, max: usize) -> Vec<String> {
    let mut out = Vec::new();
    let mut lines = errors.lines().peekable();
    while let Some(l) = lines.next() {
        if l.starts_with("error") {
            let mut s = first_line(l, 100);
            if let Some(next) = lines.peek()
                && let Some(loc) = next.trim_start().strip_prefix("--> ")
            {
                s.push_str(&format!(" ({loc})"));
            }
            out.push(s);
        }
    }
    if out.is_empty() {
        out.push(first_line(errors, 100));
    }
    let n = out.len();
    out.truncate(max);
    if n > max {
        out.push(format!("… {} more", n - max));
    }
    out
}

fn week_cell(w: Option<&WeekReport>) -> String {
    match w {
        None => String::new(),
        Some(w) => match &w.status {
            WeekStatus::NotAvailable(_) => "n/a".into(),
            WeekStatus::Error(_) => "error".into(),
            WeekStatus::CompileError => "0 (CE)".into(),
            WeekStatus::Refused => "0 (R)".into(),
            WeekStatus::NotAttempted => "0 (NA)".into(),
            WeekStatus::Graded => w.points().to_string(),
        },
    }
}

/// The report for a person: a summary table, then the details of each submission.
pub fn render_table(r: &Report) -> String {
    let mut s = String::new();
    s.push_str(&format!(
        "Learner code: {}; time limit {} s per test.\n\n",
        r.sandbox, r.timeout_secs
    ));
    let name_w = r
        .submissions
        .iter()
        .map(|x| x.student.chars().count())
        .chain(["student".len()])
        .max()
        .unwrap_or(7);
    s.push_str(&format!("{:<name_w$}", "student"));
    for w in &r.weeks {
        s.push_str(&format!("  {:>7}", format!("week{}", w.number())));
    }
    s.push_str(&format!("  {:>9}\n", "total"));
    for sub in &r.submissions {
        s.push_str(&format!("{:<name_w$}", sub.student));
        for &w in &r.weeks {
            s.push_str(&format!("  {:>7}", week_cell(sub.week(w))));
        }
        s.push_str(&format!(
            "  {:>9}\n",
            format!("{}/{}", sub.total(), sub.max_total())
        ));
    }
    s.push_str("\n(CE: does not compile; R: refused; NA: not attempted; n/a: not available)\n");
    // Availability is the same for every submission: say it once.
    if let Some(first) = r.submissions.first() {
        let mut by_reason: Vec<(String, Vec<String>)> = Vec::new();
        for w in &first.weeks {
            if let WeekStatus::NotAvailable(why) = &w.status {
                match by_reason.iter_mut().find(|(r, _)| r == why) {
                    Some((_, weeks)) => weeks.push(w.week.name().to_string()),
                    None => by_reason.push((why.clone(), vec![w.week.name().to_string()])),
                }
            }
        }
        for (why, weeks) in by_reason {
            s.push_str(&format!("not available: {} ({why})\n", weeks.join(", ")));
        }
    }
    for sub in &r.submissions {
        s.push_str(&format!(
            "\n== {}: {}/{}\n",
            sub.student,
            sub.total(),
            sub.max_total()
        ));
        for n in &sub.notes {
            s.push_str(&format!("   note: {n}\n"));
        }
        for w in &sub.weeks {
            match &w.status {
                WeekStatus::NotAvailable(_) => continue,
                WeekStatus::Error(why) => {
                    s.push_str(&format!(
                        "  {}: GRADER ERROR: {}\n",
                        w.week,
                        first_line(why, 200)
                    ));
                    continue;
                }
                WeekStatus::NotAttempted => {
                    s.push_str(&format!(
                        "  {}: 0/{} points — not attempted (every exercise is still the stub)\n",
                        w.week, w.max_points
                    ));
                    for n in &w.notes {
                        s.push_str(&format!("     note: {n}\n"));
                    }
                    continue;
                }
                _ => {}
            }
            s.push_str(&format!("  {}\n", w.summary()));
            for n in &w.notes {
                s.push_str(&format!("     note: {n}\n"));
            }
            match w.status {
                WeekStatus::CompileError => {
                    for l in compile_error_summary(&w.compile_errors, 3) {
                        s.push_str(&format!("     {l}\n"));
                    }
                    continue;
                }
                WeekStatus::Refused => {
                    for l in w.compile_errors.lines().take(5) {
                        s.push_str(&format!("     {l}\n"));
                    }
                    continue;
                }
                _ => {}
            }
            for t in w.tests.iter().filter(|t| !t.passed()) {
                s.push_str(&format!(
                    "     FAIL {}::{} ({} pt): {}\n",
                    t.binary,
                    t.name,
                    t.points,
                    message_summary(&t.message, 140)
                ));
            }
        }
    }
    s
}

/// Everything, for programs.
pub fn to_json(r: &Report) -> Value {
    json!({
        "graded_at": r.graded_at,
        "course_commit": r.course_commit,
        "grader_version": r.grader_version,
        "elapsed_secs": r.elapsed_secs,
        "timings": r.timings,
        "sandbox": r.sandbox,
        "sandboxed": r.sandboxed,
        "timeout_secs": r.timeout_secs,
        "weeks": r.weeks.iter().map(|w| w.name()).collect::<Vec<_>>(),
        "submissions": r.submissions.iter().map(|s| json!({
            "student": s.student,
            "path": s.path,
            "total": s.total(),
            "max_total": s.max_total(),
            "notes": s.notes,
            "weeks": s.weeks.iter().map(|w| json!({
                "week": w.week.name(),
                "number": w.week.number(),
                "status": w.status.as_str(),
                "reason": match &w.status {
                    WeekStatus::NotAvailable(why) | WeekStatus::Error(why) => Value::from(why.as_str()),
                    _ => Value::Null,
                },
                "points": w.points(),
                "max_points": w.max_points,
                "tests_passed": w.passed(),
                "tests": w.tests.len(),
                "compile_errors": w.compile_errors,
                "notes": w.notes,
                "results": w.tests.iter().map(|t| json!({
                    "binary": t.binary,
                    "test": t.name,
                    "points": t.points,
                    "earned": t.earned(),
                    "outcome": t.outcome.as_str(),
                    "message": t.message,
                })).collect::<Vec<_>>(),
            })).collect::<Vec<_>>(),
        })).collect::<Vec<_>>(),
    })
}

fn csv_field(s: &str) -> String {
    if s.contains([',', '"', '\n', '\r']) {
        format!("\"{}\"", s.replace('"', "\"\""))
    } else {
        s.to_string()
    }
}

/// The label of the gradebook's second row, the maximum of each column (Canvas's convention).
pub const POINTS_POSSIBLE: &str = "Points Possible";

/// One cell of a submission's `notes` column: why weeks scored 0 or were not graded
/// (`week2: does not compile; week5: not attempted`), so that a 0 for "did not compile" is not
/// read as "not attempted".
fn csv_notes(sub: &SubmissionReport) -> String {
    let mut notes: Vec<String> = sub.notes.clone();
    for w in &sub.weeks {
        let why = match &w.status {
            // Not available is the course's state, the same for everyone: the empty cell
            // (and the empty Points Possible cell) says it.
            WeekStatus::Graded | WeekStatus::NotAvailable(_) => continue,
            WeekStatus::NotAttempted => "not attempted".to_string(),
            WeekStatus::CompileError => "does not compile".to_string(),
            WeekStatus::Refused => "refused".to_string(),
            WeekStatus::Error(_) => "grader error".to_string(),
        };
        notes.push(format!("week{}: {why}", w.week.number()));
    }
    notes.join("; ")
}

/// The gradebook: `student,week1,…,week6,total,notes`, a `Points Possible` row with each
/// column's maximum, then one row per submission. The week columns are numbers (a week that
/// was not graded, because not asked for or not available, is an empty cell); `notes` says why
/// a week scored 0.
pub fn to_csv(r: &Report) -> String {
    let mut s = String::from("student");
    for w in Week::all() {
        s.push_str(&format!(",week{}", w.number()));
    }
    s.push_str(",total,notes\n");
    // The maximum of a week is the same for every submission where it counts.
    s.push_str(POINTS_POSSIBLE);
    let mut max_total = 0;
    for w in Week::all() {
        s.push(',');
        if let Some(wr) = r
            .submissions
            .iter()
            .filter_map(|sub| sub.week(w))
            .find(|wr| wr.status.counts())
        {
            s.push_str(&wr.max_points.to_string());
            max_total += wr.max_points;
        }
    }
    s.push_str(&format!(",{max_total},\n"));
    for sub in &r.submissions {
        s.push_str(&csv_field(&sub.student));
        for w in Week::all() {
            s.push(',');
            if let Some(wr) = sub.week(w)
                && wr.status.counts()
            {
                s.push_str(&wr.points().to_string());
            }
        }
        s.push_str(&format!(
            ",{},{}\n",
            sub.total(),
            csv_field(&csv_notes(sub))
        ));
    }
    s
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn failure_messages_fit_on_a_line() {
        let m = "assertion `left == right` failed\n  left: 3.0\n right: 4.0\n(panicked at tests/hidden_a.rs:1:1)";
        assert_eq!(
            message_summary(m, 140),
            "assertion `left == right` failed / left: 3.0 / right: 4.0"
        );
    }

    #[test]
    fn csv_quotes_awkward_names() {
        assert_eq!(csv_field("plain"), "plain");
        assert_eq!(csv_field("a,b"), "\"a,b\"");
        assert_eq!(csv_field("say \"hi\""), "\"say \"\"hi\"\"\"");
    }

    #[test]
    fn compile_errors_are_summarised_by_headline_and_place() {
        let e = "error[E0308]: mismatched types\n --> week1-vectors/src/a.rs:3:5\n  |\n3 | x\n\nerror: cannot find value `y`\n --> week1-vectors/src/b.rs:1:1\n";
        assert_eq!(
            compile_error_summary(e, 3),
            [
                "error[E0308]: mismatched types (week1-vectors/src/a.rs:3:5)",
                "error: cannot find value `y` (week1-vectors/src/b.rs:1:1)"
            ]
        );
    }
}
