//! The typed shape of s.yaml, from which `fclint schema` and the structural checks
//! are generated (schemars). Every range, enum and step comes from `limits.rs`.
//!
//! These types are never deserialized into: the checks validate the resolved YAML
//! (as JSON) against the generated schema and map each error back to its span.
//!
//! Every property carries its documentation twice, side by side: English as the doc comment
//! (schemars turns it into `description`) and Chinese as `x-zh` (swapped in by
//! `fclint schema --lang zh`). A struct's `x-fclint-source` names the page or code its keys come
//! from; a field's own `x-fclint-source` (on ranges) wins. `checks::schema::editor` turns these
//! annotations into the editor schema's `markdownDescription`.

#![allow(dead_code)]

use std::collections::BTreeMap;

use schemars::{json_schema, JsonSchema, Schema, SchemaGenerator};
use serde_json::Value;

use crate::limits;

mod edition1;
mod eventbridge;
mod function;
mod triggers;

pub use edition1::*;
pub use eventbridge::*;
pub use function::*;
pub use triggers::*;

// ---------------------------------------------------------------- shared forms

/// `auto` (any casing, optionally `auto|key=value|…`) or a mapping of `T` (edition 3). Written
/// as if/then/else rather than anyOf so that an error inside the mapping (an unknown key, a
/// missing one) is reported where it is, not as "matches no alternative".
fn auto_or_ed3<T: JsonSchema>(g: &mut SchemaGenerator) -> Schema {
    let inner = g.subschema_for::<T>();
    json_schema!({
        "if": {"type": "string"},
        "then": {"type": "string", "pattern": limits::AUTO_PATTERN_ED3},
        "else": inner,
    })
}

/// Edition 3 `logConfig`: `auto`, a mapping, or `false` (devsapp's own templates turn logging
/// off that way, e.g. devsapp/cap-comfyui).
fn log_config_ed3(g: &mut SchemaGenerator) -> Schema {
    let inner = g.subschema_for::<LogConfig>();
    json_schema!({
        "if": {"type": "string"},
        "then": {"type": "string", "pattern": limits::AUTO_PATTERN_ED3},
        "else": {
            "if": {"type": "boolean"},
            "then": {"const": false},
            "else": inner,
        },
    })
}

/// `auto`/`Auto` or a mapping of `T` (edition 1, devsapp/fc-deploy `isAutoConfig`).
fn auto_or_ed1<T: JsonSchema>(g: &mut SchemaGenerator) -> Schema {
    let inner = g.subschema_for::<T>();
    json_schema!({
        "if": {"type": "string"},
        "then": {"type": "string", "enum": limits::AUTO_VALUES_ED1},
        "else": inner,
    })
}

/// Edition 1 `nasConfig`: `auto`, `Auto`, `autoPerformance` or a mapping.
fn nas_config_ed1(g: &mut SchemaGenerator) -> Schema {
    let inner = g.subschema_for::<NasConfig1>();
    json_schema!({
        "if": {"type": "string"},
        "then": {"type": "string", "pattern": limits::NAS_AUTO_PATTERN_ED1},
        "else": inner,
    })
}

/// A string or a mapping of strings (the fc3 schema types tracing `params` as a string, the FC
/// 3.0 SDK as a map).
fn string_or_map(_: &mut SchemaGenerator) -> Schema {
    json_schema!({
        "if": {"type": "string"},
        "then": {"type": "string"},
        "else": {"type": "object", "additionalProperties": {"type": "string"}},
    })
}

// ---------------------------------------------------------------- edition 3 (fc3)

/// `props` of an `fc3` resource: one function.
#[derive(JsonSchema)]
#[serde(deny_unknown_fields, rename_all = "camelCase")]
#[schemars(extend("x-zh" = "`fc3` 资源的 `props`：一个函数。", "x-fclint-source" = limits::SRC_FC3_SCHEMA))]
pub struct Fc3Props {
    /// Region id, e.g. `cn-hangzhou`.
    #[schemars(extend("x-zh" = "地域 ID，例如 `cn-hangzhou`。"))]
    region: String,
    /// Function name: letters, digits, `_`, `-`; not starting with a digit or `-`; 1–64 characters.
    #[schemars(regex(pattern = limits::FUNCTION_NAME_PATTERN), extend("x-zh" = "函数名：字母、数字、`_`、`-`；不能以数字或 `-` 开头；1–64 个字符。", "x-fclint-source" = limits::SRC_FUNCTION_NAME))]
    function_name: String,
    /// Runtime, e.g. `python3.10`, `nodejs20`, `custom.debian10`, `custom-container`.
    #[schemars(extend("x-zh" = "运行时，例如 `python3.10`、`nodejs20`、`custom.debian10`、`custom-container`。"))]
    runtime: String,
    /// Entry point, e.g. `index.handler` (required unless the runtime is custom*).
    #[schemars(extend("x-zh" = "函数入口，例如 `index.handler`（custom* 运行时以外必填）。"))]
    handler: Option<String>,
    /// Code directory or zip, or an OSS location.
    #[schemars(extend("x-zh" = "代码目录或 zip 包，或 OSS 上的位置。"))]
    code: Option<Code3>,
    /// Description of the function.
    #[schemars(extend("x-zh" = "函数描述。"))]
    description: Option<String>,
    /// Memory in MB: 128–32768, a multiple of 64.
    #[schemars(range(min = limits::MEMORY_MB_ED3.min, max = limits::MEMORY_MB_ED3.max), extend("multipleOf" = limits::MEMORY_MB_STEP, "default" = limits::MEMORY_MB_DEFAULT_ED3, "x-fclint-source" = limits::MEMORY_MB_ED3.source, "x-zh" = "内存（MB）：128–32768，64 的整数倍。"))]
    memory_size: Option<i64>,
    /// vCPUs: 0.05–16, a multiple of 0.05; memory (GB) between 1× and 4× cpu.
    #[schemars(range(min = limits::CPU.min, max = limits::CPU.max), extend("x-fclint-source" = limits::CPU.source, "x-zh" = "vCPU：0.05–16，0.05 的整数倍；内存（GB）须在 cpu 的 1 到 4 倍之间。"))]
    cpu: Option<f64>,
    /// Disk size in MB: 512 or 10240 documented (other sizes warn, see SC009).
    #[schemars(range(min = limits::DISK_SIZES_MB[0]), extend("examples" = limits::DISK_SIZES_MB, "default" = limits::DISK_SIZES_MB[0], "x-fclint-source" = limits::SRC_CREATE_FUNCTION, "x-zh" = "磁盘大小（MB）：文档列出 512 或 10240（其他大小给出警告，见 SC009）。"))]
    disk_size: Option<i64>,
    /// Timeout in seconds: 1–86400.
    #[schemars(range(min = limits::TIMEOUT_S.min, max = limits::TIMEOUT_S.max), extend("default" = limits::TIMEOUT_DEFAULT_S, "x-fclint-source" = limits::TIMEOUT_S.source, "x-zh" = "超时时间（秒）：1–86400。"))]
    timeout: Option<i64>,
    /// Concurrent requests per instance: 1–200.
    #[schemars(range(min = limits::INSTANCE_CONCURRENCY_ED3.min, max = limits::INSTANCE_CONCURRENCY_ED3.max), extend("default" = limits::INSTANCE_CONCURRENCY_DEFAULT, "x-fclint-source" = limits::INSTANCE_CONCURRENCY_ED3.source, "x-zh" = "单实例并发度：1–200。"))]
    instance_concurrency: Option<i64>,
    /// Environment variables; values must be strings (quote numbers).
    #[schemars(extend("x-zh" = "环境变量；值必须是字符串（数字请加引号）。"))]
    environment_variables: Option<BTreeMap<String, String>>,
    /// Whether the function may reach the internet.
    #[schemars(extend("default" = true, "x-zh" = "函数能否访问公网。"))]
    internet_access: Option<bool>,
    /// RAM role ARN the function runs as, or `auto`.
    #[schemars(extend("x-zh" = "函数使用的 RAM 角色 ARN，或 `auto`。"))]
    role: Option<String>,
    /// Layer ARNs.
    #[schemars(extend("x-zh" = "层（Layer）的 ARN 列表。"))]
    layers: Option<Vec<String>>,
    /// `auto`, a log project/logstore, or `false`.
    #[serde(default)]
    #[schemars(schema_with = "log_config_ed3", extend("x-zh" = "`auto`、日志项目/日志库，或 `false`。", "x-fclint-source" = limits::SRC_FC3_AUTO))]
    log_config: Option<Value>,
    /// `auto` or a VPC config.
    #[serde(default)]
    #[schemars(schema_with = "auto_or_ed3::<VpcConfig3>", extend("x-zh" = "`auto` 或 VPC 配置。", "x-fclint-source" = limits::SRC_FC3_AUTO))]
    vpc_config: Option<Value>,
    /// `auto` or a NAS config.
    #[serde(default)]
    #[schemars(schema_with = "auto_or_ed3::<NasConfig3>", extend("x-zh" = "`auto` 或 NAS 配置。", "x-fclint-source" = limits::SRC_FC3_AUTO))]
    nas_config: Option<Value>,
    /// `auto` or OSS mount points.
    #[serde(default)]
    #[schemars(schema_with = "auto_or_ed3::<OssMountConfig>", extend("x-zh" = "`auto` 或 OSS 挂载点。", "x-fclint-source" = limits::SRC_FC3_AUTO))]
    oss_mount_config: Option<Value>,
    /// Image, port, command and health check of a custom-container function.
    #[schemars(extend("x-zh" = "自定义容器函数的镜像、端口、启动命令和健康检查。"))]
    custom_container_config: Option<CustomContainerConfig3>,
    /// Port, command and health check of a custom-runtime function.
    #[schemars(extend("x-zh" = "自定义运行时函数的端口、启动命令和健康检查。"))]
    custom_runtime_config: Option<CustomRuntimeConfig3>,
    /// DNS servers, search domains and resolver options of the instance.
    #[serde(rename = "customDNS")]
    #[schemars(extend("x-zh" = "实例的 DNS 服务器、搜索域和解析选项。"))]
    custom_dns: Option<CustomDns>,
    /// GPU type and GPU memory.
    #[schemars(extend("x-zh" = "GPU 类型与显存。"))]
    gpu_config: Option<GpuConfig>,
    /// Initializer and PreStop hooks.
    #[schemars(extend("x-zh" = "Initializer 与 PreStop 生命周期回调。"))]
    instance_lifecycle_config: Option<InstanceLifecycleConfig3>,
    /// Tracing (Jaeger) settings.
    #[schemars(extend("x-zh" = "链路追踪（Jaeger）设置。"))]
    tracing_config: Option<TracingConfig3>,
    /// VPCs allowed to invoke the function.
    #[schemars(extend("x-zh" = "允许调用该函数的 VPC。"))]
    vpc_binding: Option<VpcBinding>,
    /// A custom domain routed to this function (fc3 deploys it through fc3-domain).
    #[schemars(extend("x-zh" = "路由到该函数的自定义域名（fc3 通过 fc3-domain 部署）。"))]
    custom_domain: Option<CustomDomain3>,
    /// Provisioned instances: a target, scheduled actions, tracking policies.
    #[schemars(extend("x-zh" = "预留实例：目标数、定时策略、指标追踪策略。"))]
    provision_config: Option<Value>,
    /// Reserved concurrency of the function.
    #[schemars(extend("x-zh" = "函数的预留并发。"))]
    concurrency_config: Option<ConcurrencyConfig>,
    /// Elastic (minimum instances) and scheduled scaling policies.
    #[schemars(extend("x-zh" = "弹性（最小实例数）与定时伸缩策略。"))]
    scaling_config: Option<Value>,
    /// Disable on-demand instances (provisioned only).
    #[schemars(extend("x-zh" = "禁用按量实例（只用预留实例）。"))]
    disable_ondemand: Option<bool>,
    /// Session affinity type, e.g. `NONE`, `MCP_SSE`, `HEADER_FIELD`.
    #[schemars(extend("x-zh" = "会话亲和类型，例如 `NONE`、`MCP_SSE`、`HEADER_FIELD`。"))]
    session_affinity: Option<Value>,
    /// Session affinity settings (a mapping, or its JSON text).
    #[schemars(extend("x-zh" = "会话亲和设置（映射，或其 JSON 文本）。"))]
    session_affinity_config: Option<Value>,
    /// Instance isolation mode, e.g. `SHARE`.
    #[schemars(extend("x-zh" = "实例隔离模式，例如 `SHARE`。"))]
    instance_isolation_mode: Option<Value>,
    /// Long-lived instances (deprecated by FC 3.0).
    #[schemars(extend("x-zh" = "长驻实例（FC 3.0 已弃用）。"))]
    enable_long_living: Option<bool>,
    /// Resource group id.
    #[schemars(extend("x-zh" = "资源组 ID。"))]
    resource_group_id: Option<String>,
    /// FC endpoint to deploy through (component option).
    #[schemars(extend("x-zh" = "部署时使用的函数计算 endpoint（组件选项）。"))]
    endpoint: Option<String>,
    /// Tags: a list of `{key, value}`.
    #[schemars(extend("x-zh" = "标签：`{key, value}` 列表。"))]
    tags: Option<Value>,
    /// Annotations read by tools built on fc3 (e.g. model download settings).
    #[schemars(extend("x-zh" = "基于 fc3 的工具读取的注解（例如模型下载设置）。"))]
    annotations: Option<Value>,
    /// Extra settings for the component (free form).
    #[schemars(extend("x-zh" = "组件的附加设置（格式不限）。"))]
    supplement: Option<Value>,
    /// Asynchronous invocation: retries, event age and destinations.
    #[schemars(extend("x-zh" = "异步调用：重试次数、事件最长存活时间和目标。"))]
    async_invoke_config: Option<AsyncInvokeConfig3>,
    /// The function's triggers.
    #[schemars(extend("x-zh" = "函数的触发器。"))]
    triggers: Option<Vec<Trigger3>>,
}

/// Code location: a path, or an OSS object.
#[derive(JsonSchema)]
#[serde(untagged)]
#[schemars(extend("x-zh" = "代码位置：路径，或 OSS 对象。"))]
pub enum Code3 {
    Path(String),
    Oss(OssCode),
}

/// Code in an OSS bucket.
#[derive(JsonSchema)]
#[serde(deny_unknown_fields, rename_all = "camelCase")]
#[schemars(extend("x-zh" = "OSS 存储桶中的代码。", "x-fclint-source" = limits::SRC_FC3_SCHEMA))]
pub struct OssCode {
    /// Bucket name.
    #[schemars(extend("x-zh" = "存储桶名称。"))]
    oss_bucket_name: String,
    /// Object key of the zip.
    #[schemars(extend("x-zh" = "zip 包的对象名。"))]
    oss_object_name: String,
    /// Local directory fc3 uploads first (component option).
    #[schemars(extend("x-zh" = "fc3 先上传的本地目录（组件选项）。"))]
    src: Option<String>,
}

/// GPU settings (edition 3).
#[derive(JsonSchema)]
#[serde(deny_unknown_fields, rename_all = "camelCase")]
#[schemars(extend("x-zh" = "GPU 设置（3.x）。", "x-fclint-source" = limits::SRC_FC3_SCHEMA))]
pub struct GpuConfig {
    /// GPU memory in MB.
    #[schemars(extend("x-zh" = "显存（MB）。"))]
    gpu_memory_size: Option<i64>,
    /// GPU type.
    #[schemars(extend("enum" = limits::GPU_TYPES, "x-zh" = "GPU 类型。"))]
    gpu_type: Option<String>,
}

/// `asyncInvokeConfig` (edition 3).
#[derive(JsonSchema)]
#[serde(deny_unknown_fields, rename_all = "camelCase")]
#[schemars(extend("x-zh" = "`asyncInvokeConfig`（3.x）。", "x-fclint-source" = limits::SRC_ASYNC_CONFIG))]
pub struct AsyncInvokeConfig3 {
    /// Where results go on success and on failure.
    #[schemars(extend("x-zh" = "成功与失败时结果的投递目标。"))]
    destination_config: Option<DestinationConfig3>,
    /// Seconds an event may wait: 1–2592000 (the current FC 3.0 API page says 604800).
    #[schemars(range(min = limits::ASYNC_EVENT_AGE_S.min, max = limits::ASYNC_EVENT_AGE_S.max), extend("x-fclint-source" = limits::ASYNC_EVENT_AGE_S.source, "x-zh" = "事件最长等待秒数：1–2592000（当前 FC 3.0 API 页面写的是 604800）。"))]
    max_async_event_age_in_seconds: Option<i64>,
    /// Retries after a function error: 0–8.
    #[schemars(range(min = limits::ASYNC_RETRY_ATTEMPTS.min, max = limits::ASYNC_RETRY_ATTEMPTS.max), extend("default" = limits::ASYNC_RETRY_ATTEMPTS_DEFAULT, "x-fclint-source" = limits::ASYNC_RETRY_ATTEMPTS.source, "x-zh" = "函数出错后的重试次数：0–8。"))]
    max_async_retry_attempts: Option<i64>,
    /// Asynchronous task mode (status tracking).
    #[schemars(extend("x-zh" = "异步任务模式（可查询状态）。"))]
    async_task: Option<bool>,
    /// Version or alias the config applies to (component option, default `LATEST`).
    #[schemars(extend("x-zh" = "配置作用的版本或别名（组件选项，默认 `LATEST`）。"))]
    qualifier: Option<String>,
}

/// Destinations on success and on failure (edition 3).
#[derive(JsonSchema)]
#[serde(deny_unknown_fields, rename_all = "camelCase")]
#[schemars(extend("x-zh" = "成功与失败时的投递目标（3.x）。", "x-fclint-source" = limits::SRC_ASYNC_CONFIG))]
pub struct DestinationConfig3 {
    /// Target after a successful invocation.
    #[schemars(extend("x-zh" = "调用成功后的目标。"))]
    on_success: Option<Destination3>,
    /// Target after the retries failed or the event expired.
    #[schemars(extend("x-zh" = "重试失败或事件过期后的目标。"))]
    on_failure: Option<Destination3>,
}

/// One async destination.
#[derive(JsonSchema)]
#[serde(deny_unknown_fields)]
#[schemars(extend("x-zh" = "一个异步投递目标。", "x-fclint-source" = limits::SRC_RESULT_CALLBACK))]
pub struct Destination3 {
    /// ARN of an MNS queue/topic, FC function, EventBridge bus or RocketMQ topic.
    #[schemars(extend("x-zh" = "MNS 队列/主题、函数计算函数、事件总线或 RocketMQ 主题的 ARN。"))]
    destination: String,
}

/// One entry of `triggers` (edition 3).
#[derive(JsonSchema)]
#[serde(deny_unknown_fields, rename_all = "camelCase")]
#[schemars(extend("x-zh" = "`triggers` 中的一项（3.x）。", "x-fclint-source" = limits::SRC_FC3_SCHEMA))]
pub struct Trigger3 {
    /// Trigger name: letters, digits, `_`, `-`; 1–128 characters.
    #[schemars(regex(pattern = limits::TRIGGER_NAME_PATTERN), extend("x-zh" = "触发器名称：字母、数字、`_`、`-`；1–128 个字符。"))]
    trigger_name: String,
    /// Trigger type.
    #[schemars(extend("enum" = limits::TRIGGER_TYPES, "x-zh" = "触发器类型。"))]
    trigger_type: String,
    /// Depends on `triggerType`; see the `*TriggerConfig` definitions.
    #[schemars(extend("x-zh" = "取决于 `triggerType`；见各 `*TriggerConfig` 定义。"))]
    trigger_config: Value,
    /// Description of the trigger.
    #[schemars(extend("default" = "", "x-zh" = "触发器描述。"))]
    description: Option<String>,
    /// Version or alias the trigger invokes.
    #[schemars(extend("default" = "LATEST", "x-zh" = "触发器调用的版本或别名。"))]
    qualifier: Option<Qualifier>,
    /// ARN of the event source (oss, log, mns_topic, cdn_events, tablestore, eventbridge).
    #[schemars(extend("x-zh" = "事件源的 ARN（oss、log、mns_topic、cdn_events、tablestore、eventbridge）。"))]
    source_arn: Option<String>,
    /// RAM role the event source uses to invoke the function.
    #[schemars(extend("x-zh" = "事件源调用函数时使用的 RAM 角色。"))]
    invocation_role: Option<String>,
}

/// A version or alias name (`LATEST`) or a version number.
#[derive(JsonSchema)]
#[serde(untagged)]
#[schemars(extend("x-zh" = "版本或别名（`LATEST`），或版本号。"))]
pub enum Qualifier {
    Name(String),
    Version(i64),
}
