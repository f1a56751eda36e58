//! Resolution as users see it: values checked where they are used with a note where they
//! were written, precedence of environment sources, `fclint preview` output.

mod common;
use common::{fclint, root};

use std::collections::BTreeMap;
use std::path::Path;
use std::process::Command;

use fclint::resolve::ResolveOptions;
use fclint::source::SourceMap;
use serde_json::{json, Value};

fn opts(env: &[(&str, &str)]) -> ResolveOptions {
    ResolveOptions {
        env: env
            .iter()
            .map(|(k, v)| (k.to_string(), v.to_string()))
            .collect::<BTreeMap<_, _>>(),
        use_process_env: false,
        allow_outside_root: false,
    }
}

/// The resolved document with the values themselves (`fclint preview --reveal`).
fn preview(path: &Path, env: &[(&str, &str)]) -> Value {
    let mut sources = SourceMap::new();
    let doc = fclint::load(&mut sources, path, &opts(env)).unwrap();
    fclint::preview_value_revealed(&doc).unwrap()
}

/// The resolved document as `fclint preview` prints it by default.
fn preview_masked(path: &Path, env: &[(&str, &str)]) -> Value {
    let mut sources = SourceMap::new();
    let doc = fclint::load(&mut sources, path, &opts(env)).unwrap();
    fclint::preview_value(&doc).unwrap()
}

/// Check a fixture; the finding whose pointer ends with `pointer_end`.
fn finding(rel: &str, pointer_end: &str) -> (SourceMap, fclint::diag::Diagnostic) {
    let path = root().join(rel);
    let mut sources = SourceMap::new();
    let out =
        fclint::check_file_full(&mut sources, &path, &fclint::CheckOptions::default()).unwrap();
    let d = out
        .diagnostics
        .into_iter()
        .find(|d| d.pointer.ends_with(pointer_end))
        .unwrap_or_else(|| panic!("no finding at …{pointer_end} in {rel}"));
    (sources, d)
}

#[test]
fn a_resolved_value_is_reported_where_it_is_used_with_a_note_where_it_was_written() {
    let (_, d) = finding(
        "testdata/err/resolve_values_at_use_site.yaml",
        "/deliveryOption/concurrency",
    );
    assert_eq!(d.code.as_str(), "SC005");
    assert_eq!((d.span.start.line, d.span.start.col), (38, 30));
    let notes: Vec<(u32, u32, &str)> = d
        .notes
        .iter()
        .map(|n| (n.span.start.line, n.span.start.col, n.message.en.as_str()))
        .collect();
    assert_eq!(notes, vec![(5, 16, "value defined here")]);
    // An object inserted from vars: its members are reported at the insertion, noted at vars.
    let (_, d) = finding(
        "testdata/err/resolve_values_at_use_site.yaml",
        "/batchWindow/CountBasedWindow",
    );
    assert_eq!((d.span.start.line, d.span.start.col), (46, 28));
    assert_eq!(
        d.notes
            .iter()
            .map(|n| (n.span.start.line, n.span.start.col))
            .collect::<Vec<_>>(),
        vec![(7, 23)]
    );
}

#[test]
fn dotenv_values_carry_their_line_in_the_env_file() {
    let (sources, d) = finding(
        "testdata/err/resolve_dotenv/s.yaml",
        "/resources/fn/props/memorySize",
    );
    let note = &d.notes[0];
    assert!(sources
        .get(note.span.file)
        .path
        .ends_with("resolve_dotenv/.env"));
    assert_eq!((note.span.start.line, note.span.start.col), (3, 13));
}

#[test]
fn env_precedence_is_flag_then_process_then_dotenv_next_to_s_yaml_then_code_dir() {
    let path = root().join("testdata/err/resolve_dotenv/s.yaml");
    let v = preview(&path, &[]);
    let props = &v["resources"]["fn"]["props"];
    assert_eq!(
        props["region"],
        json!("cn-beijing"),
        "s.yaml's .env wins over code/.env"
    );
    assert_eq!(props["memorySize"], json!("100"));
    assert_eq!(
        props["timeout"],
        json!("90000"),
        "code/.env fills what s.yaml's .env lacks"
    );
    let v = preview(&path, &[("REGION", "cn-qingdao")]);
    assert_eq!(v["resources"]["fn"]["props"]["region"], json!("cn-qingdao"));

    let path = root().join("testdata/err/resolve_values_at_use_site.yaml");
    let v = preview(&path, &[]);
    assert_eq!(
        v["resources"]["consumer"]["props"]["memorySize"],
        json!(100),
        "default"
    );
    let v = preview(&path, &[("FCLINT_TEST_MEMORY", "2048")]);
    assert_eq!(
        v["resources"]["consumer"]["props"]["memorySize"],
        json!("2048")
    );
}

#[test]
fn templates_merge_under_props_and_props_win() {
    let v = preview(&root().join("testdata/err/resolve_template.yaml"), &[]);
    let props = &v["resources"]["fn"]["props"];
    assert_eq!(props["memorySize"], json!(512));
    assert_eq!(props["timeout"], json!(0));
    assert_eq!(props["region"], json!("cn-hangzhou"));
    assert!(
        props.get("instanceConcurrency").is_none(),
        "ignored by extend.ignore"
    );
    // Key order: template keys first, then the resource's own (as extend2 builds it).
    let keys: Vec<&String> = props.as_object().unwrap().keys().collect();
    assert_eq!(
        keys,
        vec![
            "region",
            "runtime",
            "handler",
            "timeout",
            "memorySize",
            "functionName",
            "code"
        ]
    );
}

#[test]
fn edition_1_files_resolve_extends_file_and_service_references() {
    let v = preview(
        &root().join("testdata/err/resolve_edition1/s.yaml"),
        &[("SERVICE_NAME", "orders-svc")],
    );
    assert!(v.get("extends").is_none());
    assert_eq!(v["access"], json!("default"), "from the base file");
    assert_eq!(v["vars"], json!({"ic": 150, "region": "cn-hangzhou"}));
    let orders = &v["services"]["orders"]["props"];
    assert_eq!(orders["service"]["name"], json!("orders-svc"));
    assert_eq!(
        orders["function"]["timeout"],
        json!(0),
        "file() parses YAML in edition 1"
    );
    let audit = &v["services"]["audit"]["props"];
    assert_eq!(audit["region"], json!("cn-hangzhou"));
    assert_eq!(
        audit["service"]["name"],
        json!("audit-${env.STAGE}"),
        "unset: unknown"
    );
    assert_eq!(
        audit["service"]["description"],
        json!("${orders.output.service.name}")
    );
}

#[test]
fn unknown_values_print_as_their_expression_and_secrets_are_masked() {
    let dir = std::env::temp_dir().join(format!("fclint-preview-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let file = dir.join("s.yaml");
    std::fs::write(
        &file,
        "edition: 3.0.0\nname: app\nresources:\n  fn:\n    component: fc3\n    props:\n      role: acs:ram::${config('AccountID')}:role/r\n      environmentVariables:\n        DB_PASSWORD: ${env('DB_PASSWORD')}\n        DSN: mysql://u:${env('DB_PASSWORD')}@db\n        STAGE: ${env('STAGE')}\n",
    )
    .unwrap();
    let v = preview_masked(&file, &[("DB_PASSWORD", "hunter2"), ("STAGE", "prod")]);
    let props = &v["resources"]["fn"]["props"];
    assert_eq!(
        props["role"],
        json!("acs:ram::${config('AccountID')}:role/r")
    );
    assert_eq!(
        props["environmentVariables"]["DB_PASSWORD"],
        json!("******")
    );
    assert_eq!(props["environmentVariables"]["DSN"], json!("******"));
    // Whatever its name: every value from the environment is masked.
    assert_eq!(props["environmentVariables"]["STAGE"], json!("******"));
    let v = preview(&file, &[("DB_PASSWORD", "hunter2"), ("STAGE", "prod")]);
    let props = &v["resources"]["fn"]["props"];
    assert_eq!(
        props["environmentVariables"]["DSN"],
        json!("mysql://u:hunter2@db")
    );
    assert_eq!(props["environmentVariables"]["STAGE"], json!("prod"));
    let out = fclint()
        .args([
            "preview",
            "--env",
            "DB_PASSWORD=hunter2",
            "--format",
            "yaml",
        ])
        .arg(&file)
        .output()
        .unwrap();
    let stdout = String::from_utf8(out.stdout).unwrap();
    assert!(!stdout.contains("hunter2"), "{stdout}");
    assert!(
        stdout.contains("role: acs:ram::${config('AccountID')}:role/r\n"),
        "{stdout}"
    );
    // `--reveal` prints the values, for local debugging.
    let out = fclint()
        .args([
            "preview",
            "--reveal",
            "--env",
            "DB_PASSWORD=hunter2",
            "--format",
            "yaml",
        ])
        .arg(&file)
        .output()
        .unwrap();
    let stdout = String::from_utf8(out.stdout).unwrap();
    assert!(stdout.contains("DB_PASSWORD: hunter2\n"), "{stdout}");
    std::fs::remove_dir_all(&dir).unwrap();
}

#[test]
fn preview_cli_exit_codes_and_formats() {
    let out = fclint()
        .args(["preview", "examples/kafka/s.yaml"])
        .output()
        .unwrap();
    assert_eq!(
        out.status.code(),
        Some(0),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let v: Value = serde_json::from_slice(&out.stdout).unwrap();
    let tc = &v["resources"]["orders-consumer"]["props"]["triggers"][0]["triggerConfig"];
    assert_eq!(
        tc["eventSinkConfig"]["deliveryOption"]["concurrency"],
        json!(26)
    );
    assert_eq!(
        tc["eventSourceConfig"]["eventSourceParameters"]["sourceKafkaParameters"]["RegionId"],
        json!("cn-hangzhou")
    );

    let out = fclint()
        .args([
            "preview",
            "-f",
            "yaml",
            "testdata/err/vr001_missing_reference.yaml",
        ])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(1));
    let stderr = String::from_utf8(out.stderr).unwrap();
    assert!(
        stderr.starts_with("testdata/err/vr001_missing_reference.yaml:9:15: error[VR001] `${vars.regoin}` cannot be resolved"),
        "{stderr}"
    );
    let stdout = String::from_utf8(out.stdout).unwrap();
    assert!(
        stdout.contains("      region: ${vars.regoin}\n"),
        "{stdout}"
    );

    let out = fclint()
        .args(["preview", "no/such/s.yaml"])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&out.stderr).contains("no/such/s.yaml is not a file"));
}

#[test]
fn check_env_flag_sets_variables_for_one_run() {
    let out = fclint()
        .args(["check", "-f", "json", "--env", "FCLINT_TEST_MEMORY=1024"])
        .arg("testdata/err/resolve_values_at_use_site.yaml")
        .output()
        .unwrap();
    let v: Value = serde_json::from_slice(&out.stdout).unwrap();
    let codes: Vec<(&str, u64)> = v["diagnostics"]
        .as_array()
        .unwrap()
        .iter()
        .map(|d| (d["code"].as_str().unwrap(), d["line"].as_u64().unwrap()))
        .collect();
    // "1024" from --env is a string: a type warning, no range errors at line 18.
    assert!(codes.contains(&("SC008", 18)), "{codes:?}");
    assert!(!codes.contains(&("SC005", 18)), "{codes:?}");
}

#[test]
fn every_edition_3_form_resolves_and_matches_s_preview_when_available() {
    let file = root().join("testdata/ok/resolve_forms_v3/s.yaml");
    let v = preview(&file, &[]);
    let api = &v["resources"]["api"]["props"];
    assert_eq!(api["functionName"], json!("api-prod-v1"));
    assert_eq!(
        api["region"],
        json!("cn-hangzhou"),
        "template with a vars reference"
    );
    assert_eq!(
        api["description"],
        json!("API in front of the orders service\n")
    );
    assert_eq!(
        api["environmentVariables"],
        json!({"LOG_LEVEL": "info", "RETRIES": "3"})
    );
    assert_eq!(api["memorySize"], json!(512));
    assert_eq!(
        api["triggers"][0]["triggerConfig"]["methods"],
        json!(["GET"])
    );
    let worker = &v["resources"]["worker"]["props"];
    assert_eq!(worker["functionName"], json!("worker-default"));
    assert_eq!(
        worker["runtime"],
        json!("python3.10"),
        "another resource's template value"
    );
    assert!(worker["code"]
        .as_str()
        .unwrap()
        .ends_with("testdata/ok/resolve_forms_v3/code"));
    assert_eq!(worker["internetAccess"], json!(true), "a boolean default");
    assert_eq!(worker["instanceConcurrency"], json!(2), "a number default");
    assert_eq!(
        worker["description"],
        json!("tasks-128"),
        "a default in text"
    );
    assert_eq!(
        worker["environmentVariables"]["CODE_DIR"], worker["code"],
        "one unquoted argument"
    );
    let set = preview(&file, &[("FCLINT_FORMS_UNSET", "false")]);
    assert_eq!(
        set["resources"]["worker"]["props"]["internetAccess"],
        json!("false"),
        "a variable that is set is a string"
    );
    let v = preview(&file, &[("FCLINT_FORMS_SUFFIX", "v2")]);
    assert_eq!(
        v["resources"]["api"]["props"]["functionName"],
        json!("api-prod-v2")
    );

    let Some(s_bin) = common::tool("FCLINT_S_BIN") else {
        return;
    };
    let home = std::env::temp_dir().join(format!("fclint-forms-home-{}", std::process::id()));
    std::fs::create_dir_all(&home).unwrap();
    let out = Command::new(s_bin)
        .args(["preview", "-o", "json", "-t"])
        .arg(&file)
        .env("HOME", &home)
        .env_remove("FCLINT_FORMS_SUFFIX")
        .output()
        .unwrap();
    let _ = std::fs::remove_dir_all(&home);
    let stdout = String::from_utf8_lossy(&out.stdout);
    let json_start = stdout.find("\n{").map(|i| i + 1).unwrap_or(0);
    let theirs: Value = serde_json::from_str(&stdout[json_start..]).unwrap();
    assert_eq!(preview(&file, &[]), theirs);
}

#[test]
fn every_edition_1_form_resolves() {
    let file = root().join("testdata/ok/resolve_forms_v1/s.yaml");
    let v = preview(&file, &[("FCLINT_FORMS_STAGE", "dev")]);
    let api = &v["services"]["api"]["props"];
    assert_eq!(api["service"]["name"], json!("api-dev"));
    assert_eq!(
        api["function"]["environmentVariables"],
        json!({"LOG_LEVEL": "info"})
    );
    assert!(api["function"]["codeUri"]
        .as_str()
        .unwrap()
        .ends_with("resolve_forms_v1/code"));
    let worker = &v["services"]["worker"]["props"];
    assert_eq!(worker["region"], json!("cn-hangzhou"));
    assert_eq!(worker["service"]["name"], json!("worker-dev"));
    assert_eq!(worker["function"]["memorySize"], json!(512));
    // Unset: unknown, printed as written, and not an error.
    let v = preview(&file, &[]);
    assert_eq!(
        v["services"]["worker"]["props"]["service"]["name"],
        json!("worker-${env.FCLINT_FORMS_STAGE}")
    );
}

#[test]
fn a_file_without_edition_takes_it_from_its_base() {
    let file = root().join("testdata/ok/resolve_edition_from_base/s.yaml");
    let mut sources = SourceMap::new();
    let out =
        fclint::check_file_full(&mut sources, &file, &fclint::CheckOptions::default()).unwrap();
    let codes: Vec<&str> = out.diagnostics.iter().map(|d| d.code.as_str()).collect();
    assert!(codes.is_empty(), "{codes:?}");
    let v = preview(&file, &[]);
    assert_eq!(v["edition"], json!("3.0.0"));
    assert_eq!(
        v["resources"]["api"]["props"]["functionName"],
        json!("api-prod")
    );
    assert_eq!(v["resources"]["api"]["props"]["memorySize"], json!(1024));
}

#[test]
fn a_comment_after_a_registry_placeholder_is_not_part_of_its_value() {
    let v = preview(
        &root().join("testdata/ok/registry_template_placeholder_comment.yaml"),
        &[],
    );
    assert_eq!(v["vars"]["Timestamp"], json!("{{Timestamp}}"));
    assert_eq!(v["vars"]["Offset"], json!("{{ offset }}"));
    assert_eq!(
        v["resources"]["fn"]["props"]["functionName"],
        json!("{{ functionName }}")
    );
}
