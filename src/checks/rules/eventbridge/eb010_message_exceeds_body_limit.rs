//! EB010: a message larger than the invocation body limit.

use super::BodyLimit;
use crate::checks::at;
use crate::codes::Code;
use crate::config::format_size;
use crate::diag::{Diagnostic, Text};
use crate::semantics::{EventBridgeFacts, Invocation};

crate::codes::declare_rule! {
    /// ## What it checks
    /// The topic's largest message size (`max_message_size`, else `message_size`) against the body limit of the trigger's invocation type: {limits::SYNC_BODY_LIMIT_BYTES} sync, {limits::ASYNC_BODY_LIMIT_BYTES} async.
    ///
    /// ## Why it matters
    /// A batch can be split down to one message, but not further: a message above the limit fails every delivery (FC answers `EntityTooLarge`) and, depending on `errorsTolerance`, blocks the stream or is dropped (limits: https://alibabacloud.com/help/tc/functioncompute/fc-3-0/product-overview/limits-of-usage; batching: https://help.aliyun.com/document_detail/455240.html).
    ///
    /// ## Example
    /// ```yaml
    /// # messages of `images` reach 300 KB
    /// asyncInvocationType: true
    /// ```
    /// ## Fix
    /// ```yaml
    /// asyncInvocationType: false   # {limits::SYNC_BODY_LIMIT_BYTES} limit
    /// ```
    /// or store large payloads in OSS and send a reference.
    EB010,
    summary: "A single message is larger than the invocation body limit and can never be delivered",
    summary_zh: "单条消息大于调用请求体上限，永远无法投递",
    doc_zh: include_str!("eb010_message_exceeds_body_limit.zh.md"),
}

/// The largest message of the topic is above the limit: it can never be delivered.
pub(super) fn check(eb: &EventBridgeFacts<'_, '_>, b: &BodyLimit<'_>, out: &mut Vec<Diagnostic>) {
    let (topic, lim, mode_en, mode_zh) = (b.topic, format_size(b.limit), b.mode_en, b.mode_zh);
    let largest = format_size(b.largest);
    let is_async = b.invocation == Invocation::Async;
    let mut d = at(
        Code::EB010,
        b.topic_node,
        Text::new(
            format!("messages of `{topic}` can be {largest}, above the {lim} {mode_en} invocation body limit: such a message can never be delivered"),
            format!("`{topic}` 的消息可达 {largest}，超过 {lim} 的{mode_zh}调用请求体上限：这样的消息永远无法投递"),
        ),
    );
    if let (true, Some(n)) = (is_async, eb.invocation.node()) {
        d = d.with_note(
            n.span,
            Text::new("async invocation set here", "异步调用在此设置"),
        );
    }
    let sync = format_size(Invocation::Sync.body_limit());
    let help = if is_async {
        Text::new(
            format!("use synchronous delivery (`asyncInvocationType: false`, {sync} body limit) or keep messages under {lim}"),
            format!("请改用同步投递（`asyncInvocationType: false`，请求体上限 {sync}），或让消息小于 {lim}"),
        )
    } else {
        Text::new(
            format!("keep messages under {lim}: store large payloads in OSS and send a reference"),
            format!("请让消息小于 {lim}：大负载存入 OSS，消息中只传引用"),
        )
    };
    out.push(d.with_help(help));
}
