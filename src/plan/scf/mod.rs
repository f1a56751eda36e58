//! The plan of Tencent Cloud SCF `serverless.yml` files: one row per trigger, function and
//! region, filled from [`crate::semantics::scf`]. Nothing here computes; it names, labels and
//! words ([`assume`]). Rendered beside the FC plan by `plan::render`.

pub mod assume;

use crate::config::Inventory;
use crate::diag::Text;
use crate::model::scf::{ScfModel, ScfTriggerType};
use crate::semantics::scf::{
    self as sem, CkafkaRequest, ScfFunctionSemantics, ScfRetry, ScfShare, ScfTriggerSemantics,
};
use crate::semantics::{Batch, Throughput};

/// The SCF part of a plan.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct ScfPlan {
    pub triggers: Vec<ScfTriggerPlan>,
    pub functions: Vec<ScfFunctionPlan>,
    pub regions: Vec<ScfRegionPlan>,
}

/// The plan of one SCF trigger.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct ScfTriggerPlan {
    /// The file as displayed, and as given (see `TriggerPlan::file`).
    pub path: String,
    pub file: String,
    /// `scf`, `multi-scf` or `serverless-tencent-scf`.
    pub form: String,
    /// The function's key (`inputs`, or its key under `functions`).
    pub key: String,
    pub function: String,
    pub trigger: String,
    pub trigger_type: Option<String>,
    pub ckafka: bool,
    pub pointer: String,
    pub line: u32,
    pub region: Option<String>,
    pub instance: Option<String>,
    pub topic: Option<String>,
    pub offset: Option<String>,
    /// Consumer modules: the partitions.
    pub consumers: Option<u64>,
    /// Invocations in flight at most: one per partition.
    pub in_flight: Option<u64>,
    pub memory_mb: Option<u64>,
    /// in flight × memory.
    pub quota_mb: Option<u64>,
    pub batch: Batch,
    pub throughput: Throughput,
    pub retry: Option<ScfRetry>,
    pub enabled: Option<bool>,
    /// The v1 plugin creates no trigger.
    pub skipped: bool,
    pub request: Option<CkafkaRequest>,
    pub assumptions: Vec<Text>,
}

impl ScfTriggerPlan {
    /// The row of trigger `t` of function `f` in the file shown as `path`.
    pub fn new(
        path: &str,
        f: &ScfFunctionSemantics<'_, '_>,
        t: &ScfTriggerSemantics<'_, '_>,
    ) -> ScfTriggerPlan {
        let l = &t.load;
        let c = t.ckafka.as_ref();
        let shown = |s: Option<crate::semantics::Site<'_>>| s.map(|s| s.plain());
        ScfTriggerPlan {
            path: path.to_string(),
            file: String::new(),
            form: f.facts.form.as_str().to_string(),
            key: f.facts.key.clone(),
            function: f.facts.label.clone(),
            trigger: t.label.clone(),
            trigger_type: t.trigger.type_text.clone(),
            ckafka: t.trigger.kind == Some(ScfTriggerType::Ckafka),
            pointer: t.trigger.node.pointer.clone(),
            line: t.trigger.node.span.start.line,
            region: f.facts.region().map(str::to_string),
            instance: c.and_then(|c| shown(c.instance)),
            topic: c.and_then(|c| shown(c.topic)),
            offset: c.map(|c| {
                shown(c.offset.at)
                    .unwrap_or_else(|| crate::limits::SCF_CKAFKA_OFFSET_DEFAULT.into())
            }),
            consumers: l.consumers,
            in_flight: l.in_flight,
            memory_mb: l.memory_mb,
            quota_mb: l.quota_mb,
            batch: l.batch.clone(),
            throughput: l.throughput.clone(),
            retry: l.retry.clone(),
            enabled: l.enabled,
            skipped: l.skipped,
            request: t.request.clone(),
            assumptions: l.notes.iter().map(assume::text).collect(),
        }
    }

    /// The trigger consumes: a CKafka trigger neither closed nor skipped.
    pub fn consumes(&self) -> bool {
        self.ckafka && !self.skipped && self.enabled != Some(false)
    }

    /// Its part of the region's quota; `Err(())` when it consumes but the part is not known.
    fn share(&self) -> Result<Option<ScfShare>, ()> {
        if !self.consumes() {
            return Ok(None);
        }
        match (self.in_flight, self.memory_mb) {
            (Some(n), Some(m)) => Ok(Some(ScfShare {
                function: self.function.clone(),
                trigger: self.trigger.clone(),
                in_flight: n,
                memory_mb: m,
                mb: n.saturating_mul(m),
                span: crate::source::Span::default(),
                pointer: self.pointer.clone(),
            })),
            _ => Err(()),
        }
    }
}

/// The plan of one SCF function.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct ScfFunctionPlan {
    pub path: String,
    pub file: String,
    pub form: String,
    pub key: String,
    pub function: String,
    pub region: Option<String>,
    pub line: u32,
    pub memory_mb: Option<u64>,
    pub timeout_s: Option<i64>,
    /// Sum of its consuming CKafka triggers' invocations in flight.
    pub in_flight: u64,
    /// Consuming CKafka triggers whose partitions (or memory) are not known.
    pub unknown: Vec<String>,
    /// in flight × memory.
    pub quota_mb: Option<u64>,
}

impl ScfFunctionPlan {
    pub fn new(path: &str, f: &ScfFunctionSemantics<'_, '_>, rows: &[ScfTriggerPlan]) -> Self {
        let consuming: Vec<&ScfTriggerPlan> = rows.iter().filter(|t| t.consumes()).collect();
        let in_flight = consuming.iter().filter_map(|t| t.in_flight).sum();
        let unknown: Vec<String> = consuming
            .iter()
            .filter(|t| t.in_flight.is_none())
            .map(|t| t.trigger.clone())
            .collect();
        ScfFunctionPlan {
            path: path.to_string(),
            file: String::new(),
            form: f.facts.form.as_str().to_string(),
            key: f.facts.key.clone(),
            function: f.facts.label.clone(),
            region: f.facts.region().map(str::to_string),
            line: f.facts.node.span.start.line,
            memory_mb: f.facts.memory(),
            timeout_s: f.facts.timeout_s(),
            in_flight,
            quota_mb: f.facts.memory().map(|m| m.saturating_mul(in_flight)),
            unknown,
        }
    }
}

/// The plan of one region's SCF concurrency quota.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct ScfRegionPlan {
    pub region: Option<String>,
    pub quota_mb: Option<u64>,
    pub quota_configured: bool,
    pub used_mb: u64,
    pub lower_bound: bool,
    pub shares: Vec<ScfShare>,
}

/// The rows of one SCF model, in the file shown as `path`.
pub fn plan_model(
    path: &str,
    model: &ScfModel<'_>,
    inventory: &Inventory,
) -> (Vec<ScfTriggerPlan>, Vec<ScfFunctionPlan>) {
    let sem = sem::analyze(model, inventory);
    plan_semantics(path, &sem)
}

/// The rows of analysed SCF functions.
pub fn plan_semantics(
    path: &str,
    functions: &[ScfFunctionSemantics<'_, '_>],
) -> (Vec<ScfTriggerPlan>, Vec<ScfFunctionPlan>) {
    let mut triggers = Vec::new();
    let mut out = Vec::new();
    for f in functions {
        let rows: Vec<ScfTriggerPlan> = f
            .triggers
            .iter()
            .map(|t| ScfTriggerPlan::new(path, f, t))
            .collect();
        out.push(inert_function(ScfFunctionPlan::new(path, f, &rows)));
        triggers.extend(rows.into_iter().map(inert_trigger));
    }
    (triggers, out)
}

/// Names and values come from the checked file: every text a plan prints is inert (control
/// characters written visibly, see [`crate::inert`]), as for FC rows.
fn inert(s: &mut String) {
    if let std::borrow::Cow::Owned(e) = crate::inert::escape(s) {
        *s = e;
    }
}

fn inert_trigger(mut t: ScfTriggerPlan) -> ScfTriggerPlan {
    for s in [
        &mut t.path,
        &mut t.form,
        &mut t.key,
        &mut t.function,
        &mut t.trigger,
    ] {
        inert(s);
    }
    for s in [
        &mut t.trigger_type,
        &mut t.region,
        &mut t.instance,
        &mut t.topic,
        &mut t.offset,
        &mut t.throughput.topic,
    ]
    .into_iter()
    .flatten()
    {
        inert(s);
    }
    if let Some(r) = &mut t.request {
        for s in [&mut r.trigger_name, &mut r.trigger_desc, &mut r.qualifier]
            .into_iter()
            .flatten()
        {
            inert(s);
        }
    }
    for a in &mut t.assumptions {
        inert(&mut a.en);
        inert(&mut a.zh);
    }
    t
}

fn inert_function(mut f: ScfFunctionPlan) -> ScfFunctionPlan {
    for s in [&mut f.path, &mut f.form, &mut f.key, &mut f.function] {
        inert(s);
    }
    if let Some(r) = &mut f.region {
        inert(r);
    }
    f.unknown.iter_mut().for_each(inert);
    f
}

impl ScfPlan {
    /// Put the rows of several files together and sum the quota per region.
    pub fn assemble(
        triggers: Vec<ScfTriggerPlan>,
        functions: Vec<ScfFunctionPlan>,
        inventory: &Inventory,
    ) -> ScfPlan {
        let mut shares: Vec<(Option<String>, Option<ScfShare>, bool)> = functions
            .iter()
            .map(|f| (f.region.clone(), None, false))
            .collect();
        for t in &triggers {
            match t.share() {
                Ok(s) => shares.push((t.region.clone(), s, false)),
                Err(()) => shares.push((t.region.clone(), None, true)),
            }
        }
        let regions = sem::sum_regions(shares, inventory)
            .into_iter()
            .map(|r| ScfRegionPlan {
                region: r.region,
                quota_mb: r.quota_mb,
                quota_configured: r.quota_configured,
                used_mb: r.used_mb,
                lower_bound: r.lower_bound,
                shares: r.shares,
            })
            .collect();
        ScfPlan {
            triggers,
            functions,
            regions,
        }
    }

    pub fn is_empty(&self) -> bool {
        self.functions.is_empty()
    }
}
