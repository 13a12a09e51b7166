//! Launching processes: the one place that knows how to name cargo and how to kill a process
//! group.
//!
//! - [`cargo_program`] / [`cargo`]: the cargo that runs `cargo xtask` (`$CARGO`, which cargo
//!   sets for the programs it runs), so a rustup toolchain override holds for every build xtask
//!   starts; plain `cargo` when xtask was started some other way.
//! - [`cargo_in`]: that cargo in a (scratch) workspace with its own target directory.
//! - [`kill_group`]: `kill -KILL -- -PGID`, without `unsafe` (the grader's sandbox runs learner
//!   code as the leader of its own process group and kills the whole group at its deadline).

use std::ffi::OsString;
use std::path::Path;
use std::process::{Command, Stdio};

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

/// Kills every process of the process group `pgid` (the `kill` command: no `unsafe`).
pub fn kill_group(pgid: u32) {
    let _ = Command::new("kill")
        .args(["-KILL", "--", &format!("-{pgid}")])
        .stdin(Stdio::null())
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .status();
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
}
