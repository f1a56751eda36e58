//! SC007: a name or text of the wrong form or length (a JSON-Schema `pattern`,
//! `maxLength` or `minItems` error).

use crate::checks::at;
use crate::checks::schema::{last_token, Found};
use crate::codes::Code;
use crate::diag::{Diagnostic, Text};
use crate::limits;

crate::codes::declare_rule! {
    /// ## What it checks
    /// Function names (letters, digits, `_`, `-`; not starting with a digit or `-`; 1–{limits::FUNCTION_NAME_MAX} characters), trigger names (letters, digits, `_`, `-`; 1–{limits::TRIGGER_NAME_MAX} characters), mns `filterTag` (at most {limits::MNS_FILTER_TAG_MAX} characters), cdn `filter.domain` (at least one domain).
    ///
    /// ## Why it matters
    /// The API rejects the request at deploy time (function names: CreateFunctionInput, https://help.aliyun.com/zh/functioncompute/fc/developer-reference/api-fc-2023-03-30-struct-createfunctioninput; trigger names and edition 1 names: the devsapp/fc schema, https://github.com/devsapp/fc/blob/aefe052ec1711c8d58c342766db761869c6008bc/publish.yaml).
    ///
    /// ## Example
    /// ```yaml
    /// functionName: 1-orders
    /// ```
    /// ## Fix
    /// ```yaml
    /// functionName: orders-1
    /// ```
    SC007,
    summary: "A name or text does not have the allowed form or length",
    summary_zh: "名称或文本不符合允许的格式或长度",
    doc_zh: include_str!("sc007_invalid_format.zh.md"),
}

/// The value does not match the name pattern.
pub(crate) fn not_a_name(f: &Found<'_>) -> Diagnostic {
    let (name, node) = (&f.name, f.node);
    at(
        Code::SC007,
        node,
        Text::new(
            format!("`{name}` {} is not a valid name", node.display_value()),
            format!("`{name}` {} 不是合法的名称", node.display_value()),
        ),
    )
    .with_help(pattern_help(f.rel))
}

/// The text is longer than `limit` characters.
pub(crate) fn too_long(f: &Found<'_>, limit: u64) -> Diagnostic {
    let name = &f.name;
    at(
        Code::SC007,
        f.node,
        Text::new(
            format!("`{name}` is longer than {limit} characters"),
            format!("`{name}` 超过 {limit} 个字符"),
        ),
    )
}

/// The list has fewer than `limit` items.
pub(crate) fn too_few(f: &Found<'_>, limit: u64) -> Diagnostic {
    let name = &f.name;
    at(
        Code::SC007,
        f.node,
        Text::new(
            format!("`{name}` needs at least {limit} item(s)"),
            format!("`{name}` 至少需要 {limit} 项"),
        ),
    )
}

fn pattern_help(rel: &str) -> Text {
    let key = last_token(rel);
    let (function, trigger) = (limits::FUNCTION_NAME_MAX, limits::TRIGGER_NAME_MAX);
    match key.as_str() {
        "name" if rel.starts_with("/function/") => Text::new(
            format!("edition 1 function names use letters, digits, `_` and `-`, at most {} characters", limits::FUNCTION_NAME_MAX_ED1),
            format!("1.x 函数名只能包含字母、数字、`_` 和 `-`，最长 {} 个字符", limits::FUNCTION_NAME_MAX_ED1),
        ),
        "functionName" => Text::new(
            format!("function names use letters, digits, `_` and `-`, start with a letter or `_`, and are at most {function} characters"),
            format!("函数名只能包含字母、数字、`_` 和 `-`，以字母或 `_` 开头，最长 {function} 个字符"),
        ),
        _ => Text::new(
            format!("trigger names use letters, digits, `_` and `-`, at most {trigger} characters"),
            format!("触发器名称只能包含字母、数字、`_` 和 `-`，最长 {trigger} 个字符"),
        ),
    }
}
