//! SC: JSON-Schema validation of every FC resource against the schema generated from
//! `model::schema` (schemars), with each error mapped back to the exact node, plus the
//! function- and trigger-level checks a schema cannot express (FN0xx, TR0xx). The schema itself
//! is built in `document`; `editor` derives the one `fclint schema` prints.

use std::sync::OnceLock;

use jsonschema::error::ValidationErrorKind;
use serde_json::{json, Value};

use crate::checks::rules::schema::{
    sc001_invalid_type, sc002_missing_required_key, sc003_unknown_key, sc004_invalid_value,
    sc005_out_of_range, sc006_not_a_multiple, sc007_invalid_format, sc008_number_as_string,
    sc010_env_value_not_string,
};
use crate::checks::rules::structure::ld007_edition_1_layout_in_edition_3;
use crate::codes::Code;
use crate::diag::Diagnostic;
use crate::model::{Edition, Model, Recognized};
use crate::source::{edit, Node, SourceMap, Span};

mod document;
pub use document::{document_schema, document_schema_json, document_schema_json_in, SCHEMA_ID};
pub mod editor;
mod filters;
pub(crate) mod keys;
mod numbers;
mod semantic;
pub(crate) mod typos;

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
pub fn check(
    model: &Model<'_>,
    sources: &SourceMap,
    inventory: &crate::config::Inventory,
    out: &mut Vec<Diagnostic>,
) {
    check_bounded(
        model,
        sources,
        inventory,
        out,
        &mut crate::diag::Unshown::default(),
    );
}

/// [`check`], building findings only while a file has room for them
/// ([`crate::limits::MAX_FINDINGS_PER_FILE`]) and counting the rest in `unshown`.
pub fn check_bounded(
    model: &Model<'_>,
    sources: &SourceMap,
    inventory: &crate::config::Inventory,
    out: &mut Vec<Diagnostic>,
    unshown: &mut crate::diag::Unshown,
) {
    // The quotes a fix that writes a string uses: the ones the file's strings use.
    let quote = edit::preferred_quote(model.root, sources.get(model.file), model.file);
    let scope = Scope {
        edition: model.edition,
        sources,
        quote,
    };
    for f in &model.functions {
        let mut found = Vec::new();
        let room = (crate::limits::MAX_FINDINGS_PER_FILE + 1).saturating_sub(out.len());
        let mut typos = Vec::new();
        validate_props(scope, f.props, &mut found, room, unshown, &mut typos);
        filters::within_raised_quota(f.props, inventory, &mut found);
        numbers::too_large_numbers(f.props, &mut found);
        let mut semantic = Vec::new();
        ld007_edition_1_layout_in_edition_3::check(f, sources, &mut found, &mut semantic);
        semantic::check_function(f, sources, &typos, &mut semantic);
        // A key the runtime needs, misspelt: FN001 reports it at the typo, SC003 does not.
        let at_typo: Vec<String> = semantic
            .iter()
            .filter(|d| d.code == Code::FN001 && typos.iter().any(|t| t.pointer == d.pointer))
            .map(|d| d.pointer.clone())
            .collect();
        typos::drop_unknown_at(&mut found, &at_typo);
        // A wrongly cased OSS filter is one finding (TR002), not also an unknown and a missing key.
        let casing: Vec<String> = semantic
            .iter()
            .filter(|d| d.code == Code::TR002)
            .map(|d| d.pointer.clone())
            .collect();
        found.retain(|d| {
            !casing.iter().any(|p| {
                (matches!(d.code, Code::SC003 | Code::SC002) && d.pointer == *p)
                    || (d.code == Code::SC002
                        && p.rsplit_once('/').map(|(parent, _)| parent) == Some(d.pointer.as_str()))
            })
        });
        // A local-path component recognized by its props may be devsapp/fc-base (its own
        // repository checks it out that way), which takes the FC API's shape of the service's
        // `nasConfig` and `vpcConfig` (`mountDir`, no `vpcId`) rather than devsapp/fc's: only
        // devsapp/fc's shape there is not a finding.
        if f.edition == Edition::V1 && f.recognized == Recognized::Shape {
            if let Some(service) = f.service {
                let api_shaped = [
                    format!("{}/nasConfig", service.pointer),
                    format!("{}/vpcConfig", service.pointer),
                ];
                found.retain(|d| {
                    !api_shaped
                        .iter()
                        .any(|p| d.pointer == *p || d.pointer.starts_with(&format!("{p}/")))
                });
            }
            found.retain(|d| !filters::is_fc_base_key(f, d));
        }
        filters::one_finding_per_value(&mut found, &mut semantic);
        out.append(&mut found);
        out.append(&mut semantic);
    }
}

fn validate_props(
    scope: Scope<'_>,
    props: &Node,
    out: &mut Vec<Diagnostic>,
    room: usize,
    unshown: &mut crate::diag::Unshown,
    typos_out: &mut Vec<typos::Typo>,
) {
    let Some(v) = validator(scope.edition) else {
        return;
    };
    let instance = props.to_json();
    let mut seen = std::collections::HashSet::new();
    let mut keys = KeyNotes::default();
    let mut found = Vec::new();
    for err in v.iter_errors(&instance) {
        let rel = err.instance_path().as_str().to_string();
        if props.pointer_touches_unknown(&rel) || unresolved_text(props, &rel) {
            continue;
        }
        let schema_path = err.schema_path().as_str().to_string();
        if found.len() >= room {
            // No room left in this file: count what the error would report.
            match err.kind() {
                ValidationErrorKind::AdditionalProperties { unexpected } => {
                    unshown.add_with(Code::SC003, Code::SC003.severity(), unexpected.len());
                }
                _ => unshown.add(Code::SC001),
            }
            continue;
        }
        let left = room - found.len();
        if let ValidationErrorKind::AdditionalProperties { unexpected } = err.kind() {
            let past = unexpected.len().saturating_sub(left);
            if past > 0 {
                unshown.add_with(Code::SC003, Code::SC003.severity(), past);
            }
        }
        let mapped = map_error(scope, props, &rel, &schema_path, &err, &mut keys, left);
        let missing = keys.last_missing.take();
        for d in mapped {
            let key = (d.code, d.pointer.clone(), d.message.en.clone());
            if seen.insert(key) {
                found.push((d, missing.clone()));
            }
        }
    }
    numbers::quoted_numbers_in_range(scope, props, v, &instance, &mut found, &mut keys);
    // One mistake, one finding: a misspelt required key (`functionNamex`) is the missing key,
    // reported at the typo (SC002); the other edition's name (`fcDir` in edition 3) is the
    // unknown key (SC003, naming the right one), not also the missing one.
    out.extend(typos::merge_missing(found, &keys.replaced, &keys.typos));
    typos_out.append(&mut keys.typos);
}

/// What the error mapping learnt about keys, to drop a missing-key error whose cause is already
/// reported as an unknown key.
#[derive(Default)]
pub(crate) struct KeyNotes {
    /// (pointer of the mapping, the key an unknown key in it stands for)
    pub replaced: Vec<(String, String)>,
    /// (pointer of the mapping, the missing key) of the error just mapped
    pub last_missing: Option<(String, String)>,
    /// Unknown keys close to one known key (SC003's did-you-mean).
    pub typos: Vec<typos::Typo>,
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
    /// The files of the run (for a fix's edits).
    pub sources: &'a SourceMap,
    /// The quotes a fix that writes a string uses.
    pub quote: edit::Quote,
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

/// Hand one validation error to the rule of its kind; at most `limit` findings (unknown keys
/// are many).
/// The edition being validated and the files of the run.
#[derive(Clone, Copy)]
pub(crate) struct Scope<'a> {
    pub edition: Edition,
    pub sources: &'a SourceMap,
    /// The quotes the file's strings use (see [`edit::preferred_quote`]).
    pub quote: edit::Quote,
}

fn map_error(
    scope: Scope<'_>,
    props: &Node,
    rel: &str,
    schema_path: &str,
    err: &jsonschema::ValidationError<'_>,
    keys: &mut KeyNotes,
    limit: usize,
) -> Vec<Diagnostic> {
    let Scope {
        edition,
        sources,
        quote,
    } = scope;
    let kind = err.kind();
    let instance: &Value = err.instance();
    let Some((node, _)) = props.find_pointer(rel) else {
        return Vec::new();
    };
    let f = Found {
        sources,
        quote,
        props,
        node,
        rel,
        schema_path,
        name: short_label(rel),
    };
    match kind {
        ValidationErrorKind::AdditionalProperties { unexpected } => {
            sc003_unknown_key::unknown(&f, unexpected, limit, edition, keys)
        }
        ValidationErrorKind::Required { property } => {
            let key = property.as_str().unwrap_or_default();
            let d = sc002_missing_required_key::missing(&f, key);
            if d.is_some() {
                keys.last_missing = Some((node.pointer.clone(), key.to_string()));
            }
            d.into_iter().collect()
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
                .or_else(|| {
                    sc010_env_value_not_string::not_a_string(&f, &expected, instance, edition)
                })
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
