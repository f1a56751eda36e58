//! TC003: a CKafka `offset` that is neither `latest`, `earliest` nor a millisecond timestamp.

use super::ScfCtx;
use crate::checks::at;
use crate::codes::Code;
use crate::diag::{Diagnostic, Text};
use crate::limits;
use crate::semantics::scf::CkafkaFacts;
use crate::semantics::Value;

crate::codes::declare_rule! {
    /// ## What it checks
    /// `parameters.offset` of a CKafka trigger: `latest` (the default), `earliest`, or a point in time written as a millisecond timestamp (`"1595927203000"`).
    ///
    /// ## Why it matters
    /// The offset is where a new consumer group starts reading: only new messages, everything the topic still holds, or from a moment. The API documents exactly these three forms (https://cloud.tencent.com/document/product/583/39901, example `"offset":"1595927203000"`); the toolkit and the v1 plugin pass the value through unchecked (https://github.com/serverless-tencent/tencent-component-toolkit/blob/v2.27.2/src/modules/triggers/ckafka.ts). A misspelt word such as `lastest` is not one of them. The component docs still say only `latest` can be written, which the product pages contradict.
    ///
    /// ## Example
    /// ```yaml
    ///       offset: lastest
    /// ```
    /// ## Fix
    /// ```yaml
    ///       offset: latest
    /// ```
    /// or `earliest`, or a millisecond timestamp such as `"1700000000000"`.
    TC003,
    summary: "CKafka `offset` is not `latest`, `earliest` or a millisecond timestamp",
    summary_zh: "CKafka 的 `offset` 不是 `latest`、`earliest` 或毫秒时间戳",
    doc_zh: include_str!("tc003_ckafka_invalid_offset.zh.md"),
}

pub(super) fn check(ctx: &ScfCtx<'_, '_>, c: &CkafkaFacts<'_, '_>, out: &mut Vec<Diagnostic>) {
    if !ctx.enabled(Code::TC003) {
        return;
    }
    let Value::Invalid(found) = &c.offset.value else {
        return;
    };
    let Some(node) = c.offset.node() else { return };
    let words = limits::SCF_CKAFKA_OFFSETS;
    let hint = node
        .as_str()
        .and_then(|s| crate::text::did_you_mean(s, words.iter().copied()))
        .map(|s| (format!("did you mean `{s}`? "), format!("是否想写 `{s}`？")))
        .unwrap_or_default();
    out.push(
        at(
            Code::TC003,
            node,
            Text::new(
                format!("`offset` {found} is not `latest`, `earliest` or a millisecond timestamp"),
                format!("`offset` 为 {found}，不是 `latest`、`earliest` 或毫秒时间戳"),
            ),
        )
        .with_help(Text::new(
            format!("{}`latest` reads new messages only, `earliest` everything the topic still holds, a millisecond timestamp from that moment", hint.0),
            format!("{}`latest` 只读新消息，`earliest` 读取 topic 仍保留的全部消息，毫秒时间戳则从该时刻开始", hint.1),
        )),
    );
}
