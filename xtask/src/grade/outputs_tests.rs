//! The report's outputs, checked against the platforms' specifications (structure, types,
//! sums) and snapshotted once each; shard reports merged back into the unsharded report.

use super::report::{self, Outcome, Report, SubmissionReport, TestResult, WeekReport, WeekStatus};
use super::{gradescope, junit, merge, prairielearn};
use crate::course::Week;
use serde_json::Value;

fn test(binary: &str, name: &str, points: u32, outcome: Outcome, message: &str) -> TestResult {
    TestResult {
        binary: binary.into(),
        name: name.into(),
        points,
        outcome,
        message: message.into(),
    }
}

fn week(n: usize, status: WeekStatus, tests: Vec<TestResult>, errors: &str) -> WeekReport {
    WeekReport {
        week: Week::new(n).expect("the fixture's weeks are weeks of the course"),
        status,
        max_points: tests.iter().map(|t| t.points).sum(),
        tests,
        compile_errors: errors.into(),
        notes: Vec::new(),
    }
}

/// One submission with every kind of week: graded (a pass, a failure whose message holds
/// XML's special characters and a control character), does not compile, not attempted,
/// refused, not available.
fn submission(student: &str) -> SubmissionReport {
    let failing = "assertion failed: dot(<1, 2>, [3 & 4]) = \"11\", expected 11 \u{1b}[0m";
    let mut w1 = week(
        1,
        WeekStatus::Graded,
        vec![
            test("hidden_dot", "dot_of_ones", 60, Outcome::Pass, ""),
            test("hidden_dot", "dot_overflows", 40, Outcome::Fail, failing),
        ],
        "",
    );
    w1.notes
        .push("src/lib.rs: given code differs from the template".into());
    let stub = |n| {
        vec![test(
            "hidden_x",
            &format!("t{n}"),
            100,
            Outcome::NotBuilt,
            "not built",
        )]
    };
    SubmissionReport {
        student: student.into(),
        path: format!("/submissions/{student}"),
        weeks: vec![
            w1,
            week(
                2,
                WeekStatus::CompileError,
                stub(2),
                "error[E0308]: mismatched types\n --> week2-matmul/src/product.rs:3:5",
            ),
            week(3, WeekStatus::NotAttempted, stub(3), ""),
            week(
                4,
                WeekStatus::Refused,
                stub(4),
                "the code would read files at compile time",
            ),
            WeekReport {
                max_points: 0,
                tests: Vec::new(),
                ..week(
                    5,
                    WeekStatus::NotAvailable("no hidden tests yet".into()),
                    vec![],
                    "",
                )
            },
        ],
        notes: Vec::new(),
    }
}

fn example(students: &[&str]) -> Report {
    Report {
        graded_at: "2026-12-02T17:10:37Z".into(),
        course_commit: Some("0123abc".into()),
        grader_version: "0.1.0".into(),
        elapsed_secs: 41.4,
        timings: Default::default(),
        sandbox: "bubblewrap: uid 65534 with no capabilities".into(),
        sandboxed: true,
        timeout_secs: 5.0,
        weeks: Week::all().take(5).collect(),
        submissions: students.iter().map(|s| submission(s)).collect(),
    }
}

fn num(v: &Value, key: &str, what: &str) -> f64 {
    v[key]
        .as_f64()
        .unwrap_or_else(|| panic!("{what}: `{key}` must be a number, got {}", v[key]))
}

fn string<'a>(v: &'a Value, key: &str, what: &str) -> &'a str {
    v[key]
        .as_str()
        .unwrap_or_else(|| panic!("{what}: `{key}` must be a string, got {}", v[key]))
}

#[test]
fn gradescope_results_follow_the_specification() {
    let r = example(&["alice"]);
    let v = gradescope::results(&r, gradescope::Visibility::DEFAULT).unwrap();
    let what = "gradescope results.json";
    let visibilities = ["hidden", "after_due_date", "after_published", "visible"];
    let score = num(&v, "score", what);
    assert!(
        v["execution_time"].is_u64(),
        "{what}: execution_time must be whole seconds, got {}",
        v["execution_time"]
    );
    string(&v, "output", what);
    assert!(
        visibilities.contains(&string(&v, "visibility", what)),
        "{what}: top-level visibility {}",
        v["visibility"]
    );
    assert!(
        visibilities.contains(&string(&v, "stdout_visibility", what)),
        "{what}: stdout_visibility {}",
        v["stdout_visibility"]
    );
    let tests = v["tests"]
        .as_array()
        .expect("gradescope: tests must be an array");
    let (mut sum, mut max) = (0.0, 0.0);
    for t in tests {
        let s = num(t, "score", what);
        let m = num(t, "max_score", what);
        assert!(
            (0.0..=m).contains(&s),
            "{what}: a test's score {s} must be within [0, max_score = {m}]: {t}"
        );
        string(t, "name", what);
        string(t, "number", what);
        string(t, "output", what);
        assert!(
            ["passed", "failed"].contains(&string(t, "status", what)),
            "{what}: status of {t}"
        );
        assert!(
            visibilities.contains(&string(t, "visibility", what)),
            "{what}: visibility of {t}"
        );
        assert!(
            t["tags"]
                .as_array()
                .is_some_and(|a| a.iter().all(Value::is_string)),
            "{what}: tags must be strings: {t}"
        );
        sum += s;
        max += m;
    }
    assert_eq!(
        sum, score,
        "{what}: the tests' scores must add up to the score"
    );
    assert_eq!(
        max,
        f64::from(r.submissions[0].max_total()),
        "{what}: the tests' max_scores must add up to the maximum"
    );
    // Per-test entries for the graded week, one entry for each week that was not.
    assert_eq!(tests.len(), 2 + 3, "{what}: {tests:#?}");
    assert_eq!(
        tests[0]["visibility"], "after_due_date",
        "{what}: hidden tests default to after_due_date"
    );
    assert_eq!(
        tests[2]["visibility"], "visible",
        "{what}: a week-level entry is visible at once"
    );
    assert!(
        gradescope::results(&example(&["a", "b"]), gradescope::Visibility::Visible).is_err(),
        "{what}: two submissions cannot be one results.json"
    );
    insta::assert_snapshot!(
        "gradescope_results",
        serde_json::to_string_pretty(&v).unwrap()
    );
}

#[test]
fn prairielearn_results_follow_the_specification() {
    let r = example(&["alice"]);
    let v = prairielearn::results(&r).unwrap();
    let what = "prairielearn results.json";
    assert_eq!(v["gradable"], true, "{what}: gradable");
    let score = num(&v, "score", what);
    assert!(
        (0.0..=1.0).contains(&score),
        "{what}: score {score} must be in [0, 1]"
    );
    string(&v, "message", what);
    let tests = v["tests"]
        .as_array()
        .expect("prairielearn: tests must be an array");
    let (mut sum, mut max) = (0.0, 0.0);
    for t in tests {
        let p = num(t, "points", what);
        let m = num(t, "max_points", what);
        assert!(
            (0.0..=m).contains(&p),
            "{what}: points {p} within [0, {m}]: {t}"
        );
        for k in ["name", "description", "message", "output"] {
            string(t, k, what);
        }
        sum += p;
        max += m;
    }
    assert_eq!(
        sum / max,
        score,
        "{what}: score = points / max_points over the tests"
    );
    insta::assert_snapshot!(
        "prairielearn_results",
        serde_json::to_string_pretty(&v).unwrap()
    );
}

/// A minimal well-formedness check of the XML `junit` writes: tags nest, attribute values are
/// quoted, `&` only starts an entity, no `<` in text. Returns the elements as (name, attributes).
fn parse_xml(xml: &str) -> Vec<(String, Vec<(String, String)>)> {
    let body = xml
        .strip_prefix("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n")
        .expect("junit: the XML declaration comes first");
    let mut stack: Vec<String> = Vec::new();
    let mut elements = Vec::new();
    let mut rest = body;
    while let Some(open) = rest.find('<') {
        let text = &rest[..open];
        check_text(text);
        let close = rest[open..].find('>').expect("junit: an unclosed tag") + open;
        let tag = &rest[open + 1..close];
        rest = &rest[close + 1..];
        if let Some(name) = tag.strip_prefix('/') {
            assert_eq!(
                stack.pop().as_deref(),
                Some(name),
                "junit: </{name}> closes another tag"
            );
            continue;
        }
        let self_closing = tag.ends_with('/');
        let tag = tag.trim_end_matches('/');
        let (name, mut attrs_text) = tag.split_once(' ').unwrap_or((tag, ""));
        let mut attrs = Vec::new();
        while !attrs_text.trim().is_empty() {
            let (k, v) = attrs_text
                .trim_start()
                .split_once("=\"")
                .expect("junit: attribute values are quoted");
            let end = v.find('"').expect("junit: an unterminated attribute value");
            check_text(&v[..end]);
            attrs.push((k.to_string(), v[..end].to_string()));
            attrs_text = &v[end + 1..];
        }
        elements.push((name.to_string(), attrs));
        if !self_closing {
            stack.push(name.to_string());
        }
    }
    check_text(rest);
    assert!(stack.is_empty(), "junit: unclosed elements {stack:?}");
    elements
}

fn check_text(t: &str) {
    for (i, _) in t.match_indices('&') {
        let ent = &t[i..];
        assert!(
            ["&amp;", "&lt;", "&gt;", "&quot;", "&apos;"]
                .iter()
                .any(|e| ent.starts_with(e)),
            "junit: a bare & in {t:?}"
        );
    }
    assert!(
        t.chars().all(|c| c >= ' ' || "\t\n\r".contains(c)),
        "junit: a control character XML 1.0 cannot hold in {t:?}"
    );
}

#[test]
fn junit_is_well_formed_and_counts_right() {
    let r = example(&["alice", "bob"]);
    let xml = junit::to_junit(&r);
    let elements = parse_xml(&xml);
    let attr = |e: &(String, Vec<(String, String)>), k: &str| {
        e.1.iter()
            .find(|(a, _)| a == k)
            .map(|(_, v)| v.clone())
            .unwrap_or_else(|| panic!("junit: <{}> lacks {k}", e.0))
    };
    assert_eq!(elements[0].0, "testsuites", "junit: the root element");
    let suites: Vec<_> = elements.iter().filter(|e| e.0 == "testsuite").collect();
    assert_eq!(
        suites.len(),
        2 * 4,
        "junit: one suite per student and graded week"
    );
    let cases = elements.iter().filter(|e| e.0 == "testcase").count();
    let failures = elements.iter().filter(|e| e.0 == "failure").count();
    let declared: usize = suites
        .iter()
        .map(|s| attr(s, "tests").parse::<usize>().unwrap())
        .sum();
    let declared_failures: usize = suites
        .iter()
        .map(|s| attr(s, "failures").parse::<usize>().unwrap())
        .sum();
    assert_eq!(
        cases, declared,
        "junit: testcases vs the suites' tests attributes"
    );
    assert_eq!(
        failures, declared_failures,
        "junit: failures vs the suites' failures attributes"
    );
    assert_eq!(
        attr(&elements[0], "tests"),
        cases.to_string(),
        "junit: the root's tests"
    );
    assert_eq!(
        attr(&elements[0], "failures"),
        failures.to_string(),
        "junit: the root's failures"
    );
    insta::assert_snapshot!("junit_xml", junit::to_junit(&example(&["alice"])));
}

#[test]
fn the_gradebook_says_why_a_week_scored_zero() {
    let csv = report::to_csv(&example(&["alice"]));
    insta::assert_snapshot!("gradebook_csv", csv);
    let lines: Vec<&str> = csv.lines().collect();
    assert_eq!(
        lines[1], "Points Possible,100,100,100,100,,,400,",
        "gradebook: the Points Possible row (week 5 not available: empty)"
    );
    assert!(
        lines[2].ends_with("week2: does not compile; week3: not attempted; week4: refused"),
        "gradebook: the notes column, got {}",
        lines[2]
    );
}

#[test]
fn shard_reports_merge_into_the_unsharded_report() {
    let students = ["ana", "ben", "cai", "dee", "eve"];
    let whole = example(&students);
    for n in [2, 3] {
        let mut parts = Vec::new();
        let mut names = Vec::new();
        for i in 1..=n {
            let mut part = whole.clone();
            part.submissions = merge::shard(&whole.submissions, i, n);
            // Through JSON, as the parts travel between runners.
            let back = merge::from_json(&report::to_json(&part)).unwrap();
            parts.push(back);
            names.push(format!("part{i}.json"));
        }
        // In any order.
        parts.reverse();
        names.reverse();
        let merged = merge::merge(parts, &names).unwrap();
        assert_eq!(
            report::to_csv(&merged),
            report::to_csv(&whole),
            "merge: the gradebook of {n} merged shards must equal the unsharded one"
        );
        let strip = |r: &Report| {
            let mut v = report::to_json(r);
            v["elapsed_secs"] = Value::Null;
            v["timings"] = Value::Null;
            v
        };
        assert_eq!(
            strip(&merged),
            strip(&whole),
            "merge: the JSON of {n} merged shards, timing aside"
        );
    }
    assert_eq!(
        merge::shard(&students, 2, 2),
        ["ben", "dee"],
        "shard: every n-th from the i-th"
    );

    let a = example(&["ana"]);
    let mut b = example(&["ana"]);
    let err = merge::merge(
        vec![a.clone(), b.clone()],
        &["a.json".into(), "b.json".into()],
    )
    .unwrap_err();
    assert!(
        err.to_string().contains("ana is in both a.json and b.json"),
        "merge: overlapping students, got {err}"
    );
    assert_eq!(
        err.to_string(),
        "grade merge: ana is in both a.json and b.json; merge the parts of one sharded run \
         (each student in exactly one shard)",
        "merge: the overlapping-students refusal, word for word"
    );
    b.submissions[0].student = "ben".into();
    b.course_commit = Some("fff".into());
    let err = merge::merge(vec![a, b], &["a.json".into(), "b.json".into()]).unwrap_err();
    assert!(
        err.to_string().contains("different course commits"),
        "merge: different commits, got {err}"
    );
    assert_eq!(
        err.to_string(),
        "grade merge: a.json and b.json were graded with different course commits \
         (Some(\"0123abc\") and Some(\"fff\")); grade every shard from one checkout with the \
         same options",
        "merge: the different-commits refusal, word for word"
    );
    for bad in ["0/2", "3/2", "1", "a/b"] {
        assert!(
            merge::parse_shard(bad).is_err(),
            "shard: `{bad}` must be refused"
        );
    }
}
