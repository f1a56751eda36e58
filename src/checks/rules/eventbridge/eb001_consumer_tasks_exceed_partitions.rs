//! EB001: Kafka `maximumTasks` above the topic's partition count.

use super::Consumers;
use crate::checks::at;
use crate::checks::Ctx;
use crate::codes::Code;
use crate::diag::{Diagnostic, Fix, Text};
use crate::source::edit;

crate::codes::declare_rule! {
    /// ## What it checks
    /// A Kafka trigger whose `runOptions.maximumTasks` (concurrent consumers) is larger than the partition count of its topic. Needs the partition count: `partitions` in fclint.toml, `--partitions TOPIC=N` or `--topics-json`.
    ///
    /// ## Why it matters
    /// Kafka gives each partition to one consumer of a group. The console documents the range of consumer concurrency as `[1, number of partitions]`; consumers beyond the partition count receive nothing (https://www.alibabacloud.com/help/en/function-compute/latest/message-queue-for-apache-kafka). The setting looks like headroom but buys no throughput.
    ///
    /// ## Example
    /// ```yaml
    /// # topic `orders` has 12 partitions
    /// runOptions:
    ///   maximumTasks: 16
    /// ```
    /// ## Fix
    /// ```yaml
    /// runOptions:
    ///   maximumTasks: 12
    /// ```
    /// `fclint check --fix --unsafe-fixes` sets `maximumTasks` to the partition count. It is
    /// unsafe: it changes what deploys (fewer consumer tasks, and the partition count is the
    /// inventory's, which may be out of date), so review it. A value from `${vars.x}`, the
    /// environment or another file is left alone.
    EB001,
    summary: "Kafka `maximumTasks` is larger than the topic's partition count: extra consumers idle",
    summary_zh: "Kafka 的 `maximumTasks` 大于 topic 分区数：多出的消费者空闲",
    doc_zh: include_str!("eb001_consumer_tasks_exceed_partitions.zh.md"),
    fix: Unsafe,
}

pub(super) fn check(ctx: &Ctx<'_>, c: &Consumers<'_>, out: &mut Vec<Diagnostic>) {
    let (tasks, p, topic) = (c.tasks, c.partitions, c.topic);
    if tasks <= p || !ctx.enabled(Code::EB001) {
        return;
    }
    let idle = tasks - c.consumers;
    let fix = edit::replace_value(
        c.tasks_node,
        ctx.sources.get(c.tasks_node.span.file),
        &p.to_string(),
    )
    .map(|e| {
        Fix::unsafe_(
            Text::new(
                format!("set `maximumTasks: {p}`"),
                format!("设置 `maximumTasks: {p}`"),
            ),
            vec![e],
        )
    });
    out.push(
        at(
            Code::EB001,
            c.tasks_node,
            Text::new(
                format!("maximumTasks is {tasks} but topic `{topic}` has {p} partitions: {idle} consumer(s) stay idle"),
                format!("maximumTasks 为 {tasks}，但 topic `{topic}` 只有 {p} 个分区：{idle} 个消费者始终空闲"),
            ),
        )
        .with_help(Text::new(
            format!("set `maximumTasks: {p}` (one consumer per partition is the most a topic can use)"),
            format!("请设置 `maximumTasks: {p}`（每个分区一个消费者已是上限）"),
        ))
        .with_fix(fix),
    );
}
