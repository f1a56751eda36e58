//! TC010: a trigger without a key its type requires.

use super::{at_param, type_of, ScfCtx};
use crate::codes::Code;
use crate::diag::{Diagnostic, Text};
use crate::model::scf::{schema, ScfForm, ScfTrigger, ScfTriggerType};

crate::codes::declare_rule! {
    /// ## What it checks
    /// That each trigger has what its type requires: a `multi-scf` trigger its `type`; every trigger a `parameters` mapping; and in `parameters` the keys the deploying code cannot do without — for `ckafka` the instance (`name`) and the `topic`, for `timer` the `cronExpression`, for `cos` the `bucket` and `events`, for `cmq` the topic `name`, for `cls` the `topicId`, for `mps` the `type`, for `clb` the listener (`loadBalanceId`, `protocol`, `port`, `domain`, `url`), for a `multi-scf` `apigw` trigger its `apis`. (`maxMsgNum` of a v1 CKafka trigger is TC001's.) A misspelt `parameters` (the one mapping key of the trigger close to it, `paramters`) is reported at the typo, not also as an unknown key (TC009), and what it holds is still checked as the parameters (TC001–TC006).
    ///
    /// ## Why it matters
    /// The toolkit fills a missing parameter into the request as `undefined`: a CKafka trigger without `topic` is created as `ckafka-xxx-undefined`, which `CreateTrigger` rejects since a CKafka trigger's name must be `<instance>-<topic>` (https://cloud.tencent.com/document/product/583/39901, https://github.com/serverless-tencent/tencent-component-toolkit/blob/v2.27.2/src/modules/triggers/ckafka.ts). The v1 plugin reads `event.parameters.name` directly, so an event without `parameters` stops the deploy with a TypeError, and a timer without `cronExpression` throws "Specify timer trigger cronexpression must be filled in." (https://github.com/serverless-tencent/serverless-tencent-scf/blob/b4bd6de5/provider/tencentProvider.js).
    ///
    /// ## Example
    /// ```yaml
    /// - ckafka:
    ///     parameters:
    ///       name: ckafka-2o10hua5
    ///       enable: true
    /// ```
    /// ## Fix
    /// ```yaml
    ///       topic: orders
    /// ```
    TC010,
    summary: "Trigger without a key its type requires (`parameters`, CKafka `name`/`topic`, timer `cronExpression` …)",
    summary_zh: "触发器缺少其类型必需的键（`parameters`、CKafka 的 `name`/`topic`、定时触发器的 `cronExpression` 等）",
    doc_zh: include_str!("tc010_missing_trigger_parameter.zh.md"),
}

pub(super) fn check(ctx: &ScfCtx<'_, '_>, t: &ScfTrigger<'_>, out: &mut Vec<Diagnostic>) {
    if !ctx.enabled(Code::TC010) || t.foreign {
        return;
    }
    if t.form == ScfForm::Multi && !t.node.get("type").is_some_and(|n| !n.is_null()) {
        out.push(
            Diagnostic::new(
                Code::TC010,
                t.type_span,
                t.node.pointer.clone(),
                Text::new(
                    "this trigger has no `type`: the component cannot tell what to create",
                    "该触发器没有 `type`：组件无法确定要创建什么",
                ),
            )
            .with_help(Text::new(
                format!(
                    "add `type:` with one of {}",
                    t.form.trigger_types().join(", ")
                ),
                format!(
                    "请添加 `type:`，取值为 {} 之一",
                    t.form.trigger_types().join(", ")
                ),
            )),
        );
        return;
    }
    let Some(kind) = t.kind else { return };
    let ty = type_of(t);
    let Some(params) = t.params.filter(|p| p.is_map() || p.is_unknown()) else {
        let (en, zh) = match t.form {
            ScfForm::FrameworkV1 => (
                format!("this {ty} event has no `parameters` mapping: the v1 plugin reads `parameters.…` and stops the deploy"),
                format!("该 {ty} 事件没有 `parameters` 映射：v1 插件读取 `parameters.…` 时会中止部署"),
            ),
            _ => (
                format!("this {ty} trigger has no `parameters` mapping: every setting is sent as `undefined`"),
                format!("该 {ty} 触发器没有 `parameters` 映射：所有设置都会以 `undefined` 发送"),
            ),
        };
        // `paramters:`: one finding at the typo (TC009 leaves it), and the parameters are
        // still checked as meant (`typos::as_meant`).
        if let Some(e) = super::typos::params_typo(t) {
            let typo = &e.key;
            out.push(
                Diagnostic::new(
                    Code::TC010,
                    e.key_span,
                    e.value.pointer.clone(),
                    Text::new(
                        format!("{en}; `{typo}` looks like a misspelling of `parameters`"),
                        format!("{zh}；`{typo}` 看起来是 `parameters` 的拼写错误"),
                    ),
                )
                .with_help(Text::new(
                    format!("rename `{typo}` to `parameters`"),
                    format!("请把 `{typo}` 改为 `parameters`"),
                )),
            );
            return;
        }
        let d = at_param(t, "parameters", Code::TC010, Text::new(en, zh));
        out.push(d.with_help(Text::new(
            "add `parameters:` with the trigger's settings",
            "请添加 `parameters:` 并写明触发器的设置",
        )));
        return;
    };
    if params.is_unknown() {
        return;
    }
    let Some(p) = schema::params(t.form, kind) else {
        return;
    };
    for key in p.keys.iter().filter(|k| k.required) {
        if kind == ScfTriggerType::Ckafka && key.name == "maxMsgNum" {
            continue; // TC001
        }
        if params.get(key.name).is_some_and(|n| !n.is_null()) {
            continue;
        }
        let name = key.name;
        let d = at_param(
            t,
            name,
            Code::TC010,
            Text::new(
                format!(
                    "this {ty} trigger has no `{name}`, which it requires ({})",
                    key.en.trim_end_matches('.')
                ),
                format!(
                    "该 {ty} 触发器缺少必需的 `{name}`（{}）",
                    key.zh.trim_end_matches('。')
                ),
            ),
        );
        out.push(d.with_help(Text::new(
            format!("add `{name}` to `parameters`"),
            format!("请在 `parameters` 中添加 `{name}`"),
        )));
    }
}
