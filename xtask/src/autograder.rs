//! `cargo xtask autograder gradescope OUT [--allow-unsandboxed] [--week W]...`: Gradescope's
//! autograder bundle, `OUT/autograder.zip`.
//!
//! At the zip's root, as Gradescope requires: `setup.sh` (run once when Gradescope builds the
//! image) and `run_autograder` (run for every submission). Beside them `course/`: this
//! repository's tracked files (template, reference, hidden tests, xtask) and `course/vendor/`,
//! every crate of `Cargo.lock` (`cargo vendor`), with `course/.cargo/config.toml` pointing
//! cargo at them — so that `run_autograder` grades `/autograder/submission` **offline** and
//! writes `/autograder/results/results.json`.
//!
//! Both scripts take their root from `$AUTOGRADER_ROOT` (default `/autograder`), so that a test
//! can run the real scripts in a temporary folder. Gradescope unzips the bundle into
//! `$AUTOGRADER_ROOT/source`.
//!
//! Gradescope's containers run as root and may forbid the user namespaces bubblewrap needs.
//! Then the grader refuses to run the students' code unless the bundle was made with
//! `--allow-unsandboxed` (docs/grading.md says what then holds); `results.json` says so.

use crate::course::Week;
use crate::error::{Context, Error, Result, fs};
use crate::exec;
use crate::project::project_root;
use std::path::{Path, PathBuf};
use std::process::Command;

/// `setup.sh`: a toolchain if there is none, bubblewrap where apt can install it, then one
/// grading of the reference, which builds the dependencies and the reference weeks (and
/// proves the bundle works before any student submits).
const SETUP: &str = r#"#!/usr/bin/env bash
# Written by `cargo xtask autograder gradescope`. Gradescope runs it once, as root, when it
# builds the autograder image (with network access).
set -euo pipefail
ROOT="${AUTOGRADER_ROOT:-/autograder}"
COURSE="$ROOT/source/course"
export PATH="$HOME/.cargo/bin:$PATH"

if ! command -v bwrap >/dev/null 2>&1 && command -v apt-get >/dev/null 2>&1; then
    echo "== installing bubblewrap (the grader's sandbox)"
    (apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq bubblewrap) \
        || echo "warning: could not install bubblewrap"
fi
if ! command -v cargo >/dev/null 2>&1; then
    echo "== installing Rust @RUST_VERSION@ (rustup, minimal profile)"
    if ! command -v curl >/dev/null 2>&1 && command -v apt-get >/dev/null 2>&1; then
        DEBIAN_FRONTEND=noninteractive apt-get install -y -qq curl ca-certificates build-essential
    fi
    curl --proto '=https' --tlsv1.2 -sSf https://sh.rustup.rs \
        | sh -s -- -y --profile minimal --default-toolchain @RUST_VERSION@
fi
cd "$COURSE"
if [ ! -d vendor ]; then
    echo "== fetching the crates (no vendor/ in the bundle)"
    cargo fetch --locked
fi
echo "== building the grader and grading the reference once (warms the build cache)"
CARGO_NET_OFFLINE=true cargo xtask grade solutions @WEEKS@ @ALLOW@ --quiet \
    || echo "warning: grading the reference failed (see above); run_autograder will say why for each submission"
"#;

/// `run_autograder`: finds the checkout in the submission (also one folder too deep), grades
/// it offline, and always leaves a `results.json` (also when the grader itself fails).
const RUN: &str = r#"#!/usr/bin/env bash
# Written by `cargo xtask autograder gradescope`. Gradescope runs it for every submission.
set -uo pipefail
ROOT="${AUTOGRADER_ROOT:-/autograder}"
COURSE="$ROOT/source/course"
RESULTS="$ROOT/results/results.json"
export PATH="$HOME/.cargo/bin:$PATH"
export CARGO_NET_OFFLINE=true
mkdir -p "$ROOT/results"

has_weeks() { ls -d "$1"/week[1-6]-* >/dev/null 2>&1; }
SUB="$ROOT/submission"
if ! has_weeks "$SUB"; then
    # Uploaded one folder too deep (a zip of the whole checkout folder): use the only
    # sub-folder that holds the week folders.
    for d in "$SUB"/*/; do
        if has_weeks "$d"; then SUB="${d%/}"; break; fi
    done
fi

cd "$COURSE"
rm -f "$RESULTS"
cargo xtask grade "$SUB" @WEEKS@ @ALLOW@ --quiet --gradescope "$RESULTS" > "$ROOT/results/grade.log" 2>&1
status=$?
cat "$ROOT/results/grade.log"
if [ ! -s "$RESULTS" ]; then
    # The grader could not write results (it refused to run, or failed): say why, score 0.
    msg=$(tail -c 3000 "$ROOT/results/grade.log" | tr -d '\000-\011\013-\037' \
        | sed 's/\\/\\\\/g; s/"/\\"/g' | awk '{printf "%s\\n", $0}')
    printf '{"score": 0, "output": "The autograder could not grade this submission (exit status %s):\\n%s", "visibility": "visible", "tests": []}\n' "$status" "$msg" > "$RESULTS"
fi
exit 0
"#;

/// The files of the course that go into the bundle: git's tracked and untracked-but-not-ignored files when this is a git
/// checkout, else every file but `target/`, `.git/` and `vendor/`.
fn course_files(root: &Path) -> Result<Vec<PathBuf>> {
    let mut git = Command::new("git");
    git.arg("-C").arg(root).args([
        "ls-files",
        "-z",
        "--cached",
        "--others",
        "--exclude-standard",
    ]);
    if let Ok(out) = exec::run(git, &exec::Run::captured())
        && out.success()
    {
        return Ok(out
            .stdout
            .split(|b| *b == 0)
            .filter(|p| !p.is_empty())
            .map(|p| PathBuf::from(String::from_utf8_lossy(p).into_owned()))
            .filter(|p| root.join(p).is_file())
            .collect());
    }
    Ok(fs::walk(root)?
        .into_iter()
        .filter(|p| {
            !["target", ".git", "vendor"]
                .iter()
                .any(|d| p.starts_with(d))
        })
        .collect())
}

fn copy(from: &Path, to: &Path) -> Result<()> {
    if let Some(parent) = to.parent() {
        fs::create_dir_all(parent)?;
    }
    std::fs::copy(from, to).map(|_| ()).map_err(|e| {
        Error::Msg(format!(
            "copying {} to {}: {e}",
            from.display(),
            to.display()
        ))
    })
}

fn write_exec(path: &Path, text: &str) -> Result<()> {
    use std::os::unix::fs::PermissionsExt;
    fs::write(path, text)?;
    std::fs::set_permissions(path, std::fs::Permissions::from_mode(0o755))
        .op("making executable", path)
}

/// The toolchain version `setup.sh` installs where there is none: this machine's rustc.
fn rust_version() -> String {
    let mut rustc = Command::new(std::env::var("RUSTC").unwrap_or_else(|_| "rustc".into()));
    rustc.arg("--version");
    exec::run(rustc, &exec::Run::captured())
        .ok()
        .and_then(|o| {
            o.stdout_text()
                .split_whitespace()
                .nth(1)
                .map(str::to_string)
        })
        .unwrap_or_else(|| "stable".into())
}

/// What the bundle holds, before it is zipped: `dir/setup.sh`, `dir/run_autograder`,
/// `dir/course/…`.
pub struct Bundle {
    pub allow_unsandboxed: bool,
    pub weeks: Vec<Week>,
    pub vendor: bool,
}

impl Bundle {
    /// Writes the bundle's tree into `dir` (which must not exist yet).
    pub fn write_tree(&self, root: &Path, dir: &Path) -> Result<()> {
        let course = dir.join("course");
        for rel in course_files(root)? {
            copy(&root.join(&rel), &course.join(&rel))?;
        }
        let mut config =
            std::fs::read_to_string(root.join(".cargo/config.toml")).unwrap_or_default();
        if self.vendor {
            let mut vendor = exec::cargo();
            vendor
                .current_dir(root)
                .args(["vendor", "--locked", "--quiet"])
                .arg(course.join("vendor"));
            let out = exec::run(vendor, &exec::Run::captured())
                .map_err(|e| Error::Msg(format!("running cargo vendor: {e}")))?;
            if !out.success() {
                return Err(Error::Msg(format!(
                    "cargo vendor failed (it needs the crates registry once):\n{}",
                    out.stderr_text()
                )));
            }
            config.push_str(
                "\n# Written by `cargo xtask autograder`: every crate from vendor/, offline.\n\
                 [source.crates-io]\nreplace-with = \"vendored-sources\"\n\n\
                 [source.vendored-sources]\ndirectory = \"vendor\"\n",
            );
        }
        fs::create_dir_all(course.join(".cargo"))?;
        fs::write(course.join(".cargo/config.toml"), config)?;
        let weeks: Vec<String> = self
            .weeks
            .iter()
            .map(|w| format!("--week {}", w.number()))
            .collect();
        let fill = |t: &str| {
            t.replace("@RUST_VERSION@", &rust_version())
                .replace("@WEEKS@", &weeks.join(" "))
                .replace(
                    "@ALLOW@",
                    if self.allow_unsandboxed {
                        "--allow-unsandboxed"
                    } else {
                        ""
                    },
                )
        };
        write_exec(&dir.join("setup.sh"), &fill(SETUP))?;
        write_exec(&dir.join("run_autograder"), &fill(RUN))
    }
}

/// Zips the contents of `dir` (not `dir` itself) into `zip`: with the `zip` program, or with
/// Python's `zipfile` where it is missing.
fn zip_dir(dir: &Path, zip: &Path) -> Result<()> {
    let _ = std::fs::remove_file(zip);
    let cmd = if exec::which("zip").is_some() {
        let mut zip_cmd = Command::new("zip");
        zip_cmd
            .current_dir(dir)
            .args(["-q", "-r", "-X"])
            .arg(zip)
            .args(["setup.sh", "run_autograder", "course"]);
        zip_cmd
    } else {
        let script = "import os, sys, zipfile\n\
            d, out = sys.argv[1], sys.argv[2]\n\
            with zipfile.ZipFile(out, 'w', zipfile.ZIP_DEFLATED) as z:\n\
            \x20   for base, dirs, files in os.walk(d):\n\
            \x20       dirs.sort()\n\
            \x20       for f in sorted(files):\n\
            \x20           p = os.path.join(base, f)\n\
            \x20           z.write(p, os.path.relpath(p, d))\n";
        let mut python = Command::new("python3");
        python.args(["-c", script]).arg(dir).arg(zip);
        python
    };
    // What zip or python print goes to the terminal, as it did.
    match exec::run(cmd, &exec::Run::terminal()) {
        Ok(o) if o.success() => Ok(()),
        Ok(o) => Err(Error::Msg(format!(
            "zipping the bundle failed ({})",
            o.status_text()
        ))),
        Err(e) => Err(Error::Msg(format!(
            "zipping the bundle needs `zip` (Debian package zip) or python3: {e}"
        ))),
    }
}

/// `cargo xtask autograder gradescope OUT …` (options: the table in [`crate::flags`]).
pub fn run(args: &[String]) -> Result<()> {
    let cmd = crate::flags::command("autograder").expect("in the table");
    let usage = crate::flags::usage(cmd);
    let a = crate::flags::parse(cmd, args)?;
    if a.help || a.positionals.is_empty() {
        print!("{}", crate::flags::help(cmd));
        return Ok(());
    }
    let bundle = Bundle {
        allow_unsandboxed: a.has("--allow-unsandboxed"),
        weeks: a.weeks()?,
        vendor: !a.has("--no-vendor"),
    };
    let (platform, rest) = a.positionals.split_first().expect("not empty");
    match platform.as_str() {
        "gradescope" => {}
        other => {
            return Err(Error::Msg(format!(
                "autograder: unknown platform `{other}` (only gradescope; other platforms read \
                 `cargo xtask grade --junit` or `--prairielearn`)\n{usage}"
            )));
        }
    }
    let out: PathBuf = match rest {
        [out] => out.into(),
        [] => {
            return Err(Error::Msg(format!(
                "autograder: give the folder to write autograder.zip to\n{usage}"
            )));
        }
        [_, extra, ..] => {
            return Err(Error::Msg(format!(
                "autograder: unexpected argument `{extra}`\n{usage}"
            )));
        }
    };
    let root = project_root();
    if !root.join("solutions").is_dir() {
        return Err(Error::msg(
            "autograder: the bundle needs the instructor's repository (solutions/ with the hidden tests)",
        ));
    }
    fs::create_dir_all(&out)?;
    let out = out.canonicalize().op("resolving", &out)?;
    let staging = out.join("autograder-bundle");
    let _ = std::fs::remove_dir_all(&staging);
    bundle.write_tree(&root, &staging)?;
    let zip = out.join("autograder.zip");
    zip_dir(&staging, &zip)?;
    std::fs::remove_dir_all(&staging).op("removing", &staging)?;
    let size = std::fs::metadata(&zip).map(|m| m.len()).unwrap_or(0);
    println!(
        "autograder: {} ({:.1} MiB). Upload it as the assignment's autograder (\"Zip file \
         upload\", Ubuntu base image); docs/grading.md, section Gradescope, has the steps.{}",
        zip.display(),
        size as f64 / (1 << 20) as f64,
        if bundle.allow_unsandboxed {
            ""
        } else {
            "\nWithout --allow-unsandboxed the students' code is graded only where bubblewrap works in Gradescope's container."
        }
    );
    Ok(())
}
