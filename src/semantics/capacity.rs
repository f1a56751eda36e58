//! Instances summed per function and per region: what each function can demand of its
//! region's quota, and how long the region takes to scale out to it
//! (`limits::SRC_REGION_QUOTA`, `limits::SRC_SCALING_LIMITS`).

use std::collections::BTreeMap;

use super::calc;
use super::load::TriggerLoad;

/// The instances one function can demand.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct FunctionLoad {
    /// ⌈reservedConcurrency / instanceConcurrency⌉.
    pub instance_cap: Option<u64>,
    /// Sum of the known trigger maxima.
    pub triggers_max_instances: u64,
    /// Triggers whose instances nothing in the file bounds (HTTP, async delivery …).
    pub unbounded: Vec<String>,
    /// Triggers whose bound is set but not known offline.
    pub unknown: Vec<String>,
    /// min(triggers_max_instances, instance_cap); `None` when a trigger is unbounded or
    /// unknown and there is no cap.
    pub max_instances: Option<u64>,
}

impl FunctionLoad {
    /// Sum the triggers' maxima (`(label, load)`) under the function's cap.
    pub fn sum<'x>(
        instance_cap: Option<u64>,
        triggers: impl IntoIterator<Item = (&'x str, &'x TriggerLoad)>,
    ) -> FunctionLoad {
        let mut f = FunctionLoad {
            instance_cap,
            ..FunctionLoad::default()
        };
        for (label, t) in triggers {
            match t.max_instances {
                // Saturating: a hostile file's numbers never wrap.
                Some(n) => f.triggers_max_instances = f.triggers_max_instances.saturating_add(n),
                None if t.max_unknown => f.unknown.push(label.to_string()),
                None => f.unbounded.push(label.to_string()),
            }
        }
        f.max_instances = max_instances(f.triggers_max_instances, instance_cap, f.complete());
        f
    }

    /// Every trigger's maximum is known.
    pub fn complete(&self) -> bool {
        self.unbounded.is_empty() && self.unknown.is_empty()
    }

    /// The instances this function contributes to its region's sum.
    pub fn demand(&self) -> u64 {
        demand(
            self.triggers_max_instances,
            self.instance_cap,
            self.complete(),
        )
    }
}

/// A function's maximum: the triggers' sum under the cap when every trigger is bounded, the
/// cap alone when not, nothing without a cap.
pub fn max_instances(triggers_max: u64, instance_cap: Option<u64>, complete: bool) -> Option<u64> {
    match (complete, instance_cap) {
        (true, Some(cap)) => Some(triggers_max.min(cap)),
        (true, None) => Some(triggers_max),
        (false, cap) => cap,
    }
}

/// The instances a function contributes to its region's sum: its maximum, or the cap, or (a
/// lower bound) the sum of its bounded triggers.
pub fn demand(triggers_max: u64, instance_cap: Option<u64>, complete: bool) -> u64 {
    match (instance_cap, complete) {
        (Some(cap), true) => triggers_max.min(cap),
        (Some(cap), false) => cap,
        (None, _) => triggers_max,
    }
}

/// One function's part of its region's sum.
#[derive(Debug, Clone)]
pub struct RegionShare {
    /// `None`: the region is not known offline.
    pub region: Option<String>,
    pub function: String,
    pub demand: u64,
    /// The demand has no bound (some trigger is unbounded or unknown, and no cap).
    pub unbounded: bool,
}

/// The instances one region can need.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct RegionLoad {
    /// `None`: the region is not known offline.
    pub region: Option<String>,
    pub max_instances: u64,
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

/// Sum the functions' demands per region (sorted by region, unknown first).
pub fn regions(shares: impl IntoIterator<Item = RegionShare>) -> Vec<RegionLoad> {
    let mut by_region: BTreeMap<Option<String>, RegionLoad> = BTreeMap::new();
    for s in shares {
        let r = by_region
            .entry(s.region.clone())
            .or_insert_with(|| RegionLoad {
                region: s.region,
                ..RegionLoad::default()
            });
        r.max_instances = r.max_instances.saturating_add(s.demand);
        r.lower_bound |= s.unbounded;
        r.functions.push((s.function, s.demand));
    }
    let mut out: Vec<RegionLoad> = by_region.into_values().collect();
    for r in &mut out {
        if let Some(name) = &r.region {
            let (burst, growth) = calc::scale_out_rates(name);
            r.burst = Some(burst);
            r.growth_per_min = Some(growth);
            r.seconds_to_scale = Some(calc::seconds_to_scale(r.max_instances, burst, growth));
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn bounded(n: u64) -> TriggerLoad {
        TriggerLoad {
            max_instances: Some(n),
            ..TriggerLoad::default()
        }
    }

    #[test]
    fn function_sums_under_its_cap() {
        let (a, b) = (bounded(13), bounded(26));
        let open = TriggerLoad::default();
        let unknown = TriggerLoad {
            max_unknown: true,
            ..TriggerLoad::default()
        };
        let f = FunctionLoad::sum(None, [("a", &a), ("b", &b)]);
        assert_eq!((f.max_instances, f.demand()), (Some(39), 39));
        let f = FunctionLoad::sum(Some(10), [("a", &a), ("b", &b)]);
        assert_eq!((f.max_instances, f.demand()), (Some(10), 10));
        let f = FunctionLoad::sum(None, [("a", &a), ("h", &open), ("u", &unknown)]);
        assert_eq!(f.unbounded, vec!["h".to_string()]);
        assert_eq!(f.unknown, vec!["u".to_string()]);
        assert_eq!((f.max_instances, f.demand()), (None, 13));
        let f = FunctionLoad::sum(Some(5), [("a", &a), ("h", &open)]);
        assert_eq!((f.max_instances, f.demand()), (Some(5), 5));
    }

    #[test]
    fn regions_sum_and_scale() {
        let share = |r: &str, f: &str, d: u64, unbounded: bool| RegionShare {
            region: Some(r.into()),
            function: f.into(),
            demand: d,
            unbounded,
        };
        let rs = regions([
            share("cn-hangzhou", "a", 300, false),
            share("cn-hangzhou", "b", 150, true),
            share("ap-southeast-1", "c", 250, false),
        ]);
        assert_eq!(rs.len(), 2);
        assert_eq!(rs[0].region.as_deref(), Some("ap-southeast-1"));
        assert_eq!(rs[0].seconds_to_scale, Some(90));
        assert_eq!((rs[1].max_instances, rs[1].lower_bound), (450, true));
        assert_eq!(rs[1].seconds_to_scale, Some(30));
    }
}
