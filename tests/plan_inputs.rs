//! `plan` and `explain` never panic: on every fixture of the repository, on every corpus file
//! (`FCLINT_CORPUS`; see `common::skip`) and on mangled copies of the Kafka example. A file that
//! is not YAML at all is an error for `plan` (exit code 2), never a panic.

mod common;
use common::root;

use std::path::{Path, PathBuf};

use fclint::diag::Lang;
use fclint::explain::{self, Format};
use fclint::plan::{self, render, Revision};
use proptest::prelude::*;

/// Plan and explain one file in every format; returns whether plan succeeded.
fn run_all(p: &Path) -> bool {
    let files = [p.to_path_buf()];
    let overrides = Default::default();
    let resolve = Default::default();
    let planned = plan::plan_files(&files, &overrides, &resolve, Revision::Worktree);
    if let Ok(pl) = &planned {
        for lang in [Lang::En, Lang::Zh] {
            let _ = render::human(pl, lang);
            let _ = render::markdown(pl, lang);
            let _ = render::json(pl, lang);
            let _ = render::human_diff(pl, pl, lang);
        }
    }
    for format in [Format::Text, Format::Markdown, Format::Mermaid] {
        let _ = explain::explain_files(&files, &overrides, &resolve, Lang::En, format);
    }
    let _ = explain::explain_files(&files, &overrides, &resolve, Lang::Zh, Format::Text);
    planned.is_ok()
}

fn yaml_files(dir: &Path, out: &mut Vec<PathBuf>) {
    let Ok(entries) = std::fs::read_dir(dir) else {
        return;
    };
    for e in entries.flatten() {
        let p = e.path();
        if p.is_dir() {
            yaml_files(&p, out);
        } else if matches!(p.extension().and_then(|x| x.to_str()), Some("yaml" | "yml")) {
            out.push(p);
        }
    }
}

#[test]
fn every_fixture_plans_and_explains_without_panic() {
    let mut files = Vec::new();
    yaml_files(&root().join("testdata"), &mut files);
    yaml_files(&root().join("examples"), &mut files);
    // The resolver's expansion-limit stress file takes seconds per load in a debug build;
    // plan and explain share that load stage, which its own snapshot covers.
    files.retain(|f| !f.ends_with("vr008_expansion_too_large.yaml"));
    files.sort();
    assert!(files.len() > 50, "fixtures missing");
    let failed: Vec<String> = files
        .iter()
        .filter(|f| !run_all(f))
        .map(|f| {
            f.strip_prefix(root())
                .unwrap()
                .display()
                .to_string()
                .replace('\\', "/")
        })
        .collect();
    // Only files that are not YAML at all may fail to plan: exactly these.
    assert_eq!(failed, NOT_PLANNED);
}

/// The fixtures `plan` refuses (exit code 2), all of them files that are not YAML.
const NOT_PLANNED: &[&str] = &[
    // SY001: a `${…}` in a flow sequence is not valid YAML.
    "testdata/err/sy001_flow_list_var.yaml",
    // SY001: a key indented under a plain value.
    "testdata/err/sy001_mapping_values_previous_line.yaml",
    // SY001: a tab in block indentation (a nested mapping).
    "testdata/err/sy001_tab_block_indentation.yaml",
    // SY001: a tab as indentation.
    "testdata/err/sy001_tab_indent.yaml",
    // SY001: an unquoted registry placeholder `{{ x }}-v2` is not valid YAML.
    "testdata/err/sy001_template_placeholder_invalid.yaml",
    // SY003: the alias bomb stops the parser.
    "testdata/err/sy003_alias_bomb.yaml",
    // SY005: not UTF-8 text.
    "testdata/err/sy005_not_utf8.yaml",
    // SY007: a registry template source with `{{if}}` blocks, YAML only once `s init` renders it.
    "testdata/err/sy007_registry_template_source.yaml",
];

#[test]
fn every_corpus_file_plans_and_explains_without_panic() {
    let Some((_, files)) = common::corpus() else {
        return;
    };
    let start = std::time::Instant::now();
    let planned = files.iter().filter(|f| run_all(f)).count();
    println!(
        "corpus: {} files, {planned} planned, plan + explain in all formats took {:?}",
        files.len(),
        start.elapsed()
    );
}

const SEED: &str = include_str!("../examples/kafka/s.yaml");

proptest! {
    #![proptest_config(ProptestConfig::with_cases(24))]

    #[test]
    fn mangled_examples_never_panic(cut in 0usize..2000, insert in "[\\[\\]{}:&*!|>'\"#%@`, 0-9-]{0,4}") {
        let mut s: String = SEED.chars().take(cut).collect();
        s.push_str(&insert);
        s.extend(SEED.chars().skip(cut));
        let dir = tempfile::tempdir().unwrap();
        let p = dir.path().join("s.yaml");
        std::fs::write(&p, &s).unwrap();
        run_all(&p);
    }
}
