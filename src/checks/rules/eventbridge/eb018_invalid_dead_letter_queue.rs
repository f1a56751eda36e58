//! EB018: a dead-letter queue ARN that is not a target EventBridge takes.

use crate::checks::at;
use crate::codes::Code;
use crate::diag::{Diagnostic, Text};
use crate::semantics::{DeadLetterQueue, DlqTarget};

crate::codes::declare_rule! {
    /// ## What it checks
    /// `runOptions.deadLetterQueue.Arn` of an EventBridge trigger: it must be an ARN `acs:<service>:<region>:<account>:<resource>` of a target EventBridge takes as a dead-letter queue — an MNS queue (`acs:mns:…:/queues/<queue>`), ApsaraMQ for RocketMQ (`acs:mq:…`), ApsaraMQ for Kafka (`acs:alikafka:…`) or an EventBridge bus (`acs:eventbridge:…:eventbus/<bus>`). An ARN not known offline is not checked.
    ///
    /// ## Why it matters
    /// The RunOptions API and the EventBridge retry page name these four dead-letter queue types (https://help.aliyun.com/zh/functioncompute/fc/developer-reference/api-fc-2023-03-30-struct-runoptions, https://www.alibabacloud.com/help/en/eventbridge/user-guide/retry-and-dead-letter). A bare name, an FC function, an MNS topic or an AWS ARN is not a queue EventBridge can write to: the trigger is refused, or the events the dead-letter queue was meant to keep are lost.
    ///
    /// ## Example
    /// ```yaml
    /// deadLetterQueue:
    ///   Arn: acs:fc:cn-hangzhou:123:functions/failed
    /// ```
    /// ## Fix
    /// ```yaml
    /// deadLetterQueue:
    ///   Arn: acs:mns:cn-hangzhou:123:/queues/orders-dlq
    /// ```
    EB018,
    summary: "The dead-letter queue is not an MNS queue, RocketMQ, Kafka or EventBridge ARN",
    summary_zh: "死信队列不是 MNS 队列、RocketMQ、Kafka 或事件总线的 ARN",
    doc_zh: include_str!("eb018_invalid_dead_letter_queue.zh.md"),
}

/// A dead-letter queue whose ARN is known and names no supported target.
pub(super) fn check(dlq: &DeadLetterQueue<'_>, out: &mut Vec<Diagnostic>) {
    let (Some(site), Some(target)) = (dlq.arn_site(), dlq.target()) else {
        return;
    };
    if target.is_supported() {
        return;
    }
    let arn = site.plain();
    let (why_en, why_zh) = match target {
        DlqTarget::MnsTopic => (
            "it names an MNS topic".to_string(),
            "它指向 MNS 主题".to_string(),
        ),
        DlqTarget::Other(service) => (
            format!("it names a resource of the service `{service}`"),
            format!("它指向服务 `{service}` 的资源"),
        ),
        _ => (
            "it is not an ARN of the form `acs:<service>:<region>:<account>:<resource>`"
                .to_string(),
            "它不是 `acs:<service>:<region>:<account>:<resource>` 形式的 ARN".to_string(),
        ),
    };
    out.push(
        at(
            Code::EB018,
            site.node,
            Text::new(
                format!("deadLetterQueue.Arn {arn:?} is not a dead-letter queue EventBridge takes (an MNS queue, RocketMQ, Kafka or an EventBridge bus): {why_en}"),
                format!("deadLetterQueue.Arn {arn:?} 不是 EventBridge 可用的死信队列（MNS 队列、RocketMQ、Kafka 或事件总线）：{why_zh}"),
            ),
        )
        .with_help(Text::new(
            "use the queue's ARN, e.g. `acs:mns:<region>:<account>:/queues/<queue>`",
            "请使用队列的 ARN，例如 `acs:mns:<region>:<account>:/queues/<queue>`",
        )),
    );
}
