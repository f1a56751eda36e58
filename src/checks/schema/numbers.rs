//! Numbers the schema alone does not judge: a quoted number is range-checked as the number it
//! holds (SC005 beside SC008), and a number written larger than any FC takes is out of range
//! even where its key has no documented maximum (SC005).

use serde_json::Value;

use super::{map_error, short_label, KeyNotes};
use crate::checks::rules::schema::sc005_out_of_range;
use crate::codes::Code;
use crate::diag::Diagnostic;
use crate::source::{Kind, Node};

/// A quoted number (SC008) is also checked as the number it holds: `timeout: "301"` is out of
/// range as well as quoted. The props are validated once more with those strings replaced by
/// their numbers, and only the errors at those places are kept.
pub(super) fn quoted_numbers_in_range(
    scope: super::Scope<'_>,
    props: &Node,
    v: &jsonschema::Validator,
    instance: &Value,
    found: &mut Vec<(Diagnostic, Option<(String, String)>)>,
    keys: &mut KeyNotes,
) {
    let quoted: std::collections::HashMap<String, String> = found
        .iter()
        .filter(|(d, _)| d.code == Code::SC008)
        .filter_map(|(d, _)| {
            let rel = d.pointer.strip_prefix(props.pointer.as_str())?;
            Some((rel.to_string(), d.pointer.clone()))
        })
        .collect();
    if quoted.is_empty() {
        return;
    }
    let mut patched = instance.clone();
    for rel in quoted.keys() {
        if let Some(slot) = patched.pointer_mut(rel) {
            let number = slot.as_str().and_then(|s| {
                let s = s.trim();
                s.parse::<i64>().ok().map(Value::from).or_else(|| {
                    s.parse::<f64>()
                        .ok()
                        .and_then(|f| serde_json::Number::from_f64(f).map(Value::Number))
                })
            });
            if let Some(n) = number {
                *slot = n;
            }
        }
    }
    for err in v.iter_errors(&patched) {
        let rel = err.instance_path().as_str().to_string();
        if !quoted.contains_key(&rel) {
            continue;
        }
        let schema_path = err.schema_path().as_str().to_string();
        // One finding at most per quoted number: no bound of its own needed.
        for d in map_error(scope, props, &rel, &schema_path, &err, keys, usize::MAX) {
            found.push((d, None));
        }
    }
}

/// A number written larger than any FC takes (`99999999999999999999999`, `1e400`) where no
/// documented range caught it (`maximumTasks` has no maximum of its own): SC005. One walk of
/// the props, one set of the places already reported.
pub(super) fn too_large_numbers(props: &Node, found: &mut Vec<Diagnostic>) {
    fn walk<'n>(n: &'n Node, out: &mut Vec<&'n Node>) {
        match &n.kind {
            Kind::Map(entries) => entries.iter().for_each(|e| walk(&e.value, out)),
            Kind::Seq(items) => items.iter().for_each(|i| walk(i, out)),
            Kind::Float(f) => {
                let numeric = n.written().is_some_and(crate::source::looks_numeric);
                if numeric && !f.is_nan() && f.abs() > crate::limits::LARGEST_INTEGER as f64 {
                    out.push(n);
                }
            }
            _ => {}
        }
    }
    let mut huge = Vec::new();
    walk(props, &mut huge);
    if huge.is_empty() {
        return;
    }
    let reported: std::collections::HashSet<&str> =
        found.iter().map(|d| d.pointer.as_str()).collect();
    let new: Vec<Diagnostic> = huge
        .into_iter()
        .filter(|n| !n.is_sensitive() && !reported.contains(n.pointer.as_str()))
        .map(|n| {
            let rel = n.pointer.strip_prefix(props.pointer.as_str()).unwrap_or("");
            sc005_out_of_range::too_large_to_read(n, &short_label(rel))
        })
        .collect();
    found.extend(new);
}
