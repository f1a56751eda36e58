//! SY002: a mapping holds the same key twice. Reported by the parser (`source::parse`).

use crate::codes::Code;
use crate::diag::{Diagnostic, Text};
use crate::span::Span;

crate::codes::declare_rule! {
    /// ## What it checks
    /// That no mapping repeats a key.
    ///
    /// ## Why it matters
    /// js-yaml (used by the Serverless Devs CLI) rejects duplicate keys with `duplicated mapping key` (https://github.com/nodeca/js-yaml/blob/2cef47bebf60da141b78b085f3dea3b5733dcc12/lib/loader.js#L358); other parsers silently keep the last value, so the file means different things to different tools.
    ///
    /// ## Example
    /// ```yaml
    /// props:
    ///   timeout: 60
    ///   timeout: 120
    /// ```
    /// ## Fix
    /// Keep one `timeout`.
    SY002,
    summary: "A mapping holds the same key twice",
    summary_zh: "同一映射中出现重复的键",
    doc_zh: include_str!("sy002_duplicate_key.zh.md"),
}

/// The key `key` at `span` (the JSON Pointer `pointer`, which is not in the tree) repeats the
/// one at `first`.
pub fn duplicate_key(span: Span, pointer: String, key: &str, first: Span) -> Diagnostic {
    Diagnostic::new(
        Code::SY002,
        span,
        pointer,
        Text::new(
            format!("duplicate key `{key}`; the Serverless Devs CLI rejects this file"),
            format!("重复的键 `{key}`；Serverless Devs CLI 会拒绝此文件"),
        ),
    )
    .with_note(first, Text::new("first defined here", "首次定义于此"))
    .with_help(Text::new(
        "remove one of the two keys or merge their values",
        "删除其中一个键或合并它们的值",
    ))
}
