//! Sharded grading: `grade --submissions DIR --shard I/N` grades one deterministic slice of
//! the sorted submissions, and `grade merge PART.json…` puts the parts' JSON reports back
//! together into the report (and gradebook) one unsharded run would have written.

use super::report::{Outcome, Report, SubmissionReport, TestResult, WeekReport, WeekStatus};
use crate::course::Week;
use crate::error::{Error, Result};
use serde_json::Value;

/// `I/N` (1 ≤ I ≤ N) from `--shard`.
pub fn parse_shard(s: &str) -> Result<(usize, usize)> {
    let bad = || {
        Error::msg(format!(
            "grade: --shard needs I/N with 1 ≤ I ≤ N (e.g. 2/5), not `{s}`"
        ))
    };
    let (i, n) = s.split_once('/').ok_or_else(bad)?;
    let (i, n): (usize, usize) = (i.parse().map_err(|_| bad())?, n.parse().map_err(|_| bad())?);
    if i == 0 || i > n {
        return Err(bad());
    }
    Ok((i, n))
}

/// The `i`-th of `n` slices (1-based) of `items`, which are sorted: every `n`-th item from
/// the `i`-th on, so that slices differ in size by at most one and every item is in one.
pub fn shard<T: Clone>(items: &[T], i: usize, n: usize) -> Vec<T> {
    items
        .iter()
        .enumerate()
        .filter(|(k, _)| k % n == i - 1)
        .map(|(_, t)| t.clone())
        .collect()
}

fn outcome(s: &str) -> Result<Outcome> {
    Ok(match s {
        "pass" => Outcome::Pass,
        "fail" => Outcome::Fail,
        "timeout" => Outcome::Timeout,
        "crash" => Outcome::Crash,
        "no-proof" => Outcome::NoProof,
        "not-built" => Outcome::NotBuilt,
        other => return Err(Error::msg(format!("unknown test outcome `{other}`"))),
    })
}

fn status(s: &str, reason: &str) -> Result<WeekStatus> {
    Ok(match s {
        "graded" => WeekStatus::Graded,
        "not-attempted" => WeekStatus::NotAttempted,
        "compile-error" => WeekStatus::CompileError,
        "refused" => WeekStatus::Refused,
        "not-available" => WeekStatus::NotAvailable(reason.to_string()),
        "grader-error" => WeekStatus::Error(reason.to_string()),
        other => return Err(Error::msg(format!("unknown week status `{other}`"))),
    })
}

fn text(v: &Value, key: &str) -> Result<String> {
    v[key]
        .as_str()
        .map(str::to_string)
        .ok_or_else(|| Error::msg(format!("`{key}` is missing or not a string")))
}

fn number(v: &Value, key: &str) -> Result<u32> {
    v[key]
        .as_u64()
        .and_then(|n| u32::try_from(n).ok())
        .ok_or_else(|| Error::msg(format!("`{key}` is missing or not a whole number")))
}

fn strings(v: &Value, key: &str) -> Vec<String> {
    v[key]
        .as_array()
        .map(|a| {
            a.iter()
                .filter_map(|x| x.as_str().map(str::to_string))
                .collect()
        })
        .unwrap_or_default()
}

/// A report read back from the JSON [`super::report::to_json`] wrote.
pub fn from_json(v: &Value) -> Result<Report> {
    let weeks = strings(v, "weeks")
        .iter()
        .map(|w| Week::parse(w))
        .collect::<Result<Vec<_>, _>>()?;
    let mut submissions = Vec::new();
    for s in v["submissions"]
        .as_array()
        .ok_or("`submissions` is missing")?
    {
        let mut ws = Vec::new();
        for w in s["weeks"]
            .as_array()
            .ok_or("`weeks` of a submission is missing")?
        {
            let mut tests = Vec::new();
            for t in w["results"]
                .as_array()
                .ok_or("`results` of a week is missing")?
            {
                tests.push(TestResult {
                    binary: text(t, "binary")?,
                    name: text(t, "test")?,
                    points: number(t, "points")?,
                    outcome: outcome(&text(t, "outcome")?)?,
                    message: text(t, "message")?,
                });
            }
            ws.push(WeekReport {
                week: Week::parse(&text(w, "week")?)?,
                status: status(&text(w, "status")?, w["reason"].as_str().unwrap_or(""))?,
                max_points: number(w, "max_points")?,
                tests,
                compile_errors: text(w, "compile_errors")?,
                notes: strings(w, "notes"),
            });
        }
        submissions.push(SubmissionReport {
            student: text(s, "student")?,
            path: text(s, "path")?,
            weeks: ws,
            notes: strings(s, "notes"),
        });
    }
    Ok(Report {
        graded_at: text(v, "graded_at")?,
        course_commit: v["course_commit"].as_str().map(str::to_string),
        grader_version: text(v, "grader_version")?,
        elapsed_secs: v["elapsed_secs"].as_f64().unwrap_or(0.0),
        timings: v["timings"]
            .as_object()
            .map(|m| {
                m.iter()
                    .filter_map(|(k, x)| Some((k.clone(), x.as_f64()?)))
                    .collect()
            })
            .unwrap_or_default(),
        sandbox: text(v, "sandbox")?,
        sandboxed: v["sandboxed"].as_bool().unwrap_or(false),
        timeout_secs: v["timeout_secs"].as_f64().unwrap_or(0.0),
        weeks,
        submissions,
    })
}

/// One report from the shard reports `parts` (named by `names` in errors): the submissions of
/// all, sorted by student as an unsharded run sorts them; the earliest `graded_at`, the
/// summed `elapsed_secs`.
///
/// # Errors
/// When the parts were graded from different course commits or grader versions, for
/// different weeks, with different sandboxes or time limits, or share a student.
pub fn merge(parts: Vec<Report>, names: &[String]) -> Result<Report> {
    let mut it = parts.into_iter().zip(names);
    let (mut out, first) = it.next().ok_or("grade merge: no reports to merge")?;
    let mut seen: std::collections::BTreeMap<String, String> = out
        .submissions
        .iter()
        .map(|s| (s.student.clone(), first.clone()))
        .collect();
    for (p, name) in it {
        let differ = |what: &str, a: &dyn std::fmt::Debug, b: &dyn std::fmt::Debug| {
            Error::msg(format!(
                "grade merge: {first} and {name} were graded with different {what} ({a:?} and \
                 {b:?}); grade every shard from one checkout with the same options"
            ))
        };
        if p.course_commit != out.course_commit {
            return Err(differ(
                "course commits",
                &out.course_commit,
                &p.course_commit,
            ));
        }
        if p.grader_version != out.grader_version {
            return Err(differ(
                "grader versions",
                &out.grader_version,
                &p.grader_version,
            ));
        }
        if p.weeks != out.weeks {
            return Err(differ("weeks", &out.weeks, &p.weeks));
        }
        if p.sandboxed != out.sandboxed || p.timeout_secs != out.timeout_secs {
            return Err(differ(
                "sandboxes or time limits",
                &(out.sandboxed, out.timeout_secs),
                &(p.sandboxed, p.timeout_secs),
            ));
        }
        for s in &p.submissions {
            if let Some(other) = seen.insert(s.student.clone(), name.clone()) {
                return Err(Error::msg(format!(
                    "grade merge: {} is in both {other} and {name}; merge the parts of one \
                     sharded run (each student in exactly one shard)",
                    s.student
                )));
            }
        }
        out.graded_at = out.graded_at.min(p.graded_at);
        out.elapsed_secs += p.elapsed_secs;
        for (k, x) in p.timings {
            *out.timings.entry(k).or_insert(0.0) += x;
        }
        out.submissions.extend(p.submissions);
    }
    out.submissions.sort_by(|a, b| a.student.cmp(&b.student));
    Ok(out)
}
