//! EB005: `deliveryOption.concurrency` with asynchronous invocation.

use crate::checks::at_site;
use crate::checks::Ctx;
use crate::codes::Code;
use crate::diag::{Diagnostic, Text};
use crate::model::SourceType;
use crate::semantics::{EventBridgeFacts, Invocation};

crate::codes::declare_rule! {
    /// ## What it checks
    /// `eventSinkConfig.deliveryOption.concurrency` on a trigger that invokes the function asynchronously (`asyncInvocationType: true`).
    ///
    /// ## Why it matters
    /// Delivery concurrency only limits synchronous deliveries (Kafka trigger docs, https://www.alibabacloud.com/help/en/function-compute/latest/message-queue-for-apache-kafka). With async invocation, FC's async queue decides how many instances run, so the cap you wrote does not protect anything downstream.
    ///
    /// ## Example
    /// ```yaml
    /// asyncInvocationType: true
    /// eventSinkConfig:
    ///   deliveryOption:
    ///     concurrency: 10
    /// ```
    /// ## Fix
    /// Remove `concurrency`, or switch to `asyncInvocationType: false` if deliveries must be bounded.
    EB005,
    summary: "`deliveryOption.concurrency` with `asyncInvocationType: true` is ignored",
    summary_zh: "`asyncInvocationType: true` 时 `deliveryOption.concurrency` 被忽略",
    doc_zh: include_str!("eb005_concurrency_with_async.zh.md"),
}

pub(super) fn check(
    ctx: &Ctx<'_>,
    eb: &EventBridgeFacts<'_, '_>,
    st: Option<SourceType>,
    out: &mut Vec<Diagnostic>,
) {
    if !ctx.enabled(Code::EB005) || eb.invocation() != Some(Invocation::Async) {
        return;
    }
    if matches!(st, Some(s) if s != SourceType::Kafka) {
        return; // EB003 already says it has no effect at all
    }
    let Some(site) = eb.concurrency.at else {
        return;
    };
    let mut d = at_site(Code::EB005, site, Text::new("`concurrency` only limits synchronous delivery; with `asyncInvocationType: true` it is ignored", "`concurrency` 只限制同步投递；`asyncInvocationType: true` 时它被忽略"));
    if let Some(n) = eb.invocation.node() {
        d = d.with_note(
            n.span,
            Text::new("async invocation set here", "异步调用在此设置"),
        );
    }
    out.push(d.with_help(Text::new(
        "remove `concurrency`, or set `asyncInvocationType: false` if deliveries must be bounded",
        "请删除 `concurrency`；若需要限制投递并发，请设置 `asyncInvocationType: false`",
    )));
}
