//! `cargo xtask bench WEEK [--mine] [--portable] [-- ARGS]`: a week's benchmark against its peer
//! library, compiled for this CPU.
//!
//! - week 2: `examples/ladder.rs`, every rung of the matrix product beside `matrixmultiply`;
//! - week 4: `examples/peer_timings.rs`, LU and Householder QR beside nalgebra;
//! - week 5: `examples/peer_timings.rs`, `symmetric_eigen` and `svd` beside nalgebra.
//!
//! Before the program's tables it prints the machine (CPU model, vector extensions, cache sizes:
//! [`crate::machine::header`]) on stdout, so a table pasted into a lesson says where it was
//! measured.
//!
//! The program runs in release mode with the week's `peer` feature, on the reference solutions
//! (default) or with `--mine` on the learner's own `src/` of weeks 1..WEEK, each time in a
//! scratch workspace (the learner's tree is only read). It is compiled with
//! `RUSTFLAGS="-C target-cpu=native"`, set here so nobody has to remember it: the week-2 kernel
//! chooses its register tile and FMA *at compile time* (`cfg!(target_feature = ...)`), because
//! choosing at run time needs `#[target_feature]` functions, whose calls are `unsafe`, which the
//! weeks forbid. The native build gets its own target directory, so it never invalidates the
//! normal (portable) builds. `--portable` builds without the flag, for the comparison the week-2
//! lesson makes.

use crate::course::Week;
use crate::error::{Error, Result};
use crate::examples::{Code, Launch, NATIVE_RUSTFLAGS, Rustflags};
use crate::project::project_root;

/// The example program that benchmarks `week` against its peer, if it has one.
pub fn bench_example(week: Week) -> Option<&'static str> {
    match week.number() {
        2 => Some("ladder"),
        4 | 5 => Some("peer_timings"),
        _ => None,
    }
}

/// What `cargo xtask bench` was asked to do.
#[derive(Debug, Clone, PartialEq)]
pub struct BenchArgs {
    pub week: Week,
    pub mine: bool,
    pub portable: bool,
    pub passthrough: Vec<String>,
}

/// Parses the arguments after `bench`.
pub fn parse_args(args: &[String]) -> Result<BenchArgs> {
    let cmd = crate::flags::command("bench").expect("in the table");
    let a = crate::flags::parse(cmd, args)?;
    let [first] = a.positionals.as_slice() else {
        return Err(Error::Msg(format!(
            "bench: give one week\n{}",
            crate::flags::usage(cmd)
        )));
    };
    let week = Week::parse(first)?;
    if bench_example(week).is_none() {
        return Err(Error::Msg(format!(
            "bench: {week} has no benchmark against a peer library (weeks 2, 4 and 5 do)\n{}",
            crate::flags::usage(cmd)
        )));
    }
    Ok(BenchArgs {
        week,
        mine: a.has("--mine"),
        portable: a.has("--portable"),
        passthrough: a.passthrough,
    })
}

/// The launch of the benchmark: release, the `peer` feature, native unless `--portable`, in
/// the scratch workspace `bench-mine` or `bench-reference`.
pub fn launch(a: &BenchArgs) -> Launch<'static> {
    let example = bench_example(a.week).expect("checked by parse_args");
    let (code, workspace) = if a.mine {
        (Code::Mine, "bench-mine")
    } else {
        (Code::Reference, "bench-reference")
    };
    Launch {
        features: vec!["peer".into()],
        passthrough: a.passthrough.clone(),
        rustflags: if a.portable {
            Rustflags::Portable
        } else {
            Rustflags::Native
        },
        ..Launch::new(a.week, example, code, workspace)
    }
}

/// `cargo xtask bench WEEK [--mine] [--portable] [-- ARGS]`
pub fn run(args: &[String]) -> Result<()> {
    let a = parse_args(args)?;
    let root = project_root();
    let week = a.week;
    if !a.mine && !week.has_reference(&root) {
        return Err(Error::Msg(format!(
            "bench: the reference solutions of {week} are not here (a student release has none); \
             `cargo xtask bench {} --mine` runs the benchmark on your own code",
            week.number()
        )));
    }
    let launch = launch(&a);
    let example = launch.name;
    eprintln!(
        "bench: {example} of {week} on {}, release, `peer` feature, {}",
        if a.mine {
            "your code (weeks 1..N of your src/, copied to a scratch workspace)"
        } else {
            "the reference solutions"
        },
        if a.portable {
            "portable build".to_string()
        } else {
            format!("RUSTFLAGS=\"{NATIVE_RUSTFLAGS}\"")
        },
    );
    print!("{}", crate::machine::header());
    let status = launch.run(&root)?;
    if status.success() {
        Ok(())
    } else {
        Err(Error::Msg(format!(
            "bench {example} of {week} failed ({status})"
        )))
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::path::Path;

    fn args(s: &str) -> Vec<String> {
        s.split_whitespace().map(String::from).collect()
    }

    #[test]
    fn parses_weeks_flags_and_passthrough() {
        let a = parse_args(&args("week2 --mine -- --sizes 64,128")).unwrap();
        assert_eq!(a.week, Week::new(2).unwrap());
        assert!(a.mine && !a.portable);
        assert_eq!(a.passthrough, args("--sizes 64,128"));
        let a = parse_args(&args("5 --portable")).unwrap();
        assert_eq!(
            (a.week, a.mine, a.portable),
            (Week::new(5).unwrap(), false, true)
        );
    }

    #[test]
    fn rejects_weeks_without_a_peer_and_unknown_flags() {
        assert!(
            parse_args(&args("3"))
                .unwrap_err()
                .to_string()
                .contains("weeks 2, 4 and 5")
        );
        assert!(
            parse_args(&args("2 --fast"))
                .unwrap_err()
                .to_string()
                .contains("--fast")
        );
        assert!(parse_args(&[]).is_err());
    }

    #[test]
    fn native_flags_are_set_and_encoded_flags_removed() {
        let native = launch(&parse_args(&args("2")).unwrap());
        let cmd = native.command(Path::new("/course"), Path::new("/ws"), Path::new("/t"));
        let envs: Vec<_> = cmd.get_envs().collect();
        assert!(
            envs.iter()
                .any(|(k, v)| *k == "RUSTFLAGS" && v.is_some_and(|v| v == NATIVE_RUSTFLAGS)),
            "bench 2 sets RUSTFLAGS={NATIVE_RUSTFLAGS}: {envs:?}"
        );
        assert!(
            envs.iter()
                .any(|(k, v)| *k == "CARGO_ENCODED_RUSTFLAGS" && v.is_none()),
            "bench 2 removes CARGO_ENCODED_RUSTFLAGS: {envs:?}"
        );
        let argv: Vec<_> = cmd.get_args().collect();
        assert!(
            argv.windows(2).any(|w| w == ["--features", "peer"]),
            "bench 2 builds with --features peer: {argv:?}"
        );
        assert!(
            argv.contains(&std::ffi::OsStr::new("--release")),
            "bench 2 builds with --release: {argv:?}"
        );
        assert!(
            argv.windows(2).any(|w| w == ["--example", "ladder"])
                && !argv.contains(&std::ffi::OsStr::new("--quiet")),
            "bench 2 runs the ladder, showing cargo's progress: {argv:?}"
        );
        assert_eq!(
            (native.code, native.workspace),
            (Code::Reference, "bench-reference"),
            "bench 2 runs on the reference in its own workspace"
        );
        let mine = launch(&parse_args(&args("4 --mine --portable")).unwrap());
        assert_eq!(
            (mine.name, mine.code, mine.workspace, mine.rustflags),
            (
                "peer_timings",
                Code::Mine,
                "bench-mine",
                Rustflags::Portable
            ),
            "bench 4 --mine --portable"
        );
    }
}
