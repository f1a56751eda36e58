//! `fclint explain FILE`: snapshots of the story in English and Chinese, as Markdown and as a
//! Mermaid flowchart, on the Kafka example, the edition-1 example and a file with several
//! trigger types; CLI behaviour (rule codes still work, language detection, exit codes).
//! `FCLINT_BLESS=1` rewrites the snapshots under `testdata/explain/`.

mod common;
use common::{compare_snapshot, fclint, root};

use std::path::PathBuf;
use std::process::Command;

use fclint::diag::Lang;
use fclint::explain::{self, Format};

const CASES: &[(&str, &str)] = &[
    ("kafka", "examples/kafka/s.yaml"),
    ("legacy", "examples/legacy/s.yaml"),
    ("trigger_types", "testdata/plan/trigger_types/s.yaml"),
    ("scf", "examples/scf-kafka/serverless.yml"),
    ("scf_multi", "testdata/plan/scf_multi/serverless.yml"),
    ("scf_v1", "testdata/plan/scf_v1/serverless.yml"),
];

fn explain_of(rel: &str, lang: Lang, format: Format) -> String {
    std::env::set_current_dir(root()).unwrap();
    explain::explain_files(
        &[PathBuf::from(rel)],
        &Default::default(),
        &Default::default(),
        lang,
        format,
    )
    .unwrap()
}

#[test]
fn explain_snapshots() {
    let mut failures = Vec::new();
    for (name, rel) in CASES {
        let dir = root().join("testdata/explain");
        for (lang, tag) in [(Lang::En, "en"), (Lang::Zh, "zh")] {
            compare_snapshot(
                &dir.join(format!("{name}.{tag}.txt")),
                &explain_of(rel, lang, Format::Text),
                &mut failures,
            );
            compare_snapshot(
                &dir.join(format!("{name}.{tag}.md")),
                &explain_of(rel, lang, Format::Markdown),
                &mut failures,
            );
        }
        compare_snapshot(
            &dir.join(format!("{name}.mmd")),
            &explain_of(rel, Lang::En, Format::Mermaid),
            &mut failures,
        );
    }
    assert!(
        failures.is_empty(),
        "explain snapshot mismatches (FCLINT_BLESS=1 to accept):\n{}",
        failures.join("\n")
    );
}

#[test]
fn numbers_link_to_their_lines() {
    let text = explain_of("testdata/plan/seed/s.yaml", Lang::En, Format::Text);
    // ic5: concurrency at line 124, instanceConcurrency at 104 (see the fixture).
    let src = std::fs::read_to_string(root().join("testdata/plan/seed/s.yaml")).unwrap();
    let line_of = |needle: &str, nth: usize| {
        src.lines()
            .enumerate()
            .filter(|(_, l)| l.contains(needle))
            .nth(nth)
            .map(|(i, _)| i + 1)
            .unwrap()
    };
    let ic_line = line_of("instanceConcurrency: 5", 0);
    let conc_line = line_of("concurrency: 26", 2);
    assert!(
        text.contains(&format!(
            "FC fills an instance up to instanceConcurrency 5 (s.yaml:{ic_line}) before starting another, so 26 concurrent deliveries need at most ⌈26 / 5⌉ = 6 instances."
        )),
        "{text}"
    );
    assert!(
        text.contains(&format!(
            "At most 26 deliveries are in flight at once (deliveryOption.concurrency, s.yaml:{conc_line})."
        )),
        "{text}"
    );
    // Little's law and the sustainable rate come from the plan.
    assert!(text.contains("At 400 msgs/s (inventory) that is 4 invocations/s of 1.5 s each: 6 in flight by Little's law, so about 2 instances (⌈6 / 5⌉)."), "{text}");
    assert!(
        text.contains(
            "At full delivery concurrency it handles up to 1733.3 msgs/s, enough for the topic."
        ),
        "{text}"
    );
}

#[test]
fn findings_are_attached_to_their_trigger() {
    let text = explain_of("testdata/plan/async_split/s.yaml", Lang::En, Format::Text);
    let trigger = text.split("Trigger clicks").nth(1).unwrap();
    assert!(
        trigger.contains("warning[EB009] 100 × 2 KB = 200 KB exceeds the 128 KB async body limit"),
        "{text}"
    );
    assert!(trigger.contains("warning[EB001]"), "{text}");
    assert!(
        trigger.contains(
            "a full window becomes 2 pushes: 64 + 36 (counting the message payloads only;"
        ),
        "{text}"
    );
    assert!(
        trigger.contains("the consumer task stops at the event and stays blocked"),
        "{text}"
    );
    // An asynchronous trigger: what FC's async invocation does with the function's errors.
    assert!(
        trigger.contains("FC retries a failed invocation 3 times (maxAsyncRetryAttempts, the default); events older than 86400 s are dropped (maxAsyncEventAgeInSeconds, the default); results are not sent anywhere (no onSuccess destination); events that still fail are dropped (no onFailure destination)"),
        "{text}"
    );
}

#[test]
fn mermaid_labels_are_quoted() {
    let m = explain_of(
        "testdata/plan/trigger_types/s.yaml",
        Lang::En,
        Format::Mermaid,
    );
    assert!(m.starts_with("flowchart LR\n"));
    for line in m.lines().skip(1) {
        // Every node label and edge label is a quoted string.
        for part in line.split('[').skip(1) {
            assert!(
                part.starts_with('"') && part.contains("\"]"),
                "unquoted node label in {line}"
            );
        }
        for (i, part) in line.split('|').enumerate() {
            if i % 2 == 1 {
                assert!(
                    part.starts_with('"') && part.ends_with('"'),
                    "unquoted edge label in {line}"
                );
            }
        }
        assert!(!line.contains("\"\""), "{line}");
    }
}

#[test]
fn cli_explain_file_code_and_language() {
    let out = fclint()
        .args(["explain", "examples/legacy/s.yaml"])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(0));
    assert!(
        String::from_utf8_lossy(&out.stdout).starts_with("examples/legacy/s.yaml: edition 1.0.0")
    );
    let zh = fclint()
        .args(["explain", "examples/legacy"])
        .env("LANG", "zh_CN.UTF-8")
        .output()
        .unwrap();
    assert!(
        String::from_utf8_lossy(&zh.stdout).contains("函数 orders$api"),
        "{}",
        String::from_utf8_lossy(&zh.stdout)
    );
    let rule = fclint().args(["explain", "EB001"]).output().unwrap();
    assert_eq!(rule.status.code(), Some(0));
    assert!(String::from_utf8_lossy(&rule.stdout)
        .starts_with("# EB001 consumer-tasks-exceed-partitions"));
    let mmd = fclint()
        .args(["explain", "EB001", "--format", "mermaid"])
        .output()
        .unwrap();
    assert_eq!(mmd.status.code(), Some(2));
    let none = fclint()
        .args(["explain", "no/such/s.yaml"])
        .output()
        .unwrap();
    assert_eq!(none.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&none.stderr).contains("neither a rule code"));
    let md = fclint()
        .args(["explain", "examples/kafka/s.yaml", "-f", "markdown"])
        .output()
        .unwrap();
    assert_eq!(md.status.code(), Some(0));
    assert!(String::from_utf8_lossy(&md.stdout).starts_with("# examples/kafka/s.yaml\n"));
}

#[test]
fn readme_shows_the_current_mermaid_output() {
    let readme = std::fs::read_to_string(root().join("README.md")).unwrap();
    let mmd = std::fs::read_to_string(root().join("testdata/explain/kafka.mmd")).unwrap();
    assert!(
        readme.contains(&format!("```mermaid\n{mmd}```")),
        "README's mermaid example differs from testdata/explain/kafka.mmd"
    );
}

/// The real Mermaid parser (installed by scripts/install-tools.sh) accepts every flowchart
/// `explain --format mermaid` writes, and rejects a broken one (so the check can fail).
#[test]
fn mermaid_parser_accepts_the_flowcharts() {
    let Some(modules) = common::tool("FCLINT_MERMAID_MODULES") else {
        return;
    };
    let dir = std::env::temp_dir().join(format!("fclint-mmd-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let mut files = Vec::new();
    for (name, rel) in CASES.iter().chain(&[("seed", "testdata/plan/seed/s.yaml")]) {
        for (lang, tag) in [(Lang::En, "en"), (Lang::Zh, "zh")] {
            let p = dir.join(format!("{name}.{tag}.mmd"));
            std::fs::write(&p, explain_of(rel, lang, Format::Mermaid)).unwrap();
            files.push(p);
        }
    }
    let run = |files: &[PathBuf]| {
        Command::new("node")
            .arg(root().join("scripts/mermaid-check.mjs"))
            .args(files)
            .env("FCLINT_MERMAID_MODULES", &modules)
            .output()
            .unwrap()
    };
    let out = run(&files);
    assert!(
        out.status.success(),
        "{}{}",
        String::from_utf8_lossy(&out.stdout),
        String::from_utf8_lossy(&out.stderr)
    );
    let broken = dir.join("broken.mmd");
    std::fs::write(&broken, "flowchart LR\n  a[\"x\"] -->|\"open| b\n").unwrap();
    assert_eq!(run(&[broken]).status.code(), Some(1));
    let _ = std::fs::remove_dir_all(&dir);
}

/// The README's example sessions are real output: every line without an ellipsis appears in
/// what the command prints today.
#[test]
fn readme_examples_are_current_output() {
    let readme = std::fs::read_to_string(root().join("README.md")).unwrap();
    for (marker, args) in [
        (
            "$ fclint explain examples/kafka\n",
            &["explain", "examples/kafka"][..],
        ),
        (
            "$ fclint plan testdata/plan/seed\n",
            &["plan", "testdata/plan/seed"][..],
        ),
        (
            "$ fclint plan --compare examples/kafka examples/scf-kafka\n",
            &["plan", "--compare", "examples/kafka", "examples/scf-kafka"][..],
        ),
    ] {
        let block = readme
            .split(marker)
            .nth(1)
            .unwrap_or_else(|| panic!("README lacks `{marker}`"))
            .split("```")
            .next()
            .unwrap();
        let out = fclint().args(args).output().unwrap();
        let actual = String::from_utf8_lossy(&out.stdout);
        for line in block
            .lines()
            .filter(|l| !l.contains('…') && !l.trim().is_empty())
        {
            assert!(
                actual.lines().any(|a| a == line),
                "README line not in `fclint {}` output:\n{line}\n--- actual:\n{actual}",
                args.join(" ")
            );
        }
    }
}

/// Every fixture and example: `testdata/{ok,err,plan}` files and directories (`s.yaml`,
/// SCF `serverless.yml`), `examples/*`.
fn every_fixture() -> Vec<String> {
    let mut out = Vec::new();
    for dir in ["testdata/ok", "testdata/err", "testdata/plan", "examples"] {
        let Ok(entries) = std::fs::read_dir(root().join(dir)) else {
            continue;
        };
        for e in entries.flatten() {
            let p = e.path();
            let rel = |p: &std::path::Path| {
                p.strip_prefix(root())
                    .unwrap()
                    .to_string_lossy()
                    .replace('\\', "/")
            };
            if p.is_dir() {
                for name in ["s.yaml", "serverless.yml"] {
                    if p.join(name).is_file() {
                        out.push(rel(&p.join(name)));
                    }
                }
            } else if matches!(p.extension().and_then(|x| x.to_str()), Some("yaml" | "yml")) {
                out.push(rel(&p));
            }
        }
    }
    out.sort();
    out
}

/// Line `n` (1-based) of `rel`.
fn line_of(rel: &str, n: u32) -> String {
    let text = std::fs::read_to_string(root().join(rel)).unwrap();
    text.lines()
        .nth(n.saturating_sub(1) as usize)
        .unwrap_or("")
        .to_string()
}

/// The line holds the key `key` (plain or quoted), or names it through an expression.
fn holds_key(line: &str, key: &str) -> bool {
    let l = line.trim_start().trim_start_matches("- ");
    [
        format!("{key}:"),
        format!("\"{key}\":"),
        format!("'{key}':"),
    ]
    .iter()
    .any(|k| l.starts_with(k.as_str()))
}

/// The line holds the trigger's name (its label), or an expression that gives it; a trigger
/// without a name (`triggers[0]`, SCF `?#0`) is at its list item.
fn holds_name(line: &str, name: &str) -> bool {
    if name.starts_with("triggers[") || name.starts_with("?#") {
        return line.trim_start().starts_with("- ");
    }
    // SCF labels are `type:name` or `type#index` (`ckafka:orders`), at the event's type.
    let scf_type = name.split([':', '#']).next().unwrap_or(name);
    line.contains(name) || line.contains(scf_type) || line.contains("${") || line.contains("{{")
}

/// Every "where" of `explain` and `plan` that names a resource or a trigger points at the line
/// a reader looks for: the resource key (`orders:`) and the trigger's name
/// (`- triggerName: kafka`), not the line after, where the value starts.
#[test]
fn explain_and_plan_point_at_the_named_key() {
    let mut wrong = Vec::new();
    let mut seen = (0, 0);
    for rel in every_fixture() {
        if let Ok(text) = explain::explain_files(
            &[PathBuf::from(&rel)],
            &Default::default(),
            &Default::default(),
            Lang::En,
            Format::Text,
        ) {
            let base = rel.rsplit('/').next().unwrap().to_string();
            for l in text.lines() {
                let t = l.trim_start();
                let (kind, rest) = if let Some(r) = t.strip_prefix("Function ") {
                    ("resource", r)
                } else if let Some(r) = t.strip_prefix("Trigger ") {
                    ("trigger", r)
                } else {
                    continue;
                };
                let Some((name, inner)) = rest.split_once(" (") else {
                    continue;
                };
                let inner = inner.trim_end_matches(')');
                if inner.contains("value from") {
                    continue;
                }
                let Some((what, at)) = inner.rsplit_once(", ") else {
                    continue;
                };
                let Some(n) = at
                    .strip_prefix(&format!("{base}:"))
                    .and_then(|n| n.parse::<u32>().ok())
                else {
                    continue;
                };
                let line = line_of(&rel, n);
                let ok = match kind {
                    "resource" => {
                        seen.0 += 1;
                        // `resource orders` (s.yaml), `key consumer` / `` `inputs` `` (SCF).
                        let key = what
                            .trim_start_matches("resource ")
                            .trim_start_matches("key ")
                            .trim_matches('`');
                        holds_key(&line, key)
                    }
                    _ => {
                        seen.0 += 1;
                        holds_name(&line, name)
                    }
                };
                if !ok {
                    wrong.push(format!("explain {rel}:{n}: `{l}` but the line is `{line}`"));
                }
            }
        }
        std::env::set_current_dir(root()).unwrap();
        if let Ok(p) = fclint::plan::plan_files(
            &[PathBuf::from(&rel)],
            &Default::default(),
            &Default::default(),
            fclint::plan::Revision::Worktree,
        ) {
            for f in &p.functions {
                seen.1 += 1;
                let line = line_of(&rel, f.line);
                if !holds_key(&line, &f.resource) {
                    wrong.push(format!(
                        "plan {rel}:{}: function {} but the line is `{line}`",
                        f.line, f.resource
                    ));
                }
            }
            for t in &p.triggers {
                seen.1 += 1;
                let line = line_of(&rel, t.line);
                if !holds_name(&line, &t.trigger) {
                    wrong.push(format!(
                        "plan {rel}:{}: trigger {} but the line is `{line}`",
                        t.line, t.trigger
                    ));
                }
            }
        }
    }
    assert!(
        seen.0 > 100 && seen.1 > 100,
        "too few places checked: {seen:?}"
    );
    assert!(wrong.is_empty(), "{}", wrong.join("\n"));
}
