//! TC004: `offset: timestamp`, the word, where a millisecond timestamp is meant.

use super::ScfCtx;
use crate::checks::at;
use crate::codes::Code;
use crate::diag::{Diagnostic, Text};
use crate::semantics::scf::{CkafkaFacts, Offset};

crate::codes::declare_rule! {
    /// ## What it checks
    /// `parameters.offset: timestamp` — the word — in a CKafka trigger.
    ///
    /// ## Why it matters
    /// The `scf` component's registry schema lists `timestamp` beside `latest` and `earliest` (https://github.com/serverless-components/tencent-scf/blob/5174db25/serverless.component.yml), so the word passes its check. The API documents the third form as the point in time itself, a millisecond timestamp such as `"1595927203000"` (https://cloud.tencent.com/document/product/583/39901); no page says what it does with the word. Since a published source accepts it, fclint warns rather than errors.
    ///
    /// ## Example
    /// ```yaml
    ///       offset: timestamp
    /// ```
    /// ## Fix
    /// ```yaml
    ///       offset: "1700000000000"   # start from this moment (milliseconds since 1970)
    /// ```
    TC004,
    summary: "CKafka `offset: timestamp` is the word, not a point in time: write the millisecond timestamp",
    summary_zh: "CKafka 的 `offset: timestamp` 只是一个单词，不是时间点：请写毫秒时间戳",
    doc_zh: include_str!("tc004_ckafka_offset_timestamp_word.zh.md"),
}

pub(super) fn check(ctx: &ScfCtx<'_, '_>, c: &CkafkaFacts<'_, '_>, out: &mut Vec<Diagnostic>) {
    if !ctx.enabled(Code::TC004) || c.offset.known() != Some(&Offset::TimestampWord) {
        return;
    }
    let Some(node) = c.offset.node() else { return };
    out.push(
        at(
            Code::TC004,
            node,
            Text::new(
                "`offset: timestamp` is the word the component's registry lists, not a point in time; the API takes the millisecond timestamp itself",
                "`offset: timestamp` 是组件注册表列出的单词，不是时间点；API 接受的是毫秒时间戳本身",
            ),
        )
        .with_help(Text::new(
            "write the moment to start from in milliseconds since 1970, as a string: `offset: \"1700000000000\"`",
            "请写开始消费的时刻（自 1970 年起的毫秒数），以字符串表示：`offset: \"1700000000000\"`",
        )),
    );
}
