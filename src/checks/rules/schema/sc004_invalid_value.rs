//! SC004: a value outside its enumeration (a JSON-Schema `enum` or `const` error).

use serde_json::Value;

use crate::checks::at;
use crate::checks::schema::{format_list, Found};
use crate::codes::Code;
use crate::diag::{Diagnostic, Fix, Text};
use crate::source::edit;

crate::codes::declare_rule! {
    /// ## What it checks
    /// Enumerations: trigger types, http `authType` (edition 1: anonymous, function; edition 3 adds jwt) and `methods`, oss `events`, mns `notifyContentFormat`/`notifyStrategy`, `eventSourceType`, `runOptions.mode`, `errorsTolerance`, `PushRetryStrategy`, `eventSchema`, Kafka `OffsetReset` and `Network`, RocketMQ `Offset`, `logConfig.logBeginRule` (DefaultRegex, None), edition 1 `service.tracingConfig` (Enable, Disable) and `function.instanceType` (e1, c1, g1 and the GPU types), and the `auto` forms of edition 1 (`auto`, `Auto`).
    ///
    /// ## Why it matters
    /// The API rejects the value at deploy time, after the build and upload (Kafka `OffsetReset` is `latest` or `earliest`: https://alibabacloud.com/help/en/functioncompute/api-fc-2023-03-30-struct-sourcekafkaparameters). The edition 1 docs even contain the typo `lastest` for it (https://github.com/devsapp/fc/blob/aefe052ec1711c8d58c342766db761869c6008bc/docs/zh/yaml/triggers.md#L832).
    ///
    /// ## Example
    /// ```yaml
    /// OffsetReset: lastest
    /// ```
    /// ## Fix
    /// ```yaml
    /// OffsetReset: latest
    /// ```
    /// When exactly one allowed value is a typo away (two edits at most, case ignored),
    /// `fclint check --fix --unsafe-fixes` replaces the value with it, keeping its quotes and the comment after it (unsafe: the value that
    /// deploys changes, and a typo can be close to the wrong word). A value from `${vars.x}`,
    /// `${env(...)}` or another file is left alone.
    SC004,
    summary: "A value is not one of the allowed values; suggests the closest",
    summary_zh: "取值不在允许的范围内，并给出最接近的值",
    doc_zh: include_str!("sc004_invalid_value.zh.md"),
    fix: Unsafe,
}

/// The value is not one of `options`; suggests the closest.
pub(crate) fn not_allowed(f: &Found<'_>, options: &Value) -> Diagnostic {
    let (name, node) = (&f.name, f.node);
    let list = format_list(options);
    let count = options.as_array().map(Vec::len).unwrap_or(0);
    let (en, zh) = if count > 6 {
        (
            format!(
                "`{name}` is {}, not one of the {count} allowed values",
                node.display_value()
            ),
            format!(
                "`{name}` 为 {}，不是 {count} 个允许值之一",
                node.display_value()
            ),
        )
    } else {
        (
            format!(
                "`{name}` must be one of {list}; found {}",
                node.display_value()
            ),
            format!(
                "`{name}` 必须是 {list} 之一；实际为 {}",
                node.display_value()
            ),
        )
    };
    let mut d = at(Code::SC004, node, Text::new(en, zh));
    let suggestion = match (node.as_str(), options) {
        (Some(sv), Value::Array(opts)) => {
            crate::text::did_you_mean(sv, opts.iter().filter_map(Value::as_str))
        }
        _ => None,
    };
    d.help = match (suggestion, count > 6) {
        (Some(s), false) => Some(Text::new(
            format!("did you mean `{s}`?"),
            format!("是否想写 `{s}`？"),
        )),
        (Some(s), true) => Some(Text::new(
            format!("did you mean `{s}`? allowed: {list}"),
            format!("是否想写 `{s}`？允许值：{list}"),
        )),
        (None, true) => Some(Text::new(
            format!("allowed: {list}"),
            format!("允许值：{list}"),
        )),
        (None, false) => None,
    };
    let fix = match (node.as_str(), options) {
        (Some(sv), Value::Array(opts)) => {
            crate::text::only_close_match(sv, opts.iter().filter_map(Value::as_str))
        }
        _ => None,
    }
    .and_then(|s| {
        let edit = edit::replace_scalar(f.sources.get(node.span.file), node, s)?;
        Some(Fix::unsafe_(
            Text::new(format!("replace it with `{s}`"), format!("改为 `{s}`")),
            vec![edit],
        ))
    });
    d.with_fix(fix)
}

/// The value must be exactly `expected`.
pub(crate) fn not_the_constant(f: &Found<'_>, expected: &Value) -> Diagnostic {
    let name = &f.name;
    at(
        Code::SC004,
        f.node,
        Text::new(
            format!("`{name}` must be {expected}"),
            format!("`{name}` 必须为 {expected}"),
        ),
    )
}
