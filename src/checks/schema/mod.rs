//! SC: JSON-Schema validation of every FC resource against the schema generated from
//! `model::schema` (schemars), with each error mapped back to the exact node, plus the
//! function- and trigger-level checks a schema cannot express (FN0xx, TR0xx).

use std::sync::OnceLock;

use jsonschema::error::ValidationErrorKind;
use schemars::generate::SchemaSettings;
use serde_json::{json, Value};

use crate::checks::rules::schema::{
    sc001_invalid_type, sc002_missing_required_key, sc003_unknown_key, sc004_invalid_value,
    sc005_out_of_range, sc006_not_a_multiple, sc007_invalid_format, sc008_number_as_string,
    sc010_env_value_not_string,
};
use crate::codes::Code;
use crate::diag::Diagnostic;
use crate::model::schema as s;
use crate::model::{Edition, Model};
use crate::source::{Node, Span};

mod semantic;

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
    for f in &model.functions {
        let mut found = Vec::new();
        validate_props(model.edition, f.props, &mut found);
        let mut semantic = Vec::new();
        semantic::check_function(f, &mut semantic);
        // A wrongly cased OSS filter is one finding (TR002), not also an unknown and a missing key.
        let casing: Vec<String> = semantic
            .iter()
            .filter(|d| d.code == Code::TR002)
            .map(|d| d.pointer.clone())
            .collect();
        found.retain(|d| {
            !casing.iter().any(|p| {
                (d.code == Code::SC003 && d.pointer == *p)
                    || (d.code == Code::SC002
                        && p.rsplit_once('/').map(|(parent, _)| parent) == Some(d.pointer.as_str()))
            })
        });
        out.append(&mut found);
        out.append(&mut semantic);
    }
}

fn validate_props(edition: Edition, props: &Node, out: &mut Vec<Diagnostic>) {
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
        for d in map_error(props, &rel, &schema_path, err.kind(), err.instance()) {
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

pub(crate) fn last_token(pointer: &str) -> String {
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

/// The keys the schema object at `schema_path` (an `additionalProperties` error) knows.
pub(crate) fn known_keys(schema_path: &str) -> Vec<String> {
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

/// A keyword of the schema object that holds `schema_path`.
pub(crate) fn schema_field(schema_path: &str, keyword: &str) -> Option<Value> {
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

pub(crate) fn format_list(v: &Value) -> String {
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

/// One validation error, located in the document: what the SC rules read.
pub(crate) struct Found<'a> {
    /// The props of the function being validated.
    pub props: &'a Node,
    /// The node the error is about.
    pub node: &'a Node,
    /// Its JSON Pointer below `props`.
    pub rel: &'a str,
    /// Where in the schema the error arose.
    pub schema_path: &'a str,
    /// A short label of the node: `batchWindow.CountBasedWindow`, `methods[0]`.
    pub name: String,
}

/// Hand one validation error to the rule of its kind.
fn map_error(
    props: &Node,
    rel: &str,
    schema_path: &str,
    kind: &ValidationErrorKind,
    instance: &Value,
) -> Vec<Diagnostic> {
    let Some((node, _)) = props.find_pointer(rel) else {
        return Vec::new();
    };
    let f = Found {
        props,
        node,
        rel,
        schema_path,
        name: short_label(rel),
    };
    match kind {
        ValidationErrorKind::AdditionalProperties { unexpected } => {
            sc003_unknown_key::unknown(&f, unexpected)
        }
        ValidationErrorKind::Required { property } => {
            sc002_missing_required_key::missing(&f, property.as_str().unwrap_or_default())
                .into_iter()
                .collect()
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
            sc008_number_as_string::quoted_number(&f, &expected, instance)
                .or_else(|| sc010_env_value_not_string::not_a_string(&f, &expected, instance))
                .or_else(|| sc001_invalid_type::wrong_type(&f, &expected, instance))
                .into_iter()
                .collect()
        }
        ValidationErrorKind::Enum { options } => {
            vec![sc004_invalid_value::not_allowed(&f, options)]
        }
        ValidationErrorKind::Constant { expected_value } => {
            vec![sc004_invalid_value::not_the_constant(&f, expected_value)]
        }
        ValidationErrorKind::Minimum { limit } => {
            vec![sc005_out_of_range::out_of_range(&f, true, limit)]
        }
        ValidationErrorKind::Maximum { limit } => {
            vec![sc005_out_of_range::out_of_range(&f, false, limit)]
        }
        ValidationErrorKind::MultipleOf { multiple_of } => {
            vec![sc006_not_a_multiple::not_a_multiple(&f, *multiple_of)]
        }
        ValidationErrorKind::Pattern { .. } => vec![sc007_invalid_format::not_a_name(&f)],
        ValidationErrorKind::MaxLength { limit } => {
            vec![sc007_invalid_format::too_long(&f, *limit)]
        }
        ValidationErrorKind::MinItems { limit } => vec![sc007_invalid_format::too_few(&f, *limit)],
        ValidationErrorKind::AnyOf { .. } | ValidationErrorKind::OneOfNotValid { .. } => {
            vec![sc001_invalid_type::no_alternative(&f)]
        }
        _ => Vec::new(),
    }
}

pub(crate) fn num(v: &Value) -> String {
    match v.as_f64() {
        Some(f) => crate::source::format_float_pub(f),
        None => v.to_string(),
    }
}

/// For a missing key: the key span of the mapping that lacks it (e.g. `sourceKafkaParameters:`).
pub(crate) fn parent_key_span(props: &Node, rel: &str) -> Option<(Span, String)> {
    if rel.is_empty() {
        return None;
    }
    let (n, e) = props.find_pointer(rel)?;
    let e = e?;
    Some((e.key_span, n.pointer.clone()))
}
