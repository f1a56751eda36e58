//! The SCF concurrency quota of a region, in MB: every function of the account in the region
//! shares it, and each running instance holds its function's `memorySize`
//! (`limits::SRC_SCF_CONCURRENCY`). A CKafka trigger keeps at most one invocation per
//! partition running, so it can hold partitions × `memorySize` MB.

use std::collections::BTreeMap;

use super::ScfFunctionSemantics;
use crate::config::Inventory;
use crate::limits;
use crate::source::Span;

/// One CKafka trigger's part of its region's quota.
#[derive(Debug, Clone, PartialEq)]
pub struct ScfShare {
    pub function: String,
    pub trigger: String,
    /// Invocations in flight at most (the partitions).
    pub in_flight: u64,
    pub memory_mb: u64,
    /// in flight × memory.
    pub mb: u64,
    /// Where the trigger is written (its type), and its JSON Pointer.
    pub span: Span,
    pub pointer: String,
}

/// The quota of one region and what the file's CKafka triggers can hold of it.
#[derive(Debug, Clone, PartialEq)]
pub struct ScfRegionLoad {
    /// `None`: the region is not known offline.
    pub region: Option<String>,
    /// The quota in MB: `scf_region_quota_mb` in fclint.toml, else the documented one
    /// ([`limits::scf_region_quota_mb`]); `None` when neither names this region.
    pub quota_mb: Option<u64>,
    pub quota_configured: bool,
    /// Sum of the known shares.
    pub used_mb: u64,
    /// Some open CKafka trigger's partitions or memory are not known: `used_mb` is a lower
    /// bound.
    pub lower_bound: bool,
    pub shares: Vec<ScfShare>,
}

impl ScfRegionLoad {
    /// The shares are above the quota.
    pub fn exceeds(&self) -> bool {
        self.quota_mb.is_some_and(|q| self.used_mb > q)
    }
}

/// The quota of a region: the configured one, else the documented one.
pub fn quota_of(region: Option<&str>, inventory: &Inventory) -> (Option<u64>, bool) {
    match inventory.scf_region_quota_mb {
        Some(q) => (Some(q), true),
        None => (region.and_then(limits::scf_region_quota_mb), false),
    }
}

/// Sum the CKafka triggers that consume (not closed, not skipped by the v1 plugin) by region,
/// in region order (`None` last).
pub fn regions(
    functions: &[ScfFunctionSemantics<'_, '_>],
    inventory: &Inventory,
) -> Vec<ScfRegionLoad> {
    let mut shares = Vec::new();
    for f in functions {
        let region = f.facts.region().map(str::to_string);
        shares.push((region.clone(), None, false));
        for t in f.triggers.iter().filter(|t| t.ckafka.is_some()) {
            let l = &t.load;
            if l.skipped || l.enabled == Some(false) {
                continue;
            }
            let share = match (l.in_flight, l.memory_mb) {
                (Some(n), Some(m)) => Some(ScfShare {
                    function: f.facts.label.clone(),
                    trigger: t.label.clone(),
                    in_flight: n,
                    memory_mb: m,
                    mb: n.saturating_mul(m),
                    span: t.trigger.type_span,
                    pointer: t.trigger.node.pointer.clone(),
                }),
                _ => None,
            };
            let unknown = share.is_none();
            shares.push((region.clone(), share, unknown));
        }
    }
    sum_regions(shares, inventory)
}

/// Sum shares by region: `(region, share, unknown)` — a share, or a consuming trigger whose
/// share is not known (`unknown`), or neither (a function, so that its region is listed).
pub fn sum_regions(
    shares: impl IntoIterator<Item = (Option<String>, Option<ScfShare>, bool)>,
    inventory: &Inventory,
) -> Vec<ScfRegionLoad> {
    let mut by: BTreeMap<Option<String>, (u64, bool, Vec<ScfShare>)> = BTreeMap::new();
    for (region, share, unknown) in shares {
        let entry = by.entry(region).or_insert((0, false, Vec::new()));
        entry.1 |= unknown;
        if let Some(s) = share {
            entry.0 = entry.0.saturating_add(s.mb);
            entry.2.push(s);
        }
    }
    let mut out: Vec<ScfRegionLoad> = by
        .into_iter()
        .map(|(region, (used_mb, lower_bound, shares))| {
            let (quota_mb, quota_configured) = quota_of(region.as_deref(), inventory);
            ScfRegionLoad {
                region,
                quota_mb,
                quota_configured,
                used_mb,
                lower_bound,
                shares,
            }
        })
        .collect();
    // BTreeMap orders `None` first; an unknown region reads best last.
    out.sort_by_key(|r| r.region.is_none());
    out
}
