//! The course's weeks: the members of the workspace's `Cargo.toml` other than `xtask`, read
//! once with the `toml` crate, in their order. A [`Week`] is one of them by its number; it is
//! built only by [`Week::new`], [`Week::parse`] and the iterators, each checked against that
//! list, so a `Week` in hand is always in range.
//!
//! The rule [`weeks_of_manifest`] enforces (and the tidy step checks with `file:line`): member
//! `n` (1-based, `xtask` left out) is named `week<n>-<topic>`, so that `4`, `week4` and
//! `week4-lu-qr` name the same week.

use crate::error::{Error, Result, fs};
use crate::project::project_root;
use std::fmt;
use std::path::{Path, PathBuf};
use std::str::FromStr;
use std::sync::OnceLock;
use toml::{Table, Value};

/// The workspace member that is the course's tooling, not a week.
pub const TOOLING: &str = "xtask";

/// `workspace.members` of a root manifest, in order.
///
/// A parser of a manifest already read, so its error is a message about the text (the caller
/// names the file), as for every text parser of xtask.
pub fn members(manifest: &Table) -> Result<Vec<String>, String> {
    manifest
        .get("workspace")
        .and_then(|w| w.get("members"))
        .and_then(Value::as_array)
        .ok_or("no [workspace] members array")?
        .iter()
        .map(|v| {
            v.as_str()
                .map(str::to_string)
                .ok_or("a member is not a string".to_string())
        })
        .collect()
}

/// The weeks of a root manifest's text: its members other than [`TOOLING`], each named
/// `week<n>-<topic>` with `n` its place. `Err` lists every offender as `Cargo.toml:line: what`:
/// a text parser, so a message (the file and line are in it), which `tidy` reports as it is.
pub fn weeks_of_manifest(text: &str) -> Result<Vec<String>, String> {
    let table = text
        .parse::<Table>()
        .map_err(|e| format!("Cargo.toml: {e}"))?;
    let members = members(&table).map_err(|e| format!("Cargo.toml: {e}"))?;
    let weeks: Vec<String> = members.iter().filter(|m| *m != TOOLING).cloned().collect();
    let mut problems = Vec::new();
    for (i, m) in weeks.iter().enumerate() {
        let n = i + 1;
        let well_named = m
            .strip_prefix(&format!("week{n}-"))
            .is_some_and(|topic| !topic.is_empty());
        if !well_named {
            problems.push(format!(
                "Cargo.toml:{}: member `{m}` is week {n} of the course (the members other than \
                 `{TOOLING}`, in order), so it must be named `week{n}-<topic>`",
                line_of(text, &format!("\"{m}\""))
            ));
        }
    }
    if weeks.is_empty() {
        problems.push(format!(
            "Cargo.toml:{}: no week among the workspace members",
            line_of(text, "members")
        ));
    }
    if !members.iter().any(|m| m == TOOLING) {
        problems.push(format!(
            "Cargo.toml:{}: `{TOOLING}` is not a workspace member",
            line_of(text, "members")
        ));
    }
    if problems.is_empty() {
        Ok(weeks)
    } else {
        Err(problems.join("\n"))
    }
}

/// The 1-based line of the first line of `text` containing `needle` (1 if none does).
pub fn line_of(text: &str, needle: &str) -> usize {
    text.lines()
        .position(|l| l.contains(needle))
        .map_or(1, |i| i + 1)
}

/// The weeks of `<root>/Cargo.toml`.
///
/// # Errors
/// `Io` when the file cannot be read (`reading <root>/Cargo.toml: …`); `Msg` with
/// [`weeks_of_manifest`]'s `Cargo.toml:line: what` lines when it does not name the weeks.
pub fn read_weeks(root: &Path) -> Result<Vec<String>> {
    let text = fs::read_to_string(root.join("Cargo.toml"))?;
    weeks_of_manifest(&text).map_err(Error::Msg)
}

static WORKSPACE: OnceLock<Result<Vec<String>>> = OnceLock::new();

/// The weeks of this workspace, read once; `Err` when its `Cargo.toml` does not name them
/// (`main` checks this before any command runs).
pub fn workspace_weeks() -> Result<&'static [String]> {
    match WORKSPACE.get_or_init(|| read_weeks(&project_root())) {
        Ok(w) => Ok(w),
        Err(e) => Err(Error::Msg(format!(
            "xtask cannot tell the course's weeks from the workspace manifest:\n{e}"
        ))),
    }
}

/// [`workspace_weeks`], which `main` has checked.
fn names() -> &'static [String] {
    match workspace_weeks() {
        Ok(w) => w,
        Err(e) => panic!("{e}"),
    }
}

/// Why a number or a name is not a week of the course.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum WeekError {
    /// A number outside `1..=weeks`.
    OutOfRange { number: usize, weeks: usize },
    /// A name that is neither a number, `week<n>` nor a member's name.
    Unknown { given: String },
}

impl fmt::Display for WeekError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let all = names();
        let example = all[all.len().min(4) - 1].as_str();
        let n = example
            .strip_prefix("week")
            .and_then(|r| r.split('-').next())
            .unwrap_or("1");
        match self {
            WeekError::OutOfRange { number, weeks } => write!(
                f,
                "there is no week {number}: the course has weeks 1–{weeks} (the workspace members)"
            ),
            WeekError::Unknown { given } => write!(
                f,
                "unknown week `{given}`: use a number 1–{}, `week{n}`, or a crate name such as \
                 `{example}`",
                all.len()
            ),
        }
    }
}

impl std::error::Error for WeekError {}

impl From<WeekError> for String {
    fn from(e: WeekError) -> String {
        e.to_string()
    }
}

/// A week of the course, by its number `1..=`[`Week::count`].
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Week(usize);

impl Week {
    /// Week 1 (a workspace without a week does not load: [`weeks_of_manifest`]).
    pub const FIRST: Week = Week(1);

    /// Week `number`, if the course has it.
    pub fn new(number: usize) -> Result<Week, WeekError> {
        let weeks = Week::count();
        if (1..=weeks).contains(&number) {
            Ok(Week(number))
        } else {
            Err(WeekError::OutOfRange { number, weeks })
        }
    }

    /// How many weeks the course has.
    pub fn count() -> usize {
        names().len()
    }

    /// Every week, in order.
    pub fn all() -> impl DoubleEndedIterator<Item = Week> {
        (1..=Week::count()).map(Week)
    }

    /// The weeks before this one (`1..self`), in order.
    pub fn before(self) -> impl DoubleEndedIterator<Item = Week> {
        (1..self.0).map(Week)
    }

    /// The weeks up to and including this one (`1..=self`), in order.
    pub fn through(self) -> impl DoubleEndedIterator<Item = Week> {
        (1..=self.0).map(Week)
    }

    /// This week and the ones after it, in order.
    pub fn onwards(self) -> impl DoubleEndedIterator<Item = Week> {
        (self.0..=Week::count()).map(Week)
    }

    /// The week after this one, unless this is the last.
    pub fn next(self) -> Option<Week> {
        Week::new(self.0 + 1).ok()
    }

    /// The week's number, 1 for the first.
    pub fn number(self) -> usize {
        self.0
    }

    /// The crate (and folder) name, e.g. `week4-lu-qr`.
    pub fn name(self) -> &'static str {
        &names()[self.0 - 1]
    }

    /// The crate's library name, e.g. `week4_lu_qr`.
    pub fn lib_name(self) -> String {
        self.name().replace('-', "_")
    }

    /// Parses `4`, `week4` or `week4-lu-qr`.
    pub fn parse(s: &str) -> Result<Week, WeekError> {
        let digits = s.strip_prefix("week").unwrap_or(s);
        let digits: String = digits.chars().take_while(char::is_ascii_digit).collect();
        let unknown = || WeekError::Unknown {
            given: s.to_string(),
        };
        let n = digits.parse::<usize>().map_err(|_| unknown())?;
        match Week::new(n) {
            Ok(w) if s == digits || s == format!("week{n}") || s == w.name() => Ok(w),
            _ => Err(unknown()),
        }
    }

    /// `<root>/<week>/` — the learner's crate.
    pub fn dir(self, root: &Path) -> PathBuf {
        root.join(self.name())
    }

    /// `<root>/solutions/<week>/` — the reference and the hidden tests.
    pub fn solution_dir(self, root: &Path) -> PathBuf {
        root.join("solutions").join(self.name())
    }

    /// True when the reference source of this week exists (a student release has none).
    pub fn has_reference(self, root: &Path) -> bool {
        self.solution_dir(root).join("src").is_dir()
    }
}

impl FromStr for Week {
    type Err = WeekError;

    fn from_str(s: &str) -> Result<Week, WeekError> {
        Week::parse(s)
    }
}

impl fmt::Display for Week {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.name())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_weeks_are_the_members_but_xtask() {
        let text =
            "[workspace]\nmembers = [\n    \"week1-a\",\n    \"week2-b\",\n    \"xtask\",\n]\n";
        assert_eq!(
            weeks_of_manifest(text),
            Ok(vec!["week1-a".to_string(), "week2-b".into()]),
            "the weeks of the fixture manifest"
        );
        let swapped = text.replace("week1-a", "week3-a");
        let e = weeks_of_manifest(&swapped).expect_err("week3-a is not week 1");
        assert!(
            e.starts_with("Cargo.toml:3: member `week3-a` is week 1"),
            "a misnumbered member is named with its line, got: {e}"
        );
        let e = weeks_of_manifest(&text.replace("    \"xtask\",\n", ""))
            .expect_err("xtask is not a member");
        assert!(
            e.contains("`xtask` is not a workspace member"),
            "a missing xtask is reported, got: {e}"
        );
        let e = weeks_of_manifest("[package]\nname = \"x\"\n").expect_err("no workspace");
        assert!(
            e.contains("no [workspace] members array"),
            "a manifest without members is reported, got: {e}"
        );
    }

    #[test]
    fn weeks_are_checked_numbers() {
        let n = Week::count();
        assert_eq!(n, 6, "the course has six weeks");
        assert_eq!(Week::new(1), Ok(Week::FIRST), "Week::new(1)");
        assert_eq!(
            Week::new(0),
            Err(WeekError::OutOfRange {
                number: 0,
                weeks: n
            }),
            "Week::new(0)"
        );
        assert_eq!(
            Week::new(n + 1),
            Err(WeekError::OutOfRange {
                number: n + 1,
                weeks: n
            }),
            "Week::new({})",
            n + 1
        );
        let w4 = Week::new(4).expect("week 4 exists");
        assert_eq!(
            (w4.number(), w4.name(), w4.lib_name()),
            (4, "week4-lu-qr", "week4_lu_qr".to_string()),
            "week 4's number and names"
        );
        assert_eq!(
            w4.before().map(Week::number).collect::<Vec<_>>(),
            [1, 2, 3],
            "the weeks before week 4"
        );
        assert_eq!(
            w4.through().count() + w4.onwards().count(),
            n + 1,
            "through and onwards share week 4"
        );
        assert_eq!(
            w4.next().map(Week::number),
            Some(5),
            "the week after week 4"
        );
        assert_eq!(
            Week::all().last().and_then(Week::next),
            None,
            "no week after the last"
        );
    }

    #[test]
    fn weeks_parse_from_numbers_and_names() {
        let w4 = Week::new(4).expect("week 4 exists");
        for s in ["4", "week4", "week4-lu-qr"] {
            assert_eq!(Week::parse(s), Ok(w4), "Week::parse({s:?})");
            assert_eq!(s.parse::<Week>(), Ok(w4), "{s:?}.parse::<Week>()");
        }
        for s in ["0", "7", "week7", "week4-lu", "4x", "", "w4"] {
            assert_eq!(
                Week::parse(s),
                Err(WeekError::Unknown { given: s.into() }),
                "Week::parse({s:?})"
            );
        }
        assert_eq!(
            String::from(WeekError::Unknown { given: "9".into() }),
            "unknown week `9`: use a number 1–6, `week4`, or a crate name such as `week4-lu-qr`",
            "the message of an unknown week"
        );
    }
}
