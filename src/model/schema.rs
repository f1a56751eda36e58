//! The typed shape of s.yaml, from which `fclint schema` and the structural checks
//! are generated (schemars). Every range, enum and step comes from `limits.rs`.
//!
//! These types are never deserialized into: the checks validate the resolved YAML
//! (as JSON) against the generated schema and map each error back to its span.

#![allow(dead_code)]

use std::collections::BTreeMap;

use schemars::JsonSchema;
use serde_json::Value;

use crate::limits;

// ---------------------------------------------------------------- edition 3 (fc3)

/// `props` of an `fc3` resource: one function.
#[derive(JsonSchema)]
#[serde(deny_unknown_fields, rename_all = "camelCase")]
pub struct Fc3Props {
    /// Region id, e.g. `cn-hangzhou`.
    region: String,
    /// Function name: letters, digits, `_`, `-`; not starting with a digit or `-`; 1–64 characters.
    #[schemars(regex(pattern = limits::FUNCTION_NAME_PATTERN))]
    function_name: String,
    /// Runtime, e.g. `python3.10`, `nodejs20`, `custom.debian10`, `custom-container`.
    runtime: String,
    /// Entry point, e.g. `index.handler` (required unless the runtime is custom*).
    handler: Option<String>,
    /// Code directory or zip, or an OSS location.
    code: Option<Code3>,
    description: Option<String>,
    /// Memory in MB: 128–32768, a multiple of 64.
    #[schemars(range(min = limits::MEMORY_MB_ED3.min, max = limits::MEMORY_MB_ED3.max), extend("multipleOf" = limits::MEMORY_MB_STEP, "x-fclint-source" = limits::MEMORY_MB_ED3.source))]
    memory_size: Option<i64>,
    /// vCPUs: 0.05–16, a multiple of 0.05; memory (GB) between 1× and 4× cpu.
    #[schemars(range(min = limits::CPU.min, max = limits::CPU.max), extend("x-fclint-source" = limits::CPU.source))]
    cpu: Option<f64>,
    /// Disk size in MB: 512 or 10240 documented (other sizes warn, see SC009).
    #[schemars(range(min = limits::DISK_SIZES_MB[0]), extend("examples" = limits::DISK_SIZES_MB))]
    disk_size: Option<i64>,
    /// Timeout in seconds: 1–86400.
    #[schemars(range(min = limits::TIMEOUT_S.min, max = limits::TIMEOUT_S.max), extend("x-fclint-source" = limits::TIMEOUT_S.source))]
    timeout: Option<i64>,
    /// Concurrent requests per instance: 1–200.
    #[schemars(range(min = limits::INSTANCE_CONCURRENCY_ED3.min, max = limits::INSTANCE_CONCURRENCY_ED3.max), extend("x-fclint-source" = limits::INSTANCE_CONCURRENCY_ED3.source))]
    instance_concurrency: Option<i64>,
    /// Environment variables; values must be strings (quote numbers).
    environment_variables: Option<BTreeMap<String, String>>,
    internet_access: Option<bool>,
    role: Option<String>,
    layers: Option<Vec<String>>,
    /// `auto` or a log project/logstore.
    log_config: Option<Value>,
    /// `auto` or a VPC config.
    vpc_config: Option<Value>,
    /// `auto` or a NAS config.
    nas_config: Option<Value>,
    oss_mount_config: Option<Value>,
    custom_container_config: Option<Value>,
    custom_runtime_config: Option<Value>,
    #[serde(rename = "customDNS")]
    custom_dns: Option<Value>,
    gpu_config: Option<GpuConfig>,
    instance_lifecycle_config: Option<Value>,
    tracing_config: Option<Value>,
    vpc_binding: Option<Value>,
    custom_domain: Option<Value>,
    provision_config: Option<Value>,
    concurrency_config: Option<Value>,
    scaling_config: Option<Value>,
    disable_ondemand: Option<bool>,
    session_affinity: Option<Value>,
    instance_isolation_mode: Option<Value>,
    resource_group_id: Option<String>,
    endpoint: Option<String>,
    tags: Option<Value>,
    async_invoke_config: Option<AsyncInvokeConfig3>,
    triggers: Option<Vec<Trigger3>>,
}

/// Code location: a path, or an OSS object.
#[derive(JsonSchema)]
#[serde(untagged)]
pub enum Code3 {
    Path(String),
    Oss(OssCode),
}

#[derive(JsonSchema)]
#[serde(deny_unknown_fields, rename_all = "camelCase")]
pub struct OssCode {
    oss_bucket_name: String,
    oss_object_name: String,
    src: Option<String>,
}

#[derive(JsonSchema)]
#[serde(deny_unknown_fields, rename_all = "camelCase")]
pub struct GpuConfig {
    gpu_memory_size: Option<i64>,
    #[schemars(extend("enum" = limits::GPU_TYPES))]
    gpu_type: Option<String>,
}

/// `asyncInvokeConfig` (edition 3).
#[derive(JsonSchema)]
#[serde(deny_unknown_fields, rename_all = "camelCase")]
pub struct AsyncInvokeConfig3 {
    destination_config: Option<DestinationConfig3>,
    /// Seconds an event may wait: 1–2592000 (the current FC 3.0 API page says 604800).
    #[schemars(range(min = limits::ASYNC_EVENT_AGE_S.min, max = limits::ASYNC_EVENT_AGE_S.max), extend("x-fclint-source" = limits::ASYNC_EVENT_AGE_S.source))]
    max_async_event_age_in_seconds: Option<i64>,
    /// Retries after a function error: 0–8.
    #[schemars(range(min = limits::ASYNC_RETRY_ATTEMPTS.min, max = limits::ASYNC_RETRY_ATTEMPTS.max), extend("x-fclint-source" = limits::ASYNC_RETRY_ATTEMPTS.source))]
    max_async_retry_attempts: Option<i64>,
    async_task: Option<bool>,
    qualifier: Option<String>,
}

#[derive(JsonSchema)]
#[serde(deny_unknown_fields, rename_all = "camelCase")]
pub struct DestinationConfig3 {
    on_success: Option<Destination3>,
    on_failure: Option<Destination3>,
}

#[derive(JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Destination3 {
    /// ARN of an MNS queue/topic, FC function, EventBridge bus or RocketMQ topic.
    destination: String,
}

/// One entry of `triggers` (edition 3).
#[derive(JsonSchema)]
#[serde(deny_unknown_fields, rename_all = "camelCase")]
pub struct Trigger3 {
    #[schemars(regex(pattern = limits::TRIGGER_NAME_PATTERN))]
    trigger_name: String,
    #[schemars(extend("enum" = limits::TRIGGER_TYPES))]
    trigger_type: String,
    /// Depends on `triggerType`; see the `*TriggerConfig` definitions.
    trigger_config: Value,
    description: Option<String>,
    qualifier: Option<Qualifier>,
    source_arn: Option<String>,
    invocation_role: Option<String>,
}

/// A version or alias name (`LATEST`) or a version number.
#[derive(JsonSchema)]
#[serde(untagged)]
pub enum Qualifier {
    Name(String),
    Version(i64),
}

// ---------------------------------------------------------------- edition 1 (fc / devsapp/fc)

/// `props` of an `fc` / `devsapp/fc` service (edition 1). `service` is needed with a
/// function or triggers; props with only `customDomains` deploy domains for existing
/// functions.
#[derive(JsonSchema)]
#[serde(deny_unknown_fields, rename_all = "camelCase")]
#[schemars(extend("dependencies" = {"function": ["service"], "triggers": ["service"]}))]
pub struct Fc1Props {
    region: String,
    service: Option<Service1>,
    function: Option<Function1>,
    triggers: Option<Vec<Trigger1>>,
    custom_domains: Option<Vec<Value>>,
}

#[derive(JsonSchema)]
#[serde(deny_unknown_fields, rename_all = "camelCase")]
pub struct Service1 {
    name: String,
    description: Option<String>,
    /// A RAM role ARN, or a role definition the component creates.
    role: Option<Value>,
    log_config: Option<Value>,
    vpc_config: Option<Value>,
    nas_config: Option<Value>,
    internet_access: Option<bool>,
    tracing_config: Option<Value>,
    oss_mount_config: Option<Value>,
    vpc_binding: Option<Value>,
}

/// `props.function` (edition 1).
#[derive(JsonSchema)]
#[serde(deny_unknown_fields, rename_all = "camelCase")]
pub struct Function1 {
    #[schemars(regex(pattern = limits::FUNCTION_NAME_PATTERN_ED1))]
    name: String,
    description: Option<String>,
    code_uri: Option<Value>,
    oss_bucket: Option<String>,
    oss_key: Option<String>,
    handler: Option<String>,
    /// Some templates write `Handler`; the component reads both.
    #[serde(rename = "Handler")]
    handler_upper: Option<String>,
    /// Optional: devsapp/fc deploys `nodejs10` when it is left out (FN005 warns).
    runtime: Option<String>,
    /// Memory in MB: 128–32768, a multiple of 64 (the devsapp/fc schema lists a subset).
    #[schemars(range(min = limits::MEMORY_MB_ED3.min, max = limits::MEMORY_MB_ED3.max), extend("multipleOf" = limits::MEMORY_MB_STEP, "x-fclint-source" = limits::MEMORY_MB_ED3.source))]
    memory_size: Option<i64>,
    #[schemars(range(min = limits::TIMEOUT_S.min, max = limits::TIMEOUT_S.max), extend("x-fclint-source" = limits::TIMEOUT_S.source))]
    timeout: Option<i64>,
    #[schemars(range(min = limits::CPU.min, max = limits::CPU.max), extend("x-fclint-source" = limits::CPU.source))]
    cpu: Option<f64>,
    #[schemars(range(min = limits::DISK_SIZES_MB[0]), extend("examples" = limits::DISK_SIZES_MB))]
    disk_size: Option<i64>,
    /// Concurrent requests per instance: 1–100 (FC 2.0).
    #[schemars(range(min = limits::INSTANCE_CONCURRENCY_ED1.min, max = limits::INSTANCE_CONCURRENCY_ED1.max), extend("x-fclint-source" = limits::INSTANCE_CONCURRENCY_ED1.source))]
    instance_concurrency: Option<i64>,
    #[schemars(range(min = 1))]
    instance_soft_concurrency: Option<i64>,
    instance_type: Option<String>,
    environment_variables: Option<BTreeMap<String, String>>,
    initializer: Option<String>,
    initialization_timeout: Option<i64>,
    ca_port: Option<i64>,
    custom_container_config: Option<Value>,
    custom_runtime_config: Option<Value>,
    #[serde(rename = "customDNS")]
    custom_dns: Option<Value>,
    custom_health_check_config: Option<Value>,
    async_configuration: Option<AsyncConfiguration1>,
    layers: Option<Vec<String>>,
    gpu_memory_size: Option<i64>,
    instance_lifecycle_config: Option<Value>,
}

/// `function.asyncConfiguration` (edition 1).
#[derive(JsonSchema)]
#[serde(deny_unknown_fields, rename_all = "camelCase")]
pub struct AsyncConfiguration1 {
    destination: Option<Destination1>,
    #[schemars(range(min = limits::ASYNC_EVENT_AGE_S.min, max = limits::ASYNC_EVENT_AGE_S.max), extend("x-fclint-source" = limits::ASYNC_EVENT_AGE_S.source))]
    max_async_event_age_in_seconds: Option<i64>,
    #[schemars(range(min = limits::ASYNC_RETRY_ATTEMPTS.min, max = limits::ASYNC_RETRY_ATTEMPTS.max), extend("x-fclint-source" = limits::ASYNC_RETRY_ATTEMPTS.source))]
    max_async_retry_attempts: Option<i64>,
    stateful_invocation: Option<bool>,
}

#[derive(JsonSchema)]
#[serde(deny_unknown_fields, rename_all = "camelCase")]
pub struct Destination1 {
    on_success: Option<String>,
    on_failure: Option<String>,
}

/// One entry of `triggers` (edition 1).
#[derive(JsonSchema)]
#[serde(deny_unknown_fields, rename_all = "camelCase")]
pub struct Trigger1 {
    #[schemars(regex(pattern = limits::TRIGGER_NAME_PATTERN))]
    name: String,
    #[serde(rename = "type")]
    #[schemars(extend("enum" = limits::TRIGGER_TYPES))]
    kind: String,
    /// Depends on `type`; see the `*TriggerConfig` definitions.
    config: Value,
    role: Option<Value>,
    source_arn: Option<String>,
    qualifier: Option<Qualifier>,
    description: Option<String>,
}

// ---------------------------------------------------------------- trigger configs

/// http trigger (edition 3).
#[derive(JsonSchema)]
#[serde(deny_unknown_fields, rename_all = "camelCase")]
pub struct HttpTriggerConfig3 {
    #[schemars(extend("enum" = limits::HTTP_AUTH_TYPES_ED3))]
    auth_type: String,
    methods: Vec<HttpMethod>,
    #[serde(rename = "disableURLInternet")]
    disable_url_internet: Option<bool>,
    /// JWT settings (with `authType: jwt`).
    auth_config: Option<Value>,
}

/// http trigger (edition 1).
#[derive(JsonSchema)]
#[serde(deny_unknown_fields, rename_all = "camelCase")]
pub struct HttpTriggerConfig1 {
    #[schemars(extend("enum" = limits::HTTP_AUTH_TYPES_ED1))]
    auth_type: String,
    methods: Vec<HttpMethod>,
    #[serde(rename = "disableURLInternet")]
    disable_url_internet: Option<bool>,
}

#[derive(JsonSchema)]
#[schemars(extend("enum" = limits::HTTP_METHODS), transform = drop_type_object)]
pub struct HttpMethod(String);

/// timer trigger (both editions).
#[derive(JsonSchema)]
#[serde(deny_unknown_fields, rename_all = "camelCase")]
pub struct TimerTriggerConfig {
    /// `@every 5m`, a 6-field cron `sec min hour day month weekday`, optionally `CRON_TZ=Asia/Shanghai …`.
    cron_expression: String,
    enable: bool,
    payload: Option<String>,
}

/// oss trigger (edition 3).
#[derive(JsonSchema)]
#[serde(deny_unknown_fields, rename_all = "camelCase")]
pub struct OssTriggerConfig3 {
    events: Vec<OssEvent>,
    filter: OssFilter3,
}

#[derive(JsonSchema)]
#[schemars(extend("enum" = limits::OSS_EVENTS), transform = drop_type_object)]
pub struct OssEvent(String);

#[derive(JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct OssFilter3 {
    key: OssKey3,
}

#[derive(JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct OssKey3 {
    prefix: Option<String>,
    suffix: Option<String>,
}

/// oss trigger (edition 1).
#[derive(JsonSchema)]
#[serde(deny_unknown_fields, rename_all = "camelCase")]
pub struct OssTriggerConfig1 {
    bucket_name: String,
    events: Vec<OssEvent>,
    filter: OssFilter1,
}

#[derive(JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct OssFilter1 {
    #[serde(rename = "Key")]
    key: OssKey1,
}

#[derive(JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct OssKey1 {
    #[serde(rename = "Prefix")]
    prefix: Option<String>,
    #[serde(rename = "Suffix")]
    suffix: Option<String>,
}

/// log (SLS) trigger (both editions).
#[derive(JsonSchema)]
#[serde(deny_unknown_fields, rename_all = "camelCase")]
pub struct LogTriggerConfig {
    source_config: LogSource,
    job_config: Option<LogJob>,
    log_config: LogDestination,
    function_parameter: Option<Value>,
    enable: bool,
}

#[derive(JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct LogSource {
    logstore: String,
}

#[derive(JsonSchema)]
#[serde(deny_unknown_fields, rename_all = "camelCase")]
pub struct LogJob {
    #[schemars(range(min = limits::LOG_MAX_RETRY_TIME.min, max = limits::LOG_MAX_RETRY_TIME.max), extend("x-fclint-source" = limits::LOG_MAX_RETRY_TIME.source))]
    max_retry_time: Option<i64>,
    #[schemars(range(min = limits::LOG_TRIGGER_INTERVAL_S.min, max = limits::LOG_TRIGGER_INTERVAL_S.max), extend("x-fclint-source" = limits::LOG_TRIGGER_INTERVAL_S.source))]
    trigger_interval: Option<i64>,
}

#[derive(JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct LogDestination {
    project: String,
    logstore: String,
}

/// mns_topic trigger (edition 3).
#[derive(JsonSchema)]
#[serde(deny_unknown_fields, rename_all = "camelCase")]
pub struct MnsTopicTriggerConfig3 {
    #[schemars(extend("enum" = limits::MNS_NOTIFY_FORMATS))]
    notify_content_format: Option<String>,
    #[schemars(extend("enum" = limits::MNS_NOTIFY_STRATEGIES))]
    notify_strategy: Option<String>,
    #[schemars(length(max = limits::MNS_FILTER_TAG_MAX))]
    filter_tag: Option<String>,
}

/// mns_topic trigger (edition 1).
#[derive(JsonSchema)]
#[serde(deny_unknown_fields, rename_all = "camelCase")]
pub struct MnsTopicTriggerConfig1 {
    topic_name: String,
    region: Option<String>,
    #[schemars(extend("enum" = limits::MNS_NOTIFY_FORMATS))]
    notify_content_format: Option<String>,
    #[schemars(extend("enum" = limits::MNS_NOTIFY_STRATEGIES))]
    notify_strategy: Option<String>,
    #[schemars(length(max = limits::MNS_FILTER_TAG_MAX))]
    filter_tag: Option<String>,
}

/// cdn_events trigger (both editions).
#[derive(JsonSchema)]
#[serde(deny_unknown_fields, rename_all = "camelCase")]
pub struct CdnEventsTriggerConfig {
    event_name: String,
    event_version: String,
    notes: String,
    filter: CdnFilter,
}

#[derive(JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct CdnFilter {
    #[schemars(length(min = 1))]
    domain: Vec<String>,
}

/// tablestore trigger (edition 3): an empty mapping; the table is in `sourceArn`.
#[derive(JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct TablestoreTriggerConfig3 {}

/// tablestore trigger (edition 1).
#[derive(JsonSchema)]
#[serde(deny_unknown_fields, rename_all = "camelCase")]
pub struct TablestoreTriggerConfig1 {
    instance_name: String,
    table_name: String,
}

/// eventbridge trigger (same keys in both editions).
#[derive(JsonSchema)]
#[serde(deny_unknown_fields, rename_all = "camelCase")]
pub struct EventBridgeTriggerConfig {
    trigger_enable: Option<bool>,
    /// `true`: asynchronous delivery (128 KB body limit); absent/`false`: synchronous.
    async_invocation_type: Option<bool>,
    /// EventBridge event pattern as a JSON string; `'{}'` for streaming sources.
    event_rule_filter_pattern: Option<String>,
    event_source_config: Option<EventSourceConfig>,
    event_sink_config: Option<EventSinkConfig>,
    run_options: Option<RunOptions>,
}

#[derive(JsonSchema)]
#[serde(deny_unknown_fields, rename_all = "camelCase")]
pub struct EventSourceConfig {
    #[schemars(extend("enum" = limits::EVENT_SOURCE_TYPES))]
    event_source_type: String,
    event_source_parameters: Option<EventSourceParameters>,
}

#[derive(JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct EventSourceParameters {
    #[serde(rename = "sourceMNSParameters")]
    mns: Option<SourceMnsParameters>,
    #[serde(rename = "sourceRocketMQParameters")]
    rocketmq: Option<SourceRocketMqParameters>,
    #[serde(rename = "sourceRabbitMQParameters")]
    rabbitmq: Option<SourceRabbitMqParameters>,
    #[serde(rename = "sourceKafkaParameters")]
    kafka: Option<SourceKafkaParameters>,
    #[serde(rename = "sourceDTSParameters")]
    dts: Option<SourceDtsParameters>,
    #[serde(rename = "sourceMQTTParameters")]
    mqtt: Option<SourceMqttParameters>,
}

#[derive(JsonSchema)]
#[serde(deny_unknown_fields, rename_all = "PascalCase")]
pub struct SourceMnsParameters {
    queue_name: String,
    region_id: Option<String>,
    is_base64_decode: Option<bool>,
}

#[derive(JsonSchema)]
#[serde(deny_unknown_fields, rename_all = "PascalCase")]
pub struct SourceRocketMqParameters {
    instance_id: String,
    topic: String,
    #[serde(rename = "GroupID")]
    group_id: String,
    region_id: Option<String>,
    tag: Option<String>,
    #[schemars(extend("enum" = limits::ROCKETMQ_OFFSETS))]
    offset: Option<String>,
    /// Start time in epoch milliseconds (with `Offset: CONSUME_FROM_TIMESTAMP`).
    timestamp: Option<i64>,
    auth_type: Option<String>,
    filter_type: Option<String>,
    instance_endpoint: Option<String>,
    instance_network: Option<String>,
    instance_password: Option<String>,
    instance_security_group_id: Option<String>,
    instance_type: Option<String>,
    instance_username: Option<String>,
    #[serde(rename = "InstanceVSwitchIds")]
    instance_vswitch_ids: Option<String>,
    instance_vpc_id: Option<String>,
}

#[derive(JsonSchema)]
#[serde(deny_unknown_fields, rename_all = "PascalCase")]
pub struct SourceRabbitMqParameters {
    instance_id: String,
    virtual_host_name: String,
    queue_name: String,
    region_id: Option<String>,
}

#[derive(JsonSchema)]
#[serde(deny_unknown_fields, rename_all = "PascalCase")]
pub struct SourceKafkaParameters {
    instance_id: String,
    topic: String,
    consumer_group: String,
    #[schemars(extend("enum" = limits::KAFKA_OFFSET_RESET))]
    offset_reset: String,
    region_id: Option<String>,
    #[schemars(extend("enum" = limits::KAFKA_NETWORK))]
    network: Option<String>,
    vpc_id: Option<String>,
    #[serde(rename = "VSwitchIds")]
    vswitch_ids: Option<String>,
    security_group_id: Option<String>,
    extend_config: Option<Value>,
}

#[derive(JsonSchema)]
#[serde(deny_unknown_fields, rename_all = "PascalCase")]
pub struct SourceDtsParameters {
    region_id: String,
    broker_url: String,
    topic: String,
    sid: String,
    username: String,
    password: String,
    /// Start position in epoch seconds.
    init_check_point: i64,
    task_id: String,
}

#[derive(JsonSchema)]
#[serde(deny_unknown_fields, rename_all = "PascalCase")]
pub struct SourceMqttParameters {
    instance_id: String,
    region_id: String,
    topic: String,
}

#[derive(JsonSchema)]
#[serde(deny_unknown_fields, rename_all = "camelCase")]
pub struct EventSinkConfig {
    delivery_option: Option<DeliveryOption>,
}

#[derive(JsonSchema)]
#[serde(deny_unknown_fields, rename_all = "camelCase")]
pub struct DeliveryOption {
    /// Deprecated twin of `runOptions.mode`.
    #[schemars(extend("enum" = limits::RUN_MODES))]
    mode: Option<String>,
    #[schemars(extend("enum" = limits::EVENT_SCHEMAS))]
    event_schema: Option<String>,
    /// Concurrent deliveries to FC: 1–300 (Kafka source, synchronous invocation only).
    #[schemars(range(min = limits::DELIVERY_CONCURRENCY.min, max = limits::DELIVERY_CONCURRENCY.max), extend("x-fclint-source" = limits::DELIVERY_CONCURRENCY.source))]
    concurrency: Option<i64>,
}

#[derive(JsonSchema)]
#[serde(deny_unknown_fields, rename_all = "camelCase")]
pub struct RunOptions {
    #[schemars(extend("enum" = limits::RUN_MODES))]
    mode: Option<String>,
    /// Concurrent consumers (Kafka): at least 1, at most the topic's partitions.
    #[schemars(range(min = limits::MAXIMUM_TASKS_MIN), extend("x-fclint-source" = limits::SRC_KAFKA_TRIGGER))]
    maximum_tasks: Option<i64>,
    #[schemars(extend("enum" = limits::ERRORS_TOLERANCE))]
    errors_tolerance: Option<String>,
    retry_strategy: Option<RetryStrategy>,
    dead_letter_queue: Option<DeadLetterQueue>,
    batch_window: Option<BatchWindow>,
}

#[derive(JsonSchema)]
#[serde(deny_unknown_fields, rename_all = "PascalCase")]
pub struct RetryStrategy {
    #[schemars(extend("enum" = limits::PUSH_RETRY_STRATEGIES))]
    push_retry_strategy: String,
    maximum_event_age_in_seconds: Option<i64>,
    maximum_retry_attempts: Option<i64>,
}

#[derive(JsonSchema)]
#[serde(deny_unknown_fields, rename_all = "PascalCase")]
pub struct DeadLetterQueue {
    arn: String,
}

#[derive(JsonSchema)]
#[serde(deny_unknown_fields, rename_all = "PascalCase")]
pub struct BatchWindow {
    /// Messages per invocation: 1–10000.
    #[schemars(range(min = limits::COUNT_BASED_WINDOW.min, max = limits::COUNT_BASED_WINDOW.max), extend("x-fclint-source" = limits::COUNT_BASED_WINDOW.source))]
    count_based_window: Option<i64>,
    /// Seconds to wait for a batch: 0–15.
    #[schemars(range(min = limits::TIME_BASED_WINDOW_S.min, max = limits::TIME_BASED_WINDOW_S.max), extend("x-fclint-source" = limits::TIME_BASED_WINDOW_S.source))]
    time_based_window: Option<i64>,
}

fn drop_type_object(schema: &mut schemars::Schema) {
    // A newtype over String with an `enum`: keep `type: string` and the enum only.
    if let Some(obj) = schema.as_object_mut() {
        obj.insert("type".into(), Value::String("string".into()));
    }
}
