//! The public API is locked: every exercise keeps the template's signature.
//!
//! A learner who changes `pub fn dot(a: &[f64], b: &[f64]) -> f64` to return a type of their
//! own, whose `==`, `<=` and `is_nan` always succeed, would pass every assertion on it. So the
//! grader builds a **signature probe** beside the learner's library: a test target, generated
//! from the stubs (so it can never drift), that coerces each exercise function to the
//! function-pointer type the stub declares, spelled in the *template's* scope:
//!
//! ```text
//! mod lock_dot {
//!     use week1_vectors::{LinalgError, Result, Vector};   // the stub's own `use` lines
//!     pub fn dot() { let _: fn(&Vector, &Vector) -> Result<f64> = Vector::dot; }
//! }
//! ```
//!
//! The names resolve as in the stub, never as in the learner's file (a learner's `use Magic as
//! f64;` does not reach the probe), so a changed parameter or return type is a type error at
//! the line of that function. Generic functions and trait methods are not probed (their
//! signatures cannot be named as one `fn` type; trait signatures are fixed by the given trait).
//!
//! The public fields of the types an exercise file defines (`Qr { pub q: Matrix, pub r: Matrix }`)
//! are locked too, one line per field, without letting a coercion through (a `Magic` type that
//! derefs to `Matrix` would pass `let _: &Matrix = &x.q;`):
//!
//! ```text
//!     pub fn field_52() { let _ = |x: &Qr| { let f = exact(&x.q); let _: PhantomData<Matrix> = f; }; }
//! ```

use crate::course::Week;
use std::collections::BTreeMap;
use std::path::Path;

/// The name of the probe test target.
pub const PROBE: &str = "xtask_grade_signatures";

/// One probed function.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Locked {
    /// `dot`, or `Vector::dot` for a method, or `Qr.q` for a public field.
    pub name: String,
    /// The stub's signature, one line: `pub fn dot(&self, other: &Vector) -> Result<f64>`.
    pub signature: String,
    /// The file, relative to `src/`.
    pub file: String,
}

/// The probe's source and, per line of it, the function that line checks.
#[derive(Debug, Default, Clone)]
pub struct Probe {
    pub source: String,
    pub lines: BTreeMap<usize, Locked>,
}

/// The module path of `rel` (`dot.rs` → `dot`, `a/mod.rs` → `a`, `a/b.rs` → `a::b`), when
/// every module on the way is declared `pub mod` in `stubs`.
fn module_path(rel: &Path, stubs: &BTreeMap<std::path::PathBuf, Vec<u8>>) -> Option<Vec<String>> {
    let mut parts: Vec<String> = rel
        .with_extension("")
        .components()
        .map(|c| c.as_os_str().to_string_lossy().into_owned())
        .collect();
    if parts.last().is_some_and(|p| p == "mod") {
        parts.pop();
    }
    if parts.is_empty() || parts == ["lib"] {
        return None;
    }
    for i in 0..parts.len() {
        let parent = if i == 0 {
            vec![Path::new("lib.rs").to_path_buf()]
        } else {
            let dir = parts[..i].join("/");
            vec![
                Path::new(&format!("{dir}.rs")).to_path_buf(),
                Path::new(&dir).join("mod.rs"),
            ]
        };
        let declared = parent.iter().any(|p| {
            stubs.get(p).is_some_and(|b| {
                String::from_utf8_lossy(b)
                    .lines()
                    .any(|l| l.trim() == format!("pub mod {};", parts[i]))
            })
        });
        if !declared {
            return None;
        }
    }
    Some(parts)
}

/// The stub's top-level `use` declarations, rewritten for a module of the probe.
fn use_lines(text: &str, lib: &str, module: &[String]) -> Vec<String> {
    let mut out = Vec::new();
    let mut cur: Option<String> = None;
    for line in text.lines() {
        let starts = line.starts_with("use ") || line.starts_with("pub use ");
        if let Some(c) = cur.as_mut() {
            c.push(' ');
            c.push_str(line.trim());
        } else if starts {
            cur = Some(line.trim().trim_start_matches("pub ").to_string());
        }
        if cur.as_ref().is_some_and(|c| c.ends_with(';')) {
            let u = cur.take().unwrap_or_default();
            let parent = module[..module.len() - 1].join("::");
            let here = module.join("::");
            let u = u
                .replacen("use crate::", &format!("use {lib}::"), 1)
                .replacen(
                    "use super::",
                    &if parent.is_empty() {
                        format!("use {lib}::")
                    } else {
                        format!("use {lib}::{parent}::")
                    },
                    1,
                )
                .replacen("use self::", &format!("use {lib}::{here}::"), 1);
            out.push(u);
        }
    }
    out
}

/// Splits `s` at the commas that are not inside brackets.
fn split_top(s: &str) -> Vec<String> {
    let (mut depth, mut cur, mut out) = (0i32, String::new(), Vec::new());
    for c in s.chars() {
        match c {
            '(' | '[' | '<' | '{' => depth += 1,
            ')' | ']' | '>' | '}' => depth -= 1,
            _ => {}
        }
        if c == ',' && depth == 0 {
            out.push(std::mem::take(&mut cur));
        } else {
            cur.push(c);
        }
    }
    if !cur.trim().is_empty() {
        out.push(cur);
    }
    out
}

/// `(fn-pointer type, signature)` of `pub fn …` starting at `sig` (up to its body's `{`), with
/// `Self` = `self_ty`; `None` for what a fn-pointer type cannot say (generics, `impl Trait`).
fn fn_type(sig: &str, self_ty: Option<&str>) -> Option<(String, String)> {
    let sig = sig.split_whitespace().collect::<Vec<_>>().join(" ");
    let sig = sig.replace("( ", "(").replace(" )", ")");
    let open = sig.find('(')?;
    let name_part = &sig[..open];
    if name_part.contains('<') || sig.contains(" where ") || sig.contains("impl ") {
        return None;
    }
    // The parameter list ends at the matching parenthesis.
    let mut depth = 0;
    let mut close = None;
    for (i, c) in sig[open..].char_indices() {
        match c {
            '(' => depth += 1,
            ')' => {
                depth -= 1;
                if depth == 0 {
                    close = Some(open + i);
                    break;
                }
            }
            _ => {}
        }
    }
    let close = close?;
    let mut types = Vec::new();
    for p in split_top(&sig[open + 1..close]) {
        let p = p.trim();
        let ty = match p {
            "self" | "mut self" => self_ty?.to_string(),
            "&self" => format!("&{}", self_ty?),
            "&mut self" => format!("&mut {}", self_ty?),
            _ => p.split_once(':')?.1.trim().to_string(),
        };
        types.push(ty);
    }
    let ret = sig[close + 1..].trim();
    let ret = ret.strip_prefix("->").map(str::trim).unwrap_or("()");
    let fix = |t: &str| match self_ty {
        Some(s) => replace_word(t, "Self", s),
        None => t.to_string(),
    };
    let ty = format!(
        "fn({}) -> {}",
        types.iter().map(|t| fix(t)).collect::<Vec<_>>().join(", "),
        fix(ret)
    );
    Some((ty, sig.trim().to_string()))
}

fn replace_word(text: &str, word: &str, by: &str) -> String {
    let mut out = String::new();
    let mut rest = text;
    while let Some(i) = rest.find(word) {
        let before = rest[..i].chars().last();
        let after = rest[i + word.len()..].chars().next();
        let ident = |c: Option<char>| c.is_some_and(|c| c.is_alphanumeric() || c == '_');
        out.push_str(&rest[..i]);
        out.push_str(if ident(before) || ident(after) {
            word
        } else {
            by
        });
        rest = &rest[i + word.len()..];
    }
    out.push_str(rest);
    out
}

/// The names of the types, traits and aliases `text` defines at the top level.
fn defined_types(text: &str) -> Vec<String> {
    let mut out = Vec::new();
    for line in text.lines() {
        for kw in ["pub struct ", "pub enum ", "pub type ", "pub trait "] {
            if let Some(rest) = line.strip_prefix(kw) {
                let name: String = rest
                    .chars()
                    .take_while(|c| c.is_alphanumeric() || *c == '_')
                    .collect();
                if !name.is_empty() {
                    out.push(name);
                }
            }
        }
    }
    out
}

/// One-line items (`    pub q: Matrix,`, `    type Output = Matrix;`) of the top-level blocks
/// of `text` that `block` names (`pub struct Qr {` → `Qr`): (line index, block, item name,
/// type). `item` splits an item line, after the block's indentation, into name and type.
fn block_items(
    text: &str,
    block: impl Fn(&str) -> Option<String>,
    item: impl Fn(&str) -> Option<(&str, &str)>,
) -> Vec<(usize, String, String, String)> {
    let mut out = Vec::new();
    let mut owner: Option<String> = None;
    for (i, line) in text.lines().enumerate() {
        if !line.starts_with(' ')
            && !line.starts_with('}')
            && !line.trim().is_empty()
            && let Some(name) = block(line)
        {
            owner = Some(name);
            continue;
        }
        if line.starts_with('}') {
            owner = None;
            continue;
        }
        let (Some(o), Some(rest)) = (&owner, line.strip_prefix("    ")) else {
            continue;
        };
        if let Some((name, ty)) = item(rest)
            && name.chars().all(|c| c.is_alphanumeric() || c == '_')
        {
            out.push((i, o.clone(), name.to_string(), ty.trim().to_string()));
        }
    }
    out
}

/// The associated types of the non-generic trait impls `text` makes at the top level
/// (`impl Add for &Matrix {` … `    type Output = Matrix;`): (line index, `&Matrix as Add`,
/// `Output`, `Matrix`). A learner's `type Output = Magic;` would otherwise pass assertions.
fn associated_types(text: &str) -> Vec<(usize, String, String, String)> {
    block_items(
        text,
        |line| {
            line.strip_prefix("impl ")?
                .strip_suffix(" {")?
                .split_once(" for ")
                .filter(|(_, ty)| !ty.contains(" where "))
                .map(|(tr, ty)| format!("{ty} as {tr}"))
        },
        |rest| {
            rest.strip_prefix("type ")?
                .strip_suffix(';')?
                .split_once(" = ")
        },
    )
}

/// The public fields of the non-generic structs `text` defines at the top level, one line each
/// (`    pub q: Matrix,`): (line index, struct, field, type).
fn public_fields(text: &str) -> Vec<(usize, String, String, String)> {
    block_items(
        text,
        |line| {
            line.strip_prefix("pub struct ")?
                .strip_suffix(" {")
                .filter(|n| n.chars().all(|c| c.is_alphanumeric() || c == '_'))
                .map(str::to_string)
        },
        |rest| {
            rest.strip_prefix("pub ")?
                .strip_suffix(',')?
                .split_once(": ")
        },
    )
}

/// The probe for `week`, from its stubs (`src/`-relative paths) and its exercise files.
pub fn probe(
    week: Week,
    stubs: &BTreeMap<std::path::PathBuf, Vec<u8>>,
    exercise_files: &[std::path::PathBuf],
) -> Probe {
    let lib = week.lib_name();
    let mut p = Probe::default();
    let mut src = "//! Written by `cargo xtask grade`: each exercise keeps the template's signature.\n#![allow(dead_code, unused_imports, clippy::type_complexity)]\n".to_string();
    let mut line_no = src.lines().count();
    let mut push = |src: &mut String, line: String| {
        src.push_str(&line);
        src.push('\n');
        line_no += 1;
        line_no
    };
    for (k, rel) in exercise_files.iter().enumerate() {
        let Some(bytes) = stubs.get(rel) else {
            continue;
        };
        let Some(module) = module_path(rel, stubs) else {
            continue;
        };
        let text = String::from_utf8_lossy(bytes);
        let here = module.join("::");
        push(&mut src, format!("mod lock_{k} {{"));
        for u in use_lines(&text, &lib, &module) {
            push(&mut src, format!("    {u}"));
        }
        for t in defined_types(&text) {
            push(&mut src, format!("    use {lib}::{here}::{t};"));
        }
        push(
            &mut src,
            "    fn exact<T>(_: &T) -> ::std::marker::PhantomData<T> { ::std::marker::PhantomData }"
                .to_string(),
        );
        for (i, imp, name, ty) in associated_types(&text) {
            let at = push(
                &mut src,
                format!(
                    "    pub fn assoc_{i}() {{ let _: ::std::marker::PhantomData<<{imp}>::{name}> = \
                     ::std::marker::PhantomData::<{ty}>; }}"
                ),
            );
            p.lines.insert(
                at,
                Locked {
                    name: format!("<{imp}>::{name}"),
                    signature: format!("type {name} = {ty}"),
                    file: rel.display().to_string(),
                },
            );
        }
        for (i, owner, field, ty) in public_fields(&text) {
            let at = push(
                &mut src,
                format!(
                    "    pub fn field_{i}() {{ let _ = |x: &{owner}| {{ let f = exact(&x.{field}); \
                     let _: ::std::marker::PhantomData<{ty}> = f; }}; }}"
                ),
            );
            p.lines.insert(
                at,
                Locked {
                    name: format!("{owner}.{field}"),
                    signature: format!("pub {field}: {ty}"),
                    file: rel.display().to_string(),
                },
            );
        }
        // Inherent impl blocks at the top level: `impl X {` … `}` (not `impl T for X`).
        let mut self_ty: Option<String> = None;
        let lines: Vec<&str> = text.lines().collect();
        for (i, line) in lines.iter().enumerate() {
            if let Some(rest) = line.strip_prefix("impl ") {
                self_ty = rest
                    .strip_suffix(" {")
                    .filter(|r| !r.contains(" for ") && !r.contains('<'))
                    .map(str::to_string);
                continue;
            }
            if *line == "}" {
                self_ty = None;
                continue;
            }
            let (is_method, rest) = match (
                line.strip_prefix("pub fn "),
                line.strip_prefix("    pub fn "),
            ) {
                (Some(r), _) => (false, r),
                (None, Some(r)) if self_ty.is_some() => (true, r),
                _ => continue,
            };
            // The signature runs to the line that opens the body.
            let mut sig = format!("pub fn {rest}");
            let mut j = i;
            while !sig.trim_end().ends_with('{') && j + 1 < lines.len() {
                j += 1;
                sig.push(' ');
                sig.push_str(lines[j].trim());
            }
            let sig = sig.trim_end().trim_end_matches('{').to_string();
            let st = if is_method { self_ty.as_deref() } else { None };
            let Some((ty, shown)) = fn_type(&sig, st) else {
                continue;
            };
            let fname: String = rest
                .chars()
                .take_while(|c| c.is_alphanumeric() || *c == '_')
                .collect();
            let (path, name) = match st {
                Some(s) => (format!("{s}::{fname}"), format!("{s}::{fname}")),
                None => (format!("{lib}::{here}::{fname}"), fname.clone()),
            };
            let at = push(
                &mut src,
                format!("    pub fn check_{i}() {{ let _: {ty} = {path}; }}"),
            );
            p.lines.insert(
                at,
                Locked {
                    name,
                    signature: shown,
                    file: rel.display().to_string(),
                },
            );
        }
        push(&mut src, "}".to_string());
    }
    p.source = src;
    p
}

/// The hidden tests (binary, test name) whose body names one of `changed`, with that name.
pub fn tests_using(
    root: &Path,
    week: Week,
    changed: &[Locked],
) -> BTreeMap<(String, String), String> {
    let mut out = BTreeMap::new();
    if changed.is_empty() {
        return out;
    }
    let dir = week.solution_dir(root).join("tests");
    let Ok(entries) = std::fs::read_dir(&dir) else {
        return out;
    };
    let mut files: Vec<_> = entries.filter_map(Result::ok).map(|e| e.path()).collect();
    files.sort();
    for f in files {
        let Some(binary) = f.file_stem().map(|s| s.to_string_lossy().into_owned()) else {
            continue;
        };
        if !binary.starts_with("hidden") {
            continue;
        }
        let text = std::fs::read_to_string(&f).unwrap_or_default();
        // Each `#[test]` up to the next one is one test's text.
        for chunk in text.split("#[test]").skip(1) {
            let Some(name) = chunk
                .split_once("fn ")
                .map(|(_, r)| r.chars().take_while(|c| c.is_alphanumeric() || *c == '_'))
                .map(String::from_iter)
            else {
                continue;
            };
            let body = chunk.split_once('{').map_or("", |b| b.1);
            if let Some(c) = changed.iter().find(|c| match c.name.split_once('.') {
                // An associated type (`<&Matrix as Add>::Output`): the operator is used
                // without a name, so every test of the exercise file's hidden tests
                // (`matrix_ops.rs` → `hidden_matrix_ops`) scores 0.
                _ if c.name.starts_with('<') => {
                    let stem = Path::new(&c.file).file_stem().unwrap_or_default();
                    binary == format!("hidden_{}", stem.to_string_lossy())
                }
                // A field: used as `.field`.
                Some((_, field)) => replace_word(body, field, "\u{0}").contains(".\u{0}"),
                None => {
                    let short = c.name.rsplit("::").next().unwrap_or(&c.name);
                    replace_word(body, short, "\u{0}").contains('\u{0}')
                }
            }) {
                out.insert((binary.clone(), name), c.name.clone());
            }
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn methods_and_free_functions_become_fn_pointer_types() {
        assert_eq!(
            fn_type(
                "pub fn dot(&self, other: &Vector) -> Result<f64>",
                Some("Vector")
            ),
            Some((
                "fn(&Vector, &Vector) -> Result<f64>".to_string(),
                "pub fn dot(&self, other: &Vector) -> Result<f64>".to_string()
            )),
            "signatures: a method's receiver is the impl's type"
        );
        assert_eq!(
            fn_type("pub fn f(a: &[f64], n: usize)", None).map(|t| t.0),
            Some("fn(&[f64], usize) -> ()".to_string()),
            "signatures: no return type is ()"
        );
        assert_eq!(
            fn_type("pub fn new(m: Matrix<f64, 2>) -> Self", Some("Lu")).map(|t| t.0),
            Some("fn(Matrix<f64, 2>) -> Lu".to_string()),
            "signatures: Self is the impl's type and top-level commas split parameters"
        );
        assert_eq!(fn_type("pub fn g<T: Into<f64>>(x: T) -> f64", None), None);
        assert_eq!(
            fn_type("pub fn h(x: impl Fn(f64) -> f64) -> f64", None),
            None
        );
    }

    #[test]
    fn the_probe_uses_the_stubs_scope() {
        let mut stubs = BTreeMap::new();
        stubs.insert("lib.rs".into(), b"pub mod dot;\nmod hidden;\n".to_vec());
        stubs.insert(
            "dot.rs".into(),
            b"use crate::{Result, Vector};\n\nimpl Vector {\n    /// Doc.\n    pub fn dot(&self, other: &Vector) -> Result<f64> {\n        todo!()\n    }\n}\n\npub fn twice(\n    x: f64,\n) -> f64 {\n    todo!()\n}\n".to_vec(),
        );
        stubs.insert("hidden.rs".into(), b"pub fn secret() {}\n".to_vec());
        stubs.insert(
            "qr.rs".into(),
            b"use crate::Matrix;\n\npub struct Qr {\n    /// Q.\n    pub q: Matrix,\n    secret: usize,\n}\n\nimpl Add for &Qr {\n    type Output = Matrix;\n}\n".to_vec(),
        );
        stubs
            .get_mut(Path::new("lib.rs"))
            .unwrap()
            .extend(b"pub mod qr;\n");
        let p = probe(
            Week::FIRST,
            &stubs,
            &["dot.rs".into(), "hidden.rs".into(), "qr.rs".into()],
        );
        assert!(
            p.source
                .contains("    use week1_vectors::{Result, Vector};"),
            "signatures: {}",
            p.source
        );
        assert!(
            p.source
                .contains("let _: fn(&Vector, &Vector) -> Result<f64> = Vector::dot;"),
            "signatures: {}",
            p.source
        );
        assert!(
            p.source
                .contains("let _: fn(f64) -> f64 = week1_vectors::dot::twice;"),
            "signatures: {}",
            p.source
        );
        assert!(
            !p.source.contains("secret"),
            "signatures: a private module is not probed"
        );
        assert!(
            p.source.contains(
                "let _ = |x: &Qr| { let f = exact(&x.q); let _: ::std::marker::PhantomData<Matrix> = f; };"
            ),
            "signatures: a public field is locked without coercion: {}",
            p.source
        );
        let names: Vec<&str> = p.lines.values().map(|l| l.name.as_str()).collect();
        assert_eq!(
            names,
            ["Vector::dot", "twice", "<&Qr as Add>::Output", "Qr.q"],
            "signatures: {:?}",
            p.lines
        );
    }

    #[test]
    fn every_week_of_the_course_locks_its_exercises() {
        let root = crate::project::project_root();
        for week in Week::all().filter(|w| w.has_reference(&root)) {
            let stubs = crate::course::expected_stub_tree(&root, week).unwrap();
            let files: Vec<_> = crate::course::exercise_files(&root, week)
                .unwrap()
                .into_iter()
                .collect();
            let p = probe(week, &stubs, &files);
            let todos: usize = files
                .iter()
                .filter_map(|f| stubs.get(f))
                .map(|b| String::from_utf8_lossy(b).matches("todo!(").count())
                .sum();
            eprintln!(
                "{week}: {} of {todos} exercise bodies locked",
                p.lines.len()
            );
            assert!(
                p.lines.len() * 2 >= todos,
                "signatures: {week} locks only {} functions for {todos} todo!() bodies:\n{}",
                p.lines.len(),
                p.source
            );
        }
    }
}
