//! TC006: a trigger without `enable` is created closed.

use super::{type_of, ScfCtx};
use crate::codes::Code;
use crate::diag::{Diagnostic, Text};
use crate::model::scf::{ScfForm, ScfTriggerType};
use crate::semantics::scf::ScfTriggerSemantics;

crate::codes::declare_rule! {
    /// ## What it checks
    /// A trigger whose `parameters` has no `enable` key (or `enable: null`), in every form: every trigger type except the components' `apigw`, which has no `enable`.
    ///
    /// ## Why it matters
    /// The deploying code sends `Enable: enable ? 'OPEN' : 'CLOSE'` — the toolkit behind the `scf` and `multi-scf` components (https://github.com/serverless-tencent/tencent-component-toolkit/blob/v2.27.2/src/modules/triggers/ckafka.ts, likewise for timer, cos, cmq, cls, mps and clb) and the v1 plugin (https://github.com/serverless-tencent/serverless-tencent-scf/blob/b4bd6de5/deploy/lib/deployTrigger.js). Leaving it out creates the trigger **closed**: nothing is consumed and no error says so. The sources disagree, which makes this easy to miss: the component docs give `false` as the default, its registry schema says `default: true`, and the v1 docs say "CKafka triggers are enabled by default". `enable: false` written out is a choice and not reported.
    ///
    /// ## Example
    /// ```yaml
    /// - ckafka:
    ///     parameters:
    ///       name: ckafka-2o10hua5
    ///       topic: orders
    /// ```
    /// ## Fix
    /// ```yaml
    ///       enable: true
    /// ```
    TC006,
    summary: "A trigger without `enable` is created closed (`CLOSE`) and consumes nothing",
    summary_zh: "未写 `enable` 的触发器以关闭状态（`CLOSE`）创建，不会消费任何消息",
    doc_zh: include_str!("tc006_trigger_created_closed.zh.md"),
}

pub(super) fn check(
    ctx: &ScfCtx<'_, '_>,
    t: &ScfTriggerSemantics<'_, '_>,
    out: &mut Vec<Diagnostic>,
) {
    let tr = &t.trigger;
    if !ctx.enabled(Code::TC006) || tr.foreign {
        return;
    }
    // The deploying code sends `enable ? 'OPEN' : 'CLOSE'` for every type but the
    // components' API gateway triggers.
    let reads_enable = match tr.kind {
        Some(ScfTriggerType::Apigw) => tr.form == ScfForm::FrameworkV1,
        Some(_) => true,
        None => false,
    };
    let Some(params) = tr.params.filter(|p| p.is_map() && reads_enable) else {
        return;
    };
    if params.get("enable").is_some_and(|n| !n.is_null()) {
        return;
    }
    // `parameters:`, or the misspelt key read as it.
    let held = |e: &&crate::source::Entry| std::ptr::eq(&e.value, params);
    let Some(e) = tr.body.and_then(|b| b.entries().iter().find(held)) else {
        return;
    };
    let ty = type_of(tr);
    let (en_who, zh_who) = match tr.form {
        ScfForm::FrameworkV1 => ("the v1 plugin", "v1 插件"),
        _ => ("the toolkit", "工具包"),
    };
    out.push(
        Diagnostic::new(
            Code::TC006,
            e.key_span,
            e.value.pointer.clone(),
            Text::new(
                format!("this {ty} trigger has no `enable`: {en_who} creates it closed (`CLOSE`), so it never invokes the function"),
                format!("该 {ty} 触发器未写 `enable`：{zh_who}会以关闭状态（`CLOSE`）创建它，函数永远不会被触发"),
            ),
        )
        .with_help(Text::new(
            "add `enable: true` to `parameters` (write `enable: false` to keep it closed on purpose)",
            "请在 `parameters` 中加上 `enable: true`（若有意关闭，请写明 `enable: false`）",
        )),
    );
}
