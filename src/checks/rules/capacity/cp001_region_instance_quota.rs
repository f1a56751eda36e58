//! CP001: Kafka delivery concurrency in one region that can need more instances than the
//! region quota.

use std::collections::BTreeMap;

use crate::checks::at;
use crate::checks::Ctx;
use crate::codes::Code;
use crate::diag::{Diagnostic, Text};
use crate::limits;
use crate::semantics::{FunctionSemantics, TriggerSemantics};
use crate::source::Node;

crate::codes::declare_rule! {
    /// ## What it checks
    /// For each region, the sum over the file's synchronous Kafka triggers of ⌈`deliveryOption.concurrency` / `instanceConcurrency`⌉ — the instances FC must run when every trigger delivers at full concurrency — against the region instance quota. Each contributing trigger gets the warning with the total.
    ///
    /// The quota is `region_quota` in fclint.toml, else **{limits::REGION_INSTANCE_QUOTA_DEFAULT}**. The docs disagree on the default: {limits::REGION_INSTANCE_QUOTA_DEFAULT} on the FC 3.0 pages and the Dec-2025 English page, {limits::REGION_INSTANCE_QUOTA_OLD} on FC 2.0 pages, a 2024 page and an Apr-2026 English page (https://help.aliyun.com/zh/functioncompute/fc-3-0/user-guide/overview-of-configuring-the-maximum-number-of-on-demand-instances). fclint takes the lower value so that the warning errs on the safe side; read your real value in Quota Center and set `region_quota`.
    ///
    /// ## Why it matters
    /// FC fills an instance up to `instanceConcurrency` before it starts another (https://help.aliyun.com/document_detail/144586.html), so each trigger can need ⌈concurrency / instanceConcurrency⌉ instances. Past the quota FC throttles with {limits::THROTTLE_HTTP_STATUS} `ResourceExhausted`; for EventBridge delivery a throttle is a failed delivery that goes through the retry policy, and the lag grows. The quota is per account and region, so other applications' usage counts too.
    ///
    /// ## Example
    /// ```yaml
    /// # two functions in cn-hangzhou, instanceConcurrency 1
    /// deliveryOption:
    ///   concurrency: 80
    /// # …
    /// deliveryOption:
    ///   concurrency: 40      # 80 + 40 = 120 > {limits::REGION_INSTANCE_QUOTA_DEFAULT}
    /// ```
    /// ## Fix
    /// Raise `instanceConcurrency` (custom runtimes), lower `concurrency`, or request a higher quota and record it:
    /// ```toml
    /// region_quota = {limits::REGION_INSTANCE_QUOTA_OLD}
    /// ```
    CP001,
    summary: "Kafka delivery concurrency in one region can need more instances than the region quota",
    summary_zh: "同一地域的 Kafka 投递并发所需实例数可能超过地域配额",
    doc_zh: include_str!("cp001_region_instance_quota.zh.md"),
}

struct Contribution<'a> {
    node: &'a Node,
    who: String,
    concurrency: u64,
    instance_concurrency: u64,
    instances: u64,
}

pub(super) fn check(ctx: &Ctx<'_>, out: &mut Vec<Diagnostic>) {
    if !ctx.enabled(Code::CP001) {
        return;
    }
    let mut by_region: BTreeMap<&str, Vec<Contribution<'_>>> = BTreeMap::new();
    for f in &ctx.semantics {
        // The region as written: the same expression left unresolved is the same region.
        let Some(region) = f.facts.region_text() else {
            continue;
        };
        for t in &f.triggers {
            if let Some(c) = contribution(f, t) {
                by_region.entry(region).or_default().push(c);
            }
        }
    }
    let quota = ctx.config.inventory.region_quota();
    let default_note = if ctx.config.inventory.region_quota.is_none() {
        (
            format!(" (fclint's default; set `region_quota` in fclint.toml to your Quota Center value, often {})", limits::REGION_INSTANCE_QUOTA_OLD),
            format!("（fclint 的默认值；请在 fclint.toml 中把 `region_quota` 设为配额中心的实际值，常见为 {}）", limits::REGION_INSTANCE_QUOTA_OLD),
        )
    } else {
        (String::new(), String::new())
    };
    for (region, list) in by_region {
        let total: u64 = list.iter().map(|c| c.instances).sum();
        if total <= quota {
            continue;
        }
        let breakdown = list
            .iter()
            .map(|c| format!("{} {}", c.who, c.instances))
            .collect::<Vec<_>>()
            .join(" + ");
        for c in &list {
            let d = at(
                Code::CP001,
                c.node,
                Text::new(
                    format!(
                        "Kafka delivery in {region} can need {total} instances at full concurrency ({breakdown}), above the region quota of {quota}; this trigger: ⌈{}/{}⌉ = {}",
                        c.concurrency, c.instance_concurrency, c.instances
                    ),
                    format!(
                        "{region} 的 Kafka 投递在满并发时需要 {total} 个实例（{breakdown}），超过地域配额 {quota}；本触发器：⌈{}/{}⌉ = {}",
                        c.concurrency, c.instance_concurrency, c.instances
                    ),
                ),
            );
            out.push(d.with_help(Text::new(format!("lower `concurrency`, raise `instanceConcurrency`, or request a higher quota; the quota is {quota}{}", default_note.0), format!("请降低 `concurrency`、提高 `instanceConcurrency` 或申请更高配额；当前配额为 {quota}{}", default_note.1))));
        }
    }
}

/// The instances a synchronous Kafka trigger's delivery concurrency can demand:
/// ⌈concurrency / instanceConcurrency⌉ ([`TriggerLoad::max_instances`]).
///
/// [`TriggerLoad::max_instances`]: crate::semantics::TriggerLoad::max_instances
fn contribution<'a>(
    f: &FunctionSemantics<'a, '_>,
    t: &TriggerSemantics<'a, '_>,
) -> Option<Contribution<'a>> {
    let eb = t.facts.eventbridge.as_ref()?;
    // Delivery concurrency bounds synchronous Kafka delivery only; out-of-range values are
    // SC005's finding.
    eb.concurrency_in_range()?;
    let load = &t.load;
    Some(Contribution {
        node: eb.concurrency.node()?,
        who: format!("{}/{}", f.facts.label, t.facts.label),
        concurrency: load.delivery_concurrency?,
        instance_concurrency: load.instance_concurrency?,
        instances: load.max_instances?,
    })
}
