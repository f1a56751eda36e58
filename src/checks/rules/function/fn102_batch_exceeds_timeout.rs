//! FN102: the handler time of a full batch above the function timeout.

use super::timeout_s;
use crate::checks::at;
use crate::checks::rules::eventbridge::split_batch;
use crate::checks::rules::{custom_source, facts_of, is_streaming, missing};
use crate::checks::Ctx;
use crate::codes::{Code, Fact};
use crate::diag::{Diagnostic, Text};
use crate::limits;
use crate::model::{Function, RunMode};

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

pub(super) fn check(ctx: &Ctx<'_>, f: &Function<'_>, out: &mut Vec<Diagnostic>) {
    if !ctx.enabled(Code::FN102) {
        return;
    }
    let Some((timeout, timeout_node)) = timeout_s(f) else {
        return;
    };
    let name = f.name();
    let facts = ctx.config.inventory.function(name.as_deref(), &f.resource);
    for t in &f.triggers {
        let Some((eb, st)) = custom_source(t) else {
            continue;
        };
        let Some(facts) = facts.filter(|x| x.invocation_seconds(1).is_some()) else {
            let label = f.label();
            missing(
                ctx,
                t.name.map(|n| n.span).unwrap_or(t.node.span),
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
        // Messages per invocation: the count window (event-streaming), cut down by the body
        // limit when the message size is known; one event in event-driven mode.
        let (batch, anchor) = if eb.mode() == Some(RunMode::EventDriven) {
            (1u64, None)
        } else if !is_streaming(&eb, Some(st)) {
            continue;
        } else {
            let Some(cw) = eb.count_window() else {
                continue;
            };
            let Some(c) = cw
                .as_i64()
                .filter(|c| limits::COUNT_BASED_WINDOW.contains(*c))
            else {
                continue;
            };
            let mut b = c as u64;
            if let (Some(size), Some(is_async)) = (
                facts_of(ctx, &eb, st).and_then(|x| x.message_size),
                eb.is_async(),
            ) {
                let limit = if is_async {
                    limits::ASYNC_BODY_LIMIT_BYTES
                } else {
                    limits::SYNC_BODY_LIMIT_BYTES
                };
                if let Some(parts) = split_batch(b, size, limit) {
                    b = parts[0];
                }
            }
            (b, Some(cw))
        };
        let Some(secs) = facts.invocation_seconds(batch) else {
            continue;
        };
        let (limit, limit_en, limit_zh) = if timeout > limits::EB_DELIVERY_TIMEOUT_S {
            let l = limits::EB_DELIVERY_TIMEOUT_S;
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
            continue;
        }
        let per_msg = facts.seconds_per_message.unwrap_or(0.0);
        let per_batch = facts.seconds_per_batch.unwrap_or(0.0);
        let formula = match (facts.seconds_per_message, facts.seconds_per_batch) {
            (Some(m), Some(b)) => format!("{} s × {batch} + {} s", fmt_s(m), fmt_s(b)),
            (Some(m), None) => format!("{} s × {batch}", fmt_s(m)),
            _ => format!("{} s per batch", fmt_s(per_batch)),
        };
        let fits = if per_msg > 0.0 {
            ((limit as f64 - per_batch) / per_msg).floor()
        } else {
            0.0
        };
        let needed = secs.ceil() as i64;
        let (h_en, h_zh) = if fits >= 1.0 && anchor.is_some() {
            (
                format!("lower `CountBasedWindow` to {} so a batch fits, or raise `timeout` to at least {needed} s", fits as i64),
                format!("请把 `CountBasedWindow` 降到 {}，或把 `timeout` 提高到至少 {needed} 秒", fits as i64),
            )
        } else {
            (
                format!("raise `timeout` to at least {needed} s (at most {} s behind EventBridge), or make the handler faster", limits::EB_DELIVERY_TIMEOUT_S),
                format!("请把 `timeout` 提高到至少 {needed} 秒（事件总线触发时最多 {} 秒），或加快处理", limits::EB_DELIVERY_TIMEOUT_S),
            )
        };
        let node = anchor.or(timeout_node).or(t.name).unwrap_or(t.node);
        let mut d = at(Code::FN102, node, Text::new(format!(
                "a batch of {batch} message(s) takes about {} s ({formula}), above {limit_en}: the batch can never succeed",
                fmt_s(secs)
            ), format!(
                "一批 {batch} 条消息约需 {} 秒（{formula}），超过{limit_zh}：这批消息永远无法处理成功",
                fmt_s(secs)
            )));
        if let (Some(tn), true) = (timeout_node, anchor.is_some()) {
            d = d.with_note(tn.span, Text::new("timeout set here", "超时时间在此设置"));
        }
        out.push(d.with_help(Text::new(h_en, h_zh)));
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
