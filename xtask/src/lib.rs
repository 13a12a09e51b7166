//! The course's tooling, one module per command (run `cargo xtask help`).
//!
//! `project::project_root()` finds the workspace. Nothing here depends on the week crates, so a
//! learner's half-written code never stops `cargo xtask` from building.

pub mod autograder;
pub mod backup;
pub mod bench;
pub mod ci;
pub mod course;
pub mod diff;
pub mod error;
pub mod example;
pub mod examples;
pub mod exec;
pub mod flags;
pub mod grade;
pub mod hint;
pub mod machine;
pub mod markers;
pub mod mutants;
pub mod mutation;
pub mod pictures;
pub mod points;
pub mod progress;
pub mod project;
pub mod release;
pub mod release_tree;
pub mod scratch;
pub mod solve;
pub mod stubs;
pub mod testrun;
pub mod text;
pub mod tidy;
pub mod tidy_asserts;
pub mod watch;
