//! EB013: run options other than `mode` in `event-driven` mode.

use crate::codes::Code;
use crate::diag::{Diagnostic, Text};
use crate::semantics::EventBridgeFacts;
use crate::source::Node;

crate::codes::declare_rule! {
    /// ## What it checks
    /// Keys of `runOptions` other than `mode` (batch windows, retry strategy, tolerance, dead-letter queue, tasks) on a trigger in `event-driven` mode.
    ///
    /// ## Why it matters
    /// Run options "only apply to event-streaming" (component docs, https://github.com/devsapp/fc3/blob/b0e545df8b413417f5f14981ea2084b231b4ed7b/docs/zh/yaml/triggers.md; RunOptions API https://help.aliyun.com/zh/functioncompute/fc/developer-reference/api-fc-2023-03-30-struct-runoptions). In event-driven mode each event is delivered on its own, with no batching and the bus's own retry, so the batch window and DLQ you configured do nothing.
    ///
    /// ## Example
    /// ```yaml
    /// runOptions:
    ///   mode: event-driven
    ///   batchWindow:
    ///     CountBasedWindow: 10
    /// ```
    /// ## Fix
    /// Remove `batchWindow`, or use `mode: event-streaming`.
    EB013,
    summary: "Run options other than `mode` are ignored in `event-driven` mode",
    summary_zh: "`event-driven` 模式下除 `mode` 外的运行选项都被忽略",
    doc_zh: include_str!("eb013_run_options_ignored_event_driven.zh.md"),
}

/// Each run option but `mode` of a trigger in `event-driven` mode (set at `mode_node`).
pub(super) fn check(eb: &EventBridgeFacts<'_, '_>, mode_node: &Node, out: &mut Vec<Diagnostic>) {
    let Some(ro) = eb.run_options else { return };
    for e in ro.node.entries() {
        if e.key == "mode" {
            continue;
        }
        out.push(
            Diagnostic::new(
                Code::EB013,
                e.key_span,
                e.value.pointer.clone(),
                Text::new(
                    format!(
                        "`{}` is ignored: run options only apply in `event-streaming` mode",
                        e.key
                    ),
                    format!(
                        "`{}` 会被忽略：运行选项只在 `event-streaming` 模式下生效",
                        e.key
                    ),
                ),
            )
            .with_note(
                mode_node.span,
                Text::new("event-driven mode set here", "event-driven 模式在此设置"),
            )
            .with_help(Text::new(
                format!(
                    "remove `{}`, or use `mode: event-streaming` if you need it",
                    e.key
                ),
                format!(
                    "请删除 `{}`；若需要它，请使用 `mode: event-streaming`",
                    e.key
                ),
            )),
        );
    }
}
