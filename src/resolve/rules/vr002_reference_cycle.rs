//! VR002: variables that refer to each other in a cycle. Reported by the resolver.

use crate::codes::Code;
use crate::diag::{Diagnostic, Text};
use crate::span::Span;

crate::codes::declare_rule! {
    /// ## What it checks
    /// Chains of references that come back to where they started: `a: ${vars.b}` and `b: ${vars.a}`, or a prop that refers to itself through `${this.props…}`.
    ///
    /// ## Why it matters
    /// A cycle has no value. Serverless Devs 3.x leaves such values as the literal text `${vars.b}`, which is then deployed as written (measured with `s preview`, @serverless-devs/s 3.1.10; `${vars.*}`: https://github.com/Serverless-Devs/Serverless-Devs/blob/d781476ef825cd0cbb7908c044da123d92fc9bf7/docs/zh/variables.md#L90). fclint reports the cycle once, at the value where it closes, with the chain.
    ///
    /// ## Example
    /// ```yaml
    /// vars:
    ///   a: ${vars.b}
    ///   b: ${vars.a}
    /// ```
    /// ## Fix
    /// Write one of the values out:
    /// ```yaml
    /// vars:
    ///   a: cn-hangzhou
    ///   b: ${vars.a}
    /// ```
    VR002,
    summary: "Variables refer to each other in a cycle",
    summary_zh: "变量之间存在循环引用",
    doc_zh: include_str!("vr002_reference_cycle.zh.md"),
}

/// `${s}` comes back to itself through `chain` (`vars.a → vars.b → vars.a`).
pub fn cycle(span: Span, s: &str, chain: &str) -> Diagnostic {
    Diagnostic::new(
        Code::VR002,
        span,
        "",
        Text::new(
            format!("`{s}` refers back to itself: {chain}"),
            format!("`{s}` 循环引用了自身：{chain}"),
        ),
    )
    .with_help(Text::new(
        "break the cycle: one of these values must be written out",
        "打破循环：其中至少一个值必须直接写出",
    ))
}
