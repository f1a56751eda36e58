//! VR006: edition 1 expression syntax in an edition 3 file. Reported by the resolver.

use crate::codes::Code;
use crate::diag::{Diagnostic, Text};
use crate::span::Span;

crate::codes::declare_rule! {
    /// ## What it checks
    /// Edition 3 files that use edition 1 expression syntax: reading environment variables as `${env.NAME}`, or unquoted call arguments that are not plain names (`${env(REGION, cn-hangzhou)}`).
    ///
    /// ## Why it matters
    /// Serverless Devs 3.x compiles every `${…}` as a JavaScript expression (https://github.com/Serverless-Devs/toolkit/blob/f8e037cf30cdbe6edf2eabc25a32d61363366381/packages/parse-spec/src/get-inputs.ts#L19) and reads environment variables with `${env('NAME')}` (https://github.com/Serverless-Devs/Serverless-Devs/blob/d781476ef825cd0cbb7908c044da123d92fc9bf7/docs/zh/variables.md#L38). `${env.NAME}` stops the CLI with `RuntimeError: ${env.NAME} not found`, and `cn-hangzhou` unquoted with `CompileError: missing ) after argument list` (both measured with `s preview`, @serverless-devs/s 3.1.10). The official converter `s cli fc3 s2tos3` rewrites these forms for the same reason.
    ///
    /// ## Example
    /// ```yaml
    /// edition: 3.0.0
    /// resources:
    ///   fn:
    ///     component: fc3
    ///     props:
    ///       region: ${env.REGION}
    /// ```
    /// ## Fix
    /// ```yaml
    ///       region: ${env('REGION', 'cn-hangzhou')}
    /// ```
    VR006,
    summary: "Edition 1 expression syntax in an edition 3 file (`${env.NAME}`, unquoted arguments)",
    summary_zh: "3.x 文件中使用了 1.x 的表达式写法（`${env.NAME}`、未加引号的参数）",
    doc_zh: include_str!("vr006_edition_1_variable_syntax.zh.md"),
}

/// `${text}` passes `arg` unquoted, which 3.x does not compile.
pub fn unquoted_argument(span: Span, text: &str, arg: &str) -> Diagnostic {
    Diagnostic::new(
        Code::VR006,
        span,
        "",
        Text::new(
            format!("`${{{text}}}`: the unquoted argument `{arg}` is not valid in Serverless Devs 3.x, which stops with \"CompileError\""),
            format!("`${{{text}}}`：未加引号的参数 `{arg}` 在 Serverless Devs 3.x 中无效，CLI 会报 \"CompileError\" 并停止"),
        ),
    )
    .with_help(Text::new(
        format!("quote it: `'{arg}'`"),
        format!("请加引号：`'{arg}'`"),
    ))
}

/// `${env.name}`, edition 1's way to read an environment variable.
pub fn env_dot(span: Span, text: &str, name: &str) -> Diagnostic {
    Diagnostic::new(
        Code::VR006,
        span,
        "",
        Text::new(
            format!(
                "`${{{text}}}` is edition 1 syntax; Serverless Devs 3.x stops with \"not found\""
            ),
            format!("`${{{text}}}` 是 1.x 语法；Serverless Devs 3.x 会报 \"not found\" 并停止"),
        ),
    )
    .with_help(Text::new(
        format!("write `${{env('{name}')}}`"),
        format!("请写成 `${{env('{name}')}}`"),
    ))
}
