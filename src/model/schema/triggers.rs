//! Trigger configurations by type, both editions. The eventbridge trigger, with its event
//! sources and sink, is in `eventbridge.rs`.

#![allow(dead_code)]

use schemars::JsonSchema;
use serde_json::Value;

use crate::limits;

// ---------------------------------------------------------------- trigger configs

/// http trigger (edition 3).
#[derive(JsonSchema)]
#[serde(deny_unknown_fields, rename_all = "camelCase")]
#[schemars(extend("x-zh" = "http 触发器（3.x）。", "x-fclint-source" = limits::SRC_FC3_SCHEMA))]
pub struct HttpTriggerConfig3 {
    /// Who may call: `anonymous`, `function` (signed requests) or `jwt`.
    #[schemars(extend("enum" = limits::HTTP_AUTH_TYPES_ED3, "x-zh" = "谁可以调用：`anonymous`、`function`（签名请求）或 `jwt`。"))]
    auth_type: String,
    /// HTTP methods the trigger accepts.
    #[schemars(extend("x-zh" = "触发器接受的 HTTP 方法。"))]
    methods: Vec<HttpMethod>,
    /// Turn off the public URL (intranet only).
    #[serde(rename = "disableURLInternet")]
    #[schemars(extend("default" = false, "x-zh" = "关闭公网 URL（仅内网访问）。"))]
    disable_url_internet: Option<bool>,
    /// JWT settings (with `authType: jwt`).
    #[schemars(extend("x-zh" = "JWT 设置（`authType: jwt` 时）。"))]
    auth_config: Option<Value>,
}

/// http trigger (edition 1).
#[derive(JsonSchema)]
#[serde(deny_unknown_fields, rename_all = "camelCase")]
#[schemars(extend("x-zh" = "http 触发器（1.x）。", "x-fclint-source" = limits::SRC_FC1_SCHEMA))]
pub struct HttpTriggerConfig1 {
    /// Who may call: `anonymous` or `function` (signed requests).
    #[schemars(extend("enum" = limits::HTTP_AUTH_TYPES_ED1, "x-zh" = "谁可以调用：`anonymous` 或 `function`（签名请求）。"))]
    auth_type: String,
    /// HTTP methods the trigger accepts.
    #[schemars(extend("x-zh" = "触发器接受的 HTTP 方法。"))]
    methods: Vec<HttpMethod>,
    /// Turn off the public URL (intranet only).
    #[serde(rename = "disableURLInternet")]
    #[schemars(extend("default" = false, "x-zh" = "关闭公网 URL（仅内网访问）。"))]
    disable_url_internet: Option<bool>,
}

/// An HTTP method.
#[derive(JsonSchema)]
#[schemars(extend("enum" = limits::HTTP_METHODS, "x-zh" = "HTTP 方法。"), transform = drop_type_object)]
pub struct HttpMethod(String);

/// timer trigger (both editions).
#[derive(JsonSchema)]
#[serde(deny_unknown_fields, rename_all = "camelCase")]
#[schemars(extend("x-zh" = "定时触发器（两个版本相同）。", "x-fclint-source" = limits::SRC_TIMER))]
pub struct TimerTriggerConfig {
    /// `@every 5m`, a 6-field cron `sec min hour day month weekday`, optionally `CRON_TZ=Asia/Shanghai …`.
    #[schemars(extend("x-zh" = "`@every 5m`，或 6 个字段的 cron `秒 分 时 日 月 星期`，可加 `CRON_TZ=Asia/Shanghai …` 前缀。"))]
    cron_expression: String,
    /// Whether the timer fires.
    #[schemars(extend("x-zh" = "定时器是否触发。"))]
    enable: bool,
    /// Text passed to the function as the event.
    #[schemars(extend("x-zh" = "作为事件传给函数的文本。"))]
    payload: Option<String>,
}

/// oss trigger (edition 3).
#[derive(JsonSchema)]
#[serde(deny_unknown_fields, rename_all = "camelCase")]
#[schemars(extend("x-zh" = "oss 触发器（3.x）。", "x-fclint-source" = limits::SRC_FC3_SCHEMA))]
pub struct OssTriggerConfig3 {
    /// OSS events that invoke the function.
    #[schemars(extend("x-zh" = "触发函数的 OSS 事件。"))]
    events: Vec<OssEvent>,
    /// Object key prefix/suffix filter (lowercase keys in edition 3).
    #[schemars(extend("x-zh" = "对象名前缀/后缀过滤（3.x 用小写键）。"))]
    filter: OssFilter3,
}

/// An OSS event.
#[derive(JsonSchema)]
#[schemars(extend("enum" = limits::OSS_EVENTS, "x-zh" = "OSS 事件。"), transform = drop_type_object)]
pub struct OssEvent(String);

/// OSS filter (edition 3).
#[derive(JsonSchema)]
#[serde(deny_unknown_fields)]
#[schemars(extend("x-zh" = "OSS 过滤条件（3.x）。", "x-fclint-source" = limits::SRC_FC3_SCHEMA))]
pub struct OssFilter3 {
    /// Object key filter.
    #[schemars(extend("x-zh" = "对象名过滤。"))]
    key: OssKey3,
}

/// OSS key filter (edition 3).
#[derive(JsonSchema)]
#[serde(deny_unknown_fields)]
#[schemars(extend("x-zh" = "OSS 对象名过滤（3.x）。", "x-fclint-source" = limits::SRC_FC3_SCHEMA))]
pub struct OssKey3 {
    /// Object key prefix, e.g. `uploads/`.
    #[schemars(extend("x-zh" = "对象名前缀，例如 `uploads/`。"))]
    prefix: Option<String>,
    /// Object key suffix, e.g. `.png`.
    #[schemars(extend("x-zh" = "对象名后缀，例如 `.png`。"))]
    suffix: Option<String>,
}

/// oss trigger (edition 1).
#[derive(JsonSchema)]
#[serde(deny_unknown_fields, rename_all = "camelCase")]
#[schemars(extend("x-zh" = "oss 触发器（1.x）。", "x-fclint-source" = limits::SRC_FC1_SCHEMA))]
pub struct OssTriggerConfig1 {
    /// Bucket name (fc-deploy derives `sourceArn` from it; required unless the trigger sets
    /// its own `sourceArn`).
    #[schemars(extend("x-zh" = "存储桶名称（fc-deploy 据此推导 `sourceArn`；除非触发器自己设置了 `sourceArn`，否则必填）。"))]
    bucket_name: Option<String>,
    /// OSS events that invoke the function.
    #[schemars(extend("x-zh" = "触发函数的 OSS 事件。"))]
    events: Vec<OssEvent>,
    /// Object key prefix/suffix filter (edition 1 takes `Key/Prefix/Suffix` or the API's
    /// lowercase `key/prefix/suffix`).
    #[schemars(extend("x-zh" = "对象名前缀/后缀过滤（1.x 可写 `Key/Prefix/Suffix`，也可写 API 的小写 `key/prefix/suffix`）。"))]
    filter: OssFilter1,
}

/// OSS filter (edition 1).
#[derive(JsonSchema)]
#[serde(deny_unknown_fields)]
#[schemars(extend("x-zh" = "OSS 过滤条件（1.x）。", "x-fclint-source" = limits::SRC_FC1_SCHEMA))]
pub struct OssFilter1 {
    /// Object key filter, as devsapp/fc documents it.
    #[serde(rename = "Key")]
    #[schemars(extend("x-zh" = "对象名过滤（devsapp/fc 文档的写法）。"))]
    key_pascal: Option<OssKey1>,
    /// Object key filter in the FC 2.0 API's casing, which fc-deploy passes through.
    #[schemars(extend("x-zh" = "对象名过滤（FC 2.0 API 的写法，fc-deploy 原样传递）。"))]
    key: Option<OssKey3>,
}

/// OSS key filter (edition 1).
#[derive(JsonSchema)]
#[serde(deny_unknown_fields)]
#[schemars(extend("x-zh" = "OSS 对象名过滤（1.x）。", "x-fclint-source" = limits::SRC_FC1_SCHEMA))]
pub struct OssKey1 {
    /// Object key prefix, e.g. `uploads/`.
    #[serde(rename = "Prefix")]
    #[schemars(extend("x-zh" = "对象名前缀，例如 `uploads/`。"))]
    prefix: Option<String>,
    /// Object key suffix, e.g. `.png`.
    #[serde(rename = "Suffix")]
    #[schemars(extend("x-zh" = "对象名后缀，例如 `.png`。"))]
    suffix: Option<String>,
}

/// log (SLS) trigger (both editions).
#[derive(JsonSchema)]
#[serde(deny_unknown_fields, rename_all = "camelCase")]
#[schemars(extend("x-zh" = "日志服务（SLS）触发器（两个版本相同）。", "x-fclint-source" = limits::SRC_FC3_DOCS))]
pub struct LogTriggerConfig {
    /// The logstore the trigger reads.
    #[schemars(extend("x-zh" = "触发器读取的日志库。"))]
    source_config: LogSource,
    /// Retries and interval of the job.
    #[schemars(extend("x-zh" = "任务的重试次数与间隔。"))]
    job_config: Option<LogJob>,
    /// Where the trigger's own execution logs go.
    #[schemars(extend("x-zh" = "触发器自身执行日志写入的位置。"))]
    log_config: LogDestination,
    /// Passed to the function as the event's `parameter`.
    #[schemars(extend("default" = {}, "x-zh" = "作为事件的 `parameter` 传给函数。"))]
    function_parameter: Option<Value>,
    /// Whether the trigger runs.
    #[schemars(extend("x-zh" = "触发器是否运行。"))]
    enable: bool,
}

/// Source logstore of a log trigger.
#[derive(JsonSchema)]
#[serde(deny_unknown_fields)]
#[schemars(extend("x-zh" = "日志触发器的源日志库。", "x-fclint-source" = limits::SRC_FC3_DOCS))]
pub struct LogSource {
    /// Logstore name.
    #[schemars(extend("x-zh" = "日志库名称。"))]
    logstore: String,
}

/// Job settings of a log trigger.
#[derive(JsonSchema)]
#[serde(deny_unknown_fields, rename_all = "camelCase")]
#[schemars(extend("x-zh" = "日志触发器的任务设置。", "x-fclint-source" = limits::SRC_FC3_DOCS))]
pub struct LogJob {
    /// Retries when the function fails: 0–100.
    #[schemars(range(min = limits::LOG_MAX_RETRY_TIME.min, max = limits::LOG_MAX_RETRY_TIME.max), extend("x-fclint-source" = limits::LOG_MAX_RETRY_TIME.source, "x-zh" = "函数失败时的重试次数：0–100。"))]
    max_retry_time: Option<i64>,
    /// Seconds between invocations: 3–600.
    #[schemars(range(min = limits::LOG_TRIGGER_INTERVAL_S.min, max = limits::LOG_TRIGGER_INTERVAL_S.max), extend("x-fclint-source" = limits::LOG_TRIGGER_INTERVAL_S.source, "x-zh" = "两次调用之间的秒数：3–600。"))]
    trigger_interval: Option<i64>,
}

/// Where a log trigger writes its own logs.
#[derive(JsonSchema)]
#[serde(deny_unknown_fields)]
#[schemars(extend("x-zh" = "日志触发器写入自身日志的位置。", "x-fclint-source" = limits::SRC_FC3_DOCS))]
pub struct LogDestination {
    /// Log project.
    #[schemars(extend("x-zh" = "日志项目。"))]
    project: String,
    /// Logstore.
    #[schemars(extend("x-zh" = "日志库。"))]
    logstore: String,
}

/// mns_topic trigger (edition 3).
#[derive(JsonSchema)]
#[serde(deny_unknown_fields, rename_all = "camelCase")]
#[schemars(extend("x-zh" = "mns_topic 触发器（3.x）。", "x-fclint-source" = limits::SRC_FC3_SCHEMA))]
pub struct MnsTopicTriggerConfig3 {
    /// Event format: `STREAM` or `JSON`.
    #[schemars(extend("enum" = limits::MNS_NOTIFY_FORMATS, "x-zh" = "事件格式：`STREAM` 或 `JSON`。"))]
    notify_content_format: Option<String>,
    /// Retry policy of MNS pushes.
    #[schemars(extend("enum" = limits::MNS_NOTIFY_STRATEGIES, "x-zh" = "MNS 推送的重试策略。"))]
    notify_strategy: Option<String>,
    /// Only messages with this tag (at most 16 characters).
    #[schemars(length(max = limits::MNS_FILTER_TAG_MAX), extend("x-zh" = "只推送带该标签的消息（最多 16 个字符）。"))]
    filter_tag: Option<String>,
}

/// mns_topic trigger (edition 1).
#[derive(JsonSchema)]
#[serde(deny_unknown_fields, rename_all = "camelCase")]
#[schemars(extend("x-zh" = "mns_topic 触发器（1.x）。", "x-fclint-source" = limits::SRC_FC1_SCHEMA))]
pub struct MnsTopicTriggerConfig1 {
    /// Topic name (fc-deploy derives `sourceArn` from it).
    #[schemars(extend("x-zh" = "主题名称（fc-deploy 据此推导 `sourceArn`）。"))]
    topic_name: String,
    /// Region of the topic (defaults to the function's).
    #[schemars(extend("x-zh" = "主题所在地域（默认与函数相同）。"))]
    region: Option<String>,
    /// Event format: `STREAM` or `JSON`.
    #[schemars(extend("enum" = limits::MNS_NOTIFY_FORMATS, "x-zh" = "事件格式：`STREAM` 或 `JSON`。"))]
    notify_content_format: Option<String>,
    /// Retry policy of MNS pushes.
    #[schemars(extend("enum" = limits::MNS_NOTIFY_STRATEGIES, "x-zh" = "MNS 推送的重试策略。"))]
    notify_strategy: Option<String>,
    /// Only messages with this tag (at most 16 characters).
    #[schemars(length(max = limits::MNS_FILTER_TAG_MAX), extend("x-zh" = "只推送带该标签的消息（最多 16 个字符）。"))]
    filter_tag: Option<String>,
}

/// cdn_events trigger (both editions).
#[derive(JsonSchema)]
#[serde(deny_unknown_fields, rename_all = "camelCase")]
#[schemars(extend("x-zh" = "cdn_events 触发器（两个版本相同）。", "x-fclint-source" = limits::SRC_FC3_SCHEMA))]
pub struct CdnEventsTriggerConfig {
    /// CDN event, e.g. `CachedObjectsRefreshed`, `LogFileCreated` (cannot be changed later).
    #[schemars(extend("x-zh" = "CDN 事件，例如 `CachedObjectsRefreshed`、`LogFileCreated`（创建后不可修改）。"))]
    event_name: String,
    /// Event version, e.g. `"1.0.0"` (cannot be changed later).
    #[schemars(extend("x-zh" = "事件版本，例如 `\"1.0.0\"`（创建后不可修改）。"))]
    event_version: String,
    /// Notes.
    #[schemars(extend("x-zh" = "备注。"))]
    notes: String,
    /// Domains the events come from.
    #[schemars(extend("x-zh" = "事件来源的域名。"))]
    filter: CdnFilter,
}

/// Domain filter of a cdn_events trigger.
#[derive(JsonSchema)]
#[serde(deny_unknown_fields)]
#[schemars(extend("x-zh" = "cdn_events 触发器的域名过滤。", "x-fclint-source" = limits::SRC_FC3_SCHEMA))]
pub struct CdnFilter {
    /// CDN domains (at least one).
    #[schemars(length(min = 1), extend("x-zh" = "CDN 域名（至少一个）。"))]
    domain: Vec<String>,
}

/// tablestore trigger (edition 3): an empty mapping; the table is in `sourceArn`.
#[derive(JsonSchema)]
#[serde(deny_unknown_fields)]
#[schemars(extend("x-zh" = "tablestore 触发器（3.x）：空映射；表由 `sourceArn` 指定。", "x-fclint-source" = limits::SRC_FC3_SCHEMA))]
pub struct TablestoreTriggerConfig3 {}

/// tablestore trigger (edition 1).
#[derive(JsonSchema)]
#[serde(deny_unknown_fields, rename_all = "camelCase")]
#[schemars(extend("x-zh" = "tablestore 触发器（1.x）。", "x-fclint-source" = limits::SRC_FC1_SCHEMA))]
pub struct TablestoreTriggerConfig1 {
    /// Tablestore instance.
    #[schemars(extend("x-zh" = "表格存储实例。"))]
    instance_name: String,
    /// Table.
    #[schemars(extend("x-zh" = "数据表。"))]
    table_name: String,
}

fn drop_type_object(schema: &mut schemars::Schema) {
    // A newtype over String with an `enum`: keep `type: string` and the enum only.
    if let Some(obj) = schema.as_object_mut() {
        obj.insert("type".into(), Value::String("string".into()));
    }
}
