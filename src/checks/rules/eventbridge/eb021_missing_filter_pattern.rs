//! EB021: an edition 3 eventbridge trigger without `eventRuleFilterPattern`, which fc3 sends
//! as written: with no event pattern.

use crate::checks::{at_site, Ctx};
use crate::codes::Code;
use crate::diag::{Diagnostic, Fix, Text};
use crate::limits;
use crate::model::SourceType;
use crate::semantics::{EventBridgeFacts, Site};
use crate::source::edit;

crate::codes::declare_rule! {
    /// ## What it checks
    /// An eventbridge trigger in an edition 3 file (fc3) whose `triggerConfig` has no `eventRuleFilterPattern`, or an empty one (`eventRuleFilterPattern:` with no value, which Serverless Devs 3.x removes before fc3 sees it, as for EB020).
    ///
    /// ## Why it matters
    /// fc3 fills in nothing: it sends `triggerConfig` to Function Compute as `JSON.stringify` of what the s.yaml says (https://github.com/devsapp/fc3/blob/4ca1c1b8c33e654438bb73b64cfc95a5c9d94f5a/src/resources/fc/index.ts#L388-L390); nothing in `src/base.ts` or `src/subCommands/deploy/impl/trigger.ts` adds a pattern, and its schema check only logs at debug level. So the trigger is created with no event pattern. The fc3 docs mark `eventRuleFilterPattern` required (https://github.com/devsapp/fc3/blob/b0e545df8b413417f5f14981ea2084b231b4ed7b/docs/zh/yaml/triggers.md), the FC API documents it as the trigger's event pattern, in JSON (https://www.alibabacloud.com/help/en/functioncompute/fc/developer-reference/api-fc-2023-03-30-struct-eventbridgetriggerconfig), and an EventBridge rule requires a `FilterPattern` (https://www.alibabacloud.com/help/en/ros/developer-reference/aliyun-eventbridge-rule). What Function Compute does with a trigger that has none is not documented. Edition 1 did not have this gap: devsapp/fc fills in `eventRuleFilterPattern: '{}'` (https://github.com/devsapp/fc/blob/aefe052ec1711c8d58c342766db761869c6008bc/src/entry-public-method/set-default-value.ts#L16-L44), so an s.yaml moved from edition 1 to 3 loses the pattern it used to deploy with, by hand or with `s cli fc3 s2tos3`, which copies `config` to `triggerConfig` as it is (https://github.com/devsapp/fc3/blob/4ca1c1b8c33e654438bb73b64cfc95a5c9d94f5a/src/subCommands/2to3/index.ts#L412-L413). Edition 1 files are not checked.
    ///
    /// ## Example
    /// ```yaml
    /// triggerConfig:
    ///   eventSourceConfig:
    ///     eventSourceType: MNS
    ///     eventSourceParameters:
    ///       sourceMNSParameters:
    ///         QueueName: orders
    /// ```
    /// ## Fix
    /// ```yaml
    /// triggerConfig:
    ///   eventRuleFilterPattern: '{}'
    ///   eventSourceConfig:
    ///     eventSourceType: MNS
    ///     eventSourceParameters:
    ///       sourceMNSParameters:
    ///         QueueName: orders
    /// ```
    /// For a `Default` source (Alibaba Cloud service events), write a pattern that names the events to receive, like the docs' `'{"source":["acs.oss"],"type":["oss:BucketCreated:PutBucket"]}'`.
    ///
    /// `fclint check --fix --unsafe-fixes` inserts `eventRuleFilterPattern: '{}'`, the pattern edition 1 deployed, as the last key of `triggerConfig` (block or flow style) when the source is a custom one (MNS, RocketMQ, RabbitMQ, Kafka, DTS). It is unsafe: it changes what deploys. It offers none for a `Default` source (which events to receive is yours to say), for an empty `eventRuleFilterPattern:` already written, or for a `triggerConfig` from `${vars.x}`, a template or another file.
    EB021,
    summary: "Edition 3 eventbridge trigger without `eventRuleFilterPattern`: fc3 sends no event pattern",
    summary_zh: "edition 3 的 eventbridge 触发器缺少 `eventRuleFilterPattern`：fc3 不会发送事件模式",
    doc_zh: include_str!("eb021_missing_filter_pattern.zh.md"),
    fix: Unsafe,
}

/// An edition 3 eventbridge trigger without an event pattern (the caller checks the
/// edition). `config`: the trigger's `triggerConfig`; `st`: its source type, when known.
pub(super) fn check(
    ctx: &Ctx<'_>,
    config: Option<Site<'_>>,
    eb: &EventBridgeFacts<'_, '_>,
    st: Option<SourceType>,
    out: &mut Vec<Diagnostic>,
) {
    let (at, written_empty) = match eb.rule_pattern {
        Some(p) if p.is_null() => (p, true),
        Some(_) => return,
        None => match config {
            Some(c) => (c, false),
            None => return,
        },
    };
    let (en, zh) = if written_empty {
        (
            "`eventRuleFilterPattern:` has no value and Serverless Devs 3.x removes it before deploy",
            "`eventRuleFilterPattern:` 没有值，Serverless Devs 3.x 会在部署前删除它",
        )
    } else {
        (
            "eventbridge trigger without `eventRuleFilterPattern`",
            "eventbridge 触发器缺少 `eventRuleFilterPattern`",
        )
    };
    let d = at_site(
        Code::EB021,
        at,
        Text::new(
            format!("{en}: fc3 fills in none, so the trigger is deployed with no event pattern (edition 1 sent `'{}'`); the fc3 docs mark it required", limits::ED1_DEFAULT_FILTER_PATTERN),
            format!("{zh}：fc3 不会补默认值，触发器部署时没有事件模式（edition 1 会发送 `'{}'`）；fc3 文档将其标为必填", limits::ED1_DEFAULT_FILTER_PATTERN),
        ),
    );
    let d = if st == Some(SourceType::Default) {
        d.with_help(Text::new(
            "write a pattern naming the events to receive, e.g. `eventRuleFilterPattern: '{\"source\":[\"acs.oss\"],\"type\":[\"oss:BucketCreated:PutBucket\"]}'`",
            "请写出要接收的事件的模式，例如 `eventRuleFilterPattern: '{\"source\":[\"acs.oss\"],\"type\":[\"oss:BucketCreated:PutBucket\"]}'`",
        ))
    } else {
        d.with_help(Text::new(
            format!("set `eventRuleFilterPattern: '{}'` (what edition 1 sent), or a pattern naming the events to receive", limits::ED1_DEFAULT_FILTER_PATTERN),
            format!("请设置 `eventRuleFilterPattern: '{}'`（edition 1 发送的值），或写出要接收的事件的模式", limits::ED1_DEFAULT_FILTER_PATTERN),
        ))
    };
    let custom = st.is_some_and(SourceType::is_custom);
    let fix = (custom && !written_empty)
        .then_some(config)
        .flatten()
        .and_then(|c| fix(ctx, c));
    out.push(d.with_fix(fix));
}

/// Insert `eventRuleFilterPattern: '{}'` as the last key of `triggerConfig`.
fn fix(ctx: &Ctx<'_>, config: Site<'_>) -> Option<Fix> {
    let map = config.node;
    let src = ctx.sources.get(map.span.file);
    let value = format!("'{}'", limits::ED1_DEFAULT_FILTER_PATTERN);
    let edit = edit::insert_last(map, src, "eventRuleFilterPattern", &value)?;
    Some(Fix::unsafe_(
        Text::new(
            format!("insert `eventRuleFilterPattern: {value}`"),
            format!("插入 `eventRuleFilterPattern: {value}`"),
        ),
        vec![edit],
    ))
}
