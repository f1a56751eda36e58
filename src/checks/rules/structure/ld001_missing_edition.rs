//! LD001: no `edition` key.

use crate::codes::Code;
use crate::diag::{Diagnostic, Text};
use crate::source::Node;

crate::codes::declare_rule! {
    /// ## What it checks
    /// That the file states its edition.
    ///
    /// ## Why it matters
    /// Serverless Devs treats anything but exactly `3.0.0` as a 1.x file (`String(edition) === '3.0.0'` in the CLI's parser: https://github.com/Serverless-Devs/toolkit/blob/f8e037cf30cdbe6edf2eabc25a32d61363366381/packages/parse-spec/src/index.ts#L92), so a file without `edition` (or with `edition: 3`) is run by the legacy engine, which does not know `resources`.
    ///
    /// ## Example
    /// ```yaml
    /// name: app
    /// resources: {}
    /// ```
    /// ## Fix
    /// ```yaml
    /// edition: 3.0.0
    /// name: app
    /// resources: {}
    /// ```
    LD001,
    summary: "No `edition` key: the file is read as edition 1.0.0",
    summary_zh: "缺少 `edition`：文件按 1.0.0 版本读取",
    doc_zh: include_str!("ld001_missing_edition.zh.md"),
}

/// The document (a mapping) states no edition: point at its first key.
pub fn check(root: &Node, out: &mut Vec<Diagnostic>) {
    if root.get("edition").is_some() {
        return;
    }
    let first = root
        .entries()
        .first()
        .map(|e| e.key_span)
        .unwrap_or(root.span);
    out.push(
        Diagnostic::new(
            Code::LD001,
            first,
            "",
            Text::new(
                "no `edition` key; Serverless Devs reads this file as edition 1.0.0",
                "缺少 `edition`；Serverless Devs 将按 1.0.0 版本读取此文件",
            ),
        )
        .with_help(Text::new(
            "add `edition: 3.0.0` (component fc3) or `edition: 1.0.0` (component fc) at the top",
            "在文件开头加上 `edition: 3.0.0`（fc3 组件）或 `edition: 1.0.0`（fc 组件）",
        )),
    );
}
