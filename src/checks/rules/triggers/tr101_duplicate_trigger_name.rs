//! TR101: two triggers of one function with the same name.

use crate::checks::at;
use crate::checks::Ctx;
use crate::codes::Code;
use crate::diag::{Diagnostic, Text};
use crate::source::Node;

crate::codes::declare_rule! {
    /// ## What it checks
    /// That the triggers of one function have distinct `triggerName` (edition 3) or `name` (edition 1).
    ///
    /// ## Why it matters
    /// FC identifies a trigger by function and name (CreateTrigger / UpdateTrigger, https://help.aliyun.com/zh/ros/developer-reference/aliyun-fc3-trigger). fc3 deploys the list in order, so the second trigger with the same name updates the first: one of the two configurations silently disappears.
    ///
    /// ## Example
    /// ```yaml
    /// triggers:
    ///   - triggerName: orders
    ///     triggerType: eventbridge
    ///   - triggerName: orders
    ///     triggerType: timer
    /// ```
    /// ## Fix
    /// ```yaml
    /// triggers:
    ///   - triggerName: orders-kafka
    ///     triggerType: eventbridge
    ///   - triggerName: orders-timer
    ///     triggerType: timer
    /// ```
    TR101,
    summary: "Two triggers of one function have the same name",
    summary_zh: "同一函数的两个触发器同名",
    doc_zh: include_str!("tr101_duplicate_trigger_name.zh.md"),
}

pub(super) fn check(ctx: &Ctx<'_>, out: &mut Vec<Diagnostic>) {
    if !ctx.enabled(Code::TR101) {
        return;
    }
    for f in &ctx.semantics {
        let mut seen: Vec<(&str, &Node)> = Vec::new();
        for t in &f.triggers {
            let Some(site) = t.facts.name else { continue };
            let Some(name) = site.text() else { continue };
            let n = site.node;
            if let Some((_, first)) = seen.iter().find(|(s, _)| *s == name) {
                out.push(
                    at(Code::TR101, n, Text::new(format!("function `{}` already has a trigger named `{name}`", f.facts.label), format!("函数 `{}` 已有名为 `{name}` 的触发器", f.facts.label)))
                    .with_note(first.span, Text::new("first defined here", "首次定义于此"))
                    .with_help(Text::new("give every trigger of a function its own name; the later one would overwrite the earlier on deploy", "同一函数的每个触发器都需要唯一的名称；部署时后者会覆盖前者")),
                );
            } else {
                seen.push((name, n));
            }
        }
    }
}
