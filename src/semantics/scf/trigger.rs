//! What the Framework v1 plugin `serverless-tencent-scf` demands of a trigger's name before it
//! creates the trigger (`limits::SRC_SCF_V1_TRIGGER`): a CKafka or CMQ event's own `name` must
//! equal `parameters.name`, a COS event's `parameters.bucket`. Otherwise the plugin logs an
//! error, skips the trigger, and the deploy still reports success.

use crate::model::scf::{ScfForm, ScfTrigger, ScfTriggerType};
use crate::semantics::fact::{unresolved, Site};
use crate::source::{Kind, Node};

/// The v1 name check of one trigger.
#[derive(Debug, Clone, Copy)]
pub struct V1Name<'a> {
    /// The event's own `name`: the plugin files the trigger under it (as a JavaScript object
    /// key, so a missing name is the text `undefined`).
    pub event: Option<Site<'a>>,
    /// The parameter it must equal: `name` (ckafka, cmq) or `bucket` (cos).
    pub key: &'static str,
    pub target: Option<Site<'a>>,
    /// `Some(true)`: they differ and the plugin skips the trigger; `None`: not known offline.
    pub mismatch: Option<bool>,
}

/// The check, for a v1 `ckafka`, `cmq` or `cos` event with a `parameters` mapping.
pub fn v1_name<'a>(t: &ScfTrigger<'a>) -> Option<V1Name<'a>> {
    if t.form != ScfForm::FrameworkV1 || t.foreign {
        return None;
    }
    let key = match t.kind? {
        ScfTriggerType::Ckafka | ScfTriggerType::Cmq => "name",
        ScfTriggerType::Cos => "bucket",
        _ => return None,
    };
    let params = t.params.filter(|p| p.is_map())?;
    let event = t.body.and_then(|b| Site::of(b, "name"));
    let target = Site::of(params, key);
    let mismatch = compare(event.map(|s| s.node), target.map(|s| s.node));
    Some(V1Name {
        event,
        key,
        target,
        mismatch,
    })
}

/// `String(eventName) != parameters[key]`, JavaScript's loose comparison of an object key with
/// the value: a missing or `null` parameter never equals a key.
fn compare(event: Option<&Node>, target: Option<&Node>) -> Option<bool> {
    let as_key = |n: Option<&Node>| -> Option<String> {
        match n {
            None => Some("undefined".into()),
            Some(n) if unresolved(n).is_some() => None,
            Some(n) => Some(key_text(n)),
        }
    };
    let key = as_key(event)?;
    match target {
        None => Some(true),
        Some(t) if t.is_null() => Some(true),
        Some(t) if unresolved(t).is_some() || t.is_sensitive() => None,
        Some(t) => Some(key != key_text(t)),
    }
}

/// A scalar as JavaScript turns it into text.
fn key_text(n: &Node) -> String {
    match &n.kind {
        Kind::Str(s) => s.clone(),
        Kind::Null => "null".into(),
        _ => n.display_value(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::source::Span;

    fn s(v: &str) -> Node {
        Node::new(Kind::Str(v.into()), Span::default())
    }

    #[test]
    fn loose_comparison_of_the_key() {
        let a = s("ckafka-1");
        assert_eq!(compare(Some(&a), Some(&s("ckafka-1"))), Some(false));
        assert_eq!(compare(Some(&a), Some(&s("ckafka-2"))), Some(true));
        assert_eq!(compare(Some(&a), None), Some(true));
        assert_eq!(compare(None, None), Some(true));
        let n = Node::new(Kind::Int(7), Span::default());
        assert_eq!(compare(Some(&s("7")), Some(&n)), Some(false));
        let u = Node::new(Kind::Unknown("${env:X}".into()), Span::default());
        assert_eq!(compare(Some(&u), Some(&a)), None);
    }
}
