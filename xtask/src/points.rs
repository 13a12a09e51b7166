//! The points of hidden tests: every hidden test begins with `let _points = points(N);`.

use crate::course::Week;
use crate::error::{Result, fs};
use std::collections::BTreeMap;
use std::path::Path;

/// Points per hidden test, keyed by `(binary, test name)`, e.g. `("hidden_norms", "l2_overflow")`.
pub type PointsTable = BTreeMap<(String, String), u32>;

/// Reads `solutions/<week>/tests/hidden_*.rs` and finds each `#[test]` function's `points(N)`.
///
/// # Errors
/// A test with no `points(N)` or with more than one, naming the file and the test.
pub fn hidden_points(root: &Path, week: Week) -> Result<PointsTable> {
    let dir = week.solution_dir(root).join("tests");
    let mut table = PointsTable::new();
    let Ok(entries) = std::fs::read_dir(&dir) else {
        return Ok(table);
    };
    let mut files: Vec<_> = entries.filter_map(|e| e.ok()).map(|e| e.path()).collect();
    files.sort();
    for path in files {
        let Some(stem) = path
            .file_stem()
            .and_then(|s| s.to_str())
            .map(str::to_string)
        else {
            continue;
        };
        if path.extension().is_none_or(|e| e != "rs") {
            continue;
        }
        let text = fs::read_to_string(&path)?;
        for (name, pts) in scan(&text) {
            let shown = format!("solutions/{}/tests/{stem}.rs: test `{name}`", week.name());
            match pts.as_slice() {
                [p] => {
                    table.insert((stem.clone(), name), *p);
                }
                [] => return Err(format!("{shown} has no `let _points = points(N);`").into()),
                _ => return Err(format!("{shown} declares points more than once").into()),
            }
        }
    }
    Ok(table)
}

/// The files of `solutions/<week>/tests/hidden_*.rs` whose header (the leading `//!` lines)
/// states a total, `(30 points)`, other than the sum of their tests' `points(N)` — a fact
/// written twice goes stale when points are rebalanced. One line per such file.
pub fn stale_stated_totals(root: &Path, week: Week, table: &PointsTable) -> Vec<String> {
    let mut sums: BTreeMap<&str, u32> = BTreeMap::new();
    for ((binary, _), p) in table {
        *sums.entry(binary.as_str()).or_default() += p;
    }
    let mut out = Vec::new();
    for (binary, sum) in sums {
        let rel = format!("solutions/{}/tests/{binary}.rs", week.name());
        let Ok(text) = std::fs::read_to_string(root.join(&rel)) else {
            continue;
        };
        if let Some(stated) = stated_total(&text)
            && stated != sum
        {
            out.push(format!(
                "{rel}: its header says {stated} points, its tests' points(N) add up to {sum}"
            ));
        }
    }
    out
}

/// The `N` of a `(N points)` in the file's leading `//!` lines, if it states one.
fn stated_total(text: &str) -> Option<u32> {
    let header: String = text
        .lines()
        .take_while(|l| l.starts_with("//!"))
        .map(|l| format!("{l} "))
        .collect();
    let i = header.find(" points)")?;
    let open = header[..i].rfind('(')?;
    header[open + 1..i].trim().parse().ok()
}

/// `(test name, every points(N) found in its body)` for each `#[test]` function.
fn scan(text: &str) -> Vec<(String, Vec<u32>)> {
    let mut out: Vec<(String, Vec<u32>)> = Vec::new();
    let mut pending_test = false;
    for line in text.lines() {
        let t = line.trim();
        if t.starts_with("//") {
            continue;
        }
        if t == "#[test]" {
            pending_test = true;
            continue;
        }
        if let Some(i) = t.find("fn ")
            && (i == 0 || t[..i].ends_with(' '))
        {
            let name: String = t[i + 3..]
                .chars()
                .take_while(|c| c.is_alphanumeric() || *c == '_')
                .collect();
            if pending_test {
                out.push((name, Vec::new()));
                pending_test = false;
                continue;
            } else if !line.starts_with(' ') {
                // a top-level helper function ends the previous test
                out.push((String::new(), Vec::new()));
            }
        }
        let mut rest = t;
        while let Some(i) = rest.find("points(") {
            let after = &rest[i + 7..];
            let digits: String = after.chars().take_while(char::is_ascii_digit).collect();
            if !digits.is_empty()
                && after[digits.len()..].starts_with(')')
                && let Some(last) = out.last_mut()
            {
                last.1.push(digits.parse().unwrap_or(0));
            }
            rest = after;
        }
    }
    out.retain(|(n, _)| !n.is_empty());
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_header_total_is_read_from_the_doc_lines_only() {
        assert_eq!(
            stated_total("//! Hidden tests: LU,\n//! inverse (30 points).\n"),
            Some(30)
        );
        assert_eq!(stated_total("//! no total\n\n// (5 points)\n"), None);
        assert_eq!(stated_total("//! odd (many points)\n"), None);
    }

    #[test]
    fn scans_points_per_test() {
        let src = "use x::points;\n\n#[test]\nfn a() {\n    let _points = points(5);\n}\n\nfn helper() {\n    points(9);\n}\n\n#[test]\nfn b() {\n    let _points = points(12);\n    assert!(true);\n}\n#[test]\nfn c() {}\n";
        assert_eq!(
            scan(src),
            vec![
                ("a".into(), vec![5]),
                ("b".into(), vec![12]),
                ("c".into(), vec![])
            ]
        );
    }
}
