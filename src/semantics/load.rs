//! What one trigger demands: consumers, delivery concurrency, the instance bound, its batch,
//! throughput and retries, computed once from its facts and its function's, with the notes
//! that say what could not be known.

use super::batch::{self, Batch};
use super::calc;
use super::eventbridge::EventBridgeFacts;
use super::fact::Value;
use super::function::FunctionFacts;
use super::invocation::Invocation;
use super::note::Note;
use super::retry::Retry;
use super::throughput::{self, Throughput};
use super::trigger::TriggerFacts;
use crate::limits;
use crate::model::{Edition, SourceType, TriggerType};

/// The load of one trigger.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct TriggerLoad {
    pub invocation: Option<Invocation>,
    /// `event-streaming` (batches, run options) or not.
    pub streaming: bool,
    pub maximum_tasks: Option<u64>,
    /// min(maximumTasks, partitions) for Kafka.
    pub consumers: Option<u64>,
    /// Deliveries in flight at once (Kafka, sync).
    pub delivery_concurrency: Option<u64>,
    /// The function's instanceConcurrency, when known.
    pub instance_concurrency: Option<u64>,
    /// ⌈delivery concurrency / instanceConcurrency⌉: the most instances this trigger can
    /// keep busy; `None` when nothing bounds it or a value is not known.
    pub max_instances: Option<u64>,
    /// `max_instances` is `None` because a value is not known (not because nothing bounds it).
    pub max_unknown: bool,
    pub batch: Batch,
    pub throughput: Throughput,
    /// Retries of an event stream, when policy and tolerance are known.
    pub retry: Option<Retry>,
    /// What the numbers rest on or why they are missing, in the order they were found.
    pub notes: Vec<Note>,
}

/// Compute the load of trigger `t` of function `f`.
pub fn trigger_load(f: &FunctionFacts<'_, '_>, t: &TriggerFacts<'_, '_>) -> TriggerLoad {
    let mut l = TriggerLoad {
        instance_concurrency: f.effective_instance_concurrency(),
        ..TriggerLoad::default()
    };
    match &f.instance_concurrency.value {
        Value::Unknown(expr) => l.notes.push(Note::Unknown {
            key: "instanceConcurrency",
            expr: expr.clone(),
        }),
        Value::Known(_) | Value::Invalid(_) if l.instance_concurrency.is_none() => {
            l.notes.push(Note::InstanceConcurrencyInvalid)
        }
        _ => {}
    }
    let Some(tt) = t.trigger_type.known().copied() else {
        l.max_unknown = true;
        l.notes.push(Note::TriggerTypeUnknown);
        return l;
    };
    match (tt, &t.eventbridge) {
        (TriggerType::EventBridge, Some(eb)) => eventbridge(&mut l, f, eb),
        (TriggerType::Http, _) => {
            l.invocation = Some(Invocation::Sync);
            l.notes.push(Note::Http);
        }
        (TriggerType::Timer, _) => l.notes.push(Note::Timer),
        (tt, _) => l.notes.push(Note::ServiceInvoked(tt)),
    }
    l
}

fn eventbridge(l: &mut TriggerLoad, f: &FunctionFacts<'_, '_>, eb: &EventBridgeFacts<'_, '_>) {
    let Some(st) = eb.source() else {
        l.max_unknown = true;
        l.notes.push(Note::SourceTypeUnknown);
        return;
    };
    l.invocation = eb.invocation();
    if let Some(expr) = eb.invocation.unknown() {
        l.notes.push(Note::Unknown {
            key: "asyncInvocationType",
            expr: expr.to_string(),
        });
    }
    l.throughput.topic = eb.topic.map(|s| s.plain());
    l.throughput.partitions = eb.partitions();
    l.throughput.rate = eb.topic_facts.and_then(|f| f.rate);
    l.streaming = eb.streaming;
    if !st.is_custom() {
        l.notes.push(Note::DefaultSource);
        return;
    }
    let topic = l.throughput.topic.clone().unwrap_or_else(|| "?".into());
    if st == SourceType::Kafka {
        consumers(l, eb, &topic);
    }
    delivery(l, eb, st);
    match (l.delivery_concurrency, l.instance_concurrency) {
        (Some(c), Some(ic)) => {
            l.max_instances = Some(calc::instances_for(c, ic));
            builtin_runtime(l, f, c, ic);
        }
        (Some(_), None) => l.max_unknown = true,
        _ => {}
    }
    l.batch = batch::batch(eb, &topic, &mut l.notes);
    l.throughput.batching_latency_s = l.batch.interval_s;
    let x = throughput::Inputs {
        function: f,
        streaming: l.streaming,
        delivery_concurrency: l.delivery_concurrency,
        instance_concurrency: l.instance_concurrency,
    };
    throughput::compute(&mut l.throughput, &l.batch, &x, &mut l.notes);
    // Run options (retries, tolerance, dead-letter queue) apply to event streams only.
    if l.streaming {
        retry(l, eb);
    }
}

/// Kafka consumers: min(maximumTasks, partitions).
fn consumers(l: &mut TriggerLoad, eb: &EventBridgeFacts<'_, '_>, topic: &str) {
    match &eb.maximum_tasks.value {
        Value::Known(t) if *t >= limits::MAXIMUM_TASKS_MIN as u64 => {
            l.maximum_tasks = Some(*t);
            l.consumers = Some(calc::consumers(*t, l.throughput.partitions));
            if l.throughput.partitions.is_none() {
                l.notes.push(Note::PartitionsUnknown {
                    topic: topic.to_string(),
                    maximum_tasks: *t,
                });
            }
        }
        Value::Unknown(expr) | Value::Invalid(expr) => l.notes.push(Note::Unknown {
            key: "maximumTasks",
            expr: expr.clone(),
        }),
        _ => l.notes.push(Note::MaximumTasksNotSet),
    }
}

/// Delivery concurrency: Kafka, synchronous invocation only.
fn delivery(l: &mut TriggerLoad, eb: &EventBridgeFacts<'_, '_>, st: SourceType) {
    let kafka = st == SourceType::Kafka;
    let concurrency = match &eb.concurrency.value {
        Value::Known(c) if *c >= 1 => {
            if !limits::DELIVERY_CONCURRENCY.contains(*c as i64) {
                l.notes.push(Note::OutOfRange {
                    key: "concurrency",
                    value: *c,
                    range: limits::DELIVERY_CONCURRENCY,
                });
            }
            Some(*c)
        }
        Value::Unknown(expr) | Value::Invalid(expr) => {
            l.notes.push(Note::Unknown {
                key: "concurrency",
                expr: expr.clone(),
            });
            l.max_unknown |= kafka;
            None
        }
        _ => None,
    };
    if kafka && l.invocation.is_none() {
        l.max_unknown = true;
    }
    match (kafka, l.invocation) {
        (true, Some(Invocation::Sync)) => match concurrency {
            Some(c) => l.delivery_concurrency = Some(c),
            None if !eb.concurrency.is_present() => {
                // EventBridge applies some default, but no page states it: the bound exists
                // and is not known.
                l.max_unknown = true;
                l.notes.push(Note::DeliveryConcurrencyNotSet);
            }
            None => {}
        },
        (true, Some(Invocation::Async)) => l.notes.push(Note::AsyncDelivery),
        (true, None) => {}
        (false, _) => l.notes.push(Note::NoDeliveryConcurrency(st)),
    }
}

/// Built-in runtimes may run one request per instance: FC 3.0 documents multi-concurrency for
/// custom runtimes and custom containers only. Edition 3 only: FC 2.0 (edition 1) allows
/// `instanceConcurrency` on built-in runtimes (`limits::INSTANCE_CONCURRENCY_ED1`), and a go1
/// function with 26 ran 26 deliveries on one instance there (issue 13, item 19).
fn builtin_runtime(l: &mut TriggerLoad, f: &FunctionFacts<'_, '_>, concurrency: u64, ic: u64) {
    if ic <= 1 || f.edition != Edition::V3 {
        return;
    }
    let Some(rt) = f.runtime_text() else {
        return;
    };
    if rt.starts_with("custom") {
        return;
    }
    l.notes.push(Note::BuiltinRuntime {
        runtime: rt.to_string(),
        concurrency,
        instances: calc::instances_for(concurrency, 1),
    });
}

fn retry(l: &mut TriggerLoad, eb: &EventBridgeFacts<'_, '_>) {
    if let Some(expr) = eb.retry.policy.unknown() {
        l.notes.push(Note::Unknown {
            key: "PushRetryStrategy",
            expr: expr.to_string(),
        });
    }
    if let Some(expr) = eb.retry.tolerance.unknown() {
        l.notes.push(Note::Unknown {
            key: "errorsTolerance",
            expr: expr.to_string(),
        });
    }
    l.retry = eb.retry.retry();
}
