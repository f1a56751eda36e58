//! `--format concise`: one line per finding, `path:line:col: severity[CODE] message`.
//! The snapshot harness (`tests/snapshots.rs`) renders its `.out` files with [`line`] too.

use super::Report;
use crate::diag::{Diagnostic, Lang, Severity};

/// One finding as one line (no trailing newline). Line breaks inside the message are shown
/// as spaces so that one finding stays one line.
pub fn line(path: &str, d: &Diagnostic, lang: Lang) -> String {
    format!(
        "{path}:{}:{}: {}[{}] {}",
        d.span.start.line,
        d.span.start.col,
        d.severity.as_str(),
        d.code,
        one_line(d.message.get(lang))
    )
}

fn one_line(s: &str) -> String {
    s.replace("\r\n", " ").replace(['\n', '\r'], " ")
}

const RESET: &str = "\x1b[0m";
const BOLD: &str = "\x1b[1m";

fn severity_style(s: Severity) -> &'static str {
    match s {
        Severity::Error => "\x1b[1;31m",
        Severity::Warning => "\x1b[1;33m",
        Severity::Info => "\x1b[1;36m",
    }
}

/// The same line with the path in bold and the severity and code in its colour.
fn colored_line(path: &str, d: &Diagnostic, lang: Lang) -> String {
    format!(
        "{BOLD}{path}:{}:{}:{RESET} {}{}[{}]{RESET} {}",
        d.span.start.line,
        d.span.start.col,
        severity_style(d.severity),
        d.severity.as_str(),
        d.code,
        one_line(d.message.get(lang))
    )
}

pub fn render(r: &Report<'_>) -> String {
    let mut out = String::new();
    for d in r.diagnostics {
        let path = r.path(d.span.file);
        if r.color {
            out.push_str(&colored_line(path, d, r.lang));
        } else {
            out.push_str(&line(path, d, r.lang));
        }
        out.push('\n');
    }
    out
}
