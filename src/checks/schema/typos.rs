//! One mistake, one finding, and at the mistake: a misspelt required key (`functionNamex`, with
//! `functionName` missing) is the missing key (SC002, an error: the deploy fails), reported at
//! the misspelt key and naming it, not a missing-key error at the mapping plus an unknown-key
//! warning (SC003) at the typo. The same holds for a key a runtime requires (FN001: `handlr`
//! with `handler` missing). Only when exactly one unknown key of the mapping is close to the
//! missing one; otherwise the unknown keys stay SC003 and the missing one is not reported again.

use crate::checks::rules::schema::sc002_missing_required_key;
use crate::codes::Code;
use crate::diag::Diagnostic;
use crate::source::Span;

/// An unknown key SC003 found close to one known key (its did-you-mean suggestion).
#[derive(Debug, Clone)]
pub(crate) struct Typo {
    /// The pointer of the mapping that holds it.
    pub mapping: String,
    /// The key as written.
    pub key: String,
    /// The known key it is close to.
    pub suggestion: String,
    /// The label of the mapping in messages (`props`, `runOptions.batchWindow`).
    pub within: String,
    pub key_span: Span,
    /// The pointer of the key's value (where SC003 reports it).
    pub pointer: String,
    /// Not a misspelling but the other edition's name for the key (`codeUri` for `code`): what
    /// to write instead ([`crate::checks::schema::keys::hint`]).
    pub other_name: Option<crate::diag::Text>,
    /// SC003's rename of the key to `suggestion` (unsafe), when the rename is certain enough to
    /// offer (see `text::only_close_match`); the finding that takes the typo over carries it.
    pub fix: Option<crate::diag::Fix>,
}

impl Typo {
    /// `` `handlr` looks like a misspelling of `handler` ``, or the other edition's name.
    pub fn what(&self) -> crate::diag::Text {
        let (typo, key) = (&self.key, &self.suggestion);
        match self.other_name {
            Some(_) => crate::diag::Text::new(
                format!("`{typo}` is written in place of `{key}`"),
                format!("`{typo}` 写在了 `{key}` 的位置"),
            ),
            None => crate::diag::Text::new(
                format!("`{typo}` looks like a misspelling of `{key}`"),
                format!("`{typo}` 看起来是 `{key}` 的拼写错误"),
            ),
        }
    }

    /// `` rename `handlr` to `handler` ``, or the other edition's note.
    pub fn help(&self) -> crate::diag::Text {
        let (typo, key) = (&self.key, &self.suggestion);
        match &self.other_name {
            Some(t) => t.clone(),
            None => crate::diag::Text::new(
                format!("rename `{typo}` to `{key}`"),
                format!("请把 `{typo}` 改为 `{key}`"),
            ),
        }
    }
}

/// The one typo of `mapping` close to `key`, if there is exactly one.
pub(crate) fn only_typo_of<'t>(typos: &'t [Typo], mapping: &str, key: &str) -> Option<&'t Typo> {
    let mut it = typos
        .iter()
        .filter(|t| t.mapping == mapping && t.suggestion == key);
    let first = it.next()?;
    it.next().is_none().then_some(first)
}

/// The schema's findings with their missing key (mapping pointer, key): a missing key with one
/// typo becomes SC002 at the typo, and that typo's SC003 goes; a missing key that an unknown key
/// stands for otherwise (several typos, the other edition's name) is not reported.
pub(super) fn merge_missing(
    found: Vec<(Diagnostic, Option<(String, String)>)>,
    replaced: &[(String, String)],
    typos: &[Typo],
) -> Vec<Diagnostic> {
    let mut at_typo: Vec<String> = Vec::new();
    let mut out: Vec<Diagnostic> = Vec::with_capacity(found.len());
    for (d, missing) in found {
        let Some((mapping, key)) = missing.filter(|_| d.code == Code::SC002) else {
            out.push(d);
            continue;
        };
        let standing_in = replaced
            .iter()
            .filter(|(m, k)| *m == mapping && *k == key)
            .count();
        match only_typo_of(typos, &mapping, &key) {
            Some(t) if standing_in == 1 => {
                at_typo.push(t.pointer.clone());
                out.push(sc002_missing_required_key::misspelt(t));
            }
            _ if standing_in > 0 => {}
            _ => out.push(d),
        }
    }
    drop_unknown_at(&mut out, &at_typo);
    out
}

/// SC003 at the typos another finding already reports (SC002 above, FN001 in the semantic
/// checks) goes.
pub(super) fn drop_unknown_at(found: &mut Vec<Diagnostic>, pointers: &[String]) {
    if pointers.is_empty() {
        return;
    }
    found.retain(|d| !(d.code == Code::SC003 && pointers.contains(&d.pointer)));
}

#[cfg(test)]
mod tests {
    use super::*;

    fn typo(mapping: &str, key: &str, suggestion: &str) -> Typo {
        Typo {
            mapping: mapping.into(),
            key: key.into(),
            suggestion: suggestion.into(),
            within: "props".into(),
            key_span: Span::default(),
            pointer: format!("{mapping}/{key}"),
            other_name: None,
            fix: None,
        }
    }

    #[test]
    fn only_one_close_key_counts() {
        let one = [typo("/p", "handlr", "handler")];
        assert_eq!(
            only_typo_of(&one, "/p", "handler").map(|t| t.key.as_str()),
            Some("handlr")
        );
        assert!(only_typo_of(&one, "/q", "handler").is_none());
        let two = [
            typo("/p", "handlr", "handler"),
            typo("/p", "handle", "handler"),
        ];
        assert!(only_typo_of(&two, "/p", "handler").is_none());
    }
}
