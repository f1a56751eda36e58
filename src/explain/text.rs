//! The story as plain text.

use super::story::{findings_lines, findings_title, Story};
use crate::diag::Lang;
use crate::present::Lines;

/// Plain text.
pub fn text(s: &Story, lang: Lang) -> String {
    let mut out = Lines::new();
    out.line(&s.header);
    let colon = if lang == Lang::Zh { "：" } else { ": " };
    let (find, about_file) = findings_title(lang);
    let find = format!("{find}{}", colon.trim_end());
    if !s.file_findings.is_empty() {
        out.blank();
        out.line(&format!("{about_file}:"));
        for f in findings_lines(&s.file_findings, &s.path, lang) {
            out.line(&format!("  {f}"));
        }
    }
    for f in &s.functions {
        out.blank();
        out.line(&f.title);
        for line in &f.lines {
            out.line(&format!("  {line}"));
        }
        if !f.findings.is_empty() {
            out.line(&format!("  {find}"));
            for x in findings_lines(&f.findings, &s.path, lang) {
                out.line(&format!("    {x}"));
            }
        }
        for t in &f.triggers {
            out.blank();
            out.line(&format!("  {}", t.title));
            for (k, v) in &t.parts {
                out.line(&format!("    {k}{colon}{v}"));
            }
            let lines = findings_lines(&t.findings, &s.path, lang);
            if t.findings.is_empty() {
                let sp = if lang == Lang::Zh { "" } else { " " };
                out.line(&format!("    {find}{sp}{}", lines.join("")));
            } else {
                out.line(&format!("    {find}"));
                for x in lines {
                    out.line(&format!("      {x}"));
                }
            }
        }
    }
    out.into_string()
}
