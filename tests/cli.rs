//! The `fclint` binary as users run it: exit codes, JSON shape, discovery, errors.

mod common;
use common::{fclint, root};

use std::path::PathBuf;

fn tmpdir(name: &str) -> PathBuf {
    let d = std::env::temp_dir().join(format!("fclint-cli-{}-{name}", std::process::id()));
    let _ = std::fs::remove_dir_all(&d);
    std::fs::create_dir_all(&d).unwrap();
    d
}

#[test]
fn clean_example_exits_zero() {
    let out = fclint().args(["check", "examples"]).output().unwrap();
    assert_eq!(
        out.status.code(),
        Some(0),
        "{}",
        String::from_utf8_lossy(&out.stdout)
    );
    let stdout = String::from_utf8_lossy(&out.stdout);
    assert!(stdout.contains("3 files checked: 0 error(s)"), "{stdout}");
}

#[test]
fn errors_exit_one_and_json_has_the_documented_shape() {
    let out = fclint()
        .args([
            "check",
            "testdata/err/sc005_out_of_range.yaml",
            "--format",
            "json",
        ])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(1));
    let v: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(v["version"], 1);
    assert_eq!(v["summary"]["files"], 1);
    assert_eq!(v["summary"]["errors"], 3);
    let d = v["diagnostics"]
        .as_array()
        .unwrap()
        .iter()
        .find(|d| d["code"] == "SC005" && d["line"] == 30)
        .unwrap();
    assert_eq!(d["code"], "SC005");
    assert_eq!(d["severity"], "error");
    assert_eq!(d["path"], "testdata/err/sc005_out_of_range.yaml");
    assert_eq!(d["line"], 30);
    assert_eq!(d["column"], 35);
    assert_eq!(d["end_line"], 30);
    assert_eq!(d["end_column"], 40);
    assert_eq!(
        d["pointer"],
        "/resources/fn/props/triggers/0/triggerConfig/runOptions/batchWindow/CountBasedWindow"
    );
    assert_eq!(
        d["message"],
        "`batchWindow.CountBasedWindow` is 20000, above the maximum 10000"
    );
    assert_eq!(
        d["help"],
        "allowed: 1–10000 (https://help.aliyun.com/document_detail/455240.html)"
    );
}

#[test]
fn warnings_fail_only_with_deny_warnings() {
    let f = "testdata/err/sc003_unknown_key.yaml";
    let out = fclint().args(["check", f]).output().unwrap();
    assert_eq!(out.status.code(), Some(0));
    let out = fclint()
        .args(["check", f, "--deny-warnings"])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(1));
}

#[test]
fn missing_path_exits_two_with_a_message() {
    let out = fclint().args(["check", "no/such/dir"]).output().unwrap();
    assert_eq!(out.status.code(), Some(2));
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(
        err.starts_with("fclint: error: cannot read no/such/dir"),
        "{err}"
    );
}

#[test]
fn directory_without_s_yaml_exits_two() {
    let d = tmpdir("empty");
    std::fs::write(d.join("other.yaml"), "a: 1\n").unwrap();
    let out = fclint().arg("check").arg(&d).output().unwrap();
    assert_eq!(out.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&out.stderr)
        .contains("no s.yaml, s.yml or SCF serverless.yml found"));
}

#[test]
fn bad_arguments_exit_two() {
    let out = fclint()
        .args(["check", "examples", "--format", "xml"])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2));
}

#[test]
fn discovery_skips_node_modules_git_and_gitignored() {
    let d = tmpdir("discover");
    let bad =
        "edition: 3.0.0\nresources:\n  fn:\n    component: fc3\n    props:\n      timeout: 0\n";
    for sub in [
        "app",
        "node_modules/pkg",
        ".git/x",
        "ignored",
        "nested/deeper",
    ] {
        std::fs::create_dir_all(d.join(sub)).unwrap();
    }
    std::fs::write(d.join("app/s.yaml"), bad).unwrap();
    std::fs::write(d.join("nested/deeper/s.yml"), bad).unwrap();
    std::fs::write(d.join("node_modules/pkg/s.yaml"), bad).unwrap();
    std::fs::write(d.join(".git/x/s.yaml"), bad).unwrap();
    std::fs::write(d.join("ignored/s.yaml"), bad).unwrap();
    std::fs::write(d.join(".gitignore"), "ignored/\n").unwrap();
    let out = fclint()
        .arg("check")
        .arg(&d)
        .args(["--format", "json"])
        .output()
        .unwrap();
    let v: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(v["summary"]["files"], 2, "{v}");
    let paths: Vec<String> = v["diagnostics"]
        .as_array()
        .unwrap()
        .iter()
        .map(|d| d["path"].as_str().unwrap().to_string())
        .collect();
    assert!(
        paths
            .iter()
            .all(|p| p.ends_with("app/s.yaml") || p.ends_with("nested/deeper/s.yml")),
        "{paths:?}"
    );
}

#[test]
fn every_file_is_reported_in_one_run() {
    let out = fclint()
        .args([
            "check",
            "testdata/err/sc006_memory_not_multiple.yaml",
            "testdata/err/fn002_cpu_step.yaml",
            "--format",
            "json",
        ])
        .output()
        .unwrap();
    let v: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(v["summary"]["files"], 2);
    let codes: Vec<&str> = v["diagnostics"]
        .as_array()
        .unwrap()
        .iter()
        .map(|d| d["code"].as_str().unwrap())
        .collect();
    assert_eq!(codes, ["FN002", "SC006"]);
}

#[test]
fn explain_prints_rule_docs_in_both_languages() {
    let out = fclint().args(["explain", "SC005"]).output().unwrap();
    let s = String::from_utf8_lossy(&out.stdout);
    assert!(s.starts_with("# SC005 out-of-range (error)"), "{s}");
    assert!(s.contains("## Why it matters"));
    let out = fclint()
        .args(["explain", "out-of-range", "--lang", "zh"])
        .output()
        .unwrap();
    let s = String::from_utf8_lossy(&out.stdout);
    assert!(s.contains("## 为什么重要"), "{s}");
    let out = fclint().args(["explain", "NOPE999"]).output().unwrap();
    assert_eq!(out.status.code(), Some(2));
}

/// The codes `fclint rules` lists, as a set equal to the registry as users meet it: every
/// code some failing fixture's snapshot reports, and no other. No code is listed twice, and
/// the table and the Chinese table list the same codes in the same order.
#[test]
fn rules_json_lists_every_code_once() {
    let out = fclint()
        .args(["rules", "--format", "json"])
        .output()
        .unwrap();
    let v: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    let codes: Vec<String> = v
        .as_array()
        .unwrap()
        .iter()
        .map(|r| r["code"].as_str().unwrap().to_string())
        .collect();
    let set: std::collections::BTreeSet<String> = codes.iter().cloned().collect();
    assert_eq!(set.len(), codes.len(), "a code is listed twice: {codes:?}");

    let mut reported = std::collections::BTreeSet::new();
    for e in std::fs::read_dir(root().join("testdata/err"))
        .unwrap()
        .flatten()
    {
        if e.path().extension().and_then(|x| x.to_str()) != Some("out") {
            continue;
        }
        for line in std::fs::read_to_string(e.path()).unwrap().lines() {
            // `path:line:col: severity[CODE] message`
            let code = ["error[", "warning[", "info["]
                .iter()
                .find_map(|sev| line.split_once(&format!(": {sev}")))
                .and_then(|(_, rest)| rest.split_once(']'))
                .map(|(code, _)| code.to_string());
            reported.insert(code.unwrap_or_else(|| panic!("{}: {line}", e.path().display())));
        }
    }
    assert_eq!(
        set, reported,
        "listed by `fclint rules` vs reported by testdata/err/*.out"
    );

    for lang in ["en", "zh"] {
        let table = fclint().args(["rules", "--lang", lang]).output().unwrap();
        let listed: Vec<String> = String::from_utf8(table.stdout)
            .unwrap()
            .lines()
            .filter_map(|l| l.split_whitespace().next().map(str::to_string))
            .collect();
        assert_eq!(listed, codes, "`fclint rules --lang {lang}`");
    }
}

#[test]
fn schema_command_prints_the_checked_in_schema() {
    let out = fclint().arg("schema").output().unwrap();
    let on_disk = std::fs::read_to_string(
        PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("schemas/s.schema.json"),
    )
    .unwrap();
    assert_eq!(String::from_utf8_lossy(&out.stdout), on_disk);
}

#[test]
fn chinese_messages_with_lang_zh() {
    let out = fclint()
        .args([
            "check",
            "testdata/err/sc004_invalid_value.yaml",
            "--format",
            "json",
            "--lang",
            "zh",
        ])
        .output()
        .unwrap();
    let v: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(
        v["diagnostics"][0]["message"],
        "`sourceKafkaParameters.OffsetReset` 必须是 `latest`, `earliest` 之一；实际为 \"lastest\""
    );
    assert_eq!(v["diagnostics"][0]["help"], "是否想写 `latest`？");
}

#[test]
fn step_help_names_the_neighbours_and_out_of_range_is_one_finding() {
    let codes_and_help = |rel: &str| -> Vec<(String, String)> {
        let out = fclint()
            .args(["check", "-f", "json", rel])
            .output()
            .unwrap();
        let v: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
        v["diagnostics"]
            .as_array()
            .unwrap()
            .iter()
            .filter(|d| {
                d["pointer"]
                    .as_str()
                    .unwrap_or_default()
                    .ends_with("/memorySize")
            })
            .map(|d| {
                (
                    d["code"].as_str().unwrap().to_string(),
                    d["help"].as_str().unwrap_or_default().to_string(),
                )
            })
            .collect()
    };
    // 100 is below the minimum 128 and off the 64 MB step: one finding, the range.
    let at_use_site = codes_and_help("testdata/err/resolve_values_at_use_site.yaml");
    assert_eq!(
        at_use_site
            .iter()
            .map(|(c, _)| c.as_str())
            .collect::<Vec<_>>(),
        ["SC005"],
        "{at_use_site:?}"
    );
    // 200 is in range and off the step: both neighbours are allowed.
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("s.yaml");
    std::fs::write(
        &file,
        "edition: 3.0.0\nname: app\nresources:\n  api:\n    component: fc3\n    props:\n      region: cn-hangzhou\n      functionName: api\n      runtime: nodejs20\n      code: ./code\n      handler: index.handler\n      memorySize: 200\n",
    )
    .unwrap();
    let in_range = codes_and_help(file.to_str().unwrap());
    assert_eq!(
        in_range,
        [(
            "SC006".to_string(),
            "use a multiple of 64: the nearest are 192 and 256".to_string()
        )]
    );
}
