//! Every command's arguments in one table: [`COMMANDS`]. One parser ([`parse`]) reads them for
//! every command, `cargo xtask help` ([`overview`]) and `cargo xtask CMD --help` ([`help`]) are
//! generated from the same entries, and an unknown option is answered with the nearest known
//! one.
//!
//! The parser knows options, not meanings: a command takes the [`Parsed`] result and checks its
//! positional arguments and values itself (a week name, a number of seconds).
//!
//! ```text
//! cargo xtask grade --week 2 --week=3 --json out.json sub/   # values: separate or with `=`
//! cargo xtask bench week2 -- --sizes 64,128                  # after `--`: passed through
//! ```

use crate::course::Week;
use crate::error::{Error, Result};

/// Who a command is for: the sections of `cargo xtask help`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Audience {
    Instructors,
    Everyone,
    Learners,
    SelfLearners,
}

/// One option of a command.
#[derive(Debug, Clone, Copy)]
pub struct Opt {
    /// `--week`.
    pub name: &'static str,
    /// Another spelling (`-q`, `--colour`).
    pub alias: Option<&'static str>,
    /// The value's placeholder (`W`, `FILE`) when the option takes one.
    pub value: Option<&'static str>,
    /// One line for `--help`.
    pub help: &'static str,
}

/// One command: its synopsis, what it does, its options.
#[derive(Debug, Clone, Copy)]
pub struct Cmd {
    /// As typed: `grade`, or `grade merge` for a subcommand.
    pub name: &'static str,
    /// What follows `cargo xtask NAME` in the usage line.
    pub synopsis: &'static str,
    /// What it does, as lines of `cargo xtask help` (the first is the summary).
    pub about: &'static [&'static str],
    pub audience: Audience,
    pub options: &'static [Opt],
    /// Whether arguments after `--` are passed on (to the program run).
    pub passthrough: bool,
    /// More for `--help` (after the options), or "".
    pub details: &'static str,
}

const fn switch(name: &'static str, help: &'static str) -> Opt {
    Opt {
        name,
        alias: None,
        value: None,
        help,
    }
}

const fn valued(name: &'static str, value: &'static str, help: &'static str) -> Opt {
    Opt {
        name,
        alias: None,
        value: Some(value),
        help,
    }
}

const WEEK_HELP: &str = "only week W (repeatable; 1..6, week4 or week4-lu-qr)";

const GRADE_OUTPUTS: [Opt; 6] = [
    valued(
        "--json",
        "FILE",
        "the whole report as JSON (what `grade merge` reads)",
    ),
    valued(
        "--csv",
        "FILE",
        "the gradebook: student,week1,…,week6,total,notes, a Points Possible row",
    ),
    valued(
        "--gradescope",
        "FILE",
        "Gradescope's results.json (one submission)",
    ),
    valued(
        "--visibility",
        "V",
        "the hidden tests' visibility on Gradescope: visible, after_due_date (default), after_published or hidden",
    ),
    valued("--junit", "FILE", "JUnit XML (CodeGrade, GitLab, Jenkins)"),
    valued(
        "--prairielearn",
        "FILE",
        "PrairieLearn's external-grader results.json (one submission)",
    ),
];

const GRADE_OPTIONS: [Opt; 18] = [
    valued(
        "--submissions",
        "DIR",
        "grade every sub-folder of DIR (one per student, sorted by name)",
    ),
    valued(
        "--week",
        "W",
        "grade only week W (repeatable; 1..6, week4 or week4-lu-qr)",
    ),
    valued(
        "--shard",
        "I/N",
        "grade only the I-th of N slices of the sorted submissions; `grade merge` joins the parts",
    ),
    GRADE_OUTPUTS[0],
    GRADE_OUTPUTS[1],
    GRADE_OUTPUTS[2],
    GRADE_OUTPUTS[3],
    GRADE_OUTPUTS[4],
    GRADE_OUTPUTS[5],
    valued(
        "--timeout",
        "SECS",
        "time limit per hidden test (default 5)",
    ),
    valued(
        "--build-timeout",
        "SECS",
        "time limit per cargo build (default 900)",
    ),
    valued(
        "--week-budget",
        "SECS",
        "time for all hidden tests of one week of one submission (default 60)",
    ),
    valued(
        "--submission-budget",
        "SECS",
        "time for all hidden tests of one submission (default 180)",
    ),
    switch(
        "--allow-unsandboxed",
        "grade PATH / --submissions even where bubblewrap does not work (learner code then runs as you: docs/grading.md)",
    ),
    valued(
        "--jobs",
        "N",
        "hidden tests run at once, in each lane (default 1)",
    ),
    valued(
        "--lanes",
        "N",
        "submissions graded at once, each with its own scratch workspaces and target dir (default 1; 2 on a 2-core machine: docs/grading.md, Speed)",
    ),
    switch("--no-sandbox", "do not use bubblewrap even where it works"),
    Opt {
        name: "--quiet",
        alias: Some("-q"),
        value: None,
        help: "no progress line on stderr",
    },
];

/// Every command of `cargo xtask`, in the order of `cargo xtask help`.
pub const COMMANDS: &[Cmd] = &[
    Cmd {
        name: "ci",
        synopsis: "[--week W]... [--skip-xtask-tests]",
        about: &[
            "the project's test command: fmt, clippy, stubs in sync, every test",
            "passing on the reference and failing on the stubs, xtask's tests",
        ],
        audience: Audience::Instructors,
        options: &[
            valued("--week", "W", "check only week W (repeatable)"),
            switch(
                "--skip-xtask-tests",
                "leave out xtask's own tests (the slowest step)",
            ),
        ],
        passthrough: false,
        details: "",
    },
    Cmd {
        name: "release",
        synopsis: "OUT [--solutions-through WEEK] [--force]",
        about: &[
            "write the student version of the course to OUT: stubs, public",
            "tests, lessons; no solutions/ or hidden tests (docs/tools.md)",
        ],
        audience: Audience::Instructors,
        options: &[
            valued(
                "--solutions-through",
                "WEEK",
                "include the reference solutions of weeks 1..WEEK",
            ),
            switch("--force", "write into an OUT that is not empty"),
            switch(
                "--check",
                "(alone) check that a release of this tree builds and leaks nothing",
            ),
        ],
        passthrough: false,
        details: "",
    },
    Cmd {
        name: "stubs",
        synopsis: "[--check] [--week W]...",
        about: &[
            "regenerate <week>/src from solutions/<week>/src (backs up what it",
            "replaces); --check only reports differences",
        ],
        audience: Audience::Instructors,
        options: &[
            switch(
                "--check",
                "only report differences (exit 1 when there are any)",
            ),
            valued("--week", "W", WEEK_HELP),
        ],
        passthrough: false,
        details: "",
    },
    Cmd {
        name: "grade",
        synopsis: "[PATH | --submissions DIR [--shard I/N]] [--week W]... [OUTPUTS] [--timeout SECS]",
        about: &[
            "grade a checkout (default: this one) or every sub-folder of DIR",
            "with the hidden tests, week by week (docs/grading.md); OUTPUTS are",
            "--json/--csv/--gradescope/--junit/--prairielearn FILE; `grade merge`",
        ],
        audience: Audience::Instructors,
        options: &GRADE_OPTIONS,
        passthrough: false,
        details: "",
    },
    Cmd {
        name: "grade merge",
        synopsis: "PART.json... [OUTPUTS]",
        about: &[
            "put the --json reports of `grade --shard I/N` runs together: the report",
            "and gradebook one run over the whole class would have written",
        ],
        audience: Audience::Instructors,
        options: &GRADE_OUTPUTS,
        passthrough: false,
        details: "",
    },
    Cmd {
        name: "autograder",
        synopsis: "gradescope OUT [--allow-unsandboxed] [--week W]... [--no-vendor]",
        about: &[
            "Gradescope's autograder.zip: setup.sh, run_autograder, the course",
            "and its crates vendored (grades offline)",
        ],
        audience: Audience::Instructors,
        options: &[
            switch(
                "--allow-unsandboxed",
                "grade even where bubblewrap cannot run in Gradescope's container (learner code then runs as root there: see docs/grading.md)",
            ),
            valued(
                "--week",
                "W",
                "grade only these weeks (repeatable; default: every week)",
            ),
            switch(
                "--no-vendor",
                "leave the crates out: setup.sh then fetches them (needs the network when the image is built; run_autograder stays offline)",
            ),
        ],
        passthrough: false,
        details: "",
    },
    Cmd {
        name: "mutants",
        synopsis: "[WEEK]... [--shard K/N] [--file F]",
        about: &[
            "mutation testing: cargo-mutants on the exercise files of the",
            "reference against the public + hidden tests; fails on a survivor",
            "not accepted in solutions/<week>/mutants.toml (hours a week)",
        ],
        audience: Audience::Instructors,
        options: &[
            valued(
                "--shard",
                "K/N",
                "only the K-th of N slices of the mutants (0 <= K < N)",
            ),
            valued(
                "--file",
                "F",
                "only the mutants of F (a path below the week's src/)",
            ),
        ],
        passthrough: false,
        details: "",
    },
    Cmd {
        name: "example",
        synopsis: "WEEK [NAME] [--features F] [-- ARGS]",
        about: &[
            "run a week's example program on the reference solutions (release);",
            "without NAME, list the week's examples",
        ],
        audience: Audience::Everyone,
        options: &[valued(
            "--features",
            "F",
            "cargo features of the week to turn on (repeatable)",
        )],
        passthrough: true,
        details: "",
    },
    Cmd {
        name: "bench",
        synopsis: "WEEK [--mine] [--portable] [-- ARGS]",
        about: &[
            "week 2's matmul ladder beside matrixmultiply, week 4's LU/QR",
            "or week 5's eigen/SVD beside nalgebra: release, -C",
            "target-cpu=native set for you; the reference, or --mine your",
            "code (read only); starts with the CPU, its vector extensions",
            "and caches",
        ],
        audience: Audience::Everyone,
        options: &[
            switch(
                "--mine",
                "your own src/ of weeks 1..WEEK (copied to a scratch workspace)",
            ),
            switch("--portable", "build without -C target-cpu=native"),
        ],
        passthrough: true,
        details: "",
    },
    Cmd {
        name: "pictures",
        synopsis: "[--week W]...",
        about: &["redraw the lessons' SVG pictures (<week>/pictures/) on the reference"],
        audience: Audience::Everyone,
        options: &[valued("--week", "W", WEEK_HELP)],
        passthrough: false,
        details: "",
    },
    Cmd {
        name: "watch",
        synopsis: "[WEEK] [--manual-run]",
        about: &[
            "the loop: the current exercise and its tests, re-run on every save;",
            "keys h hint, l list, n/p next/previous, r run, q quit (read only)",
        ],
        audience: Audience::Learners,
        options: &[switch(
            "--manual-run",
            "no file events (WSL, network file systems): press r after saving",
        )],
        passthrough: false,
        details: "The current exercise is the first one whose tests do not all pass (by default in the \
                  first week not finished); its tests re-run every time you save a file in the \
                  week's src/. It never modifies your files.\n\nKeys: h next hint · l the week's \
                  exercises · n / p next / previous exercise · r re-run · q quit",
    },
    Cmd {
        name: "list",
        synopsis: "[WEEK]",
        about: &["the exercises in order, where each one is (builds nothing)"],
        audience: Audience::Learners,
        options: &[],
        passthrough: false,
        details: "Shows whether each exercise's todo!()s are still in your src/. \
                  `cargo xtask progress --week W` runs the tests.",
    },
    Cmd {
        name: "hint",
        synopsis: "WEEK EXERCISE [--level N]",
        about: &["the exercise and its hints: 1 a nudge, 2 the key idea, 3 the shape"],
        audience: Audience::Learners,
        options: &[valued(
            "--level",
            "N",
            "show the hints up to level N (1, 2 or 3; default 1)",
        )],
        passthrough: false,
        details: "Prints the exercise (where it is, what to do, the lesson's section, the command \
                  that runs its tests) and its hints. EXERCISE is its id, its number, or one of \
                  its functions (`cargo xtask list WEEK`).",
    },
    Cmd {
        name: "progress",
        synopsis: "[--week W]",
        about: &[
            "for each week, the public exercise tests that pass, and the next",
            "exercise; --week: every exercise of W with its status",
            "(builds your code in a scratch copy; read only)",
        ],
        audience: Audience::Learners,
        options: &[valued(
            "--week",
            "W",
            "every exercise of week W with its status",
        )],
        passthrough: false,
        details: "",
    },
    Cmd {
        name: "diff",
        synopsis: "WEEK [FILE] [--color auto|always|never]",
        about: &["your src against the reference, as a unified diff (read only)"],
        audience: Audience::SelfLearners,
        options: &[Opt {
            name: "--color",
            alias: Some("--colour"),
            value: Some("WHEN"),
            help: "auto (default: when stdout is a terminal), always or never",
        }],
        passthrough: false,
        details: "",
    },
    Cmd {
        name: "solve",
        synopsis: "WEEK [--force]",
        about: &[
            "put the reference solution into your WEEK/src (backs up first;",
            "--force when a file holds your own work)",
        ],
        audience: Audience::SelfLearners,
        options: &[switch("--force", "replace files that hold your own work")],
        passthrough: false,
        details: "",
    },
    Cmd {
        name: "reset",
        synopsis: "WEEK [FILE] [--force]",
        about: &["put the stub back, for the week or one file (backs up first)"],
        audience: Audience::SelfLearners,
        options: &[switch("--force", "replace files that hold your own work")],
        passthrough: false,
        details: "",
    },
    Cmd {
        name: "restore",
        synopsis: "WEEK [--list] [--from BACKUP | --all] [--force]",
        about: &[
            "bring back your latest backed-up work (.course-backup/)",
            "(--all: the newest backed-up version of every file)",
        ],
        audience: Audience::SelfLearners,
        options: &[
            switch("--list", "list the backups of WEEK, newest first"),
            valued(
                "--from",
                "BACKUP",
                "restore this backup (a folder name from --list)",
            ),
            switch(
                "--all",
                "the newest backed-up version of every file, from all backups",
            ),
            switch("--force", "replace files that hold your own work"),
        ],
        passthrough: false,
        details: "",
    },
];

/// The entry of `name` (`grade merge` for the subcommand).
pub fn command(name: &str) -> Option<&'static Cmd> {
    COMMANDS.iter().find(|c| c.name == name)
}

/// The names a learner can type first (`grade merge` counts as `grade`), and `help`.
pub fn command_names() -> Vec<&'static str> {
    let mut names: Vec<&str> = COMMANDS
        .iter()
        .filter(|c| !c.name.contains(' '))
        .map(|c| c.name)
        .collect();
    names.push("help");
    names
}

/// What one command was given.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Parsed {
    /// Arguments that are not options, in order.
    pub positionals: Vec<String>,
    /// Arguments after `--` (commands with `passthrough`).
    pub passthrough: Vec<String>,
    /// `-h` or `--help` was given (before any `--`).
    pub help: bool,
    /// Options in the order given: (canonical name, value).
    given: Vec<(&'static str, Option<String>)>,
}

impl Parsed {
    /// Whether the switch or option `name` was given.
    pub fn has(&self, name: &str) -> bool {
        self.given.iter().any(|(n, _)| *n == name)
    }

    /// The value of the last `name` given.
    pub fn value(&self, name: &str) -> Option<&str> {
        self.values(name).pop()
    }

    /// Every value of `name`, in order (repeatable options such as `--week`).
    pub fn values(&self, name: &str) -> Vec<&str> {
        self.given
            .iter()
            .filter(|(n, _)| *n == name)
            .filter_map(|(_, v)| v.as_deref())
            .collect()
    }

    /// Refuses positional arguments, for commands that take none; the error says what the
    /// command does take instead when it chooses weeks with `--week`.
    pub fn no_positionals(&self, cmd: &Cmd) -> Result<()> {
        let Some(p) = self.positionals.first() else {
            return Ok(());
        };
        let hint = if cmd.options.iter().any(|o| o.name == "--week") {
            " (a week is chosen with --week W)"
        } else {
            ""
        };
        Err(Error::Msg(format!(
            "{}: unexpected argument `{p}`{hint}\n{}",
            cmd.name,
            usage(cmd)
        )))
    }

    /// Every `--week` value, parsed.
    pub fn weeks(&self) -> Result<Vec<Week>> {
        self.values("--week")
            .into_iter()
            .map(|w| Week::parse(w).map_err(Error::from))
            .collect()
    }

    /// The value of `name` parsed as `T` and accepted by `ok`, or `None` when not given;
    /// `what` says what is expected ("a positive number of seconds").
    pub fn parse_value<T: std::str::FromStr>(
        &self,
        cmd: &Cmd,
        name: &str,
        ok: impl Fn(&T) -> bool,
        what: &str,
    ) -> Result<Option<T>> {
        let Some(v) = self.value(name) else {
            return Ok(None);
        };
        v.parse::<T>()
            .ok()
            .filter(|t| ok(t))
            .map(Some)
            .ok_or_else(|| Error::Msg(format!("{}: {name} {v}: needs {what}", cmd.name)))
    }
}

/// The usage line of `cmd`.
pub fn usage(cmd: &Cmd) -> String {
    format!("usage: cargo xtask {} {}", cmd.name, cmd.synopsis)
}

/// Reads `args` (what follows the command's name) by `cmd`'s table entry.
///
/// # Errors
/// An unknown option (with the nearest known one), an option without its value, a value given
/// to a switch, or `--` where the command passes nothing on — each with the usage line.
pub fn parse(cmd: &Cmd, args: &[String]) -> Result<Parsed> {
    let mut out = Parsed::default();
    let mut it = args.iter();
    while let Some(a) = it.next() {
        if a == "--" {
            if !cmd.passthrough {
                return Err(Error::Msg(format!(
                    "{}: takes no arguments after `--`\n{}",
                    cmd.name,
                    usage(cmd)
                )));
            }
            out.passthrough.extend(it.by_ref().cloned());
            break;
        }
        if a == "-h" || a == "--help" {
            out.help = true;
            continue;
        }
        if !a.starts_with('-') || a == "-" {
            out.positionals.push(a.clone());
            continue;
        }
        let (flag, inline) = match a.split_once('=') {
            Some((f, v)) if f.starts_with("--") => (f, Some(v.to_string())),
            _ => (a.as_str(), None),
        };
        let Some(opt) = cmd
            .options
            .iter()
            .find(|o| o.name == flag || o.alias == Some(flag))
        else {
            let names: Vec<&str> = cmd.options.iter().map(|o| o.name).collect();
            let hint = match nearest(flag, &names) {
                Some(n) => format!(" (did you mean `{n}`?)"),
                None => String::new(),
            };
            return Err(Error::Msg(format!(
                "{}: unknown option `{flag}`{hint}\n{}",
                cmd.name,
                usage(cmd)
            )));
        };
        let value = match (opt.value, inline) {
            (None, None) => None,
            (None, Some(_)) => {
                return Err(Error::Msg(format!(
                    "{}: {} takes no value\n{}",
                    cmd.name,
                    opt.name,
                    usage(cmd)
                )));
            }
            (Some(_), Some(v)) => Some(v),
            (Some(placeholder), None) => Some(it.next().cloned().ok_or_else(|| {
                Error::Msg(format!(
                    "{}: {} needs a value ({} {placeholder})\n{}",
                    cmd.name,
                    opt.name,
                    opt.name,
                    usage(cmd)
                ))
            })?),
        };
        out.given.push((opt.name, value));
    }
    Ok(out)
}

/// `cargo xtask CMD --help`: the usage line, what it does, its options.
pub fn help(cmd: &Cmd) -> String {
    let mut s = format!("{}\n\n", usage(cmd));
    s.push_str(&wrap(&cmd.about.join(" "), 0, WIDTH));
    let mut rows: Vec<(String, &str)> = cmd
        .options
        .iter()
        .map(|o| {
            let names = match o.alias {
                Some(a) if a.starts_with("--") => format!("{}, {a}", o.name),
                Some(a) => format!("{a}, {}", o.name),
                None => o.name.to_string(),
            };
            let names = match o.value {
                Some(v) => format!("{names} {v}"),
                None => names,
            };
            (names, o.help)
        })
        .collect();
    rows.push(("-h, --help".into(), "this help"));
    s.push_str("\noptions:\n");
    for (names, text) in rows {
        let body = wrap(text, 25, WIDTH);
        if names.len() <= 22 {
            s.push_str(&format!("  {names:<22} {}", &body[25..]));
        } else {
            s.push_str(&format!("  {names}\n{body}"));
        }
    }
    for para in cmd.details.split("\n\n").filter(|p| !p.is_empty()) {
        s.push('\n');
        s.push_str(&wrap(para, 0, WIDTH));
    }
    s.push_str("\n(`cargo xtask help` lists every command; docs/tools.md)\n");
    s
}

/// The width `--help` text is wrapped to.
const WIDTH: usize = 96;

/// `text` in lines of at most `width` characters (longer words stay whole), each indented by
/// `indent` spaces, each ending in a newline.
fn wrap(text: &str, indent: usize, width: usize) -> String {
    let mut out = String::new();
    let mut line = String::new();
    for word in text.split_whitespace() {
        if !line.is_empty() && indent + line.chars().count() + 1 + word.chars().count() > width {
            out.push_str(&format!("{:indent$}{line}\n", ""));
            line.clear();
        }
        if !line.is_empty() {
            line.push(' ');
        }
        line.push_str(word);
    }
    out.push_str(&format!("{:indent$}{line}\n", ""));
    out
}

/// `cargo xtask help`: every command with its synopsis and what it does, by audience.
pub fn overview() -> String {
    let mut s = String::from(
        "cargo xtask <command> [options]   (`cargo xtask <command> --help`: its options)\n",
    );
    for (audience, title) in [
        (
            Audience::Instructors,
            "For instructors and course developers:",
        ),
        (Audience::Everyone, "For everyone:"),
        (Audience::Learners, "For learners:"),
        (
            Audience::SelfLearners,
            "For self-learners (these need the instructor's solutions/, except reset and restore):",
        ),
    ] {
        s.push_str(&format!("\n{title}\n"));
        for c in COMMANDS.iter().filter(|c| c.audience == audience) {
            let head = format!("{} {}", c.name, c.synopsis);
            let mut lines = c.about.iter();
            if head.len() <= 24 {
                s.push_str(&format!(
                    "  {head:<24}  {}\n",
                    lines.next().copied().unwrap_or("")
                ));
            } else {
                s.push_str(&format!("  {head}\n"));
            }
            for l in lines {
                s.push_str(&format!("{:28}{l}\n", ""));
            }
        }
    }
    s.push_str("\nWeeks are named 1..6, week4 or week4-lu-qr.\n");
    s
}

/// The candidate nearest to a mistyped `word` (edit distance at most 2, or a unique prefix).
pub fn nearest<'a>(word: &str, candidates: &[&'a str]) -> Option<&'a str> {
    let prefixed: Vec<&&str> = candidates.iter().filter(|c| c.starts_with(word)).collect();
    if word.len() >= 2 && prefixed.len() == 1 {
        return Some(prefixed[0]);
    }
    candidates
        .iter()
        .map(|c| (distance(word, c), *c))
        .filter(|(d, _)| *d <= 2)
        .min()
        .map(|(_, c)| c)
}

/// Edit distance with transpositions (optimal string alignment): `--form` is 1 from `--from`.
fn distance(a: &str, b: &str) -> usize {
    let a: Vec<char> = a.chars().collect();
    let b: Vec<char> = b.chars().collect();
    let mut d = vec![vec![0usize; b.len() + 1]; a.len() + 1];
    for (i, row) in d.iter_mut().enumerate() {
        row[0] = i;
    }
    for (j, cell) in d[0].iter_mut().enumerate() {
        *cell = j;
    }
    for i in 1..=a.len() {
        for j in 1..=b.len() {
            let cost = usize::from(a[i - 1] != b[j - 1]);
            d[i][j] = (d[i - 1][j] + 1)
                .min(d[i][j - 1] + 1)
                .min(d[i - 1][j - 1] + cost);
            if i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1] {
                d[i][j] = d[i][j].min(d[i - 2][j - 2] + 1);
            }
        }
    }
    d[a.len()][b.len()]
}

#[cfg(test)]
mod tests {
    use super::*;

    fn args(s: &str) -> Vec<String> {
        s.split_whitespace().map(String::from).collect()
    }

    fn grade() -> &'static Cmd {
        command("grade").expect("grade is a command")
    }

    #[test]
    fn reads_values_switches_positionals_and_passthrough() {
        let p = parse(
            grade(),
            &args("sub --week 2 --week=week3 -q --json out.json"),
        )
        .expect("valid arguments");
        assert_eq!(p.positionals, ["sub"]);
        assert_eq!(p.values("--week"), ["2", "week3"]);
        assert_eq!(
            p.weeks().expect("weeks"),
            [Week::new(2).unwrap(), Week::new(3).unwrap()]
        );
        assert!(p.has("--quiet") && !p.has("--no-sandbox"), "{p:?}");
        assert_eq!(p.value("--json"), Some("out.json"));
        let ci = command("ci").expect("ci");
        let e = parse(ci, &args("week2"))
            .expect("parsed")
            .no_positionals(ci)
            .unwrap_err()
            .to_string();
        assert!(
            e.starts_with("ci: unexpected argument `week2` (a week is chosen with --week W)"),
            "{e}"
        );
        let bench = command("bench").expect("bench");
        let p = parse(bench, &args("2 --mine -- --sizes 64 --help")).expect("valid");
        assert_eq!(p.passthrough, ["--sizes", "64", "--help"]);
        assert!(!p.help, "--help after -- belongs to the program");
        assert!(parse(bench, &args("2 --help")).expect("valid").help);
    }

    #[test]
    fn refuses_with_the_usage_and_the_nearest_option() {
        let e = parse(grade(), &args("--jsno f")).unwrap_err().to_string();
        assert!(
            e.contains("unknown option `--jsno` (did you mean `--json`?)"),
            "{e}"
        );
        assert!(e.contains("usage: cargo xtask grade"), "{e}");
        let e = parse(grade(), &args("--json")).unwrap_err().to_string();
        assert!(e.contains("--json needs a value (--json FILE)"), "{e}");
        let e = parse(grade(), &args("--quiet=yes"))
            .unwrap_err()
            .to_string();
        assert!(e.contains("--quiet takes no value"), "{e}");
        let e = parse(grade(), &args("-- x")).unwrap_err().to_string();
        assert!(e.contains("takes no arguments after `--`"), "{e}");
        let p = parse(grade(), &args("--timeout 0")).expect("parsed");
        let e = p
            .parse_value::<f64>(grade(), "--timeout", |t| *t > 0.0, "a positive number")
            .unwrap_err()
            .to_string();
        assert_eq!(e, "grade: --timeout 0: needs a positive number");
    }

    #[test]
    fn every_command_has_help_and_a_place_in_the_overview() {
        let all = overview();
        for c in COMMANDS {
            let h = help(c);
            assert!(
                h.starts_with(&format!("usage: cargo xtask {} ", c.name)),
                "{}: {h}",
                c.name
            );
            for o in c.options {
                assert!(
                    h.contains(o.name),
                    "{}: {} missing from:\n{h}",
                    c.name,
                    o.name
                );
                assert!(o.name.starts_with("--"), "{}: {}", c.name, o.name);
            }
            assert!(
                all.contains(&format!("  {} {}", c.name, c.synopsis)),
                "{} missing from:\n{all}",
                c.name
            );
        }
        assert!(command_names().contains(&"restore") && !command_names().contains(&"grade merge"));
    }

    #[test]
    fn help_is_wrapped_to_the_width() {
        for c in COMMANDS {
            for line in help(c).lines().filter(|l| !l.starts_with("usage:")) {
                assert!(
                    line.chars().count() <= WIDTH || !line.trim().contains(' '),
                    "{}: a line of {} characters: {line}",
                    c.name,
                    line.chars().count()
                );
            }
        }
        assert_eq!(wrap("a bb ccc", 2, 7), "  a bb\n  ccc\n");
    }

    #[test]
    fn suggests_near_names() {
        let names = command_names();
        assert_eq!(nearest("wacth", &names), Some("watch"));
        assert_eq!(nearest("progres", &names), Some("progress"));
        assert_eq!(nearest("frobnicate", &names), None);
        assert_eq!(distance("kitten", "sitting"), 3);
        let restore = command("restore").expect("restore");
        let e = parse(restore, &args("1 --form x")).unwrap_err().to_string();
        assert!(e.contains("did you mean `--from`?"), "{e}");
    }
}
