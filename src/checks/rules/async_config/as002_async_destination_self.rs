//! AS002: an async destination that is the function itself.

use crate::checks::at;
use crate::checks::Ctx;
use crate::codes::Code;
use crate::diag::{Diagnostic, Text};
use crate::semantics::async_invoke::{DestinationFacts, Target};
use crate::semantics::FunctionFacts;

crate::codes::declare_rule! {
    /// ## What it checks
    /// An `onSuccess` / `onFailure` destination that is the FC function being configured.
    ///
    /// ## Why it matters
    /// A destination invocation is an async invocation of the target with the result record as its payload (https://www.alibabacloud.com/help/en/fc/user-guide/result-callback). Pointing it at the function itself feeds every result (or failure) back in, which loops — failures multiply rather than being parked somewhere you can inspect.
    ///
    /// ## Example
    /// ```yaml
    /// functionName: orders
    /// asyncInvokeConfig:
    ///   destinationConfig:
    ///     onFailure:
    ///       destination: acs:fc:cn-hangzhou:123:functions/orders
    /// ```
    /// ## Fix
    /// ```yaml
    ///       destination: acs:mns:cn-hangzhou:123:/queues/orders-failed/messages
    /// ```
    AS002,
    summary: "An async destination points at the function itself",
    summary_zh: "异步调用目标指向函数自身",
    doc_zh: include_str!("as002_async_destination_self.zh.md"),
}

pub(super) fn check(
    ctx: &Ctx<'_>,
    f: &FunctionFacts<'_, '_>,
    d: &DestinationFacts<'_>,
    target: Target<'_>,
    out: &mut Vec<Diagnostic>,
) {
    let Target::Function { service, function } = target else {
        return;
    };
    if !ctx.enabled(Code::AS002) || !f.is_named(service, function) {
        return;
    }
    let which = d.which.key();
    out.push(
        at(
            Code::AS002,
            d.at.node,
            Text::new(
                format!("the {which} destination is this function itself: every result invokes it again"),
                format!("{which} 目标就是函数自身：每个结果都会再次调用它"),
            ),
        )
        .with_help(Text::new(
            "point the destination at another function or a queue; a self-destination loops until the retries or the event age run out",
            "请把目标指向其他函数或队列；指向自身会循环调用，直到重试或事件有效期耗尽",
        )),
    );
}
