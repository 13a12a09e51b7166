//! `cargo xtask release OUT [--solutions-through WEEK] [--force]`: the student version.
//!
//! What OUT gets:
//! - the workspace (`Cargo.toml`, `Cargo.lock`, `.cargo/`, `.gitignore`, other root files),
//!   `docs/`, and every week's folder: manifest, lesson, public tests, examples, benches, data,
//!   pictures — with `src/` **generated from the reference** (the stubs), never copied from this
//!   tree (which may hold a `solve`d week);
//! - `xtask/` without its tests (they test the instructor's tooling on the instructor's
//!   material), plus `xtask/pristine/<week>/src/`: a pristine copy of every week's stubs, so that
//!   `cargo xtask reset` works for students;
//! - a README for students in place of this one;
//! - no `solutions/` (so no reference and no hidden tests), no `.ci/`, no `.git/`, no
//!   `target/`, no `.course-backup/`.
//!
//! `--solutions-through WEEK` releases the reference of weeks 1..=WEEK: those weeks' `src/` in
//! OUT *is* the reference (markers taken out, as `cargo xtask solve` writes it), so students can
//! build the later weeks on working code. Their stubs are still in `xtask/pristine/`, so a
//! student can `cargo xtask reset week1` to do the week themselves. Hidden tests are never
//! released.
//!
//! In OUT, `grade`, `solve`, `diff`, `stubs`, `ci` and `example` say that they need the
//! instructor's material (they find no `solutions/`); `progress`, `reset` and `restore` work.
//!
//! OUT must be empty or absent (else `--force`, which overwrites and removes only the files a
//! previous release wrote, listed in `OUT/.course-release`), and must not be the project or a
//! folder in it (except under `target/`, where ci builds its check).
//!
//! [`leaks`] scans a release for the text of every solution region of the weeks not released.

use crate::course::{Tree, Week, expected_stub_tree, pristine_dir, reference_tree};
use crate::error::fs;
use crate::project::{display_rel, project_root};
use crate::scratch::{self, read_tree};
use std::collections::BTreeSet;
use std::path::{Component, Path, PathBuf};

/// The list of files a release wrote, at the top of OUT.
pub const MANIFEST: &str = ".course-release";

/// Folders at the root of the project that a release never contains.
const EXCLUDED_ROOT: &[&str] = &[
    ".git",
    ".ci",
    ".github",
    ".course-backup",
    "target",
    "solutions",
];

/// What to put in OUT: relative path → contents. `through`: the weeks whose reference is
/// released as their `src/`.
pub fn release_files(root: &Path, through: Option<Week>) -> Result<Tree, String> {
    let weeks: Vec<Week> = Week::all().filter(|w| w.dir(root).is_dir()).collect();
    if !weeks.iter().any(|w| w.has_reference(root)) {
        return Err(
            "release: there is no `solutions/` here — a release is made from the instructor's \
             copy of the course (this looks like a student release already)"
                .into(),
        );
    }
    let mut files = Tree::new();
    for rel in walk_pruned(root, Path::new(""))? {
        let parts: Vec<String> = rel
            .components()
            .map(|c| c.as_os_str().to_string_lossy().into_owned())
            .collect();
        let first = parts[0].as_str();
        if EXCLUDED_ROOT.contains(&first) || parts.iter().any(|p| p == "target") {
            continue;
        }
        if parts.len() == 1 && first == "README.md" {
            continue;
        }
        if parts.len() > 1 && first.starts_with('.') && first != ".cargo" {
            continue;
        }
        if let Some(w) = weeks.iter().find(|w| w.name() == first)
            && parts.get(1).is_some_and(|p| p == "src")
            && w.has_reference(root)
        {
            continue; // generated below
        }
        if first == "xtask"
            && parts
                .get(1)
                .is_some_and(|p| p == "tests" || p == "fixtures" || p == "pristine")
        {
            continue;
        }
        let bytes = std::fs::read(root.join(&rel))
            .map_err(|e| format!("reading {}: {e}", rel.display()))?;
        files.insert(rel, bytes);
    }
    for &w in &weeks {
        if !w.has_reference(root) {
            continue;
        }
        let stubs = expected_stub_tree(root, w)?;
        let released = through.is_some_and(|t| w <= t);
        let src = if released {
            reference_tree(root, w)?.expect("has a reference")
        } else {
            stubs.clone()
        };
        for (rel, bytes) in src {
            files.insert(PathBuf::from(w.name()).join("src").join(rel), bytes);
        }
        let pristine = pristine_dir(Path::new(""), w);
        for (rel, bytes) in stubs {
            files.insert(pristine.join(rel), bytes);
        }
    }
    files.insert(
        "README.md".into(),
        student_readme(root, through, &weeks).into_bytes(),
    );
    Ok(files)
}

/// Every file below `root/rel`, not descending into the excluded root folders or any `target/`.
fn walk_pruned(root: &Path, rel: &Path) -> Result<Vec<PathBuf>, String> {
    let mut out = Vec::new();
    let dir = root.join(rel);
    let mut entries: Vec<_> = std::fs::read_dir(&dir)
        .map_err(|e| format!("reading {}: {e}", dir.display()))?
        .filter_map(Result::ok)
        .collect();
    entries.sort_by_key(|e| e.file_name());
    for e in entries {
        let name = e.file_name().to_string_lossy().into_owned();
        let r = rel.join(&name);
        let is_dir = e.file_type().map(|t| t.is_dir()).unwrap_or(false);
        if is_dir {
            let top = rel.as_os_str().is_empty();
            if name == "target" || (top && EXCLUDED_ROOT.contains(&name.as_str())) {
                continue;
            }
            out.extend(walk_pruned(root, &r)?);
        } else {
            out.push(r);
        }
    }
    Ok(out)
}

/// The README for students: the course overview and the table of weeks from this README,
/// then how to work, the commands, and what this release contains.
fn student_readme(root: &Path, through: Option<Week>, weeks: &[Week]) -> String {
    let ours = std::fs::read_to_string(root.join("README.md")).unwrap_or_default();
    let mut intro = String::new();
    let mut table = String::new();
    let mut section = String::from("intro");
    for line in ours.lines() {
        if let Some(h) = line.strip_prefix("## ") {
            section = h.to_string();
        }
        if section == "intro" {
            intro.push_str(line);
            intro.push('\n');
        } else if section.to_lowercase().contains("six weeks") {
            table.push_str(line);
            table.push('\n');
        }
    }
    if intro.trim().is_empty() {
        intro = "# Linear Algebra for Machine Learning from Scratch, in Rust\n".into();
    }
    let released = match through {
        Some(t) => format!(
            "This copy comes with the reference solutions of {weeks}: their `src/` folders hold \
             working code, so that you can build the later weeks on it. To do such a week \
             yourself, `cargo xtask reset week{n} --force` puts its stubs back (your files are \
             backed up first).\n",
            weeks = if t.number() == 1 {
                "week 1".to_string()
            } else {
                format!("weeks 1–{}", t.number())
            },
            n = t.number()
        ),
        None => "Every week's `src/` holds the stubs: the exercises are yours to write.\n".into(),
    };
    let first = weeks.first().copied().unwrap_or(Week::FIRST);
    format!(
        "{intro}\n{table}\n## Getting started\n\n\
You need a Rust toolchain (1.85 or newer; <https://rustup.rs>). Then, in this folder:\n\n\
```sh\n\
cargo test -p {first}     # builds; every exercise test fails with \"not yet implemented\"\n\
```\n\n\
1. Read the lesson, [`{first}/README.md`]({first}/README.md); `cargo doc -p {first} --open`\n   \
   shows the same material as API docs, with an example for every function.\n\
2. Start the loop beside your editor: `cargo xtask watch`. It shows the exercise to do now\n   \
   (`file:line`, what to do, the lesson's section) and its tests' results, re-runs them every\n   \
   time you save, and moves on when they pass. Keys: `h` hint, `l` list, `n`/`p` next/previous,\n   \
   `r` re-run, `q` quit (`--manual-run` where file events do not arrive: press `r`).\n\
3. Every function whose body is `todo!(\"…\")` is an exercise; its doc comment says what to\n   \
   compute, the shapes and errors, the complexity and the pitfall. Plain cargo works too:\n   \
   `cargo test -p {first}` (the test files are numbered by exercise, `tests/e01_…`, and cargo\n   \
   stops at the first that fails, so it leads with the exercise to do now), one file with\n   \
   `--test e02_norms`, one exercise's tests as `watch` shows.\n\
4. `cargo xtask progress` shows, for every week, how many tests pass and the next exercise.\n\n\
{released}\n\
## Your tools\n\n\
| command | what it does |\n\
| --- | --- |\n\
| `cargo xtask watch [WEEK]` | the loop: the current exercise and its tests, re-run on every save (only reads your files) |\n\
| `cargo xtask hint WEEK EXERCISE [--level N]` | the exercise and its hints: a nudge, the key idea, the shape of the algorithm |\n\
| `cargo xtask list [WEEK]` | the exercises in order, and where each one is |\n\
| `cargo test -p WEEK` | the week's public tests |\n\
| `cargo xtask progress` | tests passed per week, and the next exercise to do (only reads your files) |\n\
| `cargo xtask reset WEEK [FILE]` | put the original stub back (backs your file up first; `--force` if it holds work) |\n\
| `cargo xtask restore WEEK` | bring back your latest backed-up work (`--list` shows the backups) |\n\
| `cargo run -p WEEK --example NAME` | run one of the week's example programs on your code |\n\n\
More about these tools: [`docs/tools.md`](docs/tools.md).\n\n\
Your work lives in `<week>/src/`. No command overwrites a file there without first saving a dated\n\
copy under `.course-backup/` and saying where. Keep your work in git: `git init && git add -A && git commit`.\n\n\
Some commands of `cargo xtask` (`grade`, `solve`, `diff`, `example`, `stubs`, `ci`) need the\n\
instructor's material — the reference solutions and hidden tests — which this copy does not\n\
include; they say so. Your instructor grades your `src/` folders with hidden tests that use\n\
different inputs from the public ones: make the public tests pass *and* follow each exercise's\n\
doc comment.\n"
    )
}

/// True when `inner` is `outer` or inside it (after resolving what can be resolved).
fn is_within(inner: &Path, outer: &Path) -> bool {
    let canon = |p: &Path| -> PathBuf {
        // Resolve the longest existing ancestor, keep the rest as written.
        let mut existing = p.to_path_buf();
        let mut rest: Vec<std::ffi::OsString> = Vec::new();
        while !existing.exists() {
            match (existing.file_name(), existing.parent()) {
                (Some(n), Some(parent)) => {
                    rest.push(n.to_os_string());
                    existing = parent.to_path_buf();
                }
                _ => break,
            }
        }
        let mut c = existing.canonicalize().unwrap_or(existing);
        for n in rest.iter().rev() {
            c.push(n);
        }
        c
    };
    canon(inner).starts_with(canon(outer))
}

/// Writes the release of the project at `root` into `out`. Returns a summary.
pub fn release_at(
    root: &Path,
    out: &Path,
    through: Option<Week>,
    force: bool,
) -> Result<String, String> {
    let out = if out.is_absolute() {
        out.to_path_buf()
    } else {
        std::env::current_dir()
            .map_err(|e| format!("reading the current folder: {e}"))?
            .join(out)
    };
    if out
        .components()
        .any(|c| matches!(c, Component::ParentDir | Component::CurDir))
        && !out.exists()
    {
        return Err(format!(
            "release: give OUT without `..` or `.` ({})",
            out.display()
        ));
    }
    // ci writes its check release to target/xtask-scratch/release-check: allowed.
    let under_target =
        is_within(&out, &root.join("target")) || is_within(&out, &scratch::scratch_root(root));
    if is_within(root, &out) {
        return Err(format!(
            "release: OUT ({}) holds the project itself; choose a folder outside it",
            out.display()
        ));
    }
    if is_within(&out, root) && !under_target {
        return Err(format!(
            "release: OUT ({}) is inside the project; choose a folder outside it",
            out.display()
        ));
    }
    let files = release_files(root, through)?;
    let previous: BTreeSet<PathBuf> = std::fs::read_to_string(out.join(MANIFEST))
        .map(|t| t.lines().map(PathBuf::from).collect())
        .unwrap_or_default();
    let nonempty = std::fs::read_dir(&out).is_ok_and(|mut d| d.next().is_some());
    if nonempty && !force {
        return Err(format!(
            "release: {} is not empty; choose an empty folder, or pass --force to write over it \
             (files a previous release wrote and this one does not are removed; nothing else is)",
            out.display()
        ));
    }
    for stale in previous.difference(&files.keys().cloned().collect()) {
        if stale
            .components()
            .all(|c| matches!(c, Component::Normal(_)))
        {
            let _ = std::fs::remove_file(out.join(stale));
        }
    }
    for (rel, bytes) in &files {
        crate::project::write_if_changed(&out.join(rel), bytes)
            .map_err(|e| format!("writing {}: {e}", out.join(rel).display()))?;
    }
    let list: Vec<String> = files.keys().map(|p| display_rel(p)).collect();
    fs::write(out.join(MANIFEST), list.join("\n") + "\n")?;
    let leaked = leaks(root, &out, through)?;
    if !leaked.is_empty() {
        return Err(format!(
            "release: written to {}, but solution code leaks into it:\n  {}",
            out.display(),
            leaked.join("\n  ")
        ));
    }
    Ok(format!(
        "release: {} files written to {}{}; no solution code of the other weeks in it.\n\
         Check it: cd {} && cargo test -p week1-vectors  (the exercise tests fail on the stubs)",
        files.len(),
        out.display(),
        match through {
            Some(Week::FIRST) => " (with the reference of week 1)".to_string(),
            Some(t) => format!(" (with the reference of weeks 1–{})", t.number()),
            None => " (stubs only)".into(),
        },
        out.display()
    ))
}

/// A line worth looking for: long enough to be distinctive (not `}` or `Ok(x)`).
fn non_trivial(line: &str) -> bool {
    line.chars().filter(|c| !c.is_whitespace()).count() >= 20
}

/// Every solution region of the weeks not released whose code appears in `out`, as
/// `path: the body at solutions/<week>/src/<file>:<line> (N lines)`.
///
/// A region's *secret* lines are its non-trivial lines that appear nowhere in the code every
/// student sees anyway (the stubs, and the `.rs` files of the weeks' folders outside `src/`:
/// public tests, examples, benchmarks). A region leaks into a file of the release when all its
/// secret lines are in that file — so one generic line (`let mut c = vec![0.0; m * n];`) is
/// not a leak, a copied body is. In `xtask/src` (whose own tests quote small marker examples)
/// a region must have at least three secret lines to count.
pub fn leaks(root: &Path, out: &Path, through: Option<Week>) -> Result<Vec<String>, String> {
    let mut public: BTreeSet<String> = BTreeSet::new();
    let mut regions: Vec<(String, Vec<String>)> = Vec::new();
    for w in Week::all() {
        if w.has_reference(root) {
            for (_, bytes) in expected_stub_tree(root, w)? {
                public.extend(
                    String::from_utf8_lossy(&bytes)
                        .lines()
                        .map(|l| l.trim().to_string()),
                );
            }
        }
        if w.dir(root).is_dir() {
            for rel in walk_pruned(&w.dir(root), Path::new(""))? {
                if rel.starts_with("src") || rel.extension().is_none_or(|e| e != "rs") {
                    continue;
                }
                let text = std::fs::read_to_string(w.dir(root).join(&rel)).unwrap_or_default();
                public.extend(text.lines().map(|l| l.trim().to_string()));
            }
        }
        if through.is_some_and(|t| w <= t) || !w.has_reference(root) {
            continue;
        }
        for (rel, bytes) in read_tree(&w.solution_dir(root).join("src"))? {
            for (line, body) in crate::markers::solution_regions(&String::from_utf8_lossy(&bytes)) {
                regions.push((
                    format!("solutions/{}/src/{}:{line}", w.name(), display_rel(&rel)),
                    body,
                ));
            }
        }
    }
    let regions: Vec<(String, BTreeSet<String>)> = regions
        .into_iter()
        .map(|(at, body)| {
            let secret: BTreeSet<String> = body
                .into_iter()
                .filter(|l| non_trivial(l) && !public.contains(l))
                .collect();
            (at, secret)
        })
        .filter(|(_, s)| !s.is_empty())
        .collect();
    let released: Vec<PathBuf> = Week::all()
        .filter(|w| through.is_some_and(|t| *w <= t))
        .map(|w| PathBuf::from(w.name()).join("src"))
        .collect();
    let mut found = Vec::new();
    for rel in fs::walk(out)? {
        if rel.starts_with("target") || released.iter().any(|r| rel.starts_with(r)) {
            continue;
        }
        let Ok(text) = std::fs::read_to_string(out.join(&rel)) else {
            continue; // not text
        };
        let lines: BTreeSet<&str> = text.lines().map(str::trim).collect();
        let min = if rel.starts_with("xtask/src") { 3 } else { 1 };
        for (at, secret) in &regions {
            if secret.len() >= min && secret.iter().all(|l| lines.contains(l.as_str())) {
                found.push(format!(
                    "{}: the body at {at} ({} distinctive line(s))",
                    display_rel(&rel),
                    secret.len()
                ));
            }
        }
    }
    Ok(found)
}

/// The ci step "release builds, its tests fail on the stubs, and no solution body leaks":
/// writes the release (no solutions) into `target/xtask-scratch/release-check`, scans it for
/// leaks, builds it once (`cargo build --workspace --all-targets`, with the scratch target dir
/// shared with the other ci steps), type-checks the examples and benchmarks behind features
/// (`cargo check --examples --benches --all-features`), runs the public tests of every week
/// that has exercises (at least one must fail per week), and checks that the release's own
/// xtask says that `solve`, `diff`, `grade`, `stubs`, `ci` and `example` need the instructor's
/// material.
pub fn ci_check(root: &Path) -> Result<String, String> {
    let out = scratch::scratch_root(root).join("release-check");
    // Written over the previous check's release (files are rewritten only when they change,
    // and what an earlier release wrote and this one does not is removed), so that a second
    // run rebuilds only what changed. A folder not written by a release is cleared first.
    if out.exists() && !out.join(MANIFEST).is_file() {
        std::fs::remove_dir_all(&out).map_err(|e| format!("clearing {}: {e}", out.display()))?;
    }
    release_at(root, &out, None, true)?;
    if out.join("solutions").exists() {
        return Err("the release has a solutions/ folder".into());
    }
    let hidden: Vec<String> = fs::walk(&out)?
        .into_iter()
        .filter(|r| {
            r.file_name()
                .is_some_and(|n| n.to_string_lossy().starts_with("hidden_"))
        })
        .map(|r| display_rel(&r))
        .collect();
    if !hidden.is_empty() {
        return Err(format!(
            "hidden tests in the release: {}",
            hidden.join(", ")
        ));
    }
    let target = scratch::scratch_target_dir(root);
    let r = crate::testrun::cargo(
        &out,
        &target,
        &["build", "--workspace", "--all-targets", "--quiet"],
    )?;
    if !r.ok {
        return Err(format!("the release does not build:\n{}", r.stderr));
    }
    // The targets behind features (the pictures examples, the benchmark with its peer) are
    // type-checked too, on the stubs (they need only the signatures), so they cannot rot unseen.
    let r = crate::testrun::cargo(
        &out,
        &target,
        &[
            "check",
            "--workspace",
            "--examples",
            "--benches",
            "--all-features",
            "--quiet",
        ],
    )?;
    if !r.ok {
        return Err(format!(
            "the release's examples or benchmarks do not compile with all features:\n{}",
            r.stderr
        ));
    }
    let weeks: Vec<Week> = Week::all()
        .filter(|w| {
            read_tree(&w.dir(&out).join("src")).is_ok_and(|t| {
                t.values()
                    .any(|b| String::from_utf8_lossy(b).contains("todo!(\""))
            })
        })
        .collect();
    let names: Vec<&str> = weeks.iter().map(|w| w.name()).collect();
    let bins = crate::testrun::build_tests(&out, &target, &names)
        .map_err(|e| format!("the release's tests do not build:\n{e}"))?;
    let mut summary = Vec::new();
    let mut problems = Vec::new();
    for w in &weeks {
        let (mut failed, mut total) = (0, 0);
        for b in bins
            .iter()
            .filter(|b| b.package == w.name() && !b.is_given())
        {
            for o in crate::testrun::run_all(b, 2)? {
                total += 1;
                if !o.passed {
                    failed += 1;
                }
            }
        }
        if total == 0 {
            summary.push(format!("{w} has no public tests yet"));
            continue;
        }
        summary.push(format!("{w} {failed}/{total}"));
        if failed == 0 {
            problems.push(format!(
                "{w}: no public test fails on the stubs of the release ({total} tests)"
            ));
        }
    }
    let xtask = target
        .join("debug")
        .join(format!("xtask{}", std::env::consts::EXE_SUFFIX));
    for args in [
        &["solve", "1"][..],
        &["diff", "1"],
        &["grade"],
        &["stubs"],
        &["ci"],
        &["example", "1", "anything"],
    ] {
        let o = std::process::Command::new(&xtask)
            .args(args)
            .current_dir(&out)
            .output()
            .map_err(|e| format!("running the release's xtask: {e}"))?;
        let text = String::from_utf8_lossy(&o.stderr).to_lowercase()
            + &String::from_utf8_lossy(&o.stdout).to_lowercase();
        if o.status.success() || !(text.contains("instructor") || text.contains("student release"))
        {
            problems.push(format!(
                "`cargo xtask {}` in the release does not say it needs the instructor's \
                 material: {}",
                args.join(" "),
                text.trim()
            ));
        }
    }
    if problems.is_empty() {
        Ok(format!(
            "no leaks; builds; exercise tests failing on the stubs: {}",
            summary.join(", ")
        ))
    } else {
        Err(problems.join("\n"))
    }
}

/// `cargo xtask release OUT [--solutions-through WEEK] [--force]`
pub fn run(args: &[String]) -> Result<(), String> {
    let usage = "usage: cargo xtask release OUT [--solutions-through WEEK] [--force]\n       \
                 cargo xtask release --check   (the ci step: build and test a release in target/)";
    if args == ["--check"] {
        let root = project_root();
        println!("release --check: {}", ci_check(&root)?);
        return Ok(());
    }
    let a = crate::flags::parse(
        crate::flags::command("release").expect("in the table"),
        args,
    )?;
    if a.has("--check") {
        return Err(format!(
            "release: --check takes no other arguments\n{usage}"
        ));
    }
    let force = a.has("--force");
    let through = a
        .value("--solutions-through")
        .map(Week::parse)
        .transpose()?;
    let [out] = a.positionals.as_slice() else {
        return Err(usage.into());
    };
    let out = PathBuf::from(out);
    println!("{}", release_at(&project_root(), &out, through, force)?);
    Ok(())
}
