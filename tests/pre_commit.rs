//! The pre-commit hooks of `.pre-commit-hooks.yaml`, run by the real `pre-commit` (from
//! PyPI) against a sample repository.
//!
//! Runs when `FCLINT_PRE_COMMIT` names a `pre-commit` executable (scripts/install-tools.sh
//! installs one and writes it to .tools/env.sh); otherwise it is skipped visibly, or fails
//! under `FCLINT_REQUIRE_TOOLS=1` (see `common::skip`). Offline and fast: the manifest is
//! committed to a scratch hook repository that the sample's `.pre-commit-config.yaml` uses
//! with the three lines users write, and the `fclint-system` hook finds the `fclint` this
//! test run built on `PATH`. The `fclint` hook (language: rust) differs only in how it
//! installs fclint — cargo from this repository, minutes from scratch — so it is built only
//! with `FCLINT_PRE_COMMIT_RUST=1` (`.ci/run` sets it) and checked structurally always.

mod common;
use common::root;

use std::path::Path;
use std::process::{Command, Output};

use fclint::source::{ParseLimits, SourceMap};

fn manifest() -> serde_json::Value {
    let path = root().join(".pre-commit-hooks.yaml");
    let mut sources = SourceMap::new();
    let id = sources.add(path.clone(), std::fs::read_to_string(&path).unwrap());
    let parsed = fclint::source::parse(id, sources.get(id), ParseLimits::default());
    assert!(parsed.diagnostics.is_empty(), "{:?}", parsed.diagnostics);
    parsed.root.unwrap().to_json()
}

fn hook<'a>(m: &'a serde_json::Value, id: &str) -> &'a serde_json::Value {
    m.as_array()
        .unwrap()
        .iter()
        .find(|h| h["id"] == id)
        .unwrap_or_else(|| panic!("no hook `{id}` in .pre-commit-hooks.yaml"))
}

/// The manifest as the README promises it, without needing pre-commit.
#[test]
fn manifest_declares_both_hooks() {
    let m = manifest();
    let rust = hook(&m, "fclint");
    assert_eq!(rust["language"], "rust");
    assert_eq!(rust["entry"], "fclint check --discovered-only");
    // The directory search's names (s.yaml, s.yml and the s.* / s-* / s_* variants).
    assert_eq!(rust["files"], fclint::discover::PRE_COMMIT_FILES);
    let system = hook(&m, "fclint-system");
    assert_eq!(system["language"], "system");
    // Same command on the same files: testing one tests what the other runs.
    for key in ["entry", "files", "types"] {
        assert_eq!(rust[key], system[key], "{key}");
    }
}

fn git(dir: &Path, args: &[&str]) {
    let out = Command::new("git")
        .current_dir(dir)
        .args([
            "-c",
            "user.name=fclint test",
            "-c",
            "user.email=fclint@example.invalid",
            "-c",
            "commit.gpgsign=false",
            "-c",
            "init.defaultBranch=main",
        ])
        .args(args)
        .env("GIT_CONFIG_GLOBAL", "/dev/null")
        .env("GIT_CONFIG_NOSYSTEM", "1")
        .output()
        .unwrap();
    assert!(
        out.status.success(),
        "git {args:?}: {}",
        String::from_utf8_lossy(&out.stderr)
    );
}

fn head(dir: &Path) -> String {
    let out = Command::new("git")
        .current_dir(dir)
        .args(["rev-parse", "HEAD"])
        .output()
        .unwrap();
    String::from_utf8(out.stdout).unwrap().trim().to_string()
}

/// The `.pre-commit-config.yaml` lines the README tells users to add.
fn readme_snippet() -> String {
    let readme = std::fs::read_to_string(root().join("README.md")).unwrap();
    let section = readme.split("### pre-commit").nth(1).unwrap();
    let block = section.split("```yaml\n").nth(1).unwrap();
    let block = block.split("```").next().unwrap().to_string();
    assert_eq!(block.lines().count(), 3, "{block}");
    block
}

const S_YAML: &str = "edition: 3.0.0
name: app
resources:
  fn:
    component: fc3
    props:
      region: cn-hangzhou
      functionName: orders
      runtime: python3.10
      code: ./code
      handler: index.handler
      timeout: TIMEOUT
";

/// A hook repository holding exactly this repository's manifest, committed.
fn make_hook_repo(pre_commit: &std::ffi::OsStr, hooks: &Path) {
    // A hook repository holding exactly this repository's manifest.
    let manifest = root().join(".pre-commit-hooks.yaml");
    assert!(
        Command::new(pre_commit)
            .arg("validate-manifest")
            .arg(&manifest)
            .status()
            .unwrap()
            .success(),
        "pre-commit rejects .pre-commit-hooks.yaml"
    );
    std::fs::copy(&manifest, hooks.join(".pre-commit-hooks.yaml")).unwrap();
    git(hooks, &["init", "-q"]);
    git(hooks, &["add", "-A"]);
    git(hooks, &["commit", "-q", "-m", "hooks"]);
}

/// The sample: two files the hook must check, two it must leave alone (both would fail).
fn write_failing_sample(sample: &Path) {
    std::fs::write(sample.join("svc/s.yaml"), S_YAML.replace("TIMEOUT", "0")).unwrap();
    std::fs::write(
        sample.join("api/s.yml"),
        S_YAML.replace("TIMEOUT", "100000"),
    )
    .unwrap();
    std::fs::write(sample.join("other.yaml"), "a: [unclosed\n").unwrap();
    std::fs::write(sample.join("svc/s.yaml.orig"), "a: [unclosed\n").unwrap();
    // A variant with `edition` is an s.yaml (checked); one without is not (left alone).
    std::fs::write(
        sample.join("svc/s.prod.yaml"),
        S_YAML.replace("TIMEOUT", "0"),
    )
    .unwrap();
    std::fs::write(sample.join("svc/s_en.yaml"), "a: [unclosed\n").unwrap();
}

#[test]
fn pre_commit_runs_fclint_on_s_yaml_files() {
    let Some(pre_commit) = common::tool("FCLINT_PRE_COMMIT") else {
        return;
    };
    let base = std::env::temp_dir().join(format!("fclint-pre-commit-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&base);
    let hooks = base.join("hooks");
    let sample = base.join("sample");
    std::fs::create_dir_all(&hooks).unwrap();
    std::fs::create_dir_all(sample.join("svc")).unwrap();
    std::fs::create_dir_all(sample.join("api")).unwrap();

    make_hook_repo(&pre_commit, &hooks);
    write_failing_sample(&sample);

    // The README's three lines, pointed at the scratch hook repository and its commit.
    let snippet = readme_snippet();
    let config = snippet
        .replace(
            "https://github.com/<owner>/fclint",
            &hooks.display().to_string(),
        )
        .replace("rev: <commit>", &format!("rev: {}", head(&hooks)))
        .replace("id: fclint }", "id: fclint-system }");
    assert_ne!(config, snippet);
    std::fs::write(
        sample.join(".pre-commit-config.yaml"),
        format!("repos:\n{config}"),
    )
    .unwrap();
    git(&sample, &["init", "-q"]);
    git(&sample, &["add", "-A"]);

    let bin_dir = Path::new(env!("CARGO_BIN_EXE_fclint")).parent().unwrap();
    let path = std::env::join_paths(std::iter::once(bin_dir.to_path_buf()).chain(
        std::env::split_paths(&std::env::var_os("PATH").unwrap_or_default()),
    ))
    .unwrap();
    let run = || -> Output {
        Command::new(&pre_commit)
            .current_dir(&sample)
            .args(["run", "--all-files", "--color", "never"])
            .env("PATH", &path)
            .env("PRE_COMMIT_HOME", base.join("cache"))
            .env("GIT_CONFIG_GLOBAL", "/dev/null")
            .env("GIT_CONFIG_NOSYSTEM", "1")
            .env_remove("NO_COLOR")
            .env_remove("LANG")
            .env_remove("LC_ALL")
            .env_remove("LC_MESSAGES")
            .output()
            .unwrap()
    };

    let out = run();
    let text =
        String::from_utf8_lossy(&out.stdout).into_owned() + &String::from_utf8_lossy(&out.stderr);
    assert_eq!(out.status.code(), Some(1), "{text}");
    assert!(text.contains("fclint (from PATH)"), "{text}");
    assert!(text.contains("Failed"), "{text}");
    assert!(text.contains("[svc/s.yaml:12:16]"), "{text}");
    assert!(
        text.contains("`timeout` is 0, below the minimum 1"),
        "{text}"
    );
    assert!(text.contains("[api/s.yml:12:16]"), "{text}");
    assert!(
        text.contains("`timeout` is 100000, above the maximum 86400"),
        "{text}"
    );
    assert!(text.contains("[svc/s.prod.yaml:12:16]"), "{text}");
    assert!(text.contains("3 files checked: 3 error(s)"), "{text}");
    assert!(
        !text.contains("other.yaml") && !text.contains(".orig") && !text.contains("s_en.yaml"),
        "{text}"
    );

    // Fixed: the hook passes (and still does not look at the two other files).
    std::fs::write(sample.join("svc/s.yaml"), S_YAML.replace("TIMEOUT", "60")).unwrap();
    std::fs::write(sample.join("api/s.yml"), S_YAML.replace("TIMEOUT", "600")).unwrap();
    std::fs::write(
        sample.join("svc/s.prod.yaml"),
        S_YAML.replace("TIMEOUT", "60"),
    )
    .unwrap();
    git(&sample, &["add", "-A"]);
    let out = run();
    let text =
        String::from_utf8_lossy(&out.stdout).into_owned() + &String::from_utf8_lossy(&out.stderr);
    assert_eq!(out.status.code(), Some(0), "{text}");
    assert!(text.contains("Passed"), "{text}");

    let _ = std::fs::remove_dir_all(&base);
}

/// The `fclint` hook itself (language: rust): pre-commit builds fclint from this repository
/// with `cargo install`. That is a release build from scratch, so it runs only when
/// `FCLINT_PRE_COMMIT_RUST=1` is set as well (`.ci/run` sets it). What the test proves — that
/// the hook installs fclint with cargo and runs it on the right files — does not depend on
/// optimisation, and an optimised build took 10 minutes on the shared 2-core machine: the
/// test builds the release profile at `opt-level = 0` (still without debug assertions), which
/// takes a debug build's time. The build goes to `target/pre-commit-rust` so that repeated
/// runs are incremental. Uses the committed state of this repository plus its uncommitted
/// changes to tracked files (`pre-commit try-repo`).
#[test]
fn pre_commit_rust_hook_builds_and_runs_fclint() {
    let Some(pre_commit) = common::tool("FCLINT_PRE_COMMIT") else {
        return;
    };
    if !std::env::var_os("FCLINT_PRE_COMMIT_RUST").is_some_and(|v| v == "1") {
        common::skip(
            "FCLINT_PRE_COMMIT_RUST=1 is not set; it builds fclint through the `fclint` hook (minutes)",
        );
        return;
    }
    let base = std::env::temp_dir().join(format!("fclint-pre-commit-rust-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&base);
    let sample = base.join("sample");
    std::fs::create_dir_all(&sample).unwrap();
    std::fs::write(sample.join("s.yaml"), S_YAML.replace("TIMEOUT", "0")).unwrap();
    git(&sample, &["init", "-q"]);
    git(&sample, &["add", "-A"]);
    let out = Command::new(&pre_commit)
        .current_dir(&sample)
        .arg("try-repo")
        .arg(root())
        .args(["fclint", "--all-files", "--color", "never"])
        .env("PRE_COMMIT_HOME", base.join("cache"))
        .env("CARGO_TARGET_DIR", root().join("target/pre-commit-rust"))
        .env("CARGO_PROFILE_RELEASE_OPT_LEVEL", "0")
        .env("CARGO_PROFILE_RELEASE_CODEGEN_UNITS", "256")
        .env("GIT_CONFIG_GLOBAL", "/dev/null")
        .env("GIT_CONFIG_NOSYSTEM", "1")
        .env_remove("LANG")
        .env_remove("LC_ALL")
        .env_remove("LC_MESSAGES")
        .output()
        .unwrap();
    let text =
        String::from_utf8_lossy(&out.stdout).into_owned() + &String::from_utf8_lossy(&out.stderr);
    assert_eq!(out.status.code(), Some(1), "{text}");
    assert!(text.contains("- hook id: fclint\n"), "{text}");
    assert!(text.contains("[s.yaml:12:16]"), "{text}");
    assert!(
        text.contains("`timeout` is 0, below the minimum 1"),
        "{text}"
    );
    let _ = std::fs::remove_dir_all(&base);
}
