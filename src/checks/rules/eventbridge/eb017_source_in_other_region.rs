//! EB017: the source instance (`RegionId`) is in another region than the function.

use crate::checks::at;
use crate::codes::Code;
use crate::diag::{Diagnostic, Text};
use crate::model::SourceType;
use crate::semantics::{EventBridgeFacts, FunctionFacts};

crate::codes::declare_rule! {
    /// ## What it checks
    /// An EventBridge trigger on an MNS queue, ApsaraMQ for RocketMQ (cloud instance types), RabbitMQ, Kafka or DTS source whose `source*Parameters.RegionId` is a different region than the function's `region`. It stays quiet when either region is not known offline (`{{region}}`, `${env(REGION)}` without a default).
    ///
    /// ## Why it matters
    /// Each of these trigger pages requires the source instance in the function's region: MNS queue (https://www.alibabacloud.com/help/en/functioncompute/fc/mns-queue-triggers), RocketMQ (https://www.alibabacloud.com/help/en/functioncompute/fc/apsaramq-for-rocketmq-triggers), RabbitMQ (https://www.alibabacloud.com/help/doc-detail/204855.htm), Kafka (https://www.alibabacloud.com/help/en/function-compute/latest/message-queue-for-apache-kafka) and DTS (https://www.alibabacloud.com/help/en/functioncompute/user-guide/dts-triggers). A trigger on an instance in another region does not consume it. MNS *topic* triggers (`triggerType: mns_topic`) are not checked: they support topics in other regions.
    ///
    /// ## Example
    /// ```yaml
    /// region: cn-huhehaote
    /// # …
    /// sourceKafkaParameters:
    ///   RegionId: cn-shanghai
    /// ```
    /// ## Fix
    /// Deploy the function in the instance's region, or use an instance in the function's region:
    /// ```yaml
    /// region: cn-shanghai
    /// # …
    /// sourceKafkaParameters:
    ///   RegionId: cn-shanghai
    /// ```
    EB017,
    summary: "The trigger's source instance is in another region than the function",
    summary_zh: "触发器的事件源实例与函数不在同一地域",
    doc_zh: include_str!("eb017_source_in_other_region.zh.md"),
}

/// Both regions known and different, on a source type whose page requires the same region.
pub(super) fn check(
    f: &FunctionFacts<'_, '_>,
    eb: &EventBridgeFacts<'_, '_>,
    out: &mut Vec<Diagnostic>,
) {
    let (Some(page), Some(st)) = (eb.same_region_rule(), eb.source()) else {
        return;
    };
    let (Some(source), Some(function)) = (eb.source_region.known(), f.region()) else {
        return;
    };
    let Some(node) = eb.source_region.node() else {
        return;
    };
    if source == function {
        return;
    }
    let (what, what_zh) = match st {
        SourceType::Mns => ("queue", "队列"),
        SourceType::Dts => ("task", "任务"),
        _ => ("instance", "实例"),
    };
    let st = st.as_str();
    let mut d = at(
        Code::EB017,
        node,
        Text::new(
            format!("the {st} {what} is in {source} (RegionId) but the function is in {function}; {st} triggers require the source in the function's region ({page})"),
            format!("{st} {what_zh}位于 {source}（RegionId），而函数位于 {function}；{st} 触发器要求事件源与函数在同一地域（{page}）"),
        ),
    )
    .with_help(Text::new(
        format!("deploy the function in {source}, or read from a source in {function}"),
        format!("请把函数部署到 {source}，或改用 {function} 的事件源"),
    ));
    if let Some(r) = f.region.at {
        d = d.with_note(r.key, Text::new("the function's region", "函数所在地域"));
    }
    out.push(d);
}
