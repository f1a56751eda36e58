//! EB003: Kafka-only options on another source.

use crate::checks::at_site;
use crate::checks::Ctx;
use crate::codes::Code;
use crate::diag::{Diagnostic, Text};
use crate::model::SourceType;
use crate::semantics::EventBridgeFacts;

crate::codes::declare_rule! {
    /// ## What it checks
    /// `runOptions.maximumTasks` or `eventSinkConfig.deliveryOption.concurrency` on an EventBridge trigger whose source is not Kafka (MNS, RocketMQ, RabbitMQ, DTS, Default).
    ///
    /// ## Why it matters
    /// Both knobs exist only for Kafka: the DeliveryOption API says concurrency "目前仅针对在 Kafka 作为事件源时有效" (https://www.alibabacloud.com/help/zh/functioncompute/fc/developer-reference/api-fc-2023-03-30-struct-deliveryoption), and consumer concurrency is a Kafka consumer-group setting. On other sources they are silently ignored, so the limit you think you set does not exist.
    ///
    /// ## Example
    /// ```yaml
    /// eventSourceConfig:
    ///   eventSourceType: RocketMQ
    /// runOptions:
    ///   maximumTasks: 4
    /// ```
    /// ## Fix
    /// Remove `maximumTasks` and `concurrency`.
    EB003,
    summary: "`maximumTasks` or `deliveryOption.concurrency` on a source other than Kafka has no effect",
    summary_zh: "非 Kafka 事件源上的 `maximumTasks` 或 `deliveryOption.concurrency` 不起作用",
    doc_zh: include_str!("eb003_kafka_only_option.zh.md"),
}

pub(super) fn check(
    ctx: &Ctx<'_>,
    eb: &EventBridgeFacts<'_, '_>,
    st: SourceType,
    out: &mut Vec<Diagnostic>,
) {
    if !ctx.enabled(Code::EB003) {
        return;
    }
    let src = st.as_str();
    if let Some(site) = eb.maximum_tasks.at {
        let d = at_site(Code::EB003, site, Text::new(format!("`maximumTasks` has no effect on a {src} source: only Kafka triggers have consumer tasks"), format!("`maximumTasks` 对 {src} 事件源无效：只有 Kafka 触发器有消费任务数")));
        out.push(d.with_help(Text::new("remove `maximumTasks`", "请删除 `maximumTasks`")));
    }
    if let Some(site) = eb.concurrency.at {
        let d = at_site(Code::EB003, site, Text::new(format!("`deliveryOption.concurrency` has no effect on a {src} source: it only limits Kafka deliveries"), format!("`deliveryOption.concurrency` 对 {src} 事件源无效：它只限制 Kafka 的投递并发")));
        out.push(d.with_help(Text::new("remove `concurrency`", "请删除 `concurrency`")));
    }
}
