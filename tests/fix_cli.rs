//! `fclint check --fix`, `--diff` and the fix summary, end to end on copies of a fixture in a
//! temporary project.

mod common;
use common::root;

use std::path::{Path, PathBuf};
use std::process::{Command, Output};

const CASE: &str = "testdata/fix/sc008_quoted_numbers";

fn input() -> String {
    std::fs::read_to_string(root().join(format!("{CASE}.yaml"))).unwrap()
}

fn fixed() -> String {
    std::fs::read_to_string(root().join(format!("{CASE}.fixed.yaml"))).unwrap()
}

/// A project (with `.git`, so it is its own root) holding `s.yaml`, a copy of the fixture.
fn project() -> (tempfile::TempDir, PathBuf) {
    let dir = tempfile::tempdir().unwrap();
    std::fs::create_dir(dir.path().join(".git")).unwrap();
    let f = dir.path().join("s.yaml");
    std::fs::write(&f, input()).unwrap();
    (dir, f)
}

fn fclint_in(dir: &Path) -> Command {
    let mut c = common::fclint();
    c.current_dir(dir);
    c
}

fn run(c: &mut Command) -> (i32, String, String) {
    let Output {
        status,
        stdout,
        stderr,
    } = c.output().unwrap();
    (
        status.code().unwrap_or(-1),
        String::from_utf8(stdout).unwrap(),
        String::from_utf8(stderr).unwrap(),
    )
}

#[test]
fn diff_shows_the_fix_writes_nothing_and_exits_1() {
    let (dir, f) = project();
    let (code, out, err) = run(fclint_in(dir.path()).args(["check", "--diff", "s.yaml"]));
    assert_eq!(code, 1);
    let expected = std::fs::read_to_string(root().join(format!("{CASE}.diff")))
        .unwrap()
        .replace(&format!("{CASE}.yaml"), "s.yaml");
    assert_eq!(out, expected);
    assert_eq!(err, "fclint: would fix 3 findings in 1 file\n");
    assert_eq!(std::fs::read_to_string(&f).unwrap(), input());
}

#[test]
fn fix_rewrites_the_file_and_reports_what_is_left() {
    let (dir, f) = project();
    let (code, out, _) = run(fclint_in(dir.path()).args(["check", "-q", "--fix", "s.yaml"]));
    assert_eq!(code, 0);
    assert_eq!(std::fs::read_to_string(&f).unwrap(), fixed());
    assert!(
        out.ends_with(
            "1 file checked: 0 error(s), 1 warning(s), 1 info\nfixed 3 findings in 1 file\n"
        ),
        "{out}"
    );
    // Nothing left to fix: a second run changes nothing and --diff is empty.
    let (code, out, err) = run(fclint_in(dir.path()).args(["check", "--diff", "s.yaml"]));
    assert_eq!(
        (code, out.as_str(), err.as_str()),
        (0, "", "fclint: no fixes available\n")
    );
    // No temporary file is left beside it.
    let names: Vec<_> = std::fs::read_dir(dir.path())
        .unwrap()
        .map(|e| e.unwrap().file_name().into_string().unwrap())
        .collect();
    assert_eq!(names.len(), 2, "{names:?}");
}

#[test]
fn without_fix_the_summary_says_how_many_are_fixable() {
    let (dir, _f) = project();
    let (code, out, _) = run(fclint_in(dir.path()).args(["check", "-q", "s.yaml"]));
    assert_eq!(code, 0);
    assert!(
        out.ends_with("1 file checked: 0 error(s), 4 warning(s), 1 info\n3 fixable with `fclint check --fix`\n"),
        "{out}"
    );
    let (_, out, _) = run(fclint_in(dir.path())
        .env("LANG", "zh_CN.UTF-8")
        .args(["check", "-q", "s.yaml"]));
    assert!(
        out.ends_with("3 个可用 `fclint check --fix` 自动修复\n"),
        "{out}"
    );
}

#[cfg(unix)]
#[test]
fn fix_refuses_a_link_and_a_file_outside_the_project() {
    let (dir, f) = project();
    std::os::unix::fs::symlink(&f, dir.path().join("link.yaml")).unwrap();
    let (_, _, err) = run(fclint_in(dir.path()).args(["check", "-q", "--fix", "link.yaml"]));
    assert!(
        err.contains("fclint: warning: --fix does not write link.yaml: it is a symbolic link\n"),
        "{err}"
    );
    assert_eq!(std::fs::read_to_string(&f).unwrap(), input());

    let elsewhere = tempfile::tempdir().unwrap();
    std::fs::create_dir(elsewhere.path().join(".git")).unwrap();
    let (_, _, err) = run(fclint_in(elsewhere.path())
        .args(["check", "-q", "--fix"])
        .arg(&f));
    assert!(
        err.contains("it is outside the project root (give --allow-outside-root to fix it anyway)"),
        "{err}"
    );
    assert_eq!(std::fs::read_to_string(&f).unwrap(), input());
    let (_, _, _) = run(fclint_in(elsewhere.path())
        .args(["check", "-q", "--fix", "--allow-outside-root"])
        .arg(&f));
    assert_eq!(std::fs::read_to_string(&f).unwrap(), fixed());
}

#[test]
fn standard_input_can_be_diffed_not_fixed() {
    use std::io::Write;
    let (dir, _f) = project();
    let mut child = fclint_in(dir.path())
        .args(["check", "--diff", "--stdin-filename", "s.yaml", "-"])
        .stdin(std::process::Stdio::piped())
        .stdout(std::process::Stdio::piped())
        .stderr(std::process::Stdio::piped())
        .spawn()
        .unwrap();
    child
        .stdin
        .take()
        .unwrap()
        .write_all(input().as_bytes())
        .unwrap();
    let out = child.wait_with_output().unwrap();
    assert_eq!(out.status.code(), Some(1));
    assert!(String::from_utf8(out.stdout)
        .unwrap()
        .starts_with("--- a/s.yaml\n+++ b/s.yaml\n"));

    let (code, _, err) = run(fclint_in(dir.path()).args(["check", "--fix", "-"]));
    assert_eq!(code, 2);
    assert_eq!(
        err,
        "fclint: error: --fix rewrites files and cannot fix standard input; use --diff with `-`\n"
    );
}

/// A fix whose result another rule rejects as an error is left out, and the run says so.
#[test]
fn a_fix_that_would_add_an_error_is_left_out() {
    let (code, out, err) = run(common::fclint().args([
        "check",
        "--diff",
        "--unsafe-fixes",
        "testdata/err/sc005_one_finding_per_value.yaml",
    ]));
    assert_eq!((code, out.as_str()), (0, ""));
    assert_eq!(
        err,
        "fclint: testdata/err/sc005_one_finding_per_value.yaml: 1 fix(es) not applied because the result would have a new error (SC005)\nfclint: no fixes available\n"
    );
}
