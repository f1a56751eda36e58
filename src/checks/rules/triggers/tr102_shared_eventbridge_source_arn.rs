//! TR102: two EventBridge triggers with the same `sourceArn`.

use crate::checks::at;
use crate::checks::Ctx;
use crate::codes::Code;
use crate::diag::{Diagnostic, Text};
use crate::semantics::SourceKind;
use crate::source::Node;

crate::codes::declare_rule! {
    /// ## What it checks
    /// EventBridge triggers in one file (in any function) with the same `sourceArn`.
    ///
    /// ## Why it matters
    /// The component docs warn that reusing one `sourceArn` on two EventBridge triggers makes their updates and deletes interfere: the event rule or stream belongs to both, so changing or removing one trigger changes or removes the other's source (https://github.com/devsapp/fc/blob/aefe052ec1711c8d58c342766db761869c6008bc/docs/zh/yaml/triggers.md).
    ///
    /// ## Example
    /// ```yaml
    /// - triggerName: a
    ///   triggerType: eventbridge
    ///   sourceArn: acs:eventbridge:cn-hangzhou:123:eventbus/default/rule/r1
    /// - triggerName: b
    ///   triggerType: eventbridge
    ///   sourceArn: acs:eventbridge:cn-hangzhou:123:eventbus/default/rule/r1
    /// ```
    /// ## Fix
    /// Give each trigger its own rule (or stream), or leave `sourceArn` out.
    TR102,
    summary: "Two EventBridge triggers use the same `sourceArn`",
    summary_zh: "两个 EventBridge 触发器使用相同的 `sourceArn`",
    doc_zh: include_str!("tr102_shared_eventbridge_source_arn.zh.md"),
}

pub(super) fn check(ctx: &Ctx<'_>, out: &mut Vec<Diagnostic>) {
    if !ctx.enabled(Code::TR102) {
        return;
    }
    let mut seen: Vec<(&str, &Node, String)> = Vec::new();
    for (f, t) in ctx.triggers() {
        if !matches!(t.facts.kind, SourceKind::EventBridge(_)) {
            continue;
        }
        let Some(site) = t.facts.source_arn else {
            continue;
        };
        let Some(arn) = site.text().filter(|s| !s.trim().is_empty()) else {
            continue;
        };
        let n = site.node;
        let who = format!("{}/{}", f.facts.label, t.facts.label);
        if let Some((_, first, first_who)) = seen.iter().find(|(a, _, _)| *a == arn) {
            out.push(
                at(Code::TR102, n, Text::new(format!("EventBridge triggers `{first_who}` and `{who}` share sourceArn `{arn}`: updating or deleting one changes the other's event source"), format!("EventBridge 触发器 `{first_who}` 与 `{who}` 使用相同的 sourceArn `{arn}`：更新或删除其中一个会改变另一个的事件源")))
                .with_note(first.span, Text::new("also used here", "此处也在使用"))
                .with_help(Text::new("give each EventBridge trigger its own event rule or stream, or leave `sourceArn` out and let FC create one", "请为每个 EventBridge 触发器使用独立的事件规则或事件流，或去掉 `sourceArn` 由函数计算创建")),
            );
        } else {
            seen.push((arn, n, who));
        }
    }
}
