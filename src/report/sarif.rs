//! `--format sarif`: SARIF 2.1.0 (OASIS), as GitHub code scanning
//! (`github/codeql-action/upload-sarif`) and other CI systems consume it.
//!
//! - `tool.driver.rules[]` holds the rules that have results, from `checks::registry`:
//!   id, name, short and full description, help (the rule's documentation as text and
//!   markdown), `helpUri` (the platform page the documentation cites) and default level.
//! - Each result has `ruleId`, `ruleIndex`, `level`, the message (with the help on a second
//!   line), one physical location and a related location per note; the JSON Pointer of the
//!   node is in `properties.pointer`.
//! - A finding with a fix has one `fixes[]` entry: `description.text` (the fix's message,
//!   "(unsafe: may change what deploys)" added to an unsafe one), one `artifactChanges[]`
//!   entry for the file with a `replacements[]` entry per edit (`deletedRegion` in the same
//!   columns as the locations, empty for an insertion; `insertedContent.text`, left out for
//!   a deletion), and `properties.applicability` (`safe` or `unsafe`).
//! - Paths are relative to the working directory, resolved against `%SRCROOT%`; columns count
//!   Unicode code points, which `run.columnKind` says.

use serde_json::{json, Map, Value};

use super::Report;
use crate::checks::registry::{self, Rule};
use crate::codes::Code;
use crate::diag::{Diagnostic, Lang, Severity};
use crate::source::Span;

pub const SCHEMA_URI: &str = "https://json.schemastore.org/sarif-2.1.0.json";
const SRCROOT: &str = "%SRCROOT%";
/// Snippets of larger regions (a whole mapping) are left out: the location says enough.
const MAX_SNIPPET_BYTES: usize = 2048;
const MAX_CONTEXT_LINES: u32 = 10;

fn level(s: Severity) -> &'static str {
    match s {
        Severity::Error => "error",
        Severity::Warning => "warning",
        Severity::Info => "note",
    }
}

/// Percent-encode a path for a URI reference: unreserved characters and `/` stay, every other
/// byte of the UTF-8 text becomes `%XX` (RFC 3986).
pub fn encode_uri_path(path: &str) -> String {
    let mut out = String::with_capacity(path.len());
    for b in path.bytes() {
        if b.is_ascii_alphanumeric() || matches!(b, b'-' | b'.' | b'_' | b'~' | b'/') {
            out.push(b as char);
        } else {
            out.push_str(&format!("%{b:02X}"));
        }
    }
    out
}

/// The artifact location of a displayed path: relative paths against `%SRCROOT%`, absolute
/// ones (outside every relative form) as `file://` URIs.
fn artifact_location(path: &str, index: Option<usize>) -> Value {
    let mut loc = Map::new();
    let b = path.as_bytes();
    let drive = b.len() >= 2 && b[0].is_ascii_alphabetic() && b[1] == b':';
    if path.starts_with('/') || drive {
        // No relative form exists (another Windows drive): an absolute file URI.
        loc.insert("uri".into(), json!(file_uri(path)));
    } else {
        loc.insert("uri".into(), json!(encode_uri_path(path)));
        loc.insert("uriBaseId".into(), json!(SRCROOT));
    }
    if let Some(i) = index {
        loc.insert("index".into(), json!(i));
    }
    Value::Object(loc)
}

/// `file:///…/` of the working directory (with the trailing slash a base URI needs).
fn srcroot_uri() -> Option<String> {
    let cwd = std::env::current_dir().ok()?;
    let mut path = cwd.to_string_lossy().replace('\\', "/");
    if !path.ends_with('/') {
        path.push('/');
    }
    Some(file_uri(&path))
}

/// `file:///dir/s.yaml` for `/dir/s.yaml`, `file:///C:/dir/s.yaml` for `C:/dir/s.yaml`.
fn file_uri(path: &str) -> String {
    let b = path.as_bytes();
    if b.len() >= 2 && b[0].is_ascii_alphabetic() && b[1] == b':' {
        format!("file:///{}:{}", &path[..1], encode_uri_path(&path[2..]))
    } else {
        format!("file://{}", encode_uri_path(path))
    }
}

/// The region of a span: 1-based lines, code-point columns (end exclusive), the spanned text
/// as its snippet.
fn region(r: &Report<'_>, span: Span) -> Value {
    let end = span.end.max(span.start);
    let mut v = json!({
        "startLine": span.start.line.max(1),
        "startColumn": span.start.col.max(1),
        "endLine": end.line.max(1),
        "endColumn": end.col.max(1),
    });
    let file = r.sources.get(span.file);
    // A file that holds values never shown (a `.env`, an included file): location only.
    if file.sensitive {
        return v;
    }
    if let Some(snippet) = file.text.get(span.start.byte as usize..end.byte as usize) {
        if !snippet.is_empty() && snippet.len() <= MAX_SNIPPET_BYTES {
            v["snippet"] = json!({ "text": crate::inert::escape_keeping_lines(snippet) });
        }
    }
    v
}

/// The whole lines a span touches, so that viewers without the file can show the context.
fn context_region(r: &Report<'_>, span: Span) -> Option<Value> {
    let file = r.sources.get(span.file);
    if file.sensitive {
        return None;
    }
    let (first, last) = (
        span.start.line.max(1),
        span.end.line.max(span.start.line).max(1),
    );
    if last - first >= MAX_CONTEXT_LINES {
        return None;
    }
    let lines: Option<Vec<&str>> = (first..=last).map(|l| file.line(l)).collect();
    let lines = lines?;
    Some(json!({
        "startLine": first,
        "endLine": last,
        "snippet": { "text": crate::inert::escape_keeping_lines(&lines.join("\n")) },
    }))
}

/// The first `http(s)://` link of a rule's documentation: the page its "why it matters" cites.
pub fn help_uri(rule: &'static Rule) -> Option<&'static str> {
    let doc = rule.doc_in(Lang::En);
    let start = doc.find("https://").or_else(|| doc.find("http://"))?;
    let rest = &doc[start..];
    let end = rest
        .find(|c: char| c.is_whitespace() || matches!(c, ')' | '>' | '`' | '"' | '\'' | ']'))
        .unwrap_or(rest.len());
    let uri = rest[..end].trim_end_matches(['.', ',', ';', ':']);
    (uri.len() > "https://".len()).then_some(uri)
}

/// The first paragraph of a rule's documentation ("what it checks") as plain text.
pub fn full_description(rule: &Rule, lang: Lang) -> String {
    let doc = rule.doc_in(lang);
    let mut para = Vec::new();
    for line in doc.lines() {
        let t = line.trim();
        if t.starts_with('#') {
            if para.is_empty() {
                continue;
            }
            break;
        }
        if t.is_empty() {
            if para.is_empty() {
                continue;
            }
            break;
        }
        if t.starts_with("```") {
            break;
        }
        para.push(t);
    }
    if para.is_empty() {
        rule.summary_in(lang).to_string()
    } else {
        para.join(" ")
    }
}

fn rule_descriptor(rule: &'static Rule, lang: Lang) -> Value {
    let mut v = Map::new();
    v.insert("id".into(), json!(rule.code));
    v.insert("name".into(), json!(rule.name()));
    v.insert(
        "shortDescription".into(),
        json!({ "text": rule.summary_in(lang) }),
    );
    v.insert(
        "fullDescription".into(),
        json!({ "text": full_description(rule, lang) }),
    );
    let doc = rule.doc_in(lang);
    v.insert("help".into(), json!({ "text": doc, "markdown": doc }));
    if let Some(uri) = help_uri(rule) {
        v.insert("helpUri".into(), json!(uri));
    }
    v.insert(
        "defaultConfiguration".into(),
        json!({ "level": level(rule.severity()) }),
    );
    v.insert(
        "properties".into(),
        json!({ "family": rule.family(), "tags": [rule.family()] }),
    );
    Value::Object(v)
}

fn physical_location(
    r: &Report<'_>,
    span: Span,
    artifact_index: &dyn Fn(crate::source::FileId) -> Option<usize>,
) -> Value {
    let mut v = json!({
        "artifactLocation": artifact_location(r.path(span.file), artifact_index(span.file)),
        "region": region(r, span),
    });
    if let Some(c) = context_region(r, span) {
        v["contextRegion"] = c;
    }
    v
}

fn result(
    r: &Report<'_>,
    d: &Diagnostic,
    rule_index: usize,
    artifact_index: &dyn Fn(crate::source::FileId) -> Option<usize>,
) -> Value {
    let mut v = Map::new();
    v.insert("ruleId".into(), json!(d.code));
    v.insert("ruleIndex".into(), json!(rule_index));
    v.insert("level".into(), json!(level(d.severity)));
    v.insert(
        "message".into(),
        json!({ "text": super::message_with_help(d, r.lang) }),
    );
    v.insert(
        "locations".into(),
        json!([{
            "physicalLocation": physical_location(r, d.span, artifact_index),
        }]),
    );
    if !d.notes.is_empty() {
        let related: Vec<Value> = d
            .notes
            .iter()
            .enumerate()
            .map(|(i, n)| {
                json!({
                    "id": i,
                    "message": { "text": n.message.get(r.lang) },
                    "physicalLocation": physical_location(r, n.span, artifact_index),
                })
            })
            .collect();
        v.insert("relatedLocations".into(), Value::Array(related));
    }
    if let Some(fix) = super::fixes::shown(r, d) {
        v.insert(
            "fixes".into(),
            json!([sarif_fix(r, d, fix, artifact_index)]),
        );
    }
    v.insert("properties".into(), json!({ "pointer": d.pointer }));
    Value::Object(v)
}

/// A `fix` object: the replacements of the fix's edits in the finding's file.
fn sarif_fix(
    r: &Report<'_>,
    d: &Diagnostic,
    fix: &crate::diag::Fix,
    artifact_index: &dyn Fn(crate::source::FileId) -> Option<usize>,
) -> Value {
    let replacements: Vec<Value> = fix
        .edits
        .iter()
        .map(|e| {
            let end = e.span.end.max(e.span.start);
            let mut v = json!({
                "deletedRegion": {
                    "startLine": e.span.start.line.max(1),
                    "startColumn": e.span.start.col.max(1),
                    "endLine": end.line.max(1),
                    "endColumn": end.col.max(1),
                },
            });
            if !e.replacement.is_empty() {
                v["insertedContent"] = json!({ "text": e.replacement });
            }
            v
        })
        .collect();
    json!({
        "description": { "text": super::fixes::described(fix, r.lang) },
        "artifactChanges": [{
            "artifactLocation": artifact_location(r.path(d.span.file), artifact_index(d.span.file)),
            "replacements": replacements,
        }],
        "properties": { "applicability": fix.applicability.as_str() },
    })
}

pub fn render(r: &Report<'_>) -> String {
    // Rules with results, in code order; `ruleIndex` points into this list.
    let mut codes: Vec<Code> = r.diagnostics.iter().map(|d| d.code).collect();
    codes.sort_unstable();
    codes.dedup();
    let rules: Vec<Value> = codes
        .iter()
        .map(|code| rule_descriptor(registry::get(*code), r.lang))
        .collect();
    let rule_index = |code: Code| codes.iter().position(|c| *c == code).unwrap_or(0);

    // Every file looked at is an artifact, also those without findings, plus files that only
    // notes refer to.
    let mut artifact_files = r.files.to_vec();
    for d in r.diagnostics {
        for f in std::iter::once(d.span.file).chain(d.notes.iter().map(|n| n.span.file)) {
            if !artifact_files.contains(&f) {
                artifact_files.push(f);
            }
        }
    }
    let artifact_index = |f| artifact_files.iter().position(|a| *a == f);
    let artifacts: Vec<Value> = artifact_files
        .iter()
        .map(|f| {
            json!({
                "location": artifact_location(r.path(*f), None),
                "mimeType": "application/yaml",
            })
        })
        .collect();

    let results: Vec<Value> = r
        .diagnostics
        .iter()
        .map(|d| result(r, d, rule_index(d.code), &artifact_index))
        .collect();

    let mut driver = json!({
        "name": "fclint",
        "version": env!("CARGO_PKG_VERSION"),
        "semanticVersion": env!("CARGO_PKG_VERSION"),
        "language": match r.lang { Lang::En => "en-US", Lang::Zh => "zh-CN" },
    });
    // Where to learn about the tool: Cargo.toml's `homepage` or `repository`, once it has one.
    if let Some(uri) = [env!("CARGO_PKG_HOMEPAGE"), env!("CARGO_PKG_REPOSITORY")]
        .into_iter()
        .find(|u| !u.is_empty())
    {
        driver["informationUri"] = json!(uri);
    }
    driver["rules"] = Value::Array(rules);
    let mut run = json!({ "tool": { "driver": driver } });
    // Relative paths are relative to the working directory: say which one, so that viewers
    // (the VS Code SARIF viewer, the Multitool) can open the files.
    if let Some(base) = srcroot_uri() {
        run["originalUriBaseIds"] = json!({ SRCROOT: { "uri": base } });
    }
    run["columnKind"] = json!("unicodeCodePoints");
    run["artifacts"] = Value::Array(artifacts);
    run["results"] = Value::Array(results);
    let doc = json!({
        "$schema": SCHEMA_URI,
        "version": "2.1.0",
        "runs": [run],
    });
    let mut out = serde_json::to_string_pretty(&doc).unwrap_or_default();
    out.push('\n');
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn file_uris() {
        assert_eq!(file_uri("/w/my repo/"), "file:///w/my%20repo/");
        assert_eq!(file_uri("C:/w/s.yaml"), "file:///C:/w/s.yaml");
        assert_eq!(
            artifact_location("D:/x/s.yaml", None),
            json!({ "uri": "file:///D:/x/s.yaml" })
        );
        assert_eq!(
            artifact_location("../x/s.yaml", Some(2)),
            json!({ "uri": "../x/s.yaml", "uriBaseId": "%SRCROOT%", "index": 2 })
        );
    }

    #[test]
    fn uri_encoding() {
        assert_eq!(encode_uri_path("a/s.yaml"), "a/s.yaml");
        assert_eq!(
            encode_uri_path("my dir/订单/s.yaml"),
            "my%20dir/%E8%AE%A2%E5%8D%95/s.yaml"
        );
        assert_eq!(encode_uri_path("50%#?.yaml"), "50%25%23%3F.yaml");
    }

    #[test]
    fn every_rule_has_descriptions_and_a_help_uri_when_its_doc_cites_one() {
        for rule in registry::all() {
            let full = full_description(rule, Lang::En);
            assert!(!full.is_empty() && !full.starts_with('#'), "{}", rule.code);
            if let Some(u) = help_uri(rule) {
                assert!(
                    u.starts_with("http") && !u.ends_with('.'),
                    "{}: {u}",
                    rule.code
                );
            }
        }
    }
}
