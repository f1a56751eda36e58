//! Building the text edits of a fix (see [`crate::diag::Fix`]): byte-span replacements on the
//! file as written, so that everything outside them (comments, quoting, key order, blank
//! lines, indentation) stays byte-identical. Rules call these; `fclint check --fix` applies
//! the result.

mod extent;
mod lift;
mod lines;

pub use extent::{insert_last, set_or_insert, set_scalar};
pub use lift::rename_keys;
pub use lines::{delete_comment, delete_list_item};

use super::{Kind, Node, SourceFile, Span};
use crate::diag::TextEdit;

/// Replace the text of `span` with `replacement`.
pub fn replace(span: Span, replacement: impl Into<String>) -> TextEdit {
    TextEdit {
        span,
        replacement: replacement.into(),
    }
}

/// Whether `node` is written, as itself, at its span in `src`: not copied there from a
/// `${vars.x}`, a base file or a template, not read from the environment or another file,
/// and not a value that cannot be known. Only such a value can be rewritten in place.
pub fn written_here(node: &Node, src: &SourceFile) -> bool {
    node.origin.is_none()
        && !node.contains_sensitive()
        && !matches!(node.kind, Kind::Unknown(_))
        && text_of(src, node.span).is_some_and(|t| !t.contains("${"))
}

/// The text of `span` in `src` (`None` when the span is not inside it).
pub fn text_of(src: &SourceFile, span: Span) -> Option<&str> {
    src.text
        .get(span.start.byte as usize..span.end.byte as usize)
}

/// Replace a scalar value written at its span with `replacement` (`None` when it was not
/// written there, see [`written_here`]).
pub fn replace_value(node: &Node, src: &SourceFile, replacement: &str) -> Option<TextEdit> {
    written_here(node, src).then(|| replace(node.span, replacement))
}

/// Insert `key: value` into the mapping `map` as its last entry, indented like its siblings:
/// in block style on a new line after the last entry (after a comment that ends its line), in
/// flow style (`{a: 1}`) before the closing brace. `None` when the mapping was not written in
/// this file, or has no entry to take the indentation from in block style.
pub fn insert_entry(map: &Node, src: &SourceFile, key: &str, value: &str) -> Option<TextEdit> {
    let Kind::Map(entries) = &map.kind else {
        return None;
    };
    if map.origin.is_some() || map.span.file != src_file_of(map, entries) {
        return None;
    }
    let text = text_of(src, map.span)?;
    if text.starts_with('{') {
        return insert_flow(map, entries, src, key, value);
    }
    let first = entries.first()?;
    let last = entries.last()?;
    if first.key_span.file != map.span.file || last.value.span.file != map.span.file {
        return None;
    }
    let indent = indentation(src, first.key_span)?;
    // The end of the last entry: its value's end, or its key's when the value is empty.
    let end = last.value.span.end.byte.max(last.key_span.end.byte) as usize;
    let line_end = line_end_after(&src.text, end);
    let at = src.pos_at_byte(line_end);
    let span = Span {
        file: map.span.file,
        start: at,
        end: at,
    };
    Some(replace(span, format!("\n{indent}{key}: {value}")))
}

/// The file the mapping's entries were written in (the mapping's own, normally).
fn src_file_of(map: &Node, entries: &[super::Entry]) -> super::FileId {
    entries.first().map_or(map.span.file, |e| e.key_span.file)
}

fn insert_flow(
    map: &Node,
    entries: &[super::Entry],
    src: &SourceFile,
    key: &str,
    value: &str,
) -> Option<TextEdit> {
    let close = map.span.end.byte.checked_sub(1)? as usize;
    if src.text.as_bytes().get(close) != Some(&b'}') {
        return None;
    }
    let (at, insert) = match entries.last() {
        Some(last) => (
            last.value.span.end.byte.max(last.key_span.end.byte) as usize,
            format!(", {key}: {value}"),
        ),
        None => (close, format!("{key}: {value}")),
    };
    let pos = src.pos_at_byte(at);
    Some(replace(
        Span {
            file: map.span.file,
            start: pos,
            end: pos,
        },
        insert,
    ))
}

/// The spaces before the key at `key` on its line, or as many spaces as the key's column when
/// the key follows a `- ` of a sequence item.
fn indentation(src: &SourceFile, key: Span) -> Option<String> {
    let start = key.start.byte as usize;
    let line_start = src.text.get(..start)?.rfind('\n').map_or(0, |i| i + 1);
    let prefix = src.text.get(line_start..start)?;
    Some(if prefix.chars().all(|c| c == ' ') {
        prefix.to_string()
    } else {
        " ".repeat(prefix.chars().count())
    })
}

/// The byte offset of the end of the line holding `byte` (before its `\n` or `\r\n`). A span
/// that ends at the start of a line (after a block value's last newline) belongs to the line
/// before it.
fn line_end_after(text: &str, byte: usize) -> usize {
    let byte = byte.min(text.len());
    let mut from = byte;
    if from > 0 && text.as_bytes().get(from - 1) == Some(&b'\n') {
        from -= 1;
        return trim_cr(text, from);
    }
    match text.get(from..).and_then(|t| t.find('\n')) {
        Some(i) => trim_cr(text, from + i),
        None => text.len(),
    }
}

fn trim_cr(text: &str, newline: usize) -> usize {
    if newline > 0 && text.as_bytes().get(newline - 1) == Some(&b'\r') {
        newline - 1
    } else {
        newline
    }
}

/// Delete the whole line `line` (1-based) of `src`, with its line break.
pub fn delete_line(src: &SourceFile, file: super::FileId, line: u32) -> Option<TextEdit> {
    if line == 0 || line as usize > src.line_count() {
        return None;
    }
    let start = src.pos_at_line_col0(line as usize, 0);
    let start_byte = start.byte as usize;
    let rest = src.text.get(start_byte..)?;
    let end_byte = rest
        .find('\n')
        .map_or(src.text.len(), |i| start_byte + i + 1);
    Some(replace(
        Span {
            file,
            start,
            end: src.pos_at_byte(end_byte),
        },
        "",
    ))
}

/// Delete `span` and the spaces before it on its line (a trailing comment, say).
pub fn delete_with_leading_spaces(src: &SourceFile, span: Span) -> Option<TextEdit> {
    let start = span.start.byte as usize;
    let before = src.text.get(..start)?;
    let trimmed = before.trim_end_matches([' ', '\t']).len();
    Some(replace(
        Span {
            file: span.file,
            start: src.pos_at_byte(trimmed),
            end: span.end,
        },
        "",
    ))
}
