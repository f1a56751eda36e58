//! The rules' fixes as code actions: each finding's fix as a `quickfix`, and every safe fix of
//! the document at once as `source.fixAll.fclint` (what `fclint check --fix` would write).
//!
//! Nothing here decides what to fix. A quick fix is the [`crate::diag::Fix`] the rule attached
//! to its finding, its byte-span edits converted to LSP positions; "fix all" runs
//! [`crate::fix::fix_text`] on the unsaved buffer, the engine of `--fix` (rounds, a re-check
//! after each, never a result that does not parse or has a new error).

use std::collections::HashMap;

use lsp_types as lt;

use crate::diag::{Applicability, Diagnostic, Fix, Lang};
use crate::fix::{apply, fix_text, FixMode};
use crate::source::SourceFile;

use super::analysis::Inputs;
use super::diagnostics;
use super::position::{self, Encoding};
use super::server::Ctx;

/// The kind of the "fix all" action, under `source.fixAll` (so an editor's
/// `"source.fixAll": "explicit"` on save runs it too).
pub const FIX_ALL: lt::CodeActionKind = lt::CodeActionKind::new("source.fixAll.fclint");

/// The quick fix of one finding, when its rule attached a fix whose edits fit the text. Safe
/// fixes are preferred (an editor's "auto fix" takes them); unsafe ones say so in the title.
pub fn quick_fix(ctx: &Ctx<'_>, d: &Diagnostic) -> Vec<lt::CodeAction> {
    let Some(fix) = &d.fix else {
        return Vec::new();
    };
    let file = ctx.analysis.sources.get(d.span.file);
    // Edits outside the text or inside a character are a rule's bug: offer nothing rather
    // than an edit the editor would misplace (`apply` refuses them the same way for --fix).
    if apply(&file.text, &[fix]).applied.is_empty() {
        return Vec::new();
    }
    let edits = fix
        .edits
        .iter()
        .map(|e| lt::TextEdit {
            range: byte_range(
                file,
                e.span.start.byte as usize,
                e.span.end.byte as usize,
                ctx.enc,
            ),
            new_text: e.replacement.clone(),
        })
        .collect();
    let (_, lsp_diag) = diagnostics::convert(ctx.analysis, d, ctx.lang, ctx.enc);
    vec![lt::CodeAction {
        title: title(fix, d, ctx.lang),
        kind: Some(lt::CodeActionKind::QUICKFIX),
        diagnostics: Some(vec![lsp_diag]),
        edit: Some(workspace_edit(ctx.uri, edits)),
        is_preferred: Some(fix.applicability == Applicability::Safe),
        ..Default::default()
    }]
}

/// "Set `timeout: 1`, the nearest allowed value (SC005, unsafe)": the fix's message as a
/// sentence, the rule, and whether `--fix` alone would apply it.
fn title(fix: &Fix, d: &Diagnostic, lang: Lang) -> String {
    let message = fix.message.get(lang);
    let mut chars = message.chars();
    let sentence = match chars.next() {
        Some(c) => c.to_uppercase().chain(chars).collect::<String>(),
        None => String::new(),
    };
    let code = d.code;
    match (lang, fix.applicability) {
        (Lang::En, Applicability::Safe) => format!("{sentence} ({code})"),
        (Lang::En, Applicability::Unsafe) => format!("{sentence} ({code}, unsafe)"),
        (Lang::Zh, Applicability::Safe) => format!("{sentence}（{code}）"),
        (Lang::Zh, Applicability::Unsafe) => format!("{sentence}（{code}，不安全）"),
    }
}

/// Every safe fix of the buffer, applied the way `fclint check --fix` applies them, as one
/// action; `None` when the buffer has no safe fix, or none survives the engine's checks, or
/// `fclint.toml` is broken (`check --fix` stops there too).
pub fn fix_all(ctx: &Ctx<'_>) -> Option<lt::CodeAction> {
    let a = ctx.analysis;
    if a.config_error.is_some() {
        return None;
    }
    // Cheap first: the engine re-checks the text each round, so it runs only when a finding of
    // this very text has a fix `--fix` takes.
    let any_safe = a
        .diagnostics
        .iter()
        .any(|d| d.span.file == a.file && d.fix.as_ref().is_some_and(|f| f.applies(false)));
    if !any_safe {
        return None;
    }
    let (before, path) = (ctx.text, ctx.path);
    let inputs = Inputs::load(path);
    let fixed = fix_text(
        path,
        before.text.clone(),
        &inputs.config,
        &inputs.resolve,
        FixMode::default(),
    );
    if fixed.text == before.text || fixed.fixed.is_empty() {
        return None;
    }
    let n = fixed.fixed.len();
    let title = match ctx.lang {
        Lang::En if n == 1 => "Apply 1 safe fix (fclint --fix)".to_string(),
        Lang::En => format!("Apply {n} safe fixes (fclint --fix)"),
        Lang::Zh => format!("应用 {n} 个安全修复（fclint --fix）"),
    };
    Some(lt::CodeAction {
        title,
        kind: Some(FIX_ALL),
        edit: Some(workspace_edit(
            ctx.uri,
            minimal_edits(before, &fixed.text, ctx.enc),
        )),
        ..Default::default()
    })
}

/// The edits that turn `before` into `after`: one per run of changed lines.
///
/// Not one whole-document replacement: an editor moves the cursor, folds and markers of every
/// line a replacement covers, and this action runs on save. Not the rounds' own byte edits
/// either: each round's spans are on the text the previous round left, so they would have to
/// be rebased onto the buffer; a line diff of the final text against the buffer is exact by
/// construction, and the fixes only touch a few lines.
fn minimal_edits(before: &SourceFile, after: &str, enc: Encoding) -> Vec<lt::TextEdit> {
    let diff = similar::TextDiff::from_lines(before.text.as_str(), after);
    let mut old_at = vec![0usize];
    for s in diff.iter_old_slices() {
        old_at.push(old_at[old_at.len() - 1] + s.len());
    }
    let new: Vec<&str> = diff.iter_new_slices().collect();
    let mut edits = Vec::new();
    let mut push = |o: std::ops::Range<usize>, n: std::ops::Range<usize>| {
        edits.push(lt::TextEdit {
            range: byte_range(before, old_at[o.start], old_at[o.end], enc),
            new_text: new[n].concat(),
        });
    };
    // A run of adjacent changes (a deletion next to an insertion) is one edit.
    let mut run: Option<(std::ops::Range<usize>, std::ops::Range<usize>)> = None;
    for op in diff.ops() {
        let (tag, o, n) = op.as_tag_tuple();
        if tag == similar::DiffTag::Equal {
            if let Some((o, n)) = run.take() {
                push(o, n);
            }
            continue;
        }
        run = Some(match run {
            Some((ro, rn)) => (ro.start..o.end, rn.start..n.end),
            None => (o, n),
        });
    }
    if let Some((o, n)) = run {
        push(o, n);
    }
    edits
}

/// The LSP range of the bytes `start..end` of `file`.
fn byte_range(file: &SourceFile, start: usize, end: usize, enc: Encoding) -> lt::Range {
    lt::Range {
        start: position::to_lsp(file, file.pos_at_byte(start), enc),
        end: position::to_lsp(file, file.pos_at_byte(end), enc),
    }
}

fn workspace_edit(uri: &lt::Uri, edits: Vec<lt::TextEdit>) -> lt::WorkspaceEdit {
    lt::WorkspaceEdit {
        changes: Some(HashMap::from([(uri.clone(), edits)])),
        ..Default::default()
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::codes::Code;
    use std::path::Path;
    use std::str::FromStr;

    use crate::lsp::analysis::Analysis;

    /// One line holds text before the fixed values that is wider in UTF-8 than in UTF-16, and
    /// wider in UTF-16 than in characters: a safe SC008 fix (`"60"`) and an unsafe SC006 one.
    const FLOW: &str = "edition: 3.0.0\nname: app\nresources:\n  fn:\n    component: fc3\n    props: {region: cn-hangzhou, functionName: orders, runtime: python3.10, handler: index.handler, code: ./code, description: \"订单😀\", timeout: \"60\", memorySize: 4000}\n";

    const PATH: &str = "/nonexistent-fclint-lsp/s.yaml";

    fn analysis(text: &str) -> Analysis {
        Analysis::run(Path::new(PATH), text.into())
    }

    fn with_ctx<T>(a: &Analysis, enc: Encoding, f: impl FnOnce(&Ctx<'_>) -> T) -> T {
        let uri = lt::Uri::from_str("file:///nonexistent-fclint-lsp/s.yaml").unwrap();
        let ctx = Ctx {
            analysis: a,
            text: a.sources.get(a.file),
            uri: &uri,
            path: Path::new(PATH),
            lang: Lang::En,
            enc,
        };
        f(&ctx)
    }

    /// `edits` applied to `text` the way an editor applies them (positions in `enc`).
    fn apply_lsp(text: &str, edits: &[lt::TextEdit], enc: Encoding) -> String {
        let file = SourceFile::new(PATH.into(), String::new(), text.into());
        let mut spans: Vec<(usize, usize, &str)> = edits
            .iter()
            .map(|e| {
                let s = position::from_lsp(&file, e.range.start, enc).byte as usize;
                let t = position::from_lsp(&file, e.range.end, enc).byte as usize;
                (s, t, e.new_text.as_str())
            })
            .collect();
        spans.sort();
        let mut out = String::new();
        let mut at = 0;
        for (s, t, new) in spans {
            assert!(s >= at, "edits overlap");
            out.push_str(&text[at..s]);
            out.push_str(new);
            at = t;
        }
        out.push_str(&text[at..]);
        out
    }

    fn edits_of(action: &lt::CodeAction) -> Vec<lt::TextEdit> {
        let changes = action.edit.as_ref().and_then(|e| e.changes.as_ref());
        changes.unwrap().values().next().unwrap().clone()
    }

    #[test]
    fn a_quick_fix_lands_on_the_same_text_in_every_position_encoding() {
        let a = analysis(FLOW);
        let find = |code| a.diagnostics.iter().find(|d| d.code == code).unwrap();
        let (safe, unsafe_) = (find(Code::SC008), find(Code::SC006));
        let line = FLOW.lines().nth(5).unwrap();
        let prefix = &line[..line.find("\"60\"").unwrap()];
        for (enc, col) in [
            (Encoding::Utf8, prefix.len()),
            (Encoding::Utf16, prefix.encode_utf16().count()),
            (Encoding::Utf32, prefix.chars().count()),
        ] {
            let (fix, other) = with_ctx(&a, enc, |ctx| {
                (
                    quick_fix(ctx, safe).remove(0),
                    quick_fix(ctx, unsafe_).remove(0),
                )
            });
            assert_eq!(fix.title, "Write `timeout: 60` without quotes (SC008)");
            assert_eq!(fix.kind, Some(lt::CodeActionKind::QUICKFIX));
            assert_eq!(fix.is_preferred, Some(true));
            let edits = edits_of(&fix);
            assert_eq!(edits[0].range.start.character as usize, col, "{enc:?}");
            assert_eq!(
                apply_lsp(FLOW, &edits, enc),
                FLOW.replace("timeout: \"60\"", "timeout: 60"),
                "{enc:?}"
            );
            assert!(other.title.ends_with(" (SC006, unsafe)"), "{}", other.title);
            assert_eq!(other.is_preferred, Some(false));
            assert_eq!(
                apply_lsp(FLOW, &edits_of(&other), enc),
                FLOW.replace("memorySize: 4000", "memorySize: 4032")
            );
        }
    }

    #[test]
    fn fix_all_takes_the_safe_fixes_only_and_nothing_without_one() {
        let a = analysis(FLOW);
        let all = with_ctx(&a, Encoding::Utf16, fix_all).unwrap();
        assert_eq!(all.kind, Some(FIX_ALL));
        assert_eq!(all.title, "Apply 1 safe fix (fclint --fix)");
        assert_eq!(
            apply_lsp(FLOW, &edits_of(&all), Encoding::Utf16),
            FLOW.replace("timeout: \"60\"", "timeout: 60")
        );
        // Only the unsafe fix left: nothing to apply.
        let only_unsafe = FLOW.replace("timeout: \"60\"", "timeout: 60");
        let a = analysis(&only_unsafe);
        assert!(a.diagnostics.iter().any(|d| d.fix.is_some()));
        assert_eq!(with_ctx(&a, Encoding::Utf16, fix_all), None);
    }

    #[test]
    fn titles_in_both_languages() {
        let a = analysis(FLOW);
        let d = a
            .diagnostics
            .iter()
            .find(|d| d.code == Code::SC006)
            .unwrap();
        let fix = d.fix.as_ref().unwrap();
        assert_eq!(
            title(fix, d, Lang::En),
            "Set `memorySize: 4032`, the nearest allowed multiple (SC006, unsafe)"
        );
        assert_eq!(
            title(fix, d, Lang::Zh),
            "设为最接近的允许倍数 `memorySize: 4032`（SC006，不安全）"
        );
    }

    #[test]
    fn minimal_edits_cover_only_the_changed_lines() {
        let cases = [
            ("a\nb\nc\nd\ne\n", "a\nB\nc\nd\nE\n", 2),
            ("a\nb\nc\n", "a\nc\n", 1),
            ("a\nb\n", "x\na\nb\ny\nz", 2),
            ("😀: '1'\nb: 2", "😀: 1\nb: 2", 1),
            ("", "a: 1\n", 1),
            ("a: 1\n", "a: 1\n", 0),
        ];
        for (before, after, n) in cases {
            let file = SourceFile::new(PATH.into(), String::new(), before.into());
            for enc in [Encoding::Utf8, Encoding::Utf16, Encoding::Utf32] {
                let edits = minimal_edits(&file, after, enc);
                assert_eq!(edits.len(), n, "{before:?} -> {after:?}");
                assert_eq!(apply_lsp(before, &edits, enc), after, "{enc:?}");
            }
        }
    }
}
