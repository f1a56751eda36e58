//! `check` runs files in parallel; what it reports must not depend on that: the same
//! findings, at the same places in the same files, as checking the files one by one.

mod common;

use fclint::config::{load_config, ConfigOverrides};
use fclint::diag::Diagnostic;
use fclint::resolve::ResolveOptions;
use fclint::source::SourceMap;

/// Every finding as text that names files by path, so two source maps compare.
fn describe(sources: &SourceMap, diags: &[Diagnostic]) -> Vec<String> {
    let mut lines: Vec<String> = diags
        .iter()
        .map(|d| {
            let notes: Vec<String> = d
                .notes
                .iter()
                .map(|n| {
                    format!(
                        "{}:{}:{}",
                        sources.get(n.span.file).display,
                        n.span.start.line,
                        n.span.start.col
                    )
                })
                .collect();
            format!(
                "{}:{}:{}-{}:{} {} {} {} [{}]",
                sources.get(d.span.file).display,
                d.span.start.line,
                d.span.start.col,
                d.span.end.line,
                d.span.end.col,
                d.code,
                d.pointer,
                d.message.en,
                notes.join(", ")
            )
        })
        .collect();
    lines.sort();
    lines
}

#[test]
fn parallel_check_reports_what_a_sequential_check_reports() {
    let mut files = common::yaml_files(&common::root().join("testdata"));
    if let Some((_, corpus)) = common::corpus() {
        files.extend(corpus);
    }
    assert!(files.len() > 100, "only {} files", files.len());
    let overrides = ConfigOverrides::default();
    let resolve = ResolveOptions::default();

    let mut sources = SourceMap::new();
    let mut sequential = Vec::new();
    let mut checked = Vec::new();
    for f in &files {
        let (config, _) = load_config(f, &overrides).unwrap();
        let opts = fclint::CheckOptions {
            resolve: resolve.clone(),
            config,
        };
        let Ok(out) = fclint::check_file_full(&mut sources, f, &opts) else {
            continue;
        };
        sequential.extend(out.diagnostics);
        checked.push(f.clone());
    }

    let run = fclint::check_files(&checked, &overrides, &resolve).unwrap();
    assert_eq!(run.files.len(), checked.len());
    for (id, f) in run.files.iter().zip(&checked) {
        assert_eq!(&run.sources.get(*id).path, f);
    }
    let expected = describe(&sources, &sequential);
    let actual = describe(&run.sources, &run.diagnostics);
    assert!(expected.len() > 100, "only {} findings", expected.len());
    assert_eq!(actual, expected);
}
