//! `--format json`: one object with every diagnostic and a summary. A diagnostic's `fix` is
//! `null` or `{applicability, message, edits: [{line, column, end_line, end_column,
//! content}]}`, its edits located like the diagnostic (1-based lines, code-point columns, end
//! exclusive) on the file as checked.

use serde::Serialize;

use super::Report;

#[derive(Serialize)]
struct JsonReport<'a> {
    version: u32,
    diagnostics: Vec<JsonDiagnostic<'a>>,
    summary: JsonSummary,
}

#[derive(Serialize)]
struct JsonDiagnostic<'a> {
    code: &'a str,
    severity: &'a str,
    path: &'a str,
    line: u32,
    column: u32,
    end_line: u32,
    end_column: u32,
    pointer: &'a str,
    message: &'a str,
    help: Option<&'a str>,
    #[serde(skip_serializing_if = "Vec::is_empty")]
    related: Vec<JsonRelated<'a>>,
    fix: Option<JsonFix<'a>>,
}

#[derive(Serialize)]
struct JsonFix<'a> {
    /// `safe` (`--fix` applies it) or `unsafe` (also needs `--unsafe-fixes`).
    applicability: &'a str,
    message: &'a str,
    edits: Vec<JsonEdit<'a>>,
}

/// Replace the text from `line:column` to `end_line:end_column` (exclusive; equal for an
/// insertion) with `content` (empty for a deletion).
#[derive(Serialize)]
struct JsonEdit<'a> {
    line: u32,
    column: u32,
    end_line: u32,
    end_column: u32,
    content: &'a str,
}

fn fix<'a>(r: &Report<'_>, d: &'a crate::diag::Diagnostic) -> Option<JsonFix<'a>> {
    let f = super::fixes::shown(r, d)?;
    Some(JsonFix {
        applicability: f.applicability.as_str(),
        message: f.message.get(r.lang),
        edits: f
            .edits
            .iter()
            .map(|e| JsonEdit {
                line: e.span.start.line,
                column: e.span.start.col,
                end_line: e.span.end.line,
                end_column: e.span.end.col,
                content: &e.replacement,
            })
            .collect(),
    })
}

#[derive(Serialize)]
struct JsonRelated<'a> {
    path: &'a str,
    line: u32,
    column: u32,
    end_line: u32,
    end_column: u32,
    message: &'a str,
}

#[derive(Serialize)]
struct JsonSummary {
    files: usize,
    errors: usize,
    warnings: usize,
    infos: usize,
}

pub fn render(r: &Report<'_>) -> String {
    let s = r.summary();
    let report = JsonReport {
        version: 1,
        diagnostics: r
            .diagnostics
            .iter()
            .map(|d| JsonDiagnostic {
                code: d.code.as_str(),
                severity: d.severity.as_str(),
                path: r.path(d.span.file),
                line: d.span.start.line,
                column: d.span.start.col,
                end_line: d.span.end.line,
                end_column: d.span.end.col,
                pointer: &d.pointer,
                message: d.message.get(r.lang),
                help: d.help.as_ref().map(|h| h.get(r.lang)),
                related: d
                    .notes
                    .iter()
                    .map(|n| JsonRelated {
                        path: r.path(n.span.file),
                        line: n.span.start.line,
                        column: n.span.start.col,
                        end_line: n.span.end.line,
                        end_column: n.span.end.col,
                        message: n.message.get(r.lang),
                    })
                    .collect(),
                fix: fix(r, d),
            })
            .collect(),
        summary: JsonSummary {
            files: s.files,
            errors: s.errors,
            warnings: s.warnings,
            infos: s.infos,
        },
    };
    let mut out = serde_json::to_string_pretty(&report).unwrap_or_default();
    out.push('\n');
    out
}
