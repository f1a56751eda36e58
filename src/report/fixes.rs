//! The fixes of findings as the machine formats carry them (`json`, `sarif`, `rdjson`), and
//! the words every output uses for a fix's kind (`--statistics`, `fclint rules`, `explain`).

use super::Report;
use crate::codes::Applicability;
use crate::diag::{Diagnostic, Fix, Lang};
use crate::source::SourceFile;
use crate::span::Pos;

/// The fix a report shows for `d`: none when the finding is in a file whose text is never
/// shown (a `.env`, an included file), since a fix's edits quote that text's neighbourhood.
pub(crate) fn shown<'d>(r: &Report<'_>, d: &'d Diagnostic) -> Option<&'d Fix> {
    let fix = d.fix.as_ref()?;
    let sensitive = r.sources.get(d.span.file).sensitive
        || fix
            .edits
            .iter()
            .any(|e| r.sources.get(e.span.file).sensitive);
    (!sensitive).then_some(fix)
}

/// `[fix]`, `[unsafe fix]`, `[no fix]` (ruff's words) in `lang`: what `--statistics` and
/// `fclint rules` print for a rule.
pub fn label(fix: Option<Applicability>, lang: Lang) -> &'static str {
    match (lang, fix) {
        (Lang::En, Some(Applicability::Safe)) => "[fix]",
        (Lang::En, Some(Applicability::Unsafe)) => "[unsafe fix]",
        (Lang::En, None) => "[no fix]",
        (Lang::Zh, Some(Applicability::Safe)) => "[可自动修复]",
        (Lang::Zh, Some(Applicability::Unsafe)) => "[不安全修复]",
        (Lang::Zh, None) => "[无自动修复]",
    }
}

/// The fix's message with its kind, for formats that have no field for the kind (SARIF's
/// description, rdjson's message): `set `x: 1`` or `set `x: 1` (unsafe: may change what
/// deploys)`.
pub(crate) fn described(fix: &Fix, lang: Lang) -> String {
    let msg = fix.message.get(lang);
    match (fix.applicability, lang) {
        (Applicability::Safe, _) => msg.to_string(),
        (Applicability::Unsafe, Lang::En) => format!("{msg} (unsafe: may change what deploys)"),
        (Applicability::Unsafe, Lang::Zh) => format!("{msg}（不安全：可能改变部署的内容）"),
    }
}

/// The 1-based UTF-8 byte column of `pos` (whose `col` counts code points), as reviewdog
/// counts columns. A column past the end of its line counts one byte per position.
pub(crate) fn byte_column(file: &SourceFile, pos: Pos) -> u32 {
    let col0 = pos.col.max(1) as usize - 1;
    let line = file.line(pos.line.max(1)).unwrap_or("");
    let mut bytes = 0usize;
    let mut chars = 0usize;
    for c in line.chars().take(col0) {
        bytes += c.len_utf8();
        chars += 1;
    }
    (bytes + (col0 - chars) + 1).try_into().unwrap_or(u32::MAX)
}

/// A fix as one replacement: from the start of its first edit to the end of its last, the
/// text between the edits kept as written. `None` when its edits overlap (no rule builds
/// such a fix) or lie outside the text.
pub(crate) fn as_one_replacement(file: &SourceFile, fix: &Fix) -> Option<(Pos, Pos, String)> {
    let mut edits: Vec<&crate::diag::TextEdit> = fix.edits.iter().collect();
    edits.sort_by_key(|e| (e.span.start.byte, e.span.end.byte));
    let first = edits.first()?;
    let (start, mut end) = (first.span.start, first.span.end);
    let mut text = String::new();
    for (i, e) in edits.iter().enumerate() {
        if i > 0 {
            if e.span.start.byte < end.byte {
                return None;
            }
            text.push_str(
                file.text
                    .get(end.byte as usize..e.span.start.byte as usize)?,
            );
        }
        if e.span.end.byte < e.span.start.byte {
            return None;
        }
        text.push_str(&e.replacement);
        end = e.span.end;
    }
    Some((start, end, text))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::diag::{Text, TextEdit};
    use crate::span::{FileId, Span};

    fn file(text: &str) -> SourceFile {
        SourceFile::new(Default::default(), String::new(), text.into())
    }

    fn edit(f: &SourceFile, from: usize, to: usize, with: &str) -> TextEdit {
        TextEdit {
            span: Span {
                file: FileId(0),
                start: f.pos_at_byte(from),
                end: f.pos_at_byte(to),
            },
            replacement: with.into(),
        }
    }

    #[test]
    fn byte_columns_count_utf8_bytes() {
        // reviewdog's own example: 'a𐐀b' — a at 1, 𐐀 at 2, b at 6.
        let f = file("x: 1\na𐐀b\n");
        let pos = |byte| f.pos_at_byte(byte);
        assert_eq!(byte_column(&f, pos(5)), 1);
        assert_eq!(byte_column(&f, pos(6)), 2);
        assert_eq!(byte_column(&f, pos(10)), 6);
        assert_eq!(byte_column(&f, pos(11)), 7);
        // Past the end of the line (an exclusive end after the last character).
        let past = Pos {
            line: 2,
            col: 5,
            byte: 0,
        };
        assert_eq!(byte_column(&f, past), 8);
    }

    #[test]
    fn edits_merge_into_one_replacement_keeping_the_text_between() {
        let f = file("a: \"1\" # c\n");
        let fix = Fix::safe(
            Text::new("unquote", ""),
            vec![edit(&f, 5, 6, ""), edit(&f, 3, 4, "")],
        );
        let (start, end, text) = as_one_replacement(&f, &fix).unwrap();
        assert_eq!((start.byte, end.byte, text.as_str()), (3, 6, "1"));
        let overlapping = Fix::safe(
            Text::new("x", ""),
            vec![edit(&f, 3, 6, "1"), edit(&f, 4, 5, "2")],
        );
        assert!(as_one_replacement(&f, &overlapping).is_none());
    }
}
