//! The SchemaStore catalog entry (`editors/schemastore/catalog-entry.json`) is ready to submit,
//! and the generic name it claims does not flag unrelated files: with the real YAML language
//! server (FCLINT_YAML_LS), a Kubernetes manifest, a GitHub workflow, a Compose file and an
//! OpenAPI document named `s.yaml` get no diagnostic under the schema. Without the server that
//! part prints `SKIPPED …` on stderr, unless FCLINT_REQUIRE_TOOLS=1, where it fails.

mod common;

use std::path::Path;
use std::process::Command;

use serde_json::Value;

fn entry() -> Value {
    let text =
        std::fs::read_to_string(common::root().join("editors/schemastore/catalog-entry.json"))
            .unwrap();
    serde_json::from_str(&text).unwrap()
}

#[test]
fn catalog_entry_has_the_catalog_shape() {
    let e = entry();
    let keys: Vec<&str> = e.as_object().unwrap().keys().map(String::as_str).collect();
    assert_eq!(keys, ["name", "description", "fileMatch", "url"]);
    assert_eq!(e["fileMatch"], serde_json::json!(["s.yaml", "s.yml"]));
    // The URL is the schema's own `$id`: the file `tests/schema_stale.rs` keeps current.
    assert_eq!(e["url"], fclint::checks::schema::SCHEMA_ID);
    assert_eq!(
        fclint::checks::schema::document_schema()["$id"],
        fclint::checks::schema::SCHEMA_ID
    );
    // The catalog's description style: one sentence, no final full stop.
    let d = e["description"].as_str().unwrap();
    assert!(!d.ends_with('.') && !d.contains('\n'));
}

const UNRELATED: &[(&str, &str)] = &[
    (
        "k8s",
        "apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: web\nspec:\n  replicas: 2\n  template:\n    spec:\n      containers:\n        - name: web\n          image: nginx:1.27\n",
    ),
    (
        "workflow",
        "name: ci\non: [push]\njobs:\n  build:\n    runs-on: ubuntu-latest\n    steps:\n      - uses: actions/checkout@v4\n",
    ),
    (
        "compose",
        "services:\n  web:\n    image: nginx\n    ports: [\"80:80\"]\n  db:\n    image: postgres:16\n",
    ),
    (
        "openapi",
        "openapi: 3.0.0\ninfo: {title: x, version: \"1\"}\npaths: {}\n",
    ),
];

#[test]
fn unrelated_files_named_s_yaml_are_not_flagged() {
    let Some(server) = common::tool("FCLINT_YAML_LS") else {
        return;
    };
    let dir =
        Path::new(env!("CARGO_TARGET_TMPDIR")).join(format!("schemastore-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    let mut files = Vec::new();
    for (name, text) in UNRELATED {
        let d = dir.join(name);
        std::fs::create_dir_all(&d).unwrap();
        std::fs::write(d.join("s.yaml"), text).unwrap();
        files.push(d.join("s.yaml"));
    }
    // And a real s.yaml with a fault, so that a server that reports nothing cannot pass.
    let bad = dir.join("bad");
    std::fs::create_dir_all(&bad).unwrap();
    std::fs::write(
        bad.join("s.yaml"),
        "edition: 3.0.0\nresources:\n  f:\n    component: fc3\n    props:\n      region: cn-hangzhou\n      functionName: f\n      runtime: python3.10\n      handler: index.handler\n      code: ./code\n      timeout: lots\n",
    )
    .unwrap();
    files.push(bad.join("s.yaml"));
    let schema = common::fclint().arg("schema").output().unwrap();
    std::fs::write(dir.join("s.schema.json"), &schema.stdout).unwrap();
    let out = Command::new("node")
        .current_dir(common::root())
        .env("FCLINT_YAML_LS", server)
        .arg("scripts/yaml-ls-check.mjs")
        .arg("--schema")
        .arg(dir.join("s.schema.json"))
        .args(&files)
        .output()
        .expect("node runs");
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let results: Vec<Value> = String::from_utf8_lossy(&out.stdout)
        .lines()
        .map(|l| serde_json::from_str(l).unwrap())
        .collect();
    assert_eq!(results.len(), files.len());
    for r in &results {
        let n = r["diagnostics"].as_array().unwrap().len();
        if r["file"].as_str().unwrap().contains("/bad/") {
            assert_eq!(n, 1, "{r}");
        } else {
            assert_eq!(n, 0, "{r}");
        }
    }
    let _ = std::fs::remove_dir_all(&dir);
}
