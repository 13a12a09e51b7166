//! The Gradescope bundle end to end: `cargo xtask autograder gradescope` writes the zip, the
//! test unzips it into a temporary `$AUTOGRADER_ROOT/source` as Gradescope does, runs the real
//! `setup.sh` once and the real `run_autograder` on three uploads — the reference (full marks),
//! the stubs (0) and the reference uploaded one folder too deep (full marks) — and checks
//! each `results.json`. Week 1 only, to keep the test to a minute or two on 2 cores.

use serde_json::Value;
use std::path::{Path, PathBuf};
use std::process::Command;
use xtask::course::Week;
use xtask::project::project_root;

fn tmp() -> PathBuf {
    PathBuf::from(env!("CARGO_TARGET_TMPDIR")).join("autograder")
}

/// Runs `script` as Gradescope would: a clean environment but for the toolchain's.
fn run_script(ag_root: &Path, script: &str) -> String {
    let mut cmd = Command::new("bash");
    cmd.arg(ag_root.join("source").join(script))
        .current_dir(ag_root.join("source"))
        .env_clear()
        .env("AUTOGRADER_ROOT", ag_root);
    for k in [
        "PATH",
        "HOME",
        "RUSTUP_HOME",
        "CARGO_HOME",
        "RUSTUP_TOOLCHAIN",
        "CI",
    ] {
        if let Some(v) = std::env::var_os(k) {
            cmd.env(k, v);
        }
    }
    let out = cmd.output().expect("autograder: running bash");
    let text = format!(
        "{}\n{}",
        String::from_utf8_lossy(&out.stdout),
        String::from_utf8_lossy(&out.stderr)
    );
    assert!(
        out.status.success(),
        "autograder: {script} exited with {}:\n{text}",
        out.status
    );
    text
}

/// Puts `files` (path → bytes) as the upload in `$AUTOGRADER_ROOT/submission`.
fn upload(ag_root: &Path, files: &[(PathBuf, Vec<u8>)]) {
    let sub = ag_root.join("submission");
    let _ = std::fs::remove_dir_all(&sub);
    for (rel, bytes) in files {
        let p = sub.join(rel);
        std::fs::create_dir_all(p.parent().unwrap()).unwrap();
        std::fs::write(p, bytes).unwrap();
    }
}

fn results(ag_root: &Path) -> Value {
    let p = ag_root.join("results/results.json");
    let text = std::fs::read_to_string(&p)
        .unwrap_or_else(|e| panic!("autograder: no {}: {e}", p.display()));
    serde_json::from_str(&text)
        .unwrap_or_else(|e| panic!("autograder: results.json is not JSON ({e}):\n{text}"))
}

#[test]
fn the_gradescope_bundle_grades_offline() {
    let root = project_root();
    if !root.join("solutions").is_dir() {
        return;
    }
    let sandbox = xtask::grade::sandbox::Sandbox::detect(true);
    if !sandbox.is_sandboxed() {
        assert!(
            std::env::var_os("CI").is_none(),
            "CI is set but bubblewrap does not work here: {}",
            sandbox.describe()
        );
        eprintln!(
            "skipped: the bundle grades only in a working sandbox here: {}",
            sandbox.describe()
        );
        return;
    }
    let dir = tmp();
    let _ = std::fs::remove_dir_all(&dir);
    let out = dir.join("out");
    xtask::autograder::run(&[
        "gradescope".into(),
        out.display().to_string(),
        "--week".into(),
        "1".into(),
    ])
    .expect("autograder: writing the bundle");
    let zip = out.join("autograder.zip");
    let ag = dir.join("root");
    std::fs::create_dir_all(ag.join("source")).unwrap();
    let status = Command::new("unzip")
        .args(["-q"])
        .arg(&zip)
        .arg("-d")
        .arg(ag.join("source"))
        .status()
        .or_else(|_| {
            Command::new("python3")
                .args(["-m", "zipfile", "-e"])
                .arg(&zip)
                .arg(ag.join("source"))
                .status()
        })
        .expect("autograder: unzip or python3 is needed to open the zip");
    assert!(status.success(), "autograder: unzipping {}", zip.display());
    for f in [
        "setup.sh",
        "run_autograder",
        "course/Cargo.lock",
        "course/vendor",
        "course/solutions/week1-vectors/tests",
    ] {
        assert!(
            ag.join("source").join(f).exists(),
            "autograder: the zip lacks {f} at its root"
        );
    }

    let log = run_script(&ag, "setup.sh");
    assert!(
        log.contains("solutions: 100/100"),
        "autograder: setup.sh grades the reference once, full marks:\n{log}"
    );

    let week = Week::FIRST;
    let reference: Vec<(PathBuf, Vec<u8>)> =
        xtask::scratch::read_tree(&week.solution_dir(&root).join("src"))
            .unwrap()
            .into_iter()
            .map(|(rel, b)| (Path::new(week.name()).join("src").join(rel), b))
            .collect();
    let stubs: Vec<(PathBuf, Vec<u8>)> = xtask::course::expected_stub_tree(&root, week)
        .unwrap()
        .into_iter()
        .map(|(rel, b)| (Path::new(week.name()).join("src").join(rel), b))
        .collect();
    let nested: Vec<(PathBuf, Vec<u8>)> = reference
        .iter()
        .map(|(rel, b)| (Path::new("my-checkout").join(rel), b.clone()))
        .collect();

    for (name, files, want) in [
        ("reference", &reference, 100.0),
        ("stubs", &stubs, 0.0),
        ("one folder too deep", &nested, 100.0),
    ] {
        upload(&ag, files);
        let log = run_script(&ag, "run_autograder");
        let r = results(&ag);
        assert_eq!(
            r["score"].as_f64(),
            Some(want),
            "autograder, {name}: score in results.json\n{r:#}\n{log}"
        );
        let tests = r["tests"].as_array().map_or(0, Vec::len);
        assert!(
            tests >= 1,
            "autograder, {name}: results.json must list the tests:\n{r:#}"
        );
        assert!(
            r["tests"]
                .as_array()
                .unwrap()
                .iter()
                .all(|t| t["max_score"].is_number() && t["name"].is_string()),
            "autograder, {name}: every test entry has a name and a max_score:\n{r:#}"
        );
    }

    // When the grader cannot run at all (here: no cargo on PATH), results.json still says why.
    let out = Command::new("bash")
        .arg(ag.join("source/run_autograder"))
        .current_dir(ag.join("source"))
        .env_clear()
        .env("PATH", "/usr/bin:/bin")
        .env("HOME", &dir)
        .env("AUTOGRADER_ROOT", &ag)
        .output()
        .expect("autograder: running bash");
    assert!(
        out.status.success(),
        "autograder: run_autograder must exit 0 even when it cannot grade"
    );
    let r = results(&ag);
    assert_eq!(
        r["score"].as_f64(),
        Some(0.0),
        "autograder, no cargo: score 0\n{r:#}"
    );
    assert!(
        r["output"]
            .as_str()
            .is_some_and(|o| o.contains("could not grade")),
        "autograder, no cargo: the output says why\n{r:#}"
    );
}
