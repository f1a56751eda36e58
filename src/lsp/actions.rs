//! Code actions for a finding: its rule's fix ([`fixes::quick_fix`]), or silence it with
//! `# fclint-ignore CODE <reason>` (at the end of its line, on a line of its own above it, or
//! added to the suppression already there). And for the whole document, every safe fix at
//! once ([`fixes::fix_all`], `source.fixAll.fclint`).
//!
//! Each kind of per-finding action is one provider in [`PROVIDERS`].

use crate::codes::Code;
use std::collections::HashMap;

use lsp_types as lt;

use crate::checks::rules::suppress;
use crate::diag::{Diagnostic, Lang};
use crate::source::{FileId, SourceFile};

use super::diagnostics;
use super::fixes;
use super::outline::comment_start;
use super::position;
use super::server::Ctx;

/// The actions one provider offers for one finding.
type Provider = fn(&Ctx<'_>, &Diagnostic) -> Vec<lt::CodeAction>;

/// Every provider, in the order the editor lists their actions: the fix first.
const PROVIDERS: &[Provider] = &[fixes::quick_fix, suppress_actions];

/// The actions for the findings on the lines of `range`, then "fix all" for the document. Only
/// the kinds `context.only` asks for are computed. "Fix all" re-checks the text, so the
/// lightbulb's automatic requests (no `only`, trigger `Automatic`) do not get it; the source
/// action menu (`only: ["source"]`) and fix-on-save (`only: ["source.fixAll"]`) do.
pub fn code_actions(
    ctx: &Ctx<'_>,
    range: lt::Range,
    context: &lt::CodeActionContext,
) -> Vec<lt::CodeActionOrCommand> {
    let a = ctx.analysis;
    let mut out: Vec<lt::CodeAction> = Vec::new();
    if wanted(context, &lt::CodeActionKind::QUICKFIX) {
        for d in &a.diagnostics {
            if d.span.file != a.file {
                continue;
            }
            let r = ctx.range(d.span);
            if r.end.line < range.start.line || r.start.line > range.end.line {
                continue;
            }
            for provider in PROVIDERS {
                for action in provider(ctx, d) {
                    merge(&mut out, action);
                }
            }
        }
    }
    let automatic = context.only.is_none()
        && context.trigger_kind == Some(lt::CodeActionTriggerKind::AUTOMATIC);
    if wanted(context, &fixes::FIX_ALL) && !automatic {
        out.extend(fixes::fix_all(ctx));
    }
    out.into_iter()
        .map(lt::CodeActionOrCommand::CodeAction)
        .collect()
}

/// Does the request want actions of `kind`? Kinds are hierarchical: `source` asks for
/// `source.fixAll.fclint` too.
fn wanted(context: &lt::CodeActionContext, kind: &lt::CodeActionKind) -> bool {
    let Some(only) = &context.only else {
        return true;
    };
    let k = kind.as_str();
    only.iter().any(|o| {
        let o = o.as_str();
        k == o || (k.starts_with(o) && k.as_bytes().get(o.len()) == Some(&b'.'))
    })
}

/// Add `action`, unless the same edit under the same title is there already (two findings of
/// one rule on one line, or two findings sharing a fix): then it names both findings.
fn merge(out: &mut Vec<lt::CodeAction>, action: lt::CodeAction) {
    if let Some(same) = out
        .iter_mut()
        .find(|o| o.title == action.title && o.edit == action.edit)
    {
        let known = same.diagnostics.get_or_insert_with(Vec::new);
        for d in action.diagnostics.into_iter().flatten() {
            if !known.contains(&d) {
                known.push(d);
            }
        }
        return;
    }
    out.push(action);
}

fn reason(lang: Lang) -> &'static str {
    match lang {
        Lang::En => "<reason>",
        Lang::Zh => "<原因>",
    }
}

/// Does `text` carry a suppression of `code` for `line`?
fn suppresses(text: &str, line: u32, code: Code) -> bool {
    let src = SourceFile::new("s.yaml".into(), String::new(), text.to_string());
    suppress::scan(FileId(0), &src)
        .0
        .iter()
        .any(|s| s.target_line == line && s.codes.iter().any(|(c, _)| *c == code))
}

/// One edit of the buffer as an action, offered only when the edited text really suppresses
/// the finding (a comment cannot go inside a block scalar, a line may have a comment already).
fn action(
    ctx: &Ctx<'_>,
    d: &Diagnostic,
    title: String,
    at_byte: usize,
    insert: String,
    target_line: u32,
) -> Option<lt::CodeAction> {
    let text = &ctx.text.text;
    let mut edited = String::with_capacity(text.len() + insert.len());
    edited.push_str(text.get(..at_byte)?);
    edited.push_str(&insert);
    edited.push_str(text.get(at_byte..)?);
    if !suppresses(&edited, target_line, d.code) {
        return None;
    }
    let pos = position::to_lsp(ctx.text, ctx.text.pos_at_byte(at_byte), ctx.enc);
    let edit = lt::TextEdit {
        range: lt::Range {
            start: pos,
            end: pos,
        },
        new_text: insert,
    };
    let (_, lsp_diag) = diagnostics::convert(ctx.analysis, d, ctx.lang, ctx.enc);
    Some(lt::CodeAction {
        title,
        kind: Some(lt::CodeActionKind::QUICKFIX),
        diagnostics: Some(vec![lsp_diag]),
        edit: Some(lt::WorkspaceEdit {
            changes: Some(HashMap::from([(ctx.uri.clone(), vec![edit])])),
            ..Default::default()
        }),
        ..Default::default()
    })
}

/// `# fclint-ignore CODE <reason>` for the finding's line.
fn suppress_actions(ctx: &Ctx<'_>, d: &Diagnostic) -> Vec<lt::CodeAction> {
    // SP findings are about suppressions themselves; they cannot be suppressed.
    if d.code.family() == "SP" {
        return Vec::new();
    }
    let zh = ctx.lang == Lang::Zh;
    let code = d.code;
    let line = d.span.start.line;
    let text = ctx.text;
    let Some(line_text) = text.line(line) else {
        return Vec::new();
    };
    let line_start = text.pos_at_line_col0(line as usize, 0).byte as usize;
    let (sups, _) = suppress::scan(FileId(0), text);
    // A suppression already covers the line: name this rule in it too.
    if let Some(s) = sups.iter().find(|s| s.target_line == line) {
        let Some((_, last)) = s.codes.last() else {
            return Vec::new();
        };
        let title = if zh {
            format!("把 {code} 加入已有的 # fclint-ignore 注释")
        } else {
            format!("Add {code} to the # fclint-ignore comment")
        };
        return action(
            ctx,
            d,
            title,
            last.end.byte as usize,
            format!(", {code}"),
            line,
        )
        .into_iter()
        .collect();
    }
    let mut out = Vec::new();
    let directive = format!("# fclint-ignore {code} {}", reason(ctx.lang));
    if comment_start(line_text).is_none() {
        let title = if zh {
            format!("在行尾用 # fclint-ignore 抑制 {code}")
        } else {
            format!("Suppress {code} at the end of the line (# fclint-ignore)")
        };
        let at = line_start + line_text.len();
        out.extend(action(ctx, d, title, at, format!("  {directive}"), line));
    }
    let indent: String = line_text.chars().take_while(|c| *c == ' ').collect();
    let title = if zh {
        format!("在上一行用 # fclint-ignore 抑制 {code}")
    } else {
        format!("Suppress {code} with a comment on the line above (# fclint-ignore)")
    };
    out.extend(action(
        ctx,
        d,
        title,
        line_start,
        format!("{indent}{directive}\n"),
        line + 1,
    ));
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn requested_kinds_are_hierarchical() {
        let ctx = |only: Option<Vec<&'static str>>| lt::CodeActionContext {
            only: only.map(|o| o.into_iter().map(lt::CodeActionKind::new).collect()),
            ..Default::default()
        };
        let all = fixes::FIX_ALL;
        let quick = lt::CodeActionKind::QUICKFIX;
        assert!(wanted(&ctx(None), &all) && wanted(&ctx(None), &quick));
        for o in ["source", "source.fixAll", "source.fixAll.fclint"] {
            assert!(wanted(&ctx(Some(vec![o])), &all), "{o}");
            assert!(!wanted(&ctx(Some(vec![o])), &quick), "{o}");
        }
        for o in [
            "source.fix",
            "source.fixAll.fclintx",
            "quickfix",
            "refactor",
        ] {
            assert!(!wanted(&ctx(Some(vec![o])), &all), "{o}");
        }
        assert!(wanted(&ctx(Some(vec!["quickfix"])), &quick));
    }
}
