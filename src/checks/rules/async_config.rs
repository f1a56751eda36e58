//! AS: the async invoke configuration — destination ARNs and event age.

use crate::checks::at;
use crate::checks::Ctx;
use crate::codes::{Code, RuleDoc};
use crate::diag::{Diagnostic, Text};
use crate::limits;
use crate::model::{Edition, Function};

pub fn check(ctx: &Ctx<'_>, out: &mut Vec<Diagnostic>) {
    for f in &ctx.model.functions {
        destinations(ctx, f, out);
        event_age(ctx, f, out);
    }
}

/// What a destination ARN points at.
#[derive(Debug, PartialEq)]
enum Dest<'a> {
    /// An FC function: `(service, function)`; service only for edition 1 ARNs.
    Function(Option<&'a str>, &'a str),
    Supported,
    Kafka,
    Unsupported(&'a str),
    Malformed,
}

/// Classify `acs:<service>:<region>:<account>:<resource>`.
fn classify(arn: &str) -> Dest<'_> {
    let parts: Vec<&str> = arn.trim().splitn(5, ':').collect();
    if parts.len() != 5 || parts[0] != "acs" || parts[1].is_empty() || parts[4].is_empty() {
        return Dest::Malformed;
    }
    let (service, resource) = (parts[1], parts[4]);
    match service {
        "mns" => {
            let r = resource.trim_start_matches('/');
            if (r.starts_with("queues/") || r.starts_with("topics/"))
                && r.split('/').nth(1).map(|s| !s.is_empty()).unwrap_or(false)
            {
                Dest::Supported
            } else {
                Dest::Malformed
            }
        }
        "fc" => {
            let Some((before, func)) = resource.rsplit_once("functions/") else {
                return Dest::Malformed;
            };
            let func = func.split(['/', ':']).next().unwrap_or("");
            if func.is_empty() {
                return Dest::Malformed;
            }
            let service = before
                .strip_prefix("services/")
                .map(|s| s.trim_end_matches('/'))
                .map(|s| s.split('.').next().unwrap_or(s));
            Dest::Function(service, func)
        }
        "eventbridge" => {
            if resource.trim_start_matches('/').starts_with("eventbus/") {
                Dest::Supported
            } else {
                Dest::Malformed
            }
        }
        "mq" | "rocketmq" | "ons" => Dest::Supported,
        "alikafka" | "kafka" => Dest::Kafka,
        other => Dest::Unsupported(other),
    }
}

fn destinations(ctx: &Ctx<'_>, f: &Function<'_>, out: &mut Vec<Diagnostic>) {
    let (own_service, own_fn) = match f.edition {
        Edition::V3 => (None, f.name_node().and_then(|n| n.as_str())),
        Edition::V1 => (
            f.service
                .and_then(|s| s.get("name"))
                .and_then(|n| n.as_str()),
            f.name_node().and_then(|n| n.as_str()),
        ),
    };
    for (which, node) in f.async_destinations() {
        let Some(arn) = node.as_str() else { continue };
        if arn.contains("${") || arn.trim().is_empty() {
            continue;
        }
        let bad = |en: String, zh: String| {
            at(Code::AS001, node, Text::new(en, zh)).with_help(Text::new("use an MNS queue or topic (acs:mns:<region>:<account>:/queues/<q>/messages), an FC function (acs:fc:<region>:<account>:functions/<fn>), an EventBridge bus (acs:eventbridge:<region>:<account>:eventbus/<bus>) or a RocketMQ 4.x topic", "请使用 MNS 队列或主题（acs:mns:<region>:<account>:/queues/<q>/messages）、函数计算函数（acs:fc:<region>:<account>:functions/<fn>）、事件总线（acs:eventbridge:<region>:<account>:eventbus/<bus>）或 RocketMQ 4.x topic"))
        };
        match classify(arn) {
            Dest::Malformed if ctx.enabled(Code::AS001) => out.push(bad(
                format!("{which} destination `{arn}` is not an Alibaba Cloud ARN of a supported destination"),
                format!("{which} 目标 `{arn}` 不是受支持目标类型的阿里云 ARN"),
            )),
            Dest::Kafka if ctx.enabled(Code::AS001) => out.push(bad(
                format!("{which} destination `{arn}` is a Kafka resource; async invocation cannot deliver results to Kafka"),
                format!("{which} 目标 `{arn}` 是 Kafka 资源；异步调用结果不能投递到 Kafka"),
            )),
            Dest::Unsupported(s) if ctx.enabled(Code::AS001) => out.push(bad(
                format!("{which} destination `{arn}` is a `{s}` resource; supported are MNS, Function Compute, EventBridge and RocketMQ"),
                format!("{which} 目标 `{arn}` 是 `{s}` 资源；只支持 MNS、函数计算、事件总线和 RocketMQ"),
            )),
            Dest::Function(svc, func) if ctx.enabled(Code::AS002) => {
                let is_self = match (f.edition, svc) {
                    (Edition::V3, None) | (Edition::V1, None) => own_fn == Some(func),
                    // A migrated function is named `service$function` in edition 3.
                    (Edition::V3, Some(s)) => own_fn == Some(format!("{s}${func}").as_str()),
                    (Edition::V1, Some(s)) => own_service == Some(s) && own_fn == Some(func),
                };
                if is_self {
                    out.push(
                        at(Code::AS002, node, Text::new(format!("the {which} destination is this function itself: every result invokes it again"), format!("{which} 目标就是函数自身：每个结果都会再次调用它")))
                        .with_help(Text::new("point the destination at another function or a queue; a self-destination loops until the retries or the event age run out", "请把目标指向其他函数或队列；指向自身会循环调用，直到重试或事件有效期耗尽")),
                    );
                }
            }
            _ => {}
        }
    }
}

fn event_age(ctx: &Ctx<'_>, f: &Function<'_>, out: &mut Vec<Diagnostic>) {
    if !ctx.enabled(Code::AS003) {
        return;
    }
    let Some(cfg) = f.async_config() else { return };
    let Some(n) = cfg.get("maxAsyncEventAgeInSeconds") else {
        return;
    };
    let Some(v) = n.as_i64() else { return };
    let api = limits::ASYNC_EVENT_AGE_API_MAX_S;
    if v <= api || v > limits::ASYNC_EVENT_AGE_S.max {
        return; // above the schema range is SC005's finding
    }
    out.push(
        at(Code::AS003, n, Text::new(format!("maxAsyncEventAgeInSeconds {v} is above {api} s (7 days), the maximum of the current FC 3.0 API"), format!("maxAsyncEventAgeInSeconds {v} 超过当前函数计算 3.0 API 的上限 {api} 秒（7 天）")))
        .with_help(Text::new(format!("use at most {api}; the component schemas still accept {} but the API may reject or clamp it", limits::ASYNC_EVENT_AGE_S.max), format!("请设置不超过 {api}；组件 schema 仍接受 {}，但 API 可能拒绝或截断", limits::ASYNC_EVENT_AGE_S.max))),
    );
}

pub static RULES: &[RuleDoc] = &[
    RuleDoc {
        code: Code::AS001,
        summary: "An async destination is not an Alibaba Cloud ARN of a supported type (MNS, FC, EventBridge, RocketMQ)",
        summary_zh: "异步调用目标不是受支持类型（MNS、函数计算、事件总线、RocketMQ）的阿里云 ARN",
        doc: r#"## What it checks
The `onSuccess` / `onFailure` destinations of `asyncInvokeConfig.destinationConfig` (edition 3) or `asyncConfiguration.destination` (edition 1): each must be an ARN `acs:<service>:<region>:<account>:<resource>` of a supported destination type — an MNS queue or topic (`acs:mns:…:/queues/<q>/messages`, `/topics/<t>/messages`), an FC function (`acs:fc:…:functions/<fn>`, edition 1 `services/<svc>.<qualifier>/functions/<fn>`), an EventBridge bus (`acs:eventbridge:…:eventbus/<bus>`) or ApsaraMQ for RocketMQ (4.x). Kafka is not a destination.

## Why it matters
The result-callback docs list exactly these four types (https://www.alibabacloud.com/help/en/fc/user-guide/result-callback). Any other ARN, an AWS-style `arn:` string or a bare queue name fails PutAsyncInvokeConfig at deploy time.

## Example
```yaml
asyncInvokeConfig:
  destinationConfig:
    onFailure:
      destination: acs:alikafka:cn-hangzhou:123:instance/alikafka-1
```
## Fix
```yaml
asyncInvokeConfig:
  destinationConfig:
    onFailure:
      destination: acs:mns:cn-hangzhou:123:/queues/failed/messages
```
"#,
        doc_zh: r#"## 检查内容
`asyncInvokeConfig.destinationConfig`（3.x）或 `asyncConfiguration.destination`（1.x）中的 `onSuccess` / `onFailure` 目标：必须是受支持目标类型的 ARN `acs:<service>:<region>:<account>:<resource>`——MNS 队列或主题（`acs:mns:…:/queues/<q>/messages`、`/topics/<t>/messages`）、函数计算函数（`acs:fc:…:functions/<fn>`，1.x 为 `services/<svc>.<qualifier>/functions/<fn>`）、事件总线（`acs:eventbridge:…:eventbus/<bus>`）或云消息队列 RocketMQ（4.x）。Kafka 不能作为目标。

## 为什么重要
结果回调文档只列出这四种类型（https://www.alibabacloud.com/help/en/fc/user-guide/result-callback）。其他 ARN、AWS 风格的 `arn:` 字符串或裸队列名都会让部署时的 PutAsyncInvokeConfig 失败。

## 示例
```yaml
asyncInvokeConfig:
  destinationConfig:
    onFailure:
      destination: acs:alikafka:cn-hangzhou:123:instance/alikafka-1
```
## 修复
```yaml
asyncInvokeConfig:
  destinationConfig:
    onFailure:
      destination: acs:mns:cn-hangzhou:123:/queues/failed/messages
```
"#,
        file: file!(),
    },
    RuleDoc {
        code: Code::AS002,
        summary: "An async destination points at the function itself",
        summary_zh: "异步调用目标指向函数自身",
        doc: r#"## What it checks
An `onSuccess` / `onFailure` destination that is the FC function being configured.

## Why it matters
A destination invocation is an async invocation of the target with the result record as its payload (https://www.alibabacloud.com/help/en/fc/user-guide/result-callback). Pointing it at the function itself feeds every result (or failure) back in, which loops — failures multiply rather than being parked somewhere you can inspect.

## Example
```yaml
functionName: orders
asyncInvokeConfig:
  destinationConfig:
    onFailure:
      destination: acs:fc:cn-hangzhou:123:functions/orders
```
## Fix
```yaml
      destination: acs:mns:cn-hangzhou:123:/queues/orders-failed/messages
```
"#,
        doc_zh: r#"## 检查内容
`onSuccess` / `onFailure` 目标就是正在配置的函数本身。

## 为什么重要
目标调用是以结果记录为负载对目标进行的一次异步调用（https://www.alibabacloud.com/help/en/fc/user-guide/result-callback）。指向自身会把每个结果（或失败）再送回函数，形成循环——失败不断放大，而不是停放在可以排查的地方。

## 示例
```yaml
functionName: orders
asyncInvokeConfig:
  destinationConfig:
    onFailure:
      destination: acs:fc:cn-hangzhou:123:functions/orders
```
## 修复
```yaml
      destination: acs:mns:cn-hangzhou:123:/queues/orders-failed/messages
```
"#,
        file: file!(),
    },
    RuleDoc {
        code: Code::AS003,
        summary: "`maxAsyncEventAgeInSeconds` above 604800 s, the current FC 3.0 API maximum",
        summary_zh: "`maxAsyncEventAgeInSeconds` 超过当前函数计算 3.0 API 的上限 604800 秒",
        doc: r#"## What it checks
`maxAsyncEventAgeInSeconds` between 604801 and 2592000 seconds.

## Why it matters
The component schemas and older docs accept up to 2592000 s (30 days), but the current PutAsyncInvokeConfigInput API page gives 1–604800 s (7 days), default 86400 (https://www.alibabacloud.com/help/en/functioncompute/api-fc-2023-03-30-struct-putasyncinvokeconfiginput). `s verify` passes the value; the API may reject or clamp it, so events may expire sooner than you planned. Values above 2592000 are reported by SC005.

## Example
```yaml
asyncInvokeConfig:
  maxAsyncEventAgeInSeconds: 2592000
```
## Fix
```yaml
asyncInvokeConfig:
  maxAsyncEventAgeInSeconds: 604800
```
"#,
        doc_zh: r#"## 检查内容
`maxAsyncEventAgeInSeconds` 在 604801 到 2592000 秒之间。

## 为什么重要
组件 schema 和旧文档接受最多 2592000 秒（30 天），但当前的 PutAsyncInvokeConfigInput API 页面给出 1–604800 秒（7 天），默认 86400（https://www.alibabacloud.com/help/en/functioncompute/api-fc-2023-03-30-struct-putasyncinvokeconfiginput）。`s verify` 能通过；API 可能拒绝或截断，事件可能比计划更早过期。超过 2592000 的值由 SC005 报告。

## 示例
```yaml
asyncInvokeConfig:
  maxAsyncEventAgeInSeconds: 2592000
```
## 修复
```yaml
asyncInvokeConfig:
  maxAsyncEventAgeInSeconds: 604800
```
"#,
        file: file!(),
    },
];

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn classifies_documented_arns() {
        assert_eq!(
            classify("acs:mns:cn-hangzhou:123:/queues/q/messages"),
            Dest::Supported
        );
        assert_eq!(classify("acs:mns:::/topics/t/messages"), Dest::Supported);
        assert_eq!(
            classify("acs:fc:cn-huhehaote::functions/fn"),
            Dest::Function(None, "fn")
        );
        assert_eq!(
            classify("acs:fc:cn-hangzhou:123:services/svc.LATEST/functions/fn"),
            Dest::Function(Some("svc"), "fn")
        );
        assert_eq!(
            classify("acs:eventbridge:cn-hangzhou:123:eventbus/default"),
            Dest::Supported
        );
        assert_eq!(
            classify("acs:alikafka:cn-hangzhou:123:instance/x"),
            Dest::Kafka
        );
        assert_eq!(
            classify("acs:oss:cn-hangzhou:123:bucket"),
            Dest::Unsupported("oss")
        );
        assert_eq!(classify("arn:aws:sqs:us-east-1:123:q"), Dest::Malformed);
        assert_eq!(
            classify("acs:mns:cn-hangzhou:123:queue-name"),
            Dest::Malformed
        );
    }
}
