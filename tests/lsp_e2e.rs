//! `fclint lsp` end to end, through a real LSP client: the pytest-lsp suite in `tests/lsp/`
//! (capabilities, diagnostics equal to `check --format json` on every `testdata/err` fixture,
//! didChange, hover and inlay hints with the plan's numbers, completion in both editions,
//! definitions, symbols, code actions (suppressions, each finding's fix, `source.fixAll.fclint`
//! equal to `check --fix` on the unsaved buffer), re-checks when a base file, `.env` or `fclint.toml`
//! changes, and hostile intermediate text).
//!
//! The Python side is installed by scripts/install-tools.sh into a venv with pinned versions
//! (tests/lsp/requirements.txt) and exported as FCLINT_PYTEST_LSP (that venv's python). Without
//! it the test prints `SKIPPED …` on stderr (past libtest's capture), unless FCLINT_REQUIRE_TOOLS=1, where it fails.

mod common;

use std::process::Command;

#[test]
fn pytest_lsp_suite() {
    let Some(python) = common::tool("FCLINT_PYTEST_LSP") else {
        return;
    };
    let out = Command::new(python)
        .current_dir(common::root().join("tests/lsp"))
        .env("FCLINT_BIN", env!("CARGO_BIN_EXE_fclint"))
        .env("PYTHONDONTWRITEBYTECODE", "1")
        .args(["-m", "pytest", "-q", "-p", "no:cacheprovider", "-rs"])
        .output()
        .expect("the pytest-lsp venv's python runs");
    let stdout = String::from_utf8_lossy(&out.stdout);
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(
        out.status.success(),
        "the LSP end-to-end tests failed:\n{stdout}\n{stderr}"
    );
    // A suite that collected nothing cannot pass.
    let passed = stdout
        .lines()
        .rev()
        .find(|l| l.contains(" passed"))
        .and_then(|l| l.split(" passed").next())
        .and_then(|head| head.trim().rsplit(' ').next())
        .and_then(|n| n.parse::<u32>().ok())
        .unwrap_or(0);
    assert!(passed >= 20, "only {passed} LSP tests passed:\n{stdout}");
    println!("{}", stdout.lines().last().unwrap_or(""));
}
