//! Declarations and documentation of the function (FN0xx) and trigger (TR0xx) checks.

use crate::codes::{Code, RuleDoc};

pub static RULES: &[RuleDoc] = &[
    RuleDoc {
        code: Code::FN001,
        summary: "The runtime needs `code`/`codeUri`, `handler` or `customContainerConfig`",
        summary_zh: "该运行时需要 `code`/`codeUri`、`handler` 或 `customContainerConfig`",
        doc: "## What it checks\nWhat each runtime requires. Edition 3 (fc3 schema): `custom-container` needs `customContainerConfig`; other `custom*` runtimes need `code`; all other runtimes need `code` and `handler`. Edition 1 (devsapp/fc): `custom-container` needs `customContainerConfig`; others need `codeUri` (or `ossBucket` + `ossKey`), which fc-deploy refuses to deploy without. A missing `handler` is not reported in edition 1: fc-deploy fills in `index.handler` (https://github.com/devsapp/fc-deploy/blob/main/src/lib/fc/function.ts).\n\n## Why it matters\nThe deploy fails after packaging, or the function is created but cannot start.\n\n## Example\n```yaml\nruntime: python3.10\ncode: ./code\n```\n## Fix\n```yaml\nruntime: python3.10\ncode: ./code\nhandler: index.handler\n```\n",
        doc_zh: "## 检查内容\n各运行时的必需项。3.x（fc3 schema）：`custom-container` 需要 `customContainerConfig`；其他 `custom*` 运行时需要 `code`；其余运行时需要 `code` 和 `handler`。1.x（devsapp/fc）：`custom-container` 需要 `customContainerConfig`；其他需要 `codeUri`（或 `ossBucket` + `ossKey`），否则 fc-deploy 拒绝部署。1.x 中缺少 `handler` 不报告：fc-deploy 会填入 `index.handler`（https://github.com/devsapp/fc-deploy/blob/main/src/lib/fc/function.ts）。\n\n## 为什么重要\n部署会在打包之后失败，或者函数创建成功却无法启动。\n\n## 示例\n```yaml\nruntime: python3.10\ncode: ./code\n```\n## 修复\n```yaml\nruntime: python3.10\ncode: ./code\nhandler: index.handler\n```\n",
        file: file!(),
    },
    RuleDoc {
        code: Code::FN002,
        summary: "`cpu` is not a multiple of 0.05 vCPU",
        summary_zh: "`cpu` 不是 0.05 vCPU 的整数倍",
        doc: "## What it checks\nThat `cpu` is a multiple of 0.05.\n\n## Why it matters\nThe FC API rejects other values; neither the fc3 schema nor `s verify` checks it (CreateFunctionInput: https://help.aliyun.com/zh/functioncompute/fc/developer-reference/api-fc-2023-03-30-struct-createfunctioninput).\n\n## Example\n```yaml\ncpu: 0.33\n```\n## Fix\n```yaml\ncpu: 0.35\n```\n",
        doc_zh: "## 检查内容\n`cpu` 必须是 0.05 的整数倍。\n\n## 为什么重要\n函数计算 API 会拒绝其他取值；fc3 schema 和 `s verify` 都不检查这一点。\n\n## 示例\n```yaml\ncpu: 0.33\n```\n## 修复\n```yaml\ncpu: 0.35\n```\n",
        file: file!(),
    },
    RuleDoc {
        code: Code::FN003,
        summary: "Memory (GB) is not between 1× and 4× the vCPUs",
        summary_zh: "内存（GB）不在 vCPU 的 1 到 4 倍之间",
        doc: "## What it checks\nThat memory in GB lies between 1× and 4× `cpu` (cpu : memory from 1:1 to 1:4) when both are set.\n\n## Why it matters\nThe FC API rejects other combinations; no Serverless Devs tool checks it before deploy (CreateFunctionInput: https://help.aliyun.com/zh/functioncompute/fc/developer-reference/api-fc-2023-03-30-struct-createfunctioninput). For 512 MB, cpu must be 0.15–0.5.\n\n## Example\n```yaml\ncpu: 4\nmemorySize: 1024\n```\n## Fix\n```yaml\ncpu: 1\nmemorySize: 1024\n```\n",
        doc_zh: "## 检查内容\n同时设置 `cpu` 与内存时，内存（GB）必须在 `cpu` 的 1 到 4 倍之间（cpu : 内存为 1:1 到 1:4）。\n\n## 为什么重要\n函数计算 API 会拒绝其他组合；Serverless Devs 的工具在部署前都不检查。512 MB 时 cpu 只能是 0.15–0.5。\n\n## 示例\n```yaml\ncpu: 4\nmemorySize: 1024\n```\n## 修复\n```yaml\ncpu: 1\nmemorySize: 1024\n```\n",
        file: file!(),
    },
    RuleDoc {
        code: Code::FN004,
        summary: "Edition 1 memorySize outside the devsapp/fc list",
        summary_zh: "1.x 的 memorySize 不在 devsapp/fc 列出的取值中",
        doc: "## What it checks\nEdition 1 `memorySize` against the values the devsapp/fc schema lists (128, 256, 512, 1024, 2048, 3072, 4096, 8192, 16384, 32768).\n\n## Why it matters\nFC 2.0 accepts any multiple of 64 MB from 128 to 3072 for elastic instances, so other values deploy; but registry and console tools built on that schema reject them. A warning, never an error.\n\n## Example\n```yaml\nmemorySize: 640\n```\n## Fix\nKeep it if you deploy with the CLI only, or use 512 / 1024.\n",
        doc_zh: "## 检查内容\n对照 devsapp/fc schema 列出的取值（128、256、512、1024、2048、3072、4096、8192、16384、32768）检查 1.x 的 `memorySize`。\n\n## 为什么重要\nFC 2.0 弹性实例接受 128 到 3072 之间 64 MB 的任意整数倍，所以其他取值可以部署；但基于该 schema 的应用中心与控制台工具会拒绝。只是警告，从不作为错误。\n\n## 示例\n```yaml\nmemorySize: 640\n```\n## 修复\n若只用 CLI 部署可以保留，否则改为 512 或 1024。\n",
        file: file!(),
    },
    RuleDoc {
        code: Code::FN005,
        summary: "An edition 1 function without `runtime` gets devsapp/fc's default `nodejs10`",
        summary_zh: "1.x 函数未设置 `runtime` 时会使用 devsapp/fc 的默认值 `nodejs10`",
        doc: "## What it checks\nEdition 1 functions (`services.<name>.props.function`) without `runtime`.\n\n## Why it matters\ndevsapp/fc does not require `runtime`: it deploys its own default, `nodejs10` (`FUNCTION_CONF_DEFAULT` in fc-deploy, https://github.com/devsapp/fc-deploy/blob/main/src/lib/static.ts). That is rarely the runtime the code was written for, and it is an old Node.js version. (A missing `handler` is fine: the same defaults fill in `index.handler`.)\n\n## Example\n```yaml\nfunction:\n  name: api\n  codeUri: ./code\n```\n## Fix\n```yaml\nfunction:\n  name: api\n  codeUri: ./code\n  runtime: python3.10\n```\n",
        doc_zh: "## 检查内容\n未设置 `runtime` 的 1.x 函数（`services.<name>.props.function`）。\n\n## 为什么重要\ndevsapp/fc 不强制要求 `runtime`，会部署自己的默认值 `nodejs10`（fc-deploy 中的 `FUNCTION_CONF_DEFAULT`，https://github.com/devsapp/fc-deploy/blob/main/src/lib/static.ts）。这很少是代码实际使用的运行时，而且是较旧的 Node.js 版本。（缺少 `handler` 没有问题：同一组默认值会填入 `index.handler`。）\n\n## 示例\n```yaml\nfunction:\n  name: api\n  codeUri: ./code\n```\n## 修复\n```yaml\nfunction:\n  name: api\n  codeUri: ./code\n  runtime: python3.10\n```\n",
        file: file!(),
    },
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
