//! VR005: `extend.name` names a template that does not exist. Reported by the resolver
//! (`merge.rs`).

use crate::codes::Code;
use crate::diag::{Diagnostic, Text};
use crate::span::Span;

crate::codes::declare_rule! {
    /// ## What it checks
    /// In edition 3, a resource with `extend: {name: t}` takes `template.t` as the base of its `props` (deep merge, props win; keys listed in `extend.ignore` are dropped from the template first). `template.t` must exist.
    ///
    /// ## Why it matters
    /// Serverless Devs 3.x does not stop: it takes a template that does not exist as empty (https://github.com/Serverless-Devs/toolkit/blob/f8e037cf30cdbe6edf2eabc25a32d61363366381/packages/parse-spec/src/parse-content.ts#L85). Without the template the resource loses every prop it was meant to inherit — often `region`, `role` or the triggers — and fclint would report them all as missing.
    ///
    /// ## Example
    /// ```yaml
    /// template:
    ///   base:
    ///     region: cn-hangzhou
    /// resources:
    ///   fn:
    ///     component: fc3
    ///     extend:
    ///       name: bsae
    /// ```
    /// ## Fix
    /// ```yaml
    ///     extend:
    ///       name: base
    /// ```
    VR005,
    summary: "A resource's `extend.name` names a template that does not exist",
    summary_zh: "资源的 `extend.name` 指向不存在的模板",
    doc_zh: include_str!("vr005_unknown_template.zh.md"),
}

/// Templates a help lists by name; more are shown as `…`.
const SHOWN_TEMPLATES: usize = 20;

/// `extend.name: name` where the file's templates are `known`.
pub fn unknown_template(span: Span, name: &str, known: &[&str]) -> Diagnostic {
    let d = Diagnostic::new(
        Code::VR005,
        span,
        "",
        Text::new(
            format!("`extend.name` refers to `template.{name}`, which does not exist"),
            format!("`extend.name` 引用的 `template.{name}` 不存在"),
        ),
    );
    // Suggestions and lists stay short however many templates there are.
    let suggestion = (known.len() <= crate::limits::MAX_SUGGESTION_CANDIDATES)
        .then(|| crate::text::did_you_mean(name, known.iter().copied()))
        .flatten();
    let shown = &known[..known.len().min(SHOWN_TEMPLATES)];
    let (more, more_zh) = if known.len() > shown.len() {
        (", …", "、…")
    } else {
        ("", "")
    };
    match suggestion {
        Some(s) => d.with_help(Text::new(
            format!("did you mean `{s}`?"),
            format!("是否应为 `{s}`？"),
        )),
        None if known.is_empty() => d.with_help(Text::new(
            "declare the template under the top-level `template:` key",
            "请在顶层 `template:` 下声明该模板",
        )),
        None => d.with_help(Text::new(
            format!("templates in this file: {}{more}", shown.join(", ")),
            format!("本文件中的模板：{}{more_zh}", shown.join("、")),
        )),
    }
}
