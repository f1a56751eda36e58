//! EB014: Kafka `Network: PublicNetwork` without its VPC settings.

use crate::checks::at;
use crate::checks::Ctx;
use crate::codes::Code;
use crate::diag::{Diagnostic, Text};
use crate::semantics::EventBridgeFacts;

crate::codes::declare_rule! {
    /// ## What it checks
    /// A Kafka source with `Network: PublicNetwork` that lacks any of `VpcId`, `VSwitchIds`, `SecurityGroupId` (absent or empty).
    ///
    /// ## Why it matters
    /// `PublicNetwork` means "use my own VPC": EventBridge attaches to the VPC, vSwitch and security group you name, and the API requires all three (SourceKafkaParameters, https://alibabacloud.com/help/en/functioncompute/api-fc-2023-03-30-struct-sourcekafkaparameters). The trigger creation fails.
    ///
    /// ## Example
    /// ```yaml
    /// sourceKafkaParameters:
    ///   Network: PublicNetwork
    ///   VpcId: vpc-xxx
    /// ```
    /// ## Fix
    /// ```yaml
    /// sourceKafkaParameters:
    ///   Network: PublicNetwork
    ///   VpcId: vpc-xxx
    ///   VSwitchIds: vsw-xxx
    ///   SecurityGroupId: sg-xxx
    /// ```
    /// or `Network: Default` to use the instance's own network.
    EB014,
    summary: "Kafka `Network: PublicNetwork` without `VpcId`, `VSwitchIds` and `SecurityGroupId`",
    summary_zh: "Kafka `Network: PublicNetwork` 缺少 `VpcId`、`VSwitchIds` 或 `SecurityGroupId`",
    doc_zh: include_str!("eb014_kafka_public_network_incomplete.zh.md"),
}

pub(super) fn check(ctx: &Ctx<'_>, eb: &EventBridgeFacts<'_, '_>, out: &mut Vec<Diagnostic>) {
    if !ctx.enabled(Code::EB014) {
        return;
    }
    let Some(net) = eb.param("Network") else {
        return;
    };
    if net.text() != Some("PublicNetwork") {
        return;
    }
    let missing: Vec<&str> = ["VpcId", "VSwitchIds", "SecurityGroupId"]
        .into_iter()
        .filter(|k| !eb.param(k).is_some_and(|s| s.is_filled()))
        .collect();
    if missing.is_empty() {
        return;
    }
    let list = missing
        .iter()
        .map(|k| format!("`{k}`"))
        .collect::<Vec<_>>()
        .join(", ");
    out.push(
        at(Code::EB014, net.node, Text::new(format!("`Network: PublicNetwork` needs `VpcId`, `VSwitchIds` and `SecurityGroupId`; missing: {list}"), format!("`Network: PublicNetwork` 需要 `VpcId`、`VSwitchIds` 和 `SecurityGroupId`；缺少：{list}")))
        .with_help(Text::new(format!("add {list} to `sourceKafkaParameters`, or use `Network: Default` (the instance's own VPC)"), format!("请在 `sourceKafkaParameters` 中添加 {list}，或使用 `Network: Default`（实例所在 VPC）"))),
    );
}
