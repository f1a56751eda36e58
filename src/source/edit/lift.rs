//! Rewriting a block from one layout to another by a table of key names (an edition 1
//! trigger into edition 3's, say): every key the table names is renamed in place, in the
//! quotes it was written in, and everything else in the block (values, comments, order,
//! indentation) stays as it was. All or nothing.

use super::{replace, text_of};
use crate::diag::TextEdit;
use crate::source::{Kind, Node, SourceFile};

/// The edits that rename, in the mapping `map`, each key `old` of `table` to its `new`.
/// `None` when the mapping was not written in this file, a new name is already a key of it,
/// or a key to rename is not written as its name (plain, or in quotes).
pub fn rename_keys(map: &Node, src: &SourceFile, table: &[(&str, &str)]) -> Option<Vec<TextEdit>> {
    let Kind::Map(entries) = &map.kind else {
        return None;
    };
    if map.origin.is_some() || table.iter().any(|(_, new)| map.get(new).is_some()) {
        return None;
    }
    let mut edits = Vec::new();
    for e in entries {
        let Some((old, new)) = table.iter().find(|(old, _)| *old == e.key) else {
            continue;
        };
        if e.key_span.file != map.span.file {
            return None;
        }
        let written = text_of(src, e.key_span)?;
        let quote = match written.as_bytes().first() {
            Some(q @ (b'\'' | b'"')) => (*q as char).to_string(),
            _ => String::new(),
        };
        if written != format!("{quote}{old}{quote}") {
            return None;
        }
        edits.push(replace(e.key_span, format!("{quote}{new}{quote}")));
    }
    (!edits.is_empty()).then_some(edits)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::source::{parse, FileId, ParseLimits};

    const TABLE: [(&str, &str); 2] = [("name", "triggerName"), ("type", "triggerType")];

    fn lift(text: &str) -> Option<String> {
        let src = SourceFile::new("s.yaml".into(), "s.yaml".into(), text.to_string());
        let root = parse(FileId(0), &src, ParseLimits::default()).root?;
        let t = &root.get("t")?.items()[0];
        Some(super::super::applied(text, rename_keys(t, &src, &TABLE)?))
    }

    #[test]
    fn renames_in_place_keeping_quotes_and_comments() {
        assert_eq!(
            lift("t:\n  - name: a # the name\n    \"type\": http\n    x: 1\n").unwrap(),
            "t:\n  - triggerName: a # the name\n    \"triggerType\": http\n    x: 1\n"
        );
        assert_eq!(
            lift("t:\n  - {name: a, 'type': http}\n").unwrap(),
            "t:\n  - {triggerName: a, 'triggerType': http}\n"
        );
    }

    #[test]
    fn all_or_nothing() {
        assert!(lift("t:\n  - name: a\n    triggerType: http\n").is_none());
        assert!(lift("t:\n  - x: a\n").is_none());
    }
}
