//! Differential test: `fclint preview` against the real Serverless Devs CLI.
//!
//! For every edition-3 file in `$FCLINT_CORPUS`, run `s preview -t FILE -o json` (the
//! binary named by `FCLINT_S_BIN`; `scripts/install-tools.sh` installs it into `.tools`)
//! and compare its resolved `resources` with fclint's. Environment variables the file
//! reads without a default are set to the same dummy value for both tools, so more
//! files render. A value fclint leaves unknown (`${config(…)}`, outputs, registry
//! placeholders) matches only where `s preview`'s own value still holds an unresolved
//! expression. A file `s preview` refuses must get an error-level finding from `fclint
//! check`. Every other difference must be listed, with its reason, in
//! `tests/data/preview-exclusions.tsv`, and an exclusion that no longer matches anything
//! fails the test, so the list cannot go stale.

mod common;

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};
use std::process::Command;

use fclint::model::Edition;
use fclint::resolve::ResolveOptions;
use fclint::source::{Kind, Node, SourceMap};
use serde_json::Value;

fn s_bin() -> Option<PathBuf> {
    common::tool("FCLINT_S_BIN").map(PathBuf::from)
}

/// Names of environment variables read as `env('X')` / `env(X)` / `env.X`.
fn env_names(text: &str) -> Vec<String> {
    let mut out = Vec::new();
    for (i, _) in text.match_indices("env") {
        let rest = &text[i + 3..];
        let rest = rest
            .strip_prefix('(')
            .or_else(|| rest.strip_prefix('.'))
            .unwrap_or("");
        let rest = rest.trim_start_matches([' ', '\'', '"']);
        let name: String = rest
            .chars()
            .take_while(|c| c.is_ascii_alphanumeric() || *c == '_')
            .collect();
        if !name.is_empty() && !out.contains(&name) {
            out.push(name);
        }
    }
    out
}

fn s_preview(
    s_bin: &Path,
    file: &Path,
    env: &BTreeMap<String, String>,
    home: &Path,
) -> Result<Value, String> {
    let out = Command::new("timeout")
        .arg("120")
        .arg(s_bin)
        .args(["preview", "-t"])
        .arg(file)
        .args(["-o", "json"])
        .env("HOME", home)
        .env("NO_COLOR", "1")
        .envs(env)
        .output()
        .map_err(|e| format!("cannot run s: {e}"))?;
    let stdout = String::from_utf8_lossy(&out.stdout);
    // `s` prints a warning line (and, on errors, a report) around the JSON.
    let start = stdout.lines().position(|l| l.starts_with('{'));
    let json = start.map(|s| stdout.lines().skip(s).collect::<Vec<_>>().join("\n"));
    match (out.status.success(), json) {
        (true, Some(j)) => serde_json::from_str(&j).map_err(|e| format!("unreadable JSON: {e}")),
        _ => {
            let all = format!("{stdout}{}", String::from_utf8_lossy(&out.stderr));
            let reason = all
                .lines()
                .map(str::trim)
                .find(|l| {
                    l.contains("Error") && !l.starts_with("Error Message")
                        || l.contains("not found")
                })
                .unwrap_or("no JSON output")
                .to_string();
            Err(reason)
        }
    }
}

/// Compare our resolved node with the CLI's JSON; push `(pointer, ours, theirs)` per difference.
fn compare(ours: &Node, theirs: &Value, ptr: &str, out: &mut Vec<(String, String, String)>) {
    let differ = |out: &mut Vec<_>| {
        // The values themselves, as `fclint preview --reveal` prints them (not their masks).
        let shown = fclint::resolve::preview::to_json(ours, true).to_string();
        let shown = if ours.is_unknown() {
            format!("unknown {shown}")
        } else {
            shown
        };
        out.push((ptr.to_string(), shown, theirs.to_string()))
    };
    match (&ours.kind, theirs) {
        (Kind::Unknown(_), t) if holds_expression(t) => {}
        (Kind::Null, Value::Null) => {}
        (Kind::Bool(a), Value::Bool(b)) if a == b => {}
        (Kind::Int(a), Value::Number(b)) if b.as_f64() == Some(*a as f64) => {}
        (Kind::Float(a), Value::Number(b)) if b.as_f64() == Some(*a) => {}
        (Kind::Str(a), Value::String(b)) if a == b => {}
        (Kind::Seq(a), Value::Array(b)) if a.len() == b.len() => {
            for (i, (x, y)) in a.iter().zip(b).enumerate() {
                compare(x, y, &format!("{ptr}/{i}"), out);
            }
        }
        (Kind::Map(a), Value::Object(b)) => {
            // The CLI drops null-valued keys below the top level.
            for e in a.iter().filter(|e| !e.value.is_null()) {
                let p = format!("{ptr}/{}", e.key);
                match b.get(&e.key) {
                    Some(v) => compare(&e.value, v, &p, out),
                    None => out.push((p, "present".into(), "absent".into())),
                }
            }
            for k in b.keys() {
                if !a.iter().any(|e| &e.key == k && !e.value.is_null()) {
                    out.push((format!("{ptr}/{k}"), "absent".into(), "present".into()));
                }
            }
        }
        _ => differ(out),
    }
}

/// Whether `s preview` left an expression in this value unresolved too: a string that still
/// holds `${…}` (variables, `config(…)`, outputs) or `{{ … }}` (registry placeholders).
fn holds_expression(theirs: &Value) -> bool {
    match theirs {
        Value::String(s) => s.contains("${") || s.contains("{{"),
        _ => false,
    }
}

/// A corpus file, the dummy environment it got, and what `s preview` made of it.
type Rendered = (PathBuf, BTreeMap<String, String>, Result<Value, String>);

/// One line of `tests/data/preview-exclusions.tsv`: differences below `pointer` in corpus
/// file `id` are explained by `reason`. The pointer [`REFUSED`] stands for the whole file:
/// `s preview` refuses it while `fclint check` finds no error.
struct Exclusion {
    id: String,
    pointer: String,
    line: String,
}

/// The pointer of an exclusion for a file `s preview` refuses (see [`Exclusion`]).
const REFUSED: &str = "(refused)";

/// fclint's side of the comparison: the file resolved with the same dummy environment the
/// CLI got (never the process's own). One function, so that what is compared — the library's
/// resolved tree today — is easy to switch, e.g. to `fclint preview`'s JSON.
fn fclint_resolved(f: &Path, env: &BTreeMap<String, String>) -> Node {
    let opts = ResolveOptions {
        env: env.clone(),
        use_process_env: false,
        allow_outside_root: false,
    };
    let mut sources = SourceMap::new();
    let doc = fclint::load(&mut sources, f, &opts).unwrap();
    doc.root.unwrap()
}

/// The error-level findings `fclint check` reports on a file, with the same environment.
fn fclint_errors(f: &Path, env: &BTreeMap<String, String>) -> Vec<String> {
    let opts = fclint::CheckOptions {
        resolve: ResolveOptions {
            env: env.clone(),
            use_process_env: false,
            allow_outside_root: false,
        },
        ..Default::default()
    };
    let mut sources = SourceMap::new();
    fclint::check_file(&mut sources, f, &opts)
        .unwrap()
        .iter()
        .filter(|d| d.severity == fclint::diag::Severity::Error)
        .map(|d| format!("{}:{} {}", d.span.start.line, d.span.start.col, d.code))
        .collect()
}

fn exclusions() -> Vec<Exclusion> {
    let path = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/data/preview-exclusions.tsv");
    let text = std::fs::read_to_string(&path).unwrap();
    text.lines()
        .filter(|l| !l.trim().is_empty() && !l.starts_with('#'))
        .map(|l| {
            let cols: Vec<&str> = l.split('\t').collect();
            assert!(
                cols.len() == 3 && !cols[2].trim().is_empty(),
                "{}: every exclusion needs id, pointer prefix and reason: {l}",
                path.display()
            );
            Exclusion {
                id: cols[0].to_string(),
                pointer: cols[1].to_string(),
                line: l.to_string(),
            }
        })
        .collect()
}

/// The edition 3 files of the corpus (`s preview` does not render edition 1), each with a
/// made-up value for every environment variable it reads.
fn edition3_jobs(files: Vec<PathBuf>) -> Vec<(PathBuf, BTreeMap<String, String>)> {
    let mut jobs = Vec::new();
    for f in files {
        let mut sources = SourceMap::new();
        let doc = fclint::load(&mut sources, &f, &ResolveOptions::default()).unwrap();
        if doc.edition == Edition::V3 && doc.root.is_some() {
            let text = std::fs::read_to_string(&f).unwrap();
            let env: BTreeMap<String, String> = env_names(&text)
                .into_iter()
                .map(|n| {
                    let v = format!("fclint-test-{}", n.to_ascii_lowercase());
                    (n, v)
                })
                .collect();
            jobs.push((f, env));
        }
    }
    jobs
}

/// `s preview` on every job.
fn run_previews(
    s_bin: &std::path::Path,
    jobs: &[(PathBuf, BTreeMap<String, String>)],
) -> Vec<Rendered> {
    let home = std::env::temp_dir().join(format!("fclint-s-home-{}", std::process::id()));
    std::fs::create_dir_all(&home).unwrap();
    // Two workers: `s` is a Node.js program that spends most of its second starting up.
    let results: Vec<Rendered> = std::thread::scope(|scope| {
        let chunks: Vec<_> = jobs.chunks(jobs.len().div_ceil(2)).collect();
        let handles: Vec<_> = chunks
            .into_iter()
            .map(|chunk| {
                let home = &home;
                scope.spawn(move || {
                    chunk
                        .iter()
                        .map(|(f, env)| (f.clone(), env.clone(), s_preview(s_bin, f, env, home)))
                        .collect::<Vec<_>>()
                })
            })
            .collect();
        handles
            .into_iter()
            .flat_map(|h| h.join().unwrap())
            .collect()
    });
    let _ = std::fs::remove_dir_all(&home);
    results
}

/// The exclusions that matched nothing.
fn unused_lines<'e>(excl: &'e [Exclusion], used: &[bool]) -> Vec<&'e str> {
    excl.iter()
        .zip(used)
        .filter(|(_, u)| !**u)
        .map(|(e, _)| e.line.as_str())
        .collect()
}

#[test]
fn preview_agrees_with_s_preview_on_the_corpus() {
    let Some(s_bin) = s_bin() else { return };
    let Some((_, files)) = common::corpus() else {
        return;
    };
    let jobs = edition3_jobs(files);
    assert!(
        jobs.len() > 50,
        "expected the corpus's edition-3 files, found {}",
        jobs.len()
    );
    let results = run_previews(&s_bin, &jobs);
    let excl = exclusions();
    let mut used = vec![false; excl.len()];
    let mut rendered = 0;
    let mut agree = 0;
    let mut explained = 0;
    let mut refused = Vec::new();
    let mut unexplained = Vec::new();
    for (f, env, theirs) in results {
        let id = f.file_stem().unwrap().to_string_lossy().into_owned();
        let theirs = match theirs {
            Ok(v) => v,
            Err(reason) => {
                // `s preview` refuses the file: fclint must find an error in it too, or
                // the exclusions must say why not.
                let errors = fclint_errors(&f, &env);
                let listed = excl.iter().position(|e| e.id == id && e.pointer == REFUSED);
                match (errors.is_empty(), listed) {
                    (false, _) => {
                        refused.push(format!("{id}: {reason}; fclint: {}", errors.join(", ")))
                    }
                    (true, Some(i)) => {
                        used[i] = true;
                        refused.push(format!("{id}: {reason}; excluded"));
                    }
                    (true, None) => unexplained.push(format!(
                        "{id}: s preview refuses it ({reason}), fclint check reports no error"
                    )),
                }
                continue;
            }
        };
        rendered += 1;
        let root = fclint_resolved(&f, &env);
        let mut diffs = Vec::new();
        match (root.get("resources"), theirs.get("resources")) {
            (Some(o), Some(t)) => compare(o, t, "/resources", &mut diffs),
            (o, t) => assert_eq!(
                o.is_some(),
                t.is_some(),
                "{id}: resources present on one side only"
            ),
        }
        let before = diffs.len();
        diffs.retain(|(p, _, _)| {
            let hit = excl
                .iter()
                .position(|e| e.id == id && e.pointer != REFUSED && p.starts_with(&e.pointer));
            if let Some(i) = hit {
                used[i] = true;
            }
            hit.is_none()
        });
        if diffs.is_empty() {
            if before == 0 {
                agree += 1;
            } else {
                explained += 1;
            }
        } else {
            for (p, o, t) in diffs {
                unexplained.push(format!("{id} {p}: fclint {o}, s preview {t}"));
            }
        }
    }
    let total = rendered + refused.len();
    let differing: std::collections::BTreeSet<&str> = unexplained
        .iter()
        .filter_map(|l| l.split([' ', ':']).next())
        .collect();
    println!(
        "s preview rendered {rendered} of {total} edition-3 files: {agree} agree, {explained} differ only where tests/data/preview-exclusions.tsv explains why, {} differ otherwise",
        differing.len()
    );
    println!("refused by s preview ({}):", refused.len());
    for n in &refused {
        println!("  {n}");
    }
    assert!(
        rendered > 30,
        "s preview rendered only {rendered} files; is the CLI working?"
    );
    let stale = unused_lines(&excl, &used);
    assert!(
        unexplained.is_empty() && stale.is_empty(),
        "differences from s preview:\n{}\n\nexclusions in tests/data/preview-exclusions.tsv that no longer match anything (remove them):\n{}",
        unexplained.join("\n"),
        stale.join("\n")
    );
}

#[test]
fn env_names_are_found_in_every_form() {
    assert_eq!(
        env_names("a: ${env('A')} b: ${env(B, 'x')} c: ${env.C} d: ${env(\"D\")}"),
        vec!["A", "B", "C", "D"]
    );
}
