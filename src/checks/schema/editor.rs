//! The editor schema that `fclint schema` prints, derived from the strict schema `check` uses
//! (see [`super::document_schema`] for why there are two and how they relate).
//!
//! What it adds, all computed from the strict schema's own keywords and annotations:
//! - hover text: every property's `description` (English, or the `x-zh` beside it with
//!   `--lang zh`) and a `markdownDescription` with its range or allowed values, its default
//!   and the source link (`x-fclint-source` of the property, else of its definition);
//! - enum value descriptions (`enumDescriptions`, read by the YAML language server);
//! - a `${…}` expression accepted wherever a value is expected: the editor sees the file as
//!   written, before Serverless Devs fills variables in (`concurrency: ${vars.concurrency}`,
//!   `functionName: orders-${env('STAGE')}`, `environmentVariables: ${json(file('env.json'))}`);
//! - a template placeholder that YAML reads as a one-key mapping (`functionName: {{ name }}`
//!   from a registry template, `image: {FC_DEMO_IMAGE}` substituted by a repository script)
//!   accepted where a string is expected, as `check` does;
//! - keys a base file or template can supply are not required: with a file-level `extend`, or
//!   in a resource with `extend` (template), props need not repeat `region`, `runtime` ….

use serde_json::{json, Map, Value};

use crate::diag::Lang;

/// A string that holds a Serverless Devs expression (`${…}`) or a registry template
/// placeholder (`'{{ name }}'`): `check` treats both as unknown values.
const EXPR_PATTERN: &str = r"\$\{|\{\{";

/// The editor schema for `lang`, built from the strict schema `base`.
pub fn editor_schema(base: &Value, lang: Lang) -> Value {
    let mut root = base.clone();
    let object_defs = object_definitions(&root);
    if let Some(Value::Object(defs)) = root.get_mut("definitions") {
        templated_variants(defs);
    }
    let root_source = root
        .get("x-fclint-source")
        .and_then(Value::as_str)
        .map(str::to_string);
    annotate(&mut root, lang, root_source.as_deref(), "");
    if let Some(Value::Object(defs)) = root.get_mut("definitions") {
        for (name, def) in defs.iter_mut() {
            let src = def
                .get("x-fclint-source")
                .and_then(Value::as_str)
                .map(str::to_string);
            annotate(def, lang, src.as_deref().or(root_source.as_deref()), name);
        }
        for def in defs.values_mut() {
            accept_expressions(def, &object_defs, true);
        }
    }
    file_level_extend(&mut root);
    strip(&mut root);
    root
}

/// Names of definitions that describe mappings (a `$ref` to one is wrapped where it is used;
/// scalar definitions are wrapped themselves).
fn object_definitions(root: &Value) -> Vec<String> {
    let Some(Value::Object(defs)) = root.get("definitions") else {
        return Vec::new();
    };
    defs.iter()
        .filter(|(_, d)| {
            d.get("properties").is_some() || d.get("type").and_then(Value::as_str) == Some("object")
        })
        .map(|(k, _)| k.clone())
        .collect()
}

/// `Fc3PropsTemplated`, `Fc1PropsTemplated`: props whose keys may come from a template or a base
/// file, so none is required at the top. A resource with `extend` (edition 3) uses them.
fn templated_variants(defs: &mut Map<String, Value>) {
    for name in ["Fc3Props", "Fc1Props"] {
        if let Some(mut d) = defs.get(name).cloned() {
            if let Value::Object(m) = &mut d {
                m.remove("required");
            }
            defs.insert(format!("{name}Templated"), d);
        }
    }
    for (entry, props, component) in [
        ("ResourceEntry3", "Fc3Props", r"^(devsapp/)?fc3(@.*)?$"),
        ("ServiceEntry1", "Fc1Props", r"^(devsapp/)?fc(@.*)?$"),
    ] {
        let Some(Value::Object(e)) = defs.get_mut(entry) else {
            continue;
        };
        // With a file-level `extend`, `component` itself may come from the base file.
        e.remove("required");
        e.insert(
            "allOf".into(),
            json!([{
                "if": {"properties": {"component": {"pattern": component}}, "required": ["component"]},
                "then": {
                    "if": {"required": ["extend"]},
                    "then": {"properties": {"props": {"$ref": format!("#/definitions/{props}Templated")}}},
                    "else": {"properties": {"props": {"$ref": format!("#/definitions/{props}")}}}
                }
            }]),
        );
        let mut templated = Value::Object(e.clone());
        if let Value::Object(t) = &mut templated {
            t.insert(
                "allOf".into(),
                json!([{
                    "if": {"properties": {"component": {"pattern": component}}, "required": ["component"]},
                    "then": {"properties": {"props": {"$ref": format!("#/definitions/{props}Templated")}}}
                }]),
            );
        }
        defs.insert(format!("{entry}Templated"), templated);
    }
}

/// With a file-level `extend`/`extends`, every resource's props may come from the base file.
fn file_level_extend(root: &mut Value) {
    let Value::Object(m) = root else {
        return;
    };
    m.insert(
        "allOf".into(),
        json!([{
            "if": {"anyOf": [{"required": ["extend"]}, {"required": ["extends"]}]},
            "then": {"properties": {
                "resources": {"additionalProperties": {"$ref": "#/definitions/ResourceEntry3Templated"}},
                "services": {"additionalProperties": {"$ref": "#/definitions/ServiceEntry1Templated"}}
            }},
            "else": {"properties": {
                "resources": {"additionalProperties": {"$ref": "#/definitions/ResourceEntry3"}},
                "services": {"additionalProperties": {"$ref": "#/definitions/ServiceEntry1"}}
            }}
        }]),
    );
    if let Some(Value::Object(props)) = m.get_mut("properties") {
        for key in ["resources", "services"] {
            if let Some(Value::Object(p)) = props.get_mut(key) {
                p.remove("additionalProperties");
            }
        }
    }
}

/// Localize descriptions and write `markdownDescription` and `enumDescriptions` for every
/// property below `v` (not into conditions: `if` schemas are tests, not documentation).
fn annotate(v: &mut Value, lang: Lang, source: Option<&str>, key: &str) {
    let Value::Object(m) = v else {
        return;
    };
    localize(m, lang);
    let own_source = m
        .get("x-fclint-source")
        .and_then(Value::as_str)
        .map(str::to_string);
    let source = own_source.as_deref().or(source);
    if let Some(Value::Object(props)) = m.get_mut("properties") {
        for (key, p) in props.iter_mut() {
            if let Value::Object(pm) = p {
                localize(pm, lang);
                let markdown = markdown_for(key, pm, lang, source);
                pm.insert("markdownDescription".into(), Value::String(markdown));
            }
            annotate(p, lang, source, key);
        }
    }
    enum_descriptions(m, lang, key);
    for (k, child) in m.iter_mut() {
        match k.as_str() {
            "properties" | "if" => {}
            "items" | "additionalProperties" | "then" | "else" => {
                annotate(child, lang, source, key)
            }
            "anyOf" | "oneOf" | "allOf" => {
                if let Value::Array(a) = child {
                    a.iter_mut().for_each(|c| annotate(c, lang, source, key));
                }
            }
            _ => {}
        }
    }
}

fn localize(m: &mut Map<String, Value>, lang: Lang) {
    if lang == Lang::Zh {
        if let Some(zh) = m.get("x-zh").cloned() {
            m.insert("description".into(), zh);
        }
    }
}

/// `description`, then range or allowed values, default, and the source link.
fn markdown_for(key: &str, p: &Map<String, Value>, lang: Lang, source: Option<&str>) -> String {
    let zh = lang == Lang::Zh;
    let mut out = p
        .get("description")
        .and_then(Value::as_str)
        .unwrap_or(key)
        .to_string();
    let mut facts: Vec<String> = Vec::new();
    let num = |v: &Value| match v.as_f64() {
        Some(f) => crate::source::format_float_pub(f),
        None => v.to_string(),
    };
    let (min, max) = (p.get("minimum"), p.get("maximum"));
    let range = match (min, max) {
        (Some(a), Some(b)) => Some(format!("{}–{}", num(a), num(b))),
        (Some(a), None) => Some(if zh {
            format!("≥ {}", num(a))
        } else {
            format!("at least {}", num(a))
        }),
        (None, Some(b)) => Some(if zh {
            format!("≤ {}", num(b))
        } else {
            format!("at most {}", num(b))
        }),
        _ => None,
    };
    if let Some(mut r) = range {
        if let Some(step) = p.get("multipleOf") {
            r.push_str(&if zh {
                format!("，{} 的整数倍", num(step))
            } else {
                format!(", a multiple of {}", num(step))
            });
        }
        facts.push(if zh {
            format!("**范围：** {r}")
        } else {
            format!("**Range:** {r}")
        });
    }
    if let Some(n) = p.get("maxLength") {
        facts.push(if zh {
            format!("**长度：** 最多 {} 个字符", num(n))
        } else {
            format!("**Length:** at most {} characters", num(n))
        });
    }
    if let Some(Value::Array(e)) = p.get("enum") {
        let list = e
            .iter()
            .map(|x| match x {
                Value::String(s) => format!("`{s}`"),
                other => format!("`{other}`"),
            })
            .collect::<Vec<_>>()
            .join(", ");
        facts.push(if zh {
            format!("**可选值：** {list}")
        } else {
            format!("**Allowed:** {list}")
        });
    }
    if let Some(Value::Array(e)) = p.get("examples") {
        let list = e
            .iter()
            .map(|x| format!("`{}`", num(x)))
            .collect::<Vec<_>>()
            .join(", ");
        facts.push(if zh {
            format!("**文档列出的值：** {list}")
        } else {
            format!("**Documented values:** {list}")
        });
    }
    if let Some(d) = p.get("default") {
        let shown = match d {
            Value::String(s) => format!("`{s}`"),
            Value::Object(o) if o.is_empty() => "`{}`".to_string(),
            other => format!("`{other}`"),
        };
        facts.push(if zh {
            format!("**默认值：** {shown}")
        } else {
            format!("**Default:** {shown}")
        });
    }
    if !facts.is_empty() {
        out.push_str("\n\n");
        out.push_str(&facts.join("  \n"));
    }
    let src = p.get("x-fclint-source").and_then(Value::as_str).or(source);
    if let Some(src) = src {
        out.push_str(&if zh {
            format!("\n\n[来源]({src})")
        } else {
            format!("\n\n[Source]({src})")
        });
    }
    out
}

/// `enumDescriptions` beside a string `enum`, in the enum's order.
fn enum_descriptions(m: &mut Map<String, Value>, lang: Lang, key: &str) {
    let Some(Value::Array(values)) = m.get("enum") else {
        return;
    };
    let descs: Vec<Value> = values
        .iter()
        .map(|v| {
            let text = v
                .as_str()
                .and_then(|s| crate::model::schema_docs::enum_doc(key, s, lang))
                .unwrap_or("");
            Value::String(text.to_string())
        })
        .collect();
    if descs.iter().any(|d| d.as_str() != Some("")) {
        m.insert("enumDescriptions".into(), Value::Array(descs));
    }
}

/// Keywords that annotate rather than validate: they stay on the outer schema of a wrapped
/// value, so hover finds them whichever alternative matches.
const ANNOTATIONS: &[&str] = &[
    "description",
    "markdownDescription",
    "default",
    "examples",
    "title",
    "x-zh",
    "x-fclint-source",
];

/// Accept `${…}` (and, for scalars, a `{{ name }}` placeholder) wherever a value is validated.
/// `top` is true for a definition itself (a scalar definition is wrapped; an object definition
/// is wrapped where it is referenced).
fn accept_expressions(v: &mut Value, object_defs: &[String], top: bool) {
    let Value::Object(m) = v else {
        return;
    };
    // Recurse first (conditions excepted), then wrap this node.
    for (k, child) in m.iter_mut() {
        match k.as_str() {
            "if" => {}
            "properties" => {
                if let Value::Object(props) = child {
                    props
                        .values_mut()
                        .for_each(|p| accept_expressions(p, object_defs, false));
                }
            }
            "items" | "additionalProperties" | "then" | "else" => {
                accept_expressions(child, object_defs, false)
            }
            "anyOf" | "oneOf" => {
                if let Value::Array(a) = child {
                    a.iter_mut()
                        .for_each(|c| accept_expressions(c, object_defs, false));
                }
            }
            _ => {}
        }
    }
    let kind = m
        .get("type")
        .and_then(Value::as_str)
        .unwrap_or("")
        .to_string();
    let kind = kind.as_str();
    let is_ref_to_object = m
        .get("$ref")
        .and_then(Value::as_str)
        .and_then(|r| r.strip_prefix("#/definitions/"))
        .map(|d| object_defs.iter().any(|o| o == d))
        .unwrap_or(false);
    let constrained_string = kind == "string"
        && ["pattern", "enum", "const", "maxLength", "minLength"]
            .iter()
            .any(|k| m.contains_key(*k));
    let scalar = matches!(kind, "integer" | "number" | "boolean")
        || constrained_string
        || (kind.is_empty() && (m.contains_key("enum") || m.contains_key("const")));
    let container = matches!(kind, "object" | "array") || (is_ref_to_object && !top);
    // Any string accepts `${…}` already; it still needs the placeholder form.
    let plain_string = kind == "string" && !constrained_string;
    if m.contains_key("anyOf") || m.contains_key("if") || !(scalar || container || plain_string) {
        return;
    }
    if top && container {
        return;
    }
    let mut inner = Map::new();
    let keys: Vec<String> = m.keys().cloned().collect();
    for k in keys {
        if !ANNOTATIONS.contains(&k.as_str()) {
            if let Some(val) = m.remove(&k) {
                inner.insert(k, val);
            }
        }
    }
    let mut alternatives = vec![Value::Object(inner)];
    if !plain_string {
        alternatives.push(json!({"type": "string", "pattern": EXPR_PATTERN}));
    }
    // A `{{ name }}` placeholder where a string is expected (a name, an enum value); where a
    // number or boolean is expected it would turn "Expected integer" into a puzzling
    // "Expected integer | object".
    if kind == "string" || (kind.is_empty() && scalar) {
        alternatives.push(json!({
            "type": "object",
            "title": "{{ placeholder }}",
            "maxProperties": 1,
            "additionalProperties": {"type": "null"}
        }));
    }
    m.insert("anyOf".into(), Value::Array(alternatives));
}

/// Drop the private annotations the editor does not need (`x-zh`).
fn strip(v: &mut Value) {
    match v {
        Value::Object(m) => {
            m.remove("x-zh");
            m.values_mut().for_each(strip);
        }
        Value::Array(a) => a.iter_mut().for_each(strip),
        _ => {}
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn editor() -> Value {
        editor_schema(super::super::document_schema(), Lang::En)
    }

    #[test]
    fn scalars_take_expressions_and_keep_their_constraints() {
        let s = editor();
        let conc = &s["definitions"]["DeliveryOption"]["properties"]["concurrency"];
        assert_eq!(conc["anyOf"][0]["maximum"], 300);
        assert_eq!(conc["anyOf"][1]["pattern"], EXPR_PATTERN);
        assert!(conc["markdownDescription"]
            .as_str()
            .unwrap()
            .contains("**Range:** 1–300"));
        let method = &s["definitions"]["HttpMethod"];
        assert_eq!(method["anyOf"][0]["enum"][0], "GET");
    }

    #[test]
    fn every_property_is_documented_in_both_languages() {
        for lang in [Lang::En, Lang::Zh] {
            let s = editor_schema(super::super::document_schema(), lang);
            let mut missing = Vec::new();
            walk_properties(&s, "#", &mut |path, p| {
                let d = p.get("description").and_then(Value::as_str).unwrap_or("");
                let md = p
                    .get("markdownDescription")
                    .and_then(Value::as_str)
                    .unwrap_or("");
                let cjk = d.chars().any(|c| ('\u{4e00}'..='\u{9fff}').contains(&c));
                if d.is_empty() || !md.contains("](http") || (lang == Lang::Zh && !cjk) {
                    missing.push(path.to_string());
                }
            });
            assert!(missing.is_empty(), "{lang:?}: undocumented: {missing:#?}");
        }
    }

    fn walk_properties(v: &Value, path: &str, f: &mut dyn FnMut(&str, &Map<String, Value>)) {
        match v {
            Value::Object(m) => {
                if let Some(Value::Object(props)) = m.get("properties") {
                    // `if` conditions name properties without documenting them.
                    let is_condition = path.ends_with("/if");
                    for (k, p) in props {
                        if let (Value::Object(pm), false) = (p, is_condition) {
                            if !path.contains("/if/") && !path.contains("/allOf/") {
                                f(&format!("{path}/properties/{k}"), pm);
                            }
                        }
                    }
                }
                for (k, c) in m {
                    walk_properties(c, &format!("{path}/{k}"), f);
                }
            }
            Value::Array(a) => {
                for (i, c) in a.iter().enumerate() {
                    walk_properties(c, &format!("{path}/{i}"), f);
                }
            }
            _ => {}
        }
    }

    #[test]
    fn editor_schema_is_a_valid_draft7_schema_in_both_languages() {
        for lang in [Lang::En, Lang::Zh] {
            let s = editor_schema(super::super::document_schema(), lang);
            assert!(jsonschema::draft7::new(&s).is_ok(), "{lang:?}");
        }
    }

    #[test]
    fn expressions_and_placeholders_validate_where_values_are_expected() {
        let s = editor();
        let v = jsonschema::draft7::new(&s).unwrap();
        let doc = serde_json::json!({
            "edition": "3.0.0",
            "resources": {"f": {"component": "fc3", "props": {
                "region": "cn-hangzhou",
                "functionName": "orders-${env('STAGE')}",
                "runtime": "python3.10",
                "memorySize": "${vars.memory}",
                "internetAccess": "${vars.internet}",
                "environmentVariables": "${json(file('./env.json'))}",
                "customContainerConfig": {"image": {"FC_DEMO_IMAGE": null}}
            }}}
        });
        let errors: Vec<String> = v.iter_errors(&doc).map(|e| e.to_string()).collect();
        assert!(errors.is_empty(), "{errors:#?}");
        let bad = serde_json::json!({
            "edition": "3.0.0",
            "resources": {"f": {"component": "fc3", "props": {
                "region": "cn-hangzhou", "functionName": "f", "runtime": "python3.10",
                "memorySize": "lots"
            }}}
        });
        assert!(!v.is_valid(&bad));
    }

    #[test]
    fn enum_values_carry_descriptions() {
        let s = editor();
        let offset = &s["definitions"]["SourceKafkaParameters"]["properties"]["OffsetReset"];
        let descs = offset["anyOf"][0]["enumDescriptions"].as_array().unwrap();
        assert_eq!(descs.len(), 2);
        assert!(descs.iter().all(|d| !d.as_str().unwrap().is_empty()));
        // Every string enum in the schema, in both languages.
        for lang in [Lang::En, Lang::Zh] {
            let s = editor_schema(super::super::document_schema(), lang);
            let mut missing = Vec::new();
            every_enum(&s, "#", &mut |path, m| {
                let values = m["enum"].as_array().unwrap();
                let descs = m.get("enumDescriptions").and_then(Value::as_array);
                for (i, v) in values.iter().enumerate() {
                    let ok = !v.is_string()
                        || descs
                            .and_then(|d| d.get(i))
                            .and_then(Value::as_str)
                            .is_some_and(|t| !t.is_empty());
                    if !ok {
                        missing.push(format!("{path}: {v}"));
                    }
                }
            });
            assert!(missing.is_empty(), "{lang:?}: {missing:#?}");
        }
    }

    fn every_enum(v: &Value, path: &str, f: &mut dyn FnMut(&str, &Map<String, Value>)) {
        match v {
            Value::Object(m) => {
                if m.get("enum").is_some_and(Value::is_array) && !path.contains("/if") {
                    f(path, m);
                }
                for (k, c) in m {
                    every_enum(c, &format!("{path}/{k}"), f);
                }
            }
            Value::Array(a) => {
                for (i, c) in a.iter().enumerate() {
                    every_enum(c, &format!("{path}/{i}"), f);
                }
            }
            _ => {}
        }
    }
}
