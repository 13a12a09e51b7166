//! Did learner code change the grader's files? Without a sandbox, a test process runs as the
//! grader and can overwrite anything in the build folders (a test binary, a reference library
//! that the next submission links against). Before the tests run, the grader records every
//! file's identity; afterwards it compares.
//!
//! The identity is (device, inode, size, ctime): a process can set a file's modification time
//! back (`touch -d`), but not its status-change time, which the kernel sets on every write,
//! `chmod`, rename or `utime`. O(files) `stat` calls, no reading.

use std::collections::BTreeMap;
use std::os::unix::fs::MetadataExt;
use std::path::{Path, PathBuf};

/// A file's identity, as far as tampering goes.
type Identity = (u64, u64, u64, i64, i64);

/// Every file and folder below `dir` (symbolic links not followed), with its identity.
pub fn snapshot(dir: &Path) -> BTreeMap<PathBuf, Identity> {
    let mut out = BTreeMap::new();
    let mut todo = vec![dir.to_path_buf()];
    while let Some(d) = todo.pop() {
        let Ok(entries) = std::fs::read_dir(&d) else {
            continue;
        };
        for e in entries.filter_map(Result::ok) {
            let p = e.path();
            let Ok(m) = std::fs::symlink_metadata(&p) else {
                continue;
            };
            if m.is_dir() {
                todo.push(p.clone());
            }
            out.insert(p, (m.dev(), m.ino(), m.size(), m.ctime(), m.ctime_nsec()));
        }
    }
    out
}

/// The paths below `dir` that appeared, disappeared or changed since `before`, ignoring the
/// grader's own staging folder `skip` (sorted; empty when nothing changed).
pub fn changed_since(dir: &Path, before: &BTreeMap<PathBuf, Identity>, skip: &Path) -> Vec<String> {
    let now = snapshot(dir);
    let mut changed: Vec<String> = Vec::new();
    for (p, id) in &now {
        if p.starts_with(skip) || p == skip {
            continue;
        }
        // A folder's ctime changes when the grader adds or removes the stage inside it.
        let is_dir = std::fs::symlink_metadata(p).is_ok_and(|m| m.is_dir());
        match before.get(p) {
            Some(old) if is_dir || old == id => {}
            _ => changed.push(p.display().to_string()),
        }
    }
    for p in before.keys() {
        if !p.starts_with(skip) && !now.contains_key(p) {
            changed.push(p.display().to_string());
        }
    }
    changed.sort();
    changed
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_rewrite_with_the_old_mtime_is_still_seen() {
        let dir = std::env::temp_dir().join(format!("xtask-tamper-{}", std::process::id()));
        let _ = std::fs::remove_dir_all(&dir);
        std::fs::create_dir_all(dir.join("deps")).unwrap();
        let f = dir.join("deps/lib.rlib");
        std::fs::write(&f, b"reference").unwrap();
        let mtime = std::fs::metadata(&f).unwrap().modified().unwrap();
        let before = snapshot(&dir);
        assert!(
            changed_since(&dir, &before, &dir.join("stage")).is_empty(),
            "tamper: nothing changed, yet a change was reported"
        );
        std::thread::sleep(std::time::Duration::from_millis(20));
        std::fs::write(&f, b"poisoned!").unwrap();
        std::fs::File::options()
            .write(true)
            .open(&f)
            .unwrap()
            .set_modified(mtime)
            .unwrap();
        let changed = changed_since(&dir, &before, &dir.join("stage"));
        assert_eq!(
            changed,
            [f.display().to_string()],
            "tamper: a rewritten file with its old mtime must be reported"
        );
        std::fs::remove_dir_all(&dir).unwrap();
    }
}
