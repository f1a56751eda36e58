//! `--format checkstyle`: Checkstyle XML, which Jenkins (Warnings Next Generation),
//! reviewdog (`-f=checkstyle`) and many CI tools read. One `<file>` per checked file (a
//! clean file is listed empty), one `<error>` per finding with its line, column, severity
//! (`error`, `warning`, `info`), message and `source="fclint.CODE"`.

use std::fmt::Write as _;

use super::junit::escape_xml;
use super::Report;

pub fn render(r: &Report<'_>) -> String {
    let mut s =
        String::from("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<checkstyle version=\"4.3\">\n");
    for &file in r.files {
        let path = r.path(file);
        let findings: Vec<_> = r
            .diagnostics
            .iter()
            .filter(|d| r.path(d.span.file) == path)
            .collect();
        let _ = writeln!(s, "  <file name=\"{}\">", escape_xml(path));
        for d in findings {
            let _ = writeln!(
                s,
                "    <error line=\"{}\" column=\"{}\" severity=\"{}\" message=\"{}\" source=\"fclint.{}\"/>",
                d.span.start.line,
                d.span.start.col,
                d.severity.as_str(),
                escape_xml(&super::message_with_help(d, r.lang)),
                d.code
            );
        }
        s.push_str("  </file>\n");
    }
    // Findings in files that were not checked themselves (a base file of `extend`).
    let checked: Vec<&str> = r.files.iter().map(|f| r.path(*f)).collect();
    let mut others: Vec<&str> = r
        .diagnostics
        .iter()
        .map(|d| r.path(d.span.file))
        .filter(|p| !checked.contains(p))
        .collect();
    others.sort();
    others.dedup();
    for path in others {
        let _ = writeln!(s, "  <file name=\"{}\">", escape_xml(path));
        for d in r.diagnostics.iter().filter(|d| r.path(d.span.file) == path) {
            let _ = writeln!(
                s,
                "    <error line=\"{}\" column=\"{}\" severity=\"{}\" message=\"{}\" source=\"fclint.{}\"/>",
                d.span.start.line,
                d.span.start.col,
                d.severity.as_str(),
                escape_xml(&super::message_with_help(d, r.lang)),
                d.code
            );
        }
        s.push_str("  </file>\n");
    }
    s.push_str("</checkstyle>\n");
    s
}
