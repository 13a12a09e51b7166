//! Refusals that name the exact command, `BACKUP-INFO.txt`, `restore`'s note about older
//! backups, and `restore --all`, on the fixture course.

#[path = "fixtures/tree.rs"]
mod tree;

use tree::course;
use xtask::course::Week;
use xtask::solve::{backups_of, reset_at, restore_all_at, restore_at};

const OPS: &str = "week1-vectors/src/ops.rs";
const GIVEN: &str = "week1-vectors/src/given.rs";

#[test]
fn refusals_suggest_exactly_the_command_asked_with_force() {
    let t = course("refusals");
    let stub = t.read(OPS);
    let work_a = stub.replace("todo!(\"double\")", "x * 2 /* A */");
    t.write(OPS, &work_a);

    // reset of one file: the suggestion resets that file, not the week.
    let err = reset_at(&t.root, Week::FIRST, Some("ops.rs"), false)
        .unwrap_err()
        .to_string();
    assert!(
        err.contains("`cargo xtask reset week1-vectors ops.rs --force`"),
        "{err}"
    );
    assert_eq!(t.read(OPS), work_a, "a refusal changes nothing");

    // Forced: backed up, and BACKUP-INFO.txt lists the file and the exact command.
    reset_at(&t.root, Week::FIRST, Some("ops.rs"), true).unwrap();
    let backups = backups_of(&t.root, Week::FIRST).unwrap();
    assert_eq!(backups.len(), 1);
    let info = std::fs::read_to_string(backups[0].dir.join("BACKUP-INFO.txt")).unwrap();
    assert!(
        info.contains("`cargo xtask reset week1-vectors ops.rs --force`"),
        "{info}"
    );
    assert!(
        info.contains("files saved:\n  week1-vectors/src/ops.rs\n"),
        "{info}"
    );

    // restore --from over new work: the suggestion keeps --from.
    let work_c = stub.replace("todo!(\"triple\")", "x * 3 /* C */");
    t.write(OPS, &work_c);
    let name = backups[0]
        .dir
        .file_name()
        .unwrap()
        .to_string_lossy()
        .into_owned();
    let err = restore_at(&t.root, Week::FIRST, Some(&name), false)
        .unwrap_err()
        .to_string();
    assert!(
        err.contains(&format!(
            "`cargo xtask restore week1-vectors --from {name} --force`"
        )),
        "{err}"
    );
    assert_eq!(t.read(OPS), work_c);
}

#[test]
fn restore_names_older_backups_with_other_work_and_all_brings_back_every_file() {
    let t = course("restore-all");
    let stub_ops = t.read(OPS);
    let stub_given = t.read(GIVEN);
    let work_a = stub_ops.replace("todo!(\"double\")", "x * 2 /* A */");
    let work_g = format!("{stub_given}\n// my note G\n");

    // Backup 1 holds ops.rs (work A); backup 2 holds given.rs (work G) only.
    t.write(OPS, &work_a);
    reset_at(&t.root, Week::FIRST, Some("ops.rs"), true).unwrap();
    std::thread::sleep(std::time::Duration::from_millis(5));
    t.write(GIVEN, &work_g);
    reset_at(&t.root, Week::FIRST, None, true).unwrap();
    assert_eq!((t.read(OPS), t.read(GIVEN)), (stub_ops.clone(), stub_given));
    assert_eq!(backups_of(&t.root, Week::FIRST).unwrap().len(), 2);

    // The latest backup brings back given.rs, and says ops.rs is in an older one.
    let msg = restore_at(&t.root, Week::FIRST, None, false).unwrap();
    assert_eq!(t.read(GIVEN), work_g);
    assert!(
        msg.contains("Older backups still hold work that this one does not: ops.rs in "),
        "{msg}"
    );
    assert!(
        msg.contains("cargo xtask restore week1-vectors --all"),
        "{msg}"
    );
    assert_eq!(t.read(OPS), stub_ops, "the older work is only named");

    // --all: the newest backed-up version of every file.
    let msg = restore_all_at(&t.root, Week::FIRST, false).unwrap();
    assert_eq!(t.read(OPS), work_a, "{msg}");
    assert_eq!(t.read(GIVEN), work_g, "{msg}");
    assert!(
        msg.contains("week1-vectors/src/ops.rs (from ") && msg.contains("given.rs (from "),
        "{msg}"
    );
    let again = restore_all_at(&t.root, Week::FIRST, false).unwrap();
    assert!(again.contains("nothing to do"), "{again}");
}
