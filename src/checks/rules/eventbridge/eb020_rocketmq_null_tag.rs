//! EB020: `Tag: null` on a RocketMQ source, which Serverless Devs removes before deploying.

use crate::checks::at_site;
use crate::codes::Code;
use crate::diag::{Diagnostic, Text};
use crate::semantics::EventBridgeFacts;

crate::codes::declare_rule! {
    /// ## What it checks
    /// `sourceRocketMQParameters.Tag: null` (or a `Tag:` with no value) in an edition 3 file.
    ///
    /// ## Why it matters
    /// Serverless Devs 3.x removes every key whose value is `null` from the props before the component sees them (`deepCopy` in parse-spec, https://github.com/Serverless-Devs/toolkit/blob/f8e037cf30cdbe6edf2eabc25a32d61363366381/packages/parse-spec/src/get-inputs.ts; measured with `s preview`, @serverless-devs/s 3.1.10). So no `Tag` reaches the trigger and it does not filter the topic's messages by tag: the function receives every message. If that is what you want, leaving `Tag` out says so plainly; if you meant a filter, write the tag. Edition 1 (Serverless Devs 1.x/2.x) was not measured, so it is not checked there.
    ///
    /// ## Example
    /// ```yaml
    /// sourceRocketMQParameters:
    ///   Topic: orders
    ///   Tag: null
    /// ```
    /// ## Fix
    /// ```yaml
    /// sourceRocketMQParameters:
    ///   Topic: orders
    ///   Tag: paid
    /// ```
    EB020,
    summary: "`Tag: null` on a RocketMQ source is removed before deploy: no tag filter is sent",
    summary_zh: "RocketMQ 事件源的 `Tag: null` 在部署前被删除：不会发送标签过滤",
    doc_zh: include_str!("eb020_rocketmq_null_tag.zh.md"),
}

/// A RocketMQ `Tag` written as `null` (edition 3: the caller checks the edition and source).
pub(super) fn check(eb: &EventBridgeFacts<'_, '_>, out: &mut Vec<Diagnostic>) {
    let Some(tag) = eb.param("Tag").filter(|s| s.is_null()) else {
        return;
    };
    out.push(
        at_site(
            Code::EB020,
            tag,
            Text::new(
                "`Tag: null` is removed by Serverless Devs before deploy, so no Tag is sent: the trigger does not filter messages by tag",
                "`Tag: null` 会在部署前被 Serverless Devs 删除，因此不会发送 Tag：触发器不按标签过滤消息",
            ),
        )
        .with_help(Text::new(
            "write the tag to filter on, or remove the `Tag` line to receive every message",
            "请写上要过滤的标签，或删除 `Tag` 这一行以接收所有消息",
        )),
    );
}
