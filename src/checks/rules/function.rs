//! FN1xx: a function against the triggers that invoke it — the 5-minute delivery timeout
//! of custom-source triggers and the handler time of a whole batch.

use super::eventbridge::split_batch;
use super::{custom_source, facts_of, missing};
use crate::checks::at;
use crate::checks::Ctx;
use crate::codes::{Code, Fact, RuleDoc};
use crate::diag::{Diagnostic, Text};
use crate::limits;
use crate::model::{Function, RunMode};
use crate::source::Node;

pub fn check(ctx: &Ctx<'_>, out: &mut Vec<Diagnostic>) {
    for f in &ctx.model.functions {
        delivery_timeout(ctx, f, out);
        batch_time(ctx, f, out);
    }
}

/// The function timeout in seconds: the value, or the default when absent; `None` when unknown.
fn timeout_s<'a>(f: &Function<'a>) -> Option<(i64, Option<&'a Node>)> {
    match f.timeout() {
        None => Some((limits::TIMEOUT_DEFAULT_S, None)),
        Some(n) if n.is_null() => Some((limits::TIMEOUT_DEFAULT_S, None)),
        Some(n) => n.as_i64().filter(|v| *v >= 1).map(|v| (v, Some(n))),
    }
}

fn delivery_timeout(ctx: &Ctx<'_>, f: &Function<'_>, out: &mut Vec<Diagnostic>) {
    if !ctx.enabled(Code::FN101) {
        return;
    }
    let Some((timeout, Some(node))) = timeout_s(f) else {
        return;
    };
    if timeout <= limits::EB_DELIVERY_TIMEOUT_S {
        return;
    }
    let behind: Vec<_> = f
        .triggers
        .iter()
        .filter_map(|t| custom_source(t).map(|(_, st)| (t, st)))
        .collect();
    let Some((first, st)) = behind.first() else {
        return;
    };
    let limit = limits::EB_DELIVERY_TIMEOUT_S;
    let mut d = at(Code::FN101, node, Text::new(format!(
            "timeout is {timeout} s, but trigger `{}` ({}) delivers through EventBridge, which stops waiting after {limit} s: longer invocations count as failed deliveries",
            first.label(),
            st.as_str()
        ), format!(
            "timeout 为 {timeout} 秒，但触发器 `{}`（{}）经事件总线投递，事件总线最多等待 {limit} 秒：更长的调用会被视为投递失败",
            first.label(),
            st.as_str()
        )));
    for (t, _) in &behind {
        d = d.with_note(
            t.name.map(|n| n.span).unwrap_or(t.node.span),
            Text::new("custom-source trigger", "自定义事件源触发器"),
        );
    }
    out.push(d.with_help(Text::new(format!("keep `timeout` at or below {limit} s for functions behind message-queue triggers, or hand long work to an async task"), format!("消息队列触发的函数请把 `timeout` 设为不超过 {limit} 秒，或把耗时工作交给异步任务"))));
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

fn batch_time(ctx: &Ctx<'_>, f: &Function<'_>, out: &mut Vec<Diagnostic>) {
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
        } else if !super::is_streaming(&eb, Some(st)) {
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

pub static RULES: &[RuleDoc] = &[
    RuleDoc {
        code: Code::FN101,
        summary: "Function timeout above 300 s behind an EventBridge custom-source trigger",
        summary_zh: "由 EventBridge 自定义事件源触发的函数 timeout 超过 300 秒",
        doc: r#"## What it checks
A function with `timeout` above 300 s that has a trigger with a custom event source (MNS queue, RocketMQ, RabbitMQ, Kafka, DTS).

## Why it matters
Custom-source triggers deliver through EventBridge, whose invocation of the function times out at 5 minutes, sync and async alike ("调用方式: 同步 32 MB / 5分钟, 异步 128 KB / 5分钟": https://help.aliyun.com/document_detail/455240.html). An invocation that runs longer is counted as a failed delivery and handled by the retry policy while the function may still be working — the same batch can be processed twice.

## Example
```yaml
timeout: 900
triggers:
  - triggerType: eventbridge
    triggerConfig:
      eventSourceConfig:
        eventSourceType: Kafka
```
## Fix
```yaml
timeout: 300
```
and move work that needs longer into an async task.
"#,
        doc_zh: r#"## 检查内容
`timeout` 超过 300 秒、且有自定义事件源（MNS 队列、RocketMQ、RabbitMQ、Kafka、DTS）触发器的函数。

## 为什么重要
自定义事件源触发器经事件总线投递，事件总线调用函数的超时为 5 分钟，同步异步相同（“调用方式: 同步 32 MB / 5分钟, 异步 128 KB / 5分钟”：https://help.aliyun.com/document_detail/455240.html）。运行更久的调用被视为投递失败并按重试策略处理，而函数可能仍在执行——同一批消息可能被处理两次。

## 示例
```yaml
timeout: 900
triggers:
  - triggerType: eventbridge
    triggerConfig:
      eventSourceConfig:
        eventSourceType: Kafka
```
## 修复
```yaml
timeout: 300
```
并把需要更长时间的工作移到异步任务中。
"#,
        file: file!(),
    },
    RuleDoc {
        code: Code::FN102,
        summary: "Handler time for a full batch is above the function timeout",
        summary_zh: "处理一整批消息的时间超过函数超时时间",
        doc: r#"## What it checks
For each custom-source trigger: the handler time of one invocation — `seconds_per_batch` + `seconds_per_message` × messages per invocation, from the `[[function]]` entry of fclint.toml — against the function `timeout` (default 3 s), or the 300 s EventBridge delivery timeout when that is lower. Messages per invocation are `CountBasedWindow` (event-streaming), reduced to what fits the body limit when the message size is known, or 1 in event-driven mode.

## Why it matters
A batch is one invocation: when it cannot finish in time, the whole batch fails, is retried with the same messages and fails again until the retry policy gives up (https://help.aliyun.com/document_detail/455240.html). With `errorsTolerance: NONE` the stream then stops.

## Example
```toml
# fclint.toml
[[function]]
name = "orders"
seconds_per_message = 0.5
```
```yaml
timeout: 30
runOptions:
  batchWindow:
    CountBasedWindow: 100   # 100 × 0.5 s = 50 s > 30 s
```
## Fix
```yaml
timeout: 60
```
or `CountBasedWindow: 60`.
"#,
        doc_zh: r#"## 检查内容
对每个自定义事件源触发器：一次调用的处理时间——`seconds_per_batch` + `seconds_per_message` × 每次调用的消息数，取自 fclint.toml 的 `[[function]]`——与函数 `timeout`（默认 3 秒）比较；若事件总线 300 秒的投递超时更小则与之比较。每次调用的消息数为 `CountBasedWindow`（事件流模式），已知消息大小时按请求体上限折减；event-driven 模式为 1。

## 为什么重要
一批消息就是一次调用：来不及处理完时整批失败，用相同消息重试并再次失败，直到重试策略放弃（https://help.aliyun.com/document_detail/455240.html）。若 `errorsTolerance: NONE`，事件流随后停止。

## 示例
```toml
# fclint.toml
[[function]]
name = "orders"
seconds_per_message = 0.5
```
```yaml
timeout: 30
runOptions:
  batchWindow:
    CountBasedWindow: 100   # 100 × 0.5 秒 = 50 秒 > 30 秒
```
## 修复
```yaml
timeout: 60
```
或 `CountBasedWindow: 60`。
"#,
        file: file!(),
    },
];
