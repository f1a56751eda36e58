//! TC008: a trigger type the deploying code does not know, which stops the deploy.

use super::ScfCtx;
use crate::codes::Code;
use crate::diag::{Diagnostic, Text};
use crate::model::scf::{ScfForm, ScfTrigger};

crate::codes::declare_rule! {
    /// ## What it checks
    /// The type of each trigger: the key of an `events` entry (`scf` component, Framework v1) or the `type` of a `multi-scf` trigger. The components deploy `apigw`, `cos`, `timer`, `cmq`, `ckafka`, `cls`, `mps` and `clb`; the v1 plugin only `apigw`, `cos`, `cmq`, `timer` and `ckafka`. A type close to `ckafka` (`ckafak`) is reported here once, and its parameters are still checked as a CKafka trigger's (TC001–TC006).
    ///
    /// ## Why it matters
    /// An unknown type stops the whole deploy: the `scf` component throws "Unknow trigger type X, must be one of [apigw,cos,timer,cmq,ckafka,cls,mps,clb]" (https://github.com/serverless-components/tencent-scf/blob/5174db25/src/config.js) and the v1 plugin `Event type "X" of function "F" not supported.` (https://github.com/serverless-tencent/serverless-tencent-scf/blob/b4bd6de5/shared/validate.js). Type names are lowercase: `CKafka` or `kafka` is not `ckafka`.
    ///
    /// ## Example
    /// ```yaml
    /// events:
    ///   - kafka:
    ///       parameters:
    ///         name: ckafka-2o10hua5
    /// ```
    /// ## Fix
    /// ```yaml
    ///   - ckafka:
    /// ```
    TC008,
    summary: "Trigger type the deploying code does not know: the deploy stops",
    summary_zh: "部署代码不认识的触发器类型：部署会中止",
    doc_zh: include_str!("tc008_unknown_trigger_type.zh.md"),
}

pub(super) fn check(ctx: &ScfCtx<'_, '_>, t: &ScfTrigger<'_>, out: &mut Vec<Diagnostic>) {
    if !ctx.enabled(Code::TC008) || t.foreign {
        return;
    }
    let Some(ty) = t.type_text.as_deref() else {
        return;
    };
    let known = t.form.trigger_types();
    if known.contains(&ty) {
        return;
    }
    let list = known.join(", ");
    let (en, zh) = match t.form {
        ScfForm::FrameworkV1 => (
            format!("the v1 plugin does not support trigger type `{ty}` and stops the deploy; it supports {list}"),
            format!("v1 插件不支持触发器类型 `{ty}`，部署会中止；它支持 {list}"),
        ),
        _ => (
            format!("unknown trigger type `{ty}`: the component stops the deploy; it must be one of {list}"),
            format!("未知的触发器类型 `{ty}`：组件会中止部署；必须是 {list} 之一"),
        ),
    };
    let lower = ty.to_ascii_lowercase();
    let hint = known
        .iter()
        .copied()
        .find(|k| *k == lower)
        .or_else(|| crate::text::did_you_mean(&lower, known.iter().copied()))
        .or_else(|| (lower == "kafka").then_some("ckafka"));
    let help = match hint {
        Some(h) => Text::new(format!("did you mean `{h}`?"), format!("是否想写 `{h}`？")),
        None => Text::new(format!("use one of {list}"), format!("请使用 {list} 之一")),
    };
    let pointer = t
        .node
        .entry(ty)
        .map(|e| e.value.pointer.clone())
        .or_else(|| t.node.get("type").map(|n| n.pointer.clone()))
        .unwrap_or_else(|| t.node.pointer.clone());
    out.push(Diagnostic::new(Code::TC008, t.type_span, pointer, Text::new(en, zh)).with_help(help));
}
