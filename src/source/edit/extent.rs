//! Setting one key of a mapping: replace its scalar value in the quoting it was written in,
//! or, when the key is absent, insert it as the mapping's last entry: in block style on a
//! line of its own indented like its siblings, in flow style before
//! the closing brace, on a line of its own too when the siblings each have one.

use super::{replace, text_of, written_here};
use crate::diag::TextEdit;
use crate::source::{Entry, Kind, Node, SourceFile, Span};

/// Replace the scalar `node` with the plain word `value`, keeping its quotes: `'NONE'` becomes
/// `'ALL'`, `"NONE"` `"ALL"`, `NONE` `ALL`. `None` when the value was not written here (see
/// [`written_here`]), is not a scalar, or is empty (`key:` with nothing after it, whose span
/// holds no text to replace). `value` must need no quoting or escaping.
pub fn set_scalar(node: &Node, src: &SourceFile, value: &str) -> Option<TextEdit> {
    if matches!(node.kind, Kind::Map(_) | Kind::Seq(_)) || !written_here(node, src) {
        return None;
    }
    let text = text_of(src, node.span)?;
    // On the line of its key (not a block scalar's content, which starts on the next line).
    let start = node.span.start.byte as usize;
    let before = src.text.get(..start)?;
    let line = &before[before.rfind('\n').map_or(0, |i| i + 1)..];
    if text.contains('\n') || !line.trim_end().ends_with([':', '-', ',', '{', '[']) {
        return None;
    }
    let quote = match text.as_bytes().first()? {
        q @ (b'\'' | b'"') => Some(*q as char),
        b'|' | b'>' | b'&' | b'*' | b'!' => return None,
        _ => None,
    };
    Some(match quote {
        Some(q) if text.len() >= 2 && text.ends_with(q) => {
            replace(node.span, format!("{q}{value}{q}"))
        }
        Some(_) => return None,
        None => replace(node.span, value),
    })
}

/// Set `key` of the mapping `map` to the plain word `value`: replace the value written there
/// ([`set_scalar`]), or insert `key: value` as the last entry ([`insert_last`]). `None` when
/// neither can be done in place.
pub fn set_or_insert(map: &Node, src: &SourceFile, key: &str, value: &str) -> Option<TextEdit> {
    match map.get(key) {
        Some(v) => set_scalar(v, src, value),
        None => insert_last(map, src, key, value),
    }
}

/// Insert `key: value` as the last entry of the mapping `map`, in its style.
pub fn insert_last(map: &Node, src: &SourceFile, key: &str, value: &str) -> Option<TextEdit> {
    let Kind::Map(entries) = &map.kind else {
        return None;
    };
    if map.origin.is_some() {
        return None;
    }
    if text_of(src, map.span)?.starts_with('{') {
        insert_flow(map, entries, src, key, value)
    } else {
        insert_block(map, entries, src, key, value)
    }
}

/// In a block mapping: on a new line after the last line of the last entry that holds more
/// than a comment, indented like the first key. The last entry's span may run on over
/// comment lines after it and the indentation of the next line: those stay after the new
/// entry. `None` when the last value is a multi-line scalar (its lines are not to be read as
/// comments) or the keys were not written in this file.
fn insert_block(
    map: &Node,
    entries: &[Entry],
    src: &SourceFile,
    key: &str,
    value: &str,
) -> Option<TextEdit> {
    let file = map.span.file;
    let (first, last) = (entries.first()?, entries.last()?);
    if [
        first.key_span.file,
        last.key_span.file,
        last.value.span.file,
    ]
    .iter()
    .any(|f| *f != file)
    {
        return None;
    }
    let indent = sibling_indent(src, first.key_span)?;
    let start = last.key_span.start.byte as usize;
    let end = last.value.span.end.byte.max(last.key_span.end.byte) as usize;
    if !matches!(last.value.kind, Kind::Map(_) | Kind::Seq(_))
        && text_of(src, last.value.span)?.trim_end().contains('\n')
    {
        return None;
    }
    let region = src.text.get(start..end)?;
    // The end of the last line with content in the region.
    let mut at = None;
    let mut line_start = start;
    for line in region.split_inclusive('\n') {
        let t = line.trim();
        if !t.is_empty() && !t.starts_with('#') {
            at = Some(line_start + line.trim_end_matches(['\n', '\r']).len());
        }
        line_start += line.len();
    }
    let mut at = at?;
    // The last content line may go on past the region (a trailing comment after the value).
    let tail = src.text.get(at..)?;
    at += tail.find('\n').unwrap_or(tail.len());
    if src.text.as_bytes().get(at.wrapping_sub(1)) == Some(&b'\r') {
        at -= 1;
    }
    let pos = src.pos_at_byte(at);
    let nl = newline_at(src, at);
    Some(replace(
        Span {
            file,
            start: pos,
            end: pos,
        },
        format!("{nl}{indent}{key}: {value}"),
    ))
}

/// The line break of the line that ends at `byte`: `\r\n` when the file has one there.
fn newline_at(src: &SourceFile, byte: usize) -> &'static str {
    if src.text.as_bytes().get(byte) == Some(&b'\r') {
        "\r\n"
    } else {
        "\n"
    }
}

/// The indentation of a key: the blanks before it, or as many spaces as its column when it
/// follows a `- ` of a sequence item.
fn sibling_indent(src: &SourceFile, key: Span) -> Option<String> {
    let start = key.start.byte as usize;
    let before = src.text.get(..start)?;
    let line = &before[before.rfind('\n').map_or(0, |i| i + 1)..];
    if line.chars().all(|c| c == ' ') {
        Some(line.to_string())
    } else if line.trim_start().starts_with('-') && !line.contains('\t') {
        Some(" ".repeat(line.chars().count()))
    } else {
        None
    }
}

/// In a flow mapping: after the last entry (`{a: 1, key: value}`), or on a line of its own
/// indented like the last key when the entries are on lines of their own. The mapping's span
/// may run on over a comment after it: the closing brace is found after the last entry.
fn insert_flow(
    map: &Node,
    entries: &[Entry],
    src: &SourceFile,
    key: &str,
    value: &str,
) -> Option<TextEdit> {
    let file = map.span.file;
    let open = map.span.start.byte as usize;
    let (after, text) = match entries.last() {
        Some(last) => {
            if last.key_span.file != file || last.value.span.file != file {
                return None;
            }
            let end = content_end(src, &last.value)?.max(last.key_span.end.byte as usize);
            let prev_line = match entries.len() {
                1 => src.pos_at_byte(open).line,
                n => entries[n - 2].key_span.start.line,
            };
            let line_end = src
                .text
                .get(end..)?
                .find('\n')
                .map_or(src.text.len(), |i| end + i);
            let rest = src.text.get(end..line_end)?.trim_end_matches('\r');
            let own_line = prev_line != last.key_span.start.line
                && (rest.trim().is_empty() || rest.trim_start().starts_with('#'));
            if own_line {
                // `d: 2 # two` becomes `d: 2, # two` and the new entry the next line.
                let indent = line_indent(src, last.key_span)?;
                let (a, b) = (src.pos_at_byte(end), src.pos_at_byte(end + rest.len()));
                let nl = newline_at(src, end + rest.len());
                return Some(replace(
                    Span {
                        file,
                        start: a,
                        end: b,
                    },
                    format!(",{rest}{nl}{indent}{key}: {value}"),
                ));
            }
            (end, format!(", {key}: {value}"))
        }
        None => (open + 1, format!("{key}: {value}")),
    };
    // Only blanks and comments between the insertion point and the closing brace.
    let rest = src.text.get(after..)?;
    let mut in_comment = false;
    for c in rest.chars() {
        match c {
            '\n' => in_comment = false,
            _ if in_comment => {}
            '#' => in_comment = true,
            ' ' | '\t' | '\r' => {}
            '}' => break,
            _ => return None,
        }
    }
    let at = src.pos_at_byte(after);
    Some(replace(
        Span {
            file,
            start: at,
            end: at,
        },
        text,
    ))
}

/// The byte after a value as written: its span's end, or for a flow collection (whose span
/// may run on over a comment after it) the byte after its closing bracket.
fn content_end(src: &SourceFile, node: &Node) -> Option<usize> {
    let start = node.span.start.byte as usize;
    let end = node.span.end.byte as usize;
    let text = src.text.get(start..)?;
    if !text.starts_with(['{', '[']) {
        return Some(end);
    }
    let bytes = text.as_bytes();
    let (mut depth, mut i) = (0usize, 0usize);
    while i < bytes.len() {
        match bytes[i] {
            b'{' | b'[' => depth += 1,
            b'}' | b']' => {
                depth = depth.checked_sub(1)?;
                if depth == 0 {
                    return Some(start + i + 1);
                }
            }
            q @ (b'\'' | b'"') => {
                i += 1;
                while i < bytes.len() {
                    if bytes[i] == b'\\' && q == b'"' {
                        i += 1;
                    } else if bytes[i] == q {
                        if q == b'\'' && bytes.get(i + 1) == Some(&b'\'') {
                            i += 1;
                        } else {
                            break;
                        }
                    }
                    i += 1;
                }
            }
            b'#' if i > 0 && matches!(bytes[i - 1], b' ' | b'\t' | b'\n') => {
                while i < bytes.len() && bytes[i] != b'\n' {
                    i += 1;
                }
            }
            _ => {}
        }
        i += 1;
    }
    None
}

/// The blanks before `key` on its line, when only blanks stand there.
fn line_indent(src: &SourceFile, key: Span) -> Option<&str> {
    let start = key.start.byte as usize;
    let before = src.text.get(..start)?;
    let line = &before[before.rfind('\n').map_or(0, |i| i + 1)..];
    line.chars().all(|c| c == ' ').then_some(line)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::source::{parse, FileId, ParseLimits};

    /// `text` with `key` of the mapping at `path` set to `ALL`.
    fn set(text: &str, path: &[&str], key: &str) -> Option<String> {
        let src = SourceFile::new("s.yaml".into(), "s.yaml".into(), text.to_string());
        let parsed = parse(FileId(0), &src, ParseLimits::default());
        let root = parsed.root?;
        let map = root.at(path)?;
        let e = set_or_insert(map, &src, key, "ALL")?;
        Some(crate::source::edit::applied(text, vec![e]))
    }

    #[test]
    fn replaces_in_the_written_quotes() {
        let t = "r:\n  a: 1\n  e: NONE # why\n";
        assert_eq!(set(t, &["r"], "e").unwrap(), "r:\n  a: 1\n  e: ALL # why\n");
        let t = "r:\n  e: 'NONE'\n";
        assert_eq!(set(t, &["r"], "e").unwrap(), "r:\n  e: 'ALL'\n");
        let t = "r: {e: \"NONE\", a: 1}\n";
        assert_eq!(set(t, &["r"], "e").unwrap(), "r: {e: \"ALL\", a: 1}\n");
        let t = "r:\n  e: null\n";
        assert_eq!(set(t, &["r"], "e").unwrap(), "r:\n  e: ALL\n");
    }

    #[test]
    fn inserts_after_the_last_sibling_block_style() {
        let t = "x:\n  r:\n    a: 1\n    d:\n      Arn: q # the queue\n    # trailing\ny: 2\n";
        assert_eq!(
            set(t, &["x", "r"], "e").unwrap(),
            "x:\n  r:\n    a: 1\n    d:\n      Arn: q # the queue\n    e: ALL\n    # trailing\ny: 2\n"
        );
        let t = "l:\n  - r:\n        m: 1   # x\n        d:\n          A: q # y\n        # end\n  - r: 2\n";
        assert!(set(t, &["l"], "e").is_none(), "a sequence is not a mapping");
        let src = SourceFile::new("s.yaml".into(), "s.yaml".into(), t.to_string());
        let root = parse(FileId(0), &src, ParseLimits::default()).root.unwrap();
        let r = root.get("l").unwrap().items()[0].get("r").unwrap();
        let e = set_or_insert(r, &src, "e", "ALL").unwrap();
        let (s, end) = (e.span.start.byte as usize, e.span.end.byte as usize);
        assert_eq!(
            format!("{}{}{}", &t[..s], e.replacement, &t[end..]),
            "l:\n  - r:\n        m: 1   # x\n        d:\n          A: q # y\n        e: ALL\n        # end\n  - r: 2\n"
        );
    }

    #[test]
    fn inserts_in_a_sequence_item_at_the_key_column() {
        let t = "l:\n  - a: 1\n    d: 2\n";
        assert!(set(t, &["l"], "e").is_none(), "a sequence is not a mapping");
        let src = SourceFile::new("s.yaml".into(), "s.yaml".into(), t.to_string());
        let root = parse(FileId(0), &src, ParseLimits::default()).root.unwrap();
        let item = &root.get("l").unwrap().items()[0];
        let e = set_or_insert(item, &src, "e", "ALL").unwrap();
        assert_eq!(e.replacement, "\n    e: ALL");
    }

    #[test]
    fn keeps_the_line_breaks_of_the_file() {
        let t = "r:\r\n  a: 1 # c\r\ny: 2\r\n";
        assert_eq!(
            set(t, &["r"], "e").unwrap(),
            "r:\r\n  a: 1 # c\r\n  e: ALL\r\ny: 2\r\n"
        );
        let t = "r: {\r\n  a: 1\r\n}\r\n";
        assert_eq!(
            set(t, &["r"], "e").unwrap(),
            "r: {\r\n  a: 1,\r\n  e: ALL\r\n}\r\n"
        );
    }

    #[test]
    fn inserts_in_flow_style() {
        let t = "r: {a: 1, d: {Arn: q}} # c\n";
        assert_eq!(
            set(t, &["r"], "e").unwrap(),
            "r: {a: 1, d: {Arn: q}, e: ALL} # c\n"
        );
        let t = "r: {}\n";
        assert_eq!(set(t, &["r"], "e").unwrap(), "r: {e: ALL}\n");
        let t = "r: {\n    a: 1, # one\n    d: 2 # two\n  }\n";
        assert_eq!(
            set(t, &["r"], "e").unwrap(),
            "r: {\n    a: 1, # one\n    d: 2, # two\n    e: ALL\n  }\n"
        );
        let t = "r: {\n  a: 1,\n  d: {A: 'x}''', B: \"}\"} # }\n}\n";
        assert_eq!(
            set(t, &["r"], "e").unwrap(),
            "r: {\n  a: 1,\n  d: {A: 'x}''', B: \"}\"}, # }\n  e: ALL\n}\n"
        );
    }

    #[test]
    fn leaves_what_it_cannot_rewrite() {
        assert!(set("r:\n  e: |\n    NONE\n", &["r"], "e").is_none());
        assert!(set("r:\n  e: [NONE]\n", &["r"], "e").is_none());
        assert!(set("r:\n  a: |\n    x\n    # y\n", &["r"], "e").is_none());
    }
}
