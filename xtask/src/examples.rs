//! A week's example programs (`<week>/examples/*.rs`): listing them, and running one in a
//! scratch workspace on the reference or on the learner's own `src/`.
//!
//! The library of the `example`, `pictures` and `bench` commands, which differ only in what
//! they launch: `example` any program with the features asked, `pictures` each week's
//! `pictures` program, `bench` a week's benchmark against its peer compiled for this CPU.
//!
//! A launch is `cargo run --release -p <week> --example <name>` in the scratch workspace
//! [`Launch::workspace`] (weeks `1..=week`, each from the reference or from the learner's
//! `src/`, which is only read), with `COURSE_ROOT` set to the real tree so that a program that
//! writes files (the pictures) writes them there and not into the scratch copy. It goes through
//! the one runner, [`exec::run`], in its terminal mode: cargo's output and the program's go to
//! the terminal as they come.
//!
//! ```no_run
//! use xtask::course::Week;
//! use xtask::examples::{Code, Launch, Rustflags};
//! let w = Week::new(1).unwrap();
//! let launch = Launch {
//!     features: vec!["pictures".into()],
//!     ..Launch::new(w, "pictures", Code::Reference, "reference-examples")
//! };
//! let root = xtask::project::project_root();
//! assert!(launch.run(&root).unwrap().success());
//! # let _ = Rustflags::Inherit;
//! ```

use crate::course::Week;
use crate::error::{Context, Error, Result, fs};
use crate::exec::{self, Run};
use crate::scratch::{self, Src, WeekLayer, read_tree};
use std::path::{Path, PathBuf};
use std::process::{Command, ExitStatus};

/// The flags the benchmarks are compiled with (unless `--portable`).
pub const NATIVE_RUSTFLAGS: &str = "-C target-cpu=native";

/// Whose code the weeks of the scratch workspace hold.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Code {
    /// `solutions/<week>/src` of every week `1..=week`.
    Reference,
    /// The learner's `<week>/src` of every week `1..=week`, copied (only read).
    Mine,
}

/// How the program is compiled.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Rustflags {
    /// Whatever `RUSTFLAGS` the caller has (`example`, `pictures`).
    Inherit,
    /// `RUSTFLAGS="-C target-cpu=native"`, in its own target directory
    /// (`xtask-scratch/target-native`), so it never invalidates the portable builds.
    Native,
    /// No `RUSTFLAGS` at all (`bench --portable`).
    Portable,
}

/// One `cargo run --example` in a scratch workspace.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Launch<'a> {
    pub week: Week,
    /// The example's name (`ladder`, `pictures`).
    pub name: &'a str,
    pub code: Code,
    /// The scratch workspace's name below `target/xtask-scratch/`.
    pub workspace: &'a str,
    /// Cargo features of the week's crate (`--features a,b`).
    pub features: Vec<String>,
    /// The program's own arguments (after `--`).
    pub passthrough: Vec<String>,
    pub rustflags: Rustflags,
    /// `cargo run --quiet`: no compile progress on the terminal.
    pub quiet: bool,
}

impl<'a> Launch<'a> {
    /// Example `name` of `week` on `code`, no features, no arguments, inherited `RUSTFLAGS`,
    /// with cargo's progress shown.
    pub fn new(week: Week, name: &'a str, code: Code, workspace: &'a str) -> Launch<'a> {
        Launch {
            week,
            name,
            code,
            workspace,
            features: Vec::new(),
            passthrough: Vec::new(),
            rustflags: Rustflags::Inherit,
            quiet: false,
        }
    }

    /// The scratch workspace's layers: weeks `1..=week` from [`Launch::code`], no tests.
    pub fn layers(&self, root: &Path) -> Result<Vec<WeekLayer>> {
        self.week
            .through()
            .map(|w| {
                let src = match self.code {
                    Code::Reference => Src::Reference,
                    Code::Mine => Src::Files(read_tree(&w.dir(root).join("src"))?),
                };
                Ok(WeekLayer {
                    week: w,
                    src,
                    hidden_tests: false,
                    public_tests: false,
                })
            })
            .collect()
    }

    /// Cargo's target directory for this launch: the shared scratch one, or the native one.
    pub fn target_dir(&self, root: &Path) -> PathBuf {
        match self.rustflags {
            Rustflags::Native => scratch::scratch_root(root).join("target-native"),
            Rustflags::Inherit | Rustflags::Portable => scratch::scratch_target_dir(root),
        }
    }

    /// The `cargo run` in the scratch workspace `ws`, building into `target`, for the course
    /// at `root`.
    pub fn command(&self, root: &Path, ws: &Path, target: &Path) -> Command {
        let mut cmd = exec::cargo_in(ws, target);
        cmd.arg("run");
        if self.quiet {
            cmd.arg("--quiet");
        }
        cmd.args(["--release", "-p", self.week.name(), "--example", self.name])
            // Examples that write files (pictures) write them into the real tree.
            .env("COURSE_ROOT", root);
        if !self.features.is_empty() {
            cmd.args(["--features", &self.features.join(",")]);
        }
        match self.rustflags {
            Rustflags::Inherit => {}
            // CARGO_ENCODED_RUSTFLAGS would take precedence over RUSTFLAGS.
            Rustflags::Native => {
                cmd.env_remove("CARGO_ENCODED_RUSTFLAGS")
                    .env("RUSTFLAGS", NATIVE_RUSTFLAGS);
            }
            Rustflags::Portable => {
                cmd.env_remove("CARGO_ENCODED_RUSTFLAGS")
                    .env_remove("RUSTFLAGS");
            }
        }
        if !self.passthrough.is_empty() {
            cmd.arg("--").args(&self.passthrough);
        }
        cmd
    }

    /// Assembles the scratch workspace and runs the program with the one runner
    /// ([`exec::run`], [`Run::terminal`]: in xtask's process group, so Ctrl-C stops it; no
    /// deadline; stdin `/dev/null`; cargo's and the program's output on the terminal as it
    /// comes). The caller phrases a failed exit (`example NAME of WEEK failed (exit status: 1)`).
    ///
    /// # Errors
    /// When the workspace cannot be assembled or cargo cannot be started (`running cargo: …`).
    pub fn run(&self, root: &Path) -> Result<ExitStatus> {
        let ws = scratch::assemble(root, self.workspace, &self.layers(root)?)?;
        let cmd = self.command(root, &ws, &self.target_dir(root));
        let out = exec::run(cmd, &Run::terminal()).op("running", "cargo")?;
        out.status.ok_or_else(|| {
            Error::Msg(format!(
                "example {} of {}: cargo run {}",
                self.name,
                self.week,
                out.exit.describe()
            ))
        })
    }
}

/// The week's examples (`<week>/examples/*.rs` and `<week>/examples/NAME/main.rs`), each with
/// the first line of its doc comment, as `cargo xtask example WEEK` prints them.
pub fn list(root: &Path, week: Week) -> Result<String> {
    let dir = week.dir(root).join("examples");
    let mut out = format!(
        "the examples of {week} (cargo xtask example {} NAME):\n",
        week.number()
    );
    for rel in fs::walk(&dir)?
        .iter()
        .filter(|r| r.extension().is_some_and(|e| e == "rs"))
    {
        if rel.components().count() > 1 && !rel.ends_with("main.rs") {
            continue;
        }
        let name = if rel.ends_with("main.rs") {
            rel.parent().unwrap_or(rel).display().to_string()
        } else {
            rel.file_stem()
                .unwrap_or_default()
                .to_string_lossy()
                .into_owned()
        };
        let text = std::fs::read_to_string(dir.join(rel)).unwrap_or_default();
        let about = text
            .lines()
            .find_map(|l| l.strip_prefix("//!"))
            .map(str::trim)
            .unwrap_or("");
        out.push_str(&format!("  {name:<24} {about}\n"));
    }
    Ok(out)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::project::project_root;
    use std::ffi::OsStr;

    #[test]
    fn lists_every_example_of_a_week_with_its_first_doc_line() {
        let root = project_root();
        for w in Week::all() {
            let dir = w.dir(&root).join("examples");
            let text = list(&root, w).unwrap();
            for f in crate::project::walk(&dir).unwrap() {
                if f.components().count() == 1 && f.extension().is_some_and(|e| e == "rs") {
                    let name = f.file_stem().unwrap().to_string_lossy().into_owned();
                    assert!(text.contains(&format!("  {name} ")), "{name} in:\n{text}");
                }
            }
        }
    }

    fn env_of<'c>(cmd: &'c Command, key: &str) -> Option<Option<&'c OsStr>> {
        cmd.get_envs().find(|(k, _)| *k == key).map(|(_, v)| v)
    }

    #[test]
    fn an_example_launch_is_quiet_with_its_features_and_arguments() {
        let launch = Launch {
            features: vec!["pictures".into(), "peer".into()],
            passthrough: vec!["--sizes".into(), "64".into()],
            quiet: true,
            ..Launch::new(
                Week::FIRST,
                "pictures",
                Code::Reference,
                "reference-examples",
            )
        };
        let cmd = launch.command(Path::new("/course"), Path::new("/ws"), Path::new("/t"));
        let argv: Vec<_> = cmd.get_args().collect();
        assert_eq!(
            argv,
            [
                "run",
                "--quiet",
                "--release",
                "-p",
                "week1-vectors",
                "--example",
                "pictures",
                "--features",
                "pictures,peer",
                "--",
                "--sizes",
                "64"
            ],
            "the cargo arguments of {launch:?}"
        );
        assert_eq!(
            env_of(&cmd, "COURSE_ROOT"),
            Some(Some(OsStr::new("/course"))),
            "COURSE_ROOT of {launch:?}"
        );
        assert_eq!(
            env_of(&cmd, "RUSTFLAGS"),
            None,
            "RUSTFLAGS is inherited by {launch:?}"
        );
    }

    #[test]
    fn native_and_portable_builds_set_or_remove_the_flags_in_their_own_target() {
        let root = Path::new("/course");
        let native = Launch {
            rustflags: Rustflags::Native,
            ..Launch::new(Week::FIRST, "ladder", Code::Mine, "bench-mine")
        };
        let cmd = native.command(root, Path::new("/ws"), Path::new("/t"));
        assert_eq!(
            env_of(&cmd, "RUSTFLAGS"),
            Some(Some(OsStr::new(NATIVE_RUSTFLAGS))),
            "RUSTFLAGS of a native build"
        );
        assert_eq!(
            env_of(&cmd, "CARGO_ENCODED_RUSTFLAGS"),
            Some(None),
            "CARGO_ENCODED_RUSTFLAGS removed from a native build"
        );
        let portable = Launch {
            rustflags: Rustflags::Portable,
            ..native.clone()
        };
        let cmd = portable.command(root, Path::new("/ws"), Path::new("/t"));
        assert_eq!(
            env_of(&cmd, "RUSTFLAGS"),
            Some(None),
            "RUSTFLAGS removed from a portable build"
        );
        assert_ne!(
            native.target_dir(root),
            portable.target_dir(root),
            "the native build's target directory differs from the portable one"
        );
        assert_eq!(
            portable.target_dir(root),
            scratch::scratch_target_dir(root),
            "a portable build shares the scratch target directory"
        );
    }
}
