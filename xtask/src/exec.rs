//! Launching processes: the one place that names cargo, runs a process under a deadline with
//! capped output, and kills a process group.
//!
//! - [`cargo_program`] / [`cargo`]: the cargo that runs `cargo xtask` (`$CARGO`, which cargo
//!   sets for the programs it runs), so a rustup toolchain override holds for every build xtask
//!   starts; plain `cargo` when xtask was started some other way.
//! - [`cargo_in`]: that cargo in a (scratch) workspace with its own target directory.
//! - [`run`]: **the runner**. Every process xtask starts goes through it — cargo's builds in
//!   scratch workspaces ([`crate::testrun`], [`crate::grade::compile`]), test binaries in ci and
//!   `progress`/`watch` ([`crate::testrun`]), the grader's sandboxed tests
//!   ([`crate::grade::sandbox::Sandbox::run`]), ci's checks (rustfmt, clippy, doc tests,
//!   actionlint), the release's own xtask, `cargo vendor`, `git ls-files` and `zip` in
//!   `autograder`, cargo-mutants, the example programs ([`Run::terminal`]): stdin closed or
//!   fed, stdout and stderr read on two threads up to a cap (or left on the terminal), a marker
//!   looked for in all of stdout, a wall-clock deadline, and a [`Group`] that says what is
//!   killed when. Two launches stay outside: [`kill_group`]'s `kill` (the runner's own tool)
//!   and `watch`'s `stty`, which works on the terminal it gets as stdin.
//! - [`kill_group`]: `kill -KILL -- -PGID`, without `unsafe`.
//!
//! The sandbox is a wrapper, not a second runner: [`crate::grade::sandbox::Sandbox::command`]
//! builds the command (bubblewrap, prlimit, a cleared environment) and `run` runs it in a
//! process group of its own ([`Group::Own`]), as it runs the grader's cargo builds.

use std::ffi::OsString;
use std::io::{Read, Write};
use std::os::unix::process::{CommandExt, ExitStatusExt};
use std::path::Path;
use std::process::{Command, ExitStatus, Stdio};
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

/// The cargo executable: `$CARGO`, else `cargo` on the `PATH`.
pub fn cargo_program() -> OsString {
    std::env::var_os("CARGO").unwrap_or_else(|| "cargo".into())
}

/// A `Command` for [`cargo_program`].
pub fn cargo() -> Command {
    Command::new(cargo_program())
}

/// Cargo run in the workspace `ws` with `CARGO_TARGET_DIR=target`.
pub fn cargo_in(ws: &Path, target: &Path) -> Command {
    let mut cmd = cargo();
    cmd.current_dir(ws).env("CARGO_TARGET_DIR", target);
    cmd
}

/// What a cargo run produced: the one shape of every captured cargo run ([`run_cargo`]).
#[derive(Debug)]
pub struct CargoRun {
    /// Exited with status 0.
    pub ok: bool,
    pub stdout: String,
    pub stderr: String,
    /// Killed at the deadline.
    pub timed_out: bool,
}

/// Runs a cargo command (from [`cargo_in`], or a wrapper around cargo such as the grader's
/// `prlimit`) with [`run`], its output captured: what `testrun` and `grade::compile` build
/// and read back.
///
/// # Errors
/// When cargo cannot be started: `running cargo: …`.
pub fn run_cargo(cmd: Command, how: &Run) -> crate::error::Result<CargoRun> {
    use crate::error::Context;
    let out = run(cmd, how).op("running", "cargo")?;
    Ok(CargoRun {
        ok: out.exit == Exit::Code(0),
        stdout: out.stdout_text(),
        stderr: out.stderr_text(),
        timed_out: out.exit == Exit::TimedOut,
    })
}

/// Kills every process of the process group `pgid` (the `kill` command: no `unsafe`).
pub fn kill_group(pgid: u32) {
    let _ = Command::new("kill")
        .args(["-KILL", "--", &format!("-{pgid}")])
        .stdin(Stdio::null())
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .status();
}

/// Held while a file that will be executed is open for writing (the grader's staged test
/// binaries, [`crate::grade::runner`]) and while [`run`] starts a process. A child forked while
/// another thread holds such a file open inherits the writable descriptor until it calls exec;
/// executing the file in that window fails with `ETXTBSY` ("text file busy"), which on a loaded
/// machine made a reference test fail now and then when tests ran in parallel.
pub static SPAWN_LOCK: Mutex<()> = Mutex::new(());

/// Which processes a run owns, and so what is killed at the deadline.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Group {
    /// The command leads a new process group. At the deadline the whole group is killed, and
    /// again when the leader exits on its own, so that nothing it started lingers; the readers
    /// of its output are then given 2 s (a process that escaped the group could hold the pipes
    /// open forever). For learner code in the grader and for the grader's builds.
    Own,
    /// The command stays in xtask's process group, so that Ctrl-C in the terminal stops it
    /// together with xtask (`progress`, `watch`, ci's test runs); at the deadline only the
    /// command itself is killed, and its output is read to the end.
    Caller,
}

/// Limits of one run.
#[derive(Debug, Clone, Copy)]
pub struct Limits {
    /// Wall-clock time from the start; `Duration::MAX` for none.
    pub timeout: Duration,
    /// Bytes kept of each of stdout and stderr.
    pub output_cap: usize,
}

/// How to run a command: see [`run`].
#[derive(Debug, Clone, Copy)]
pub struct Run<'a> {
    /// `None`: stdin is `/dev/null`; `Some(bytes)`: a pipe that gets `bytes`, then is closed.
    pub stdin: Option<&'a [u8]>,
    /// Looked for in all of stdout, also beyond the cap ([`RunOutput::marker_seen`]); empty for
    /// none.
    pub marker: &'a [u8],
    pub limits: Limits,
    pub group: Group,
    /// The command is a wrapper (bubblewrap) that reports its child's death by signal `s` as
    /// exit status `128 + s`.
    pub wrapped: bool,
    /// Stdout and stderr go to xtask's own (the terminal), not captured: for the commands that
    /// show a program's output as it comes (`example`, `pictures`, `bench`, `mutants`,
    /// `autograder`'s zip). The
    /// [`RunOutput`]'s streams are then empty and `marker` is never seen.
    pub to_terminal: bool,
}

impl Run<'_> {
    /// Stdin closed, no marker, no cap, in the caller's process group, killed after `timeout`.
    pub fn caller(timeout: Duration) -> Run<'static> {
        Run {
            stdin: None,
            marker: b"",
            limits: Limits {
                timeout,
                output_cap: usize::MAX,
            },
            group: Group::Caller,
            wrapped: false,
            to_terminal: false,
        }
    }

    /// Stdin closed, all of stdout and stderr captured, in the caller's process group, no
    /// deadline: what `Command::output` does, through the runner.
    pub fn captured() -> Run<'static> {
        Run::caller(Duration::MAX)
    }

    /// Like [`Run::caller`] with no deadline, its output going to the terminal as it comes
    /// (Ctrl-C stops it with xtask): a build or program whose output the user reads live.
    pub fn terminal() -> Run<'static> {
        Run {
            to_terminal: true,
            ..Run::caller(Duration::MAX)
        }
    }
}

/// How a run ended.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Exit {
    /// Exited with this status code.
    Code(i32),
    /// Killed by this signal.
    Signal(i32),
    /// Still running at the deadline: killed (with its whole process group for [`Group::Own`]).
    TimedOut,
}

impl Exit {
    fn from_status(status: ExitStatus, wrapped: bool) -> Exit {
        match (status.code(), status.signal()) {
            // bubblewrap reports a child killed by signal s as exit status 128 + s.
            (Some(c), _) if wrapped && c > 128 && c < 128 + 32 => Exit::Signal(c - 128),
            (Some(c), _) => Exit::Code(c),
            (None, Some(s)) => Exit::Signal(s),
            (None, None) => Exit::Code(-1),
        }
    }

    /// E.g. `exit status 101`, `signal 6 (SIGABRT)`, `timed out`.
    pub fn describe(self) -> String {
        match self {
            Exit::Code(c) => format!("exit status {c}"),
            Exit::Signal(s) => format!("killed by signal {s}{}", signal_name(s)),
            Exit::TimedOut => "timed out".into(),
        }
    }
}

fn signal_name(s: i32) -> &'static str {
    match s {
        4 => " (SIGILL)",
        6 => " (SIGABRT)",
        7 => " (SIGBUS)",
        8 => " (SIGFPE)",
        9 => " (SIGKILL)",
        11 => " (SIGSEGV)",
        13 => " (SIGPIPE)",
        15 => " (SIGTERM)",
        24 => " (SIGXCPU)",
        25 => " (SIGXFSZ)",
        _ => "",
    }
}

/// What a run produced.
#[derive(Debug, Clone)]
pub struct RunOutput {
    pub exit: Exit,
    /// The process's own status, `None` when it was killed at the deadline.
    pub status: Option<ExitStatus>,
    /// The first `cap` bytes of standard output.
    pub stdout: Vec<u8>,
    /// The first `cap` bytes of standard error.
    pub stderr: Vec<u8>,
    /// True when output beyond the cap was thrown away.
    pub truncated: bool,
    /// True when `marker` occurred anywhere in standard output (also beyond the cap).
    pub marker_seen: bool,
    pub elapsed: Duration,
}

impl RunOutput {
    /// Exited with status 0.
    pub fn success(&self) -> bool {
        self.exit == Exit::Code(0)
    }

    /// The status as `std` prints it (`exit status: 101`, `signal: 6 (SIGABRT)`), or, killed
    /// at the deadline, [`Exit::describe`]'s `timed out`.
    pub fn status_text(&self) -> String {
        self.status
            .map_or_else(|| self.exit.describe(), |s| s.to_string())
    }

    /// Standard output as text (invalid UTF-8 replaced).
    pub fn stdout_text(&self) -> String {
        String::from_utf8_lossy(&self.stdout).into_owned()
    }

    /// Standard error as text (invalid UTF-8 replaced).
    pub fn stderr_text(&self) -> String {
        String::from_utf8_lossy(&self.stderr).into_owned()
    }
}

#[derive(Default)]
struct Captured {
    kept: Vec<u8>,
    truncated: bool,
    marker_seen: bool,
    done: bool,
}

/// Reads `r` to its end, keeping the first `cap` bytes and looking for `marker` in all of it.
fn drain(mut r: impl Read, cap: usize, marker: Vec<u8>, into: Arc<Mutex<Captured>>) {
    let mut buf = vec![0u8; 8192];
    // The last marker.len() - 1 bytes of what came before, so a marker split across reads
    // is still found.
    let mut window: Vec<u8> = Vec::new();
    loop {
        let n = match r.read(&mut buf) {
            Ok(0) | Err(_) => break,
            Ok(n) => n,
        };
        let chunk = &buf[..n];
        let mut c = into.lock().unwrap_or_else(|e| e.into_inner());
        let room = cap.saturating_sub(c.kept.len());
        c.kept.extend_from_slice(&chunk[..room.min(n)]);
        if n > room {
            c.truncated = true;
        }
        if !marker.is_empty() && !c.marker_seen {
            window.extend_from_slice(chunk);
            if window.windows(marker.len()).any(|w| w == marker.as_slice()) {
                c.marker_seen = true;
            }
            let keep = marker.len() - 1;
            if window.len() > keep {
                window.drain(..window.len() - keep);
            }
        }
    }
    into.lock().unwrap_or_else(|e| e.into_inner()).done = true;
}

/// Runs `cmd` as `how` says: starts it (holding [`SPAWN_LOCK`]), feeds or closes stdin, reads
/// stdout and stderr up to the cap, waits until it exits or the deadline passes, and kills
/// what [`Group`] says. `Err` only when the process cannot be started or waited for.
pub fn run(mut cmd: Command, how: &Run) -> std::io::Result<RunOutput> {
    if how.group == Group::Own {
        cmd.process_group(0);
    }
    cmd.stdin(if how.stdin.is_some() {
        Stdio::piped()
    } else {
        Stdio::null()
    });
    if how.to_terminal {
        cmd.stdout(Stdio::inherit()).stderr(Stdio::inherit());
    } else {
        cmd.stdout(Stdio::piped()).stderr(Stdio::piped());
    }
    let start = Instant::now();
    let mut child = {
        let _no_writer_open = SPAWN_LOCK.lock().unwrap_or_else(|e| e.into_inner());
        cmd.spawn()?
    };
    let pgid = child.id();
    let cap = how.limits.output_cap;
    // Nothing to read when the output goes to the terminal: no reader threads, already done.
    let nothing_to_read = Captured {
        done: how.to_terminal,
        ..Captured::default()
    };
    let out = Arc::new(Mutex::new(nothing_to_read));
    let err = Arc::new(Mutex::new(Captured {
        done: how.to_terminal,
        ..Captured::default()
    }));
    if let Some(o) = child.stdout.take() {
        let out = Arc::clone(&out);
        let m = how.marker.to_vec();
        std::thread::spawn(move || drain(o, cap, m, out));
    }
    if let Some(e) = child.stderr.take() {
        let err = Arc::clone(&err);
        std::thread::spawn(move || drain(e, cap, Vec::new(), err));
    }
    if let (Some(mut i), Some(bytes)) = (child.stdin.take(), how.stdin) {
        // A pipe holds far more than one line, so this does not block; errors (the child
        // already gone) do not matter. Dropping `i` closes it.
        let _ = i.write_all(bytes);
    }
    let deadline = start.checked_add(how.limits.timeout);
    // Polled, not waited on, so that the deadline holds without a second thread. The pause
    // grows to 2 ms at most: a hidden test's process lives 10–30 ms, and a longer pause was
    // time lost on each of them (with a cap of 20 ms, a 15 ms process was seen at 31 ms); a
    // `waitpid` every 2 ms costs a long build nothing measurable.
    let mut pause = Duration::from_micros(250);
    let (exit, status) = loop {
        match child.try_wait()? {
            Some(status) => break (Exit::from_status(status, how.wrapped), Some(status)),
            None if deadline.is_some_and(|d| Instant::now() >= d) => {
                match how.group {
                    Group::Own => kill_group(pgid),
                    Group::Caller => {
                        let _ = child.kill();
                    }
                }
                let _ = child.wait();
                break (Exit::TimedOut, None);
            }
            None => {
                std::thread::sleep(pause);
                pause = (pause * 2).min(Duration::from_millis(2));
            }
        }
    };
    let elapsed = start.elapsed();
    let settle = match how.group {
        Group::Own => {
            // Anything the command started in the background goes with it.
            kill_group(pgid);
            Some(Instant::now() + Duration::from_secs(2))
        }
        Group::Caller => None,
    };
    loop {
        let done = |c: &Arc<Mutex<Captured>>| c.lock().unwrap_or_else(|e| e.into_inner()).done;
        if (done(&out) && done(&err)) || settle.is_some_and(|s| Instant::now() >= s) {
            break;
        }
        std::thread::sleep(Duration::from_micros(250));
    }
    let take = |c: &Arc<Mutex<Captured>>| {
        let mut c = c.lock().unwrap_or_else(|e| e.into_inner());
        (std::mem::take(&mut c.kept), c.truncated, c.marker_seen)
    };
    let (stdout, t1, marker_seen) = take(&out);
    let (stderr, t2, _) = take(&err);
    Ok(RunOutput {
        exit,
        status,
        stdout,
        stderr,
        truncated: t1 || t2,
        marker_seen,
        elapsed,
    })
}

/// Finds an executable on `PATH` (or in `/usr/bin`, `/bin`).
pub fn which(name: &str) -> Option<std::path::PathBuf> {
    let path = std::env::var_os("PATH").unwrap_or_default();
    std::env::split_paths(&path)
        .chain([
            std::path::PathBuf::from("/usr/bin"),
            std::path::PathBuf::from("/bin"),
        ])
        .map(|d| d.join(name))
        .find(|p| p.is_file())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn cargo_in_sets_the_workspace_and_the_target_dir() {
        let cmd = cargo_in(Path::new("/ws"), Path::new("/t"));
        assert_eq!(cmd.get_current_dir(), Some(Path::new("/ws")));
        assert!(
            cmd.get_envs()
                .any(|(k, v)| k == "CARGO_TARGET_DIR" && v == Some("/t".as_ref())),
            "{cmd:?}"
        );
        assert_eq!(cmd.get_program(), cargo_program());
    }

    fn sh(script: &str) -> Command {
        let mut c = Command::new("/bin/sh");
        c.args(["-c", script]);
        c
    }

    /// A run in a group of its own, stdin fed with `stdin`, 100 bytes of output kept.
    fn own<'a>(stdin: &'a [u8], marker: &'a [u8], ms: u64) -> Run<'a> {
        Run {
            stdin: Some(stdin),
            marker,
            limits: Limits {
                timeout: Duration::from_millis(ms),
                output_cap: 100,
            },
            group: Group::Own,
            wrapped: false,
            to_terminal: false,
        }
    }

    #[test]
    fn a_terminal_run_captures_nothing_and_reports_the_exit() {
        let r = run(sh("echo to-the-terminal; exit 3"), &Run::terminal()).unwrap();
        assert_eq!(
            (r.exit, r.stdout.len(), r.stderr.len()),
            (Exit::Code(3), 0, 0),
            "a terminal run of `echo …; exit 3`: {r:?}"
        );
    }

    #[test]
    fn finds_the_marker_beyond_the_output_cap_and_across_reads() {
        let script =
            "head -c 100000 /dev/zero | tr '\\0' x; printf '\\nPASS:'; sleep 0.05; printf 'abc\\n'";
        let r = run(sh(script), &own(b"", b"\nPASS:abc\n", 5000)).unwrap();
        assert_eq!(r.exit, Exit::Code(0));
        assert!(r.marker_seen);
        assert!(r.truncated);
        assert_eq!(r.stdout.len(), 100);
    }

    #[test]
    fn stdin_is_delivered_and_closed() {
        let r = run(
            sh("read x; echo got:$x; cat"),
            &own(b"tok\n", b"got:tok", 5000),
        )
        .unwrap();
        assert_eq!(r.exit, Exit::Code(0));
        assert!(r.marker_seen);
    }

    #[test]
    fn a_hanging_process_group_is_killed_at_the_deadline() {
        // The background child keeps stdout open: it must die with the group.
        let t = Instant::now();
        let r = run(sh("sleep 30 & sleep 30"), &own(b"", b"", 300)).unwrap();
        assert_eq!(r.exit, Exit::TimedOut);
        assert!(t.elapsed() < Duration::from_secs(5), "{:?}", t.elapsed());
    }

    #[test]
    fn signals_and_codes_are_told_apart() {
        let r = run(sh("kill -ABRT $$"), &own(b"", b"", 5000)).unwrap();
        assert_eq!(r.exit, Exit::Signal(6));
        assert_eq!(r.exit.describe(), "killed by signal 6 (SIGABRT)");
        let r = run(sh("exit 3"), &own(b"", b"", 5000)).unwrap();
        assert_eq!(r.exit, Exit::Code(3));
    }

    #[test]
    fn a_wrapper_reports_a_signal_as_128_plus_it() {
        let mut wrapped = own(b"", b"", 5000);
        wrapped.wrapped = true;
        let r = run(sh("exit 134"), &wrapped).unwrap();
        assert_eq!(
            r.exit,
            Exit::Signal(6),
            "exit 134 of a wrapper is signal 6, got {r:?}"
        );
        let r = run(sh("exit 134"), &own(b"", b"", 5000)).unwrap();
        assert_eq!(
            r.exit,
            Exit::Code(134),
            "exit 134 of a plain command is a code, got {r:?}"
        );
    }

    #[test]
    fn a_caller_group_run_reads_everything_and_kills_its_child_at_the_deadline() {
        let r = run(
            sh("head -c 300000 /dev/zero; echo err >&2"),
            &Run::caller(Duration::from_secs(30)),
        )
        .unwrap();
        assert_eq!(
            (r.exit, r.stdout.len(), r.stderr_text(), r.truncated),
            (Exit::Code(0), 300_000, "err\n".to_string(), false),
            "an uncapped run keeps all of stdout and stderr"
        );
        assert_eq!(
            r.status.map(|s| s.to_string()).as_deref(),
            Some("exit status: 0"),
            "the status of a finished run"
        );
        let t = Instant::now();
        let r = run(
            sh("exec sleep 30"),
            &Run::caller(Duration::from_millis(300)),
        )
        .unwrap();
        assert!(
            r.exit == Exit::TimedOut && r.status.is_none(),
            "a run past its deadline is killed, got {r:?}"
        );
        assert!(
            t.elapsed() < Duration::from_secs(5),
            "killed at the deadline of 300 ms, took {:?}",
            t.elapsed()
        );
        let r = run(sh("cat"), &Run::caller(Duration::MAX)).unwrap();
        assert_eq!(
            (r.exit, r.stdout.len()),
            (Exit::Code(0), 0),
            "stdin is /dev/null and no deadline is Duration::MAX"
        );
    }
}
