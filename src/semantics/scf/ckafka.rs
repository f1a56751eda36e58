//! A CKafka trigger: its parameters as facts, and what it demands — consumers, invocations
//! in flight, the batch and its split at the synchronous event limit, throughput, retries
//! and the memory it takes from the region's concurrency quota.

use super::function::ScfFunctionFacts;
use super::note::ScfNote;
use super::trigger::{v1_name, V1Name};
use crate::config::{Inventory, TopicFacts};
use crate::limits::{self, IntRange};
use crate::model::scf::{ScfForm, ScfTrigger, ScfTriggerType};
use crate::semantics::fact::{self, Fact, Site, Value};
use crate::semantics::{calc, Batch, Throughput};
use crate::source::{Kind, Node};

/// Where consumption starts.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Offset {
    Latest,
    Earliest,
    /// A point in time, milliseconds since the epoch.
    Timestamp(u64),
    /// The literal word `timestamp` of the component's registry schema, which no API page
    /// documents.
    TimestampWord,
}

impl Offset {
    pub fn parse(n: &Node) -> Option<Offset> {
        // From the environment: never read (unknown), like every typed accessor.
        if n.is_sensitive() {
            return None;
        }
        match &n.kind {
            Kind::Str(s) => match s.as_str() {
                "latest" => Some(Offset::Latest),
                "earliest" => Some(Offset::Earliest),
                w if w == limits::SCF_CKAFKA_OFFSET_TIMESTAMP_WORD => Some(Offset::TimestampWord),
                d if !d.is_empty() && d.bytes().all(|b| b.is_ascii_digit()) => {
                    d.parse().ok().map(Offset::Timestamp)
                }
                _ => None,
            },
            Kind::Int(i) if *i >= 0 => Some(Offset::Timestamp(*i as u64)),
            _ => None,
        }
    }
}

/// A whole number, also written as a numeric string (the API types these as strings and the
/// v1 plugin sends strings): `100`, `"100"`.
pub fn lenient_count(n: &Node) -> Option<u64> {
    if n.is_sensitive() {
        return None;
    }
    match &n.kind {
        Kind::Str(s) => s.trim().parse::<u64>().ok(),
        _ => fact::count(n),
    }
}

/// JavaScript truthiness, which decides `OPEN` or `CLOSE` (`enable ? 'OPEN' : 'CLOSE'`).
pub fn truthy(n: &Node) -> Option<bool> {
    if n.is_sensitive() {
        return None;
    }
    match &n.kind {
        Kind::Bool(b) => Some(*b),
        Kind::Int(i) => Some(*i != 0),
        Kind::Float(f) => Some(*f != 0.0 && !f.is_nan()),
        Kind::Str(s) => Some(!s.is_empty()),
        Kind::Null => Some(false),
        Kind::Seq(_) | Kind::Map(_) => Some(true),
        Kind::Unknown(_) => None,
    }
}

/// The facts of one CKafka trigger.
#[derive(Debug, Clone)]
pub struct CkafkaFacts<'a, 'i> {
    pub form: ScfForm,
    /// `parameters` as written (its key: where a missing parameter is reported).
    pub params: Site<'a>,
    /// `parameters.name`: the CKafka instance ID.
    pub instance: Option<Site<'a>>,
    pub topic: Option<Site<'a>>,
    /// The event-level `name` (the v1 plugin requires it to equal the instance).
    pub event_name: Option<Site<'a>>,
    /// `maxMsgNum`; default `limits::SCF_CKAFKA_MAX_MSG_NUM_DEFAULT` (components), none (v1:
    /// a missing value skips the trigger).
    pub max_msg_num: Fact<'a, u64>,
    /// `timeout`: the longest a batch waits, seconds; default
    /// `limits::SCF_CKAFKA_TIMEOUT_DEFAULT_S`. The v1 plugin does not send it.
    pub wait_s: Fact<'a, u64>,
    /// `offset`; default `latest`.
    pub offset: Fact<'a, Offset>,
    /// `retry`; default `limits::SCF_CKAFKA_RETRY_DEFAULT`. The v1 plugin does not send it.
    pub retry: Fact<'a, u64>,
    /// `enable` as the deploying code reads it (truthiness); absent is `false`: `CLOSE`.
    pub enable: Fact<'a, bool>,
    pub qualifier: Option<Site<'a>>,
    /// The v1 plugin's name check (v1 only).
    pub v1_name: Option<V1Name<'a>>,
    /// Keys the v1 plugin reads none of (`retry`, `timeout`, `qualifier`), when written.
    pub v1_not_sent: Vec<&'static str>,
    /// Inventory facts of the topic, looked up with the instance and topic as written.
    pub topic_facts: Option<&'i TopicFacts>,
}

impl<'a, 'i> CkafkaFacts<'a, 'i> {
    pub fn read(t: &ScfTrigger<'a>, params: &'a Node, inventory: &'i Inventory) -> Self {
        let p = |k: &str| Site::of(params, k);
        let v1 = t.form == ScfForm::FrameworkV1;
        let instance = p("name");
        let topic = p("topic");
        let topic_facts = topic.and_then(|tp| {
            let inst = instance.and_then(|i| i.text());
            inventory.topic(inst, &tp.plain())
        });
        let not_sent: Vec<&'static str> = if v1 {
            ["retry", "timeout", "qualifier"]
                .into_iter()
                .filter(|k| params.get(k).is_some())
                .collect()
        } else {
            Vec::new()
        };
        // What the v1 plugin does not send is not the trigger's setting: the platform default.
        let sent = |k: &str| if v1 { None } else { p(k) };
        CkafkaFacts {
            form: t.form,
            params: Site {
                key: t
                    .body
                    .and_then(|b| b.entry("parameters"))
                    .map(|e| e.key_span)
                    .unwrap_or(t.type_span),
                node: params,
            },
            instance,
            topic,
            event_name: t.body.and_then(|b| Site::of(b, "name")),
            max_msg_num: Fact::read(
                p("maxMsgNum"),
                (!v1).then_some(limits::SCF_CKAFKA_MAX_MSG_NUM_DEFAULT),
                lenient_count,
            ),
            wait_s: Fact::read(
                sent("timeout"),
                Some(limits::SCF_CKAFKA_TIMEOUT_DEFAULT_S),
                lenient_count,
            ),
            offset: Fact::read(p("offset"), Some(Offset::Latest), Offset::parse),
            retry: Fact::read(
                sent("retry"),
                Some(limits::SCF_CKAFKA_RETRY_DEFAULT),
                lenient_count,
            ),
            enable: Fact::read(p("enable"), Some(false), truthy),
            qualifier: if v1 { None } else { p("qualifier") },
            v1_name: v1_name(t),
            v1_not_sent: not_sent,
            topic_facts,
        }
    }

    /// A finding about a parameter that is missing: at the `parameters:` key.
    pub fn missing_param(
        &self,
        code: crate::codes::Code,
        message: crate::diag::Text,
    ) -> crate::diag::Diagnostic {
        crate::diag::Diagnostic::new(
            code,
            self.params.key,
            self.params.node.pointer.clone(),
            message,
        )
    }

    /// Partitions of the topic (inventory).
    pub fn partitions(&self) -> Option<u64> {
        self.topic_facts.and_then(|f| f.partitions).map(u64::from)
    }

    /// The range `maxMsgNum` must lie in for this form.
    pub fn max_msg_num_range(&self) -> IntRange {
        match self.form {
            ScfForm::FrameworkV1 => limits::SCF_CKAFKA_MAX_MSG_NUM_V1,
            _ => limits::SCF_CKAFKA_MAX_MSG_NUM,
        }
    }

    /// `maxMsgNum` when usable (within the form's range).
    pub fn batch_max(&self) -> Option<u64> {
        let r = self.max_msg_num_range();
        self.max_msg_num.value().filter(|v| r.contains(*v as i64))
    }

    /// The trigger is created open (`enable` truthy); `None` when not known offline.
    pub fn enabled(&self) -> Option<bool> {
        self.enable.value()
    }

    /// The v1 plugin skips this trigger (logs an error, the deploy still succeeds): the event
    /// `name` differs from `parameters.name`, or `maxMsgNum` is missing or outside 2–999.
    /// `None` when not known offline.
    pub fn v1_skipped(&self) -> Option<bool> {
        if self.form != ScfForm::FrameworkV1 {
            return Some(false);
        }
        if let Some(m) = self.v1_name_mismatch() {
            if m {
                return Some(true);
            }
        } else {
            return None;
        }
        match &self.max_msg_num.value {
            Value::Known(v) => Some(!limits::SCF_CKAFKA_MAX_MSG_NUM_V1.contains(*v as i64)),
            Value::Unknown(_) => None,
            _ => Some(true),
        }
    }

    /// The v1 event `name` differs from `parameters.name` (the instance ID).
    pub fn v1_name_mismatch(&self) -> Option<bool> {
        match &self.v1_name {
            Some(n) => n.mismatch,
            None => Some(false),
        }
    }
}

/// What a failed batch goes through.
#[derive(Debug, Clone, PartialEq)]
pub struct ScfRetry {
    /// Retries after a function error.
    pub retries: u64,
    /// `retry` was not written (or not sent): the default applies.
    pub default: bool,
    /// The function timeout: the longest one attempt runs, seconds.
    pub attempt_s: Option<u64>,
    /// (retries + 1) × `attempt_s`: how long a batch whose every attempt runs into the timeout
    /// holds its partition, not counting the waits between retries (not documented).
    pub stall_s: Option<u64>,
}

/// What one SCF trigger demands. For a trigger other than CKafka only `notes` says anything.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct CkafkaLoad {
    /// Consumer modules: the partitions.
    pub consumers: Option<u64>,
    /// Invocations in flight at most: one per partition.
    pub in_flight: Option<u64>,
    /// `maxMsgNum` (messages), the wait (`interval_s`), the split at the event limit.
    pub batch: Batch,
    pub throughput: Throughput,
    pub retry: Option<ScfRetry>,
    /// The function's memory, MB.
    pub memory_mb: Option<u64>,
    /// Memory of the region quota these invocations can hold at once: in flight × memory.
    pub quota_mb: Option<u64>,
    /// The trigger is created open; `None` when not known.
    pub enabled: Option<bool>,
    /// The v1 plugin creates no trigger.
    pub skipped: bool,
    pub notes: Vec<ScfNote>,
}

impl CkafkaLoad {
    /// The load of a trigger that is not a CKafka one.
    pub fn other(t: &ScfTrigger<'_>) -> CkafkaLoad {
        let note = match (t.kind, &t.type_text) {
            (Some(ScfTriggerType::Ckafka), _) => ScfNote::Unknown {
                key: "parameters",
                expr: t
                    .params
                    .map(|p| p.display_value())
                    .unwrap_or_else(|| "—".into()),
            },
            (Some(k), _) => ScfNote::EventSource(k.as_str().to_string()),
            (None, _) => ScfNote::TypeUnknown,
        };
        CkafkaLoad {
            notes: vec![note],
            ..CkafkaLoad::default()
        }
    }
}

/// Compute the load of CKafka trigger `c` of function `f`.
pub fn load(f: &ScfFunctionFacts<'_, '_>, c: &CkafkaFacts<'_, '_>) -> CkafkaLoad {
    let mut l = CkafkaLoad {
        memory_mb: f.memory(),
        enabled: c.enabled(),
        ..CkafkaLoad::default()
    };
    let topic = c.topic.map(|t| t.plain()).unwrap_or_else(|| "?".into());
    l.throughput.topic = c.topic.map(|t| t.plain());
    l.throughput.partitions = c.partitions();
    l.throughput.rate = c.topic_facts.and_then(|t| t.rate);
    if let Some(e) = c.enable.unknown() {
        l.notes.push(ScfNote::Unknown {
            key: "enable",
            expr: e.to_string(),
        });
    } else if l.enabled == Some(false) {
        l.notes.push(ScfNote::Closed {
            written: c.enable.is_written(),
        });
    }
    if c.form == ScfForm::FrameworkV1 {
        if c.v1_skipped() == Some(true) {
            l.skipped = true;
            l.notes.push(ScfNote::V1Skipped {
                name_mismatch: c.v1_name_mismatch() == Some(true),
            });
        }
        if !c.v1_not_sent.is_empty() {
            l.notes.push(ScfNote::V1NotSent(c.v1_not_sent.clone()));
        }
    }
    // Consumers = partitions, one synchronous invocation at a time each.
    match l.throughput.partitions {
        Some(p) => {
            l.consumers = Some(p);
            l.in_flight = Some(p);
        }
        None => l.notes.push(ScfNote::PartitionsUnknown {
            topic: topic.clone(),
        }),
    }
    if let Some(e) = f.memory_mb.unusable() {
        l.notes.push(ScfNote::Unknown {
            key: "memorySize",
            expr: e.to_string(),
        });
    }
    l.quota_mb = match (l.in_flight, l.memory_mb) {
        (Some(n), Some(m)) => Some(n.saturating_mul(m)),
        _ => None,
    };
    if let Some(region) = f.region() {
        if limits::scf_region_quota_mb(region).is_none() {
            l.notes.push(ScfNote::QuotaUnknown {
                region: region.to_string(),
            });
        }
    }
    batch(&mut l, c, &topic);
    throughput(&mut l, f);
    let retries = c.retry.value();
    if let Some(e) = c.retry.unusable() {
        l.notes.push(ScfNote::Unknown {
            key: "retry",
            expr: e.to_string(),
        });
    }
    let attempt_s = f.timeout_s().map(|t| t as u64);
    l.retry = retries.map(|r| ScfRetry {
        retries: r,
        default: c.retry.is_default(),
        attempt_s,
        stall_s: attempt_s.map(|a| r.saturating_add(1).saturating_mul(a)),
    });
    l
}

/// `value` of a fact within `range`, or the note that says why there is none.
fn ranged(
    fact: &Fact<'_, u64>,
    key: &'static str,
    range: IntRange,
    notes: &mut Vec<ScfNote>,
) -> Option<u64> {
    match &fact.value {
        Value::Known(v) | Value::Default(v) if range.contains(*v as i64) => Some(*v),
        Value::Known(v) | Value::Default(v) => {
            notes.push(ScfNote::OutOfRange {
                key,
                value: *v,
                range,
            });
            None
        }
        Value::Unknown(e) | Value::Invalid(e) => {
            notes.push(ScfNote::Unknown {
                key,
                expr: e.clone(),
            });
            None
        }
        Value::Absent => None,
    }
}

/// `maxMsgNum`, the wait, and the split of a full batch at the synchronous event limit.
fn batch(l: &mut CkafkaLoad, c: &CkafkaFacts<'_, '_>, topic: &str) {
    let limit = limits::SCF_SYNC_EVENT_LIMIT_BYTES;
    let size = c.topic_facts.and_then(|t| t.message_size);
    l.batch.body_limit_bytes = Some(limit);
    l.batch.message_size_bytes = size;
    l.batch.max_messages = ranged(
        &c.max_msg_num,
        "maxMsgNum",
        c.max_msg_num_range(),
        &mut l.notes,
    );
    l.batch.interval_s = ranged(
        &c.wait_s,
        "timeout",
        limits::SCF_CKAFKA_TIMEOUT_S,
        &mut l.notes,
    );
    l.throughput.batching_latency_s = l.batch.interval_s;
    match (l.batch.max_messages, size) {
        (Some(count), Some(size)) => {
            l.batch.split = calc::split(count, size, limit);
            if l.batch.split.is_none() {
                l.notes.push(ScfNote::MessageTooLarge { size, limit });
            }
        }
        (Some(_), None) => l.notes.push(ScfNote::MessageSizeUnknown {
            topic: topic.to_string(),
        }),
        _ => {}
    }
}

/// Partitions × batch ÷ handler time; at the topic's rate, what one invocation carries (what
/// arrives on a partition within the wait, at most a full batch), invocations in flight
/// (Little's law, at most one per partition) and the lag.
fn throughput(l: &mut CkafkaLoad, f: &ScfFunctionFacts<'_, '_>) {
    let th = &mut l.throughput;
    let Some(count) = l.batch.max_messages else {
        return;
    };
    if l.batch.split.is_none() && l.batch.message_size_bytes.is_some() {
        return; // a message that can never be delivered
    }
    let full = l.batch.full_push().unwrap_or(count);
    th.seconds_per_full_push = f.handler_seconds(full as f64);
    if th.seconds_per_full_push.is_none() && (th.rate.is_some() || l.in_flight.is_some()) {
        l.notes.push(ScfNote::HandlerTimeUnknown {
            function: f.label.clone(),
        });
    }
    if let (Some(p), Some(s)) = (l.in_flight, th.seconds_per_full_push) {
        th.sustainable_rate = calc::sustainable_rate(p, full, s);
    }
    let (Some(rate), Some(p)) = (th.rate, l.in_flight) else {
        return;
    };
    let per_partition = rate / p.max(1) as f64;
    let wait = l.batch.interval_s.unwrap_or(0) as f64;
    let per_push = (per_partition * wait).clamp(1.0, full as f64);
    th.messages_per_invocation = Some(per_push);
    th.invocations_per_s = Some(rate / per_push);
    if let Some(s) = f.handler_seconds(per_push) {
        th.seconds_per_invocation = Some(s);
        let inf = calc::in_flight(rate / per_push, s);
        th.in_flight = Some(inf);
        let capped = inf.min(p as f64);
        th.in_flight_capped = Some(capped);
        th.expected_instances = Some(calc::expected_instances(
            capped,
            limits::SCF_EVENT_INSTANCE_CONCURRENCY,
        ));
    }
    if let Some(sus) = th.sustainable_rate {
        th.exceeds = Some(rate > sus + 1e-9);
        th.lag_per_s = Some((rate - sus).max(0.0));
    }
}
