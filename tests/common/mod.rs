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
