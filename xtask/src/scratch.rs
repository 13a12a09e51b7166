//! Scratch workspaces assembled from layers.
//!
//! CI and grading are one operation: build a workspace under `target/` from the template
//! (manifests, public tests, examples, data) plus, for each week, a chosen `src/` — the stub, the
//! reference, or a learner's — plus optionally the week's hidden tests, and run cargo there.
//! Sources are only ever read. Files are written only when their contents change, and every
//! scratch workspace shares one target directory, so unchanged crates are not rebuilt.

use crate::course::Week;
use crate::error::{Context, Error, Result, fs};
use crate::project::write_if_changed;
use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

/// Where a week's `src/` comes from.
#[derive(Debug, Clone)]
pub enum Src {
    /// Generated from the reference (what `<week>/src` holds when it is in sync).
    Stub,
    /// `solutions/<week>/src`.
    Reference,
    /// Files already chosen (e.g. a learner's, vetted by the grader): relative path → contents.
    Files(BTreeMap<PathBuf, Vec<u8>>),
}

/// One week of a scratch workspace.
#[derive(Debug, Clone)]
pub struct WeekLayer {
    pub week: Week,
    pub src: Src,
    /// Copy `solutions/<week>/tests/*` in beside the public tests.
    pub hidden_tests: bool,
    /// Copy the public tests (`<week>/tests/`).
    pub public_tests: bool,
}

/// The root of all scratch workspaces: `$CARGO_TARGET_DIR/xtask-scratch` (default
/// `<root>/target/xtask-scratch`).
pub fn scratch_root(root: &Path) -> PathBuf {
    let target = std::env::var_os("CARGO_TARGET_DIR")
        .map(PathBuf::from)
        .unwrap_or_else(|| root.join("target"));
    let target = if target.is_absolute() {
        target
    } else {
        root.join(target)
    };
    target.join("xtask-scratch")
}

/// The target directory shared by every scratch workspace.
pub fn scratch_target_dir(root: &Path) -> PathBuf {
    scratch_root(root).join("target")
}

/// The root manifest with only the given weeks as members (no xtask).
///
/// The weeks' version gets the scratch workspace's name as a pre-release tag
/// (`0.1.0-stubs-week2-matmul`). Cargo names a path crate's artifacts by a hash of its path
/// *relative to the workspace root* and its version, so without the tag two scratch workspaces
/// sharing a target directory would share artifacts, and one could run the other's stale
/// binaries. Registry dependencies are unaffected and still built only once.
fn scratch_manifest(root: &Path, name: &str, weeks: &[Week]) -> Result<String> {
    let path = root.join("Cargo.toml");
    let text = fs::read_to_string(&path)?;
    let tag: String = name
        .chars()
        .map(|c| {
            if c.is_ascii_alphanumeric() || c == '-' {
                c
            } else {
                '-'
            }
        })
        .collect();
    rewrite_manifest(&text, &tag, weeks).map_err(|message| Error::Parse { path, message })
}

/// The root manifest `text` for a scratch workspace: `[workspace] members` cut down to `weeks`
/// (xtask never), `[workspace.package] version` (when there is one) tagged `-<tag>`. Edited as TOML, not as lines:
/// comments are dropped, everything else (dependencies, profiles, lints) is kept.
///
/// A parser of text, so its error is a message about the text (`no [workspace] table`); the
/// caller that read the file names it (`scratch_manifest`: an `Error::Parse`).
pub fn rewrite_manifest(text: &str, tag: &str, weeks: &[Week]) -> Result<String, String> {
    let mut doc: toml::Table = text.parse().map_err(|e| format!("not valid TOML: {e}"))?;
    let ws = doc
        .get_mut("workspace")
        .and_then(toml::Value::as_table_mut)
        .ok_or("no [workspace] table")?;
    let members = ws
        .get_mut("members")
        .and_then(toml::Value::as_array_mut)
        .ok_or("no `members` list in [workspace]")?;
    members.retain(|m| {
        m.as_str()
            .is_some_and(|m| weeks.iter().any(|w| w.name() == m))
    });
    // The members inherit the version (`version.workspace = true`); a workspace without one
    // (a test fixture) gets no tag.
    if let Some(version) = ws
        .get_mut("package")
        .and_then(toml::Value::as_table_mut)
        .and_then(|p| p.get_mut("version"))
    {
        let v = version
            .as_str()
            .ok_or("[workspace.package] version is not a string")?;
        *version = toml::Value::String(format!("{v}-{tag}"));
    }
    toml::to_string(&doc).map_err(|e| format!("writing it back: {e}"))
}

/// Assembles (or refreshes) the scratch workspace `name` and returns its path.
pub fn assemble(root: &Path, name: &str, layers: &[WeekLayer]) -> Result<PathBuf> {
    let ws = scratch_root(root).join(name);
    let mut files: BTreeMap<PathBuf, Vec<u8>> = BTreeMap::new();
    let weeks: Vec<Week> = layers.iter().map(|l| l.week).collect();
    files.insert(
        "Cargo.toml".into(),
        scratch_manifest(root, name, &weeks)?.into_bytes(),
    );
    if let Ok(lock) = std::fs::read(root.join("Cargo.lock")) {
        files.insert("Cargo.lock".into(), lock);
    }
    for layer in layers {
        let w = layer.week;
        let template = w.dir(root);
        for rel in fs::walk(&template)? {
            let first = rel
                .components()
                .next()
                .map(|c| c.as_os_str().to_string_lossy().into_owned());
            match first.as_deref() {
                Some("src") => continue,
                Some("tests") if !layer.public_tests => continue,
                _ => {}
            }
            let bytes = fs::read(template.join(&rel))?;
            files.insert(PathBuf::from(w.name()).join(&rel), bytes);
        }
        let src: BTreeMap<PathBuf, Vec<u8>> = match &layer.src {
            Src::Files(f) => f.clone(),
            Src::Reference => read_tree(&w.solution_dir(root).join("src"))?,
            Src::Stub => crate::course::expected_stub_tree(root, w)?,
        };
        for (rel, bytes) in src {
            files.insert(PathBuf::from(w.name()).join("src").join(rel), bytes);
        }
        if layer.hidden_tests {
            let hidden = w.solution_dir(root).join("tests");
            for (rel, bytes) in read_tree(&hidden)? {
                files.insert(PathBuf::from(w.name()).join("tests").join(rel), bytes);
            }
        }
    }
    sync_tree(&ws, &files)?;
    Ok(ws)
}

/// Reads every file below `dir` (none if it does not exist).
pub fn read_tree(dir: &Path) -> Result<BTreeMap<PathBuf, Vec<u8>>> {
    let mut out = BTreeMap::new();
    for rel in fs::walk(dir)? {
        let bytes = fs::read(dir.join(&rel))?;
        out.insert(rel, bytes);
    }
    Ok(out)
}

/// Makes `dir` hold exactly `files` (besides cargo's own `target/`), touching only what changed.
pub fn sync_tree(dir: &Path, files: &BTreeMap<PathBuf, Vec<u8>>) -> Result<()> {
    fs::create_dir_all(dir)?;
    for rel in fs::walk(dir)? {
        if rel.starts_with("target") {
            continue;
        }
        if !files.contains_key(&rel) {
            fs::remove_file(dir.join(&rel))?;
        }
    }
    for (rel, bytes) in files {
        let path = dir.join(rel);
        write_if_changed(&path, bytes).op("writing", &path)?;
    }
    Ok(())
}

/// Layers for the given weeks from the reference, without tests (what examples and the weeks
/// below a graded one need).
pub fn reference_layers(weeks: impl IntoIterator<Item = Week>) -> Vec<WeekLayer> {
    weeks
        .into_iter()
        .map(|week| WeekLayer {
            week,
            src: Src::Reference,
            hidden_tests: false,
            public_tests: false,
        })
        .collect()
}

/// Layers for "weeks `1..=upto`": the weeks below `graded` from the reference, `graded` from
/// `src`, with its hidden tests if asked.
pub fn graded_layers(graded: Week, src: Src, hidden: bool) -> Vec<WeekLayer> {
    let mut layers = reference_layers(graded.before());
    layers.push(WeekLayer {
        week: graded,
        src,
        hidden_tests: hidden,
        public_tests: true,
    });
    layers
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_scratch_manifest_keeps_only_the_layered_weeks_and_tags_the_version() {
        let text = std::fs::read_to_string(crate::project::project_root().join("Cargo.toml"))
            .expect("the root Cargo.toml");
        let out = rewrite_manifest(&text, "grade-7", &[Week::FIRST, Week::new(3).unwrap()])
            .expect("rewritten");
        let doc: toml::Table = out.parse().expect("valid TOML");
        let ws = doc["workspace"].as_table().expect("[workspace]");
        let members: Vec<&str> = ws["members"]
            .as_array()
            .expect("members")
            .iter()
            .filter_map(toml::Value::as_str)
            .collect();
        assert_eq!(
            members,
            ["week1-vectors", "week3-inverse"],
            "members in:\n{out}"
        );
        let version = ws["package"]["version"].as_str().expect("version");
        assert!(
            version.ends_with("-grade-7"),
            "version {version} in:\n{out}"
        );
        // Everything else survives the round trip.
        let original: toml::Table = text.parse().expect("valid TOML");
        assert_eq!(doc["profile"], original["profile"], "profiles in:\n{out}");
        assert_eq!(
            ws["dependencies"], original["workspace"]["dependencies"],
            "workspace dependencies in:\n{out}"
        );
        assert!(
            rewrite_manifest("[package]\nname = \"x\"\n", "t", &[Week::FIRST])
                .unwrap_err()
                .contains("[workspace]")
        );
    }
}
