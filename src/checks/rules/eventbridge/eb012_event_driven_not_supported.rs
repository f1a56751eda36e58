//! EB012: `event-driven` mode on a streaming-only source (Kafka, DTS).

use crate::checks::at;
use crate::codes::Code;
use crate::diag::{Diagnostic, Text};
use crate::model::SourceType;
use crate::source::Node;

crate::codes::declare_rule! {
    /// ## What it checks
    /// `runOptions.mode: event-driven` on a Kafka or DTS trigger.
    ///
    /// ## Why it matters
    /// The RunOptions API lists event-driven mode for Default, MNS, RocketMQ and RabbitMQ only; Kafka and DTS are streaming only (https://help.aliyun.com/zh/functioncompute/fc/developer-reference/api-fc-2023-03-30-struct-runoptions). The component docs say the same next to the Kafka example. The trigger cannot be created.
    ///
    /// ## Example
    /// ```yaml
    /// eventSourceType: Kafka
    /// runOptions:
    ///   mode: event-driven
    /// ```
    /// ## Fix
    /// ```yaml
    /// runOptions:
    ///   mode: event-streaming
    /// ```
    EB012,
    summary: "Kafka and DTS sources only support `event-streaming` mode",
    summary_zh: "Kafka 和 DTS 事件源只支持 `event-streaming` 模式",
    doc_zh: include_str!("eb012_event_driven_not_supported.zh.md"),
}

/// `mode: event-driven` (at `mode_node`) on the streaming-only source `st`.
pub(super) fn check(st: SourceType, mode_node: &Node, out: &mut Vec<Diagnostic>) {
    out.push(
        at(
            Code::EB012,
            mode_node,
            Text::new(
                format!(
                    "{} sources only support `event-streaming`; `event-driven` cannot be created",
                    st.as_str()
                ),
                format!(
                    "{} 事件源只支持 `event-streaming`，`event-driven` 无法创建",
                    st.as_str()
                ),
            ),
        )
        .with_help(Text::new(
            "set `mode: event-streaming`",
            "请设置 `mode: event-streaming`",
        )),
    );
}
