//! `cargo xtask example WEEK NAME [-- ARGS]`: run a week's example program on the reference.
//!
//! The lessons quote numbers printed by example programs. In your own tree those programs run
//! on your code (`cargo run -p week1-vectors --example NAME`); this command runs them on the
//! reference solutions instead, in a scratch workspace, in release mode ([`crate::examples`]).
//! A week alone lists its examples.

use crate::course::Week;
use crate::error::{Error, Result};
use crate::examples::{self, Code, Launch};
use crate::project::project_root;

/// `cargo xtask example WEEK [NAME] [--features F] [-- ARGS]`
pub fn run(args: &[String]) -> Result<()> {
    let cmd = crate::flags::command("example").expect("in the table");
    let a = crate::flags::parse(cmd, args)?;
    let features: Vec<String> = a
        .values("--features")
        .into_iter()
        .map(String::from)
        .collect();
    let root = project_root();
    match a.positionals.as_slice() {
        [w] if features.is_empty() && a.passthrough.is_empty() => {
            print!("{}", examples::list(&root, Week::parse(w)?)?);
            Ok(())
        }
        [w, name] => {
            let week = Week::parse(w)?;
            if !week.has_reference(&root) {
                return Err(Error::Msg(format!(
                    "example: the reference solutions of {week} are not here (a student release \
                     has none); run `cargo run -p {week} --example {name}` to run it on your own code"
                )));
            }
            let launch = Launch {
                features,
                passthrough: a.passthrough.clone(),
                quiet: true,
                ..Launch::new(week, name, Code::Reference, "reference-examples")
            };
            let status = launch.run(&root)?;
            if status.success() {
                Ok(())
            } else {
                Err(Error::Msg(format!(
                    "example {name} of {week} failed ({status})"
                )))
            }
        }
        _ => Err(Error::Msg(format!(
            "example: give a week and an example's name (a week alone lists them)\n{}",
            crate::flags::usage(cmd)
        ))),
    }
}
