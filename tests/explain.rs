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
        trigger.contains("a full window becomes 2 pushes: 64 + 36."),
        "{text}"
    );
    assert!(
        trigger.contains("the task stops and its partition stays blocked"),
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
