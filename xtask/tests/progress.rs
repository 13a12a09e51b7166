//! `cargo xtask progress` on a tiny course in a temporary folder (one small cargo build).

#[path = "fixtures/tree.rs"]
mod tree;

use tree::course;
use xtask::progress::{WeekStatus, progress_at, render};

#[test]
fn counts_passing_exercise_tests_names_the_next_exercise_and_survives_compile_errors() {
    let t = course("progress");
    let target = t.root.join("target");
    let ws_name = format!("test-progress-{}", std::process::id());
    let ops = "week1-vectors/src/ops.rs";
    let stub = t.read(ops);
    let before: Vec<String> = ["lib.rs", "ops.rs", "given.rs"]
        .iter()
        .map(|f| t.read(&format!("week1-vectors/src/{f}")))
        .collect();

    // A compile error: reported for the week, the other weeks still reported.
    t.write(ops, &stub.replace("todo!(\"double\")", "x * \"two\""));
    let report = progress_at(&t.root, &ws_name, &target).unwrap();
    match &report[0].status {
        WeekStatus::DoesNotCompile(e) => {
            assert!(e.contains("error") && e.contains("ops.rs"), "{e}")
        }
        other => panic!("expected a compile error, got {other:?}"),
    }
    assert!(report[1..].iter().all(|p| p.status == WeekStatus::Absent));
    let text = render(&report);
    assert!(text.contains("does not compile"), "{text}");

    // `double` done, `triple` still a stub: 1 of 3 exercise tests pass; the given test is
    // not counted; the next exercise is `triple`, found in ops.rs.
    let solved = stub.replace("todo!(\"double\")", "x + x");
    t.write(ops, &solved);
    let report = progress_at(&t.root, &ws_name, &target).unwrap();
    let WeekStatus::Ran {
        passed,
        total,
        given_failed,
        next,
    } = &report[0].status
    else {
        panic!("expected results, got {:?}", report[0].status);
    };
    assert_eq!((*passed, *total, *given_failed), (1, 3, 0));
    let next = next.as_ref().expect("a next exercise");
    assert_eq!(next.exercise.as_deref(), Some("triple"));
    assert_eq!(next.test, "ops::triple_of_two_is_six");
    let line = solved
        .lines()
        .position(|l| l.contains("todo!(\"triple\")"))
        .unwrap()
        + 1;
    assert_eq!(
        next.location.as_deref(),
        Some(format!("week1-vectors/src/ops.rs:{line}").as_str())
    );
    let text = render(&report);
    assert!(
        text.contains("1/3") && text.contains("next: triple"),
        "{text}"
    );
    assert!(text.contains("week2-matmul") && text.contains("not in this copy"));

    // Only read: the learner's files are as they were.
    assert_eq!(t.read(ops), solved);
    assert_eq!(t.read("week1-vectors/src/lib.rs"), before[0]);
    assert_eq!(t.read("week1-vectors/src/given.rs"), before[2]);
    let _ = std::fs::remove_dir_all(xtask::scratch::scratch_root(&t.root).join(&ws_name));
}
