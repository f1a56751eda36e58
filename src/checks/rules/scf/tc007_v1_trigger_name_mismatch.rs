//! TC007: a Framework v1 trigger whose name is not what the plugin requires, so it is skipped.

use super::{type_of, ScfCtx};
use crate::codes::Code;
use crate::diag::{Diagnostic, Text};
use crate::semantics::scf::{v1_name, ScfTriggerSemantics};

crate::codes::declare_rule! {
    /// ## What it checks
    /// With the Serverless Framework v1 plugin `serverless-tencent-scf`: a `ckafka` or `cmq` event whose own `name` differs from `parameters.name`, and a `cos` event whose `name` differs from `parameters.bucket` (a missing `name` counts as different).
    ///
    /// ## Why it matters
    /// The plugin files each trigger under the event's `name` and, before it calls `CreateTrigger`, compares that name with the instance ID (ckafka), the topic (cmq) or the bucket (cos). When they differ it logs "触发器名称不符合规范 (triggerName 应为消息队列 CKafka ID)", skips the trigger and still reports the deploy as successful (https://github.com/serverless-tencent/serverless-tencent-scf/blob/b4bd6de5/deploy/lib/deployTrigger.js). The plugin's own docs and example use `name: ckafka_trigger` with `parameters.name: ckafka-2o10hua5`, which fails this very check.
    ///
    /// ## Example
    /// ```yaml
    /// events:
    ///   - ckafka:
    ///       name: ckafka_trigger
    ///       parameters:
    ///         name: ckafka-2o10hua5
    ///         topic: orders
    /// ```
    /// ## Fix
    /// ```yaml
    ///       name: ckafka-2o10hua5
    /// ```
    TC007,
    summary: "Framework v1: the event `name` differs from `parameters.name` (`bucket` for cos), so the plugin skips the trigger",
    summary_zh: "Framework v1：事件 `name` 与 `parameters.name`（cos 为 `bucket`）不同，插件会跳过该触发器",
    doc_zh: include_str!("tc007_v1_trigger_name_mismatch.zh.md"),
}

pub(super) fn check(
    ctx: &ScfCtx<'_, '_>,
    t: &ScfTriggerSemantics<'_, '_>,
    out: &mut Vec<Diagnostic>,
) {
    if !ctx.enabled(Code::TC007) {
        return;
    }
    let tr = &t.trigger;
    let Some(n) = v1_name(tr) else { return };
    if n.mismatch != Some(true) {
        return;
    }
    let ty = type_of(tr);
    let key = n.key;
    let target = n.target.filter(|s| !s.is_null());
    let (want_en, want_zh) = match target {
        Some(s) => (
            format!("`parameters.{key}` ({})", s.display()),
            format!("`parameters.{key}`（{}）", s.display()),
        ),
        None => (
            format!("`parameters.{key}`, which is missing"),
            format!("`parameters.{key}`，但该键缺失"),
        ),
    };
    let (en, zh) = match n.event {
        Some(e) => (
            format!("the {ty} event's `name` {} differs from {want_en}: the v1 plugin skips this trigger and still reports the deploy as successful", e.display()),
            format!("{ty} 事件的 `name` {} 与 {want_zh} 不同：v1 插件会跳过该触发器，部署仍显示成功", e.display()),
        ),
        None => (
            format!("the {ty} event has no `name`; the v1 plugin requires it to equal {want_en} and otherwise skips this trigger while the deploy still succeeds"),
            format!("{ty} 事件没有 `name`；v1 插件要求它等于 {want_zh}，否则跳过该触发器，部署仍显示成功"),
        ),
    };
    let (span, pointer) = match n.event {
        Some(e) => (e.key, e.node.pointer.clone()),
        None => (tr.type_span, tr.node.pointer.clone()),
    };
    let help = match target.and_then(|s| s.text()) {
        Some(v) => Text::new(
            format!("set the event's `name` to `{v}`"),
            format!("请把事件的 `name` 改为 `{v}`"),
        ),
        None => Text::new(
            format!("give the event a `name` and `parameters.{key}` with the same value"),
            format!("请为事件写明 `name`，并让 `parameters.{key}` 与之相同"),
        ),
    };
    out.push(Diagnostic::new(Code::TC007, span, pointer, Text::new(en, zh)).with_help(help));
}
