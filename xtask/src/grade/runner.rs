//! Running hidden tests, one process each, and deciding pass or fail.
//!
//! Each test runs as `<test binary> --exact NAME --test-threads=1 --nocapture`, with
//! `COURSE_GRADE_TOKEN_ON_STDIN=1` and a fresh random token on its standard input. The test's
//! first statement, `let _points = points(N);` (week 1's given `testing::points`), reads the
//! token before any learner code runs; its guard prints `course-grade-pass:<token>` only when
//! the test body returned without panicking. A test passes when that line is in its output
//! AND the process exited with status 0. Exit status alone (`process::exit(0)` in an exercise)
//! and text the learner's code prints (fake `test x ... ok` lines) are not evidence.

use super::report::{Outcome, TestResult};
use super::sandbox::{self, Sandbox};
use crate::exec::{Exit, Limits};
use crate::testrun::{Panic, panics, strip_thread};
use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::{Arc, Mutex};

/// The environment variable that makes `points(N)` read the token (week 1's `grading.rs`).
pub const TOKEN_ENV: &str = "COURSE_GRADE_TOKEN_ON_STDIN";
/// What the guard prints before the token (week 1's `grading.rs`).
pub const PASS_PREFIX: &str = "course-grade-pass:";
/// Largest failure message kept in the report.
pub const MAX_MESSAGE_CHARS: usize = 1500;
/// Most lines of a failure message kept.
pub const MAX_MESSAGE_LINES: usize = 15;
/// Bytes of stdout and of stderr kept of each test process.
pub const OUTPUT_CAP: usize = 64 * 1024;

/// One hidden test to run.
#[derive(Debug, Clone)]
pub struct Job {
    pub binary: String,
    pub name: String,
    /// What libtest calls the test in its binary (`--exact`): `name`, or `<binary>::<name>`
    /// when the week's hidden test files were built as one binary.
    pub path_in_binary: String,
    pub points: u32,
    /// The test executable's bytes, read as soon as cargo wrote it (before any learner code
    /// ran), or why there is none. Every run gets a fresh copy of exactly these bytes, so a
    /// test process that overwrites a binary cannot change what a later test runs.
    pub exe: Result<Arc<Vec<u8>>, String>,
}

/// Where the copies of the test binaries are written, one per run, and removed after it.
#[derive(Debug, Clone)]
pub struct Stage {
    pub dir: PathBuf,
}

impl Stage {
    /// Writes `bytes` to a new file of the stage with mode `0o111` (execute only: a process
    /// that cannot read its own executable is not dumpable, so without capabilities nothing
    /// can `ptrace` it or read its memory with `process_vm_readv`, the route to the pass token
    /// when `/proc` is closed), refusing to follow or reuse anything already there.
    fn write(&self, bytes: &[u8]) -> std::io::Result<PathBuf> {
        use std::os::unix::fs::{OpenOptionsExt, PermissionsExt};
        std::fs::create_dir_all(&self.dir)?;
        let token = sandbox::random_token()?;
        let path = self.dir.join(format!("test-{}", &token[..16]));
        // No process may be forked while the file is open for writing (see SPAWN_LOCK).
        let no_spawn = crate::exec::SPAWN_LOCK
            .lock()
            .unwrap_or_else(|e| e.into_inner());
        let mut f = std::fs::File::options()
            .write(true)
            .create_new(true)
            .mode(0o700)
            .open(&path)?;
        // Not synced to disk: the copy is executed at once, from the page cache, and deleted
        // after the run (an fsync per test cost a disk flush of about 1 MB, 250 times a
        // submission).
        std::io::Write::write_all(&mut f, bytes)?;
        drop(f);
        drop(no_spawn);
        std::fs::set_permissions(&path, std::fs::Permissions::from_mode(0o111))?;
        Ok(path)
    }
}

/// Runs `jobs` (on `parallel` threads; results in the order of `jobs`), each with the package
/// folder `pkg_dir` as working directory and `CARGO_MANIFEST_DIR`.
pub fn run_jobs(
    jobs: &[Job],
    pkg_dir: &Path,
    sandbox: &Sandbox,
    stage: &Stage,
    timeout: std::time::Duration,
    budget: &Budget,
    parallel: usize,
) -> Vec<TestResult> {
    let results: Mutex<Vec<Option<TestResult>>> = Mutex::new(vec![None; jobs.len()]);
    let next = AtomicUsize::new(0);
    std::thread::scope(|s| {
        for _ in 0..parallel.clamp(1, jobs.len().max(1)) {
            s.spawn(|| {
                loop {
                    let i = next.fetch_add(1, Ordering::SeqCst);
                    let Some(job) = jobs.get(i) else { break };
                    let r = match budget.remaining() {
                        Some(left) if left < timeout => {
                            let mut r = run_one(job, pkg_dir, sandbox, stage, left);
                            if r.outcome == Outcome::Timeout {
                                r.message = format!("timed out: {}", budget.what);
                            }
                            r
                        }
                        Some(_) => run_one(job, pkg_dir, sandbox, stage, timeout),
                        None => result(job, Outcome::Timeout, budget.exhausted_message()),
                    };
                    results.lock().unwrap_or_else(|e| e.into_inner())[i] = Some(r);
                }
            });
        }
    });
    results
        .into_inner()
        .unwrap_or_else(|e| e.into_inner())
        .into_iter()
        .flatten()
        .collect()
}

/// A wall-clock budget shared by a set of test runs (a week's tests, a submission's weeks):
/// each test's time limit is cut to what is left, and once it is gone the remaining tests are
/// not run and score 0.
#[derive(Debug)]
pub struct Budget {
    deadline: std::time::Instant,
    /// E.g. "week 3: the tests' time budget of 60 s ran out".
    what: String,
}

impl Budget {
    /// A budget ending `secs` from now, described as `what` in the feedback.
    pub fn new(deadline: std::time::Instant, what: String) -> Budget {
        Budget { deadline, what }
    }

    /// The time left, or `None` when it is gone.
    pub fn remaining(&self) -> Option<std::time::Duration> {
        let left = self
            .deadline
            .saturating_duration_since(std::time::Instant::now());
        (!left.is_zero()).then_some(left)
    }

    /// The feedback of a test that was not run because the budget was gone.
    pub fn exhausted_message(&self) -> String {
        format!("not run: {}; the remaining tests score 0", self.what)
    }
}

fn result(job: &Job, outcome: Outcome, message: String) -> TestResult {
    TestResult {
        binary: job.binary.clone(),
        name: job.name.clone(),
        points: job.points,
        outcome,
        message: truncate_message(&message),
    }
}

/// Runs one hidden test in its own process.
pub fn run_one(
    job: &Job,
    pkg_dir: &Path,
    sandbox: &Sandbox,
    stage: &Stage,
    timeout: std::time::Duration,
) -> TestResult {
    let bytes = match &job.exe {
        Ok(b) => b,
        Err(why) => return result(job, Outcome::NotBuilt, why.clone()),
    };
    let exe = match stage.write(bytes) {
        Ok(p) => p,
        Err(e) => {
            return result(
                job,
                Outcome::Crash,
                format!("grader: could not stage the test binary: {e}"),
            );
        }
    };
    let r = run_staged(job, &exe, pkg_dir, sandbox, timeout);
    let _ = std::fs::remove_file(&exe);
    r
}

fn run_staged(
    job: &Job,
    exe: &Path,
    pkg_dir: &Path,
    sandbox: &Sandbox,
    timeout: std::time::Duration,
) -> TestResult {
    let token = match sandbox::random_token() {
        Ok(t) => t,
        Err(e) => return result(job, Outcome::Crash, format!("grader: no random token: {e}")),
    };
    let env: Vec<(String, String)> = [
        ("PATH", "/usr/bin:/bin"),
        (TOKEN_ENV, "1"),
        ("RUST_BACKTRACE", "0"),
        ("INSTA_UPDATE", "no"),
        ("CI", "true"),
        ("HOME", "/tmp"),
        ("TMPDIR", "/tmp"),
    ]
    .into_iter()
    .map(|(k, v)| (k.to_string(), v.to_string()))
    .chain([(
        "CARGO_MANIFEST_DIR".to_string(),
        pkg_dir.display().to_string(),
    )])
    .collect();
    let args: Vec<String> = vec![
        "--exact".into(),
        job.path_in_binary.clone(),
        "--test-threads=1".into(),
        "--nocapture".into(),
    ];
    let cmd = sandbox.command(exe, &args, &[], pkg_dir, &env);
    let marker = format!("\n{PASS_PREFIX}{token}\n");
    let limits = Limits {
        timeout,
        output_cap: OUTPUT_CAP,
    };
    let out = match sandbox.run(
        cmd,
        format!("{token}\n").as_bytes(),
        marker.as_bytes(),
        limits,
    ) {
        Ok(o) => o,
        Err(e) => {
            return result(
                job,
                Outcome::Crash,
                format!("grader: could not start the test: {e}"),
            );
        }
    };
    let stderr = String::from_utf8_lossy(&out.stderr);
    let panic = panic_message(&stderr);
    match (out.exit, out.marker_seen) {
        (Exit::Code(0), true) => result(job, Outcome::Pass, String::new()),
        (Exit::TimedOut, _) => result(
            job,
            Outcome::Timeout,
            format!(
                "timed out after {} s (the test's whole process group was killed)",
                timeout.as_secs_f64()
            ),
        ),
        (Exit::Code(0), false) => result(
            job,
            Outcome::NoProof,
            "exited with status 0 before the test finished (no pass token): \
             `process::exit` in an exercise?"
                .to_string(),
        ),
        (Exit::Code(101), false) => result(
            job,
            Outcome::Fail,
            panic.unwrap_or_else(|| "the test failed (exit status 101)".to_string()),
        ),
        (exit, true) => result(
            job,
            Outcome::Fail,
            format!(
                "the test body finished, but then the process ended with {}",
                exit.describe()
            ),
        ),
        (exit, false) => {
            let detail = crash_detail(&stderr).or(panic);
            result(
                job,
                Outcome::Crash,
                match detail {
                    Some(d) => format!("the test process crashed ({d}): {}", exit.describe()),
                    None => format!("the test process crashed: {}", exit.describe()),
                },
            )
        }
    }
}

/// The last panic in `stderr`: its message first, then where it happened.
pub fn panic_message(stderr: &str) -> Option<String> {
    let Panic { location, body } = panics(stderr).pop()?;
    let mut msg = if body.is_empty() {
        "panicked".to_string()
    } else {
        body.join("\n")
    };
    // A bare `assert!(cond)` in a hidden test would quote the test's source.
    let in_hidden = location.starts_with("tests/hidden") || location.contains("/tests/hidden");
    if in_hidden && msg.starts_with("assertion failed: ") {
        msg = "assertion failed (the hidden test's condition is not shown)".to_string();
    }
    Some(format!("{msg}\n(panicked at {location})"))
}

/// The runtime's own words for a crash (stack overflow, abort), without thread ids.
fn crash_detail(stderr: &str) -> Option<String> {
    let l = stderr
        .lines()
        .find(|l| l.contains("has overflowed its stack") || l.starts_with("fatal runtime error"))?;
    let l = strip_thread(l);
    Some(if l.starts_with("has overflowed its stack") {
        "stack overflow".to_string()
    } else {
        l.to_string()
    })
}

/// At most `MAX_MESSAGE_LINES` lines and `MAX_MESSAGE_CHARS` characters.
pub fn truncate_message(m: &str) -> String {
    crate::text::truncate(
        m,
        Some(MAX_MESSAGE_LINES),
        MAX_MESSAGE_CHARS,
        " … (truncated)",
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn panic_messages_lose_thread_ids_and_keep_the_place() {
        let err = "noise\nthread 'dot_works' (4242) panicked at tests/hidden_a.rs:9:5:\ndot([1,2],[3,4]) = 0, expected 11\nnote: run with `RUST_BACKTRACE=1` environment variable to display a backtrace\n";
        assert_eq!(
            panic_message(err).unwrap(),
            "dot([1,2],[3,4]) = 0, expected 11\n(panicked at tests/hidden_a.rs:9:5)"
        );
        let old = "thread 'x' panicked at src/a.rs:1:1:\nnot yet implemented: add\n";
        assert_eq!(
            panic_message(old).unwrap(),
            "not yet implemented: add\n(panicked at src/a.rs:1:1)"
        );
    }

    #[test]
    fn bare_assertions_of_hidden_tests_are_not_quoted() {
        let err = "thread 't' panicked at tests/hidden_a.rs:9:5:\nassertion failed: secret_ratio < 30.0\n";
        assert_eq!(
            panic_message(err).unwrap(),
            "assertion failed (the hidden test's condition is not shown)\n(panicked at tests/hidden_a.rs:9:5)"
        );
        let own = "thread 't' panicked at week1-vectors/src/a.rs:2:5:\nassertion failed: n > 0\n";
        assert!(
            panic_message(own)
                .unwrap()
                .starts_with("assertion failed: n > 0")
        );
    }

    #[test]
    fn stack_overflows_are_named() {
        let err = "\nthread 'sum_works' (77) has overflowed its stack\nfatal runtime error: stack overflow, aborting\n";
        assert_eq!(crash_detail(err).as_deref(), Some("stack overflow"));
    }

    #[test]
    fn the_constants_match_week_1s_grading_module() {
        let path =
            crate::project::project_root().join("solutions/week1-vectors/src/testing/grading.rs");
        let Ok(text) = std::fs::read_to_string(path) else {
            return; // a student release has no solutions/
        };
        assert!(text.contains(&format!("\"{TOKEN_ENV}\"")));
        assert!(text.contains(&format!("\"{PASS_PREFIX}\"")));
        assert!(text.contains("\\n{PASS_PREFIX}{token}"));
    }

    #[test]
    fn long_messages_are_cut() {
        let m = (0..40)
            .map(|i| i.to_string())
            .collect::<Vec<_>>()
            .join("\n");
        let t = truncate_message(&m);
        assert_eq!(t.lines().count(), MAX_MESSAGE_LINES);
        assert!(t.ends_with("(truncated)"));
    }
}
