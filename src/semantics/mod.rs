//! Platform semantics, computed once: the resolved [`crate::model`] plus the inventory
//! ([`crate::config::Inventory`]: partitions, message sizes, rates, handler times) turned
//! into typed facts per function and per trigger. The rules, `plan`, `explain` and the LSP
//! read these facts; none of them interprets a trigger's raw nodes for what is here.
//!
//! Pipeline: source → resolve → model → **semantics** → checks → report / plan / explain.
//! This module reads `model`, `config` (the inventory) and `limits` only.
//!
//! # Reading facts
//!
//! Every value read from the document is a [`Fact`]: its [`Value`] says whether it is
//! `Known` (written and usable), `Default` (not written or `null`: the documented default
//! applies, and [`Fact::is_default`] says so), `Absent` (not written, no documented default),
//! `Unknown` (written but not known offline, such as `${env(X)}` unset: the expression) or
//! `Invalid` (written, but not of the expected type: the schema check reports it). Its
//! [`Site`] is where it was written: the key's span (findings point at the key), the value
//! node (line, JSON Pointer, and the origin of a resolved value, which `explain` cites).
//! Show values through [`Site::plain`] / [`Site::display`], never by reading the node.
//!
//! Numbers come from [`crate::limits`] only; each formula is one function in [`calc`].
//!
//! # The facts
//!
//! [`analyze`] gives one [`FunctionSemantics`] per function of the model, in order, each
//! with its [`FunctionFacts`], its triggers ([`TriggerSemantics`]: [`TriggerFacts`] and
//! [`TriggerLoad`]) and its [`FunctionLoad`]. [`regions`] sums functions per region.
//!
//! Function ([`FunctionFacts`]):
//!
//! | fact | meaning | default | source |
//! |---|---|---|---|
//! | `region` | region name | none | `region` |
//! | `runtime` | runtime name | none | `runtime` |
//! | `timeout` | seconds an invocation may run; [`FunctionFacts::timeout_s`] is the usable value (≥ 1) | `limits::TIMEOUT_DEFAULT_S` | `timeout` |
//! | `instance_concurrency` | requests one instance serves; [`FunctionFacts::effective_instance_concurrency`] (≥ 1) | `limits::INSTANCE_CONCURRENCY_DEFAULT` | `instanceConcurrency`, `limits::SRC_INSTANCE_CONCURRENCY_FC3` |
//! | `reserved_concurrency` | requests the function may run at once; [`FunctionFacts::instance_cap`] = ⌈reserved / instanceConcurrency⌉ | none (no cap) | `concurrencyConfig.reservedConcurrency` (edition 3) |
//! | `async_invoke` | [`AsyncInvokeFacts`]: `retry_attempts` of a failed async invocation (default `limits::ASYNC_RETRY_ATTEMPTS_DEFAULT`), `event_age_s`, the `destinations` written | see there | `asyncInvokeConfig` / `asyncConfiguration`, `limits::SRC_ASYNC_CONFIG` |
//! | `handler_time` | seconds per message / per batch; [`FunctionFacts::handler_seconds`] | none | inventory `[[function]]` |
//!
//! Trigger ([`TriggerFacts`]): `trigger_type`, the source [`SourceKind`] (an enum: a service
//! trigger, or EventBridge with its [`SourceType`](crate::model::SourceType)), the family
//! facts of HTTP, timer and OSS triggers ([`Family`]), and for EventBridge triggers
//! ([`EventBridgeFacts`]):
//!
//! | fact | meaning | default | source |
//! |---|---|---|---|
//! | `source_type` | Kafka, RocketMQ, RabbitMQ, MNS, DTS, MQTT, Default | none | `eventSourceConfig.eventSourceType` |
//! | `invocation` | [`Invocation`] sync/async; [`Invocation::body_limit`] 32 MB / 128 KB | sync | `asyncInvocationType`, `limits::SRC_FC3_LIMITS` |
//! | `mode`, `streaming` | event-driven or event-streaming; `streaming` also when no mode on Kafka/DTS | none | `runOptions.mode`, else `deliveryOption.mode`, `limits::SRC_RUN_OPTIONS` |
//! | `topic`, `instance`, `offset`, `consumer_group` | what the source reads, as written | none | `source*Parameters` |
//! | `topic_facts` | partitions, message sizes, rate | none | inventory `[[topic]]`, flags |
//! | `maximum_tasks` | concurrent consumers (Kafka) | not documented | `runOptions.maximumTasks`, `limits::SRC_KAFKA_TRIGGER` |
//! | `concurrency` | deliveries in flight (Kafka, sync) | not documented | `deliveryOption.concurrency`, `limits::SRC_DELIVERY_OPTION` |
//! | `count_window`, `time_window` | messages per push, seconds a batch waits | not documented | `runOptions.batchWindow`, `limits::SRC_TRIGGER_ADVANCED` |
//! | `retry.policy` | [`RetryPolicy`]: retries and their timeline | EXPONENTIAL_DECAY_RETRY (`limits::DEFAULT_PUSH_RETRY_STRATEGY`) | `runOptions.retryStrategy.PushRetryStrategy`, `limits::SRC_RETRY_DLQ` |
//! | `retry.tolerance` | [`ErrorsTolerance`] ALL / NONE | NONE | `runOptions.errorsTolerance` |
//! | `retry.dead_letter_queue` | the queue's ARN | none | `runOptions.deadLetterQueue` |
//! | `event_schema` | CloudEvents or RawData | CloudEvents | `deliveryOption.eventSchema` |
//!
//! Derived per trigger ([`TriggerLoad`], from the facts and the inventory): `consumers` =
//! min(maximumTasks, partitions) ([`calc::consumers`]); `delivery_concurrency` (Kafka, sync
//! only); `max_instances` = ⌈concurrency / instanceConcurrency⌉ ([`calc::instances_for`]),
//! with `max_unknown` telling "not known" from "nothing bounds it"; the [`Batch`] (window,
//! body limit, and the split of a full window under it: [`calc::split`]); the
//! [`Throughput`] at the topic's rate (Little's law: [`calc::in_flight`],
//! [`calc::expected_instances`], [`calc::sustainable_rate`]); the [`Retry`] of an event
//! stream with what happens after the retries ([`After`]); and the [`Note`]s that say what
//! the numbers rest on or why they are missing, in order.
//!
//! Derived per function ([`FunctionLoad`]) and region ([`RegionLoad`]): the sum of the
//! triggers' maxima under the function's cap, each function's demand of its region, and
//! the time the region takes to scale out ([`calc::scale_out_rates`],
//! [`calc::seconds_to_scale`]).
//!
//! # For rules
//!
//! [`crate::checks::Ctx`] computes [`analyze`] once per document (`ctx.semantics`,
//! `ctx.triggers()`); rules read facts there and never a trigger's or function's nodes for
//! what is here. The key to point at is `fact.at.map(|s| s.key)` (`checks::at_site`), the
//! value node `fact.node()`; "unknown is not wrong" is `fact.value()` / `fact.known()` being
//! `None` → skip. The EventBridge rules read [`EventBridgeFacts`] (`invocation` and its
//! [`Invocation::body_limit`], `maximum_tasks`, [`EventBridgeFacts::concurrency_in_range`],
//! [`EventBridgeFacts::count_window_in_range`], `retry` with its defaults, `streaming`,
//! [`EventBridgeFacts::start_offset`], [`EventBridgeFacts::param`]) and [`TriggerLoad`]
//! (`consumers`, `batch` and its split); the function rules [`FunctionFacts::timeout_s`],
//! [`FunctionFacts::handler_seconds`] and [`SourceKind::delivery_timeout_s`]; the async
//! rules [`AsyncInvokeFacts`] (`destinations` with what each ARN points at,
//! [`async_invoke::Target`]; `event_age_s`) and [`FunctionFacts::is_named`]; the capacity
//! rule [`FunctionFacts::region_text`] and [`TriggerLoad::max_instances`].
//!
//! Rules and the plan read the same values, with two deliberate differences: the rules
//! skip a delivery concurrency or count window outside its range (the schema check, SC005,
//! reports it) where the plan keeps the concurrency as written and notes it; and CP001 groups
//! functions by the region as written, so one unresolved `${…}` region is one region.
//!
//! The checks that run with the schema validation (`checks::schema::semantic`: FN00x, TR00x,
//! SC009) validate values as written (cron syntax, key casing, the cpu step, which
//! `source*Parameters` block is written) and read the model's nodes; they compute no
//! platform behaviour.

pub mod async_invoke;
pub mod batch;
pub mod calc;
pub mod capacity;
pub mod eventbridge;
pub mod fact;
pub mod function;
pub mod invocation;
pub mod load;
pub mod note;
pub mod retry;
pub mod scf;
pub mod source;
pub mod throughput;
pub mod trigger;

pub use async_invoke::AsyncInvokeFacts;
pub use batch::Batch;
pub use calc::instances_for;
pub use capacity::{regions, FunctionLoad, RegionLoad, RegionShare};
pub use eventbridge::EventBridgeFacts;
pub use fact::{Fact, Site, Value};
pub use function::FunctionFacts;
pub use invocation::Invocation;
pub use load::TriggerLoad;
pub use note::Note;
pub use retry::{
    After, DeadLetterQueue, DlqTarget, ErrorsTolerance, Retry, RetryFacts, RetryPolicy,
};
pub use source::SourceKind;
pub use throughput::Throughput;
pub use trigger::{Family, TriggerFacts};

use crate::config::Inventory;
use crate::model::Model;

/// One trigger: what is written and what it demands.
#[derive(Debug, Clone)]
pub struct TriggerSemantics<'a, 'i> {
    pub facts: TriggerFacts<'a, 'i>,
    pub load: TriggerLoad,
}

/// One function: its facts, its triggers, and what they demand together.
#[derive(Debug, Clone)]
pub struct FunctionSemantics<'a, 'i> {
    pub facts: FunctionFacts<'a, 'i>,
    pub triggers: Vec<TriggerSemantics<'a, 'i>>,
    pub load: FunctionLoad,
}

impl FunctionSemantics<'_, '_> {
    /// This function's part of its region's sum.
    pub fn region_share(&self) -> RegionShare {
        RegionShare {
            region: self.facts.region().map(str::to_string),
            function: self.facts.label.clone(),
            demand: self.load.demand(),
            unbounded: !self.load.complete() && self.load.instance_cap.is_none(),
        }
    }
}

/// The semantics of every function of a model, in the model's order.
pub fn analyze<'a, 'i>(
    model: &Model<'a>,
    inventory: &'i Inventory,
) -> Vec<FunctionSemantics<'a, 'i>> {
    model
        .functions
        .iter()
        .map(|f| {
            let facts = FunctionFacts::read(f, inventory);
            let triggers: Vec<TriggerSemantics<'a, 'i>> = f
                .triggers
                .iter()
                .map(|t| {
                    let tf = TriggerFacts::read(t, inventory);
                    let load = load::trigger_load(&facts, &tf);
                    TriggerSemantics { facts: tf, load }
                })
                .collect();
            let load = FunctionLoad::sum(
                facts.instance_cap(),
                triggers.iter().map(|t| (t.facts.label.as_str(), &t.load)),
            );
            FunctionSemantics {
                facts,
                triggers,
                load,
            }
        })
        .collect()
}

#[cfg(test)]
mod tests;
