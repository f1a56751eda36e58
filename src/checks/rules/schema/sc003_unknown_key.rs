//! SC003: a key FC does not know (a JSON-Schema `additionalProperties` error).

use crate::checks::schema::{known_keys, Found};
use crate::codes::Code;
use crate::diag::{Diagnostic, Text};

crate::codes::declare_rule! {
    /// ## What it checks
    /// Keys that are not part of the function or trigger configuration of the file's edition. When a known key is close, fclint suggests it (`maximumTask` → `maximumTasks`).
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
    SC003,
    summary: "A key FC does not know (often a typo); suggests the closest known key",
    summary_zh: "函数计算不认识的键（常为拼写错误），并给出最接近的已知键",
    doc_zh: include_str!("sc003_unknown_key.zh.md"),
}

/// The mapping at `f` holds the `unexpected` keys; a key that is itself an unresolved
/// `${…}` is not known offline and not reported.
pub(crate) fn unknown(f: &Found<'_>, unexpected: &[String]) -> Vec<Diagnostic> {
    let known = known_keys(f.schema_path);
    let within = &f.name;
    unexpected
        .iter()
        .filter_map(|key| {
            let e = f.node.entry(key)?;
            if e.value.is_unknown() && e.key.starts_with("${") {
                return None;
            }
            let suggestion = crate::text::did_you_mean(key, known.iter().map(String::as_str));
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
                Diagnostic::new(
                    Code::SC003,
                    e.key_span,
                    e.value.pointer.clone(),
                    Text::new(
                        format!("unknown key `{key}` in `{within}`"),
                        format!("`{within}` 中存在未知的键 `{key}`"),
                    ),
                )
                .with_help(help),
            )
        })
        .collect()
}

fn quoted(keys: &[String]) -> Vec<String> {
    keys.iter().map(|k| format!("`{k}`")).collect()
}
