//! VR007: a file read by `${json(file(…))}` (or `${file(…)}` in edition 1) does not parse.
//! Reported by the resolver.

use crate::codes::Code;
use crate::diag::{Diagnostic, Text};
use crate::span::Span;

crate::codes::declare_rule! {
    /// ## What it checks
    /// That `${json(file('./f.json'))}` (edition 3) and `${file('./f.yaml')}` (edition 1, which parses YAML and JSON) read a document that parses.
    ///
    /// ## Why it matters
    /// The CLI stops on the parse error: `RuntimeError: json('…') parse error` (measured with `s preview`, @serverless-devs/s 3.1.10; `${json()}`: https://github.com/Serverless-Devs/Serverless-Devs/blob/d781476ef825cd0cbb7908c044da123d92fc9bf7/docs/zh/variables.md#L124). The values in the file cannot be checked.
    ///
    /// ## Example
    /// ```yaml
    /// environmentVariables: ${json(file('./env.json'))}
    /// ```
    /// with `env.json` holding `{"A": 1,}`.
    /// ## Fix
    /// Make the file valid JSON: `{"A": 1}`.
    VR007,
    summary: "A file read by `${json(file(…))}` (or `${file(…)}` in edition 1) is not valid JSON/YAML",
    summary_zh: "`${json(file(…))}`（或 1.x 的 `${file(…)}`）读取的文件不是合法的 JSON/YAML",
    doc_zh: include_str!("vr007_unparsable_included_file.zh.md"),
}

/// `${text}` read a document that does not parse: `reason`.
pub fn unparsable(span: Span, text: &str, reason: &str) -> Diagnostic {
    Diagnostic::new(
        Code::VR007,
        span,
        "",
        Text::new(
            format!("`${{{text}}}` does not read as JSON: {reason}"),
            format!("`${{{text}}}` 的内容不是合法 JSON：{reason}"),
        ),
    )
}
