//! Mutation testing's model: the list of accepted survivors a week keeps in
//! `solutions/<week>/mutants.toml` ([`list`]: read, checked against the code — a step of
//! `cargo xtask ci`) and cargo-mutants' report of a run ([`outcomes`]: the mutants, their fates,
//! the kill rate, and how the run compares with the list). The `mutants` command runs
//! cargo-mutants and ties the two together.

pub mod list;
pub mod outcomes;
