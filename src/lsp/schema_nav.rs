//! Walking the editor schema (`fclint schema`, [`crate::checks::schema::editor`]) to the place
//! of a cursor: which properties a mapping may have there, which values a key takes, and the
//! documentation of each. The schema is the one `fclint schema --lang …` prints, so hover and
//! completion say what the schema says, in the client's language.

use std::sync::OnceLock;

use serde_json::Value;

use crate::diag::Lang;

/// One step of a path into the document.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Token {
    Key(String),
    Index(usize),
}

/// The editor schema in `lang`, built once.
pub fn schema(lang: Lang) -> &'static Value {
    static EN: OnceLock<Value> = OnceLock::new();
    static ZH: OnceLock<Value> = OnceLock::new();
    let cell = match lang {
        Lang::En => &EN,
        Lang::Zh => &ZH,
    };
    cell.get_or_init(|| {
        crate::checks::schema::editor::editor_schema(crate::checks::schema::document_schema(), lang)
    })
}

/// Depth of `$ref` / combinator nesting followed; the schema's own is below 10.
const MAX_DEPTH: usize = 32;

fn child<'v>(inst: Option<&'v Value>, t: &Token) -> Option<&'v Value> {
    match (inst?, t) {
        (Value::Object(m), Token::Key(k)) => m.get(k),
        (Value::Array(a), Token::Index(i)) => a.get(*i),
        _ => None,
    }
}

fn resolve_ref<'s>(root: &'s Value, r: &str) -> Option<&'s Value> {
    let name = r.strip_prefix("#/definitions/")?;
    root.get("definitions")?.get(name)
}

/// Does `inst` pass the `if` schema? Unknown instances pass nothing: a branch that depends on a
/// value the editor does not have yet is not taken.
fn passes(cond: &Value, inst: Option<&Value>) -> bool {
    let Some(inst) = inst else { return false };
    jsonschema::draft7::new(cond)
        .map(|v| v.is_valid(inst))
        .unwrap_or(false)
}

/// Every schema that applies to `inst` when `s` does: `s` itself, what its `$ref` names, each
/// `allOf` member, every `anyOf` / `oneOf` alternative, and the `then` or `else` its `if`
/// chooses.
fn expand<'s>(
    root: &'s Value,
    s: &'s Value,
    inst: Option<&Value>,
    out: &mut Vec<&'s Value>,
    depth: usize,
) {
    if depth > MAX_DEPTH || !s.is_object() {
        return;
    }
    out.push(s);
    if let Some(target) = s
        .get("$ref")
        .and_then(Value::as_str)
        .and_then(|r| resolve_ref(root, r))
    {
        expand(root, target, inst, out, depth + 1);
    }
    for key in ["allOf", "anyOf", "oneOf"] {
        if let Some(Value::Array(items)) = s.get(key) {
            for i in items {
                expand(root, i, inst, out, depth + 1);
            }
        }
    }
    if let Some(cond) = s.get("if") {
        let branch = if passes(cond, inst) { "then" } else { "else" };
        if let Some(b) = s.get(branch) {
            expand(root, b, inst, out, depth + 1);
        }
    }
}

/// The schemas that apply at `path` of the document `inst_root` (the instance is read to
/// choose `if` branches: a trigger's `triggerType`, a resource's `component`).
pub fn at<'s>(root: &'s Value, path: &[Token], inst_root: Option<&Value>) -> Vec<&'s Value> {
    // Template entries are fragments of edition 3 props.
    let (mut cur, rest, mut inst) = match path {
        [Token::Key(t), Token::Key(name), rest @ ..] if t == "template" => {
            let start = root.get("definitions").and_then(|d| d.get("Fc3Props"));
            let inst = child(child(inst_root, &path[0]), &Token::Key(name.clone()));
            let mut v = Vec::new();
            if let Some(s) = start {
                expand(root, s, inst, &mut v, 0);
            }
            (v, rest, inst)
        }
        _ => {
            let mut v = Vec::new();
            expand(root, root, inst_root, &mut v, 0);
            (v, path, inst_root)
        }
    };
    for t in rest {
        let next_inst = child(inst, t);
        let mut next = Vec::new();
        for s in &cur {
            let sub = match t {
                Token::Key(k) => s.get("properties").and_then(|p| p.get(k)).or_else(|| {
                    s.get("additionalProperties")
                        .filter(|a| a.is_object())
                        .filter(|_| s.get("type").and_then(Value::as_str) != Some("array"))
                }),
                Token::Index(_) => s.get("items").filter(|i| i.is_object()),
            };
            if let Some(sub) = sub {
                expand(root, sub, next_inst, &mut next, 0);
            }
        }
        dedup(&mut next);
        cur = next;
        inst = next_inst;
        if cur.is_empty() {
            break;
        }
    }
    cur
}

fn dedup(v: &mut Vec<&Value>) {
    let mut seen: Vec<*const Value> = Vec::new();
    v.retain(|s| {
        let p = *s as *const Value;
        if seen.contains(&p) {
            false
        } else {
            seen.push(p);
            true
        }
    });
}

/// The documentation of the place: the first `markdownDescription` (range, allowed values,
/// default and source link), else the first `description`.
pub fn doc(schemas: &[&Value]) -> Option<String> {
    schemas
        .iter()
        .find_map(|s| s.get("markdownDescription").and_then(Value::as_str))
        .or_else(|| {
            schemas
                .iter()
                .find_map(|s| s.get("description").and_then(Value::as_str))
        })
        .map(str::to_string)
}

/// A property a mapping may have: its name and its schema.
pub struct Property<'s> {
    pub name: &'s str,
    pub schema: &'s Value,
}

/// The properties of the mappings described by `schemas`, in schema order, each once.
pub fn properties<'s>(schemas: &[&'s Value]) -> Vec<Property<'s>> {
    let mut out: Vec<Property<'s>> = Vec::new();
    for s in schemas {
        if let Some(Value::Object(props)) = s.get("properties") {
            for (name, schema) in props {
                if !out.iter().any(|p| p.name == name) {
                    out.push(Property { name, schema });
                }
            }
        }
    }
    out
}

/// A value a key may take, with what it means.
pub struct EnumValue {
    pub value: Value,
    pub doc: Option<String>,
}

/// The values the schemas allow (`enum` with `enumDescriptions`, `const`, booleans), each once.
pub fn values(schemas: &[&Value]) -> Vec<EnumValue> {
    let mut out: Vec<EnumValue> = Vec::new();
    let mut push = |value: &Value, doc: Option<&str>| {
        if !out.iter().any(|e| &e.value == value) {
            out.push(EnumValue {
                value: value.clone(),
                doc: doc.filter(|d| !d.is_empty()).map(str::to_string),
            });
        }
    };
    for s in schemas {
        if let Some(Value::Array(vals)) = s.get("enum") {
            let docs = s.get("enumDescriptions").and_then(Value::as_array);
            for (i, v) in vals.iter().enumerate() {
                push(v, docs.and_then(|d| d.get(i)).and_then(Value::as_str));
            }
        }
        if let Some(c) = s.get("const") {
            push(c, s.get("description").and_then(Value::as_str));
        }
        if s.get("type").and_then(Value::as_str) == Some("boolean") {
            push(&Value::Bool(true), None);
            push(&Value::Bool(false), None);
        }
    }
    out
}

/// The first line of a description, for a completion item's one-line detail.
pub fn summary(s: &Value) -> Option<String> {
    let d = s.get("description").and_then(Value::as_str)?;
    Some(d.lines().next().unwrap_or(d).to_string())
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    fn keys(path: &[Token], inst: &Value) -> Vec<String> {
        let s = schema(Lang::En);
        properties(&at(s, path, Some(inst)))
            .iter()
            .map(|p| p.name.to_string())
            .collect()
    }

    fn k(s: &str) -> Token {
        Token::Key(s.into())
    }

    #[test]
    fn trigger_config_follows_the_trigger_type() {
        let inst = json!({"edition": "3.0.0", "resources": {"f": {"component": "fc3", "props": {
            "triggers": [{"triggerType": "eventbridge", "triggerConfig": {}}]}}}});
        let path = [
            k("resources"),
            k("f"),
            k("props"),
            k("triggers"),
            Token::Index(0),
            k("triggerConfig"),
        ];
        let got = keys(&path, &inst);
        assert!(got.contains(&"eventSourceConfig".to_string()), "{got:?}");
        assert!(!got.contains(&"authType".to_string()), "{got:?}");
        let http = json!({"edition": "3.0.0", "resources": {"f": {"component": "fc3", "props": {
            "triggers": [{"triggerType": "http", "triggerConfig": {}}]}}}});
        let got = keys(&path, &http);
        assert!(got.contains(&"authType".to_string()), "{got:?}");
    }

    #[test]
    fn edition_1_services_have_their_own_keys() {
        let inst = json!({"edition": "1.0.0", "services": {"s": {"component": "fc", "props": {}}}});
        let got = keys(&[k("services"), k("s"), k("props")], &inst);
        assert!(got.contains(&"service".to_string()), "{got:?}");
        assert!(got.contains(&"function".to_string()), "{got:?}");
    }

    #[test]
    fn values_carry_their_descriptions() {
        let s = schema(Lang::Zh);
        let inst = json!({"edition": "3.0.0", "resources": {"f": {"component": "fc3", "props": {
            "triggers": [{"triggerType": "eventbridge"}]}}}});
        let at_type = at(
            s,
            &[
                k("resources"),
                k("f"),
                k("props"),
                k("triggers"),
                Token::Index(0),
                k("triggerType"),
            ],
            Some(&inst),
        );
        let vals = values(&at_type);
        let eb = vals.iter().find(|v| v.value == "eventbridge").unwrap();
        assert!(eb.doc.as_deref().unwrap().contains("事件总线"));
    }
}
