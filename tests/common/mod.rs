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

/// Whether this run rewrites expected output: `FCLINT_BLESS=1`, and no other value (so
/// `FCLINT_BLESS=0` or an empty value cannot bless by accident).
pub fn blessing() -> bool {
    std::env::var_os("FCLINT_BLESS").is_some_and(|v| v == "1")
}

/// Whether a test that needs an external tool or the corpus must fail instead of skipping:
/// `FCLINT_REQUIRE_TOOLS=1`, which `.ci/run` sets.
pub fn tools_required() -> bool {
    std::env::var_os("FCLINT_REQUIRE_TOOLS").is_some_and(|v| v == "1")
}

/// The name of the running test, as libtest names its thread (`module::test`).
fn test_name() -> String {
    std::thread::current()
        .name()
        .filter(|n| *n != "main")
        .unwrap_or("(unnamed test)")
        .to_string()
}

/// A test that cannot run here stops: under `FCLINT_REQUIRE_TOOLS=1` that is a failure;
/// otherwise a `SKIPPED` line goes straight to the terminal's stderr, past libtest's output
/// capture, so `cargo test` shows it beside the test's `ok` instead of hiding it. The caller
/// returns right after.
pub fn skip(reason: &str) {
    let crate_name = env!("CARGO_CRATE_NAME");
    let test = test_name();
    if tools_required() {
        panic!("FCLINT_REQUIRE_TOOLS=1 but {crate_name}::{test} cannot run: {reason}");
    }
    use std::io::Write;
    // Written to the stream itself: `eprintln!` would be captured with the passing test.
    let _ = writeln!(
        std::io::stderr(),
        "SKIPPED {crate_name}::{test}: {reason} (FCLINT_REQUIRE_TOOLS=1 makes this a failure)"
    );
}

/// The path an external tool's variable names (`FCLINT_S_BIN`, `FCLINT_SARIF_MULTITOOL`…,
/// written by `scripts/install-tools.sh` into `.tools/env.sh`), or a [`skip`] when unset.
pub fn tool(var: &str) -> Option<std::ffi::OsString> {
    match std::env::var_os(var).filter(|v| !v.is_empty()) {
        Some(v) => Some(v),
        None => {
            skip(&format!(
                "{var} is not set (scripts/install-tools.sh installs it; then `source .tools/env.sh`)"
            ));
            None
        }
    }
}

/// Compare `actual` with the snapshot at `expected_path`, or write it when blessing
/// (`FCLINT_BLESS=1`); a mismatch or a missing snapshot is pushed to `failures` so one run
/// lists them all.
pub fn compare_snapshot(expected_path: &std::path::Path, actual: &str, failures: &mut Vec<String>) {
    if blessing() {
        std::fs::write(expected_path, actual)
            .unwrap_or_else(|e| panic!("cannot write {}: {e}", expected_path.display()));
        return;
    }
    match std::fs::read_to_string(expected_path) {
        Ok(expected) if expected == actual => {}
        Ok(expected) => failures.push(format!(
            "--- {}\nexpected:\n{expected}\nactual:\n{actual}",
            expected_path.display()
        )),
        Err(e) => failures.push(format!(
            "--- {}: no snapshot ({e}); FCLINT_BLESS=1 writes it\nactual:\n{actual}",
            expected_path.display()
        )),
    }
}

/// The corpus of real s.yaml files (`$FCLINT_CORPUS`) and its `files/*.yaml`, sorted;
/// `None` after a [`skip`] when the variable is not set.
pub fn corpus() -> Option<(PathBuf, Vec<PathBuf>)> {
    let Some(dir) = std::env::var_os("FCLINT_CORPUS")
        .filter(|v| !v.is_empty())
        .map(PathBuf::from)
    else {
        skip("FCLINT_CORPUS is not set (CI sets it to ../shared/corpus)");
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
