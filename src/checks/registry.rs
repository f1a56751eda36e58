//! Rule metadata: every diagnostic code fclint emits is declared once, with its
//! documentation, next to the code that emits it. `fclint rules`, `fclint explain CODE`,
//! SARIF `rules[]` and the rule selection all read this table.

use crate::diag::{Lang, Severity};

/// The declaration of one rule (diagnostic code).
#[derive(Debug)]
pub struct RuleMeta {
    /// Stable code: family prefix + number, e.g. `EB101`.
    pub code: &'static str,
    /// Stable kebab-case name, e.g. `dlq-without-errors-tolerance-all`.
    pub name: &'static str,
    pub severity: Severity,
    /// One line: what it finds.
    pub summary: &'static str,
    pub summary_zh: &'static str,
    /// Markdown: what it checks, why it matters (with a source link), a failing and a fixed example.
    pub doc: &'static str,
    pub doc_zh: &'static str,
    /// Inventory facts the rule needs (e.g. `partitions`); empty when s.yaml is enough.
    pub needs: &'static [&'static str],
}

impl RuleMeta {
    pub fn family(&self) -> &'static str {
        let end = self
            .code
            .find(|c: char| c.is_ascii_digit())
            .unwrap_or(self.code.len());
        &self.code[..end]
    }

    pub fn summary_in(&self, lang: Lang) -> &'static str {
        match lang {
            Lang::Zh if !self.summary_zh.is_empty() => self.summary_zh,
            _ => self.summary,
        }
    }

    pub fn doc_in(&self, lang: Lang) -> &'static str {
        match lang {
            Lang::Zh if !self.doc_zh.is_empty() => self.doc_zh,
            _ => self.doc,
        }
    }
}

/// Every rule, in code order.
pub fn all() -> &'static [&'static RuleMeta] {
    static ALL: std::sync::OnceLock<Vec<&'static RuleMeta>> = std::sync::OnceLock::new();
    ALL.get_or_init(|| {
        let mut v: Vec<&'static RuleMeta> = Vec::new();
        v.extend(super::syntax::RULES.iter());
        v.extend(super::structure::RULES.iter());
        v.extend(super::schema::RULES.iter());
        v.extend(super::rules::RULES.iter().flat_map(|f| f.iter()));
        v.extend(crate::resolve::RULES.iter());
        v.sort_by(|a, b| a.code.cmp(b.code));
        v
    })
}

/// Find a rule by code (case-insensitive) or name.
pub fn find(code_or_name: &str) -> Option<&'static RuleMeta> {
    let all = all();
    // Codes are sorted: the common case (an exact code) is a binary search.
    if let Ok(i) = all.binary_search_by(|r| r.code.cmp(code_or_name)) {
        return Some(all[i]);
    }
    all.iter().copied().find(|r| {
        r.code.eq_ignore_ascii_case(code_or_name) || r.name.eq_ignore_ascii_case(code_or_name)
    })
}

/// Default severity of a code; `Error` for codes not in the table (never happens in tests).
pub fn default_severity(code: &str) -> Severity {
    find(code).map(|r| r.severity).unwrap_or(Severity::Error)
}
