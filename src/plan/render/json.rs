//! The plan as JSON (`--format json`): `{"version": 1, "triggers", "functions", "regions"}`;
//! SCF rows come after FC's, marked `"platform": "scf"`.

use serde_json::{json, Value};

use crate::diag::Lang;
use crate::plan::{Invocation, Plan, TriggerPlan};
use crate::present;
use crate::semantics::{Batch, Throughput};

fn f3(v: Option<f64>) -> Value {
    match v {
        Some(v) if v.is_finite() => json!(present::round3(v)),
        _ => Value::Null,
    }
}

/// Retry waits run-length encoded: `[[shortest, longest, times], …]` — `[[10, 20, 3]]` for
/// BACKOFF_RETRY, `[[1, 1, 1], [2, 2, 1], …, [512, 512, 167]]` for EXPONENTIAL_DECAY_RETRY.
fn waits_rle(waits: &[(u64, u64)]) -> Value {
    let mut out: Vec<(u64, u64, u64)> = Vec::new();
    for &(a, b) in waits {
        match out.last_mut() {
            Some(last) if last.0 == a && last.1 == b => last.2 += 1,
            _ => out.push((a, b, 1)),
        }
    }
    Value::Array(out.into_iter().map(|(a, b, n)| json!([a, b, n])).collect())
}

/// A trigger's batch as JSON (FC and SCF rows alike).
pub(super) fn batch_json(b: &Batch) -> Value {
    json!({
        "max_messages": b.max_messages,
        "interval_s": b.interval_s,
        "split": b.split,
    })
}

/// A trigger's throughput as JSON (FC and SCF rows alike).
pub(super) fn throughput_json(th: &Throughput, b: &Batch) -> Value {
    json!({
        "topic": th.topic,
        "partitions": th.partitions,
        "rate_msgs_per_s": f3(th.rate),
        "message_size_bytes": b.message_size_bytes,
        "body_limit_bytes": b.body_limit_bytes,
        "messages_per_invocation": f3(th.messages_per_invocation),
        "invocations_per_s": f3(th.invocations_per_s),
        "seconds_per_invocation": f3(th.seconds_per_invocation),
        "in_flight": f3(th.in_flight),
        "in_flight_capped": f3(th.in_flight_capped),
        "expected_instances": th.expected_instances,
        "seconds_per_full_push": f3(th.seconds_per_full_push),
        "sustainable_msgs_per_s": f3(th.sustainable_rate),
        "exceeds_sustainable": th.exceeds,
        "lag_growth_msgs_per_s": f3(th.lag_per_s),
        "lag_growth_msgs_per_h": f3(th.lag_per_s.map(|l| l * 3600.0)),
        "batching_latency_s": th.batching_latency_s,
    })
}

/// The JSON value of one trigger.
pub fn trigger_json(t: &TriggerPlan, lang: Lang) -> Value {
    let th = &t.throughput;
    let retry = t.retry.as_ref().map(|r| {
        let (lo, hi) = r.total();
        json!({
            "policy": r.policy.as_str(),
            "policy_is_default": r.policy_default,
            "retries": r.retries(),
            "waits_s": waits_rle(&r.policy.waits()),
            "total_s": [lo, hi],
            "errors_tolerance": r.errors_tolerance.as_str(),
            "errors_tolerance_is_default": r.tolerance_default,
            "dead_letter_queue": r.dead_letter_queue,
            "after": r.after.as_str(),
        })
    });
    json!({
        "path": t.path,
        "resource": t.resource,
        "function": t.function,
        "trigger": t.trigger,
        "source": t.source,
        "invocation": t.invocation.map(Invocation::as_str),
        "consumers": t.consumers,
        "delivery_concurrency": t.delivery_concurrency,
        "instance_concurrency": t.instance_concurrency,
        "max_instances": t.max_instances,
        "batch": batch_json(&t.batch),
        "throughput": throughput_json(th, &t.batch),
        "retry": retry,
        "assumptions": t.assumptions.iter().map(|a| a.get(lang)).collect::<Vec<_>>(),
    })
}

/// `{"version": 1, "triggers": [...], "functions": [...], "regions": [...]}`.
pub fn json_value(plan: &Plan, lang: Lang) -> Value {
    let mut functions: Vec<Value> = plan
        .functions
        .iter()
        .map(|f| {
            json!({
                "path": f.path,
                "resource": f.resource,
                "function": f.function,
                "region": f.region,
                "instance_concurrency": f.instance_concurrency,
                "reserved_concurrency": f.reserved_concurrency,
                "instance_cap": f.instance_cap,
                "triggers_max_instances": f.triggers_max_instances,
                "unbounded_triggers": f.unbounded,
                "unknown_triggers": f.unknown,
                "max_instances": f.max_instances,
            })
        })
        .collect();
    let mut regions: Vec<Value> = plan
        .regions
        .iter()
        .map(|r| {
            json!({
                "region": r.region,
                "max_instances": r.max_instances,
                "max_instances_is_lower_bound": r.lower_bound,
                "quota": r.quota,
                "quota_source": if plan.quota_configured { "config" } else { "default" },
                "burst_instances": r.burst,
                "growth_per_min": r.growth_per_min,
                "seconds_to_scale": r.seconds_to_scale,
                "functions": r.functions.iter().map(|(f, n)| json!({
                    "function": f,
                    "max_instances": n,
                    "share_of_quota": if r.quota == 0 { Value::Null } else { f3(Some(*n as f64 / r.quota as f64)) },
                })).collect::<Vec<_>>(),
            })
        })
        .collect();
    // SCF rows follow FC's, each marked `"platform": "scf"`.
    let mut triggers: Vec<Value> = plan
        .triggers
        .iter()
        .map(|t| trigger_json(t, lang))
        .collect();
    let scf = &plan.scf;
    triggers.extend(
        scf.triggers
            .iter()
            .map(|t| super::scf_trigger_json(t, lang)),
    );
    functions.extend(scf.functions.iter().map(super::scf_function_json));
    regions.extend(scf.regions.iter().map(super::scf_region_json));
    json!({
        "version": 1,
        "triggers": triggers,
        "functions": functions,
        "regions": regions,
    })
}

pub fn json(plan: &Plan, lang: Lang) -> String {
    let mut s = serde_json::to_string_pretty(&json_value(plan, lang)).unwrap_or_default();
    s.push('\n');
    s
}

/// `{"version": 1, "before": plan, "after": plan}`.
pub fn json_diff(before: &Plan, after: &Plan, lang: Lang) -> String {
    let v = json!({
        "version": 1,
        "before": json_value(before, lang),
        "after": json_value(after, lang),
    });
    let mut s = serde_json::to_string_pretty(&v).unwrap_or_default();
    s.push('\n');
    s
}
