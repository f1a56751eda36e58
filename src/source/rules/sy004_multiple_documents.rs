//! SY004: more than one YAML document. Reported by the parser (`source::parse`).

use crate::codes::Code;
use crate::diag::{Diagnostic, Text};
use crate::span::Span;

crate::codes::declare_rule! {
    /// ## What it checks
    /// That s.yaml holds a single YAML document.
    ///
    /// ## Why it matters
    /// Serverless Devs reads only the first document; everything after a `---` separator is ignored without a word.
    ///
    /// ## Example
    /// ```yaml
    /// edition: 3.0.0
    /// ---
    /// resources: {}
    /// ```
    /// ## Fix
    /// Remove the separator and merge the documents.
    SY004,
    summary: "The file holds more than one YAML document",
    summary_zh: "文件包含多个 YAML 文档",
    doc_zh: include_str!("sy004_multiple_documents.zh.md"),
}

/// The second document starts at `span`.
pub fn multiple_documents(span: Span) -> Diagnostic {
    Diagnostic::new(
        Code::SY004,
        span,
        "",
        Text::new(
            "this file holds more than one YAML document; only the first is read",
            "此文件包含多个 YAML 文档，只读取第一个",
        ),
    )
    .with_help(Text::new(
        "Serverless Devs reads a single document from s.yaml; remove the `---` separator and what follows",
        "Serverless Devs 只读取 s.yaml 的第一个文档；删除 `---` 分隔符及其后的内容",
    ))
}
