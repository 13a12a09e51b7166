//! `solve`, `reset` and `restore` on a temporary copy of a tiny course: they back up first,
//! refuse to replace work without `--force`, and lose nothing in any order.

#[path = "fixtures/tree.rs"]
mod tree;

use std::collections::BTreeMap;
use std::path::Path;
use tree::{TempTree, course};
use xtask::course::Week;
use xtask::markers::clean_reference;
use xtask::solve::{reset_at, restore_at, solve_at};

const W: Week = Week::FIRST;
const OPS: &str = "week1-vectors/src/ops.rs";
const GIVEN: &str = "week1-vectors/src/given.rs";

fn stub_ops(t: &TempTree) -> String {
    let s = xtask::course::expected_stub_tree(&t.root, W).unwrap();
    String::from_utf8(s[Path::new("ops.rs")].clone()).unwrap()
}

/// Every file under `.course-backup/`, as (path below the backup folder, contents).
fn backed_up(t: &TempTree) -> Vec<(String, String)> {
    let base = t.root.join(".course-backup");
    let mut out = Vec::new();
    for rel in xtask::project::walk(&base).unwrap() {
        let mut parts = rel.components();
        parts.next(); // the dated folder
        let inner = parts.as_path().to_string_lossy().replace('\\', "/");
        out.push((inner, std::fs::read_to_string(base.join(&rel)).unwrap()));
    }
    out
}

fn backup_count(t: &TempTree) -> usize {
    std::fs::read_dir(t.root.join(".course-backup"))
        .map(|d| d.count())
        .unwrap_or(0)
}

#[test]
fn solve_writes_the_reference_without_markers() {
    let t = course("solve-clean");
    let msg = solve_at(&t.root, W, false).unwrap();
    assert!(msg.contains("now hold the reference"), "{msg}");
    let ops = t.read(OPS);
    assert_eq!(ops, clean_reference(tree::OPS));
    assert!(
        !ops.contains("BEGIN SOLUTION") && ops.contains("x * 2"),
        "{ops}"
    );
    assert!(
        !t.read("week1-vectors/src/lib.rs").contains("STUB"),
        "lib.rs keeps a marker"
    );
    // Solving again changes nothing and makes no new backup.
    let n = backup_count(&t);
    let again = solve_at(&t.root, W, false).unwrap();
    assert!(again.contains("nothing to do"), "{again}");
    assert_eq!(backup_count(&t), n);
}

#[test]
fn solve_refuses_to_replace_work_without_force_and_backs_it_up_with_force() {
    let t = course("solve-force");
    let work = stub_ops(&t).replace("todo!(\"double\")", "x + x // my own try");
    t.write(OPS, &work);
    let err = solve_at(&t.root, W, false).unwrap_err().to_string();
    assert!(
        err.contains("ops.rs") && err.contains("--force") && err.contains("Nothing was changed"),
        "{err}"
    );
    assert_eq!(t.read(OPS), work, "a refused solve changed the file");
    assert_eq!(backup_count(&t), 0, "a refused solve made a backup");

    let msg = solve_at(&t.root, W, true).unwrap();
    assert!(msg.contains(".course-backup/"), "{msg}");
    assert!(t.read(OPS).contains("x * 2"));
    assert!(
        backed_up(&t)
            .iter()
            .any(|(p, c)| p == "week1-vectors/src/ops.rs" && *c == work),
        "the work is not in the backup: {:?}",
        backed_up(&t)
    );
    let msg = restore_at(&t.root, W, None, false).unwrap();
    assert!(msg.contains("brought back"), "{msg}");
    assert_eq!(t.read(OPS), work);
}

#[test]
fn reset_one_file_leaves_the_others_alone() {
    let t = course("reset-file");
    solve_at(&t.root, W, false).unwrap();
    let given_work = format!("{}\n// a note of mine\n", tree::GIVEN);
    t.write(GIVEN, &given_work);
    let msg = reset_at(&t.root, W, Some("src/ops.rs"), false).unwrap();
    assert!(msg.contains("ops.rs"), "{msg}");
    assert_eq!(t.read(OPS), stub_ops(&t));
    assert_eq!(t.read(GIVEN), given_work);
    assert!(
        t.read("week1-vectors/src/lib.rs")
            .starts_with("//! A fixture week.\n\npub mod")
    );
    // Resetting the whole week must not replace the note without --force.
    let err = reset_at(&t.root, W, None, false).unwrap_err().to_string();
    assert!(err.contains("given.rs") && !err.contains("ops.rs"), "{err}");
    assert!(reset_at(&t.root, W, Some("nope.rs"), false).is_err());
}

#[test]
fn restore_skips_backups_that_hold_no_work_and_lists_them() {
    let t = course("restore-latest");
    assert!(
        restore_at(&t.root, W, None, false).is_err(),
        "no backups yet"
    );
    let work = stub_ops(&t).replace("todo!(\"triple\")", "3 * x");
    t.write(OPS, &work);
    reset_at(&t.root, W, None, true).unwrap(); // backs up the work
    solve_at(&t.root, W, false).unwrap(); // backs up stubs only
    reset_at(&t.root, W, None, false).unwrap(); // backs up reference copies only
    let list = xtask::solve::list_backups(&t.root, W).unwrap();
    assert_eq!(list.matches("your work: ops.rs").count(), 1, "{list}");
    assert_eq!(list.matches("(stubs/reference only)").count(), 2, "{list}");
    restore_at(&t.root, W, None, false).unwrap();
    assert_eq!(t.read(OPS), work);
    // restore is itself undoable: the stub it replaced is in a backup, --from picks any.
    let first = std::fs::read_dir(t.root.join(".course-backup"))
        .unwrap()
        .map(|e| e.unwrap().file_name().into_string().unwrap())
        .find(|n| n.contains("solve"))
        .unwrap();
    let err = restore_at(&t.root, W, Some(&first), false)
        .unwrap_err()
        .to_string();
    assert!(err.contains("--force"), "{err}");
    restore_at(&t.root, W, Some(&first), true).unwrap();
    assert_eq!(t.read(OPS), stub_ops(&t));
    restore_at(&t.root, W, None, false).unwrap();
    assert_eq!(t.read(OPS), work);
}

#[test]
fn solve_says_it_needs_the_instructors_material_in_a_release() {
    let t = course("solve-release");
    std::fs::remove_dir_all(t.root.join("solutions")).unwrap();
    let err = solve_at(&t.root, W, false).unwrap_err().to_string();
    assert!(err.contains("instructor"), "{err}");
    let err = reset_at(&t.root, W, None, false).unwrap_err().to_string();
    assert!(err.contains("pristine"), "{err}");
}

#[derive(Debug, Clone, Copy)]
enum Op {
    EditOps,
    EditGiven,
    Solve,
    SolveForce,
    Reset,
    ResetForce,
    ResetOps,
    Restore,
    RestoreForce,
}

const OPS_ALL: [Op; 9] = [
    Op::EditOps,
    Op::EditGiven,
    Op::Solve,
    Op::SolveForce,
    Op::Reset,
    Op::ResetForce,
    Op::ResetOps,
    Op::Restore,
    Op::RestoreForce,
];

fn src_snapshot(t: &TempTree) -> BTreeMap<String, String> {
    let dir = t.root.join("week1-vectors/src");
    xtask::project::walk(&dir)
        .unwrap()
        .into_iter()
        .map(|r| {
            (
                r.to_string_lossy().into_owned(),
                std::fs::read_to_string(dir.join(&r)).unwrap(),
            )
        })
        .collect()
}

/// Runs `seq` on a fresh course; after every step checks that each version of the learner's
/// work written so far is still somewhere (in the tree or a backup), and that a refused
/// command changed nothing.
fn check_sequence(seq: &[Op], t: &TempTree) {
    let mut work: Vec<(&str, String)> = Vec::new();
    for (step, op) in seq.iter().enumerate() {
        let before = src_snapshot(t);
        let backups_before = backup_count(t);
        let r = match op {
            Op::EditOps | Op::EditGiven => {
                let path = if matches!(op, Op::EditOps) {
                    OPS
                } else {
                    GIVEN
                };
                let current = t.read(path);
                // The learner overwriting their own work is not a command losing it: a version
                // that is only in the tree stops being tracked when the learner edits it away.
                let backups = backed_up(t);
                work.retain(|(q, v)| {
                    !(*q == path && *v == current && !backups.iter().any(|(p, c)| p == q && c == v))
                });
                let v = format!("{current}// work {step} of {seq:?}\n");
                t.write(path, &v);
                work.push((path, v));
                Ok(String::new())
            }
            Op::Solve => solve_at(&t.root, W, false),
            Op::SolveForce => solve_at(&t.root, W, true),
            Op::Reset => reset_at(&t.root, W, None, false),
            Op::ResetForce => reset_at(&t.root, W, None, true),
            Op::ResetOps => reset_at(&t.root, W, Some("ops.rs"), false),
            Op::Restore => restore_at(&t.root, W, None, false),
            Op::RestoreForce => restore_at(&t.root, W, None, true),
        };
        if r.is_err() {
            assert_eq!(
                src_snapshot(t),
                before,
                "{seq:?}: step {step} failed but changed src"
            );
            assert_eq!(
                backup_count(t),
                backups_before,
                "{seq:?}: a failed step made a backup"
            );
        }
        let backups = backed_up(t);
        for (path, v) in &work {
            let in_tree = t.read(path) == *v;
            let in_backup = backups.iter().any(|(p, c)| p == path && c == v);
            assert!(
                in_tree || in_backup,
                "{seq:?}: after step {step} ({op:?}) a version of {path} is lost:\n{v}"
            );
        }
    }
}

#[test]
fn no_order_of_commands_loses_work() {
    // Every sequence of up to three steps, and the four-step ones that start with an edit
    // followed by a forced replacement (about 1,100 sequences; a few seconds).
    let mut seqs: Vec<Vec<Op>> = vec![vec![]];
    for len in 1..=4 {
        let mut next = Vec::new();
        for s in seqs.iter().filter(|s| s.len() == len - 1) {
            for op in OPS_ALL {
                // Four steps: an edit, then work replaced by force, then any two steps.
                if len == 4
                    && !(matches!(s[0], Op::EditOps)
                        && matches!(s[1], Op::SolveForce | Op::ResetForce | Op::RestoreForce))
                {
                    continue;
                }
                let mut s2 = s.clone();
                s2.push(op);
                next.push(s2);
            }
        }
        seqs.extend(next);
    }
    let t = course("no-loss");
    let pristine = src_snapshot(&t);
    let mut checked = 0;
    for seq in seqs.iter().filter(|s| !s.is_empty()) {
        // Back to the fresh course: stubs in src, no backups.
        let _ = std::fs::remove_dir_all(t.root.join(".course-backup"));
        let _ = std::fs::remove_dir_all(t.root.join("week1-vectors/src"));
        for (rel, text) in &pristine {
            t.write(&format!("week1-vectors/src/{rel}"), text);
        }
        check_sequence(seq, &t);
        checked += 1;
    }
    assert!(checked > 1000, "only {checked} sequences");
}
