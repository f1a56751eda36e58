//! Cross-field rules, one file per family. Each family declares its codes (with their
//! documentation) in a `RULES` table next to the code that emits them.
//!
//! | Prefix | Family | File |
//! |---|---|---|
//! | `EB0xx` | EventBridge trigger rules (consumers, delivery, retries, batching, sources) | `eventbridge.rs` |
//! | `TR1xx` | trigger cross-checks (duplicate names, shared `sourceArn`) | `triggers.rs` |
//! | `FN1xx` | function vs trigger (delivery timeout, handler time per batch) | `function.rs` |
//! | `AS0xx` | async invoke configuration | `async_config.rs` |
//! | `CP0xx` | capacity and quota | `capacity.rs` |
//! | `SP0xx` | inline suppressions (`# fclint-ignore`) | `suppress.rs` |

pub mod async_config;
pub mod capacity;
pub mod eventbridge;
pub mod function;
pub mod schema;
pub mod structure;
pub mod suppress;
pub mod triggers;

use super::{Ctx, MissingFact};
use crate::codes::{Code, Fact, RuleDoc};
use crate::config::TopicFacts;
use crate::diag::{Diagnostic, Text};
use crate::model::{EventBridge, RunMode, SourceType, Trigger};
use crate::source::{Node, Span};

/// Every rule family's declarations.
pub static RULES: &[&[RuleDoc]] = &[suppress::RULES];

/// Run every rule family (suppressions are applied later, over all findings).
pub fn run(ctx: &Ctx<'_>, out: &mut Vec<Diagnostic>) {
    eventbridge::check(ctx, out);
    triggers::check(ctx, out);
    function::check(ctx, out);
    async_config::check(ctx, out);
    capacity::check(ctx, out);
}

/// A known, non-negative integer.
fn int(node: Option<&Node>) -> Option<i64> {
    node?.as_i64()
}

/// A known string value.
fn text(node: Option<&Node>) -> Option<&str> {
    node?.as_str()
}

/// Is the key present with a real value (not null, not an empty string)?
fn present(node: Option<&Node>) -> bool {
    match node {
        None => false,
        Some(n) if n.is_null() => false,
        Some(n) => n.as_str().map(|s| !s.trim().is_empty()).unwrap_or(true),
    }
}

/// An EventBridge trigger with a known custom (non-Default) source.
pub(crate) fn custom_source<'a>(t: &Trigger<'a>) -> Option<(EventBridge<'a>, SourceType)> {
    let eb = t.eventbridge()?;
    let st = eb.source_type()?;
    st.is_custom().then_some((eb, st))
}

/// Whether the trigger runs as an event stream (batching, run options): `mode:
/// event-streaming`, or no mode on a streaming-only source (Kafka, DTS). Without a mode,
/// other sources could be either, so rules that need to know do not run.
pub(crate) fn is_streaming(eb: &EventBridge<'_>, st: Option<SourceType>) -> bool {
    match eb.mode() {
        Some(RunMode::EventStreaming) => true,
        Some(RunMode::EventDriven) => false,
        None => eb.mode_node().is_none() && st.map(SourceType::streaming_only).unwrap_or(false),
    }
}

/// The topic (or queue) a custom-source trigger reads: `(instance id, topic node)`.
pub(crate) fn topic_of<'a>(
    eb: &EventBridge<'a>,
    st: SourceType,
) -> Option<(Option<&'a str>, &'a Node)> {
    let key = match st {
        SourceType::Kafka | SourceType::RocketMq | SourceType::Dts | SourceType::Mqtt => "Topic",
        SourceType::Mns | SourceType::RabbitMq => "QueueName",
        SourceType::Default => return None,
    };
    let topic = eb.param(key)?;
    topic.as_str()?;
    Some((eb.param("InstanceId").and_then(Node::as_str), topic))
}

/// Inventory facts for the trigger's topic.
pub(crate) fn facts_of<'c>(
    ctx: &'c Ctx<'_>,
    eb: &EventBridge<'_>,
    st: SourceType,
) -> Option<&'c TopicFacts> {
    let (inst, topic) = topic_of(eb, st)?;
    ctx.config.inventory.topic(inst, topic.as_str()?)
}

/// Record rules that did not run for want of a fact (only the selected ones).
fn missing(ctx: &Ctx<'_>, span: Span, codes: &[Code], fact: Fact, subject: String, how: Text) {
    let codes: Vec<Code> = codes.iter().copied().filter(|c| ctx.enabled(*c)).collect();
    if codes.is_empty() {
        return;
    }
    ctx.missing.borrow_mut().push(MissingFact {
        span,
        codes,
        fact,
        subject,
        how,
    });
}
