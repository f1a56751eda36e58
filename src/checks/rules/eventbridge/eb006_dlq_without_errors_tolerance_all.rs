//! EB006: a dead-letter queue that never receives anything (tolerance NONE).

use crate::checks::at_site;
use crate::codes::Code;
use crate::diag::{Diagnostic, Text};
use crate::semantics::{DeadLetterQueue, RetryFacts};

crate::codes::declare_rule! {
    /// ## What it checks
    /// A trigger with `runOptions.deadLetterQueue` whose `errorsTolerance` is `NONE` or not set (the default is `NONE`).
    ///
    /// ## Why it matters
    /// EventBridge sends an event to the dead-letter queue only when errors are tolerated: retries exhausted → tolerance ALL + DLQ → DLQ; tolerance NONE → the task pauses (https://www.alibabacloud.com/help/en/eventbridge/user-guide/retry-and-dead-letter). The queue you configured stays empty while the stream stops at the first bad event.
    ///
    /// ## Example
    /// ```yaml
    /// runOptions:
    ///   deadLetterQueue:
    ///     Arn: acs:mns:cn-hangzhou:123:/queues/orders-dlq
    /// ```
    /// ## Fix
    /// ```yaml
    /// runOptions:
    ///   errorsTolerance: ALL
    ///   deadLetterQueue:
    ///     Arn: acs:mns:cn-hangzhou:123:/queues/orders-dlq
    /// ```
    EB006,
    summary: "`deadLetterQueue` without `errorsTolerance: ALL` never receives anything",
    summary_zh: "未设置 `errorsTolerance: ALL` 时 `deadLetterQueue` 永远收不到消息",
    doc_zh: include_str!("eb006_dlq_without_errors_tolerance_all.zh.md"),
}

/// A dead-letter queue is configured but the tolerance is (or defaults to) NONE.
pub(super) fn check(retry: &RetryFacts<'_>, dlq: &DeadLetterQueue<'_>, out: &mut Vec<Diagnostic>) {
    let (en, zh) = if retry.tolerance.is_written() {
        ("errorsTolerance is NONE", "errorsTolerance 为 NONE")
    } else {
        (
            "errorsTolerance is not set and defaults to NONE",
            "未设置 errorsTolerance，默认为 NONE",
        )
    };
    let mut d = at_site(
        Code::EB006,
        dlq.at,
        Text::new(
            format!("the dead-letter queue never receives anything: {en}, so a failing event blocks the stream instead of going to the queue"),
            format!("死信队列永远收不到消息：{zh}，失败的事件会阻塞事件流而不是进入死信队列"),
        ),
    );
    if let Some(n) = retry.tolerance.node() {
        d = d.with_note(n.span, Text::new("tolerance set here", "容错策略在此设置"));
    }
    out.push(d.with_help(Text::new(
        "set `errorsTolerance: ALL` so events that still fail after the retries go to the dead-letter queue",
        "请设置 `errorsTolerance: ALL`，重试后仍失败的事件才会进入死信队列",
    )));
}
