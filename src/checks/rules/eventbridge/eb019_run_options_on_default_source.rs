//! EB019: batch window, retry, errors tolerance or dead-letter queue on a `Default` (non-custom)
//! event source, which ignores them.

use crate::checks::at_site;
use crate::codes::Code;
use crate::diag::{Diagnostic, Text};
use crate::semantics::{EventBridgeFacts, Site};

crate::codes::declare_rule! {
    /// ## What it checks
    /// `runOptions.batchWindow`, `retryStrategy`, `errorsTolerance` or `deadLetterQueue` on an EventBridge trigger with `eventSourceType: Default` (Alibaba Cloud service events on the default bus). When `mode: event-driven` is written, EB013 reports these keys instead.
    ///
    /// ## Why it matters
    /// Batch windows, retries, fault tolerance and dead-letter queues are advanced features of custom event sources (MNS queue, RocketMQ, RabbitMQ, Kafka, DTS) only (https://alibabacloud.com/help/en/functioncompute/fc-3-0/user-guide/advanced-features-of-triggers). On a Default source they are accepted and ignored silently, so the retries and the dead-letter queue you see in s.yaml do not exist.
    ///
    /// ## Example
    /// ```yaml
    /// eventSourceConfig:
    ///   eventSourceType: Default
    /// runOptions:
    ///   errorsTolerance: ALL
    ///   deadLetterQueue:
    ///     Arn: acs:mns:cn-hangzhou:123:/queues/dlq
    /// ```
    /// ## Fix
    /// Remove the options, or read the events from a custom source that supports them.
    EB019,
    summary: "Batch window, retry, errors tolerance and dead-letter queue are ignored on a Default event source",
    summary_zh: "Default 事件源会忽略批量窗口、重试、容错和死信队列",
    doc_zh: include_str!("eb019_run_options_on_default_source.zh.md"),
}

/// The run options a `Default` source ignores, each where it is written.
pub(super) fn check(eb: &EventBridgeFacts<'_, '_>, out: &mut Vec<Diagnostic>) {
    let Some(ro) = eb.run_options else { return };
    for key in [
        "batchWindow",
        "retryStrategy",
        "errorsTolerance",
        "deadLetterQueue",
    ] {
        let Some(site) = Site::of(ro.node, key).filter(|s| !s.is_null()) else {
            continue;
        };
        out.push(
            at_site(
                Code::EB019,
                site,
                Text::new(
                    format!("`{key}` is ignored: eventSourceType Default has no batch window, retries, errors tolerance or dead-letter queue (custom event sources only)"),
                    format!("`{key}` 会被忽略：eventSourceType 为 Default 时没有批量窗口、重试、容错和死信队列（只有自定义事件源支持）"),
                ),
            )
            .with_help(Text::new(
                format!("remove `{key}`"),
                format!("请删除 `{key}`"),
            )),
        );
    }
}
