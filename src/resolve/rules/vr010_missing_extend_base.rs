//! VR010: the base file named by a file-level `extend` does not exist. Reported by the
//! resolver (`merge.rs`).

use crate::codes::Code;
use crate::diag::{Diagnostic, Text};
use crate::span::Span;

crate::codes::declare_rule! {
    /// ## What it checks
    /// That the base file of a file-level `extend:` (edition 1 also `extends:`) exists. Paths are relative to the directory of the s.yaml. A base that exists but cannot be read (not a regular file, too large, not UTF-8, not valid YAML) is VR003 or VR007; one outside the project root is VR009.
    ///
    /// ## Why it matters
    /// Serverless Devs does not stop on a missing base: it reads a YAML file that does not exist as an empty document (`getYamlContent` returns `{}`: https://github.com/Serverless-Devs/toolkit/blob/f8e037cf30cdbe6edf2eabc25a32d61363366381/packages/utils/src/get-yaml-content.ts#L11-L48, called by `isExtendMode` and `doExtend`: https://github.com/Serverless-Devs/toolkit/blob/f8e037cf30cdbe6edf2eabc25a32d61363366381/packages/parse-spec/src/index.ts#L71-L92). The file deploys without what it meant to inherit (region, runtime, roles …), silently. It is a warning, not an error, because the CLI goes on, and because a base kept out of the repository (or generated in CI) is a common layout; fclint checks the file without it.
    ///
    /// Two cases still stop the CLI and stay VR003: an `extend` path whose extension is not `.yaml` or `.yml`, and a missing `base.yaml` beside which another spelling (`base.yml`, `base.YAML`) exists, which the CLI then fails to read.
    ///
    /// ## Example
    /// ```yaml
    /// edition: 3.0.0
    /// extend: ./base.yaml   # not in the repository
    /// ```
    /// ## Fix
    /// Commit the base file, or point `extend` at the file that exists, relative to this s.yaml.
    VR010,
    summary: "The base file of `extend` does not exist (read as empty)",
    summary_zh: "`extend` 的基础文件不存在（按空文档处理）",
    doc_zh: include_str!("vr010_missing_extend_base.zh.md"),
}

/// The base file `rel` of a file-level `extend` does not exist.
pub fn missing_base(span: Span, rel: &str) -> Diagnostic {
    Diagnostic::new(
        Code::VR010,
        span,
        "",
        Text::new(
            format!("the base file `{rel}` does not exist; Serverless Devs reads a missing base as empty, so this file deploys without what it would inherit"),
            format!("基础文件 `{rel}` 不存在；Serverless Devs 会把不存在的基础文件当作空文档，本文件部署时不会包含本应继承的内容"),
        ),
    )
    .with_help(Text::new(
        "the path is relative to the directory of this s.yaml; fclint checks this file without the base",
        "路径相对于本 s.yaml 所在目录；fclint 在没有基础文件的情况下检查本文件",
    ))
}
