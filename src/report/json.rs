//! `--format json`: one object with every diagnostic and a summary.

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
