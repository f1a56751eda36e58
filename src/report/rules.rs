//! `fclint rules` (every rule: code, severity, fix, name, summary) and `fclint explain CODE`
//! (one rule's documentation and its fix), rendered from the registry. Whether a rule has a
//! fix, and of which kind, is what its `declare_rule!` says (`Rule::fix`).

use crate::checks::registry::{self, Rule};
use crate::codes::Applicability;
use crate::diag::Lang;
use crate::FatalError;

/// `fclint rules --format json`: one object per rule, pretty JSON with a trailing newline.
pub fn list_json(lang: Lang) -> String {
    let v: Vec<serde_json::Value> = registry::all()
        .iter()
        .map(|r| {
            serde_json::json!({
                "code": r.code,
                "name": r.name(),
                "severity": r.severity().as_str(),
                "family": r.family(),
                "fix": r.fix.map(crate::codes::Applicability::as_str),
                "summary": r.summary_in(lang),
                "needs": r.needs(),
            })
        })
        .collect();
    let mut s = serde_json::to_string_pretty(&v).unwrap_or_default();
    s.push('\n');
    s
}

/// `fclint rules`: one aligned line per rule: code, severity, fix (`[fix]`, `[unsafe fix]`,
/// `[no fix]`, as `--statistics` says it), name, summary.
pub fn list_human(lang: Lang) -> String {
    let fix_width = [None, Some(Applicability::Safe), Some(Applicability::Unsafe)]
        .iter()
        .map(|f| super::fixes::label(*f, lang).chars().count())
        .max()
        .unwrap_or(0);
    let mut s = String::new();
    for r in registry::all() {
        s.push_str(&format!(
            "{:<6} {:<8} {:<fix_width$} {:<40} {}\n",
            r.code,
            r.severity().as_str(),
            super::fixes::label(r.fix, lang),
            r.name(),
            r.summary_in(lang)
        ));
    }
    s
}

/// The line `fclint explain CODE` prints about the rule's fix.
pub fn fix_line(rule: &Rule, lang: Lang) -> &'static str {
    match (rule.fix, lang) {
        (Some(Applicability::Safe), Lang::En) => {
            "Fix: safe — `fclint check --fix` applies it; it keeps what the file means and changes nothing else that deploys."
        }
        (Some(Applicability::Unsafe), Lang::En) => {
            "Fix: unsafe — it may change what deploys; `fclint check --fix --unsafe-fixes` applies it (review `--diff` first)."
        }
        (None, Lang::En) => "Fix: none — change the file by hand.",
        (Some(Applicability::Safe), Lang::Zh) => {
            "修复：安全 — `fclint check --fix` 会应用它；它保持文件的原意，不改变其他会部署的内容。"
        }
        (Some(Applicability::Unsafe), Lang::Zh) => {
            "修复：不安全 — 可能改变部署的内容；`fclint check --fix --unsafe-fixes` 才会应用（请先用 `--diff` 审阅）。"
        }
        (None, Lang::Zh) => "修复：无 — 请手动修改文件。",
    }
}

/// The rule `target` names (a code or a kebab name), or an error that suggests the closest
/// code. `target` is neither an existing file nor directory: the caller looked first.
pub fn find(target: &str) -> Result<&'static Rule, FatalError> {
    registry::find(target).ok_or_else(|| {
        let hint = match crate::codes::Code::closest(target) {
            Some(c) => format!("; did you mean `{c}` ({})?", c.name()),
            None => " (see `fclint rules`)".to_string(),
        };
        FatalError(format!(
            "`{}` is neither a rule code, a rule name nor an existing file or directory{hint}",
            crate::inert::escape(target)
        ))
    })
}

/// `fclint explain CODE`: the heading, the summary, whether the rule has a fix
/// ([`fix_line`]) and the documentation in `lang`.
pub fn explain(rule: &Rule, lang: Lang) -> String {
    format!(
        "# {} {} ({})\n\n{}\n\n{}\n\n{}",
        rule.code,
        rule.name(),
        rule.severity().as_str(),
        rule.summary_in(lang),
        fix_line(rule, lang),
        rule.doc_in(lang)
    )
}
