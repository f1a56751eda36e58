//! SC010: an environment variable value that is a number or a boolean (a JSON-Schema
//! `type` error below `environmentVariables`).

use serde_json::Value;

use crate::checks::at;
use crate::checks::schema::{last_token, Found};
use crate::codes::Code;
use crate::diag::{Diagnostic, Fix, Text};
use crate::model::Edition;
use crate::source::{edit, format_float_pub, Kind, Node};

crate::codes::declare_rule! {
    /// ## What it checks
    /// Values under `environmentVariables` written as unquoted numbers or booleans.
    ///
    /// ## Why it matters
    /// FC stores environment variables as strings. The fc3 schema requires strings (`IKV`: https://github.com/devsapp/fc3/blob/4ca1c1b8c33e654438bb73b64cfc95a5c9d94f5a/src/schema.json#L504-L509; `s verify` fails with `must be string`), while some tools stringify silently; `PORT: 09000` or `FLAG: yes` do not survive that round trip the way you expect. In edition 1, devsapp/fc converts every value with `toString()` before it deploys (https://github.com/devsapp/fc-deploy/blob/a39847986a4003c79c7e1d71d918a403bf8bb1d2/src/lib/component/fc-base-sdk/command/deploy.ts#L255-L256), so `PORT: 3000` deploys as `"3000"`: there it is information only.
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
    /// In edition 3, `fclint check --fix` quotes the value as written (a safe fix: the value
    /// FC receives is the text the author wrote), with the quotes the file's other strings use
    /// (double quotes when it uses none): `PORT: 3000` becomes `PORT: "3000"`, `DEBUG: true`
    /// becomes `DEBUG: "true"`. A number written in another form than its value reads back
    /// as (`09000`, `0x10`, `1e3`, `1.50`), where the intended string is not clear, and a value
    /// from `${vars.x}`, `${env(...)}` or another file are left alone.
    SC010,
    summary: "An environment variable value is a number or boolean, not a string",
    summary_zh: "环境变量的值是数字或布尔值，而不是字符串",
    doc_zh: include_str!("sc010_env_value_not_string.zh.md"),
    fix: Safe,
}

/// FC takes environment variables as strings; a number or boolean is stringified by some
/// tools and rejected by others: worth a warning, not an error (edition 1 stringifies every
/// value, so there it is information). `None` for other type errors.
pub(crate) fn not_a_string(
    f: &Found<'_>,
    expected: &str,
    instance: &Value,
    edition: Edition,
) -> Option<Diagnostic> {
    if expected != "string"
        || !f.rel.contains("/environmentVariables/")
        || !matches!(instance, Value::Number(_) | Value::Bool(_))
    {
        return None;
    }
    let (node, key) = (f.node, last_token(f.rel));
    let d = at(
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
    );
    // A sensitive value is not shown: no quoted copy of it either.
    if node.is_sensitive() {
        let d = d.with_help(Text::new(
            "quote it where the value is written",
            "请在写出该值的地方加上引号",
        ));
        return Some(match edition {
            Edition::V1 => d.in_edition_1(),
            Edition::V3 => d,
        });
    }
    let v = node.display_value();
    Some(match edition {
        Edition::V1 => d
            .with_help(Text::new(
                format!("devsapp/fc deploys it as the string \"{v}\"; quote it to say so"),
                format!("devsapp/fc 会把它部署为字符串 \"{v}\"；加上引号可以写明这一点"),
            ))
            .in_edition_1(),
        Edition::V3 => d
            .with_help(Text::new(
                format!("quote it: `{key}: \"{v}\"`"),
                format!("加上引号：`{key}: \"{v}\"`"),
            ))
            .with_fix(quote_fix(f, node, &key)),
    })
}

/// Quote the value as written, when its text is what it reads as (`3000`, `2.5`, `true`):
/// then the string the author meant is that text.
fn quote_fix(f: &Found<'_>, node: &Node, key: &str) -> Option<Fix> {
    let src = f.sources.get(node.span.file);
    let written = edit::text_of(src, node.span)?;
    let canonical = match node.kind {
        Kind::Int(i) => node.written().is_none() && written == i.to_string(),
        Kind::Float(x) => node.written().is_none() && written == format_float_pub(x),
        Kind::Bool(b) => written == b.to_string(),
        _ => false,
    };
    if !canonical {
        return None;
    }
    let e = edit::quote_scalar(src, node, f.quote)?;
    let to = e.replacement.clone();
    Some(Fix::safe(
        Text::new(
            format!("write `{key}: {to}` as a string"),
            format!("写成字符串 `{key}: {to}`"),
        ),
        vec![e],
    ))
}
