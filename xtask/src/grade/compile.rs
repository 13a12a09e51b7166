//! The two builds of a graded week, in its scratch workspace.
//!
//! 1. The learner's library alone (through the signature probe, a test target of ours, so that
//!    it is built exactly as the hidden tests will link it), while no hidden test is in the
//!    workspace. Its errors are
//!    the learner's to read, so they are shown in full (capped). Then rustc's dep-info file of that library must name only files below the week's `src/`:
//!    `include_str!`, `include_bytes!`, `include!`, `#[path]` and `debugger_visualizer` that
//!    reach anywhere else (the instructor's solutions, another student's folder) refuse the week.
//! 2. The hidden test targets (`cargo build --test hidden_… --keep-going`), linked against the
//!    library already built, which must not be rebuilt now that hidden sources are present.
//!    Errors here are reported by message only: rustc's rendering would quote hidden sources.

use crate::course::Week;
use crate::error::{Context, Error, Result};
use crate::exec::{self, Group, Limits};
use serde_json::Value;
use std::collections::BTreeMap;
use std::path::{Component, Path, PathBuf};
use std::process::Command;
use std::time::Duration;

/// The environment variables the compiler sees (everything else is cleared): learner code can
/// read variables at compile time (`env!`, `option_env!`) and print them in its feedback, so
/// the instructor's secrets (tokens, keys) must not be there.
const CARGO_ENV: &[&str] = &[
    "PATH",
    "HOME",
    "USER",
    "LANG",
    "TMPDIR",
    "CARGO_HOME",
    "RUSTUP_HOME",
    "RUSTUP_TOOLCHAIN",
    "RUSTC",
];

/// The settings of every graded build (all builds of a grading run share them, or cargo would
/// rebuild): no incremental cache (nothing is written outside the output folder, and no cache
/// of a hidden test is left behind), and no debug info — panic messages name the file and
/// line without it, and the hidden tests' binaries link several times faster.
pub fn graded_build_env() -> Vec<(String, String)> {
    vec![
        ("CARGO_INCREMENTAL".into(), "0".into()),
        ("CARGO_PROFILE_DEV_DEBUG".into(), "false".into()),
    ]
}

/// Address-space limit of each process of a build (prlimit `--as`): rustc and the linker need
/// well under 2 GiB for the course's crates; 6 GiB leaves room for two at once on a small
/// machine and stops a runaway compile.
pub const BUILD_MEMORY_LIMIT_BYTES: u64 = 6 << 30;

/// The words of a build's failure message when it ran out of time.
pub const TIMED_OUT: &str = "did not finish within";

/// What a cargo run produced (killed with everything it started at the time limit).
pub use crate::exec::CargoRun;

/// The environment of a cargo run.
#[derive(Debug, Clone, Copy)]
pub enum CargoEnv<'a> {
    /// The grader's own (proxies and the like): for `cargo fetch`, which runs no learner code.
    Full,
    /// Cleared but for [`CARGO_ENV`], plus these variables (e.g. [`super::compile_jail::Jail::env`]).
    Clean(&'a [(String, String)]),
}

/// Runs `cargo <args>` in `ws` with target dir `target` and environment `env`, in a process
/// group of its own that is killed after `timeout`.
pub fn cargo(
    ws: &Path,
    target: &Path,
    args: &[&str],
    env: CargoEnv,
    timeout: Duration,
) -> Result<CargoRun> {
    let cargo = crate::exec::cargo_program();
    // Every process of the build (cargo, rustc, the linker) under an address-space limit, so a
    // submission that makes the compiler allocate without end (a huge const array) fails its
    // build instead of taking the machine down.
    let mut cmd = match crate::exec::which("prlimit") {
        Some(prlimit) => {
            let mut c = Command::new(prlimit);
            c.arg(format!("--as={BUILD_MEMORY_LIMIT_BYTES}"))
                .arg("--core=0")
                .arg("--")
                .arg(&cargo);
            c
        }
        None => Command::new(&cargo),
    };
    if let CargoEnv::Clean(extra) = env {
        cmd.env_clear();
        for k in CARGO_ENV {
            if let Some(v) = std::env::var_os(k) {
                cmd.env(k, v);
            }
        }
        cmd.envs(extra.iter().map(|(k, v)| (k, v)));
    }
    cmd.args(args)
        .current_dir(ws)
        .env("CARGO_TARGET_DIR", target)
        .env_remove("RUSTFLAGS")
        .env_remove("CARGO_ENCODED_RUSTFLAGS")
        .env("CARGO_TERM_COLOR", "never");
    let limits = Limits {
        timeout,
        output_cap: 64 << 20,
    };
    let how = exec::Run {
        stdin: Some(b""),
        marker: b"",
        limits,
        group: Group::Own,
        wrapped: false,
        to_terminal: false,
    };
    exec::run_cargo(cmd, &how)
}

/// Downloads the workspace's dependencies (with the full environment: proxies and the like),
/// so that the builds of learner code can run `--offline` with a cleared environment.
pub fn fetch(ws: &Path, target: &Path, timeout: Duration) -> Result<()> {
    let r = cargo(ws, target, &["fetch"], CargoEnv::Full, timeout)?;
    if r.ok {
        Ok(())
    } else {
        Err(Error::Msg(format!(
            "cargo fetch failed:\n{}",
            cap(&r.stderr, MAX_ERROR_CHARS)
        )))
    }
}

/// At most this many compiler errors are kept in the feedback.
const MAX_ERRORS: usize = 5;
/// At most this many characters of compiler output are kept.
const MAX_ERROR_CHARS: usize = 4000;

/// The outcome of building the learner's library.
#[derive(Debug)]
pub enum LibBuild {
    Ok {
        dep_info: Option<PathBuf>,
        /// What the signature probe, built in the same cargo run, says.
        signatures: ProbeBuild,
    },
    /// The compiler's first errors, rendered.
    Failed(String),
}

fn json_lines(stdout: &str) -> impl Iterator<Item = Value> + '_ {
    stdout
        .lines()
        .filter_map(|l| serde_json::from_str::<Value>(l).ok())
}

fn is_package(v: &Value, package: &str) -> bool {
    v["package_id"]
        .as_str()
        .and_then(crate::testrun::package_name_from_id)
        .is_some_and(|name| name == package)
}

fn is_lib(v: &Value) -> bool {
    v["target"]["kind"]
        .as_array()
        .is_some_and(|k| k.iter().any(|k| k == "lib" || k == "rlib"))
}

/// Cargo's own failure text (e.g. a manifest problem), without the JSON lines.
fn cargo_failure(stderr: &str) -> String {
    let lines: Vec<&str> = stderr
        .lines()
        .filter(|l| {
            let t = l.trim_start();
            !(t.starts_with("Compiling") || t.starts_with("Blocking") || t.starts_with("Finished"))
        })
        .collect();
    cap(&lines.join("\n"), MAX_ERROR_CHARS)
}

/// `s` cut to `max` characters, saying so.
pub fn cap(s: &str, max: usize) -> String {
    crate::text::truncate(s, None, max, "\n… (truncated)")
}

/// The profile of every graded build of `week`: its package — the learner's library and every
/// test target built against it (the signature probe, the hidden tests) — is
/// compiled unoptimised (`--config profile.dev.package.<week>.opt-level=0`), whatever the
/// workspace's `[profile.dev]` says; the weeks below and the crates.io dependencies, built once
/// a run, keep their optimisation.
///
/// Compiling is most of what a submission costs, and the code is compiled anew for every
/// submission while each hidden test runs for milliseconds. Measured on copies of the reference
/// (six weeks, warm, 2-core AMD EPYC; docs/grading.md, "Speed"): the six libraries compile in
/// 4.9 s instead of 11.2–12.3 s a submission; the 250 hidden tests ran in 6.3 s instead of
/// 5.0 s, the slowest of them (week 6's `network_gradients_and_digits`) in 0.59 s instead of
/// 0.32 s — against a time limit of 5 s. Optimisation does not change the floating-point results (Rust
/// neither reassociates nor contracts to FMA at any opt-level), so the grades do not depend on it.
pub fn graded_profile_args(week: Week) -> [String; 2] {
    [
        "--config".to_string(),
        format!("profile.dev.package.{}.opt-level=0", week.name()),
    ]
}

/// `cargo build --offline -p <week> --test <name> --message-format=json` with
/// [`graded_profile_args`], cleared environment.
fn build_one_test(
    ws: &Path,
    target: &Path,
    week: Week,
    name: &str,
    env: &[(String, String)],
    timeout: Duration,
) -> Result<CargoRun> {
    let profile = graded_profile_args(week);
    let args = ["build", "--offline", "-p", week.name(), "--test", name];
    let args: Vec<&str> = args
        .into_iter()
        .chain(["--message-format=json"])
        .chain(profile.iter().map(String::as_str))
        .collect();
    cargo(ws, target, &args, CargoEnv::Clean(env), timeout)
}

/// Step 1: builds week `week`'s library in `ws`, by building the signature probe (see
/// [`super::signatures`]) as a test target against it. That builds the library exactly as the
/// hidden tests will link it (same profile, same features, dev-dependencies included), so that
/// it is not rebuilt once they are present; and the probe needs no cargo run of its own. The
/// library's errors are the learner's to read (rendered, capped); the probe's are read only
/// once the library built, and only as [`ProbeBuild`].
pub fn build_learner_lib(
    ws: &Path,
    target: &Path,
    week: Week,
    probe: &super::signatures::Probe,
    env: &[(String, String)],
    timeout: Duration,
) -> Result<LibBuild> {
    let name = super::signatures::PROBE;
    let path = ws
        .join(week.name())
        .join("tests")
        .join(format!("{name}.rs"));
    crate::project::write_if_changed(&path, probe.source.as_bytes()).op("writing", &path)?;
    let run = build_one_test(ws, target, week, name, env, timeout)?;
    if run.timed_out {
        return Ok(LibBuild::Failed(format!(
            "the build {TIMED_OUT} {} s and was stopped",
            timeout.as_secs()
        )));
    }
    let mut errors = Vec::new();
    let mut lib_built = false;
    let mut dep_info = None;
    for v in json_lines(&run.stdout) {
        match v["reason"].as_str() {
            Some("compiler-message")
                if v["message"]["level"] == "error"
                    && is_package(&v, week.name())
                    && is_lib(&v) =>
            {
                if let Some(r) = v["message"]["rendered"].as_str() {
                    errors.push(r.trim_end().to_string());
                }
            }
            Some("compiler-artifact")
                if is_package(&v, week.name()) && is_lib(&v) && v["profile"]["test"] == false =>
            {
                lib_built = true;
                dep_info = v["filenames"]
                    .as_array()
                    .and_then(|f| f.iter().find_map(Value::as_str))
                    .and_then(dep_info_path);
            }
            _ => {}
        }
    }
    if lib_built {
        let signatures = if run.ok {
            ProbeBuild::Lines(Default::default())
        } else {
            probe_errors(&run, probe)
        };
        return Ok(LibBuild::Ok {
            dep_info,
            signatures,
        });
    }
    // The summary line ("aborting due to …") adds nothing.
    errors.retain(|e| !e.starts_with("error: aborting due to"));
    let text = if errors.is_empty() {
        cargo_failure(&run.stderr)
    } else {
        let n = errors.len();
        let mut t = errors
            .into_iter()
            .take(MAX_ERRORS)
            .collect::<Vec<_>>()
            .join("\n\n");
        if n > MAX_ERRORS {
            t.push_str(&format!("\n\n… and {} more errors", n - MAX_ERRORS));
        }
        cap(&t, MAX_ERROR_CHARS)
    };
    Ok(LibBuild::Failed(text))
}

/// `…/deps/libweek1_vectors-HASH.rlib` → `…/deps/week1_vectors-HASH.d`: rustc's dep-info
/// file of exactly this build of the library (paths relative to the workspace, or absolute).
fn dep_info_path(artifact: &str) -> Option<PathBuf> {
    let p = Path::new(artifact);
    let stem = p.file_stem()?.to_str()?;
    let stem = stem.strip_prefix("lib").unwrap_or(stem);
    Some(p.with_file_name(format!("{stem}.d")))
}

/// The files named in a Makefile-style dep-info file (`out: a b\ c`), unescaped.
pub fn parse_dep_info(text: &str) -> Vec<String> {
    let mut out = Vec::new();
    for line in text.lines() {
        if line.starts_with('#') || line.trim().is_empty() {
            continue;
        }
        // `target: dep dep …`; a target ends at the first unescaped ": ".
        let mut chars = line.chars().peekable();
        let mut target_done = false;
        let mut cur = String::new();
        while let Some(c) = chars.next() {
            match c {
                '\\' if chars.peek().is_some_and(|n| *n == ' ' || *n == '\\') => {
                    cur.push(chars.next().unwrap_or(' '));
                }
                ':' if !target_done && chars.peek().is_none_or(|n| *n == ' ') => {
                    target_done = true;
                    cur.clear();
                }
                ' ' => {
                    if target_done && !cur.is_empty() {
                        out.push(std::mem::take(&mut cur));
                    }
                    cur.clear();
                }
                _ => cur.push(c),
            }
        }
        if target_done && !cur.is_empty() {
            out.push(cur);
        }
    }
    out.sort();
    out.dedup();
    out
}

/// `p` with `.` and `..` resolved textually.
fn normalize(p: &Path) -> PathBuf {
    let mut out = PathBuf::new();
    for c in p.components() {
        match c {
            Component::CurDir => {}
            Component::ParentDir => {
                out.pop();
            }
            other => out.push(other),
        }
    }
    out
}

/// The files the learner's library read from outside `<ws>/<week>/src/` (empty when none).
pub fn files_read_outside_src(ws: &Path, week: Week, dep_info: &Path) -> Result<Vec<String>> {
    let text = std::fs::read_to_string(dep_info).op("reading", dep_info)?;
    let ws = ws.canonicalize().unwrap_or_else(|_| ws.to_path_buf());
    let allowed = ws.join(week.name()).join("src");
    Ok(parse_dep_info(&text)
        .into_iter()
        .filter(|f| {
            let p = normalize(&ws.join(f));
            !p.starts_with(&allowed)
        })
        .collect())
}

/// The outcome of building the hidden tests.
#[derive(Debug, Default)]
pub struct TestBuild {
    /// Test target name → executable.
    pub executables: BTreeMap<String, PathBuf>,
    /// Test target name → why it did not build (messages only, no source).
    pub errors: BTreeMap<String, String>,
    /// True when cargo rebuilt the learner's library (which must not happen).
    pub lib_rebuilt: bool,
    /// True when every hidden test file was built into one binary ([`HIDDEN_TOGETHER`]), whose
    /// tests are then named `<file stem>::<test>`.
    pub together: bool,
}

/// The test target that holds every hidden test file of a week as a module of its own, so that
/// they compile as one crate (written and built by [`build_hidden_tests_together`]).
pub const HIDDEN_TOGETHER: &str = "xtask_grade_hidden";

/// Builds all of `targets` (the week's hidden test files, `tests/<target>.rs`) as one test
/// binary: a generated `tests/xtask_grade_hidden.rs` holds `#[path = "<t>.rs"] mod <t>;` for
/// each. A test crate has a fixed cost — compiling and linking one that holds a single empty
/// test against a week takes 0.26–0.33 s of CPU — paid once a week instead of once a file:
/// week 4's seven files took 1.33–1.39 s of CPU together against 2.54–2.56 s apart
/// (docs/grading.md, "Speed").
///
/// `Ok(None)` when they do not build together (a file does not compile against this code,
/// e.g. it uses a changed signature): the caller then builds them one by one
/// ([`build_hidden_tests`]), which says which file fails and why. A build that ran out of time
/// is not tried again: every target gets that failure.
pub fn build_hidden_tests_together(
    ws: &Path,
    target: &Path,
    week: Week,
    targets: &[String],
    env: &[(String, String)],
    timeout: Duration,
) -> Result<Option<TestBuild>> {
    let is_ident = |t: &str| {
        t.starts_with(|c: char| c.is_ascii_alphabetic() || c == '_')
            && t.chars().all(|c| c.is_ascii_alphanumeric() || c == '_')
    };
    if targets.is_empty() || !targets.iter().all(|t| is_ident(t)) {
        return Ok(None);
    }
    let mut text = String::from(
        "//! Written by `cargo xtask grade`: the week's hidden test files, one module each, built \
         as one test binary.\n\n",
    );
    for t in targets {
        text.push_str(&format!("#[path = \"{t}.rs\"]\nmod {t};\n"));
    }
    let path = ws
        .join(week.name())
        .join("tests")
        .join(format!("{HIDDEN_TOGETHER}.rs"));
    crate::project::write_if_changed(&path, text.as_bytes()).op("writing", &path)?;
    let b = build_hidden_tests(
        ws,
        target,
        week,
        &[HIDDEN_TOGETHER.to_string()],
        env,
        timeout,
    )?;
    if b.lib_rebuilt {
        return Ok(Some(b));
    }
    if let Some(why) = b
        .errors
        .get(HIDDEN_TOGETHER)
        .filter(|why| why.contains(TIMED_OUT))
    {
        let why = why.replace(&format!(" in `{HIDDEN_TOGETHER}`"), "");
        return Ok(Some(TestBuild {
            errors: targets.iter().map(|t| (t.clone(), why.clone())).collect(),
            ..TestBuild::default()
        }));
    }
    Ok(b.executables.get(HIDDEN_TOGETHER).map(|exe| TestBuild {
        executables: targets.iter().map(|t| (t.clone(), exe.clone())).collect(),
        together: true,
        ..TestBuild::default()
    }))
}

/// Step 2: builds the hidden test targets `targets` of `week` in `ws`.
pub fn build_hidden_tests(
    ws: &Path,
    target: &Path,
    week: Week,
    targets: &[String],
    env: &[(String, String)],
    timeout: Duration,
) -> Result<TestBuild> {
    let mut args: Vec<&str> = vec![
        "build",
        "--offline",
        "-p",
        week.name(),
        "--keep-going",
        "--message-format=json",
    ];
    let profile = graded_profile_args(week);
    args.extend(profile.iter().map(String::as_str));
    for t in targets {
        args.push("--test");
        args.push(t);
    }
    let run = cargo(ws, target, &args, CargoEnv::Clean(env), timeout)?;
    let (ok, stdout) = (run.ok, run.stdout);
    let stderr = if run.timed_out {
        format!(
            "the build did not finish within {} s and was stopped",
            timeout.as_secs()
        )
    } else {
        run.stderr
    };
    let mut b = TestBuild::default();
    let mut messages: BTreeMap<String, Vec<String>> = BTreeMap::new();
    for v in json_lines(&stdout) {
        match v["reason"].as_str() {
            Some("compiler-artifact") if is_package(&v, week.name()) => {
                if is_lib(&v) && v["profile"]["test"] == false && v["fresh"] == false {
                    b.lib_rebuilt = true;
                }
                if let (Some(exe), Some(name)) =
                    (v["executable"].as_str(), v["target"]["name"].as_str())
                {
                    b.executables.insert(name.to_string(), PathBuf::from(exe));
                }
            }
            Some("compiler-message")
                if v["message"]["level"] == "error" && is_package(&v, week.name()) =>
            {
                let name = v["target"]["name"].as_str().unwrap_or("").to_string();
                let m = &v["message"];
                let text = m["message"].as_str().unwrap_or("");
                if text.starts_with("aborting due to") {
                    continue;
                }
                let code = m["code"]["code"]
                    .as_str()
                    .map(|c| format!("[{c}]"))
                    .unwrap_or_default();
                messages
                    .entry(name)
                    .or_default()
                    .push(format!("error{code}: {text}"));
            }
            _ => {}
        }
    }
    for t in targets {
        if b.executables.contains_key(t) {
            continue;
        }
        let why = match messages.get(t) {
            Some(m) => {
                let mut text = m
                    .iter()
                    .take(MAX_ERRORS)
                    .cloned()
                    .collect::<Vec<_>>()
                    .join("\n");
                if m.len() > MAX_ERRORS {
                    text.push_str(&format!("\n… and {} more errors", m.len() - MAX_ERRORS));
                }
                format!("`{t}` does not compile against this code: {text}")
            }
            None if ok => "the hidden test binary was not built".to_string(),
            None => format!(
                "the hidden tests in `{t}` did not build:\n{}",
                cargo_failure(&stderr)
            ),
        };
        b.errors.insert(t.clone(), why);
    }
    Ok(b)
}

/// What the build of the signature probe says.
#[derive(Debug)]
pub enum ProbeBuild {
    /// The probe's lines (keys of [`super::signatures::Probe::lines`]) that do not compile:
    /// empty when every signature is the template's.
    Lines(std::collections::BTreeSet<usize>),
    /// Errors that are not on a probe line (a type or module changed or removed): the
    /// compiler's messages.
    Broken(String),
}

/// The signature probe's errors in a build of it that failed after the library built: the
/// probe's lines that do not compile, or [`ProbeBuild::Broken`] when an error is off its lines.
fn probe_errors(run: &CargoRun, probe: &super::signatures::Probe) -> ProbeBuild {
    let name = super::signatures::PROBE;
    let mut lines = std::collections::BTreeSet::new();
    let mut other = Vec::new();
    for v in json_lines(&run.stdout) {
        if v["reason"] != "compiler-message" || v["message"]["level"] != "error" {
            continue;
        }
        let text = v["message"]["message"].as_str().unwrap_or("").to_string();
        if text.starts_with("aborting due to") {
            continue;
        }
        let spans = v["message"]["spans"]
            .as_array()
            .cloned()
            .unwrap_or_default();
        let at = spans.iter().find_map(|s| {
            let file = s["file_name"].as_str()?;
            (file.ends_with(&format!("{name}.rs")) && s["is_primary"] == true)
                .then(|| s["line_start"].as_u64())
                .flatten()
        });
        match at {
            Some(l) if probe.lines.contains_key(&(l as usize)) => {
                lines.insert(l as usize);
            }
            _ => other.push(text),
        }
    }
    if other.is_empty() && !lines.is_empty() {
        ProbeBuild::Lines(lines)
    } else if other.is_empty() {
        ProbeBuild::Broken(cargo_failure(&run.stderr))
    } else {
        ProbeBuild::Broken(cap(&other.join("\n"), MAX_ERROR_CHARS))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn dep_info_lists_every_input_once() {
        let text = "/t/deps/libw-1.rmeta: w/src/lib.rs w/src/a\\ b.rs /etc/passwd\n\n/t/deps/w-1.d: w/src/lib.rs w/src/a\\ b.rs /etc/passwd\n\nw/src/lib.rs:\nw/src/a\\ b.rs:\n/etc/passwd:\n\n# env-dep:CARGO_PKG_NAME=w\n";
        assert_eq!(
            parse_dep_info(text),
            ["/etc/passwd", "w/src/a b.rs", "w/src/lib.rs"]
        );
    }

    #[test]
    fn outside_files_are_found_after_normalising() {
        let dir = std::env::temp_dir().join(format!("xtask-depinfo-{}", std::process::id()));
        std::fs::create_dir_all(&dir).unwrap();
        let d = dir.join("x.d");
        std::fs::write(
            &d,
            "out: week1-vectors/src/lib.rs week1-vectors/src/../../solutions/x.rs /abs/y.rs\n",
        )
        .unwrap();
        let ws = dir.canonicalize().unwrap();
        let outside = files_read_outside_src(&ws, Week::FIRST, &d).unwrap();
        assert_eq!(
            outside,
            ["/abs/y.rs", "week1-vectors/src/../../solutions/x.rs"]
        );
        std::fs::remove_dir_all(&dir).unwrap();
    }

    /// A real cargo build of a package named like a week, in a workspace whose `[profile.dev]`
    /// says opt-level 1: with [`graded_profile_args`] cargo reports the library built at
    /// opt-level 0 (the `--config` key, hyphenated package name and all, is one cargo accepts).
    #[test]
    fn graded_builds_compile_the_week_unoptimised() {
        let dir = std::env::temp_dir().join(format!("xtask-graded-profile-{}", std::process::id()));
        let _ = std::fs::remove_dir_all(&dir);
        std::fs::create_dir_all(dir.join("src")).unwrap();
        let week = Week::FIRST;
        std::fs::write(
            dir.join("Cargo.toml"),
            format!(
                "[package]\nname = \"{}\"\nversion = \"0.1.0\"\nedition = \"2024\"\n\n\
                 [workspace]\n\n[profile.dev]\nopt-level = 1\n",
                week.name()
            ),
        )
        .unwrap();
        std::fs::write(dir.join("src/lib.rs"), "pub fn one() -> u8 { 1 }\n").unwrap();
        let profile = graded_profile_args(week);
        let mut args = vec!["build", "--offline", "--message-format=json"];
        args.extend(profile.iter().map(String::as_str));
        let run = cargo(
            &dir,
            &dir.join("target"),
            &args,
            CargoEnv::Full,
            Duration::from_secs(120),
        )
        .unwrap();
        let levels: Vec<String> = json_lines(&run.stdout)
            .filter(|v| v["reason"] == "compiler-artifact" && is_lib(v))
            .map(|v| {
                v["profile"]["opt_level"]
                    .as_str()
                    .unwrap_or("?")
                    .to_string()
            })
            .collect();
        assert!(
            run.ok && levels == ["0"],
            "graded build of `{}` with {profile:?}: want the library at opt-level 0, cargo \
             reported {levels:?} (ok: {}):\n{}",
            week.name(),
            run.ok,
            run.stderr
        );
        std::fs::remove_dir_all(&dir).unwrap();
    }

    #[test]
    fn artifact_names_map_to_dep_info() {
        assert_eq!(
            dep_info_path("/t/debug/deps/libweek1_vectors-abc.rlib"),
            Some(PathBuf::from("/t/debug/deps/week1_vectors-abc.d"))
        );
    }
}
