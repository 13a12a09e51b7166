//! Running learner code: one process group per run, a wall-clock timeout, capped output, and
//! (where bubblewrap works) no network and no view of anything but the test binary and its
//! package folder.
//!
//! No `unsafe`: the process group comes from `CommandExt::process_group(0)`, the kill from the
//! `kill` command ([`crate::exec::kill_group`]), resource limits from the `prlimit` command.

use std::io::{Read, Write};
use std::os::unix::process::{CommandExt, ExitStatusExt};
use std::path::{Path, PathBuf};
use std::process::{Child, Command, ExitStatus, Stdio};
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

/// Address-space limit for a test process (prlimit `--as`): generous for tests on matrices of
/// size ≤ 100, small enough that a runaway allocation does not take the machine down.
pub const MEMORY_LIMIT_BYTES: u64 = 2 << 30;
/// Largest file a test process may write (prlimit `--fsize`), e.g. in the sandbox's `/tmp`.
pub const FILE_SIZE_LIMIT_BYTES: u64 = 16 << 20;

/// Held while a file that will be executed is open for writing ([`super::runner`]'s staged
/// test binaries) and while a process is started. A child forked while another thread holds
/// such a file open inherits the writable descriptor until it calls exec; executing the file in
/// that window fails with `ETXTBSY` ("text file busy"), which on a loaded machine made a
/// reference test fail now and then when tests ran in parallel.
pub static SPAWN_LOCK: Mutex<()> = Mutex::new(());

/// bubblewrap's isolation flags, the same for root and for an unprivileged user.
///
/// As root, bubblewrap keeps every capability unless told otherwise, and learner code with
/// `CAP_SYS_ADMIN` could mount its own `/proc` (and read the pass token out of its own memory),
/// remount its read-only binds writable, or reach host files with `open_by_handle_at`. So:
/// a new user namespace in which the code is uid/gid 65534 (`nobody`) with **no capabilities**
/// (`--cap-drop ALL`, also the bounding set), no further user namespaces (`--disable-userns`:
/// no way to regain capabilities in a nested one), new network, PID, IPC, UTS and cgroup
/// namespaces, a new terminal session (no `TIOCSTI` into the grader's terminal), no `/proc`,
/// a private `/dev` and `/tmp`, and the root read-only.
pub const BWRAP_ISOLATION: &[&str] = &[
    "--unshare-user",
    "--uid",
    "65534",
    "--gid",
    "65534",
    "--disable-userns",
    "--cap-drop",
    "ALL",
    "--unshare-net",
    "--unshare-pid",
    "--unshare-ipc",
    "--unshare-uts",
    "--unshare-cgroup-try",
    "--new-session",
    "--die-with-parent",
    "--dev",
    "/dev",
    "--tmpfs",
    "/tmp",
];

/// bubblewrap arguments that show the system's programs and libraries (`/usr`, `/lib*`, `/bin`,
/// `/sbin`) read-only, as directories or as the symlinks they are on merged-`/usr` systems.
pub fn system_binds() -> Vec<String> {
    let mut args = Vec::new();
    for sys in [
        "/usr", "/lib", "/lib64", "/lib32", "/libx32", "/bin", "/sbin",
    ] {
        let p = Path::new(sys);
        match std::fs::symlink_metadata(p) {
            Ok(m) if m.file_type().is_symlink() => {
                if let Ok(target) = std::fs::read_link(p) {
                    args.extend(["--symlink".into(), target.display().to_string(), sys.into()]);
                }
            }
            Ok(m) if m.is_dir() => {
                args.extend(["--ro-bind".into(), sys.into(), sys.into()]);
            }
            _ => {}
        }
    }
    args
}

/// How learner code is isolated.
#[derive(Debug, Clone)]
pub struct Sandbox {
    /// `Some(path of bwrap)` when bubblewrap works here.
    bwrap: Option<PathBuf>,
    /// `prlimit`, when found: memory, file size and core-dump limits.
    prlimit: Option<PathBuf>,
    /// Why bubblewrap is not used (when it is not).
    reason: String,
}

/// Finds an executable on `PATH` (or in `/usr/bin`, `/bin`).
pub fn which(name: &str) -> Option<PathBuf> {
    let path = std::env::var_os("PATH").unwrap_or_default();
    std::env::split_paths(&path)
        .chain([PathBuf::from("/usr/bin"), PathBuf::from("/bin")])
        .map(|d| d.join(name))
        .find(|p| p.is_file())
}

impl Sandbox {
    /// No isolation beyond process groups, timeouts and resource limits.
    pub fn none(reason: &str) -> Sandbox {
        Sandbox {
            bwrap: None,
            prlimit: which("prlimit"),
            reason: reason.to_string(),
        }
    }

    /// Uses bubblewrap when `want` and a trial run inside it succeeds; otherwise falls back,
    /// remembering why.
    pub fn detect(want: bool) -> Sandbox {
        if !want {
            return Sandbox::none("disabled with --no-sandbox");
        }
        let Some(bwrap) = which("bwrap") else {
            return Sandbox::none(
                "bubblewrap (`bwrap`) is not installed; install the Debian package `bubblewrap`",
            );
        };
        let mut s = Sandbox {
            bwrap: Some(bwrap),
            prlimit: which("prlimit"),
            reason: String::new(),
        };
        // The trial: can we start a process in the sandbox that sees /usr but not this folder?
        let probe = Path::new("/usr/bin/true");
        let here = std::env::current_dir().unwrap_or_else(|_| PathBuf::from("/"));
        let mut cmd = s.command(
            probe,
            &[],
            &[],
            Path::new("/"),
            &[("PATH".into(), "/usr/bin:/bin".into())],
        );
        let mut test_hidden = s.command(
            Path::new("/usr/bin/test"),
            &["!".into(), "-e".into(), here.display().to_string()],
            &[],
            Path::new("/"),
            &[],
        );
        let ok = |c: &mut Command| {
            c.stdin(Stdio::null())
                .stdout(Stdio::null())
                .stderr(Stdio::piped())
                .output()
        };
        match (ok(&mut cmd), probe.exists()) {
            (Ok(out), true) if out.status.success() => {
                // When the current folder is "/" (or below /usr), it is visible by design.
                let hidden = here.starts_with("/usr")
                    || here == Path::new("/")
                    || !Path::new("/usr/bin/test").exists()
                    || { matches!(ok(&mut test_hidden), Ok(o) if o.status.success()) };
                if !hidden {
                    s.bwrap = None;
                    s.reason = "bubblewrap ran, but the sandbox could still see the project \
                                folder; not using it"
                        .into();
                }
            }
            (Ok(out), true) => {
                s.bwrap = None;
                s.reason = format!(
                    "bubblewrap is installed but does not work here ({}); \
                     e.g. unprivileged user namespaces may be disabled",
                    String::from_utf8_lossy(&out.stderr).trim()
                );
            }
            (Ok(_), false) => {
                s.bwrap = None;
                s.reason = "bubblewrap could not be checked (no /usr/bin/true)".into();
            }
            (Err(e), _) => {
                s.bwrap = None;
                s.reason = format!("bubblewrap could not be started: {e}");
            }
        }
        s
    }

    /// The bubblewrap executable, when learner code runs inside it.
    pub fn bwrap(&self) -> Option<&Path> {
        self.bwrap.as_deref()
    }

    /// True when test processes run inside bubblewrap.
    pub fn is_sandboxed(&self) -> bool {
        self.bwrap.is_some()
    }

    /// One line for the report.
    pub fn describe(&self) -> String {
        let limits = if self.prlimit.is_some() {
            "memory limited to 2 GiB"
        } else {
            "no memory limit (prlimit not found)"
        };
        match &self.bwrap {
            Some(_) => format!(
                "bubblewrap (tests and the learner's compile): uid 65534 with no capabilities, no network, no /proc, only the test \
                 binary and its package folder visible (read-only); {limits}"
            ),
            None => format!(
                "NOT sandboxed: {}; learner code runs with your network and can read your files; {limits}",
                self.reason
            ),
        }
    }

    /// The command that runs `exe args` with `cwd` as working directory, seeing (read-only) the
    /// executable, `cwd` and `visible`, with exactly the environment `env`.
    pub fn command(
        &self,
        exe: &Path,
        args: &[String],
        visible: &[PathBuf],
        cwd: &Path,
        env: &[(String, String)],
    ) -> Command {
        let mut inner: Vec<String> = Vec::new();
        if let Some(p) = &self.prlimit {
            inner.push(p.display().to_string());
            inner.push(format!("--as={MEMORY_LIMIT_BYTES}"));
            inner.push(format!("--fsize={FILE_SIZE_LIMIT_BYTES}"));
            inner.push("--core=0".into());
            inner.push("--".into());
        }
        inner.push(exe.display().to_string());
        inner.extend(args.iter().cloned());
        let mut cmd = match &self.bwrap {
            None => {
                let mut c = Command::new(&inner[0]);
                c.args(&inner[1..]).current_dir(cwd);
                c
            }
            Some(bwrap) => {
                let mut c = Command::new(bwrap);
                c.args(BWRAP_ISOLATION).args(system_binds());
                let mut binds: Vec<&Path> = vec![exe, cwd];
                binds.extend(visible.iter().map(PathBuf::as_path));
                for b in binds {
                    if !b.starts_with("/usr") && b != Path::new("/") {
                        c.arg("--ro-bind").arg(b).arg(b);
                    }
                }
                // The new root is bubblewrap's own tmpfs: read-only once everything is in place.
                c.args(["--remount-ro", "/"]);
                c.arg("--chdir").arg(cwd).arg("--").args(&inner);
                c
            }
        };
        cmd.env_clear();
        for (k, v) in env {
            cmd.env(k, v);
        }
        cmd
    }
}

/// How a run ended.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Exit {
    /// Exited with this status code.
    Code(i32),
    /// Killed by this signal.
    Signal(i32),
    /// Still running at the deadline: killed, with its whole process group.
    TimedOut,
}

impl Exit {
    fn from_status(status: ExitStatus, sandboxed: bool) -> Exit {
        match (status.code(), status.signal()) {
            // bubblewrap reports a child killed by signal s as exit status 128 + s.
            (Some(c), _) if sandboxed && c > 128 && c < 128 + 32 => Exit::Signal(c - 128),
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

/// Limits of one run.
#[derive(Debug, Clone, Copy)]
pub struct Limits {
    pub timeout: Duration,
    /// Bytes kept of each of stdout and stderr.
    pub output_cap: usize,
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

/// Runs `cmd` as the leader of a new process group, writes `stdin` to it and closes it, waits
/// at most `limits.timeout`, then kills the whole group (also when the leader exited on its
/// own, so that nothing it started lingers). `marker` is searched for in all of stdout.
pub fn run(
    mut cmd: Command,
    stdin: &[u8],
    marker: &[u8],
    limits: Limits,
    sandboxed: bool,
) -> std::io::Result<RunOutput> {
    cmd.process_group(0)
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped());
    let start = Instant::now();
    let mut child: Child = {
        let _no_writer_open = SPAWN_LOCK.lock().unwrap_or_else(|e| e.into_inner());
        cmd.spawn()?
    };
    let pgid = child.id();
    let out = Arc::new(Mutex::new(Captured::default()));
    let err = Arc::new(Mutex::new(Captured::default()));
    if let Some(o) = child.stdout.take() {
        let out = Arc::clone(&out);
        let m = marker.to_vec();
        std::thread::spawn(move || drain(o, limits.output_cap, m, out));
    }
    if let Some(e) = child.stderr.take() {
        let err = Arc::clone(&err);
        std::thread::spawn(move || drain(e, limits.output_cap, Vec::new(), err));
    }
    if let Some(mut i) = child.stdin.take() {
        // A pipe holds far more than one line, so this does not block; errors (the child
        // already gone) do not matter.
        let _ = i.write_all(stdin);
    }
    let deadline = start + limits.timeout;
    let mut pause = Duration::from_millis(1);
    let exit = loop {
        match child.try_wait()? {
            Some(status) => break Exit::from_status(status, sandboxed),
            None if Instant::now() >= deadline => {
                crate::exec::kill_group(pgid);
                let _ = child.wait();
                break Exit::TimedOut;
            }
            None => {
                std::thread::sleep(pause);
                pause = (pause * 2).min(Duration::from_millis(20));
            }
        }
    };
    let elapsed = start.elapsed();
    // Anything the test started in the background goes with it.
    crate::exec::kill_group(pgid);
    // Wait (briefly) for the readers to reach the end of the output: a process that escaped the
    // group could keep the pipes open forever, so do not wait for that.
    let settle = Instant::now() + Duration::from_secs(2);
    loop {
        let done = |c: &Arc<Mutex<Captured>>| c.lock().unwrap_or_else(|e| e.into_inner()).done;
        if (done(&out) && done(&err)) || Instant::now() >= settle {
            break;
        }
        std::thread::sleep(Duration::from_millis(2));
    }
    let take = |c: &Arc<Mutex<Captured>>| {
        let mut c = c.lock().unwrap_or_else(|e| e.into_inner());
        (std::mem::take(&mut c.kept), c.truncated, c.marker_seen)
    };
    let (stdout, t1, marker_seen) = take(&out);
    let (stderr, t2, _) = take(&err);
    Ok(RunOutput {
        exit,
        stdout,
        stderr,
        truncated: t1 || t2,
        marker_seen,
        elapsed,
    })
}

/// A fresh random token (32 hex digits) from the operating system's random source.
pub fn random_token() -> std::io::Result<String> {
    let mut bytes = [0u8; 16];
    std::fs::File::open("/dev/urandom")?.read_exact(&mut bytes)?;
    Ok(bytes.iter().map(|b| format!("{b:02x}")).collect())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn sh(script: &str) -> Command {
        let mut c = Command::new("/bin/sh");
        c.args(["-c", script]);
        c
    }

    fn limits(ms: u64) -> Limits {
        Limits {
            timeout: Duration::from_millis(ms),
            output_cap: 100,
        }
    }

    #[test]
    fn tokens_are_fresh_hex() {
        let a = random_token().unwrap();
        let b = random_token().unwrap();
        assert_eq!(a.len(), 32);
        assert!(a.chars().all(|c| c.is_ascii_hexdigit()));
        assert_ne!(a, b);
    }

    #[test]
    fn finds_the_marker_beyond_the_output_cap_and_across_reads() {
        let script =
            "head -c 100000 /dev/zero | tr '\\0' x; printf '\\nPASS:'; sleep 0.05; printf 'abc\\n'";
        let r = run(sh(script), b"", b"\nPASS:abc\n", limits(5000), false).unwrap();
        assert_eq!(r.exit, Exit::Code(0));
        assert!(r.marker_seen);
        assert!(r.truncated);
        assert_eq!(r.stdout.len(), 100);
    }

    #[test]
    fn stdin_is_delivered_and_closed() {
        let r = run(
            sh("read x; echo got:$x; cat"),
            b"tok\n",
            b"got:tok",
            limits(5000),
            false,
        )
        .unwrap();
        assert_eq!(r.exit, Exit::Code(0));
        assert!(r.marker_seen);
    }

    #[test]
    fn a_hanging_process_group_is_killed_at_the_deadline() {
        // The background child keeps stdout open: it must die with the group.
        let t = Instant::now();
        let r = run(sh("sleep 30 & sleep 30"), b"", b"", limits(300), false).unwrap();
        assert_eq!(r.exit, Exit::TimedOut);
        assert!(t.elapsed() < Duration::from_secs(5), "{:?}", t.elapsed());
    }

    #[test]
    fn signals_and_codes_are_told_apart() {
        let r = run(sh("kill -ABRT $$"), b"", b"", limits(5000), false).unwrap();
        assert_eq!(r.exit, Exit::Signal(6));
        assert_eq!(r.exit.describe(), "killed by signal 6 (SIGABRT)");
        let r = run(sh("exit 3"), b"", b"", limits(5000), false).unwrap();
        assert_eq!(r.exit, Exit::Code(3));
    }
}
