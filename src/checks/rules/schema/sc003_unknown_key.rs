//! SC003: a key FC does not know (a JSON-Schema `additionalProperties` error).

use crate::checks::schema::keys::hint;
use crate::checks::schema::typos::Typo;
use crate::checks::schema::{known_keys, Found, KeyNotes};
use crate::codes::Code;
use crate::diag::{Diagnostic, Fix, Text};
use crate::model::Edition;
use crate::source::{edit, Entry};

crate::codes::declare_rule! {
    /// ## What it checks
    /// Keys that are not part of the function or trigger configuration of the file's edition, down to the function's sub-objects (`nasConfig` mount points, `customRuntimeConfig`, `customContainerConfig`, `healthCheckConfig`, `logConfig`, lifecycle hooks, `customDomain` routes). When a known key is close, fclint suggests it (`maximumTask` → `maximumTasks`); the other edition's name for a setting is named as such (`nasDir` in an edition 3 mount point, `caPort` inside `customContainerConfig`). A misspelt key that a rule requires (the only unknown key close to it) is that rule's finding instead, at the typo: SC002 for a required key (`functionNamex`), FN001 for what a runtime needs (`handlr`).
    ///
    /// ## Why it matters
    /// FC and EventBridge ignore keys they do not know, and the fc3 schema does not close its objects, so `s verify` accepts them too (https://github.com/devsapp/fc3/blob/4ca1c1b8c33e654438bb73b64cfc95a5c9d94f5a/src/schema.json). A misspelt `maximumTasks` leaves one consumer on a 12-partition topic, and nothing tells you.
    ///
    /// ## Example
    /// ```yaml
    /// runOptions:
    ///   maximumTask: 12
    /// ```
    /// ## Fix
    /// ```yaml
    /// runOptions:
    ///   maximumTasks: 12
    /// ```
    /// When exactly one known key is a typo away (two edits at most, case ignored; not a completion
    /// such as `memory` → `memorySize`), `fclint check --fix --unsafe-fixes` renames the key to it,
    /// keeping its value, quotes and comments (unsafe: the setting starts to take effect, which
    /// changes what deploys). No fix when the key is already in the mapping, when two unknown keys
    /// would become the same key, or when the key is merged in or comes from a template or another
    /// file.
    SC003,
    summary: "A key FC does not know (often a typo); suggests the closest known key",
    summary_zh: "函数计算不认识的键（常为拼写错误），并给出最接近的已知键",
    doc_zh: include_str!("sc003_unknown_key.zh.md"),
    fix: Unsafe,
}

/// The mapping at `f` holds the `unexpected` keys; a key that is itself an unresolved
/// `${…}` is not known offline and not reported.
///
/// An unknown key that stands for a known one (a typo with one close key, or the other
/// edition's name for it) is noted in `keys`, so that a missing-key error for the key it
/// replaces is not reported too: one mistake, one finding.
pub(crate) fn unknown(
    f: &Found<'_>,
    unexpected: &[String],
    limit: usize,
    edition: Edition,
    keys: &mut KeyNotes,
) -> Vec<Diagnostic> {
    let known = known_keys(f.schema_path);
    let within = &f.name;
    // One index of the mapping: many unknown keys stay linear.
    let index: std::collections::HashMap<&str, &Entry> = f
        .node
        .entries()
        .iter()
        .map(|e| (e.key.as_str(), e))
        .collect();
    // The key each reported unknown key would be renamed to, and how many would take it: two
    // renamed to one key would make a duplicate, so neither is. Only the keys reported (at most
    // `limit`) are compared: 200 000 unknown keys cost no distance computations beyond those.
    // (A key past the limit renamed into the same target is refused by `rename_key` once the
    // first rename has landed.)
    let mut targets: std::collections::HashMap<&str, usize> = std::collections::HashMap::new();
    let renames: Vec<Option<&str>> = unexpected
        .iter()
        .take(limit)
        .map(|key| {
            let target = crate::text::only_close_match(key, known.iter().map(String::as_str));
            if let Some(t) = target {
                *targets.entry(t).or_default() += 1;
            }
            target
        })
        .collect();
    let src = f.sources.get(f.node.span.file);
    unexpected
        .iter()
        .zip(&renames)
        .take(limit)
        .filter_map(|(key, rename)| {
            let e = *index.get(key.as_str())?;
            if e.value.is_unknown() && e.key.starts_with("${") {
                return None;
            }
            let message = Text::new(
                format!("unknown key `{key}` in `{within}`"),
                format!("`{within}` 中存在未知的键 `{key}`"),
            );
            if let Some((help, replacement)) = hint(edition, f.rel, key) {
                if let Some(r) = replacement {
                    keys.replaced.push((f.node.pointer.clone(), r.to_string()));
                    keys.typos.push(Typo {
                        mapping: f.node.pointer.clone(),
                        key: key.clone(),
                        suggestion: r.to_string(),
                        within: within.clone(),
                        key_span: e.key_span,
                        pointer: e.value.pointer.clone(),
                        other_name: Some(help.clone()),
                        fix: None,
                    });
                }
                return Some(
                    Diagnostic::new(Code::SC003, e.key_span, e.value.pointer.clone(), message)
                        .with_help(help),
                );
            }
            let fix = rename
                .filter(|t| targets.get(t) == Some(&1))
                .and_then(|t| {
                    let edit = edit::rename_key(src, f.node, key, t)?;
                    Some(Fix::unsafe_(
                        Text::new(
                            format!("rename `{key}` to `{t}`"),
                            format!("把 `{key}` 改名为 `{t}`"),
                        ),
                        vec![edit],
                    ))
                });
            let suggestion = crate::text::did_you_mean(key, known.iter().map(String::as_str));
            if let Some(s) = suggestion {
                keys.replaced.push((f.node.pointer.clone(), s.to_string()));
                keys.typos.push(Typo {
                    mapping: f.node.pointer.clone(),
                    key: key.clone(),
                    suggestion: s.to_string(),
                    within: within.clone(),
                    key_span: e.key_span,
                    pointer: e.value.pointer.clone(),
                    other_name: None,
                    fix: fix.clone(),
                });
            }
            let help = match suggestion {
                Some(s) => Text::new(
                    format!("did you mean `{s}`? FC ignores keys it does not know, so this setting has no effect"),
                    format!("是否想写 `{s}`？函数计算会忽略未知的键，此设置不会生效"),
                ),
                None => Text::new(
                    format!("known keys here: {}", quoted(&known).join(", ")),
                    format!("此处可用的键：{}", quoted(&known).join("、")),
                ),
            };
            Some(
                Diagnostic::new(Code::SC003, e.key_span, e.value.pointer.clone(), message)
                    .with_help(help)
                    .with_fix(fix),
            )
        })
        .collect()
}

fn quoted(keys: &[String]) -> Vec<String> {
    keys.iter().map(|k| format!("`{k}`")).collect()
}
