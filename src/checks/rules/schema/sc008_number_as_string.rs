//! SC008: a number written as a quoted string (a JSON-Schema `type` error on a numeric
//! string).

use serde_json::Value;

use crate::checks::at;
use crate::checks::schema::{last_token, Found};
use crate::codes::Code;
use crate::diag::{Diagnostic, Fix, Text};
use crate::source::edit;

crate::codes::declare_rule! {
    /// ## What it checks
    /// Numeric fields written as strings (`CountBasedWindow: "10"`, `maximumTasks: '3'`).
    ///
    /// ## Why it matters
    /// The Serverless Devs docs type several EventBridge and log fields as String (https://github.com/devsapp/fc3/blob/b0e545df8b413417f5f14981ea2084b231b4ed7b/docs/zh/yaml/triggers.md#L747), but the FC API and SDK models take numbers (`BatchWindow.countBasedWindow?: number`: https://github.com/aliyun/alibabacloud-typescript-sdk/blob/095694c948e28b54920672b7808b82464caef2e9/fc-20230330/src/client.ts) and every official example writes numbers. fc3 passes `triggerConfig` through as JSON, so the string reaches the API as a string.
    ///
    /// ## Example
    /// ```yaml
    /// CountBasedWindow: "10"
    /// ```
    /// ## Fix
    /// ```yaml
    /// CountBasedWindow: 10
    /// ```
    /// `fclint check --fix` removes the quotes (a safe fix: the API receives the number the
    /// author wrote). A value that comes from `${vars.x}`, `${env(...)}` or another file is
    /// left alone.
    SC008,
    summary: "A number is written as a quoted string",
    summary_zh: "数字被写成了带引号的字符串",
    doc_zh: include_str!("sc008_number_as_string.zh.md"),
    fix: Safe,
}

/// A number (`expected` is `integer` or `number`) written as a string: the docs type some
/// numeric fields as String. `None` for any other type error.
pub(crate) fn quoted_number(f: &Found<'_>, expected: &str, instance: &Value) -> Option<Diagnostic> {
    let (Value::String(sv), "integer" | "number") = (instance, expected) else {
        return None;
    };
    if sv.trim().parse::<f64>().is_err() {
        return None;
    }
    let name = &f.name;
    // From the environment or an included file: say where from, never what.
    if let Some(expr) = f.node.sensitive() {
        return Some(at(
            Code::SC008,
            f.node,
            Text::new(
                format!("`{name}` is a string (from `{expr}`); FC expects a number here"),
                format!("`{name}` 是字符串（来自 `{expr}`）；函数计算此处需要数字"),
            ),
        ));
    }
    let key = last_token(f.rel);
    let number = sv.trim();
    let fix = canonical_number(number).and_then(|n| {
        let src = f.sources.get(f.node.span.file);
        let edit = edit::replace_value(f.node, src, &n)?;
        Some(Fix::safe(
            Text::new(
                format!("write `{key}: {n}` without quotes"),
                format!("去掉引号，写成 `{key}: {n}`"),
            ),
            vec![edit],
        ))
    });
    Some(
        at(
            Code::SC008,
            f.node,
            Text::new(
                format!("`{name}` is the string {sv:?}; FC expects a number here"),
                format!("`{name}` 是字符串 {sv:?}；函数计算此处需要数字"),
            ),
        )
        .with_help(Text::new(
            format!("write it without quotes: `{key}: {}`", sv.trim()),
            format!("去掉引号：`{key}: {}`", sv.trim()),
        ))
        .with_fix(fix),
    )
}

/// The number as YAML reads it back as the same number: plain decimal digits with an
/// optional sign and fraction (`"10"`, `" 2.5 "`, `"-1"`). Anything YAML would read
/// differently unquoted (`"0x10"`, `"1e3"`, `"010"`, `".5"`, `"+1"`) gets no fix.
fn canonical_number(s: &str) -> Option<String> {
    let digits = s.strip_prefix('-').unwrap_or(s);
    let (int, frac) = match digits.split_once('.') {
        Some((i, f)) => (i, Some(f)),
        None => (digits, None),
    };
    let plain = |t: &str| !t.is_empty() && t.bytes().all(|b| b.is_ascii_digit());
    let ok = plain(int) && (int == "0" || !int.starts_with('0')) && frac.map_or(true, plain);
    ok.then(|| s.to_string())
}
