//! Gradescope's `results.json` (the autograder specification, gradescope/autograder_samples
//! `docs/specs.md`): one entry per hidden test, so that students see per-test feedback.
//!
//! ```text
//! { "score": 97.0, "execution_time": 41, "output": "…", "output_format": "text",
//!   "visibility": "visible", "stdout_visibility": "hidden",
//!   "tests": [ { "name": "week1-vectors: hidden_norms::l2_norm_does_not_overflow",
//!                "number": "1.12", "score": 4.0, "max_score": 4.0, "status": "passed",
//!                "output": "…", "visibility": "after_due_date", "tags": ["week1-vectors"] } ] }
//! ```
//!
//! A week that does not compile, is refused or was not attempted is one entry saying why, with
//! the week's maximum as its `max_score`, visible at once (it shows only the student's own
//! code and compiler messages, nothing of the hidden tests).

use super::report::{Report, WeekStatus};
use crate::error::{Error, Result};
use serde_json::{Value, json};

/// When students see the hidden tests' entries (Gradescope's `visibility`).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Visibility {
    Visible,
    AfterDueDate,
    AfterPublished,
    Hidden,
}

impl Visibility {
    /// The default for hidden tests: after the due date. Before it, students see their score
    /// and every week-level entry (compile errors, refusals) at once, but not which hidden test
    /// failed with which message, so they cannot tune their code to the hidden tests by
    /// resubmitting; after it, every test's message explains the points.
    pub const DEFAULT: Visibility = Visibility::AfterDueDate;

    pub fn parse(s: &str) -> Result<Visibility> {
        match s {
            "visible" => Ok(Visibility::Visible),
            "after_due_date" => Ok(Visibility::AfterDueDate),
            "after_published" => Ok(Visibility::AfterPublished),
            "hidden" => Ok(Visibility::Hidden),
            other => Err(Error::msg(format!(
                "grade: --visibility must be visible, after_due_date, after_published or \
                 hidden, not `{other}`"
            ))),
        }
    }

    pub fn as_str(self) -> &'static str {
        match self {
            Visibility::Visible => "visible",
            Visibility::AfterDueDate => "after_due_date",
            Visibility::AfterPublished => "after_published",
            Visibility::Hidden => "hidden",
        }
    }
}

/// Why a week has no per-test entries, or `None` when its hidden tests ran.
pub fn week_problem(status: &WeekStatus, compile_errors: &str, notes: &[String]) -> Option<String> {
    let with_notes = |head: &str, body: &str| {
        let mut s = head.to_string();
        if !body.trim().is_empty() {
            s.push_str("\n\n");
            s.push_str(body.trim_end());
        }
        for n in notes {
            s.push_str(&format!("\nnote: {n}"));
        }
        s
    };
    match status {
        WeekStatus::Graded | WeekStatus::NotAvailable(_) => None,
        WeekStatus::CompileError => Some(with_notes(
            "does not compile: the week scores 0. The compiler said:",
            compile_errors,
        )),
        WeekStatus::Refused => Some(with_notes("refused: the week scores 0.", compile_errors)),
        WeekStatus::NotAttempted => Some(with_notes(
            "not attempted: every exercise of the week is still the stub.",
            "",
        )),
        WeekStatus::Error(why) => Some(with_notes(
            "the grader could not grade this week (a problem of the course, not of your code); \
             tell your instructor.",
            why,
        )),
    }
}

/// The report's one submission as Gradescope's `results.json`.
///
/// # Errors
/// When the report does not hold exactly one submission (Gradescope grades one at a time).
pub fn results(r: &Report, hidden: Visibility) -> Result<Value> {
    let [sub] = r.submissions.as_slice() else {
        return Err(Error::msg(format!(
            "grade: --gradescope needs exactly one submission, the report has {}",
            r.submissions.len()
        )));
    };
    let mut tests = Vec::new();
    let mut summary = vec![format!("Learner code: {}.", r.sandbox)];
    summary.extend(sub.notes.iter().map(|n| format!("note: {n}")));
    for w in &sub.weeks {
        if let WeekStatus::NotAvailable(_) = w.status {
            continue;
        }
        summary.push(w.summary());
        let tag = w.week.name();
        if let Some(why) = week_problem(&w.status, &w.compile_errors, &w.notes) {
            tests.push(json!({
                "name": format!("{tag}: {}", w.status.as_str()),
                "number": format!("{}.0", w.week.number()),
                "score": 0.0,
                "max_score": f64::from(w.max_points),
                "status": "failed",
                "output": why,
                "visibility": "visible",
                "tags": [tag],
            }));
            continue;
        }
        for (i, t) in w.tests.iter().enumerate() {
            let mut output = if t.passed() {
                "passed".to_string()
            } else {
                t.message.clone()
            };
            if i == 0 && !w.notes.is_empty() {
                output = format!(
                    "{output}\n\nweek notes:\n{}",
                    w.notes
                        .iter()
                        .map(|n| format!("note: {n}"))
                        .collect::<Vec<_>>()
                        .join("\n")
                );
            }
            tests.push(json!({
                "name": format!("{tag}: {}::{}", t.binary, t.name),
                "number": format!("{}.{}", w.week.number(), i + 1),
                "score": f64::from(t.earned()),
                "max_score": f64::from(t.points),
                "status": if t.passed() { "passed" } else { "failed" },
                "output": output,
                "visibility": hidden.as_str(),
                "tags": [tag],
            }));
        }
    }
    Ok(json!({
        "score": f64::from(sub.total()),
        "execution_time": r.elapsed_secs.round() as u64,
        "output": summary.join("\n"),
        "output_format": "text",
        "visibility": "visible",
        "stdout_visibility": "hidden",
        "tests": tests,
    }))
}
