//! `fclint schema` in a real editor: the YAML language server (`yaml-language-server`, pinned
//! by scripts/install-tools.sh, exported as FCLINT_YAML_LS) loads the schema through
//! `yaml.schemas` and validates files over LSP, driven by scripts/yaml-ls-check.mjs; exactly
//! what VS Code's YAML extension, Neovim or Helix show.
//!
//! - every `testdata/ok` file and every known-good corpus file (`$FCLINT_CORPUS/known-good.txt`)
//!   gets no diagnostic at all (variables such as `${vars.concurrency}` included);
//! - the fault fixtures in `testdata/editor/` get the diagnostics in their `.out` snapshots;
//! - hover shows the range and the source link, in Chinese with `--lang zh`.
//!
//! Without FCLINT_YAML_LS the tests print `SKIPPED …` on stderr, unless FCLINT_REQUIRE_TOOLS=1, where they
//! fail: CI must not pass by skipping.

mod common;

use std::ffi::OsString;
use std::path::{Path, PathBuf};
use std::process::Command;

use serde_json::Value;

fn server() -> Option<OsString> {
    common::tool("FCLINT_YAML_LS")
}

/// A Tencent Cloud SCF `serverless.yml` (its own schema, `fclint schema --platform scf`).
fn is_scf(f: &Path) -> bool {
    std::fs::read_to_string(f)
        .map(|t| fclint::model::scf::looks_like_scf(&t))
        .unwrap_or(false)
}

/// `fclint schema --platform scf` written to a file the language server can load.
fn scf_schema_file() -> PathBuf {
    let dir = Path::new(env!("CARGO_TARGET_TMPDIR")).join("editor_schema");
    std::fs::create_dir_all(&dir).unwrap();
    let path = dir.join(format!("scf.schema.{}.json", std::process::id()));
    let out = common::fclint()
        .args(["schema", "--platform", "scf"])
        .output()
        .unwrap();
    assert!(out.status.success(), "fclint schema --platform scf failed");
    std::fs::write(&path, &out.stdout).unwrap();
    path
}

/// `fclint schema [--lang zh]` written to a file the language server can load.
fn schema_file(lang: &str) -> PathBuf {
    let dir = Path::new(env!("CARGO_TARGET_TMPDIR")).join("editor_schema");
    std::fs::create_dir_all(&dir).unwrap();
    let path = dir.join(format!("s.schema.{lang}.{}.json", std::process::id()));
    let out = common::fclint()
        .args(["schema", "--lang", lang])
        .output()
        .unwrap();
    assert!(out.status.success(), "fclint schema failed");
    std::fs::write(&path, &out.stdout).unwrap();
    path
}

/// One JSON object per file: `{file, diagnostics: [{line, character, severity, code, message}], hover?}`.
fn validate(
    server: &OsString,
    schema: &Path,
    files: &[PathBuf],
    hover: Option<&str>,
) -> Vec<Value> {
    let mut cmd = Command::new("node");
    cmd.current_dir(common::root())
        .env("FCLINT_YAML_LS", server)
        .arg("scripts/yaml-ls-check.mjs")
        .arg("--schema")
        .arg(schema);
    if let Some(h) = hover {
        cmd.args(["--hover", h]);
    }
    cmd.args(files);
    let out = cmd.output().expect("node runs");
    assert!(
        out.status.success(),
        "yaml-ls-check failed: {}",
        String::from_utf8_lossy(&out.stderr)
    );
    let lines: Vec<Value> = String::from_utf8_lossy(&out.stdout)
        .lines()
        .map(|l| serde_json::from_str(l).expect("one JSON object per line"))
        .collect();
    // One result per file: a file the server never validated cannot pass.
    assert_eq!(lines.len(), files.len(), "not every file was validated");
    lines
}

fn known_good() -> Vec<PathBuf> {
    let Some((dir, _)) = common::corpus() else {
        return Vec::new();
    };
    let list = std::fs::read_to_string(dir.join("known-good.txt")).unwrap();
    list.lines()
        .filter(|l| !l.starts_with('#') && !l.trim().is_empty())
        .filter_map(|l| l.split_whitespace().next())
        .map(|f| dir.join(f))
        .collect()
}

#[test]
fn ok_and_known_good_files_get_no_editor_diagnostic() {
    let Some(server) = server() else {
        return;
    };
    let schema = schema_file("en");
    // Base files named by `extend` (testdata/ok/<case>/base.yaml) are fragments, not s.yaml
    // files an editor associates with the schema: only the top-level fixtures and each case's
    // own s.yaml are checked.
    let ok = common::root().join("testdata/ok");
    let mut files: Vec<PathBuf> = common::yaml_files(&ok)
        .into_iter()
        .filter(|f| {
            f.parent() == Some(ok.as_path()) || f.file_stem().and_then(|s| s.to_str()) == Some("s")
        })
        // Fine only with its fclint.toml, which records a raised delivery quota an editor
        // schema cannot know (the schema keeps the documented 1–300).
        .filter(|f| !f.starts_with(ok.join("sc005_concurrency_within_raised_quota")))
        .filter(|f| !is_scf(f))
        .collect();
    let corpus = known_good();
    files.extend(corpus.iter().cloned());
    assert!(files.len() > 10, "too few files: {}", files.len());
    let mut failures = Vec::new();
    for r in validate(&server, &schema, &files, None) {
        let diags = r["diagnostics"].as_array().unwrap();
        for d in diags {
            failures.push(format!(
                "{}:{}:{}: {}",
                r["file"].as_str().unwrap_or(""),
                d["line"].as_u64().unwrap_or(0) + 1,
                d["character"].as_u64().unwrap_or(0) + 1,
                d["message"].as_str().unwrap_or("")
            ));
        }
    }
    assert!(
        failures.is_empty(),
        "yaml-language-server reports on files that are fine:\n{}",
        failures.join("\n")
    );
    println!(
        "{} files ({} from the corpus) validated without a diagnostic",
        files.len(),
        corpus.len()
    );
}

/// The SCF schema in a real editor: every passing SCF fixture, the examples and the
/// components' documented examples get no diagnostic; a failing fixture gets one.
#[test]
fn scf_files_get_no_editor_diagnostic_with_the_scf_schema() {
    let Some(server) = server() else {
        return;
    };
    let root = common::root();
    let mut files: Vec<PathBuf> = ["testdata/ok", "tests/data/scf-docs", "examples"]
        .iter()
        .flat_map(|d| common::yaml_files(&root.join(d)))
        .filter(|f| is_scf(f))
        .map(|f| f.strip_prefix(&root).unwrap().to_path_buf())
        .collect();
    assert!(files.len() > 25, "too few SCF files: {}", files.len());
    let bad = PathBuf::from("testdata/err/tc001_max_msg_num_scf.yml");
    files.push(bad.clone());
    let results = validate(&server, &scf_schema_file(), &files, None);
    let mut failures = Vec::new();
    for r in &results {
        let file = r["file"].as_str().unwrap_or("");
        let n = r["diagnostics"].as_array().map(Vec::len).unwrap_or(0);
        if file.ends_with(bad.to_str().unwrap()) {
            assert!(n > 0, "{file}: maxMsgNum 20000 gets no editor diagnostic");
        } else if n > 0 {
            failures.push(format!("{file}: {}", r["diagnostics"]));
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

#[test]
fn fault_fixtures_get_the_expected_editor_diagnostics() {
    let Some(server) = server() else {
        return;
    };
    let schema = schema_file("en");
    let dir = common::root().join("testdata/editor");
    let files: Vec<PathBuf> = common::yaml_files(&dir);
    assert!(files.len() >= 3);
    let rel: Vec<PathBuf> = files
        .iter()
        .map(|f| f.strip_prefix(common::root()).unwrap().to_path_buf())
        .collect();
    let mut failures = Vec::new();
    for (r, file) in validate(&server, &schema, &rel, None).iter().zip(&files) {
        let mut diags: Vec<(u64, u64, String)> = r["diagnostics"]
            .as_array()
            .unwrap()
            .iter()
            .map(|d| {
                (
                    d["line"].as_u64().unwrap_or(0) + 1,
                    d["character"].as_u64().unwrap_or(0) + 1,
                    d["message"].as_str().unwrap_or("").to_string(),
                )
            })
            .collect();
        diags.sort();
        assert!(!diags.is_empty(), "{}: no diagnostic", file.display());
        let text: String = diags
            .iter()
            .map(|(l, c, m)| format!("{l}:{c}: {m}\n"))
            .collect();
        common::compare_snapshot(&file.with_extension("out"), &text, &mut failures);
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

#[test]
fn hover_shows_range_and_source_in_english_and_chinese() {
    let Some(server) = server() else {
        return;
    };
    let file = PathBuf::from("testdata/editor/out_of_range.yaml");
    // Line 27 column 17: `CountBasedWindow`.
    let en = validate(
        &server,
        &schema_file("en"),
        std::slice::from_ref(&file),
        Some("27:17"),
    );
    let hover = en[0]["hover"].as_str().unwrap_or("");
    assert!(
        hover.contains("Messages per invocation: 1–10000."),
        "{hover}"
    );
    assert!(hover.contains("**Range:** 1–10000"), "{hover}");
    assert!(
        hover.contains("[Source](https://help.aliyun.com/document_detail/455240.html)"),
        "{hover}"
    );
    let zh = validate(&server, &schema_file("zh"), &[file], Some("27:17"));
    let hover = zh[0]["hover"].as_str().unwrap_or("");
    assert!(hover.contains("每次调用的消息数：1–10000。"), "{hover}");
    assert!(hover.contains("**范围：** 1–10000"), "{hover}");
    assert!(
        hover.contains("[来源](https://help.aliyun.com/document_detail/455240.html)"),
        "{hover}"
    );
}
