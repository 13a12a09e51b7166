//! Never lose learner work: dated backups under `.course-backup/`.

use std::path::{Path, PathBuf};
use std::time::{SystemTime, UNIX_EPOCH};

/// The backup folder, `<root>/.course-backup` (git-ignored).
pub fn backup_root(root: &Path) -> PathBuf {
    root.join(".course-backup")
}

/// A UTC time stamp `YYYYMMDD-HHMMSS` (civil-from-days, no date crate needed).
pub fn timestamp() -> String {
    let secs = SystemTime::now()
        .duration_since(UNIX_EPOCH)
        .map(|d| d.as_secs())
        .unwrap_or(0);
    let days = (secs / 86_400) as i64;
    let rem = secs % 86_400;
    // Howard Hinnant's civil_from_days.
    let z = days + 719_468;
    let era = z.div_euclid(146_097);
    let doe = z - era * 146_097;
    let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
    let y = yoe + era * 400;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let d = doy - (153 * mp + 2) / 5 + 1;
    let m = if mp < 10 { mp + 3 } else { mp - 9 };
    let y = if m <= 2 { y + 1 } else { y };
    format!(
        "{y:04}{m:02}{d:02}-{:02}{:02}{:02}",
        rem / 3600,
        (rem / 60) % 60,
        rem % 60
    )
}

/// A fresh backup folder for one command's run: `.course-backup/<stamp>-<label>[-n]`.
pub fn new_backup_dir(root: &Path, label: &str) -> PathBuf {
    let base = backup_root(root).join(format!("{}-{label}", timestamp()));
    let mut dir = base.clone();
    let mut n = 1;
    while dir.exists() {
        n += 1;
        dir = PathBuf::from(format!("{}-{n}", base.display()));
    }
    dir
}

/// Copies `root/rel` into `dir/rel` (creating folders). Returns the backup's path.
pub fn backup_file(root: &Path, dir: &Path, rel: &Path) -> std::io::Result<PathBuf> {
    let dest = dir.join(rel);
    if let Some(p) = dest.parent() {
        std::fs::create_dir_all(p)?;
    }
    std::fs::copy(root.join(rel), &dest)?;
    Ok(dest)
}
