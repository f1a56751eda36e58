//! EB004: Kafka delivery concurrency below the number of consumers.

use crate::checks::at;
use crate::checks::Ctx;
use crate::codes::Code;
use crate::diag::{Diagnostic, Text};
use crate::semantics::{EventBridgeFacts, Invocation, TriggerSemantics};

crate::codes::declare_rule! {
    /// ## What it checks
    /// A synchronous Kafka trigger whose `deliveryOption.concurrency` is lower than its effective consumer count: `maximumTasks`, or the partition count when that is smaller and known.
    ///
    /// ## Why it matters
    /// Each consumer pushes its batches to FC; `concurrency` caps how many pushes are in flight at once ({limits::DELIVERY_CONCURRENCY}, sync only: https://www.alibabacloud.com/help/zh/functioncompute/fc/developer-reference/api-fc-2023-03-30-struct-deliveryoption). With fewer delivery slots than consumers, consumers wait for each other and the extra consumers add lag, not throughput.
    ///
    /// ## Example
    /// ```yaml
    /// eventSinkConfig:
    ///   deliveryOption:
    ///     concurrency: 4
    /// runOptions:
    ///   maximumTasks: 12
    /// ```
    /// ## Fix
    /// ```yaml
    /// eventSinkConfig:
    ///   deliveryOption:
    ///     concurrency: 12
    /// ```
    EB004,
    summary: "Kafka delivery `concurrency` is lower than the number of consumers",
    summary_zh: "Kafka 投递并发 `concurrency` 小于消费者数",
    doc_zh: include_str!("eb004_delivery_concurrency_below_consumers.zh.md"),
}

pub(super) fn check(
    ctx: &Ctx<'_>,
    t: &TriggerSemantics<'_, '_>,
    eb: &EventBridgeFacts<'_, '_>,
    out: &mut Vec<Diagnostic>,
) {
    if !ctx.enabled(Code::EB004) || eb.invocation() != Some(Invocation::Sync) {
        return;
    }
    // Out-of-range values are SC005's finding.
    let (Some(c), Some(c_node)) = (eb.concurrency_in_range(), eb.concurrency.node()) else {
        return;
    };
    // Consumers: min(maximumTasks, partitions), when maximumTasks is known.
    let (Some(tasks), Some(consumers), Some(tasks_node)) = (
        t.load.maximum_tasks,
        t.load.consumers,
        eb.maximum_tasks.node(),
    ) else {
        return;
    };
    let (why_en, why_zh) = match eb.partitions() {
        Some(p) if p < tasks => (
            format!("{p} partitions read by maximumTasks {tasks}"),
            format!("maximumTasks {tasks} 读取 {p} 个分区"),
        ),
        _ => (
            format!("maximumTasks {tasks}"),
            format!("maximumTasks {tasks}"),
        ),
    };
    if c >= consumers {
        return;
    }
    out.push(
        at(Code::EB004, c_node, Text::new(format!("delivery concurrency {c} is lower than the {consumers} consumers ({why_en}): consumers wait for each other's deliveries to finish"), format!("投递并发 {c} 小于 {consumers} 个消费者（{why_zh}）：消费者要互相等待投递完成")))
        .with_note(tasks_node.span, Text::new("consumers set here", "消费者数在此设置"))
        .with_help(Text::new(format!("set `concurrency` to at least {consumers}, or lower `maximumTasks` to {c}"), format!("请把 `concurrency` 设为至少 {consumers}，或把 `maximumTasks` 降为 {c}"))),
    );
}
