//! Deleting comments and the items of a comma-separated list inside one.

use super::{delete_line, delete_with_leading_spaces, replace};
use crate::diag::TextEdit;
use crate::source::{SourceFile, Span};

/// Delete the comment at `comment` (from its `#` to the end of its line): the whole line,
/// with its line break, when nothing but spaces stands before the comment; otherwise the
/// comment and the spaces before it, so the code it trailed stays as it was.
pub fn delete_comment(src: &SourceFile, comment: Span) -> Option<TextEdit> {
    let start = comment.start.byte as usize;
    let line_start = src.text.get(..start)?.rfind('\n').map_or(0, |i| i + 1);
    let before = src.text.get(line_start..start)?;
    if before.chars().all(|c| c == ' ' || c == '\t') {
        delete_line(src, comment.file, comment.start.line)
    } else {
        delete_with_leading_spaces(src, comment)
    }
}

/// Delete the item at `item` from the comma-separated list `items` it is one of (each item's
/// span, in order, all on one line): with the comma and spaces after it, or, for the last
/// item, with the comma and spaces before it. `None` when `item` is not in the list, or is its
/// only item (delete the whole list instead).
pub fn delete_list_item(src: &SourceFile, items: &[Span], item: Span) -> Option<TextEdit> {
    let i = items.iter().position(|s| *s == item)?;
    if items.len() < 2 {
        return None;
    }
    let (start, end) = match items.get(i + 1) {
        Some(next) => (item.start, next.start),
        None => (items[i - 1].end, item.end),
    };
    let between = src.text.get(start.byte as usize..end.byte as usize)?;
    // Only the item, commas and blanks: never a reason or another token.
    let kept = between.replace(
        src.text
            .get(item.start.byte as usize..item.end.byte as usize)?,
        "",
    );
    if !kept.chars().all(|c| matches!(c, ',' | ' ' | '\t')) || kept.matches(',').count() != 1 {
        return None;
    }
    Some(replace(
        Span {
            file: item.file,
            start,
            end,
        },
        "",
    ))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::source::FileId;

    fn src(t: &str) -> SourceFile {
        SourceFile::new("s.yaml".into(), "s.yaml".into(), t.to_string())
    }

    fn span(s: &SourceFile, from: usize, to: usize) -> Span {
        Span {
            file: FileId(0),
            start: s.pos_at_byte(from),
            end: s.pos_at_byte(to),
        }
    }

    fn apply(t: &str, e: TextEdit) -> String {
        crate::source::edit::applied(t, vec![e])
    }

    #[test]
    fn a_comment_alone_takes_its_line() {
        let t = "a: 1\n  # a comment x\nb: 2\n";
        let s = src(t);
        let at = t.find('#').unwrap();
        let e = delete_comment(&s, span(&s, at, t.find(" x\n").unwrap() + 2)).unwrap();
        assert_eq!(apply(t, e), "a: 1\nb: 2\n");
    }

    #[test]
    fn a_trailing_comment_leaves_the_code() {
        let t = "a: 1   # a comment\r\nb: 2\n";
        let s = src(t);
        let at = t.find('#').unwrap();
        let e = delete_comment(&s, span(&s, at, t.find('\r').unwrap())).unwrap();
        assert_eq!(apply(t, e), "a: 1\r\nb: 2\n");
    }

    #[test]
    fn the_last_line_without_a_break() {
        let t = "a: 1\n# a comment";
        let s = src(t);
        let e = delete_comment(&s, span(&s, 5, t.len())).unwrap();
        assert_eq!(apply(t, e), "a: 1\n");
    }

    #[test]
    fn list_items_go_with_one_comma() {
        let t = "# list AA1, BB2 ,CC3 why\n";
        let s = src(t);
        let items: Vec<Span> = ["AA1", "BB2", "CC3"]
            .iter()
            .map(|c| {
                let i = t.find(c).unwrap();
                span(&s, i, i + c.len())
            })
            .collect();
        let first = delete_list_item(&s, &items, items[0]).unwrap();
        assert_eq!(apply(t, first), "# list BB2 ,CC3 why\n");
        let mid = delete_list_item(&s, &items, items[1]).unwrap();
        assert_eq!(apply(t, mid), "# list AA1, CC3 why\n");
        let last = delete_list_item(&s, &items, items[2]).unwrap();
        assert_eq!(apply(t, last), "# list AA1, BB2 why\n");
        assert!(delete_list_item(&s, &items[..1], items[0]).is_none());
    }
}
