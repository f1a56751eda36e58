//! SY004: more than one YAML document. Reported by the parser (`source::parse`).

use crate::codes::Code;
use crate::diag::{Diagnostic, Text};
use crate::span::Span;

crate::codes::declare_rule! {
    /// ## What it checks
    /// That s.yaml holds a single YAML document.
    ///
    /// ## Why it matters
    /// Serverless Devs reads s.yaml with js-yaml's `load` (https://github.com/Serverless-Devs/toolkit/blob/f8e037cf30cdbe6edf2eabc25a32d61363366381/packages/utils/src/get-yaml-content.ts#L36), which refuses a stream of more than one document (https://github.com/nodeca/js-yaml/blob/2cef47bebf60da141b78b085f3dea3b5733dcc12/lib/loader.js#L1713-L1722): the CLI stops with `s.yaml format is incorrect: expected a single document in the stream, but found more` (measured with `s preview`, @serverless-devs/s 3.1.10). fclint reads the first document only.
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
