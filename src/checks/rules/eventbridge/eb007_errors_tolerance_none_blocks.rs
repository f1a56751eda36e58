//! EB007: tolerance NONE (the default) without a dead-letter queue on a synchronous trigger:
//! one failing event holds up its consumer task for the whole retry policy (asynchronous
//! triggers: EB016).

use crate::checks::{at, at_site};
use crate::codes::Code;
use crate::diag::{Diagnostic, Text};
use crate::semantics::{EventBridgeFacts, RetryPolicy};

crate::codes::declare_rule! {
    /// ## What it checks
    /// A custom-source trigger in event-streaming mode with synchronous delivery (`asyncInvocationType` false or not set) whose `errorsTolerance` is `NONE` or not set (default `NONE`) and that has no dead-letter queue. The message states how long the retry policy keeps the event: EXPONENTIAL_DECAY_RETRY (the default of FC triggers when `retryStrategy` is not set) retries {limits::EXP_DECAY_RETRIES} times, waiting {limits::EXP_DECAY_FIRST_WAIT_S}, 2, 4 … {limits::EXP_DECAY_MAX_WAIT_S / 2} s and then {limits::EXP_DECAY_MAX_WAIT_S} s ({limits::exponential_decay_total_s()} s ≈ {limits::exponential_decay_total_s() in hours} h); BACKOFF_RETRY retries {limits::BACKOFF_RETRIES} times after {limits::BACKOFF_WAIT_MIN_S}–{limits::BACKOFF_WAIT_MAX_S} s each ({limits::backoff_retry_total_s()} s). Asynchronous triggers are EB016's: FC's own async retries handle the function's errors there.
    ///
    /// ## Why it matters
    /// With tolerance NONE, an event that keeps failing is retried for the whole policy, holding up the consumer task that reads it, and then the task pauses until someone restarts it (https://www.alibabacloud.com/help/en/eventbridge/user-guide/retry-and-dead-letter). The FC trigger page names EXPONENTIAL_DECAY_RETRY as the default policy (https://help.aliyun.com/document_detail/455240.html; the EventBridge pages say BACKOFF_RETRY, and fclint takes the longer one), so with nothing set one malformed message can stop the consumer for about a day.
    ///
    /// ## Example
    /// ```yaml
    /// runOptions:
    ///   mode: event-streaming
    ///   errorsTolerance: NONE
    ///   retryStrategy:
    ///     PushRetryStrategy: EXPONENTIAL_DECAY_RETRY
    /// ```
    /// ## Fix
    /// ```yaml
    /// runOptions:
    ///   mode: event-streaming
    ///   errorsTolerance: ALL
    ///   deadLetterQueue:
    ///     Arn: acs:mns:cn-hangzhou:123:/queues/orders-dlq
    /// ```
    /// If strict ordering requires blocking, keep NONE and write `# fclint-ignore EB007 ordering must not skip events`.
    EB007,
    summary: "`errorsTolerance: NONE` (the default) lets one failing event hold up its consumer task for the whole retry policy",
    summary_zh: "`errorsTolerance: NONE`（默认值）下一条失败事件会在整个重试周期内阻塞其消费任务",
    doc_zh: include_str!("eb007_errors_tolerance_none_blocks.zh.md"),
}

/// Tolerance NONE (explicit or by default), no dead-letter queue, synchronous delivery.
pub(super) fn check(eb: &EventBridgeFacts<'_, '_>, out: &mut Vec<Diagnostic>) {
    let Some(policy) = eb.retry.policy.value() else {
        return;
    };
    let (dur_en, dur_zh) = retry_story(policy, eb.retry.policy.is_default());
    let (lead_en, lead_zh) = tolerance_lead(eb);
    let message = Text::new(
        format!("{lead_en}: one event that keeps failing holds up its consumer task for {dur_en}, then the event stream pauses until restarted"),
        format!("{lead_zh}：一条持续失败的事件会阻塞其消费任务 {dur_zh}，之后事件流暂停，直到手动重启"),
    );
    if let Some(d) = tolerance_anchor(Code::EB007, eb, message) {
        out.push(d.with_help(Text::new(
            "set `errorsTolerance: ALL` with a `deadLetterQueue` to keep consuming past a bad event; if blocking is deliberate, say so with `# fclint-ignore EB007 <reason>`",
            "请设置 `errorsTolerance: ALL` 并配置 `deadLetterQueue`，跳过坏事件继续消费；若有意阻塞，请用 `# fclint-ignore EB007 <原因>` 注明",
        )));
    }
}

/// `errorsTolerance NONE` or `errorsTolerance is not set (default NONE)`.
pub(super) fn tolerance_lead(eb: &EventBridgeFacts<'_, '_>) -> (&'static str, &'static str) {
    if eb.retry.tolerance.written().is_some() {
        ("errorsTolerance NONE", "errorsTolerance 为 NONE")
    } else {
        (
            "errorsTolerance is not set (default NONE)",
            "未设置 errorsTolerance（默认 NONE）",
        )
    }
}

/// A finding about the tolerance: at the tolerance when it is written, else at
/// `runOptions:`, else at the source type.
pub(super) fn tolerance_anchor(
    code: Code,
    eb: &EventBridgeFacts<'_, '_>,
    message: Text,
) -> Option<Diagnostic> {
    match (eb.retry.tolerance.written(), eb.run_options) {
        (Some(s), _) => Some(at(code, s.node, message)),
        (None, Some(ro)) => Some(at_site(code, ro, message)),
        (None, None) => eb.source_type.node().map(|n| at(code, n, message)),
    }
}

/// The retry policy's total time, in words; `default`: the policy was not written.
fn retry_story(policy: RetryPolicy, default: bool) -> (String, String) {
    let n = policy.retries();
    let (default, default_zh) = if default {
        ("the default ", "默认的 ")
    } else {
        ("", "")
    };
    let name = policy.as_str();
    match policy {
        RetryPolicy::Backoff => {
            let (a, b) = policy.total();
            let (lo, hi) = policy.wait_range();
            (
                format!("{a}–{b} s ({default}{name}: {n} retries × {lo}–{hi} s)"),
                format!("{a}–{b} 秒（{default_zh}{name}：{n} 次重试 × {lo}–{hi} 秒）"),
            )
        }
        RetryPolicy::ExponentialDecay => {
            let (s, _) = policy.total();
            let h = s as f64 / 3600.0;
            (
                format!("about {h:.1} h ({default}{name}: {n} retries, {s} s)"),
                format!("约 {h:.1} 小时（{default_zh}{name}：{n} 次重试，共 {s} 秒）"),
            )
        }
    }
}
