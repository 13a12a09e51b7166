//! Cutting text for display: the one truncation rule of xtask's messages (the grader's
//! feedback, compiler errors, `progress`'s one-line summaries).

/// `s` cut to at most `max_lines` lines (as [`str::lines`] counts them; `None`: any number,
/// and `s` is kept byte for byte) and then to at most `max_chars` characters, with `marker`
/// appended when anything was cut. O(len(s)).
///
/// ```
/// use xtask::text::truncate;
/// assert_eq!(truncate("abcdef", None, 3, "…"), "abc…");
/// assert_eq!(truncate("a\nb\nc", Some(2), 100, " (cut)"), "a\nb (cut)");
/// assert_eq!(truncate("short", None, 10, "…"), "short");
/// ```
pub fn truncate(s: &str, max_lines: Option<usize>, max_chars: usize, marker: &str) -> String {
    let (mut out, mut cut) = match max_lines {
        Some(n) => {
            let lines: Vec<&str> = s.lines().collect();
            (lines[..lines.len().min(n)].join("\n"), lines.len() > n)
        }
        None => (s.to_string(), false),
    };
    if out.chars().count() > max_chars {
        out = out.chars().take(max_chars).collect();
        cut = true;
    }
    if cut {
        out.push_str(marker);
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn cuts_lines_then_characters_and_says_so() {
        assert_eq!(truncate("ab\ncd\nef", Some(2), 4, "|"), "ab\nc|");
        assert_eq!(truncate("ab\ncd\n", Some(2), 10, "|"), "ab\ncd");
        assert_eq!(truncate("ab\ncd\n", None, 10, "|"), "ab\ncd\n");
        assert_eq!(truncate("éé", None, 1, "…"), "é…");
        assert_eq!(truncate("", Some(0), 0, "…"), "");
    }
}
