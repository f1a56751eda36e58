//! What the schema's findings become once the rest of the file is known: a raised quota, one
//! finding per mistaken value, the keys devsapp/fc-base takes.

use crate::codes::Code;
use crate::diag::Diagnostic;
use crate::source::Node;

/// A delivery concurrency above the documented 300 but within the account's raised
/// EventBridge quota (`delivery_concurrency_quota` in fclint.toml) is not out of range.
pub(super) fn within_raised_quota(
    props: &Node,
    inventory: &crate::config::Inventory,
    found: &mut Vec<Diagnostic>,
) {
    if inventory.delivery_concurrency_quota.is_none() {
        return;
    }
    let max = inventory.delivery_concurrency_max();
    found.retain_mut(|d| {
        if d.code != Code::SC005 || !d.pointer.ends_with("/deliveryOption/concurrency") {
            return true;
        }
        let rel = d.pointer.strip_prefix(props.pointer.as_str()).unwrap_or_default();
        let value = props.find_pointer(rel).and_then(|(n, _)| {
            n.as_i64().or_else(|| n.as_str().and_then(|s| s.trim().parse().ok()))
        });
        let Some(v) = value.and_then(|v| u64::try_from(v).ok()) else {
            return true;
        };
        if v < 1 {
            return true;
        }
        if v <= max {
            return false;
        }
        d.message = crate::diag::Text::new(
            format!("`deliveryOption.concurrency` is {v}, above the raised quota {max} (`delivery_concurrency_quota` in fclint.toml)"),
            format!("`deliveryOption.concurrency` 为 {v}，超过已提高的配额 {max}（fclint.toml 中的 `delivery_concurrency_quota`）"),
        );
        d.help = None;
        true
    });
}

/// One mistake, one finding: a value below or above its range (SC005) is not also reported
/// as off its step (SC006), nor is the cpu:memory ratio (FN003) computed from it.
pub(super) fn one_finding_per_value(found: &mut Vec<Diagnostic>, semantic: &mut Vec<Diagnostic>) {
    let out_of_range: Vec<String> = found
        .iter()
        .filter(|d| d.code == Code::SC005)
        .map(|d| d.pointer.clone())
        .collect();
    if out_of_range.is_empty() {
        return;
    }
    found.retain(|d| !(d.code == Code::SC006 && out_of_range.contains(&d.pointer)));
    let sizing = out_of_range
        .iter()
        .any(|p| p.ends_with("/memorySize") || p.ends_with("/cpu"));
    if sizing {
        semantic.retain(|d| d.code != Code::FN003);
    }
}

/// An SC003 on a key devsapp/fc-base takes and devsapp/fc does not: the function's `service`,
/// `filename`, `import`, `protect` and a trigger's `function`, `service`, `import`, `protect`
/// (`FunctionConfig`, `TriggerConfig`:
/// https://github.com/devsapp/fc-base/blob/fb83eb3b2b349cc2137ded11e8b7aca0b8915d21/src/lib/fc/function.ts#L8-L31,
/// https://github.com/devsapp/fc-base/blob/fb83eb3b2b349cc2137ded11e8b7aca0b8915d21/src/lib/fc/trigger.ts#L11-L21).
pub(super) fn is_fc_base_key(f: &crate::model::Function<'_>, d: &Diagnostic) -> bool {
    const FUNCTION: &[&str] = &["service", "filename", "import", "protect"];
    const TRIGGER: &[&str] = &["function", "service", "import", "protect"];
    if d.code != Code::SC003 {
        return false;
    }
    let Some((parent, key)) = d.pointer.rsplit_once('/') else {
        return false;
    };
    let in_function = f.function.is_some_and(|n| n.pointer == parent) && FUNCTION.contains(&key);
    let in_trigger = f.triggers.iter().any(|t| t.node.pointer == parent) && TRIGGER.contains(&key);
    in_function || in_trigger
}
