//! EB015: RocketMQ `CONSUME_FROM_TIMESTAMP` without `Timestamp`.

use crate::checks::at;
use crate::checks::Ctx;
use crate::codes::Code;
use crate::diag::{Diagnostic, Text};
use crate::semantics::eventbridge::StartOffset;
use crate::semantics::EventBridgeFacts;

crate::codes::declare_rule! {
    /// ## What it checks
    /// A RocketMQ source with `Offset: CONSUME_FROM_TIMESTAMP` and no `Timestamp`.
    ///
    /// ## Why it matters
    /// Consuming from a timestamp needs the timestamp (epoch milliseconds, e.g. 1636597951964): SourceRocketMQParameters, https://www.alibabacloud.com/help/zh/functioncompute/fc/developer-reference/api-fc-2023-03-30-struct-sourcerocketmqparameters. Without it the trigger cannot be created or starts from an offset you did not choose.
    ///
    /// ## Example
    /// ```yaml
    /// sourceRocketMQParameters:
    ///   Offset: CONSUME_FROM_TIMESTAMP
    /// ```
    /// ## Fix
    /// ```yaml
    /// sourceRocketMQParameters:
    ///   Offset: CONSUME_FROM_TIMESTAMP
    ///   Timestamp: 1636597951964
    /// ```
    EB015,
    summary: "RocketMQ `Offset: CONSUME_FROM_TIMESTAMP` without `Timestamp`",
    summary_zh: "RocketMQ `Offset: CONSUME_FROM_TIMESTAMP` 缺少 `Timestamp`",
    doc_zh: include_str!("eb015_rocketmq_timestamp_missing.zh.md"),
}

pub(super) fn check(ctx: &Ctx<'_>, eb: &EventBridgeFacts<'_, '_>, out: &mut Vec<Diagnostic>) {
    if !ctx.enabled(Code::EB015) {
        return;
    }
    let Some(off) = eb.offset else {
        return;
    };
    if eb.start_offset() != Some(StartOffset::Timestamp)
        || eb.param("Timestamp").is_some_and(|s| s.is_filled())
    {
        return;
    }
    out.push(
        at(Code::EB015, off.node, Text::new("`Offset: CONSUME_FROM_TIMESTAMP` needs `Timestamp` (epoch milliseconds)", "`Offset: CONSUME_FROM_TIMESTAMP` 需要 `Timestamp`（毫秒级时间戳）"))
        .with_help(Text::new("add e.g. `Timestamp: 1636597951964` to `sourceRocketMQParameters`, or use `CONSUME_FROM_LAST_OFFSET`", "请在 `sourceRocketMQParameters` 中添加例如 `Timestamp: 1636597951964`，或改用 `CONSUME_FROM_LAST_OFFSET`")),
    );
}
