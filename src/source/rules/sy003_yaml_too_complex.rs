//! SY003: alias expansion or nesting beyond fclint's bounds. Reported by the parser
//! (`source::parse`), which stops there.

use crate::codes::Code;
use crate::diag::{Diagnostic, Text};
use crate::span::Span;

crate::codes::declare_rule! {
    /// ## What it checks
    /// That expanding anchors and aliases copies at most {limits::YAML_ALIAS_NODE_BUDGET} nodes and that nesting stays within {limits::YAML_MAX_DEPTH} levels.
    ///
    /// ## Why it matters
    /// A few lines of aliases that repeat aliases (a "billion laughs" file: https://en.wikipedia.org/wiki/Billion_laughs_attack) expand to gigabytes and hang any tool that reads them. No real s.yaml comes close to these bounds.
    ///
    /// ## Example
    /// ```yaml
    /// a: &a [x, x, x, x, x, x, x, x, x]
    /// b: &b [*a, *a, *a, *a, *a, *a, *a, *a, *a]
    /// c: &c [*b, *b, *b, *b, *b, *b, *b, *b, *b]
    /// # … and so on
    /// ```
    /// ## Fix
    /// Write the repeated values out, or use `template` + `extend` for shared props.
    SY003,
    summary: "Alias expansion or nesting exceeds fclint's safety bounds",
    summary_zh: "别名展开或嵌套深度超过 fclint 的安全上限",
    doc_zh: include_str!("sy003_yaml_too_complex.zh.md"),
}

/// Nesting deeper than `max_depth` levels.
pub fn too_deep(span: Span, max_depth: usize) -> Diagnostic {
    Diagnostic::new(
        Code::SY003,
        span,
        "",
        Text::new(
            format!("YAML nesting deeper than {max_depth} levels; fclint stops here"),
            format!("YAML 嵌套超过 {max_depth} 层，fclint 在此停止"),
        ),
    )
}

/// Aliases that would copy more than `budget` nodes.
pub fn alias_bomb(span: Span, budget: usize) -> Diagnostic {
    Diagnostic::new(
        Code::SY003,
        span,
        "",
        Text::new(
            format!("alias expansion exceeds {budget} nodes (an alias bomb?); fclint stops here"),
            format!("别名展开超过 {budget} 个节点（别名炸弹？），fclint 在此停止"),
        ),
    )
    .with_help(Text::new(
        "reduce the nesting of aliases that repeat other aliases",
        "减少别名对别名的多层重复引用",
    ))
}
