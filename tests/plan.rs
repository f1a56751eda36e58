//! `fclint plan`: snapshots of the human, Markdown and JSON output on the fixtures under
//! `testdata/plan/` (each `<case>/s.yaml` or `<case>/serverless.yml` with its `fclint.toml`,
//! or `<case>.yaml`), and the
//! numbers users rely on, pinned one by one. `FCLINT_BLESS=1` rewrites the snapshots.

mod common;
use common::{compare_snapshot, fclint, root};

use std::path::PathBuf;
use std::process::Command;

use fclint::diag::Lang;
use fclint::plan::{self, render, Plan, Revision};

/// Plan files given relative to the repo root, with a fixed empty environment.
fn plan_of(rel: &[&str]) -> Plan {
    std::env::set_current_dir(root()).unwrap();
    let files: Vec<PathBuf> = rel.iter().map(PathBuf::from).collect();
    plan::plan_files(
        &files,
        &Default::default(),
        &Default::default(),
        Revision::Worktree,
    )
    .unwrap()
}

fn cases() -> Vec<(String, PathBuf)> {
    let mut out = Vec::new();
    for e in std::fs::read_dir(root().join("testdata/plan"))
        .unwrap()
        .flatten()
    {
        let p = e.path();
        let name = p.file_stem().unwrap().to_string_lossy().into_owned();
        if p.is_dir() && p.join("s.yaml").is_file() {
            let rel = PathBuf::from(format!("testdata/plan/{name}/s.yaml"));
            out.push((name, rel));
        } else if p.is_dir() && p.join("serverless.yml").is_file() {
            let rel = PathBuf::from(format!("testdata/plan/{name}/serverless.yml"));
            out.push((name, rel));
        } else if p.extension().and_then(|x| x.to_str()) == Some("yaml") {
            let rel = PathBuf::from(format!("testdata/plan/{name}.yaml"));
            out.push((name, rel));
        }
    }
    out.sort();
    out
}

#[test]
fn plan_snapshots() {
    let cases = cases();
    assert!(cases.len() >= 4, "fixtures missing under testdata/plan");
    let mut failures = Vec::new();
    for (name, rel) in cases {
        let p = plan_of(&[rel.to_str().unwrap()]);
        let base = root().join("testdata/plan").join(&name);
        compare_snapshot(
            &base.with_extension("out"),
            &render::human(&p, Lang::En),
            &mut failures,
        );
        compare_snapshot(
            &base.with_extension("zh.out"),
            &render::human(&p, Lang::Zh),
            &mut failures,
        );
        compare_snapshot(
            &base.with_extension("md"),
            &render::markdown(&p, Lang::En),
            &mut failures,
        );
        compare_snapshot(
            &base.with_extension("json"),
            &render::json(&p, Lang::En),
            &mut failures,
        );
    }
    assert!(
        failures.is_empty(),
        "plan snapshot mismatches (FCLINT_BLESS=1 to accept):\n{}",
        failures.join("\n")
    );
}

#[test]
fn seed_table_is_reproduced() {
    let p = plan_of(&["testdata/plan/seed/s.yaml"]);
    let max: Vec<(String, Option<u64>, Option<u64>)> = p
        .triggers
        .iter()
        .map(|t| (t.function.clone(), t.instance_concurrency, t.max_instances))
        .collect();
    assert_eq!(
        max,
        vec![
            ("ic26".into(), Some(26), Some(1)),
            ("ic13".into(), Some(13), Some(2)),
            ("ic5".into(), Some(5), Some(6)),
            ("ic2".into(), Some(2), Some(13)),
            ("ic1".into(), Some(1), Some(26)),
            ("audit".into(), Some(1), Some(80)),
        ]
    );
    assert!(p.triggers[..5]
        .iter()
        .all(|t| t.delivery_concurrency == Some(26)));
    // consumers = min(maximumTasks 12, partitions 8); audit's partitions are unknown → 12.
    assert_eq!(p.triggers[0].consumers, Some(8));
    assert_eq!(p.triggers[5].consumers, Some(12));
    assert!(p.triggers[5]
        .assumptions
        .iter()
        .any(|a| a.en.starts_with("partitions unknown for topic audit")));
}

#[test]
fn quota_sums_over_functions_and_regions() {
    let p = plan_of(&[
        "testdata/plan/seed/s.yaml",
        "testdata/plan/lag/s.yaml",
        "testdata/plan/trigger_types/s.yaml",
    ]);
    // The first file's fclint.toml sets the quota.
    assert_eq!(p.quota, 50);
    let regions: Vec<(Option<&str>, u64, bool)> = p
        .regions
        .iter()
        .map(|r| (r.region.as_deref(), r.max_instances, r.lower_bound))
        .collect();
    // cn-hangzhou: 1 + 2 + 6 + 13 + 26 (seed) + 5 (shop, capped by reservedConcurrency 50 / 10).
    assert_eq!(
        regions,
        vec![
            (Some("cn-hangzhou"), 53, false),
            (Some("cn-shanghai"), 80, false),
            (Some("cn-shenzhen"), 2, false),
        ]
    );
    let hz = &p.regions[0];
    assert_eq!(
        hz.functions,
        vec![
            ("ic26".to_string(), 1),
            ("ic13".to_string(), 2),
            ("ic5".to_string(), 6),
            ("ic2".to_string(), 13),
            ("ic1".to_string(), 26),
            ("shop".to_string(), 5),
        ]
    );
    // With several files each row names its file.
    let text = render::human(&p, Lang::En);
    assert!(
        text.contains("  testdata/plan/lag/s.yaml: slow/orders  "),
        "{text}"
    );
    let json = render::json_value(&p, Lang::En);
    assert_eq!(json["regions"][1]["max_instances"], 80);
    assert_eq!(json["regions"][1]["quota"], 50);
    assert_eq!(json["regions"][1]["functions"][0]["share_of_quota"], 1.6);
}

#[test]
fn documented_split_and_async_delivery() {
    let p = plan_of(&["testdata/plan/async_split/s.yaml"]);
    let t = &p.triggers[0];
    assert_eq!(t.batch.split, Some(vec![64, 36]));
    assert_eq!(t.batch.body_limit_bytes, Some(128 * 1024));
    assert_eq!(t.delivery_concurrency, None);
    assert_eq!(t.max_instances, None);
    assert_eq!(t.consumers, Some(3));
    // 50 msgs/s: a 5 s window holds 100 (the count), split 64 + 36 → 2 pushes of 50 on
    // average: 1 invocation/s of 50 × 0.02 s = 1 s → 1 in flight.
    assert_eq!(t.throughput.messages_per_invocation, Some(50.0));
    assert_eq!(t.throughput.invocations_per_s, Some(1.0));
    assert_eq!(t.throughput.seconds_per_invocation, Some(1.0));
    assert_eq!(t.throughput.expected_instances, Some(1));
    let r = t.retry.as_ref().unwrap();
    assert!(r.policy_default && r.tolerance_default);
    let json = render::json_value(&p, Lang::En);
    assert_eq!(
        json["triggers"][0]["retry"]["waits_s"],
        serde_json::json!([[10, 20, 3]])
    );
    assert_eq!(
        json["triggers"][0]["retry"]["total_s"],
        serde_json::json!([30, 60])
    );
    let seed = render::json_value(&plan_of(&["testdata/plan/seed/s.yaml"]), Lang::En);
    let waits = &seed["triggers"][0]["retry"]["waits_s"];
    assert_eq!(waits[0], serde_json::json!([1, 1, 1]));
    assert_eq!(waits[8], serde_json::json!([256, 256, 1]));
    assert_eq!(waits[9], serde_json::json!([512, 512, 167]));
    assert_eq!(
        seed["triggers"][0]["retry"]["total_s"],
        serde_json::json!([86015, 86015])
    );
    assert_eq!(r.total(), (30, 60));
    assert_eq!(r.after, plan::After::Block);
}

#[test]
fn littles_law_and_lag() {
    let p = plan_of(&["testdata/plan/lag/s.yaml"]);
    let th = &p.triggers[0].throughput;
    // Full push: 10 msgs × 0.1 s = 1 s; 2 deliveries → 20 msgs/s sustainable.
    assert_eq!(th.seconds_per_full_push, Some(1.0));
    assert_eq!(th.sustainable_rate, Some(20.0));
    assert_eq!(th.exceeds, Some(true));
    assert_eq!(th.lag_per_s, Some(980.0));
    // 1000 msgs/s in pushes of 10 → 100 invocations/s × 1 s = 100 in flight, capped at 2.
    assert_eq!(th.invocations_per_s, Some(100.0));
    assert_eq!(th.in_flight, Some(100.0));
    assert_eq!(th.in_flight_capped, Some(2.0));
    assert_eq!(th.expected_instances, Some(2));
    let json = render::json_value(&p, Lang::En);
    assert_eq!(
        json["triggers"][0]["throughput"]["lag_growth_msgs_per_h"],
        3_528_000.0
    );
}

#[test]
fn seed_little_law_case() {
    let p = plan_of(&["testdata/plan/seed/s.yaml"]);
    let t = p.triggers.iter().find(|t| t.function == "ic5").unwrap();
    // 400 msgs/s, 3 s window → full windows of 100; 2 KB × 100 = 200 KB fits 32 MB sync.
    assert_eq!(t.batch.split, Some(vec![100]));
    assert_eq!(t.throughput.invocations_per_s, Some(4.0));
    assert_eq!(t.throughput.seconds_per_invocation, Some(1.5));
    assert_eq!(t.throughput.in_flight, Some(6.0));
    assert_eq!(t.throughput.expected_instances, Some(2));
    let sus = t.throughput.sustainable_rate.unwrap();
    assert!((sus - 26.0 * 100.0 / 1.5).abs() < 1e-9);
    assert_eq!(t.throughput.exceeds, Some(false));
}

#[test]
fn json_has_the_documented_shape() {
    let p = plan_of(&["testdata/plan/trigger_types/s.yaml"]);
    let v = render::json_value(&p, Lang::En);
    assert_eq!(v["version"], 1);
    let keys: Vec<&str> = v.as_object().unwrap().keys().map(String::as_str).collect();
    assert_eq!(keys, vec!["version", "triggers", "functions", "regions"]);
    let t = &v["triggers"][0];
    let keys: Vec<&str> = t.as_object().unwrap().keys().map(String::as_str).collect();
    assert_eq!(
        keys,
        vec![
            "path",
            "resource",
            "function",
            "trigger",
            "source",
            "invocation",
            "consumers",
            "delivery_concurrency",
            "instance_concurrency",
            "max_instances",
            "batch",
            "throughput",
            "retry",
            "assumptions"
        ]
    );
    let batch: Vec<&str> = t["batch"]
        .as_object()
        .unwrap()
        .keys()
        .map(String::as_str)
        .collect();
    assert_eq!(batch, vec!["max_messages", "interval_s", "split"]);
    assert_eq!(t["path"], "testdata/plan/trigger_types/s.yaml");
    assert_eq!(t["source"], "http");
    assert!(t["max_instances"].is_null());
    assert!(t["retry"].is_null());
    let f = &v["functions"][0];
    assert_eq!(f["reserved_concurrency"], 50);
    assert_eq!(f["instance_cap"], 5);
    assert_eq!(f["max_instances"], 5);
}

#[test]
fn cli_exit_codes() {
    let ok = fclint()
        .args(["plan", "testdata/plan/seed"])
        .output()
        .unwrap();
    assert_eq!(ok.status.code(), Some(0));
    assert!(String::from_utf8_lossy(&ok.stdout).starts_with(
        "Plan of testdata/plan/seed/s.yaml\n\nRegion cn-hangzhou: 48 of 50 instances (96%)\n"
    ));
    let missing = fclint()
        .args(["plan", "testdata/plan/nope.yaml"])
        .output()
        .unwrap();
    assert_eq!(missing.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&missing.stderr).contains("fclint: error:"));
    let bad = fclint()
        .args(["plan", "testdata/plan/seed", "--format", "xml"])
        .output()
        .unwrap();
    assert_eq!(bad.status.code(), Some(2));
    let none = fclint().args(["plan"]).output().unwrap();
    assert_eq!(none.status.code(), Some(2));
    let bad_flag = fclint()
        .args(["plan", "testdata/plan/seed", "--partitions", "orders=0"])
        .output()
        .unwrap();
    assert_eq!(bad_flag.status.code(), Some(2));
    let rules_flag = fclint()
        .args(["plan", "testdata/plan/seed", "--deny-warnings"])
        .output()
        .unwrap();
    assert_eq!(rules_flag.status.code(), Some(2));
    // Rule flags belong to `check`: `plan` does not offer them at all.
    assert!(String::from_utf8_lossy(&rules_flag.stderr)
        .contains("unexpected argument '--deny-warnings'"));
    let json = fclint()
        .args([
            "plan",
            "testdata/plan/lag",
            "-f",
            "json",
            "--partitions",
            "orders=2",
        ])
        .output()
        .unwrap();
    assert_eq!(json.status.code(), Some(0));
    let v: serde_json::Value = serde_json::from_slice(&json.stdout).unwrap();
    assert_eq!(v["triggers"][0]["consumers"], 2);
}

#[test]
fn cli_diff_shows_before_and_after() {
    let out = fclint()
        .args([
            "plan",
            "--diff",
            "testdata/plan/diff/old.yaml",
            "testdata/plan/diff/new.yaml",
        ])
        .output()
        .unwrap();
    assert_eq!(
        out.status.code(),
        Some(0),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let text = String::from_utf8_lossy(&out.stdout);
    compare_one("testdata/plan/diff/diff.out", &text);
    assert!(text.contains("13 → 26 instances"), "{text}");
    assert!(text.contains("2 → 1 req/instance"), "{text}");
    let md = fclint()
        .args([
            "plan",
            "--diff",
            "testdata/plan/diff/old.yaml",
            "testdata/plan/diff/new.yaml",
            "-f",
            "markdown",
        ])
        .output()
        .unwrap();
    compare_one(
        "testdata/plan/diff/diff.md",
        &String::from_utf8_lossy(&md.stdout),
    );
    let json = fclint()
        .args([
            "plan",
            "--diff",
            "testdata/plan/diff/old.yaml",
            "testdata/plan/diff/new.yaml",
            "-f",
            "json",
        ])
        .output()
        .unwrap();
    let v: serde_json::Value = serde_json::from_slice(&json.stdout).unwrap();
    assert_eq!(v["before"]["triggers"][0]["max_instances"], 13);
    assert_eq!(v["after"]["triggers"][0]["max_instances"], 26);
    let wrong = fclint()
        .args(["plan", "--diff", "testdata/plan/diff/old.yaml"])
        .output()
        .unwrap();
    assert_eq!(wrong.status.code(), Some(2));
}

fn compare_one(rel: &str, actual: &str) {
    let mut failures = Vec::new();
    compare_snapshot(&root().join(rel), actual, &mut failures);
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

#[test]
fn cli_diff_git_reads_the_revision() {
    // A throw-away repository: commit one version, change it, compare with HEAD.
    let dir = std::env::temp_dir().join(format!("fclint-plan-git-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).unwrap();
    let git = |args: &[&str]| {
        let s = Command::new("git")
            .args(["-c", "user.name=t", "-c", "user.email=t@example.com"])
            .args(args)
            .current_dir(&dir)
            .output()
            .unwrap();
        assert!(
            s.status.success(),
            "git {args:?}: {}",
            String::from_utf8_lossy(&s.stderr)
        );
    };
    git(&["init", "-q"]);
    std::fs::copy(
        root().join("testdata/plan/diff/old.yaml"),
        dir.join("s.yaml"),
    )
    .unwrap();
    git(&["add", "s.yaml"]);
    git(&["commit", "-q", "-m", "old"]);
    std::fs::copy(
        root().join("testdata/plan/diff/new.yaml"),
        dir.join("s.yaml"),
    )
    .unwrap();
    let out = fclint()
        .args(["plan", "s.yaml", "--diff-git", "HEAD"])
        .current_dir(&dir)
        .output()
        .unwrap();
    assert_eq!(
        out.status.code(),
        Some(0),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let text = String::from_utf8_lossy(&out.stdout);
    assert!(text.contains("13 → 26 instances"), "{text}");
    let bad = fclint()
        .args(["plan", "s.yaml", "--diff-git", "no-such-rev"])
        .current_dir(&dir)
        .output()
        .unwrap();
    assert_eq!(bad.status.code(), Some(2));
    // A file the revision does not have: every row is new.
    std::fs::copy(
        root().join("testdata/plan/diff/new.yaml"),
        dir.join("added.yaml"),
    )
    .unwrap();
    let added = fclint()
        .args(["plan", "added.yaml", "--diff-git", "HEAD"])
        .current_dir(&dir)
        .output()
        .unwrap();
    assert_eq!(
        added.status.code(),
        Some(0),
        "{}",
        String::from_utf8_lossy(&added.stderr)
    );
    assert!(
        String::from_utf8_lossy(&added.stdout).contains("orders/kafka (new)"),
        "{}",
        String::from_utf8_lossy(&added.stdout)
    );
    let _ = std::fs::remove_dir_all(&dir);
}

#[test]
fn regions_past_the_burst_take_time_to_scale() {
    let f = |name: &str, region: &str, n: u64| plan::FunctionPlan {
        function: name.into(),
        resource: name.into(),
        region: Some(region.into()),
        triggers_max_instances: n,
        max_instances: Some(n),
        ..Default::default()
    };
    let inv = fclint::config::Inventory {
        region_quota: Some(1000),
        ..Default::default()
    };
    let p = Plan::assemble(
        Vec::new(),
        vec![
            f("a", "ap-southeast-1", 150),
            f("b", "ap-southeast-1", 100),
            f("c", "cn-hangzhou", 450),
        ],
        &inv,
    );
    // ap-southeast-1: 250 instances, burst 100 then 100/min → 90 s; cn-hangzhou: 450, burst 300
    // then 300/min → 30 s.
    let got: Vec<(Option<&str>, u64, Option<u64>)> = p
        .regions
        .iter()
        .map(|r| (r.region.as_deref(), r.max_instances, r.seconds_to_scale))
        .collect();
    assert_eq!(
        got,
        vec![
            (Some("ap-southeast-1"), 250, Some(90)),
            (Some("cn-hangzhou"), 450, Some(30)),
        ]
    );
    let text = render::human(&p, Lang::En);
    assert!(
        text.contains("scale-out: 100 instances at once, then 100/min: 90 s to reach 250"),
        "{text}"
    );
}

#[test]
fn readme_names_every_json_field() {
    fn keys(v: &serde_json::Value, out: &mut Vec<String>) {
        match v {
            serde_json::Value::Object(m) => {
                for (k, v) in m {
                    out.push(k.clone());
                    keys(v, out);
                }
            }
            serde_json::Value::Array(a) => a.iter().for_each(|v| keys(v, out)),
            _ => {}
        }
    }
    let readme = std::fs::read_to_string(root().join("README.md")).unwrap();
    let section = readme
        .split("## Planning: `fclint plan`")
        .nth(1)
        .unwrap()
        .split("\n## ")
        .next()
        .unwrap();
    let mut all = Vec::new();
    for case in ["seed", "async_split", "trigger_types"] {
        let p = plan_of(&[&format!("testdata/plan/{case}/s.yaml")]);
        keys(&render::json_value(&p, Lang::En), &mut all);
    }
    all.sort();
    all.dedup();
    let missing: Vec<&String> = all
        .iter()
        .filter(|k| !section.contains(&format!("\"{k}\"")))
        .collect();
    assert!(missing.is_empty(), "README's plan JSON lacks {missing:?}");
}

#[test]
fn kafka_sync_without_concurrency_is_unknown_not_unbounded() {
    let src = std::fs::read_to_string(root().join("testdata/plan/diff/old.yaml")).unwrap();
    let edited = src.replace("                concurrency: 26\n", "");
    assert_ne!(src, edited);
    let dir = std::env::temp_dir().join(format!("fclint-plan-noconc-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let f = dir.join("s.yaml");
    std::fs::write(&f, edited).unwrap();
    let p = plan::plan_files(
        &[f],
        &Default::default(),
        &Default::default(),
        Revision::Worktree,
    )
    .unwrap();
    let t = &p.triggers[0];
    assert_eq!(
        (t.delivery_concurrency, t.max_instances, t.max_unknown),
        (None, None, true)
    );
    assert_eq!(p.functions[0].unknown, vec!["kafka".to_string()]);
    assert!(t
        .assumptions
        .iter()
        .any(|a| a.en.starts_with("`deliveryOption.concurrency` is not set")));
    let text = render::human(&p, Lang::En);
    assert!(text.contains("0 instances + ? (kafka)"), "{text}");
    let _ = std::fs::remove_dir_all(&dir);
}
