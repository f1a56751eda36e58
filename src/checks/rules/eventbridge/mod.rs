//! EB: EventBridge trigger rules — consumers vs partitions, delivery concurrency, retries and
//! fault tolerance, batching against the invocation body limit, run modes, source parameters.
//! One file per rule; here, the walk over the triggers and the facts several rules share.

pub mod eb001_consumer_tasks_exceed_partitions;
pub mod eb002_consumer_tasks_below_partitions;
pub mod eb003_kafka_only_option;
pub mod eb004_delivery_concurrency_below_consumers;
pub mod eb005_concurrency_with_async;
pub mod eb006_dlq_without_errors_tolerance_all;
pub mod eb007_errors_tolerance_none_blocks;
pub mod eb008_errors_tolerance_all_without_dlq;
pub mod eb009_batch_split_by_body_limit;
pub mod eb010_message_exceeds_body_limit;
pub mod eb011_time_window_zero_with_batch;
pub mod eb012_event_driven_not_supported;
pub mod eb013_run_options_ignored_event_driven;
pub mod eb014_kafka_public_network_incomplete;
pub mod eb015_rocketmq_timestamp_missing;

use super::{facts_of, is_streaming, missing, topic_of};
use crate::checks::Ctx;
use crate::codes::{Code, Fact};
use crate::diag::{Diagnostic, Text};
use crate::limits;
use crate::model::{EventBridge, RunMode, SourceType, Trigger};
use crate::source::Node;

pub fn check(ctx: &Ctx<'_>, out: &mut Vec<Diagnostic>) {
    for f in &ctx.model.functions {
        for t in &f.triggers {
            let Some(eb) = t.eventbridge() else { continue };
            let st = eb.source_type();
            let streaming = is_streaming(&eb, st);
            if let Some(st) = st {
                if st == SourceType::Kafka {
                    if let Some(c) = consumers(ctx, t, &eb) {
                        eb001_consumer_tasks_exceed_partitions::check(ctx, &c, out);
                        eb002_consumer_tasks_below_partitions::check(ctx, &c, out);
                    }
                    eb004_delivery_concurrency_below_consumers::check(ctx, &eb, out);
                    eb014_kafka_public_network_incomplete::check(ctx, &eb, out);
                } else {
                    eb003_kafka_only_option::check(ctx, &eb, st, out);
                }
                if st == SourceType::RocketMq {
                    eb015_rocketmq_timestamp_missing::check(ctx, &eb, out);
                }
                if st.is_custom() {
                    if streaming {
                        fault_tolerance(ctx, &eb, st, out);
                    }
                    body_limit(ctx, t, &eb, st, streaming, out);
                }
                run_modes(ctx, &eb, st, out);
            }
            if streaming {
                eb011_time_window_zero_with_batch::check(ctx, &eb, out);
            }
            eb005_concurrency_with_async::check(ctx, &eb, st, out);
        }
    }
}

/// A Kafka trigger's consumer tasks against its topic's partitions (EB001, EB002).
struct Consumers<'a> {
    tasks_node: &'a Node,
    tasks: i64,
    topic: &'a str,
    partitions: i64,
}

/// The consumers of a Kafka trigger, when its tasks and its topic's partitions are known;
/// records EB001/EB002 as not run when the partitions are not.
fn consumers<'a>(ctx: &Ctx<'_>, t: &Trigger<'_>, eb: &EventBridge<'a>) -> Option<Consumers<'a>> {
    if !ctx.enabled(Code::EB001) && !ctx.enabled(Code::EB002) {
        return None;
    }
    let tasks_node = eb.maximum_tasks()?;
    let tasks = tasks_node
        .as_i64()
        .filter(|v| *v >= limits::MAXIMUM_TASKS_MIN)?;
    let (_, topic_node) = topic_of(eb, SourceType::Kafka)?;
    let topic = topic_node.as_str().unwrap_or_default();
    let Some(p) = facts_of(ctx, eb, SourceType::Kafka).and_then(|f| f.partitions) else {
        missing(
            ctx,
            t.name.map(|n| n.span).unwrap_or(t.node.span),
            &[Code::EB001, Code::EB002],
            Fact::Partitions,
            format!("topic `{topic}`"),
            Text::new(
                format!("add `partitions` to the [[topic]] with topic = \"{topic}\" in fclint.toml, or pass --partitions {topic}=N or --topics-json FILE"),
                format!("请在 fclint.toml 中 topic = \"{topic}\" 的 [[topic]] 里添加 `partitions`，或使用 --partitions {topic}=N 或 --topics-json FILE"),
            ),
        );
        return None;
    };
    Some(Consumers {
        tasks_node,
        tasks,
        topic,
        partitions: i64::from(p),
    })
}

/// How a trigger in event-streaming mode tolerates errors (EB006, EB007, EB008).
struct Tolerance<'a> {
    /// `errorsTolerance` as written (absent: NONE by default).
    node: Option<&'a Node>,
    /// Written out, not the default.
    explicit: bool,
}

fn fault_tolerance(ctx: &Ctx<'_>, eb: &EventBridge<'_>, st: SourceType, out: &mut Vec<Diagnostic>) {
    let tol_node = eb.errors_tolerance();
    let value = match tol_node {
        None => Some("NONE"),
        Some(n) if n.is_null() => Some("NONE"),
        Some(n) => n.as_str(),
    };
    let Some(value) = value else { return };
    let dlq = eb.dead_letter_queue().filter(|n| !n.is_null());
    if dlq.map(Node::is_unknown).unwrap_or(false) {
        return;
    }
    let tol = Tolerance {
        node: tol_node,
        explicit: tol_node.map(|n| !n.is_null()).unwrap_or(false),
    };
    match (value, dlq) {
        ("NONE", Some(_)) if ctx.enabled(Code::EB006) => {
            eb006_dlq_without_errors_tolerance_all::check(eb, &tol, out)
        }
        ("NONE", None) if ctx.enabled(Code::EB007) => {
            eb007_errors_tolerance_none_blocks::check(eb, st, &tol, out)
        }
        ("ALL", None) if ctx.enabled(Code::EB008) => {
            eb008_errors_tolerance_all_without_dlq::check(&tol, out)
        }
        _ => {}
    }
}

/// A custom-source trigger's messages against its invocation body limit (EB009, EB010).
struct BodyLimit<'a> {
    is_async: bool,
    topic: &'a str,
    topic_node: &'a Node,
    /// The typical message size, when known.
    typical: Option<u64>,
    /// The largest message size (else the typical one).
    largest: u64,
    /// The body limit of the invocation type.
    limit: u64,
    mode_en: &'static str,
    mode_zh: &'static str,
}

fn body_limit(
    ctx: &Ctx<'_>,
    t: &Trigger<'_>,
    eb: &EventBridge<'_>,
    st: SourceType,
    streaming: bool,
    out: &mut Vec<Diagnostic>,
) {
    if !ctx.enabled(Code::EB009) && !ctx.enabled(Code::EB010) {
        return;
    }
    let Some(is_async) = eb.is_async() else {
        return;
    };
    let Some((_, topic_node)) = topic_of(eb, st) else {
        return;
    };
    let topic = topic_node.as_str().unwrap_or_default();
    let facts = facts_of(ctx, eb, st);
    let typical = facts.and_then(|f| f.message_size);
    let Some(largest) = facts.and_then(|f| f.max_message_size.or(f.message_size)) else {
        missing(
            ctx,
            t.name.map(|n| n.span).unwrap_or(t.node.span),
            &[Code::EB009, Code::EB010],
            Fact::MessageSize,
            format!("topic `{topic}`"),
            Text::new(
                format!("add `message_size` (and `max_message_size`) to the [[topic]] with topic = \"{topic}\" in fclint.toml, or pass --message-size {topic}=SIZE"),
                format!("请在 fclint.toml 中 topic = \"{topic}\" 的 [[topic]] 里添加 `message_size`（及 `max_message_size`），或使用 --message-size {topic}=SIZE"),
            ),
        );
        return;
    };
    let (limit, mode_en, mode_zh) = if is_async {
        (limits::ASYNC_BODY_LIMIT_BYTES, "async", "异步")
    } else {
        (limits::SYNC_BODY_LIMIT_BYTES, "sync", "同步")
    };
    let b = BodyLimit {
        is_async,
        topic,
        topic_node,
        typical,
        largest,
        limit,
        mode_en,
        mode_zh,
    };
    if largest > limit {
        if ctx.enabled(Code::EB010) {
            eb010_message_exceeds_body_limit::check(eb, &b, out);
        }
        return;
    }
    if streaming && ctx.enabled(Code::EB009) {
        eb009_batch_split_by_body_limit::check(eb, &b, out);
    }
}

/// `event-driven` mode: not for streaming-only sources (EB012), and it ignores the run
/// options (EB013).
fn run_modes(ctx: &Ctx<'_>, eb: &EventBridge<'_>, st: SourceType, out: &mut Vec<Diagnostic>) {
    if eb.mode() != Some(RunMode::EventDriven) {
        return;
    }
    let Some(mode_node) = eb.mode_node() else {
        return;
    };
    if st.streaming_only() {
        if ctx.enabled(Code::EB012) {
            eb012_event_driven_not_supported::check(st, mode_node, out);
        }
        return;
    }
    if ctx.enabled(Code::EB013) {
        eb013_run_options_ignored_event_driven::check(eb, mode_node, out);
    }
}

/// Messages per push for a batch of `count` messages of `size` bytes under `limit`.
pub fn split_batch(count: u64, size: u64, limit: u64) -> Option<Vec<u64>> {
    if size == 0 || size > limit || count == 0 {
        return None;
    }
    let per = limit / size;
    let mut parts = Vec::new();
    let mut left = count;
    while left > 0 {
        let n = left.min(per);
        parts.push(n);
        left -= n;
    }
    Some(parts)
}
