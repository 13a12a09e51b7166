//! cargo-mutants' report of a run (`mutants.out/outcomes.json`): each mutant and its fate, the
//! counts and the kill rate, and what the run says about the week's list of accepted survivors
//! ([`crate::mutation::list`]). Used by the `mutants` command.

use super::list::Accepted;
use crate::course::Week;
use crate::error::{Error, Result};
use serde_json::Value as Json;
use std::collections::{BTreeMap, BTreeSet};

/// What happened to one mutant.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Fate {
    Caught,
    Missed,
    Timeout,
    Unviable,
}

/// One mutant of a cargo-mutants outcome.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Mutant {
    /// Below the week's folder: `src/gauss.rs`.
    pub file: String,
    pub line: usize,
    pub column: usize,
    /// `replace < with <= in back_substitute`.
    pub description: String,
    /// The replaced source text (its first line), from the span.
    pub original: String,
    pub fate: Fate,
}

/// The mutants of `mutants.out/outcomes.json` (the baseline left out). `original` is filled
/// from `sources` (`src/…` → text) when the file is there.
pub fn parse_outcomes(
    json: &Json,
    week: Week,
    sources: &BTreeMap<String, String>,
) -> Result<Vec<Mutant>> {
    let outcomes = json
        .get("outcomes")
        .and_then(Json::as_array)
        .ok_or_else(|| Error::msg("outcomes.json has no `outcomes` list"))?;
    let prefix = format!("{}/", week.name());
    let mut out = Vec::new();
    for o in outcomes {
        let Some(m) = o.get("scenario").and_then(|s| s.get("Mutant")) else {
            continue;
        };
        let fate = match o.get("summary").and_then(Json::as_str) {
            Some("CaughtMutant") => Fate::Caught,
            Some("MissedMutant") => Fate::Missed,
            Some("Timeout") => Fate::Timeout,
            Some("Unviable") => Fate::Unviable,
            other => {
                return Err(Error::Parse {
                    path: "outcomes.json".into(),
                    message: format!("unexpected summary {other:?}"),
                });
            }
        };
        let file = m.get("file").and_then(Json::as_str).unwrap_or_default();
        let file = file.strip_prefix(&prefix).unwrap_or(file).to_string();
        let pos = |end: &str, k: &str| -> usize {
            m.pointer(&format!("/span/{end}/{k}"))
                .and_then(Json::as_u64)
                .unwrap_or(0) as usize
        };
        let (line, column) = (pos("start", "line"), pos("start", "column"));
        let name = m.get("name").and_then(Json::as_str).unwrap_or_default();
        let location = format!(":{line}:{column}: ");
        let description = match name.find(&location) {
            Some(i) => name[i + location.len()..].to_string(),
            None => name.to_string(),
        };
        let original = sources
            .get(&file)
            .map(|text| {
                span_text(
                    text,
                    (line, column),
                    (pos("end", "line"), pos("end", "column")),
                )
            })
            .unwrap_or_default();
        out.push(Mutant {
            file,
            line,
            column,
            description,
            original,
            fate,
        });
    }
    Ok(out)
}

/// The text of a span (1-based, columns in chars, end exclusive), cut at the end of its first
/// line and to 60 chars, trimmed.
fn span_text(text: &str, start: (usize, usize), end: (usize, usize)) -> String {
    let Some(l) = text.lines().nth(start.0.saturating_sub(1)) else {
        return String::new();
    };
    let from = start.1.saturating_sub(1);
    let to = if end.0 == start.0 {
        end.1.saturating_sub(1)
    } else {
        usize::MAX
    };
    let s: String = l
        .chars()
        .skip(from)
        .take(to.saturating_sub(from).min(60))
        .collect();
    s.trim().to_string()
}

/// Counts of one week's run.
#[derive(Debug, Default, Clone, Copy, PartialEq, Eq)]
pub struct Tally {
    pub caught: usize,
    pub missed: usize,
    pub timeout: usize,
    pub unviable: usize,
}

impl Tally {
    pub fn of(mutants: &[Mutant]) -> Tally {
        let mut t = Tally::default();
        for m in mutants {
            match m.fate {
                Fate::Caught => t.caught += 1,
                Fate::Missed => t.missed += 1,
                Fate::Timeout => t.timeout += 1,
                Fate::Unviable => t.unviable += 1,
            }
        }
        t
    }

    /// Caught over viable (caught + missed + timeout), in percent; a timeout is not counted as
    /// caught (the grader's timeout is far longer than cargo-mutants').
    pub fn kill_rate(&self) -> f64 {
        let viable = self.caught + self.missed + self.timeout;
        if viable == 0 {
            100.0
        } else {
            100.0 * self.caught as f64 / viable as f64
        }
    }
}

/// What a run says about the list: survivors not listed, listed mutants that were tested and
/// were caught, and (for a complete run: no shard, every file) listed mutants that no longer
/// exist.
pub fn compare<'a>(
    list: &'a [Accepted],
    mutants: &'a [Mutant],
    complete_files: &BTreeSet<String>,
) -> (Vec<&'a Mutant>, Vec<String>) {
    let unlisted: Vec<&Mutant> = mutants
        .iter()
        .filter(|m| m.fate == Fate::Missed && !list.iter().any(|e| names(e, m)))
        .collect();
    let mut stale = Vec::new();
    for e in list {
        let tested: Vec<&Mutant> = mutants.iter().filter(|m| names(e, m)).collect();
        if tested.is_empty() {
            if complete_files.contains(&e.file) {
                stale.push(format!(
                    "{}:{} `{}`: listed, but cargo-mutants no longer generates it: remove the entry",
                    e.file, e.line, e.mutant
                ));
            }
        } else if tested.iter().all(|m| m.fate != Fate::Missed) {
            stale.push(format!(
                "{}:{} `{}`: listed as a survivor, but the tests now catch it: remove the entry",
                e.file, e.line, e.mutant
            ));
        }
    }
    (unlisted, stale)
}

/// True when the list's entry `e` names the mutant `m`.
fn names(e: &Accepted, m: &Mutant) -> bool {
    e.file == m.file && e.line == m.line && e.mutant == m.description
}

/// A `[[survivor]]` entry to paste into the list, the reason left for a person to decide.
pub fn entry_template(m: &Mutant) -> String {
    format!(
        "[[survivor]]\nfile = \"{}\"\nline = {}\nmutant = {}\noriginal = {}\nreason = \"equivalent | speed-only | given-code\"\nwhy = \"…\"\n",
        m.file,
        m.line,
        toml_str(&m.description),
        toml_str(&m.original)
    )
}

/// A TOML basic string (JSON's escapes are a subset of TOML's).
fn toml_str(s: &str) -> String {
    Json::from(s).to_string()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::mutation::list::{parse_list, tests::LIST};

    fn mutant(line: usize, description: &str, fate: Fate) -> Mutant {
        Mutant {
            file: "src/gauss.rs".into(),
            line,
            column: 9,
            description: description.into(),
            original: "<".into(),
            fate,
        }
    }

    #[test]
    fn reads_outcomes_and_compares_them_with_the_list() {
        let json: Json = serde_json::json!({
            "outcomes": [
                {"scenario": "Baseline", "summary": "Success"},
                {"scenario": {"Mutant": {
                    "name": "week3-inverse/src/gauss.rs:3:26: replace < with <= in back_substitute",
                    "file": "week3-inverse/src/gauss.rs",
                    "span": {"start": {"line": 3, "column": 26}, "end": {"line": 3, "column": 27}}
                }}, "summary": "MissedMutant"},
                {"scenario": {"Mutant": {
                    "name": "week3-inverse/src/gauss.rs:2:5: replace f with ()",
                    "file": "week3-inverse/src/gauss.rs",
                    "span": {"start": {"line": 2, "column": 5}, "end": {"line": 4, "column": 2}}
                }}, "summary": "CaughtMutant"},
                {"scenario": {"Mutant": {
                    "name": "week3-inverse/src/gauss.rs:3:9: delete ! in f",
                    "file": "week3-inverse/src/gauss.rs",
                    "span": {"start": {"line": 3, "column": 9}, "end": {"line": 3, "column": 10}}
                }}, "summary": "Timeout"}
            ]
        });
        let src = BTreeMap::from([(
            "src/gauss.rs".to_string(),
            "fn f() {\n    // …\n    for k in 0..n { if a < b {} }\n}\n".to_string(),
        )]);
        let ms = parse_outcomes(&json, Week::new(3).unwrap(), &src).expect("the outcomes parse");
        assert_eq!(ms.len(), 3, "the baseline is left out: {ms:?}");
        assert_eq!(
            ms[0],
            mutant(3, "replace < with <= in back_substitute", Fate::Missed)
                .clone()
                .with_column(26),
            "the first mutant"
        );
        assert_eq!(ms[1].original, "// …", "a multi-line span's first line");
        let t = Tally::of(&ms);
        assert_eq!(
            (t.caught, t.missed, t.timeout, t.unviable),
            (1, 1, 1, 0),
            "{t:?}"
        );
        assert!(
            (t.kill_rate() - 100.0 / 3.0).abs() < 1e-9,
            "kill rate {}",
            t.kill_rate()
        );
        let list = parse_list(LIST).expect("the example list parses");
        let complete = BTreeSet::from(["src/gauss.rs".to_string()]);
        let (unlisted, stale) = compare(&list, &ms, &complete);
        assert!(
            unlisted.is_empty() && stale.is_empty(),
            "{unlisted:?} {stale:?}"
        );
        let (unlisted, _) = compare(&[], &ms, &complete);
        assert_eq!(
            unlisted.len(),
            1,
            "the survivor is not listed: {unlisted:?}"
        );
        assert!(
            entry_template(unlisted[0]).contains("original = \"<\""),
            "{}",
            entry_template(unlisted[0])
        );
        let caught = [mutant(
            3,
            "replace < with <= in back_substitute",
            Fate::Caught,
        )];
        let (_, stale) = compare(&list, &caught, &BTreeSet::new());
        assert!(
            stale.len() == 1 && stale[0].contains("now catch it"),
            "{stale:?}"
        );
        let (_, stale) = compare(&list, &[], &complete);
        assert!(
            stale.len() == 1 && stale[0].contains("no longer generates"),
            "{stale:?}"
        );
        let (_, stale) = compare(&list, &[], &BTreeSet::new());
        assert!(stale.is_empty(), "another shard's entry: {stale:?}");
    }

    impl Mutant {
        fn with_column(mut self, column: usize) -> Mutant {
            self.column = column;
            self
        }
    }
}
