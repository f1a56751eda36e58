//! TC102: a message above the 6 MB synchronous event limit fits no invocation.

use super::ScfCtx;
use crate::codes::Code;
use crate::config::{format_size, TopicFacts};
use crate::diag::{Diagnostic, Text};
use crate::limits;
use crate::semantics::scf::CkafkaFacts;

crate::codes::declare_rule! {
    /// ## What it checks
    /// The topic's largest message (`max_message_size`, else `message_size`, from fclint.toml or `--message-size`) against SCF's synchronous event limit of {limits::SCF_SYNC_EVENT_LIMIT_BYTES}.
    ///
    /// ## Why it matters
    /// A CKafka trigger delivers messages in a synchronous invocation, whose event is at most {limits::SCF_SYNC_EVENT_LIMIT_BYTES} (https://www.tencentcloud.com/zh/document/product/583/11637); the batch is cut so that one message of about that size travels alone (https://tencentcloud.com/zh/document/product/583/17530). A message above the limit fits no invocation at all. What SCF then does — skip it, or retry and hold the partition — is not documented, so this is a warning: the function will not receive that message as it is.
    ///
    /// ## Example
    /// ```toml
    /// [[topic]]
    /// topic = "images"
    /// max_message_size = "8MB"
    /// ```
    /// ## Fix
    /// Keep messages below the limit: put large payloads in COS and send their keys.
    TC102,
    summary: "A topic message above SCF's synchronous event limit fits no invocation (what SCF does then is not documented)",
    summary_zh: "topic 中有消息超过 SCF 同步事件上限，任何一次调用都装不下（SCF 随后的处理方式未见文档）",
    doc_zh: include_str!("tc102_ckafka_message_above_event_limit.zh.md"),
}

pub(super) fn check(
    ctx: &ScfCtx<'_, '_>,
    c: &CkafkaFacts<'_, '_>,
    facts: &TopicFacts,
    out: &mut Vec<Diagnostic>,
) {
    if !ctx.enabled(Code::TC102) {
        return;
    }
    let limit = limits::SCF_SYNC_EVENT_LIMIT_BYTES;
    let Some(size) = facts.max_message_size.or(facts.message_size) else {
        return;
    };
    if size <= limit {
        return;
    }
    let which = if facts.max_message_size.is_some() {
        ("largest", "最大")
    } else {
        ("typical", "典型")
    };
    let topic = &facts.topic;
    let (sz, lim) = (format_size(size), format_size(limit));
    let node = c.topic.map(|s| s.node).unwrap_or(c.params.node);
    out.push(
        crate::checks::at(
            Code::TC102,
            node,
            Text::new(
                format!("the {} message of topic `{topic}` is {sz}, above SCF's {lim} synchronous event limit: no invocation can carry it, and what SCF does with it is not documented", which.0),
                format!("topic `{topic}` 的{}消息为 {sz}，超过 SCF 同步事件上限 {lim}：任何一次调用都装不下它，SCF 如何处理未见文档", which.1),
            ),
        )
        .with_help(Text::new(
            format!("keep messages at most {lim}: store large payloads in COS and send their keys"),
            format!("请让消息不超过 {lim}：把大内容存入 COS，消息中只传其键"),
        )),
    );
}
