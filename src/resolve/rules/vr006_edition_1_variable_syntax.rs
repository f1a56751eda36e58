//! VR006: edition 1 expression syntax in an edition 3 file. Reported by the resolver.

use crate::codes::Code;
use crate::diag::{Diagnostic, Fix, Text};
use crate::source::{edit, SourceFile};
use crate::span::Span;

crate::codes::declare_rule! {
    /// ## What it checks
    /// Edition 3 expressions that Serverless Devs 3.x cannot evaluate because of how it compiles them: reading environment variables as `${env.NAME}` (edition 1 syntax), a call whose arguments are all unquoted but more than one (`${env(REGION, cn-hangzhou)}`, `${env(BUCKET, '')}`), a nested call left unquoted (`${json(file(./a.json))}`), and an unquoted argument that is not valid JavaScript (`${env('X', ../a)}`).
    ///
    /// A single unquoted argument is fine: `${path(../dist/)}`, `${env(REGION)}` and `${config(AccountID)}` work.
    ///
    /// ## Why it matters
    /// Serverless Devs 3.x compiles every `${…}` as a JavaScript expression (https://github.com/Serverless-Devs/toolkit/blob/f8e037cf30cdbe6edf2eabc25a32d61363366381/packages/parse-spec/src/get-inputs.ts#L19) and reads environment variables with `${env('NAME')}` (https://github.com/Serverless-Devs/Serverless-Devs/blob/d781476ef825cd0cbb7908c044da123d92fc9bf7/docs/zh/variables.md#L38). Before compiling, `getCode` in `@serverless-devs/art-template` (https://unpkg.com/@serverless-devs/art-template@4.13.16-beta.39/lib/compile/compiler.js) wraps the whole argument list of a call that holds no non-empty quoted string in one pair of quotes: `path(../dist/)` becomes `path('../dist/')`, which is why one unquoted argument works, but `env(X, cn-hangzhou)` becomes `env('X, cn-hangzhou')`, a variable named `X, cn-hangzhou`. Measured with `s preview` (@serverless-devs/s 3.1.10), with the variables set:
    ///
    /// - `${env.X}` stops with `RuntimeError: ${env.X} not found`;
    /// - `${env(X, cn-hangzhou)}` stops with `RuntimeError: env('X, cn-hangzhou') not found`;
    /// - `${env(X, '')}` becomes `env('X, '')')` and stops with `CompileError: missing ) after argument list`;
    /// - `${json(file(./a.json))}` becomes `json('file(./a.json)')` and stops with `json('file(./a.json)') parse error`;
    /// - `${env('X', ../a)}` (quoted, so compiled as written) stops with `CompileError: Unexpected token '.'`.
    ///
    /// The official converter `s cli fc3 s2tos3` rewrites the edition 1 forms for the same reason. Unquoted arguments the CLI reads as something else without stopping are VR011.
    ///
    /// ## Example
    /// ```yaml
    /// edition: 3.0.0
    /// resources:
    ///   fn:
    ///     component: fc3
    ///     props:
    ///       region: ${env(REGION, cn-hangzhou)}
    /// ```
    /// ## Fix
    /// ```yaml
    ///       region: ${env('REGION', 'cn-hangzhou')}
    /// ```
    /// `fclint check --fix` rewrites `${env.NAME}` as `${env('NAME')}` and quotes each argument
    /// of an `env()` call whose arguments are all unquoted (numbers, `true`, `false` and `null`
    /// stay as they are), in place, the rest of the value untouched; in a single-quoted YAML
    /// string the new quotes are doubled (`'${env(''NAME'')}'`). It is safe: it writes what the
    /// expression evidently means, which 3.x cannot evaluate as written. Nested calls, arguments
    /// holding quotes, `$`, braces or backslashes, and a quoted argument mixed with an unquoted
    /// one are left alone: quoting them would be a guess.
    VR006,
    summary: "An edition 3 expression Serverless Devs 3.x cannot evaluate (`${env.NAME}`, unquoted arguments)",
    summary_zh: "Serverless Devs 3.x 无法求值的 3.x 表达式（`${env.NAME}`、未加引号的参数）",
    doc_zh: include_str!("vr006_edition_1_variable_syntax.zh.md"),
    fix: Safe,
}

/// `code` with each argument of its call quoted, as the user should write it:
/// `env(X, cn-hangzhou)` → `env('X', 'cn-hangzhou')`. Numbers, booleans and quoted strings stay; a nested
/// unquoted call gets its own argument quoted.
pub fn quote_each(code: &str) -> String {
    let (Some(open), Some(close)) = (code.find('('), code.rfind(')')) else {
        return code.to_string();
    };
    if close <= open {
        return code.to_string();
    }
    let args: Vec<String> = code[open + 1..close]
        .split(',')
        .map(|a| {
            let a = a.trim();
            let literal = a.parse::<f64>().is_ok()
                || matches!(a, "true" | "false" | "null")
                || a.starts_with('\'')
                || a.starts_with('"');
            if literal {
                a.to_string()
            } else if a.contains('(') {
                quote_each(a)
            } else {
                format!("'{a}'")
            }
        })
        .collect();
    format!(
        "{}({}){}",
        code[..open].trim(),
        args.join(", "),
        &code[close + 1..]
    )
}

/// `${text}` is a call with its arguments unquoted, which the CLI reads as `rewritten` and then
/// stops with `error`.
pub fn wrapped_arguments(span: Span, text: &str, rewritten: &str, error: &str) -> Diagnostic {
    Diagnostic::new(
        Code::VR006,
        span,
        "",
        Text::new(
            format!("`${{{text}}}`: Serverless Devs 3.x wraps the whole argument list in quotes, reads it as `{rewritten}` and stops with \"{error}\""),
            format!("`${{{text}}}`：Serverless Devs 3.x 会给整个参数列表加一对引号，读作 `{rewritten}`，并报 \"{error}\" 后停止"),
        ),
    )
    .with_help(Text::new(
        format!("quote each argument: `${{{}}}`", quote_each(text)),
        format!("请给每个参数加引号：`${{{}}}`", quote_each(text)),
    ))
}

/// `${text}` passes `arg` unquoted in a call that is compiled as JavaScript, where it is not
/// valid.
pub fn unquoted_argument(span: Span, text: &str, arg: &str) -> Diagnostic {
    Diagnostic::new(
        Code::VR006,
        span,
        "",
        Text::new(
            format!("`${{{text}}}`: the unquoted argument `{arg}` is not valid JavaScript, so Serverless Devs 3.x stops with \"CompileError\""),
            format!("`${{{text}}}`：未加引号的参数 `{arg}` 不是合法的 JavaScript，Serverless Devs 3.x 会报 \"CompileError\" 并停止"),
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

/// The fix of `${text}` (`env.NAME`): `${env('NAME')}`. `None` unless `name` is a plain
/// identifier and the expression is written as such in the scalar at `span`.
pub fn fix_env_dot(src: &SourceFile, span: Span, text: &str, name: &str) -> Option<Fix> {
    let ident = name
        .chars()
        .next()
        .is_some_and(|c| c.is_ascii_alphabetic() || c == '_')
        && name.chars().all(|c| c.is_ascii_alphanumeric() || c == '_');
    // The whole expression, not a part of a larger one (`${json(env.X)}`).
    if !ident || text.trim() != format!("env.{name}") {
        return None;
    }
    rewrite(src, span, text, &format!("env('{name}')"))
}

/// The fix of `${text}`, the call `name(inner)rest` with its arguments unquoted:
/// `${env(X, d)}` becomes `${env('X', 'd')}` ([`quote_each`]). Only for `env`, with no
/// nested call, quote, `$`, brace or backslash in the arguments (those cannot be quoted
/// without guessing), every argument non-empty, and nothing after the call.
pub fn fix_wrapped(
    src: &SourceFile,
    span: Span,
    text: &str,
    name: &str,
    inner: &str,
    rest: &str,
) -> Option<Fix> {
    let plain = |c: char| {
        !matches!(
            c,
            '(' | ')' | '\'' | '"' | '`' | '$' | '{' | '}' | '\\' | '\n' | '\r'
        )
    };
    if name.trim() != "env"
        || !rest.trim().is_empty()
        || !inner.chars().all(plain)
        || inner.split(',').any(|a| a.trim().is_empty())
    {
        return None;
    }
    rewrite(src, span, text, &quote_each(&format!("env({inner})")))
}

/// Each `${text}` written in the scalar at `span` becomes `${code}`; in a single-quoted
/// scalar, the quotes of `code` are doubled (`''`) as YAML requires there. `None` when
/// `${text}` is not found as written (an escape in a double-quoted scalar, a line break).
fn rewrite(src: &SourceFile, span: Span, text: &str, code: &str) -> Option<Fix> {
    let written = src
        .text
        .get(span.start.byte as usize..span.end.byte as usize)?;
    let needle = format!("${{{text}}}");
    let code = if written.starts_with('\'') {
        code.replace('\'', "''")
    } else {
        code.to_string()
    };
    let base = span.start.byte as usize;
    let edits: Vec<_> = written
        .match_indices(&needle)
        .map(|(i, _)| {
            let (a, b) = (base + i, base + i + needle.len());
            edit::replace(
                Span {
                    file: span.file,
                    start: src.pos_at_byte(a),
                    end: src.pos_at_byte(b),
                },
                format!("${{{code}}}"),
            )
        })
        .collect();
    if edits.is_empty() {
        return None;
    }
    Some(Fix::safe(
        Text::new(
            format!("write `${{{code}}}`"),
            format!("改写为 `${{{code}}}`"),
        ),
        edits,
    ))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::source::FileId;

    /// The text after the fix of the scalar `scalar` (all of `text`), or `None`.
    fn fixed(text: &str, fix: impl Fn(&SourceFile, Span) -> Option<Fix>) -> Option<String> {
        let src = SourceFile::new("s.yaml".into(), "s.yaml".into(), text.to_string());
        let span = Span {
            file: FileId(0),
            start: src.pos_at_byte(0),
            end: src.pos_at_byte(text.len()),
        };
        Some(crate::source::edit::applied(text, fix(&src, span)?.edits))
    }

    #[test]
    fn env_dot_in_each_quoting() {
        let dot = |t: &str| fixed(t, |s, sp| fix_env_dot(s, sp, "env.X", "X"));
        assert_eq!(dot("${env.X}/${env.X}").unwrap(), "${env('X')}/${env('X')}");
        assert_eq!(dot("'a ${env.X}'").unwrap(), "'a ${env(''X'')}'");
        assert_eq!(dot("\"${env.X}\"").unwrap(), "\"${env('X')}\"");
        // Written otherwise than it reads (an escape): not found, no fix.
        assert!(dot("\"${env.\\x58}\"").is_none());
        // Part of a larger expression.
        assert!(fixed("${json(env.X)}", |s, sp| fix_env_dot(
            s,
            sp,
            "json(env.X)",
            "X"
        ))
        .is_none());
        assert!(fixed("${env.X-1}", |s, sp| fix_env_dot(s, sp, "env.X-1", "X-1")).is_none());
    }

    #[test]
    fn wrapped_env_arguments() {
        let w = |t: &str, e: &str, inner: &str| {
            fixed(t, |s, sp| fix_wrapped(s, sp, e, "env", inner, ""))
        };
        assert_eq!(
            w(
                "${env(X, cn-hangzhou)}",
                "env(X, cn-hangzhou)",
                "X, cn-hangzhou"
            )
            .unwrap(),
            "${env('X', 'cn-hangzhou')}"
        );
        assert_eq!(
            w("'${env(X, d)}'", "env(X, d)", "X, d").unwrap(),
            "'${env(''X'', ''d'')}'"
        );
        assert!(w("${env(X, '')}", "env(X, '')", "X, ''").is_none());
        assert!(w("${env(X, a(b))}", "env(X, a(b))", "X, a(b").is_none());
        assert!(w("${env(X, )}", "env(X, )", "X, ").is_none());
        assert!(fixed("${path(a, b)}", |s, sp| fix_wrapped(
            s,
            sp,
            "path(a, b)",
            "path",
            "a, b",
            ""
        ))
        .is_none());
    }
}
