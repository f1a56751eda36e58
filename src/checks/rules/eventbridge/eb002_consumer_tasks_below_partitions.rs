//! EB002: Kafka `maximumTasks` below the topic's partition count.

use super::Consumers;
use crate::checks::at;
use crate::checks::Ctx;
use crate::codes::Code;
use crate::diag::{Diagnostic, Text};
use crate::semantics::calc;

crate::codes::declare_rule! {
    /// ## What it checks
    /// A Kafka trigger whose `maximumTasks` is smaller than the partition count of its topic. Needs the partition count.
    ///
    /// ## Why it matters
    /// Each consumer then reads several partitions one after another, so the trigger's throughput is bounded by `maximumTasks`, not by the topic. That is often deliberate (to protect a downstream database); this note makes it visible. Source: https://www.alibabacloud.com/help/en/function-compute/latest/message-queue-for-apache-kafka
    ///
    /// ## Example
    /// ```yaml
    /// # topic `orders` has 12 partitions
    /// runOptions:
    ///   maximumTasks: 4
    /// ```
    /// ## Fix
    /// ```yaml
    /// runOptions:
    ///   maximumTasks: 12   # one consumer per partition
    /// ```
    /// or keep 4 and `--ignore EB002`.
    EB002,
    summary: "Kafka `maximumTasks` is below the partition count: consumers share partitions",
    summary_zh: "Kafka 的 `maximumTasks` 小于分区数：消费者共享分区",
    doc_zh: include_str!("eb002_consumer_tasks_below_partitions.zh.md"),
}

pub(super) fn check(ctx: &Ctx<'_>, c: &Consumers<'_>, out: &mut Vec<Diagnostic>) {
    let (tasks, p, topic) = (c.tasks, c.partitions, c.topic);
    if tasks >= p || !ctx.enabled(Code::EB002) {
        return;
    }
    let (lo, hi) = calc::partitions_per_consumer(p, c.consumers);
    let share = if lo == hi {
        lo.to_string()
    } else {
        format!("{lo}–{hi}")
    };
    out.push(
        at(
            Code::EB002,
            c.tasks_node,
            Text::new(
                format!("maximumTasks is {tasks} for the {p} partitions of topic `{topic}`: each consumer reads {share} partitions"),
                format!("topic `{topic}` 有 {p} 个分区而 maximumTasks 为 {tasks}：每个消费者读取 {share} 个分区"),
            ),
        )
        .with_help(Text::new(
            format!("raise `maximumTasks` to {p} if the topic needs more throughput; keep it if this is deliberate"),
            format!("若需要更高吞吐，可将 `maximumTasks` 提高到 {p}；若为有意设置可保持不变"),
        )),
    );
}
