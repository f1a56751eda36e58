//! SC001: a value of the wrong type (a JSON-Schema `type`, `anyOf` or `oneOf` error).

use serde_json::Value;

use crate::checks::at;
use crate::checks::schema::{last_token, schema_field, Found};
use crate::codes::Code;
use crate::diag::{Diagnostic, Text};

crate::codes::declare_rule! {
    /// ## What it checks
    /// That every known field of an FC function and its triggers has the type FC expects: numbers for sizes and windows, booleans for switches, lists for `methods` and `events`, mappings for nested configs.
    ///
    /// ## Why it matters
    /// fc3 sends `triggerConfig` to the FC API verbatim, and its own schema accepts any object there (`triggerConfig` is `anyOf` a list that includes the bare object `IOtsConfig`: https://github.com/devsapp/fc3/blob/4ca1c1b8c33e654438bb73b64cfc95a5c9d94f5a/src/schema.json#L1003-L1030); a wrong type is only discovered by the API at deploy time, or silently ignored.
    ///
    /// ## Example
    /// ```yaml
    /// triggerConfig:
    ///   methods: GET
    /// ```
    /// ## Fix
    /// ```yaml
    /// triggerConfig:
    ///   methods: [GET]
    /// ```
    SC001,
    summary: "A value has the wrong type",
    summary_zh: "取值类型错误",
    doc_zh: include_str!("sc001_invalid_type.zh.md"),
}

/// The value is not of the `expected` type (`integer`, `string or null` …). `None` for
/// `key:` with nothing after it (null) where the key is optional: harmless.
pub(crate) fn wrong_type(f: &Found<'_>, expected: &str, instance: &Value) -> Option<Diagnostic> {
    if instance.is_null() && !is_required_here(f.schema_path, f.rel) {
        return None;
    }
    // `image: {FC_DEMO_IMAGE}`: a placeholder a repository script substitutes before
    // deploying (awesome-fc/custom-container-docs' setup.sh), which YAML reads as a
    // one-key mapping. Like a whole-value `{{ name }}`, an unknown value, not an error.
    if expected == "string" && is_brace_placeholder(f.node) {
        return None;
    }
    let (en_t, zh_t) = type_word(expected);
    let name = &f.name;
    let d = at(
        Code::SC001,
        f.node,
        Text::new(
            format!("`{name}` must be {en_t}, found {}", f.node.describe()),
            format!("`{name}` 必须是{zh_t}，实际为 {}", f.node.describe_zh()),
        ),
    );
    Some(if is_spaced_braces(f.node) {
        d.with_help(Text::new(
            "`{ { x } }` is a mapping, not a `{{ x }}` placeholder: remove the spaces between the braces",
            "`{ { x } }` 是映射，不是 `{{ x }}` 占位符：请去掉大括号之间的空格",
        ))
    } else {
        d
    })
}

/// `{ { name } }`: a mapping whose one key is a mapping (js-yaml: `{"[object Object]": null}`).
/// art-template's placeholder rule needs the braces adjacent (`{{`), so `s init` leaves it as
/// it is and the deploy gets a mapping.
fn is_spaced_braces(node: &crate::source::Node) -> bool {
    match &node.kind {
        crate::source::Kind::Map(entries) => {
            entries.len() == 1 && entries[0].value.is_null() && entries[0].key == "[object Object]"
        }
        _ => false,
    }
}

/// The value matches none of the alternative forms (`anyOf` / `oneOf`).
pub(crate) fn no_alternative(f: &Found<'_>) -> Diagnostic {
    let path = format!("{}/x", f.schema_path);
    let alts = schema_field(&path, "anyOf").or_else(|| schema_field(&path, "oneOf"));
    let forms = describe_alternatives(alts.as_ref());
    let name = &f.name;
    at(
        Code::SC001,
        f.node,
        Text::new(
            format!("`{name}` must be {forms}, found {}", f.node.describe()),
            format!(
                "`{name}` 必须是{}，实际为 {}",
                forms_zh(alts.as_ref()),
                f.node.describe_zh()
            ),
        ),
    )
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

/// `{NAME}` read as YAML: a mapping with one key, an identifier, and no value.
fn is_brace_placeholder(node: &crate::source::Node) -> bool {
    match &node.kind {
        crate::source::Kind::Map(entries) => {
            entries.len() == 1
                && entries[0].value.is_null()
                && entries[0]
                    .key
                    .chars()
                    .next()
                    .is_some_and(|c| c.is_ascii_alphabetic() || c == '_')
                && entries[0]
                    .key
                    .chars()
                    .all(|c| c.is_ascii_alphanumeric() || c == '_')
        }
        _ => false,
    }
}
