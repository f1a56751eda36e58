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

mod keys;
pub use keys::{
    plain_safe, preferred_quote, quote_scalar, rename_key, render, replace_scalar, Quote,
};

/// `text` with `edits` applied, last first (for tests of the edits and of the fixes built on
/// them; the fix engine itself is `crate::fix::apply`).
#[cfg(test)]
pub(crate) fn applied(text: &str, mut edits: Vec<TextEdit>) -> String {
    edits.sort_by_key(|e| std::cmp::Reverse(e.span.start.byte));
    let mut out = text.to_string();
    for e in edits {
        out.replace_range(
            e.span.start.byte as usize..e.span.end.byte as usize,
            &e.replacement,
        );
    }
    out
}
