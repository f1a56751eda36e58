//! SP: inline suppressions. `# fclint-ignore CODE[, CODE…] reason` silences the named rules
//! (codes or names) on its own line or, when the comment stands alone, on the next line
//! with content. Unused and malformed suppressions are reported themselves.
//!
//! Comments are not in the node tree, so the source text is scanned: a `#` starts a comment
//! at the start of a line or after whitespace, outside quoted scalars and block scalars.

pub mod sp001_unused_suppression;
pub mod sp002_malformed_suppression;

use crate::codes::Code;
use crate::config::RuleSelection;
use crate::diag::{Diagnostic, Text};
use crate::source::comments::{comment_start, indent_of, opens_block_scalar};
use crate::source::{FileId, SourceFile, Span};

/// One `# fclint-ignore` comment.
#[derive(Debug, Clone, PartialEq)]
pub struct Suppression {
    /// The line whose findings it silences.
    pub target_line: u32,
    /// The rules it names: `(code, span of the token as written)`.
    pub codes: Vec<(Code, Span)>,
    pub comment: Span,
}

/// A comment that starts with `fclint-ignore` but cannot be read.
#[derive(Debug, Clone, PartialEq)]
pub struct Malformed {
    pub span: Span,
    pub problem: Text,
}

const DIRECTIVE: &str = "fclint-ignore";

/// The codes after the directive: tokens separated by commas; the first token not followed by a
/// comma ends the list. `rest` starts right after the directive, at byte `rest_off` of the file.
fn parse_codes(
    file: FileId,
    src: &SourceFile,
    rest: &str,
    rest_off: usize,
) -> (Vec<(Code, Span)>, Option<Text>) {
    let pos = |b: usize| src.pos_at_byte(b);
    let rest_str = rest.strip_prefix(':').unwrap_or(rest);
    let mut i = rest.len() - rest_str.len();
    let bytes = rest.as_bytes();
    let mut codes = Vec::new();
    let mut bad: Option<Text> = None;
    loop {
        while i < bytes.len() && (bytes[i] == b' ' || bytes[i] == b'\t') {
            i += 1;
        }
        let tok_start = i;
        while i < bytes.len()
            && (bytes[i].is_ascii_alphanumeric() || bytes[i] == b'-' || bytes[i] == b'_')
        {
            i += 1;
        }
        let tok = &rest[tok_start..i];
        if tok.is_empty() {
            if codes.is_empty() || bad.is_none() {
                bad = bad.or(Some(sp002_malformed_suppression::no_rule()));
            }
            break;
        }
        let tok_span = Span {
            file,
            start: pos(rest_off + tok_start),
            end: pos(rest_off + i),
        };
        match Code::parse(tok) {
            Some(code) => codes.push((code, tok_span)),
            None => {
                bad = Some(sp002_malformed_suppression::unknown_rule(tok));
            }
        }
        let mut j = i;
        while j < bytes.len() && (bytes[j] == b' ' || bytes[j] == b'\t') {
            j += 1;
        }
        if j < bytes.len() && bytes[j] == b',' {
            i = j + 1;
            continue;
        }
        break;
    }
    (codes, bad)
}

/// Scan a file's text for suppressions.
pub fn scan(file: FileId, src: &SourceFile) -> (Vec<Suppression>, Vec<Malformed>) {
    let mut found = Vec::new();
    // Most files have no directive at all: one substring search instead of a line walk.
    if !src.text.contains(DIRECTIVE) {
        return (found, Vec::new());
    }
    let mut malformed = Vec::new();
    // (comment-only suppressions waiting for the next content line)
    let mut pending: Vec<Suppression> = Vec::new();
    let mut block: Option<usize> = None;
    let mut offset = 0usize;
    for (idx, raw) in src.text.split_inclusive('\n').enumerate() {
        let line_no = idx as u32 + 1;
        let line = raw.trim_end_matches(['\n', '\r']);
        let start = offset;
        offset += raw.len();
        if let Some(parent) = block {
            if line.trim().is_empty() || indent_of(line) > parent {
                continue;
            }
            block = None;
        }
        let hash = comment_start(line);
        let content = &line[..hash.unwrap_or(line.len())];
        let has_content = !content.trim().is_empty();
        if has_content {
            for mut p in pending.drain(..) {
                p.target_line = line_no;
                found.push(p);
            }
            if opens_block_scalar(content) {
                block = Some(indent_of(line));
            }
        }
        let Some(h) = hash else { continue };
        let body = &line[h + 1..];
        let trimmed = body.trim_start();
        let Some(rest) = trimmed.strip_prefix(DIRECTIVE) else {
            continue;
        };
        if !(rest.is_empty() || rest.starts_with([' ', '\t', ':'])) {
            continue; // `fclint-ignored`, `fclint-ignore-next` … are not ours
        }
        let rest_off = start + h + 1 + (body.len() - trimmed.len()) + DIRECTIVE.len();
        let pos = |b: usize| src.pos_at_byte(b);
        let comment = Span {
            file,
            start: pos(start + h),
            end: pos(start + line.len()),
        };
        let (codes, bad) = parse_codes(file, src, rest, rest_off);
        if let Some(problem) = bad {
            malformed.push(Malformed {
                span: comment,
                problem,
            });
            if codes.is_empty() {
                continue;
            }
        }
        let s = Suppression {
            target_line: line_no,
            codes,
            comment,
        };
        if has_content {
            found.push(s);
        } else {
            pending.push(s);
        }
    }
    (found, malformed)
}

/// Remove suppressed findings of `file` and report unused (`SP001`) and malformed (`SP002`)
/// suppressions. An unused suppression is reported only when its rule is selected: a rule that
/// did not run cannot have used it.
pub fn apply(file: FileId, src: &SourceFile, rules: &RuleSelection, diags: &mut Vec<Diagnostic>) {
    let (sups, malformed) = scan(file, src);
    let mut used: Vec<Vec<bool>> = sups.iter().map(|s| vec![false; s.codes.len()]).collect();
    // The suppressions of each line, so that many findings and many comments stay linear.
    let mut by_line: std::collections::HashMap<u32, Vec<usize>> = std::collections::HashMap::new();
    for (si, s) in sups.iter().enumerate() {
        by_line.entry(s.target_line).or_default().push(si);
    }
    diags.retain(|d| {
        if d.span.file != file || d.code.family() == "SP" {
            return true;
        }
        let mut keep = true;
        for &si in by_line
            .get(&d.span.start.line)
            .map(Vec::as_slice)
            .unwrap_or(&[])
        {
            let s = &sups[si];
            for (ci, (code, _)) in s.codes.iter().enumerate() {
                if *code == d.code {
                    used[si][ci] = true;
                    keep = false;
                }
            }
        }
        keep
    });
    for (si, s) in sups.iter().enumerate() {
        let unused = |ci: usize| !used[si][ci] && rules.enabled(s.codes[ci].0);
        // Every code it names is reported: the whole comment goes. One that cannot be read
        // whole is left to SP002.
        let all_unused = (0..s.codes.len()).all(unused);
        let readable = !malformed.iter().any(|m| m.span == s.comment);
        let tokens: Vec<Span> = s.codes.iter().map(|(_, span)| *span).collect();
        for (ci, (code, span)) in s.codes.iter().enumerate() {
            if !unused(ci) {
                continue;
            }
            // Where the rule does report in this file, nearest line first.
            let mut found_at: Vec<u32> = diags
                .iter()
                .filter(|d| d.span.file == file && d.code == *code)
                .map(|d| d.span.start.line)
                .collect();
            found_at.sort_by_key(|l| (l.abs_diff(s.target_line), *l));
            found_at.dedup();
            let fix = readable
                .then(|| sp001_unused_suppression::fix(src, s.comment, &tokens, *span, all_unused))
                .flatten();
            diags.push(
                sp001_unused_suppression::unused(*span, *code, s.target_line, &found_at)
                    .with_fix(fix),
            );
        }
    }
    for m in malformed {
        diags.push(sp002_malformed_suppression::malformed(m.span, m.problem));
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::path::PathBuf;

    fn scan_text(t: &str) -> (Vec<Suppression>, Vec<Malformed>) {
        let src = SourceFile::new(PathBuf::from("s.yaml"), "s.yaml".into(), t.to_string());
        scan(FileId(0), &src)
    }

    #[test]
    fn finds_trailing_and_standalone_comments() {
        let (s, m) = scan_text(
            "a: 1 # fclint-ignore EB007 reason\n# fclint-ignore EB001, dlq-without-errors-tolerance-all why\n\nb: 2\n",
        );
        assert!(m.is_empty());
        assert_eq!(s.len(), 2);
        assert_eq!(s[0].target_line, 1);
        assert_eq!(
            s[0].codes.iter().map(|c| c.0).collect::<Vec<_>>(),
            [Code::EB007]
        );
        assert_eq!(s[0].codes[0].1.start.col, 22);
        assert_eq!(s[1].target_line, 4);
        assert_eq!(
            s[1].codes.iter().map(|c| c.0).collect::<Vec<_>>(),
            [Code::EB001, Code::EB006]
        );
    }

    #[test]
    fn ignores_hashes_in_strings_and_block_scalars() {
        let (s, _) = scan_text(
            "a: \"x # fclint-ignore EB001\"\nb: 'it''s # fclint-ignore EB001'\nc: |\n  # fclint-ignore EB001\nd: x#fclint-ignore EB001\n",
        );
        assert!(s.is_empty(), "{s:?}");
    }

    #[test]
    fn reports_malformed() {
        let (s, m) = scan_text(
            "a: 1 # fclint-ignore\nb: 2 # fclint-ignore EB999 reason\nc: 3 # fclint-ignored\n",
        );
        assert!(s.is_empty());
        assert_eq!(m.len(), 2);
        assert!(m[1].problem.en.contains("`EB999`"));
    }
}
