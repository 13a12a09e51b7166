//! The learner's compile, inside bubblewrap.
//!
//! Learner code can act while it is compiled: `include_str!`, `include_bytes!`, `include!` and
//! `#[path]` read files, `env!` reads variables, and a failing build prints what they read. The
//! grader refuses such code before building it ([`super::file_access`]) and checks rustc's
//! dep-info after a successful build; this module is the third line: where bubblewrap works,
//! the rustc that compiles the learner's library runs in the same kind of sandbox as the tests
//! ([`super::sandbox::BWRAP_ISOLATION`]: uid 65534, no capabilities, no network, no `/proc`),
//! and sees only
//!
//! - the week's `src/` in the scratch workspace (read-only): not the reference weeks beside it,
//!   not the hidden tests (which are not in the workspace at that time anyway), not the course;
//! - the toolchain (the sysroot) and the system's libraries (read-only);
//! - rustc's output folder (`target/debug/deps`, writable: the compiled dependencies it links
//!   against are there, and its outputs go there).
//!
//! Cargo runs every rustc of the graded workspace through a small shell script
//! (`RUSTC_WORKSPACE_WRAPPER`, written by [`Jail::prepare`]); the script sandboxes the one whose
//! `--crate-name` is the learner's library and runs every other one as cargo asked. Incremental
//! compilation is off in graded builds (`CARGO_INCREMENTAL=0`): the learner's compile writes
//! nothing outside its output folder, and nothing one submission's compile leaves behind is
//! read by the next. The one exception is the grader's own two test crates (the hidden tests
//! built as one, [`super::compile::HIDDEN_TOGETHER`], and the signature probe): their sources
//! are the same in every submission, so the script gives their rustc an incremental cache
//! ([`own_incremental_dir`], in the target dir but outside `debug/deps`), which neither the
//! learner's sandboxed compile nor the sandboxed tests can see. That cuts their compile by about
//! three quarters (docs/grading.md, Speed). Without bubblewrap there is no script, and no cache.

use super::sandbox::{BWRAP_ISOLATION, Sandbox, system_binds};
use crate::course::Week;
use crate::error::{Context, Error, Result};
use std::path::{Path, PathBuf};
use std::process::Command;

/// The file name of the wrapper script, in the scratch root.
const SCRIPT: &str = "grade-rustc-jail.sh";

/// What a graded build needs to compile the learner's library in the sandbox.
#[derive(Debug, Clone)]
pub struct Jail {
    script: PathBuf,
    sysroot: PathBuf,
}

/// `s` as one shell word (single-quoted).
fn sh_quote(s: &str) -> String {
    format!("'{}'", s.replace('\'', r"'\''"))
}

/// The wrapper script: sandboxes the rustc of `$XTASK_JAIL_CRATE`, runs every other exactly as
/// cargo asks. (How the graded week is optimised is cargo's business, set by
/// [`super::compile::graded_profile_args`], so that it holds with and without a sandbox.)
fn script_text(bwrap: &Path) -> String {
    let mut flags: Vec<String> = BWRAP_ISOLATION.iter().map(|f| sh_quote(f)).collect();
    flags.extend(system_binds().iter().map(|f| sh_quote(f)));
    format!(
        r#"#!/bin/sh
# Written by `cargo xtask grade` (xtask/src/grade/compile_jail.rs). Cargo runs every rustc of the
# graded workspace through this script (RUSTC_WORKSPACE_WRAPPER). The rustc of the learner's
# library ($XTASK_JAIL_CRATE) runs inside bubblewrap, seeing only the week's src/ (read-only),
# the toolchain, the system's libraries and its output folder; every other rustc runs as asked.
rustc="$1"
shift
learner=
out=
sysroot_given=
prev=
own=
for a in "$@"; do
    if [ "$prev" = --crate-name ] && [ "$a" = "$XTASK_JAIL_CRATE" ]; then learner=1; fi
    if [ "$prev" = --crate-name ] && {{ [ "$a" = {hidden} ] || [ "$a" = {probe} ]; }}; then own=1; fi
    if [ "$prev" = --out-dir ]; then out=$a; fi
    case "$a" in --sysroot|--sysroot=*) sysroot_given=1 ;; esac
    prev=$a
done
if [ -z "$learner" ]; then
    # The grader's own test crates (the hidden tests built as one, the signature probe) keep
    # an incremental cache outside anything the sandboxes show: their sources are the same in
    # every submission, so most of their compile is reused from the last one.
    if [ -n "$own" ] && [ -n "$XTASK_OWN_INCREMENTAL" ]; then
        exec "$rustc" "$@" -C "incremental=$XTASK_OWN_INCREMENTAL"
    fi
    exec "$rustc" "$@"
fi
if [ -z "$out" ] || [ -z "$XTASK_JAIL_SRC" ] || [ -z "$XTASK_JAIL_SYSROOT" ]; then
    echo "cargo xtask grade: cannot sandbox the compile of $XTASK_JAIL_CRATE (no --out-dir, src or sysroot)" >&2
    exit 1
fi
# Without /proc the dynamic loader cannot resolve rustc's `$ORIGIN/../lib`, nor rustc find its
# sysroot: both are given.
if [ -z "$sysroot_given" ]; then
    set -- --sysroot "$XTASK_JAIL_SYSROOT" "$@"
fi
exec {bwrap} {flags} \
    --ro-bind "$XTASK_JAIL_SYSROOT" "$XTASK_JAIL_SYSROOT" \
    --ro-bind "$XTASK_JAIL_SRC" "$XTASK_JAIL_SRC" \
    --bind "$out" "$out" \
    --setenv LD_LIBRARY_PATH "$XTASK_JAIL_SYSROOT/lib" \
    --remount-ro / \
    --chdir "$PWD" \
    -- "$XTASK_JAIL_SYSROOT/bin/rustc" "$@"
"#,
        bwrap = sh_quote(&bwrap.display().to_string()),
        flags = flags.join(" "),
        hidden = sh_quote(super::compile::HIDDEN_TOGETHER),
        probe = sh_quote(super::signatures::PROBE),
    )
}

/// The toolchain's sysroot, as the graded builds' `rustc` reports it.
fn sysroot() -> Result<PathBuf> {
    let rustc = std::env::var("RUSTC").unwrap_or_else(|_| "rustc".into());
    let out = Command::new(&rustc)
        .args(["--print", "sysroot"])
        .output()
        .map_err(|e| Error::Msg(format!("running `{rustc} --print sysroot`: {e}")))?;
    if !out.status.success() {
        return Err(Error::Msg(format!(
            "`{rustc} --print sysroot` failed: {}",
            String::from_utf8_lossy(&out.stderr).trim()
        )));
    }
    let p = PathBuf::from(String::from_utf8_lossy(&out.stdout).trim());
    if p.join("bin").join("rustc").is_file() {
        Ok(p)
    } else {
        Err(Error::Msg(format!(
            "no rustc in the sysroot {}",
            p.display()
        )))
    }
}

/// Where the grader's own test crates keep their incremental cache: in the target dir, beside
/// (not inside) `debug/deps`, the one folder of it the learner's sandboxed compile sees; the
/// test processes see no part of the target dir.
pub fn own_incremental_dir(target: &Path) -> PathBuf {
    target.join("xtask-own-incremental")
}

impl Jail {
    /// Writes the wrapper script into `scratch_root`, when `sandbox` uses bubblewrap; `None`
    /// (builds as cargo runs them, with the other two checks) when it does not.
    ///
    /// # Errors
    /// When the script cannot be written or the toolchain's sysroot cannot be found.
    pub fn prepare(scratch_root: &Path, sandbox: &Sandbox) -> Result<Option<Jail>> {
        let Some(bwrap) = sandbox.bwrap() else {
            return Ok(None);
        };
        let sysroot = sysroot()?;
        let script = scratch_root.join(SCRIPT);
        crate::project::write_if_changed(&script, script_text(bwrap).as_bytes())
            .op("writing", &script)?;
        use std::os::unix::fs::PermissionsExt;
        std::fs::set_permissions(&script, std::fs::Permissions::from_mode(0o755))
            .map_err(|e| Error::Msg(format!("making {} executable: {e}", script.display())))?;
        Ok(Some(Jail { script, sysroot }))
    }

    /// The environment of every graded build of `week` in the scratch workspace `ws`, with
    /// target dir `target`: the learner's library compiled in the sandbox, and the grader's own
    /// test crates ([`super::compile::HIDDEN_TOGETHER`], [`super::signatures::PROBE`]) with an
    /// incremental cache in [`own_incremental_dir`]`(target)`.
    pub fn env(&self, ws: &Path, target: &Path, week: Week) -> Vec<(String, String)> {
        let mut env = self.env_for(&ws.join(week.name()).join("src"), &week.lib_name());
        env.push((
            "XTASK_OWN_INCREMENTAL".into(),
            own_incremental_dir(target).display().to_string(),
        ));
        env
    }

    /// The environment of a cargo build in which the crate `crate_name`, whose sources are
    /// the folder `src`, is compiled in the sandbox.
    pub fn env_for(&self, src: &Path, crate_name: &str) -> Vec<(String, String)> {
        [
            (
                "RUSTC_WORKSPACE_WRAPPER".into(),
                self.script.display().to_string(),
            ),
            ("XTASK_JAIL_CRATE".into(), crate_name.into()),
            ("XTASK_JAIL_SRC".into(), src.display().to_string()),
            (
                "XTASK_JAIL_SYSROOT".into(),
                self.sysroot.display().to_string(),
            ),
        ]
        .into_iter()
        .chain(super::compile::graded_build_env())
        .collect()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn shell_words_survive_quotes() {
        assert_eq!(
            sh_quote("it's"),
            r"'it'\''s'",
            "a single quote inside a single-quoted shell word"
        );
    }

    #[test]
    fn the_script_sandboxes_only_the_learners_crate() {
        let s = script_text(Path::new("/usr/bin/bwrap"));
        for needle in [
            "'--cap-drop' 'ALL'",
            "--ro-bind \"$XTASK_JAIL_SRC\"",
            "exec \"$rustc\" \"$@\"",
            "[ \"$a\" = \"$XTASK_JAIL_CRATE\" ]",
        ] {
            assert!(s.contains(needle), "the jail script lacks `{needle}`:\n{s}");
        }
    }

    /// Runs the script with a stand-in rustc that prints its arguments: every crate but the
    /// learner's (the public tests, the weeks below, a hidden test file built alone) gets
    /// exactly cargo's arguments; the grader's own two test crates get `-C incremental=<dir>`
    /// added, and only when the grader names the dir.
    #[test]
    fn the_script_runs_every_other_crate_as_cargo_asks() {
        let dir = std::env::temp_dir().join(format!("xtask-jail-script-{}", std::process::id()));
        std::fs::create_dir_all(&dir).unwrap();
        let script = dir.join(SCRIPT);
        std::fs::write(&script, script_text(Path::new("/nonexistent/bwrap"))).unwrap();
        let fake_rustc = dir.join("rustc");
        std::fs::write(&fake_rustc, "#!/bin/sh\necho \"$@\"\n").unwrap();
        use std::os::unix::fs::PermissionsExt;
        std::fs::set_permissions(&fake_rustc, std::fs::Permissions::from_mode(0o755)).unwrap();
        let own = [
            super::super::compile::HIDDEN_TOGETHER,
            super::super::signatures::PROBE,
        ];
        let crates = [
            "hidden_models",
            "week6_ml",
            "e01_lu",
            "not_hidden_x",
            own[0],
            own[1],
        ];
        for (incremental, crate_name) in [None, Some("/cache dir")]
            .into_iter()
            .flat_map(|i| crates.map(|c| (i, c)))
        {
            let args = ["--crate-name", crate_name, "-C", "opt-level=1"];
            let mut cmd = Command::new("sh");
            cmd.arg(&script)
                .arg(&fake_rustc)
                .args(args)
                .env("XTASK_JAIL_CRATE", "week5_svd_eigen")
                .env_remove("XTASK_OWN_INCREMENTAL");
            if let Some(d) = incremental {
                cmd.env("XTASK_OWN_INCREMENTAL", d);
            }
            let out = cmd.output().unwrap();
            let printed = String::from_utf8_lossy(&out.stdout);
            let want = match incremental {
                Some(d) if own.contains(&crate_name) => {
                    format!("{} -C incremental={d}", args.join(" "))
                }
                _ => args.join(" "),
            };
            assert!(
                out.status.success() && printed.trim_end() == want,
                "the jail script on `{}` (XTASK_OWN_INCREMENTAL {incremental:?}) ran rustc with \
                 `{}` (status {}), want `{want}`",
                args.join(" "),
                printed.trim_end(),
                out.status
            );
        }
        std::fs::remove_dir_all(&dir).unwrap();
    }
}
