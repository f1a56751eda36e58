//! VR003: a file named by `extend`, `${file(…)}` or `${json(file(…))}` cannot be read.
//! Reported by the resolver.

use crate::codes::Code;
use crate::diag::{Diagnostic, Text};
use crate::span::Span;

crate::codes::declare_rule! {
    /// ## What it checks
    /// That the base file of a file-level `extend:` (edition 1 also `extends:`) and the files read by `${file('./f')}` and `${json(file('./f.json'))}` exist and are readable UTF-8 text: regular files (never a FIFO or a device, which could block), of at most {limits::MAX_FILE_BYTES} for a base file and {limits::MAX_INCLUDED_FILE_BYTES} for a file whose text becomes a value. Paths are relative to the directory of the s.yaml, as the CLI resolves them. A file outside the project root is VR009.
    ///
    /// `${path('./dir')}` is not reported when the path is missing (a build step in `actions` may create it); its value is unknown.
    ///
    /// ## Why it matters
    /// The CLI stops when `${file(…)}` or `${json(file(…))}` cannot read its file: `RuntimeError: file('./f') not found` (measured with `s preview`, @serverless-devs/s 3.1.10; https://github.com/Serverless-Devs/Serverless-Devs/blob/d781476ef825cd0cbb7908c044da123d92fc9bf7/docs/zh/variables.md#L56). A base file of `extend` that does not exist is VR010 (a warning: Serverless Devs reads it as an empty document and goes on), except in the two cases where the CLI stops, reported here: the path does not end in `.yaml` or `.yml` (`file should be yaml or yml file`), or another spelling of it exists (`base.yml` beside a missing `base.yaml`), which the CLI finds and then fails to read (https://github.com/Serverless-Devs/toolkit/blob/f8e037cf30cdbe6edf2eabc25a32d61363366381/packages/utils/src/get-yaml-content.ts#L11-L48). Either way fclint cannot check values it cannot see.
    ///
    /// ## Example
    /// ```yaml
    /// edition: 3.0.0
    /// resources:
    ///   fn:
    ///     props:
    ///       description: ${file('./description.txt')}
    /// ```
    /// ## Fix
    /// Point at the file that exists, relative to this s.yaml.
    VR003,
    summary: "A file named by `extend`, `${file(…)}` or `${json(file(…))}` cannot be read",
    summary_zh: "`extend`、`${file(…)}` 或 `${json(file(…))}` 指定的文件无法读取",
    doc_zh: include_str!("vr003_missing_file.zh.md"),
}

/// `${text}` cannot read `rel`; `None` when the path comes from the environment, which is
/// never shown.
pub fn unreadable_file(span: Span, text: &str, rel: Option<&str>, reason: &str) -> Diagnostic {
    let (rel_en, rel_zh) = match rel {
        Some(rel) => (format!("`{rel}`"), format!("`{rel}`")),
        None => (
            "a path taken from the environment".to_string(),
            "来自环境变量的路径".to_string(),
        ),
    };
    Diagnostic::new(
        Code::VR003,
        span,
        "",
        Text::new(
            format!("`${{{text}}}` cannot read {rel_en}: {reason}"),
            format!("`${{{text}}}` 无法读取 {rel_zh}：{reason}"),
        ),
    )
    .with_help(relative_help())
}

/// The base file `rel` of a file-level `extend` cannot be read.
pub fn unreadable_base(span: Span, rel: &str, reason: &str) -> Diagnostic {
    Diagnostic::new(
        Code::VR003,
        span,
        "",
        Text::new(
            format!("cannot read the base file `{rel}`: {reason}"),
            format!("无法读取基础文件 `{rel}`：{reason}"),
        ),
    )
    .with_help(relative_help())
}

fn relative_help() -> Text {
    Text::new(
        "the path is relative to the directory of this s.yaml",
        "路径相对于本 s.yaml 所在目录",
    )
}
