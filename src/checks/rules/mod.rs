//! The rules, one file per rule, grouped by family: `<family>/<code>_<name>.rs` holds the
//! rule's documentation (English as its doc comment, Chinese in the sibling `.zh.md`), its
//! messages and its check. A family's `mod.rs` walks the model and computes what several of
//! its rules share. The codes are declared in [`crate::codes`]; SY and VR rules live in the
//! layers that detect them (`source/rules`, `resolve/rules`).
//!
//! | Prefix | Family | Directory |
//! |---|---|---|
//! | `LD` | what the file is: edition, components | `structure/` |
//! | `SC` | the JSON Schema of FC (types, keys, enums, ranges) | `schema/` |
//! | `FN` | a function alone (`FN0xx`) and against its triggers (`FN1xx`) | `function/` |
//! | `TR` | a trigger alone (`TR0xx`) and across triggers (`TR1xx`) | `triggers/` |
//! | `EB` | EventBridge triggers (consumers, delivery, retries, batching, sources) | `eventbridge/` |
//! | `AS` | async invoke configuration | `async_config/` |
//! | `CP` | capacity and quota | `capacity/` |
//! | `SP` | inline suppressions (`# fclint-ignore`) | `suppress/` |

pub mod async_config;
pub mod capacity;
pub mod eventbridge;
pub mod function;
pub mod schema;
pub mod structure;
pub mod suppress;
pub mod triggers;

use super::{Ctx, MissingFact};
use crate::codes::{Code, Fact};
use crate::config::TopicFacts;
use crate::diag::{Diagnostic, Text};
use crate::model::{EventBridge, RunMode, SourceType, Trigger};
use crate::source::{Node, Span};

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
