//! TR003: the `source*Parameters` block does not match `eventSourceType`.

use crate::checks::at;
use crate::codes::Code;
use crate::diag::{Diagnostic, Text};
use crate::model::{SourceType, Trigger};

crate::codes::declare_rule! {
    /// ## What it checks
    /// That an EventBridge trigger with `eventSourceType: Kafka` (MNS, RocketMQ, RabbitMQ, DTS) has the matching `eventSourceParameters.sourceKafkaParameters` (…) block, and that blocks for other source types are not left behind.
    ///
    /// ## Why it matters
    /// The source parameters of a type live in their own block (EventSourceConfig: https://alibabacloud.com/help/en/functioncompute/api-fc-2023-03-30-struct-eventsourceconfig). Without its block the source has no instance or topic and creating the event stream fails; a block for another type is ignored, which usually means the type or the block was copied from another trigger.
    ///
    /// ## Example
    /// ```yaml
    /// eventSourceConfig:
    ///   eventSourceType: Kafka
    ///   eventSourceParameters:
    ///     sourceRocketMQParameters: {InstanceId: x, Topic: t, GroupID: g}
    /// ```
    /// ## Fix
    /// Use `sourceKafkaParameters` with `InstanceId`, `Topic`, `ConsumerGroup`, `OffsetReset`.
    TR003,
    summary: "The `source*Parameters` block does not match `eventSourceType`",
    summary_zh: "`source*Parameters` 与 `eventSourceType` 不匹配",
    doc_zh: include_str!("tr003_source_parameters_mismatch.zh.md"),
}

pub(crate) fn check(t: &Trigger<'_>, out: &mut Vec<Diagnostic>) {
    let Some(eb) = t.eventbridge() else { return };
    let Some(st_node) = eb.source_type_node() else {
        return;
    };
    let Some(st) = eb.source_type() else { return };
    let params = eb
        .config
        .at(&["eventSourceConfig", "eventSourceParameters"]);
    if let Some(p) = params {
        if p.is_unknown() {
            return;
        }
        for e in p.entries() {
            let matches = st.params_key() == Some(e.key.as_str());
            let is_source_key = e.key.starts_with("source") && e.key.ends_with("Parameters");
            if !matches && is_source_key {
                out.push(
                    Diagnostic::new(
                        Code::TR003,
                        e.key_span,
                        &e.value.pointer,
                        Text::new(
                            format!(
                                "`{}` is ignored: `eventSourceType` is `{}`",
                                e.key,
                                st.as_str()
                            ),
                            format!(
                                "`{}` 会被忽略：`eventSourceType` 为 `{}`",
                                e.key,
                                st.as_str()
                            ),
                        ),
                    )
                    .with_note(
                        st_node.span,
                        Text::new("source type set here", "事件源类型在此设置"),
                    )
                    .with_help(Text::new(
                        match st.params_key() {
                            Some(k) => format!("rename the block to `{k}` or remove it"),
                            None => "remove the block".to_string(),
                        },
                        match st.params_key() {
                            Some(k) => format!("将该配置块改名为 `{k}` 或删除"),
                            None => "删除该配置块".to_string(),
                        },
                    )),
                );
            }
        }
    }
    if st == SourceType::Default {
        return;
    }
    let Some(key) = st.params_key() else { return };
    if params.and_then(|p| p.get(key)).is_none() {
        out.push(
            at(Code::TR003, st_node, Text::new(format!("`eventSourceType: {}` needs `eventSourceParameters.{key}`", st.as_str()), format!("`eventSourceType: {}` 需要 `eventSourceParameters.{key}`", st.as_str())))
            .with_help(Text::new(format!("add `eventSourceParameters: {{{key}: {{…}}}}` naming the instance and topic or queue"), format!("请添加 `eventSourceParameters: {{{key}: {{…}}}}`，写明实例以及 topic 或队列"))),
        );
    }
}
