//! `--statistics`: how many findings of each rule, with its name and whether fclint can fix
//! it, like `ruff check --statistics`: `[fix]` when a finding of the rule carries a safe fix
//! (`fclint check --fix` applies it), `[unsafe fix]` when its fixes need `--unsafe-fixes`,
//! `[no fix]` otherwise.

use std::fmt::Write as _;

use super::Report;
use crate::codes::{Applicability, Code};
use crate::diag::Lang;

/// The best fix the findings of `code` carry: safe if any has a safe fix, else unsafe if any
/// has one, else none.
fn fix_of(r: &Report<'_>, code: Code) -> Option<Applicability> {
    let mut best = None;
    for f in r.diagnostics.iter().filter(|d| d.code == code) {
        match f.fix.as_ref().map(|x| x.applicability) {
            Some(Applicability::Safe) => return Some(Applicability::Safe),
            Some(Applicability::Unsafe) => best = Some(Applicability::Unsafe),
            None => {}
        }
    }
    best
}

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
            super::fixes::label(fix_of(r, *code), r.lang),
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

/// `[{"code", "name", "count", "fixable", "fix"}]`: `fixable` says whether a finding of the
/// rule carries a fix, `fix` which kind (`"safe"`, `"unsafe"` or `null`).
pub fn json(r: &Report<'_>) -> String {
    let v: Vec<serde_json::Value> = counts(r)
        .into_iter()
        .map(|(code, n)| {
            let fix = fix_of(r, code);
            serde_json::json!({
                "code": code,
                "name": code.name(),
                "count": n,
                "fixable": fix.is_some(),
                "fix": fix.map(Applicability::as_str),
            })
        })
        .collect();
    let mut s = serde_json::to_string_pretty(&v).unwrap_or_else(|_| "[]".into());
    s.push('\n');
    s
}
