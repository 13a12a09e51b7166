//! Tidy check (a step of `cargo xtask ci`): every assertion in a test file carries a message.
//!
//! A failing test must say which exercise, which input, and what it measured against what was
//! expected; a bare `assert!(x < tol)` prints only the expression. This check scans every `.rs`
//! file under `<week>/tests/` and `solutions/<week>/tests/` and reports, as `file:line`:
//!
//! - `assert!(cond)` without a message (a message is a second argument);
//! - `assert_eq!(a, b)` / `assert_ne!(a, b)` without a message (a third argument);
//! - any `assert_relative_eq!`, `assert_abs_diff_eq!`, `assert_ulps_eq!` (and their `_ne`
//!   forms): approx 0.5's macros take only `epsilon = …, max_relative = …` keyword arguments and
//!   cannot carry a message, so write `assert!(relative_eq!(a, b, …), "…")` or use the week's
//!   testing helpers instead.
//!
//! Comments and string literals are skipped, so a macro named in a comment or a message is not
//! an assertion. Macros whose names merely end in `assert!` (`debug_assert!`, `my_assert!`) are
//! not these macros and are ignored.

use crate::course::Week;
use crate::error::{Error, Result, fs};
use crate::project::display_rel;
use std::path::Path;

/// Macros that take a message after `n` leading arguments.
const WITH_MESSAGE: &[(&str, usize)] = &[("assert", 1), ("assert_eq", 2), ("assert_ne", 2)];

/// approx's assertion macros: they cannot carry a message at all.
const APPROX: &[&str] = &[
    "assert_relative_eq",
    "assert_relative_ne",
    "assert_abs_diff_eq",
    "assert_abs_diff_ne",
    "assert_ulps_eq",
    "assert_ulps_ne",
];

/// Every assertion without a message in the course's test files (public and hidden), as
/// `path:line: what`, paths relative to `root`, sorted.
pub fn offending(root: &Path) -> Result<Vec<String>> {
    let mut out = Vec::new();
    for w in Week::all() {
        for dir in [
            w.dir(root).join("tests"),
            w.solution_dir(root).join("tests"),
        ] {
            for rel in fs::walk(&dir)? {
                if rel.extension().is_none_or(|e| e != "rs") {
                    continue;
                }
                let path = dir.join(&rel);
                let text = fs::read_to_string(&path)?;
                let shown = path.strip_prefix(root).unwrap_or(&path);
                for (line, what) in bare_assertions(&text) {
                    out.push(format!("{}:{line}: {what}", display_rel(shown)));
                }
            }
        }
    }
    Ok(out)
}

/// The ci step: `Ok` with a count, or `Err` listing every offending `file:line`.
pub fn check(root: &Path) -> Result<String> {
    let found = offending(root)?;
    if found.is_empty() {
        Ok("every test assertion carries a message".into())
    } else {
        Err(Error::Msg(format!(
            "{} test assertion(s) without a message (say which exercise, which input, and the \
             measured value against the expected one; approx's assert_*_eq! cannot carry one: \
             write assert!(relative_eq!(…), \"…\")):\n{}",
            found.len(),
            found.join("\n")
        )))
    }
}

/// The assertions without a message in one file's source: (1-based line, description).
pub fn bare_assertions(src: &str) -> Vec<(usize, String)> {
    let b = src.as_bytes();
    let mut out = Vec::new();
    let mut i = 0;
    while i < b.len() {
        if let Some(next) = skip_trivia(b, i) {
            i = next;
            continue;
        }
        let c = b[i];
        if is_ident_start(c) && (i == 0 || !is_ident_byte(b[i - 1])) {
            let start = i;
            while i < b.len() && is_ident_byte(b[i]) {
                i += 1;
            }
            let name = &src[start..i];
            let mut j = i;
            if j < b.len() && b[j] == b'!' {
                j += 1;
                while j < b.len() && b[j].is_ascii_whitespace() {
                    j += 1;
                }
                let line = 1 + src[..start].matches('\n').count();
                if j < b.len() && matches!(b[j], b'(' | b'[' | b'{') {
                    if APPROX.contains(&name) {
                        out.push((line, format!("{name}! cannot carry a message (approx 0.5)")));
                    } else if let Some(&(_, lead)) = WITH_MESSAGE.iter().find(|(n, _)| *n == name) {
                        let (args, end) = count_args(b, j);
                        if args <= lead {
                            out.push((line, format!("{name}! without a message")));
                        }
                        i = end;
                        continue;
                    }
                }
            }
            continue;
        }
        i += 1;
    }
    out
}

fn is_ident_start(c: u8) -> bool {
    c.is_ascii_alphabetic() || c == b'_'
}

fn is_ident_byte(c: u8) -> bool {
    c.is_ascii_alphanumeric() || c == b'_'
}

/// If a comment, string, or char literal starts at `i`, the index just after it.
fn skip_trivia(b: &[u8], i: usize) -> Option<usize> {
    let at = |k: usize| b.get(k).copied();
    match b[i] {
        b'/' if at(i + 1) == Some(b'/') => {
            let mut k = i;
            while k < b.len() && b[k] != b'\n' {
                k += 1;
            }
            Some(k)
        }
        b'/' if at(i + 1) == Some(b'*') => {
            let (mut k, mut depth) = (i + 2, 1);
            while k < b.len() && depth > 0 {
                if b[k] == b'/' && at(k + 1) == Some(b'*') {
                    depth += 1;
                    k += 2;
                } else if b[k] == b'*' && at(k + 1) == Some(b'/') {
                    depth -= 1;
                    k += 2;
                } else {
                    k += 1;
                }
            }
            Some(k)
        }
        b'"' => {
            let mut k = i + 1;
            while k < b.len() && b[k] != b'"' {
                k += if b[k] == b'\\' { 2 } else { 1 };
            }
            Some(k + 1)
        }
        b'r' if (i == 0 || !is_ident_byte(b[i - 1])) && matches!(at(i + 1), Some(b'"' | b'#')) => {
            let mut k = i + 1;
            let mut hashes = 0;
            while at(k) == Some(b'#') {
                hashes += 1;
                k += 1;
            }
            if at(k) != Some(b'"') {
                return None;
            }
            k += 1;
            loop {
                if k >= b.len() {
                    return Some(k);
                }
                if b[k] == b'"' && (1..=hashes).all(|h| at(k + h) == Some(b'#')) {
                    return Some(k + 1 + hashes);
                }
                k += 1;
            }
        }
        b'b' if (i == 0 || !is_ident_byte(b[i - 1])) && at(i + 1) == Some(b'"') => {
            skip_trivia(b, i + 1)
        }
        b'\'' => {
            // A char literal ('x', '\n', '\u{..}') or a lifetime ('a): only the former is skipped.
            if at(i + 1) == Some(b'\\') {
                let mut k = i + 2;
                while k < b.len() && b[k] != b'\'' {
                    k += 1;
                }
                Some(k + 1)
            } else {
                // one UTF-8 character, then a closing quote
                let mut k = i + 2;
                while k < b.len() && (b[k] & 0xC0) == 0x80 {
                    k += 1;
                }
                if at(k) == Some(b'\'') {
                    Some(k + 1)
                } else {
                    Some(i + 1)
                }
            }
        }
        _ => None,
    }
}

/// The number of top-level comma-separated arguments of the group opening at `open`, and the
/// index just after its closing bracket. A trailing comma does not count as an argument.
fn count_args(b: &[u8], open: usize) -> (usize, usize) {
    let mut depth = 0usize;
    let mut args = 0usize;
    let mut seen_token = false;
    let mut i = open;
    while i < b.len() {
        if let Some(next) = skip_trivia(b, i) {
            if depth == 1 && !(b[i] == b'/' && matches!(b.get(i + 1), Some(b'/' | b'*'))) {
                seen_token = true;
            }
            i = next;
            continue;
        }
        match b[i] {
            b'(' | b'[' | b'{' => {
                if depth >= 1 {
                    seen_token = true;
                }
                depth += 1;
            }
            b')' | b']' | b'}' => {
                depth -= 1;
                if depth == 0 {
                    if seen_token {
                        args += 1;
                    }
                    return (args, i + 1);
                }
            }
            b',' if depth == 1 => {
                if seen_token {
                    args += 1;
                }
                seen_token = false;
            }
            c if depth >= 1 && !c.is_ascii_whitespace() => seen_token = true,
            _ => {}
        }
        i += 1;
    }
    (args, b.len())
}

#[cfg(test)]
mod tests {
    use super::bare_assertions;

    fn lines(src: &str) -> Vec<usize> {
        bare_assertions(src).into_iter().map(|(l, _)| l).collect()
    }

    #[test]
    fn assertions_with_messages_pass() {
        let src = r#"
fn t() {
    assert!(x < 1.0, "dot: {x} vs 1");
    assert_eq!(a, b, "transpose of {m:?}: got {a:?}, expected {b:?}");
    assert_ne!(f(1, 2), g(3), "{}", 4,);
    assert!(relative_eq!(a, b, epsilon = 1e-12), "norm: {a} vs {b}");
}
"#;
        assert_eq!(
            lines(src),
            Vec::<usize>::new(),
            "{:?}",
            bare_assertions(src)
        );
    }

    #[test]
    fn bare_assertions_are_reported_with_their_lines() {
        let src = "fn t() {\n    assert!(x < 1.0);\n    assert_eq!(f(a, b), [1, 2]);\n    assert_ne!(a, b,);\n    assert!(\n        ok,\n    );\n}\n";
        assert_eq!(lines(src), vec![2, 3, 4, 5], "{:?}", bare_assertions(src));
    }

    #[test]
    fn approx_macros_are_reported_because_they_cannot_carry_a_message() {
        let src = "fn t() {\n    assert_relative_eq!(a, b, epsilon = 1e-9);\n    assert_abs_diff_eq!(a, b);\n    assert_ulps_eq!(a, b, max_ulps = 4);\n}\n";
        let found = bare_assertions(src);
        assert_eq!(lines(src), vec![2, 3, 4], "{found:?}");
        assert!(
            found[0].1.contains("cannot carry a message"),
            "the description should say why: {found:?}"
        );
    }

    #[test]
    fn comments_strings_and_other_macros_are_ignored() {
        let src = r##"
// assert!(x);
/* assert_eq!(a, b); /* nested assert!(y) */ */
fn t() {
    let s = "assert!(x)";
    let r = r#"assert_eq!(a, b) " still raw"#;
    let c = ')';
    let q = '"';
    debug_assert!(x);
    my_assert!(y);
    assert!(s.contains(')'), "a ')' in {s}");
    assert!(f::<'static>(x), "lifetime");
}
"##;
        assert_eq!(
            lines(src),
            Vec::<usize>::new(),
            "{:?}",
            bare_assertions(src)
        );
    }

    #[test]
    fn a_comma_inside_brackets_or_a_closure_is_not_a_message() {
        let src = "fn t() {\n    assert!(v.iter().all(|&(a, b)| a < b));\n    assert_eq!(m[(0, 1)], vec![1, 2]);\n    assert!(matches!(r, Err(E { a, b })));\n}\n";
        assert_eq!(lines(src), vec![2, 3, 4], "{:?}", bare_assertions(src));
    }

    /// Not a check (ci's step is): `cargo test -p xtask --lib tidy -- --ignored --nocapture`
    /// lists the course's offenders while fixing them.
    #[test]
    #[ignore]
    fn list_the_course_offenders() {
        let found = super::offending(&crate::project::project_root()).expect("readable tests");
        println!("{}\n{} found", found.join("\n"), found.len());
    }
}
