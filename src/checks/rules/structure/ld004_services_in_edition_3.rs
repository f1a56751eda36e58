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
    /// Rename `services` to `resources`. To convert a legacy file with `s cli fc3 s2tos3`, set `edition: 1.0.0` first: the migration does nothing on a file that says 3.0.0 (https://github.com/devsapp/fc3/blob/4ca1c1b8c33e654438bb73b64cfc95a5c9d94f5a/src/subCommands/2to3/index.ts#L119-L122).
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
            "rename `services` to `resources`; to convert a legacy file with `s cli fc3 s2tos3`, set `edition: 1.0.0` first (it does nothing on a 3.0.0 file)",
            "把 `services` 改为 `resources`；若要用 `s cli fc3 s2tos3` 转换旧文件，请先设置 `edition: 1.0.0`（它不处理 3.0.0 的文件）",
        )),
    );
}
