//! Everything fclint prints is inert: it cannot move the cursor, recolour or retitle a terminal,
//! reorder text with bidi overrides, start a CI workflow command, or show a value fclint read
//! from the environment.
//!
//! fclint runs on strangers' pull requests and its output lands in public CI logs, where the
//! GitHub runner obeys any line that starts (after leading whitespace) with `::name …::` and any
//! line that contains the legacy `##[name]` form anywhere (`actions/runner`,
//! `src/Runner.Common/ActionCommand.cs`, `TryParseV2` and `TryParse`). Three mechanisms, all
//! linear in the text:
//!
//! - [`escape`] writes control characters (C0, DEL, C1), bidi controls and line separators
//!   visibly (`\n`, `\u{1b}`, `\u{202e}`). It is applied where user text enters a message, a key
//!   or a path.
//! - [`guard`] is applied to every byte fclint writes, per medium: it escapes what [`escape`]
//!   escapes (keeping line breaks and tabs, and fclint's own colour sequences when colour is on),
//!   neutralises a line that would start a workflow command (`::` → `\::`) and every `##[`.
//! - [`remember_secret`] and [`scrub`]: values read from the environment are remembered, and
//!   the output is masked for them as a last line of defence (the first is that resolution marks
//!   such values sensitive and every renderer shows the expression instead).

use std::borrow::Cow;
use std::sync::{Mutex, OnceLock};

/// Is `c` a character that must never reach the output raw?
pub fn is_dangerous(c: char) -> bool {
    matches!(c,
        '\u{0}'..='\u{1f}'
        | '\u{7f}'..='\u{9f}'
        // Arabic letter mark, left-to-right and right-to-left marks.
        | '\u{61c}' | '\u{200e}' | '\u{200f}'
        // Line and paragraph separators, which some viewers break lines at.
        | '\u{2028}' | '\u{2029}'
        // Bidi embeddings, overrides and isolates (the "Trojan Source" characters).
        | '\u{202a}'..='\u{202e}' | '\u{2066}'..='\u{2069}')
}

/// Could `s` hold a dangerous character other than `\n` and `\t`? A byte scan, no decoding:
/// C0 and DEL bytes, the two bytes of C1 and U+061C, and the first two bytes of the
/// U+200E–U+206F marks (`E2 80`, `E2 81`). False positives (`—` is `E2 80 94`) are then
/// decided by [`is_dangerous`].
fn may_be_dangerous(s: &str) -> bool {
    let b = s.as_bytes();
    // A first pass the compiler vectorises: most text has none of these bytes.
    let lead =
        |x: u8| (x < 0x20 && x != b'\n' && x != b'\t') || matches!(x, 0x7f | 0xc2 | 0xd8 | 0xe2);
    if !b.iter().any(|&x| lead(x)) {
        return false;
    }
    b.iter().enumerate().any(|(i, &x)| match x {
        b'\n' | b'\t' => false,
        0..=0x1f | 0x7f => true,
        // C1: U+0080–U+009F is `C2 80`–`C2 9F`; U+061C is `D8 9C`.
        0xc2 => matches!(b.get(i + 1), Some(0x80..=0x9f)),
        0xd8 => b.get(i + 1) == Some(&0x9c),
        0xe2 => matches!(b.get(i + 1), Some(0x80 | 0x81)),
        _ => false,
    })
}

fn visible(c: char, out: &mut String) {
    use std::fmt::Write;
    match c {
        '\n' => out.push_str("\\n"),
        '\r' => out.push_str("\\r"),
        '\t' => out.push_str("\\t"),
        c => {
            let _ = write!(out, "\\u{{{:x}}}", c as u32);
        }
    }
}

/// `s` with every dangerous character written visibly (`\n`, `\t`, `\u{1b}`, `\u{202e}`). No
/// copy when there is nothing to escape, which is nearly always.
pub fn escape(s: &str) -> Cow<'_, str> {
    let quick = !s.bytes().any(|b| b == b'\n' || b == b'\t') && !may_be_dangerous(s);
    if quick || !s.chars().any(is_dangerous) {
        return Cow::Borrowed(s);
    }
    let mut out = String::with_capacity(s.len() + 16);
    for c in s.chars() {
        if is_dangerous(c) {
            visible(c, &mut out);
        } else {
            out.push(c);
        }
    }
    Cow::Owned(out)
}

/// A path as given (not made relative, unlike [`crate::source::display_path`]), written
/// visibly: for messages that name a path the user typed or fclint found.
pub fn path(p: &std::path::Path) -> String {
    escape(&p.display().to_string()).into_owned()
}

/// [`escape`], keeping line breaks and tabs (for snippets of several lines).
pub fn escape_keeping_lines(s: &str) -> Cow<'_, str> {
    if !may_be_dangerous(s) || !s.chars().any(|c| is_dangerous(c) && c != '\n' && c != '\t') {
        return Cow::Borrowed(s);
    }
    let mut out = String::with_capacity(s.len() + 16);
    let mut chars = s.chars().peekable();
    while let Some(c) = chars.next() {
        let crlf = c == '\r' && chars.peek() == Some(&'\n');
        if is_dangerous(c) && c != '\n' && c != '\t' && !crlf {
            visible(c, &mut out);
        } else {
            out.push(c);
        }
    }
    Cow::Owned(out)
}

/// What kind of text [`guard`] is given, which decides how an escape is written so that the
/// text stays valid in its format.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Medium {
    /// Plain text, markdown, mermaid, stderr: `\u{1b}`, `\::`, `##\[`.
    Text,
    /// Plain text that may hold fclint's own colour: SGR sequences (`ESC[…m`) stay.
    ColoredText,
    /// `--format github`: every line is fclint's own workflow command (its data is already
    /// escaped); `##[` is still neutralised.
    Github,
    /// JSON (also SARIF): escapes are JSON escapes (`\u001b`, `##\u005b`), so the document
    /// stays valid and means the same.
    Json,
    /// YAML written by `fclint preview`: dangerous characters only occur in double-quoted
    /// scalars, where `\u001B` and `\u005B` are escapes.
    Yaml,
    /// XML (JUnit): `\u{1b}` as text, `##&#91;`.
    Xml,
}

/// Make `text` safe to write in `medium`: escape dangerous characters (keeping `\n` and `\t`),
/// neutralise lines that start a workflow command and the legacy `##[` form. Lines are
/// never joined or split. No copy when there is nothing to do.
pub fn guard(text: &str, medium: Medium) -> Cow<'_, str> {
    // In JSON and the YAML of `preview` every line starts with indentation and a quote, a
    // bracket or a key fclint quotes when it starts with `:`; elsewhere a line may start `::`.
    let lines_may_start_commands = !matches!(medium, Medium::Github | Medium::Json | Medium::Yaml);
    let needs = may_be_dangerous(text)
        || text.contains("##[")
        || (lines_may_start_commands && text.contains("::"));
    if !needs {
        return Cow::Borrowed(text);
    }
    let mut out = String::with_capacity(text.len() + 64);
    for (i, line) in text.split('\n').enumerate() {
        if i > 0 {
            out.push('\n');
        }
        guard_line(line, medium, &mut out);
    }
    Cow::Owned(out)
}

fn guard_line(line: &str, medium: Medium, out: &mut String) {
    use std::fmt::Write;
    let start = out.len();
    // Nearly every line has nothing to escape: copy it whole.
    let legacy = line.as_bytes().contains(&b'#') && line.contains("##[");
    if !legacy && !may_be_dangerous(line) {
        out.push_str(line);
        if medium != Medium::Github && line.trim_start().starts_with("::") {
            let lead = line.len() - line.trim_start().len();
            out.insert(start + lead, '\\');
        }
        return;
    }
    let mut chars = line.char_indices().peekable();
    while let Some((i, c)) = chars.next() {
        if c == '#' && line[i..].starts_with("##[") {
            out.push_str(match medium {
                Medium::Json | Medium::Yaml => "##\\u005b",
                Medium::Xml => "##&#91;",
                _ => "##\\[",
            });
            chars.next();
            chars.next();
            continue;
        }
        if !is_dangerous(c) || c == '\t' {
            out.push(c);
            continue;
        }
        if c == '\u{1b}' && medium == Medium::ColoredText {
            // fclint's own colour: `ESC [ digits/semicolons m` passes; nothing else does.
            let rest = &line[i + 1..];
            let sgr = rest.strip_prefix('[').and_then(|r| {
                let n = r
                    .bytes()
                    .take_while(|b| b.is_ascii_digit() || *b == b';')
                    .count();
                (r.as_bytes().get(n) == Some(&b'm')).then_some(n + 2)
            });
            if let Some(len) = sgr {
                out.push(c);
                out.push_str(&rest[..len]);
                for _ in 0..len {
                    chars.next();
                }
                continue;
            }
        }
        match medium {
            Medium::Json | Medium::Yaml => {
                let _ = write!(out, "\\u{:04x}", c as u32);
            }
            _ => visible(c, out),
        }
    }
    // The runner trims leading whitespace before it looks for `::`.
    if medium != Medium::Github {
        let written = &out[start..];
        let lead = written.len() - written.trim_start().len();
        if written[lead..].starts_with("::") {
            out.insert(start + lead, '\\');
        }
    }
}

/// Values shorter than this are not masked by [`scrub`] (they would mask ordinary words);
/// resolution keeps them out of every message by itself.
pub const MIN_SECRET_LEN: usize = 8;
/// What [`scrub`] writes instead of a remembered value.
pub const MASK: &str = "******";

struct Secrets {
    values: std::collections::HashSet<String>,
    matcher: Option<aho_corasick::AhoCorasick>,
}

fn secrets() -> &'static Mutex<Secrets> {
    static S: OnceLock<Mutex<Secrets>> = OnceLock::new();
    S.get_or_init(|| {
        Mutex::new(Secrets {
            values: std::collections::HashSet::new(),
            matcher: None,
        })
    })
}

/// Remember a value read from the environment (or a `.env` file) so that [`scrub`] masks it.
pub fn remember_secret(value: &str) {
    let value = value.trim();
    if value.chars().count() < MIN_SECRET_LEN {
        return;
    }
    if let Ok(mut s) = secrets().lock() {
        if s.values.insert(value.to_string()) {
            s.matcher = None;
        }
    }
}

/// `text` with every remembered value masked as [`MASK`].
pub fn scrub(text: &str) -> Cow<'_, str> {
    let Ok(mut s) = secrets().lock() else {
        return Cow::Borrowed(text);
    };
    if s.values.is_empty() {
        return Cow::Borrowed(text);
    }
    if s.matcher.is_none() {
        let mut pats: Vec<&String> = s.values.iter().collect();
        pats.sort();
        s.matcher = aho_corasick::AhoCorasick::builder()
            .match_kind(aho_corasick::MatchKind::LeftmostLongest)
            .build(pats)
            .ok();
    }
    let Some(m) = &s.matcher else {
        return Cow::Borrowed(text);
    };
    if !m.is_match(text) {
        return Cow::Borrowed(text);
    }
    let mut out = String::with_capacity(text.len());
    m.replace_all_with(text, &mut out, |_, _, dst| {
        dst.push_str(MASK);
        true
    });
    Cow::Owned(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_byte_scan_finds_every_dangerous_character() {
        for c in (0u32..0x3000).filter_map(char::from_u32) {
            if is_dangerous(c) && c != '\n' && c != '\t' {
                assert!(may_be_dangerous(&format!("a{c}b")), "{c:?}");
            }
        }
        assert!(!may_be_dangerous("plain │ ╭─ × · 订单 \n\t"));
    }

    #[test]
    fn escapes_controls_bidi_and_separators() {
        assert_eq!(escape("plain 订单"), "plain 订单");
        assert_eq!(
            escape("a\nb\r\t\u{1b}[31m\u{7f}\u{85}\u{202e}\u{2028}"),
            "a\\nb\\r\\t\\u{1b}[31m\\u{7f}\\u{85}\\u{202e}\\u{2028}"
        );
    }

    #[test]
    fn guard_neutralises_workflow_commands() {
        assert_eq!(
            guard("ok\n  ::error::x\n", Medium::Text),
            "ok\n  \\::error::x\n"
        );
        assert_eq!(guard("a ##[error]x", Medium::Text), "a ##\\[error]x");
        assert_eq!(guard("\u{2003}::x::y", Medium::Text), "\u{2003}\\::x::y");
        // Own annotations pass; `##[` in their data does not.
        assert_eq!(
            guard("::error file=a::m ##[x]", Medium::Github),
            "::error file=a::m ##\\[x]"
        );
        assert_eq!(guard("\"a ##[b]\"", Medium::Json), "\"a ##\\u005bb]\"");
        assert_eq!(guard("a##[b", Medium::Xml), "a##&#91;b");
    }

    #[test]
    fn guard_escapes_but_keeps_own_colour() {
        assert_eq!(
            guard("\u{1b}[1;31mx\u{1b}[0m", Medium::ColoredText),
            "\u{1b}[1;31mx\u{1b}[0m"
        );
        assert_eq!(
            guard("\u{1b}]0;t\u{7}", Medium::ColoredText),
            "\\u{1b}]0;t\\u{7}"
        );
        assert_eq!(guard("\u{1b}[1m", Medium::Text), "\\u{1b}[1m");
        assert_eq!(guard("\"\u{202e}\"", Medium::Json), "\"\\u202e\"");
        assert_eq!(guard("a\r\nb\tc", Medium::Text), "a\\r\nb\tc");
    }

    #[test]
    fn scrub_masks_remembered_values_only() {
        remember_secret("short");
        remember_secret("fclint-test-secret-value");
        assert_eq!(
            scrub("x fclint-test-secret-value y short"),
            format!("x {MASK} y short")
        );
        assert_eq!(scrub("nothing here"), "nothing here");
    }
}
