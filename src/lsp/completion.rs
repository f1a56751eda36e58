//! Completion: the keys a mapping may still take and the values a key allows, from the editor
//! schema, at the place the indentation of the text shows (the text need not parse).

use lsp_types as lt;
use serde_json::Value;

use crate::diag::Lang;
use crate::model::SourceType;
use crate::source::SourceFile;

use super::outline::{Outline, Place};
use super::position::{self, Encoding};
use super::schema_nav::{self, Token};

/// The instance below `path`.
fn instance_at<'v>(root: &'v Value, path: &[Token]) -> Option<&'v Value> {
    let mut cur = root;
    for t in path {
        cur = match (cur, t) {
            (Value::Object(m), Token::Key(k)) => m.get(k)?,
            (Value::Array(a), Token::Index(i)) => a.get(*i)?,
            _ => return None,
        };
    }
    Some(cur)
}

fn markdown(text: String) -> lt::Documentation {
    lt::Documentation::MarkupContent(lt::MarkupContent {
        kind: lt::MarkupKind::Markdown,
        value: text,
    })
}

fn value_text(v: &Value) -> String {
    match v {
        Value::String(s) => s.clone(),
        other => other.to_string(),
    }
}

pub fn complete(
    text: &SourceFile,
    p: lt::Position,
    lang: Lang,
    enc: Encoding,
) -> Option<lt::CompletionResponse> {
    let pos = position::from_lsp(text, p, enc);
    let line_start = text.pos_at_line_col0(pos.line as usize, 0).byte as usize;
    let col = (pos.byte as usize).saturating_sub(line_start);
    let outline = Outline::new(&text.text);
    let cur = outline.cursor(&text.text, pos.line.saturating_sub(1) as usize, col)?;
    let schema = schema_nav::schema(lang);
    let range = |start: usize, end: usize| lt::Range {
        start: position::to_lsp(text, text.pos_at_byte(line_start + start), enc),
        end: position::to_lsp(text, text.pos_at_byte(line_start + end), enc),
    };
    let mut items: Vec<lt::CompletionItem> = Vec::new();
    let values = |path: &[Token], start: usize, end: usize, lead: &str| {
        let at = schema_nav::at(schema, path, Some(&cur.instance));
        let vals = schema_nav::values(&at);
        let mut out = Vec::new();
        for (i, v) in vals.into_iter().enumerate() {
            let label = value_text(&v.value);
            out.push(lt::CompletionItem {
                label: label.clone(),
                kind: Some(lt::CompletionItemKind::ENUM_MEMBER),
                detail: v.doc.clone(),
                documentation: v.doc.map(markdown),
                sort_text: Some(format!("{i:04}")),
                filter_text: Some(label.clone()),
                text_edit: Some(lt::CompletionTextEdit::Edit(lt::TextEdit {
                    range: range(start, end),
                    new_text: format!("{lead}{label}"),
                })),
                ..Default::default()
            });
        }
        out
    };
    match &cur.place {
        Place::Key {
            start,
            end,
            has_colon,
            item,
            ..
        } => {
            let at = schema_nav::at(schema, &cur.path, Some(&cur.instance));
            let mut props = schema_nav::properties(&at);
            // Of the six source parameter blocks, the one the source type reads.
            if cur.path.last() == Some(&Token::Key("eventSourceParameters".into())) {
                let wanted = instance_at(&cur.instance, &cur.path[..cur.path.len() - 1])
                    .and_then(|c| c.get("eventSourceType"))
                    .and_then(Value::as_str)
                    .and_then(SourceType::parse)
                    .and_then(SourceType::params_key);
                if let Some(w) = wanted {
                    props.retain(|p| p.name == w);
                }
            }
            props.retain(|p| !cur.present.iter().any(|k| k == p.name));
            for (i, prop) in props.iter().enumerate() {
                let new_text = if *has_colon {
                    prop.name.to_string()
                } else {
                    format!("{}: ", prop.name)
                };
                items.push(lt::CompletionItem {
                    label: prop.name.to_string(),
                    kind: Some(lt::CompletionItemKind::PROPERTY),
                    detail: schema_nav::summary(prop.schema),
                    documentation: schema_nav::doc(&[prop.schema]).map(markdown),
                    sort_text: Some(format!("{i:04}")),
                    filter_text: Some(prop.name.to_string()),
                    text_edit: Some(lt::CompletionTextEdit::Edit(lt::TextEdit {
                        range: range(*start, *end),
                        new_text,
                    })),
                    ..Default::default()
                });
            }
            if *item {
                // `- ` may start a scalar item as well as a mapping.
                items.extend(values(&cur.path, *start, *end, ""));
            }
        }
        Place::Value { start, end, .. } => {
            let line = text.line(pos.line).unwrap_or("");
            // Typed `key:` and asked at once: the value needs its space.
            let lead = if line.as_bytes().get(start.saturating_sub(1)) == Some(&b':') {
                " "
            } else {
                ""
            };
            items.extend(values(&cur.path, *start, *end, lead));
        }
    }
    if items.is_empty() {
        return None;
    }
    Some(lt::CompletionResponse::List(lt::CompletionList {
        is_incomplete: false,
        items,
    }))
}
