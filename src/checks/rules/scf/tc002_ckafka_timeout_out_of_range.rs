//! TC002: a CKafka trigger's batching wait (`timeout`) outside 1–60 s.

use super::ScfCtx;
use crate::checks::at;
use crate::codes::Code;
use crate::diag::{Diagnostic, Text};
use crate::limits;
use crate::semantics::scf::CkafkaFacts;
use crate::semantics::Value;

crate::codes::declare_rule! {
    /// ## What it checks
    /// `parameters.timeout` of a CKafka trigger with the `scf` and `multi-scf` components: a whole number of seconds from {limits::SCF_CKAFKA_TIMEOUT_S} (absent: {limits::SCF_CKAFKA_TIMEOUT_DEFAULT_S}). The toolkit sends it as `timeOut`.
    ///
    /// ## Why it matters
    /// This `timeout` is not the function's: it is the longest the consumer waits for a batch to fill before it invokes the function with what it has. CreateTrigger documents `timeOut` as "单次触发的最长等待时间，可选时间范围1~60" (https://cloud.tencent.com/document/product/583/39901); a value outside it is not one the API takes. Users coming from the function's own `timeout` (up to {limits::SCF_FUNCTION_TIMEOUT_S.max} s) often write a function timeout here. The Serverless Framework v1 plugin does not send this key at all (TC009 says so).
    ///
    /// ## Example
    /// ```yaml
    /// - ckafka:
    ///     parameters:
    ///       name: ckafka-2o10hua5
    ///       topic: orders
    ///       timeout: 300
    /// ```
    /// ## Fix
    /// ```yaml
    ///       timeout: 20      # the batching wait; the function's timeout is `inputs.timeout`
    /// ```
    TC002,
    summary: "CKafka `timeout` (the batching wait, sent as `timeOut`) outside {limits::SCF_CKAFKA_TIMEOUT_S} s",
    summary_zh: "CKafka 的 `timeout`（凑批等待时间，以 `timeOut` 发送）超出 {limits::SCF_CKAFKA_TIMEOUT_S} 秒",
    doc_zh: include_str!("tc002_ckafka_timeout_out_of_range.zh.md"),
}

pub(super) fn check(ctx: &ScfCtx<'_, '_>, c: &CkafkaFacts<'_, '_>, out: &mut Vec<Diagnostic>) {
    if !ctx.enabled(Code::TC002) {
        return;
    }
    let Some(node) = c.wait_s.node() else { return };
    let r = limits::SCF_CKAFKA_TIMEOUT_S;
    let (lo, hi) = (r.min, r.max);
    let (en, zh) = match &c.wait_s.value {
        Value::Known(v) if r.contains(*v as i64) => return,
        Value::Known(v) => (
            format!("the CKafka `timeout` {v} s is outside {lo}–{hi} s"),
            format!("CKafka 的 `timeout` 为 {v} 秒，超出 {lo}–{hi} 秒"),
        ),
        Value::Invalid(v) => (
            format!("the CKafka `timeout` must be a whole number of seconds from {lo} to {hi}, found {v}"),
            format!("CKafka 的 `timeout` 必须是 {lo} 到 {hi} 之间的整数秒，实际为 {v}"),
        ),
        _ => return,
    };
    out.push(at(Code::TC002, node, Text::new(en, zh)).with_help(Text::new(
        format!("this is how long a batch waits to fill (sent as `timeOut`), at most {hi} s; the function's own timeout is the function's `timeout`"),
        format!("这是凑批的最长等待时间（以 `timeOut` 发送），最多 {hi} 秒；函数自身的超时时间是函数的 `timeout`"),
    )));
}
