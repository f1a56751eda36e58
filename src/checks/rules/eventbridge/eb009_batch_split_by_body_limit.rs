//! EB009: a full batch above the invocation body limit is split.

use super::BodyLimit;
use crate::checks::{at, Ctx};
use crate::codes::Code;
use crate::config::format_size;
use crate::diag::{Diagnostic, Fix, Text};
use crate::semantics::{EventBridgeFacts, Invocation, TriggerSemantics};
use crate::source::edit;

crate::codes::declare_rule! {
    /// ## What it checks
    /// `batchWindow.CountBasedWindow` × the topic's typical message size against the invocation body limit: {limits::SYNC_BODY_LIMIT_BYTES} for synchronous, {limits::ASYNC_BODY_LIMIT_BYTES} for asynchronous invocation (KB = {limits::KB} bytes). Needs the message size (`message_size` in fclint.toml or `--message-size TOPIC=SIZE`). The message says how a full batch is split.
    ///
    /// ## Why it matters
    /// A batch is pushed when the count is reached, the time window expires, or the body reaches the limit. Over the limit, EventBridge splits the batch: the docs' example is 100 messages of 2 KB, async → 200 KB > {limits::ASYNC_BODY_LIMIT_BYTES} → two pushes of 64 + 36 messages (https://help.aliyun.com/document_detail/455240.html, body limits: https://alibabacloud.com/help/tc/functioncompute/fc-3-0/product-overview/limits-of-usage). The function never sees the batch size you configured, and each push costs an invocation. The split is computed on the message sizes alone (an assumption): the envelope each message gets (a CloudEvent by default; RawData delivers each source event's `data`, for Kafka `{topic, partition, offset, timestamp, headers, key, value}`) also counts toward the limit, so a real push may be cut a little earlier.
    ///
    /// ## Example
    /// ```yaml
    /// asyncInvocationType: true
    /// runOptions:
    ///   batchWindow:
    ///     CountBasedWindow: 100   # messages are about 2 KB
    /// ```
    /// ## Fix
    /// ```yaml
    /// asyncInvocationType: true
    /// runOptions:
    ///   batchWindow:
    ///     CountBasedWindow: 64
    /// ```
    /// or use synchronous invocation (`asyncInvocationType: false`, {limits::SYNC_BODY_LIMIT_BYTES}).
    ///
    /// `fclint check --fix --unsafe-fixes` sets `CountBasedWindow` to the largest count whose
    /// batch fits one invocation, as in the example above. It is unsafe: it changes what
    /// deploys (smaller batches, more invocations), and it rests on the inventory's message
    /// size, so review it. A value from `${vars.x}`, the environment or another file is left
    /// alone.
    EB009,
    summary: "`CountBasedWindow` × message size exceeds the invocation body limit: batches are split",
    summary_zh: "`CountBasedWindow` × 消息大小超过调用请求体上限：批次会被拆分",
    doc_zh: include_str!("eb009_batch_split_by_body_limit.zh.md"),
    fix: Unsafe,
}

/// `CountBasedWindow` × the typical message size against the body limit (event streaming):
/// the trigger's batch and its split under the limit.
pub(super) fn check(
    ctx: &Ctx<'_>,
    t: &TriggerSemantics<'_, '_>,
    eb: &EventBridgeFacts<'_, '_>,
    b: &BodyLimit<'_>,
    out: &mut Vec<Diagnostic>,
) {
    let batch = &t.load.batch;
    let (Some(count), Some(typical), Some(parts)) = (
        batch.max_messages,
        batch.message_size_bytes,
        batch.split.as_deref(),
    ) else {
        return;
    };
    let Some(cw_node) = eb.count_window.node() else {
        return;
    };
    if parts.len() < 2 {
        return; // the whole window fits one invocation
    }
    let (split_en, split_zh) = describe_split(parts);
    let per = parts[0];
    let total = format_size(count.saturating_mul(typical));
    let size = format_size(typical);
    let (lim, mode_en, mode_zh) = (format_size(b.limit), b.mode_en, b.mode_zh);
    let sync = format_size(Invocation::Sync.body_limit());
    let (or_sync_en, or_sync_zh) = if b.invocation == Invocation::Async {
        (
            format!(", or use synchronous delivery ({sync} limit)"),
            format!("，或改用同步投递（上限 {sync}）"),
        )
    } else {
        (String::new(), String::new())
    };
    let fix = edit::replace_value(
        cw_node,
        ctx.sources.get(cw_node.span.file),
        &per.to_string(),
    )
    .map(|e| {
        Fix::unsafe_(
            Text::new(
                format!("set `CountBasedWindow: {per}`"),
                format!("设置 `CountBasedWindow: {per}`"),
            ),
            vec![e],
        )
    });
    out.push(
        at(
            Code::EB009,
            cw_node,
            Text::new(
                format!("{count} × {size} = {total} exceeds the {lim} {mode_en} body limit: each batch is pushed as {split_en} messages"),
                format!("{count} × {size} = {total} 超过 {lim} 的{mode_zh}请求体上限：每批会被拆成 {split_zh} 条消息分别推送"),
            ),
        )
        .with_help(Text::new(
            format!("set `CountBasedWindow: {per}` so a batch fits one invocation{or_sync_en}"),
            format!("请设置 `CountBasedWindow: {per}`，使一批消息一次调用即可送达{or_sync_zh}"),
        ))
        .with_fix(fix),
    );
}

fn describe_split(parts: &[u64]) -> (String, String) {
    if parts.len() <= 3 {
        let s = parts
            .iter()
            .map(u64::to_string)
            .collect::<Vec<_>>()
            .join(" + ");
        return (s.clone(), s);
    }
    let first = parts[0];
    let last = *parts.last().unwrap_or(&first);
    let full = parts.iter().filter(|p| **p == first).count();
    if last == first {
        (
            format!("{full} pushes of {first}"),
            format!("{full} 次、每次 {first} 条"),
        )
    } else {
        (
            format!("{full} pushes of {first} and one of {last}"),
            format!("{full} 次 {first} 条加 1 次 {last} 条"),
        )
    }
}
