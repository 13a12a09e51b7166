//! `cargo xtask mutants [WEEK…] [--shard K/N] [--file F]`: mutation testing of the exercise code.
//!
//! Anti-vacuity proves that every test fails on a `todo!()` stub; this proves that the tests fail
//! on a *wrong* implementation. [cargo-mutants](https://mutants.rs) changes the reference one
//! operator at a time (`-=` → `+=`, `<` → `<=`, a body replaced by `Default::default()`…) and
//! runs the week's public and hidden tests (no doc tests: the grader does not run them) on each
//! mutant. A mutant the tests still pass on — a *survivor* — is a wrong answer that would score
//! full marks.
//!
//! The run happens in a scratch workspace (`target/xtask-scratch/mutants`: the reference of
//! every week, each week's hidden tests beside its public tests) with its own target directory,
//! so it never blocks other builds. Only the exercise files are mutated (those with a
//! `SOLUTION` or `SOLUTION-ONLY` region, [`crate::course::exercise_files`]).
//!
//! The accepted survivors of a week are listed in `solutions/<week>/mutants.toml`
//! ([`crate::mutation::list`], which says the format). The command fails when a survivor is not
//! listed, or when a listed one was tested and no longer survives; cargo-mutants' report is read
//! by [`crate::mutation::outcomes`].

use crate::course::Week;
use crate::error::{Context, Error, Result, fs};
use crate::exec;
use crate::mutation::list::{exercise_sources, load_list};
use crate::mutation::outcomes::{Fate, Tally, compare, entry_template, parse_outcomes};
use crate::project::project_root;
use crate::scratch::{self, Src, WeekLayer};
use serde_json::Value as Json;
use std::collections::BTreeSet;
use std::path::{Path, PathBuf};
use std::time::Instant;

struct Args {
    weeks: Vec<Week>,
    shard: Option<String>,
    file: Option<String>,
}

fn parse_args(args: &[String]) -> Result<Args> {
    let cmd = crate::flags::command("mutants").expect("in the table");
    let a = crate::flags::parse(cmd, args)?;
    let mut out = Args {
        weeks: Vec::new(),
        shard: None,
        file: None,
    };
    if let Some(s) = a.value("--shard") {
        let ok = s.split_once('/').is_some_and(
            |(k, n)| matches!((k.parse::<usize>(), n.parse::<usize>()), (Ok(k), Ok(n)) if k < n),
        );
        if !ok {
            return Err(Error::Msg(format!(
                "--shard {s}: expected K/N with 0 <= K < N (cargo-mutants counts shards from 0)\n{}",
                crate::flags::usage(cmd)
            )));
        }
        out.shard = Some(s.to_string());
    }
    out.file = a.value("--file").map(String::from);
    for w in &a.positionals {
        out.weeks.push(Week::parse(w)?);
    }
    Ok(out)
}

/// Installs cargo-mutants when `cargo mutants --version` fails.
fn ensure_cargo_mutants() -> Result<()> {
    let mut version = exec::cargo();
    version.args(["mutants", "--version"]);
    let found = exec::run(version, &exec::Run::captured()).is_ok_and(|o| o.success());
    if found {
        return Ok(());
    }
    eprintln!("cargo-mutants is not installed: running `cargo install --locked cargo-mutants`");
    let mut install = exec::cargo();
    install.args(["install", "--locked", "cargo-mutants"]);
    let out = exec::run(install, &exec::Run::terminal())
        .map_err(|e| Error::Msg(format!("running cargo install: {e}")))?;
    if out.success() {
        Ok(())
    } else {
        Err(Error::msg("`cargo install --locked cargo-mutants` failed"))
    }
}

pub fn run(args: &[String]) -> Result<()> {
    let a = parse_args(args)?;
    let root = project_root();
    let all: Vec<Week> = Week::all().filter(|w| w.has_reference(&root)).collect();
    if all.is_empty() {
        return Err(Error::msg(
            "mutants: no `solutions/` here — it mutates the reference solutions",
        ));
    }
    let mut weeks = if a.weeks.is_empty() {
        all.clone()
    } else {
        a.weeks.clone()
    };
    weeks.sort();
    weeks.dedup();
    ensure_cargo_mutants()?;
    let layers: Vec<WeekLayer> = all
        .iter()
        .map(|&week| WeekLayer {
            week,
            src: Src::Reference,
            hidden_tests: true,
            public_tests: true,
        })
        .collect();
    // cargo-mutants runs --in-place: two runs in one scratch workspace would mutate and
    // rewrite each other's files and report nonsense. One at a time.
    let _lock = RunLock::acquire(&scratch::scratch_root(&root).join("mutants.lock"))?;
    let ws = scratch::assemble(&root, "mutants", &layers)?;
    let target = scratch::scratch_root(&root).join("mutants-target");
    let mut report = Vec::new();
    let mut problems = Vec::new();
    for &w in &weeks {
        let sources = exercise_sources(&root, w)?;
        let files: Vec<&String> = sources
            .keys()
            .filter(|f| {
                a.file.as_deref().is_none_or(|want| {
                    f.as_str() == want
                        || f.strip_prefix("src/") == Some(want)
                        || format!("{}/{f}", w.name()) == want
                })
            })
            .collect();
        if files.is_empty() {
            if a.file.is_some() {
                continue;
            }
            report.push(format!("{w}: no exercise files"));
            continue;
        }
        let out_dir = scratch::scratch_root(&root)
            .join("mutants-out")
            .join(format!(
                "{}{}{}",
                w.name(),
                a.shard
                    .as_deref()
                    .map(|s| format!("-shard{}", s.replace('/', "of")))
                    .unwrap_or_default(),
                if a.file.is_some() { "-file" } else { "" }
            ));
        fs::create_dir_all(&out_dir)?;
        let mut cmd = exec::cargo();
        cmd.args([
            "mutants",
            "--in-place",
            "--no-shuffle",
            "--package",
            w.name(),
        ])
        .arg("--output")
        .arg(&out_dir);
        for f in &files {
            cmd.args(["--file", &format!("{}/{f}", w.name())]);
        }
        if let Some(s) = &a.shard {
            cmd.args(["--shard", s]);
        }
        // The graded tests: public and hidden, no doc tests.
        cmd.args(["--", "--tests"])
            .current_dir(&ws)
            .env("CARGO_TARGET_DIR", &target)
            .env("CARGO_PROFILE_DEV_DEBUG", "false")
            .env_remove("RUSTFLAGS");
        let shown = format!(
            "cargo xtask mutants {w}{}{}",
            a.shard
                .as_deref()
                .map(|s| format!(" --shard {s}"))
                .unwrap_or_default(),
            a.file
                .as_deref()
                .map(|f| format!(" --file {f}"))
                .unwrap_or_default()
        );
        println!(
            "==> {shown}: {} file(s); cargo-mutants' log: {}",
            files.len(),
            out_dir.join("mutants.out").display()
        );
        let t = Instant::now();
        // cargo-mutants' progress goes to the terminal, as it comes.
        let status = exec::run(cmd, &exec::Run::terminal())
            .map_err(|e| Error::Msg(format!("running cargo mutants: {e}")))?
            .status_text();
        let minutes = t.elapsed().as_secs_f64() / 60.0;
        let outcomes = out_dir.join("mutants.out/outcomes.json");
        let text = std::fs::read_to_string(&outcomes).map_err(|e| {
            Error::Msg(format!(
                "{w}: cargo mutants exited with {status} and wrote no {}: {e}",
                outcomes.display()
            ))
        })?;
        let json: Json = serde_json::from_str(&text).map_err(|e| Error::Parse {
            path: outcomes.clone(),
            message: e.to_string(),
        })?;
        let baseline_ok = json
            .get("outcomes")
            .and_then(Json::as_array)
            .and_then(|o| {
                o.iter()
                    .find(|o| o.get("scenario") == Some(&Json::from("Baseline")))
            })
            .is_none_or(|o| o.get("summary").and_then(Json::as_str) == Some("Success"));
        if !baseline_ok {
            problems.push(format!(
                "{w}: the tests fail on the unmutated reference (see {})",
                out_dir.join("mutants.out/log").display()
            ));
            continue;
        }
        let mutants = parse_outcomes(&json, w, &sources)?;
        let list = load_list(&root, w)?;
        let complete: BTreeSet<String> = if a.shard.is_none() {
            files.iter().map(|f| f.to_string()).collect()
        } else {
            BTreeSet::new()
        };
        let (unlisted, stale) = compare(&list, &mutants, &complete);
        let t = Tally::of(&mutants);
        let accepted = mutants.iter().filter(|m| m.fate == Fate::Missed).count() - unlisted.len();
        let mut lines = vec![format!(
            "{w}: {} mutants in {minutes:.0} min: {} caught, {} missed ({accepted} accepted in mutants.toml), {} timeout, {} unviable; kill rate {:.1} % (caught / viable)",
            mutants.len(),
            t.caught,
            t.missed,
            t.timeout,
            t.unviable,
            t.kill_rate()
        )];
        lines.push(format!("    command: {shown}"));
        for m in mutants.iter().filter(|m| m.fate == Fate::Missed) {
            let mark = if unlisted.contains(&m) {
                "NOT LISTED"
            } else {
                "accepted"
            };
            lines.push(format!(
                "    missed ({mark}): {}:{}:{}: {}",
                m.file, m.line, m.column, m.description
            ));
        }
        for m in mutants.iter().filter(|m| m.fate == Fate::Timeout) {
            lines.push(format!(
                "    timeout: {}:{}:{}: {}",
                m.file, m.line, m.column, m.description
            ));
        }
        report.push(lines.join("\n"));
        if !unlisted.is_empty() {
            problems.push(format!(
                "{w}: {} survivor(s) not in solutions/{w}/mutants.toml: kill each with a test, or list it with its reason:\n\n{}",
                unlisted.len(),
                // One entry covers every mutant of the same description on a line (they
                // differ only in column), so the same entry is not offered twice.
                unlisted
                    .iter()
                    .map(|m| entry_template(m))
                    .fold(Vec::<String>::new(), |mut seen, e| {
                        if !seen.contains(&e) {
                            seen.push(e);
                        }
                        seen
                    })
                    .join("\n")
            ));
        }
        for s in stale {
            problems.push(format!("solutions/{w}/mutants.toml: {s}"));
        }
    }
    println!("\nmutants summary\n{}", report.join("\n"));
    if problems.is_empty() {
        Ok(())
    } else {
        Err(Error::Msg(format!("mutants:\n{}", problems.join("\n"))))
    }
}

/// A lock file holding the pid of the `cargo xtask mutants` that owns the scratch workspace;
/// removed when the run ends. A lock whose process no longer exists (a run killed by Ctrl-C) is
/// taken over.
struct RunLock {
    path: PathBuf,
}

impl RunLock {
    fn acquire(path: &Path) -> Result<RunLock> {
        if let Some(dir) = path.parent() {
            fs::create_dir_all(dir)?;
        }
        for _ in 0..2 {
            match std::fs::OpenOptions::new()
                .write(true)
                .create_new(true)
                .open(path)
            {
                Ok(mut f) => {
                    use std::io::Write;
                    writeln!(f, "{}", std::process::id()).op("writing", path)?;
                    return Ok(RunLock {
                        path: path.to_path_buf(),
                    });
                }
                Err(e) if e.kind() == std::io::ErrorKind::AlreadyExists => {
                    let text = std::fs::read_to_string(path).unwrap_or_default();
                    let pid = text.trim();
                    let alive = !pid.is_empty()
                        && (!Path::new("/proc/self").exists()
                            || Path::new("/proc").join(pid).exists());
                    if alive {
                        return Err(Error::Msg(format!(
                            "mutants: another `cargo xtask mutants` (pid {pid}) is running in \
                             target/xtask-scratch/mutants, which cargo-mutants changes in place: \
                             wait for it to finish (or stop it). If no such process runs, delete \
                             {} and try again",
                            path.display()
                        )));
                    }
                    // Its owner is gone: take it over.
                    let _ = std::fs::remove_file(path);
                }
                Err(e) => return Err(e).op("creating", path),
            }
        }
        Err(Error::Msg(format!(
            "mutants: could not take the lock {}",
            path.display()
        )))
    }
}

impl Drop for RunLock {
    fn drop(&mut self) {
        let _ = std::fs::remove_file(&self.path);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_second_run_is_refused_while_the_first_holds_the_lock() {
        let dir = std::env::temp_dir().join(format!("xtask-mutants-lock-{}", std::process::id()));
        let path = dir.join("mutants.lock");
        let first = RunLock::acquire(&path).expect("the first run takes the lock");
        let second = RunLock::acquire(&path);
        assert!(
            second
                .as_ref()
                .is_err_and(|e| e.to_string().contains("another `cargo xtask mutants`")
                    && e.to_string().contains(&std::process::id().to_string())),
            "a second RunLock::acquire while the first is held: got {:?}, want a refusal naming \
             the running pid",
            second.as_ref().err()
        );
        drop(first);
        assert!(!path.exists(), "the lock file is removed when the run ends");
        // A lock left by a process that no longer exists is taken over.
        std::fs::write(&path, "999999999\n").unwrap();
        let stale = RunLock::acquire(&path);
        assert!(
            stale.is_ok(),
            "a lock naming pid 999999999 (no such process): got {:?}, want it taken over",
            stale.as_ref().err()
        );
        drop(stale);
        let _ = std::fs::remove_dir_all(&dir);
    }
}
