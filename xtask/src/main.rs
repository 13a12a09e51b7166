//! `cargo xtask`: the command line. The commands live in the library, one module each.

use xtask::error::Error;
use xtask::{
    autograder, bench, ci, diff, example, flags, grade, hint, mutants, pictures, progress, release,
    solve, stubs, watch,
};

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
    let entry = match rest.first() {
        Some(sub) if flags::command(&format!("{cmd} {sub}")).is_some() => format!("{cmd} {sub}"),
        _ => cmd.to_string(),
    };
    if asks_help && let Some(c) = flags::command(&entry) {
        print!("{}", flags::help(c));
        return;
    }
    // Every command but `help` works on the course's weeks, read from the workspace manifest.
    if !matches!(cmd, "help" | "--help" | "-h")
        && let Err(e) = xtask::course::week::workspace_weeks()
    {
        eprintln!("error: {e}");
        std::process::exit(1);
    }
    // The commands not yet converted to `xtask::error` return `Result<(), String>`.
    let result: Result<(), Error> = match cmd {
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
            print!("{}", flags::overview());
            Ok(())
        }
        other => Err(Error::Msg(
            match flags::nearest(other, &flags::command_names()) {
                Some(near) => format!(
                    "unknown command `{other}`; did you mean `cargo xtask {near}`?\n\n{}",
                    command_help(near)
                ),
                None => format!("unknown command `{other}`\n\n{}", flags::overview()),
            },
        )),
    };
    if let Err(e) = result {
        eprintln!("error: {e}");
        std::process::exit(1);
    }
}

/// `cargo xtask CMD --help`, from the table in [`flags`].
fn command_help(cmd: &str) -> String {
    flags::command(cmd).map_or_else(flags::overview, flags::help)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn finds_each_commands_help() {
        for c in flags::command_names().iter().filter(|c| **c != "help") {
            let h = command_help(c);
            assert!(
                h.starts_with(&format!("usage: cargo xtask {c}")),
                "{c} has an entry in the table: {h}"
            );
        }
        assert!(command_help("restore").contains("--from BACKUP"));
    }
}
