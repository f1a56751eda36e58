//! `fclint rules` (every rule: code, severity, name, summary) and `fclint explain CODE` (one
//! rule's documentation), rendered from the registry.

use crate::checks::registry::{self, Rule};
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
                "summary": r.summary_in(lang),
                "needs": r.needs(),
            })
        })
        .collect();
    let mut s = serde_json::to_string_pretty(&v).unwrap_or_default();
    s.push('\n');
    s
}

/// `fclint rules`: one aligned line per rule.
pub fn list_human(lang: Lang) -> String {
    let mut s = String::new();
    for r in registry::all() {
        s.push_str(&format!(
            "{:<6} {:<8} {:<40} {}\n",
            r.code,
            r.severity().as_str(),
            r.name(),
            r.summary_in(lang)
        ));
    }
    s
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

/// `fclint explain CODE`: the heading, the summary and the documentation in `lang`.
pub fn explain(rule: &Rule, lang: Lang) -> String {
    format!(
        "# {} {} ({})\n\n{}\n\n{}",
        rule.code,
        rule.name(),
        rule.severity().as_str(),
        rule.summary_in(lang),
        rule.doc_in(lang)
    )
}
