//! `fclint preview`: the resolved document, as `s preview -o json` prints it.
//!
//! Unknown values print as the text the CLI would leave in place (`${config('AccountID')}`),
//! so a secret read through `config`/`secret` is never printed. Every value that comes from
//! the environment, a `.env` file or an included file (sensitive, see
//! [`crate::source::Shown::Sensitive`]) prints masked, whatever its name, unless `reveal`.

use serde_json::Value;

use crate::source::{format_float_pub, Kind, Node};

/// What masked values print as.
pub const MASK: &str = crate::inert::MASK;

/// The resolved document as JSON. Like the CLI, keys whose value is null are left out
/// below the top level (`props: {e: }` prints as `props: {}`). Sensitive scalars print as
/// [`MASK`] unless `reveal`; mappings and lists keep their shape.
pub fn to_json(node: &Node, reveal: bool) -> Value {
    json_at(node, reveal, 0)
}

fn json_at(node: &Node, reveal: bool, depth: usize) -> Value {
    if !reveal
        && node.is_sensitive()
        && !matches!(node.kind, Kind::Map(_) | Kind::Seq(_) | Kind::Null)
    {
        return Value::String(MASK.into());
    }
    match &node.kind {
        Kind::Null => Value::Null,
        Kind::Unknown(text) => Value::String(text.clone()),
        Kind::Bool(b) => Value::Bool(*b),
        Kind::Int(i) => Value::from(*i),
        Kind::Float(f) => serde_json::Number::from_f64(*f)
            .map(Value::Number)
            .unwrap_or_else(|| Value::String(format_float_pub(*f))),
        Kind::Str(s) => Value::String(s.clone()),
        Kind::Seq(items) => Value::Array(
            items
                .iter()
                .map(|i| json_at(i, reveal, depth + 1))
                .collect(),
        ),
        Kind::Map(entries) => Value::Object(
            entries
                .iter()
                .filter(|e| depth == 0 || !e.value.is_null())
                .map(|e| (e.key.clone(), json_at(&e.value, reveal, depth + 1)))
                .collect(),
        ),
    }
}

/// The resolved document as YAML (block style, keys in document order).
pub fn to_yaml(value: &Value) -> String {
    let mut out = String::new();
    match value {
        Value::Object(m) if !m.is_empty() => write_map(&mut out, m, 0),
        Value::Array(a) if !a.is_empty() => write_seq(&mut out, a, 0),
        other => {
            out.push_str(&scalar(other));
            out.push('\n');
        }
    }
    out
}

fn indent(out: &mut String, n: usize) {
    out.push_str(&" ".repeat(n));
}

fn write_map(out: &mut String, m: &serde_json::Map<String, Value>, ind: usize) {
    for (k, v) in m {
        indent(out, ind);
        out.push_str(&key(k));
        out.push(':');
        write_value_after_key(out, v, ind);
    }
}

fn write_value_after_key(out: &mut String, v: &Value, ind: usize) {
    match v {
        Value::Object(m) if !m.is_empty() => {
            out.push('\n');
            write_map(out, m, ind + 2);
        }
        Value::Array(a) if !a.is_empty() => {
            out.push('\n');
            write_seq(out, a, ind + 2);
        }
        other => {
            out.push(' ');
            out.push_str(&scalar(other));
            out.push('\n');
        }
    }
}

fn write_seq(out: &mut String, a: &[Value], ind: usize) {
    for v in a {
        indent(out, ind);
        out.push('-');
        match v {
            Value::Object(m) if !m.is_empty() => {
                // First key on the dash line, the rest aligned under it.
                let mut first = true;
                for (k, val) in m {
                    if first {
                        out.push(' ');
                        first = false;
                    } else {
                        indent(out, ind + 2);
                    }
                    out.push_str(&key(k));
                    out.push(':');
                    write_value_after_key(out, val, ind + 2);
                }
            }
            Value::Array(inner) if !inner.is_empty() => {
                out.push('\n');
                write_seq(out, inner, ind + 2);
            }
            other => {
                out.push(' ');
                out.push_str(&scalar(other));
                out.push('\n');
            }
        }
    }
}

fn key(k: &str) -> String {
    if plain_safe(k) {
        k.to_string()
    } else {
        quoted(k)
    }
}

fn scalar(v: &Value) -> String {
    match v {
        Value::Null => "null".into(),
        Value::Bool(b) => b.to_string(),
        Value::Number(n) => n.to_string(),
        Value::String(s) if plain_safe(s) => s.clone(),
        Value::String(s) => quoted(s),
        Value::Array(_) => "[]".into(),
        Value::Object(_) => "{}".into(),
    }
}

/// JSON string syntax is valid YAML double-quoted syntax.
fn quoted(s: &str) -> String {
    serde_json::to_string(s).unwrap_or_else(|_| format!("\"{}\"", s.escape_default()))
}

/// Can `s` be written as a plain YAML scalar and read back as the same string?
fn plain_safe(s: &str) -> bool {
    if s.is_empty() || s.trim() != s {
        return false;
    }
    let lower = s.to_ascii_lowercase();
    if matches!(
        lower.as_str(),
        "null"
            | "~"
            | "true"
            | "false"
            | "yes"
            | "no"
            | "on"
            | "off"
            | "y"
            | "n"
            | ".inf"
            | "-.inf"
            | ".nan"
    ) {
        return false;
    }
    if s.parse::<f64>().is_ok()
        || s.starts_with("0x")
        || s.starts_with("0o")
        || s.chars()
            .all(|c| c.is_ascii_digit() || c == '_' || c == ':' || c == '.' || c == '-')
    {
        return false;
    }
    let first = s.chars().next().unwrap_or(' ');
    if "-?:,[]{}#&*!|>'\"%@`".contains(first) {
        return false;
    }
    !(s.contains(": ")
        || s.contains(" #")
        || s.contains("##[")
        || s.ends_with(':')
        || s.chars()
            .any(|c| c.is_control() || c == '\u{feff}' || crate::inert::is_dangerous(c)))
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    #[test]
    fn yaml_round_trips_tricky_scalars() {
        let v = json!({
            "a": "plain",
            "b": "true",
            "c": "012",
            "d": "x: y",
            "e": ["- a", "", 1.5, null, {"k": "v", "l": [1]}],
            "f": {},
            "g": "${config('AccountID')}",
            "h": "line\nbreak"
        });
        let y = to_yaml(&v);
        assert_eq!(
            y,
            "a: plain\nb: \"true\"\nc: \"012\"\nd: \"x: y\"\ne:\n  - \"- a\"\n  - \"\"\n  - 1.5\n  - null\n  - k: v\n    l:\n      - 1\nf: {}\ng: ${config('AccountID')}\nh: \"line\\nbreak\"\n"
        );
    }
}
