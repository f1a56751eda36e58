//! The strict JSON Schema of s.yaml that `check` validates against, generated from
//! `model::schema` (schemars) with the per-trigger-type branches and the resource and service
//! entries added; `fclint schema` prints its editor form ([`super::editor`]).

use std::sync::OnceLock;

use schemars::generate::SchemaSettings;
use serde_json::{json, Value};

use crate::model::schema as s;
use crate::model::Edition;

/// The `$id` of the published schema.
pub const SCHEMA_ID: &str = "https://github.com/fclint/fclint/raw/main/schemas/s.schema.json";

/// The Serverless Devs YAML specification (edition 3 and edition 1 pages).
const SRC_SD_YAML: &str = "https://github.com/Serverless-Devs/Serverless-Devs/blob/d781476ef825cd0cbb7908c044da123d92fc9bf7/docs/zh/yaml.md";
const SRC_SD_YAML_1: &str = "https://github.com/Serverless-Devs/Serverless-Devs/blob/da9febb211263e118ea6c6b607433f9b17fab351/docs/zh/yaml.md";

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

/// The strict JSON Schema of s.yaml (both editions) that `check` validates resolved props
/// against.
///
/// Two schemas, one source. This one is generated from `model::schema` (ranges, enums and
/// steps from `limits.rs`) and validates the *resolved* document: a `${…}` left in a value is
/// unknown, and its errors are skipped by [`super::validate_props`], never accepted by the schema, so
/// error kinds (a type error, a range error) stay exact. The editor schema that `fclint schema`
/// prints ([`super::editor::editor_schema`]) is a pure function of this one: it adds hover text
/// (`markdownDescription` with range, default and source; enum value descriptions; Chinese
/// with `--lang zh`) and accepts a `${…}` expression wherever a value is expected, because an
/// editor sees the file before the variables are filled in. No range or enum is written twice.
pub fn document_schema() -> &'static Value {
    static SCHEMA: OnceLock<Value> = OnceLock::new();
    SCHEMA.get_or_init(build_document_schema)
}

/// `fclint schema` output: the editor schema in English (pretty JSON, trailing newline).
pub fn document_schema_json() -> String {
    document_schema_json_in(crate::diag::Lang::En)
}

/// `fclint schema --lang …` output.
pub fn document_schema_json_in(lang: crate::diag::Lang) -> String {
    let schema = super::editor::editor_schema(document_schema(), lang);
    let mut s = serde_json::to_string_pretty(&schema).unwrap_or_default();
    s.push('\n');
    s
}

/// The definitions schemars generates for the props and trigger configs, nulls dropped.
fn generated_definitions() -> serde_json::Map<String, Value> {
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
    defs
}

/// Trigger configs depend on the trigger type: if/then per type.
fn add_trigger_branches(defs: &mut serde_json::Map<String, Value>) {
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
        let mut branches = branches;
        if edition == Edition::V1 {
            // fc-deploy derives an OSS trigger's `sourceArn` from `config.bucketName` only
            // when the trigger sets no `sourceArn` of its own (`transfromTriggerConfig`,
            // https://github.com/devsapp/fc-deploy/blob/a39847986a4003c79c7e1d71d918a403bf8bb1d2/src/lib/utils/utils.ts#L133-L173).
            branches.push(json!({
                "if": {
                    "properties": {type_key: {"const": "oss"}},
                    "required": [type_key],
                    "not": {"required": ["sourceArn"]}
                },
                "then": {"properties": {config_key: {"required": ["bucketName"]}}}
            }));
        }
        if edition == Edition::V3 {
            // fc3 reads `triggerConfig.eventSourceConfig.eventSourceType` without a guard when
            // the trigger has no `invocationRole` (`_handleDefaultTriggerRole`,
            // https://github.com/devsapp/fc3/blob/4ca1c1b8c33e654438bb73b64cfc95a5c9d94f5a/src/base.ts#L155-L160),
            // and fills in nothing. devsapp/fc (edition 1) fills in `{eventSourceType: Default}`
            // (https://github.com/devsapp/fc/blob/aefe052ec1711c8d58c342766db761869c6008bc/src/entry-public-method/set-default-value.ts#L16-L44).
            branches.push(json!({
                "if": {"properties": {type_key: {"const": "eventbridge"}}, "required": [type_key]},
                "then": {"properties": {config_key: {"required": ["eventSourceConfig"]}}}
            }));
        }
        if let Some(Value::Object(t)) = defs.get_mut(def) {
            t.insert("allOf".into(), Value::Array(branches));
        }
    }
}

/// The edition 3 resource and edition 1 service entries, which check `props` by component.
fn add_entry_definitions(defs: &mut serde_json::Map<String, Value>) {
    let fc3 = r"^(devsapp/)?fc3(@.*)?$";
    let fc1 = r"^(devsapp/)?fc(@.*)?$";
    defs.insert(
        "ResourceEntry3".into(),
        json!({
            "description": "An edition 3 resource. `props` is checked when `component` is fc3.",
            "x-zh": "3.x 的一个资源。`component` 为 fc3 时检查 `props`。",
            "x-fclint-source": SRC_SD_YAML,
            "type": "object",
            "properties": {
                "component": {"type": "string", "description": "The component that deploys the resource: `fc3` (or `devsapp/fc3`, `fc3@version`) for a function.", "x-zh": "部署该资源的组件：函数用 `fc3`（或 `devsapp/fc3`、`fc3@版本`）。"},
                "props": {"description": "The component's properties: for fc3, one function.", "x-zh": "组件的属性：对 fc3 而言是一个函数。"},
                "extend": {"type": "object", "description": "Merge a `template` entry under `props` (props win); `ignore` drops keys of the template first.", "x-zh": "把一个 `template` 条目合并到 `props` 之下（以 props 为准）；`ignore` 先从模板中去掉一些键。",
                    "properties": {
                        "name": {"type": "string", "description": "The `template` entry.", "x-zh": "`template` 中的条目名。"},
                        "ignore": {"description": "Keys of the template to leave out (a list, or one key).", "x-zh": "模板中要去掉的键（列表，或单个键）。"}
                    }},
                "actions": {"type": "object", "description": "Hooks run before or after a command (`pre-deploy`, `success-deploy`, …).", "x-zh": "命令前后运行的钩子（`pre-deploy`、`success-deploy` 等）。"}
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
            "x-zh": "1.x 的一个服务。`component` 为 fc 或 devsapp/fc 时检查 `props`。",
            "x-fclint-source": SRC_SD_YAML_1,
            "type": "object",
            "properties": {
                "component": {"type": "string", "description": "The component that deploys the service: `fc` or `devsapp/fc` (optionally `@version`).", "x-zh": "部署该服务的组件：`fc` 或 `devsapp/fc`（可带 `@版本`）。"},
                "props": {"description": "The component's properties: for fc, a service with one function, its triggers and custom domains.", "x-zh": "组件的属性：对 fc 而言是一个服务及其函数、触发器和自定义域名。"},
                "access": {"type": "string", "description": "Credentials alias for this service.", "x-zh": "该服务使用的密钥别名。"},
                "actions": {"type": "object", "description": "Hooks run before or after a command (`pre-deploy`, `post-deploy`).", "x-zh": "命令前后运行的钩子（`pre-deploy`、`post-deploy`）。"}
            },
            "required": ["component"],
            "allOf": [{
                "if": {"properties": {"component": {"pattern": fc1}}, "required": ["component"]},
                "then": {"properties": {"props": {"$ref": "#/definitions/Fc1Props"}}}
            }]
        }),
    );
}

fn build_document_schema() -> Value {
    let mut defs = generated_definitions();
    add_trigger_branches(&mut defs);
    add_entry_definitions(&mut defs);
    json!({
        "$schema": "http://json-schema.org/draft-07/schema#",
        "$id": SCHEMA_ID,
        "title": "Serverless Devs s.yaml for Alibaba Cloud Function Compute (fclint)",
        "description": "Edition 3 (`edition: 3.0.0`, component fc3) and edition 1 (component fc / devsapp/fc). Generated by `fclint schema`; ranges and enums come from fclint's src/limits.rs with their sources.",
        "x-zh": "3.x（`edition: 3.0.0`，组件 fc3）与 1.x（组件 fc / devsapp/fc）。由 `fclint schema` 生成；范围与枚举取自 fclint 的 src/limits.rs，并附出处。",
        "type": "object",
        "x-fclint-source": SRC_SD_YAML,
        "properties": {
            "edition": {"type": "string", "examples": ["3.0.0", "1.0.0"], "description": "YAML edition: `3.0.0` (fc3, `resources`) or `1.0.0` (devsapp/fc, `services`); anything but 3.0.0 is read as 1.x.", "x-zh": "YAML 规范版本：`3.0.0`（fc3，`resources`）或 `1.0.0`（devsapp/fc，`services`）；不是 3.0.0 的都按 1.x 读取。"},
            "name": {"type": "string", "description": "Application name.", "x-zh": "应用名称。"},
            "access": {"type": "string", "description": "Credentials alias (`s config`).", "x-zh": "密钥别名（`s config`）。"},
            "vars": {"type": "object", "description": "Variables, used as `${vars.name}`.", "x-zh": "变量，以 `${vars.name}` 引用。"},
            "template": {"type": "object", "description": "Reusable props fragments, merged into a resource by its `extend.name` (edition 3).", "x-zh": "可复用的 props 片段，由资源的 `extend.name` 合并进来（3.x）。"},
            "flow": {"type": "object", "description": "Order of resources per command: groups run one after another, members of a group in parallel (edition 3).", "x-zh": "每个命令的资源执行顺序：组依次执行，组内并行（3.x）。"},
            "actions": {"type": "object", "description": "Global hooks (`pre-deploy`, `success-deploy`, `fail-deploy`, `complete-deploy`).", "x-zh": "全局钩子（`pre-deploy`、`success-deploy`、`fail-deploy`、`complete-deploy`）。"},
            "extend": {"description": "A base file this file is merged over (`extend: ./s.yaml`).", "x-zh": "本文件覆盖其上的基础文件（`extend: ./s.yaml`）。"},
            "extends": {"description": "Edition 1 spelling of `extend`: a list of base files (the first is used).", "x-zh": "1.x 中 `extend` 的写法：基础文件列表（使用第一个）。"},
            "resources": {"type": "object", "additionalProperties": {"$ref": "#/definitions/ResourceEntry3"}, "description": "The resources (edition 3); an fc3 resource is one function.", "x-zh": "资源（3.x）；一个 fc3 资源就是一个函数。"},
            "services": {"type": "object", "additionalProperties": {"$ref": "#/definitions/ServiceEntry1"}, "description": "The services (edition 1); an fc service holds one function.", "x-zh": "服务（1.x）；一个 fc 服务包含一个函数。"}
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
