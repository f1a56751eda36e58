//! The eventbridge trigger's configuration (same keys in both editions): its event source
//! (MNS, RocketMQ, RabbitMQ, Kafka, DTS, MQTT) and the sink's delivery, retry, dead-letter
//! and batch options.

#![allow(dead_code)]

use schemars::JsonSchema;
use serde_json::Value;

use crate::limits;

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
    /// Retry policy of failed deliveries; when not set, `EXPONENTIAL_DECAY_RETRY` (the FC trigger default: 176 retries over about a day).
    #[schemars(extend("x-zh" = "投递失败时的重试策略；未设置时为 `EXPONENTIAL_DECAY_RETRY`（函数计算触发器的默认策略：约一天内重试 176 次）。", "x-fclint-source" = limits::SRC_TRIGGER_ADVANCED))]
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
