//! Everyday use (issue 16), as a user meets it on the command line: each case runs the binary
//! and compares what it prints, in both languages where there is text, with
//! `testdata/cli/<case>.out` (`FCLINT_BLESS=1` rewrites them), or asserts the exact lines.

mod common;
use common::{fclint, root};

use std::path::{Path, PathBuf};
use std::process::{Output, Stdio};

fn tmpdir(name: &str) -> PathBuf {
    let d = std::env::temp_dir().join(format!("fclint-everyday-{}-{name}", std::process::id()));
    let _ = std::fs::remove_dir_all(&d);
    std::fs::create_dir_all(&d).unwrap();
    d
}

/// Exit code, stdout and stderr as one text.
fn shown(out: &Output) -> String {
    format!(
        "exit: {}\n--- stdout\n{}--- stderr\n{}",
        out.status.code().unwrap_or(-1),
        String::from_utf8_lossy(&out.stdout),
        String::from_utf8_lossy(&out.stderr)
    )
}

fn run(args: &[&str]) -> Output {
    fclint().env("COLUMNS", "80").args(args).output().unwrap()
}

fn run_in(dir: &Path, args: &[&str]) -> Output {
    fclint()
        .current_dir(dir)
        .env("COLUMNS", "80")
        .args(args)
        .output()
        .unwrap()
}

fn snapshot(case: &str, actual: &str) {
    let mut failures = Vec::new();
    common::compare_snapshot(
        &root().join("testdata/cli").join(format!("{case}.out")),
        actual,
        &mut failures,
    );
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

fn stdout(out: &Output) -> String {
    String::from_utf8_lossy(&out.stdout).into_owned()
}

fn stderr(out: &Output) -> String {
    String::from_utf8_lossy(&out.stderr).into_owned()
}

// 1 — the summary names the rules that did not run; --quiet hides the line.
#[test]
fn summary_says_which_rules_did_not_run() {
    for (lang, case) in [("en", "not_run"), ("zh", "not_run.zh")] {
        let out = run(&["check", "examples", "--lang", lang]);
        let text = stdout(&out);
        let last = text.lines().last().unwrap_or_default().to_string();
        snapshot(case, &format!("{last}\n"));
    }
    let quiet = run(&["check", "examples", "--quiet"]);
    assert!(stdout(&quiet).ends_with("3 files checked: 0 error(s), 0 warning(s), 1 info\n"));
}

// 2 — fclint init: commented, valid, never overwrites without --force; filled in, the rules run.
#[test]
fn init_writes_a_commented_config_and_never_overwrites() {
    for (lang, case) in [("en", "init"), ("zh", "init.zh")] {
        let d = tmpdir(&format!("init-{lang}"));
        std::fs::copy(root().join("examples/kafka/s.yaml"), d.join("s.yaml")).unwrap();
        let out = run_in(&d, &["init", "--lang", lang]);
        assert_eq!(out.status.code(), Some(0), "{}", shown(&out));
        let written = std::fs::read_to_string(d.join("fclint.toml")).unwrap();
        snapshot(case, &format!("{}--- fclint.toml\n{written}", shown(&out)));
        // Again: refused, the file untouched.
        let again = run_in(&d, &["init"]);
        assert_eq!(again.status.code(), Some(2));
        assert!(stderr(&again)
            .contains("already exists; fclint init does not overwrite it (--force does)"));
        assert_eq!(
            std::fs::read_to_string(d.join("fclint.toml")).unwrap(),
            written
        );
        // The file as written is a valid configuration: check reads it.
        let check = run_in(&d, &["check", "-v", "-f", "concise"]);
        assert!(
            stderr(&check).contains("fclint: using ") && stderr(&check).contains("fclint.toml\n"),
            "{}",
            shown(&check)
        );
        // Filled in, the partition rules run (maximumTasks 12 on a 4-partition topic).
        let filled = written.replace("# partitions = 12 ", "partitions = 4   ");
        std::fs::write(d.join("fclint.toml"), filled).unwrap();
        let check = run_in(&d, &["check", "-f", "concise"]);
        assert!(stdout(&check).contains("[EB001]"), "{}", shown(&check));
        let forced = run_in(&d, &["init", "--force"]);
        assert_eq!(forced.status.code(), Some(0));
        let _ = std::fs::remove_dir_all(&d);
    }
}

// 3 — explain --format markdown: location as code, message as text (snapshots in
// testdata/explain/*.md); here the exact shape of one line.
#[test]
fn markdown_findings_keep_the_message_out_of_code() {
    let out = run(&["explain", "examples/legacy", "--format", "markdown"]);
    assert!(stdout(&out).contains(
        "  - `examples/legacy/s.yaml:48:32` info[EB008] errorsTolerance ALL without a deadLetterQueue"
    ));
}

// 4 — one file named several ways is checked once.
#[test]
fn a_file_named_two_ways_is_checked_once() {
    let abs = root().join("examples/kafka/s.yaml");
    let out = run(&[
        "check",
        "examples",
        "./examples",
        "examples/kafka/s.yaml",
        abs.to_str().unwrap(),
        "--quiet",
    ]);
    // examples/kafka, examples/legacy and examples/scf-kafka, each once.
    assert!(stdout(&out).contains("3 files checked:"), "{}", shown(&out));
}

const ED3: &str = "edition: 3.0.0\nname: app\nresources:\n  fn:\n    component: fc3\n    props:\n      region: cn-hangzhou\n      functionName: fn\n      runtime: nodejs18\n      handler: index.handler\n      code: ./code\n      timeout: 0\n";

// 5 — discovery: variants with `edition`, globs from fclint.toml and the command line.
#[test]
fn discovery_finds_variants_with_an_edition_key_and_honours_globs() {
    let d = tmpdir("discover");
    std::fs::create_dir_all(d.join("legacy")).unwrap();
    for name in [
        "s.yaml",
        "s.prod.yaml",
        "s-http.yml",
        "legacy/s.yaml",
        "deploy.yaml",
    ] {
        std::fs::write(d.join(name), ED3).unwrap();
    }
    // Not an s.yaml: no top-level edition key.
    std::fs::write(d.join("s_en.yaml"), "greeting: hello\n  edition: 3\n").unwrap();
    let files = |out: &Output| {
        let mut v: Vec<String> = stdout(out)
            .lines()
            .filter_map(|l| l.split(':').next().map(str::to_string))
            .collect();
        v.sort();
        v.dedup();
        v
    };
    let out = run_in(&d, &["check", "-f", "concise"]);
    assert_eq!(
        files(&out),
        ["legacy/s.yaml", "s-http.yml", "s.prod.yaml", "s.yaml"]
    );
    let out = run_in(&d, &["check", "-f", "concise", "--exclude", "legacy,s-*"]);
    assert_eq!(files(&out), ["s.prod.yaml", "s.yaml"]);
    std::fs::write(
        d.join("fclint.toml"),
        "include = [\"deploy.yaml\"]\nexclude = [\"legacy\"]\n",
    )
    .unwrap();
    let out = run_in(&d, &["check", "-f", "concise"]);
    assert_eq!(
        files(&out),
        ["deploy.yaml", "s-http.yml", "s.prod.yaml", "s.yaml"]
    );
    let out = run_in(
        &d,
        &["check", "-f", "concise", "--extend-exclude", "s.prod.yaml"],
    );
    assert_eq!(files(&out), ["deploy.yaml", "s-http.yml", "s.yaml"]);
    // --exclude replaces the file's list: legacy is back.
    let out = run_in(&d, &["check", "-f", "concise", "--exclude", "s-*"]);
    assert_eq!(
        files(&out),
        ["deploy.yaml", "legacy/s.yaml", "s.prod.yaml", "s.yaml"]
    );
    // pre-commit passes files by name: --discovered-only applies the same rule to them.
    let out = run_in(
        &d,
        &[
            "check",
            "-f",
            "concise",
            "--discovered-only",
            "s_en.yaml",
            "s.prod.yaml",
        ],
    );
    assert_eq!(files(&out), ["s.prod.yaml"]);
    let out = run_in(&d, &["check", "--discovered-only", "s_en.yaml"]);
    assert_eq!(out.status.code(), Some(0), "{}", shown(&out));
    let _ = std::fs::remove_dir_all(&d);
}

// 6 — each subcommand shows only its own flags, and every flag says what it does.
#[test]
fn every_subcommand_shows_only_its_flags_each_described() {
    for sub in [
        "check",
        "init",
        "rules",
        "plan",
        "explain",
        "schema",
        "lsp",
        "preview",
        "completions",
        "manpage",
    ] {
        let out = run(&[sub, "-h"]);
        let text = stdout(&out);
        for line in text.lines() {
            let t = line.trim_start();
            if !(t.starts_with("-") && line.starts_with("  ")) {
                continue;
            }
            // `  -f, --format <FORMAT>  Output format …`: text after the flag's column.
            let described = t.contains("  ") && !t.trim_end().ends_with('>') || t.contains("  [");
            assert!(described, "`fclint {sub}`: no description for `{t}`");
        }
        if matches!(sub, "plan" | "explain" | "init") {
            for flag in ["--select", "--ignore", "--deny-warnings"] {
                assert!(!text.contains(flag), "`fclint {sub} -h` offers {flag}");
            }
        }
    }
}

// 7 — human output: the rule's name, a label that says something, one pointer to the docs per
// code, wrapped to the width without breaking a URL.
#[test]
fn human_output_names_rules_and_points_to_explain() {
    for (lang, case) in [("en", "human"), ("zh", "human.zh")] {
        let out = run(&[
            "check",
            "testdata/err/sc005_out_of_range.yaml",
            "--lang",
            lang,
            "--color",
            "never",
        ]);
        snapshot(case, &shown(&out));
        let text = stdout(&out);
        assert_eq!(text.matches("fclint explain SC005").count(), 1, "{text}");
        assert!(text.contains("error[SC005] out-of-range"));
    }
    // Narrow: the URL stays on one line.
    let out = fclint()
        .env("COLUMNS", "50")
        .args(["check", "testdata/err/sc005_out_of_range.yaml"])
        .output()
        .unwrap();
    assert!(stdout(&out).contains(
        "https://www.alibabacloud.com/help/en/function-compute/latest/message-queue-for-apache-kafka"
    ));
}

// 9 — did you mean, for explain names and suppression codes; SP001 says where the finding is.
#[test]
fn did_you_mean_everywhere() {
    let out = run(&["explain", "consumer-tasks-exceed"]);
    assert_eq!(out.status.code(), Some(2));
    assert_eq!(
        stderr(&out),
        "fclint: error: `consumer-tasks-exceed` is neither a rule code, a rule name nor an existing file or directory; did you mean `EB001` (consumer-tasks-exceed-partitions)?\n"
    );
    let d = tmpdir("suppress");
    let text = ED3.replace("timeout: 0", "timeout: 0 # fclint-ignore SC0O5 testing\n      memorySize: 128 # fclint-ignore SC005 wrong line");
    std::fs::write(d.join("s.yaml"), text).unwrap();
    for (lang, case) in [("en", "suppress"), ("zh", "suppress.zh")] {
        let out = run_in(&d, &["check", "-f", "json", "--lang", lang]);
        let v: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
        let lines: String = v["diagnostics"]
            .as_array()
            .unwrap()
            .iter()
            .filter(|x| x["code"].as_str().unwrap().starts_with("SP"))
            .map(|x| {
                format!(
                    "{}:{} {} {} | {}\n",
                    x["line"], x["column"], x["code"], x["message"], x["help"]
                )
            })
            .collect();
        snapshot(case, &lines);
    }
    let _ = std::fs::remove_dir_all(&d);
}

// 10 — exit codes and paths.
#[test]
fn exit_codes_and_path_messages() {
    let d = tmpdir("exit");
    std::fs::write(d.join("bad.yaml"), "a: [\n").unwrap();
    let bad = d.join("bad.yaml");
    let bad = bad.to_str().unwrap();
    assert_eq!(run(&["explain", bad]).status.code(), Some(2));
    assert_eq!(run(&["plan", bad]).status.code(), Some(2));
    let out = run(&["check", "examples", "--config", "."]);
    assert_eq!(out.status.code(), Some(2));
    assert_eq!(
        stderr(&out),
        "fclint: error: --config .: is a directory; give the path of an fclint.toml\n"
    );
    let out = run(&["check", "examples", "--config", "/dev/null"]);
    assert_eq!(
        stderr(&out),
        "fclint: error: --config /dev/null: not a regular file; give the path of an fclint.toml\n"
    );
    let out = run(&["plan", "examples", "--partitions", "a/b/c=5"]);
    assert_eq!(out.status.code(), Some(2));
    assert!(stderr(&out)
        .contains("`a/b/c` is not TOPIC or INSTANCE_ID/TOPIC (a topic name cannot contain `/`)"));
    // An extend chain deeper than fclint follows is "too deep", not a cycle.
    for i in 0..20 {
        let next = if i < 19 {
            format!("extend: ./b{}.yaml\n", i + 1)
        } else {
            String::new()
        };
        let name = if i == 0 {
            "s.yaml".to_string()
        } else {
            format!("b{i}.yaml")
        };
        std::fs::write(
            d.join(name),
            format!("{next}{}", if i == 19 { ED3 } else { "" }),
        )
        .unwrap();
    }
    let out = run_in(&d, &["check", "s.yaml", "-f", "concise"]);
    let text = stdout(&out);
    assert!(
        text.contains("[VR004] `extend` chain is too deep: more than 16 files"),
        "{text}"
    );
    assert!(!text.contains("cycle"), "{text}");
    let _ = std::fs::remove_dir_all(&d);
}

// 11 — standard input, and no path meaning `.`.
#[test]
fn stdin_and_default_path() {
    let text =
        std::fs::read_to_string(root().join("testdata/err/sc005_out_of_range.yaml")).unwrap();
    let mut child = fclint()
        .args([
            "check",
            "-",
            "--stdin-filename",
            "testdata/err/x.yaml",
            "-f",
            "concise",
        ])
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    use std::io::Write;
    child
        .stdin
        .take()
        .unwrap()
        .write_all(text.as_bytes())
        .unwrap();
    let out = child.wait_with_output().unwrap();
    assert_eq!(out.status.code(), Some(1));
    let expected = std::fs::read_to_string(root().join("testdata/err/sc005_out_of_range.out"))
        .unwrap()
        .replace("sc005_out_of_range.yaml", "x.yaml");
    assert_eq!(stdout(&out), expected);
    let out = run_in(&root().join("examples"), &["check", "--quiet"]);
    assert!(stdout(&out).contains("3 files checked"), "{}", shown(&out));
}

// 12 — output options and formats.
#[test]
fn output_file_statistics_exit_zero() {
    let d = tmpdir("output");
    let file = d.join("out.json");
    let out = run(&[
        "check",
        "testdata/err/sc005_out_of_range.yaml",
        "-f",
        "json",
        "--output-file",
        file.to_str().unwrap(),
    ]);
    assert_eq!(out.status.code(), Some(1));
    assert!(out.stdout.is_empty());
    let v: serde_json::Value =
        serde_json::from_str(&std::fs::read_to_string(&file).unwrap()).unwrap();
    assert_eq!(v["summary"]["errors"], 3);
    let out = run(&[
        "check",
        "testdata/err/sc005_out_of_range.yaml",
        "--exit-zero",
    ]);
    assert_eq!(out.status.code(), Some(0));
    for (lang, case) in [("en", "statistics"), ("zh", "statistics.zh")] {
        let out = run(&["check", "testdata/err", "--statistics", "--lang", lang]);
        let text = stdout(&out);
        let head: String = text.lines().take(5).map(|l| format!("{l}\n")).collect();
        snapshot(case, &head);
    }
    let out = run(&[
        "check",
        "testdata/err/sc005_out_of_range.yaml",
        "--statistics",
        "-f",
        "json",
    ]);
    let v: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(v[0]["code"], "SC005");
    assert_eq!(v[0]["name"], "out-of-range");
    assert_eq!(v[0]["count"], 3);
    assert_eq!(v[0]["fixable"], true);
    assert_eq!(v[0]["fix"], "unsafe");
    // EB007 has no fix.
    assert_eq!(v[1]["code"], "EB007");
    assert_eq!(v[1]["fixable"], false);
    assert_eq!(v[1]["fix"], serde_json::Value::Null);
    let _ = std::fs::remove_dir_all(&d);
}

#[test]
fn gitlab_output_follows_the_code_quality_schema() {
    let schema: serde_json::Value = serde_json::from_str(
        &std::fs::read_to_string(root().join("tests/data/gitlab-codequality.schema.json")).unwrap(),
    )
    .unwrap();
    let validator = jsonschema::validator_for(&schema).unwrap();
    // Every fixture of testdata/err, by name (most are not called s.yaml).
    let mut fixtures: Vec<String> = std::fs::read_dir(root().join("testdata/err"))
        .unwrap()
        .flatten()
        .map(|e| e.path())
        .filter(|p| p.extension().is_some_and(|x| x == "yaml"))
        .map(|p| p.strip_prefix(root()).unwrap().display().to_string())
        .collect();
    fixtures.sort();
    let mut args: Vec<&str> = vec!["check", "-f", "gitlab"];
    args.extend(fixtures.iter().map(String::as_str));
    let out = run(&args);
    let v: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    let errors: Vec<String> = validator.iter_errors(&v).map(|e| e.to_string()).collect();
    assert!(errors.is_empty(), "{errors:?}");
    let items = v.as_array().unwrap();
    assert!(items.len() > 100);
    let mut fps: Vec<&str> = items
        .iter()
        .map(|i| i["fingerprint"].as_str().unwrap())
        .collect();
    fps.sort();
    fps.dedup();
    assert_eq!(fps.len(), items.len(), "fingerprints must be unique");
    let first = items
        .iter()
        .find(|i| i["location"]["path"] == "testdata/err/sc005_out_of_range.yaml")
        .unwrap();
    assert_eq!(first["check_name"], "SC005 out-of-range");
    assert_eq!(first["severity"], "major");
    assert_eq!(first["location"]["lines"]["begin"], 26);
    // Stable across runs.
    assert_eq!(run(&args).stdout, out.stdout);
}

#[test]
fn checkstyle_output_is_well_formed() {
    let out = run(&[
        "check",
        "testdata/err/sc005_out_of_range.yaml",
        "examples",
        "-f",
        "checkstyle",
    ]);
    let text = stdout(&out);
    let doc = roxmltree::Document::parse(&text).unwrap();
    let files: Vec<_> = doc
        .descendants()
        .filter(|n| n.has_tag_name("file"))
        .collect();
    // The fixture and the three examples (kafka, legacy, scf-kafka).
    assert_eq!(files.len(), 4);
    let err = doc.descendants().find(|n| n.has_tag_name("error")).unwrap();
    assert_eq!(err.attribute("line"), Some("26"));
    assert_eq!(err.attribute("column"), Some("30"));
    assert_eq!(err.attribute("severity"), Some("error"));
    assert_eq!(err.attribute("source"), Some("fclint.SC005"));
    assert!(err
        .attribute("message")
        .unwrap()
        .starts_with("`deliveryOption.concurrency` is 400"));
}

#[test]
fn show_settings_says_where_values_come_from() {
    let out = run(&[
        "check",
        "examples/kafka",
        "--show-settings",
        "--partitions",
        "orders=6",
        "--ignore",
        "EB007",
    ]);
    assert_eq!(out.status.code(), Some(0));
    snapshot("show_settings", &shown(&out));
}

// 13 — completions, man page, version.
#[test]
fn completions_manpage_and_version() {
    for shell in ["bash", "zsh", "fish", "powershell"] {
        let out = run(&["completions", shell]);
        assert_eq!(out.status.code(), Some(0), "{shell}");
        assert!(stdout(&out).contains("fclint"), "{shell}");
        assert!(stdout(&out).contains("show-settings"), "{shell}");
    }
    let out = run(&["manpage"]);
    assert!(
        stdout(&out).starts_with(".ie"),
        "{}",
        &stdout(&out)[..40.min(out.stdout.len())]
    );
    assert!(stdout(&out).contains(".TH fclint"));
    let v = stdout(&run(&["--version"]));
    assert!(
        v.starts_with(&format!("fclint {} (commit ", env!("CARGO_PKG_VERSION"))),
        "{v}"
    );
    assert!(
        v.trim_end().ends_with(&format!(
            "platform facts of {})",
            fclint::limits::FACTS_DATE
        )),
        "{v}"
    );
}

// 14 — CI integration files say what the README says.
#[test]
fn ci_integration_files() {
    let action = std::fs::read_to_string(root().join("action.yml")).unwrap();
    assert!(action.contains("using: composite"));
    assert!(action.contains("cargo install --locked --path \"$ACTION_PATH\""));
    assert!(action.contains("actions/cache@"));
    assert!(action.contains("--format github"));
    assert!(action.contains("upload-sarif"));
    let docker = std::fs::read_to_string(root().join("Dockerfile")).unwrap();
    assert!(docker.contains("cargo build --release --locked"));
    assert!(docker.contains("FROM scratch"));
    let readme = std::fs::read_to_string(root().join("README.md")).unwrap();
    for (i, line) in readme.lines().enumerate() {
        if line.contains("cargo install ") {
            assert!(
                line.contains("cargo install --locked"),
                "README line {}: {line}",
                i + 1
            );
        }
    }
    // The pre-commit rev is not a tag that does not exist.
    assert!(!readme.contains("rev: v0.1.0"));
}
