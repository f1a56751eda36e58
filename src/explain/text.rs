//! The story as plain text and as Markdown.

use super::story::{l, Finding, Story};
use crate::diag::Lang;
use crate::present::Lines;

/// `s.yaml:12:5: warning[EB007] …`, or `none` when there is nothing.
fn findings_lines(fs: &[Finding], file: &str, lang: Lang) -> Vec<String> {
    fs.iter()
        .map(|f| {
            format!(
                "{file}:{}:{}: {}[{}] {}",
                f.line,
                f.col,
                f.severity.as_str(),
                f.code,
                f.message
            )
        })
        .chain(fs.is_empty().then(|| l(lang, "none".into(), "无".into())))
        .collect()
}

fn findings_title(lang: Lang) -> (String, String) {
    (
        l(
            lang,
            "Findings of `fclint check`".into(),
            "`fclint check` 的检查结果".into(),
        ),
        l(
            lang,
            "Findings about the file".into(),
            "关于整个文件的检查结果".into(),
        ),
    )
}

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
        for f in findings_lines(&s.file_findings, &s.path, lang) {
            out.line(&format!("- `{f}`"));
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
            for x in findings_lines(&f.findings, &s.path, lang) {
                out.line(&format!("- `{x}`"));
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
                for x in findings_lines(&t.findings, &s.path, lang) {
                    out.line(&format!("  - `{x}`"));
                }
            }
            out.blank();
        }
    }
    out.finish()
}
