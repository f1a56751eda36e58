//! VR001: a `${…}` reference to a key that does not exist. Reported by the resolver.

use crate::codes::Code;
use crate::diag::{Diagnostic, Text};
use crate::model::Edition;
use crate::span::Span;

crate::codes::declare_rule! {
    /// ## What it checks
    /// References that can never resolve, whatever the environment: `${vars.x}` when `vars` has no `x`, `${this.props.x}` when the resource's props (after `template`) have no `x`, `${resources.r.props.x}` when there is no resource `r` (edition 3), `${svc.props.x}` (edition 1).
    ///
    /// Values that are merely unknown offline — `${config('AccountID')}`, `${resources.r.output.x}`, an environment variable that is not set — are not reported: their checks are skipped.
    ///
    /// ## Why it matters
    /// Serverless Devs 3.x stops with `RuntimeError: ${vars.x} not found` before it deploys anything: it compiles every string value of the file (https://github.com/Serverless-Devs/toolkit/blob/f8e037cf30cdbe6edf2eabc25a32d61363366381/packages/parse-spec/src/get-inputs.ts#L19; measured with `s preview`, @serverless-devs/s 3.1.10). Serverless Devs 1.x only warns (`… was not parsed successfully`: https://github.com/Serverless-Devs/core/blob/949b83e6991c8259172c3aefa6e70df6b125196c/src/common/execCommand/parse.ts#L200) and deploys the literal text `${vars.x}` as the value, which then fails at the platform or, worse, is accepted as a name. So it is an error in edition 3 and a warning in edition 1.
    ///
    /// ## Example
    /// ```yaml
    /// vars:
    ///   region: cn-hangzhou
    /// resources:
    ///   fn:
    ///     component: fc3
    ///     props:
    ///       region: ${vars.regoin}
    /// ```
    /// ## Fix
    /// ```yaml
    ///       region: ${vars.region}
    /// ```
    VR001,
    summary: "A `${…}` reference points at a key that does not exist",
    summary_zh: "`${…}` 引用了不存在的键",
    doc_zh: include_str!("vr001_unresolvable_reference.zh.md"),
}

/// `${text}` names a variable root (`first`) Serverless Devs 3.x does not know.
pub fn unknown_root(span: Span, text: &str, first: &str) -> Diagnostic {
    Diagnostic::new(
        Code::VR001,
        span,
        "",
        Text::new(
            format!("`${{{text}}}` cannot be resolved: `{first}` is not a variable Serverless Devs 3.x knows"),
            format!("无法解析 `${{{text}}}`：`{first}` 不是 Serverless Devs 3.x 认识的变量"),
        ),
    )
    .with_help(Text::new(
        "3.x evaluates every `${…}` in the file and stops with \"not found\" here; use `${vars.…}`, `${this.props.…}`, `${resources.<name>.props.…}` or `${env('…')}`, or write the text without `${…}`",
        "3.x 会对文件中每个 `${…}` 求值，并在此报 \"not found\" 停止；请使用 `${vars.…}`、`${this.props.…}`、`${resources.<name>.props.…}` 或 `${env('…')}`，或者去掉 `${…}` 直接写出文本",
    ))
}

/// `${text}` looks up `missing` where there is no such key: in the file itself (`within` is
/// `None`) or in the mapping at the dotted path `within.0`, defined at `within.1` when that is
/// worth a note; `keys` are the keys that do exist there. A warning in edition 1, whose CLI
/// deploys the text as written.
pub fn missing_key(
    edition: Edition,
    span: Span,
    text: &str,
    missing: &str,
    keys: &[&str],
    within: Option<(&str, Option<Span>)>,
) -> Diagnostic {
    let (cli_en, cli_zh) = match edition {
        Edition::V3 => (
            "Serverless Devs 3.x stops with \"not found\" here",
            "Serverless Devs 3.x 会在此报 \"not found\" 并停止",
        ),
        Edition::V1 => (
            "Serverless Devs 1.x leaves the text unresolved and deploys it as written",
            "Serverless Devs 1.x 不会解析它，会按原文部署",
        ),
    };
    let (en, zh) = match within {
        None => (
            format!("`${{{text}}}` cannot be resolved: the file has no `{missing}`"),
            format!("无法解析 `${{{text}}}`：文件中没有 `{missing}`"),
        ),
        Some((path, _)) => (
            format!("`${{{text}}}` cannot be resolved: `{path}` has no `{missing}`"),
            format!("无法解析 `${{{text}}}`：`{path}` 中没有 `{missing}`"),
        ),
    };
    // However many keys there are, a suggestion costs the same.
    let suggestion = (keys.len() <= crate::limits::MAX_SUGGESTION_CANDIDATES)
        .then(|| crate::text::did_you_mean(missing, keys.iter().copied()))
        .flatten();
    let help = match suggestion {
        Some(s) => Text::new(
            format!("did you mean `{s}`? ({cli_en})"),
            format!("是否应为 `{s}`？（{cli_zh}）"),
        ),
        None => Text::new(cli_en, cli_zh),
    };
    let mut d = Diagnostic::new(Code::VR001, span, "", Text::new(en, zh)).with_help(help);
    if edition == Edition::V1 {
        d = d.in_edition_1();
    }
    if let Some((path, Some(at))) = within {
        d = d.with_note(
            at,
            Text::new(
                format!("`{path}` is defined here"),
                format!("`{path}` 定义于此"),
            ),
        );
    }
    d
}
