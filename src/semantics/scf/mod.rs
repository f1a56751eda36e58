//! Tencent Cloud SCF semantics, beside FC's: typed facts of each function and trigger of a
//! `serverless.yml` ([`crate::model::scf`]) and what a CKafka trigger demands, computed once
//! and read by the SCF rules, `plan`, `plan --compare` and `explain`.
//!
//! A CKafka trigger is pulled, not pushed (`limits::SRC_SCF_CKAFKA`): the SCF back end runs
//! one consumer module per partition of the topic, a number nobody configures; each module
//! invokes the function synchronously and waits for it before it pulls the next batch. So:
//!
//! | figure | formula | source |
//! |---|---|---|
//! | consumers | partitions (inventory) | product page FAQ |
//! | invocations in flight | ≤ partitions, one per partition at a time | product page |
//! | batch | `maxMsgNum` (`limits::SCF_CKAFKA_MAX_MSG_NUM`, default `limits::SCF_CKAFKA_MAX_MSG_NUM_DEFAULT`), cut to what fits the `limits::SCF_SYNC_EVENT_LIMIT_BYTES` synchronous event ([`crate::semantics::calc::split`]) | product page, `limits::SRC_SCF_LIMITS` |
//! | wait | `timeout` (`limits::SCF_CKAFKA_TIMEOUT_S`, default `limits::SCF_CKAFKA_TIMEOUT_DEFAULT_S`): a batch that does not fill is sent anyway | `limits::SRC_SCF_TRIGGER_DESC` |
//! | throughput | partitions × batch ÷ handler seconds ([`crate::semantics::calc::sustainable_rate`]) | [INFERRED] from "capacity ∝ partitions" |
//! | memory of the region quota | partitions × `memorySize` (MB) against `limits::scf_region_quota_mb` | `limits::SRC_SCF_CONCURRENCY` |
//! | retries | `retry` (default `limits::SCF_CKAFKA_RETRY_DEFAULT`) after function errors; platform errors back off until they succeed; after the last retry: not documented | `limits::SRC_SCF_RETRY` |
//!
//! Numbers come from [`crate::limits`]; no SCF figure is computed anywhere else.

mod ckafka;
mod function;
mod note;
mod region;
mod request;
mod trigger;

pub use ckafka::{lenient_count, truthy, CkafkaFacts, CkafkaLoad, Offset, ScfRetry};
pub use function::ScfFunctionFacts;
pub use note::ScfNote;
pub use region::{quota_of, regions, sum_regions, ScfRegionLoad, ScfShare};
pub use request::{ckafka_request, CkafkaRequest};
pub use trigger::{v1_name, V1Name};

use crate::config::Inventory;
use crate::model::scf::{ScfModel, ScfTrigger, ScfTriggerType};

/// One SCF trigger: what is written and, for CKafka, what it demands.
#[derive(Debug, Clone)]
pub struct ScfTriggerSemantics<'a, 'i> {
    pub trigger: ScfTrigger<'a>,
    /// A label for messages and plan rows: `ckafka:orders`, `timer#1`.
    pub label: String,
    /// CKafka facts (a `ckafka` trigger with a `parameters` mapping).
    pub ckafka: Option<CkafkaFacts<'a, 'i>>,
    pub load: CkafkaLoad,
    /// What the deploying code sends to `CreateTrigger` (CKafka); `None` when it sends
    /// nothing (the v1 plugin skips the trigger).
    pub request: Option<CkafkaRequest>,
}

/// One SCF function with its triggers.
#[derive(Debug, Clone)]
pub struct ScfFunctionSemantics<'a, 'i> {
    pub facts: ScfFunctionFacts<'a, 'i>,
    pub triggers: Vec<ScfTriggerSemantics<'a, 'i>>,
}

/// The semantics of every function of an SCF model, in order.
pub fn analyze<'a, 'i>(
    model: &ScfModel<'a>,
    inventory: &'i Inventory,
) -> Vec<ScfFunctionSemantics<'a, 'i>> {
    model
        .functions
        .iter()
        .map(|f| {
            let facts = ScfFunctionFacts::read(model, f, inventory);
            let triggers = f
                .triggers
                .iter()
                .map(|t| trigger(&facts, t, inventory))
                .collect();
            ScfFunctionSemantics { facts, triggers }
        })
        .collect()
}

/// One trigger read without its function (a `multi-scf` trigger whose `function` names none, or
/// a trigger as a typo hid it): its CKafka parameters and request, no load.
pub fn trigger_alone<'a, 'i>(
    t: &ScfTrigger<'a>,
    inventory: &'i Inventory,
) -> ScfTriggerSemantics<'a, 'i> {
    let ckafka = ckafka_facts(t, inventory);
    let request = match (&ckafka, t.params) {
        (Some(_), Some(p)) => ckafka_request(t, p),
        _ => None,
    };
    ScfTriggerSemantics {
        label: t.label(),
        trigger: t.clone(),
        ckafka,
        load: CkafkaLoad::other(t),
        request,
    }
}

/// A CKafka trigger's facts, when it is one (its parameters a mapping, not another tool's).
fn ckafka_facts<'a, 'i>(
    t: &ScfTrigger<'a>,
    inventory: &'i Inventory,
) -> Option<CkafkaFacts<'a, 'i>> {
    match (t.kind, t.params) {
        (Some(ScfTriggerType::Ckafka), Some(p)) if p.is_map() && !t.foreign => {
            Some(CkafkaFacts::read(t, p, inventory))
        }
        _ => None,
    }
}

/// A trigger of `f`: what [`trigger_alone`] reads, and the CKafka load its function bears.
fn trigger<'a, 'i>(
    f: &ScfFunctionFacts<'a, 'i>,
    t: &ScfTrigger<'a>,
    inventory: &'i Inventory,
) -> ScfTriggerSemantics<'a, 'i> {
    let mut s = trigger_alone(t, inventory);
    if let Some(c) = &s.ckafka {
        s.load = ckafka::load(f, c);
    }
    s
}

#[cfg(test)]
mod tests;
