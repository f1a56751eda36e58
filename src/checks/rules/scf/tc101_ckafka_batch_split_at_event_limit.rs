//! TC101: a full CKafka batch above the 6 MB synchronous event limit is cut.

use super::{at_param, ScfCtx};
use crate::codes::Code;
use crate::config::format_size;
use crate::diag::{Diagnostic, Text};
use crate::limits;
use crate::present::batches_text;
use crate::semantics::scf::{CkafkaFacts, ScfTriggerSemantics};

crate::codes::declare_rule! {
    /// ## What it checks
    /// `maxMsgNum` × the topic's typical message size against SCF's synchronous event limit of {limits::SCF_SYNC_EVENT_LIMIT_BYTES} (MB = {limits::KB} × {limits::KB} bytes). Needs the message size (`message_size` in fclint.toml or `--message-size TOPIC=SIZE`).
    ///
    /// ## Why it matters
    /// A CKafka trigger invokes the function synchronously, and a synchronous event is at most {limits::SCF_SYNC_EVENT_LIMIT_BYTES} (https://www.tencentcloud.com/zh/document/product/583/11637). The product page says the batch is cut to fit: a message of about {limits::SCF_SYNC_EVENT_LIMIT_BYTES} travels alone in its event (https://tencentcloud.com/zh/document/product/583/17530). So the function never sees `maxMsgNum` messages: each batch carries what fits, and the partition needs more sequential invocations for the same messages.
    ///
    /// ## Example
    /// ```yaml
    /// parameters:
    ///   maxMsgNum: 500   # messages are about 50 KB
    /// ```
    /// ## Fix
    /// ```yaml
    ///   maxMsgNum: 122
    /// ```
    TC101,
    summary: "CKafka `maxMsgNum` × message size exceeds the synchronous event limit: batches are cut",
    summary_zh: "CKafka 的 `maxMsgNum` × 消息大小超过同步事件上限：批次会被截断",
    doc_zh: include_str!("tc101_ckafka_batch_split_at_event_limit.zh.md"),
}

pub(super) fn check(
    ctx: &ScfCtx<'_, '_>,
    t: &ScfTriggerSemantics<'_, '_>,
    c: &CkafkaFacts<'_, '_>,
    out: &mut Vec<Diagnostic>,
) {
    if !ctx.enabled(Code::TC101) {
        return;
    }
    let b = &t.load.batch;
    let (Some(count), Some(size), Some(parts)) = (b.max_messages, b.message_size_bytes, &b.split)
    else {
        return;
    };
    if parts.len() < 2 {
        return;
    }
    let per = parts[0];
    let total = format_size(count.saturating_mul(size));
    let (sz, lim) = (
        format_size(size),
        format_size(limits::SCF_SYNC_EVENT_LIMIT_BYTES),
    );
    let (split_en, split_zh) = (
        batches_text(parts, crate::diag::Lang::En),
        batches_text(parts, crate::diag::Lang::Zh),
    );
    let written = if c.max_msg_num.is_written() {
        ""
    } else {
        " (the default)"
    };
    let written_zh = if c.max_msg_num.is_written() {
        ""
    } else {
        "（默认值）"
    };
    let text = Text::new(
        format!("`maxMsgNum` {count}{written} × {sz} = {total} exceeds SCF's {lim} synchronous event limit: a full batch arrives as {split_en} messages, each a sequential invocation of its partition"),
        format!("`maxMsgNum` {count}{written_zh} × {sz} = {total} 超过 SCF 同步事件上限 {lim}：一整批消息会分成 {split_zh} 条送达，每批都是该分区上的一次顺序调用"),
    );
    let d = match c.max_msg_num.node() {
        Some(n) => crate::checks::at(Code::TC101, n, text),
        None => at_param(&t.trigger, "maxMsgNum", Code::TC101, text),
    };
    out.push(d.with_help(Text::new(
        format!("set `maxMsgNum: {per}` so that a batch is what the function receives"),
        format!("请设置 `maxMsgNum: {per}`，让函数收到的正是配置的批次"),
    )));
}
