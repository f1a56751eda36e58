//! SC: JSON-Schema validation of every FC resource against the schema generated from
//! `model::schema` (schemars), with each error mapped back to the exact node, plus the
//! function- and trigger-level checks a schema cannot express (FN0xx, TR0xx).

use std::sync::OnceLock;

use jsonschema::error::ValidationErrorKind;
use schemars::generate::SchemaSettings;
use serde_json::{json, Value};

use crate::diag::{Diagnostic, Text};
use crate::model::schema as s;
use crate::model::{Edition, Model};
use crate::source::{Entry, Node, Span};

mod docs;
mod semantic;

pub use docs::RULES;

/// The `$id` of the published schema.
pub const SCHEMA_ID: &str = "https://github.com/fclint/fclint/raw/main/schemas/s.schema.json";

/// Trigger config definitions by edition and trigger type.
const TRIGGER_DEFS: &[(Edition, &str, &str)] = &[
    (Edition::V3, "http", "HttpTriggerConfig3"),
    (Edition::V3, "timer", "TimerTriggerConfig"),
    (Edition::V3, "oss", "OssTriggerConfig3"),
    (Edition::V3, "log", "LogTriggerConfig"),
    (Edition::V3, "mns_topic", "MnsTopicTriggerConfig3"),
    (Edition::V3, "cdn_events", "CdnEventsTriggerConfig"),
    (Edition::V3, "tablestore", "TablestoreTriggerConfig3"),
    (Edition::V3, "eventbridge", "EventBridgeTriggerConfig"),
    (Edition::V1, "http", "HttpTriggerConfig1"),
    (Edition::V1, "timer", "TimerTriggerConfig"),
    (Edition::V1, "oss", "OssTriggerConfig1"),
    (Edition::V1, "log", "LogTriggerConfig"),
    (Edition::V1, "mns_topic", "MnsTopicTriggerConfig1"),
    (Edition::V1, "cdn_events", "CdnEventsTriggerConfig"),
    (Edition::V1, "tablestore", "TablestoreTriggerConfig1"),
    (Edition::V1, "eventbridge", "EventBridgeTriggerConfig"),
];

/// The JSON Schema of s.yaml (both editions), as printed by `fclint schema`.
pub fn document_schema() -> &'static Value {
    static SCHEMA: OnceLock<Value> = OnceLock::new();
    SCHEMA.get_or_init(build_document_schema)
}

/// `fclint schema` output (pretty JSON with a trailing newline).
pub fn document_schema_json() -> String {
    let mut s = serde_json::to_string_pretty(document_schema()).unwrap_or_default();
    s.push('\n');
    s
}

fn build_document_schema() -> Value {
    let mut g = SchemaSettings::draft07().into_generator();
    g.subschema_for::<s::Fc3Props>();
    g.subschema_for::<s::Fc1Props>();
    g.subschema_for::<s::HttpTriggerConfig3>();
    g.subschema_for::<s::HttpTriggerConfig1>();
    g.subschema_for::<s::TimerTriggerConfig>();
    g.subschema_for::<s::OssTriggerConfig3>();
    g.subschema_for::<s::OssTriggerConfig1>();
    g.subschema_for::<s::LogTriggerConfig>();
    g.subschema_for::<s::MnsTopicTriggerConfig3>();
    g.subschema_for::<s::MnsTopicTriggerConfig1>();
    g.subschema_for::<s::CdnEventsTriggerConfig>();
    g.subschema_for::<s::TablestoreTriggerConfig3>();
    g.subschema_for::<s::TablestoreTriggerConfig1>();
    g.subschema_for::<s::EventBridgeTriggerConfig>();
    let mut defs: serde_json::Map<String, Value> = g.take_definitions(true);
    for d in defs.values_mut() {
        drop_null(d);
    }

    // Trigger configs depend on the trigger type: if/then per type.
    for (edition, def, type_key, config_key) in [
        (Edition::V3, "Trigger3", "triggerType", "triggerConfig"),
        (Edition::V1, "Trigger1", "type", "config"),
    ] {
        let branches: Vec<Value> = TRIGGER_DEFS
            .iter()
            .filter(|(e, _, _)| *e == edition)
            .map(|(_, ty, cfg)| {
                json!({
                    "if": {"properties": {type_key: {"const": ty}}, "required": [type_key]},
                    "then": {"properties": {config_key: {"$ref": format!("#/definitions/{cfg}")}}}
                })
            })
            .collect();
        if let Some(Value::Object(t)) = defs.get_mut(def) {
            t.insert("allOf".into(), Value::Array(branches));
        }
    }

    let fc3 = r"^(devsapp/)?fc3(@.*)?$";
    let fc1 = r"^(devsapp/)?fc(@.*)?$";
    defs.insert(
        "ResourceEntry3".into(),
        json!({
            "description": "An edition 3 resource. `props` is checked when `component` is fc3.",
            "type": "object",
            "properties": {
                "component": {"type": "string"},
                "props": {},
                "extend": {"type": "object", "properties": {"name": {"type": "string"}, "ignore": {"type": "array", "items": {"type": "string"}}}},
                "actions": {"type": "object"}
            },
            "required": ["component"],
            "allOf": [{
                "if": {"properties": {"component": {"pattern": fc3}}, "required": ["component"]},
                "then": {"properties": {"props": {"$ref": "#/definitions/Fc3Props"}}}
            }]
        }),
    );
    defs.insert(
        "ServiceEntry1".into(),
        json!({
            "description": "An edition 1 service. `props` is checked when `component` is fc or devsapp/fc.",
            "type": "object",
            "properties": {
                "component": {"type": "string"},
                "props": {},
                "access": {"type": "string"},
                "actions": {"type": "object"}
            },
            "required": ["component"],
            "allOf": [{
                "if": {"properties": {"component": {"pattern": fc1}}, "required": ["component"]},
                "then": {"properties": {"props": {"$ref": "#/definitions/Fc1Props"}}}
            }]
        }),
    );
    json!({
        "$schema": "http://json-schema.org/draft-07/schema#",
        "$id": SCHEMA_ID,
        "title": "Serverless Devs s.yaml for Alibaba Cloud Function Compute (fclint)",
        "description": "Edition 3 (`edition: 3.0.0`, component fc3) and edition 1 (component fc / devsapp/fc). Generated by `fclint schema`; ranges and enums come from fclint's src/limits.rs with their sources.",
        "type": "object",
        "properties": {
            "edition": {"type": "string", "examples": ["3.0.0", "1.0.0"]},
            "name": {"type": "string"},
            "access": {"type": "string"},
            "vars": {"type": "object"},
            "template": {"type": "object"},
            "flow": {"type": "object"},
            "actions": {"type": "object"},
            "extend": {},
            "extends": {},
            "resources": {"type": "object", "additionalProperties": {"$ref": "#/definitions/ResourceEntry3"}},
            "services": {"type": "object", "additionalProperties": {"$ref": "#/definitions/ServiceEntry1"}}
        },
        "definitions": Value::Object(defs)
    })
}

/// An optional key is simply not required; `null` is not an allowed value. schemars renders
/// `Option<T>` as `anyOf [T, null]` / `type: [t, "null"]`, which would also turn every
/// nested error into an opaque `anyOf` failure.
fn drop_null(v: &mut Value) {
    match v {
        Value::Object(m) => {
            if let Some(Value::Array(types)) = m.get_mut("type") {
                types.retain(|t| t != "null");
                if types.len() == 1 {
                    let t = types[0].clone();
                    m.insert("type".into(), t);
                }
            }
            if let Some(Value::Array(alts)) = m.get("anyOf") {
                let rest: Vec<Value> = alts
                    .iter()
                    .filter(|a| a.get("type") != Some(&Value::String("null".into())))
                    .cloned()
                    .collect();
                if rest.len() == 1 && rest.len() < alts.len() {
                    m.remove("anyOf");
                    if let Value::Object(inner) = &rest[0] {
                        for (k, val) in inner {
                            m.entry(k.clone()).or_insert_with(|| val.clone());
                        }
                    }
                }
            }
            if let Some(Value::Array(e)) = m.get_mut("enum") {
                e.retain(|x| !x.is_null());
            }
            for val in m.values_mut() {
                drop_null(val);
            }
        }
        Value::Array(a) => a.iter_mut().for_each(drop_null),
        _ => {}
    }
}

/// Compiled validator for the props of one edition, built on first use (a run over
/// edition-3 files never compiles the edition-1 schema).
fn validator(edition: Edition) -> Option<&'static jsonschema::Validator> {
    static V3: OnceLock<Option<jsonschema::Validator>> = OnceLock::new();
    static V1: OnceLock<Option<jsonschema::Validator>> = OnceLock::new();
    let (cell, def) = match edition {
        Edition::V3 => (&V3, "Fc3Props"),
        Edition::V1 => (&V1, "Fc1Props"),
    };
    cell.get_or_init(|| {
        jsonschema::options()
            .with_draft(jsonschema::Draft::Draft7)
            .build(wrapped_root(def))
            .ok()
    })
    .as_ref()
}

/// Validate every FC function's props and run the semantic function/trigger checks.
pub fn check(model: &Model<'_>, out: &mut Vec<Diagnostic>) {
    check_bounded(model, out, &mut crate::diag::Unshown::default());
}

/// [`check`], building findings only while a file has room for them
/// ([`crate::limits::MAX_FINDINGS_PER_FILE`]) and counting the rest in `unshown`.
pub fn check_bounded(
    model: &Model<'_>,
    out: &mut Vec<Diagnostic>,
    unshown: &mut crate::diag::Unshown,
) {
    for f in &model.functions {
        let mut found = Vec::new();
        let room = (crate::limits::MAX_FINDINGS_PER_FILE + 1).saturating_sub(out.len());
        validate_props(model.edition, f.props, &mut found, room, unshown);
        let mut semantic = Vec::new();
        semantic::check_function(f, &mut semantic);
        // A wrongly cased OSS filter is one finding (TR002), not also an unknown and a missing key.
        let casing: Vec<String> = semantic
            .iter()
            .filter(|d| d.code == "TR002")
            .map(|d| d.pointer.clone())
            .collect();
        found.retain(|d| {
            !casing.iter().any(|p| {
                (d.code == "SC003" && d.pointer == *p)
                    || (d.code == "SC002"
                        && p.rsplit_once('/').map(|(parent, _)| parent) == Some(d.pointer.as_str()))
            })
        });
        out.append(&mut found);
        out.append(&mut semantic);
    }
}

fn validate_props(
    edition: Edition,
    props: &Node,
    out: &mut Vec<Diagnostic>,
    room: usize,
    unshown: &mut crate::diag::Unshown,
) {
    let Some(v) = validator(edition) else {
        return;
    };
    let instance = props.to_json();
    let mut seen = std::collections::HashSet::new();
    for err in v.iter_errors(&instance) {
        let rel = err.instance_path().as_str().to_string();
        if props.pointer_touches_unknown(&rel) || unresolved_text(props, &rel) {
            continue;
        }
        let schema_path = err.schema_path().as_str().to_string();
        if out.len() >= room {
            // No room left in this file: count what the error would report.
            match err.kind() {
                ValidationErrorKind::AdditionalProperties { unexpected } => {
                    for _ in unexpected {
                        unshown.add("SC003", docs::severity("SC003"));
                    }
                }
                _ => unshown.add("SC001", docs::severity("SC001")),
            }
            continue;
        }
        let left = room - out.len();
        if let ValidationErrorKind::AdditionalProperties { unexpected } = err.kind() {
            for _ in unexpected.iter().skip(left) {
                unshown.add("SC003", docs::severity("SC003"));
            }
        }
        for d in map_error(props, &rel, &schema_path, err.kind(), err.instance(), left) {
            let key = (d.code, d.pointer.clone(), d.message.en.clone());
            if seen.insert(key) {
                out.push(d);
            }
        }
    }
}

/// A string that still holds an expression (`${…}`, `{{ … }}`) was not resolved; its value is unknown.
fn unresolved_text(props: &Node, rel: &str) -> bool {
    match props.find_pointer(rel) {
        Some((n, _)) => n
            .as_str()
            .map(|s| s.contains("${") || s.contains("{{"))
            .unwrap_or(false),
        None => false,
    }
}

fn last_token(pointer: &str) -> String {
    pointer
        .rsplit('/')
        .next()
        .unwrap_or("")
        .replace("~1", "/")
        .replace("~0", "~")
}

/// `runOptions.batchWindow.CountBasedWindow`-style label of a pointer below props.
fn label(rel: &str) -> String {
    let mut out = String::new();
    for tok in rel.split('/').filter(|t| !t.is_empty()) {
        let tok = tok.replace("~1", "/").replace("~0", "~");
        if tok.chars().all(|c| c.is_ascii_digit()) {
            out.push_str(&format!("[{tok}]"));
        } else {
            if !out.is_empty() {
                out.push('.');
            }
            out.push_str(&tok);
        }
    }
    if out.is_empty() {
        "props".into()
    } else {
        out
    }
}

fn short_label(rel: &str) -> String {
    let l = label(rel);
    // Keep the last two path elements: `batchWindow.CountBasedWindow`, `methods[0]`.
    let parts: Vec<&str> = l.split('.').collect();
    if parts.len() <= 2 {
        l
    } else {
        parts[parts.len() - 2..].join(".")
    }
}

/// Follow a schema evaluation path through the document schema, jumping over `$ref`s.
fn schema_at<'a>(root: &'a Value, path: &str) -> Option<&'a Value> {
    let mut cur = root;
    let tokens = path.split('/').filter(|t| !t.is_empty());
    // Validators wrap the definitions with a root `$ref`.
    for tok in tokens {
        let tok = tok.replace("~1", "/").replace("~0", "~");
        if tok == "$ref" {
            let target = cur.get("$ref")?.as_str()?;
            let name = target.strip_prefix("#/definitions/")?;
            cur = root.get("definitions")?.get(name)?;
            continue;
        }
        cur = match cur {
            Value::Object(m) => m.get(&tok)?,
            Value::Array(a) => a.get(tok.parse::<usize>().ok()?)?,
            _ => return None,
        };
    }
    Some(cur)
}

/// The document's definitions under a root `$ref`, the shape the validators see (built once).
fn wrapped_root(edition_def: &str) -> &'static Value {
    static ROOTS: OnceLock<[Value; 2]> = OnceLock::new();
    let roots = ROOTS.get_or_init(|| {
        ["Fc3Props", "Fc1Props"].map(|def| {
            json!({
                "$schema": "http://json-schema.org/draft-07/schema#",
                "$ref": format!("#/definitions/{def}"),
                "definitions": document_schema()["definitions"].clone(),
            })
        })
    });
    match edition_def {
        "Fc1Props" => &roots[1],
        _ => &roots[0],
    }
}

fn known_keys(schema_path: &str, props: &Node) -> Vec<String> {
    let _ = props;
    // The path ends in `/additionalProperties`; its parent object lists the known keys.
    let parent = schema_path
        .strip_suffix("/additionalProperties")
        .unwrap_or(schema_path);
    for def in ["Fc3Props", "Fc1Props"] {
        if let Some(obj) = schema_at(wrapped_root(def), parent) {
            if let Some(Value::Object(p)) = obj.get("properties") {
                return p.keys().cloned().collect();
            }
        }
    }
    Vec::new()
}

fn schema_field(schema_path: &str, keyword: &str) -> Option<Value> {
    let parent = schema_path.rsplit_once('/').map(|(p, _)| p)?;
    for def in ["Fc3Props", "Fc1Props"] {
        if let Some(obj) = schema_at(wrapped_root(def), parent) {
            if let Some(v) = obj.get(keyword) {
                return Some(v.clone());
            }
        }
    }
    None
}

/// The closest candidate by edit distance, if it is close enough to be a likely typo.
pub fn did_you_mean<'a>(
    value: &str,
    candidates: impl IntoIterator<Item = &'a str>,
) -> Option<&'a str> {
    let lower = value.to_ascii_lowercase();
    let candidates: Vec<&'a str> = candidates.into_iter().collect();
    // A truncated value (`oss:ObjectCreated:Put`) completes to the shortest candidate it starts.
    if let Some(c) = candidates
        .iter()
        .filter(|c| **c != value && c.to_ascii_lowercase().starts_with(&lower) && lower.len() >= 3)
        .min_by_key(|c| c.len())
    {
        return Some(c);
    }
    let mut best: Option<(f64, &str)> = None;
    for c in candidates {
        if c == value {
            continue;
        }
        let score = if c.to_ascii_lowercase() == lower {
            1.0
        } else {
            strsim::jaro_winkler(&lower, &c.to_ascii_lowercase())
        };
        if score >= 0.85 && best.map(|(b, _)| score > b).unwrap_or(true) {
            best = Some((score, c));
        }
    }
    best.map(|(_, c)| c)
}

fn node_and_entry<'a>(props: &'a Node, rel: &str) -> (Option<&'a Node>, Option<&'a Entry>) {
    match props.find_pointer(rel) {
        Some((n, e)) => (Some(n), e),
        None => (None, None),
    }
}

fn with_origin(mut d: Diagnostic, node: &Node) -> Diagnostic {
    if let Some(n) = crate::resolve::origin_note(node) {
        d.notes.push(n);
    }
    d
}

fn diag_at(code: &'static str, node: &Node, en: String, zh: String) -> Diagnostic {
    let sev = docs::severity(code);
    with_origin(
        Diagnostic::new(
            code,
            sev,
            node.span,
            node.pointer.clone(),
            Text::new(en, zh),
        ),
        node,
    )
}

fn format_list(v: &Value) -> String {
    match v {
        Value::Array(a) => a
            .iter()
            .map(|x| match x {
                Value::String(s) => format!("`{s}`"),
                other => format!("`{other}`"),
            })
            .collect::<Vec<_>>()
            .join(", "),
        other => other.to_string(),
    }
}

fn type_word(expected: &str) -> (&'static str, &'static str) {
    match expected {
        "integer" => ("an integer", "整数"),
        "number" => ("a number", "数字"),
        "string" => ("a string", "字符串"),
        "boolean" => ("a boolean (true/false)", "布尔值（true/false）"),
        "array" => ("a list", "列表"),
        "object" => ("a mapping", "映射"),
        "null" => ("null", "null"),
        _ => ("a different type", "其他类型"),
    }
}

/// The findings of one schema error; at most `limit` of them (unknown keys are many).
fn map_error(
    props: &Node,
    rel: &str,
    schema_path: &str,
    kind: &ValidationErrorKind,
    instance: &Value,
    limit: usize,
) -> Vec<Diagnostic> {
    let (node, _entry) = node_and_entry(props, rel);
    let Some(node) = node else {
        return Vec::new();
    };
    let name = short_label(rel);
    match kind {
        ValidationErrorKind::AdditionalProperties { unexpected } => {
            let known = known_keys(schema_path, props);
            // One index of the mapping: many unknown keys stay linear.
            let index: std::collections::HashMap<&str, &Entry> =
                node.entries().iter().map(|e| (e.key.as_str(), e)).collect();
            unexpected
                .iter()
                .take(limit)
                .filter_map(|key| {
                    let e = *index.get(key.as_str())?;
                    if e.value.is_unknown() && e.key.starts_with("${") {
                        return None;
                    }
                    let within = if rel.is_empty() { "props".to_string() } else { short_label(rel) };
                    let mut d = Diagnostic::new(
                        "SC003",
                        docs::severity("SC003"),
                        e.key_span,
                        e.value.pointer.clone(),
                        Text::new(
                            format!("unknown key `{key}` in `{within}`"),
                            format!("`{within}` 中存在未知的键 `{key}`"),
                        ),
                    );
                    let suggestion = did_you_mean(key, known.iter().map(String::as_str));
                    d.help = Some(match suggestion {
                        Some(s) => Text::new(
                            format!("did you mean `{s}`? FC ignores keys it does not know, so this setting has no effect"),
                            format!("是否想写 `{s}`？函数计算会忽略未知的键，此设置不会生效"),
                        ),
                        None => Text::new(
                            format!("known keys here: {}", known.iter().map(|k| format!("`{k}`")).collect::<Vec<_>>().join(", ")),
                            format!("此处可用的键：{}", known.iter().map(|k| format!("`{k}`")).collect::<Vec<_>>().join("、")),
                        ),
                    });
                    Some(d)
                })
                .collect()
        }
        ValidationErrorKind::Required { property } => {
            let key = property.as_str().unwrap_or_default();
            if node.is_null() || node.is_unknown() {
                return Vec::new();
            }
            let (span, pointer) =
                parent_key_span(props, rel).unwrap_or((node.span, node.pointer.clone()));
            let within = if rel.is_empty() {
                "props".to_string()
            } else {
                short_label(rel)
            };
            vec![Diagnostic::new(
                "SC002",
                docs::severity("SC002"),
                span,
                pointer,
                Text::new(
                    format!("`{within}` is missing the required key `{key}`"),
                    format!("`{within}` 缺少必填的键 `{key}`"),
                ),
            )
            .with_help(Text::new(
                format!("add `{key}:`"),
                format!("请添加 `{key}:`"),
            ))]
        }
        ValidationErrorKind::Type { kind } => {
            let expected = match kind {
                jsonschema::error::TypeKind::Single(t) => t.to_string(),
                jsonschema::error::TypeKind::Multiple(ts) => ts
                    .iter()
                    .map(|t| t.to_string())
                    .collect::<Vec<_>>()
                    .join(" or "),
            };
            // A number written as a string: the docs type some numeric fields as String.
            if let (Value::String(sv), "integer" | "number") = (instance, expected.as_str()) {
                // From the environment or an included file: say where from, never what.
                if let (Some(expr), true) = (node.sensitive(), sv.trim().parse::<f64>().is_ok()) {
                    return vec![diag_at(
                        "SC008",
                        node,
                        format!("`{name}` is a string (from `{expr}`); FC expects a number here"),
                        format!("`{name}` 是字符串（来自 `{expr}`）；函数计算此处需要数字"),
                    )];
                }
                if sv.trim().parse::<f64>().is_ok() {
                    return vec![diag_at(
                        "SC008",
                        node,
                        format!("`{name}` is the string {sv:?}; FC expects a number here"),
                        format!("`{name}` 是字符串 {sv:?}；函数计算此处需要数字"),
                    )
                    .with_help(Text::new(
                        format!(
                            "write it without quotes: `{}: {}`",
                            last_token(rel),
                            sv.trim()
                        ),
                        format!("去掉引号：`{}: {}`", last_token(rel), sv.trim()),
                    ))];
                }
            }
            // FC takes environment variables as strings; a number or boolean is stringified by
            // some tools and rejected by others: worth a warning, not an error.
            if expected == "string"
                && rel.contains("/environmentVariables/")
                && matches!(instance, Value::Number(_) | Value::Bool(_))
            {
                return vec![diag_at(
                    "SC010",
                    node,
                    format!(
                        "environment variable `{}` is {} {}, not a string",
                        last_token(rel),
                        node.type_name(),
                        node.display_value()
                    ),
                    format!(
                        "环境变量 `{}` 是{} {}，不是字符串",
                        last_token(rel),
                        node.type_name(),
                        node.display_value()
                    ),
                )
                .with_help(if node.is_sensitive() {
                    Text::new(
                        "quote it where the value is written",
                        "请在写出该值的地方加上引号",
                    )
                } else {
                    Text::new(
                        format!(
                            "quote it: `{}: \"{}\"`",
                            last_token(rel),
                            node.display_value()
                        ),
                        format!(
                            "加上引号：`{}: \"{}\"`",
                            last_token(rel),
                            node.display_value()
                        ),
                    )
                })];
            }
            // `key:` with nothing after it is null; harmless for an optional key.
            if instance.is_null() && !is_required_here(schema_path, rel) {
                return Vec::new();
            }
            let (en_t, zh_t) = type_word(&expected);
            vec![diag_at(
                "SC001",
                node,
                format!("`{name}` must be {en_t}, found {}", node.describe()),
                format!("`{name}` 必须是{zh_t}，实际为 {}", node.describe_zh()),
            )]
        }
        ValidationErrorKind::Enum { options } => {
            let list = format_list(options);
            let count = options.as_array().map(Vec::len).unwrap_or(0);
            let (en, zh) = if count > 6 {
                (
                    format!(
                        "`{name}` is {}, not one of the {count} allowed values",
                        node.display_value()
                    ),
                    format!(
                        "`{name}` 为 {}，不是 {count} 个允许值之一",
                        node.display_value()
                    ),
                )
            } else {
                (
                    format!(
                        "`{name}` must be one of {list}; found {}",
                        node.display_value()
                    ),
                    format!(
                        "`{name}` 必须是 {list} 之一；实际为 {}",
                        node.display_value()
                    ),
                )
            };
            let mut d = diag_at("SC004", node, en, zh);
            let suggestion = match (node.as_str(), options.as_ref()) {
                (Some(sv), Value::Array(opts)) => {
                    did_you_mean(sv, opts.iter().filter_map(Value::as_str))
                }
                _ => None,
            };
            d.help = match (suggestion, count > 6) {
                (Some(s), false) => Some(Text::new(
                    format!("did you mean `{s}`?"),
                    format!("是否想写 `{s}`？"),
                )),
                (Some(s), true) => Some(Text::new(
                    format!("did you mean `{s}`? allowed: {list}"),
                    format!("是否想写 `{s}`？允许值：{list}"),
                )),
                (None, true) => Some(Text::new(
                    format!("allowed: {list}"),
                    format!("允许值：{list}"),
                )),
                (None, false) => None,
            };
            vec![d]
        }
        ValidationErrorKind::Minimum { limit } | ValidationErrorKind::Maximum { limit } => {
            let below = matches!(kind, ValidationErrorKind::Minimum { .. });
            let min = schema_field(schema_path, "minimum");
            let max = schema_field(schema_path, "maximum");
            let source = schema_field(schema_path, "x-fclint-source");
            let range = match (&min, &max) {
                (Some(a), Some(b)) => format!("{}–{}", num(a), num(b)),
                (Some(a), None) => format!("at least {}", num(a)),
                (None, Some(b)) => format!("at most {}", num(b)),
                _ => String::new(),
            };
            let range_zh = match (&min, &max) {
                (Some(a), Some(b)) => format!("{}–{}", num(a), num(b)),
                (Some(a), None) => format!("不小于 {}", num(a)),
                (None, Some(b)) => format!("不大于 {}", num(b)),
                _ => String::new(),
            };
            let (en, zh) = if let Some(expr) = node.sensitive() {
                // The value is checked, never echoed.
                let (en, zh) = if below {
                    ("below the minimum", "低于最小值")
                } else {
                    ("above the maximum", "超过最大值")
                };
                (
                    format!("`{name}` (from `{expr}`) is {en} {}", num(limit)),
                    format!("`{name}`（来自 `{expr}`）{zh} {}", num(limit)),
                )
            } else if below {
                (
                    format!(
                        "`{name}` is {}, below the minimum {}",
                        node.display_value(),
                        num(limit)
                    ),
                    format!(
                        "`{name}` 为 {}，低于最小值 {}",
                        node.display_value(),
                        num(limit)
                    ),
                )
            } else {
                (
                    format!(
                        "`{name}` is {}, above the maximum {}",
                        node.display_value(),
                        num(limit)
                    ),
                    format!(
                        "`{name}` 为 {}，超过最大值 {}",
                        node.display_value(),
                        num(limit)
                    ),
                )
            };
            let src = source
                .as_ref()
                .and_then(Value::as_str)
                .map(|s| format!(" ({s})"))
                .unwrap_or_default();
            vec![diag_at("SC005", node, en, zh).with_help(Text::new(
                format!("allowed: {range}{src}"),
                format!("允许范围：{range_zh}{src}"),
            ))]
        }
        ValidationErrorKind::MultipleOf { multiple_of } => vec![diag_at(
            "SC006",
            node,
            format!(
                "`{name}` is {}, not a multiple of {}",
                node.display_value(),
                crate::source::format_float_pub(*multiple_of)
            ),
            format!(
                "`{name}` 为 {}，不是 {} 的整数倍",
                node.display_value(),
                crate::source::format_float_pub(*multiple_of)
            ),
        )
        .with_help(nearest_multiple_help(
            node,
            *multiple_of,
            schema_field(schema_path, "minimum").and_then(|v| v.as_f64()),
            schema_field(schema_path, "maximum").and_then(|v| v.as_f64()),
        ))],
        ValidationErrorKind::Pattern { .. } => vec![diag_at(
            "SC007",
            node,
            format!("`{name}` {} is not a valid name", node.display_value()),
            format!("`{name}` {} 不是合法的名称", node.display_value()),
        )
        .with_help(pattern_help(rel))],
        ValidationErrorKind::MaxLength { limit } => vec![diag_at(
            "SC007",
            node,
            format!("`{name}` is longer than {limit} characters"),
            format!("`{name}` 超过 {limit} 个字符"),
        )],
        ValidationErrorKind::MinItems { limit } => vec![diag_at(
            "SC007",
            node,
            format!("`{name}` needs at least {limit} item(s)"),
            format!("`{name}` 至少需要 {limit} 项"),
        )],
        ValidationErrorKind::AnyOf { .. } | ValidationErrorKind::OneOfNotValid { .. } => {
            let alts = schema_field(&format!("{schema_path}/x"), "anyOf")
                .or_else(|| schema_field(&format!("{schema_path}/x"), "oneOf"));
            let forms = describe_alternatives(alts.as_ref());
            vec![diag_at(
                "SC001",
                node,
                format!("`{name}` must be {forms}, found {}", node.describe()),
                format!(
                    "`{name}` 必须是{}，实际为 {}",
                    forms_zh(alts.as_ref()),
                    node.describe_zh()
                ),
            )]
        }
        ValidationErrorKind::Constant { expected_value } => vec![diag_at(
            "SC004",
            node,
            format!("`{name}` must be {expected_value}"),
            format!("`{name}` 必须为 {expected_value}"),
        )],
        _ => Vec::new(),
    }
}

/// Is the key at `rel` required by the schema object that holds it? `schema_path` ends in
/// `…/properties/<key>/type`.
fn is_required_here(schema_path: &str, rel: &str) -> bool {
    let key = last_token(rel);
    let Some(parent) = schema_path
        .strip_suffix("/type")
        .and_then(|p| p.rsplit_once("/properties/"))
        .map(|(parent, _)| format!("{parent}/x"))
    else {
        return true;
    };
    match schema_field(&parent, "required") {
        Some(Value::Array(req)) => req.iter().any(|r| r.as_str() == Some(key.as_str())),
        _ => false,
    }
}

fn describe_alternatives(alts: Option<&Value>) -> String {
    let Some(Value::Array(a)) = alts else {
        return "one of the allowed forms".into();
    };
    let words: Vec<&str> = a
        .iter()
        .map(|s| match s.get("type").and_then(Value::as_str) {
            Some(t) => type_word(t).0,
            None if s.get("$ref").is_some() => "a mapping",
            None => "another form",
        })
        .collect();
    words.join(" or ")
}

fn forms_zh(alts: Option<&Value>) -> String {
    let Some(Value::Array(a)) = alts else {
        return "允许的格式之一".into();
    };
    a.iter()
        .map(|s| match s.get("type").and_then(Value::as_str) {
            Some(t) => type_word(t).1,
            None => "映射",
        })
        .collect::<Vec<_>>()
        .join("或")
}

fn num(v: &Value) -> String {
    match v.as_f64() {
        Some(f) => crate::source::format_float_pub(f),
        None => v.to_string(),
    }
}

/// "Use a multiple of 64: the nearest are 448 and 512", leaving out a neighbour outside
/// the allowed range (100 → only 128, since 64 is below the minimum).
fn nearest_multiple_help(node: &Node, step: f64, min: Option<f64>, max: Option<f64>) -> Text {
    let f = crate::source::format_float_pub;
    let Some(v) = node.as_f64() else {
        return Text::new(
            format!("use a multiple of {}", f(step)),
            format!("请使用 {} 的整数倍", f(step)),
        );
    };
    let lo = (v / step).floor() * step;
    let hi = lo + step;
    let in_range = |x: f64| min.map_or(true, |m| x >= m) && max.map_or(true, |m| x <= m);
    let near: Vec<String> = [lo, hi]
        .into_iter()
        .filter(|x| in_range(*x))
        .map(f)
        .collect();
    match near.as_slice() {
        [a, b] => Text::new(
            format!("use a multiple of {}: the nearest are {a} and {b}", f(step)),
            format!("请使用 {} 的整数倍：最接近的是 {a} 和 {b}", f(step)),
        ),
        [a] => Text::new(
            format!("use a multiple of {}: the nearest allowed is {a}", f(step)),
            format!("请使用 {} 的整数倍：最接近的允许值是 {a}", f(step)),
        ),
        _ => Text::new(
            format!("use a multiple of {}", f(step)),
            format!("请使用 {} 的整数倍", f(step)),
        ),
    }
}

fn pattern_help(rel: &str) -> Text {
    let key = last_token(rel);
    match key.as_str() {
        "name" if rel.starts_with("/function/") => Text::new(
            "edition 1 function names use letters, digits, `_` and `-`, at most 128 characters",
            "1.x 函数名只能包含字母、数字、`_` 和 `-`，最长 128 个字符",
        ),
        "functionName" => Text::new(
            "function names use letters, digits, `_` and `-`, start with a letter or `_`, and are at most 64 characters",
            "函数名只能包含字母、数字、`_` 和 `-`，以字母或 `_` 开头，最长 64 个字符",
        ),
        _ => Text::new(
            "trigger names use letters, digits, `_` and `-`, at most 128 characters",
            "触发器名称只能包含字母、数字、`_` 和 `-`，最长 128 个字符",
        ),
    }
}

/// For a missing key: the key span of the mapping that lacks it (e.g. `sourceKafkaParameters:`).
fn parent_key_span(props: &Node, rel: &str) -> Option<(Span, String)> {
    if rel.is_empty() {
        return None;
    }
    let (n, e) = props.find_pointer(rel)?;
    let e = e?;
    Some((e.key_span, n.pointer.clone()))
}
