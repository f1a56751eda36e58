//! Snapshot tests: every `testdata/err/<case>.yaml` (or `testdata/err/<case>/s.yaml`, or
//! `testdata/err/<case>/serverless.yml` for Tencent Cloud SCF) is
//! checked with a fixed, empty environment and its concise output compared with
//! `<case>.out` (`path:line:col: severity[CODE] message`). `FCLINT_BLESS=1` rewrites the
//! `.out` files. Every file under `testdata/ok/` must produce no error-level finding.

mod common;
use common::root;

use std::path::{Path, PathBuf};

use fclint::diag::{Lang, Severity};
use fclint::source::SourceMap;

/// The file a directory fixture is about.
const CASE_FILES: &[&str] = &["s.yaml", "s.yml", "serverless.yml", "serverless.yaml"];

fn cases(dir: &str) -> Vec<PathBuf> {
    let mut out = Vec::new();
    let Ok(entries) = std::fs::read_dir(root().join(dir)) else {
        return out;
    };
    for e in entries.flatten() {
        let p = e.path();
        if p.is_dir() {
            for name in CASE_FILES {
                if p.join(name).is_file() {
                    out.push(p.join(name));
                }
            }
        } else if matches!(p.extension().and_then(|x| x.to_str()), Some("yaml" | "yml")) {
            out.push(p);
        }
    }
    out.sort();
    out
}

/// Check one file the way `fclint check --format concise` does from the repo root, rendered
/// by the same function.
fn concise(path: &Path) -> (String, Vec<fclint::diag::Diagnostic>) {
    let rel = path.strip_prefix(root()).unwrap_or(path).to_path_buf();
    let mut sources = SourceMap::new();
    // An `fclint.toml` beside a directory fixture supplies its inventory and rule settings.
    let opts = fclint::CheckOptions {
        config: fclint::config::load_config(&root().join(&rel), &Default::default())
            .unwrap()
            .0,
        ..Default::default()
    };
    let mut diags = fclint::check_file(&mut sources, &root().join(&rel), &opts).unwrap();
    fclint::sort_diagnostics(&sources, &mut diags);
    let path = rel.display().to_string().replace('\\', "/");
    let mut out = String::new();
    for d in &diags {
        out.push_str(&fclint::report::concise::line(&path, d, Lang::En));
        out.push('\n');
    }
    (out, diags)
}

#[test]
fn err_snapshots() {
    let files = cases("testdata/err");
    assert!(!files.is_empty(), "no fixtures under testdata/err");
    let mut failures = Vec::new();
    for f in files {
        let (actual, diags) = concise(&f);
        assert!(
            !diags.is_empty(),
            "{} produces no finding at all",
            f.display()
        );
        let expected_path = if f
            .file_name()
            .and_then(|n| n.to_str())
            .map(|n| CASE_FILES.contains(&n))
            .unwrap_or(false)
        {
            f.parent().unwrap().with_extension("out")
        } else {
            f.with_extension("out")
        };
        common::compare_snapshot(&expected_path, &actual, &mut failures);
    }
    assert!(
        failures.is_empty(),
        "snapshot mismatches (FCLINT_BLESS=1 to accept):\n{}",
        failures.join("\n")
    );
}

/// Every `.out` under `testdata/err/` belongs to a fixture (`<case>.yaml`, `<case>.yml` or
/// `<case>/s.yaml`): a snapshot left behind by a renamed or removed fixture fails instead of
/// lying unread.
#[test]
fn every_snapshot_has_its_fixture() {
    let dir = root().join("testdata/err");
    let mut orphans = Vec::new();
    for e in std::fs::read_dir(&dir).unwrap().flatten() {
        let p = e.path();
        if p.extension().and_then(|x| x.to_str()) != Some("out") {
            continue;
        }
        let case = p.with_extension("");
        let has_fixture = ["yaml", "yml"]
            .iter()
            .any(|x| case.with_extension(x).is_file())
            || CASE_FILES.iter().any(|s| case.join(s).is_file());
        if !has_fixture {
            orphans.push(p.strip_prefix(root()).unwrap().display().to_string());
        }
    }
    orphans.sort();
    assert!(
        orphans.is_empty(),
        "snapshots without a fixture: {orphans:?}"
    );
}

#[test]
fn ok_files_have_no_errors() {
    let files = cases("testdata/ok");
    assert!(!files.is_empty(), "no fixtures under testdata/ok");
    for f in files {
        let (out, diags) = concise(&f);
        assert!(
            !diags.iter().any(|d| d.severity == Severity::Error),
            "{} must produce no error:\n{out}",
            f.display()
        );
    }
}

/// Every rule fclint can report has a fixture that triggers it and documentation in both
/// languages (what `fclint explain CODE` prints).
#[test]
fn every_rule_has_a_failing_fixture_and_docs() {
    let mut outs = String::new();
    for dir in ["testdata/err"] {
        for e in std::fs::read_dir(root().join(dir)).unwrap().flatten() {
            if e.path().extension().and_then(|x| x.to_str()) == Some("out") {
                outs.push_str(&std::fs::read_to_string(e.path()).unwrap());
            }
        }
    }
    let mut missing = Vec::new();
    for rule in fclint::checks::registry::all() {
        if !outs.contains(&format!("[{}]", rule.code)) {
            missing.push(format!("{}: no testdata/err fixture reports it", rule.code));
        }
        for (lang, doc) in [("en", rule.doc_in(Lang::En)), ("zh", rule.doc_in(Lang::Zh))] {
            if !doc.starts_with("## ") || doc.len() < 80 {
                missing.push(format!(
                    "{} ({lang}): documentation missing or too short",
                    rule.code
                ));
            }
        }
    }
    assert!(missing.is_empty(), "{}", missing.join("\n"));
}
