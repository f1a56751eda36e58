//! TC005: a CKafka `retry` that is not a non-negative whole number.

use super::ScfCtx;
use crate::checks::at;
use crate::codes::Code;
use crate::diag::{Diagnostic, Text};
use crate::limits;
use crate::semantics::scf::CkafkaFacts;
use crate::semantics::Value;

crate::codes::declare_rule! {
    /// ## What it checks
    /// `parameters.retry` of a CKafka trigger with the `scf` and `multi-scf` components: a whole number of at least 0 (absent: {limits::SCF_CKAFKA_RETRY_DEFAULT}). A number written as a string (`"10"`) is accepted, as the API types it as a string.
    ///
    /// ## Why it matters
    /// `retry` is how often a batch whose invocation failed is retried ("当函数报错时最大重试次数", https://cloud.tencent.com/document/product/583/39901); the partition waits meanwhile. The toolkit passes the value through (https://github.com/serverless-tencent/tencent-component-toolkit/blob/v2.27.2/src/modules/triggers/ckafka.ts), so `-1`, `2.5` or `forever` reach the API, which documents a count. No maximum is published, so fclint checks the type only.
    ///
    /// ## Example
    /// ```yaml
    ///       retry: -1
    /// ```
    /// ## Fix
    /// ```yaml
    ///       retry: 5
    /// ```
    TC005,
    summary: "CKafka `retry` is not a whole number of at least 0",
    summary_zh: "CKafka 的 `retry` 不是不小于 0 的整数",
    doc_zh: include_str!("tc005_ckafka_invalid_retry.zh.md"),
}

pub(super) fn check(ctx: &ScfCtx<'_, '_>, c: &CkafkaFacts<'_, '_>, out: &mut Vec<Diagnostic>) {
    if !ctx.enabled(Code::TC005) {
        return;
    }
    let Value::Invalid(found) = &c.retry.value else {
        return;
    };
    let Some(node) = c.retry.node() else { return };
    out.push(
        at(
            Code::TC005,
            node,
            Text::new(
                format!("`retry` must be a whole number of at least 0, found {found}"),
                format!("`retry` 必须是不小于 0 的整数，实际为 {found}"),
            ),
        )
        .with_help(Text::new(
            format!("`retry` counts the retries of a failed batch (default {}), while the partition waits", limits::SCF_CKAFKA_RETRY_DEFAULT),
            format!("`retry` 是失败批次的重试次数（默认 {}），期间该分区等待", limits::SCF_CKAFKA_RETRY_DEFAULT),
        )),
    );
}
