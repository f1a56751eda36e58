//! The plan's rows: one per trigger, function and region, filled from the semantics layer
//! ([`crate::semantics`]). Nothing here computes; it names, labels and words.

use crate::config::Inventory;
use crate::diag::Text;
use crate::semantics::{
    self, Batch, FunctionSemantics, Invocation, Retry, SourceKind, Throughput, TriggerSemantics,
};

/// The plan of one or more files.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Plan {
    pub triggers: Vec<TriggerPlan>,
    pub functions: Vec<FunctionPlan>,
    pub regions: Vec<RegionPlan>,
    /// The region quota used and whether it came from the configuration.
    pub quota: u64,
    pub quota_configured: bool,
    /// The Tencent Cloud SCF files' part.
    pub scf: crate::plan::scf::ScfPlan,
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
    /// `triggerType` as written.
    pub trigger_type: Option<String>,
    /// JSON Pointer of the trigger.
    pub pointer: String,
    pub line: u32,
    pub region: Option<String>,
    /// The source kind, typed.
    pub kind: SourceKind,
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
    pub assumptions: Vec<Text>,
}

impl TriggerPlan {
    /// The row of trigger `t` of function `f` in the file shown as `path`.
    pub fn new(
        path: &str,
        f: &FunctionSemantics<'_, '_>,
        t: &TriggerSemantics<'_, '_>,
    ) -> TriggerPlan {
        let (facts, load) = (&t.facts, &t.load);
        let trigger_type = facts.type_text().map(str::to_string);
        let source = match facts.kind {
            SourceKind::Unknown => trigger_type.clone(),
            SourceKind::Service(tt) => Some(tt.as_str().to_string()),
            SourceKind::EventBridge(Some(st)) => Some(st.as_str().to_string()),
            SourceKind::EventBridge(None) => Some("eventbridge".to_string()),
        };
        let eb = facts
            .eventbridge
            .as_ref()
            .filter(|eb| eb.source().is_some());
        let shown = |s: Option<semantics::Site<'_>>| s.map(|s| s.plain());
        TriggerPlan {
            path: path.to_string(),
            file: String::new(),
            resource: f.facts.resource.clone(),
            function: f.facts.label.clone(),
            trigger: facts.label.clone(),
            trigger_type,
            pointer: facts.node.pointer.clone(),
            line: facts.node.span.start.line,
            region: f.facts.region().map(str::to_string),
            kind: facts.kind,
            source,
            source_instance: eb.and_then(|eb| shown(eb.instance)),
            topic: eb.and_then(|eb| shown(eb.topic)),
            offset: eb.and_then(|eb| shown(eb.offset)),
            streaming: load.streaming,
            invocation: load.invocation,
            event_schema: eb.map(|eb| eb.event_schema_shown()),
            maximum_tasks: load.maximum_tasks,
            consumers: load.consumers,
            delivery_concurrency: load.delivery_concurrency,
            instance_concurrency: load.instance_concurrency,
            max_instances: load.max_instances,
            max_unknown: load.max_unknown,
            batch: load.batch.clone(),
            throughput: load.throughput.clone(),
            retry: load.retry.clone(),
            assumptions: load.notes.iter().map(super::assume::text).collect(),
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
}

impl FunctionPlan {
    /// The row of function `f` in the file shown as `path`.
    pub fn new(path: &str, f: &FunctionSemantics<'_, '_>) -> FunctionPlan {
        FunctionPlan {
            path: path.to_string(),
            file: String::new(),
            resource: f.facts.resource.clone(),
            function: f.facts.label.clone(),
            region: f.facts.region().map(str::to_string),
            line: f.facts.node.span.start.line,
            runtime: f.facts.runtime_text().map(str::to_string),
            instance_concurrency: f.facts.effective_instance_concurrency(),
            reserved_concurrency: f.facts.reserved_concurrency.known().copied(),
            instance_cap: f.load.instance_cap,
            triggers_max_instances: f.load.triggers_max_instances,
            unbounded: f.load.unbounded.clone(),
            unknown: f.load.unknown.clone(),
            max_instances: f.load.max_instances,
        }
    }

    /// Every trigger's maximum is known.
    pub fn complete(&self) -> bool {
        self.unbounded.is_empty() && self.unknown.is_empty()
    }

    /// The instances this function contributes to its region's sum.
    pub fn demand(&self) -> u64 {
        semantics::capacity::demand(
            self.triggers_max_instances,
            self.instance_cap,
            self.complete(),
        )
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

impl Plan {
    /// Put the plans of several files together and sum instances per region.
    pub fn assemble(
        triggers: Vec<TriggerPlan>,
        functions: Vec<FunctionPlan>,
        inventory: &Inventory,
    ) -> Plan {
        let quota = inventory.region_quota();
        let shares = functions.iter().map(|f| semantics::RegionShare {
            region: f.region.clone(),
            function: f.function.clone(),
            demand: f.demand(),
            unbounded: !f.complete() && f.instance_cap.is_none(),
        });
        let regions = semantics::regions(shares)
            .into_iter()
            .map(|r| RegionPlan {
                region: r.region,
                max_instances: r.max_instances,
                quota,
                lower_bound: r.lower_bound,
                functions: r.functions,
                burst: r.burst,
                growth_per_min: r.growth_per_min,
                seconds_to_scale: r.seconds_to_scale,
            })
            .collect();
        Plan {
            triggers,
            functions,
            regions,
            quota,
            quota_configured: inventory.region_quota.is_some(),
            scf: crate::plan::scf::ScfPlan::default(),
        }
    }
}
