//! The autofix properties over every file fclint is tested on: each `testdata` YAML file and
//! the real corpus (`FCLINT_CORPUS`). Applying all fixes, unsafe ones included, keeps the file
//! parseable, adds no error-level finding, changes no line outside the edits, is idempotent
//! and writes no environment value (`fclint::fuzzing::fix_properties`, which the fuzz target
//! runs too).

mod common;
use common::{corpus, root, yaml_files};

use std::path::Path;

/// Check the properties on each file; returns how many findings were fixed and the failures.
fn run(files: &[std::path::PathBuf]) -> (usize, usize, Vec<String>) {
    let mut fixed = 0;
    let mut changed = 0;
    let mut failures = Vec::new();
    for f in files {
        let Ok(text) = std::fs::read_to_string(f) else {
            continue;
        };
        let config = fclint::config::load_config(f, &Default::default())
            .map(|c| c.0)
            .unwrap_or_default();
        let opts = config.resolve_options(&Default::default());
        match fclint::fuzzing::fix_properties(f, &text, &config, &opts) {
            Ok(out) => {
                fixed += out.fixed.len();
                changed += usize::from(out.text != text);
            }
            Err(e) => failures.push(format!("{}: {e}", rel(f))),
        }
    }
    (fixed, changed, failures)
}

fn rel(p: &Path) -> String {
    p.strip_prefix(root()).unwrap_or(p).display().to_string()
}

#[test]
fn fixes_keep_every_testdata_file_sound() {
    let files = yaml_files(&root().join("testdata"));
    assert!(files.len() > 100, "testdata looks empty");
    let (fixed, changed, failures) = run(&files);
    assert!(
        failures.is_empty(),
        "autofix properties fail:\n{}",
        failures.join("\n")
    );
    // Not vacuous: the fixtures of testdata/fix alone hold fixable findings.
    assert!(
        fixed > 0 && changed > 0,
        "no fix applied anywhere in testdata"
    );
}

#[test]
fn fixes_keep_every_corpus_file_sound() {
    let Some((_, files)) = corpus() else {
        return;
    };
    let (fixed, changed, failures) = run(&files);
    assert!(
        failures.is_empty(),
        "autofix properties fail on the corpus:\n{}",
        failures.join("\n")
    );
    eprintln!(
        "corpus: {fixed} findings fixed in {changed} of {} files",
        files.len()
    );
}
