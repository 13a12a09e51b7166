//! PrairieLearn's external-grader `results.json`: `gradable`, `score` in [0, 1], `message`,
//! `output`, and `tests[]` with `name`, `description`, `points`, `max_points`, `message`,
//! `output` (PrairieLearn's "External grading" documentation, the results format).
//!
//! `gradable` is false only when the grader itself failed on a week (a problem of the course):
//! PrairieLearn then does not count the submission against the student.

use super::gradescope::week_problem;
use super::report::{Report, WeekStatus};
use crate::error::{Error, Result};
use serde_json::{Value, json};

/// The report's one submission as PrairieLearn's `results.json`.
///
/// # Errors
/// When the report does not hold exactly one submission.
pub fn results(r: &Report) -> Result<Value> {
    let [sub] = r.submissions.as_slice() else {
        return Err(Error::msg(format!(
            "grade: --prairielearn needs exactly one submission, the report has {}",
            r.submissions.len()
        )));
    };
    let gradable = !sub
        .weeks
        .iter()
        .any(|w| matches!(w.status, WeekStatus::Error(_)));
    let mut tests = Vec::new();
    for w in &sub.weeks {
        if let WeekStatus::NotAvailable(_) = w.status {
            continue;
        }
        let tag = w.week.name();
        if let Some(why) = week_problem(&w.status, &w.compile_errors, &w.notes) {
            tests.push(json!({
                "name": format!("{tag}: {}", w.status.as_str()),
                "description": format!("{tag}: every hidden test"),
                "points": 0,
                "max_points": w.max_points,
                "message": why.lines().next().unwrap_or(""),
                "output": why,
            }));
            continue;
        }
        for t in &w.tests {
            tests.push(json!({
                "name": format!("{tag}: {}::{}", t.binary, t.name),
                "description": format!("{tag}, hidden test {}", t.binary),
                "points": t.earned(),
                "max_points": t.points,
                "message": if t.passed() { "passed".to_string() } else { t.message.lines().next().unwrap_or("failed").to_string() },
                "output": t.message,
            }));
        }
    }
    let max = sub.max_total();
    let score = if max == 0 {
        0.0
    } else {
        f64::from(sub.total()) / f64::from(max)
    };
    Ok(json!({
        "gradable": gradable,
        "score": score,
        "message": format!("{}/{} points", sub.total(), max),
        "output": format!("Learner code: {}.", r.sandbox),
        "tests": tests,
    }))
}
