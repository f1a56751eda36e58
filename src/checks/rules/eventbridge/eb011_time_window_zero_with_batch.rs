//! EB011: `TimeBasedWindow: 0` with a count window above one.

use crate::checks::at;
use crate::checks::Ctx;
use crate::codes::Code;
use crate::diag::{Diagnostic, Text};
use crate::limits;
use crate::semantics::EventBridgeFacts;

crate::codes::declare_rule! {
    /// ## What it checks
    /// `batchWindow.TimeBasedWindow: 0` together with `CountBasedWindow` greater than 1.
    ///
    /// ## Why it matters
    /// A batch is pushed when either window is reached; a time window of 0 means "push now", so messages are delivered as soon as they arrive and the count window rarely matters (https://help.aliyun.com/document_detail/455240.html). You pay for many small invocations while believing you batch.
    ///
    /// ## Example
    /// ```yaml
    /// batchWindow:
    ///   CountBasedWindow: 100
    ///   TimeBasedWindow: 0
    /// ```
    /// ## Fix
    /// ```yaml
    /// batchWindow:
    ///   CountBasedWindow: 100
    ///   TimeBasedWindow: 3
    /// ```
    EB011,
    summary: "`TimeBasedWindow: 0` with `CountBasedWindow` > 1: batches are pushed at once and rarely fill",
    summary_zh: "`TimeBasedWindow: 0` 且 `CountBasedWindow` > 1：批次立即推送，很少攒满",
    doc_zh: include_str!("eb011_time_window_zero_with_batch.zh.md"),
}

pub(super) fn check(ctx: &Ctx<'_>, eb: &EventBridgeFacts<'_, '_>, out: &mut Vec<Diagnostic>) {
    if !ctx.enabled(Code::EB011) {
        return;
    }
    let (Some(0), Some(tw)) = (eb.time_window.known(), eb.time_window.node()) else {
        return;
    };
    let Some(count) = eb.count_window_in_range().filter(|c| *c > 1) else {
        return;
    };
    out.push(
        at(Code::EB011, tw, Text::new(format!("TimeBasedWindow 0 pushes every batch at once, so batches of up to {count} messages rarely fill"), format!("TimeBasedWindow 为 0 时每批立即推送，最多 {count} 条的批次很少能攒满")))
        .with_help(Text::new(format!(
                "set `TimeBasedWindow` to {}–{} s to let batches fill, or `CountBasedWindow: 1` if you want one message per invocation",
                limits::TIME_BASED_WINDOW_S.min + 1,
                limits::TIME_BASED_WINDOW_S.max
            ), format!(
                "请把 `TimeBasedWindow` 设为 {}–{} 秒让批次攒满；若希望每次调用一条消息，请设置 `CountBasedWindow: 1`",
                limits::TIME_BASED_WINDOW_S.min + 1,
                limits::TIME_BASED_WINDOW_S.max
            ))),
    );
}
