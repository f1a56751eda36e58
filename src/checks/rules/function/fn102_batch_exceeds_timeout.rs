//! FN102: the handler time of a full batch above the function timeout.

use crate::checks::at;
use crate::checks::rules::missing;
use crate::checks::Ctx;
use crate::codes::{Code, Fact};
use crate::config::FunctionFacts as HandlerTime;
use crate::diag::{Diagnostic, Text};
use crate::model::RunMode;
use crate::semantics::{FunctionSemantics, TriggerSemantics};
use crate::source::Node;

crate::codes::declare_rule! {
    /// ## What it checks
    /// For each custom-source trigger: the handler time of one invocation — `seconds_per_batch` + `seconds_per_message` × messages per invocation, from the `[[function]]` entry of fclint.toml — against the function `timeout` (default {limits::TIMEOUT_DEFAULT_S} s), or the {limits::EB_DELIVERY_TIMEOUT_S} s EventBridge delivery timeout when that is lower. Messages per invocation are `CountBasedWindow` (event-streaming), reduced to what fits the body limit when the message size is known, or 1 in event-driven mode.
    ///
    /// ## Why it matters
    /// A batch is one invocation: when it cannot finish in time, the whole batch fails, is retried with the same messages and fails again until the retry policy gives up (https://help.aliyun.com/document_detail/455240.html). With `errorsTolerance: NONE` the stream then stops.
    ///
    /// ## Example
    /// ```toml
    /// # fclint.toml
    /// [[function]]
    /// name = "orders"
    /// seconds_per_message = 0.5
    /// ```
    /// ```yaml
    /// timeout: 30
    /// runOptions:
    ///   batchWindow:
    ///     CountBasedWindow: 100   # 100 × 0.5 s = 50 s > 30 s
    /// ```
    /// ## Fix
    /// ```yaml
    /// timeout: 60
    /// ```
    /// or `CountBasedWindow: 60`.
    FN102,
    summary: "Handler time for a full batch is above the function timeout",
    summary_zh: "处理一整批消息的时间超过函数超时时间",
    doc_zh: include_str!("fn102_batch_exceeds_timeout.zh.md"),
}

pub(super) fn check(ctx: &Ctx<'_>, f: &FunctionSemantics<'_, '_>, out: &mut Vec<Diagnostic>) {
    if !ctx.enabled(Code::FN102) {
        return;
    }
    let Some(timeout) = f.facts.timeout_s() else {
        return;
    };
    let timeout_node = f.facts.timeout.written().map(|s| s.node);
    for t in &f.triggers {
        // Custom-source triggers only: EventBridge delivers their batches.
        let Some(delivery_timeout) = t.facts.kind.delivery_timeout_s() else {
            continue;
        };
        let Some(handler) = f
            .facts
            .handler_time
            .filter(|_| f.facts.handler_seconds(1.0).is_some())
        else {
            let label = &f.facts.label;
            missing(
                ctx,
                t.facts.span(),
                &[Code::FN102],
                Fact::HandlerTime,
                format!("function `{label}`"),
                Text::new(
                    format!("add a [[function]] with name = \"{label}\" and `seconds_per_message` / `seconds_per_batch` to fclint.toml"),
                    format!("请在 fclint.toml 中添加 name = \"{label}\" 的 [[function]]，并写明 `seconds_per_message` / `seconds_per_batch`"),
                ),
            );
            continue;
        };
        let Some((batch, anchor)) = messages_per_invocation(t) else {
            continue;
        };
        let Some(secs) = f.facts.handler_seconds(batch as f64) else {
            continue;
        };
        let slow = SlowBatch {
            batch,
            secs,
            handler,
            timeout,
            delivery_timeout,
            anchor,
            timeout_node,
        };
        if let Some(d) = slow.finding(t) {
            out.push(d);
        }
    }
}

/// Messages per invocation: a full push of the count window (event-streaming: cut down by
/// the body limit when the message size is known), at the `CountBasedWindow` value; one event
/// in event-driven mode; `None` when the mode or the window is not known.
fn messages_per_invocation<'a>(t: &TriggerSemantics<'a, '_>) -> Option<(u64, Option<&'a Node>)> {
    let eb = t.facts.eventbridge.as_ref()?;
    match eb.run_mode()? {
        RunMode::EventDriven => Some((1, None)),
        RunMode::EventStreaming => {
            let full = t.load.batch.full_push()?;
            Some((full, Some(eb.count_window.node()?)))
        }
    }
}

/// A full batch whose handler time may be above what the function or EventBridge waits.
struct SlowBatch<'a, 'i> {
    batch: u64,
    /// Handler seconds for the batch.
    secs: f64,
    handler: &'i HandlerTime,
    timeout: i64,
    delivery_timeout: i64,
    /// `CountBasedWindow`, when the batch comes from it.
    anchor: Option<&'a Node>,
    timeout_node: Option<&'a Node>,
}

impl SlowBatch<'_, '_> {
    fn finding(&self, t: &TriggerSemantics<'_, '_>) -> Option<Diagnostic> {
        let (batch, secs, timeout) = (self.batch, self.secs, self.timeout);
        let (limit, limit_en, limit_zh) = if timeout > self.delivery_timeout {
            let l = self.delivery_timeout;
            (
                l,
                format!("the {l} s EventBridge delivery timeout"),
                format!("事件总线 {l} 秒的投递超时"),
            )
        } else {
            (
                timeout,
                format!("the function timeout of {timeout} s"),
                format!("函数超时时间 {timeout} 秒"),
            )
        };
        if secs <= limit as f64 {
            return None;
        }
        let h = self.handler;
        let formula = match (h.seconds_per_message, h.seconds_per_batch) {
            (Some(m), Some(b)) => format!("{} s × {batch} + {} s", fmt_s(m), fmt_s(b)),
            (Some(m), None) => format!("{} s × {batch}", fmt_s(m)),
            _ => format!("{} s per batch", fmt_s(h.seconds_per_batch.unwrap_or(0.0))),
        };
        let (h_en, h_zh) = self.help(limit);
        let node = self
            .anchor
            .or(self.timeout_node)
            .or(t.facts.name.map(|s| s.node))
            .unwrap_or(t.facts.node);
        let mut d = at(Code::FN102, node, Text::new(format!(
                "a batch of {batch} message(s) takes about {} s ({formula}), above {limit_en}: the batch can never succeed",
                fmt_s(secs)
            ), format!(
                "一批 {batch} 条消息约需 {} 秒（{formula}），超过{limit_zh}：这批消息永远无法处理成功",
                fmt_s(secs)
            )));
        if let (Some(tn), true) = (self.timeout_node, self.anchor.is_some()) {
            d = d.with_note(tn.span, Text::new("timeout set here", "超时时间在此设置"));
        }
        Some(d.with_help(Text::new(h_en, h_zh)))
    }

    /// Lower the window when a smaller batch fits `limit`, else raise the timeout.
    fn help(&self, limit: i64) -> (String, String) {
        let per_msg = self.handler.seconds_per_message.unwrap_or(0.0);
        let per_batch = self.handler.seconds_per_batch.unwrap_or(0.0);
        let fits = if per_msg > 0.0 {
            ((limit as f64 - per_batch) / per_msg).floor()
        } else {
            0.0
        };
        let needed = self.secs.ceil() as i64;
        if fits >= 1.0 && self.anchor.is_some() {
            (
                format!("lower `CountBasedWindow` to {} so a batch fits, or raise `timeout` to at least {needed} s", fits as i64),
                format!("请把 `CountBasedWindow` 降到 {}，或把 `timeout` 提高到至少 {needed} 秒", fits as i64),
            )
        } else {
            let max = self.delivery_timeout;
            (
                format!("raise `timeout` to at least {needed} s (at most {max} s behind EventBridge), or make the handler faster"),
                format!("请把 `timeout` 提高到至少 {needed} 秒（事件总线触发时最多 {max} 秒），或加快处理"),
            )
        }
    }
}

fn fmt_s(v: f64) -> String {
    if (v - v.round()).abs() < 1e-9 {
        format!("{}", v.round() as i64)
    } else {
        format!("{v:.2}")
            .trim_end_matches('0')
            .trim_end_matches('.')
            .to_string()
    }
}
