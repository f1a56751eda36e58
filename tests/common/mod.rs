//! Helpers shared by the integration tests (`mod common;` in each test file).
#![allow(dead_code)]

use std::path::PathBuf;
use std::process::Command;

/// The repository root.
pub fn root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

/// The fclint binary, run from the repository root (so paths print relative to it) with
/// a neutral locale and no colour settings inherited from the caller.
pub fn fclint() -> Command {
    let mut c = Command::new(env!("CARGO_BIN_EXE_fclint"));
    c.current_dir(root());
    for v in [
        "LANG",
        "LC_ALL",
        "LC_MESSAGES",
        "NO_COLOR",
        "FORCE_COLOR",
        "CLICOLOR_FORCE",
    ] {
        c.env_remove(v);
    }
    c
}

/// Compare `actual` with the snapshot at `expected_path`, or write it when `FCLINT_BLESS`
/// is set; a mismatch is pushed to `failures` so one run lists them all.
pub fn compare_snapshot(expected_path: &std::path::Path, actual: &str, failures: &mut Vec<String>) {
    if std::env::var_os("FCLINT_BLESS").is_some() {
        std::fs::write(expected_path, actual).unwrap();
        return;
    }
    let expected = std::fs::read_to_string(expected_path).unwrap_or_default();
    if expected != actual {
        failures.push(format!(
            "--- {}\nexpected:\n{expected}\nactual:\n{actual}",
            expected_path.display()
        ));
    }
}

/// The corpus of real s.yaml files (`$FCLINT_CORPUS`) and its `files/*.yaml`, sorted;
/// `None`, with a printed skip message, when the variable is not set.
pub fn corpus() -> Option<(PathBuf, Vec<PathBuf>)> {
    let Some(dir) = std::env::var_os("FCLINT_CORPUS").map(PathBuf::from) else {
        println!("skipped: FCLINT_CORPUS not set (CI sets it to ../shared/corpus)");
        return None;
    };
    let files_dir = dir.join("files");
    let mut files: Vec<PathBuf> = std::fs::read_dir(&files_dir)
        .unwrap_or_else(|e| panic!("cannot read {}: {e}", files_dir.display()))
        .flatten()
        .map(|e| e.path())
        .filter(|p| p.extension().and_then(|e| e.to_str()) == Some("yaml"))
        .collect();
    files.sort();
    assert!(
        files.len() > 100,
        "corpus looks empty: {}",
        files_dir.display()
    );
    Some((dir, files))
}

/// Every `.yaml`/`.yml` file below `dir`, recursively, in a stable order.
pub fn yaml_files(dir: &std::path::Path) -> Vec<PathBuf> {
    fn walk(dir: &std::path::Path, out: &mut Vec<PathBuf>) {
        let mut entries: Vec<PathBuf> = std::fs::read_dir(dir)
            .unwrap_or_else(|e| panic!("cannot read {}: {e}", dir.display()))
            .flatten()
            .map(|e| e.path())
            .collect();
        entries.sort();
        for p in entries {
            if p.is_dir() {
                walk(&p, out);
            } else if matches!(p.extension().and_then(|e| e.to_str()), Some("yaml" | "yml")) {
                out.push(p);
            }
        }
    }
    let mut out = Vec::new();
    walk(dir, &mut out);
    out
}
