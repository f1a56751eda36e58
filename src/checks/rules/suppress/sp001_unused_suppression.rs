//! SP001: a `# fclint-ignore` comment that silenced nothing on its line.

use crate::codes::Code;
use crate::diag::{Diagnostic, Text};
use crate::span::Span;

crate::codes::declare_rule! {
    /// ## What it checks
    /// Every rule named by a `# fclint-ignore CODE[, CODE] reason` comment must have silenced a finding on the line it covers: its own line for a trailing comment, the next line with content for a comment on a line of its own. Rules that were not selected in this run are not reported.
    ///
    /// ## Why it matters
    /// A suppression that no longer suppresses anything is left over from a fixed problem or was put on the wrong line; it would silently hide the next real finding there (the same reasoning as ruff's RUF100 unused-noqa: https://docs.astral.sh/ruff/rules/unused-noqa/).
    ///
    /// ## Example
    /// ```yaml
    /// timeout: 60 # fclint-ignore FN101 long batch jobs
    /// ```
    /// ## Fix
    /// Remove the comment, or move it to the line of the finding.
    SP001,
    summary: "A `# fclint-ignore` comment names a rule that has no finding on its line",
    summary_zh: "`# fclint-ignore` 注释所列规则在该行没有问题",
    doc_zh: include_str!("sp001_unused_suppression.zh.md"),
}

/// `code` (written at `span`) had no finding on `line`. `found_at`: the lines of the file
/// where `code` does report (the nearest first), so the comment can be moved there.
pub fn unused(span: Span, code: Code, line: u32, found_at: &[u32]) -> Diagnostic {
    let help = match found_at {
        [] => Text::new(
            format!("remove `{code}` from the comment"),
            format!("请从注释中删除 `{code}`"),
        ),
        [l] => Text::new(
            format!("{code} reports on line {l}: move the comment there, or remove `{code}` from it"),
            format!("{code} 的问题在第 {l} 行：请把注释移到那一行，或从注释中删除 `{code}`"),
        ),
        [l, rest @ ..] => Text::new(
            format!(
                "{code} reports on line {l} (nearest) and {} other line(s): move the comment there, or remove `{code}` from it",
                rest.len()
            ),
            format!(
                "{code} 的问题在第 {l} 行（最近）及另外 {} 行：请把注释移到那里，或从注释中删除 `{code}`",
                rest.len()
            ),
        ),
    };
    Diagnostic::new(
        Code::SP001,
        span,
        "",
        Text::new(
            format!("unused suppression: no {code} finding on line {line}"),
            format!("未使用的抑制：第 {line} 行没有 {code} 问题"),
        ),
    )
    .with_help(help)
}
