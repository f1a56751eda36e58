//! AS001: an async destination that is not an ARN of a supported type.

use crate::checks::at;
use crate::checks::Ctx;
use crate::codes::Code;
use crate::diag::{Diagnostic, Text};
use crate::semantics::async_invoke::{DestinationFacts, Target};

crate::codes::declare_rule! {
    /// ## What it checks
    /// The `onSuccess` / `onFailure` destinations of `asyncInvokeConfig.destinationConfig` (edition 3) or `asyncConfiguration.destination` (edition 1): each must be an ARN `acs:<service>:<region>:<account>:<resource>` of a supported destination type — an MNS queue or topic (`acs:mns:…:/queues/<q>/messages`, `/topics/<t>/messages`), an FC function (`acs:fc:…:functions/<fn>`, edition 1 `services/<svc>.<qualifier>/functions/<fn>`), an EventBridge bus (`acs:eventbridge:…:eventbus/<bus>`) or ApsaraMQ for RocketMQ (4.x). Kafka is not a destination.
    ///
    /// ## Why it matters
    /// The result-callback docs list exactly these four types (https://www.alibabacloud.com/help/en/fc/user-guide/result-callback). Any other ARN, an AWS-style `arn:` string or a bare queue name fails PutAsyncInvokeConfig at deploy time.
    ///
    /// ## Example
    /// ```yaml
    /// asyncInvokeConfig:
    ///   destinationConfig:
    ///     onFailure:
    ///       destination: acs:alikafka:cn-hangzhou:123:instance/alikafka-1
    /// ```
    /// ## Fix
    /// ```yaml
    /// asyncInvokeConfig:
    ///   destinationConfig:
    ///     onFailure:
    ///       destination: acs:mns:cn-hangzhou:123:/queues/failed/messages
    /// ```
    AS001,
    summary: "An async destination is not an Alibaba Cloud ARN of a supported type (MNS, FC, EventBridge, RocketMQ)",
    summary_zh: "异步调用目标不是受支持类型（MNS、函数计算、事件总线、RocketMQ）的阿里云 ARN",
    doc_zh: include_str!("as001_invalid_async_destination.zh.md"),
}

pub(super) fn check(
    ctx: &Ctx<'_>,
    d: &DestinationFacts<'_>,
    arn: &str,
    target: Target<'_>,
    out: &mut Vec<Diagnostic>,
) {
    if !ctx.enabled(Code::AS001) {
        return;
    }
    let which = d.which.key();
    let message = match target {
        Target::Malformed => Text::new(
            format!("{which} destination `{arn}` is not an Alibaba Cloud ARN of a supported destination"),
            format!("{which} 目标 `{arn}` 不是受支持目标类型的阿里云 ARN"),
        ),
        Target::Kafka => Text::new(
            format!("{which} destination `{arn}` is a Kafka resource; async invocation cannot deliver results to Kafka"),
            format!("{which} 目标 `{arn}` 是 Kafka 资源；异步调用结果不能投递到 Kafka"),
        ),
        Target::Unsupported(s) => Text::new(
            format!("{which} destination `{arn}` is a `{s}` resource; supported are MNS, Function Compute, EventBridge and RocketMQ"),
            format!("{which} 目标 `{arn}` 是 `{s}` 资源；只支持 MNS、函数计算、事件总线和 RocketMQ"),
        ),
        Target::Function { .. } | Target::Supported => return,
    };
    out.push(at(Code::AS001, d.at.node, message).with_help(Text::new(
        "use an MNS queue or topic (acs:mns:<region>:<account>:/queues/<q>/messages), an FC function (acs:fc:<region>:<account>:functions/<fn>), an EventBridge bus (acs:eventbridge:<region>:<account>:eventbus/<bus>) or a RocketMQ 4.x topic",
        "请使用 MNS 队列或主题（acs:mns:<region>:<account>:/queues/<q>/messages）、函数计算函数（acs:fc:<region>:<account>:functions/<fn>）、事件总线（acs:eventbridge:<region>:<account>:eventbus/<bus>）或 RocketMQ 4.x topic",
    )));
}
