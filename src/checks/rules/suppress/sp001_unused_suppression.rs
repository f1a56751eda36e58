//! SP001: a `# fclint-ignore` comment that silenced nothing on its line.

use crate::codes::Code;
use crate::diag::{Diagnostic, Fix, Text};
use crate::source::{edit, SourceFile};
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
    ///
    /// `fclint check --fix` removes what is unused, and nothing else: the whole line when the
    /// comment stands alone on it; the comment and the spaces before it when it trails a value;
    /// only the unused codes (with one comma each) when the comment names others that are
    /// used, or that belong to rules not selected in this run. It is safe: a comment does not
    /// deploy. A comment SP002 cannot read is left alone.
    SP001,
    summary: "A `# fclint-ignore` comment names a rule that has no finding on its line",
    summary_zh: "`# fclint-ignore` 注释所列规则在该行没有问题",
    doc_zh: include_str!("sp001_unused_suppression.zh.md"),
    fix: Safe,
}

/// Remove the unused code written at `code` from the comment at `comment`, whose codes are
/// written at `codes`: the whole comment when `all_unused`.
pub fn fix(
    src: &SourceFile,
    comment: Span,
    codes: &[Span],
    code: Span,
    all_unused: bool,
) -> Option<Fix> {
    let (edit, en, zh) = if all_unused {
        (
            edit::delete_comment(src, comment)?,
            "remove the unused suppression".to_string(),
            "删除未使用的抑制注释".to_string(),
        )
    } else {
        let name = src
            .text
            .get(code.start.byte as usize..code.end.byte as usize)?;
        let name = crate::inert::escape(name);
        (
            edit::delete_list_item(src, codes, code)?,
            format!("remove `{name}` from the suppression"),
            format!("从抑制注释中删除 `{name}`"),
        )
    };
    Some(Fix::safe(Text::new(en, zh), vec![edit]))
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
