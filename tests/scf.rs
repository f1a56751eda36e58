//! Tencent Cloud SCF `serverless.yml` end to end: which files are recognised (by content, in
//! the three forms) and which are skipped; variables resolved like the Serverless Components
//! CLI or left unknown; the plan's JSON (SCF rows marked, FC rows as they were); `plan
//! --compare` snapshots and errors; `explain` of a rule code.

mod common;
use common::{compare_snapshot, fclint, root};

use std::path::{Path, PathBuf};

fn tmpdir(name: &str) -> PathBuf {
    let d = std::env::temp_dir().join(format!("fclint-scf-{name}-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&d);
    std::fs::create_dir_all(&d).unwrap();
    d
}

fn write(dir: &Path, rel: &str, text: &str) {
    let p = dir.join(rel);
    std::fs::create_dir_all(p.parent().unwrap()).unwrap();
    std::fs::write(p, text).unwrap();
}

const SCF: &str = "component: scf\nname: a\ninputs:\n  src: ./\n  events:\n    - ckafka:\n        parameters:\n          name: ckafka-1\n          topic: t\n          maxMsgNum: ${env.BATCH}\n          enable: true\n";
const MULTI: &str = "component: 'multi-scf@0.3.14'\nname: a\ninputs:\n  src: ./\n  functions:\n    f:\n      handler: a.b\n  triggers: []\n";
const V1: &str = "service: s\nprovider:\n  name: tencent\nplugins:\n  - serverless-tencent-scf\nfunctions:\n  f:\n    handler: a.b\n";
const AWS: &str = "service: s\nprovider:\n  name: aws\n  runtime: nodejs18.x\nfunctions:\n  f:\n    handler: a.b\n";

#[test]
fn the_three_forms_are_found_by_content_and_other_yaml_is_skipped() {
    let d = tmpdir("discover");
    write(&d, "scf/serverless.yml", SCF);
    write(&d, "multi/serverless.yaml", MULTI);
    write(&d, "v1/serverless.yml", V1);
    write(&d, "aws/serverless.yml", AWS);
    write(&d, "plain/serverless.yml", "a: 1\nb: [1, 2]\n");
    write(&d, "named-otherwise/config.yml", SCF);
    write(&d, "fc/s.yaml", "edition: 3.0.0\nname: x\nresources: {}\n");
    let found: Vec<String> = fclint::discover::discover(std::slice::from_ref(&d))
        .unwrap()
        .iter()
        .map(|p| {
            p.strip_prefix(&d)
                .unwrap()
                .display()
                .to_string()
                .replace('\\', "/")
        })
        .collect();
    assert_eq!(
        found,
        [
            "fc/s.yaml",
            "multi/serverless.yaml",
            "scf/serverless.yml",
            "v1/serverless.yml"
        ]
    );
    // Each is read as its form.
    for (rel, form) in [
        ("scf/serverless.yml", "scf"),
        ("multi/serverless.yaml", "multi-scf"),
        ("v1/serverless.yml", "serverless-tencent-scf"),
    ] {
        let mut sources = fclint::source::SourceMap::new();
        let doc = fclint::load(&mut sources, &d.join(rel), &Default::default()).unwrap();
        match doc.platform {
            fclint::model::Platform::Scf(f) => assert_eq!(f.as_str(), form, "{rel}"),
            fclint::model::Platform::Fc => panic!("{rel} read as an s.yaml"),
        }
    }
    // A directory with only non-SCF serverless.yml files holds nothing to check.
    let out = fclint().arg("check").arg(d.join("aws")).output().unwrap();
    assert_eq!(out.status.code(), Some(2));
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(
        err.contains("no s.yaml, s.yml or SCF serverless.yml found"),
        "{err}"
    );
    let _ = std::fs::remove_dir_all(&d);
}

#[test]
fn variables_resolve_like_the_components_cli_or_stay_unknown() {
    let d = tmpdir("vars");
    write(&d, "serverless.yml", SCF);
    let file = d.join("serverless.yml");
    let run = |env: &[&str]| {
        let mut c = fclint();
        c.args(["check", "-f", "concise"])
            .arg(&file)
            .env_remove("BATCH");
        for e in env {
            c.args(["--env", e]);
        }
        let out = c.output().unwrap();
        (
            out.status.code(),
            String::from_utf8_lossy(&out.stdout).into_owned(),
        )
    };
    // Unset: unknown, so TC001 does not run (never a false error).
    let (code, text) = run(&[]);
    assert_eq!(code, Some(0), "{text}");
    assert!(!text.contains("TC001"), "{text}");
    // Set: checked like a written value, at the line where it is used, and named by its
    // expression, never by the value (it comes from the environment).
    let (code, text) = run(&["BATCH=20000"]);
    assert_eq!(code, Some(1), "{text}");
    assert!(
        text.contains(":10:22: error[TC001] `maxMsgNum` (from `${env.BATCH}`) is not a whole number from 1 to 10000"),
        "{text}"
    );
    assert!(!text.contains("20000"), "{text}");
    // `.env` beside the file is read too, as the CLI's dotenv does.
    write(&d, ".env", "BATCH=0\n");
    let (_, text) = run(&[]);
    assert!(
        text.contains("`maxMsgNum` (from `${env.BATCH}`) is not a whole number"),
        "{text}"
    );
    let _ = std::fs::remove_dir_all(&d);
}

#[test]
fn plan_json_marks_scf_rows_and_leaves_fc_rows_as_they_were() {
    let json = |args: &[&str]| -> serde_json::Value {
        let out = fclint()
            .arg("plan")
            .args(args)
            .args(["-f", "json"])
            .output()
            .unwrap();
        assert!(
            out.status.success(),
            "{}",
            String::from_utf8_lossy(&out.stderr)
        );
        serde_json::from_slice(&out.stdout).unwrap()
    };
    let fc = json(&["examples/kafka"]);
    let both = json(&["examples/kafka", "examples/scf-kafka"]);
    for key in ["triggers", "functions", "regions"] {
        let before = fc[key].as_array().unwrap();
        let after = both[key].as_array().unwrap();
        // FC rows first, unchanged and without `platform`; then the SCF rows.
        assert_eq!(&after[..before.len()], &before[..], "{key}");
        assert!(before.iter().all(|r| r.get("platform").is_none()), "{key}");
        assert!(
            after[before.len()..].iter().all(|r| r["platform"] == "scf"),
            "{key}"
        );
        assert!(after.len() > before.len(), "{key}");
    }
    let t = &both["triggers"].as_array().unwrap()[1];
    assert_eq!(t["consumers"], 12);
    assert_eq!(t["delivery_concurrency"], 12);
    assert_eq!(t["quota_mb"], 12 * 1024);
    assert_eq!(t["batch"]["max_messages"], 100);
    assert_eq!(t["batch"]["interval_s"], 3);
    assert_eq!(t["throughput"]["body_limit_bytes"], 6 * 1024 * 1024);
    assert_eq!(t["throughput"]["sustainable_msgs_per_s"], 800.0);
    assert_eq!(t["retry"]["retries"], 3);
    assert_eq!(
        t["create_trigger"]["TriggerDesc"],
        r#"{"maxMsgNum":100,"offset":"latest","retry":3,"timeOut":3}"#
    );
    let r = both["regions"].as_array().unwrap().last().unwrap().clone();
    assert_eq!(
        (r["quota_mb"].clone(), r["used_mb"].clone()),
        (128_000.into(), 12_288.into())
    );
}

#[test]
fn compare_prints_both_plans_side_by_side() {
    let mut failures = Vec::new();
    for (format, lang, ext) in [
        ("human", "en", "out"),
        ("human", "zh", "zh.out"),
        ("markdown", "en", "md"),
        ("json", "en", "json"),
    ] {
        let out = fclint()
            .args(["plan", "--compare", "examples/kafka", "examples/scf-kafka"])
            .args(["--color", "never", "--format", format, "--lang", lang])
            .output()
            .unwrap();
        assert!(
            out.status.success(),
            "{}",
            String::from_utf8_lossy(&out.stderr)
        );
        compare_snapshot(
            &root().join(format!("testdata/plan/compare.{ext}")),
            &String::from_utf8_lossy(&out.stdout),
            &mut failures,
        );
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

#[test]
fn compare_needs_a_kafka_trigger_on_each_side() {
    let out = fclint()
        .args(["plan", "--compare", "examples/kafka", "examples/legacy"])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2));
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(err.contains("--compare: no SCF CKafka trigger"), "{err}");
    let out = fclint()
        .args(["plan", "--compare", "examples/kafka"])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2));
}

#[test]
fn explain_prints_a_tc_rule_in_both_languages() {
    for (lang, heading) in [("en", "## What it checks"), ("zh", "## 检查内容")] {
        let out = fclint()
            .args(["explain", "TC006", "--lang", lang])
            .output()
            .unwrap();
        assert!(out.status.success());
        let text = String::from_utf8_lossy(&out.stdout);
        assert!(
            text.starts_with("# TC006 trigger-created-closed (warning)"),
            "{text}"
        );
        assert!(text.contains(heading), "{text}");
    }
}
