//! The JSON Schema of a Tencent Cloud SCF `serverless.yml` (`fclint schema --platform scf`,
//! checked in as `schemas/scf.schema.json`), built from the key tables of [`super::schema`]
//! and the numbers of `limits.rs`: the three forms, chosen by `component` (`scf`,
//! `multi-scf`) or by the `tencent` provider (Framework v1).
//!
//! It says what `check` says, as far as JSON Schema can: trigger types and the keys of
//! triggers and their `parameters` are closed (TC008, TC009), required keys are required
//! (TC010), types, ranges and allowed values are enforced (TC001–TC003, TC005, TC012). Keys
//! of functions and what they inherit stay open (the components pass more keys on than they
//! document). Every value may also be `null` (the default applies) or a `${…}` variable.

use serde_json::{json, Map, Value};

use super::schema::{self, Dv, Key, Ty};
use super::{ScfForm, ScfTriggerType};
use crate::diag::Lang;
use crate::limits;

/// A string holding a variable (`${env.X}`, `${self:a}`): not known until deployed.
const VAR: &str = r"\$\{";
/// A whole number written as text (`"100"`), which the API's String-typed fields take.
const DIGITS: &str = r"^\s*[0-9]+\s*$";

/// `fclint schema --platform scf [--lang zh]` output (pretty JSON, trailing newline).
pub fn scf_schema_json(lang: Lang) -> String {
    let mut s = serde_json::to_string_pretty(&scf_schema(lang)).unwrap_or_default();
    s.push('\n');
    s
}

/// The schema as a value.
pub fn scf_schema(lang: Lang) -> Value {
    let mut defs = Map::new();
    for form in [ScfForm::Component, ScfForm::Multi, ScfForm::FrameworkV1] {
        for t in ScfTriggerType::ALL {
            if let Some(p) = schema::params(form, t) {
                let d = object(p.keys, true, lang, p.source);
                defs.insert(params_def(form, t), d);
            }
        }
    }
    defs.insert("ComponentScf".into(), component(lang));
    defs.insert("MultiScf".into(), multi(lang));
    defs.insert("FrameworkV1".into(), framework_v1(lang));
    let branch = |cond: Value, def: &str| json!({"if": cond, "then": {"$ref": format!("#/definitions/{def}")}});
    json!({
        "$schema": "http://json-schema.org/draft-07/schema#",
        "$id": "https://github.com/fclint/fclint/schemas/scf.schema.json",
        "title": "Tencent Cloud SCF serverless.yml (component scf, multi-scf, Framework v1 serverless-tencent-scf)",
        "description": tr(lang, "A serverless.yml that deploys Tencent Cloud SCF functions, as fclint checks it.", "部署腾讯云 SCF 函数的 serverless.yml，与 fclint 的检查一致。"),
        "type": "object",
        "allOf": [
            branch(json!({"required": ["component"], "properties": {"component": {"pattern": "^\\s*scf\\s*(@.*)?$"}}}), "ComponentScf"),
            branch(json!({"required": ["component"], "properties": {"component": {"pattern": "^\\s*multi-scf\\s*(@.*)?$"}}}), "MultiScf"),
            branch(json!({"not": {"required": ["component"]}, "required": ["provider"], "properties": {"provider": {"required": ["name"], "properties": {"name": {"const": "tencent"}}}}}), "FrameworkV1"),
        ],
        "definitions": defs,
    })
}

fn tr(lang: Lang, en: &str, zh: &str) -> String {
    match lang {
        Lang::En => en.into(),
        Lang::Zh => zh.into(),
    }
}

fn params_def(form: ScfForm, t: ScfTriggerType) -> String {
    let f = match form {
        ScfForm::Component => "Scf",
        ScfForm::Multi => "MultiScf",
        ScfForm::FrameworkV1 => "V1",
    };
    format!("{f}Params_{}", t.as_str())
}

/// A mapping of `keys`: closed when `strict`, with their required ones.
fn object(keys: &[Key], strict: bool, lang: Lang, source: &str) -> Value {
    let mut props = Map::new();
    for k in keys {
        props.insert(k.name.into(), property(k, lang));
    }
    let required: Vec<&str> = keys.iter().filter(|k| k.required).map(|k| k.name).collect();
    let mut o = json!({"type": "object", "properties": props, "additionalProperties": !strict});
    if !required.is_empty() {
        o["required"] = json!(required);
    }
    if !source.is_empty() {
        o["x-fclint-source"] = json!(source);
    }
    o
}

/// One key: its type, range and values, `null`, or a variable.
fn property(k: &Key, lang: Lang) -> Value {
    let mut alts = vec![
        json!({"type": "null"}),
        json!({"type": "string", "pattern": VAR}),
    ];
    if !k.values.is_empty() {
        alts.push(json!({"enum": k.values}));
    } else if k.range == Some(limits::SCF_MEMORY_MB) {
        let r = limits::SCF_MEMORY_MB;
        alts.push(json!({"const": r.min}));
        alts.push(json!({"type": "integer", "minimum": limits::SCF_MEMORY_MB_STEP, "maximum": r.max, "multipleOf": limits::SCF_MEMORY_MB_STEP}));
    } else if k.name == "offset" {
        alts.push(json!({"enum": [limits::SCF_CKAFKA_OFFSETS[0], limits::SCF_CKAFKA_OFFSETS[1], limits::SCF_CKAFKA_OFFSET_TIMESTAMP_WORD]}));
        alts.push(json!({"type": "string", "pattern": DIGITS}));
        alts.push(json!({"type": "integer", "minimum": 0}));
    } else {
        alts.extend(by_type(k));
    }
    let mut p = json!({"anyOf": alts, "description": tr(lang, k.en, k.zh)});
    match k.default {
        Some(Dv::Int(n)) => p["default"] = json!(n),
        Some(Dv::Str(s)) => p["default"] = json!(s),
        None => {}
    }
    if let Some(r) = k.range {
        p["x-fclint-source"] = json!(r.source);
    }
    p
}

fn by_type(k: &Key) -> Vec<Value> {
    let number = |integer: bool| {
        let mut n = json!({"type": if integer { "integer" } else { "number" }});
        if let Some(r) = k.range {
            n["minimum"] = json!(r.min);
            n["maximum"] = json!(r.max);
        }
        n
    };
    match k.ty {
        Ty::Any => vec![json!({})],
        Ty::Str => vec![json!({"type": ["string", "number", "boolean"]})],
        Ty::Num if k.range.is_some() => {
            vec![number(true), json!({"type": "string", "pattern": DIGITS})]
        }
        Ty::Num => vec![
            number(false),
            json!({"type": "string", "pattern": r"^\s*-?[0-9]+(\.[0-9]+)?\s*$"}),
        ],
        Ty::Bool => vec![json!({"type": ["boolean", "integer"]})],
        Ty::StrOrList => vec![json!({"type": ["string", "number", "boolean", "array"]})],
        Ty::List => vec![json!({"type": "array"})],
        Ty::Obj => vec![json!({"type": "object"})],
        Ty::NumOrStr if k.range.is_some() || k.name == "retry" => {
            let mut n = number(true);
            if k.range.is_none() {
                n["minimum"] = json!(0);
            }
            vec![n, json!({"type": "string", "pattern": DIGITS})]
        }
        Ty::NumOrStr => vec![json!({"type": ["number", "string"]})],
    }
}

/// An event of the `scf` component or the v1 plugin: one key, the trigger type.
fn events(form: ScfForm, lang: Lang) -> Value {
    let mut props = Map::new();
    for t in ScfTriggerType::ALL {
        if schema::params(form, t).is_none() {
            continue;
        }
        let mut body = object(schema::event_keys(form), true, lang, "");
        body["properties"]["parameters"] =
            json!({"$ref": format!("#/definitions/{}", params_def(form, t))});
        props.insert(t.as_str().into(), body);
    }
    json!({"type": "array", "items": {"type": "object", "minProperties": 1, "properties": props, "additionalProperties": false}})
}

fn with_props(mut o: Value, extra: &[(&str, Value)]) -> Value {
    for (k, v) in extra {
        o["properties"][*k] = v.clone();
    }
    o
}

fn component(lang: Lang) -> Value {
    let form = ScfForm::Component;
    let inputs = with_props(
        object(
            schema::function_keys(form),
            false,
            lang,
            limits::SRC_SCF_COMPONENT,
        ),
        &[("events", events(form, lang))],
    );
    with_props(
        object(
            schema::top_keys(form),
            false,
            lang,
            limits::SRC_SLS_COMPONENTS_VARS,
        ),
        &[("inputs", inputs)],
    )
}

fn multi(lang: Lang) -> Value {
    let form = ScfForm::Multi;
    let function = object(
        schema::function_keys(form),
        false,
        lang,
        limits::SRC_SCF_MULTI,
    );
    let functions = json!({"anyOf": [
        {"type": "object", "additionalProperties": function},
        {"type": "array", "items": function},
        {"type": "string", "pattern": VAR},
    ]});
    let mut trigger = object(
        schema::event_keys(form),
        true,
        lang,
        limits::SRC_SCF_MULTI_FORMATTER,
    );
    let branches: Vec<Value> = ScfTriggerType::ALL
        .iter()
        .map(|t| json!({
            "if": {"required": ["type"], "properties": {"type": {"const": t.as_str()}}},
            "then": {"properties": {"parameters": {"$ref": format!("#/definitions/{}", params_def(form, *t))}}},
        }))
        .collect();
    trigger["allOf"] = json!(branches);
    let inputs = with_props(
        object(
            schema::defaults_keys(form),
            false,
            lang,
            limits::SRC_SCF_MULTI,
        ),
        &[
            ("functions", functions),
            ("triggers", json!({"type": "array", "items": trigger})),
        ],
    );
    with_props(
        object(
            schema::top_keys(form),
            false,
            lang,
            limits::SRC_SLS_COMPONENTS_VARS,
        ),
        &[("inputs", inputs)],
    )
}

fn framework_v1(lang: Lang) -> Value {
    let form = ScfForm::FrameworkV1;
    let function = with_props(
        object(
            schema::function_keys(form),
            false,
            lang,
            limits::SRC_SCF_V1_PROVIDER,
        ),
        &[("events", events(form, lang))],
    );
    let provider = object(
        schema::defaults_keys(form),
        false,
        lang,
        limits::SRC_SCF_V1_PROVIDER,
    );
    json!({
        "type": "object",
        "required": ["service", "provider"],
        "properties": {
            "service": {"type": ["string", "object"], "description": tr(lang, "Service name; functions deploy as `<service>-<stage>-<function>`.", "服务名称；函数部署为 `<service>-<stage>-<函数>`。")},
            "provider": provider,
            "plugins": {"type": ["array", "object"]},
            "functions": {"type": "object", "additionalProperties": function},
        },
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_schema_compiles_and_closes_ckafka_parameters() {
        let s = scf_schema(Lang::En);
        assert!(jsonschema::draft7::new(&s).is_ok());
        let p = &s["definitions"]["ScfParams_ckafka"];
        assert_eq!(p["additionalProperties"], json!(false));
        assert_eq!(p["required"], json!(["name", "topic"]));
        let max = &p["properties"]["maxMsgNum"]["anyOf"][2];
        assert_eq!(
            (max["minimum"].clone(), max["maximum"].clone()),
            (json!(1), json!(10000))
        );
        let v1 = &s["definitions"]["V1Params_ckafka"]["properties"]["maxMsgNum"]["anyOf"][2];
        assert_eq!(
            (v1["minimum"].clone(), v1["maximum"].clone()),
            (json!(2), json!(999))
        );
    }
}
