//! `cargo xtask release` on a tiny course in a temporary folder (no cargo build here: ci's
//! release step builds and tests the real release).

#[path = "fixtures/tree.rs"]
mod tree;

use tree::{TempTree, course};
use xtask::course::Week;
use xtask::release_tree::{leaks, release_at};

fn out_dir(name: &str) -> TempTree {
    TempTree::empty(name)
}

#[test]
fn a_release_has_stubs_public_tests_and_no_solutions() {
    let t = course("release-src");
    // A solved week in the instructor's tree must not leak: the release regenerates the stubs.
    xtask::solve::solve_at(&t.root, Week::FIRST, false).unwrap();
    let out = out_dir("release-out");
    let msg = release_at(&t.root, &out.root, None, false).unwrap();
    assert!(msg.contains("no solution code"), "{msg}");
    assert!(!out.exists("solutions"), "solutions/ released");
    assert!(!out.exists("week1-vectors/tests/hidden_ops.rs"));
    assert!(out.exists("week1-vectors/tests/ops.rs"));
    assert!(out.exists("week1-vectors/README.md"));
    let ops = out.read("week1-vectors/src/ops.rs");
    assert!(
        ops.contains("todo!(\"double\")") && !ops.contains("x * 2"),
        "{ops}"
    );
    assert!(!ops.contains("helper_only_the_solution_uses"), "{ops}");
    assert_eq!(out.read("xtask/pristine/week1-vectors/src/ops.rs"), ops);
    assert!(
        !out.exists("xtask/tests"),
        "instructor-only xtask tests released"
    );
    assert!(out.exists("xtask/src/main.rs"));
    assert!(!out.exists(".course-backup"), "backups released");
    let readme = out.read("README.md");
    assert!(
        readme.contains("cargo xtask progress") && readme.contains("need the"),
        "{readme}"
    );
    assert!(
        out.read(".course-release")
            .contains("week1-vectors/src/ops.rs")
    );
    assert!(leaks(&t.root, &out.root, None).unwrap().is_empty());

    // In the release, solve says it needs the instructor's material; reset uses the
    // pristine stubs.
    let e = xtask::solve::solve_at(&out.root, Week::FIRST, false)
        .unwrap_err()
        .to_string();
    assert!(e.contains("instructor"), "{e}");
    out.write(
        "week1-vectors/src/ops.rs",
        &ops.replace("todo!(\"double\")", "x + x"),
    );
    assert!(xtask::solve::reset_at(&out.root, Week::FIRST, None, false).is_err());
    xtask::solve::reset_at(&out.root, Week::FIRST, None, true).unwrap();
    assert_eq!(out.read("week1-vectors/src/ops.rs"), ops);
    xtask::solve::restore_at(&out.root, Week::FIRST, None, false).unwrap();
    assert!(out.read("week1-vectors/src/ops.rs").contains("x + x"));
    // And `release` itself refuses to run there.
    let other = out_dir("release-of-release");
    let e = release_at(&out.root, &other.root, None, false)
        .unwrap_err()
        .to_string();
    assert!(e.contains("no `solutions/`"), "{e}");
}

#[test]
fn refuses_a_non_empty_out_and_the_project_itself() {
    let t = course("release-refuse");
    let out = out_dir("release-nonempty");
    out.write("notes.txt", "mine\n");
    let e = release_at(&t.root, &out.root, None, false)
        .unwrap_err()
        .to_string();
    assert!(e.contains("not empty") && e.contains("--force"), "{e}");
    assert!(!out.exists("Cargo.toml"), "wrote into a non-empty folder");
    // --force writes over it, keeps what a release did not write, and removes what an
    // earlier release wrote and this one does not.
    release_at(&t.root, &out.root, None, true).unwrap();
    assert_eq!(out.read("notes.txt"), "mine\n");
    t.write("week1-vectors/examples/old.rs", "fn main() {}\n");
    release_at(&t.root, &out.root, None, true).unwrap();
    assert!(out.exists("week1-vectors/examples/old.rs"));
    std::fs::remove_file(t.root.join("week1-vectors/examples/old.rs")).unwrap();
    release_at(&t.root, &out.root, None, true).unwrap();
    assert!(
        !out.exists("week1-vectors/examples/old.rs"),
        "stale file kept"
    );
    assert_eq!(out.read("notes.txt"), "mine\n");

    for bad in [
        t.root.clone(),
        t.root.join("release"),
        t.root.join("week1-vectors"),
        t.root.parent().unwrap().to_path_buf(),
    ] {
        let e = release_at(&t.root, &bad, None, true)
            .unwrap_err()
            .to_string();
        assert!(e.contains("project"), "{}: {e}", bad.display());
    }
    assert!(!t.exists("release"));
}

#[test]
fn solutions_through_releases_the_reference_of_those_weeks_only() {
    let t = course("release-through");
    let out = out_dir("release-through-out");
    let msg = release_at(&t.root, &out.root, Some(Week::FIRST), false).unwrap();
    assert!(msg.contains("reference of week 1"), "{msg}");
    let ops = out.read("week1-vectors/src/ops.rs");
    assert_eq!(ops, xtask::markers::clean_reference(tree::OPS));
    assert!(!out.exists("solutions") && !out.exists("week1-vectors/tests/hidden_ops.rs"));
    assert!(
        out.read("xtask/pristine/week1-vectors/src/ops.rs")
            .contains("todo!(\"double\")")
    );
    assert!(
        out.read("README.md")
            .contains("reference solutions of week 1")
    );
}

#[test]
fn the_leak_scan_finds_a_copied_solution_body() {
    let t = course("release-leak");
    let out = out_dir("release-leak-out");
    release_at(&t.root, &out.root, None, false).unwrap();
    out.write(
        "docs/notes.md",
        "Here is how:\n\n```rust\n    let twice_the_input_value = x * 2;\n    twice_the_input_value\n```\n",
    );
    let found = leaks(&t.root, &out.root, None).unwrap();
    assert_eq!(found.len(), 1, "{found:?}");
    assert!(
        found[0].starts_with("docs/notes.md: the body at solutions/week1-vectors/src/ops.rs:5"),
        "{found:?}"
    );
    // Released weeks are not secret.
    assert!(
        leaks(&t.root, &out.root, Some(Week::FIRST))
            .unwrap()
            .is_empty()
    );
}
