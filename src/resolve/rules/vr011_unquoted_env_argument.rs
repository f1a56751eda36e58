//! VR011: an unquoted argument of `env()` that Serverless Devs 3.x reads as JavaScript,
//! without stopping. Reported by the resolver.

use crate::codes::Code;
use crate::diag::{Diagnostic, Text};
use crate::span::Span;

use super::vr006_edition_1_variable_syntax::quote_each;

crate::codes::declare_rule! {
    /// ## What it checks
    /// Edition 3 `env()` calls where one argument is quoted and another is not: `${env(NAME, 'default')}`, `${env('NAME', default)}`, `${env('REGION', cn-hangzhou)}`. Numbers, `true` and `false` as defaults are fine.
    ///
    /// ## Why it matters
    /// When a call holds a quoted string, Serverless Devs 3.x compiles it as JavaScript as written (`getCode` in `@serverless-devs/art-template`: https://unpkg.com/@serverless-devs/art-template@4.13.16-beta.39/lib/compile/compiler.js), so an unquoted word is a variable the template does not define (`undefined`), and `cn-hangzhou` is the subtraction `cn - hangzhou` (`NaN`). `env()` returns the variable when it is set and otherwise its default (`envFun`: https://unpkg.com/@serverless-devs/art-template@4.13.16-beta.39/lib/devs-compile.js). Measured with `s preview` (@serverless-devs/s 3.1.10):
    ///
    /// - `${env(NAME, 'd')}` is always `d`, even when `NAME` is set: the name is `undefined`;
    /// - `${env('NAME', d)}` has no default: an unset `NAME` stops the CLI with `env('NAME') not found`;
    /// - `${env('NAME', cn-hangzhou)}` is `null` when `NAME` is unset.
    ///
    /// The CLI does not stop when the variable is set (or the default is used), so this is a warning. Unquoted arguments that stop the CLI are VR006.
    ///
    /// ## Example
    /// ```yaml
    /// edition: 3.0.0
    /// resources:
    ///   fn:
    ///     component: fc3
    ///     props:
    ///       region: ${env(REGION, 'cn-hangzhou')}
    /// ```
    /// ## Fix
    /// ```yaml
    ///       region: ${env('REGION', 'cn-hangzhou')}
    /// ```
    VR011,
    summary: "An unquoted `env()` argument is read as a JavaScript variable (the default is always used, or missing)",
    summary_zh: "`env()` 未加引号的参数被当作 JavaScript 变量（总是使用默认值，或没有默认值）",
    doc_zh: include_str!("vr011_unquoted_env_argument.zh.md"),
}

fn help(text: &str) -> Text {
    Text::new(
        format!("quote each argument: `${{{}}}`", quote_each(text)),
        format!("请给每个参数加引号：`${{{}}}`", quote_each(text)),
    )
}

/// `${text}`: the name `name` is unquoted and the default quoted: the default is always used.
pub fn name_unquoted(span: Span, text: &str, name: &str) -> Diagnostic {
    Diagnostic::new(
        Code::VR011,
        span,
        "",
        Text::new(
            format!("`${{{text}}}`: the name `{name}` is not quoted but the default is, so Serverless Devs 3.x reads `{name}` as an undefined JavaScript variable and always uses the default, even when {name} is set"),
            format!("`${{{text}}}`：名称 `{name}` 未加引号而默认值加了引号，Serverless Devs 3.x 会把 `{name}` 当作未定义的 JavaScript 变量，总是使用默认值，即使已设置 {name}"),
        ),
    )
    .with_help(help(text))
}

/// `${text}`: the default `default` is an unquoted word: `undefined`, so there is no default.
pub fn default_undefined(span: Span, text: &str, name: &str, default: &str) -> Diagnostic {
    Diagnostic::new(
        Code::VR011,
        span,
        "",
        Text::new(
            format!("`${{{text}}}`: the default `{default}` is not quoted, so Serverless Devs 3.x reads it as an undefined JavaScript variable: there is no default, and an unset {name} stops the CLI with \"env('{name}') not found\""),
            format!("`${{{text}}}`：默认值 `{default}` 未加引号，Serverless Devs 3.x 会把它当作未定义的 JavaScript 变量：没有默认值，未设置 {name} 时 CLI 会报 \"env('{name}') not found\" 并停止"),
        ),
    )
    .with_help(help(text))
}

/// `${text}`: the default `default` is words joined by `-`: `NaN`, written as null.
pub fn default_not_a_number(span: Span, text: &str, name: &str, default: &str) -> Diagnostic {
    let js = default.replace('-', " - ");
    Diagnostic::new(
        Code::VR011,
        span,
        "",
        Text::new(
            format!("`${{{text}}}`: the default `{default}` is not quoted, so Serverless Devs 3.x reads it as JavaScript (`{js}`, not a number): when {name} is unset the value is null"),
            format!("`${{{text}}}`：默认值 `{default}` 未加引号，Serverless Devs 3.x 会把它当作 JavaScript（`{js}`，结果不是数字）：未设置 {name} 时值为 null"),
        ),
    )
    .with_help(help(text))
}
