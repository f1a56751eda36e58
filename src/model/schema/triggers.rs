//! Trigger configurations by type, both editions.

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

/// eventbridge trigger (same keys in both editions).
#[derive(JsonSchema)]
#[serde(deny_unknown_fields, rename_all = "camelCase")]
#[schemars(extend("x-zh" = "eventbridge 触发器（两个版本的键相同）。", "x-fclint-source" = limits::SRC_FC3_DOCS))]
pub struct EventBridgeTriggerConfig {
    /// Whether the trigger is on.
    #[schemars(extend("x-zh" = "触发器是否开启。"))]
    trigger_enable: Option<bool>,
    /// `true`: asynchronous delivery (128 KB body limit); absent/`false`: synchronous.
    #[schemars(extend("default" = false, "x-zh" = "`true`：异步投递（请求体上限 128 KB）；不填或 `false`：同步。"))]
    async_invocation_type: Option<bool>,
    /// EventBridge event pattern as a JSON string; `'{}'` for streaming sources.
    #[schemars(extend("x-zh" = "JSON 字符串形式的事件模式；流式事件源写 `'{}'`。"))]
    event_rule_filter_pattern: Option<String>,
    /// The event source: type and parameters.
    #[schemars(extend("x-zh" = "事件源：类型和参数。"))]
    event_source_config: Option<EventSourceConfig>,
    /// How events are delivered to the function.
    #[schemars(extend("x-zh" = "事件如何投递给函数。"))]
    event_sink_config: Option<EventSinkConfig>,
    /// Consumers, retries, fault tolerance, dead-letter queue and batching.
    #[schemars(extend("x-zh" = "消费者、重试、容错、死信队列和批量推送。"))]
    run_options: Option<RunOptions>,
}

/// Event source of an eventbridge trigger.
#[derive(JsonSchema)]
#[serde(deny_unknown_fields, rename_all = "camelCase")]
#[schemars(extend("x-zh" = "eventbridge 触发器的事件源。", "x-fclint-source" = limits::SRC_FC3_DOCS))]
pub struct EventSourceConfig {
    /// Source type (cannot be changed after creation).
    #[schemars(extend("enum" = limits::EVENT_SOURCE_TYPES, "x-zh" = "事件源类型（创建后不可修改）。"))]
    event_source_type: String,
    /// The block that matches the source type.
    #[schemars(extend("x-zh" = "与事件源类型对应的参数块。"))]
    event_source_parameters: Option<EventSourceParameters>,
}

/// Source parameter blocks (one per source type).
#[derive(JsonSchema)]
#[serde(deny_unknown_fields)]
#[schemars(extend("x-zh" = "事件源参数块（每种类型一个）。", "x-fclint-source" = limits::SRC_FC3_DOCS))]
pub struct EventSourceParameters {
    /// MNS queue source.
    #[serde(rename = "sourceMNSParameters")]
    #[schemars(extend("x-zh" = "MNS 队列事件源。"))]
    mns: Option<SourceMnsParameters>,
    /// RocketMQ source.
    #[serde(rename = "sourceRocketMQParameters")]
    #[schemars(extend("x-zh" = "RocketMQ 事件源。"))]
    rocketmq: Option<SourceRocketMqParameters>,
    /// RabbitMQ source.
    #[serde(rename = "sourceRabbitMQParameters")]
    #[schemars(extend("x-zh" = "RabbitMQ 事件源。"))]
    rabbitmq: Option<SourceRabbitMqParameters>,
    /// Kafka source.
    #[serde(rename = "sourceKafkaParameters")]
    #[schemars(extend("x-zh" = "Kafka 事件源。"))]
    kafka: Option<SourceKafkaParameters>,
    /// DTS source.
    #[serde(rename = "sourceDTSParameters")]
    #[schemars(extend("x-zh" = "DTS 事件源。"))]
    dts: Option<SourceDtsParameters>,
    /// MQTT source (API only).
    #[serde(rename = "sourceMQTTParameters")]
    #[schemars(extend("x-zh" = "MQTT 事件源（仅 API）。"))]
    mqtt: Option<SourceMqttParameters>,
}

/// MNS queue source.
#[derive(JsonSchema)]
#[serde(deny_unknown_fields, rename_all = "PascalCase")]
#[schemars(extend("x-zh" = "MNS 队列事件源。", "x-fclint-source" = limits::SRC_FC3_DOCS))]
pub struct SourceMnsParameters {
    /// Queue name.
    #[schemars(extend("x-zh" = "队列名称。"))]
    queue_name: String,
    /// Region of the queue.
    #[schemars(extend("x-zh" = "队列所在地域。"))]
    region_id: Option<String>,
    /// Base64-decode message bodies.
    #[schemars(extend("default" = true, "x-zh" = "对消息体做 Base64 解码。"))]
    is_base64_decode: Option<bool>,
}

/// RocketMQ source.
#[derive(JsonSchema)]
#[serde(deny_unknown_fields, rename_all = "PascalCase")]
#[schemars(extend("x-zh" = "RocketMQ 事件源。", "x-fclint-source" = limits::SRC_ROCKETMQ_PARAMS))]
pub struct SourceRocketMqParameters {
    /// Instance id.
    #[schemars(extend("x-zh" = "实例 ID。"))]
    instance_id: String,
    /// Topic.
    #[schemars(extend("x-zh" = "主题（Topic）。"))]
    topic: String,
    /// Consumer group id.
    #[serde(rename = "GroupID")]
    #[schemars(extend("x-zh" = "消费者组 ID。"))]
    group_id: String,
    /// Region of the instance.
    #[schemars(extend("x-zh" = "实例所在地域。"))]
    region_id: Option<String>,
    /// Message tag filter.
    #[schemars(extend("x-zh" = "消息标签过滤。"))]
    tag: Option<String>,
    /// Where consumption starts.
    #[schemars(extend("enum" = limits::ROCKETMQ_OFFSETS, "default" = "CONSUME_FROM_LAST_OFFSET", "x-zh" = "从何处开始消费。"))]
    offset: Option<String>,
    /// Start time in epoch milliseconds (with `Offset: CONSUME_FROM_TIMESTAMP`).
    #[schemars(extend("x-zh" = "起始时间，毫秒级时间戳（配合 `Offset: CONSUME_FROM_TIMESTAMP`）。"))]
    timestamp: Option<i64>,
    /// Authentication type (RocketMQ 5.x).
    #[schemars(extend("x-zh" = "鉴权类型（RocketMQ 5.x）。"))]
    auth_type: Option<String>,
    /// Filter type (RocketMQ 5.x).
    #[schemars(extend("x-zh" = "过滤类型（RocketMQ 5.x）。"))]
    filter_type: Option<String>,
    /// Instance endpoint (RocketMQ 5.x).
    #[schemars(extend("x-zh" = "实例接入点（RocketMQ 5.x）。"))]
    instance_endpoint: Option<String>,
    /// Instance network, e.g. `PrivateNetwork`.
    #[schemars(extend("x-zh" = "实例网络，例如 `PrivateNetwork`。"))]
    instance_network: Option<String>,
    /// Instance password.
    #[schemars(extend("x-zh" = "实例密码。"))]
    instance_password: Option<String>,
    /// Security group of the instance's VPC.
    #[schemars(extend("x-zh" = "实例所在 VPC 的安全组。"))]
    instance_security_group_id: Option<String>,
    /// Instance type, e.g. `Cloud_5`.
    #[schemars(extend("x-zh" = "实例类型，例如 `Cloud_5`。"))]
    instance_type: Option<String>,
    /// Instance user name.
    #[schemars(extend("x-zh" = "实例用户名。"))]
    instance_username: Option<String>,
    /// vSwitches of the instance's VPC.
    #[serde(rename = "InstanceVSwitchIds")]
    #[schemars(extend("x-zh" = "实例所在 VPC 的交换机。"))]
    instance_vswitch_ids: Option<String>,
    /// VPC of the instance.
    #[schemars(extend("x-zh" = "实例所在 VPC。"))]
    instance_vpc_id: Option<String>,
}

/// RabbitMQ source.
#[derive(JsonSchema)]
#[serde(deny_unknown_fields, rename_all = "PascalCase")]
#[schemars(extend("x-zh" = "RabbitMQ 事件源。", "x-fclint-source" = limits::SRC_FC3_DOCS))]
pub struct SourceRabbitMqParameters {
    /// Instance id.
    #[schemars(extend("x-zh" = "实例 ID。"))]
    instance_id: String,
    /// Virtual host.
    #[schemars(extend("x-zh" = "虚拟主机（vhost）。"))]
    virtual_host_name: String,
    /// Queue name.
    #[schemars(extend("x-zh" = "队列名称。"))]
    queue_name: String,
    /// Region of the instance.
    #[schemars(extend("x-zh" = "实例所在地域。"))]
    region_id: Option<String>,
}

/// Kafka source.
#[derive(JsonSchema)]
#[serde(deny_unknown_fields, rename_all = "PascalCase")]
#[schemars(extend("x-zh" = "Kafka 事件源。", "x-fclint-source" = limits::SRC_KAFKA_PARAMS))]
pub struct SourceKafkaParameters {
    /// Kafka instance id.
    #[schemars(extend("x-zh" = "Kafka 实例 ID。"))]
    instance_id: String,
    /// Topic.
    #[schemars(extend("x-zh" = "主题（Topic）。"))]
    topic: String,
    /// Consumer group.
    #[schemars(extend("x-zh" = "消费者组。"))]
    consumer_group: String,
    /// Where a new consumer group starts: `latest` or `earliest`.
    #[schemars(extend("enum" = limits::KAFKA_OFFSET_RESET, "x-zh" = "新消费者组从何处开始：`latest` 或 `earliest`。"))]
    offset_reset: String,
    /// Region of the instance.
    #[schemars(extend("x-zh" = "实例所在地域。"))]
    region_id: Option<String>,
    /// `Default` (the instance's own VPC) or `PublicNetwork` (your VPC: set VpcId, VSwitchIds, SecurityGroupId).
    #[schemars(extend("enum" = limits::KAFKA_NETWORK, "default" = "Default", "x-zh" = "`Default`（实例自身的 VPC）或 `PublicNetwork`（自有 VPC：需设置 VpcId、VSwitchIds、SecurityGroupId）。"))]
    network: Option<String>,
    /// VPC (with `Network: PublicNetwork`).
    #[schemars(extend("x-zh" = "VPC（`Network: PublicNetwork` 时）。"))]
    vpc_id: Option<String>,
    /// vSwitch ids (with `Network: PublicNetwork`).
    #[serde(rename = "VSwitchIds")]
    #[schemars(extend("x-zh" = "交换机 ID（`Network: PublicNetwork` 时）。"))]
    vswitch_ids: Option<String>,
    /// Security group (with `Network: PublicNetwork`).
    #[schemars(extend("x-zh" = "安全组（`Network: PublicNetwork` 时）。"))]
    security_group_id: Option<String>,
    /// Extra consumer settings (edition 1 docs).
    #[schemars(extend("x-zh" = "额外的消费者设置（1.x 文档）。"))]
    extend_config: Option<Value>,
}

/// DTS source.
#[derive(JsonSchema)]
#[serde(deny_unknown_fields, rename_all = "PascalCase")]
#[schemars(extend("x-zh" = "DTS 事件源。", "x-fclint-source" = limits::SRC_FC3_DOCS))]
pub struct SourceDtsParameters {
    /// Region of the task.
    #[schemars(extend("x-zh" = "任务所在地域。"))]
    region_id: String,
    /// Broker address `host:port`.
    #[schemars(extend("x-zh" = "Broker 地址 `host:port`。"))]
    broker_url: String,
    /// Subscription topic.
    #[schemars(extend("x-zh" = "订阅主题。"))]
    topic: String,
    /// Consumer group id.
    #[schemars(extend("x-zh" = "消费组 ID。"))]
    sid: String,
    /// Consumer group user.
    #[schemars(extend("x-zh" = "消费组账号。"))]
    username: String,
    /// Consumer group password.
    #[schemars(extend("x-zh" = "消费组密码。"))]
    password: String,
    /// Start position in epoch seconds.
    #[schemars(extend("x-zh" = "起始位点，秒级时间戳。"))]
    init_check_point: i64,
    /// Subscription task id.
    #[schemars(extend("x-zh" = "订阅任务 ID。"))]
    task_id: String,
}

/// MQTT source (API only).
#[derive(JsonSchema)]
#[serde(deny_unknown_fields, rename_all = "PascalCase")]
#[schemars(extend("x-zh" = "MQTT 事件源（仅 API）。", "x-fclint-source" = limits::SRC_FC3_DOCS))]
pub struct SourceMqttParameters {
    /// Instance id.
    #[schemars(extend("x-zh" = "实例 ID。"))]
    instance_id: String,
    /// Region of the instance.
    #[schemars(extend("x-zh" = "实例所在地域。"))]
    region_id: String,
    /// Topic.
    #[schemars(extend("x-zh" = "主题（Topic）。"))]
    topic: String,
}

/// Delivery to the function.
#[derive(JsonSchema)]
#[serde(deny_unknown_fields, rename_all = "camelCase")]
#[schemars(extend("x-zh" = "向函数投递的方式。", "x-fclint-source" = limits::SRC_DELIVERY_OPTION))]
pub struct EventSinkConfig {
    /// Delivery options.
    #[schemars(extend("x-zh" = "投递选项。"))]
    delivery_option: Option<DeliveryOption>,
}

/// Delivery options.
#[derive(JsonSchema)]
#[serde(deny_unknown_fields, rename_all = "camelCase")]
#[schemars(extend("x-zh" = "投递选项。", "x-fclint-source" = limits::SRC_DELIVERY_OPTION))]
pub struct DeliveryOption {
    /// Deprecated twin of `runOptions.mode`.
    #[schemars(extend("enum" = limits::RUN_MODES, "x-zh" = "`runOptions.mode` 的旧写法（已弃用）。"))]
    mode: Option<String>,
    /// Event format: `CloudEvents` (an envelope per message) or `RawData` (the source event's `data`).
    #[schemars(extend("enum" = limits::EVENT_SCHEMAS, "default" = "CloudEvents", "x-zh" = "事件格式：`CloudEvents`（每条消息带信封）或 `RawData`（事件源的 `data`）。"))]
    event_schema: Option<String>,
    /// Concurrent deliveries to FC: 1–300 (Kafka source, synchronous invocation only).
    #[schemars(range(min = limits::DELIVERY_CONCURRENCY.min, max = limits::DELIVERY_CONCURRENCY.max), extend("x-fclint-source" = limits::DELIVERY_CONCURRENCY.source, "x-zh" = "向函数计算的并发投递数：1–300（仅 Kafka 事件源、同步调用）。"))]
    concurrency: Option<i64>,
}

/// Run options of an event stream.
#[derive(JsonSchema)]
#[serde(deny_unknown_fields, rename_all = "camelCase")]
#[schemars(extend("x-zh" = "事件流的运行选项。", "x-fclint-source" = limits::SRC_RUN_OPTIONS))]
pub struct RunOptions {
    /// `event-streaming` (an event stream; Kafka needs it) or `event-driven` (a bus rule).
    #[schemars(extend("enum" = limits::RUN_MODES, "x-zh" = "`event-streaming`（事件流；Kafka 必须）或 `event-driven`（事件总线规则）。"))]
    mode: Option<String>,
    /// Concurrent consumers (Kafka): at least 1, at most the topic's partitions.
    #[schemars(range(min = limits::MAXIMUM_TASKS_MIN), extend("default" = 1, "x-fclint-source" = limits::SRC_KAFKA_TRIGGER, "x-zh" = "并发消费者数（Kafka）：至少 1，不超过 topic 的分区数。"))]
    maximum_tasks: Option<i64>,
    /// `ALL`: skip failed events; `NONE`: block the consumer task until the retries run out.
    #[schemars(extend("enum" = limits::ERRORS_TOLERANCE, "default" = "NONE", "x-fclint-source" = limits::SRC_RUN_OPTIONS, "x-zh" = "`ALL`：跳过失败的事件；`NONE`：阻塞消费任务，直到重试用尽。"))]
    errors_tolerance: Option<String>,
    /// Retry policy of failed deliveries.
    #[schemars(extend("x-zh" = "投递失败时的重试策略。"))]
    retry_strategy: Option<RetryStrategy>,
    /// Where events go after the retries (with `errorsTolerance: ALL`).
    #[schemars(extend("x-zh" = "重试用尽后事件的去处（配合 `errorsTolerance: ALL`）。"))]
    dead_letter_queue: Option<DeadLetterQueue>,
    /// Batching: messages per invocation and seconds to wait.
    #[schemars(extend("x-zh" = "批量推送：每次调用的消息数与等待秒数。"))]
    batch_window: Option<BatchWindow>,
}

/// Retry policy of an event stream.
#[derive(JsonSchema)]
#[serde(deny_unknown_fields, rename_all = "PascalCase")]
#[schemars(extend("x-zh" = "事件流的重试策略。", "x-fclint-source" = limits::SRC_RETRY_DLQ))]
pub struct RetryStrategy {
    /// `BACKOFF_RETRY` (3 retries, 10–20 s apart) or `EXPONENTIAL_DECAY_RETRY` (176 retries over about a day).
    #[schemars(extend("enum" = limits::PUSH_RETRY_STRATEGIES, "x-zh" = "`BACKOFF_RETRY`（重试 3 次，间隔 10–20 秒）或 `EXPONENTIAL_DECAY_RETRY`（约一天内重试 176 次）。"))]
    push_retry_strategy: String,
    /// Maximum event age in seconds.
    #[schemars(extend("x-zh" = "事件最长存活秒数。"))]
    maximum_event_age_in_seconds: Option<i64>,
    /// Maximum retries.
    #[schemars(extend("x-zh" = "最多重试次数。"))]
    maximum_retry_attempts: Option<i64>,
}

/// Dead-letter queue of an event stream.
#[derive(JsonSchema)]
#[serde(deny_unknown_fields, rename_all = "PascalCase")]
#[schemars(extend("x-zh" = "事件流的死信队列。", "x-fclint-source" = limits::SRC_RETRY_DLQ))]
pub struct DeadLetterQueue {
    /// ARN of an MNS queue, RocketMQ or Kafka topic, or EventBridge bus.
    #[schemars(extend("x-zh" = "MNS 队列、RocketMQ 或 Kafka 主题、或事件总线的 ARN。"))]
    arn: String,
}

/// Batching of an event stream.
#[derive(JsonSchema)]
#[serde(deny_unknown_fields, rename_all = "PascalCase")]
#[schemars(extend("x-zh" = "事件流的批量推送。", "x-fclint-source" = limits::SRC_TRIGGER_ADVANCED))]
pub struct BatchWindow {
    /// Messages per invocation: 1–10000.
    #[schemars(range(min = limits::COUNT_BASED_WINDOW.min, max = limits::COUNT_BASED_WINDOW.max), extend("x-fclint-source" = limits::COUNT_BASED_WINDOW.source, "x-zh" = "每次调用的消息数：1–10000。"))]
    count_based_window: Option<i64>,
    /// Seconds to wait for a batch: 0–15.
    #[schemars(range(min = limits::TIME_BASED_WINDOW_S.min, max = limits::TIME_BASED_WINDOW_S.max), extend("x-fclint-source" = limits::TIME_BASED_WINDOW_S.source, "x-zh" = "等待凑批的秒数：0–15。"))]
    time_based_window: Option<i64>,
}

fn drop_type_object(schema: &mut schemars::Schema) {
    // A newtype over String with an `enum`: keep `type: string` and the enum only.
    if let Some(obj) = schema.as_object_mut() {
        obj.insert("type".into(), Value::String("string".into()));
    }
}
