//! The fixes the machine formats carry, as a tool that reads them would use them: applying the
//! edits of `--format json`, the replacements of `--format sarif` and the suggestions of
//! `--format rdjson` to a fixture (every `testdata/fix` input and `testdata/formats/fixes.yaml`)
//! gives exactly what `fclint check --fix --unsafe-fixes` writes, each in its own column
//! convention (code points for json and sarif, UTF-8 bytes for
//! rdjson). The rdjson output of every format case is validated against reviewdog's published
//! JSON schema, vendored in `tests/schemas/rdjson/` (see its README).

mod common;
use common::{fclint, root};

const FIXES: &str = "testdata/formats/fixes.yaml";

/// Every path `tests/formats.rs` renders, and the fixture with fixes.
const CASES: &[&[&str]] = &[
    &[FIXES],
    &["testdata/err/eb006_dlq_without_errors_tolerance_all.yaml"],
    &["testdata/formats/odd dir, 100% 订单"],
    &[
        "testdata/err/sy002_duplicate_key.yaml",
        "testdata/ok/ed3_http.yaml",
        "testdata/err/eb010_message_too_large",
    ],
    &["testdata/formats/cross_file"],
    &["testdata/ok/ed3_http.yaml"],
];

fn run(paths: &[&str], format: &str, lang: &str) -> serde_json::Value {
    let out = fclint()
        .arg("check")
        .args(paths)
        .args(["--format", format, "--lang", lang])
        .output()
        .unwrap();
    assert!(
        out.status.code() == Some(0) || out.status.code() == Some(1),
        "{paths:?} {format}: {}",
        String::from_utf8_lossy(&out.stderr)
    );
    serde_json::from_slice(&out.stdout).unwrap()
}

/// The byte offset of a 1-based line and 1-based column, counting the column in code points
/// (`bytes == false`) or UTF-8 bytes.
fn offset(text: &str, line: u64, column: u64, bytes: bool) -> usize {
    let start: usize = text
        .split_inclusive('\n')
        .take(line as usize - 1)
        .map(str::len)
        .sum();
    let col0 = column as usize - 1;
    if bytes {
        return start + col0;
    }
    start
        + text[start..]
            .chars()
            .take(col0)
            .map(char::len_utf8)
            .sum::<usize>()
}

/// `text` with the replacements `(start, end, content)` (byte offsets, not overlapping).
fn apply(text: &str, mut edits: Vec<(usize, usize, String)>) -> String {
    edits.sort_by_key(|e| std::cmp::Reverse(e.0));
    let mut out = text.to_string();
    for (start, end, content) in edits {
        out.replace_range(start..end, &content);
    }
    out
}

fn num(v: &serde_json::Value) -> u64 {
    v.as_u64().unwrap_or_else(|| panic!("not a number: {v}"))
}

/// The fixes one format carries for the file at `rel`, as byte-offset replacements, with
/// the kind of each fix.
fn edits_of(format: &str, rel: &str, text: &str) -> (Vec<(usize, usize, String)>, Vec<String>) {
    let v = run(&[rel], format, "en");
    let mut edits = Vec::new();
    let mut kinds = Vec::new();
    match format {
        "json" => {
            for d in v["diagnostics"].as_array().unwrap() {
                // Every diagnostic has the field, `null` when it has no fix.
                let fix = d.get("fix").unwrap_or_else(|| panic!("no `fix` in {d}"));
                if fix.is_null() {
                    continue;
                }
                assert!(!fix["message"].as_str().unwrap().is_empty());
                kinds.push(fix["applicability"].as_str().unwrap().to_string());
                for e in fix["edits"].as_array().unwrap() {
                    edits.push((
                        offset(text, num(&e["line"]), num(&e["column"]), false),
                        offset(text, num(&e["end_line"]), num(&e["end_column"]), false),
                        e["content"].as_str().unwrap().to_string(),
                    ));
                }
            }
        }
        "sarif" => {
            for r in v["runs"][0]["results"].as_array().unwrap() {
                let Some(fixes) = r["fixes"].as_array() else {
                    continue;
                };
                assert_eq!(fixes.len(), 1);
                let fix = &fixes[0];
                let kind = fix["properties"]["applicability"].as_str().unwrap();
                let desc = fix["description"]["text"].as_str().unwrap();
                assert_eq!(desc.contains("(unsafe"), kind == "unsafe", "{desc}");
                kinds.push(kind.to_string());
                let change = &fix["artifactChanges"][0];
                assert_eq!(change["artifactLocation"]["uri"], rel);
                for rep in change["replacements"].as_array().unwrap() {
                    let g = &rep["deletedRegion"];
                    edits.push((
                        offset(text, num(&g["startLine"]), num(&g["startColumn"]), false),
                        offset(text, num(&g["endLine"]), num(&g["endColumn"]), false),
                        rep["insertedContent"]["text"]
                            .as_str()
                            .unwrap_or("")
                            .to_string(),
                    ));
                }
            }
        }
        _ => {
            for d in v["diagnostics"].as_array().unwrap() {
                assert_eq!(d["location"]["path"], rel);
                let Some(sugg) = d["suggestions"].as_array() else {
                    continue;
                };
                assert_eq!(sugg.len(), 1, "{d}");
                let msg = d["message"].as_str().unwrap();
                let (_, fix_line) = msg.rsplit_once("\nfix: ").unwrap();
                kinds.push(
                    if fix_line.contains("(unsafe") {
                        "unsafe"
                    } else {
                        "safe"
                    }
                    .into(),
                );
                let (a, b) = (&sugg[0]["range"]["start"], &sugg[0]["range"]["end"]);
                edits.push((
                    offset(text, num(&a["line"]), num(&a["column"]), true),
                    offset(text, num(&b["line"]), num(&b["column"]), true),
                    sugg[0]["text"].as_str().unwrap().to_string(),
                ));
            }
        }
    }
    kinds.sort();
    (edits, kinds)
}

/// Each fixture with fixes: `testdata/formats/fixes.yaml` and every `testdata/fix` input.
fn fix_fixtures() -> Vec<String> {
    let mut out = vec![FIXES.to_string()];
    for e in std::fs::read_dir(root().join("testdata/fix"))
        .unwrap()
        .flatten()
    {
        let name = e.file_name().to_string_lossy().into_owned();
        if e.path().is_dir() {
            out.push(format!("testdata/fix/{name}/s.yaml"));
        } else if name.ends_with(".yaml") && !name.ends_with(".fixed.yaml") {
            out.push(format!("testdata/fix/{name}"));
        }
    }
    out.sort();
    out
}

/// Applying a format's fixes to the file gives what `fclint check --fix --unsafe-fixes`
/// writes, for every fixture whose fixes `--fix` applies in one round, all of them.
#[test]
fn every_format_carries_the_fixes_fix_applies() {
    let mut compared = 0;
    for rel in fix_fixtures() {
        let path = root().join(&rel);
        let text = std::fs::read_to_string(&path).unwrap();
        let config = fclint::config::load_config(&path, &Default::default())
            .unwrap()
            .0;
        let resolve = config.resolve_options(&Default::default());
        let before = fclint::check_buffer(&path, text.clone(), &config, &resolve);
        let mut declared: Vec<String> = before
            .diagnostics
            .iter()
            .filter_map(|d| d.fix.as_ref())
            .map(|f| f.applicability.as_str().to_string())
            .collect();
        declared.sort();
        let mode = fclint::fix::FixMode { unsafe_fixes: true };
        let fixed = fclint::fix::fix_text(&path, text.clone(), &config, &resolve, mode);
        let one_round = fixed.rounds == 1 && fixed.fixed.len() == declared.len();
        for format in ["json", "sarif", "rdjson"] {
            let (edits, kinds) = edits_of(format, &rel, &text);
            assert_eq!(kinds, declared, "{rel} {format}: the kinds of the fixes");
            if one_round {
                assert_eq!(apply(&text, edits), fixed.text, "{rel} {format}");
            }
        }
        compared += usize::from(one_round);
    }
    assert!(compared >= 3, "only {compared} fixtures fixed in one round");
}

#[test]
fn columns_of_a_fix_after_multi_byte_characters() {
    let json = run(&[FIXES], "json", "en");
    let sc008 = json["diagnostics"]
        .as_array()
        .unwrap()
        .iter()
        .find(|d| d["code"] == "SC008")
        .unwrap();
    assert_eq!(sc008["fix"]["applicability"], "safe");
    // The diagnostic and its edit share the code-point columns.
    assert_eq!(sc008["column"], 71);
    assert_eq!(sc008["fix"]["edits"][0]["column"], 71);
    assert_eq!(sc008["fix"]["edits"][0]["content"], "10");

    let v = run(&[FIXES], "rdjson", "en");
    assert_eq!(v["source"]["name"], "fclint");
    assert_eq!(v["severity"], "ERROR");
    let diags = v["diagnostics"].as_array().unwrap();
    let sc008 = diags
        .iter()
        .find(|d| d["code"]["value"] == "SC008")
        .unwrap();
    assert_eq!(sc008["severity"], "WARNING");
    // Two three-byte characters before the value on its line: 71 code points, 75 bytes.
    assert_eq!(sc008["location"]["range"]["start"]["column"], 75);
    assert_eq!(sc008["suggestions"][0]["range"]["start"]["column"], 75);
    assert!(!sc008["message"].as_str().unwrap().contains("unsafe"));
    let sc005 = diags
        .iter()
        .find(|d| d["code"]["value"] == "SC005")
        .unwrap();
    assert!(sc005["message"].as_str().unwrap().contains("(unsafe"));
    assert!(sc005["code"]["url"]
        .as_str()
        .unwrap()
        .starts_with("https://"));
}

fn rdjson_validator() -> jsonschema::Validator {
    let schema: serde_json::Value = serde_json::from_str(
        &std::fs::read_to_string(root().join("tests/schemas/rdjson/DiagnosticResult.json"))
            .unwrap(),
    )
    .unwrap();
    jsonschema::validator_for(&schema).unwrap()
}

fn errors(v: &jsonschema::Validator, doc: &serde_json::Value) -> Vec<String> {
    v.iter_errors(doc)
        .map(|e| format!("{e} at {}", e.instance_path()))
        .collect()
}

#[test]
fn rdjson_is_valid_against_reviewdogs_schema() {
    let validator = rdjson_validator();
    for paths in CASES {
        for lang in ["en", "zh"] {
            let doc = run(paths, "rdjson", lang);
            let errs = errors(&validator, &doc);
            assert!(errs.is_empty(), "{paths:?} {lang}: {errs:#?}");
            for d in doc["diagnostics"].as_array().unwrap() {
                for key in ["message", "location", "severity", "code"] {
                    assert!(d.get(key).is_some(), "{paths:?}: no {key} in {d}");
                }
            }
        }
    }
}

/// The schema test can fail: reviewdog's schema rejects a severity it does not define.
#[test]
fn the_schema_test_catches_invalid_rdjson() {
    let validator = rdjson_validator();
    let mut doc = run(&[FIXES], "rdjson", "en");
    doc["diagnostics"][0]["severity"] = serde_json::json!("FATAL");
    doc["diagnostics"][1]["location"]["range"]["start"]["line"] = serde_json::json!("14");
    assert_eq!(errors(&validator, &doc).len(), 2, "{doc}");
}
