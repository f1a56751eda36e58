//! SC005: a number outside its documented range (a JSON-Schema `minimum`/`maximum` error).

use serde_json::Value;

use crate::checks::at;
use crate::checks::schema::{num, schema_field, Found};
use crate::codes::Code;
use crate::diag::{Diagnostic, Fix, Text};
use crate::source::{edit, Kind, Node};

crate::codes::declare_rule! {
    /// ## What it checks
    /// Documented ranges: memorySize {limits::MEMORY_MB_ED3} MB, cpu {limits::CPU}, timeout {limits::TIMEOUT_S} s, instanceConcurrency {limits::INSTANCE_CONCURRENCY_ED3} (edition 1: {limits::INSTANCE_CONCURRENCY_ED1}), maxAsyncRetryAttempts {limits::ASYNC_RETRY_ATTEMPTS}, maxAsyncEventAgeInSeconds {limits::ASYNC_EVENT_AGE_S}, batchWindow.CountBasedWindow {limits::COUNT_BASED_WINDOW}, batchWindow.TimeBasedWindow {limits::TIME_BASED_WINDOW_S} s, deliveryOption.concurrency {limits::DELIVERY_CONCURRENCY}, maximumTasks ≥ {limits::MAXIMUM_TASKS_MIN}, log jobConfig maxRetryTime {limits::LOG_MAX_RETRY_TIME} and triggerInterval {limits::LOG_TRIGGER_INTERVAL_S} s, healthCheckConfig (timeoutSeconds {limits::HEALTH_TIMEOUT_S} s, periodSeconds {limits::HEALTH_PERIOD_S} s, initialDelaySeconds {limits::HEALTH_INITIAL_DELAY_S} s, failureThreshold {limits::HEALTH_FAILURE_THRESHOLD}, successThreshold {limits::HEALTH_SUCCESS_THRESHOLD}), lifecycle hooks (initializer timeout {limits::INITIALIZER_TIMEOUT_S} s, preStop/preFreeze at least {limits::LIFECYCLE_HOOK_TIMEOUT_MIN_S} s). The help line names the source of each range.
    ///
    /// Any number written larger than a 64-bit integer ({limits::LARGEST_INTEGER}, or `1e400`, which is not even a finite number) is out of range too, also for a key without a documented maximum (`maximumTasks`): FC's API holds its numbers as 32- or 64-bit integers. It is shown as written, never rounded (`99999999999999999999999`, not `1e23`).
    ///
    /// ## Why it matters
    /// fc3's schema does not look inside `triggerConfig`, so `CountBasedWindow: 20000` passes `s verify` and fails (or is clamped) only when EventBridge creates the stream. Sources: https://help.aliyun.com/document_detail/455240.html (batch windows), https://www.alibabacloud.com/help/en/function-compute/latest/message-queue-for-apache-kafka (concurrency, tasks).
    ///
    /// ## Example
    /// ```yaml
    /// batchWindow:
    ///   CountBasedWindow: 20000
    /// ```
    /// ## Fix
    /// ```yaml
    /// batchWindow:
    ///   CountBasedWindow: {limits::COUNT_BASED_WINDOW.max}
    /// ```
    /// `fclint check --fix --unsafe-fixes` sets a value written in the file to the bound it
    /// crosses. It is unsafe: the bound is a different setting from the one written (fewer
    /// consumers, a smaller batch), so review it; a value from `${vars.x}`, the environment or
    /// another file is left alone.
    SC005,
    summary: "A number is outside its documented range",
    summary_zh: "数值超出文档规定的范围",
    doc_zh: include_str!("sc005_out_of_range.zh.md"),
    fix: Unsafe,
}

/// `node` (named `name`) is a number written larger than any FC takes (see
/// [`crate::limits::LARGEST_INTEGER`]), where no documented range caught it.
pub(crate) fn too_large_to_read(node: &Node, name: &str) -> Diagnostic {
    let max = crate::limits::LARGEST_INTEGER;
    let v = node.display_value();
    at(
        Code::SC005,
        node,
        Text::new(
            format!("`{name}` is {v}, larger than any number FC takes (at most {max})"),
            format!("`{name}` 为 {v}，超过函数计算可接受的任何数值（最大 {max}）"),
        ),
    )
}

/// The value is below (`below`) or above the bound `limit`; the help names the whole range
/// and its source (`x-fclint-source`).
pub(crate) fn out_of_range(f: &Found<'_>, below: bool, limit: &Value) -> Diagnostic {
    let (name, node) = (&f.name, f.node);
    let min = schema_field(f.schema_path, "minimum");
    let max = schema_field(f.schema_path, "maximum");
    let source = schema_field(f.schema_path, "x-fclint-source");
    let range = match (&min, &max) {
        (Some(a), Some(b)) => format!("{}–{}", num(a), num(b)),
        (Some(a), None) => format!("at least {}", num(a)),
        (None, Some(b)) => format!("at most {}", num(b)),
        _ => String::new(),
    };
    let range_zh = match (&min, &max) {
        (Some(a), Some(b)) => format!("{}–{}", num(a), num(b)),
        (Some(a), None) => format!("不小于 {}", num(a)),
        (None, Some(b)) => format!("不大于 {}", num(b)),
        _ => String::new(),
    };
    let (en, zh) = if let Some(expr) = node.sensitive() {
        // The value is checked, never echoed.
        let (en, zh) = if below {
            ("below the minimum", "低于最小值")
        } else {
            ("above the maximum", "超过最大值")
        };
        (
            format!("`{name}` (from `{expr}`) is {en} {}", num(limit)),
            format!("`{name}`（来自 `{expr}`）{zh} {}", num(limit)),
        )
    } else if below {
        (
            format!(
                "`{name}` is {}, below the minimum {}",
                node.display_value(),
                num(limit)
            ),
            format!(
                "`{name}` 为 {}，低于最小值 {}",
                node.display_value(),
                num(limit)
            ),
        )
    } else {
        (
            format!(
                "`{name}` is {}, above the maximum {}",
                node.display_value(),
                num(limit)
            ),
            format!(
                "`{name}` 为 {}，超过最大值 {}",
                node.display_value(),
                num(limit)
            ),
        )
    };
    let src = source
        .as_ref()
        .and_then(Value::as_str)
        .map(|s| format!(" ({s})"))
        .unwrap_or_default();
    let mut help = Text::new(
        format!("allowed: {range}{src}"),
        format!("允许范围：{range_zh}{src}"),
    );
    if !below && f.rel.ends_with("/deliveryOption/concurrency") {
        help = Text::new(
            format!("{}; the maximum can be raised through the EventBridge quota \"EventStreaming FC Sink 同步投递最大并发数\" in Quota Center: once it is, record it as `delivery_concurrency_quota = N` in fclint.toml", help.en),
            format!("{}；可在配额中心通过 EventBridge 配额“EventStreaming FC Sink 同步投递最大并发数”提高上限：提高后请在 fclint.toml 中写明 `delivery_concurrency_quota = N`", help.zh),
        );
    }
    let key = crate::checks::schema::last_token(f.rel);
    let bound = num(limit);
    let fix = matches!(node.kind, Kind::Int(_) | Kind::Float(_))
        .then(|| edit::replace_value(node, f.sources.get(node.span.file), &bound))
        .flatten()
        .map(|e| {
            Fix::unsafe_(
                Text::new(
                    format!("set `{key}: {bound}`, the nearest allowed value"),
                    format!("设为最接近的允许值 `{key}: {bound}`"),
                ),
                vec![e],
            )
        });
    at(Code::SC005, node, Text::new(en, zh))
        .with_help(help)
        .with_fix(fix)
}
