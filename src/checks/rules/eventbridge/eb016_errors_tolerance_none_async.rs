//! EB016: tolerance NONE (the default) on an asynchronous trigger: the function's errors are
//! retried by FC's async invocation (asyncInvokeConfig), not by the event stream.

use super::eb007_errors_tolerance_none_blocks::{tolerance_anchor, tolerance_lead};
use crate::codes::Code;
use crate::diag::{Diagnostic, Text};
use crate::model::Destination;
use crate::semantics::{EventBridgeFacts, FunctionFacts};

crate::codes::declare_rule! {
    /// ## What it checks
    /// A custom-source trigger in event-streaming mode with `asyncInvocationType: true` whose `errorsTolerance` is `NONE` or not set (default `NONE`) and that has no dead-letter queue. It says what happens to an event the function fails on.
    ///
    /// ## Why it matters
    /// With asynchronous invocation, EventBridge's delivery ends when FC accepts the event into its async queue. A function error is then retried by FC's asynchronous invocation as the function's `asyncInvokeConfig` (edition 1: `asyncConfiguration`) says: `maxAsyncRetryAttempts` retries ({limits::ASYNC_RETRY_ATTEMPTS_DEFAULT} when not set), events older than `maxAsyncEventAgeInSeconds` are dropped ({limits::ASYNC_EVENT_AGE_API_DEFAULT_S} s when not set, per the current API page), and then the event goes to the `onFailure` destination, or is dropped when there is none (https://www.alibabacloud.com/help/en/functioncompute/api-fc-2023-03-30-struct-putasyncinvokeconfiginput). The event stream's retry policy and `errorsTolerance: NONE` apply to handing the event to FC, so the consumer is not held up for the retry policy the way EB007 describes for synchronous delivery. This is information, not a mistake: check that the async retries and the failure destination are what you want.
    ///
    /// ## Example
    /// ```yaml
    /// asyncInvocationType: true
    /// runOptions:
    ///   mode: event-streaming
    /// ```
    /// ## Fix
    /// Keep failed events with an `onFailure` destination:
    /// ```yaml
    /// asyncInvokeConfig:
    ///   maxAsyncRetryAttempts: 3
    ///   destinationConfig:
    ///     onFailure:
    ///       destination: acs:mns:cn-hangzhou:123:/queues/orders-failed/messages
    /// ```
    EB016,
    summary: "On an asynchronous trigger, the function's errors are retried by FC's async invocation, not by the event stream",
    summary_zh: "异步触发器上，函数的错误由函数计算的异步调用重试，而不是由事件流重试",
    doc_zh: include_str!("eb016_errors_tolerance_none_async.zh.md"),
}

/// Tolerance NONE (explicit or by default), no dead-letter queue, asynchronous delivery.
pub(super) fn check(
    f: &FunctionFacts<'_, '_>,
    eb: &EventBridgeFacts<'_, '_>,
    out: &mut Vec<Diagnostic>,
) {
    let a = &f.async_invoke;
    let (lead_en, lead_zh) = tolerance_lead(eb);
    let (default_en, default_zh) = (", the default", "，默认值");
    let (retries_en, retries_zh) = match a.retries() {
        Some(n) => {
            let (d, dz) = if a.retry_attempts.is_default() {
                (default_en, default_zh)
            } else {
                ("", "")
            };
            (
                format!(
                    "{n} {} (maxAsyncRetryAttempts{d})",
                    plural(n, "retry", "retries")
                ),
                format!("重试 {n} 次（maxAsyncRetryAttempts{dz}）"),
            )
        }
        None => (
            "retries as maxAsyncRetryAttempts says (not known offline)".to_string(),
            "按 maxAsyncRetryAttempts 重试（离线未知）".to_string(),
        ),
    };
    let (age_en, age_zh) = match a.event_age() {
        Some((s, default)) => {
            let (d, dz) = if default {
                (default_en, default_zh)
            } else {
                ("", "")
            };
            (
                format!("events older than {s} s are dropped (maxAsyncEventAgeInSeconds{d})"),
                format!("超过 {s} 秒的事件被丢弃（maxAsyncEventAgeInSeconds{dz}）"),
            )
        }
        None => (
            "events older than maxAsyncEventAgeInSeconds (not known offline) are dropped"
                .to_string(),
            "超过 maxAsyncEventAgeInSeconds（离线未知）的事件被丢弃".to_string(),
        ),
    };
    let config = f.edition.async_config_key();
    let (then_en, then_zh) = match a.destination(Destination::OnFailure) {
        Some(d) => {
            let arn = d.at.plain();
            (
                format!("then the event goes to the onFailure destination {arn}"),
                format!("之后事件发送到 onFailure 目标 {arn}"),
            )
        }
        None => (
            format!("then the event is dropped ({config} has no onFailure destination)"),
            format!("之后事件被丢弃（{config} 没有 onFailure 目标）"),
        ),
    };
    let message = Text::new(
        format!("{lead_en}, but asyncInvocationType is true: a function error is retried by FC's asynchronous invocation, not by the event stream: {retries_en}, {age_en}, {then_en}; the event stream's retry policy and errorsTolerance apply only to handing the event to FC"),
        format!("{lead_zh}，但 asyncInvocationType 为 true：函数的错误由函数计算的异步调用重试，而不是由事件流重试：{retries_zh}，{age_zh}，{then_zh}；事件流的重试策略和 errorsTolerance 只作用于把事件交给函数计算"),
    );
    if let Some(d) = tolerance_anchor(Code::EB016, eb, message) {
        out.push(d.with_help(Text::new(
            format!("to keep the events the function fails on, set an onFailure destination in `{config}`"),
            format!("如需保留函数处理失败的事件，请在 `{config}` 中设置 onFailure 目标"),
        )));
    }
}

fn plural(n: i64, one: &'static str, many: &'static str) -> &'static str {
    if n == 1 {
        one
    } else {
        many
    }
}
