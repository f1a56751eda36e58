//! SC002: a required key is missing (a JSON-Schema `required` error).

use crate::checks::schema::typos::Typo;
use crate::checks::schema::{parent_key_span, Found};
use crate::codes::Code;
use crate::diag::{Diagnostic, Text};

crate::codes::declare_rule! {
    /// ## What it checks
    /// Required keys: `region`, `functionName` and `runtime` of an fc3 function; `region` and `service` of an edition 1 service; `triggerName`/`triggerType`/`triggerConfig` (ed3) or `name`/`type`/`config` (ed1) of a trigger; and the required keys of each trigger type (for example `authType` and `methods` of http, `InstanceId`, `Topic`, `ConsumerGroup` and `OffsetReset` of `sourceKafkaParameters`). A required key written misspelt — the only unknown key of its mapping close to it, `functionNamex` for `functionName` — is reported here, at the misspelt key and naming it, not as a missing key plus an unknown key (SC003): one mistake, one finding.
    ///
    /// ## Why it matters
    /// The deploy fails, or worse, the platform fills a default you did not choose.
    /// Sources: fc3 schema (https://github.com/devsapp/fc3/blob/4ca1c1b8c33e654438bb73b64cfc95a5c9d94f5a/src/schema.json), SourceKafkaParameters (https://alibabacloud.com/help/en/functioncompute/api-fc-2023-03-30-struct-sourcekafkaparameters).
    ///
    /// ## Example
    /// ```yaml
    /// sourceKafkaParameters:
    ///   InstanceId: alikafka-xxx
    ///   Topic: orders
    /// ```
    /// ## Fix
    /// ```yaml
    /// sourceKafkaParameters:
    ///   InstanceId: alikafka-xxx
    ///   Topic: orders
    ///   ConsumerGroup: fc-orders
    ///   OffsetReset: latest
    /// ```
    /// When the missing key is written misspelt and SC003 would rename it (exactly one known key a
    /// typo away), `fclint check --fix --unsafe-fixes` renames the typo to the required key,
    /// keeping its value, quotes and comments (unsafe: what deploys changes).
    SC002,
    summary: "A required key is missing",
    summary_zh: "缺少必填的键",
    doc_zh: include_str!("sc002_missing_required_key.zh.md"),
    fix: Unsafe,
}

/// The mapping at `f` lacks `key`: reported at the key of that mapping.
pub(crate) fn missing(f: &Found<'_>, key: &str) -> Option<Diagnostic> {
    if f.node.is_null() || f.node.is_unknown() {
        return None;
    }
    let (span, pointer) =
        parent_key_span(f.props, f.rel).unwrap_or((f.node.span, f.node.pointer.clone()));
    let within = &f.name;
    Some(
        Diagnostic::new(
            Code::SC002,
            span,
            pointer,
            Text::new(
                format!("`{within}` is missing the required key `{key}`"),
                format!("`{within}` 缺少必填的键 `{key}`"),
            ),
        )
        .with_help(help(f.schema_path, key)),
    )
}

/// The missing key is written misspelt (`functionNamex` for `functionName`, the only unknown key
/// of the mapping close to it): reported at the typo, as an error, instead of SC002 at the mapping
/// and SC003 at the typo.
pub(crate) fn misspelt(t: &Typo) -> Diagnostic {
    let (within, key, what) = (&t.within, &t.suggestion, t.what());
    Diagnostic::new(
        Code::SC002,
        t.key_span,
        t.pointer.clone(),
        Text::new(
            format!(
                "`{within}` is missing the required key `{key}`: {}",
                what.en
            ),
            format!("`{within}` 缺少必填的键 `{key}`：{}", what.zh),
        ),
    )
    .with_help(t.help())
    .with_fix(t.fix.clone())
}

/// What to add. An edition 1 OSS trigger's bucket may come from the trigger's own
/// `sourceArn` instead (the only conditional requirement: see `checks::schema`).
fn help(schema_path: &str, key: &str) -> Text {
    if key == "bucketName" && schema_path.contains("/Trigger1/") {
        return Text::new(
            "add `bucketName:`, or set the trigger's own `sourceArn:` (fc-deploy derives the ARN from the bucket only without it)",
            "请添加 `bucketName:`，或设置触发器自己的 `sourceArn:`（只有没有它时 fc-deploy 才由存储桶推导 ARN）",
        );
    }
    if key == "eventSourceConfig" && schema_path.contains("/Trigger3/") {
        return Text::new(
            "add `eventSourceConfig:` with its `eventSourceType` and `eventSourceParameters`; without it, on a trigger with no `invocationRole`, fc3 stops `s deploy` with a TypeError (it reads `eventSourceConfig.eventSourceType` to create the trigger's role), and unlike edition 1's devsapp/fc it fills in no default",
            "请添加 `eventSourceConfig:` 及其 `eventSourceType` 和 `eventSourceParameters`；缺少它且触发器没有 `invocationRole` 时，fc3 会以 TypeError 中止 `s deploy`（它读取 `eventSourceConfig.eventSourceType` 来创建触发器角色），并且不像 1.x 的 devsapp/fc 那样填入默认值",
        );
    }
    Text::new(format!("add `{key}:`"), format!("请添加 `{key}:`"))
}
