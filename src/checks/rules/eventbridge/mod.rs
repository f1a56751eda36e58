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
pub mod eb016_errors_tolerance_none_async;
pub mod eb017_source_in_other_region;
pub mod eb018_invalid_dead_letter_queue;
pub mod eb019_run_options_on_default_source;
pub mod eb020_rocketmq_null_tag;
pub mod eb021_missing_filter_pattern;

use super::missing;
use crate::checks::Ctx;
use crate::codes::{Code, Fact};
use crate::diag::{Diagnostic, Text};
use crate::model::{Edition, RunMode, SourceType};
use crate::semantics::{
    DeadLetterQueue, ErrorsTolerance, EventBridgeFacts, FunctionFacts, Invocation, TriggerSemantics,
};
use crate::source::Node;

pub fn check(ctx: &Ctx<'_>, out: &mut Vec<Diagnostic>) {
    for (f, t) in ctx.triggers() {
        let Some(eb) = &t.facts.eventbridge else {
            continue;
        };
        let st = t.facts.kind.source_type();
        if let Some(st) = st {
            by_source(ctx, &f.facts, t, eb, st, out);
        }
        if eb.streaming {
            eb011_time_window_zero_with_batch::check(ctx, eb, out);
        }
        eb005_concurrency_with_async::check(ctx, eb, st, out);
        if f.facts.edition == Edition::V3 && ctx.enabled(Code::EB021) {
            eb021_missing_filter_pattern::check(ctx, t.facts.config, eb, st, out);
        }
    }
}

/// The rules of a trigger whose source type is known.
fn by_source(
    ctx: &Ctx<'_>,
    f: &FunctionFacts<'_, '_>,
    t: &TriggerSemantics<'_, '_>,
    eb: &EventBridgeFacts<'_, '_>,
    st: SourceType,
    out: &mut Vec<Diagnostic>,
) {
    if st == SourceType::Kafka {
        if let Some(c) = consumers(ctx, t, eb) {
            eb001_consumer_tasks_exceed_partitions::check(ctx, &c, out);
            eb002_consumer_tasks_below_partitions::check(ctx, &c, out);
        }
        eb004_delivery_concurrency_below_consumers::check(ctx, t, eb, out);
        eb014_kafka_public_network_incomplete::check(ctx, eb, out);
    } else {
        eb003_kafka_only_option::check(ctx, eb, st, out);
    }
    if st == SourceType::RocketMq {
        eb015_rocketmq_timestamp_missing::check(ctx, eb, out);
        if f.edition == Edition::V3 && ctx.enabled(Code::EB020) {
            eb020_rocketmq_null_tag::check(eb, out);
        }
    }
    if ctx.enabled(Code::EB017) {
        eb017_source_in_other_region::check(f, eb, out);
    }
    if let Some(dlq) = &eb.retry.dead_letter_queue {
        if ctx.enabled(Code::EB018) {
            eb018_invalid_dead_letter_queue::check(dlq, out);
        }
    }
    // In event-driven mode EB013 reports every run option already.
    if st == SourceType::Default
        && eb.mode.known() != Some(&RunMode::EventDriven)
        && ctx.enabled(Code::EB019)
    {
        eb019_run_options_on_default_source::check(eb, out);
    }
    if st.is_custom() {
        if eb.streaming {
            fault_tolerance(ctx, f, eb, out);
        }
        body_limit(ctx, t, eb, out);
    }
    run_modes(ctx, eb, st, out);
}

/// A Kafka trigger's consumer tasks against its topic's partitions (EB001, EB002).
struct Consumers<'a> {
    tasks_node: &'a Node,
    /// `maximumTasks`.
    tasks: u64,
    topic: &'a str,
    partitions: u64,
    /// Consumers that pull: min(maximumTasks, partitions).
    consumers: u64,
}

/// The consumers of a Kafka trigger, when its tasks and its topic's partitions are known;
/// records EB001/EB002 as not run when the partitions are not.
fn consumers<'a>(
    ctx: &Ctx<'_>,
    t: &TriggerSemantics<'a, '_>,
    eb: &EventBridgeFacts<'a, '_>,
) -> Option<Consumers<'a>> {
    if !ctx.enabled(Code::EB001) && !ctx.enabled(Code::EB002) {
        return None;
    }
    let tasks = t.load.maximum_tasks?;
    let tasks_node = eb.maximum_tasks.node()?;
    let topic = eb.topic_name()?;
    let Some(partitions) = eb.partitions() else {
        missing(
            ctx,
            t.facts.span(),
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
        partitions,
        consumers: t.load.consumers?,
    })
}

/// How a trigger in event-streaming mode tolerates errors (EB006, EB007, EB008, EB016).
fn fault_tolerance(
    ctx: &Ctx<'_>,
    f: &FunctionFacts<'_, '_>,
    eb: &EventBridgeFacts<'_, '_>,
    out: &mut Vec<Diagnostic>,
) {
    let retry = &eb.retry;
    let Some(tolerance) = retry.tolerance.value() else {
        return;
    };
    let dlq: Option<&DeadLetterQueue<'_>> = retry.dead_letter_queue.as_ref();
    if dlq.is_some_and(|d| d.unknown) {
        return;
    }
    match (tolerance, dlq) {
        (ErrorsTolerance::None, Some(d)) if ctx.enabled(Code::EB006) => {
            eb006_dlq_without_errors_tolerance_all::check(ctx, eb.run_options, retry, d, out)
        }
        // Blocking is the event stream's when it delivers synchronously; asynchronously, FC's
        // async retries handle the function's errors. Not known offline: neither.
        (ErrorsTolerance::None, None) => match eb.invocation() {
            Some(Invocation::Sync) if ctx.enabled(Code::EB007) => {
                eb007_errors_tolerance_none_blocks::check(eb, out)
            }
            Some(Invocation::Async) if ctx.enabled(Code::EB016) => {
                eb016_errors_tolerance_none_async::check(f, eb, out)
            }
            _ => {}
        },
        (ErrorsTolerance::All, None) if ctx.enabled(Code::EB008) => {
            eb008_errors_tolerance_all_without_dlq::check(retry, out)
        }
        _ => {}
    }
}

/// A custom-source trigger's messages against its invocation body limit (EB009, EB010).
struct BodyLimit<'a> {
    invocation: Invocation,
    topic: &'a str,
    topic_node: &'a Node,
    /// The largest message size (else the typical one).
    largest: u64,
    /// The body limit of the invocation.
    limit: u64,
    mode_en: &'static str,
    mode_zh: &'static str,
}

fn body_limit(
    ctx: &Ctx<'_>,
    t: &TriggerSemantics<'_, '_>,
    eb: &EventBridgeFacts<'_, '_>,
    out: &mut Vec<Diagnostic>,
) {
    if !ctx.enabled(Code::EB009) && !ctx.enabled(Code::EB010) {
        return;
    }
    let Some(invocation) = eb.invocation() else {
        return;
    };
    let (Some(topic), Some(topic_node)) = (eb.topic_name(), eb.topic.map(|s| s.node)) else {
        return;
    };
    let Some(largest) = eb.largest_message_size() else {
        missing(
            ctx,
            t.facts.span(),
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
    let b = BodyLimit {
        invocation,
        topic,
        topic_node,
        largest,
        limit: invocation.body_limit(),
        mode_en: invocation.as_str(),
        mode_zh: match invocation {
            Invocation::Async => "异步",
            Invocation::Sync => "同步",
        },
    };
    if b.largest > b.limit {
        if ctx.enabled(Code::EB010) {
            eb010_message_exceeds_body_limit::check(eb, &b, out);
        }
        return;
    }
    if eb.streaming && ctx.enabled(Code::EB009) {
        eb009_batch_split_by_body_limit::check(ctx, t, eb, &b, out);
    }
}

/// `event-driven` mode: not for streaming-only sources (EB012), and it ignores the run
/// options (EB013).
fn run_modes(
    ctx: &Ctx<'_>,
    eb: &EventBridgeFacts<'_, '_>,
    st: SourceType,
    out: &mut Vec<Diagnostic>,
) {
    if eb.mode.known() != Some(&RunMode::EventDriven) {
        return;
    }
    let Some(mode_node) = eb.mode.node() else {
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
