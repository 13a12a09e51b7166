//! `cargo xtask diff` on a temporary copy of a tiny course.

#[path = "fixtures/tree.rs"]
mod tree;

use tree::course;
use xtask::course::Week;
use xtask::diff::diff_at;

const W: Week = Week::FIRST;

#[test]
fn on_a_fresh_stub_the_diff_is_exactly_the_bodies() {
    let t = course("diff-stub");
    let d = diff_at(&t.root, W, None, false).unwrap();
    assert!(d.contains("--- week1-vectors/src/ops.rs (yours)"), "{d}");
    assert!(
        d.contains("+++ solutions/week1-vectors/src/ops.rs (reference)"),
        "{d}"
    );
    assert!(d.contains("-    todo!(\"double\")\n"), "{d}");
    assert!(
        d.contains("+    let twice_the_input_value = x * 2;\n"),
        "{d}"
    );
    assert!(d.contains("+fn helper_only_the_solution_uses"), "{d}");
    assert!(!d.contains("SOLUTION"), "markers leak into the diff:\n{d}");
    assert!(!d.contains("given.rs"), "an identical file is shown:\n{d}");
    assert!(!d.contains('\x1b'), "colour without a terminal:\n{d}");
    assert!(d.contains("differ from the reference"), "{d}");
    // The learner's files are only read.
    assert!(
        t.read("week1-vectors/src/ops.rs")
            .contains("todo!(\"double\")")
    );
}

#[test]
fn one_file_colour_and_a_solved_week() {
    let t = course("diff-file");
    let d = diff_at(&t.root, W, Some("src/ops.rs"), true).unwrap();
    assert!(d.contains("\x1b[31m-    todo!(\"double\")\x1b[0m"), "{d:?}");
    assert!(!d.contains("lib.rs"), "{d}");
    xtask::solve::solve_at(&t.root, W, false).unwrap();
    let d = diff_at(&t.root, W, None, false).unwrap();
    assert!(d.contains("are the same as the reference"), "{d}");
    assert!(diff_at(&t.root, W, Some("missing.rs"), false).is_err());
}

#[test]
fn needs_the_instructors_material_in_a_release() {
    let t = course("diff-release");
    std::fs::remove_dir_all(t.root.join("solutions")).unwrap();
    let e = diff_at(&t.root, W, None, false).unwrap_err().to_string();
    assert!(
        e.contains("instructor") && e.contains("student release"),
        "{e}"
    );
}
