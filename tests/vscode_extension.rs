//! `editors/vscode` builds into a `.vsix` with `@vscode/vsce` (pinned, installed with the
//! extension's own dependencies by scripts/install-tools.sh: FCLINT_VSCE, FCLINT_VSCODE_DEPS),
//! holding the extension, the language client it needs and the JSON Schema `fclint schema`
//! prints; and the extension starts `fclint lsp` for the files the schema is associated with.
//!
//! Without the tools the test prints `SKIPPED …` on stderr, unless FCLINT_REQUIRE_TOOLS=1, where it fails.

mod common;

use std::path::{Path, PathBuf};
use std::process::Command;

fn tools() -> Option<(PathBuf, PathBuf)> {
    match (
        std::env::var_os("FCLINT_VSCE"),
        std::env::var_os("FCLINT_VSCODE_DEPS"),
    ) {
        (Some(v), Some(d)) => Some((v.into(), d.into())),
        _ => {
            common::skip(
                "FCLINT_VSCE / FCLINT_VSCODE_DEPS are not set (scripts/install-tools.sh installs them; then `source .tools/env.sh`)",
            );
            None
        }
    }
}

fn copy_dir(from: &Path, to: &Path) {
    std::fs::create_dir_all(to).unwrap();
    for e in std::fs::read_dir(from).unwrap().flatten() {
        let p = e.path();
        let dest = to.join(e.file_name());
        if p.is_dir() {
            copy_dir(&p, &dest);
        } else {
            std::fs::copy(&p, &dest).unwrap();
        }
    }
}

#[test]
fn the_extension_packages_into_a_vsix() {
    let Some((vsce, deps)) = tools() else { return };
    let dir = Path::new(env!("CARGO_TARGET_TMPDIR")).join(format!("vsix-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    let ext = dir.join("fclint");
    for f in [
        "package.json",
        "package-lock.json",
        "extension.js",
        "README.md",
        "LICENSE",
        ".vscodeignore",
    ] {
        std::fs::create_dir_all(&ext).unwrap();
        std::fs::copy(common::root().join("editors/vscode").join(f), ext.join(f)).unwrap();
    }
    copy_dir(&deps, &ext.join("node_modules"));
    let schema = common::fclint().arg("schema").output().unwrap();
    assert!(schema.status.success());
    std::fs::write(ext.join("s.schema.json"), &schema.stdout).unwrap();

    let check = Command::new("node")
        .arg("--check")
        .arg(ext.join("extension.js"))
        .output()
        .expect("node runs");
    assert!(
        check.status.success(),
        "{}",
        String::from_utf8_lossy(&check.stderr)
    );

    let vsix = dir.join("fclint.vsix");
    let out = Command::new(&vsce)
        .current_dir(&ext)
        .args(["package", "--out"])
        .arg(&vsix)
        .output()
        .expect("vsce runs");
    assert!(
        out.status.success(),
        "vsce package failed:\n{}\n{}",
        String::from_utf8_lossy(&out.stdout),
        String::from_utf8_lossy(&out.stderr)
    );
    let bytes = std::fs::read(&vsix).unwrap();
    assert!(bytes.starts_with(b"PK"), "a .vsix is a zip file");

    // What the package holds.
    let ls = Command::new(&vsce)
        .current_dir(&ext)
        .arg("ls")
        .output()
        .expect("vsce runs");
    let files = String::from_utf8_lossy(&ls.stdout);
    for f in [
        "package.json",
        "extension.js",
        "s.schema.json",
        "LICENSE",
        "README.md",
        "node_modules/vscode-languageclient/package.json",
        "node_modules/vscode-languageclient/node.js",
    ] {
        assert!(
            files.lines().any(|l| l.trim() == f),
            "{f} is not packaged:\n{files}"
        );
    }

    // The extension starts `fclint lsp` for the files the schema is associated with.
    let manifest: serde_json::Value =
        serde_json::from_slice(&std::fs::read(ext.join("package.json")).unwrap()).unwrap();
    let matched: Vec<&str> = manifest["contributes"]["yamlValidation"][0]["fileMatch"]
        .as_array()
        .unwrap()
        .iter()
        .map(|v| v.as_str().unwrap())
        .collect();
    assert_eq!(matched, ["s.yaml", "s.yml", "s.*.yaml", "s.*.yml"]);
    assert_eq!(
        manifest["contributes"]["yamlValidation"][0]["url"],
        "./s.schema.json"
    );
    let js = std::fs::read_to_string(ext.join("extension.js")).unwrap();
    assert!(js.contains("args: ['lsp']"));
    assert!(js.contains("pattern: '**/s.{yaml,yml}'"));
    assert!(js.contains("pattern: '**/s.*.{yaml,yml}'"));
    let _ = std::fs::remove_dir_all(&dir);
}
