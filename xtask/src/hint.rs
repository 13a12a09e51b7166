//! `cargo xtask hint WEEK EXERCISE [--level N]` and `cargo xtask list [WEEK]`: the exercises of
//! `<week>/exercises.toml`, read only, without building anything.
//!
//! `hint` prints the exercise (where, what, the lesson's section, the command that runs its
//! tests) and its hints up to level N (default 1: a nudge; 2: the key idea; 3: the shape of the
//! algorithm). `list` prints the exercises in order with where each one is in your `src/` and
//! whether its `todo!()`s are still there (`cargo xtask progress --week W` runs the tests).

use crate::course::Week;
use crate::course::hints;
use crate::course::locate::{exercise_location, todos};
use crate::course::manifest::{self, Exercise, Manifest};
use crate::error::{Error, Result};
use crate::project::{course_root, walk};
use std::path::Path;

/// The header of an exercise: name, location, task, lesson section, test command.
pub fn describe(root: &Path, m: &Manifest, index: usize) -> String {
    let e = &m.exercises[index];
    let all = todos(root, m.week);
    let at = exercise_location(root, m.week, e, &all)
        .unwrap_or_else(|| format!("{}/{}", m.week.name(), e.file));
    format!(
        "{w}, exercise {n} of {total}: {id} — {f}\n  at {at}\n  {task}\n  lesson: {w}/README.md, section \"{section}\"\n  tests: {cmd}\n",
        w = m.week.name(),
        n = index + 1,
        total = m.exercises.len(),
        id = e.id,
        f = e.functions_short(),
        task = e.task,
        section = e.section,
        cmd = e.test_commands(m.week).join("; "),
    )
}

/// The text `cargo xtask hint` prints.
pub fn hint_at(root: &Path, week: Week, key: &str, level: usize) -> Result<String> {
    let m = manifest::require(root, week)?;
    let Some((i, e)) = m.find(key) else {
        return Err(Error::Msg(format!(
            "hint: {week} has no exercise `{key}`; its exercises: {}\n(`cargo xtask list {}` shows them in order)",
            m.ids(),
            week.number()
        )));
    };
    let level = level.clamp(1, e.hints.len().max(1));
    let more = format!(
        "`cargo xtask hint {} {} --level {}`",
        week.number(),
        e.id,
        level + 1
    );
    Ok(format!(
        "{}\n{}",
        describe(root, &m, i),
        hints::text(e, level, &more)
    ))
}

/// True when one of the exercise's functions still holds its `todo!("…")` in `src/`.
fn still_todo(root: &Path, week: Week, e: &Exercise) -> (usize, usize) {
    let src = week.dir(root).join("src");
    let texts: Vec<String> = walk(&src)
        .unwrap_or_default()
        .into_iter()
        .filter_map(|rel| std::fs::read_to_string(src.join(rel)).ok())
        .collect();
    let left = e
        .functions
        .iter()
        .filter(|f| {
            let todo = format!("todo!(\"{f}\")");
            texts.iter().any(|t| t.contains(&todo))
        })
        .count();
    (left, e.functions.len())
}

/// The text `cargo xtask list [WEEK]` prints.
pub fn list_at(root: &Path, weeks: &[Week]) -> Result<String> {
    let mut out = String::new();
    for &w in weeks {
        let Some(m) = manifest::load(root, w)? else {
            if w.dir(root).is_dir() {
                out.push_str(&format!("{w}: no exercises.toml\n\n"));
            }
            continue;
        };
        out.push_str(&format!("{w} ({} exercises)\n", m.exercises.len()));
        let all = todos(root, w);
        let width = m.exercises.iter().map(|e| e.id.len()).max().unwrap_or(0);
        for (i, e) in m.exercises.iter().enumerate() {
            let (left, n) = still_todo(root, w, e);
            let mark = match left {
                0 => "written",
                l if l == n => "todo   ",
                _ => "started",
            };
            let at = exercise_location(root, w, e, &all).unwrap_or_default();
            out.push_str(&format!(
                "  {:>2}  {mark}  {:<width$}  {}  ({at})\n",
                i + 1,
                e.id,
                e.functions_short()
            ));
        }
        out.push('\n');
    }
    out.push_str(
        "todo: every todo!() still there; started: some; written: none (which says nothing about \
         the tests: `cargo xtask progress --week W` runs them).\n\
         `cargo xtask hint WEEK EXERCISE` gives a hint; `cargo xtask watch WEEK` is the loop.\n",
    );
    Ok(out)
}

/// `cargo xtask hint WEEK EXERCISE [--level N]`
pub fn run_hint(args: &[String]) -> Result<()> {
    let cmd = crate::flags::command("hint").expect("in the table");
    let a = crate::flags::parse(cmd, args)?;
    if a.help {
        print!("{}", crate::flags::help(cmd));
        return Ok(());
    }
    let level = a
        .parse_value::<usize>(cmd, "--level", |l| (1..=3).contains(l), "1, 2 or 3")?
        .unwrap_or(1);
    let pos = a.positionals;
    let [week, key] = pos.as_slice() else {
        return Err(Error::Msg(format!(
            "hint: give a week and an exercise\n{}",
            crate::flags::usage(cmd)
        )));
    };
    print!(
        "{}",
        hint_at(&course_root(), Week::parse(week)?, key, level)?
    );
    Ok(())
}

/// `cargo xtask list [WEEK]`
pub fn run_list(args: &[String]) -> Result<()> {
    let cmd = crate::flags::command("list").expect("in the table");
    let a = crate::flags::parse(cmd, args)?;
    if a.help {
        print!("{}", crate::flags::help(cmd));
        return Ok(());
    }
    let weeks: Vec<Week> = match a.positionals.as_slice() {
        [] => Week::all().collect(),
        [w] => vec![Week::parse(w)?],
        _ => {
            return Err(Error::Msg(format!(
                "list: too many arguments\n{}",
                crate::flags::usage(cmd)
            )));
        }
    };
    print!("{}", list_at(&course_root(), &weeks)?);
    Ok(())
}
