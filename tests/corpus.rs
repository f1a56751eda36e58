//! Real public s.yaml files (read through `FCLINT_CORPUS`, never copied into the repo):
//! no panics on any of them, and no error-level finding on the known-good files that
//! the fc3 component's own end-to-end tests deploy.

mod common;

use fclint::diag::Severity;
use fclint::source::SourceMap;

#[test]
fn every_corpus_file_is_checked_without_panic_and_known_good_files_pass() {
    let Some((dir, paths)) = common::corpus() else {
        return;
    };
    let known_good: Vec<String> = std::fs::read_to_string(dir.join("known-good.txt"))
        .unwrap()
        .lines()
        .filter(|l| !l.trim().is_empty() && !l.starts_with('#'))
        .filter_map(|l| l.split_whitespace().next().map(str::to_string))
        .collect();
    assert!(!known_good.is_empty());
    // Every known-good entry names a corpus file: a renamed or missing file would otherwise
    // drop out of the check without a word.
    let names: Vec<String> = paths
        .iter()
        .map(|p| format!("files/{}", p.file_name().unwrap().to_string_lossy()))
        .collect();
    let absent: Vec<&String> = known_good.iter().filter(|k| !names.contains(k)).collect();
    assert!(
        absent.is_empty(),
        "known-good.txt names files that are not in the corpus: {absent:?}"
    );
    let mut failures = Vec::new();
    let mut totals = [0usize; 3];
    for p in &paths {
        let mut sources = SourceMap::new();
        let diags = fclint::check_file(&mut sources, p, &fclint::CheckOptions::default()).unwrap();
        for d in &diags {
            totals[d.severity as usize] += 1;
        }
        let name = format!("files/{}", p.file_name().unwrap().to_string_lossy());
        if known_good.contains(&name) {
            for d in diags.iter().filter(|d| d.severity == Severity::Error) {
                failures.push(format!(
                    "{name}:{}:{} {} {}",
                    d.span.start.line, d.span.start.col, d.code, d.message.en
                ));
            }
        }
    }
    println!(
        "corpus: {} files, {} errors, {} warnings, {} infos",
        paths.len(),
        totals[2],
        totals[1],
        totals[0]
    );
    assert!(
        failures.is_empty(),
        "known-good files with errors:\n{}",
        failures.join("\n")
    );
}
