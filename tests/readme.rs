//! The README and docs/ci.md say what the code does: every `--format` they mention exists, the
//! pre-deploy examples are blocks of fixtures that fclint checks clean, and the pre-commit hook
//! ids they name are in `.pre-commit-hooks.yaml`, and the fix table lists the rules that
//! declare a fix.

mod common;
use common::root;

use std::process::Command;

fn read(rel: &str) -> String {
    std::fs::read_to_string(root().join(rel)).unwrap()
}

#[test]
fn every_documented_format_runs() {
    let mut formats: Vec<String> = Vec::new();
    // The CI section of the README (other sections name formats of `plan` and `explain`).
    let readme = read("README.md");
    let ci = readme
        .split("## Using fclint in CI")
        .nth(1)
        .and_then(|s| s.split("\n## ").next())
        .unwrap()
        .to_string();
    for text in [ci, read("docs/ci.md")] {
        for part in text.split("--format ").skip(1) {
            let word: String = part
                .chars()
                .take_while(|c| c.is_ascii_alphanumeric())
                .collect();
            if !word.is_empty() && word != "FORMAT" && !formats.contains(&word) {
                formats.push(word);
            }
        }
    }
    for f in [
        "human", "json", "concise", "github", "sarif", "junit", "rdjson",
    ] {
        assert!(
            formats.iter().any(|x| x == f) || read("README.md").contains(&format!("`{f}`")),
            "the docs do not mention the `{f}` format"
        );
        if !formats.iter().any(|x| x == f) {
            formats.push(f.to_string());
        }
    }
    for f in &formats {
        let out = Command::new(env!("CARGO_BIN_EXE_fclint"))
            .current_dir(root())
            .args(["check", "testdata/ok/ed3_http.yaml", "--format", f])
            .output()
            .unwrap();
        assert_eq!(
            out.status.code(),
            Some(0),
            "--format {f}: {}",
            String::from_utf8_lossy(&out.stderr)
        );
        assert!(!out.stdout.is_empty() || f == "concise" || f == "github");
    }
}

/// The lines between `# readme:begin` and `# readme:end` of a fixture.
fn readme_block(fixture: &str) -> String {
    let text = read(fixture);
    let start = text.find("# readme:begin\n").unwrap() + "# readme:begin\n".len();
    let end = text.find("# readme:end").unwrap();
    let block = &text[start..end];
    // Drop the indentation of the `# readme:end` line itself.
    block.trim_end_matches(' ').to_string()
}

#[test]
fn pre_deploy_examples_are_checked_fixtures() {
    let readme = read("README.md");
    for fixture in [
        "testdata/ok/actions_pre_deploy_ed3.yaml",
        "testdata/ok/actions_pre_deploy_ed1.yaml",
    ] {
        let block = readme_block(fixture);
        assert!(block.contains("pre-deploy:"), "{fixture}: {block}");
        assert!(
            readme.contains(&block),
            "the README does not show the actions block of {fixture}:\n{block}"
        );
        assert!(
            readme.contains(fixture),
            "the README does not name {fixture}"
        );
        let out = Command::new(env!("CARGO_BIN_EXE_fclint"))
            .current_dir(root())
            .args(["check", fixture, "--format", "concise", "--select", "ALL"])
            .output()
            .unwrap();
        assert_eq!(out.status.code(), Some(0));
        assert!(
            out.stdout.is_empty(),
            "{fixture} is not clean:\n{}",
            String::from_utf8_lossy(&out.stdout)
        );
    }
}

#[test]
fn pre_commit_hook_ids_exist() {
    let readme = read("README.md");
    let hooks = read(".pre-commit-hooks.yaml");
    assert!(readme.contains("hooks: [{ id: fclint }]"));
    for id in ["fclint", "fclint-system"] {
        assert!(
            readme.contains(&format!("`{id}`")),
            "README does not explain `{id}`"
        );
        assert!(
            hooks.contains(&format!("- id: {id}\n")),
            ".pre-commit-hooks.yaml has no hook `{id}`"
        );
    }
}

/// The fix table of the README's "Fixing" section lists exactly the rules that declare a fix,
/// each with its applicability.
#[test]
fn fix_table_matches_the_registry() {
    let readme = read("README.md");
    let section = readme
        .split("## Fixing")
        .nth(1)
        .and_then(|s| s.split("\n## ").next())
        .expect("a Fixing section");
    let mut table: Vec<(String, String)> = section
        .lines()
        .filter_map(|l| {
            let cells: Vec<&str> = l
                .trim()
                .trim_matches('|')
                .split('|')
                .map(str::trim)
                .collect();
            let code = fclint::codes::Code::parse(cells.first()?)?;
            Some((code.as_str().to_string(), cells.last()?.to_string()))
        })
        .collect();
    table.sort();
    let mut declared: Vec<(String, String)> = fclint::checks::registry::all()
        .iter()
        .filter_map(|r| Some((r.code.as_str().to_string(), r.fix?.as_str().to_string())))
        .collect();
    declared.sort();
    assert_eq!(table, declared, "README fix table vs the rules' `fix:`");
}
