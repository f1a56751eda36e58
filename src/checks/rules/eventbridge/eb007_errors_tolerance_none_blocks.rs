//! EB007: tolerance NONE (the default) without a dead-letter queue: one failing event
//! blocks the stream for the whole retry policy.

use crate::checks::{at, at_site};
use crate::codes::Code;
use crate::diag::{Diagnostic, Text};
use crate::model::SourceType;
use crate::semantics::{EventBridgeFacts, RetryPolicy};

crate::codes::declare_rule! {
    /// ## What it checks
    /// A custom-source trigger in event-streaming mode whose `errorsTolerance` is `NONE` or not set (default `NONE`) and that has no dead-letter queue. The message states how long the retry policy keeps the event: BACKOFF_RETRY (the default) retries {limits::BACKOFF_RETRIES} times after {limits::BACKOFF_WAIT_MIN_S}–{limits::BACKOFF_WAIT_MAX_S} s each ({limits::backoff_retry_total_s()} s); EXPONENTIAL_DECAY_RETRY retries {limits::EXP_DECAY_RETRIES} times, waiting {limits::EXP_DECAY_FIRST_WAIT_S}, 2, 4 … {limits::EXP_DECAY_MAX_WAIT_S / 2} s and then {limits::EXP_DECAY_MAX_WAIT_S} s ({limits::exponential_decay_total_s()} s ≈ {limits::exponential_decay_total_s() in hours} h).
    ///
    /// ## Why it matters
    /// With tolerance NONE, an event that keeps failing is retried for the whole policy, blocking the partition (Kafka) or source behind it, and then the task pauses until someone restarts it (https://www.alibabacloud.com/help/en/eventbridge/user-guide/retry-and-dead-letter). One malformed message can stop a topic for a day.
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
    summary: "`errorsTolerance: NONE` (the default) lets one failing event block the stream for the whole retry policy",
    summary_zh: "`errorsTolerance: NONE`（默认值）下一条失败事件会在整个重试周期内阻塞事件流",
    doc_zh: include_str!("eb007_errors_tolerance_none_blocks.zh.md"),
}

/// Tolerance NONE (explicit or by default) and no dead-letter queue.
pub(super) fn check(eb: &EventBridgeFacts<'_, '_>, st: SourceType, out: &mut Vec<Diagnostic>) {
    let Some(policy) = eb.retry.policy.value() else {
        return;
    };
    let (dur_en, dur_zh) = retry_story(policy, eb.retry.policy.is_default());
    let (what_en, what_zh) = if st == SourceType::Kafka {
        ("its partition", "其所在分区")
    } else {
        ("the source", "事件源")
    };
    let tolerance = eb.retry.tolerance.written();
    let (lead_en, lead_zh) = if tolerance.is_some() {
        ("errorsTolerance NONE", "errorsTolerance 为 NONE")
    } else {
        (
            "errorsTolerance is not set (default NONE)",
            "未设置 errorsTolerance（默认 NONE）",
        )
    };
    let message = Text::new(
        format!("{lead_en}: one event that keeps failing blocks {what_en} for {dur_en}, then the event stream pauses until restarted"),
        format!("{lead_zh}：一条持续失败的事件会阻塞{what_zh} {dur_zh}，之后事件流暂停，直到手动重启"),
    );
    // At the tolerance when it is written, else at `runOptions:`, else at the source type.
    let d = match (tolerance, eb.run_options) {
        (Some(s), _) => Some(at(Code::EB007, s.node, message)),
        (None, Some(ro)) => Some(at_site(Code::EB007, ro, message)),
        (None, None) => eb.source_type.node().map(|n| at(Code::EB007, n, message)),
    };
    if let Some(d) = d {
        out.push(d.with_help(Text::new(
            "set `errorsTolerance: ALL` with a `deadLetterQueue` to keep consuming past a bad event; if blocking is deliberate, say so with `# fclint-ignore EB007 <reason>`",
            "请设置 `errorsTolerance: ALL` 并配置 `deadLetterQueue`，跳过坏事件继续消费；若有意阻塞，请用 `# fclint-ignore EB007 <原因>` 注明",
        )));
    }
}

/// The retry policy's total time, in words; `default`: the policy was not written.
fn retry_story(policy: RetryPolicy, default: bool) -> (String, String) {
    let n = policy.retries();
    match policy {
        RetryPolicy::Backoff => {
            let (a, b) = policy.total();
            let (lo, hi) = policy.wait_range();
            let (default, default_zh) = if default {
                ("the default ", "默认的 ")
            } else {
                ("", "")
            };
            (
                format!("{a}–{b} s ({default}BACKOFF_RETRY: {n} retries × {lo}–{hi} s)"),
                format!("{a}–{b} 秒（{default_zh}BACKOFF_RETRY：{n} 次重试 × {lo}–{hi} 秒）"),
            )
        }
        RetryPolicy::ExponentialDecay => {
            let (s, _) = policy.total();
            let h = s as f64 / 3600.0;
            (
                format!("about {h:.1} h (EXPONENTIAL_DECAY_RETRY: {n} retries, {s} s)"),
                format!("约 {h:.1} 小时（EXPONENTIAL_DECAY_RETRY：{n} 次重试，共 {s} 秒）"),
            )
        }
    }
}
