//! The corpus review, like ruff's ecosystem check: every error-level finding fclint gives on
//! the real files of `$FCLINT_CORPUS` is listed in `tests/data/corpus-review.tsv` with a
//! hand-made verdict and its reason. A new error, or a listed one that disappears, fails this
//! test, so every change in what fclint reports on real files is reviewed.

mod common;

use fclint::diag::Severity;
use fclint::source::SourceMap;

/// (file, code, line, pointer): what identifies a finding in the review file. The same key
/// may appear more than once (two findings on one node), so both sides are multisets.
type Key = (String, String, u32, String);

struct Entry {
    key: Key,
    verdict: String,
}

fn review() -> Vec<Entry> {
    let path = common::root().join("tests/data/corpus-review.tsv");
    let text = std::fs::read_to_string(&path).unwrap();
    let mut out = Vec::new();
    let mut header_seen = false;
    for (i, line) in text.lines().enumerate() {
        if line.starts_with('#') || line.trim().is_empty() {
            continue;
        }
        let cols: Vec<&str> = line.split('\t').collect();
        if !header_seen {
            assert_eq!(
                cols,
                ["file", "code", "line", "pointer", "verdict", "reason"],
                "corpus-review.tsv: the first row is the header"
            );
            header_seen = true;
            continue;
        }
        assert_eq!(cols.len(), 6, "corpus-review.tsv:{}: six columns", i + 1);
        assert!(
            matches!(cols[4], "true" | "false"),
            "corpus-review.tsv:{}: verdict is `true` or `false`, not {:?}",
            i + 1,
            cols[4]
        );
        assert!(
            cols[5].trim().len() >= 20,
            "corpus-review.tsv:{}: the reason says why, from the deploy tools' source",
            i + 1
        );
        let line_no: u32 = cols[2]
            .parse()
            .unwrap_or_else(|_| panic!("corpus-review.tsv:{}: bad line number", i + 1));
        out.push(Entry {
            key: (cols[0].into(), cols[1].into(), line_no, cols[3].into()),
            verdict: cols[4].into(),
        });
    }
    assert!(header_seen, "corpus-review.tsv has no header");
    out
}

#[test]
fn every_error_on_the_corpus_is_reviewed() {
    let Some((_, paths)) = common::corpus() else {
        return;
    };
    let entries = review();
    let mut found: Vec<Key> = Vec::new();
    for p in &paths {
        let mut sources = SourceMap::new();
        // The default options read no process environment: the review does not depend on CI.
        let diags = fclint::check_file(&mut sources, p, &fclint::CheckOptions::default()).unwrap();
        let name = format!("files/{}", p.file_name().unwrap().to_string_lossy());
        for d in diags.iter().filter(|d| d.severity == Severity::Error) {
            found.push((
                name.clone(),
                d.code.to_string(),
                d.span.start.line,
                d.pointer.clone(),
            ));
        }
    }
    let mut listed: Vec<Key> = entries.iter().map(|e| e.key.clone()).collect();
    found.sort();
    listed.sort();
    // Multiset differences.
    let (mut new, mut gone) = (Vec::new(), Vec::new());
    let (mut i, mut j) = (0, 0);
    while i < found.len() || j < listed.len() {
        match (found.get(i), listed.get(j)) {
            (Some(f), Some(l)) if f == l => {
                i += 1;
                j += 1;
            }
            (Some(f), Some(l)) if f < l => {
                new.push(f.clone());
                i += 1;
            }
            (Some(f), None) => {
                new.push(f.clone());
                i += 1;
            }
            (_, Some(l)) => {
                gone.push(l.clone());
                j += 1;
            }
            (None, None) => break,
        }
    }
    let show = |v: &[Key]| {
        v.iter()
            .map(|(f, c, l, p)| format!("  {f}\t{c}\t{l}\t{p}"))
            .collect::<Vec<_>>()
            .join("\n")
    };
    let falses = entries.iter().filter(|e| e.verdict == "false").count();
    println!(
        "corpus review: {} errors listed ({} true, {} known false)",
        entries.len(),
        entries.len() - falses,
        falses
    );
    assert!(
        new.is_empty() && gone.is_empty(),
        "the errors fclint gives on the corpus changed; review each one against the deploy \
         tools' source and update tests/data/corpus-review.tsv\nnew (not reviewed):\n{}\n\
         gone (listed, no longer reported):\n{}",
        show(&new),
        show(&gone)
    );
}
