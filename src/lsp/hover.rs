//! Hover (the finding here, the key's documentation, what the plan makes of a knob) and
//! inlay hints (the plan's numbers beside the knobs).

use lsp_types as lt;

use crate::diag::{Diagnostic, Lang};
use crate::source::{Kind, Node, Pos, Span};

use super::knobs;
use super::outline::Outline;
use super::position;
use super::schema_nav::{self, Token};
use super::server::Ctx;

fn covers(span: Span, pos: Pos) -> bool {
    if span.start == span.end {
        return span.start.line == pos.line;
    }
    span.start.byte <= pos.byte && pos.byte <= span.end.byte
}

/// The rule behind a finding: summary, help, and where to read more.
fn rule_section(d: &Diagnostic, lang: Lang) -> String {
    let zh = lang == Lang::Zh;
    let rule = crate::checks::registry::find(d.code.as_str());
    let name = rule.map(|r| r.name()).unwrap_or("");
    let summary = rule.map(|r| r.summary_in(lang)).unwrap_or("");
    let mut s = if zh {
        format!(
            "**{}**（`{name}`，{}）：{summary}",
            d.code,
            d.severity.as_str()
        )
    } else {
        format!(
            "**{}** (`{name}`, {}): {summary}",
            d.code,
            d.severity.as_str()
        )
    };
    if let Some(h) = &d.help {
        s.push_str("\n\n");
        s.push_str(h.get(lang));
    }
    s.push_str(&if zh {
        format!("\n\n参见 `fclint explain {}`。", d.code)
    } else {
        format!("\n\nSee `fclint explain {}`.", d.code)
    });
    s
}

/// The mapping entry under the cursor.
struct Hit<'a> {
    path: Vec<Token>,
    key: &'a str,
    key_span: Span,
    value: &'a Node,
}

fn in_file(span: Span, file: crate::source::FileId, pos: Pos) -> bool {
    span.file == file && span.start.byte <= pos.byte && pos.byte <= span.end.byte
}

/// The deepest entry whose key, or whose scalar value, is under the cursor (in the buffer).
fn entry_at<'a>(
    node: &'a Node,
    file: crate::source::FileId,
    pos: Pos,
    path: &mut Vec<Token>,
) -> Option<Hit<'a>> {
    match &node.kind {
        Kind::Map(entries) => {
            for e in entries {
                path.push(Token::Key(e.key.clone()));
                let scalar = !matches!(e.value.kind, Kind::Map(_) | Kind::Seq(_));
                if in_file(e.key_span, file, pos) || (scalar && in_file(e.value.span, file, pos)) {
                    return Some(Hit {
                        path: path.clone(),
                        key: &e.key,
                        key_span: e.key_span,
                        value: &e.value,
                    });
                }
                if !scalar {
                    if let Some(h) = entry_at(&e.value, file, pos, path) {
                        return Some(h);
                    }
                }
                path.pop();
            }
            None
        }
        Kind::Seq(items) => {
            for (i, item) in items.iter().enumerate() {
                path.push(Token::Index(i));
                if let Some(h) = entry_at(item, file, pos, path) {
                    return Some(h);
                }
                path.pop();
            }
            None
        }
        _ => None,
    }
}

pub fn hover(ctx: &Ctx<'_>, p: lt::Position) -> Option<lt::Hover> {
    let a = ctx.analysis;
    let lang = ctx.lang;
    let pos = position::from_lsp(ctx.text, p, ctx.enc);
    let mut sections: Vec<String> = Vec::new();
    let mut range: Option<lt::Range> = None;
    for d in a
        .diagnostics
        .iter()
        .filter(|d| d.span.file == a.file && covers(d.span, pos))
    {
        sections.push(rule_section(d, lang));
        range.get_or_insert(ctx.range(d.span));
    }
    let schema = schema_nav::schema(lang);
    match a.root() {
        Some(root) => {
            if let Some(hit) = entry_at(root, a.file, pos, &mut Vec::new()) {
                let inst = root.to_json();
                let at = schema_nav::at(schema, &hit.path, Some(&inst));
                // A key of the buffer: written visibly, like everything fclint shows.
                let mut s = format!("`{}`", crate::inert::escape(hit.key));
                if let Some(doc) = schema_nav::doc(&at) {
                    s.push_str("\n\n");
                    s.push_str(&doc);
                }
                if let Some(k) = knobs::knobs(a)
                    .iter()
                    .find(|k| std::ptr::eq(k.node, hit.value))
                {
                    if let Some(plan) = knobs::hover(k, lang) {
                        s.push_str("\n\n");
                        s.push_str(&plan);
                    }
                }
                sections.push(s);
                range = Some(ctx.range(hit.key_span));
            }
        }
        None => {
            // The text does not parse: the key's documentation from the indentation alone.
            let line = pos.line.saturating_sub(1) as usize;
            let outline = Outline::new(&ctx.text.text);
            if let Some((path, _, key)) = outline.path_of_line(line) {
                let at = schema_nav::at(schema, &path, None);
                if let Some(doc) = schema_nav::doc(&at) {
                    sections.push(format!("`{}`\n\n{doc}", crate::inert::escape(&key)));
                }
            }
        }
    }
    if sections.is_empty() {
        return None;
    }
    Some(lt::Hover {
        contents: lt::HoverContents::Markup(lt::MarkupContent {
            kind: lt::MarkupKind::Markdown,
            value: sections.join("\n\n---\n\n"),
        }),
        range,
    })
}

/// The plan's numbers at the end of each knob's line, within `range`.
pub fn inlay_hints(ctx: &Ctx<'_>, range: lt::Range) -> Vec<lt::InlayHint> {
    let a = ctx.analysis;
    let mut out = Vec::new();
    for k in knobs::knobs(a) {
        let line = k.node.span.end.line;
        let line0 = line.saturating_sub(1);
        if line0 < range.start.line || line0 > range.end.line {
            continue;
        }
        let Some(label) = knobs::hint(&k, ctx.lang) else {
            continue;
        };
        out.push(lt::InlayHint {
            position: position::line_end(ctx.text, line, ctx.enc),
            label: lt::InlayHintLabel::String(label),
            kind: None,
            text_edits: None,
            tooltip: None,
            padding_left: Some(true),
            padding_right: None,
            data: None,
        });
    }
    out
}
