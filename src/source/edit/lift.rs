//! Rewriting a block from one layout to another by a table of key names (an edition 1
//! trigger into edition 3's, say): every key the table names is renamed in place, in the
//! quotes it was written in, and everything else in the block (values, comments, order,
//! indentation) stays as it was. All or nothing.

use super::rename_key;
use crate::diag::TextEdit;
use crate::source::{Kind, Node, SourceFile};

/// The edits that rename, in the mapping `map`, each key `old` of `table` to its `new`, each
/// by [`rename_key`] (in its quotes). `None` when the mapping already holds one of the new
/// names (a block half in each layout), when any key cannot be renamed, or when the table
/// names none of the mapping's keys.
pub fn rename_keys(map: &Node, src: &SourceFile, table: &[(&str, &str)]) -> Option<Vec<TextEdit>> {
    let Kind::Map(entries) = &map.kind else {
        return None;
    };
    if table.iter().any(|(_, new)| map.get(new).is_some()) {
        return None;
    }
    let mut edits = Vec::new();
    for e in entries {
        if let Some((old, new)) = table.iter().find(|(old, _)| *old == e.key) {
            edits.push(rename_key(src, map, old, new)?);
        }
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
