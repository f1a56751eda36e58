//! TC001: `maxMsgNum` outside what the platform (or the v1 plugin) accepts.

use super::ScfCtx;
use crate::checks::at;
use crate::codes::Code;
use crate::diag::{Diagnostic, Text};
use crate::limits;
use crate::model::scf::ScfForm;
use crate::semantics::scf::CkafkaFacts;
use crate::semantics::Value;

crate::codes::declare_rule! {
    /// ## What it checks
    /// `parameters.maxMsgNum` of a CKafka trigger: a whole number from {limits::SCF_CKAFKA_MAX_MSG_NUM} with the `scf` and `multi-scf` components (absent: {limits::SCF_CKAFKA_MAX_MSG_NUM_DEFAULT}). With the Serverless Framework v1 plugin `serverless-tencent-scf` it must be present and within {limits::SCF_CKAFKA_MAX_MSG_NUM_V1}.
    ///
    /// ## Why it matters
    /// `maxMsgNum` is the most messages one invocation carries. The product pages allow up to {limits::SCF_CKAFKA_MAX_MSG_NUM.max} (https://tencentcloud.com/zh/document/product/583/17530), and so does the `scf` component's registry schema; {limits::SCF_CKAFKA_MAX_MSG_NUM_LEGACY_MAX} was the old limit, which older pages still show. The v1 plugin still enforces it: outside {limits::SCF_CKAFKA_MAX_MSG_NUM_V1}, or without the key, it logs "最大批量消息数，范围1 - 1000", skips the trigger and still reports the deploy as successful (https://github.com/serverless-tencent/serverless-tencent-scf/blob/b4bd6de5/deploy/lib/deployTrigger.js) — the function then never receives a message.
    ///
    /// ## Example
    /// ```yaml
    /// - ckafka:
    ///     parameters:
    ///       name: ckafka-2o10hua5
    ///       topic: orders
    ///       maxMsgNum: 20000
    /// ```
    /// ## Fix
    /// ```yaml
    ///       maxMsgNum: 500
    /// ```
    /// With the v1 plugin, stay within {limits::SCF_CKAFKA_MAX_MSG_NUM_V1}.
    TC001,
    summary: "CKafka `maxMsgNum` outside {limits::SCF_CKAFKA_MAX_MSG_NUM} (the v1 plugin: {limits::SCF_CKAFKA_MAX_MSG_NUM_V1}, or the trigger is skipped)",
    summary_zh: "CKafka 的 `maxMsgNum` 超出 {limits::SCF_CKAFKA_MAX_MSG_NUM}（v1 插件：{limits::SCF_CKAFKA_MAX_MSG_NUM_V1}，否则跳过该触发器）",
    doc_zh: include_str!("tc001_ckafka_max_msg_num_out_of_range.zh.md"),
}

pub(super) fn check(ctx: &ScfCtx<'_, '_>, c: &CkafkaFacts<'_, '_>, out: &mut Vec<Diagnostic>) {
    if !ctx.enabled(Code::TC001) {
        return;
    }
    let v1 = c.form == ScfForm::FrameworkV1;
    let range = c.max_msg_num_range();
    let (lo, hi) = (range.min, range.max);
    let legacy = limits::SCF_CKAFKA_MAX_MSG_NUM_LEGACY_MAX;
    let node = c.max_msg_num.node();
    // From the environment: checked, never echoed (the fact itself is unknown).
    if let Some((n, expr)) = node.and_then(|n| n.sensitive().map(|e| (n, e))) {
        let v = match n.to_json() {
            serde_json::Value::Number(x) => x.as_f64(),
            serde_json::Value::String(t) => t.trim().parse::<f64>().ok(),
            _ => None,
        };
        let whole = v.filter(|f| f.fract() == 0.0 && f.is_finite());
        if whole.is_some_and(|f| f >= lo as f64 && f <= hi as f64) {
            return;
        }
        let text = Text::new(
            format!("`maxMsgNum` (from `{expr}`) is not a whole number from {lo} to {hi}"),
            format!("`maxMsgNum`（来自 `{expr}`）不是 {lo} 到 {hi} 之间的整数"),
        );
        out.push(at(Code::TC001, n, text));
        return;
    }
    let (en, zh) = match (&c.max_msg_num.value, v1) {
        (Value::Known(v), false) if range.contains(*v as i64) => return,
        (Value::Known(v), false) => (
            format!("`maxMsgNum` {v} is outside {lo}–{hi}"),
            format!("`maxMsgNum` 为 {v}，超出 {lo}–{hi}"),
        ),
        (Value::Invalid(v), false) => (
            format!("`maxMsgNum` must be a whole number from {lo} to {hi}, found {v}"),
            format!("`maxMsgNum` 必须是 {lo} 到 {hi} 之间的整数，实际为 {v}"),
        ),
        (Value::Known(v), true) if range.contains(*v as i64) => return,
        (Value::Known(v), true) => (
            format!("`maxMsgNum` {v} is outside {lo}–{hi}, which the v1 plugin accepts: it skips this trigger and still reports the deploy as successful"),
            format!("`maxMsgNum` 为 {v}，超出 v1 插件接受的 {lo}–{hi}：插件会跳过该触发器，部署仍显示成功"),
        ),
        (Value::Invalid(v), true) => (
            format!("`maxMsgNum` must be a whole number from {lo} to {hi} for the v1 plugin, found {v}: it skips this trigger"),
            format!("v1 插件要求 `maxMsgNum` 为 {lo} 到 {hi} 之间的整数，实际为 {v}：插件会跳过该触发器"),
        ),
        (Value::Absent, true) => (
            "`maxMsgNum` is missing: the v1 plugin skips this trigger and still reports the deploy as successful".to_string(),
            "缺少 `maxMsgNum`：v1 插件会跳过该触发器，部署仍显示成功".to_string(),
        ),
        _ => return,
    };
    let help = if v1 {
        Text::new(
            format!("set `maxMsgNum` from {lo} to {hi} (the plugin still enforces the old limit of {legacy}), or move to the `scf` component, which accepts up to {}", limits::SCF_CKAFKA_MAX_MSG_NUM.max),
            format!("请把 `maxMsgNum` 设为 {lo} 到 {hi}（插件仍按旧上限 {legacy} 检查），或改用 `scf` 组件，其上限为 {}", limits::SCF_CKAFKA_MAX_MSG_NUM.max),
        )
    } else {
        Text::new(
            format!("the product pages allow {lo}–{hi}; older pages said at most {legacy}"),
            format!("产品文档允许 {lo}–{hi}；旧版文档写的上限是 {legacy}"),
        )
    };
    let text = Text::new(en, zh);
    let d = match node {
        Some(n) => at(Code::TC001, n, text),
        None => c.missing_param(Code::TC001, text),
    };
    out.push(d.with_help(help));
}
