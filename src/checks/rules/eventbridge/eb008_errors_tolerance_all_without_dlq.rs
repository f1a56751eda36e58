//! EB008: tolerance ALL without a dead-letter queue.

use crate::checks::at;
use crate::codes::Code;
use crate::diag::{Diagnostic, Text};
use crate::semantics::RetryFacts;

crate::codes::declare_rule! {
    /// ## What it checks
    /// A trigger with `errorsTolerance: ALL` and no `deadLetterQueue`.
    ///
    /// ## Why it matters
    /// Tolerated events that still fail after the retries are discarded when no dead-letter queue is configured (https://www.alibabacloud.com/help/en/eventbridge/user-guide/retry-and-dead-letter). That may be acceptable, but the loss is silent.
    ///
    /// ## Example
    /// ```yaml
    /// runOptions:
    ///   errorsTolerance: ALL
    /// ```
    /// ## Fix
    /// ```yaml
    /// runOptions:
    ///   errorsTolerance: ALL
    ///   deadLetterQueue:
    ///     Arn: acs:mns:cn-hangzhou:123:/queues/orders-dlq
    /// ```
    EB008,
    summary: "`errorsTolerance: ALL` without a dead-letter queue drops events that fail after retries",
    summary_zh: "`errorsTolerance: ALL` 而无死信队列时，重试后仍失败的事件被丢弃",
    doc_zh: include_str!("eb008_errors_tolerance_all_without_dlq.zh.md"),
}

/// Tolerance ALL, written out, and no dead-letter queue.
pub(super) fn check(retry: &RetryFacts<'_>, out: &mut Vec<Diagnostic>) {
    let Some(n) = retry.tolerance.node() else {
        return;
    };
    out.push(
        at(
            Code::EB008,
            n,
            Text::new(
                "errorsTolerance ALL without a deadLetterQueue: events that still fail after the retries are dropped",
                "errorsTolerance 为 ALL 但没有 deadLetterQueue：重试后仍失败的事件会被丢弃",
            ),
        )
        .with_help(Text::new(
            "add `deadLetterQueue: {Arn: acs:mns:<region>:<account>:/queues/<queue>}` to keep them",
            "请添加 `deadLetterQueue: {Arn: acs:mns:<region>:<account>:/queues/<queue>}` 以保留这些事件",
        )),
    );
}
