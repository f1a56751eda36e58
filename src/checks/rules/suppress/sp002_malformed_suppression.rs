//! SP002: a `# fclint-ignore` comment that names no rule or an unknown rule.

use crate::codes::Code;
use crate::diag::{Diagnostic, Text};
use crate::span::Span;

crate::codes::declare_rule! {
    /// ## What it checks
    /// That a `# fclint-ignore` comment is followed by one or more rule codes or names separated by commas (`# fclint-ignore EB007, EB008 reason`), each known to fclint (`fclint rules`).
    ///
    /// ## Why it matters
    /// A suppression with a typo in its code suppresses nothing, and the finding you meant to accept keeps failing CI — or, worse, you stop trusting the output. ruff reports the same two mistakes: PGH004 blanket-noqa (https://docs.astral.sh/ruff/rules/blanket-noqa/) and unknown codes under RUF100 (https://docs.astral.sh/ruff/rules/unused-noqa/).
    ///
    /// ## Example
    /// ```yaml
    /// errorsTolerance: NONE # fclint-ignore EB07 strict ordering
    /// ```
    /// ## Fix
    /// ```yaml
    /// errorsTolerance: NONE # fclint-ignore EB007 strict ordering
    /// ```
    SP002,
    summary: "A `# fclint-ignore` comment names no rule or an unknown rule",
    summary_zh: "`# fclint-ignore` 注释未写规则或写了未知规则",
    doc_zh: include_str!("sp002_malformed_suppression.zh.md"),
}

/// The comment at `span` cannot be read: `problem` says why.
pub fn malformed(span: Span, problem: Text) -> Diagnostic {
    Diagnostic::new(Code::SP002, span, "", problem).with_help(Text::new(
        "write `# fclint-ignore EB007 reason` (codes or rule names, separated by commas)",
        "格式为 `# fclint-ignore EB007 原因`（规则代码或名称，以逗号分隔）",
    ))
}

/// The comment names no rule.
pub fn no_rule() -> Text {
    Text::new(
        "`# fclint-ignore` names no rule; write `# fclint-ignore CODE[, CODE] reason`",
        "`# fclint-ignore` 未写出规则；格式为 `# fclint-ignore 代码[, 代码] 原因`",
    )
}

/// `token` is neither a rule code nor a rule name; the rule it most likely means is named.
pub fn unknown_rule(token: &str) -> Text {
    match Code::closest(token) {
        Some(c) => Text::new(
            format!(
                "`{token}` in `# fclint-ignore` is not a rule code or name; did you mean `{c}` ({})?",
                c.name()
            ),
            format!(
                "`# fclint-ignore` 中的 `{token}` 不是规则代码或名称；是否想写 `{c}`（{}）？",
                c.name()
            ),
        ),
        None => Text::new(
            format!("`{token}` in `# fclint-ignore` is not a rule code or name; see `fclint rules`"),
            format!("`# fclint-ignore` 中的 `{token}` 不是规则代码或名称；参见 `fclint rules`"),
        ),
    }
}
