//! `--format junit`: JUnit XML for GitLab, Jenkins, Azure Pipelines and other CI systems.
//!
//! One `<testsuite>` per file; in it one `<testcase classname=FILE name=CODE>` per rule with
//! findings, whose `<failure>` lists every finding of that rule in that file (one concise
//! line each, with its help). A file without findings gets one passing test case, so the
//! report also shows what was checked.

use std::fmt::Write as _;

use super::Report;
use crate::codes::Code;
use crate::diag::{Diagnostic, Lang};
use crate::source::FileId;

/// Escape text for XML 1.0 content and attribute values. Characters XML 1.0 cannot carry at
/// all (most C0 controls) are written as `\u{..}` so the document stays well-formed.
pub fn escape_xml(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&apos;"),
            '\t' | '\n' => out.push(c),
            '\r' => out.push_str("&#13;"),
            c if (c as u32) < 0x20 || c == '\u{FFFE}' || c == '\u{FFFF}' => {
                let _ = write!(out, "\\u{{{:x}}}", c as u32);
            }
            c => out.push(c),
        }
    }
    out
}

/// Name of the passing test case of a file without findings.
pub const CLEAN_CASE: &str = "fclint";

pub fn render(r: &Report<'_>) -> String {
    // Files in the order the report lists them; findings are already sorted by file.
    let mut files: Vec<FileId> = r.files.to_vec();
    for d in r.diagnostics {
        if !files.contains(&d.span.file) {
            files.push(d.span.file);
        }
    }
    files.sort_by(|a, b| r.path(*a).cmp(r.path(*b)));

    let mut suites = String::new();
    let (mut total_tests, mut total_failures) = (0usize, 0usize);
    for f in files {
        let path = r.path(f);
        let mine: Vec<&Diagnostic> = r.diagnostics.iter().filter(|d| d.span.file == f).collect();
        let mut codes: Vec<Code> = mine.iter().map(|d| d.code).collect();
        codes.sort_unstable();
        codes.dedup();
        let tests = codes.len().max(1);
        total_tests += tests;
        total_failures += codes.len();
        let _ = writeln!(
            suites,
            "  <testsuite name=\"{}\" tests=\"{tests}\" failures=\"{}\" errors=\"0\" skipped=\"0\">",
            escape_xml(path),
            codes.len()
        );
        if codes.is_empty() {
            let _ = writeln!(
                suites,
                "    <testcase classname=\"{}\" name=\"{CLEAN_CASE}\"/>",
                escape_xml(path)
            );
        }
        for code in codes {
            let of_code: Vec<&&Diagnostic> = mine.iter().filter(|d| d.code == code).collect();
            let severity = of_code
                .iter()
                .map(|d| d.severity)
                .max()
                .unwrap_or(crate::diag::Severity::Error);
            let name = code.name();
            let n = of_code.len();
            let message = match r.lang {
                Lang::En => format!("{name}: {n} finding{}", if n == 1 { "" } else { "s" }),
                Lang::Zh => format!("{name}：{n} 处问题"),
            };
            let mut body = String::new();
            for d in &of_code {
                body.push_str(&super::concise::line(path, d, r.lang));
                body.push('\n');
                if let Some(h) = &d.help {
                    let _ = writeln!(body, "  {}{}", super::help_prefix(r.lang), h.get(r.lang));
                }
                for note in &d.notes {
                    let other = r.path(note.span.file);
                    let _ = writeln!(
                        body,
                        "  {other}:{}:{}: {}",
                        note.span.start.line,
                        note.span.start.col,
                        note.message.get(r.lang)
                    );
                }
            }
            let _ = writeln!(
                suites,
                "    <testcase classname=\"{}\" name=\"{code}\">\n      <failure message=\"{}\" type=\"{}\">{}</failure>\n    </testcase>",
                escape_xml(path),
                escape_xml(&message),
                severity.as_str(),
                escape_xml(&body)
            );
        }
        suites.push_str("  </testsuite>\n");
    }
    let mut out = String::from("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
    let _ = writeln!(
        out,
        "<testsuites name=\"fclint\" tests=\"{total_tests}\" failures=\"{total_failures}\" errors=\"0\">"
    );
    out.push_str(&suites);
    out.push_str("</testsuites>\n");
    out
}

#[cfg(test)]
mod tests {
    use super::escape_xml;

    #[test]
    fn escapes_markup_and_controls() {
        assert_eq!(
            escape_xml("a<b>&\"c\"'d'\u{1}\r\n"),
            "a&lt;b&gt;&amp;&quot;c&quot;&apos;d&apos;\\u{1}&#13;\n"
        );
    }
}
