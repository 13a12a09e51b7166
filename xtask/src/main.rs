//! `cargo xtask`: the command line. The commands live in the library, one module each.

use xtask::{
    autograder, bench, ci, diff, example, grade, hint, mutants, pictures, progress, release, solve,
    stubs, watch,
};

const HELP: &str = "\
cargo xtask <command> [options]

For instructors and course developers:
  ci [--week W]...          the project's test command: fmt, clippy, stubs in sync, every test
                            passing on the reference and failing on the stubs, xtask's tests
  release OUT [--solutions-through WEEK] [--force]
                            write the student version of the course to OUT: stubs, public
                            tests, lessons; no solutions/ or hidden tests (docs/tools.md)
  stubs [--check] [--week W]
                            regenerate <week>/src from solutions/<week>/src (backs up what it
                            replaces); --check only reports differences
  grade [PATH | --submissions DIR] [--week W]... [--json F] [--csv F] [--timeout S]
                            grade a checkout (default: this one) or every sub-folder of DIR
                            with the hidden tests, week by week (docs/grading.md); also
                            --gradescope/--junit/--prairielearn F, --shard I/N, `grade merge`
  autograder gradescope OUT [--allow-unsandboxed] [--week W]...
                            Gradescope's autograder.zip: setup.sh, run_autograder, the course
                            and its crates vendored (grades offline)
  mutants [WEEK]... [--shard K/N] [--file F]
                            mutation testing: cargo-mutants on the exercise files of the
                            reference against the public + hidden tests; fails on a survivor
                            not accepted in solutions/<week>/mutants.toml (hours a week)

For everyone:
  example WEEK [NAME] [--features F] [-- ARGS]
                            run a week's example program on the reference solutions (release);
                            without NAME, list the week's examples
  bench WEEK [--mine] [--portable] [-- ARGS]
                            week 2's matmul ladder beside matrixmultiply, week 4's LU/QR
                            or week 5's eigen/SVD beside nalgebra: release, -C
                            target-cpu=native set for you; the reference, or --mine your
                            code (read only); starts with the CPU, its vector extensions
                            and caches
  pictures [--week W]...    redraw the lessons' SVG pictures (<week>/pictures/) on the reference

For learners:
  watch [WEEK] [--manual-run]
                            the loop: the current exercise and its tests, re-run on every save;
                            keys h hint, l list, n/p next/previous, r run, q quit (read only)
  list [WEEK]               the exercises in order, where each one is (builds nothing)
  hint WEEK EXERCISE [--level N]
                            the exercise and its hints: 1 a nudge, 2 the key idea, 3 the shape
  progress [--week W]       for each week, the public exercise tests that pass, and the next
                            exercise; --week: every exercise of W with its status
                            (builds your code in a scratch copy; read only)

For self-learners (these need the instructor's solutions/, except reset and restore):
  diff WEEK [FILE] [--color auto|always|never]
                            your src against the reference, as a unified diff (read only)
  solve WEEK [--force]      put the reference solution into your WEEK/src (backs up first;
                            --force when a file holds your own work)
  reset WEEK [FILE] [--force]
                            put the stub back, for the week or one file (backs up first)
  restore WEEK [--list] [--from BACKUP | --all] [--force]
                            bring back your latest backed-up work (.course-backup/)
                            (--all: the newest backed-up version of every file)

Weeks are named 1..6, week4 or week4-lu-qr.
";

fn main() {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let (cmd, rest) = match args.split_first() {
        Some((c, r)) => (c.as_str(), r),
        None => ("help", &[][..]),
    };
    // `cargo xtask COMMAND --help` (before any `--`): the command's own entry of the help,
    // for the commands that do not print their own usage.
    let asks_help = rest
        .iter()
        .take_while(|a| *a != "--")
        .any(|a| a == "--help" || a == "-h");
    if asks_help && !OWN_HELP.contains(&cmd) && COMMANDS.contains(&cmd) {
        print!("{}", command_help(cmd));
        return;
    }
    let result = match cmd {
        "ci" => ci::run(rest),
        "stubs" => stubs::run(rest),
        "example" => example::run(rest),
        "bench" => bench::run(rest),
        "grade" => grade::run(rest),
        "autograder" => autograder::run(rest),
        "mutants" => mutants::run(rest),
        "diff" => diff::run(rest),
        "progress" => progress::run(rest),
        "watch" => watch::run(rest),
        "hint" => hint::run_hint(rest),
        "list" => hint::run_list(rest),
        "pictures" => pictures::run(rest),
        "release" => release::run(rest),
        "solve" => solve::run_solve(rest),
        "reset" => solve::run_reset(rest),
        "restore" => solve::run_restore(rest),
        "help" | "--help" | "-h" => {
            print!("{HELP}");
            Ok(())
        }
        other => Err(match nearest(other, COMMANDS) {
            Some(near) => format!(
                "unknown command `{other}`; did you mean `cargo xtask {near}`?\n\n{}",
                command_help(near)
            ),
            None => format!("unknown command `{other}`\n\n{HELP}"),
        }),
    };
    if let Err(e) = result {
        let e = suggest_option(cmd, rest, e);
        eprintln!("error: {e}");
        std::process::exit(1);
    }
}

/// Every command.
const COMMANDS: &[&str] = &[
    "ci",
    "release",
    "stubs",
    "grade",
    "autograder",
    "mutants",
    "example",
    "bench",
    "pictures",
    "watch",
    "list",
    "hint",
    "progress",
    "diff",
    "solve",
    "reset",
    "restore",
    "help",
];

/// The commands that answer `--help` with their own usage.
const OWN_HELP: &[&str] = &["watch", "list", "hint", "progress", "grade", "autograder"];

/// The entry of `cmd` in [`HELP`] (its line and the indented lines under it).
fn command_help(cmd: &str) -> String {
    let mut out = String::new();
    let mut inside = false;
    for line in HELP.lines() {
        let starts = line
            .strip_prefix("  ")
            .is_some_and(|l| l == cmd || l.starts_with(&format!("{cmd} ")));
        if starts {
            inside = true;
        } else if inside && !line.starts_with("    ") {
            break;
        }
        if inside {
            out.push_str(line.trim_start());
            out.push('\n');
        }
    }
    if out.is_empty() {
        return HELP.to_string();
    }
    format!(
        "usage: cargo xtask {}(`cargo xtask help` lists every command; docs/tools.md)\n",
        out
    )
}

/// The command nearest to a mistyped one (edit distance at most 2, or a unique prefix).
fn nearest<'a>(word: &str, candidates: &[&'a str]) -> Option<&'a str> {
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

/// When `e` refuses an unknown option of `args`, adds the nearest of the options that the
/// message's usage line and the command's help entry name.
fn suggest_option(cmd: &str, args: &[String], e: String) -> String {
    if !(e.contains("unknown") || e.contains("unexpected")) {
        return e;
    }
    let Some(bad) = args
        .iter()
        .take_while(|a| *a != "--")
        .find(|a| a.starts_with("--") && e.contains(a.as_str()))
    else {
        return e;
    };
    let text = format!("{e}\n{}", command_help(cmd));
    let mut options: Vec<&str> = text
        .split(|c: char| !(c.is_ascii_alphanumeric() || c == '-'))
        .filter(|w| w.starts_with("--") && w.len() > 2 && *w != bad.as_str())
        .collect();
    options.sort();
    options.dedup();
    match nearest(bad, &options) {
        Some(near) => format!("{e}\n(did you mean `{near}`?)"),
        None => e,
    }
}

/// Levenshtein distance.
fn distance(a: &str, b: &str) -> usize {
    let b: Vec<char> = b.chars().collect();
    let mut row: Vec<usize> = (0..=b.len()).collect();
    for (i, ca) in a.chars().enumerate() {
        let mut prev = row[0];
        row[0] = i + 1;
        for j in 0..b.len() {
            let cur = row[j + 1];
            row[j + 1] = (prev + usize::from(ca != b[j]))
                .min(row[j] + 1)
                .min(cur + 1);
            prev = cur;
        }
    }
    row[b.len()]
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn suggests_the_nearest_command_and_finds_each_commands_help() {
        assert_eq!(nearest("wacth", COMMANDS), Some("watch"));
        assert_eq!(nearest("progres", COMMANDS), Some("progress"));
        assert_eq!(nearest("restor", COMMANDS), Some("restore"));
        assert_eq!(nearest("frobnicate", COMMANDS), None);
        for c in COMMANDS.iter().filter(|c| **c != "help") {
            let h = command_help(c);
            assert!(
                h.starts_with(&format!("usage: cargo xtask {c}")),
                "{c} has an entry in HELP: {h}"
            );
        }
        assert!(command_help("restore").contains("--from BACKUP"));
        let args = vec!["week1".to_string(), "--forse".to_string()];
        let e = suggest_option("reset", &args, "unknown option --forse\nusage: …".into());
        assert!(e.ends_with("(did you mean `--force`?)"), "{e}");
        let e = suggest_option("reset", &args, "something else".into());
        assert_eq!(e, "something else");
    }
}
