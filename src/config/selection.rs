//! Rule selection: which rules run (`select`, `ignore`, by code, name or family prefix) and
//! how severe they are (`[rules.severity]`).

use std::collections::BTreeMap;

use crate::codes::{Code, Severity};

/// Which rules run and how severe they are.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct RuleSelection {
    /// Codes, names or family prefixes to run; empty = all.
    pub select: Vec<String>,
    /// Codes, names or family prefixes to skip.
    pub ignore: Vec<String>,
    /// Severity overrides by code or name.
    pub severity: BTreeMap<String, Severity>,
    /// Treat warnings as errors for the exit code.
    pub deny_warnings: bool,
}

impl RuleSelection {
    /// Is the rule `code` (named `name`) selected to run?
    ///
    /// A selector matches a rule by its exact code or name (most specific) or by a code
    /// prefix such as `EB` or `EB0` (as specific as it is long); `ALL` matches every rule.
    /// The most specific `select` and `ignore` matches decide: the rule runs when it is
    /// selected (or `select` is empty) and no `ignore` match is at least as specific.
    pub fn enabled(&self, code: Code) -> bool {
        let best = |list: &[String]| -> Option<usize> {
            list.iter()
                .filter_map(|s| selector_specificity(s, code))
                .max()
        };
        let sel = if self.select.is_empty() {
            Some(0)
        } else {
            best(&self.select)
        };
        match (sel, best(&self.ignore)) {
            (None, _) => false,
            (Some(_), None) => true,
            (Some(s), Some(i)) => s > i,
        }
    }

    /// The severity of `code` after `[rules.severity]` overrides (exact code or name first,
    /// then the longest matching family prefix).
    pub fn severity_of(&self, code: Code, default: Severity) -> Severity {
        self.severity
            .iter()
            .filter_map(|(k, v)| selector_specificity(k, code).map(|s| (s, *v)))
            .max_by_key(|(s, _)| *s)
            .map(|(_, v)| v)
            .unwrap_or(default)
    }
}

/// How specifically `selector` names the rule (`None`: not at all).
pub(super) fn selector_specificity(selector: &str, code: Code) -> Option<usize> {
    let s = selector.trim();
    if s.eq_ignore_ascii_case("ALL") {
        return Some(0);
    }
    if s.eq_ignore_ascii_case(code.as_str()) || s.eq_ignore_ascii_case(code.name()) {
        return Some(usize::MAX);
    }
    let up = s.to_ascii_uppercase();
    (!up.is_empty() && code.as_str().starts_with(&up)).then_some(up.len())
}

/// Does `selector` name at least one rule (by code, name, prefix or `ALL`)?
pub fn selector_is_known(selector: &str) -> bool {
    Code::ALL
        .iter()
        .any(|c| selector_specificity(selector, *c).is_some())
}

pub(crate) fn check_selectors(list: &[String], what: &str) -> Result<(), String> {
    for s in list {
        if !selector_is_known(s) {
            let hint =
                crate::text::did_you_mean(s, Code::ALL.iter().flat_map(|c| [c.as_str(), c.name()]))
                    .map(|h| format!(" (did you mean `{h}`?)"))
                    .unwrap_or_default();
            return Err(format!(
                "{what}: `{s}` is not a rule code, rule name or code prefix{hint}; see `fclint rules`"
            ));
        }
    }
    Ok(())
}
