//! LD004: an edition 3 file with `services` instead of `resources`.

use crate::codes::Code;
use crate::diag::{Diagnostic, Text};
use crate::model::Edition;
use crate::source::Node;

crate::codes::declare_rule! {
    /// ## What it checks
    /// That an `edition: 3.0.0` file declares its components under `resources`.
    ///
    /// ## Why it matters
    /// The 3.x CLI stops with "Keyword 'services' has been replaced by 'resources' in 3.0.0 YAML" when the file has no `resources`, and ignores `services` when it has (https://github.com/Serverless-Devs/toolkit/blob/f8e037cf30cdbe6edf2eabc25a32d61363366381/packages/parse-spec/src/index.ts#L210-L216).
    ///
    /// ## Example
    /// ```yaml
    /// edition: 3.0.0
    /// services:
    ///   fn:
    ///     component: fc3
    /// ```
    /// ## Fix
    /// Rename `services` to `resources`, or convert a legacy file with `s cli fc3 s2tos3`.
    LD004,
    summary: "An edition 3.0.0 file uses `services` instead of `resources`",
    summary_zh: "3.0.0 版本的文件使用了 `services` 而非 `resources`",
    doc_zh: include_str!("ld004_services_in_edition_3.zh.md"),
}

pub fn check(root: &Node, edition: Edition, out: &mut Vec<Diagnostic>) {
    if edition != Edition::V3 {
        return;
    }
    let Some(e) = root.entry("services") else {
        return;
    };
    out.push(
        Diagnostic::new(
            Code::LD004,
            e.key_span,
            e.value.pointer.clone(),
            Text::new(
                "Keyword 'services' has been replaced by 'resources' in 3.0.0 YAML",
                "3.0.0 版本的 YAML 已用 'resources' 取代关键字 'services'",
            ),
        )
        .with_help(Text::new(
            "rename `services` to `resources`, or convert a legacy file with `s cli fc3 s2tos3`",
            "把 `services` 改为 `resources`，或用 `s cli fc3 s2tos3` 转换旧文件",
        )),
    );
}
