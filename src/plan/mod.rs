//! `fclint plan`: what a configuration will do — consumers, batches, delivery concurrency,
//! instances, throughput, retry timelines and region quota use — as pure arithmetic over
//! the model and the inventory ([`crate::config::Inventory`]). Every formula lives in
//! [`calc`]; every platform number in [`crate::limits`]. Values that cannot be known
//! offline stay `None` and the plan says why in `assumptions`.

pub mod calc;
pub mod render;

use std::collections::BTreeMap;

use crate::config::{format_size, Inventory};
use crate::diag::Text;
use crate::limits;
use crate::model::{Edition, EventBridge, Function, Model, SourceType, Trigger, TriggerType};
use crate::source::{Node, SourceMap};
use calc::RetryPolicy;

/// The plan of one or more files.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Plan {
    pub triggers: Vec<TriggerPlan>,
    pub functions: Vec<FunctionPlan>,
    pub regions: Vec<RegionPlan>,
    /// The region quota used and whether it came from the configuration.
    pub quota: u64,
    pub quota_configured: bool,
}

/// How the trigger invokes the function.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Invocation {
    Sync,
    Async,
}

impl Invocation {
    pub fn as_str(self) -> &'static str {
        match self {
            Invocation::Sync => "sync",
            Invocation::Async => "async",
        }
    }
}

/// Batch shape of one trigger.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Batch {
    /// Messages per push (`CountBasedWindow`; 1 for event-driven triggers).
    pub max_messages: Option<u64>,
    /// Flush interval (`TimeBasedWindow`), seconds.
    pub interval_s: Option<u64>,
    /// The pushes one full window becomes under the body limit (needs a message size).
    pub split: Option<Vec<u64>>,
    pub body_limit_bytes: Option<u64>,
    pub message_size_bytes: Option<u64>,
}

/// Throughput figures (need a rate and a handler time from the inventory).
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Throughput {
    pub topic: Option<String>,
    pub partitions: Option<u64>,
    /// Messages per second produced to the topic.
    pub rate: Option<f64>,
    /// Messages in one push at this rate.
    pub messages_per_invocation: Option<f64>,
    pub invocations_per_s: Option<f64>,
    /// Handler seconds per invocation at this rate.
    pub seconds_per_invocation: Option<f64>,
    /// Little's law: invocations/s × seconds.
    pub in_flight: Option<f64>,
    /// `in_flight` capped by the delivery concurrency.
    pub in_flight_capped: Option<f64>,
    /// ⌈in_flight_capped / instanceConcurrency⌉.
    pub expected_instances: Option<u64>,
    /// Handler seconds of one full push.
    pub seconds_per_full_push: Option<f64>,
    /// Messages/s at the delivery cap with full pushes.
    pub sustainable_rate: Option<f64>,
    pub exceeds: Option<bool>,
    /// Messages/s the lag grows by (0 when the trigger keeps up).
    pub lag_per_s: Option<f64>,
    /// Worst-case latency batching adds, seconds (`TimeBasedWindow`).
    pub batching_latency_s: Option<u64>,
}

/// What happens when retries run out.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum After {
    /// `errorsTolerance: ALL` with a dead-letter queue.
    DeadLetterQueue,
    /// `errorsTolerance: ALL` without one: the event is dropped.
    Discard,
    /// `errorsTolerance: NONE`: the task stops; the partition (or source) is blocked.
    Block,
}

impl After {
    pub fn as_str(self) -> &'static str {
        match self {
            After::DeadLetterQueue => "dead-letter-queue",
            After::Discard => "discard",
            After::Block => "block",
        }
    }
}

/// Retry behaviour of an EventBridge trigger.
#[derive(Debug, Clone, PartialEq)]
pub struct Retry {
    pub policy: RetryPolicy,
    /// The policy was not written (the default applies).
    pub policy_default: bool,
    /// `ALL` or `NONE`.
    pub errors_tolerance: String,
    pub tolerance_default: bool,
    pub dead_letter_queue: Option<String>,
    pub after: After,
}

impl Retry {
    pub fn retries(&self) -> u32 {
        self.policy.retries()
    }
    pub fn total(&self) -> (u64, u64) {
        self.policy.total()
    }
}

/// The plan of one trigger.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct TriggerPlan {
    /// The file as displayed (`REV:path` for a git revision).
    pub path: String,
    /// The file as given on the command line, the same for every revision (pairs rows in diffs).
    pub file: String,
    pub resource: String,
    pub function: String,
    pub trigger: String,
    pub trigger_type: Option<String>,
    /// JSON Pointer of the trigger.
    pub pointer: String,
    pub line: u32,
    pub region: Option<String>,
    /// Source type (`Kafka`, `RocketMQ` …) for EventBridge triggers, else the trigger type.
    pub source: Option<String>,
    pub source_instance: Option<String>,
    pub topic: Option<String>,
    pub offset: Option<String>,
    /// `event-streaming` (batches) or not.
    pub streaming: bool,
    pub invocation: Option<Invocation>,
    pub event_schema: Option<String>,
    pub maximum_tasks: Option<u64>,
    pub consumers: Option<u64>,
    pub delivery_concurrency: Option<u64>,
    pub instance_concurrency: Option<u64>,
    pub max_instances: Option<u64>,
    /// `max_instances` is `None` because a value is not known (not because nothing bounds it).
    pub max_unknown: bool,
    pub batch: Batch,
    pub throughput: Throughput,
    pub retry: Option<Retry>,
    /// Line of each input value, by the key it was read from.
    pub lines: BTreeMap<&'static str, u32>,
    /// Where a resolved input value was defined (a `${vars.x}` definition, a base file),
    /// when that differs from where it is used.
    pub origins: BTreeMap<&'static str, crate::source::Span>,
    pub assumptions: Vec<Text>,
}

impl TriggerPlan {
    /// Record where the input `key` was read from.
    fn src(&mut self, key: &'static str, node: Option<&Node>) {
        let Some(n) = node else { return };
        self.lines.insert(key, n.span.start.line);
        if let Some(o) = n.origin.as_deref().filter(|o| **o != n.span) {
            self.origins.insert(key, *o);
        }
    }
}

/// The plan of one function.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct FunctionPlan {
    pub path: String,
    /// See [`TriggerPlan::file`].
    pub file: String,
    pub resource: String,
    pub function: String,
    pub region: Option<String>,
    pub line: u32,
    pub runtime: Option<String>,
    pub instance_concurrency: Option<u64>,
    /// `concurrencyConfig.reservedConcurrency` (requests).
    pub reserved_concurrency: Option<u64>,
    /// ⌈reservedConcurrency / instanceConcurrency⌉.
    pub instance_cap: Option<u64>,
    /// Sum of the known trigger maxima.
    pub triggers_max_instances: u64,
    /// Triggers whose instances nothing in the file bounds (HTTP, async delivery …).
    pub unbounded: Vec<String>,
    /// Triggers whose bound is set but not known offline.
    pub unknown: Vec<String>,
    /// min(triggers_max_instances, instance_cap); `None` when a trigger is unbounded and no cap.
    pub max_instances: Option<u64>,
    pub lines: BTreeMap<&'static str, u32>,
}

impl FunctionPlan {
    /// Every trigger's maximum is known.
    pub fn complete(&self) -> bool {
        self.unbounded.is_empty() && self.unknown.is_empty()
    }

    /// The instances this function contributes to its region's sum.
    pub fn demand(&self) -> u64 {
        match (self.instance_cap, self.complete()) {
            (Some(cap), true) => self.triggers_max_instances.min(cap),
            (Some(cap), false) => cap,
            (None, _) => self.triggers_max_instances,
        }
    }
}

/// The plan of one region.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct RegionPlan {
    /// `None`: the region is not known offline.
    pub region: Option<String>,
    pub max_instances: u64,
    pub quota: u64,
    /// Some function's demand has no bound, so `max_instances` is a lower bound.
    pub lower_bound: bool,
    /// `(function label, demand)`.
    pub functions: Vec<(String, u64)>,
    /// Instances FC creates at once in this region, and how many it adds per minute after.
    pub burst: Option<u64>,
    pub growth_per_min: Option<u64>,
    /// Seconds from zero to `max_instances` (0: within the burst).
    pub seconds_to_scale: Option<u64>,
}

// ---------------------------------------------------------------- reading values

/// A value that resolution could not know: `Kind::Unknown` or a `${…}` string left as is.
fn unresolved(n: &Node) -> Option<String> {
    if n.is_unknown() {
        return Some(n.display_value());
    }
    n.as_str().filter(|s| s.contains("${")).map(str::to_string)
}

/// A positive integer, or why it is not known.
enum Num {
    Absent,
    Known(u64),
    Unknown(String),
}

fn num_of(n: Option<&Node>) -> Num {
    match n {
        None => Num::Absent,
        Some(n) if n.is_null() => Num::Absent,
        Some(n) => match (n.as_i64(), unresolved(n)) {
            (Some(v), _) if v >= 0 => Num::Known(v as u64),
            (_, Some(expr)) => Num::Unknown(expr),
            _ => Num::Unknown(n.display_value()),
        },
    }
}

fn line_of(n: Option<&Node>) -> Option<u32> {
    n.map(|n| n.span.start.line)
}

fn unknown_text(key: &str, expr: &str) -> Text {
    Text::new(
        format!("`{key}` is `{expr}`, which is not known offline"),
        format!("`{key}` 为 `{expr}`，离线无法得知其值"),
    )
}

fn out_of_range(key: &str, v: u64, range: limits::IntRange) -> Text {
    Text::new(
        format!(
            "`{key}` is {v}, outside {}–{} (`fclint check` reports it); {}",
            range.min,
            range.max,
            if key == "concurrency" {
                "the plan uses it as written"
            } else {
                "the batch shape is not computed"
            }
        ),
        format!(
            "`{key}` 为 {v}，超出 {}–{}（`fclint check` 会报告）；{}",
            range.min,
            range.max,
            if key == "concurrency" {
                "规划按所写的值计算"
            } else {
                "不计算批量形态"
            }
        ),
    )
}

// ---------------------------------------------------------------- building

/// Plan every trigger and function of one model.
pub fn plan_model(
    sources: &SourceMap,
    model: &Model<'_>,
    inventory: &Inventory,
) -> (Vec<TriggerPlan>, Vec<FunctionPlan>) {
    let path = sources.get(model.file).display.clone();
    let mut triggers = Vec::new();
    let mut functions = Vec::new();
    for f in &model.functions {
        let mut fp = function_plan(&path, f);
        for t in &f.triggers {
            let tp = trigger_plan(&path, f, t, fp.instance_concurrency, inventory);
            match tp.max_instances {
                Some(n) => fp.triggers_max_instances = fp.triggers_max_instances.saturating_add(n),
                None if tp.max_unknown => fp.unknown.push(tp.trigger.clone()),
                None => fp.unbounded.push(tp.trigger.clone()),
            }
            triggers.push(inert_trigger(tp));
        }
        fp.max_instances = match (fp.complete(), fp.instance_cap) {
            (true, Some(cap)) => Some(fp.triggers_max_instances.min(cap)),
            (true, None) => Some(fp.triggers_max_instances),
            (false, cap) => cap,
        };
        functions.push(inert_function(fp));
    }
    (triggers, functions)
}

/// Names and values come from the checked file: every text a plan prints is inert (control
/// characters written visibly, see [`crate::inert`]).
fn inert(s: &mut String) {
    if let std::borrow::Cow::Owned(e) = crate::inert::escape(s) {
        *s = e;
    }
}

fn inert_trigger(mut t: TriggerPlan) -> TriggerPlan {
    for s in [&mut t.resource, &mut t.function, &mut t.trigger] {
        inert(s);
    }
    for s in [
        &mut t.trigger_type,
        &mut t.region,
        &mut t.source,
        &mut t.source_instance,
        &mut t.topic,
        &mut t.offset,
        &mut t.event_schema,
        &mut t.throughput.topic,
    ]
    .into_iter()
    .flatten()
    {
        inert(s);
    }
    if let Some(r) = &mut t.retry {
        inert(&mut r.errors_tolerance);
        if let Some(q) = &mut r.dead_letter_queue {
            inert(q);
        }
    }
    for a in &mut t.assumptions {
        inert(&mut a.en);
        inert(&mut a.zh);
    }
    t
}

fn inert_function(mut f: FunctionPlan) -> FunctionPlan {
    for s in [&mut f.resource, &mut f.function] {
        inert(s);
    }
    for s in [&mut f.region, &mut f.runtime].into_iter().flatten() {
        inert(s);
    }
    for s in f.unbounded.iter_mut().chain(f.unknown.iter_mut()) {
        inert(s);
    }
    f
}

fn function_plan(path: &str, f: &Function<'_>) -> FunctionPlan {
    let mut lines = BTreeMap::new();
    let ic = f.effective_instance_concurrency().and_then(|v| {
        f.instance_concurrency()
            .map(|n| unresolved(n).is_none())
            .unwrap_or(true)
            .then_some(v as u64)
    });
    if let Some(l) = line_of(f.instance_concurrency()) {
        lines.insert("instanceConcurrency", l);
    }
    if let Some(l) = line_of(f.region()) {
        lines.insert("region", l);
    }
    if let Some(l) = line_of(f.timeout()) {
        lines.insert("timeout", l);
    }
    let reserved_node = match f.edition {
        Edition::V3 => f.props.at(&["concurrencyConfig", "reservedConcurrency"]),
        Edition::V1 => None,
    };
    let reserved = match num_of(reserved_node) {
        Num::Known(v) => Some(v),
        _ => None,
    };
    if let Some(l) = line_of(reserved_node) {
        lines.insert("reservedConcurrency", l);
    }
    FunctionPlan {
        path: path.to_string(),
        resource: f.resource.clone(),
        function: f.label(),
        region: f
            .region()
            .filter(|n| unresolved(n).is_none())
            .and_then(Node::as_str)
            .map(str::to_string),
        line: f.resource_node.span.start.line,
        runtime: f.runtime().and_then(Node::as_str).map(str::to_string),
        instance_concurrency: ic,
        reserved_concurrency: reserved,
        instance_cap: match (reserved, ic) {
            (Some(r), Some(ic)) => Some(calc::instances_for(r, ic)),
            _ => None,
        },
        lines,
        ..FunctionPlan::default()
    }
}

/// Topic (or queue), source instance and start offset of a custom source.
fn source_facts<'a>(eb: &EventBridge<'a>, st: SourceType) -> [(&'static str, Option<&'a Node>); 3] {
    let (topic, offset) = match st {
        SourceType::Kafka => ("Topic", Some("OffsetReset")),
        SourceType::RocketMq => ("Topic", Some("Offset")),
        SourceType::Dts => ("Topic", Some("InitCheckPoint")),
        SourceType::Mqtt => ("Topic", None),
        SourceType::Mns | SourceType::RabbitMq => ("QueueName", None),
        SourceType::Default => ("", None),
    };
    let instance = match st {
        SourceType::Dts => "TaskId",
        _ => "InstanceId",
    };
    [
        (
            "topic",
            (!topic.is_empty()).then(|| eb.param(topic)).flatten(),
        ),
        ("instance", eb.param(instance)),
        ("offset", offset.and_then(|k| eb.param(k))),
    ]
}

fn trigger_plan(
    path: &str,
    f: &Function<'_>,
    t: &Trigger<'_>,
    ic: Option<u64>,
    inventory: &Inventory,
) -> TriggerPlan {
    let mut p = TriggerPlan {
        path: path.to_string(),
        resource: f.resource.clone(),
        function: f.label(),
        trigger: t.label(),
        trigger_type: t.kind_node.and_then(Node::as_str).map(str::to_string),
        pointer: t.node.pointer.clone(),
        line: t.node.span.start.line,
        region: f
            .region()
            .filter(|n| unresolved(n).is_none())
            .and_then(Node::as_str)
            .map(str::to_string),
        instance_concurrency: ic,
        ..TriggerPlan::default()
    };
    if let Some(n) = f.instance_concurrency() {
        p.src("instanceConcurrency", Some(n));
        if let Some(expr) = unresolved(n) {
            p.assumptions
                .push(unknown_text("instanceConcurrency", &expr));
        }
    }
    if let Some(n) = t.kind_node {
        p.src("triggerType", Some(n));
    }
    if ic.is_none()
        && f.instance_concurrency()
            .map(|n| unresolved(n).is_none())
            .unwrap_or(false)
    {
        p.assumptions.push(Text::new(
            "`instanceConcurrency` is not a whole number of at least 1, so instances cannot be computed",
            "`instanceConcurrency` 不是不小于 1 的整数，无法计算实例数",
        ));
    }
    let Some(tt) = t.trigger_type() else {
        p.source = p.trigger_type.clone();
        p.max_unknown = true;
        p.assumptions.push(Text::new(
            "the trigger type is not known, so nothing about its load can be said",
            "触发器类型未知，无法估算其负载",
        ));
        return p;
    };
    p.source = Some(tt.as_str().to_string());
    match (tt, t.eventbridge()) {
        (TriggerType::EventBridge, Some(eb)) => eventbridge_plan(&mut p, f, &eb, ic, inventory),
        (TriggerType::Http, _) => {
            p.invocation = Some(Invocation::Sync);
            p.assumptions.push(Text::new(
                "HTTP: one invocation per request (async with the header `X-Fc-Invocation-Type: Async`); instances follow the callers' request rate, which no setting in s.yaml bounds",
                "HTTP：每个请求一次调用（带 `X-Fc-Invocation-Type: Async` 请求头时为异步）；实例数随调用方的请求速率变化，s.yaml 中没有限制它的设置",
            ));
        }
        (TriggerType::Timer, _) => {
            p.assumptions.push(Text::new(
                "timer: one invocation per tick; instances stay low unless runs overlap",
                "定时触发器：每次触发一次调用；除非多次执行相互重叠，实例数很少",
            ));
        }
        (tt, _) => {
            p.assumptions.push(Text::new(
                format!("{}: the cloud service invokes the function once per event; its rate is not in s.yaml", tt.as_str()),
                format!("{}：由云服务按事件调用函数；其速率不在 s.yaml 中", tt.as_str()),
            ));
        }
    }
    p
}

fn eventbridge_plan(
    p: &mut TriggerPlan,
    f: &Function<'_>,
    eb: &EventBridge<'_>,
    ic: Option<u64>,
    inventory: &Inventory,
) {
    let st = eb.source_type();
    if let Some(n) = eb.source_type_node() {
        p.src("eventSourceType", Some(n));
    }
    let Some(st) = st else {
        p.max_unknown = true;
        p.assumptions.push(Text::new(
            "the event source type is not known",
            "事件源类型未知",
        ));
        return;
    };
    p.source = Some(st.as_str().to_string());
    // Invocation mode.
    let async_node = eb.async_invocation_node();
    if let Some(n) = async_node {
        p.src("asyncInvocationType", Some(n));
    }
    p.invocation = match eb.is_async() {
        Some(true) => Some(Invocation::Async),
        Some(false) => Some(Invocation::Sync),
        None => {
            if let Some(expr) = async_node.and_then(unresolved) {
                p.assumptions
                    .push(unknown_text("asyncInvocationType", &expr));
            }
            None
        }
    };
    if let Some(n) = eb.event_schema() {
        p.src("eventSchema", Some(n));
    }
    p.event_schema = Some(
        eb.event_schema()
            .and_then(Node::as_str)
            .unwrap_or(limits::EVENT_SCHEMAS[0])
            .to_string(),
    );
    // Source facts.
    let mut facts = None;
    for (key, node) in source_facts(eb, st) {
        let Some(n) = node else { continue };
        p.src(key, Some(n));
        let v = n
            .as_str()
            .map(str::to_string)
            .unwrap_or_else(|| n.display_value());
        match key {
            "topic" => p.topic = Some(v),
            "instance" => p.source_instance = Some(v),
            _ => p.offset = Some(v),
        }
    }
    if let Some(topic) = &p.topic {
        let inst = p.source_instance.as_deref();
        facts = inventory.topic(inst, topic);
    }
    p.throughput.topic = p.topic.clone();
    p.throughput.partitions = facts.and_then(|f| f.partitions).map(u64::from);
    p.throughput.rate = facts.and_then(|f| f.rate);
    let streaming = crate::checks::rules::is_streaming(eb, Some(st));
    p.streaming = streaming;
    if let Some(n) = eb.mode_node() {
        p.src("mode", Some(n));
    }
    if !st.is_custom() {
        p.assumptions.push(Text::new(
            "EventBridge Default source: events of other cloud services arrive one per invocation through an event rule; their rate is not in s.yaml",
            "EventBridge Default 事件源：其他云服务的事件经事件规则逐条调用函数；其速率不在 s.yaml 中",
        ));
        return;
    }
    // Consumers.
    let topic_name = p.topic.clone().unwrap_or_else(|| "?".into());
    if st == SourceType::Kafka {
        let tasks_node = eb.maximum_tasks();
        p.src("maximumTasks", tasks_node);
        match num_of(tasks_node) {
            Num::Known(t) if t >= 1 => {
                p.maximum_tasks = Some(t);
                p.consumers = Some(calc::consumers(t, p.throughput.partitions));
                if p.throughput.partitions.is_none() {
                    p.assumptions.push(Text::new(
                        format!("partitions unknown for topic {topic_name}: consumers shown as maximumTasks {t} (set `partitions` in fclint.toml or pass --partitions {topic_name}=N)"),
                        format!("topic {topic_name} 的分区数未知：消费者数按 maximumTasks {t} 显示（请在 fclint.toml 中设置 `partitions` 或使用 --partitions {topic_name}=N）"),
                    ));
                }
            }
            Num::Unknown(expr) => p.assumptions.push(unknown_text("maximumTasks", &expr)),
            _ => {
                p.assumptions.push(Text::new(
                    "`maximumTasks` is not set; the console documents its range as 1 – the partition count, the default is not documented",
                    "未设置 `maximumTasks`；控制台文档给出的范围是 1 到分区数，默认值未见文档",
                ));
            }
        }
    }
    // Delivery concurrency: Kafka, sync only.
    let c_node = eb.concurrency();
    p.src("concurrency", c_node);
    let concurrency = match num_of(c_node) {
        Num::Known(c) if c >= 1 => {
            if !limits::DELIVERY_CONCURRENCY.contains(c as i64) {
                p.assumptions
                    .push(out_of_range("concurrency", c, limits::DELIVERY_CONCURRENCY));
            }
            Some(c)
        }
        Num::Unknown(expr) => {
            p.assumptions.push(unknown_text("concurrency", &expr));
            p.max_unknown |= st == SourceType::Kafka;
            None
        }
        _ => None,
    };
    if st == SourceType::Kafka && p.invocation.is_none() {
        p.max_unknown = true;
    }
    match (st, p.invocation) {
        (SourceType::Kafka, Some(Invocation::Sync)) => match concurrency {
            Some(c) => p.delivery_concurrency = Some(c),
            None if c_node.is_none() => {
                // EventBridge applies some default, but no page states it: the bound exists
                // and is not known.
                p.max_unknown = true;
                p.assumptions.push(Text::new(
                    "`deliveryOption.concurrency` is not set; its default is not documented, so the instances this trigger can demand are not known",
                    "未设置 `deliveryOption.concurrency`；其默认值未见文档，因此该触发器所需实例数未知",
                ));
            }
            None => {}
        },
        (SourceType::Kafka, Some(Invocation::Async)) => p.assumptions.push(Text::new(
            "async delivery: delivery concurrency applies to synchronous Kafka delivery only; FC's async queue decides how many instances run, bounded only by the function and region caps",
            "异步投递：投递并发只作用于同步的 Kafka 投递；运行多少实例由函数计算的异步队列决定，只受函数和地域上限约束",
        )),
        (SourceType::Kafka, None) => {}
        (st, _) => p.assumptions.push(Text::new(
            format!("{}: no delivery concurrency setting exists for this source (Kafka only), so nothing in s.yaml bounds its instances", st.as_str()),
            format!("{}：该事件源没有投递并发设置（仅 Kafka 有），s.yaml 中没有限制其实例数的设置", st.as_str()),
        )),
    }
    match (p.delivery_concurrency, ic) {
        (Some(c), Some(ic)) => {
            p.max_instances = Some(calc::instances_for(c, ic));
            builtin_runtime_note(p, f, c, ic);
        }
        (Some(_), None) => p.max_unknown = true,
        _ => {}
    }
    // Batching.
    let limit = p
        .invocation
        .map(|i| calc::body_limit(i == Invocation::Async));
    p.batch.body_limit_bytes = limit;
    let size = facts.and_then(|f| f.message_size);
    p.batch.message_size_bytes = size;
    if streaming {
        let cw = eb.count_window();
        let tw = eb.time_window();
        p.src("CountBasedWindow", cw);
        p.src("TimeBasedWindow", tw);
        match num_of(cw) {
            Num::Known(v) if limits::COUNT_BASED_WINDOW.contains(v as i64) => {
                p.batch.max_messages = Some(v)
            }
            Num::Unknown(expr) => p.assumptions.push(unknown_text("CountBasedWindow", &expr)),
            Num::Absent => p.assumptions.push(Text::new(
                "`batchWindow.CountBasedWindow` is not set; its default is not documented",
                "未设置 `batchWindow.CountBasedWindow`；其默认值未见文档",
            )),
            Num::Known(v) => p.assumptions.push(out_of_range(
                "CountBasedWindow",
                v,
                limits::COUNT_BASED_WINDOW,
            )),
        }
        match num_of(tw) {
            Num::Known(v) if limits::TIME_BASED_WINDOW_S.contains(v as i64) => {
                p.batch.interval_s = Some(v)
            }
            Num::Unknown(expr) => p.assumptions.push(unknown_text("TimeBasedWindow", &expr)),
            Num::Absent => p.assumptions.push(Text::new(
                "`batchWindow.TimeBasedWindow` is not set; its default is not documented",
                "未设置 `batchWindow.TimeBasedWindow`；其默认值未见文档",
            )),
            Num::Known(v) => p.assumptions.push(out_of_range(
                "TimeBasedWindow",
                v,
                limits::TIME_BASED_WINDOW_S,
            )),
        }
        p.throughput.batching_latency_s = p.batch.interval_s;
        match (p.batch.max_messages, size, limit) {
            (Some(count), Some(size), Some(limit)) => {
                p.batch.split = calc::split(count, size, limit);
                if p.batch.split.is_none() {
                    p.assumptions.push(Text::new(
                        format!("a message of {} is above the {} body limit and can never be delivered", format_size(size), format_size(limit)),
                        format!("{} 的消息超过 {} 的请求体上限，永远无法投递", format_size(size), format_size(limit)),
                    ));
                }
            }
            (Some(_), None, _) => p.assumptions.push(Text::new(
                format!("message size unknown for topic {topic_name}: a full window is assumed to fit one push (set `message_size` or pass --message-size {topic_name}=SIZE)"),
                format!("topic {topic_name} 的消息大小未知：假定一个满窗口一次推送即可送达（请设置 `message_size` 或使用 --message-size {topic_name}=SIZE）"),
            )),
            _ => {}
        }
    } else {
        p.batch.max_messages = Some(1);
        p.batch.interval_s = Some(0);
        p.throughput.batching_latency_s = Some(0);
    }
    throughput(p, f, inventory);
    // Run options (retries, tolerance, dead-letter queue) apply to event streams only.
    if streaming {
        retry_plan(p, eb);
    }
}

/// Built-in runtimes run one request per instance (multi-concurrency is documented for custom
/// runtimes and custom containers only).
fn builtin_runtime_note(p: &mut TriggerPlan, f: &Function<'_>, concurrency: u64, ic: u64) {
    if ic <= 1 {
        return;
    }
    let Some(rt) = f.runtime().and_then(Node::as_str) else {
        return;
    };
    if rt.starts_with("custom") {
        return;
    }
    let n = calc::instances_for(concurrency, 1);
    p.assumptions.push(Text::new(
        format!("instanceConcurrency > 1 is documented for custom runtimes and custom containers only ({}); if runtime {rt} serves one request per instance, max instances is ⌈{concurrency}/1⌉ = {n}", limits::SRC_INSTANCE_SCALING),
        format!("单实例多并发只在自定义运行时和自定义镜像中有文档说明（{}）；若运行时 {rt} 每个实例只处理一个请求，最大实例数为 ⌈{concurrency}/1⌉ = {n}", limits::SRC_INSTANCE_SCALING),
    ));
}

fn throughput(p: &mut TriggerPlan, f: &Function<'_>, inventory: &Inventory) {
    let name = f.name();
    let facts = inventory.function(name.as_deref(), &f.resource);
    let Some(count) = p.batch.max_messages else {
        return;
    };
    // A full push: the first part of the split, or the whole window.
    let full = p
        .batch
        .split
        .as_ref()
        .and_then(|s| s.first().copied())
        .unwrap_or(count);
    if p.batch.split.is_none() && p.batch.message_size_bytes.is_some() {
        return; // the message cannot be delivered at all
    }
    let secs = |m: f64| -> Option<f64> {
        let f = facts?;
        match (f.seconds_per_message, f.seconds_per_batch) {
            (None, None) => None,
            (a, b) => Some(b.unwrap_or(0.0) + a.unwrap_or(0.0) * m),
        }
    };
    p.throughput.seconds_per_full_push = secs(full as f64);
    if p.throughput.seconds_per_full_push.is_none()
        && (p.throughput.rate.is_some() || p.delivery_concurrency.is_some())
    {
        p.assumptions.push(Text::new(
            format!("handler time unknown for function {}: throughput not computed (set `seconds_per_message` / `seconds_per_batch` in a [[function]] of fclint.toml)", p.function),
            format!("函数 {} 的处理时长未知：未计算吞吐（请在 fclint.toml 的 [[function]] 中设置 `seconds_per_message` / `seconds_per_batch`）", p.function),
        ));
    }
    if let (Some(c), Some(s)) = (p.delivery_concurrency, p.throughput.seconds_per_full_push) {
        p.throughput.sustainable_rate = calc::sustainable_rate(c, full, s);
    }
    let Some(rate) = p.throughput.rate else {
        return;
    };
    // Messages in one window at this rate: the count, or what arrives within the interval.
    let window = match p.batch.interval_s {
        Some(t) if t > 0 => (rate * t as f64).clamp(1.0, count as f64),
        Some(_) if p.streaming => {
            p.assumptions.push(Text::new(
                "TimeBasedWindow 0 pushes messages as they arrive: each push is assumed to carry one message at this rate",
                "TimeBasedWindow 为 0 时消息一到就推送：按此速率假定每次推送一条消息",
            ));
            1.0
        }
        Some(_) => 1.0,
        None => count as f64,
    };
    let pushes = match (p.batch.message_size_bytes, p.batch.body_limit_bytes) {
        (Some(size), Some(limit)) => calc::split(window.ceil() as u64, size, limit)
            .map(|s| s.len() as f64)
            .unwrap_or(1.0),
        _ => 1.0,
    };
    let per_push = window / pushes;
    p.throughput.messages_per_invocation = Some(per_push);
    p.throughput.invocations_per_s = Some(rate / per_push);
    if let Some(s) = secs(per_push) {
        p.throughput.seconds_per_invocation = Some(s);
        let inf = calc::in_flight(rate / per_push, s);
        p.throughput.in_flight = Some(inf);
        let capped = match p.delivery_concurrency {
            Some(c) => inf.min(c as f64),
            None => inf,
        };
        p.throughput.in_flight_capped = Some(capped);
        if let Some(ic) = p.instance_concurrency {
            p.throughput.expected_instances = Some(calc::expected_instances(capped, ic));
        }
    }
    if let Some(sus) = p.throughput.sustainable_rate {
        p.throughput.exceeds = Some(rate > sus + 1e-9);
        p.throughput.lag_per_s = Some((rate - sus).max(0.0));
    }
}

fn retry_plan(p: &mut TriggerPlan, eb: &EventBridge<'_>) {
    let strategy = eb.retry_strategy();
    p.src("retryStrategy", strategy);
    let policy = match strategy {
        None => Some(RetryPolicy::Backoff),
        Some(n) if n.is_null() => Some(RetryPolicy::Backoff),
        Some(n) => match unresolved(n) {
            Some(expr) => {
                p.assumptions.push(unknown_text("PushRetryStrategy", &expr));
                None
            }
            None => n.as_str().and_then(RetryPolicy::parse),
        },
    };
    let tol_node = eb.errors_tolerance().filter(|n| !n.is_null());
    p.src("errorsTolerance", tol_node);
    let tolerance = match tol_node {
        None => Some("NONE".to_string()),
        Some(n) => match unresolved(n) {
            Some(expr) => {
                p.assumptions.push(unknown_text("errorsTolerance", &expr));
                None
            }
            None => n
                .as_str()
                .filter(|s| limits::ERRORS_TOLERANCE.contains(s))
                .map(str::to_string),
        },
    };
    let dlq_node = eb.dead_letter_queue().filter(|n| !n.is_null());
    p.src("deadLetterQueue", dlq_node);
    let dlq = dlq_node.map(|n| {
        n.get("Arn")
            .map(|a| {
                a.as_str()
                    .map(str::to_string)
                    .unwrap_or_else(|| a.display_value())
            })
            .unwrap_or_else(|| n.display_value())
    });
    let (Some(policy), Some(tolerance)) = (policy, tolerance) else {
        return;
    };
    let after = match (tolerance.as_str(), &dlq) {
        ("ALL", Some(_)) => After::DeadLetterQueue,
        ("ALL", None) => After::Discard,
        _ => After::Block,
    };
    p.retry = Some(Retry {
        policy,
        policy_default: strategy.map(Node::is_null).unwrap_or(true),
        errors_tolerance: tolerance,
        tolerance_default: tol_node.is_none(),
        dead_letter_queue: dlq,
        after,
    });
}

// ---------------------------------------------------------------- assembling

impl Plan {
    /// Put the plans of several files together and sum instances per region.
    pub fn assemble(
        triggers: Vec<TriggerPlan>,
        functions: Vec<FunctionPlan>,
        inventory: &Inventory,
    ) -> Plan {
        let quota = inventory.region_quota();
        let mut by_region: BTreeMap<Option<String>, RegionPlan> = BTreeMap::new();
        for f in &functions {
            let r = by_region
                .entry(f.region.clone())
                .or_insert_with(|| RegionPlan {
                    region: f.region.clone(),
                    quota,
                    ..RegionPlan::default()
                });
            let d = f.demand();
            r.max_instances = r.max_instances.saturating_add(d);
            r.lower_bound |= !f.complete() && f.instance_cap.is_none();
            r.functions.push((f.function.clone(), d));
        }
        for r in by_region.values_mut() {
            if let Some(name) = &r.region {
                let (burst, growth) = calc::scale_out_rates(name);
                r.burst = Some(burst);
                r.growth_per_min = Some(growth);
                r.seconds_to_scale = Some(calc::seconds_to_scale(r.max_instances, burst, growth));
            }
        }
        Plan {
            triggers,
            functions,
            regions: by_region.into_values().collect(),
            quota,
            quota_configured: inventory.region_quota.is_some(),
        }
    }
}

/// Load, resolve and plan one file. The inventory comes from `config` (fclint.toml and flags).
pub fn plan_document(
    sources: &SourceMap,
    doc: &crate::Document,
    inventory: &Inventory,
) -> (Vec<TriggerPlan>, Vec<FunctionPlan>) {
    let Some(root) = &doc.root else {
        return (Vec::new(), Vec::new());
    };
    let model = crate::model::build(doc.file, root, doc.edition);
    plan_model(sources, &model, inventory)
}

// ---------------------------------------------------------------- files

/// Where the files of a plan come from.
#[derive(Debug, Clone, Copy)]
pub enum Revision<'a> {
    /// The working tree.
    Worktree,
    /// The same path at a git revision (`git show REV:path`).
    Git(&'a str),
}

/// Plan files (already discovered), each with its own fclint.toml and the command-line
/// overrides. Errors (exit code 2): unreadable files, bad configuration, a file that is
/// not YAML at all, a git revision without the file.
pub fn plan_files(
    files: &[std::path::PathBuf],
    overrides: &crate::config::ConfigOverrides,
    resolve: &crate::resolve::ResolveOptions,
    rev: Revision<'_>,
) -> Result<Plan, crate::FatalError> {
    let mut sources = SourceMap::new();
    let mut triggers = Vec::new();
    let mut functions = Vec::new();
    let mut inventory: Option<Inventory> = None;
    for f in files {
        let (config, _) = crate::config::load_config(f, overrides)?;
        let resolve = &config.resolve_options(resolve);
        let doc = match rev {
            Revision::Worktree => crate::load(&mut sources, f, resolve)?,
            Revision::Git(r) => {
                // A file the revision does not have yet plans as nothing: every row is new.
                let Some(text) = git_show(f, r)? else {
                    continue;
                };
                let display = format!(
                    "{r}:{}",
                    f.display()
                        .to_string()
                        .replace('\\', "/")
                        .trim_start_matches("./")
                );
                // A path of its own, so the revision never shares an entry with the worktree file.
                let id = sources.add(std::path::PathBuf::from(display), text);
                crate::load_text(&mut sources, id, resolve)
            }
        };
        if doc.root.is_none() {
            let first = doc
                .diagnostics
                .first()
                .map(|d| format!(": {}", d.message.en))
                .unwrap_or_default();
            return Err(crate::FatalError(format!(
                "cannot plan {}{first}; run `fclint check` on it",
                sources.get(doc.file).display
            )));
        }
        let (mut t, mut fs) = plan_document(&sources, &doc, &config.inventory);
        let given = f.display().to_string().replace('\\', "/");
        let given = given.strip_prefix("./").unwrap_or(&given).to_string();
        t.iter_mut().for_each(|t| t.file = given.clone());
        fs.iter_mut().for_each(|f| f.file = given.clone());
        triggers.append(&mut t);
        functions.append(&mut fs);
        inventory.get_or_insert(config.inventory);
    }
    Ok(Plan::assemble(
        triggers,
        functions,
        &inventory.unwrap_or_default(),
    ))
}

/// `git show REV:./NAME` run in the file's directory; `None` when the revision exists but
/// does not have the file.
fn git_show(path: &std::path::Path, rev: &str) -> Result<Option<String>, crate::FatalError> {
    let dir = match path.parent() {
        Some(d) if !d.as_os_str().is_empty() => d.to_path_buf(),
        _ => std::path::PathBuf::from("."),
    };
    let name = path
        .file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_default();
    // A revision is never an option (`--output=x` would make git write a file): refused when
    // it looks like one, and `--end-of-options` tells git so in any case.
    if rev.starts_with('-') {
        return Err(crate::FatalError(format!(
            "--diff-git: `{}` is not a revision (it starts with `-`)",
            crate::inert::escape(rev)
        )));
    }
    let out = std::process::Command::new("git")
        .arg("-C")
        .arg(&dir)
        .arg("show")
        .arg("--end-of-options")
        .arg(format!("{rev}:./{name}"))
        .output()
        .map_err(|e| crate::FatalError(format!("--diff-git: cannot run git: {e}")))?;
    if !out.status.success() {
        let err = String::from_utf8_lossy(&out.stderr);
        if err.contains("exists on disk, but not in") || err.contains("does not exist in") {
            return Ok(None);
        }
        return Err(crate::FatalError(format!(
            "--diff-git: git show {}:{}: {}",
            crate::inert::escape(rev),
            path.display(),
            String::from_utf8_lossy(&out.stderr).trim()
        )));
    }
    String::from_utf8(out.stdout).map(Some).map_err(|_| {
        crate::FatalError(format!(
            "--diff-git: {}:{} is not UTF-8 text",
            crate::inert::escape(rev),
            path.display()
        ))
    })
}
