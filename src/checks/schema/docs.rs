//! Declarations and documentation of the trigger (TR0xx) checks.

use crate::codes::{Code, RuleDoc};

pub static RULES: &[RuleDoc] = &[
    RuleDoc {
        code: Code::TR001,
        summary: "A timer `cronExpression` FC cannot parse",
        summary_zh: "定时触发器的 `cronExpression` 无法被函数计算解析",
        doc: "## What it checks\nTimer triggers' `cronExpression`: `@every <duration>` (`@every 5m`, `@every 1h30m`) or six fields `second minute hour day-of-month month day-of-week` with `*`, `?`, lists, ranges and steps, optionally prefixed by `CRON_TZ=<zone> `. Field ranges: 0–59, 0–59, 0–23, 1–31, 1–12 (or JAN–DEC), 0–6 (or SUN–SAT).\n\n## Why it matters\nThe classic 5-field crontab (`0 4 * * *`) is the most common mistake: FC's cron has a seconds field first (https://alibabacloud.com/help/en/functioncompute/api-fc-2023-03-30-struct-timertriggerconfig).\n\n## Example\n```yaml\ncronExpression: 0 4 * * *\n```\n## Fix\n```yaml\ncronExpression: 0 0 4 * * *\n```\n",
        doc_zh: "## 检查内容\n定时触发器的 `cronExpression`：`@every <时长>`（`@every 5m`、`@every 1h30m`），或六个字段 `秒 分 时 日 月 星期`，支持 `*`、`?`、列表、范围和步长，可加 `CRON_TZ=<时区> ` 前缀。字段范围：0–59、0–59、0–23、1–31、1–12（或 JAN–DEC）、0–6（或 SUN–SAT）。\n\n## 为什么重要\n最常见的错误是经典的 5 字段 crontab（`0 4 * * *`）：函数计算的 cron 第一个字段是秒。\n\n## 示例\n```yaml\ncronExpression: 0 4 * * *\n```\n## 修复\n```yaml\ncronExpression: 0 0 4 * * *\n```\n",
        file: file!(),
    },
    RuleDoc {
        code: Code::TR002,
        summary: "OSS trigger filter keys use the other edition's casing",
        summary_zh: "OSS 触发器过滤键使用了另一版本的大小写",
        doc: "## What it checks\nThe casing of the OSS trigger filter: edition 1 writes `filter.Key.Prefix/Suffix`, edition 3 writes `filter.key.prefix/suffix`.\n\n## Why it matters\nEach component passes its own casing to the API; the other casing is not recognized, so the trigger fires for every object in the bucket (or the deploy fails). `s cli fc3 s2tos3` converts it, hand-migrated files often do not.\n\n## Example (edition 3)\n```yaml\nfilter:\n  Key:\n    Prefix: uploads/\n```\n## Fix\n```yaml\nfilter:\n  key:\n    prefix: uploads/\n```\n",
        doc_zh: "## 检查内容\nOSS 触发器过滤条件的大小写：1.x 写作 `filter.Key.Prefix/Suffix`，3.x 写作 `filter.key.prefix/suffix`。\n\n## 为什么重要\n两个组件各自按自己的大小写传给 API，另一种写法不会被识别，触发器会对桶内所有对象触发（或部署失败）。`s cli fc3 s2tos3` 会自动转换，手工迁移的文件常常遗漏。\n\n## 示例（3.x）\n```yaml\nfilter:\n  Key:\n    Prefix: uploads/\n```\n## 修复\n```yaml\nfilter:\n  key:\n    prefix: uploads/\n```\n",
        file: file!(),
    },
    RuleDoc {
        code: Code::TR003,
        summary: "The `source*Parameters` block does not match `eventSourceType`",
        summary_zh: "`source*Parameters` 与 `eventSourceType` 不匹配",
        doc: "## What it checks\nThat an EventBridge trigger with `eventSourceType: Kafka` (MNS, RocketMQ, RabbitMQ, DTS) has the matching `eventSourceParameters.sourceKafkaParameters` (…) block, and that blocks for other source types are not left behind.\n\n## Why it matters\nWithout its block the source has no instance or topic and creating the event stream fails; a block for another type is ignored, which usually means the type or the block was copied from another trigger.\n\n## Example\n```yaml\neventSourceConfig:\n  eventSourceType: Kafka\n  eventSourceParameters:\n    sourceRocketMQParameters: {InstanceId: x, Topic: t, GroupID: g}\n```\n## Fix\nUse `sourceKafkaParameters` with `InstanceId`, `Topic`, `ConsumerGroup`, `OffsetReset`.\n",
        doc_zh: "## 检查内容\n`eventSourceType: Kafka`（或 MNS、RocketMQ、RabbitMQ、DTS）的事件总线触发器必须有对应的 `eventSourceParameters.sourceKafkaParameters`（等）配置块，且不应残留其他类型的配置块。\n\n## 为什么重要\n缺少配置块时事件源没有实例和 topic，创建事件流会失败；其他类型的配置块会被忽略，这通常说明类型或配置块是从别的触发器复制来的。\n\n## 示例\n```yaml\neventSourceConfig:\n  eventSourceType: Kafka\n  eventSourceParameters:\n    sourceRocketMQParameters: {InstanceId: x, Topic: t, GroupID: g}\n```\n## 修复\n改用 `sourceKafkaParameters`，并填写 `InstanceId`、`Topic`、`ConsumerGroup`、`OffsetReset`。\n",
        file: file!(),
    },
];
