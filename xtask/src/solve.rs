//! `cargo xtask solve WEEK`, `cargo xtask reset WEEK [FILE]`, `cargo xtask restore WEEK`:
//! swap the reference into your own tree and back, without ever losing work.
//!
//! Every file of a week's `src/` is, at any moment, in one of four states:
//!
//! | state | meaning | may be replaced without `--force` |
//! | --- | --- | --- |
//! | missing | not there | yes |
//! | stub | exactly the generated stub (nothing written yet) | yes |
//! | reference | exactly what `solve` writes | yes |
//! | work | anything else: the learner's own code | **no** |
//!
//! The rules, the same for the three commands:
//! 1. before a file is replaced it is copied to a fresh dated folder under `.course-backup/`
//!    (whatever its state), and the command says where;
//! 2. a command that would replace *work* refuses unless given `--force`, and names the files;
//! 3. files the command does not own (a module you added) are left alone;
//! 4. `restore` brings back the most recent backup of that week that holds work (or the one
//!    named with `--from`; or, with `--all`, the newest backed-up version of every file), says
//!    when older backups still hold work it does not, and backs up what it replaces, so
//!    `restore` can be undone too. A refusal names the command that does exactly what was
//!    asked, with `--force`; each backup's `BACKUP-INFO.txt` lists the files it saved and the
//!    exact command that replaced them.
//!
//! So whatever the order of `solve`, `reset`, `restore` and your own edits, every version of
//! your work is either in the tree or in a backup. (xtask's tests check that for every sequence
//! of up to three such steps, and for many of four.)
//!
//! `solve` writes the reference *without* its markers (see [`crate::markers::clean_reference`]): the code as
//! it compiles, with no `// BEGIN SOLUTION` comments. In a student release (no `solutions/`),
//! `solve` says it needs the instructor's material, and `reset` uses the pristine stubs that the
//! release ships in `xtask/pristine/<week>/src/`.

use crate::backup;
use crate::course::{State, Tree, Versions, Week, needs_instructor, resolve_file};
use crate::error::{Context, Error, Result, fs};
use crate::project::{display_rel, project_root};
use crate::scratch::read_tree;
use std::collections::BTreeMap;
use std::path::{Path, PathBuf};
use std::time::{SystemTime, UNIX_EPOCH};

/// A file that must not be replaced without `--force`, and why. `redo` is the command as
/// asked (`reset week1-vectors norms.rs`), so that the suggestion does exactly that, forced.
fn blocked_message(cmd: &str, redo: &str, week: Week, blocked: &[PathBuf], what: &str) -> String {
    let list: Vec<String> = blocked
        .iter()
        .map(|p| format!("  {}/src/{}", week.name(), display_rel(p)))
        .collect();
    format!(
        "{cmd}: {} file(s) hold your own work (they differ from both the stub and the reference), \
         and {cmd} would replace them with {what}:\n{}\nNothing was changed. To go ahead, run \
         `cargo xtask {redo} --force`: each file is backed up first under .course-backup/, and \
         `cargo xtask restore {}` brings your work back.",
        blocked.len(),
        list.join("\n"),
        week.name()
    )
}

/// The text of the info file in each backup folder these commands create.
const INFO_FILE: &str = "BACKUP-INFO.txt";

fn now_ns() -> u128 {
    SystemTime::now()
        .duration_since(UNIX_EPOCH)
        .map(|d| d.as_nanos())
        .unwrap_or(0)
}

/// Backs up `rels` (below the week's src) into a fresh backup folder and returns it.
fn backup_files(
    root: &Path,
    week: Week,
    cmd: &str,
    command: &str,
    rels: &[PathBuf],
) -> Result<PathBuf> {
    let dir = backup::new_backup_dir(root, &format!("{cmd}-{}", week.name()));
    fs::create_dir_all(&dir)?;
    let files: Vec<String> = rels
        .iter()
        .map(|r| format!("  {}/src/{}\n", week.name(), display_rel(r)))
        .collect();
    let info = format!(
        "Made by `cargo xtask {command}`, before it replaced the files below.\n\
         Bring them back with `cargo xtask restore {week} --from {name}`.\n\
         unix-ns: {ns}\n\
         files saved:\n{files}",
        name = dir.file_name().unwrap_or_default().to_string_lossy(),
        ns = now_ns(),
        files = files.concat()
    );
    fs::write(dir.join(INFO_FILE), info)?;
    for rel in rels {
        let rel_root = PathBuf::from(week.name()).join("src").join(rel);
        backup::backup_file(root, &dir, &rel_root).op("backing up", &rel_root)?;
    }
    Ok(dir)
}

/// Writes `bytes` to `path`, replacing a symbolic link rather than writing through it.
fn write_file(path: &Path, bytes: &[u8]) -> Result<()> {
    if std::fs::symlink_metadata(path).is_ok_and(|m| m.file_type().is_symlink()) {
        fs::remove_file(path)?;
    }
    if let Some(p) = path.parent() {
        fs::create_dir_all(p)?;
    }
    fs::write(path, bytes)
}

/// Replaces the files of `week/src` listed in `target` (rel → new contents), following the
/// rules in the module docs. `what` names the new contents for messages.
/// `redo` is the command as asked, without `--force` (`reset week1-vectors norms.rs`).
#[allow(clippy::too_many_arguments)]
fn replace(
    root: &Path,
    week: Week,
    cmd: &str,
    redo: &str,
    target: &Tree,
    versions: &Versions,
    force: bool,
    what: &str,
) -> Result<(usize, Option<PathBuf>)> {
    let src = week.dir(root).join("src");
    let mut changes: Vec<PathBuf> = Vec::new();
    let mut existing: Vec<PathBuf> = Vec::new();
    let mut blocked: Vec<PathBuf> = Vec::new();
    for (rel, want) in target {
        let cur = std::fs::read(src.join(rel)).ok();
        if cur.as_deref() == Some(want.as_slice()) {
            continue;
        }
        let state = versions.state(rel, cur.as_deref());
        if state == State::Work && !force {
            blocked.push(rel.clone());
        }
        if state != State::Missing {
            existing.push(rel.clone());
        }
        changes.push(rel.clone());
    }
    if !blocked.is_empty() {
        return Err(Error::Msg(blocked_message(cmd, redo, week, &blocked, what)));
    }
    if changes.is_empty() {
        return Ok((0, None));
    }
    let backup_dir = if existing.is_empty() {
        None
    } else {
        let command = if force {
            format!("{redo} --force")
        } else {
            redo.to_string()
        };
        Some(backup_files(root, week, cmd, &command, &existing)?)
    };
    for rel in &changes {
        write_file(&src.join(rel), &target[rel])?;
    }
    Ok((changes.len(), backup_dir))
}

fn backup_note(dir: &Option<PathBuf>, root: &Path, week: Week) -> String {
    match dir {
        Some(d) => format!(
            "\nThe versions it replaced are backed up in {} (`cargo xtask restore {}` brings \
             them back).",
            display_rel(d.strip_prefix(root).unwrap_or(d)),
            week.name()
        ),
        None => String::new(),
    }
}

/// `solve`: writes the reference of `week` into `<root>/<week>/src`. Returns the report.
pub fn solve_at(root: &Path, week: Week, force: bool) -> Result<String> {
    if !week.has_reference(root) {
        return Err(Error::Msg(needs_instructor("solve", week)));
    }
    let versions = Versions::load(root, week)?;
    let Some(reference) = versions.reference.clone() else {
        return Err(Error::Msg(needs_instructor("solve", week)));
    };
    let (n, dir) = replace(
        root,
        week,
        "solve",
        &format!("solve {}", week.name()),
        &reference,
        &versions,
        force,
        "the reference",
    )?;
    if n == 0 {
        return Ok(format!(
            "solve: {week}/src already holds the reference; nothing to do"
        ));
    }
    let extra = extra_files(root, week, &reference)?;
    let mut msg = format!(
        "solve: {n} file(s) of {week}/src now hold the reference solution.{}",
        backup_note(&dir, root, week)
    );
    if !extra.is_empty() {
        msg.push_str(&format!(
            "\nLeft alone (not part of the reference): {}",
            extra.join(", ")
        ));
    }
    msg.push_str(&format!(
        "\n`cargo xtask reset {week}` puts the stubs back; `cargo xtask diff {week}` compares."
    ));
    Ok(msg)
}

fn extra_files(root: &Path, week: Week, known: &Tree) -> Result<Vec<String>> {
    let src = week.dir(root).join("src");
    Ok(fs::walk(&src)?
        .into_iter()
        .filter(|r| !known.contains_key(r))
        .map(|r| format!("{}/src/{}", week.name(), display_rel(&r)))
        .collect())
}

/// `reset`: puts the stub back, for the whole week or one file.
pub fn reset_at(root: &Path, week: Week, file: Option<&str>, force: bool) -> Result<String> {
    let versions = Versions::load(root, week)?;
    let target: Tree = match file {
        None => versions.stub.clone(),
        Some(f) => {
            let rel = resolve_file(root, week, f)?;
            let Some(bytes) = versions.stub.get(&rel) else {
                return Err(Error::Msg(format!(
                    "reset: {week}/src/{} is not a file of the week's stub; its files are: {}",
                    display_rel(&rel),
                    versions
                        .stub
                        .keys()
                        .map(|p| display_rel(p))
                        .collect::<Vec<_>>()
                        .join(", ")
                )));
            };
            BTreeMap::from([(rel, bytes.clone())])
        }
    };
    let redo = match file {
        Some(f) => format!("reset {} {f}", week.name()),
        None => format!("reset {}", week.name()),
    };
    let (n, dir) = replace(
        root, week, "reset", &redo, &target, &versions, force, "the stub",
    )?;
    let which = match file {
        Some(_) => format!(
            "{week}/src/{}",
            display_rel(target.keys().next().expect("one file"))
        ),
        None => format!("{week}/src"),
    };
    if n == 0 {
        return Ok(format!(
            "reset: {which} already holds the stub; nothing to do"
        ));
    }
    Ok(format!(
        "reset: {n} file(s) of {which} are the stub again.{}",
        backup_note(&dir, root, week)
    ))
}

/// One backup folder holding files of a week.
#[derive(Debug, Clone)]
pub struct Backup {
    pub dir: PathBuf,
    /// For ordering: the creation time recorded in its info file, else the folder's mtime.
    pub ns: u128,
    pub files: Tree,
}

/// Every backup under `.course-backup/` that holds files of `week`, oldest first.
pub fn backups_of(root: &Path, week: Week) -> Result<Vec<Backup>> {
    let base = backup::backup_root(root);
    let Ok(entries) = std::fs::read_dir(&base) else {
        return Ok(Vec::new());
    };
    let mut out = Vec::new();
    for e in entries.flatten() {
        let dir = e.path();
        let week_src = dir.join(week.name()).join("src");
        if !week_src.is_dir() {
            continue;
        }
        let recorded = std::fs::read_to_string(dir.join(INFO_FILE))
            .ok()
            .and_then(|t| {
                t.lines()
                    .find_map(|l| l.strip_prefix("unix-ns: ").map(str::to_string))
            })
            .and_then(|s| s.trim().parse::<u128>().ok());
        let ns = recorded.unwrap_or_else(|| {
            e.metadata()
                .and_then(|m| m.modified())
                .ok()
                .and_then(|t| t.duration_since(UNIX_EPOCH).ok())
                .map(|d| d.as_nanos())
                .unwrap_or(0)
        });
        out.push(Backup {
            dir,
            ns,
            files: read_tree(&week_src)?,
        });
    }
    out.sort_by(|a, b| (a.ns, &a.dir).cmp(&(b.ns, &b.dir)));
    Ok(out)
}

/// `restore`: brings back the latest backup of `week` that holds work (or the one named by
/// `from`: a folder name under `.course-backup/` or a path).
pub fn restore_at(root: &Path, week: Week, from: Option<&str>, force: bool) -> Result<String> {
    let versions = Versions::load(root, week).ok();
    let backups = backups_of(root, week)?;
    if backups.is_empty() {
        return Err(Error::Msg(format!(
            "restore: there is no backup of {week} under .course-backup/ — nothing to restore"
        )));
    }
    let holds_work = |b: &Backup| match &versions {
        Some(v) => b
            .files
            .iter()
            .any(|(rel, bytes)| v.state(rel, Some(bytes)) == State::Work),
        None => true,
    };
    let chosen = match from {
        Some(name) => backups
            .iter()
            .find(|b| {
                b.dir.file_name().is_some_and(|n| n == name)
                    || Path::new(name) == b.dir
                    || root.join(name) == b.dir
            })
            .ok_or_else(|| {
                format!(
                    "restore: no backup of {week} named `{name}`; `cargo xtask restore {week} \
                     --list` lists them"
                )
            })?,
        None => backups
            .iter()
            .rev()
            .find(|b| holds_work(b))
            .ok_or_else(|| {
                format!(
                    "restore: the {} backup(s) of {week} hold only stubs or reference copies \
                 (which `reset` and `solve` recreate), none of your own work. \
                 `cargo xtask restore {week} --list` lists them; `--from NAME` picks one.",
                    backups.len()
                )
            })?,
    };
    // Classify the current files against stub/reference; without either, any difference is work.
    let versions = versions.unwrap_or(Versions {
        stub: Tree::new(),
        reference: None,
    });
    let name = chosen
        .dir
        .file_name()
        .unwrap_or_default()
        .to_string_lossy()
        .into_owned();
    let redo = match from {
        Some(f) => format!("restore {} --from {f}", week.name()),
        None => format!("restore {}", week.name()),
    };
    let (n, dir) = replace(
        root,
        week,
        "restore",
        &redo,
        &chosen.files,
        &versions,
        force,
        &format!("the backup {name}"),
    )?;
    let older = older_work_note(&backups, chosen, &versions, week);
    if n == 0 {
        return Ok(format!(
            "restore: {week}/src already matches the backup {name}; nothing to do{older}"
        ));
    }
    Ok(format!(
        "restore: {n} file(s) of {week}/src brought back from .course-backup/{name}.{}{older}",
        backup_note(&dir, root, week)
    ))
}

/// Files of the learner's own work in backups older than `chosen` that `chosen` does not hold
/// (another version, or a file it lacks): a note saying where, or nothing.
fn older_work_note(backups: &[Backup], chosen: &Backup, versions: &Versions, week: Week) -> String {
    let mut found: Vec<String> = Vec::new();
    for b in backups
        .iter()
        .filter(|b| b.ns < chosen.ns || (b.ns == chosen.ns && b.dir < chosen.dir))
    {
        for (rel, bytes) in &b.files {
            let is_work = versions.state(rel, Some(bytes)) == State::Work;
            if is_work && chosen.files.get(rel) != Some(bytes) {
                found.push(format!(
                    "{} in {}",
                    display_rel(rel),
                    b.dir.file_name().unwrap_or_default().to_string_lossy()
                ));
            }
        }
    }
    if found.is_empty() {
        return String::new();
    }
    format!(
        "\nOlder backups still hold work that this one does not: {}. \
         `cargo xtask restore {w} --list` lists them, `--from NAME` brings one back, and \
         `cargo xtask restore {w} --all` the newest backed-up version of every file.",
        found.join(", "),
        w = week.name()
    )
}

/// `restore --all`: for every file of the week's backups, its newest backed-up version that
/// holds the learner's own work (stub and reference copies are skipped: `reset` and `solve`
/// recreate them).
pub fn restore_all_at(root: &Path, week: Week, force: bool) -> Result<String> {
    let versions = Versions::load(root, week).unwrap_or(Versions {
        stub: Tree::new(),
        reference: None,
    });
    let backups = backups_of(root, week)?;
    if backups.is_empty() {
        return Err(Error::Msg(format!(
            "restore: there is no backup of {week} under .course-backup/ — nothing to restore"
        )));
    }
    let mut newest: Tree = Tree::new();
    let mut from: BTreeMap<PathBuf, String> = BTreeMap::new();
    for b in &backups {
        for (rel, bytes) in &b.files {
            if versions.state(rel, Some(bytes)) == State::Work {
                newest.insert(rel.clone(), bytes.clone());
                from.insert(
                    rel.clone(),
                    b.dir
                        .file_name()
                        .unwrap_or_default()
                        .to_string_lossy()
                        .into_owned(),
                );
            }
        }
    }
    if newest.is_empty() {
        return Err(Error::Msg(format!(
            "restore: the {} backup(s) of {week} hold only stubs or reference copies, none of \
             your own work; `cargo xtask restore {week} --list` lists them",
            backups.len()
        )));
    }
    let redo = format!("restore {} --all", week.name());
    let (n, dir) = replace(
        root,
        week,
        "restore",
        &redo,
        &newest,
        &versions,
        force,
        "the newest backed-up versions",
    )?;
    let list: Vec<String> = from
        .iter()
        .map(|(rel, b)| format!("  {}/src/{} (from {b})", week.name(), display_rel(rel)))
        .collect();
    if n == 0 {
        return Ok(format!(
            "restore: {week}/src already holds the newest backed-up version of every file; nothing to do"
        ));
    }
    Ok(format!(
        "restore: {n} file(s) of {week}/src brought back, each from its newest backup:\n{}{}",
        list.join("\n"),
        backup_note(&dir, root, week)
    ))
}

/// `restore --list`: the backups of a week, oldest first.
pub fn list_backups(root: &Path, week: Week) -> Result<String> {
    let versions = Versions::load(root, week).ok();
    let backups = backups_of(root, week)?;
    if backups.is_empty() {
        return Ok(format!("restore: no backups of {week}"));
    }
    let mut out = format!("backups of {week}, oldest first:\n");
    for b in &backups {
        let work: Vec<String> = b
            .files
            .iter()
            .filter(|(rel, bytes)| {
                versions
                    .as_ref()
                    .is_none_or(|v| v.state(rel, Some(bytes)) == State::Work)
            })
            .map(|(rel, _)| display_rel(rel))
            .collect();
        out.push_str(&format!(
            "  {}  {} file(s){}\n",
            b.dir.file_name().unwrap_or_default().to_string_lossy(),
            b.files.len(),
            if work.is_empty() {
                "  (stubs/reference only)".to_string()
            } else {
                format!("  your work: {}", work.join(", "))
            }
        ));
    }
    Ok(out)
}

/// The parsed arguments of `name` and its usage line.
fn parse_command(name: &str, args: &[String]) -> Result<(crate::flags::Parsed, String)> {
    let cmd = crate::flags::command(name).expect("in the table");
    Ok((crate::flags::parse(cmd, args)?, crate::flags::usage(cmd)))
}

/// `cargo xtask solve WEEK [--force]`
pub fn run_solve(args: &[String]) -> Result<()> {
    let (a, usage) = parse_command("solve", args)?;
    let [w] = a.positionals.as_slice() else {
        return Err(Error::Msg(usage));
    };
    let week = Week::parse(w)?;
    println!("{}", solve_at(&project_root(), week, a.has("--force"))?);
    Ok(())
}

/// `cargo xtask reset WEEK [FILE] [--force]`
pub fn run_reset(args: &[String]) -> Result<()> {
    let (a, usage) = parse_command("reset", args)?;
    let (week, file) = match a.positionals.as_slice() {
        [w] => (Week::parse(w)?, None),
        [w, f] => (Week::parse(w)?, Some(f.as_str())),
        _ => return Err(Error::Msg(usage)),
    };
    println!(
        "{}",
        reset_at(&project_root(), week, file, a.has("--force"))?
    );
    Ok(())
}

/// `cargo xtask restore WEEK [--list] [--from NAME | --all] [--force]`
pub fn run_restore(args: &[String]) -> Result<()> {
    let (a, usage) = parse_command("restore", args)?;
    let [w] = a.positionals.as_slice() else {
        return Err(Error::Msg(usage));
    };
    let week = Week::parse(w)?;
    let root = project_root();
    if a.has("--list") {
        print!("{}", list_backups(&root, week)?);
        return Ok(());
    }
    if a.has("--all") {
        if a.has("--from") {
            return Err(Error::Msg(format!(
                "restore: --all and --from exclude each other\n{usage}"
            )));
        }
        println!("{}", restore_all_at(&root, week, a.has("--force"))?);
        return Ok(());
    }
    println!(
        "{}",
        restore_at(&root, week, a.value("--from"), a.has("--force"))?
    );
    Ok(())
}
