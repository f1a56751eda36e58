//! The checked-in JSON Schema must be what `fclint schema` prints today, and an outside
//! validator (ajv, as the Serverless Devs CLI bundles it) must judge every fixture against
//! it the way fclint's own findings predict.

mod common;

use std::path::Path;

#[test]
fn checked_in_schema_is_current() {
    let path = Path::new(env!("CARGO_MANIFEST_DIR")).join("schemas/s.schema.json");
    let generated = fclint::checks::schema::document_schema_json();
    if common::blessing() {
        std::fs::write(&path, &generated).unwrap();
        return;
    }
    let on_disk = std::fs::read_to_string(&path)
        .unwrap_or_else(|e| panic!("{}: {e} (FCLINT_BLESS=1 writes it)", path.display()));
    assert!(
        on_disk == generated,
        "schemas/s.schema.json is stale: run `cargo run -- schema > schemas/s.schema.json` (or FCLINT_BLESS=1 cargo test)"
    );
}

#[test]
fn checked_in_scf_schema_is_current() {
    let path = Path::new(env!("CARGO_MANIFEST_DIR")).join("schemas/scf.schema.json");
    let generated = fclint::model::scf::export::scf_schema_json(fclint::diag::Lang::En);
    if common::blessing() {
        std::fs::write(&path, &generated).unwrap();
        return;
    }
    let on_disk = std::fs::read_to_string(&path)
        .unwrap_or_else(|e| panic!("{}: {e} (FCLINT_BLESS=1 writes it)", path.display()));
    assert!(
        on_disk == generated,
        "schemas/scf.schema.json is stale: run `cargo run -- schema --platform scf > schemas/scf.schema.json` (or FCLINT_BLESS=1 cargo test)"
    );
}

/// The components' and the v1 plugin's own documented examples (tests/data/scf-docs, copied
/// from their repositories) are valid against the SCF schema, read by the jsonschema crate:
/// the schema does not reject what the deploying tools document.
#[test]
fn scf_schema_validates_the_documented_examples() {
    let schema = fclint::model::scf::export::scf_schema(fclint::diag::Lang::En);
    let validator = jsonschema::draft7::new(&schema).expect("the SCF schema compiles");
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/data/scf-docs");
    let files = common::yaml_files(&dir);
    assert!(
        files.len() >= 6,
        "documented examples missing in {}",
        dir.display()
    );
    for f in files {
        let text = std::fs::read_to_string(&f).unwrap();
        let mut sources = fclint::source::SourceMap::new();
        let id = sources.add(f.clone(), text);
        let root = fclint::source::parse(id, sources.get(id), Default::default())
            .root
            .unwrap_or_else(|| panic!("{} is not YAML", f.display()));
        assert!(
            fclint::model::scf::form_of(&root).is_some(),
            "{} is not recognised as an SCF serverless.yml",
            f.display()
        );
        let errors: Vec<String> = validator
            .iter_errors(&root.to_json())
            .map(|e| format!("{}: {e}", e.instance_path()))
            .collect();
        assert!(errors.is_empty(), "{}:\n{}", f.display(), errors.join("\n"));
    }
}

/// The same with ajv, the validator editors and the Serverless tooling use.
#[test]
fn ajv_validates_the_documented_examples_against_the_scf_schema() {
    let Some(modules) = common::tool("FCLINT_AJV_MODULES") else {
        return;
    };
    let root = common::root();
    let files: Vec<std::path::PathBuf> = common::yaml_files(&root.join("tests/data/scf-docs"));
    let out = std::process::Command::new("node")
        .current_dir(&root)
        .arg("scripts/ajv-check.mjs")
        .arg("schemas/scf.schema.json")
        .args(&files)
        .env("FCLINT_AJV_MODULES", &modules)
        .output()
        .unwrap();
    let text = String::from_utf8_lossy(&out.stdout);
    assert!(
        out.status.success(),
        "{text}{}",
        String::from_utf8_lossy(&out.stderr)
    );
    assert_eq!(
        text.lines().filter(|l| l.starts_with("valid ")).count(),
        files.len(),
        "{text}"
    );
}

#[test]
fn schema_constrains_trigger_config_in_depth() {
    let s = fclint::checks::schema::document_schema();
    let cbw = &s["definitions"]["BatchWindow"]["properties"]["CountBasedWindow"];
    assert_eq!(cbw["minimum"], 1);
    assert_eq!(cbw["maximum"], 10000);
    let conc = &s["definitions"]["DeliveryOption"]["properties"]["concurrency"];
    assert_eq!(conc["maximum"], 300);
    let offset = &s["definitions"]["SourceKafkaParameters"]["properties"]["OffsetReset"];
    assert_eq!(offset["enum"], serde_json::json!(["latest", "earliest"]));
    // triggerConfig is chosen by triggerType, never a bare object.
    let branches = s["definitions"]["Trigger3"]["allOf"].as_array().unwrap();
    // One branch per trigger type, plus the eventbridge one that requires eventSourceConfig.
    assert_eq!(branches.len(), 9);
}

#[test]
fn schema_validates_with_the_jsonschema_crate() {
    // The published schema is itself a valid draft-07 schema that compiles offline.
    let s = fclint::checks::schema::document_schema();
    assert!(jsonschema::draft7::new(s).is_ok());
}

/// fclint codes that mean a document breaks `schemas/s.schema.json` as written: the schema
/// codes (SC009's region list is fclint's alone) and the shapes the schema also encodes.
const SCHEMA_CODES: &[&str] = &[
    "SC001", "SC002", "SC003", "SC004", "SC005", "SC006", "SC007", "SC008", "SC010", "LD006",
    "LD007", "TR002",
];

/// The same for an SCF `serverless.yml` against `schemas/scf.schema.json`: the TC rules the
/// schema encodes (closed trigger types and keys, required keys, types, ranges, values).
const SCF_SCHEMA_CODES: &[&str] = &[
    "TC001", "TC002", "TC003", "TC005", "TC008", "TC009", "TC010", "TC012",
];

/// fclint codes that mean a YAML loader refuses the file (js-yaml also refuses duplicate
/// keys and a second document, which fclint reports and reads past).
const UNREADABLE_CODES: &[&str] = &["SY001", "SY002", "SY003", "SY004", "SY007"];

/// ajv's verdict on each file (`file` → (verdict, its line)), and everything it printed.
fn ajv_verdicts(
    root: &std::path::Path,
    modules: &std::ffi::OsStr,
    fc_files: &[String],
    scf_files: &[String],
) -> (std::collections::BTreeMap<String, (String, String)>, String) {
    let mut ajv = std::collections::BTreeMap::new();
    let mut stdout = String::new();
    for (schema, list) in [
        ("schemas/s.schema.json", fc_files),
        ("schemas/scf.schema.json", scf_files),
    ] {
        let out = std::process::Command::new("node")
            .current_dir(root)
            .arg("scripts/ajv-check.mjs")
            .arg(schema)
            .args(list)
            .env("FCLINT_AJV_MODULES", modules)
            .output()
            .unwrap();
        let text = String::from_utf8_lossy(&out.stdout).into_owned();
        assert!(
            matches!(out.status.code(), Some(0 | 1)),
            "ajv-check: {text}{}",
            String::from_utf8_lossy(&out.stderr)
        );
        for line in text.lines() {
            let (verdict, rest) = line.split_once(' ').unwrap();
            let file = rest.split_once(": ").map_or(rest, |(f, _)| f);
            ajv.insert(file.to_string(), (verdict.to_string(), line.to_string()));
        }
        stdout.push_str(&text);
    }
    (ajv, stdout)
}

/// The lines of `tests/data/schema-verdicts.tsv`: (fixture, verdict, seen yet).
fn expected_differences(table: &std::path::Path) -> Vec<(String, String, bool)> {
    std::fs::read_to_string(table)
        .unwrap()
        .lines()
        .filter(|l| !l.trim().is_empty() && !l.starts_with('#'))
        .map(|l| {
            let cols: Vec<&str> = l.split('\t').collect();
            assert!(
                cols.len() == 3 && !cols[2].trim().is_empty(),
                "{}: every line needs fixture, verdict and reason: {l}",
                table.display()
            );
            (cols[0].to_string(), cols[1].to_string(), false)
        })
        .collect()
}

/// ajv's verdict on each fixture, as written, against `schemas/s.schema.json`, equals the
/// one fclint's findings on it predict — `unreadable` for an SY finding, `invalid` for a
/// schema finding, `valid` otherwise — except where `tests/data/schema-verdicts.tsv` says
/// why not. Both verdicts occur, so the comparison can fail either way; an entry that
/// no longer differs fails too.
#[test]
fn ajv_agrees_with_fclint_on_every_fixture() {
    let Some(modules) = common::tool("FCLINT_AJV_MODULES") else {
        return;
    };
    let root = common::root();
    let mut files: Vec<String> = Vec::new();
    for dir in ["testdata/ok", "testdata/err"] {
        for f in common::yaml_files(&root.join(dir)) {
            let rel = f.strip_prefix(&root).unwrap().display().to_string();
            files.push(rel.replace('\\', "/"));
        }
    }
    assert!(files.len() > 100, "only {} fixtures", files.len());
    // SCF files are judged against the SCF schema, everything else against the FC one.
    let (scf_files, fc_files): (Vec<String>, Vec<String>) = files.iter().cloned().partition(|f| {
        std::fs::read_to_string(root.join(f))
            .map(|t| fclint::model::scf::looks_like_scf(&t))
            .unwrap_or(false)
    });
    assert!(
        scf_files.len() > 40,
        "only {} SCF fixtures",
        scf_files.len()
    );
    let (ajv, stdout) = ajv_verdicts(&root, &modules, &fc_files, &scf_files);
    assert_eq!(ajv.len(), files.len(), "one verdict per file:\n{stdout}");

    let table = root.join("tests/data/schema-verdicts.tsv");
    let mut expected_differences = expected_differences(&table);

    let mut problems = Vec::new();
    let mut seen = std::collections::BTreeSet::new();
    for f in &files {
        let check = common::fclint()
            .args(["check", "-f", "json", f])
            .output()
            .unwrap();
        let v: serde_json::Value = serde_json::from_slice(&check.stdout)
            .unwrap_or_else(|e| panic!("{f}: {e}: {}", String::from_utf8_lossy(&check.stderr)));
        let codes: Vec<&str> = v["diagnostics"]
            .as_array()
            .unwrap()
            .iter()
            .map(|d| d["code"].as_str().unwrap())
            .collect();
        let schema_codes = if scf_files.contains(f) {
            SCF_SCHEMA_CODES
        } else {
            SCHEMA_CODES
        };
        let predicted = if codes.iter().any(|c| UNREADABLE_CODES.contains(c)) {
            "unreadable"
        } else if codes.iter().any(|c| schema_codes.contains(c)) {
            "invalid"
        } else {
            "valid"
        };
        let (verdict, line) = &ajv[f];
        seen.insert(verdict.clone());
        if verdict == predicted {
            continue;
        }
        match expected_differences
            .iter_mut()
            .find(|(file, v, _)| file == f && v == verdict)
        {
            Some(entry) => entry.2 = true,
            None => problems.push(format!(
                "{f}: fclint's findings {codes:?} predict {predicted}, ajv says: {line}"
            )),
        }
    }
    for (file, verdict, used) in &expected_differences {
        if !used {
            problems.push(format!(
                "{}: `{file}` ajv {verdict} no longer differs from fclint; remove the line",
                table.display()
            ));
        }
    }
    assert!(problems.is_empty(), "{}", problems.join("\n"));
    for verdict in ["valid", "invalid", "unreadable"] {
        assert!(seen.contains(verdict), "no fixture is {verdict}: {seen:?}");
    }
}
