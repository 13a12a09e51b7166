//! `cargo xtask grade`: the instructor's grader (instructor's guide: docs/grading.md).
//!
//! For each submission and each week, in a scratch workspace of its own (`grade-<week>`; all
//! weeks share the target dir `grade-target`, so that the dependencies are built once, and the
//! reference weeks below once per week, and reused for every submission):
//!
//! 1. vet the submission ([`submission`]): only `<week>/src/**/*.rs`, no symlinks, given files
//!    and everything else from the template, missing files from the stub; a file that would
//!    make the compiler read another file is refused before anything is built ([`file_access`]);
//! 2. assemble weeks 1..N−1 from the reference and week N from the vetted files, WITHOUT hidden
//!    tests, and build the learner's library ([`compile`]); a compile error scores 0 with the
//!    compiler's first errors; a library that read files outside its `src/` is refused;
//! 3. build the signature probe ([`signatures`]): a changed exercise signature costs the
//!    hidden tests that use it;
//! 4. add the hidden tests and build them (the library must not be rebuilt), read the binaries
//!    into memory, delete them from the target dir, and remove the hidden-test sources again;
//! 5. run each hidden test in its own process from a fresh execute-only copy, within the
//!    week's and the submission's time budgets ([`runner`], [`sandbox`]; without a sandbox,
//!    [`tamper`] checks that the tests left the build folders alone).
//!
//! Weeks without a reference or hidden tests are "not available", never an error.

pub mod compile;
pub mod compile_jail;
pub mod file_access;
pub mod gradescope;
pub mod junit;
pub mod merge;
pub mod meta;
#[cfg(test)]
mod outputs_tests;
pub mod prairielearn;
pub mod report;
pub mod runner;
pub mod sandbox;
pub mod signatures;
pub mod submission;
pub mod tamper;

use crate::course::Week;
use crate::error::{Context, Error, Result};
use crate::points::{PointsTable, hidden_points};
use crate::project::{display_rel, project_root};
use crate::scratch::{self, Src};
use compile::LibBuild;
use report::{Outcome, Report, SubmissionReport, TestResult, WeekReport, WeekStatus};
use sandbox::Sandbox;
use std::collections::{BTreeMap, BTreeSet};
use std::io::IsTerminal;
use std::path::{Path, PathBuf};
use std::sync::Mutex;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::time::{Duration, Instant};

/// The default time limit of one hidden test (its own process, wall clock).
pub const DEFAULT_TIMEOUT_SECS: f64 = 5.0;
/// The default time limit of one cargo build.
pub const DEFAULT_BUILD_TIMEOUT_SECS: u64 = 900;
/// The default wall-clock budget for all hidden tests of one week of one submission. The
/// reference runs a week's tests in about a second; a submission whose tests each sleep just
/// under `--timeout` would otherwise cost (tests × timeout), e.g. 204 × 5 s ≈ 17 min.
pub const DEFAULT_WEEK_BUDGET_SECS: f64 = 60.0;
/// The time limit of a build once the week's dependencies are built (the submission's crate, the
/// signature probe, the hidden tests: seconds each for the reference), when `--build-timeout` is
/// not lower.
pub const WARM_BUILD_TIMEOUT: Duration = Duration::from_secs(120);
/// The default wall-clock budget for the hidden tests of all weeks of one submission.
pub const DEFAULT_SUBMISSION_BUDGET_SECS: f64 = 180.0;

/// One submission to grade.
#[derive(Debug, Clone)]
pub struct Submission {
    /// The name in the gradebook (the folder's name).
    pub student: String,
    pub path: PathBuf,
    /// Why the whole submission is refused (e.g. its folder is a symbolic link).
    pub refused: Option<String>,
}

/// How to grade.
#[derive(Debug, Clone)]
pub struct Options {
    /// The weeks to grade, sorted.
    pub weeks: Vec<Week>,
    pub timeout: Duration,
    /// The time limit of one cargo build (it also covers compiling the dependencies and the
    /// reference weeks the first time).
    pub build_timeout: Duration,
    pub sandbox: Sandbox,
    /// The time limit of a build once the week's dependencies are built (at most
    /// `build_timeout`): [`WARM_BUILD_TIMEOUT`] by default.
    pub warm_build_timeout: Duration,
    /// Wall clock for all hidden tests of one week of one submission.
    pub week_budget: Duration,
    /// Wall clock for all hidden tests of one submission.
    pub submission_budget: Duration,
    /// Hidden tests run at once (in each lane).
    pub jobs: usize,
    /// Submissions graded at once, each lane in scratch workspaces and a target dir of its own
    /// ([`lane_prefix`]); results are in submission order whatever the number.
    pub lanes: usize,
    /// Scratch workspaces are `<prefix>-<week>` under the scratch root.
    pub workspace_prefix: String,
    /// Print a progress line on stderr.
    pub progress: bool,
}

impl Options {
    /// All six weeks, the default time limit, bubblewrap if it works, one job, progress on.
    pub fn new() -> Options {
        Options {
            weeks: Week::all().collect(),
            timeout: Duration::from_secs_f64(DEFAULT_TIMEOUT_SECS),
            build_timeout: Duration::from_secs(DEFAULT_BUILD_TIMEOUT_SECS),
            warm_build_timeout: WARM_BUILD_TIMEOUT,
            sandbox: Sandbox::detect(true),
            week_budget: Duration::from_secs_f64(DEFAULT_WEEK_BUDGET_SECS),
            submission_budget: Duration::from_secs_f64(DEFAULT_SUBMISSION_BUDGET_SECS),
            jobs: 1,
            lanes: 1,
            workspace_prefix: "grade".into(),
            progress: true,
        }
    }
}

impl Default for Options {
    fn default() -> Self {
        Options::new()
    }
}

/// The progress line: rewritten in place on a terminal, one line per step otherwise.
struct Progress {
    on: bool,
    tty: bool,
    width: usize,
}

impl Progress {
    fn new(on: bool) -> Progress {
        Progress {
            on,
            tty: std::io::stderr().is_terminal(),
            width: 0,
        }
    }
    fn say(&mut self, msg: &str) {
        if !self.on {
            return;
        }
        if self.tty {
            let pad = self.width.saturating_sub(msg.chars().count());
            eprint!("\r{msg}{}", " ".repeat(pad));
            self.width = msg.chars().count();
        } else {
            eprintln!("{msg}");
        }
    }
    fn done(&mut self) {
        if self.on && self.tty && self.width > 0 {
            eprint!("\r{}\r", " ".repeat(self.width));
        }
    }
}

/// The sub-folders of `dir`, sorted by name; hidden ones (`.x`) are skipped, symbolic links
/// are listed as refused.
pub fn list_submissions(dir: &Path) -> Result<Vec<Submission>> {
    let entries = std::fs::read_dir(dir).op("reading", dir)?;
    let mut out = Vec::new();
    for e in entries.filter_map(Result::ok) {
        let name = e.file_name().to_string_lossy().into_owned();
        if name.starts_with('.') {
            continue;
        }
        let path = e.path();
        let Ok(meta) = std::fs::symlink_metadata(&path) else {
            continue;
        };
        if meta.file_type().is_symlink() {
            out.push(Submission {
                student: name,
                path,
                refused: Some("the submission's folder is a symbolic link: refused".into()),
            });
        } else if meta.is_dir() {
            out.push(Submission {
                student: name,
                path,
                refused: None,
            });
        }
    }
    out.sort_by(|a, b| a.student.cmp(&b.student));
    Ok(out)
}

/// What a week can be graded with, decided once per run before any submission.
enum WeekTable {
    /// The hidden tests and their points.
    Ready(PointsTable),
    /// The course has nothing to grade this week with yet (not the grader's fault).
    NotAvailable(String),
    /// The hidden tests could not be read: a fault of the grader's setup, reported as such.
    GraderError(String),
}

/// Grades `subs` against the template (and hidden tests) at `root`.
///
/// # Errors
/// Only when grading cannot start (e.g. no `solutions/` at `root`); problems of a week become
/// that week's status.
pub fn grade(root: &Path, subs: &[Submission], opts: &Options) -> Result<Report> {
    if !root.join("solutions").is_dir() {
        return Err(Error::Msg(format!(
            "grade: no solutions/ in {}: grading needs the instructor's repository (the hidden \
             tests live in solutions/<week>/tests)",
            root.display()
        )));
    }
    let mut tables: BTreeMap<Week, WeekTable> = BTreeMap::new();
    for &w in &opts.weeks {
        let t = if !w.has_reference(root) || !w.dir(root).join("Cargo.toml").is_file() {
            WeekTable::NotAvailable("no reference solution for this week yet".to_string())
        } else {
            match hidden_points(root, w) {
                Ok(t) if t.is_empty() => {
                    WeekTable::NotAvailable("no hidden tests for this week yet".to_string())
                }
                Ok(t) => WeekTable::Ready(t),
                Err(e) => WeekTable::GraderError(e.to_string()),
            }
        };
        tables.insert(w, t);
    }
    let started = std::time::SystemTime::now();
    let clock = Instant::now();
    let progress = Mutex::new(Progress::new(opts.progress));
    // Without a sandbox one lane's tests run as the grader and could change another lane's
    // build folders while that lane builds, before its tamper snapshot: one lane only.
    let lanes = if opts.sandbox.is_sandboxed() {
        opts.lanes.clamp(1, subs.len().max(1))
    } else {
        1
    };
    // With more than one lane the compile jail's script is written once, before any lane
    // builds (a lane must not run it while another rewrites it); one lane writes it when it
    // first builds, as it always has.
    let jail = if lanes > 1 {
        Some(compile_jail::Jail::prepare(
            &scratch::scratch_root(root),
            &opts.sandbox,
        )?)
    } else {
        None
    };
    let next = AtomicUsize::new(0);
    let graded: Mutex<Vec<(usize, SubmissionReport)>> = Mutex::new(Vec::new());
    let timings: Mutex<BTreeMap<String, f64>> = Mutex::new(BTreeMap::new());
    std::thread::scope(|scope| {
        for lane in 0..lanes {
            let (tables, progress, next, graded, timings, jail) =
                (&tables, &progress, &next, &graded, &timings, &jail);
            scope.spawn(move || {
                let lane_opts = Options {
                    workspace_prefix: lane_prefix(&opts.workspace_prefix, lane),
                    ..opts.clone()
                };
                let mut state = RunState {
                    jail: jail.clone(),
                    ..RunState::default()
                };
                let mut lane_timings = BTreeMap::new();
                loop {
                    let i = next.fetch_add(1, Ordering::SeqCst);
                    let Some(sub) = subs.get(i) else { break };
                    let label = format!("[{}/{}] {}", i + 1, subs.len(), sub.student);
                    let report = grade_submission(
                        root,
                        sub,
                        &label,
                        tables,
                        &lane_opts,
                        &mut state,
                        &mut lane_timings,
                        progress,
                    );
                    lock(graded).push((i, report));
                }
                let mut all = lock(timings);
                for (phase, secs) in lane_timings {
                    *all.entry(phase).or_insert(0.0) += secs;
                }
            });
        }
    });
    let mut graded = graded.into_inner().unwrap_or_else(|e| e.into_inner());
    graded.sort_by_key(|(i, _)| *i);
    let reports: Vec<SubmissionReport> = graded.into_iter().map(|(_, r)| r).collect();
    let timings = timings.into_inner().unwrap_or_else(|e| e.into_inner());
    lock(&progress).done();
    Ok(Report {
        graded_at: meta::rfc3339(started),
        course_commit: meta::course_commit(root),
        grader_version: meta::GRADER_VERSION.to_string(),
        elapsed_secs: clock.elapsed().as_secs_f64(),
        timings,
        sandbox: opts.sandbox.describe(),
        sandboxed: opts.sandbox.is_sandboxed(),
        timeout_secs: opts.timeout.as_secs_f64(),
        weeks: opts.weeks.clone(),
        submissions: reports,
    })
}

/// The workspace prefix of lane `lane` of a run whose prefix is `prefix`: lane 0 keeps it (one
/// lane grades exactly as before, in `grade-week1-vectors` and `grade-target`), lane k > 0 uses
/// `<prefix>-laneK`, so that its scratch workspaces and its target dir are its own (cargo
/// locks a target dir for the whole of a build, so two lanes on one would take turns). Each
/// lane builds the dependencies and reference weeks once, in its own target dir.
pub fn lane_prefix(prefix: &str, lane: usize) -> String {
    if lane == 0 {
        prefix.to_string()
    } else {
        format!("{prefix}-lane{lane}")
    }
}

/// `m`'s value, also after a thread that held it panicked.
fn lock<T>(m: &Mutex<T>) -> std::sync::MutexGuard<'_, T> {
    m.lock().unwrap_or_else(|e| e.into_inner())
}

/// Grades every week of one submission (`label`, e.g. `[3/200] alice`, leads its progress
/// lines), adding the time of each phase to `timings`.
#[allow(clippy::too_many_arguments)]
fn grade_submission(
    root: &Path,
    sub: &Submission,
    label: &str,
    tables: &BTreeMap<Week, WeekTable>,
    opts: &Options,
    state: &mut RunState,
    timings: &mut BTreeMap<String, f64>,
    progress: &Mutex<Progress>,
) -> SubmissionReport {
    let mut weeks = Vec::new();
    state.submission_left = opts.submission_budget;
    for &w in &opts.weeks {
        let label = format!("{label} {}", w.name());
        let r = match &tables[&w] {
            WeekTable::GraderError(why) => {
                WeekReport::ungraded(w, WeekStatus::Error(why.clone()), 0)
            }
            WeekTable::NotAvailable(why) => {
                WeekReport::ungraded(w, WeekStatus::NotAvailable(why.clone()), 0)
            }
            WeekTable::Ready(table) => {
                let mut last: Option<(String, Instant)> = None;
                let mut say = |m: &str| {
                    // Where the time goes: each phase lasts until the next one is said.
                    let phase = if m.starts_with("running ") {
                        "running the hidden tests".to_string()
                    } else {
                        m.to_string()
                    };
                    if let Some((p, t)) = last.replace((phase, Instant::now())) {
                        *timings.entry(p).or_insert(0.0) += t.elapsed().as_secs_f64();
                    }
                    lock(progress).say(&format!("{label}: {m}"));
                };
                let r = grade_week(root, sub, w, table, opts, state, &mut say);
                if let Some((p, t)) = last.take() {
                    *timings.entry(p).or_insert(0.0) += t.elapsed().as_secs_f64();
                }
                r.unwrap_or_else(|e| {
                    WeekReport::ungraded(w, WeekStatus::Error(e.to_string()), table.values().sum())
                })
            }
        };
        weeks.push(r);
    }
    let mut notes: Vec<String> = sub.refused.iter().cloned().collect();
    if sub.refused.is_none() && !Week::all().any(|w| w.dir(&sub.path).exists()) {
        notes.push(format!(
            "no week folder (week1-vectors, …) in {}: is the checkout one folder deeper?",
            sub.path.display()
        ));
    }
    SubmissionReport {
        student: sub.student.clone(),
        path: sub.path.display().to_string(),
        weeks,
        notes,
    }
}

/// The phase (in the progress line and the report's `timings`) of a week whose hidden test files
/// did not build as one binary and are built one by one.
pub const HIDDEN_ONE_BY_ONE: &str = "building the hidden tests one by one";

/// One grader at a time per scratch workspace (two graders would overwrite each other's
/// sources and test binaries): a lock folder `<workspace>.lock` holding the owner's process
/// id; a lock whose process is gone is taken over.
pub struct GradeLock(PathBuf);

impl GradeLock {
    pub fn acquire(ws: &Path) -> Result<GradeLock> {
        let parent = ws.parent().unwrap_or(ws);
        std::fs::create_dir_all(parent).map_err(|e| format!("{}: {e}", parent.display()))?;
        let mut dir = ws.as_os_str().to_owned();
        dir.push(".lock");
        let dir = PathBuf::from(dir);
        let me = std::process::id().to_string();
        let mut waited = Duration::ZERO;
        loop {
            match std::fs::create_dir(&dir) {
                Ok(()) => {
                    let _ = std::fs::write(dir.join("pid"), &me);
                    return Ok(GradeLock(dir));
                }
                Err(e) if e.kind() == std::io::ErrorKind::AlreadyExists => {
                    let owner = std::fs::read_to_string(dir.join("pid")).unwrap_or_default();
                    let alive = !owner.is_empty() && Path::new("/proc").join(owner.trim()).exists();
                    // A lock with no pid yet is being created: give its owner a moment.
                    let stale = if owner.is_empty() {
                        waited > Duration::from_secs(5)
                    } else {
                        !alive && owner.trim() != me
                    };
                    if stale {
                        let _ = std::fs::remove_dir_all(&dir);
                        continue;
                    }
                    if waited == Duration::from_secs(2) {
                        eprintln!(
                            "grade: waiting for another grader using {} (pid {})",
                            ws.display(),
                            owner.trim()
                        );
                    }
                    std::thread::sleep(Duration::from_millis(50));
                    waited += Duration::from_millis(50);
                }
                Err(e) => return Err(Error::Msg(format!("{}: {e}", dir.display()))),
            }
        }
    }
}

impl Drop for GradeLock {
    fn drop(&mut self) {
        let _ = std::fs::remove_dir_all(&self.0);
    }
}

/// What one grading run reads or does once.
#[derive(Default)]
struct RunState {
    /// Weeks whose scratch workspace has had `cargo fetch`.
    fetched: BTreeSet<Week>,
    /// `solutions/<week>/src` of the weeks below the graded ones.
    references: BTreeMap<Week, BTreeMap<PathBuf, Vec<u8>>>,
    /// The signature probe of each week, generated from its stubs once per run.
    stubs: BTreeMap<Week, signatures::Probe>,
    /// What is left of the current submission's test-time budget.
    submission_left: Duration,
    /// Weeks whose dependencies and reference weeks are built in this run's target dir.
    built: BTreeSet<Week>,
    /// How the learner's library is compiled in the sandbox (prepared once per run; `None`
    /// inside when there is no sandbox).
    jail: Option<Option<compile_jail::Jail>>,
}

/// Every hidden test of the week failing with the same message.
fn all_failing(table: &PointsTable, outcome: Outcome, message: &str) -> Vec<TestResult> {
    table
        .iter()
        .map(|((binary, name), &points)| TestResult {
            binary: binary.clone(),
            name: name.clone(),
            points,
            outcome,
            message: message.to_string(),
        })
        .collect()
}

/// Grades one week of one submission.
///
/// # Errors
/// Problems of the grader or the template (the report shows them as a grader error).
fn grade_week(
    root: &Path,
    sub: &Submission,
    week: Week,
    table: &PointsTable,
    opts: &Options,
    state: &mut RunState,
    say: &mut dyn FnMut(&str),
) -> Result<WeekReport> {
    let mut r = WeekReport {
        week,
        status: WeekStatus::Graded,
        max_points: table.values().sum(),
        tests: Vec::new(),
        compile_errors: String::new(),
        notes: Vec::new(),
    };
    if sub.refused.is_some() {
        r.tests = all_failing(table, Outcome::NotBuilt, "the submission was refused");
        return Ok(r);
    }
    say("reading the submission");
    let vetted = submission::vet_week(root, &sub.path, week)?;
    r.notes = vetted.notes.clone();
    if vetted.refused {
        r.status = WeekStatus::Refused;
        r.compile_errors = "the week's folder was refused (see the note)".into();
        r.tests = all_failing(table, Outcome::NotBuilt, "refused");
        return Ok(r);
    }
    if vetted.nothing_taken || vetted.untouched {
        r.status = WeekStatus::NotAttempted;
        r.tests = all_failing(
            table,
            Outcome::NotBuilt,
            "not attempted: every exercise of the week is still the stub (not built)",
        );
        return Ok(r);
    }
    // Nothing is compiled that would read another file (the hidden tests, the reference, …):
    // a failed build could print what it read.
    let reads: Vec<String> = vetted
        .taken
        .iter()
        .filter_map(|rel| {
            let text = String::from_utf8_lossy(vetted.files.get(rel)?);
            let why = file_access::forbidden_file_access(&text)?;
            Some(format!("  {}/src/{}: {why}", week.name(), rel.display()))
        })
        .collect();
    if !reads.is_empty() {
        r.status = WeekStatus::Refused;
        r.compile_errors = format!(
            "the code would read files at compile time, refused (not compiled):\n{}",
            reads.join("\n")
        );
        r.tests = all_failing(table, Outcome::NotBuilt, "refused");
        return Ok(r);
    }
    let name = format!("{}-{}", opts.workspace_prefix, week.name());
    // One target dir for every week of this grading run, so the dependencies are built once.
    // Sharing is safe: `scratch::assemble` tags each workspace's week versions with its name, so
    // `week1-vectors` of grade-week1 (the learner's) and of grade-week2 (the reference) are
    // different artifacts, never one overwritten by the other.
    let scratch_root = scratch::scratch_root(root);
    let target = scratch_root.join(format!("{}-target", opts.workspace_prefix));
    let _lock = GradeLock::acquire(&scratch_root.join(&name))?;
    // The weeks below from the reference, read once per run: all three assemblies of this
    // week must hold the same sources, or cargo would rebuild the learner's library.
    for w in week.before() {
        if let std::collections::btree_map::Entry::Vacant(e) = state.references.entry(w) {
            e.insert(scratch::read_tree(&w.solution_dir(root).join("src"))?);
        }
    }
    let layers = |hidden| {
        let mut l = scratch::graded_layers(week, Src::Files(vetted.files.clone()), hidden);
        for layer in l.iter_mut().filter(|l| l.week != week) {
            layer.src = Src::Files(state.references[&layer.week].clone());
        }
        l
    };

    // 1. The learner's library, with no hidden test in the workspace.
    let ws = scratch::assemble(root, &name, &layers(false))?;
    if !state.fetched.contains(&week) {
        say("fetching dependencies");
        compile::fetch(&ws, &target, opts.build_timeout)?;
        state.fetched.insert(week);
    }
    if let std::collections::btree_map::Entry::Vacant(e) = state.stubs.entry(week) {
        let stubs = crate::course::expected_stub_tree(root, week)?;
        let files: Vec<PathBuf> = crate::course::exercise_files(root, week)?
            .into_iter()
            .collect();
        e.insert(signatures::probe(week, &stubs, &files));
    }
    let probe = state.stubs[&week].clone();
    if state.jail.is_none() {
        state.jail = Some(compile_jail::Jail::prepare(&scratch_root, &opts.sandbox)?);
    }
    // Every build of this workspace with the same environment, or cargo would rebuild.
    let build_env = match state.jail.as_ref().and_then(Option::as_ref) {
        Some(jail) => jail.env(&ws, &target, week),
        None => compile::graded_build_env(),
    };
    say("building the submitted code");
    // The first build of a week in a run also compiles the dependencies and the reference weeks
    // below; after that a build compiles only the submission's crate (or the hidden tests), so
    // a compile that runs long (a macro or const evaluation made to) is stopped much sooner.
    let build_timeout = if state.built.contains(&week) {
        opts.build_timeout.min(opts.warm_build_timeout)
    } else {
        opts.build_timeout
    };
    let lib = compile::build_learner_lib(&ws, &target, week, &probe, &build_env, build_timeout)?;
    // Finished (with or without errors in the submission's crate): the dependencies are built.
    if !matches!(&lib, LibBuild::Failed(e) if e.contains(compile::TIMED_OUT)) {
        state.built.insert(week);
    }
    let signatures = match lib {
        LibBuild::Failed(errors) => {
            r.status = WeekStatus::CompileError;
            r.compile_errors = errors;
            r.tests = all_failing(table, Outcome::NotBuilt, "the week does not compile");
            return Ok(r);
        }
        LibBuild::Ok {
            dep_info,
            signatures,
        } => {
            let dep_info =
                dep_info.ok_or("cargo did not report the library's dep-info file".to_string())?;
            let outside = compile::files_read_outside_src(&ws, week, &dep_info)?;
            if !outside.is_empty() {
                r.status = WeekStatus::Refused;
                r.compile_errors = format!(
                    "the code reads files outside {}/src at compile time (include_str!, \
                     include_bytes!, include!, #[path], debugger_visualizer), refused:\n{}",
                    week.name(),
                    outside
                        .iter()
                        .map(|f| format!("  {f}"))
                        .collect::<Vec<_>>()
                        .join("\n")
                );
                r.tests = all_failing(table, Outcome::NotBuilt, "refused");
                return Ok(r);
            }
            signatures
        }
    };

    // 2. The public API is the template's: a changed signature costs the tests that use it
    // (the probe was built with the library; read only now that the library is accepted).
    let changed: Vec<signatures::Locked> = match signatures {
        compile::ProbeBuild::Lines(lines) => lines
            .iter()
            .filter_map(|l| probe.lines.get(l).cloned())
            .collect(),
        compile::ProbeBuild::Broken(messages) => {
            r.status = WeekStatus::Refused;
            r.compile_errors = format!(
                "the template's public items were changed or removed (types, modules), \
                 refused:\n{messages}"
            );
            r.tests = all_failing(table, Outcome::NotBuilt, "refused");
            return Ok(r);
        }
    };
    for c in &changed {
        r.notes.push(format!(
            "the signature of `{}` ({}/src/{}) was changed; it must be `{}`: the hidden tests \
             that use it score 0",
            c.name,
            week.name(),
            c.file,
            c.signature
        ));
    }
    let uses = signatures::tests_using(root, week, &changed);

    // 3. The hidden tests, then their sources go again.
    let binaries: Vec<String> = {
        let mut b: Vec<String> = table.keys().map(|(bin, _)| bin.clone()).collect();
        b.dedup();
        b
    };
    scratch::assemble(root, &name, &layers(true))?;
    keep_hidden_mtimes(&ws, week);
    say("building the hidden tests");
    // All files as one binary; one by one only when that fails (it says which file and why).
    let built = compile::build_hidden_tests_together(
        &ws,
        &target,
        week,
        &binaries,
        &build_env,
        build_timeout,
    )
    .and_then(|together| match together {
        Some(b) => Ok(b),
        None => {
            say(HIDDEN_ONE_BY_ONE);
            compile::build_hidden_tests(&ws, &target, week, &binaries, &build_env, build_timeout)
        }
    });
    scratch::assemble(root, &name, &layers(false))?;
    let built = built?;
    if built.lib_rebuilt {
        return Err(
            "cargo rebuilt the submitted library while the hidden tests were present; not graded"
                .into(),
        );
    }
    let tests_dir = ws.join(week.name()).join("tests");
    if let Some(b) = binaries
        .iter()
        .map(String::as_str)
        .chain([compile::HIDDEN_TOGETHER])
        .find(|b| tests_dir.join(format!("{b}.rs")).exists())
    {
        return Err(Error::Msg(format!(
            "the hidden test source {b}.rs is still in the scratch workspace"
        )));
    }

    // 4. Each hidden test in its own process, from a copy of the bytes cargo wrote, read now,
    // before any learner code has run. The executables are then deleted from the target dir,
    // so that nothing a test process does to them can be picked up by a later grading (cargo
    // builds them again: a missing output is never "fresh").
    // (Built together, every file names the one binary: it is read once.)
    let mut executables: BTreeMap<String, std::sync::Arc<Vec<u8>>> = BTreeMap::new();
    let mut read: BTreeMap<&Path, std::sync::Arc<Vec<u8>>> = BTreeMap::new();
    for (binary, path) in &built.executables {
        let bytes = match read.get(path.as_path()) {
            Some(b) => b.clone(),
            None => {
                let b = std::sync::Arc::new(std::fs::read(path).op("reading", path)?);
                std::fs::remove_file(path).op("removing", path)?;
                read.insert(path, b.clone());
                b
            }
        };
        executables.insert(binary.clone(), bytes);
    }
    let jobs: Vec<runner::Job> = table
        .iter()
        .map(|((binary, name), &points)| runner::Job {
            binary: binary.clone(),
            name: name.clone(),
            path_in_binary: if built.together {
                format!("{binary}::{name}")
            } else {
                name.clone()
            },
            points,
            exe: match uses.get(&(binary.clone(), name.clone())) {
                Some(f) => Err(format!(
                    "not run: it uses `{f}`, whose signature was changed (see the notes)"
                )),
                None => executables
                    .get(binary)
                    .cloned()
                    .ok_or_else(|| built.errors.get(binary).cloned().unwrap_or_default()),
            },
        })
        .collect();
    say(&format!("running {} hidden tests", jobs.len()));
    let pkg_dir = ws.join(week.name());
    let stage = runner::Stage {
        dir: scratch_root.join(format!(
            "{}-stage-{}",
            opts.workspace_prefix,
            std::process::id()
        )),
    };
    let budget = week_budget(week, opts, state.submission_left);
    let tests_started = Instant::now();
    // This week's workspace and the run's target dir: what a later grading builds on.
    let watched = [ws.clone(), target.clone()];
    let before =
        (!opts.sandbox.is_sandboxed()).then(|| watched.clone().map(|d| tamper::snapshot(&d)));
    r.tests = runner::run_jobs(
        &jobs,
        &pkg_dir,
        &opts.sandbox,
        &stage,
        opts.timeout,
        &budget,
        opts.jobs,
    );
    state.submission_left = state
        .submission_left
        .saturating_sub(tests_started.elapsed());
    let _ = std::fs::remove_dir_all(&stage.dir);
    if let Some(before) = before {
        let changed: Vec<String> = watched
            .iter()
            .zip(&before)
            .flat_map(|(d, b)| tamper::changed_since(d, b, &stage.dir))
            .collect();
        if !changed.is_empty() {
            // Unsandboxed learner code wrote into the grader's build folders: throw them
            // away, so that nothing it left is used again, and give the week no points.
            for d in &watched {
                let _ = std::fs::remove_dir_all(d);
            }
            state.fetched.clear();
            r.status = WeekStatus::Refused;
            r.compile_errors = format!(
                "the tests changed the grader's build folders (no sandbox), refused; e.g. {}",
                changed.first().map(String::as_str).unwrap_or("")
            );
            for t in &mut r.tests {
                t.outcome = Outcome::Fail;
                t.message = "refused: the tests changed the grader's files".into();
            }
        }
    }
    Ok(r)
}

/// The tests' time budget of `week`: the week's own, or what is left of the submission's
/// (`submission_left`) when that is less. Only the time the tests run counts, not building.
fn week_budget(week: Week, opts: &Options, submission_left: Duration) -> runner::Budget {
    let now = Instant::now();
    match submission_left < opts.week_budget {
        true => runner::Budget::new(
            now + submission_left,
            format!(
                "{}: the submission's time budget of {} s for all tests ran out",
                week.name(),
                opts.submission_budget.as_secs_f64()
            ),
        ),
        false => runner::Budget::new(
            now + opts.week_budget,
            format!(
                "{}: the tests' time budget of {} s ran out",
                week.name(),
                opts.week_budget.as_secs_f64()
            ),
        ),
    }
}

/// Gives each hidden-test copy in the scratch workspace the modification time it had when it
/// was first written with these contents, so that cargo does not rebuild a hidden test binary
/// only because its source was removed and written again (it still does when the learner's
/// library changed). The copies of record live beside the workspace, in `<workspace>.hidden/`;
/// a changed hidden test gets a fresh time, so it is always rebuilt.
fn keep_hidden_mtimes(ws: &Path, week: Week) {
    let tests = ws.join(week.name()).join("tests");
    let mut record = ws.as_os_str().to_owned();
    record.push(".hidden");
    let record = PathBuf::from(record);
    for rel in crate::project::walk(&tests).unwrap_or_default() {
        let name = rel.to_string_lossy();
        if !name.starts_with("hidden") {
            continue;
        }
        let (copy, kept) = (tests.join(&rel), record.join(&rel));
        let Ok(now) = std::fs::read(&copy) else {
            continue;
        };
        if std::fs::read(&kept).ok().as_deref() == Some(now.as_slice()) {
            if let Ok(t) = std::fs::metadata(&kept).and_then(|m| m.modified())
                && let Ok(f) = std::fs::File::options().write(true).open(&copy)
            {
                let _ = f.set_modified(t);
            }
        } else if let Ok(t) = std::fs::metadata(&copy).and_then(|m| m.modified()) {
            // A new or changed hidden test: remember it, with the copy's (fresh) time.
            let _ = crate::project::write_if_changed(&kept, &now);
            if let Ok(f) = std::fs::File::options().write(true).open(&kept) {
                let _ = f.set_modified(t);
            }
        }
    }
}

fn write_file(path: &Path, contents: &str) -> Result<()> {
    std::fs::write(path, contents).op("writing", path)
}

/// Where a run writes its report, besides the terminal.
#[derive(Debug, Default)]
struct Outputs {
    json: Option<PathBuf>,
    csv: Option<PathBuf>,
    gradescope: Option<PathBuf>,
    visibility: Option<gradescope::Visibility>,
    junit: Option<PathBuf>,
    prairielearn: Option<PathBuf>,
}

impl Outputs {
    /// The output options among the parsed arguments.
    fn from_args(a: &crate::flags::Parsed) -> Result<Outputs> {
        let path = |flag: &str| a.value(flag).map(PathBuf::from);
        Ok(Outputs {
            json: path("--json"),
            csv: path("--csv"),
            gradescope: path("--gradescope"),
            visibility: a
                .value("--visibility")
                .map(gradescope::Visibility::parse)
                .transpose()?,
            junit: path("--junit"),
            prairielearn: path("--prairielearn"),
        })
    }

    /// Refuses what cannot be written for `submissions` submissions, before any grading.
    fn check(&self, submissions: usize) -> Result<()> {
        for (flag, given) in [
            ("--gradescope", self.gradescope.is_some()),
            ("--prairielearn", self.prairielearn.is_some()),
        ] {
            if given && submissions != 1 {
                return Err(Error::Msg(format!(
                    "grade: {flag} writes the results of one submission, and {submissions} would be graded; grade one folder (PATH) per results file"
                )));
            }
        }
        if self.visibility.is_some() && self.gradescope.is_none() {
            return Err(
                "grade: --visibility applies to --gradescope FILE, which is not given".into(),
            );
        }
        Ok(())
    }

    fn write(&self, report: &Report) -> Result<()> {
        let pretty = |v: &serde_json::Value| {
            serde_json::to_string_pretty(v)
                .map(|t| t + "\n")
                .map_err(|e| e.to_string())
        };
        if let Some(p) = &self.json {
            write_file(p, &pretty(&report::to_json(report))?)?;
            println!("\nJSON report: {}", p.display());
        }
        if let Some(p) = &self.csv {
            write_file(p, &report::to_csv(report))?;
            println!("gradebook (CSV): {}", p.display());
        }
        if let Some(p) = &self.gradescope {
            let vis = self.visibility.unwrap_or(gradescope::Visibility::DEFAULT);
            write_file(p, &pretty(&gradescope::results(report, vis)?)?)?;
            println!("Gradescope results: {}", p.display());
        }
        if let Some(p) = &self.junit {
            write_file(p, &junit::to_junit(report))?;
            println!("JUnit XML: {}", p.display());
        }
        if let Some(p) = &self.prairielearn {
            write_file(p, &pretty(&prairielearn::results(report)?)?)?;
            println!("PrairieLearn results: {}", p.display());
        }
        Ok(())
    }
}

/// `cargo xtask grade merge PART.json… [OUTPUTS]`.
fn run_merge(args: &[String]) -> Result<()> {
    let cmd = crate::flags::command("grade merge").expect("in the table");
    let a = crate::flags::parse(cmd, args)?;
    if a.help {
        print!("{}", crate::flags::help(cmd));
        return Ok(());
    }
    let outs = Outputs::from_args(&a)?;
    let parts = a.positionals;
    if parts.is_empty() {
        return Err(Error::Msg(format!(
            "grade merge: give the shards' JSON reports\n{}",
            crate::flags::usage(cmd)
        )));
    }
    let mut reports = Vec::new();
    for p in &parts {
        let text = std::fs::read_to_string(p).map_err(|e| format!("grade merge: {p}: {e}"))?;
        let v: serde_json::Value = serde_json::from_str(&text)
            .map_err(|e| format!("grade merge: {p} is not JSON: {e}"))?;
        reports.push(
            merge::from_json(&v)
                .map_err(|e| format!("grade merge: {p} is not a `grade --json` report: {e}"))?,
        );
    }
    let report = merge::merge(reports, &parts)?;
    outs.check(report.submissions.len())?;
    print!("{}", report::render_table(&report));
    outs.write(&report)
}

/// `cargo xtask grade …` (options: the table in [`crate::flags`]).
pub fn run(args: &[String]) -> Result<()> {
    if args.first().is_some_and(|a| a == "merge") {
        return run_merge(&args[1..]);
    }
    let cmd = crate::flags::command("grade").expect("in the table");
    let usage = crate::flags::usage(cmd);
    let a = crate::flags::parse(cmd, args)?;
    if a.help {
        print!("{}", crate::flags::help(cmd));
        return Ok(());
    }
    let outs = Outputs::from_args(&a)?;
    let shard = a.value("--shard").map(merge::parse_shard).transpose()?;
    let submissions: Option<PathBuf> = a.value("--submissions").map(PathBuf::from);
    let path: Option<PathBuf> = match a.positionals.as_slice() {
        [] => None,
        [p] => Some(p.into()),
        [_, extra, ..] => {
            return Err(Error::Msg(format!(
                "grade: unexpected argument `{extra}`\n{usage}"
            )));
        }
    };
    let mut weeks = a.weeks()?;
    let positive = |t: &f64| t.is_finite() && *t > 0.0;
    let secs = "a positive number of seconds";
    let timeout = a
        .parse_value::<f64>(cmd, "--timeout", positive, secs)?
        .unwrap_or(DEFAULT_TIMEOUT_SECS);
    let build_timeout = a
        .parse_value::<u64>(
            cmd,
            "--build-timeout",
            |t| *t > 0,
            "a positive whole number of seconds",
        )?
        .unwrap_or(DEFAULT_BUILD_TIMEOUT_SECS);
    let jobs = a
        .parse_value::<usize>(cmd, "--jobs", |j| *j > 0, "a positive whole number")?
        .unwrap_or(1);
    let lanes = a
        .parse_value::<usize>(cmd, "--lanes", |j| *j > 0, "a positive whole number")?
        .unwrap_or(1);
    let use_sandbox = !a.has("--no-sandbox");
    let allow_unsandboxed = a.has("--allow-unsandboxed");
    let week_budget = a
        .parse_value::<f64>(cmd, "--week-budget", positive, secs)?
        .unwrap_or(DEFAULT_WEEK_BUDGET_SECS);
    let submission_budget = a
        .parse_value::<f64>(cmd, "--submission-budget", positive, secs)?
        .unwrap_or(DEFAULT_SUBMISSION_BUDGET_SECS);
    let quiet = a.has("--quiet");
    let root = project_root();
    // Someone else's code (PATH or --submissions) runs only in a working sandbox, unless the
    // instructor says otherwise; this workspace (your own code) may run without one.
    let others = path.is_some() || submissions.is_some();
    if shard.is_some() && submissions.is_none() {
        return Err(Error::Msg(format!(
            "grade: --shard I/N slices the folders of --submissions DIR; give --submissions\n{usage}"
        )));
    }
    let subs = match (path, submissions) {
        (Some(_), Some(_)) => {
            return Err(Error::Msg(format!(
                "grade: give either PATH or --submissions DIR\n{usage}"
            )));
        }
        (None, Some(dir)) => {
            let s = list_submissions(&dir)?;
            if s.is_empty() {
                return Err(Error::Msg(format!(
                    "grade: {} has no sub-folders to grade",
                    dir.display()
                )));
            }
            match shard {
                Some((i, n)) => merge::shard(&s, i, n),
                None => s,
            }
        }
        (p, None) => {
            let p = p.unwrap_or_else(|| root.clone());
            let p = p
                .canonicalize()
                .map_err(|e| format!("grade: {}: {e}", p.display()))?;
            if !p.is_dir() {
                return Err(Error::Msg(format!(
                    "grade: {} is not a folder",
                    p.display()
                )));
            }
            let student = p
                .file_name()
                .map(|n| n.to_string_lossy().into_owned())
                .unwrap_or_else(|| display_rel(&p));
            vec![Submission {
                student,
                path: p,
                refused: None,
            }]
        }
    };
    outs.check(subs.len())?;
    weeks.sort();
    weeks.dedup();
    let mut opts = Options {
        weeks: if weeks.is_empty() {
            Week::all().collect()
        } else {
            weeks
        },
        timeout: Duration::from_secs_f64(timeout),
        build_timeout: Duration::from_secs(build_timeout),
        warm_build_timeout: WARM_BUILD_TIMEOUT,
        sandbox: Sandbox::detect(use_sandbox),
        week_budget: Duration::from_secs_f64(week_budget),
        submission_budget: Duration::from_secs_f64(submission_budget),
        jobs,
        lanes,
        workspace_prefix: "grade".into(),
        progress: !quiet,
    };
    if !opts.sandbox.is_sandboxed() {
        if others && !allow_unsandboxed {
            return Err(Error::Msg(format!(
                "grade: refusing to run other people's code without a sandbox: {}.\n\
                 Install bubblewrap (`sudo apt-get install bubblewrap`) and make sure it works \
                 (`bwrap --unshare-user --ro-bind / / true`), or grade inside a throw-away VM or \
                 container and pass --allow-unsandboxed (docs/grading.md says what is then \
                 guaranteed).",
                opts.sandbox.describe()
            )));
        }
        if opts.lanes > 1 {
            return Err(Error::Msg(format!(
                "grade: --lanes {} needs the sandbox: without it the tests of one lane run as \
                 you and could change another lane's build folders unnoticed. Install \
                 bubblewrap, or grade with one lane (leave out --lanes).",
                opts.lanes
            )));
        }
        // Always said, also with --quiet: the report's first line says it too.
        eprintln!("grade: warning: {}", opts.sandbox.describe());
    }
    opts.progress = !quiet;
    let start = Instant::now();
    let report = grade(&root, &subs, &opts)?;
    print!("{}", report::render_table(&report));
    outs.write(&report)?;
    let errors = report
        .submissions
        .iter()
        .flat_map(|s| &s.weeks)
        .filter(|w| matches!(w.status, report::WeekStatus::Error(_)))
        .count();
    if errors > 0 {
        return Err(Error::Msg(format!(
            "grade: {errors} week(s) could not be graded (GRADER ERROR above): those weeks are \
             missing from the totals"
        )));
    }
    if !quiet {
        let mut phases: Vec<(&String, &f64)> = report.timings.iter().collect();
        phases.sort_by(|a, b| b.1.total_cmp(a.1));
        let phases: Vec<String> = phases
            .iter()
            .map(|(p, t)| format!("{p} {t:.1} s"))
            .collect();
        eprintln!(
            "grade: {} submission(s) in {:.1} s ({})",
            subs.len(),
            start.elapsed().as_secs_f64(),
            phases.join(", ")
        );
    }
    Ok(())
}
