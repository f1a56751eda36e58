//! SC010: an environment variable value that is a number or a boolean (a JSON-Schema
//! `type` error below `environmentVariables`).

use serde_json::Value;

use crate::checks::at;
use crate::checks::schema::{last_token, Found};
use crate::codes::Code;
use crate::diag::{Diagnostic, Text};

crate::codes::declare_rule! {
    /// ## What it checks
    /// Values under `environmentVariables` written as unquoted numbers or booleans.
    ///
    /// ## Why it matters
    /// FC stores environment variables as strings. The fc3 schema requires strings (`IKV`: https://github.com/devsapp/fc3/blob/4ca1c1b8c33e654438bb73b64cfc95a5c9d94f5a/src/schema.json#L504-L509; `s verify` fails with `must be string`), while some tools stringify silently; `PORT: 09000` or `FLAG: yes` do not survive that round trip the way you expect.
    ///
    /// ## Example
    /// ```yaml
    /// environmentVariables:
    ///   PORT: 9000
    /// ```
    /// ## Fix
    /// ```yaml
    /// environmentVariables:
    ///   PORT: "9000"
    /// ```
    SC010,
    summary: "An environment variable value is a number or boolean, not a string",
    summary_zh: "环境变量的值是数字或布尔值，而不是字符串",
    doc_zh: include_str!("sc010_env_value_not_string.zh.md"),
}

/// FC takes environment variables as strings; a number or boolean is stringified by some
/// tools and rejected by others: worth a warning, not an error. `None` for other type errors.
pub(crate) fn not_a_string(f: &Found<'_>, expected: &str, instance: &Value) -> Option<Diagnostic> {
    if expected != "string"
        || !f.rel.contains("/environmentVariables/")
        || !matches!(instance, Value::Number(_) | Value::Bool(_))
    {
        return None;
    }
    let (node, key) = (f.node, last_token(f.rel));
    Some(
        at(
            Code::SC010,
            node,
            Text::new(
                format!(
                    "environment variable `{key}` is {} {}, not a string",
                    node.type_name(),
                    node.display_value()
                ),
                format!(
                    "环境变量 `{key}` 是{} {}，不是字符串",
                    node.type_name(),
                    node.display_value()
                ),
            ),
        )
        .with_help(if node.is_sensitive() {
            // The value is not shown: no quoted copy of it either.
            Text::new(
                "quote it where the value is written",
                "请在写出该值的地方加上引号",
            )
        } else {
            Text::new(
                format!("quote it: `{key}: \"{}\"`", node.display_value()),
                format!("加上引号：`{key}: \"{}\"`", node.display_value()),
            )
        }),
    )
}
