//! The rules engine as users drive it: inventory from fclint.toml and flags, rule selection,
//! severity overrides, suppressions, exit codes, `rules` and `explain`.

mod common;
use common::root;

use fclint::diag::Lang;
use std::path::{Path, PathBuf};
use std::process::Output;

fn fclint(args: &[&str]) -> Output {
    common::fclint().args(args).output().unwrap()
}

/// `(code, severity, line)` of every finding, from the JSON output.
fn findings(out: &Output) -> Vec<(String, String, u64)> {
    let v: serde_json::Value = serde_json::from_slice(&out.stdout)
        .unwrap_or_else(|e| panic!("{e}: {}", String::from_utf8_lossy(&out.stdout)));
    v["diagnostics"]
        .as_array()
        .unwrap()
        .iter()
        .map(|d| {
            (
                d["code"].as_str().unwrap().to_string(),
                d["severity"].as_str().unwrap().to_string(),
                d["line"].as_u64().unwrap(),
            )
        })
        .collect()
}

fn codes(out: &Output) -> Vec<String> {
    findings(out).into_iter().map(|f| f.0).collect()
}

fn tmpdir(name: &str) -> PathBuf {
    let d = std::env::temp_dir().join(format!("fclint-rules-{}-{name}", std::process::id()));
    let _ = std::fs::remove_dir_all(&d);
    std::fs::create_dir_all(&d).unwrap();
    d
}

const SOUND: &str = "testdata/ok/rules_kafka_sound/s.yaml";

#[test]
fn sound_kafka_configuration_has_no_finding_at_all() {
    let path = root().join(SOUND);
    let (config, found) =
        fclint::config::load_config(&path, &fclint::config::ConfigOverrides::default()).unwrap();
    assert_eq!(
        found,
        Some(root().join("testdata/ok/rules_kafka_sound/fclint.toml"))
    );
    // The inventory is really there, so the partition and size rules did run.
    let t = config
        .inventory
        .topic(Some("alikafka-1"), "orders")
        .unwrap();
    assert_eq!(t.partitions, Some(12));
    assert_eq!(t.message_size, Some(2048));
    let mut sources = fclint::source::SourceMap::new();
    let opts = fclint::CheckOptions {
        config,
        ..Default::default()
    };
    let out = fclint::check_file_full(&mut sources, &path, &opts).unwrap();
    assert!(out.diagnostics.is_empty(), "{:#?}", out.diagnostics);
    assert!(out.missing.is_empty(), "{:#?}", out.missing);
    let cli = fclint(&["check", SOUND, "--deny-warnings"]);
    assert_eq!(cli.status.code(), Some(0));
}

#[test]
fn deny_warnings_turns_warnings_into_exit_one() {
    let f = "testdata/err/eb004_concurrency_below_consumers.yaml";
    let out = fclint(&["check", f, "-f", "json"]);
    assert_eq!(out.status.code(), Some(0));
    assert_eq!(codes(&out), ["EB004"]);
    let out = fclint(&["check", f, "-f", "json", "--deny-warnings"]);
    assert_eq!(out.status.code(), Some(1));
}

#[test]
fn select_and_ignore_by_code_name_and_prefix() {
    let f = "testdata/err/eb006_dlq_without_errors_tolerance_all.yaml";
    let all = fclint(&["check", f, "-f", "json"]);
    assert_eq!(all.status.code(), Some(1));
    assert_eq!(codes(&all), ["EB006", "EB006"]);
    let ignored = fclint(&[
        "check",
        f,
        "-f",
        "json",
        "--ignore",
        "dlq-without-errors-tolerance-all",
    ]);
    assert_eq!(ignored.status.code(), Some(0));
    assert!(codes(&ignored).is_empty());
    let prefix = fclint(&["check", f, "-f", "json", "--ignore", "EB"]);
    assert!(codes(&prefix).is_empty());
    // The more specific selection wins over a family ignore.
    let both = fclint(&[
        "check", f, "-f", "json", "--ignore", "EB", "--select", "EB006",
    ]);
    assert_eq!(codes(&both), ["EB006", "EB006"]);
    // Selection applies to the lead's schema codes too.
    let sc = fclint(&[
        "check",
        "testdata/err/sc005_out_of_range.yaml",
        "-f",
        "json",
        "--select",
        "SC005,EB",
    ]);
    assert_eq!(codes(&sc), ["SC005", "EB007", "SC005", "SC005"]);
    let bad = fclint(&["check", f, "--ignore", "EB99"]);
    assert_eq!(bad.status.code(), Some(2));
    let err = String::from_utf8_lossy(&bad.stderr);
    assert!(
        err.contains("--ignore: `EB99` is not a rule code, rule name or code prefix"),
        "{err}"
    );
}

#[test]
fn fclint_toml_overrides_severity_and_ignores_rules() {
    let out = fclint(&[
        "check",
        "testdata/err/config_severity_and_ignore",
        "-f",
        "json",
    ]);
    assert_eq!(out.status.code(), Some(1));
    assert_eq!(
        findings(&out),
        [
            ("EB004".to_string(), "info".to_string(), 32),
            ("EB008".to_string(), "error".to_string(), 36)
        ]
    );
    // --select replaces the file's selection; the file's ignore still applies.
    let out = fclint(&[
        "check",
        "testdata/err/config_severity_and_ignore",
        "-f",
        "json",
        "--select",
        "EB002,EB008",
    ]);
    assert_eq!(codes(&out), ["EB008"]);
}

#[test]
fn explicit_config_file_and_bad_config_exit_two() {
    let d = tmpdir("config");
    let toml = d.join("other.toml");
    std::fs::write(&toml, "[[topic]]\ntopic = \"orders\"\npartitions = 4\n").unwrap();
    let out = fclint(&[
        "check",
        SOUND,
        "-f",
        "json",
        "--config",
        toml.to_str().unwrap(),
    ]);
    assert_eq!(
        findings(&out),
        [("EB001".to_string(), "warning".to_string(), 35)]
    );

    std::fs::write(
        &toml,
        "[[topic]]\ntopic = \"orders\"\nmessage_size = \"2XB\"\n",
    )
    .unwrap();
    let out = fclint(&["check", SOUND, "--config", toml.to_str().unwrap()]);
    assert_eq!(out.status.code(), Some(2));
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(err.contains("other.toml"), "{err}");
    assert!(err.contains("line 3"), "{err}");
    assert!(err.contains("unknown unit `XB`"), "{err}");

    std::fs::write(&toml, "[rule]\nselect = [\"EB\"]\n").unwrap();
    let out = fclint(&["check", SOUND, "--config", toml.to_str().unwrap()]);
    assert_eq!(out.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&out.stderr).contains("unknown field `rule`"));

    let out = fclint(&["check", SOUND, "--config", "no/such/fclint.toml"]);
    assert_eq!(out.status.code(), Some(2));
}

#[test]
fn suppression_comments_silence_and_unused_ones_are_reported() {
    let out = fclint(&[
        "check",
        "testdata/ok/rules_suppressed.yaml",
        "-f",
        "json",
        "--deny-warnings",
    ]);
    assert_eq!(out.status.code(), Some(0));
    assert!(codes(&out).is_empty());
    // Without the comment the same file warns.
    let d = tmpdir("suppress");
    let text = std::fs::read_to_string(root().join("testdata/ok/rules_suppressed.yaml")).unwrap();
    let stripped: String = text
        .lines()
        .filter(|l| !l.contains("fclint-ignore"))
        .map(|l| format!("{l}\n"))
        .collect();
    std::fs::write(d.join("s.yaml"), stripped).unwrap();
    let out = fclint(&["check", d.join("s.yaml").to_str().unwrap(), "-f", "json"]);
    assert_eq!(codes(&out), ["EB007"]);
    // An unused suppression is itself reported, unless its rule was not selected.
    let f = "testdata/err/sp001_unused_suppression.yaml";
    assert_eq!(
        codes(&fclint(&["check", f, "-f", "json"])),
        ["SP001", "EB006", "SP001"]
    );
    assert_eq!(
        codes(&fclint(&["check", f, "-f", "json", "--ignore", "EB001"])),
        ["SP001", "EB006"]
    );
}

#[test]
fn partitions_and_message_size_flags_override_the_inventory() {
    let out = fclint(&["check", SOUND, "-f", "json", "--partitions", "orders=8"]);
    assert_eq!(
        findings(&out),
        [("EB001".to_string(), "warning".to_string(), 35)]
    );
    let out = fclint(&[
        "check",
        SOUND,
        "-f",
        "json",
        "--partitions",
        "alikafka-1/orders=24",
    ]);
    assert_eq!(
        findings(&out),
        [("EB002".to_string(), "info".to_string(), 35)]
    );
    let out = fclint(&[
        "check",
        SOUND,
        "-f",
        "json",
        "--partitions",
        "other-instance/orders=24",
    ]);
    assert!(codes(&out).is_empty());
    let out = fclint(&["check", SOUND, "--message-size", "orders=1MB", "-f", "json"]);
    let v: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(v["diagnostics"][0]["code"], "EB009");
    assert_eq!(
        v["diagnostics"][0]["message"],
        "100 × 1 MB = 100 MB exceeds the 32 MB sync body limit: each batch is pushed as 3 pushes of 32 and one of 4 messages"
    );
    let out = fclint(&["check", SOUND, "--partitions", "orders=zero"]);
    assert_eq!(out.status.code(), Some(2));
    let out = fclint(&["check", SOUND, "--message-size", "orders=2XB"]);
    assert_eq!(out.status.code(), Some(2));
}

#[test]
fn topics_json_from_get_topic_list() {
    let d = tmpdir("topics");
    let json = d.join("topics.json");
    std::fs::write(
        &json,
        r#"{"Code":200,"Success":true,"RequestId":"x","Total":2,"TopicList":{"TopicVO":[
            {"Topic":"orders","PartitionNum":6,"InstanceId":"alikafka-1","RegionId":"cn-hangzhou","Status":0},
            {"Topic":"audit","PartitionNum":3,"InstanceId":"alikafka-1"}]}}"#,
    )
    .unwrap();
    let out = fclint(&[
        "check",
        SOUND,
        "-f",
        "json",
        "--topics-json",
        json.to_str().unwrap(),
    ]);
    assert_eq!(
        findings(&out),
        [("EB001".to_string(), "warning".to_string(), 35)]
    );
    // --partitions wins over --topics-json.
    let out = fclint(&[
        "check",
        SOUND,
        "-f",
        "json",
        "--topics-json",
        json.to_str().unwrap(),
        "--partitions",
        "orders=12",
    ]);
    assert!(codes(&out).is_empty());
    std::fs::write(&json, "{\"nothing\": 1}").unwrap();
    let out = fclint(&["check", SOUND, "--topics-json", json.to_str().unwrap()]);
    assert_eq!(out.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&out.stderr).contains("no topics found"));
}

#[test]
fn verbose_names_the_facts_that_would_enable_rules() {
    let f = "testdata/err/eb004_concurrency_below_consumers.yaml";
    let out = fclint(&["check", f, "--verbose", "-f", "json"]);
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(err.contains("did not run EB001 (consumer-tasks-exceed-partitions), EB002 (consumer-tasks-below-partitions): `partitions` of topic `orders` is not known; add `partitions`"), "{err}");
    assert!(err.contains("did not run EB009 (batch-split-by-body-limit), EB010 (message-exceeds-body-limit): `message_size`"), "{err}");
    assert!(
        err.contains(
            "did not run FN102 (batch-exceeds-timeout): `handler_time` of function `orders`"
        ),
        "{err}"
    );
    // An ignored rule is not mentioned.
    let out = fclint(&[
        "check",
        f,
        "--verbose",
        "--ignore",
        "EB001,EB002",
        "-f",
        "json",
    ]);
    assert!(!String::from_utf8_lossy(&out.stderr).contains("EB001"));
    let out = fclint(&["check", SOUND, "--verbose", "-f", "json"]);
    assert!(!String::from_utf8_lossy(&out.stderr).contains("did not run"));
}

/// Every rule of the registry (no exemptions): listed by `fclint rules`, and `fclint explain`
/// prints exactly its documentation in English (by code) and Chinese (by name), with every
/// section and the source it cites.
#[test]
fn rules_lists_and_explain_prints_every_rule() {
    let out = fclint(&["rules", "--format", "json"]);
    assert_eq!(out.status.code(), Some(0));
    let v: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    let list = v.as_array().unwrap();
    let rules = fclint::checks::registry::all();
    assert_eq!(list.len(), rules.len());
    assert_eq!(rules.len(), fclint::codes::Code::ALL.len());
    for r in rules {
        let entry = list
            .iter()
            .find(|e| e["code"] == r.code.as_str())
            .unwrap_or_else(|| panic!("{} not listed", r.code));
        assert_eq!(entry["name"], r.name());
        assert_eq!(entry["severity"], r.severity().as_str());
        // The fix the rule declares: "safe", "unsafe" or null.
        assert_eq!(
            entry["fix"],
            serde_json::json!(r.fix.map(|f| f.as_str())),
            "{}",
            r.code
        );
        for (lang, target, sections) in [
            (
                Lang::En,
                r.code.as_str(),
                [
                    "## What it checks",
                    "## Why it matters",
                    "## Example",
                    "## Fix",
                ],
            ),
            (
                Lang::Zh,
                r.name(),
                ["## 检查内容", "## 为什么重要", "## 示例", "## 修复"],
            ),
        ] {
            let arg = if lang == Lang::Zh { "zh" } else { "en" };
            let e = fclint(&["explain", target, "--lang", arg]);
            assert_eq!(e.status.code(), Some(0), "{} {arg}", r.code);
            let text = String::from_utf8_lossy(&e.stdout);
            let doc = r.doc_in(lang);
            assert_eq!(
                text,
                format!(
                    "# {} {} ({})\n\n{}\n\n{}\n\n{doc}",
                    r.code,
                    r.name(),
                    r.severity().as_str(),
                    r.summary_in(lang),
                    fclint::report::rules::fix_line(r, lang)
                ),
                "{} {arg}",
                r.code
            );
            for section in sections {
                assert!(doc.contains(section), "{} ({arg}) lacks {section}", r.code);
            }
            // The platform behaviour it describes, with the page or source it comes from.
            assert!(
                doc.contains("https://"),
                "{} ({arg}) cites no source",
                r.code
            );
            assert!(!r.summary_in(lang).is_empty(), "{} ({arg})", r.code);
        }
        // Names are kebab-case.
        assert!(r
            .name()
            .chars()
            .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-'));
    }
    let zh = fclint(&["rules", "--lang", "zh"]);
    assert!(String::from_utf8_lossy(&zh.stdout).contains("SC005  error    [不安全修复] out-of-range                             数值超出文档规定的范围"));
    let en = String::from_utf8_lossy(&fclint(&["rules"]).stdout).into_owned();
    assert!(
        en.contains("SC008  warning  [fix]        number-as-string "),
        "{en}"
    );
    assert!(
        en.contains("SC005  error    [unsafe fix] out-of-range "),
        "{en}"
    );
    assert!(
        en.contains("AS001  error    [no fix]     invalid-async-destination "),
        "{en}"
    );
    let bad = fclint(&["explain", "EB999"]);
    assert_eq!(bad.status.code(), Some(2));
}

/// Every rule code, as `fclint rules --format json` lists them: the registry as users see it,
/// whatever its shape inside the crate.
fn rule_codes() -> Vec<String> {
    let out = fclint(&["rules", "--format", "json"]);
    assert_eq!(out.status.code(), Some(0));
    let v: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    v.as_array()
        .unwrap()
        .iter()
        .map(|r| r["code"].as_str().unwrap().to_string())
        .collect()
}

/// The rule code a fixture is named by (`eb001_tasks_exceed_partitions` → `EB001`), if any.
fn code_of(name: &str) -> Option<String> {
    let b = name.as_bytes();
    let named = b.len() > 6
        && b[..2].iter().all(u8::is_ascii_lowercase)
        && b[2..5].iter().all(u8::is_ascii_digit)
        && b[5] == b'_';
    named.then(|| name[..5].to_ascii_uppercase())
}

/// The fixtures under `dir` named by a rule code: `(CODE, name, path to check)`, where the
/// path is the `.yaml`/`.yml` file or the directory holding `s.yaml`/`s.yml` (or an SCF
/// `serverless.yml`/`serverless.yaml`).
fn code_fixtures(dir: &str) -> Vec<(String, String, PathBuf)> {
    let mut out = Vec::new();
    for e in std::fs::read_dir(root().join(dir)).unwrap().flatten() {
        let p = e.path();
        let name = e.file_name().to_string_lossy().into_owned();
        let Some(code) = code_of(&name) else {
            continue;
        };
        let is_case = if p.is_dir() {
            ["s.yaml", "s.yml", "serverless.yml", "serverless.yaml"]
                .iter()
                .any(|f| p.join(f).is_file())
        } else {
            matches!(p.extension().and_then(|x| x.to_str()), Some("yaml" | "yml"))
        };
        if is_case {
            // The name without `.yaml`/`.yml`: what its `.out` snapshot is named after.
            let stem = match p.is_dir() {
                true => name.clone(),
                false => Path::new(&name)
                    .file_stem()
                    .unwrap()
                    .to_string_lossy()
                    .into_owned(),
            };
            out.push((code, stem, p));
        }
    }
    out.sort();
    out
}

/// For every rule: a failing fixture named by its code whose own snapshot reports it, and a
/// passing fixture named by its code (`testdata/ok/<code>_*`) on which the rule runs — none of
/// its facts is missing (`check -v` would say "did not run") — and finds nothing, with no
/// error of any rule. Each passing fixture is its failing fixture with the fault fixed, so
/// the pair pins the rule's boundary from both sides.
#[test]
fn every_rule_has_a_failing_and_a_passing_fixture() {
    let all = rule_codes();
    let err = code_fixtures("testdata/err");
    let ok = code_fixtures("testdata/ok");
    let mut problems = Vec::new();
    for (code, name, _) in err.iter().chain(&ok) {
        if !all.contains(code) {
            problems.push(format!("{name}: `{code}` is not a rule code"));
        }
    }
    for (code, name, _) in &err {
        let out = root().join("testdata/err").join(format!("{name}.out"));
        let text = std::fs::read_to_string(&out).unwrap_or_default();
        if !text.contains(&format!("[{code}]")) {
            problems.push(format!(
                "testdata/err/{name}: named by {code}, but {} does not report {code}",
                out.display()
            ));
        }
    }
    for code in &all {
        if !err.iter().any(|(c, _, _)| c == code) {
            problems.push(format!(
                "{code}: no failing fixture testdata/err/{}_*",
                code.to_ascii_lowercase()
            ));
        }
        let passing: Vec<&(String, String, PathBuf)> =
            ok.iter().filter(|(c, _, _)| c == code).collect();
        if passing.is_empty() {
            problems.push(format!(
                "{code}: no passing fixture testdata/ok/{}_*",
                code.to_ascii_lowercase()
            ));
        }
        for (_, name, path) in passing {
            if path.is_dir() {
                let toml = std::fs::read_to_string(path.join("fclint.toml")).unwrap_or_default();
                if toml.contains("[rules") {
                    problems.push(format!(
                        "testdata/ok/{name}: a passing fixture selects no rules of its own"
                    ));
                }
            }
            let out = fclint(&["check", path.to_str().unwrap(), "-f", "json", "--verbose"]);
            if out.status.code() != Some(0) {
                problems.push(format!(
                    "testdata/ok/{name}: exit code {:?} (an error-level finding?): {}",
                    out.status.code(),
                    String::from_utf8_lossy(&out.stdout)
                ));
                continue;
            }
            if codes(&out).contains(code) {
                problems.push(format!("testdata/ok/{name}: reports {code}"));
            }
            let stderr = String::from_utf8_lossy(&out.stderr);
            if let Some(l) = stderr
                .lines()
                .find(|l| l.contains("did not run") && l.contains(&format!("{code} (")))
            {
                problems.push(format!("testdata/ok/{name}: {code} did not run: {l}"));
            }
        }
    }
    assert!(problems.is_empty(), "{}", problems.join("\n"));
}

/// A run option written as `null` is not set: the rules take its default, as the plan does
/// (one reading, in the semantics layer). The schema still reports the `null` itself.
#[test]
fn null_run_options_are_the_defaults_in_rules_and_plan() {
    let d = tmpdir("null-run-options");
    let path = d.join("s.yaml");
    std::fs::write(
        &path,
        "edition: 3.0.0
name: t
resources:
  f:
    component: fc3
    props:
      region: cn-hangzhou
      functionName: f
      runtime: custom.debian10
      code: ./code
      triggers:
        - triggerName: k
          triggerType: eventbridge
          triggerConfig:
            eventSourceConfig:
              eventSourceType: Kafka
              eventSourceParameters:
                sourceKafkaParameters:
                  InstanceId: i
                  Topic: t
                  ConsumerGroup: g
                  OffsetReset: latest
            runOptions:
              errorsTolerance: ~
              retryStrategy:
                PushRetryStrategy: ~
",
    )
    .unwrap();
    let p = path.to_str().unwrap();
    let out = fclint(&["check", p, "-f", "json"]);
    let v: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    let eb007: Vec<&str> = v["diagnostics"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|d| d["code"] == "EB007")
        .map(|d| d["message"].as_str().unwrap())
        .collect();
    assert_eq!(eb007.len(), 1, "{}", String::from_utf8_lossy(&out.stdout));
    assert!(
        eb007[0].starts_with("errorsTolerance is not set (default NONE)")
            && eb007[0].contains(
                "about 23.9 h (the default EXPONENTIAL_DECAY_RETRY: 176 retries, 86015 s)"
            ),
        "{}",
        eb007[0]
    );
    let plan = common::fclint()
        .args(["plan", p, "--format", "json"])
        .output()
        .unwrap();
    let v: serde_json::Value = serde_json::from_slice(&plan.stdout).unwrap();
    let retry = &v["triggers"][0]["retry"];
    assert_eq!(retry["policy"], "EXPONENTIAL_DECAY_RETRY");
    assert_eq!(retry["policy_is_default"], true);
    assert_eq!(retry["errors_tolerance"], "NONE");
    assert_eq!(retry["errors_tolerance_is_default"], true);
}

/// `fclint explain CODE` says whether the rule has a fix and whether it is safe, in the
/// language asked for; `fclint rules --format json` says the same as `fix`.
#[test]
fn explain_says_whether_a_rule_has_a_fix() {
    for (code, en, zh, json) in [
        ("SC008", "\n\nFix: safe — ", "\n\n修复：安全 — ", "safe"),
        (
            "SC005",
            "\n\nFix: unsafe — ",
            "\n\n修复：不安全 — ",
            "unsafe",
        ),
        ("AS001", "\n\nFix: none — ", "\n\n修复：无 — ", ""),
    ] {
        for (lang, want) in [("en", en), ("zh", zh)] {
            let out = fclint(&["explain", code, "--lang", lang]);
            assert_eq!(out.status.code(), Some(0));
            let text = String::from_utf8_lossy(&out.stdout);
            assert!(text.contains(want), "{code} {lang}: {text}");
        }
        let list: serde_json::Value =
            serde_json::from_slice(&fclint(&["rules", "--format", "json"]).stdout).unwrap();
        let entry = list
            .as_array()
            .unwrap()
            .iter()
            .find(|e| e["code"] == code)
            .unwrap();
        if json.is_empty() {
            assert!(entry["fix"].is_null(), "{entry}");
        } else {
            assert_eq!(entry["fix"], json);
        }
    }
}
