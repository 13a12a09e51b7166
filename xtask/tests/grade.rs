//! Tests of `cargo xtask grade` with small submissions built at test time.
//!
//! `grades_fixture_submissions` grades a set of broken and adversarial submissions of the
//! miniature course in `tests/fixtures/grade/course` (two graded weeks, no dependencies: it
//! builds in seconds) in ONE call, so the crates are built once in one scratch workspace per
//! week. `grades_the_courses_reference_and_stubs` grades the real week 1 (when it has hidden
//! tests): the reference scores every point, the stubs none.
//!
//! Every submission is a copy of the miniature reference with one thing changed, so each must
//! lose exactly the points of the tests that thing breaks.

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};
use std::time::Duration;
use xtask::course::Week;
use xtask::grade::report::{self, Report, WeekStatus};
use xtask::grade::sandbox::Sandbox;
use xtask::grade::{self, Options, Submission};
use xtask::project::project_root;
use xtask::scratch::{read_tree, sync_tree};

type Tree = BTreeMap<PathBuf, Vec<u8>>;

fn tmp() -> PathBuf {
    PathBuf::from(env!("CARGO_TARGET_TMPDIR")).join("grade-tests")
}

/// The miniature course, with the real week 1's `grading.rs` (the pass-token mechanism) copied
/// in. `None` where the real course has no solutions (a student release).
fn fixture_course() -> Option<PathBuf> {
    let real = project_root();
    let grading = real.join("solutions/week1-vectors/src/testing/grading.rs");
    let grading = std::fs::read(grading).ok()?;
    let mut files = read_tree(&real.join("xtask/tests/fixtures/grade/course")).unwrap();
    files.insert(
        "solutions/week1-vectors/src/testing/grading.rs".into(),
        grading,
    );
    let root = tmp().join("course");
    sync_tree(&root, &files).unwrap();
    Some(root)
}

/// `solutions/<week>/src` of the course at `root`, as a submission's `<week>/src`.
fn reference_tree(root: &Path, weeks: &[&str]) -> Tree {
    let mut t = Tree::new();
    for w in weeks {
        for (rel, bytes) in read_tree(&root.join("solutions").join(w).join("src")).unwrap() {
            t.insert(Path::new(w).join("src").join(rel), bytes);
        }
    }
    t
}

/// Replaces the body of `fn name` (the lines between `// BEGIN SOLUTION` and `// END SOLUTION`
/// after it) in `file` of `tree`.
fn patch(tree: &mut Tree, file: &str, name: &str, body: &str) {
    let text = String::from_utf8(tree[Path::new(file)].clone()).unwrap();
    let at = text
        .find(&format!("pub fn {name}("))
        .unwrap_or_else(|| panic!("no fn {name} in {file}"));
    let begin = at + text[at..].find("// BEGIN SOLUTION").unwrap();
    let end = at + text[at..].find("// END SOLUTION").unwrap();
    let new = format!("{}{body}\n    {}", &text[..begin], &text[end..]);
    tree.insert(file.into(), new.into_bytes());
}

fn write_submission(dir: &Path, tree: &Tree) {
    std::fs::create_dir_all(dir).unwrap();
    sync_tree(dir, tree).unwrap();
}

const B1: &str = "week1-vectors/src/basics.rs";
const O2: &str = "week2-matmul/src/ops.rs";

/// The fixture submissions: (name, what it should score in weeks 1 and 2).
fn make_submissions(root: &Path, dir: &Path) -> Vec<(&'static str, [u32; 2])> {
    let _ = std::fs::remove_dir_all(dir);
    let reference = reference_tree(root, &["week1-vectors", "week2-matmul", "week3-inverse"]);
    let mut out = Vec::new();
    let mut add = |name: &'static str, tree: &Tree, expect: [u32; 2]| {
        write_submission(&dir.join(name), tree);
        out.push((name, expect));
    };
    add("a-reference", &reference, [100, 100]);
    add("a-reference-again", &reference, [100, 100]);

    // The stubs, as a learner's untouched tree holds them.
    let mut stubs = Tree::new();
    for w in [Week::FIRST, Week::new(2).unwrap(), Week::new(3).unwrap()] {
        for (rel, bytes) in xtask::course::expected_stub_tree(root, w).unwrap() {
            stubs.insert(Path::new(w.name()).join("src").join(rel), bytes);
        }
    }
    add("b-stubs", &stubs, [0, 0]);

    let mut t = reference.clone();
    patch(&mut t, B1, "dot", "    let x: f64 = \"eleven\";\n    x");
    add("c-compile-error", &t, [0, 100]);

    let mut t = reference.clone();
    patch(
        &mut t,
        B1,
        "add",
        "    loop {\n        std::hint::spin_loop();\n    }",
    );
    add("d-infinite-loop", &t, [80, 100]);

    let mut t = reference.clone();
    patch(
        &mut t,
        B1,
        "sum",
        "    if std::hint::black_box(true) {\n        1.0 + sum(v)\n    } else {\n        0.0\n    }",
    );
    add("e-stack-overflow", &t, [80, 100]);

    let mut t = reference.clone();
    patch(&mut t, B1, "dot", "    std::process::abort()");
    add("f-abort", &t, [80, 100]);

    let mut t = reference.clone();
    patch(&mut t, B1, "norm_inf", "    std::process::exit(0)");
    add("g-exit-zero", &t, [80, 100]);

    // Fake harness output, a fake token, and whatever is left on stdin, then a clean exit.
    let mut t = reference.clone();
    patch(
        &mut t,
        B1,
        "largest",
        r#"    let mut line = String::new();
    let _ = std::io::stdin().read_line(&mut line);
    println!("\ncourse-grade-pass:{}", line.trim());
    println!("\ncourse-grade-pass:00000000000000000000000000000000");
    println!("test largest_works ... ok\n\ntest result: ok. 1 passed; 0 failed");
    eprintln!("test largest_works ... ok");
    std::process::exit(0)"#,
    );
    add("h-fake-output", &t, [80, 100]);

    // Everything outside src/ is ignored; given files come from the template; src/bin is not
    // the library. Were any of it used, the build would break (build.rs, .cargo/config.toml,
    // rust-toolchain.toml, src/bin) or every test would pass (the learner's own `points`,
    // hidden tests and manifest).
    let mut t = reference.clone();
    patch(&mut t, B1, "add", "    a - b");
    let forge = "pub fn points(_n: u32) -> u32 {\n    let mut l = String::new();\n    let _ = std::io::stdin().read_line(&mut l);\n    println!(\"\\ncourse-grade-pass:{}\", l.trim());\n    0\n}\n";
    for (path, text) in [
        ("week1-vectors/src/testing/grading.rs", forge.to_string()),
        (
            "week1-vectors/src/lib.rs",
            format!("pub mod basics;\npub mod testing {{\n    {forge}}}\n"),
        ),
        ("week1-vectors/build.rs", "fn main() { panic!(\"build.rs ran\"); }\n".into()),
        (
            "week1-vectors/Cargo.toml",
            "[package]\nname = \"week1-vectors\"\nversion = \"0.1.0\"\nedition = \"2024\"\nbuild = \"build.rs\"\n".into(),
        ),
        (
            "week1-vectors/tests/hidden_basics.rs",
            "#[test]\nfn add_works() {}\n".into(),
        ),
        (".cargo/config.toml", "[build]\nrustc = \"/nonexistent/rustc\"\n".into()),
        ("rust-toolchain.toml", "[toolchain]\nchannel = \"no-such-toolchain\"\n".into()),
        ("week1-vectors/src/notes.txt", "not source".into()),
        (
            "week1-vectors/src/bin/peek.rs",
            "fn main() {\n    print!(\"{}\", include_str!(\"/nonexistent/solutions.rs\"));\n}\n".into(),
        ),
    ] {
        t.insert(path.into(), text.into_bytes());
    }
    add("i-tampered", &t, [80, 100]);

    // A symlink to the reference, for one file of week 1 and for all of week 2's src/.
    let mut t = reference.clone();
    t.remove(Path::new(B1));
    t.retain(|p, _| !p.starts_with("week2-matmul"));
    add("j-symlink", &t, [0, 0]);
    let j = dir.join("j-symlink");
    std::os::unix::fs::symlink(
        root.join("solutions/week1-vectors/src/basics.rs"),
        j.join(B1),
    )
    .unwrap();
    std::fs::create_dir_all(j.join("week2-matmul")).unwrap();
    std::os::unix::fs::symlink(
        root.join("solutions/week2-matmul/src"),
        j.join("week2-matmul/src"),
    )
    .unwrap();

    // Compile-time reads of the instructor's files: the reference by #[path], the hidden tests
    // by include_str!.
    let mut t = reference.clone();
    let real = root.join("solutions/week1-vectors/src/basics.rs");
    t.insert(
        B1.into(),
        format!(
            "#[path = \"{}\"]\nmod real;\npub use real::*;\n",
            real.display()
        )
        .into_bytes(),
    );
    let hidden = root.join("solutions/week2-matmul/tests/hidden_ops.rs");
    let mut ops = String::from_utf8(t[Path::new(O2)].clone()).unwrap();
    ops.push_str(&format!(
        "\n/// Peeks at the hidden tests.\npub const HIDDEN: &str = include_str!(\"{}\");\n",
        hidden.display()
    ));
    t.insert(O2.into(), ops.into_bytes());
    add("k-reads-reference", &t, [0, 0]);

    // A changed signature: the hidden tests that call it do not compile, the others run.
    let mut t = reference.clone();
    let text = String::from_utf8(t[Path::new(B1)].clone()).unwrap();
    let text = text.replace(
        "pub fn largest(v: &[f64]) -> f64 {",
        "pub fn largest(v: &[f64], _extra: bool) -> f64 {",
    );
    t.insert(B1.into(), text.into_bytes());
    add("l-signature-changed", &t, [60, 100]);

    // Nothing at all.
    add("m-empty", &Tree::new(), [0, 0]);

    // Canaries reached at compile time: a hidden test by a relative path through a failing
    // const (the compiler's error would quote it), a file of the test's own by absolute path,
    // and, in week 2, the reference of week 1 (built beside it) by #[path] and include!.
    let mut t = reference.clone();
    let mut basics = String::from_utf8(t[Path::new(B1)].clone()).unwrap();
    basics.push_str(&format!(
        "\nconst _: () = panic!(\"{{}}\", include_str!(\"../../solutions/week1-vectors/tests/hidden_basics.rs\"));\n\
         /// Peeks.\npub static PEEK: &[u8] = include_bytes!(\"{}\");\n",
        canary_file().display()
    ));
    t.insert(B1.into(), basics.into_bytes());
    let mut ops = String::from_utf8(t[Path::new(O2)].clone()).unwrap();
    ops.push_str(&format!(
        "\n#[path = \"../../week1-vectors/src/basics.rs\"]\nmod lower;\n\
         const _: () = panic!(\"{{}}\", include!(\"{}\"));\n",
        canary_file().display()
    ));
    t.insert(O2.into(), ops.into_bytes());
    add("n-canaries", &t, [0, 0]);

    // A compile that would allocate 64 GiB: stopped by the builds' memory limit.
    let mut t = reference.clone();
    let mut basics = String::from_utf8(t[Path::new(B1)].clone()).unwrap();
    basics.push_str("\n/// Hogs.\npub static HOG: [u8; 1 << 36] = [1; 1 << 36];\n");
    t.insert(B1.into(), basics.into_bytes());
    add("o-memory-hog", &t, [0, 100]);

    // A "magic" return type whose == is always true, behind a signature that reads the same
    // (`f64` shadowed in the file): the signature probe sees the real type. Only largest's
    // test is lost; norm_inf's, in the same hidden file, still runs.
    let mut t = reference.clone();
    let text = String::from_utf8(t[Path::new(B1)].clone()).unwrap();
    let text = text.replace(
        "pub fn largest(v: &[f64]) -> f64 {",
        "pub fn largest(v: &[::core::primitive::f64]) -> f64 {",
    );
    let text = text.replace(
        "    v.iter().copied().fold(f64::NEG_INFINITY, f64::max)",
        "    let _ = v;\n    Magic",
    );
    let magic = "\n/// Always equal.\n#[derive(Debug, Clone, Copy)]\npub struct Magic;\n\
        impl PartialEq<::core::primitive::f64> for Magic {\n    fn eq(&self, _: &::core::primitive::f64) -> bool {\n        true\n    }\n}\n\
        impl std::fmt::Display for Magic {\n    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {\n        write!(f, \"magic\")\n    }\n}\n\
        #[allow(non_camel_case_types)]\ntype f64 = Magic;\n";
    let text = text.replace("pub fn add(a: f64, b: f64) -> f64 {", "pub fn add(a: ::core::primitive::f64, b: ::core::primitive::f64) -> ::core::primitive::f64 {")
        .replace("pub fn dot(a: &[f64], b: &[f64]) -> f64 {", "pub fn dot(a: &[::core::primitive::f64], b: &[::core::primitive::f64]) -> ::core::primitive::f64 {")
        .replace("pub fn sum(v: &[f64]) -> f64 {", "pub fn sum(v: &[::core::primitive::f64]) -> ::core::primitive::f64 {")
        .replace("pub fn norm_inf(v: &[f64]) -> f64 {", "pub fn norm_inf(v: &[::core::primitive::f64]) -> ::core::primitive::f64 {");
    t.insert(B1.into(), format!("{text}{magic}").into_bytes());
    add("p-magic-type", &t, [80, 100]);
    out
}

/// A file outside every course folder whose text must never reach a report.
fn canary_file() -> PathBuf {
    let p = tmp().join("canary.txt");
    std::fs::create_dir_all(tmp()).unwrap();
    std::fs::write(&p, "\"CANARY-5d1e9b-absolute-file\"").unwrap();
    p
}

fn options(weeks: Vec<Week>, prefix: &str) -> Options {
    Options {
        weeks,
        timeout: Duration::from_secs(3),
        build_timeout: Duration::from_secs(900),
        warm_build_timeout: grade::WARM_BUILD_TIMEOUT,
        sandbox: Sandbox::detect(true),
        week_budget: Duration::from_secs(120),
        submission_budget: Duration::from_secs(600),
        jobs: 2,
        lanes: 1,
        workspace_prefix: prefix.into(),
        progress: false,
    }
}

fn points(r: &Report, student: &str, week: Week) -> u32 {
    let s = r.submissions.iter().find(|s| s.student == student).unwrap();
    s.week(week).unwrap().points()
}

#[test]
fn grades_fixture_submissions() {
    let Some(root) = fixture_course() else {
        return;
    };
    let dir = tmp().join("submissions");
    let expected = make_submissions(&root, &dir);
    let subs = grade::list_submissions(&dir).unwrap();
    assert_eq!(subs.len(), expected.len());
    let mut opts = options(Week::all().collect(), "grade-fixture");
    // The grader's default per-test limit: a loaded CI machine once took a fixture test past 3 s.
    opts.timeout = Duration::from_secs(5);
    // Two submissions at once, each lane in its own workspaces and target dir: the grades below
    // are the ones one lane gives, and the report keeps the submissions' order.
    opts.lanes = 2;
    let r = grade::grade(&root, &subs, &opts).unwrap();
    let order: Vec<&str> = r.submissions.iter().map(|s| s.student.as_str()).collect();
    let listed: Vec<&str> = subs.iter().map(|s| s.student.as_str()).collect();
    assert_eq!(
        order, listed,
        "grade --lanes 2: the report must list the submissions in their sorted order"
    );

    let mut wrong = Vec::new();
    for (name, [w1, w2]) in &expected {
        let got = [
            points(&r, name, Week::FIRST),
            points(&r, name, Week::new(2).unwrap()),
        ];
        if got != [*w1, *w2] {
            let sub = r.submissions.iter().find(|s| s.student == *name).unwrap();
            let failed: Vec<String> = sub
                .weeks
                .iter()
                .flat_map(|w| w.tests.iter().filter(|t| !t.passed()))
                .map(|t| {
                    format!(
                        "  {}::{} {}: {}",
                        t.binary,
                        t.name,
                        t.outcome.as_str(),
                        t.message
                    )
                })
                .collect();
            wrong.push(format!(
                "{name}: expected {w1}, {w2}; got {}, {}\n{}",
                got[0],
                got[1],
                failed.join("\n")
            ));
        }
    }
    let table = report::render_table(&r);
    assert!(wrong.is_empty(), "{}\n\n{table}", wrong.join("\n"));
    // l-signature-changed's hidden test files cannot build as one binary (the tests that call
    // the changed function do not compile): they are built one by one, and graded as above.
    assert!(
        r.timings.contains_key(grade::HIDDEN_ONE_BY_ONE),
        "a hidden test file that does not compile against the submission must make the grader \
         build the files one by one; the run's phases: {:?}",
        r.timings
    );

    // With the sandbox, the grader's own test crates keep an incremental cache in each lane's
    // target dir (beside debug/deps, which the learner's compile sees, not in it); the grades
    // above were given with the cache of the lane's previous submission in place.
    if opts.sandbox.is_sandboxed() {
        let scratch = xtask::scratch::scratch_root(&root);
        for lane in 0..2 {
            let target = scratch.join(format!(
                "{}-target",
                grade::lane_prefix(&opts.workspace_prefix, lane)
            ));
            let cache = xtask::grade::compile_jail::own_incremental_dir(&target);
            let crates: Vec<String> = std::fs::read_dir(&cache)
                .map(|d| {
                    d.filter_map(|e| Some(e.ok()?.file_name().to_string_lossy().into_owned()))
                        .collect()
                })
                .unwrap_or_default();
            for own in [grade::compile::HIDDEN_TOGETHER, grade::signatures::PROBE] {
                assert!(
                    crates.iter().any(|c| c.starts_with(&format!("{own}-"))),
                    "lane {lane}: the grader's test crate {own} has no incremental cache in {} \
                     (found {crates:?})",
                    cache.display()
                );
            }
            assert!(
                !cache.starts_with(target.join("debug").join("deps")),
                "the cache must be outside the folder the learner's compile sees"
            );
        }
    }

    // Same submission, same grade (the first two: each lane takes one before it grades).
    let json = report::to_json(&r);
    let subs_json = json["submissions"].as_array().unwrap();
    assert_eq!(subs_json[0]["weeks"], subs_json[1]["weeks"]);

    // Weeks 3–6 are "not available", not errors; the compile error is shown; the hidden
    // tests' sources never are.
    let find = |n: &str| r.submissions.iter().find(|s| s.student == n).unwrap();
    assert!(matches!(
        find("a-reference")
            .week(Week::new(3).unwrap())
            .unwrap()
            .status,
        WeekStatus::NotAvailable(_)
    ));
    let ce = find("c-compile-error").week(Week::FIRST).unwrap();
    assert_eq!(ce.status, WeekStatus::CompileError);
    assert!(
        ce.compile_errors.contains("mismatched types"),
        "{}",
        ce.compile_errors
    );
    assert!(
        ce.compile_errors.contains("\"eleven\""),
        "{}",
        ce.compile_errors
    );
    let text = serde_json::to_string(&json).unwrap();
    for hidden_line in [
        "let _points = points(",
        "let got = ",
        "use week1_vectors::basics::{",
    ] {
        assert!(
            !text.contains(hidden_line),
            "hidden source in the report: {hidden_line}"
        );
    }
    assert_eq!(
        find("k-reads-reference").week(Week::FIRST).unwrap().status,
        WeekStatus::Refused
    );

    // No canary text anywhere: not in the table, the JSON or the CSV.
    let csv = report::to_csv(&r);
    for canary in ["CANARY-5d1e9b", "let _points = points(20)"] {
        for (what, out) in [("table", &table), ("JSON", &text), ("CSV", &csv)] {
            assert!(
                !out.contains(canary),
                "grade: the canary `{canary}` reached the {what}:\n{out}"
            );
        }
    }
    for w in [Week::FIRST, Week::new(2).unwrap()] {
        assert_eq!(
            find("n-canaries").week(w).unwrap().status,
            WeekStatus::Refused,
            "grade: n-canaries {w} reads files at compile time and must be refused\n{table}"
        );
    }

    // The report, for people and for the gradebook.
    let shown = table
        .replacen(&r.sandbox, "<sandbox>", 1)
        .replace(&root.display().to_string(), "<course>")
        .replace(&dir.display().to_string(), "<submissions>");
    insta::assert_snapshot!("fixture_report", shown);
    insta::assert_snapshot!(
        "fixture_gradebook",
        report::to_csv(&r).replace(&dir.display().to_string(), "<submissions>")
    );

    // The same class graded again in 2 shards (as 2 runners would, `--shard I/2`), the parts
    // merged through their JSON: the same gradebook and the same report, timing aside.
    let names = ["part-1.json".to_string(), "part-2.json".to_string()];
    let parts: Vec<Report> = (1..=2)
        .map(|i| {
            let part = grade::grade(&root, &grade::merge::shard(&subs, i, 2), &opts).unwrap();
            grade::merge::from_json(&report::to_json(&part)).unwrap()
        })
        .collect();
    let merged = grade::merge::merge(parts, &names).unwrap();
    assert_eq!(
        report::to_csv(&merged),
        report::to_csv(&r),
        "grade merge: 2 graded shards must give the gradebook of one run"
    );
    let untimed = |r: &Report| {
        let mut v = report::to_json(r);
        // (and the commit: on a shared checkout someone may commit between the runs)
        for k in ["graded_at", "elapsed_secs", "timings", "course_commit"] {
            v[k] = serde_json::Value::Null;
        }
        v
    };
    let (m, w) = (
        serde_json::to_string_pretty(&untimed(&merged)).unwrap(),
        serde_json::to_string_pretty(&untimed(&r)).unwrap(),
    );
    let differ: Vec<String> = m
        .lines()
        .zip(w.lines())
        .filter(|(a, b)| a != b)
        .map(|(a, b)| format!("merged: {a}\n   one: {b}"))
        .take(10)
        .collect();
    assert!(
        m == w,
        "grade merge: 2 graded shards must give the report of one run, timing aside; first \
         differences:\n{}",
        differ.join("\n")
    );
}

/// A submission that looks for the instructor's repository while its tests run: under
/// bubblewrap it cannot see it (and loses the points of that test), without it, it can.
#[test]
fn the_sandbox_hides_the_instructors_files() {
    let Some(root) = fixture_course() else {
        return;
    };
    let dir = tmp().join("spy");
    let mut t = reference_tree(&root, &["week1-vectors"]);
    patch(
        &mut t,
        B1,
        "norm_inf",
        &format!(
            "    let seen = std::path::Path::new(\"{}\").exists();\n    if seen {{\n        v.iter().fold(0.0, |m, x| m.max(x.abs()))\n    }} else {{\n        -1.0\n    }}",
            root.join("solutions").display()
        ),
    );
    let _ = std::fs::remove_dir_all(&dir);
    write_submission(&dir.join("spy"), &t);
    let subs = vec![Submission {
        student: "spy".into(),
        path: dir.join("spy"),
        refused: None,
    }];
    let opts = options(vec![Week::FIRST], "grade-fixture-spy");
    let r = grade::grade(&root, &subs, &opts).unwrap();
    let got = points(&r, "spy", Week::FIRST);
    if opts.sandbox.is_sandboxed() {
        assert_eq!(got, 80, "{}", report::render_table(&r));
        assert!(r.sandbox.starts_with("bubblewrap"));
    } else {
        assert_eq!(got, 100, "{}", report::render_table(&r));
        assert!(r.sandbox.starts_with("NOT sandboxed"));
    }
}

/// The real course, every week: the reference scores every hidden point (600/600 when all six
/// weeks have hidden tests), the generated stubs none.
#[test]
fn grades_the_courses_reference_and_stubs() {
    let root = project_root();
    if !root.join("solutions").is_dir() {
        return;
    }
    let weeks: Vec<Week> = Week::all().filter(|w| w.has_reference(&root)).collect();
    // The stubs as generated (not this tree's <week>/src, which may hold someone's work).
    let stubs = tmp().join("course-stubs");
    let mut tree = Tree::new();
    for &w in &weeks {
        for (rel, bytes) in xtask::course::expected_stub_tree(&root, w).unwrap() {
            tree.insert(Path::new(w.name()).join("src").join(rel), bytes);
        }
    }
    // A comment at the end of every exercise file: no longer byte for byte the stub, so the
    // week is built and every hidden test runs on the stubs (a week that is all stubs is
    // "not attempted" and not built).
    for &w in &weeks {
        for rel in xtask::course::exercise_files(&root, w).unwrap() {
            let key = Path::new(w.name()).join("src").join(rel);
            if let Some(bytes) = tree.get_mut(&key) {
                bytes.extend_from_slice(b"// touched by the test\n");
            }
        }
    }
    write_submission(&stubs, &tree);
    let subs = vec![
        Submission {
            student: "reference".into(),
            path: root.join("solutions"),
            refused: None,
        },
        Submission {
            student: "stubs".into(),
            path: stubs,
            refused: None,
        },
    ];
    let opts = options(weeks.clone(), "grade-selftest");
    let r = grade::grade(&root, &subs, &opts).unwrap();
    let shown = report::render_table(&r);
    let mut total = 0;
    for &week in &weeks {
        let table = xtask::points::hidden_points(&root, week).unwrap();
        let w = |i: usize| r.submissions[i].week(week).unwrap();
        if table.is_empty() {
            assert!(
                matches!(w(0).status, WeekStatus::NotAvailable(_)),
                "{week}: {shown}"
            );
            continue;
        }
        let max: u32 = table.values().sum();
        assert_eq!(max, 100, "{week}: hidden points total {max}");
        assert_eq!(w(0).status, WeekStatus::Graded, "{week}: {shown}");
        assert_eq!(
            w(0).points(),
            max,
            "{week}: the reference must score full marks\n{shown}"
        );
        assert_eq!(
            w(1).status,
            WeekStatus::Graded,
            "{week}: the stubs are graded\n{shown}"
        );
        assert_eq!(w(1).points(), 0, "{week}: the stubs must score 0\n{shown}");
        total += w(0).points();
    }
    if weeks.len() == 6 {
        assert_eq!(total, 600, "{shown}");
    }
    assert!(
        !r.timings.contains_key(grade::HIDDEN_ONE_BY_ONE),
        "the reference's and the stubs' hidden test files must build as one binary a week, \
         not one by one; the run's phases: {:?}",
        r.timings
    );
}

/// Learner code that tries, from inside its test, each way out of the sandbox that root's
/// capabilities would open. Each exercise returns the right answer only if its escape worked,
/// so every point it scores is a hole: it must score exactly what its honest part earns (0 in
/// week 1, where every function tries an escape; 100 in week 2, the reference).
#[test]
fn the_sandbox_holds_for_root() {
    let Some(root) = fixture_course() else {
        return;
    };
    let opts = options(
        vec![Week::FIRST, Week::new(2).unwrap()],
        "grade-fixture-escape",
    );
    if !opts.sandbox.is_sandboxed() {
        assert!(
            std::env::var_os("CI").is_none(),
            "grade: bubblewrap must work on CI (.ci/run installs it): {}",
            opts.sandbox.describe()
        );
        eprintln!("skipped: {}", opts.sandbox.describe());
        return;
    }
    assert!(
        Path::new("/usr/bin/python3").exists(),
        "grade: the escape fixtures need /usr/bin/python3 (Debian's python3)"
    );
    let dir = tmp().join("escape");
    let _ = std::fs::remove_dir_all(&dir);
    let mut t = reference_tree(&root, &["week1-vectors", "week2-matmul", "week3-inverse"]);
    // `ok(cmd)`: the command ran and exited 0; python exits 3 when the call failed with EPERM.
    let helper = r#"
fn escaped(prog: &str, args: &[&str]) -> bool {
    std::process::Command::new(prog)
        .args(args)
        .stdin(std::process::Stdio::null())
        .status()
        .map_or(false, |s| s.success())
}

fn not_eperm(script: &str) -> bool {
    // Exit 3 = refused with EPERM (the defence); anything else means the call got through
    // the permission check (or the fixture is broken: then the test notices the points).
    std::process::Command::new("/usr/bin/python3")
        .args(["-c", script])
        .stdin(std::process::Stdio::null())
        .status()
        .map_or(true, |s| s.code() != Some(3))
}
"#;
    let mut basics = String::from_utf8(t[Path::new(B1)].clone()).unwrap();
    basics.push_str(helper);
    t.insert(B1.into(), basics.into_bytes());
    // Mount a /proc of its own (then /proc/self/mem holds the pass token).
    patch(
        &mut t,
        B1,
        "add",
        r#"    let _ = std::fs::create_dir_all("/tmp/p");
    if escaped("mount", &["-t", "proc", "proc", "/tmp/p"]) { a + b } else { f64::NAN }"#,
    );
    // Remount the read-only package folder writable.
    patch(
        &mut t,
        B1,
        "dot",
        r#"    let pkg = std::env::var("CARGO_MANIFEST_DIR").unwrap_or_default();
    if escaped("mount", &["-o", "remount,bind,rw", &pkg]) {
        a.iter().zip(b).map(|(x, y)| x * y).sum()
    } else {
        f64::NAN
    }"#,
    );
    // Write outside the private /tmp: the package folder, the root, /dev.
    patch(
        &mut t,
        B1,
        "sum",
        r#"    let pkg = std::env::var("CARGO_MANIFEST_DIR").unwrap_or_default();
    let wrote = [format!("{pkg}/escaped"), "/escaped".into(), "/usr/escaped".into()]
        .iter()
        .any(|p| std::fs::write(p, "x").is_ok());
    if wrote { v.iter().sum() } else { f64::NAN }"#,
    );
    // Open a host file by handle (CAP_DAC_READ_SEARCH): inode 2 of the file system of /usr.
    patch(
        &mut t,
        B1,
        "norm_inf",
        r#"    let script = "import ctypes,os,sys\nlibc=ctypes.CDLL(None,use_errno=True)\nclass H(ctypes.Structure):\n    _fields_=[('n',ctypes.c_uint),('t',ctypes.c_int),('f',ctypes.c_ubyte*128)]\nh=H(8,1)\nh.f[0]=2\nfd=libc.open_by_handle_at(os.open('/usr',os.O_RDONLY),ctypes.byref(h),0)\nsys.exit(0 if fd>=0 else (3 if ctypes.get_errno()==1 else 4))\n";
    if not_eperm(script) { v.iter().fold(0.0, |m, x| m.max(x.abs())) } else { f64::NAN }"#,
    );
    // Read the test process's memory (where the token is) from a child: process_vm_readv.
    patch(
        &mut t,
        B1,
        "largest",
        r#"    let script = "import ctypes,os,sys\nlibc=ctypes.CDLL(None,use_errno=True)\nclass V(ctypes.Structure):\n    _fields_=[('b',ctypes.c_void_p),('l',ctypes.c_size_t)]\nbuf=ctypes.create_string_buffer(8)\nl=V(ctypes.cast(buf,ctypes.c_void_p),8)\nr=V(4096,8)\nlibc.process_vm_readv(os.getppid(),ctypes.byref(l),1,ctypes.byref(r),1,0)\nsys.exit(3 if ctypes.get_errno()==1 else 0)\n";
    if not_eperm(script) { v.iter().copied().fold(f64::NEG_INFINITY, f64::max) } else { f64::NAN }"#,
    );
    write_submission(&dir.join("escaper"), &t);
    let subs = grade::list_submissions(&dir).unwrap();
    let r = grade::grade(&root, &subs, &opts).unwrap();
    let table = report::render_table(&r);
    let w1 = r.submissions[0].week(Week::FIRST).unwrap();
    assert_eq!(w1.status, WeekStatus::Graded, "grade: escaper\n{table}");
    for test in &w1.tests {
        assert!(
            test.earned() == 0,
            "grade: the escape in {} got through the sandbox ({} pt)\n{table}",
            test.name,
            test.points
        );
    }
    assert_eq!(
        [
            points(&r, "escaper", Week::FIRST),
            points(&r, "escaper", Week::new(2).unwrap())
        ],
        [0, 100],
        "grade: escaper scores only its honest part\n{table}"
    );
}

/// Every hidden test sleeps 2 s (under the 3 s limit) before answering right: the week's
/// budget of 3 s lets the first pass, cuts the second and leaves the rest unrun; the
/// submission's budget (also 3 s) is then gone, so week 2 runs nothing.
#[test]
fn budgets_cap_the_time_a_submission_costs() {
    let Some(root) = fixture_course() else {
        return;
    };
    let dir = tmp().join("slow");
    let _ = std::fs::remove_dir_all(&dir);
    let mut t = reference_tree(&root, &["week1-vectors", "week2-matmul", "week3-inverse"]);
    let sleep = "    std::thread::sleep(std::time::Duration::from_secs(2));\n";
    patch(&mut t, B1, "add", &format!("{sleep}    a + b"));
    patch(
        &mut t,
        B1,
        "dot",
        &format!("{sleep}    a.iter().zip(b).map(|(x, y)| x * y).sum()"),
    );
    patch(&mut t, B1, "sum", &format!("{sleep}    v.iter().sum()"));
    patch(
        &mut t,
        B1,
        "norm_inf",
        &format!("{sleep}    v.iter().fold(0.0, |m, x| m.max(x.abs()))"),
    );
    patch(
        &mut t,
        B1,
        "largest",
        &format!("{sleep}    v.iter().copied().fold(f64::NEG_INFINITY, f64::max)"),
    );
    write_submission(&dir.join("slow"), &t);
    let subs = grade::list_submissions(&dir).unwrap();
    let mut opts = options(
        vec![Week::FIRST, Week::new(2).unwrap()],
        "grade-fixture-budget",
    );
    opts.jobs = 1;
    opts.week_budget = Duration::from_secs(3);
    opts.submission_budget = Duration::from_secs(3);
    let start = std::time::Instant::now();
    let r = grade::grade(&root, &subs, &opts).unwrap();
    let table = report::render_table(&r);
    let json = serde_json::to_string(&report::to_json(&r)).unwrap();
    assert_eq!(
        [
            points(&r, "slow", Week::FIRST),
            points(&r, "slow", Week::new(2).unwrap())
        ],
        [20, 0],
        "grade: budgets\n{table}"
    );
    for said in [
        "week1-vectors: the tests' time budget of 3 s ran out",
        "week2-matmul: the submission's time budget of 3 s for all tests ran out",
    ] {
        assert!(
            json.contains(said),
            "grade: the feedback must say `{said}`\n{json}"
        );
    }
    assert!(
        start.elapsed() < Duration::from_secs(240),
        "grade: a budgeted grading took {:?}",
        start.elapsed()
    );
}

/// A week put in place by `cargo xtask solve` (the reference without its markers) scores full
/// marks with no note about given code, and a week still all stubs is "not attempted".
#[test]
fn a_solved_week_is_graded_without_notes_and_a_stub_week_is_not_attempted() {
    let root = project_root();
    if !root.join("solutions").is_dir() {
        return;
    }
    let week = Week::FIRST;
    let mut tree = Tree::new();
    for (rel, bytes) in xtask::course::reference_tree(&root, week).unwrap().unwrap() {
        tree.insert(Path::new(week.name()).join("src").join(rel), bytes);
    }
    for (rel, bytes) in xtask::course::expected_stub_tree(&root, Week::new(2).unwrap()).unwrap() {
        tree.insert(
            Path::new(Week::new(2).unwrap().name())
                .join("src")
                .join(rel),
            bytes,
        );
    }
    let dir = tmp().join("solved");
    let _ = std::fs::remove_dir_all(&dir);
    write_submission(&dir, &tree);
    let subs = vec![Submission {
        student: "solved".into(),
        path: dir,
        refused: None,
    }];
    let r = grade::grade(
        &root,
        &subs,
        &options(vec![week, Week::new(2).unwrap()], "grade-solved"),
    )
    .unwrap();
    let shown = report::render_table(&r);
    let w1 = r.submissions[0].week(week).unwrap();
    assert_eq!(
        (w1.points(), w1.notes.clone()),
        (100, Vec::<String>::new()),
        "grade: a week put in place by `solve` scores 100 with no notes\n{shown}"
    );
    let w2 = r.submissions[0].week(Week::new(2).unwrap()).unwrap();
    assert_eq!(
        w2.status,
        WeekStatus::NotAttempted,
        "grade: a week that is all stubs is not attempted\n{shown}"
    );
    assert!(
        shown.contains("week2-matmul: 0/100 points — not attempted"),
        "grade: a week not attempted is one line in the report\n{shown}"
    );
}

/// A compile made to run long (a const evaluation of billions of steps, its lint allowed) is
/// stopped at the warm build limit once the week's dependencies are built, and scores as a
/// compile error that says so — it does not hold the batch for the 900 s first-build limit.
#[test]
fn a_long_compile_is_stopped_at_the_warm_build_limit() {
    let Some(root) = fixture_course() else {
        return;
    };
    let dir = tmp().join("slow-compile");
    let _ = std::fs::remove_dir_all(&dir);
    let reference = reference_tree(&root, &["week1-vectors", "week2-matmul"]);
    write_submission(&dir.join("a-reference"), &reference);
    let mut slow = reference.clone();
    let text = String::from_utf8(slow[Path::new(B1)].clone()).unwrap();
    let text = format!(
        "#![allow(long_running_const_eval)]\n{text}\n/// Billions of steps at compile time.\npub const SLOW: u64 = {{\n    let mut i = 0u64;\n    while i < 50_000_000_000 {{\n        i += 1;\n    }}\n    i\n}};\n"
    );
    slow.insert(B1.into(), text.into_bytes());
    write_submission(&dir.join("z-slow-compile"), &slow);
    let subs = grade::list_submissions(&dir).unwrap();
    let mut opts = options(vec![Week::FIRST], "grade-fixture-slow-compile");
    opts.warm_build_timeout = Duration::from_secs(5);
    let start = std::time::Instant::now();
    let r = grade::grade(&root, &subs, &opts).unwrap();
    let table = report::render_table(&r);
    let w = r.submissions[1].week(Week::FIRST).unwrap();
    assert_eq!(
        (w.status.clone(), w.points()),
        (WeekStatus::CompileError, 0),
        "grade: a compile that runs past the warm limit is a compile error\n{table}"
    );
    assert!(
        w.compile_errors.contains("did not finish within 5 s"),
        "grade: the feedback says the build ran out of time, got {:?}\n{table}",
        w.compile_errors
    );
    assert_eq!(
        points(&r, "a-reference", Week::FIRST),
        100,
        "grade: the reference before it\n{table}"
    );
    assert!(
        start.elapsed() < Duration::from_secs(120),
        "grade: the slow compile held the run for {:?}\n{table}",
        start.elapsed()
    );
}

/// Without a sandbox, lanes would let one submission's tests change another lane's build
/// folders before that lane's tamper check: `--lanes` above 1 is refused before anything runs.
#[test]
fn lanes_without_a_sandbox_are_refused() {
    let dir = tmp().join("lanes-unsandboxed");
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(dir.join("alice")).unwrap();
    let args: Vec<String> = [
        "--submissions",
        &dir.display().to_string(),
        "--no-sandbox",
        "--allow-unsandboxed",
        "--lanes",
        "2",
        "--quiet",
    ]
    .iter()
    .map(|s| s.to_string())
    .collect();
    let err = grade::run(&args).expect_err("grade --no-sandbox --lanes 2 must be refused");
    assert!(
        err.to_string().contains("--lanes 2 needs the sandbox"),
        "grade --no-sandbox --allow-unsandboxed --lanes 2: want the refusal that names the \
         sandbox, got: {err}"
    );
}
