//! Applying fixes to a text: byte-span edits, each fix all or nothing, none overlapping.

use crate::diag::{Fix, TextEdit};

/// The text after [`apply`], and which of the given fixes it holds (their indexes).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Applied {
    pub text: String,
    pub applied: Vec<usize>,
}

/// Apply `fixes` to `text`: in the order of their first edit, each fix whose edits are valid
/// (inside the text, on character boundaries, not overlapping each other) and do not overlap
/// an edit of a fix already taken. A fix that cannot be taken is left for the next round.
/// Linear in the text plus the edits (after sorting).
pub fn apply(text: &str, fixes: &[&Fix]) -> Applied {
    let mut order: Vec<usize> = (0..fixes.len()).collect();
    order.sort_by_key(|&i| first_start(fixes[i]));
    let mut taken: Vec<(usize, usize)> = Vec::new();
    let mut applied = Vec::new();
    let mut edits: Vec<&TextEdit> = Vec::new();
    for i in order {
        let Some(ranges) = ranges_of(text, fixes[i]) else {
            continue;
        };
        if ranges
            .iter()
            .any(|r| taken.iter().any(|t| overlaps(*r, *t)))
        {
            continue;
        }
        taken.extend(&ranges);
        applied.push(i);
        edits.extend(&fixes[i].edits);
    }
    edits.sort_by_key(|e| (e.span.start.byte, e.span.end.byte));
    let mut out = String::with_capacity(text.len() + 64);
    let mut at = 0usize;
    for e in edits {
        let (s, end) = (e.span.start.byte as usize, e.span.end.byte as usize);
        out.push_str(&text[at..s]);
        out.push_str(&e.replacement);
        at = end;
    }
    out.push_str(&text[at..]);
    applied.sort_unstable();
    Applied { text: out, applied }
}

fn first_start(fix: &Fix) -> u32 {
    fix.edits
        .iter()
        .map(|e| e.span.start.byte)
        .min()
        .unwrap_or(0)
}

/// The byte ranges of a fix's edits, or `None` when one is outside the text, not on a
/// character boundary, reversed, or overlapping another edit of the same fix.
fn ranges_of(text: &str, fix: &Fix) -> Option<Vec<(usize, usize)>> {
    let mut ranges = Vec::with_capacity(fix.edits.len());
    for e in &fix.edits {
        let (s, end) = (e.span.start.byte as usize, e.span.end.byte as usize);
        if s > end || end > text.len() || !text.is_char_boundary(s) || !text.is_char_boundary(end) {
            return None;
        }
        if ranges.iter().any(|r| overlaps(*r, (s, end))) {
            return None;
        }
        ranges.push((s, end));
    }
    Some(ranges)
}

/// Two edits overlap when their ranges share a byte, or when both insert at one point (their
/// order would be a guess). Edits that only touch do not: an insertion where a replacement
/// starts goes before it.
fn overlaps(a: (usize, usize), b: (usize, usize)) -> bool {
    (a.0 < b.1 && b.0 < a.1) || (a.0 == b.0 && a.0 == a.1 && b.0 == b.1)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::diag::Text;
    use crate::span::{FileId, Pos, Span};

    fn edit(s: u32, e: u32, r: &str) -> TextEdit {
        let p = |b| Pos {
            line: 1,
            col: b + 1,
            byte: b,
        };
        TextEdit {
            span: Span {
                file: FileId(0),
                start: p(s),
                end: p(e),
            },
            replacement: r.into(),
        }
    }

    fn fix(edits: Vec<TextEdit>) -> Fix {
        Fix::safe(Text::new("f", "f"), edits)
    }

    #[test]
    fn applies_in_position_order_and_skips_overlaps() {
        let a = fix(vec![edit(4, 7, "XYZW")]);
        let b = fix(vec![edit(0, 1, "")]);
        let c = fix(vec![edit(5, 6, "no")]);
        let out = apply("abcdefghij", &[&a, &b, &c]);
        assert_eq!(out.text, "bcdXYZWhij");
        assert_eq!(out.applied, vec![0, 1]);
    }

    #[test]
    fn a_fix_is_all_or_nothing() {
        let a = fix(vec![edit(0, 1, "A")]);
        let b = fix(vec![edit(2, 3, "C"), edit(0, 1, "Z")]);
        let out = apply("abc", &[&a, &b]);
        assert_eq!(out.text, "Abc");
        assert_eq!(out.applied, vec![0]);
    }

    #[test]
    fn inserts_at_one_point_conflict_touching_edits_do_not() {
        let a = fix(vec![edit(1, 1, "x")]);
        let b = fix(vec![edit(1, 1, "y")]);
        let c = fix(vec![edit(1, 2, "B")]);
        let out = apply("abc", &[&a, &b, &c]);
        assert_eq!(out.text, "axBc");
        assert_eq!(out.applied, vec![0, 2]);
    }

    #[test]
    fn edits_off_the_text_or_inside_a_character_are_refused() {
        let a = fix(vec![edit(1, 2, "x")]);
        let b = fix(vec![edit(3, 9, "x")]);
        let out = apply("é.", &[&a, &b]);
        assert_eq!(out.text, "é.");
        assert!(out.applied.is_empty());
    }
}
