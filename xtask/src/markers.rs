//! The marker grammar, and the generator that turns a reference file into its stub.
//!
//! A reference file under `solutions/<week>/src/` marks what the learner writes:
//!
//! ```text
//! // BEGIN SOLUTION           the lines up to the matching END become one line,
//! ...                         `todo!("<Type>::<function>")`, at the BEGIN line's indentation
//! // END SOLUTION
//!
//! // BEGIN SOLUTION-ONLY      the lines up to the matching END vanish from the stub
//! ...                         (private helpers and imports that only the solution uses)
//! // END SOLUTION-ONLY
//!
//! // STUB: <code>             in the stub this line becomes `<code>` (same indentation);
//!                             in the reference it is only a comment
//! ```
//!
//! Markers are whole lines (leading white space allowed). Regions do not nest. Anything that
//! looks like a marker but is not exactly one of these (`// BEGIN SOLUTIONS`, `//END SOLUTION`,
//! `// begin solution`) is an error, as are nested, unclosed and stray markers: each error names
//! the file and the line.

use std::fmt;

/// A marker error, with the file and the 1-based line.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct MarkerError {
    pub file: String,
    pub line: usize,
    pub message: String,
}

impl fmt::Display for MarkerError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}:{}: {}", self.file, self.line, self.message)
    }
}

impl std::error::Error for MarkerError {}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Region {
    Solution,
    SolutionOnly,
}

impl Region {
    fn name(self) -> &'static str {
        match self {
            Region::Solution => "SOLUTION",
            Region::SolutionOnly => "SOLUTION-ONLY",
        }
    }
}

#[derive(Debug, PartialEq, Eq)]
enum Marker<'a> {
    Begin(Region),
    End(Region),
    Stub(&'a str),
}

const STUB_PREFIX: &str = "// STUB:";

/// Classifies one line: `Ok(None)` for ordinary code, `Err` for a malformed marker. A parser
/// of text, so its error is a message about the line; the callers add the file and line
/// ([`MarkerError`]).
fn classify(line: &str) -> Result<Option<Marker<'_>>, String> {
    let t = line.trim();
    match t {
        "// BEGIN SOLUTION" => return Ok(Some(Marker::Begin(Region::Solution))),
        "// END SOLUTION" => return Ok(Some(Marker::End(Region::Solution))),
        "// BEGIN SOLUTION-ONLY" => return Ok(Some(Marker::Begin(Region::SolutionOnly))),
        "// END SOLUTION-ONLY" => return Ok(Some(Marker::End(Region::SolutionOnly))),
        _ => {}
    }
    if let Some(code) = t.strip_prefix(STUB_PREFIX) {
        let code = code.trim();
        if code.is_empty() {
            return Err("`// STUB:` needs the code to put in the stub after the colon".into());
        }
        return Ok(Some(Marker::Stub(code)));
    }
    if t.starts_with("//") {
        let body = t.trim_start_matches('/').trim_start();
        let lower = body.to_ascii_lowercase();
        let looks_like = lower.starts_with("begin solution")
            || lower.starts_with("end solution")
            || body.starts_with("STUB");
        if looks_like {
            return Err(format!(
                "unrecognised marker `{t}`: the markers are exactly `// BEGIN SOLUTION`, \
                 `// END SOLUTION`, `// BEGIN SOLUTION-ONLY`, `// END SOLUTION-ONLY` and \
                 `// STUB: <code>`"
            ));
        }
    }
    Ok(None)
}

/// True when the text contains any marker line (well-formed or not).
pub fn has_markers(text: &str) -> bool {
    text.lines().any(|l| !matches!(classify(l), Ok(None)))
}

fn indentation(line: &str) -> &str {
    &line[..line.len() - line.trim_start().len()]
}

/// The name of the function that encloses line `at` (searching upwards), qualified with the
/// type of the `impl` block around it: `Vector::dot`, or `matmul_ikj` for a free function.
fn exercise_label(lines: &[&str], at: usize) -> Option<String> {
    let (fn_line, name) = (0..at)
        .rev()
        .find_map(|i| fn_name(lines[i]).map(|n| (i, n)))?;
    let fn_indent = indentation(lines[fn_line]).len();
    let impl_type = (0..fn_line).rev().find_map(|i| {
        let l = lines[i];
        let t = l.trim_start();
        if indentation(l).len() < fn_indent && (t.starts_with("impl") || t.starts_with("mod ")) {
            Some(if t.starts_with("impl") {
                impl_type_name(t)
            } else {
                None
            })
        } else {
            None
        }
    });
    Some(match impl_type.flatten() {
        Some(ty) => format!("{ty}::{name}"),
        None => name,
    })
}

fn fn_name(line: &str) -> Option<String> {
    let t = line.trim_start();
    if t.starts_with("//") {
        return None;
    }
    let idx = t.find("fn ")?;
    // `fn` must be a keyword: at the start or after a space (`pub fn`, `pub(crate) fn`, `const fn`).
    if idx > 0 && !t[..idx].ends_with(' ') {
        return None;
    }
    let rest = &t[idx + 3..];
    let name: String = rest
        .chars()
        .take_while(|c| c.is_alphanumeric() || *c == '_')
        .collect();
    (!name.is_empty()).then_some(name)
}

fn impl_type_name(t: &str) -> Option<String> {
    let after = match t.find(" for ") {
        Some(i) => &t[i + 5..],
        None => {
            let mut s = t.strip_prefix("impl")?;
            if s.starts_with('<') {
                // skip generic parameters, counting nested angle brackets
                let mut depth = 0;
                let mut end = 0;
                for (i, c) in s.char_indices() {
                    match c {
                        '<' => depth += 1,
                        '>' => {
                            depth -= 1;
                            if depth == 0 {
                                end = i + 1;
                                break;
                            }
                        }
                        _ => {}
                    }
                }
                s = &s[end..];
            }
            s
        }
    };
    let name: String = after
        .trim_start()
        .chars()
        .take_while(|c| c.is_alphanumeric() || *c == '_' || *c == ':')
        .collect();
    (!name.is_empty()).then_some(name)
}

/// Generates the stub of one reference file.
///
/// `file` names the file in error messages. Deterministic; a file without markers comes back
/// unchanged, so running the generator on its own output changes nothing.
pub fn generate_stub(file: &str, text: &str) -> Result<String, MarkerError> {
    let lines: Vec<&str> = text.lines().collect();
    let err = |line: usize, message: String| MarkerError {
        file: file.to_string(),
        line: line + 1,
        message,
    };
    let mut out: Vec<String> = Vec::with_capacity(lines.len());
    let mut open: Option<(Region, usize)> = None;
    let mut drop_next_blank = false;
    let mut just_removed = false;
    for (i, line) in lines.iter().enumerate() {
        let marker = classify(line).map_err(|m| err(i, m))?;
        match (marker, open) {
            (Some(Marker::Begin(r)), None) => {
                open = Some((r, i));
                if r == Region::Solution {
                    let label = exercise_label(&lines, i).ok_or_else(|| {
                        err(i, "`// BEGIN SOLUTION` outside any function: put it inside the body of the function the learner writes".into())
                    })?;
                    out.push(format!("{}todo!({:?})", indentation(line), label));
                }
            }
            (Some(Marker::Begin(r)), Some((o, at))) => {
                return Err(err(
                    i,
                    format!(
                        "nested marker: `// BEGIN {}` inside the {} region opened at line {}",
                        r.name(),
                        o.name(),
                        at + 1
                    ),
                ));
            }
            (Some(Marker::End(r)), Some((o, at))) => {
                if r != o {
                    return Err(err(
                        i,
                        format!(
                            "`// END {}` closes the {} region opened at line {}: expected `// END {}`",
                            r.name(),
                            o.name(),
                            at + 1,
                            o.name()
                        ),
                    ));
                }
                if r == Region::SolutionOnly {
                    // Removing a block must not leave two blank lines in a row (rustfmt).
                    drop_next_blank = out.last().is_none_or(|l| l.trim().is_empty());
                    just_removed = true;
                }
                open = None;
                continue;
            }
            (Some(Marker::End(r)), None) => {
                return Err(err(
                    i,
                    format!("stray `// END {}` with no open region", r.name()),
                ));
            }
            (Some(Marker::Stub(code)), None) => {
                out.push(format!("{}{}", indentation(line), code));
            }
            (Some(Marker::Stub(_)), Some((o, at))) => {
                return Err(err(
                    i,
                    format!(
                        "`// STUB:` inside the {} region opened at line {}",
                        o.name(),
                        at + 1
                    ),
                ));
            }
            (None, Some(_)) => {}
            (None, None) => {
                if drop_next_blank && line.trim().is_empty() {
                    drop_next_blank = false;
                    continue;
                }
                // A removed block just before a closing brace must not leave a blank line
                // before it (rustfmt).
                if just_removed
                    && line.trim_start().starts_with('}')
                    && out.last().is_some_and(|l| l.trim().is_empty())
                {
                    out.pop();
                }
                just_removed = false;
                out.push(line.to_string());
            }
        }
        drop_next_blank = false;
    }
    if let Some((r, at)) = open {
        return Err(err(
            at,
            format!(
                "unclosed `// BEGIN {}`: no `// END {}` before the end of the file",
                r.name(),
                r.name()
            ),
        ));
    }
    // …nor at the end of the file.
    while just_removed && out.last().is_some_and(|l| l.trim().is_empty()) {
        out.pop();
    }
    let mut s = out.join("\n");
    if text.ends_with('\n') {
        s.push('\n');
    }
    Ok(s)
}

/// True when the file has a `// BEGIN SOLUTION` or `// BEGIN SOLUTION-ONLY` region: a file the
/// learner writes in (the grader takes every other file from the template).
pub fn has_region(text: &str) -> bool {
    text.lines()
        .any(|l| matches!(classify(l), Ok(Some(Marker::Begin(_)))))
}

/// The reference with its markers taken out: `// BEGIN SOLUTION`, `// END SOLUTION`,
/// `// BEGIN SOLUTION-ONLY`, `// END SOLUTION-ONLY` and `// STUB: …` lines are dropped, the code
/// between them kept. This is the code that compiles as the reference, and what `solve` writes.
/// No run of two blank lines is created (rustfmt would object). A malformed marker line is kept
/// as code ([`generate_stub`] is the one that reports it).
pub fn clean_reference(text: &str) -> String {
    let mut out: Vec<&str> = Vec::new();
    let mut dropped_after_blank = false;
    for line in text.lines() {
        let t = line.trim();
        let marker = matches!(classify(line), Ok(Some(_))) || t.starts_with(STUB_PREFIX);
        if marker {
            dropped_after_blank = out.last().is_none_or(|l| l.trim().is_empty());
            continue;
        }
        if dropped_after_blank && t.is_empty() {
            dropped_after_blank = false;
            continue;
        }
        dropped_after_blank = false;
        out.push(line);
    }
    let mut s = out.join("\n");
    if text.ends_with('\n') {
        s.push('\n');
    }
    s
}

/// The solution regions of a reference file (both kinds): (1-based line of the BEGIN marker,
/// the lines inside, trimmed). The release's leak check looks for these bodies.
pub fn solution_regions(text: &str) -> Vec<(usize, Vec<String>)> {
    let mut out: Vec<(usize, Vec<String>)> = Vec::new();
    let mut open = false;
    for (i, line) in text.lines().enumerate() {
        match classify(line) {
            Ok(Some(Marker::Begin(_))) => {
                open = true;
                out.push((i + 1, Vec::new()));
            }
            Ok(Some(Marker::End(_))) => open = false,
            _ if open => out
                .last_mut()
                .expect("opened")
                .1
                .push(line.trim().to_string()),
            _ => {}
        }
    }
    out
}

/// Checks a stub-side file for markers: a learner's file or a generated stub must have none.
pub fn check_no_markers(file: &str, text: &str) -> Result<(), MarkerError> {
    for (i, l) in text.lines().enumerate() {
        if !matches!(classify(l), Ok(None)) {
            return Err(MarkerError {
                file: file.into(),
                line: i + 1,
                message: "marker in a file that should have none".into(),
            });
        }
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn clean_reference_drops_markers_and_keeps_code() {
        let src = "//! doc\n\n// STUB: #![allow(unused)]\n\npub mod a;\n\nfn f() -> i32 {\n    // BEGIN SOLUTION\n    1 + 1\n    // END SOLUTION\n}\n// BEGIN SOLUTION-ONLY\nfn helper() {}\n// END SOLUTION-ONLY\n";
        assert_eq!(
            clean_reference(src),
            "//! doc\n\npub mod a;\n\nfn f() -> i32 {\n    1 + 1\n}\nfn helper() {}\n"
        );
    }

    #[test]
    fn regions_and_their_bodies_are_read_by_the_same_grammar() {
        let src = "fn f() {\n    // BEGIN SOLUTION\n    let x = 1;\n    // END SOLUTION\n}\n// BEGIN SOLUTION-ONLY\nfn g() {}\n// END SOLUTION-ONLY\n";
        assert_eq!(
            solution_regions(src),
            vec![
                (2, vec!["let x = 1;".to_string()]),
                (6, vec!["fn g() {}".to_string()])
            ]
        );
        assert!(has_region(src));
        assert!(!has_region("// STUB: pub mod a;\nfn f() {}\n"));
        // A near-miss is not a region (generate_stub reports it as an error).
        assert!(!has_region("fn f() {\n    // BEGIN SOLUTIONS\n}\n"));
    }

    fn stub(text: &str) -> String {
        generate_stub("test.rs", text).unwrap()
    }

    fn error(text: &str) -> String {
        generate_stub("src/test.rs", text).unwrap_err().to_string()
    }

    #[test]
    fn method_body_becomes_todo_named_after_type_and_method() {
        insta::assert_snapshot!(stub(
            r#"impl Point {
    /// Docs stay.
    pub fn taxicab(&self, other: &Point) -> f64 {
        // BEGIN SOLUTION
        let dx = (self.x - other.x).abs();
        dx + (self.y - other.y).abs()
        // END SOLUTION
    }
}
"#
        ));
    }

    #[test]
    fn free_function_and_trait_impl_labels() {
        insta::assert_snapshot!(stub(
            r#"pub fn matmul_ikj(a: &Matrix, b: &Matrix) -> Result<Matrix> {
    // BEGIN SOLUTION
    unimplemented()
    // END SOLUTION
}

impl<T: Clone> Optimizer for Adam<T> {
    fn step(&mut self, x: &mut [f64], g: &[f64]) {
        // BEGIN SOLUTION
        x[0] -= g[0];
        // END SOLUTION
    }
}
"#
        ));
    }

    #[test]
    fn solution_only_vanishes_without_leaving_double_blank_lines() {
        insta::assert_snapshot!(stub(
            r#"//! Module docs.
// STUB: #![allow(unused_variables)]

use crate::Vector;
// BEGIN SOLUTION-ONLY
use crate::helpers::scale;
// END SOLUTION-ONLY

pub fn f(x: f64) -> f64 {
    // BEGIN SOLUTION
    helper(x)
    // END SOLUTION
}

// BEGIN SOLUTION-ONLY
fn helper(x: f64) -> f64 {
    x * 2.0
}
// END SOLUTION-ONLY

pub fn g() {}
"#
        ));
    }

    #[test]
    fn solution_only_at_the_end_of_a_block_or_file_leaves_no_blank_line() {
        let text = "impl A {\n    pub fn f() {}\n\n    // BEGIN SOLUTION-ONLY\n    fn g() {}\n    // END SOLUTION-ONLY\n}\n\n// BEGIN SOLUTION-ONLY\nfn h() {}\n// END SOLUTION-ONLY\n";
        assert_eq!(stub(text), "impl A {\n    pub fn f() {}\n}\n");
    }

    #[test]
    fn file_without_markers_is_unchanged_and_generation_is_idempotent() {
        let text = "pub fn f() -> u32 {\n    3\n}\n";
        assert_eq!(stub(text), text);
        let reference =
            "pub fn f() -> u32 {\n    // BEGIN SOLUTION\n    3\n    // END SOLUTION\n}\n";
        let once = stub(reference);
        assert_eq!(stub(&once), once);
    }

    #[test]
    fn missing_final_newline_is_preserved() {
        assert_eq!(stub("fn f() {}"), "fn f() {}");
    }

    #[test]
    fn nested_marker_is_an_error() {
        insta::assert_snapshot!(error(
            "fn f() {\n    // BEGIN SOLUTION\n    // BEGIN SOLUTION\n    // END SOLUTION\n}\n"
        ), @"src/test.rs:3: nested marker: `// BEGIN SOLUTION` inside the SOLUTION region opened at line 2");
    }

    #[test]
    fn unclosed_marker_is_an_error() {
        insta::assert_snapshot!(error("fn f() {\n    // BEGIN SOLUTION\n    1\n}\n"),
            @"src/test.rs:2: unclosed `// BEGIN SOLUTION`: no `// END SOLUTION` before the end of the file");
    }

    #[test]
    fn stray_end_is_an_error() {
        insta::assert_snapshot!(error("fn f() {\n    // END SOLUTION\n}\n"),
            @"src/test.rs:2: stray `// END SOLUTION` with no open region");
    }

    #[test]
    fn mismatched_end_is_an_error() {
        insta::assert_snapshot!(error("// BEGIN SOLUTION-ONLY\nfn h() {}\n// END SOLUTION\n"),
            @"src/test.rs:3: `// END SOLUTION` closes the SOLUTION-ONLY region opened at line 1: expected `// END SOLUTION-ONLY`");
    }

    #[test]
    fn misspelled_markers_are_errors() {
        for bad in [
            "// BEGIN SOLUTIONS",
            "//END SOLUTION",
            "// begin solution",
            "/// BEGIN SOLUTION",
            "// STUB:",
        ] {
            let e = error(&format!("fn f() {{\n    {bad}\n}}\n"));
            assert!(e.starts_with("src/test.rs:2: "), "{bad}: {e}");
        }
        insta::assert_snapshot!(error("fn f() {\n    // BEGIN SOLUTIONS\n}\n"),
            @"src/test.rs:2: unrecognised marker `// BEGIN SOLUTIONS`: the markers are exactly `// BEGIN SOLUTION`, `// END SOLUTION`, `// BEGIN SOLUTION-ONLY`, `// END SOLUTION-ONLY` and `// STUB: <code>`");
    }

    #[test]
    fn solution_outside_a_function_is_an_error() {
        insta::assert_snapshot!(error("// BEGIN SOLUTION\nconst X: u32 = 3;\n// END SOLUTION\n"),
            @"src/test.rs:1: `// BEGIN SOLUTION` outside any function: put it inside the body of the function the learner writes");
    }

    #[test]
    fn stub_line_inside_region_is_an_error() {
        insta::assert_snapshot!(error("fn f() {\n    // BEGIN SOLUTION\n    // STUB: 1\n    // END SOLUTION\n}\n"),
            @"src/test.rs:3: `// STUB:` inside the SOLUTION region opened at line 2");
    }

    #[test]
    fn ordinary_comments_mentioning_solutions_are_fine() {
        let text = "// The solution below is O(n).\n// Stub: see README\nfn f() {}\n";
        assert!(generate_stub("a.rs", text).is_ok());
    }
}
