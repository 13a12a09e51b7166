//! Learner code that would make the compiler read another file is refused before it is built.
//!
//! `include_str!`, `include_bytes!`, `include!`, `#[path = …]` and `#[debugger_visualizer]`
//! read files at compile time, and a failed build can print what they read (`const _: () =
//! panic!("{}", include_str!("…"));` puts the file into the compiler's error). Exercises never
//! need them, so a learner file that uses one is refused: nothing is compiled, nothing is
//! shown. The check looks at tokens, not text: comments and string literals are blanked
//! first, so a word in a doc comment or a message is fine, and `include_str !`, `core::include_str!`
//! or a `macro_rules!` that expands to one are still caught (the identifier has to appear: the
//! weeks' dependencies have no procedural macros that could build it). The sandboxed compile
//! and the dep-info check stay behind it.

/// Why `text` (a learner's `.rs` file) is refused, or `None` when it reads no other file.
pub fn forbidden_file_access(text: &str) -> Option<String> {
    let code = blank_comments_and_literals(text);
    let b = code.as_bytes();
    let mut attr_depth: Vec<usize> = Vec::new(); // bracket depth at which each attribute opened
    let mut depth = 0usize;
    let mut i = 0;
    let line_of = |at: usize| code[..at].matches('\n').count() + 1;
    while i < b.len() {
        let c = b[i];
        if c == b'#' {
            let mut j = i + 1;
            while j < b.len() && (b[j].is_ascii_whitespace() || b[j] == b'!') {
                j += 1;
            }
            if j < b.len() && b[j] == b'[' {
                attr_depth.push(depth);
            }
            i += 1;
            continue;
        }
        match c {
            b'[' | b'(' | b'{' => depth += 1,
            b']' | b')' | b'}' => {
                depth = depth.saturating_sub(1);
                if c == b']' && attr_depth.last() == Some(&depth) {
                    attr_depth.pop();
                }
            }
            _ => {}
        }
        if c.is_ascii_alphabetic() || c == b'_' {
            let start = i;
            while i < b.len() && (b[i].is_ascii_alphanumeric() || b[i] == b'_') {
                i += 1;
            }
            let word = &code[start..i];
            let mut k = i;
            while k < b.len() && b[k].is_ascii_whitespace() {
                k += 1;
            }
            let next = b.get(k).copied();
            let bang = next == Some(b'!') && b.get(k + 1) != Some(&b'=');
            let reads = match word {
                "include_str" | "include_bytes" | "debugger_visualizer" => true,
                "include" => bang,
                "path" => {
                    !attr_depth.is_empty() && next == Some(b'=') && b.get(k + 1) != Some(&b'=')
                }
                _ => false,
            };
            if reads {
                let what = if word == "path" {
                    "#[path = …]".to_string()
                } else if word == "debugger_visualizer" {
                    "#[debugger_visualizer]".to_string()
                } else {
                    format!("{word}!")
                };
                return Some(format!(
                    "line {}: {what} reads a file at compile time; exercises never need it",
                    line_of(start)
                ));
            }
            continue;
        }
        i += 1;
    }
    None
}

/// `text` with every comment, string, byte string, raw string and char literal replaced by
/// spaces (newlines kept, so line numbers stay right).
fn blank_comments_and_literals(text: &str) -> String {
    let b = text.as_bytes();
    let mut out = b.to_vec();
    let blank = |out: &mut Vec<u8>, from: usize, to: usize| {
        for x in &mut out[from..to.min(b.len())] {
            if *x != b'\n' {
                *x = b' ';
            }
        }
    };
    let mut i = 0;
    while i < b.len() {
        let ident_before = i > 0 && (b[i - 1].is_ascii_alphanumeric() || b[i - 1] == b'_');
        if b[i] == b'/' && b.get(i + 1) == Some(&b'/') {
            let end = text[i..].find('\n').map_or(b.len(), |n| i + n);
            blank(&mut out, i, end);
            i = end;
        } else if b[i] == b'/' && b.get(i + 1) == Some(&b'*') {
            let (mut j, mut nest) = (i + 2, 1);
            while j < b.len() && nest > 0 {
                if b[j] == b'/' && b.get(j + 1) == Some(&b'*') {
                    nest += 1;
                    j += 2;
                } else if b[j] == b'*' && b.get(j + 1) == Some(&b'/') {
                    nest -= 1;
                    j += 2;
                } else {
                    j += 1;
                }
            }
            blank(&mut out, i, j);
            i = j;
        } else if !ident_before && (b[i] == b'r' || (b[i] == b'b' && b.get(i + 1) == Some(&b'r'))) {
            // r"…", r#"…"#, br"…"
            let mut j = i + if b[i] == b'b' { 2 } else { 1 };
            let hashes_from = j;
            while j < b.len() && b[j] == b'#' {
                j += 1;
            }
            let hashes = j - hashes_from;
            if b.get(j) == Some(&b'"') {
                let close = format!("\"{}", "#".repeat(hashes));
                let end = text[j + 1..]
                    .find(&close)
                    .map_or(b.len(), |n| j + 1 + n + close.len());
                blank(&mut out, i, end);
                i = end;
            } else {
                i += 1;
            }
        } else if b[i] == b'"' {
            let mut j = i + 1;
            while j < b.len() && b[j] != b'"' {
                j += if b[j] == b'\\' { 2 } else { 1 };
            }
            blank(&mut out, i, j + 1);
            i = j + 1;
        } else if b[i] == b'\'' {
            // A char literal ('x', '\n', '\u{1F600}', 'é') or a lifetime ('a).
            let rest = &text[i + 1..];
            let mut chars = rest.char_indices();
            match chars.next() {
                Some((_, '\\')) => {
                    let end = rest[1..].find('\'').map_or(b.len(), |n| i + 1 + 1 + n + 1);
                    blank(&mut out, i, end);
                    i = end;
                }
                Some((_, ch)) if rest[ch.len_utf8()..].starts_with('\'') => {
                    let end = i + 1 + ch.len_utf8() + 1;
                    blank(&mut out, i, end);
                    i = end;
                }
                _ => i += 1,
            }
        } else {
            i += 1;
        }
    }
    String::from_utf8(out).unwrap_or_default()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_way_of_reading_a_file_is_refused() {
        for code in [
            "const _: () = panic!(\"{}\", include_str!(\"../../solutions/x.rs\"));",
            "static B: &[u8] = core::include_bytes!(\"/etc/passwd\");",
            "include!(\"/abs/hidden.rs\");",
            "pub const S: &str = include_str !(\"x\");",
            "macro_rules! m { ($i:ident) => { $i!(\"x\") }; }\nconst S: &str = m!(include_str);",
            "#[path = \"/course/solutions/week1-vectors/src/dot.rs\"]\nmod real;",
            "#[cfg_attr(all(), path = \"../x.rs\")]\nmod real;",
            "#![debugger_visualizer(natvis_file = \"../x.natvis\")]",
            "#[ path\n =\n \"x.rs\" ]\nmod m;",
        ] {
            assert!(
                forbidden_file_access(code).is_some(),
                "file_access: this reads a file and must be refused:\n{code}"
            );
        }
    }

    #[test]
    fn ordinary_code_comments_and_strings_are_fine() {
        for code in [
            "/// Unlike include_str!, this reads nothing.\npub fn f(path: &str) -> bool { path == \"include!\" }",
            "// #[path = \"x\"]\nfn g() { let path = 1; let c = '\"'; let s = r#\"include_bytes!(\"x\")\"#; }",
            "fn h<'a>(x: &'a str) -> &'a str { let _ = '\\''; x }",
            "#[allow(unused)]\nfn k() { let include = 3; let _ = include; let p = [1]; let path = p[0]; }",
            "#[must_use = \"the path = is ok in a string\"]\nfn m() -> u8 { 0 }",
        ] {
            assert_eq!(
                forbidden_file_access(code),
                None,
                "file_access: this reads no file and must be accepted:\n{code}"
            );
        }
    }

    #[test]
    fn the_line_is_named() {
        let why =
            forbidden_file_access("fn a() {}\n\nconst S: &str = include_str!(\"x\");").unwrap();
        assert!(
            why.starts_with("line 3: include_str!"),
            "file_access: {why}"
        );
    }
}
