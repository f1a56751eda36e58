//! LD005: the file declares no Function Compute function.

use crate::codes::Code;
use crate::diag::{Diagnostic, Text};
use crate::span::Span;

crate::codes::declare_rule! {
    /// ## What it checks
    /// Whether the file declares at least one FC function (an `fc3` resource or an `fc`/`devsapp/fc` service).
    ///
    /// ## Why it matters
    /// Each resource names the component that deploys it (https://github.com/Serverless-Devs/Serverless-Devs/blob/d781476ef825cd0cbb7908c044da123d92fc9bf7/docs/zh/yaml.md#L239-L248); fclint only checks FC functions and their triggers, so a file without any was read but not checked.
    ///
    /// ## Example
    /// ```yaml
    /// edition: 3.0.0
    /// resources:
    ///   bucket:
    ///     component: oss
    /// ```
    /// ## Fix
    /// Nothing to fix.
    LD005,
    summary: "The file declares no Function Compute function",
    summary_zh: "文件中没有函数计算函数",
    doc_zh: include_str!("ld005_no_functions.zh.md"),
}

/// The file has no `section` (`resources` or `services`) at all.
pub fn no_section(span: Span, section: &str) -> Diagnostic {
    Diagnostic::new(
        Code::LD005,
        span,
        "",
        Text::new(
            format!("no `{section}` section: nothing to check"),
            format!("没有 `{section}` 部分：无可检查内容"),
        ),
    )
}

/// `section` holds resources, but none is an FC function.
pub fn no_functions(span: Span, pointer: &str, section: &str) -> Diagnostic {
    Diagnostic::new(
        Code::LD005,
        span,
        pointer,
        Text::new(
            format!("no Function Compute function in `{section}`: nothing to check"),
            format!("`{section}` 中没有函数计算函数：无可检查内容"),
        ),
    )
}
