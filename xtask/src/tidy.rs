//! Tidy checks (a step of `cargo xtask ci`), in the style of rust-analyzer's `xtask` tidy tests:
//! facts the repository states in two places, checked to agree. Each check returns `Ok` with a
//! one-line summary or `Err` listing every offender as `file:line: what`.
//!
//! - [`weeks_are_members`]: the course's weeks — the root `Cargo.toml`'s workspace members
//!   minus `xtask`, which is where [`Week`] reads them — are named `week<n>-<topic>` in order
//!   and are exactly the folders of `solutions/`;
//! - [`rust_version_is_stated`]: every member inherits the workspace's `rust-version`, the
//!   README's "N or newer" says the same version, and it is at least what the code's language
//!   features need (let-chains: 1.88; clippy's `incompatible_msrv` covers the std APIs);
//! - [`no_outside_references`]: no file of the repository points at a document that is not in
//!   it (a numbered section of a design document, a planning note);
//! - [`references_avoid_the_oracle`]: no reference solution (`solutions/<week>/src/**` outside
//!   its `testing` module) calls the test oracle `testing::`, so that tests check the learner's
//!   code with helpers that code does not use. Doc examples may use it: they are tests.

use crate::course::Week;
use crate::course::week::{line_of, members, weeks_of_manifest};
use crate::error::{Context, Error, Result, fs};
use crate::project::display_rel;
use std::path::Path;
use toml::{Table, Value};

/// A tidy check: `Ok(summary)` or `Err(offenders)`.
type Check = fn(&Path) -> Result<String>;

/// Every tidy check; `Err` lists the offenders of all that failed.
pub fn check(root: &Path) -> Result<String> {
    let checks: [Check; 4] = [
        weeks_are_members,
        rust_version_is_stated,
        no_outside_references,
        references_avoid_the_oracle,
    ];
    let (mut oks, mut errs) = (Vec::new(), Vec::new());
    for c in checks {
        match c(root) {
            Ok(s) => oks.push(s),
            Err(e) => errs.push(e.to_string()),
        }
    }
    if errs.is_empty() {
        Ok(oks.join("; "))
    } else {
        Err(Error::Msg(errs.join("\n")))
    }
}

fn read(root: &Path, rel: &str) -> Result<String> {
    fs::read_to_string(root.join(rel))
}

fn parse_toml(rel: &str, text: &str) -> Result<Table> {
    text.parse::<Table>().map_err(|e| Error::Parse {
        path: rel.into(),
        message: e.to_string(),
    })
}

/// The week folders of the course against the workspace members and `solutions/`, as
/// `file:line` offenders: `manifest` is the root `Cargo.toml`'s text, `solution_dirs` the
/// folders of `solutions/` (`None` in a student release, which has none).
pub fn week_offenders(manifest: &str, solution_dirs: Option<&[String]>) -> Vec<String> {
    let weeks = match weeks_of_manifest(manifest) {
        Ok(w) => w,
        Err(e) => return e.lines().map(str::to_string).collect(),
    };
    let mut out = Vec::new();
    if let Some(dirs) = solution_dirs {
        for w in &weeks {
            if !dirs.contains(w) {
                out.push(format!(
                    "Cargo.toml:{}: week `{w}` has no folder solutions/{w}",
                    line_of(manifest, &format!("\"{w}\""))
                ));
            }
        }
        for d in dirs {
            if !weeks.contains(d) {
                out.push(format!(
                    "solutions/{d}:1: a folder of solutions/ that is not a week (a workspace \
                     member of Cargo.toml other than xtask)"
                ));
            }
        }
    }
    out
}

/// The folders directly below `dir`, sorted; `None` when `dir` is not a folder.
fn folders(dir: &Path) -> Result<Option<Vec<String>>> {
    if !dir.is_dir() {
        return Ok(None);
    }
    let mut out = Vec::new();
    for e in std::fs::read_dir(dir).op("reading", dir)? {
        let e = e.op("reading", dir)?;
        if e.file_type().is_ok_and(|t| t.is_dir()) {
            out.push(e.file_name().to_string_lossy().into_owned());
        }
    }
    out.sort();
    Ok(Some(out))
}

/// Check (a): the course's weeks (where [`Week`] reads them: the workspace members but `xtask`)
/// are named `week<n>-<topic>` in order and are exactly the folders of `solutions/`.
pub fn weeks_are_members(root: &Path) -> Result<String> {
    let text = read(root, "Cargo.toml")?;
    let solutions = folders(&root.join("solutions"))?;
    let found = week_offenders(&text, solutions.as_deref());
    if found.is_empty() {
        let n = weeks_of_manifest(&text).map_or(0, |w| w.len());
        Ok(match solutions {
            Some(_) => format!("the {n} weeks are the workspace members and solutions/"),
            None => format!("the {n} weeks are the workspace members (no solutions/ here)"),
        })
    } else {
        Err(Error::Msg(format!(
            "the weeks, the workspace members and solutions/ differ:\n{}",
            found.join("\n")
        )))
    }
}

/// `"1.88"` → `(1, 88)`; `None` unless `major.minor[.patch]` of numbers.
pub fn version(s: &str) -> Option<(u32, u32)> {
    let mut parts = s.split('.');
    let major = parts.next()?.parse().ok()?;
    let minor = parts.next()?.parse().ok()?;
    match parts.next() {
        None => Some((major, minor)),
        Some(p) if p.parse::<u32>().is_ok() && parts.next().is_none() => Some((major, minor)),
        Some(_) => None,
    }
}

/// The versions a text states as "N or newer", with their 1-based lines.
pub fn stated_versions(text: &str) -> Vec<(usize, String)> {
    let mut out = Vec::new();
    for (i, line) in text.lines().enumerate() {
        let mut rest = line;
        while let Some(at) = rest.find(" or newer") {
            let before = &rest[..at];
            let start = before
                .rfind(|c: char| !(c.is_ascii_digit() || c == '.'))
                .map_or(0, |k| k + 1);
            let v = &before[start..];
            if version(v).is_some() {
                out.push((i + 1, v.to_string()));
            }
            rest = &rest[at + " or newer".len()..];
        }
    }
    out
}

/// True when a line of Rust source (outside comments) chains `let` in a condition: `&& let`.
pub fn uses_let_chains(src: &str) -> Option<usize> {
    src.lines()
        .position(|l| {
            let code = l.split("//").next().unwrap_or("");
            code.contains("&& let ")
        })
        .map(|i| i + 1)
}

/// Check (b): `rust-version` is inherited, stated in the README, and covers let-chains.
pub fn rust_version_is_stated(root: &Path) -> Result<String> {
    let text = read(root, "Cargo.toml")?;
    let manifest = parse_toml("Cargo.toml", &text)?;
    let declared = manifest
        .get("workspace")
        .and_then(|w| w.get("package"))
        .and_then(|p| p.get("rust-version"))
        .and_then(Value::as_str)
        .ok_or("Cargo.toml:1: no [workspace.package] rust-version")?
        .to_string();
    let v = version(&declared).ok_or_else(|| {
        format!(
            "Cargo.toml:{}: rust-version `{declared}` is not N.M",
            line_of(&text, "rust-version")
        )
    })?;
    let mut out = Vec::new();
    for m in members(&manifest).map_err(|message| Error::Parse {
        path: "Cargo.toml".into(),
        message,
    })? {
        let rel = format!("{m}/Cargo.toml");
        let mt = read(root, &rel)?;
        let inherits = parse_toml(&rel, &mt)?
            .get("package")
            .and_then(|p| p.get("rust-version"))
            .and_then(|r| r.get("workspace"))
            .and_then(Value::as_bool)
            == Some(true);
        if !inherits {
            out.push(format!(
                "{rel}:{}: no `rust-version.workspace = true`",
                line_of(&mt, "[package]")
            ));
        }
    }
    let readme = read(root, "README.md")?;
    let stated = stated_versions(&readme);
    if stated.is_empty() {
        out.push(format!(
            "README.md:1: no \"{declared} or newer\" (the toolchain the course needs)"
        ));
    }
    for (line, s) in &stated {
        if version(s) != Some(v) {
            out.push(format!(
                "README.md:{line}: says \"{s} or newer\" but Cargo.toml's rust-version is {declared}"
            ));
        }
    }
    if v < (1, 88) {
        for dir in ["xtask/src", "xtask/tests"] {
            for rel in fs::walk(root.join(dir))? {
                let path = root.join(dir).join(&rel);
                if path.extension().is_some_and(|e| e == "rs")
                    && let Ok(src) = std::fs::read_to_string(&path)
                    && let Some(line) = uses_let_chains(&src)
                {
                    out.push(format!(
                        "{dir}/{}:{line}: a let-chain (stable since 1.88) but rust-version is {declared}",
                        display_rel(&rel)
                    ));
                }
            }
        }
    }
    if out.is_empty() {
        Ok(format!(
            "rust-version {declared}, inherited by every member and stated in the README"
        ))
    } else {
        Err(Error::Msg(format!(
            "rust-version is not stated honestly:\n{}",
            out.join("\n")
        )))
    }
}

/// The lower-case phrases that point at a document outside the repository. Built from pieces so
/// that this file does not match itself.
fn outside_phrases() -> [String; 4] {
    [
        ["des", "ign §"].concat(),
        ["course", "_design"].concat(),
        ["design of ", "record"].concat(),
        ["planning ", "document"].concat(),
    ]
}

/// The lines of `text` that refer to a document outside the repository: (1-based line, phrase).
pub fn outside_references(text: &str) -> Vec<(usize, String)> {
    let phrases = outside_phrases();
    let mut out = Vec::new();
    for (i, line) in text.lines().enumerate() {
        let lower = line.to_lowercase();
        for p in &phrases {
            if lower.contains(p.as_str()) {
                out.push((i + 1, p.clone()));
            }
        }
    }
    out
}

/// Folders of the root that are not the repository's content.
const NOT_CONTENT: &[&str] = &["target", ".git", ".course-backup"];

/// Check (c): no file refers to a document outside the repository.
pub fn no_outside_references(root: &Path) -> Result<String> {
    let mut out = Vec::new();
    let mut files = 0;
    let top = std::fs::read_dir(root).op("reading", root)?;
    let mut top: Vec<_> = top.filter_map(|e| e.ok()).map(|e| e.file_name()).collect();
    top.sort();
    for name in top {
        if NOT_CONTENT.iter().any(|n| name == *n) {
            continue;
        }
        let base = root.join(&name);
        let rels = if base.is_dir() {
            fs::walk(&base)?
        } else {
            vec![std::path::PathBuf::new()]
        };
        for rel in rels {
            if rel.components().any(|c| c.as_os_str() == "target") {
                continue;
            }
            let path = base.join(&rel);
            // Binary and non-UTF-8 files hold no prose.
            let Ok(text) = std::fs::read_to_string(&path) else {
                continue;
            };
            files += 1;
            let shown = display_rel(path.strip_prefix(root).unwrap_or(&path));
            for (line, phrase) in outside_references(&text) {
                out.push(format!(
                    "{shown}:{line}: \"{phrase}\" names a document outside the repository"
                ));
            }
        }
    }
    if out.is_empty() {
        Ok(format!(
            "{files} files refer to no document outside the repository"
        ))
    } else {
        Err(Error::Msg(format!(
            "{} reference(s) to documents outside the repository (say it here instead):\n{}",
            out.len(),
            out.join("\n")
        )))
    }
}

/// The lines of a reference source that use the test oracle (`testing::` or `::testing`) in
/// code; comments (doc examples included) are skipped.
pub fn oracle_uses(src: &str) -> Vec<usize> {
    src.lines()
        .enumerate()
        .filter(|(_, l)| {
            let code = l.split("//").next().unwrap_or("");
            code.contains("testing::") || code.contains("::testing")
        })
        .map(|(i, _)| i + 1)
        .collect()
}

/// Check (d): no reference solution uses `testing::` outside its own `testing` module.
pub fn references_avoid_the_oracle(root: &Path) -> Result<String> {
    let mut out = Vec::new();
    for w in Week::all() {
        let src = w.solution_dir(root).join("src");
        for rel in fs::walk(&src)? {
            let first = rel.components().next().map(|c| c.as_os_str().to_owned());
            if rel.extension().is_none_or(|e| e != "rs")
                || first.is_some_and(|f| f == "testing" || f == "testing.rs")
            {
                continue;
            }
            let path = src.join(&rel);
            let text = fs::read_to_string(&path)?;
            let shown = display_rel(path.strip_prefix(root).unwrap_or(&path));
            for line in oracle_uses(&text) {
                out.push(format!(
                    "{shown}:{line}: the reference uses the test oracle `testing::`"
                ));
            }
        }
    }
    if out.is_empty() {
        Ok("no reference solution uses the test oracle".into())
    } else {
        Err(Error::Msg(format!(
            "{} use(s) of the test oracle in reference solutions (use the earlier weeks' \
             functions or the week's given helpers; tests check with `testing::`):\n{}",
            out.len(),
            out.join("\n")
        )))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const MANIFEST: &str =
        "[workspace]\nmembers = [\n    \"week1-a\",\n    \"week2-b\",\n    \"xtask\",\n]\n";

    fn dirs(names: &[&str]) -> Vec<String> {
        names.iter().map(|n| n.to_string()).collect()
    }

    #[test]
    fn members_are_read_with_toml() {
        let t = MANIFEST
            .parse::<Table>()
            .expect("the fixture manifest parses");
        assert_eq!(
            members(&t),
            Ok(vec![
                "week1-a".to_string(),
                "week2-b".into(),
                "xtask".into()
            ]),
            "members of the fixture manifest"
        );
    }

    #[test]
    fn a_missing_week_is_named_on_both_sides() {
        let found = week_offenders(MANIFEST, Some(&dirs(&["week1-a", "week2-c"])));
        assert_eq!(
            found,
            vec![
                "Cargo.toml:4: week `week2-b` has no folder solutions/week2-b".to_string(),
                "solutions/week2-c:1: a folder of solutions/ that is not a week (a workspace \
                 member of Cargo.toml other than xtask)"
                    .into(),
            ],
            "offenders for a renamed week"
        );
        let same = week_offenders(MANIFEST, Some(&dirs(&["week1-a", "week2-b"])));
        assert!(
            same.is_empty(),
            "equal lists have no offenders, got {same:?}"
        );
        let release = week_offenders(MANIFEST, None);
        assert!(
            release.is_empty(),
            "a student release (no solutions/) has no offenders, got {release:?}"
        );
        let swapped = MANIFEST
            .replace("week1-a", "week0")
            .replace("week2-b", "week1-a")
            .replace("week0", "week2-b");
        let swapped = week_offenders(&swapped, Some(&dirs(&["week1-a", "week2-b"])));
        assert_eq!(
            swapped.len(),
            2,
            "another order misnumbers both members, got {swapped:?}"
        );
        assert!(
            swapped[0].starts_with("Cargo.toml:3: member `week2-b` is week 1")
                && swapped[1].starts_with("Cargo.toml:4: member `week1-a` is week 2"),
            "each misnumbered member is named at its line, got {swapped:?}"
        );
        let no_xtask = week_offenders(
            &MANIFEST.replace("    \"xtask\",\n", ""),
            Some(&dirs(&["week1-a", "week2-b"])),
        );
        assert_eq!(
            no_xtask.len(),
            1,
            "xtask not a member is one offender, got {no_xtask:?}"
        );
    }

    #[test]
    fn stated_versions_are_found() {
        let text = "intro\nYou need a Rust toolchain (1.88 or newer, with rustfmt).\nand 2.0.1 or newer too; not a version or newer\n";
        assert_eq!(
            stated_versions(text),
            vec![(2, "1.88".to_string()), (3, "2.0.1".into())],
            "the README fixture's stated versions"
        );
        assert_eq!(version("1.88"), Some((1, 88)), "version(1.88)");
        assert_eq!(version("1.88.0"), Some((1, 88)), "version(1.88.0)");
        assert_eq!(version("1"), None, "version(1) has no minor");
        assert_eq!(version("1.x"), None, "version(1.x) is not numeric");
    }

    #[test]
    fn let_chains_are_seen_outside_comments() {
        let src = "fn f() {\n    // a && let b in a comment\n    if let Some(a) = x && let Some(b) = y {}\n}\n";
        assert_eq!(
            uses_let_chains(src),
            Some(3),
            "the let-chain of the fixture is on line 3"
        );
        assert_eq!(
            uses_let_chains("if a && b {}\n"),
            None,
            "no let-chain in `a && b`"
        );
    }

    #[test]
    fn outside_references_are_found_case_insensitively() {
        let text = format!(
            "fine\n//! Backups ({}7).\nsee {}.md\nall here\n",
            ["Des", "ign §"].concat(),
            ["COURSE", "_DESIGN"].concat()
        );
        let found: Vec<usize> = outside_references(&text)
            .into_iter()
            .map(|(l, _)| l)
            .collect();
        assert_eq!(
            found,
            vec![2, 3],
            "lines with outside references in {text:?}"
        );
        assert!(
            outside_references("the design matrix of §3").is_empty(),
            "a design matrix and a section sign apart are not a reference"
        );
    }

    #[test]
    fn oracle_uses_skip_comments() {
        let src = "use week1_vectors::testing::scaled_l2;\n/// use week1_vectors::testing::naive_matmul;\nlet a = 1; // testing::x\nuse week1_vectors::testing as t;\nlet n = norm2(x);\n";
        assert_eq!(oracle_uses(src), vec![1, 4], "oracle uses in the fixture");
    }

    /// A small course tree with one offender of each kind: each check names it as file:line.
    #[test]
    fn each_check_names_its_offenders_in_a_fixture() {
        let root = std::env::temp_dir().join(format!("xtask-tidy-{}", std::process::id()));
        let _ = std::fs::remove_dir_all(&root);
        let put = |rel: &str, text: &str| {
            let p = root.join(rel);
            std::fs::create_dir_all(p.parent().expect("fixture paths have a parent"))
                .expect("create the fixture folder");
            std::fs::write(&p, text).expect("write a fixture file");
        };
        let mut members: Vec<&str> = Week::all().map(Week::name).collect();
        members.push("xtask");
        let list: Vec<String> = members.iter().map(|m| format!("    \"{m}\",\n")).collect();
        put(
            "Cargo.toml",
            &format!(
                "[workspace]\nmembers = [\n{}]\n\n[workspace.package]\nrust-version = \"1.85\"\n",
                list.concat()
            ),
        );
        for m in &members {
            let inherit = if *m == "week2-matmul" {
                ""
            } else {
                "rust-version.workspace = true\n"
            };
            put(
                &format!("{m}/Cargo.toml"),
                &format!("[package]\nname = \"{m}\"\n{inherit}"),
            );
        }
        for w in Week::all() {
            put(&format!("solutions/{w}/Cargo.toml"), "[package]\n");
        }
        put(
            "xtask/src/a.rs",
            "fn f() {\n    if let Some(a) = x && let Some(b) = y {}\n}\n",
        );
        put("README.md", "# Course\n\nYou need Rust (1.88 or newer).\n");
        put(
            "docs/notes.md",
            &format!("fine\nas in the {}4\n", ["des", "ign §"].concat()),
        );
        put("target/ignored.md", &["des", "ign §1"].concat());
        let s = "solutions/week5-svd-eigen/src";
        put(
            &format!("{s}/svd.rs"),
            "use a::b;\nuse week1_vectors::testing::scaled_l2;\n",
        );
        put(
            &format!("{s}/testing.rs"),
            "use week1_vectors::testing::naive_matmul;\n",
        );
        put(
            &format!("{s}/lib.rs"),
            "/// testing::frobenius(&a) in a doc example\npub mod svd;\n",
        );

        assert_eq!(
            weeks_are_members(&root).map_err(|e| e.to_string()),
            Ok("the 6 weeks are the workspace members and solutions/".to_string()),
            "the fixture's weeks are its members and its solutions/ folders"
        );
        put("solutions/week7-extra/Cargo.toml", "[package]\n");
        let extra = weeks_are_members(&root)
            .expect_err("solutions/week7-extra is not a week")
            .to_string();
        assert!(
            extra.contains("solutions/week7-extra:1: a folder of solutions/ that is not a week"),
            "weeks_are_members should report solutions/week7-extra, got:\n{extra}"
        );
        std::fs::remove_dir_all(root.join("solutions/week7-extra"))
            .expect("remove the extra fixture folder");
        let rv = rust_version_is_stated(&root)
            .expect_err("the fixture's rust-version is wrong")
            .to_string();
        for want in [
            "week2-matmul/Cargo.toml:1: no `rust-version.workspace = true`",
            "README.md:3: says \"1.88 or newer\" but Cargo.toml's rust-version is 1.85",
            "xtask/src/a.rs:2: a let-chain",
        ] {
            assert!(
                rv.contains(want),
                "rust_version_is_stated should report `{want}`, got:\n{rv}"
            );
        }
        let out = no_outside_references(&root)
            .expect_err("the fixture cites a design section")
            .to_string();
        assert!(
            out.contains("docs/notes.md:2:") && !out.contains("target/"),
            "no_outside_references should report docs/notes.md:2 and skip target/, got:\n{out}"
        );
        let oracle = references_avoid_the_oracle(&root)
            .expect_err("svd.rs uses testing::")
            .to_string();
        assert!(
            oracle.contains("solutions/week5-svd-eigen/src/svd.rs:2:")
                && !oracle.contains("testing.rs")
                && !oracle.contains("lib.rs"),
            "references_avoid_the_oracle should report svd.rs:2 only, got:\n{oracle}"
        );
        let _ = std::fs::remove_dir_all(&root);
    }

    /// The real repository passes every tidy check (also a ci step).
    #[test]
    #[ignore = "reads the whole repository; ci runs it as the tidy step"]
    fn the_repository_is_tidy() {
        let root = crate::project::project_root();
        if let Err(e) = check(&root) {
            panic!("{e}");
        }
    }
}
