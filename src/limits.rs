//! Every platform number fclint uses, once, with the page it came from.
//!
//! The schema (`fclint schema`), the range checks, the rules, the planner and the
//! rule documentation read these constants; no other file writes these numbers. Rule docs
//! name them as `{limits::NAME}` (filled in by `checks::registry`), and a test there fails
//! when a rule's documentation or messages write one of them out.
//! Where sources disagree (see `facts/platform-limits.md` §14) the choice is
//! explained next to the constant.

/// When the platform facts these limits come from were last read (`facts/platform-limits.md`:
/// "read in November 2026"); `fclint --version` names it.
pub const FACTS_DATE: &str = "2026-11";

/// An inclusive integer range with its source.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct IntRange {
    pub min: i64,
    pub max: i64,
    pub source: &'static str,
}

/// An inclusive real range with its source.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct FloatRange {
    pub min: f64,
    pub max: f64,
    pub source: &'static str,
}

impl IntRange {
    pub fn contains(&self, v: i64) -> bool {
        self.min <= v && v <= self.max
    }
}

impl FloatRange {
    pub fn contains(&self, v: f64) -> bool {
        self.min <= v && v <= self.max
    }
}

// ---------------------------------------------------------------- sources

pub const SRC_CREATE_FUNCTION: &str = "https://help.aliyun.com/zh/functioncompute/fc/developer-reference/api-fc-2023-03-30-struct-createfunctioninput";
pub const SRC_FC3_SCHEMA: &str =
    "https://github.com/devsapp/fc3/blob/4ca1c1b8c33e654438bb73b64cfc95a5c9d94f5a/src/schema.json";
pub const SRC_FC1_SCHEMA: &str =
    "https://github.com/devsapp/fc/blob/aefe052ec1711c8d58c342766db761869c6008bc/publish.yaml";
pub const SRC_FC3_LIMITS: &str =
    "https://alibabacloud.com/help/tc/functioncompute/fc-3-0/product-overview/limits-of-usage";
pub const SRC_INSTANCE_CONCURRENCY_FC3: &str =
    "https://help.aliyun.com/document_detail/2513552.html";
pub const SRC_INSTANCE_CONCURRENCY_FC2: &str =
    "https://help.aliyun.com/document_detail/115390.html";
pub const SRC_ASYNC_CONFIG: &str = "https://www.alibabacloud.com/help/en/functioncompute/api-fc-2023-03-30-struct-putasyncinvokeconfiginput";
pub const SRC_ASYNC_RETRY_POLICY: &str = "https://help.aliyun.com/document_detail/2513612.html";
pub const SRC_RESULT_CALLBACK: &str =
    "https://www.alibabacloud.com/help/en/fc/user-guide/result-callback";
pub const SRC_TRIGGER_ADVANCED: &str = "https://help.aliyun.com/document_detail/455240.html";
pub const SRC_TRIGGER_ADVANCED_EN: &str = "https://alibabacloud.com/help/en/functioncompute/fc-3-0/user-guide/advanced-features-of-triggers";
pub const SRC_KAFKA_TRIGGER: &str =
    "https://www.alibabacloud.com/help/en/function-compute/latest/message-queue-for-apache-kafka";
pub const SRC_DELIVERY_OPTION: &str = "https://www.alibabacloud.com/help/zh/functioncompute/fc/developer-reference/api-fc-2023-03-30-struct-deliveryoption";
pub const SRC_RUN_OPTIONS: &str = "https://help.aliyun.com/zh/functioncompute/fc/developer-reference/api-fc-2023-03-30-struct-runoptions";
pub const SRC_RETRY_DLQ: &str =
    "https://www.alibabacloud.com/help/en/eventbridge/user-guide/retry-and-dead-letter";
pub const SRC_KAFKA_PARAMS: &str =
    "https://alibabacloud.com/help/en/functioncompute/api-fc-2023-03-30-struct-sourcekafkaparameters";
pub const SRC_ROCKETMQ_PARAMS: &str = "https://www.alibabacloud.com/help/zh/functioncompute/fc/developer-reference/api-fc-2023-03-30-struct-sourcerocketmqparameters";
pub const SRC_TIMER: &str =
    "https://alibabacloud.com/help/en/functioncompute/api-fc-2023-03-30-struct-timertriggerconfig";
pub const SRC_REGION_QUOTA: &str = "https://help.aliyun.com/zh/functioncompute/fc-3-0/user-guide/overview-of-configuring-the-maximum-number-of-on-demand-instances";
pub const SRC_INSTANCE_SCALING: &str = "https://help.aliyun.com/document_detail/144586.html";
pub const SRC_FC1_DOCS: &str = "https://github.com/devsapp/fc/blob/aefe052ec1711c8d58c342766db761869c6008bc/docs/zh/yaml/triggers.md";
pub const SRC_FC3_DOCS: &str = "https://github.com/devsapp/fc3/blob/b0e545df8b413417f5f14981ea2084b231b4ed7b/docs/zh/yaml/triggers.md";
pub const SRC_FUNCTION_NAME: &str = SRC_CREATE_FUNCTION;
pub const SRC_EB_STREAM_QUOTA: &str = "https://help.aliyun.com/document_detail/163289.html";
pub const SRC_FC1_DOCS_EN: &str = "https://github.com/devsapp/fc/blob/aefe052ec1711c8d58c342766db761869c6008bc/docs/en/yaml/readme.md";
/// The trigger pages that require the source instance in the function's region ("must be in
/// the same region"): MNS queue, ApsaraMQ for RocketMQ, RabbitMQ, Kafka ([`SRC_KAFKA_TRIGGER`])
/// and DTS. The MNS *topic* trigger supports other regions (only recommends the same one).
pub const SRC_MNS_QUEUE_TRIGGER: &str =
    "https://www.alibabacloud.com/help/en/functioncompute/fc/mns-queue-triggers";
pub const SRC_ROCKETMQ_TRIGGER: &str =
    "https://www.alibabacloud.com/help/en/functioncompute/fc/apsaramq-for-rocketmq-triggers";
pub const SRC_RABBITMQ_TRIGGER: &str = "https://www.alibabacloud.com/help/doc-detail/204855.htm";
pub const SRC_DTS_TRIGGER: &str =
    "https://www.alibabacloud.com/help/en/functioncompute/user-guide/dts-triggers";
/// The targets EventBridge takes for a dead-letter queue: an MNS queue, ApsaraMQ for RocketMQ,
/// ApsaraMQ for Kafka or an EventBridge bus (FC 3.0 RunOptions and the EventBridge retry page;
/// some Message Integration pages list only MNS and RocketMQ: we accept the wider list).
pub const SRC_DLQ_TARGETS: &str = SRC_RUN_OPTIONS;

// ---------------------------------------------------------------- function

/// Edition 3 memory: 128 MB – 32 GB.
pub const MEMORY_MB_ED3: IntRange = IntRange {
    min: 128,
    max: 32768,
    source: SRC_CREATE_FUNCTION,
};
/// Edition 3 memory when `memorySize` is absent (fc3 schema default and component default).
pub const MEMORY_MB_DEFAULT_ED3: i64 = 512;
/// Edition 1 memory when `memorySize` is absent (devsapp/fc `FUNCTION_CONF_DEFAULT`).
pub const MEMORY_MB_DEFAULT_ED1: i64 = 128;
/// Edition 3 memory must be a multiple of 64 MB.
pub const MEMORY_MB_STEP: i64 = 64;
/// Edition 1 (`devsapp/fc` schema) memory sizes.
pub const MEMORY_MB_ED1: &[i64] = &[128, 256, 512, 1024, 2048, 3072, 4096, 8192, 16384, 32768];
/// FC 2.0 elastic instances: any multiple of 64 MB from 128 to 3072 (performance instances
/// take the larger sizes of the list above).
pub const MEMORY_MB_ED1_ELASTIC: IntRange = IntRange {
    min: 128,
    max: 3072,
    source: SRC_INSTANCE_CONCURRENCY_FC2,
};
/// vCPU: 0.05 – 16.
pub const CPU: FloatRange = FloatRange {
    min: 0.05,
    max: 16.0,
    source: SRC_CREATE_FUNCTION,
};
/// vCPU must be a multiple of 0.05.
pub const CPU_STEP: f64 = 0.05;
/// memory (GB) must lie between `CPU_MEMORY_RATIO_MIN × cpu` and `CPU_MEMORY_RATIO_MAX × cpu`.
pub const CPU_MEMORY_RATIO_MIN: f64 = 1.0;
pub const CPU_MEMORY_RATIO_MAX: f64 = 4.0;
/// Disk sizes (MB).
pub const DISK_SIZES_MB: &[i64] = &[512, 10240];
/// Function timeout when `timeout` is absent (fc3 schema and component default).
pub const TIMEOUT_DEFAULT_S: i64 = 3;
/// Function timeout (s): 1 – 86400.
pub const TIMEOUT_S: IntRange = IntRange {
    min: 1,
    max: 86400,
    source: SRC_FC3_LIMITS,
};
/// Edition 3 instanceConcurrency: 1 – 200.
pub const INSTANCE_CONCURRENCY_ED3: IntRange = IntRange {
    min: 1,
    max: 200,
    source: SRC_INSTANCE_CONCURRENCY_FC3,
};
/// Edition 1 (FC 2.0) instanceConcurrency: 1 – 100.
pub const INSTANCE_CONCURRENCY_ED1: IntRange = IntRange {
    min: 1,
    max: 100,
    source: SRC_INSTANCE_CONCURRENCY_FC2,
};
/// Default instanceConcurrency when the key is absent.
pub const INSTANCE_CONCURRENCY_DEFAULT: i64 = 1;
/// Function name length (FC 3.0 API).
pub const FUNCTION_NAME_MAX: usize = 64;
/// Edition 1 function and service name length (devsapp/fc schema).
pub const FUNCTION_NAME_MAX_ED1: usize = 128;
/// Trigger name length.
pub const TRIGGER_NAME_MAX: usize = 128;
/// Triggers per function (FC 3.0, adjustable).
pub const TRIGGERS_PER_FUNCTION: usize = 50;

// ---------------------------------------------------------------- async invocation

/// maxAsyncRetryAttempts: 0 – 8.
pub const ASYNC_RETRY_ATTEMPTS: IntRange = IntRange {
    min: 0,
    max: 8,
    source: SRC_ASYNC_CONFIG,
};
/// Async invocations throttled (429) or hit by system errors (500, 503) are retried with binary
/// exponential backoff for up to 5 hours, independent of maxAsyncRetryAttempts.
pub const ASYNC_SYSTEM_RETRY_HOURS: u64 = 5;
/// FC's answer when the instance quota or the scale-out speed is exceeded: HTTP 429.
pub const THROTTLE_HTTP_STATUS: u16 = 429;
/// maxAsyncRetryAttempts when not set (FC 2.0 and 3.0).
pub const ASYNC_RETRY_ATTEMPTS_DEFAULT: i64 = 3;
/// maxAsyncEventAgeInSeconds as the component schemas and older API pages accept it (1 – 2592000).
///
/// CONFLICT: the current FC 3.0 API page says 1 – 604800. We accept up to 2592000 (never error on
/// a value a published source accepts) and warn above [`ASYNC_EVENT_AGE_API_MAX_S`].
pub const ASYNC_EVENT_AGE_S: IntRange = IntRange {
    min: 1,
    max: 2_592_000,
    source: SRC_ASYNC_RETRY_POLICY,
};
/// The current FC 3.0 API maximum of maxAsyncEventAgeInSeconds (7 days).
pub const ASYNC_EVENT_AGE_API_MAX_S: i64 = 604_800;
/// maxAsyncEventAgeInSeconds when not set, per the current FC 3.0 API page (`SRC_ASYNC_CONFIG`);
/// the fc3 schema's default is 18000.
pub const ASYNC_EVENT_AGE_API_DEFAULT_S: i64 = 86_400;

// ---------------------------------------------------------------- invocation payload

/// Sync invocation body limit: 32 MB.
pub const SYNC_BODY_LIMIT_BYTES: u64 = 32 * MB;
/// Async invocation body limit: 128 KB.
pub const ASYNC_BODY_LIMIT_BYTES: u64 = 128 * KB;
/// "KB" as the platform docs use it in their body limits and their split example
/// (64 × 2 KB = 128 KB): binary.
pub const KB: u64 = 1024;
pub const MB: u64 = 1024 * KB;
pub const GB: u64 = 1024 * MB;
/// EventBridge custom-source delivery times out after 5 minutes (sync and async).
pub const EB_DELIVERY_TIMEOUT_S: i64 = 300;

// ---------------------------------------------------------------- EventBridge triggers

/// batchWindow.CountBasedWindow: 1 – 10000 messages.
pub const COUNT_BASED_WINDOW: IntRange = IntRange {
    min: 1,
    max: 10000,
    source: SRC_TRIGGER_ADVANCED,
};
/// batchWindow.TimeBasedWindow: 0 – 15 s.
pub const TIME_BASED_WINDOW_S: IntRange = IntRange {
    min: 0,
    max: 15,
    source: SRC_TRIGGER_ADVANCED,
};
/// deliveryOption.concurrency: 1 – 300 (Kafka source, sync invocation only).
pub const DELIVERY_CONCURRENCY: IntRange = IntRange {
    min: 1,
    max: 300,
    source: SRC_KAFKA_TRIGGER,
};
/// runOptions.maximumTasks: at least 1 (at most the topic's partition count).
pub const MAXIMUM_TASKS_MIN: i64 = 1;
/// BACKOFF_RETRY: 3 retries, each after a random 10–20 s wait.
pub const BACKOFF_RETRIES: u32 = 3;
pub const BACKOFF_WAIT_MIN_S: u64 = 10;
pub const BACKOFF_WAIT_MAX_S: u64 = 20;
/// EXPONENTIAL_DECAY_RETRY: 176 retries; waits 1, 2, 4 … 256 s, then 512 s for the rest.
/// The retry policy of an FC trigger whose `retryStrategy` is not set: EXPONENTIAL_DECAY_RETRY.
///
/// CONFLICT: the FC trigger page ([`SRC_TRIGGER_ADVANCED`], "指数衰减重试：默认重试策略") names
/// EXPONENTIAL_DECAY_RETRY as the default, while the EventBridge event-stream pages
/// ([`SRC_RETRY_DLQ`]) call BACKOFF_RETRY the default of an event stream
/// (`facts/platform-limits.md` §7). fclint checks FC triggers, so it follows the FC page; the
/// longer policy is also the safe assumption (an unset policy may block for about a day).
pub const DEFAULT_PUSH_RETRY_STRATEGY: &str = "EXPONENTIAL_DECAY_RETRY";
pub const EXP_DECAY_RETRIES: u32 = 176;
pub const EXP_DECAY_FIRST_WAIT_S: u64 = 1;
pub const EXP_DECAY_MAX_WAIT_S: u64 = 512;

/// Total waiting time of BACKOFF_RETRY in seconds, `(shortest, longest)`: 3 × 10–20 s.
pub const fn backoff_retry_total_s() -> (u64, u64) {
    (
        BACKOFF_RETRIES as u64 * BACKOFF_WAIT_MIN_S,
        BACKOFF_RETRIES as u64 * BACKOFF_WAIT_MAX_S,
    )
}

/// Total waiting time of EXPONENTIAL_DECAY_RETRY in seconds: waits 1, 2, 4 … 256 s, then 512 s
/// for the remaining retries: 511 + 167 × 512 = 86015 s ≈ 23.9 h ("about one day" in the docs).
pub const fn exponential_decay_total_s() -> u64 {
    let mut total = 0;
    let mut wait = EXP_DECAY_FIRST_WAIT_S;
    let mut i = 0;
    while i < EXP_DECAY_RETRIES {
        total += wait;
        wait = if wait * 2 > EXP_DECAY_MAX_WAIT_S {
            EXP_DECAY_MAX_WAIT_S
        } else {
            wait * 2
        };
        i += 1;
    }
    total
}

// ---------------------------------------------------------------- trigger enums and ranges

pub const EVENT_SOURCE_TYPES: &[&str] = &[
    "Default", "MNS", "RocketMQ", "RabbitMQ", "Kafka", "DTS", "MQTT",
];
pub const RUN_MODES: &[&str] = &["event-driven", "event-streaming"];
pub const ERRORS_TOLERANCE: &[&str] = &["ALL", "NONE"];
pub const PUSH_RETRY_STRATEGIES: &[&str] = &["BACKOFF_RETRY", "EXPONENTIAL_DECAY_RETRY"];
pub const EVENT_SCHEMAS: &[&str] = &["CloudEvents", "RawData"];
pub const KAFKA_OFFSET_RESET: &[&str] = &["latest", "earliest"];
pub const KAFKA_NETWORK: &[&str] = &["Default", "PublicNetwork"];
pub const ROCKETMQ_OFFSETS: &[&str] = &[
    "CONSUME_FROM_LAST_OFFSET",
    "CONSUME_FROM_FIRST_OFFSET",
    "CONSUME_FROM_TIMESTAMP",
];
pub const HTTP_AUTH_TYPES_ED1: &[&str] = &["anonymous", "function"];
pub const HTTP_AUTH_TYPES_ED3: &[&str] = &["anonymous", "function", "jwt"];
pub const HTTP_METHODS: &[&str] = &["GET", "POST", "PUT", "DELETE", "HEAD", "OPTIONS", "PATCH"];
pub const TRIGGER_TYPES: &[&str] = &[
    "http",
    "timer",
    "oss",
    "log",
    "mns_topic",
    "cdn_events",
    "tablestore",
    "eventbridge",
];
pub const OSS_EVENTS: &[&str] = &[
    "oss:ObjectCreated:*",
    "oss:ObjectCreated:AppendObject",
    "oss:ObjectCreated:CompleteMultipartUpload",
    "oss:ObjectCreated:CopyObject",
    "oss:ObjectCreated:InitiateMultipartUpload",
    "oss:ObjectCreated:PostObject",
    "oss:ObjectCreated:PutObject",
    "oss:ObjectCreated:PutSymlink",
    "oss:ObjectCreated:UploadPart",
    "oss:ObjectCreated:UploadPartCopy",
    "oss:ObjectModified:UpdateObjectMeta",
    "oss:ObjectRemoved:AbortMultipartUpload",
    "oss:ObjectRemoved:DeleteObject",
    "oss:ObjectRemoved:DeleteObjects",
];
pub const MNS_NOTIFY_FORMATS: &[&str] = &["STREAM", "JSON"];
pub const MNS_NOTIFY_STRATEGIES: &[&str] = &["BACKOFF_RETRY", "EXPONENTIAL_DECAY_RETRY"];
pub const MNS_FILTER_TAG_MAX: usize = 16;
/// log trigger jobConfig.maxRetryTime: 0 – 100.
pub const LOG_MAX_RETRY_TIME: IntRange = IntRange {
    min: 0,
    max: 100,
    source: SRC_FC3_DOCS,
};
/// log trigger jobConfig.triggerInterval: 3 – 600 s.
pub const LOG_TRIGGER_INTERVAL_S: IntRange = IntRange {
    min: 3,
    max: 600,
    source: SRC_FC3_DOCS,
};
pub const GPU_TYPES: &[&str] = &["fc.gpu.ampere.1", "fc.gpu.tesla.1"];
pub const LOG_BEGIN_RULES: &[&str] = &["DefaultRegex", "None"];

// ---------------------------------------------------------------- function sub-objects

/// The SDK model of FC 3.0's CreateFunctionInput and its nested structs: the keys FC 3.0 takes
/// (fc3 passes props through the SDK, which drops keys it does not know).
pub const SRC_FC3_SDK_MODELS: &str =
    "https://github.com/aliyun/alibabacloud-typescript-sdk/tree/master/fc-20230330/src/models";
/// devsapp/fc-deploy, which deploys edition 1 (service, function and custom domain shapes).
pub const SRC_FC_DEPLOY: &str = "https://github.com/devsapp/fc-deploy/blob/a39847986a4003c79c7e1d71d918a403bf8bb1d2/src/lib/fc/service.ts";
pub const SRC_FC_DEPLOY_FUNCTION: &str = "https://github.com/devsapp/fc-deploy/blob/a39847986a4003c79c7e1d71d918a403bf8bb1d2/src/lib/fc/function.ts";
/// fc3's handling of `auto` (`isAuto`: any casing, `auto|key=value|…` parameters).
pub const SRC_FC3_AUTO: &str =
    "https://github.com/devsapp/fc3/blob/4ca1c1b8c33e654438bb73b64cfc95a5c9d94f5a/src/utils/index.ts";
/// devsapp/fc docs of the edition-1 function (health check table, lifecycle hooks).
pub const SRC_FC1_FUNCTION_DOCS: &str = "https://github.com/devsapp/fc/blob/aefe052ec1711c8d58c342766db761869c6008bc/docs/zh/yaml/function.md";
/// devsapp/fc docs of edition-1 custom domains.
pub const SRC_FC1_DOMAIN_DOCS: &str = "https://github.com/devsapp/fc/blob/aefe052ec1711c8d58c342766db761869c6008bc/docs/zh/yaml/customDomains.md";
/// fc3 docs of the edition-3 function (health check table).
pub const SRC_FC3_FUNCTION_DOCS: &str = "https://github.com/devsapp/fc3/blob/b0e545df8b413417f5f14981ea2084b231b4ed7b/docs/zh/yaml/readme.md";
/// fc3's `customDomain` prop, turned into an fc3-domain call (`transformCustomDomainProps`).
pub const SRC_FC3_CUSTOM_DOMAIN: &str =
    "https://github.com/devsapp/fc3/blob/4ca1c1b8c33e654438bb73b64cfc95a5c9d94f5a/src/utils/index.ts";
/// Terraform's validation of the FC 3.0 health check (the lower bounds 0 where the component
/// docs say 1).
pub const SRC_HEALTH_CHECK_TERRAFORM: &str = "https://github.com/aliyun/terraform-provider-alicloud/blob/02322a04/alicloud/resource_alicloud_fcv3_function.go";

/// `auto` as fc3 reads it: any casing, optionally followed by `|key=value` parameters
/// (`nasConfig: auto|mountDir=/mnt/data`), see [`SRC_FC3_AUTO`].
pub const AUTO_PATTERN_ED3: &str = r"^[Aa][Uu][Tt][Oo](\|.*)?$";
/// `auto` as devsapp/fc-deploy reads it for logConfig, vpcConfig and role: exactly `auto` or `Auto`.
pub const AUTO_VALUES_ED1: &[&str] = &["auto", "Auto"];
/// Edition-1 `nasConfig` also takes `autoPerformance` (any casing) for an extreme NAS.
pub const NAS_AUTO_PATTERN_ED1: &str =
    r"^(auto|Auto|[Aa][Uu][Tt][Oo][Pp][Ee][Rr][Ff][Oo][Rr][Mm][Aa][Nn][Cc][Ee])$";

/// Health check ranges (custom runtime and custom container).
///
/// CONFLICT: the component docs (both editions) give minimums of 1 (failureThreshold,
/// periodSeconds, successThreshold: 1–120; timeoutSeconds: 1–3), terraform's validation of the
/// FC 3.0 API accepts 0. An error only outside what a published source accepts: 0–120 and 0–3.
pub const HEALTH_FAILURE_THRESHOLD: IntRange = IntRange {
    min: 0,
    max: 120,
    source: SRC_FC3_FUNCTION_DOCS,
};
pub const HEALTH_FAILURE_THRESHOLD_DEFAULT: i64 = 3;
pub const HEALTH_SUCCESS_THRESHOLD: IntRange = IntRange {
    min: 0,
    max: 120,
    source: SRC_FC3_FUNCTION_DOCS,
};
pub const HEALTH_SUCCESS_THRESHOLD_DEFAULT: i64 = 1;
pub const HEALTH_INITIAL_DELAY_S: IntRange = IntRange {
    min: 0,
    max: 120,
    source: SRC_FC3_FUNCTION_DOCS,
};
pub const HEALTH_INITIAL_DELAY_DEFAULT_S: i64 = 0;
pub const HEALTH_PERIOD_S: IntRange = IntRange {
    min: 0,
    max: 120,
    source: SRC_FC3_FUNCTION_DOCS,
};
pub const HEALTH_PERIOD_DEFAULT_S: i64 = 3;
pub const HEALTH_TIMEOUT_S: IntRange = IntRange {
    min: 0,
    max: 3,
    source: SRC_FC3_FUNCTION_DOCS,
};
pub const HEALTH_TIMEOUT_DEFAULT_S: i64 = 1;
/// healthCheckConfig.httpGetUrl: at most 2048 characters.
pub const HEALTH_HTTP_GET_URL_MAX: usize = 2048;

/// Initializer run time: at most 300 s (FC 2.0 and 3.0, limits page); the fc3 schema requires
/// at least 1 for lifecycle hook timeouts.
pub const INITIALIZER_TIMEOUT_S: IntRange = IntRange {
    min: 1,
    max: 300,
    source: SRC_FC3_LIMITS,
};
/// PreStop (and FC 2.0 PreFreeze) run time: 90 s by default, but the limit is adjustable, so
/// only the fc3 schema's minimum of 1 is an error.
pub const LIFECYCLE_HOOK_TIMEOUT_MIN_S: i64 = 1;
pub const PRE_STOP_MAX_DEFAULT_S: i64 = 90;

/// Edition-1 `instanceType`: e1 (elastic), c1 (performance), g1 (GPU) from the devsapp/fc
/// schema, plus the GPU instance types FC 2.0 also takes there (`s cli fc3 s2tos3` turns an
/// edition-1 `instanceType` into `gpuConfig.gpuType`; real files use both).
pub const INSTANCE_TYPES_ED1: &[&str] = &["e1", "c1", "g1", "fc.gpu.tesla.1", "fc.gpu.ampere.1"];
/// Edition-1 `service.tracingConfig` (fc-deploy: `'Enable' | 'Disable'`).
pub const TRACING_ED1: &[&str] = &["Enable", "Disable"];
/// Edition-1 customContainerConfig.accelerationType.
pub const ACCELERATION_TYPES: &[&str] = &["Default", "None"];

// ---------------------------------------------------------------- quota

/// Default instances per region per account.
///
/// CONFLICT: 100 (FC 3.0 zh page, Dec-2025 en page) vs 300 (FC 2.0, 2024 and an Apr-2026 en page).
/// We default to the lower value so the quota warning errs on the safe side; `region_quota` in
/// fclint.toml sets the real value from Quota Center.
pub const REGION_INSTANCE_QUOTA_DEFAULT: u64 = 100;
pub const REGION_INSTANCE_QUOTA_OLD: u64 = 300;

/// Instances FC creates at once (burst) and the growth after it, per minute: 300 and 300/min in
/// the five large regions, 100 and 100/min elsewhere (on-demand and provisioned).
pub const SRC_SCALING_LIMITS: &str = "https://help.aliyun.com/document_detail/185038.htm";
pub const BURST_LARGE_REGIONS: &[&str] = &[
    "cn-hangzhou",
    "cn-shanghai",
    "cn-beijing",
    "cn-zhangjiakou",
    "cn-shenzhen",
];
pub const BURST_INSTANCES_LARGE: u64 = 300;
pub const BURST_INSTANCES_OTHER: u64 = 100;
pub const GROWTH_PER_MIN_LARGE: u64 = 300;
pub const GROWTH_PER_MIN_OTHER: u64 = 100;

// ---------------------------------------------------------------- fclint's own bounds

/// Nodes alias expansion may copy before fclint stops (alias bombs).
pub const YAML_ALIAS_NODE_BUDGET: usize = 100_000;
/// Deepest YAML nesting fclint reads.
pub const YAML_MAX_DEPTH: usize = 256;
/// Values resolving magic variables may build before fclint stops (a variable holding a
/// large object inserted many times multiplies the document). The largest real file in the
/// corpus resolves to 328 values; 100 000, like the alias budget, keeps a
/// variable bomb under a tenth of a second.
pub const RESOLVE_NODE_BUDGET: usize = 100_000;
/// Files larger than this are refused (no real s.yaml comes close).
pub const MAX_FILE_BYTES: u64 = 16 * MB;
/// Rounds of `fclint check --fix`: each applies the fixes that do not overlap and checks the
/// file again (ruff's approach). A fix that a later round undoes would otherwise loop forever;
/// every fix fclint has settles in two rounds.
pub const MAX_FIX_ROUNDS: usize = 10;
/// Fixes a round of `--fix` tries one at a time when applying them all together would break
/// the file (each try checks the file again): the rest wait for the next round.
pub const MAX_FIX_TRIES: usize = 64;
/// Bytes of text resolving magic variables may build — interpolated strings, copies of
/// looked-up strings, included files — before fclint stops (VR008): 39 variables that each
/// double the one before fit in 1.5 KB and would build 2^40 bytes. The largest real file in
/// the corpus resolves to a few kilobytes.
pub const RESOLVE_BYTE_BUDGET: usize = 16 * MB as usize;
/// Files read because of a document's values (`${file()}`, `${json(file())}`, `.env`) larger
/// than this are refused (VR003): their text is copied into every place that uses it.
pub const MAX_INCLUDED_FILE_BYTES: u64 = MB;
/// `fclint.toml` larger than this is refused (a real one is a few kilobytes).
pub const MAX_CONFIG_BYTES: u64 = MB;
/// `--topics-json` larger than this is refused (`GetTopicList` prints about 300 bytes a topic).
pub const MAX_TOPICS_JSON_BYTES: u64 = 16 * MB;
/// Findings reported per file; beyond this SY006 says how many more there are. The most any
/// file of the corpus has is 14.
pub const MAX_FINDINGS_PER_FILE: usize = 1000;
/// Did-you-mean suggestions compare a name with at most this many candidates, so that many
/// wrong names among many keys stay linear.
pub const MAX_SUGGESTION_CANDIDATES: usize = 1000;
/// The largest whole number fclint reads as one: a signed 64-bit integer. FC's API and SDKs
/// hold its numbers as 32- or 64-bit integers (`public int? MemorySize`, `Timeout`,
/// `InstanceConcurrency` in
/// https://github.com/aliyun/alibabacloud-csharp-sdk/blob/0434bf0006fb46cbbc2e68d2a34a68cf2ce372fb/fc-open-20210406/core/Models/CreateFunctionRequest.cs),
/// so a value written larger (`99999999999999999999999`, `1e400`) cannot deploy, whatever
/// range its key has (SC005).
pub const LARGEST_INTEGER: i64 = i64::MAX;
/// Longest chain of file-level `extend` fclint follows.
pub const EXTEND_MAX_DEPTH: usize = 16;

// ---------------------------------------------------------------- names and known values

/// What devsapp/fc (fc-deploy) fills in for an edition-1 function that leaves these out
/// (`FUNCTION_CONF_DEFAULT`, applied in `FcFunction.makeFunctionConfig`):
/// https://github.com/devsapp/fc-deploy/blob/main/src/lib/static.ts and
/// https://github.com/devsapp/fc-deploy/blob/main/src/lib/fc/function.ts
pub const ED1_DEFAULT_RUNTIME: &str = "nodejs10";
pub const ED1_DEFAULT_HANDLER: &str = "index.handler";

/// Function name: letters, digits, `_`, `-`; not starting with a digit or `-`; 1–64 chars
/// (FC 3.0 API). Also accepted: `service$function`, the name `s cli fc3 s2tos3` gives a
/// function migrated from FC 2.0, which FC 3.0 keeps serving.
pub const FUNCTION_NAME_PATTERN: &str =
    r"^[A-Za-z_][A-Za-z0-9_-]{0,63}$|^[A-Za-z_][A-Za-z0-9_-]*\$[A-Za-z_][A-Za-z0-9_-]*$";
/// Edition 1 function and service names (devsapp/fc schema): letters, digits, `_`, `-`, 1–128 chars.
pub const FUNCTION_NAME_PATTERN_ED1: &str = "^[A-Za-z0-9_-]{1,128}$";
/// Trigger name (edition 1 schema; FC 3.0 ROS): letters, digits, `_`, `-`, 1–128 chars.
pub const TRIGGER_NAME_PATTERN: &str = "^[A-Za-z0-9_-]{1,128}$";
/// Runtimes named by the fc3 schema (`SRC_FC3_SCHEMA`) and the devsapp/fc schema (`SRC_FC1_SCHEMA`). A runtime outside
/// this list is a warning, never an error: FC adds runtimes faster than schemas follow.
pub const RUNTIMES: &[&str] = &[
    "custom",
    "custom-container",
    "micro-sandbox",
    "custom.debian10",
    "custom.debian11",
    "custom.debian12",
    "dotnetcore2.1",
    "dotnetcore3.1",
    "go1",
    "java8",
    "java11",
    "nodejs4.4",
    "nodejs6",
    "nodejs8",
    "nodejs10",
    "nodejs12",
    "nodejs14",
    "nodejs16",
    "nodejs18",
    "nodejs20",
    "php7.2",
    "python2.7",
    "python3",
    "python3.9",
    "python3.10",
    "python3.12",
];
/// Regions named by the fc3 (`SRC_FC3_SCHEMA`) and devsapp/fc (`SRC_FC1_SCHEMA`) schemas (a region outside it is a warning).
pub const REGIONS: &[&str] = &[
    "ap-northeast-1",
    "ap-northeast-2",
    "ap-south-1",
    "ap-southeast-1",
    "ap-southeast-2",
    "ap-southeast-3",
    "ap-southeast-5",
    "ap-southeast-7",
    "cn-beijing",
    "cn-chengdu",
    "cn-hangzhou",
    "cn-heyuan-acdr-1",
    "cn-hongkong",
    "cn-huhehaote",
    "cn-qingdao",
    "cn-shanghai",
    "cn-shanghai-cloudspe",
    "cn-shanghai-finance-1",
    "cn-shenzhen",
    "cn-wulanchabu",
    "cn-zhangjiakou",
    "eu-central-1",
    "eu-west-1",
    "me-central-1",
    "us-east-1",
    "us-west-1",
];

// ---------------------------------------------------------------- Tencent Cloud SCF

mod scf;
pub use scf::*;

// ---------------------------------------------------------------- EventBridge event pattern

mod eventbridge_pattern;
pub use eventbridge_pattern::*;

#[cfg(test)]
mod tests {
    #[test]
    fn retry_policy_totals_match_the_docs() {
        assert_eq!(super::backoff_retry_total_s(), (30, 60));
        // 511 + 167 × 512 = 86015 s ≈ 23.9 h ("about one day").
        assert_eq!(super::exponential_decay_total_s(), 86_015);
    }
}
