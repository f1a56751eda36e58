//! What the deploying code sends to the SCF `CreateTrigger` API for a CKafka trigger, computed
//! the way it computes it:
//!
//! - the toolkit behind the `scf` and `multi-scf` components (`limits::SRC_SCF_TOOLKIT_CKAFKA`,
//!   `formatInputs`): `TriggerName = "${name}-${topic}"`, `TriggerDesc = {maxMsgNum ?? 100,
//!   offset ?? "latest", retry ?? 10000, timeOut: timeout ?? 60}` (JavaScript `??`: absent or
//!   `null` takes the default; anything else is sent as written), `Qualifier = qualifier ??
//!   "$DEFAULT"`, `Enable = enable ? "OPEN" : "CLOSE"`;
//! - the Framework v1 plugin (`limits::SRC_SCF_V1_TRIGGER`): `TriggerName = "${name}-${topic}"`,
//!   `TriggerDesc = {maxMsgNum: String(maxMsgNum), offset: offset || "latest"}`, no retry, no
//!   `timeOut`, no qualifier; `Enable` as above. It sends nothing when it skips the trigger.
//!
//! `explain` quotes the request; a test holds it to the toolkit's own table.

use serde_json::{json, Value};

use super::trigger::v1_name;
use crate::limits;
use crate::model::scf::{ScfForm, ScfTrigger};
use crate::semantics::fact::unresolved;
use crate::source::{Kind, Node};

/// The `CreateTrigger` request of one CKafka trigger, as far as it is known offline.
#[derive(Debug, Clone, PartialEq)]
pub struct CkafkaRequest {
    /// `TriggerName`.
    pub trigger_name: Option<String>,
    /// `TriggerDesc`, the JSON text sent.
    pub trigger_desc: Option<String>,
    /// `Enable`: `OPEN` or `CLOSE`.
    pub enable: Option<&'static str>,
    /// `Qualifier` (the components only).
    pub qualifier: Option<String>,
}

/// The request for CKafka trigger `t` with `parameters` mapping `params`; `None` when the v1
/// plugin skips the trigger (a name that differs from the instance, a `maxMsgNum` outside what
/// it accepts).
pub fn ckafka_request(t: &ScfTrigger<'_>, params: &Node) -> Option<CkafkaRequest> {
    let get = |k: &str| params.get(k);
    let name = template(get("name")).zip(template(get("topic")));
    let trigger_name = name.map(|(n, tp)| format!("{n}-{tp}"));
    let enable = js_truthy(get("enable")).map(|on| if on { "OPEN" } else { "CLOSE" });
    if t.form == ScfForm::FrameworkV1 {
        if v1_name(t).and_then(|n| n.mismatch) != Some(false) {
            return None;
        }
        let max = get("maxMsgNum")?;
        let n = max.as_number_lenient()?;
        let r = limits::SCF_CKAFKA_MAX_MSG_NUM_V1;
        if !(n >= r.min as f64 && n <= r.max as f64) {
            return None;
        }
        let offset = match get("offset") {
            Some(o) if js_truthy(Some(o)) == Some(true) => as_json(o)?,
            Some(o) if unresolved(o).is_some() => return partial(trigger_name, enable),
            _ => json!(limits::SCF_CKAFKA_OFFSET_DEFAULT),
        };
        let desc = template(Some(max)).map(|m| json!({ "maxMsgNum": m, "offset": offset }));
        return Some(CkafkaRequest {
            trigger_name,
            trigger_desc: desc.map(|d| d.to_string()),
            enable,
            qualifier: None,
        });
    }
    let or = |k: &str, default: Value| -> Option<Value> {
        match get(k) {
            None => Some(default),
            Some(n) if n.is_null() => Some(default),
            Some(n) => as_json(n),
        }
    };
    let desc = (|| {
        Some(json!({
            "maxMsgNum": or("maxMsgNum", json!(limits::SCF_CKAFKA_MAX_MSG_NUM_DEFAULT))?,
            "offset": or("offset", json!(limits::SCF_CKAFKA_OFFSET_DEFAULT))?,
            "retry": or("retry", json!(limits::SCF_CKAFKA_RETRY_DEFAULT))?,
            "timeOut": or("timeout", json!(limits::SCF_CKAFKA_TIMEOUT_DEFAULT_S))?,
        }))
    })();
    let qualifier = match or("qualifier", json!(limits::SCF_QUALIFIER_DEFAULT)) {
        Some(Value::String(s)) => Some(s),
        Some(v) => Some(v.to_string()),
        None => None,
    };
    Some(CkafkaRequest {
        trigger_name,
        trigger_desc: desc.map(|d| d.to_string()),
        enable,
        qualifier,
    })
}

fn partial(trigger_name: Option<String>, enable: Option<&'static str>) -> Option<CkafkaRequest> {
    Some(CkafkaRequest {
        trigger_name,
        trigger_desc: None,
        enable,
        qualifier: None,
    })
}

/// The value as JSON, `None` when not known offline.
fn as_json(n: &Node) -> Option<Value> {
    // A value from the environment is never written into the request shown.
    if n.contains_unknown() || unresolved(n).is_some() || n.contains_sensitive() {
        return None;
    }
    Some(n.to_json())
}

/// A value inside a JavaScript template string: `${x}`.
fn template(n: Option<&Node>) -> Option<String> {
    let Some(n) = n else {
        return Some("undefined".into());
    };
    // Unknown offline, or from the environment (never shown, not even in a request body).
    if unresolved(n).is_some() || n.contains_sensitive() {
        return None;
    }
    Some(match &n.kind {
        Kind::Str(s) => s.clone(),
        Kind::Null => "null".into(),
        Kind::Seq(items) => items
            .iter()
            .map(|i| template(Some(i)).unwrap_or_default())
            .collect::<Vec<_>>()
            .join(","),
        Kind::Map(_) => "[object Object]".into(),
        _ => n.display_value(),
    })
}

/// JavaScript truthiness of an optional value (`undefined` is false); `None` when unknown.
fn js_truthy(n: Option<&Node>) -> Option<bool> {
    match n {
        None => Some(false),
        Some(n) if unresolved(n).is_some() => None,
        Some(n) => super::ckafka::truthy(n),
    }
}

#[cfg(test)]
mod tests;
