//! Every output format of `fclint check` on the same fixtures, as users see it: the binary is
//! run from the repository root (so paths are relative to it), without a terminal, and its
//! output compared with `testdata/formats/<case>[.zh].<format>`. `FCLINT_BLESS=1` rewrites
//! the expected files. SARIF output is also validated against the vendored SARIF 2.1.0 JSON
//! schema (`tests/data/sarif-2.1.0.json`, from Microsoft's sarif-sdk as shipped in the
//! `@microsoft/sarif-multitool` package) and with the real `Sarif.Multitool validate`
//! (`FCLINT_SARIF_MULTITOOL`); JUnit output against the Jenkins xUnit plugin's JUnit XSD
//! (`tests/data/junit-10.xsd`) with `xmlschema-validate` (`FCLINT_XMLSCHEMA_VALIDATE`).

mod common;
use common::{fclint, root};

use std::path::{Path, PathBuf};
use std::process::{Command, Output};

const ODD: &str = "testdata/formats/odd dir, 100% 订单";

/// (case name, paths, expected exit code)
fn cases() -> Vec<(&'static str, Vec<&'static str>, i32)> {
    vec![
        // Two findings with a related location (the note "tolerance set here").
        (
            "dlq",
            vec!["testdata/err/eb006_dlq_without_errors_tolerance_all.yaml"],
            1,
        ),
        // Messages and a path that need escaping; multi-byte characters before a column.
        ("escaping", vec![ODD], 1),
        // Several files at once, one without findings; a directory fixture with fclint.toml.
        (
            "several",
            vec![
                "testdata/err/sy002_duplicate_key.yaml",
                "testdata/ok/ed3_http.yaml",
                "testdata/err/eb010_message_too_large",
            ],
            1,
        ),
        // The value of a finding comes from another file (`extend`): a second artifact.
        ("cross_file", vec!["testdata/formats/cross_file"], 1),
        // Findings with fixes, safe and unsafe, one after multi-byte characters on its line.
        ("fixes", vec!["testdata/formats/fixes.yaml"], 1),
        // No findings at all.
        ("clean", vec!["testdata/ok/ed3_http.yaml"], 0),
    ]
}

const FORMATS: &[&str] = &["concise", "github", "sarif", "junit", "json", "rdjson"];

/// The formats that print nothing at all for a case without findings. They get no
/// (empty) snapshot, which would match a run that checked nothing: the test asserts the
/// empty output itself, and that the same run's JSON counted every file and found nothing.
const SILENT_WHEN_CLEAN: &[(&str, &str)] = &[("clean", "concise"), ("clean", "github")];

fn run(paths: &[&str], format: &str, lang: &str) -> Output {
    fclint()
        .arg("check")
        .args(paths)
        .args(["--format", format, "--lang", lang])
        .output()
        .unwrap()
}

fn expected_path(case: &str, format: &str, lang: &str) -> PathBuf {
    let name = if lang == "en" {
        format!("{case}.{format}")
    } else {
        format!("{case}.{lang}.{format}")
    };
    root().join("testdata/formats").join(name)
}

/// The SARIF base URI is the working directory, which differs between checkouts.
fn redact_srcroot(s: &str) -> String {
    let root = root().to_string_lossy().replace('\\', "/");
    let root = root.strip_prefix('/').unwrap_or(&root);
    let uri = format!(
        "\"file:///{}/\"",
        fclint::report::sarif::encode_uri_path(root)
    );
    s.replace(&uri, "\"file:///SRCROOT/\"")
}

#[test]
fn format_snapshots() {
    let mut failures = Vec::new();
    for (case, paths, code) in cases() {
        for format in FORMATS {
            for lang in ["en", "zh"] {
                let out = run(&paths, format, lang);
                assert_eq!(
                    out.status.code(),
                    Some(code),
                    "{case} {format} {lang}: {}",
                    String::from_utf8_lossy(&out.stderr)
                );
                assert!(
                    out.stderr.is_empty(),
                    "{}",
                    String::from_utf8_lossy(&out.stderr)
                );
                let actual = redact_srcroot(&String::from_utf8(out.stdout).unwrap());
                assert!(
                    !actual.contains('\x1b'),
                    "{case} {format}: colour without a terminal"
                );
                let expected = expected_path(case, format, lang);
                if SILENT_WHEN_CLEAN.contains(&(case, *format)) {
                    assert_eq!(actual, "", "{case} {format} {lang}: expected no output");
                    assert!(
                        !expected.exists(),
                        "{}: {case} {format} prints nothing, which the test asserts itself",
                        expected.display()
                    );
                    assert_checked_clean(&paths, lang);
                    continue;
                }
                common::compare_snapshot(&expected, &actual, &mut failures);
            }
        }
    }
    assert!(
        failures.is_empty(),
        "format snapshot mismatches (FCLINT_BLESS=1 to accept):\n{}",
        failures.join("\n")
    );
}

/// The JSON report of the same run counts every file given and finds nothing in any.
fn assert_checked_clean(paths: &[&str], lang: &str) {
    let out = run(paths, "json", lang);
    assert_eq!(out.status.code(), Some(0));
    let v: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(v["diagnostics"], serde_json::json!([]), "{v}");
    assert_eq!(
        v["summary"],
        serde_json::json!({"files": paths.len(), "errors": 0, "warnings": 0, "infos": 0}),
        "{v}"
    );
}

/// Every file under `testdata/formats/` is the input or an expected output of a case: a
/// snapshot left behind by a renamed or removed case fails instead of lying unread.
#[test]
fn every_format_snapshot_belongs_to_a_case() {
    let mut known: Vec<String> = Vec::new();
    for (case, paths, _) in cases() {
        for p in paths {
            if let Some(rest) = p.strip_prefix("testdata/formats/") {
                known.push(rest.to_string());
            }
        }
        for format in FORMATS {
            if !SILENT_WHEN_CLEAN.contains(&(case, *format)) {
                known.push(format!("{case}.{format}"));
                known.push(format!("{case}.zh.{format}"));
            }
        }
    }
    let mut orphans = Vec::new();
    for e in std::fs::read_dir(root().join("testdata/formats"))
        .unwrap()
        .flatten()
    {
        let name = e.file_name().to_string_lossy().into_owned();
        if !known.contains(&name) {
            orphans.push(name);
        }
    }
    assert!(
        orphans.is_empty(),
        "files under testdata/formats/ that no case reads or writes: {orphans:?}"
    );
}

fn sarif_validator() -> jsonschema::Validator {
    let schema: serde_json::Value = serde_json::from_str(
        &std::fs::read_to_string(root().join("tests/data/sarif-2.1.0.json")).unwrap(),
    )
    .unwrap();
    jsonschema::options()
        .should_validate_formats(true)
        .build(&schema)
        .unwrap()
}

fn schema_errors(v: &jsonschema::Validator, doc: &serde_json::Value) -> Vec<String> {
    v.iter_errors(doc)
        .map(|e| format!("{} at {}", e, e.instance_path()))
        .collect()
}

#[test]
fn sarif_is_valid_against_the_official_schema() {
    let validator = sarif_validator();
    for (case, paths, _) in cases() {
        for lang in ["en", "zh"] {
            let out = run(&paths, "sarif", lang);
            let doc: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
            let errors = schema_errors(&validator, &doc);
            assert!(errors.is_empty(), "{case} {lang}:\n{}", errors.join("\n"));
        }
    }
}

#[test]
fn the_schema_test_catches_invalid_sarif() {
    let validator = sarif_validator();
    let out = run(
        &["testdata/err/eb006_dlq_without_errors_tolerance_all.yaml"],
        "sarif",
        "en",
    );
    let good: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    assert!(schema_errors(&validator, &good).is_empty());
    let mut bad = good.clone();
    bad["runs"][0]["results"][0]["level"] = "fatal".into();
    assert!(!schema_errors(&validator, &bad).is_empty());
    let mut bad = good.clone();
    bad["runs"][0]["results"][0]["locations"][0]["physicalLocation"]["region"]["startLine"] =
        0.into();
    assert!(!schema_errors(&validator, &bad).is_empty());
    let mut bad = good;
    bad["runs"][0]["columnKind"] = "bytes".into();
    assert!(!schema_errors(&validator, &bad).is_empty());
}

#[test]
fn sarif_results_point_at_their_rules_and_locations() {
    let out = run(
        &["testdata/err/eb006_dlq_without_errors_tolerance_all.yaml"],
        "sarif",
        "en",
    );
    let doc: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    let run = &doc["runs"][0];
    assert_eq!(doc["version"], "2.1.0");
    assert_eq!(run["columnKind"], "unicodeCodePoints");
    let rules = run["tool"]["driver"]["rules"].as_array().unwrap();
    let results = run["results"].as_array().unwrap();
    assert_eq!(results.len(), 2);
    for r in results {
        let i = r["ruleIndex"].as_u64().unwrap() as usize;
        assert_eq!(rules[i]["id"], r["ruleId"]);
    }
    let rule = &rules[0];
    assert_eq!(rule["id"], "EB006");
    assert_eq!(rule["name"], "dlq-without-errors-tolerance-all");
    assert_eq!(rule["defaultConfiguration"]["level"], "error");
    assert_eq!(
        rule["helpUri"],
        "https://www.alibabacloud.com/help/en/eventbridge/user-guide/retry-and-dead-letter"
    );
    let r = &results[0];
    assert_eq!(r["level"], "error");
    let loc = &r["locations"][0]["physicalLocation"];
    assert_eq!(
        loc["artifactLocation"]["uri"],
        "testdata/err/eb006_dlq_without_errors_tolerance_all.yaml"
    );
    assert_eq!(loc["artifactLocation"]["uriBaseId"], "%SRCROOT%");
    assert_eq!(loc["region"]["startLine"], 37);
    assert_eq!(loc["region"]["startColumn"], 15);
    assert_eq!(loc["region"]["endColumn"], 30);
    assert_eq!(loc["region"]["snippet"]["text"], "deadLetterQueue");
    let related = &r["relatedLocations"][0];
    assert_eq!(related["message"]["text"], "tolerance set here");
    assert_eq!(related["physicalLocation"]["region"]["startLine"], 36);
    assert_eq!(related["physicalLocation"]["region"]["startColumn"], 32);
    assert_eq!(
        r["properties"]["pointer"],
        "/resources/fn/props/triggers/0/triggerConfig/runOptions/deadLetterQueue"
    );
}

#[test]
fn sarif_related_locations_in_other_files_are_artifacts() {
    let out = run(&["testdata/formats/cross_file"], "sarif", "en");
    let doc: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    let run = &doc["runs"][0];
    let uris: Vec<&str> = run["artifacts"]
        .as_array()
        .unwrap()
        .iter()
        .map(|a| a["location"]["uri"].as_str().unwrap())
        .collect();
    assert_eq!(
        uris,
        [
            "testdata/formats/cross_file/s.yaml",
            "testdata/formats/cross_file/base.yaml"
        ]
    );
    let related = &run["results"][0]["relatedLocations"][0];
    assert_eq!(related["message"]["text"], "value defined here");
    let loc = &related["physicalLocation"];
    assert_eq!(loc["artifactLocation"]["index"], 1);
    assert_eq!(loc["region"]["startLine"], 4);
    assert_eq!(loc["region"]["startColumn"], 12);
    assert_eq!(loc["region"]["snippet"]["text"], "90000");
}

#[test]
fn sarif_encodes_odd_paths_and_counts_code_points() {
    let out = run(&[ODD], "sarif", "en");
    let doc: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    let results = doc["runs"][0]["results"].as_array().unwrap();
    let uri = &results[0]["locations"][0]["physicalLocation"]["artifactLocation"]["uri"];
    assert_eq!(
        uri,
        "testdata/formats/odd%20dir%2C%20100%25%20%E8%AE%A2%E5%8D%95/s.yaml"
    );
    // `"注释"` on line 29: the key starts at code point 72 (its byte column is larger).
    let last = results.last().unwrap();
    let region = &last["locations"][0]["physicalLocation"]["region"];
    assert_eq!(region["startLine"], 29);
    assert_eq!(region["startColumn"], 72);
    assert_eq!(region["snippet"]["text"], "\"注释\"");
}

#[test]
fn sarif_multitool_finds_no_errors() {
    let Some(tool) = common::tool("FCLINT_SARIF_MULTITOOL") else {
        return;
    };
    let dir = std::env::temp_dir().join(format!("fclint-sarif-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).unwrap();
    let mut with_fixes = 0;
    for (case, paths, _) in cases() {
        for lang in ["en", "zh"] {
            let out = run(&paths, "sarif", lang);
            let doc: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
            with_fixes += doc["runs"][0]["results"]
                .as_array()
                .unwrap()
                .iter()
                .filter(|r| r.get("fixes").is_some())
                .count();
            let file = dir.join(format!("{case}.{lang}.sarif"));
            std::fs::write(&file, &out.stdout).unwrap();
            let report = dir.join(format!("{case}.{lang}.validation.sarif"));
            let v = Command::new(&tool)
                .arg("validate")
                .arg(&file)
                .arg("--output")
                .arg(&report)
                .args(["--level", "Error", "Warning", "Note"])
                .args(["--kind", "Fail", "Review", "Informational"])
                .env("DOTNET_SYSTEM_GLOBALIZATION_INVARIANT", "1")
                .output()
                .unwrap();
            let console = String::from_utf8_lossy(&v.stdout).into_owned()
                + &String::from_utf8_lossy(&v.stderr);
            assert!(v.status.success(), "{case} {lang}: {console}");
            let rep: serde_json::Value =
                serde_json::from_str(&std::fs::read_to_string(&report).unwrap()).unwrap();
            // A report without a results array is not "no errors": the validator did not
            // say anything we can read.
            let results = rep["runs"][0]["results"].as_array().unwrap_or_else(|| {
                panic!("{case} {lang}: the Sarif.Multitool report has no runs[0].results array:\n{rep}")
            });
            let errors: Vec<String> = results
                .iter()
                .filter(|r| r["level"] == "error")
                .map(|r| r.to_string())
                .collect();
            assert!(
                errors.is_empty() && !console.contains(": error "),
                "{case} {lang}: Sarif.Multitool reports errors:\n{console}"
            );
        }
    }
    // The validator has seen results with fixes (testdata/formats/fixes.yaml).
    assert!(with_fixes > 0, "no validated SARIF result has a fix");
    let _ = std::fs::remove_dir_all(&dir);
}

fn parse_junit(xml: &str) -> roxmltree::Document<'_> {
    roxmltree::Document::parse(xml).unwrap_or_else(|e| panic!("invalid XML: {e}\n{xml}"))
}

/// Every JUnit report validates against a published JUnit XML schema, the Jenkins xUnit
/// plugin's `junit-10.xsd` (vendored in `tests/data/` with its source), checked by a real XSD
/// validator (`xmlschema-validate`, which scripts/install-tools.sh installs); a report that
/// breaks the schema is rejected, so the check can fail. With `FCLINT_CORPUS` set, the
/// report over the whole corpus is validated too.
#[test]
fn junit_is_valid_against_the_published_xsd() {
    let Some(validator) = common::tool("FCLINT_XMLSCHEMA_VALIDATE") else {
        return;
    };
    let dir = tempfile::tempdir().unwrap();
    let mut files = Vec::new();
    for (case, paths, _) in cases() {
        for lang in ["en", "zh"] {
            let f = dir.path().join(format!("{case}.{lang}.xml"));
            std::fs::write(&f, run(&paths, "junit", lang).stdout).unwrap();
            files.push(f);
        }
    }
    if let Some(corpus) = std::env::var_os("FCLINT_CORPUS").filter(|v| !v.is_empty()) {
        let corpus_files = Path::new(&corpus).join("files");
        let names: Vec<std::ffi::OsString> = std::fs::read_dir(&corpus_files)
            .unwrap()
            .flatten()
            .map(|e| e.file_name())
            .collect();
        let out = fclint()
            .current_dir(&corpus_files)
            .arg("check")
            .args(&names)
            .args(["--format", "junit"])
            .output()
            .unwrap();
        assert!(matches!(out.status.code(), Some(0 | 1)));
        let f = dir.path().join("corpus.xml");
        std::fs::write(&f, out.stdout).unwrap();
        files.push(f);
    }
    let xsd = root().join("tests/data/junit-10.xsd");
    let validate = |files: &[PathBuf]| {
        Command::new(&validator)
            .arg("--schema")
            .arg(&xsd)
            .args(files)
            .output()
            .unwrap()
    };
    let out = validate(&files);
    let report =
        String::from_utf8_lossy(&out.stdout).into_owned() + &String::from_utf8_lossy(&out.stderr);
    assert!(out.status.success(), "{report}");
    for f in &files {
        assert!(
            report.contains(&format!("{} is valid", f.display())),
            "{}: {report}",
            f.display()
        );
    }
    // A test case without its required `name` breaks the schema.
    let good = std::fs::read_to_string(dir.path().join("dlq.en.xml")).unwrap();
    let broken = good.replace(" name=\"EB006\"", "");
    assert_ne!(broken, good);
    let bad = dir.path().join("broken.xml");
    std::fs::write(&bad, broken).unwrap();
    let out = validate(std::slice::from_ref(&bad));
    let report =
        String::from_utf8_lossy(&out.stdout).into_owned() + &String::from_utf8_lossy(&out.stderr);
    assert!(!out.status.success(), "{report}");
    assert!(
        report.contains(&format!("{} is not valid", bad.display())),
        "{report}"
    );
}

#[test]
fn junit_parses_and_has_one_case_per_file_and_rule() {
    let out = run(
        &[
            ODD,
            "testdata/ok/ed3_http.yaml",
            "testdata/err/eb006_dlq_without_errors_tolerance_all.yaml",
        ],
        "junit",
        "en",
    );
    let xml = String::from_utf8(out.stdout).unwrap();
    let doc = parse_junit(&xml);
    let top = doc.root_element();
    assert_eq!(top.tag_name().name(), "testsuites");
    let cases: Vec<(String, String, Option<String>)> = top
        .descendants()
        .filter(|n| n.has_tag_name("testcase"))
        .map(|n| {
            (
                n.attribute("classname").unwrap().to_string(),
                n.attribute("name").unwrap().to_string(),
                n.children()
                    .find(|c| c.has_tag_name("failure"))
                    .map(|f| f.text().unwrap_or_default().to_string()),
            )
        })
        .collect();
    let odd = format!("{ODD}/s.yaml");
    let names: Vec<(&str, &str)> = cases
        .iter()
        .map(|(c, n, _)| (c.as_str(), n.as_str()))
        .collect();
    assert_eq!(
        names,
        vec![
            (
                "testdata/err/eb006_dlq_without_errors_tolerance_all.yaml",
                "EB006"
            ),
            (odd.as_str(), "EB008"),
            (odd.as_str(), "SC003"),
            (odd.as_str(), "SC005"),
            ("testdata/ok/ed3_http.yaml", "fclint"),
        ]
    );
    assert_eq!(top.attribute("tests"), Some("5"));
    assert_eq!(top.attribute("failures"), Some("4"));
    // Both SC003 findings of the file are in one failure, unescaped by the parser.
    let sc003 = cases[2].2.as_deref().unwrap();
    assert_eq!(sc003.matches("[SC003]").count(), 2, "{sc003}");
    assert!(
        sc003.contains("unknown key `<tag> & \"x\", y: 100%` in `props`"),
        "{sc003}"
    );
    assert!(cases[4].2.is_none());
}

#[test]
fn github_annotations_escape_properties_and_data() {
    let out = run(&[ODD], "github", "en");
    let text = String::from_utf8(out.stdout).unwrap();
    let lines: Vec<&str> = text.lines().collect();
    assert_eq!(lines.len(), 4);
    assert!(
        lines[0].starts_with(
            "::error file=testdata/formats/odd dir%2C 100%25 订单/s.yaml,line=15,col=16,endLine=15,endColumn=17,title=SC005::`timeout` is 0, below the minimum 1%0Ahelp: allowed: 1–86400"
        ),
        "{}",
        lines[0]
    );
    assert!(lines[1].starts_with("::warning "), "{}", lines[1]);
    assert!(
        lines[1].contains("::unknown key `<tag> & \"x\", y: 100%25` in `props`%0Ahelp: "),
        "{}",
        lines[1]
    );
    assert!(lines[2].starts_with("::notice "), "{}", lines[2]);
}

#[test]
fn concise_is_one_line_per_finding_in_both_languages() {
    let en = String::from_utf8(run(&[ODD], "concise", "en").stdout).unwrap();
    assert_eq!(
        en.lines().next().unwrap(),
        format!("{ODD}/s.yaml:15:16: error[SC005] `timeout` is 0, below the minimum 1")
    );
    let zh = String::from_utf8(run(&[ODD], "concise", "zh").stdout).unwrap();
    assert_eq!(en.lines().count(), zh.lines().count());
    let first = zh.lines().next().unwrap();
    assert!(
        first.starts_with(&format!("{ODD}/s.yaml:15:16: error[SC005] ")),
        "{first}"
    );
    assert!(
        first
            .chars()
            .any(|c| ('\u{4e00}'..='\u{9fff}').contains(&c)),
        "{first}"
    );
}

#[test]
fn paths_are_relative_to_the_working_directory() {
    // From a subdirectory, a file beside it is `../…` in every format.
    let dir = root().join("testdata/ok");
    for format in ["concise", "github", "junit", "json"] {
        let out = fclint()
            .current_dir(&dir)
            .args([
                "check",
                "../err/sc005_out_of_range.yaml",
                "--format",
                format,
            ])
            .output()
            .unwrap();
        let text = String::from_utf8(out.stdout).unwrap();
        assert!(
            text.contains("../err/sc005_out_of_range.yaml"),
            "{format}: {text}"
        );
        assert!(
            !text.contains(&*root().to_string_lossy()),
            "{format}: {text}"
        );
    }
    // An absolute path below the working directory is shown relative to it.
    let abs = root().join("testdata/err/sc005_out_of_range.yaml");
    let out = fclint()
        .args(["check", "--format", "concise"])
        .arg(&abs)
        .output()
        .unwrap();
    let text = String::from_utf8(out.stdout).unwrap();
    assert!(
        text.starts_with("testdata/err/sc005_out_of_range.yaml:"),
        "{text}"
    );
    let out = fclint()
        .current_dir(&dir)
        .args([
            "check",
            "../err/sc005_out_of_range.yaml",
            "--format",
            "sarif",
        ])
        .output()
        .unwrap();
    let doc: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(
        doc["runs"][0]["results"][0]["locations"][0]["physicalLocation"]["artifactLocation"]["uri"],
        "../err/sc005_out_of_range.yaml"
    );
}

fn has_ansi(out: &Output) -> bool {
    out.stdout.contains(&0x1b)
}

#[test]
fn colour_follows_the_flag_and_no_color() {
    let f = "testdata/err/eb006_dlq_without_errors_tolerance_all.yaml";
    for format in ["human", "concise"] {
        let always = fclint()
            .args(["check", f, "--format", format, "--color", "always"])
            .output()
            .unwrap();
        assert!(has_ansi(&always), "{format}: --color always");
        // The explicit flag wins over NO_COLOR, which only turns off the automatic colour.
        let forced = fclint()
            .args(["check", f, "--format", format, "--color", "always"])
            .env("NO_COLOR", "1")
            .output()
            .unwrap();
        assert!(has_ansi(&forced), "{format}: --color always with NO_COLOR");
        let never = fclint()
            .args(["check", f, "--format", format, "--color", "never"])
            .output()
            .unwrap();
        assert!(!has_ansi(&never), "{format}: --color never");
        // Not a terminal: no colour by default.
        let auto = fclint()
            .args(["check", f, "--format", format])
            .output()
            .unwrap();
        assert!(!has_ansi(&auto), "{format}: auto on a pipe");
    }
    // Machine formats never carry colour.
    for format in ["json", "github", "sarif", "junit"] {
        let always = fclint()
            .args(["check", f, "--format", format, "--color", "always"])
            .output()
            .unwrap();
        assert!(!has_ansi(&always), "{format}");
    }
}

/// `script` gives fclint a real terminal: colour by default there, none with NO_COLOR.
#[test]
fn colour_on_a_terminal_unless_no_color() {
    let script = Path::new("/usr/bin/script");
    if !script.exists() {
        common::skip("/usr/bin/script (util-linux) is not available to provide a terminal");
        return;
    }
    for format in ["human", "concise"] {
        colour_on_a_terminal(script, format);
    }
}

fn colour_on_a_terminal(script: &Path, format: &str) {
    let cmd = format!(
        "'{}' check testdata/err/eb006_dlq_without_errors_tolerance_all.yaml --format {format}",
        env!("CARGO_BIN_EXE_fclint")
    );
    let tty = |no_color: Option<&str>| {
        let mut c = Command::new(script);
        c.current_dir(root())
            .args(["-q", "-e", "-c", &cmd, "/dev/null"])
            .env_remove("NO_COLOR");
        if let Some(v) = no_color {
            c.env("NO_COLOR", v);
        }
        c.output().unwrap()
    };
    let plain = tty(None);
    assert!(
        plain.stdout.windows(2).any(|w| w == b"\x1b["),
        "{format}: no colour on a terminal: {}",
        String::from_utf8_lossy(&plain.stdout)
    );
    let no_color = tty(Some("1"));
    assert!(
        String::from_utf8_lossy(&no_color.stdout).contains("EB006"),
        "{}",
        String::from_utf8_lossy(&no_color.stdout)
    );
    assert!(!has_ansi(&no_color), "{format}: NO_COLOR=1 on a terminal");
    // An empty NO_COLOR does not count (no-color.org).
    let empty = tty(Some(""));
    assert!(has_ansi(&empty), "{format}: empty NO_COLOR");
}

/// On the real files of the corpus: every format reports the same findings, SARIF stays valid
/// and JUnit stays well-formed.
#[test]
fn corpus_findings_agree_across_formats() {
    let Some((dir, files)) = common::corpus() else {
        return;
    };
    let files_dir = dir.join("files");
    let run_all = |format: &str| -> String {
        let out = fclint()
            .current_dir(&files_dir)
            .arg("check")
            .args(files.iter().map(|f| f.file_name().unwrap()))
            .args(["--format", format])
            .output()
            .unwrap();
        assert!(
            matches!(out.status.code(), Some(0 | 1)),
            "{format}: {}",
            String::from_utf8_lossy(&out.stderr)
        );
        String::from_utf8(out.stdout).unwrap()
    };
    let json: serde_json::Value = serde_json::from_str(&run_all("json")).unwrap();
    let n = json["diagnostics"].as_array().unwrap().len();
    assert!(n > 0);

    let concise = run_all("concise");
    assert_eq!(concise.lines().count(), n);

    let github = run_all("github");
    assert_eq!(github.lines().count(), n);
    assert!(github.lines().all(|l| l.starts_with("::error file=")
        || l.starts_with("::warning file=")
        || l.starts_with("::notice file=")));

    let sarif: serde_json::Value = serde_json::from_str(&run_all("sarif")).unwrap();
    assert_eq!(sarif["runs"][0]["results"].as_array().unwrap().len(), n);
    assert_eq!(
        sarif["runs"][0]["artifacts"].as_array().unwrap().len(),
        files.len()
    );
    let errors = schema_errors(&sarif_validator(), &sarif);
    assert!(
        errors.is_empty(),
        "{}",
        errors[..errors.len().min(20)].join("\n")
    );

    let junit = run_all("junit");
    let doc = parse_junit(&junit);
    let suites = doc
        .root_element()
        .children()
        .filter(|c| c.has_tag_name("testsuite"))
        .count();
    assert_eq!(suites, files.len());
    let reported: usize = doc
        .descendants()
        .filter(|c| c.has_tag_name("failure"))
        .map(|f| {
            f.text()
                .unwrap_or_default()
                .lines()
                .filter(|l| !l.starts_with("  "))
                .count()
        })
        .sum();
    assert_eq!(reported, n);
}
