//! TR1xx: checks across the triggers of a file — duplicate names, shared `sourceArn`.

use crate::checks::at;
use crate::checks::Ctx;
use crate::codes::{Code, RuleDoc};
use crate::diag::{Diagnostic, Text};
use crate::model::TriggerType;
use crate::source::Node;

pub fn check(ctx: &Ctx<'_>, out: &mut Vec<Diagnostic>) {
    if ctx.enabled(Code::TR101) {
        for f in &ctx.model.functions {
            let mut seen: Vec<(&str, &Node)> = Vec::new();
            for t in &f.triggers {
                let Some(n) = t.name else { continue };
                let Some(name) = n.as_str() else { continue };
                if let Some((_, first)) = seen.iter().find(|(s, _)| *s == name) {
                    out.push(
                        at(Code::TR101, n, Text::new(format!("function `{}` already has a trigger named `{name}`", f.label()), format!("函数 `{}` 已有名为 `{name}` 的触发器", f.label())))
                        .with_note(first.span, Text::new("first defined here", "首次定义于此"))
                        .with_help(Text::new("give every trigger of a function its own name; the later one would overwrite the earlier on deploy", "同一函数的每个触发器都需要唯一的名称；部署时后者会覆盖前者")),
                    );
                } else {
                    seen.push((name, n));
                }
            }
        }
    }
    if ctx.enabled(Code::TR102) {
        let mut seen: Vec<(&str, &Node, String)> = Vec::new();
        for f in &ctx.model.functions {
            for t in &f.triggers {
                if t.trigger_type() != Some(TriggerType::EventBridge) {
                    continue;
                }
                let Some(n) = t.source_arn else { continue };
                let Some(arn) = n.as_str().filter(|s| !s.trim().is_empty()) else {
                    continue;
                };
                let who = format!("{}/{}", f.label(), t.label());
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
    }
}

pub static RULES: &[RuleDoc] = &[
    RuleDoc {
        code: Code::TR101,
        summary: "Two triggers of one function have the same name",
        summary_zh: "同一函数的两个触发器同名",
        doc: r#"## What it checks
That the triggers of one function have distinct `triggerName` (edition 3) or `name` (edition 1).

## Why it matters
FC identifies a trigger by function and name (CreateTrigger / UpdateTrigger, https://help.aliyun.com/zh/ros/developer-reference/aliyun-fc3-trigger). fc3 deploys the list in order, so the second trigger with the same name updates the first: one of the two configurations silently disappears.

## Example
```yaml
triggers:
  - triggerName: orders
    triggerType: eventbridge
  - triggerName: orders
    triggerType: timer
```
## Fix
```yaml
triggers:
  - triggerName: orders-kafka
    triggerType: eventbridge
  - triggerName: orders-timer
    triggerType: timer
```
"#,
        doc_zh: r#"## 检查内容
同一函数的触发器 `triggerName`（3.x）或 `name`（1.x）必须互不相同。

## 为什么重要
函数计算以函数和名称标识触发器（CreateTrigger / UpdateTrigger，https://help.aliyun.com/zh/ros/developer-reference/aliyun-fc3-trigger）。fc3 按顺序部署列表，同名的第二个触发器会更新第一个：两份配置中的一份静默消失。

## 示例
```yaml
triggers:
  - triggerName: orders
    triggerType: eventbridge
  - triggerName: orders
    triggerType: timer
```
## 修复
```yaml
triggers:
  - triggerName: orders-kafka
    triggerType: eventbridge
  - triggerName: orders-timer
    triggerType: timer
```
"#,
        file: file!(),
    },
    RuleDoc {
        code: Code::TR102,
        summary: "Two EventBridge triggers use the same `sourceArn`",
        summary_zh: "两个 EventBridge 触发器使用相同的 `sourceArn`",
        doc: r#"## What it checks
EventBridge triggers in one file (in any function) with the same `sourceArn`.

## Why it matters
The component docs warn that reusing one `sourceArn` on two EventBridge triggers makes their updates and deletes interfere: the event rule or stream belongs to both, so changing or removing one trigger changes or removes the other's source (https://github.com/devsapp/fc/blob/aefe052ec1711c8d58c342766db761869c6008bc/docs/zh/yaml/triggers.md).

## Example
```yaml
- triggerName: a
  triggerType: eventbridge
  sourceArn: acs:eventbridge:cn-hangzhou:123:eventbus/default/rule/r1
- triggerName: b
  triggerType: eventbridge
  sourceArn: acs:eventbridge:cn-hangzhou:123:eventbus/default/rule/r1
```
## Fix
Give each trigger its own rule (or stream), or leave `sourceArn` out.
"#,
        doc_zh: r#"## 检查内容
同一文件（任意函数）中 `sourceArn` 相同的 EventBridge 触发器。

## 为什么重要
组件文档提醒：两个 EventBridge 触发器复用同一 `sourceArn` 时，它们的更新和删除会互相干扰——事件规则或事件流同时属于二者，修改或删除其中一个触发器会改变或删除另一个的事件源（https://github.com/devsapp/fc/blob/aefe052ec1711c8d58c342766db761869c6008bc/docs/zh/yaml/triggers.md）。

## 示例
```yaml
- triggerName: a
  triggerType: eventbridge
  sourceArn: acs:eventbridge:cn-hangzhou:123:eventbus/default/rule/r1
- triggerName: b
  triggerType: eventbridge
  sourceArn: acs:eventbridge:cn-hangzhou:123:eventbus/default/rule/r1
```
## 修复
为每个触发器使用独立的规则（或事件流），或去掉 `sourceArn`。
"#,
        file: file!(),
    },
];
