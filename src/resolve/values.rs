//! Values the resolver builds and copies: their cost against the budgets, numbers and JSON as
//! nodes, a copy moved to its use site, JavaScript's string forms, paths folded like
//! `path.resolve`.

use super::*;

/// Values in `n`.
pub(crate) fn count_nodes(n: &Node) -> usize {
    1 + match &n.kind {
        Kind::Map(entries) => entries.iter().map(|e| count_nodes(&e.value)).sum(),
        Kind::Seq(items) => items.iter().map(count_nodes).sum(),
        _ => 0,
    }
}

/// What a copy of `n` costs: its values and the bytes of its strings.
pub(super) fn cost(n: &Node) -> (usize, usize) {
    let own = match &n.kind {
        Kind::Str(s) | Kind::Unknown(s) => s.len(),
        _ => 0,
    };
    let (mut size, mut bytes) = (1, own);
    let mut add = |c: &Node| {
        let (s, b) = cost(c);
        size += s;
        bytes += b;
    };
    match &n.kind {
        Kind::Map(entries) => entries.iter().for_each(|e| add(&e.value)),
        Kind::Seq(items) => items.iter().for_each(&mut add),
        _ => {}
    }
    (size, bytes)
}

pub(super) fn number_kind(n: f64) -> Kind {
    if n.fract() == 0.0 && n.abs() < 9.0e15 {
        Kind::Int(n as i64)
    } else {
        Kind::Float(n)
    }
}

pub(super) fn from_json(v: &serde_json::Value, span: Span) -> Node {
    use serde_json::Value;
    let kind = match v {
        Value::Null => Kind::Null,
        Value::Bool(b) => Kind::Bool(*b),
        Value::Number(n) => match n.as_i64() {
            Some(i) => Kind::Int(i),
            None => Kind::Float(n.as_f64().unwrap_or(0.0)),
        },
        Value::String(s) => Kind::Str(s.clone()),
        Value::Array(a) => Kind::Seq(a.iter().map(|i| from_json(i, span)).collect()),
        Value::Object(o) => Kind::Map(
            o.iter()
                .map(|(k, v)| Entry {
                    key: k.clone(),
                    key_span: span,
                    value: from_json(v, span),
                })
                .collect(),
        ),
    };
    Node::new(kind, span)
}

/// Where a value looked up elsewhere was written, if not at `use_span`.
pub(super) fn definition_of(n: &Node, use_span: Span) -> Option<Span> {
    if let Some(o) = n.origin.as_deref() {
        return Some(*o);
    }
    (n.span != use_span).then_some(n.span)
}

/// Move a looked-up value to where it is used, remembering where it was written.
pub(super) fn relocate(mut n: Node, at: Span) -> Node {
    if n.span != at {
        let def = n.origin.take().map(|b| *b).unwrap_or(n.span);
        n.origin = Some(Box::new(def));
        n.span = at;
    }
    match &mut n.kind {
        Kind::Map(entries) => {
            for e in entries.iter_mut() {
                e.key_span = at;
                let v = std::mem::replace(&mut e.value, Node::new(Kind::Null, at));
                e.value = relocate(v, at);
            }
        }
        Kind::Seq(items) => {
            for i in items.iter_mut() {
                let v = std::mem::replace(i, Node::new(Kind::Null, at));
                *i = relocate(v, at);
            }
        }
        _ => {}
    }
    n
}

/// How JavaScript turns a value into text inside a template string.
pub(super) fn js_string(n: &Node) -> Option<String> {
    match &n.kind {
        Kind::Str(s) => Some(s.clone()),
        Kind::Int(i) => Some(i.to_string()),
        Kind::Float(f) => Some(if f.fract() == 0.0 && f.abs() < 1e21 {
            format!("{}", *f as i64)
        } else {
            format!("{f}")
        }),
        Kind::Bool(b) => Some(b.to_string()),
        Kind::Seq(items) => {
            let parts: Option<Vec<String>> = items
                .iter()
                .map(|i| match i.kind {
                    Kind::Null => Some(String::new()),
                    _ => js_string(i),
                })
                .collect();
            parts.map(|p| p.join(","))
        }
        Kind::Map(_) => Some("[object Object]".into()),
        Kind::Null | Kind::Unknown(_) => None,
    }
}

/// `path.resolve` without touching the file system: drop `.` and fold `..` (the one
/// implementation is [`super::confine::absolute`]).
pub(super) fn normalize(p: &Path) -> PathBuf {
    super::confine::absolute(p)
}

/// A registry template placeholder (`{{ name }}`) left in a quoted string.
pub(super) fn has_placeholder(s: &str) -> bool {
    let Some(start) = s.find("{{") else {
        return false;
    };
    s[start + 2..].contains("}}")
}
