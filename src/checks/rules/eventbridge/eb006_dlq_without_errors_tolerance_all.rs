//! EB006: a dead-letter queue that never receives anything (tolerance NONE).

use crate::checks::{at_site, Ctx};
use crate::codes::Code;
use crate::diag::{Diagnostic, Fix, Text};
use crate::semantics::{DeadLetterQueue, RetryFacts, Site};
use crate::source::edit;

crate::codes::declare_rule! {
    /// ## What it checks
    /// A trigger with `runOptions.deadLetterQueue` whose `errorsTolerance` is `NONE` or not set (the default is `NONE`).
    ///
    /// ## Why it matters
    /// EventBridge sends an event to the dead-letter queue only when errors are tolerated: retries exhausted → tolerance ALL + DLQ → DLQ; tolerance NONE → the task pauses (https://www.alibabacloud.com/help/en/eventbridge/user-guide/retry-and-dead-letter). The queue you configured stays empty while the stream stops at the first bad event.
    ///
    /// ## Example
    /// ```yaml
    /// runOptions:
    ///   deadLetterQueue:
    ///     Arn: acs:mns:cn-hangzhou:123:/queues/orders-dlq
    /// ```
    /// ## Fix
    /// ```yaml
    /// runOptions:
    ///   deadLetterQueue:
    ///     Arn: acs:mns:cn-hangzhou:123:/queues/orders-dlq
    ///   errorsTolerance: ALL
    /// ```
    /// `fclint check --fix --unsafe-fixes` sets `errorsTolerance: ALL` (in the quotes it was
    /// written in), or inserts it as the last key of `runOptions`, indented like the keys
    /// around it, in block or flow style (`runOptions: {deadLetterQueue: {…}, errorsTolerance:
    /// ALL}`). There is always a `runOptions` to insert it into: the dead-letter queue is one of
    /// its keys. It is unsafe: failing events then skip ahead to the queue instead of stopping
    /// the stream, which changes what deploys. A `runOptions` or a tolerance from `${vars.x}`,
    /// a template or another file is left alone.
    EB006,
    summary: "`deadLetterQueue` without `errorsTolerance: ALL` never receives anything",
    summary_zh: "未设置 `errorsTolerance: ALL` 时 `deadLetterQueue` 永远收不到消息",
    doc_zh: include_str!("eb006_dlq_without_errors_tolerance_all.zh.md"),
    fix: Unsafe,
}

/// A dead-letter queue is configured but the tolerance is (or defaults to) NONE.
/// `run_options`: the `runOptions` the queue is a key of.
pub(super) fn check(
    ctx: &Ctx<'_>,
    run_options: Option<Site<'_>>,
    retry: &RetryFacts<'_>,
    dlq: &DeadLetterQueue<'_>,
    out: &mut Vec<Diagnostic>,
) {
    let (en, zh) = if retry.tolerance.is_written() {
        ("errorsTolerance is NONE", "errorsTolerance 为 NONE")
    } else {
        (
            "errorsTolerance is not set and defaults to NONE",
            "未设置 errorsTolerance，默认为 NONE",
        )
    };
    let mut d = at_site(
        Code::EB006,
        dlq.at,
        Text::new(
            format!("the dead-letter queue never receives anything: {en}, so a failing event blocks the stream instead of going to the queue"),
            format!("死信队列永远收不到消息：{zh}，失败的事件会阻塞事件流而不是进入死信队列"),
        ),
    );
    if let Some(n) = retry.tolerance.node() {
        d = d.with_note(n.span, Text::new("tolerance set here", "容错策略在此设置"));
    }
    let d = d.with_help(Text::new(
        "set `errorsTolerance: ALL` so events that still fail after the retries go to the dead-letter queue",
        "请设置 `errorsTolerance: ALL`，重试后仍失败的事件才会进入死信队列",
    ));
    out.push(d.with_fix(run_options.and_then(|r| fix(ctx, r))));
}

/// Set `errorsTolerance: ALL` in `runOptions`, or insert it there.
fn fix(ctx: &Ctx<'_>, run_options: Site<'_>) -> Option<Fix> {
    let map = run_options.node;
    let src = ctx.sources.get(map.span.file);
    let edit = edit::set_or_insert(map, src, "errorsTolerance", "ALL")?;
    Some(Fix::unsafe_(
        Text::new("set `errorsTolerance: ALL`", "设置 `errorsTolerance: ALL`"),
        vec![edit],
    ))
}
