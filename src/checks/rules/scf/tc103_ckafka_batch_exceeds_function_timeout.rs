//! TC103: the handler time of a full CKafka batch above the function timeout.

use super::{at_param, ScfCtx};
use crate::codes::{Code, Fact};
use crate::diag::{Diagnostic, Text};
use crate::limits;
use crate::present::num;
use crate::semantics::scf::{ScfFunctionSemantics, ScfTriggerSemantics};

crate::codes::declare_rule! {
    /// ## What it checks
    /// For each CKafka trigger: the handler time of one full batch — `seconds_per_batch` + `seconds_per_message` × messages, from the `[[function]]` entry of fclint.toml — against the function `timeout` (default {limits::SCF_FUNCTION_TIMEOUT_DEFAULT_S} s, at most {limits::SCF_FUNCTION_TIMEOUT_S.max} s). Messages per batch are `maxMsgNum` (default {limits::SCF_CKAFKA_MAX_MSG_NUM_DEFAULT}), cut to what fits the {limits::SCF_SYNC_EVENT_LIMIT_BYTES} synchronous event when the message size is known. This is FN102 for SCF.
    ///
    /// ## Why it matters
    /// A batch is one synchronous invocation, and the partition's consumer waits for it before it pulls the next batch (https://tencentcloud.com/zh/document/product/583/17530). A batch that cannot finish in time fails as a whole; SCF counts the timeout as a function error and retries the same batch up to `retry` times (default {limits::SCF_CKAFKA_RETRY_DEFAULT}), https://tencentcloud.com/zh/document/product/583/39851 — all the while no other message of that partition is consumed.
    ///
    /// ## Example
    /// ```toml
    /// # fclint.toml
    /// [[function]]
    /// name = "orders-consumer"
    /// seconds_per_message = 0.05
    /// ```
    /// ```yaml
    /// inputs:
    ///   name: orders-consumer
    ///   events:
    ///     - ckafka:
    ///         parameters:
    ///           maxMsgNum: 200   # 200 × 0.05 s = 10 s > the default timeout
    /// ```
    /// ## Fix
    /// ```yaml
    ///   timeout: 30
    /// ```
    /// or a smaller `maxMsgNum`.
    TC103,
    summary: "Handler time for a full CKafka batch is above the SCF function timeout",
    summary_zh: "处理一整批 CKafka 消息的时间超过 SCF 函数超时时间",
    doc_zh: include_str!("tc103_ckafka_batch_exceeds_function_timeout.zh.md"),
}

pub(super) fn check(
    ctx: &ScfCtx<'_, '_>,
    f: &ScfFunctionSemantics<'_, '_>,
    t: &ScfTriggerSemantics<'_, '_>,
    out: &mut Vec<Diagnostic>,
) {
    if !ctx.enabled(Code::TC103) {
        return;
    }
    let (Some(c), Some(timeout)) = (&t.ckafka, f.facts.timeout_s()) else {
        return;
    };
    let Some(batch) = t.load.batch.full_push() else {
        return;
    };
    let label = &f.facts.label;
    let Some(secs) = f.facts.handler_seconds(batch as f64) else {
        ctx.missing(
            t.trigger.type_span,
            &[Code::TC103],
            Fact::HandlerTime,
            format!("function `{label}`"),
            Text::new(
                format!("add a [[function]] with name = \"{label}\" and `seconds_per_message` / `seconds_per_batch` to fclint.toml"),
                format!("请在 fclint.toml 中添加 name = \"{label}\" 的 [[function]]，并写明 `seconds_per_message` / `seconds_per_batch`"),
            ),
        );
        return;
    };
    if secs <= timeout as f64 {
        return;
    }
    let h = f.facts.handler_time;
    let per_msg = h.and_then(|h| h.seconds_per_message).unwrap_or(0.0);
    let per_batch = h.and_then(|h| h.seconds_per_batch).unwrap_or(0.0);
    let formula = match (per_msg > 0.0, per_batch > 0.0) {
        (true, true) => format!("{} s × {batch} + {} s", num(per_msg), num(per_batch)),
        (true, false) => format!("{} s × {batch}", num(per_msg)),
        _ => format!("{} s per batch", num(per_batch)),
    };
    let (t_en, t_zh) = if f.facts.timeout.is_default() {
        (
            format!("the default function timeout of {timeout} s"),
            format!("默认函数超时时间 {timeout} 秒"),
        )
    } else {
        (
            format!("the function timeout of {timeout} s"),
            format!("函数超时时间 {timeout} 秒"),
        )
    };
    let retries = t
        .load
        .retry
        .as_ref()
        .map(|r| r.retries)
        .unwrap_or(limits::SCF_CKAFKA_RETRY_DEFAULT);
    let text = Text::new(
        format!("a batch of {batch} message(s) takes about {} s ({formula}), above {t_en}: the batch fails, is retried up to {retries} times, and its partition waits meanwhile", num(secs)),
        format!("一批 {batch} 条消息约需 {} 秒（{formula}），超过{t_zh}：这批消息会失败，并最多重试 {retries} 次，期间该分区停止消费", num(secs)),
    );
    let mut d = match c.max_msg_num.node() {
        Some(n) => crate::checks::at(Code::TC103, n, text),
        None => at_param(&t.trigger, "maxMsgNum", Code::TC103, text),
    };
    if let Some(site) = f.facts.timeout.at {
        d = d.with_note(site.key, Text::new("timeout set here", "超时时间在此设置"));
    }
    out.push(d.with_help(help(secs, timeout, per_msg, per_batch)));
}

/// Lower `maxMsgNum` to what fits, or raise the timeout (at most the SCF maximum).
fn help(secs: f64, timeout: i64, per_msg: f64, per_batch: f64) -> Text {
    let needed = secs.ceil() as i64;
    let max = limits::SCF_FUNCTION_TIMEOUT_S.max;
    let fits = if per_msg > 0.0 {
        ((timeout as f64 - per_batch) / per_msg).floor()
    } else {
        0.0
    };
    if fits >= 1.0 && needed <= max {
        Text::new(
            format!(
                "lower `maxMsgNum` to {} or raise the function `timeout` to at least {needed} s",
                fits as i64
            ),
            format!(
                "请把 `maxMsgNum` 降到 {}，或把函数 `timeout` 提高到至少 {needed} 秒",
                fits as i64
            ),
        )
    } else if fits >= 1.0 {
        Text::new(
            format!(
                "lower `maxMsgNum` to {}: the function timeout is at most {max} s",
                fits as i64
            ),
            format!(
                "请把 `maxMsgNum` 降到 {}：函数超时时间最多 {max} 秒",
                fits as i64
            ),
        )
    } else {
        Text::new(
            format!("raise the function `timeout` to at least {needed} s (at most {max} s), or make the handler faster"),
            format!("请把函数 `timeout` 提高到至少 {needed} 秒（最多 {max} 秒），或加快处理"),
        )
    }
}
