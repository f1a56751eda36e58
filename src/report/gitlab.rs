//! `--format gitlab`: GitLab Code Quality JSON (a subset of the Code Climate issue format),
//! for `artifacts: reports: codequality`. An array with one object per finding:
//! `description`, `check_name`, `fingerprint`, `severity` (info, minor, major, critical or
//! blocker), `location.path` and `location.lines.begin`/`end`. The fingerprint is stable
//! across runs (file, code, JSON Pointer, message) so GitLab can tell new findings from old.

use super::Report;
use crate::diag::{Diagnostic, Lang, Severity};

/// GitLab's severity for ours.
fn severity(s: Severity) -> &'static str {
    match s {
        Severity::Error => "major",
        Severity::Warning => "minor",
        Severity::Info => "info",
    }
}

/// 64-bit FNV-1a as 16 hex digits: stable across runs, platforms and fclint versions.
fn fnv(parts: &[&str]) -> String {
    let mut h: u64 = 0xcbf2_9ce4_8422_2325;
    for p in parts {
        for b in p.bytes().chain(std::iter::once(0)) {
            h ^= u64::from(b);
            h = h.wrapping_mul(0x0100_0000_01b3);
        }
    }
    format!("{h:016x}")
}

fn entry(path: &str, d: &Diagnostic, lang: Lang, fingerprint: String) -> serde_json::Value {
    serde_json::json!({
        "description": super::message_with_help(d, lang),
        "check_name": format!("{} {}", d.code, d.code.name()),
        "fingerprint": fingerprint,
        "severity": severity(d.severity),
        "location": {
            "path": path,
            "lines": { "begin": d.span.start.line, "end": d.span.end.line.max(d.span.start.line) },
        },
    })
}

pub fn render(r: &Report<'_>) -> String {
    let mut seen = std::collections::HashMap::<String, usize>::new();
    let items: Vec<serde_json::Value> = r
        .diagnostics
        .iter()
        .map(|d| {
            let path = r.path(d.span.file);
            let base = fnv(&[path, d.code.as_str(), &d.pointer, &d.message.en]);
            // Two identical findings in one file still get two fingerprints.
            let n = seen.entry(base.clone()).or_insert(0);
            *n += 1;
            let fp = if *n == 1 {
                base
            } else {
                fnv(&[&base, &n.to_string()])
            };
            entry(path, d, r.lang, fp)
        })
        .collect();
    let mut s = serde_json::to_string_pretty(&items).unwrap_or_else(|_| "[]".into());
    s.push('\n');
    s
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn fingerprints_are_stable() {
        assert_eq!(fnv(&["a"]), fnv(&["a"]));
        assert_ne!(fnv(&["a", "b"]), fnv(&["ab"]));
        assert_eq!(fnv(&[]), "cbf29ce484222325");
    }
}
