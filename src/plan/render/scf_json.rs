//! SCF rows in the plan's JSON: the same objects as FC's (`trigger_json`), each with
//! `"platform": "scf"` and the SCF figures beside (a row without `platform` is FC's, as it
//! always was).

use serde_json::{json, Value};

use super::json::{batch_json, throughput_json};
use crate::diag::Lang;
use crate::limits;
use crate::plan::scf::{ScfFunctionPlan, ScfRegionPlan, ScfTriggerPlan};
use crate::present;

fn f3(v: Option<f64>) -> Value {
    match v {
        Some(v) if v.is_finite() => json!(present::round3(v)),
        _ => Value::Null,
    }
}

/// The JSON value of one SCF trigger.
pub fn scf_trigger_json(t: &ScfTriggerPlan, lang: Lang) -> Value {
    let th = &t.throughput;
    let retry = t.retry.as_ref().map(|r| {
        json!({
            "policy": "SCF_CKAFKA_RETRY",
            "policy_is_default": r.default,
            "retries": r.retries,
            "attempt_timeout_s": r.attempt_s,
            "stall_s_at_least": r.stall_s,
            "platform_errors": "exponential back-off until success",
            "after": "not_documented",
        })
    });
    let request = t.request.as_ref().map(|r| {
        json!({
            "TriggerName": r.trigger_name,
            "TriggerDesc": r.trigger_desc,
            "Enable": r.enable,
            "Qualifier": r.qualifier,
        })
    });
    json!({
        "platform": "scf",
        "form": t.form,
        "path": t.path,
        "resource": t.key,
        "function": t.function,
        "trigger": t.trigger,
        "region": t.region,
        "source": if t.ckafka { Some("CKafka".to_string()) } else { t.trigger_type.clone() },
        "source_instance": t.instance,
        "offset": t.offset,
        "invocation": t.ckafka.then_some("sync"),
        "enabled": t.enabled,
        "skipped_by_v1_plugin": t.skipped,
        "consumers": t.consumers,
        "delivery_concurrency": t.in_flight,
        "instance_concurrency": t.ckafka.then_some(limits::SCF_EVENT_INSTANCE_CONCURRENCY),
        "max_instances": t.in_flight,
        "memory_mb": t.memory_mb,
        "quota_mb": t.quota_mb,
        "batch": batch_json(&t.batch),
        "throughput": throughput_json(th, &t.batch),
        "retry": retry,
        "create_trigger": request,
        "assumptions": t.assumptions.iter().map(|a| a.get(lang)).collect::<Vec<_>>(),
    })
}

/// The JSON value of one SCF function.
pub fn scf_function_json(f: &ScfFunctionPlan) -> Value {
    json!({
        "platform": "scf",
        "form": f.form,
        "path": f.path,
        "resource": f.key,
        "function": f.function,
        "region": f.region,
        "memory_mb": f.memory_mb,
        "timeout_s": f.timeout_s,
        "instance_concurrency": limits::SCF_EVENT_INSTANCE_CONCURRENCY,
        "max_instances": f.in_flight,
        "unknown_triggers": f.unknown,
        "quota_mb": f.quota_mb,
    })
}

/// The JSON value of one region's SCF concurrency quota.
pub fn scf_region_json(r: &ScfRegionPlan) -> Value {
    json!({
        "platform": "scf",
        "region": r.region,
        "quota_mb": r.quota_mb,
        "quota_source": match (r.quota_configured, r.quota_mb.is_some()) {
            (true, _) => "config",
            (false, true) => "documented",
            (false, false) => "unknown",
        },
        "used_mb": r.used_mb,
        "used_mb_is_lower_bound": r.lower_bound,
        "functions": r.shares.iter().map(|s| json!({
            "function": s.function,
            "trigger": s.trigger,
            "in_flight": s.in_flight,
            "memory_mb": s.memory_mb,
            "mb": s.mb,
            "share_of_quota": match r.quota_mb {
                Some(q) if q > 0 => f3(Some(s.mb as f64 / q as f64)),
                _ => Value::Null,
            },
        })).collect::<Vec<_>>(),
    })
}
