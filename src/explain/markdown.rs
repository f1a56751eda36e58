//! The story as Markdown, for docs and pull requests.

use super::story::{findings_markdown, findings_title, l, Story};
use crate::diag::Lang;
use crate::present::Lines;

/// Markdown for docs and pull requests.
pub fn markdown(s: &Story, lang: Lang) -> String {
    let mut out = Lines::new();
    out.line(&format!("# {}", s.path));
    out.blank();
    out.line(&s.header);
    let colon = if lang == Lang::Zh { "：" } else { ": " };
    let (find, about_file) = findings_title(lang);
    if !s.file_findings.is_empty() {
        out.blank();
        out.line(&format!("**{about_file}**"));
        out.blank();
        for f in findings_markdown(&s.file_findings, &s.path, lang) {
            out.line(&format!("- {f}"));
        }
    }
    for f in &s.functions {
        out.blank();
        out.line(&format!("## {}", f.title));
        out.blank();
        for line in &f.lines {
            out.line(line);
            out.blank();
        }
        if !f.findings.is_empty() {
            out.line(&format!("**{find}**"));
            out.blank();
            for x in findings_markdown(&f.findings, &s.path, lang) {
                out.line(&format!("- {x}"));
            }
            out.blank();
        }
        for t in &f.triggers {
            out.line(&format!("### {}", t.title));
            out.blank();
            for (k, v) in &t.parts {
                out.line(&format!("- **{k}**{colon}{v}"));
            }
            let head = format!("- **{find}**{}", colon.trim_end());
            if t.findings.is_empty() {
                out.line(&format!("{head}{}", l(lang, " none".into(), "无".into())));
            } else {
                out.line(&head);
                for x in findings_markdown(&t.findings, &s.path, lang) {
                    out.line(&format!("  - {x}"));
                }
            }
            out.blank();
        }
    }
    out.finish()
}
