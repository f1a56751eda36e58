//! `--format rdjson`: reviewdog's Diagnostic Format as one JSON document
//! (`DiagnosticResult` of <https://github.com/reviewdog/reviewdog/tree/master/proto/rdf>),
//! for `reviewdog -f=rdjson`, which posts the findings as review comments and the fixes as
//! GitHub "suggested changes".
//!
//! - `source.name` is `fclint`; `severity` the highest severity of the findings (left out
//!   when there is none).
//! - Each diagnostic: `message` (with the help, and the fix on a last line), `location.path`
//!   (relative to the working directory, as in every format) and `location.range`,
//!   `severity` (`ERROR`, `WARNING`, `INFO`), `source`, `code` (`value` the code, `url` the
//!   platform page its documentation cites), `suggestions` and `related_locations` (the
//!   notes).
//! - Lines are 1-based; columns are 1-based **UTF-8 byte** counts, as reviewdog's
//!   `Position` defines them (not code points as in the other formats); ends are exclusive.
//! - A fix is one suggestion: the range from its first edit to its last, and the text that
//!   range holds once fixed (reviewdog posts a diagnostic's suggestions as one comment on
//!   the lines of the first one). Safe and unsafe fixes are both suggested — a suggested
//!   change is applied only by a reviewer who accepts it — and the message says when a fix
//!   is unsafe.

use serde_json::{json, Map, Value};

use super::Report;
use crate::checks::registry;
use crate::diag::{Diagnostic, Lang, Severity};
use crate::span::{FileId, Pos, Span};

fn severity(s: Severity) -> &'static str {
    match s {
        Severity::Error => "ERROR",
        Severity::Warning => "WARNING",
        Severity::Info => "INFO",
    }
}

fn source() -> Value {
    let mut s = json!({ "name": "fclint" });
    if let Some(url) = [env!("CARGO_PKG_HOMEPAGE"), env!("CARGO_PKG_REPOSITORY")]
        .into_iter()
        .find(|u| !u.is_empty())
    {
        s["url"] = json!(url);
    }
    s
}

fn position(r: &Report<'_>, file: FileId, pos: Pos) -> Value {
    json!({
        "line": pos.line.max(1),
        "column": super::fixes::byte_column(r.sources.get(file), pos),
    })
}

fn range(r: &Report<'_>, file: FileId, start: Pos, end: Pos) -> Value {
    let end = if end < start { start } else { end };
    json!({ "start": position(r, file, start), "end": position(r, file, end) })
}

fn location(r: &Report<'_>, span: Span) -> Value {
    json!({
        "path": r.path(span.file),
        "range": range(r, span.file, span.start, span.end),
    })
}

/// The message, its help, and the fix (with its kind) on a last line.
fn message(r: &Report<'_>, d: &Diagnostic) -> String {
    let mut msg = super::message_with_help(d, r.lang);
    if let Some(fix) = super::fixes::shown(r, d) {
        msg.push('\n');
        msg.push_str(match r.lang {
            Lang::En => "fix: ",
            Lang::Zh => "修复：",
        });
        msg.push_str(&super::fixes::described(fix, r.lang));
    }
    msg
}

fn diagnostic(r: &Report<'_>, d: &Diagnostic) -> Value {
    let mut v = Map::new();
    v.insert("message".into(), json!(message(r, d)));
    v.insert("location".into(), location(r, d.span));
    v.insert("severity".into(), json!(severity(d.severity)));
    v.insert("source".into(), source());
    let mut code = json!({ "value": d.code });
    if let Some(url) = super::sarif::help_uri(registry::get(d.code)) {
        code["url"] = json!(url);
    }
    v.insert("code".into(), code);
    let file = r.sources.get(d.span.file);
    let suggestions: Vec<Value> = super::fixes::shown(r, d)
        .and_then(|f| super::fixes::as_one_replacement(file, f))
        .map(|(start, end, text)| {
            json!({ "range": range(r, d.span.file, start, end), "text": text })
        })
        .into_iter()
        .collect();
    if !suggestions.is_empty() {
        v.insert("suggestions".into(), Value::Array(suggestions));
    }
    if !d.notes.is_empty() {
        let related: Vec<Value> = d
            .notes
            .iter()
            .map(|n| json!({ "message": n.message.get(r.lang), "location": location(r, n.span) }))
            .collect();
        v.insert("related_locations".into(), Value::Array(related));
    }
    Value::Object(v)
}

pub fn render(r: &Report<'_>) -> String {
    let mut doc = json!({ "source": source() });
    // Severities are ordered `Info < Warning < Error`.
    if let Some(worst) = r.diagnostics.iter().map(|d| d.severity).max() {
        doc["severity"] = json!(severity(worst));
    }
    doc["diagnostics"] = Value::Array(r.diagnostics.iter().map(|d| diagnostic(r, d)).collect());
    let mut out = serde_json::to_string_pretty(&doc).unwrap_or_default();
    out.push('\n');
    out
}
