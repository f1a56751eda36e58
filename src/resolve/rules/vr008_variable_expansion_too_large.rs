//! VR008: resolving variables would build an enormous document. Reported by the resolver.

use crate::codes::Code;
use crate::diag::{Diagnostic, Text};
use crate::span::Span;

crate::codes::declare_rule! {
    /// ## What it checks
    /// That resolving `${vars…}` references builds at most {limits::RESOLVE_NODE_BUDGET} values. A variable holding an object that is inserted into many places, which are themselves inserted many times, multiplies the document like a YAML alias bomb.
    ///
    /// ## Why it matters
    /// Like a YAML "billion laughs" file (https://en.wikipedia.org/wiki/Billion_laughs_attack), a few lines can ask for gigabytes. fclint stays fast and bounded on any input; what lies beyond the bound is left unknown and not checked.
    ///
    /// ## Example
    /// ```yaml
    /// vars:
    ///   a: [1, 2, 3, 4, 5, 6, 7, 8, 9, 10]
    ///   b: [${vars.a}, ${vars.a}, ${vars.a}, ${vars.a}, ${vars.a}]
    ///   c: [${vars.b}, ${vars.b}, ${vars.b}, ${vars.b}, ${vars.b}]
    ///   # … and so on
    /// ```
    /// ## Fix
    /// Insert large objects once.
    VR008,
    summary: "Resolving variables would build an enormous document",
    summary_zh: "解析变量会生成过于庞大的文档",
    doc_zh: include_str!("vr008_variable_expansion_too_large.zh.md"),
}

/// Resolving stopped at `span` after building `budget` values.
pub fn too_large(span: Span, budget: usize) -> Diagnostic {
    Diagnostic::new(
        Code::VR008,
        span,
        "",
        Text::new(
            format!("resolving the file's variables builds more than {budget} values; the rest is left unknown"),
            format!("解析变量产生的值超过 {budget} 个；其余部分视为未知"),
        ),
    )
    .with_help(Text::new(
        "a variable that inserts a large object many times multiplies the document; insert it once",
        "多次插入大型对象的变量会使文档成倍膨胀；请只插入一次",
    ))
}
