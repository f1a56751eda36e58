//! `--format github`: GitHub Actions workflow commands, which the runner turns into
//! annotations on the pull request:
//! `::error file=PATH,line=L,col=C,endLine=L,endColumn=C,title=CODE::message`.
//!
//! Escaping follows `@actions/core` (`toolkit/packages/core/src/command.ts`): data (the
//! message) escapes `%`, CR and LF; properties additionally `:` and `,`. GitHub accepts
//! `col`/`endColumn` only when the annotation starts and ends on the same line, so a finding
//! that spans lines carries `line`/`endLine` only. `endColumn` is exclusive, like SARIF's.
//! The message is followed by the help and by the notes (`path:line:col: value defined here`).

use super::{message_with_help, Report};
use crate::diag::{Diagnostic, Severity};

/// Escape the message part of a workflow command.
pub fn escape_data(s: &str) -> String {
    s.replace('%', "%25")
        .replace('\r', "%0D")
        .replace('\n', "%0A")
}

/// Escape a property value (`file=`, `title=`) of a workflow command.
pub fn escape_property(s: &str) -> String {
    escape_data(s).replace(':', "%3A").replace(',', "%2C")
}

fn command(s: Severity) -> &'static str {
    match s {
        Severity::Error => "error",
        Severity::Warning => "warning",
        Severity::Info => "notice",
    }
}

/// The message, its help, and one line per note (`path:line:col: note`) — annotations have no
/// secondary locations of their own.
fn annotation_text(r: &Report<'_>, d: &Diagnostic) -> String {
    let mut text = message_with_help(d, r.lang);
    for n in &d.notes {
        text.push_str(&format!(
            "\n{}:{}:{}: {}",
            r.path(n.span.file),
            n.span.start.line,
            n.span.start.col,
            n.message.get(r.lang)
        ));
    }
    text
}

fn annotation(path: &str, d: &Diagnostic, text: &str) -> String {
    let (start, end) = (d.span.start, d.span.end.max(d.span.start));
    // Findings about a whole file (one too large to read) have no line: GitHub wants 1.
    let (line, end_line) = (start.line.max(1), end.line.max(1));
    let mut props = format!("file={},line={line}", escape_property(path));
    if line == end_line {
        props.push_str(&format!(",col={}", start.col.max(1)));
    }
    props.push_str(&format!(",endLine={end_line}"));
    if line == end_line {
        props.push_str(&format!(",endColumn={}", end.col.max(1)));
    }
    props.push_str(&format!(",title={}", escape_property(d.code.as_str())));
    format!("::{} {props}::{}", command(d.severity), escape_data(text))
}

pub fn render(r: &Report<'_>) -> String {
    let mut out = String::new();
    for d in r.diagnostics {
        out.push_str(&annotation(r.path(d.span.file), d, &annotation_text(r, d)));
        out.push('\n');
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn escaping_matches_actions_core() {
        assert_eq!(escape_data("50% a:b,c\r\nd"), "50%25 a:b,c%0D%0Ad");
        assert_eq!(escape_property("50% a:b,c\r\nd"), "50%25 a%3Ab%2Cc%0D%0Ad");
        // `%` first, so an escape sequence in the input is not decoded by the runner.
        assert_eq!(escape_data("%0A"), "%250A");
    }

    #[test]
    fn whole_file_findings_point_at_line_one() {
        use crate::diag::{Lang, Text};
        use crate::source::Span;
        let d = Diagnostic::new(
            crate::codes::Code::SY005,
            Span::default(),
            "",
            Text::new("too large", "太大"),
        );
        assert_eq!(
            annotation("s.yaml", &d, d.message.get(Lang::Zh)),
            "::error file=s.yaml,line=1,col=1,endLine=1,endColumn=1,title=SY005::太大"
        );
    }
}
