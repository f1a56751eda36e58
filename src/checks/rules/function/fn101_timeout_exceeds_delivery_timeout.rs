//! FN101: a function timeout above the EventBridge delivery timeout behind a custom-source
//! trigger.

use crate::checks::at;
use crate::checks::Ctx;
use crate::codes::Code;
use crate::diag::{Diagnostic, Text};
use crate::semantics::FunctionSemantics;

crate::codes::declare_rule! {
    /// ## What it checks
    /// A function with `timeout` above {limits::EB_DELIVERY_TIMEOUT_S} s that has a trigger with a custom event source (MNS queue, RocketMQ, RabbitMQ, Kafka, DTS).
    ///
    /// ## Why it matters
    /// Custom-source triggers deliver through EventBridge, whose invocation of the function times out at {limits::EB_DELIVERY_TIMEOUT_S in minutes} minutes, sync and async alike ("调用方式: 同步 32 MB / 5分钟, 异步 128 KB / 5分钟": https://help.aliyun.com/document_detail/455240.html). An invocation that runs longer is counted as a failed delivery and handled by the retry policy while the function may still be working — the same batch can be processed twice.
    ///
    /// ## Example
    /// ```yaml
    /// timeout: 900
    /// triggers:
    ///   - triggerType: eventbridge
    ///     triggerConfig:
    ///       eventSourceConfig:
    ///         eventSourceType: Kafka
    /// ```
    /// ## Fix
    /// ```yaml
    /// timeout: {limits::EB_DELIVERY_TIMEOUT_S}
    /// ```
    /// and move work that needs longer into an async task.
    FN101,
    summary: "Function timeout above {limits::EB_DELIVERY_TIMEOUT_S} s behind an EventBridge custom-source trigger",
    summary_zh: "由 EventBridge 自定义事件源触发的函数 timeout 超过 {limits::EB_DELIVERY_TIMEOUT_S} 秒",
    doc_zh: include_str!("fn101_timeout_exceeds_delivery_timeout.zh.md"),
}

pub(super) fn check(ctx: &Ctx<'_>, f: &FunctionSemantics<'_, '_>, out: &mut Vec<Diagnostic>) {
    if !ctx.enabled(Code::FN101) {
        return;
    }
    let (Some(timeout), Some(written)) = (f.facts.timeout_s(), f.facts.timeout.written()) else {
        return;
    };
    // Custom-source triggers, whose deliveries EventBridge stops waiting for.
    let behind: Vec<_> = f
        .triggers
        .iter()
        .filter_map(|t| {
            let limit = t.facts.kind.delivery_timeout_s()?;
            let st = t.facts.kind.source_type()?;
            (timeout > limit).then_some((t, st, limit))
        })
        .collect();
    let Some((first, st, limit)) = behind.first() else {
        return;
    };
    let mut d = at(Code::FN101, written.node, Text::new(format!(
            "timeout is {timeout} s, but trigger `{}` ({}) delivers through EventBridge, which stops waiting after {limit} s: longer invocations count as failed deliveries",
            first.facts.label,
            st.as_str()
        ), format!(
            "timeout 为 {timeout} 秒，但触发器 `{}`（{}）经事件总线投递，事件总线最多等待 {limit} 秒：更长的调用会被视为投递失败",
            first.facts.label,
            st.as_str()
        )));
    for (t, _, _) in &behind {
        d = d.with_note(
            t.facts.span(),
            Text::new("custom-source trigger", "自定义事件源触发器"),
        );
    }
    out.push(d.with_help(Text::new(format!("keep `timeout` at or below {limit} s for functions behind message-queue triggers, or hand long work to an async task"), format!("消息队列触发的函数请把 `timeout` 设为不超过 {limit} 秒，或把耗时工作交给异步任务"))));
}
