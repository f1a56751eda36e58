//! TC009: a key the deploying code does not read, in a `serverless.yml` for SCF.

use super::ScfCtx;
use crate::codes::Code;
use crate::diag::{Diagnostic, Text};
use crate::model::scf::{schema, ScfForm, Section, SectionKind};

crate::codes::declare_rule! {
    /// ## What it checks
    /// The keys of each trigger and of its `parameters` against what the deploying code reads for that trigger type: the toolkit's trigger modules for the `scf` and `multi-scf` components (https://github.com/serverless-tencent/tencent-component-toolkit/tree/v2.27.2/src/modules/triggers), the provider's `getXEvent` for the Framework v1 plugin (https://github.com/serverless-tencent/serverless-tencent-scf/blob/b4bd6de5/provider/tencentProvider.js). Any other key there is reported, with the key it most likely meant. In the function's settings, what functions inherit (`multi-scf` `inputs`, v1 `provider`) and the top level, the components pass more keys on than their docs list, so only a likely misspelling of a documented key is reported. A misspelt list of triggers (`trigers:`, `event:`) is reported here once, and the CKafka parameters of the triggers it holds are still checked (TC001–TC006); a misspelt `parameters` is TC010's finding.
    ///
    /// ## Why it matters
    /// An unread key is silently dropped: `maxMsgnum: 500` leaves the batch at its default, `enabled: true` leaves the trigger closed. The keys `instanceId` and `consumerGroupName` are read only by the toolkit's unreleased master (after v2.27.2), so the released components ignore them.
    ///
    /// ## Example
    /// ```yaml
    /// - ckafka:
    ///     parameters:
    ///       name: ckafka-2o10hua5
    ///       topic: orders
    ///       maxMsgnum: 500
    ///       enabled: true
    /// ```
    /// ## Fix
    /// ```yaml
    ///       maxMsgNum: 500
    ///       enable: true
    /// ```
    TC009,
    summary: "Key the deploying code does not read (trigger keys and parameters; elsewhere likely misspellings)",
    summary_zh: "部署代码不读取的键（触发器的键和参数；其他位置只报告疑似拼写错误）",
    doc_zh: include_str!("tc009_scf_unknown_key.zh.md"),
}

pub(super) fn check(ctx: &ScfCtx<'_, '_>, s: &Section<'_>, out: &mut Vec<Diagnostic>) {
    if !ctx.enabled(Code::TC009) {
        return;
    }
    let names = || schema::names(s.keys);
    let (where_en, where_zh) = place(ctx.model.form, s);
    // A misspelt `parameters` is TC010's finding.
    let params_typo = match (s.what, &s.trigger) {
        (SectionKind::Event, Some(t)) => super::typos::params_typo(t),
        _ => None,
    };
    for e in s.map.entries() {
        if names().any(|n| n == e.key) || params_typo.is_some_and(|p| std::ptr::eq(p, e)) {
            continue;
        }
        let hint = names()
            .find(|n| n.eq_ignore_ascii_case(&e.key))
            .or_else(|| crate::text::did_you_mean(&e.key, names()));
        let later = matches!(s.what, SectionKind::Parameters(l) if l.contains(&e.key.as_str()));
        let key = &e.key;
        let (en, zh) = if later {
            (
                format!("`{key}` in {where_en} is read only by the toolkit's unreleased master (after v2.27.2): the released components ignore it"),
                format!("{where_zh}中的 `{key}` 只有工具包未发布的 master（v2.27.2 之后）才读取：已发布的组件会忽略它"),
            )
        } else if s.strict {
            (
                format!("unknown key `{key}` in {where_en}: the deploying code ignores it"),
                format!("{where_zh}中有未知的键 `{key}`：部署代码会忽略它"),
            )
        } else if let Some(h) = hint {
            (
                format!("`{key}` in {where_en} is not a documented key; did you mean `{h}`?"),
                format!("{where_zh}中的 `{key}` 不是文档中的键；是否想写 `{h}`？"),
            )
        } else {
            continue;
        };
        let help = match hint {
            Some(h) => Text::new(format!("did you mean `{h}`?"), format!("是否想写 `{h}`？")),
            None => {
                let list = names().collect::<Vec<_>>().join(", ");
                Text::new(
                    format!("the keys read here: {list}"),
                    format!("这里读取的键：{list}"),
                )
            }
        };
        out.push(
            Diagnostic::new(
                Code::TC009,
                e.key_span,
                e.value.pointer.clone(),
                Text::new(en, zh),
            )
            .with_help(help),
        );
    }
}

/// Where the section is, for messages.
fn place(form: ScfForm, s: &Section<'_>) -> (String, String) {
    let ty = s
        .trigger
        .as_ref()
        .and_then(|t| t.type_text.clone())
        .unwrap_or_default();
    match (s.what, form) {
        (SectionKind::Top, _) => ("the top level".into(), "顶层".into()),
        (SectionKind::Defaults, ScfForm::FrameworkV1) => {
            ("`provider`".into(), "`provider` ".into())
        }
        (SectionKind::Defaults, _) => ("`inputs`".into(), "`inputs` ".into()),
        (SectionKind::Function, ScfForm::Component) => ("`inputs`".into(), "`inputs` ".into()),
        (SectionKind::Function, _) => ("the function".into(), "函数".into()),
        (SectionKind::Event, ScfForm::Multi) => {
            (format!("the {ty} trigger"), format!("{ty} 触发器"))
        }
        (SectionKind::Event, _) => (format!("the {ty} event"), format!("{ty} 事件")),
        (SectionKind::Parameters(_), _) => {
            (format!("the {ty} parameters"), format!("{ty} 触发器参数"))
        }
    }
}
