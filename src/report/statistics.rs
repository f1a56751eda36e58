//! `--statistics`: how many findings of each rule, with its name and whether fclint can fix
//! it, like `ruff check --statistics`. fclint has no automatic fixes, so the fix column says
//! so for every rule rather than being left out.

use std::fmt::Write as _;

use super::Report;
use crate::codes::Code;
use crate::diag::Lang;

/// Counts per code, most frequent first (then by code).
pub fn counts(r: &Report<'_>) -> Vec<(Code, usize)> {
    let mut m = std::collections::BTreeMap::<Code, usize>::new();
    for d in r.diagnostics {
        *m.entry(d.code).or_default() += 1;
    }
    let mut v: Vec<(Code, usize)> = m.into_iter().collect();
    v.sort_by(|a, b| b.1.cmp(&a.1).then(a.0.cmp(&b.0)));
    v
}

/// A table: count, code, fixability, severity and name.
pub fn text(r: &Report<'_>) -> String {
    let rows = counts(r);
    let width = rows
        .iter()
        .map(|(_, n)| n.to_string().len())
        .max()
        .unwrap_or(1);
    let mut s = String::new();
    for (code, n) in &rows {
        let _ = writeln!(
            s,
            "{n:>width$}\t{code}\t{}\t{}",
            match r.lang {
                Lang::En => "[no fix]",
                Lang::Zh => "[无自动修复]",
            },
            code.name()
        );
    }
    if rows.is_empty() {
        s.push_str(match r.lang {
            Lang::En => "no findings\n",
            Lang::Zh => "没有问题\n",
        });
    }
    s
}

/// `[{"code", "name", "count", "fixable"}]`.
pub fn json(r: &Report<'_>) -> String {
    let v: Vec<serde_json::Value> = counts(r)
        .into_iter()
        .map(|(code, n)| {
            serde_json::json!({
                "code": code,
                "name": code.name(),
                "count": n,
                "fixable": false,
            })
        })
        .collect();
    let mut s = serde_json::to_string_pretty(&v).unwrap_or_else(|_| "[]".into());
    s.push('\n');
    s
}
