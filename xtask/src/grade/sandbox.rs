//! Running learner code: one process group per run, a wall-clock timeout, capped output, and
//! (where bubblewrap works) no network and no view of anything but the test binary and its
//! package folder.
//!
//! The sandbox is a wrapper around the one runner, [`crate::exec::run`]: [`Sandbox::command`]
//! builds the command (bubblewrap, prlimit, exactly the given environment) and [`Sandbox::run`]
//! runs it in a process group of its own ([`Group::Own`]: the group is killed at the deadline
//! and when the test ends), with the output capped.
//!
//! No `unsafe`: the process group comes from `CommandExt::process_group(0)`, the kill from the
//! `kill` command ([`crate::exec::kill_group`]), resource limits from the `prlimit` command.

use crate::exec::{self, Group, Limits, RunOutput};
use std::io::Read;
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};

/// Address-space limit for a test process (prlimit `--as`): generous for tests on matrices of
/// size ≤ 100, small enough that a runaway allocation does not take the machine down.
pub const MEMORY_LIMIT_BYTES: u64 = 2 << 30;
/// Largest file a test process may write (prlimit `--fsize`), e.g. in the sandbox's `/tmp`.
pub const FILE_SIZE_LIMIT_BYTES: u64 = 16 << 20;

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

impl Sandbox {
    /// No isolation beyond process groups, timeouts and resource limits.
    pub fn none(reason: &str) -> Sandbox {
        Sandbox {
            bwrap: None,
            prlimit: crate::exec::which("prlimit"),
            reason: reason.to_string(),
        }
    }

    /// Uses bubblewrap when `want` and a trial run inside it succeeds; otherwise falls back,
    /// remembering why.
    pub fn detect(want: bool) -> Sandbox {
        if !want {
            return Sandbox::none("disabled with --no-sandbox");
        }
        let Some(bwrap) = crate::exec::which("bwrap") else {
            return Sandbox::none(
                "bubblewrap (`bwrap`) is not installed; install the Debian package `bubblewrap`",
            );
        };
        let mut s = Sandbox {
            bwrap: Some(bwrap),
            prlimit: crate::exec::which("prlimit"),
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

    /// Runs `cmd` (from [`Sandbox::command`]) with [`exec::run`]: a process group of its own
    /// killed at `limits.timeout` and when the leader exits, `stdin` written and closed, each
    /// output kept up to `limits.output_cap`, `marker` looked for in all of stdout; a death by
    /// signal `s` inside bubblewrap (reported as `128 + s`) is read as that signal.
    pub fn run(
        &self,
        cmd: Command,
        stdin: &[u8],
        marker: &[u8],
        limits: Limits,
    ) -> std::io::Result<RunOutput> {
        exec::run(
            cmd,
            &exec::Run {
                stdin: Some(stdin),
                marker,
                limits,
                group: Group::Own,
                wrapped: self.is_sandboxed(),
                to_terminal: false,
            },
        )
    }
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

    #[test]
    fn tokens_are_fresh_hex() {
        let a = random_token().unwrap();
        let b = random_token().unwrap();
        assert_eq!(a.len(), 32);
        assert!(a.chars().all(|c| c.is_ascii_hexdigit()));
        assert_ne!(a, b);
    }

    /// The sandbox runs through [`exec::run`] in a group of its own: a background process
    /// that keeps the output open dies with the group at the deadline (the runner's own tests
    /// are in `exec`).
    #[test]
    fn the_sandbox_runs_in_a_group_of_its_own() {
        let s = Sandbox::none("a test");
        let mut cmd = Command::new("/bin/sh");
        cmd.args(["-c", "echo tok:$(cat); sleep 30 & sleep 30"]);
        let limits = Limits {
            timeout: std::time::Duration::from_millis(300),
            output_cap: 100,
        };
        let t = std::time::Instant::now();
        let r = s.run(cmd, b"x\n", b"tok:x", limits).unwrap();
        assert!(
            r.exit == exec::Exit::TimedOut && r.marker_seen,
            "the sandboxed run is fed stdin and killed at the deadline, got {r:?}"
        );
        assert!(
            t.elapsed() < std::time::Duration::from_secs(5),
            "the whole group was killed at 300 ms, took {:?}",
            t.elapsed()
        );
    }
}
