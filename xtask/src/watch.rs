//! `cargo xtask watch [WEEK] [--manual-run]`: the learner's loop.
//!
//! It shows the current exercise — the first one of `<week>/exercises.toml` whose tests do not
//! all pass, by default in the first week not finished — with its name, `file:line`, what to do
//! in one sentence, and the results of **that exercise's tests only**, with their failure
//! messages. Every save of a `.rs` file in a week's `src/` re-runs them (file events through
//! the `notify` crate; `--manual-run` where events do not arrive: press `r`). When the exercise
//! passes it says so and moves on; at the end of the week it says what the week unlocked.
//!
//! Keys: `h` the next hint, `l` the week's exercises with their status, `n` / `p` next /
//! previous exercise (at the end of a week `n` goes on to the next week), `r` re-run, `q` (or
//! Ctrl-C) quit, restoring the terminal.
//!
//! Like `progress`, it only reads your files: they are copied into the scratch workspace
//! `target/xtask-scratch/watch` and built there, only the test targets of the current exercise
//! (`cargo test --no-run -p W --test T`), so a save costs one incremental build of your crate
//! and one test file. Code that does not compile shows the compiler's errors, not a crash.

use crate::course::Week;
use crate::course::hints;
use crate::course::locate::{exercise_location, todos};
use crate::course::manifest::{self, Exercise, Manifest};
use crate::course::{Reference, reference_state};
use crate::error::{Error, Result};
use crate::project::course_root;
use crate::scratch::{self, Src, WeekLayer, read_tree};
use crate::testrun::{self, Outcome};
use std::collections::VecDeque;
use std::io::{IsTerminal, Read, Write};
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::sync::OnceLock;
use std::sync::mpsc::{self, Receiver, Sender};
use std::time::{Duration, Instant};

/// How long one test binary may run in `watch` before it is stopped (an infinite loop).
pub const TEST_DEADLINE: Duration = Duration::from_secs(30);

/// The result of running one exercise's tests on the learner's code.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Run {
    /// The week (or a week it uses) does not compile: the compiler's errors.
    CompileError(String),
    /// The tests of the exercise, in the order of the manifest's selections.
    Tested(Vec<Outcome>),
}

impl Run {
    /// Every test of the exercise passes (and there is at least one).
    pub fn passed(&self) -> bool {
        matches!(self, Run::Tested(o) if !o.is_empty() && o.iter().all(|o| o.passed))
    }
}

/// Copies the learner's weeks `1..=week` (those present) into the scratch workspace `watch`.
pub fn assemble(root: &Path, week: Week) -> Result<PathBuf> {
    let mut layers = Vec::new();
    for w in week.through() {
        if !w.dir(root).join("Cargo.toml").is_file() {
            continue;
        }
        layers.push(WeekLayer {
            week: w,
            src: Src::Files(read_tree(&w.dir(root).join("src"))?),
            hidden_tests: false,
            public_tests: w == week,
        });
    }
    scratch::assemble(root, "watch", &layers)
}

/// Builds the test targets of `exercises` once and runs each exercise's tests.
pub fn run_exercises(root: &Path, week: Week, exercises: &[&Exercise]) -> Result<Vec<Run>> {
    let ws = assemble(root, week)?;
    let mut targets: Vec<&str> = Vec::new();
    for e in exercises {
        for t in &e.tests {
            if !targets.contains(&t.target.as_str()) {
                targets.push(&t.target);
            }
        }
    }
    let target_dir = scratch::scratch_target_dir(root);
    let bins = match testrun::build_test_targets(&ws, &target_dir, week.name(), &targets) {
        Ok(b) => b,
        Err(e) => {
            // cargo's messages when the build failed (or why cargo did not start).
            let errors = compiler_errors(&e.to_string());
            return Ok(exercises
                .iter()
                .map(|_| Run::CompileError(errors.clone()))
                .collect());
        }
    };
    let mut runs = Vec::new();
    for e in exercises {
        let mut outcomes = Vec::new();
        for sel in &e.tests {
            let bin = bins
                .iter()
                .find(|b| b.package == week.name() && b.name == sel.target)
                .ok_or_else(|| {
                    Error::Msg(format!("watch: no test target `{}` was built", sel.target))
                })?;
            let mut o = testrun::run_filtered(bin, &sel.filters, TEST_DEADLINE)?;
            // In the order of the test file (libtest reports them sorted by name).
            let source = std::fs::read_to_string(
                week.dir(root)
                    .join("tests")
                    .join(format!("{}.rs", sel.target)),
            )
            .unwrap_or_default();
            o.sort_by_key(|o| {
                let short = o.name.rsplit("::").next().unwrap_or(&o.name);
                (
                    source.find(&format!("fn {short}(")).unwrap_or(usize::MAX),
                    o.name.clone(),
                )
            });
            outcomes.extend(o);
        }
        runs.push(Run::Tested(outcomes));
    }
    Ok(runs)
}

/// The diagnostics of cargo's output that are errors (warnings and progress lines dropped), at
/// most 60 lines; the end of the output when no error is recognised.
pub fn compiler_errors(stderr: &str) -> String {
    let mut out: Vec<&str> = Vec::new();
    let mut keep = false;
    for line in stderr.lines() {
        let t = line.trim_start();
        if line.starts_with("error") || line.starts_with("warning") {
            keep = line.starts_with("error");
        } else if [
            "Compiling",
            "Checking",
            "Finished",
            "Building",
            "Blocking",
            "Running",
        ]
        .iter()
        .any(|w| t.starts_with(w))
        {
            keep = false;
        }
        if keep {
            out.push(line);
        }
    }
    if out.is_empty() {
        let lines: Vec<&str> = stderr.lines().collect();
        out = lines[lines.len().saturating_sub(30)..].to_vec();
    }
    if out.len() > 60 {
        let more = out.len() - 60;
        out.truncate(60);
        return format!(
            "{}\n… ({more} more lines: `cargo build` shows them all)",
            out.join("\n")
        );
    }
    out.join("\n")
}

/// What `watch` shows about one week.
pub struct Session {
    pub root: PathBuf,
    pub week: Week,
    pub manifest: Manifest,
    /// Index of the exercise shown.
    pub current: usize,
    /// The last result of each exercise's tests, when run.
    pub runs: Vec<Option<Run>>,
    /// How many hints of the current exercise are shown.
    pub hint_level: usize,
    pub show_list: bool,
    /// A line about what just happened ("norms passes — on to exercise 3").
    pub note: String,
    pub manual: bool,
    /// Seconds from the save (or key) to the results, of the last run.
    pub last_run: Option<f64>,
}

impl Session {
    /// Loads the week's manifest (no test runs yet).
    pub fn new(root: &Path, week: Week, manual: bool) -> Result<Session> {
        let manifest = manifest::require(root, week)?;
        if manifest.exercises.is_empty() {
            return Err(Error::Msg(format!(
                "watch: {week}/exercises.toml lists no exercises"
            )));
        }
        Ok(Session {
            root: root.to_path_buf(),
            week,
            runs: vec![None; manifest.exercises.len()],
            manifest,
            current: 0,
            hint_level: 0,
            show_list: false,
            note: String::new(),
            manual,
            last_run: None,
        })
    }

    /// Runs the tests of every exercise, and shows the first one not passing.
    pub fn evaluate_all(&mut self) -> Result<()> {
        let all: Vec<&Exercise> = self.manifest.exercises.iter().collect();
        let runs = run_exercises(&self.root, self.week, &all)?;
        self.runs = runs.into_iter().map(Some).collect();
        self.current = self.first_unfinished_from(0).unwrap_or(self.current);
        Ok(())
    }

    /// The first exercise from `i` on whose last run did not pass (or never ran).
    fn first_unfinished_from(&self, i: usize) -> Option<usize> {
        (i..self.runs.len()).find(|&j| !self.runs[j].as_ref().is_some_and(Run::passed))
    }

    /// Every exercise passed at its last run.
    pub fn week_done(&self) -> bool {
        self.runs
            .iter()
            .all(|r| r.as_ref().is_some_and(Run::passed))
    }

    /// Re-runs the current exercise; when it passes, runs the following ones until one does
    /// not, and shows that one.
    pub fn rerun(&mut self) -> Result<()> {
        let i = self.current;
        let run = run_exercises(&self.root, self.week, &[&self.manifest.exercises[i]])?.remove(0);
        let passed = run.passed();
        let was_passing = self.runs[i].as_ref().is_some_and(Run::passed);
        self.runs[i] = Some(run);
        if !passed {
            return Ok(());
        }
        let id = self.manifest.exercises[i].id.clone();
        let mut j = i + 1;
        while j < self.runs.len() {
            let r = run_exercises(&self.root, self.week, &[&self.manifest.exercises[j]])?.remove(0);
            let ok = r.passed();
            self.runs[j] = Some(r);
            if !ok {
                break;
            }
            j += 1;
        }
        let next = self.first_unfinished_from(0);
        if !was_passing || next != Some(i) {
            self.note = match next {
                Some(k) => format!(
                    "exercise {} `{id}` passes — on to exercise {} `{}`",
                    i + 1,
                    k + 1,
                    self.manifest.exercises[k].id
                ),
                None => format!(
                    "exercise {} `{id}` passes — and so does every exercise of {}",
                    i + 1,
                    self.week
                ),
            };
        }
        if let Some(k) = next {
            if k != i {
                self.hint_level = 0;
            }
            self.current = k;
        }
        Ok(())
    }

    /// Shows exercise `i` (n / p) and runs its tests.
    pub fn go_to(&mut self, i: usize) -> Result<()> {
        self.current = i.min(self.runs.len() - 1);
        self.hint_level = 0;
        self.note.clear();
        let r = run_exercises(
            &self.root,
            self.week,
            &[&self.manifest.exercises[self.current]],
        )?
        .remove(0);
        self.runs[self.current] = Some(r);
        Ok(())
    }
}

/// The screen, as text.
pub fn render(s: &Session) -> String {
    let m = &s.manifest;
    let e = &m.exercises[s.current];
    let done = s
        .runs
        .iter()
        .filter(|r| r.as_ref().is_some_and(Run::passed))
        .count();
    let mut out = format!(
        "cargo xtask watch — {}, exercise {} of {} ({done} done)\n",
        s.week.name(),
        s.current + 1,
        m.exercises.len()
    );
    if !s.note.is_empty() {
        out.push_str(&format!(">> {}\n", s.note));
    }
    match reference_state(&s.root, s.week) {
        Reference::Mine => {}
        Reference::All => out.push_str(&format!(
            ">> {}/src is the reference solution that `cargo xtask solve` put in place, not your \
             work (`cargo xtask restore {}` brings yours back)\n",
            s.week.name(),
            s.week.name()
        )),
        Reference::Files(f) => out.push_str(&format!(
            ">> {} file(s) hold the reference from `cargo xtask solve`, not your work: {}\n",
            f.len(),
            f.join(", ")
        )),
    }
    out.push('\n');
    if s.week_done() {
        out.push_str(&format!(
            "Every exercise of {} passes.\n\n{}\n\n",
            s.week, m.done
        ));
        if s.week.next().is_some() {
            out.push_str("Press n to go on to the next week, or p to look back.\n\n");
        }
    }
    let all = todos(&s.root, s.week);
    let at = exercise_location(&s.root, s.week, e, &all)
        .unwrap_or_else(|| format!("{}/{}", s.week.name(), e.file));
    out.push_str(&format!(
        "{}: {}\n  at {at}\n  {}\n  lesson: {}/README.md, section \"{}\"\n\n",
        e.id,
        e.functions_short(),
        e.task,
        s.week.name(),
        e.section
    ));
    let cmd = e.test_commands(s.week).join("; ");
    match &s.runs[s.current] {
        None => out.push_str(&format!("tests: not run yet ({cmd})\n")),
        Some(Run::CompileError(err)) => {
            out.push_str(&format!(
                "your code does not compile (the compiler's errors for {}):\n\n{err}\n",
                s.week
            ));
        }
        Some(Run::Tested(outcomes)) => {
            let passed = outcomes.iter().filter(|o| o.passed).count();
            out.push_str(&format!(
                "tests: {passed} of {} pass   ({cmd})\n",
                outcomes.len()
            ));
            let failing: Vec<&Outcome> = outcomes.iter().filter(|o| !o.passed).collect();
            for o in outcomes.iter().filter(|o| o.passed) {
                out.push_str(&format!("  ok      {}\n", o.name));
            }
            for o in failing.iter().take(4) {
                out.push_str(&format!("  FAILED  {}\n", o.name));
                for l in failure_lines(&o.message) {
                    out.push_str(&format!("          {l}\n"));
                }
            }
            if failing.len() > 4 {
                out.push_str(&format!(
                    "  … and {} more failing: {}\n",
                    failing.len() - 4,
                    failing[4..]
                        .iter()
                        .map(|o| o.name.as_str())
                        .collect::<Vec<_>>()
                        .join(", ")
                ));
            }
        }
    }
    if s.hint_level > 0 {
        out.push('\n');
        out.push_str(&hints::text(e, s.hint_level, "press h"));
    }
    if s.show_list {
        out.push_str(&format!(
            "\nthe exercises of {} (l hides this list):\n",
            s.week
        ));
        for (i, (x, r)) in m.exercises.iter().zip(&s.runs).enumerate() {
            let mark = match r {
                Some(r) if r.passed() => "done".to_string(),
                Some(Run::CompileError(_)) => "does not compile".to_string(),
                Some(Run::Tested(o)) => format!(
                    "todo ({}/{} pass)",
                    o.iter().filter(|o| o.passed).count(),
                    o.len()
                ),
                None => "not run".to_string(),
            };
            let here = if i == s.current { ">" } else { " " };
            out.push_str(&format!(
                " {here}{:>2}  {:<18} {:<20} {}\n",
                i + 1,
                mark,
                x.id,
                x.functions_short()
            ));
        }
    }
    let took = s
        .last_run
        .map(|t| format!(" · last run {t:.1} s"))
        .unwrap_or_default();
    out.push_str(&format!(
        "\n[h] hint  [l] list  [n] next  [p] previous  [r] run  [q] quit — {}{took}\n",
        if s.manual {
            "--manual-run: press r after saving".to_string()
        } else {
            format!("re-runs when you save a file in {}/src", s.week.name())
        }
    ));
    out
}

/// The lines of a failure worth showing: the panic's location and message, no backtrace note.
fn failure_lines(message: &str) -> Vec<String> {
    let mut lines: Vec<String> = message
        .lines()
        .map(str::trim_end)
        .filter(|l| !l.trim().is_empty() && !l.starts_with("note: run with `RUST_BACKTRACE"))
        .map(|l| {
            l.strip_prefix("thread '")
                .and_then(|r| r.split_once(" panicked at "))
                .map(|(_, at)| format!("at {}", at.trim_end_matches(':')))
                .unwrap_or_else(|| l.to_string())
        })
        .collect();
    if lines.len() > 8 {
        lines.truncate(8);
        lines.push("…".into());
    }
    lines
}

/// The terminal settings before `watch` changed them, restored on exit and on panic.
static SAVED_TTY: OnceLock<String> = OnceLock::new();

fn stty(args: &[&str]) -> Option<String> {
    // Outside exec::run: stty works on the terminal it gets as stdin, which the runner closes.
    let out = Command::new("stty")
        .args(args)
        .stdin(Stdio::inherit())
        .stderr(Stdio::null())
        .output()
        .ok()?;
    out.status
        .success()
        .then(|| String::from_utf8_lossy(&out.stdout).trim().to_string())
}

/// Keys without Enter and without echo (`stty -icanon -echo -isig`: Ctrl-C arrives as a key,
/// so `q` and Ctrl-C both restore the terminal).
struct RawMode;

impl RawMode {
    fn enter() -> Option<RawMode> {
        if !std::io::stdin().is_terminal() {
            return None;
        }
        let saved = stty(&["-g"])?;
        let _ = SAVED_TTY.set(saved);
        let hook = std::panic::take_hook();
        std::panic::set_hook(Box::new(move |info| {
            restore_tty();
            hook(info);
        }));
        stty(&["-icanon", "-echo", "-isig", "min", "1"])?;
        Some(RawMode)
    }
}

fn restore_tty() {
    if let Some(saved) = SAVED_TTY.get() {
        let _ = stty(&[saved.as_str()]);
    }
}

impl Drop for RawMode {
    fn drop(&mut self) {
        restore_tty();
    }
}

enum Ev {
    Key(u8),
    Saved,
    StdinClosed,
}

fn spawn_keys(tx: Sender<Ev>) {
    std::thread::spawn(move || {
        let mut stdin = std::io::stdin();
        let mut b = [0u8; 1];
        loop {
            match stdin.read(&mut b) {
                Ok(1) => {
                    if tx.send(Ev::Key(b[0])).is_err() {
                        return;
                    }
                }
                _ => {
                    let _ = tx.send(Ev::StdinClosed);
                    return;
                }
            }
        }
    });
}

/// Watches every week's `src/` (an edit of an earlier week matters too) for `.rs` changes.
fn spawn_watcher(root: &Path, tx: Sender<Ev>) -> Result<notify::RecommendedWatcher> {
    use notify::{EventKind, RecursiveMode, Watcher};
    let mut w = notify::recommended_watcher(move |ev: notify::Result<notify::Event>| {
        let Ok(ev) = ev else {
            return;
        };
        let relevant = matches!(
            ev.kind,
            EventKind::Create(_) | EventKind::Modify(_) | EventKind::Remove(_)
        ) && ev
            .paths
            .iter()
            .any(|p| p.extension().is_some_and(|e| e == "rs"));
        if relevant {
            let _ = tx.send(Ev::Saved);
        }
    })
    .map_err(|e| {
        Error::Msg(format!("watch: file events are not available here ({e}); run `cargo xtask watch --manual-run` and press r after saving"))
    })?;
    for wk in Week::all() {
        let src = wk.dir(root).join("src");
        if src.is_dir() {
            w.watch(&src, RecursiveMode::Recursive).map_err(|e| {
                Error::Msg(format!(
                    "watch: cannot watch {} ({e}); try `--manual-run`",
                    src.display()
                ))
            })?;
        }
    }
    Ok(w)
}

fn draw(s: &Session) {
    let mut out = std::io::stdout().lock();
    let _ = write!(out, "\x1b[2J\x1b[3J\x1b[H{}", render(s));
    let _ = out.flush();
}

fn status_line(text: &str) {
    let mut out = std::io::stdout().lock();
    let _ = write!(out, "\n{text}\n");
    let _ = out.flush();
}

/// The first week (from `from`) with a manifest whose exercises do not all pass, evaluated;
/// the last one evaluated when every week passes.
fn first_unfinished_week(root: &Path, from: Week, manual: bool) -> Result<Session> {
    let mut last: Option<Session> = None;
    for w in from.onwards() {
        if manifest::load(root, w)?.is_none() {
            continue;
        }
        status_line(&format!("watch: running the tests of {w}…"));
        let mut s = Session::new(root, w, manual)?;
        s.evaluate_all()?;
        if !s.week_done() {
            return Ok(s);
        }
        last = Some(s);
    }
    last.ok_or_else(|| Error::msg("watch: no week of this course has an exercises.toml"))
}

/// `cargo xtask watch [WEEK] [--manual-run]`
pub fn run(args: &[String]) -> Result<()> {
    let cmd = crate::flags::command("watch").expect("in the table");
    let a = crate::flags::parse(cmd, args)?;
    if a.help {
        print!("{}", crate::flags::help(cmd));
        return Ok(());
    }
    let week = match a.positionals.as_slice() {
        [] => None,
        [w] => Some(Week::parse(w)?),
        _ => {
            return Err(Error::Msg(format!(
                "watch: give at most one week\n{}",
                crate::flags::usage(cmd)
            )));
        }
    };
    let manual = a.has("--manual-run");
    let root = course_root();
    let (tx, rx) = mpsc::channel();
    let _watcher = if manual {
        None
    } else {
        Some(spawn_watcher(&root, tx.clone())?)
    };
    let _raw = RawMode::enter();
    spawn_keys(tx);
    let mut s = match week {
        Some(w) => {
            status_line(&format!(
                "watch: building and running the tests of {w} (the first run takes a while)…"
            ));
            let mut s = Session::new(&root, w, manual)?;
            s.evaluate_all()?;
            s
        }
        None => first_unfinished_week(&root, Week::FIRST, manual)?,
    };
    draw(&s);
    event_loop(&mut s, &rx)?;
    drop(_raw);
    println!("\nwatch: bye (your files were only read)");
    Ok(())
}

fn event_loop(s: &mut Session, rx: &Receiver<Ev>) -> Result<()> {
    let mut pending: VecDeque<Ev> = VecDeque::new();
    loop {
        let ev = match pending.pop_front() {
            Some(e) => e,
            None => match rx.recv() {
                Ok(e) => e,
                Err(_) => return Ok(()),
            },
        };
        let start = Instant::now();
        let mut ran = true;
        match ev {
            // Without a terminal (keys piped in), file events still drive the loop.
            Ev::StdinClosed => continue,
            Ev::Saved => {
                if s.manual {
                    continue;
                }
                // Editors write a file in several steps: wait a moment, take them as one save.
                std::thread::sleep(Duration::from_millis(80));
                while let Ok(e) = rx.try_recv() {
                    if !matches!(e, Ev::Saved) {
                        pending.push_back(e);
                    }
                }
                status_line("saved: building and testing…");
                s.note.clear();
                s.rerun()?;
            }
            Ev::Key(k) => match k {
                b'q' | b'Q' | 3 | 4 => return Ok(()),
                b'h' => {
                    let n = s.manifest.exercises[s.current].hints.len();
                    s.hint_level = (s.hint_level + 1).min(n);
                    ran = false;
                }
                b'l' => {
                    s.show_list = !s.show_list;
                    ran = false;
                }
                b'r' => {
                    status_line("building and testing…");
                    s.note.clear();
                    s.rerun()?;
                }
                b'n' => {
                    if s.current + 1 < s.runs.len() {
                        status_line("building and testing…");
                        s.go_to(s.current + 1)?;
                    } else if s.week_done()
                        && let Some(next) = s.week.next()
                    {
                        let manual = s.manual;
                        *s = first_unfinished_week(&s.root.clone(), next, manual)?;
                    } else {
                        s.note = "this is the last exercise of the week".into();
                    }
                }
                b'p' => {
                    if s.current > 0 {
                        status_line("building and testing…");
                        s.go_to(s.current - 1)?;
                    } else {
                        s.note = "this is the first exercise of the week".into();
                    }
                }
                _ => continue,
            },
        }
        if ran {
            s.last_run = Some(start.elapsed().as_secs_f64());
        }
        draw(s);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn keeps_only_the_compilers_errors() {
        let stderr = "   Compiling week1-vectors v0.1.0\nwarning: unused variable: `x`\n --> week1-vectors/src/a.rs:1:5\n\nerror[E0308]: mismatched types\n --> week1-vectors/src/ops.rs:3:5\n  |\n3 |     x * \"two\"\n\nerror: could not compile `week1-vectors` (lib) due to 1 previous error\nwarning: build failed, waiting for other jobs to finish...\n";
        let e = compiler_errors(stderr);
        assert!(e.starts_with("error[E0308]: mismatched types"), "{e}");
        assert!(
            e.contains("ops.rs:3:5") && e.contains("could not compile"),
            "{e}"
        );
        assert!(
            !e.contains("unused variable") && !e.contains("Compiling"),
            "{e}"
        );
        assert_eq!(compiler_errors("something odd\n"), "something odd");
    }

    #[test]
    fn failure_lines_drop_the_backtrace_note() {
        let m = "thread 'a' (42) panicked at tests/ops.rs:9:5:\nassertion `left == right` failed\n  left: 3\n right: 4\nnote: run with `RUST_BACKTRACE=1` environment variable to display a backtrace";
        assert_eq!(
            failure_lines(m),
            vec![
                "at tests/ops.rs:9:5",
                "assertion `left == right` failed",
                "  left: 3",
                " right: 4"
            ]
        );
    }
}
