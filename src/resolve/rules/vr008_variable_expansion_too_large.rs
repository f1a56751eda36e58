//! VR008: resolving variables would build an enormous document. Reported by the resolver.

use crate::codes::Code;
use crate::diag::{Diagnostic, Text};
use crate::span::Span;

crate::codes::declare_rule! {
    /// ## What it checks
    /// That resolving `${vars…}` references builds at most {limits::RESOLVE_NODE_BUDGET} values and {limits::RESOLVE_BYTE_BUDGET} of text (interpolated strings, copies of looked-up strings, included files), and that applying `template` to resources copies at most {limits::RESOLVE_NODE_BUDGET} values. A variable holding an object that is inserted into many places, which are themselves inserted many times, multiplies the document like a YAML alias bomb; 39 variables that each repeat the one before twice (`s1: '${vars.s0}${vars.s0}'`) fit in 1.5 KB and would build a terabyte of text.
    ///
    /// ## Why it matters
    /// Like a YAML "billion laughs" file (https://en.wikipedia.org/wiki/Billion_laughs_attack), a few lines can ask for gigabytes. fclint stays fast and bounded on any input, including strangers' pull requests; what lies beyond the bound is left unknown and not checked.
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
    /// Insert large objects and strings once.
    VR008,
    summary: "Resolving variables would build an enormous document",
    summary_zh: "解析变量会生成过于庞大的文档",
    doc_zh: include_str!("vr008_variable_expansion_too_large.zh.md"),
}

/// Resolving stopped at `span` after building `values` values or `bytes` bytes of text.
pub fn too_large(span: Span, values: usize, bytes: usize) -> Diagnostic {
    let mib = bytes / (1024 * 1024);
    Diagnostic::new(
        Code::VR008,
        span,
        "",
        Text::new(
            format!("resolving the file's variables builds more than {values} values or {mib} MiB of text; the rest is left unknown"),
            format!("解析变量产生的值超过 {values} 个或文本超过 {mib} MiB；其余部分视为未知"),
        ),
    )
    .with_help(Text::new(
        "a variable that inserts a large object or string many times multiplies the document; insert it once",
        "多次插入大型对象或字符串的变量会使文档成倍膨胀；请只插入一次",
    ))
}

/// Applying templates stopped at the resource whose `extend.name` is at `span`, after
/// copying `budget` values.
pub fn templates_too_large(span: Span, budget: usize) -> Diagnostic {
    Diagnostic::new(
        Code::VR008,
        span,
        "",
        Text::new(
            format!("applying templates builds more than {budget} values; this and the following resources do not get their template"),
            format!("应用模板产生的值超过 {budget} 个；本资源及其后的资源不再合并模板"),
        ),
    )
    .with_help(Text::new(
        "many resources extending a large template multiply the document; share less through `template`",
        "大量资源继承同一个大型模板会使文档成倍膨胀；请减少通过 `template` 共享的内容",
    ))
}
