//! JUnit XML, as read by CodeGrade, GitLab and Jenkins: one `<testsuite>` per submission and
//! week (`alice/week4-lu-qr`), one `<testcase>` per hidden test, a `<failure>` carrying the
//! test's message. A week that does not compile, is refused or was not attempted is one
//! `<testcase name="build">` whose failure says why.
//!
//! ```text
//! <testsuites name="cargo xtask grade" tests="51" failures="2">
//!   <testsuite name="alice/week1-vectors" tests="51" failures="2" errors="0" skipped="0">
//!     <properties><property name="points" value="94"/>…</properties>
//!     <testcase classname="alice.week1-vectors.hidden_norms" name="l2_norm_…"/>
//!     <testcase classname="alice.week1-vectors.hidden_dot" name="…"><failure message="…">…</failure></testcase>
//! ```

use super::gradescope::week_problem;
use super::report::{Report, WeekStatus};

/// `s` escaped for XML text and attribute values; characters XML 1.0 cannot hold (controls
/// other than tab, newline, carriage return) are dropped.
pub fn escape(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&apos;"),
            '\t' | '\n' | '\r' => out.push(c),
            c if (c as u32) < 0x20 || c == '\u{FFFE}' || c == '\u{FFFF}' => {}
            c => out.push(c),
        }
    }
    out
}

fn first_line(s: &str) -> &str {
    s.lines()
        .find(|l| !l.trim().is_empty())
        .unwrap_or("")
        .trim()
}

/// The whole report as JUnit XML.
pub fn to_junit(r: &Report) -> String {
    let mut suites = String::new();
    let (mut all_tests, mut all_failures) = (0usize, 0usize);
    for sub in &r.submissions {
        for w in &sub.weeks {
            if let WeekStatus::NotAvailable(_) = w.status {
                continue;
            }
            let suite = format!("{}/{}", sub.student, w.week.name());
            let class = format!("{}.{}", sub.student, w.week.name());
            let mut cases = String::new();
            let (tests, failures) = match week_problem(&w.status, &w.compile_errors, &w.notes) {
                Some(why) => {
                    cases.push_str(&format!(
                        "    <testcase classname=\"{}\" name=\"build\">\n      <failure message=\"{}\" type=\"{}\">{}</failure>\n    </testcase>\n",
                        escape(&class),
                        escape(first_line(&why)),
                        w.status.as_str(),
                        escape(&why)
                    ));
                    (1, 1)
                }
                None => {
                    for t in &w.tests {
                        let head = format!(
                            "    <testcase classname=\"{}.{}\" name=\"{}\"",
                            escape(&class),
                            escape(&t.binary),
                            escape(&t.name)
                        );
                        if t.passed() {
                            cases.push_str(&format!("{head}/>\n"));
                        } else {
                            cases.push_str(&format!(
                                "{head}>\n      <failure message=\"{}\" type=\"{}\">{}</failure>\n    </testcase>\n",
                                escape(first_line(&t.message)),
                                t.outcome.as_str(),
                                escape(&t.message)
                            ));
                        }
                    }
                    (w.tests.len(), w.tests.len() - w.passed())
                }
            };
            all_tests += tests;
            all_failures += failures;
            suites.push_str(&format!(
                "  <testsuite name=\"{}\" tests=\"{tests}\" failures=\"{failures}\" errors=\"0\" skipped=\"0\">\n    <properties>\n      <property name=\"points\" value=\"{}\"/>\n      <property name=\"max_points\" value=\"{}\"/>\n      <property name=\"status\" value=\"{}\"/>\n    </properties>\n{cases}  </testsuite>\n",
                escape(&suite),
                w.points(),
                w.max_points,
                w.status.as_str()
            ));
        }
    }
    format!(
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<testsuites name=\"cargo xtask grade\" tests=\"{all_tests}\" failures=\"{all_failures}\">\n{suites}</testsuites>\n"
    )
}
