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

/// `logConfig`: where the function's logs go (edition 3).
#[derive(JsonSchema)]
#[serde(deny_unknown_fields, rename_all = "camelCase")]
#[schemars(extend("x-zh" = "`logConfig`：函数日志写入的位置（3.x）。", "x-fclint-source" = limits::SRC_FC3_SDK_MODELS))]
pub struct LogConfig {
    /// Simple Log Service project.
    #[schemars(extend("x-zh" = "日志服务项目（project）。"))]
    project: String,
    /// Logstore in that project.
    #[schemars(extend("x-zh" = "该项目中的日志库（logstore）。"))]
    logstore: String,
    /// Instance-level metrics (CPU, memory, network per instance).
    #[schemars(extend("default" = false, "x-zh" = "实例级指标（每个实例的 CPU、内存、网络）。"))]
    enable_instance_metrics: Option<bool>,
    /// Request-level metrics (time and memory of each invocation).
    #[schemars(extend("x-zh" = "请求级指标（每次调用的耗时与内存）。"))]
    enable_request_metrics: Option<bool>,
    /// LLM metrics (for LLM inference services).
    #[schemars(extend("default" = false, "x-zh" = "大模型指标（用于大模型推理服务）。"))]
    enable_llm_metrics: Option<bool>,
    /// How log lines are split: `DefaultRegex` (a line starting with a timestamp starts an entry) or `None`.
    #[schemars(extend("enum" = limits::LOG_BEGIN_RULES, "x-fclint-source" = limits::SRC_FC3_SCHEMA, "x-zh" = "日志行切分方式：`DefaultRegex`（以时间戳开头的行开始一条日志）或 `None`。"))]
    log_begin_rule: Option<String>,
}

/// `vpcConfig` (edition 3): the function's VPC. `vSwitchIds` or `securityGroupId` may be `auto`.
#[derive(JsonSchema)]
#[serde(deny_unknown_fields, rename_all = "camelCase")]
#[schemars(extend("x-zh" = "`vpcConfig`（3.x）：函数所在 VPC。`vSwitchIds` 或 `securityGroupId` 可为 `auto`。", "x-fclint-source" = limits::SRC_FC3_SDK_MODELS))]
pub struct VpcConfig3 {
    /// VPC id.
    #[schemars(extend("x-zh" = "VPC 的 ID。"))]
    vpc_id: String,
    /// vSwitch ids, or `auto`.
    #[serde(rename = "vSwitchIds")]
    #[serde(default)]
    #[schemars(schema_with = "switch_ids_ed3", extend("x-zh" = "交换机 ID 列表，或 `auto`。"))]
    vswitch_ids: Option<Value>,
    /// Security group id, or `auto`.
    #[schemars(extend("x-zh" = "安全组 ID，或 `auto`。"))]
    security_group_id: Option<String>,
    /// Role used to attach the network interfaces.
    #[schemars(extend("x-zh" = "挂载网卡所用的角色。"))]
    role: Option<String>,
}

fn switch_ids_ed3(_: &mut SchemaGenerator) -> Schema {
    json_schema!({
        "if": {"type": "string"},
        "then": {"type": "string", "pattern": limits::AUTO_PATTERN_ED3},
        "else": {"type": "array", "items": {"type": "string"}},
    })
}

/// `nasConfig` (edition 3): NAS file systems mounted into the instance.
#[derive(JsonSchema)]
#[serde(deny_unknown_fields, rename_all = "camelCase")]
#[schemars(extend("x-zh" = "`nasConfig`（3.x）：挂载到实例中的 NAS 文件系统。", "x-fclint-source" = limits::SRC_FC3_SDK_MODELS))]
pub struct NasConfig3 {
    /// User id the function accesses NAS as.
    #[schemars(extend("x-zh" = "访问 NAS 时使用的用户 ID。"))]
    user_id: Option<i64>,
    /// Group id the function accesses NAS as.
    #[schemars(extend("x-zh" = "访问 NAS 时使用的用户组 ID。"))]
    group_id: Option<i64>,
    /// Mount points (fc3 deploys a config without them, as `s info` prints it, as no NAS).
    #[schemars(extend("x-zh" = "挂载点列表（没有挂载点的配置，例如 `s info` 输出的那样，fc3 会按不挂载 NAS 部署）。"))]
    mount_points: Option<Vec<NasMountPoint3>>,
}

/// One NAS mount point (edition 3).
#[derive(JsonSchema)]
#[serde(deny_unknown_fields, rename_all = "camelCase")]
#[schemars(extend("x-zh" = "一个 NAS 挂载点（3.x）。", "x-fclint-source" = limits::SRC_FC3_SDK_MODELS))]
pub struct NasMountPoint3 {
    /// NAS address with the directory: `xxx.cn-hangzhou.nas.aliyuncs.com:/dir`.
    #[schemars(extend("x-zh" = "带目录的 NAS 地址：`xxx.cn-hangzhou.nas.aliyuncs.com:/dir`。"))]
    server_addr: String,
    /// Directory inside the instance, e.g. `/mnt/data`.
    #[schemars(extend("x-zh" = "实例内的挂载目录，例如 `/mnt/data`。"))]
    mount_dir: String,
    /// Encrypt NAS traffic with TLS (general-purpose NAS only).
    #[serde(rename = "enableTLS")]
    #[schemars(extend("default" = false, "x-zh" = "用 TLS 加密 NAS 传输（仅通用型 NAS）。"))]
    enable_tls: Option<bool>,
}

/// `ossMountConfig`: OSS buckets mounted into the instance.
#[derive(JsonSchema)]
#[serde(deny_unknown_fields, rename_all = "camelCase")]
#[schemars(extend("x-zh" = "`ossMountConfig`：挂载到实例中的 OSS 存储桶。", "x-fclint-source" = limits::SRC_FC3_SDK_MODELS))]
pub struct OssMountConfig {
    /// Mount points.
    #[schemars(extend("x-zh" = "挂载点列表。"))]
    mount_points: Vec<OssMountPoint>,
}

/// One OSS mount point.
#[derive(JsonSchema)]
#[serde(deny_unknown_fields, rename_all = "camelCase")]
#[schemars(extend("x-zh" = "一个 OSS 挂载点。", "x-fclint-source" = limits::SRC_FC3_SDK_MODELS))]
pub struct OssMountPoint {
    /// Bucket name.
    #[schemars(extend("x-zh" = "存储桶名称。"))]
    bucket_name: String,
    /// Directory inside the bucket.
    #[schemars(extend("x-zh" = "存储桶内的目录。"))]
    bucket_path: Option<String>,
    /// OSS endpoint, e.g. `http://oss-cn-hangzhou-internal.aliyuncs.com`.
    #[schemars(extend("x-zh" = "OSS endpoint，例如 `http://oss-cn-hangzhou-internal.aliyuncs.com`。"))]
    endpoint: Option<String>,
    /// Directory inside the instance.
    #[schemars(extend("x-zh" = "实例内的挂载目录。"))]
    mount_dir: String,
    /// Mount read-only.
    #[schemars(extend("default" = false, "x-zh" = "只读挂载。"))]
    read_only: Option<bool>,
}

/// Health check of a custom runtime or custom container (both editions).
#[derive(JsonSchema)]
#[serde(deny_unknown_fields, rename_all = "camelCase")]
#[schemars(extend("x-zh" = "自定义运行时或自定义容器的健康检查（两个版本相同）。", "x-fclint-source" = limits::SRC_FC3_FUNCTION_DOCS))]
pub struct HealthCheckConfig {
    /// Path FC sends the health check GET to, e.g. `/ready` (at most 2048 characters).
    #[schemars(length(max = limits::HEALTH_HTTP_GET_URL_MAX), extend("x-zh" = "健康检查 GET 请求的路径，例如 `/ready`（最多 2048 个字符）。"))]
    http_get_url: Option<String>,
    /// Seconds after start before the first check: 0–120.
    #[schemars(range(min = limits::HEALTH_INITIAL_DELAY_S.min, max = limits::HEALTH_INITIAL_DELAY_S.max), extend("default" = limits::HEALTH_INITIAL_DELAY_DEFAULT_S, "x-fclint-source" = limits::HEALTH_INITIAL_DELAY_S.source, "x-zh" = "启动后到第一次检查的秒数：0–120。"))]
    initial_delay_seconds: Option<i64>,
    /// Seconds between checks: 1–120 documented (terraform also takes 0).
    #[schemars(range(min = limits::HEALTH_PERIOD_S.min, max = limits::HEALTH_PERIOD_S.max), extend("default" = limits::HEALTH_PERIOD_DEFAULT_S, "x-fclint-source" = limits::HEALTH_PERIOD_S.source, "x-zh" = "两次检查间隔的秒数：文档为 1–120（terraform 也接受 0）。"))]
    period_seconds: Option<i64>,
    /// Seconds a check may take: 1–3 documented (terraform also takes 0).
    #[schemars(range(min = limits::HEALTH_TIMEOUT_S.min, max = limits::HEALTH_TIMEOUT_S.max), extend("default" = limits::HEALTH_TIMEOUT_DEFAULT_S, "x-fclint-source" = limits::HEALTH_TIMEOUT_S.source, "x-zh" = "单次检查的超时秒数：文档为 1–3（terraform 也接受 0）。"))]
    timeout_seconds: Option<i64>,
    /// Failed checks in a row before the instance counts as unhealthy: 1–120 documented (terraform also takes 0).
    #[schemars(range(min = limits::HEALTH_FAILURE_THRESHOLD.min, max = limits::HEALTH_FAILURE_THRESHOLD.max), extend("default" = limits::HEALTH_FAILURE_THRESHOLD_DEFAULT, "x-fclint-source" = limits::HEALTH_FAILURE_THRESHOLD.source, "x-zh" = "连续失败多少次判定实例不健康：文档为 1–120（terraform 也接受 0）。"))]
    failure_threshold: Option<i64>,
    /// Successful checks in a row before the instance counts as healthy: 1–120 documented (terraform also takes 0).
    #[schemars(range(min = limits::HEALTH_SUCCESS_THRESHOLD.min, max = limits::HEALTH_SUCCESS_THRESHOLD.max), extend("default" = limits::HEALTH_SUCCESS_THRESHOLD_DEFAULT, "x-fclint-source" = limits::HEALTH_SUCCESS_THRESHOLD.source, "x-zh" = "连续成功多少次判定实例健康：文档为 1–120（terraform 也接受 0）。"))]
    success_threshold: Option<i64>,
}

/// `customRuntimeConfig` (edition 3).
#[derive(JsonSchema)]
#[serde(deny_unknown_fields, rename_all = "camelCase")]
#[schemars(extend("x-zh" = "`customRuntimeConfig`（3.x）。", "x-fclint-source" = limits::SRC_FC3_SDK_MODELS))]
pub struct CustomRuntimeConfig3 {
    /// Port the HTTP server listens on (FC's default is 9000).
    #[schemars(extend("x-zh" = "HTTP 服务监听的端口（函数计算默认 9000）。"))]
    port: Option<f64>,
    /// Start command, e.g. `[python3, app.py]`.
    #[schemars(extend("x-zh" = "启动命令，例如 `[python3, app.py]`。"))]
    command: Option<Vec<String>>,
    /// Arguments of the start command.
    #[schemars(extend("x-zh" = "启动命令的参数。"))]
    args: Option<Vec<String>>,
    /// Health check.
    #[schemars(extend("x-zh" = "健康检查。"))]
    health_check_config: Option<HealthCheckConfig>,
}

/// `customContainerConfig` (edition 3).
#[derive(JsonSchema)]
#[serde(deny_unknown_fields, rename_all = "camelCase")]
#[schemars(extend("x-zh" = "`customContainerConfig`（3.x）。", "x-fclint-source" = limits::SRC_FC3_SDK_MODELS))]
pub struct CustomContainerConfig3 {
    /// Image address, e.g. `registry-vpc.cn-hangzhou.aliyuncs.com/ns/app:v1`.
    #[schemars(extend("x-zh" = "镜像地址，例如 `registry-vpc.cn-hangzhou.aliyuncs.com/ns/app:v1`。"))]
    image: Option<String>,
    /// Port the HTTP server listens on.
    #[schemars(extend("x-zh" = "HTTP 服务监听的端口。"))]
    port: Option<f64>,
    /// Container entrypoint (edition 1 called it `command`).
    #[schemars(extend("x-zh" = "容器 entrypoint（1.x 中叫 `command`）。"))]
    entrypoint: Option<Vec<String>>,
    /// Container command, the arguments of the entrypoint (edition 1 called it `args`).
    #[schemars(extend("x-zh" = "容器 command，即 entrypoint 的参数（1.x 中叫 `args`）。"))]
    command: Option<Vec<String>>,
    /// Health check.
    #[schemars(extend("x-zh" = "健康检查。"))]
    health_check_config: Option<HealthCheckConfig>,
    /// Credentials, certificate and network of a self-hosted registry.
    #[schemars(extend("x-zh" = "自建镜像仓库的凭证、证书和网络。"))]
    registry_config: Option<Value>,
    /// Image acceleration: `Default` or `None`.
    #[schemars(extend("x-zh" = "镜像加速：`Default` 或 `None`。"))]
    acceleration_type: Option<String>,
    /// Container Registry Enterprise Edition instance id.
    #[schemars(extend("x-zh" = "容器镜像服务企业版实例 ID。"))]
    acr_instance_id: Option<String>,
    /// Returned by FC (image acceleration state); ignored on deploy.
    #[schemars(extend("x-zh" = "函数计算返回的值（镜像加速状态）；部署时忽略。"))]
    acceleration_info: Option<Value>,
    /// Returned by FC (the digest actually deployed); ignored on deploy.
    #[schemars(extend("x-zh" = "函数计算返回的值（实际部署的镜像 digest）；部署时忽略。"))]
    resolved_image_uri: Option<String>,
}

/// `customDNS` (both editions).
#[derive(JsonSchema)]
#[serde(deny_unknown_fields, rename_all = "camelCase")]
#[schemars(extend("x-zh" = "`customDNS`（两个版本相同）。", "x-fclint-source" = limits::SRC_FC3_SDK_MODELS))]
pub struct CustomDns {
    /// DNS server addresses.
    #[schemars(extend("x-zh" = "DNS 服务器地址。"))]
    name_servers: Option<Vec<String>>,
    /// DNS search domains.
    #[schemars(extend("x-zh" = "DNS 搜索域。"))]
    searches: Option<Vec<String>>,
    /// Resolver options, e.g. `{name: ndots, value: "2"}`.
    #[schemars(extend("x-zh" = "解析选项，例如 `{name: ndots, value: \"2\"}`。"))]
    dns_options: Option<Vec<DnsOption>>,
}

/// One resolver option.
#[derive(JsonSchema)]
#[serde(deny_unknown_fields)]
#[schemars(extend("x-zh" = "一个解析选项。", "x-fclint-source" = limits::SRC_FC3_SDK_MODELS))]
pub struct DnsOption {
    /// Option name, e.g. `ndots`.
    #[schemars(extend("x-zh" = "选项名，例如 `ndots`。"))]
    name: String,
    /// Option value.
    #[schemars(extend("x-zh" = "选项值。"))]
    value: Option<Value>,
}

/// `instanceLifecycleConfig` (edition 3): initializer and PreStop hooks.
#[derive(JsonSchema)]
#[serde(deny_unknown_fields, rename_all = "camelCase")]
#[schemars(extend("x-zh" = "`instanceLifecycleConfig`（3.x）：Initializer 与 PreStop 回调。", "x-fclint-source" = limits::SRC_FC3_SDK_MODELS))]
pub struct InstanceLifecycleConfig3 {
    /// Runs once when an instance starts (at most 300 s).
    #[schemars(extend("x-zh" = "实例启动时运行一次（最长 300 秒）。"))]
    initializer: Option<InitializerHook>,
    /// Runs before an instance is stopped (90 s by default, adjustable).
    #[schemars(extend("x-zh" = "实例停止前运行（默认最长 90 秒，可调整）。"))]
    pre_stop: Option<LifecycleHook>,
}

/// An initializer hook.
#[derive(JsonSchema)]
#[serde(deny_unknown_fields)]
#[schemars(extend("x-zh" = "Initializer 回调。", "x-fclint-source" = limits::SRC_FC3_SDK_MODELS))]
pub struct InitializerHook {
    /// Entry point, e.g. `index.initializer`.
    #[schemars(extend("x-zh" = "入口，例如 `index.initializer`。"))]
    handler: Option<String>,
    /// Seconds the hook may run: 1–300.
    #[schemars(range(min = limits::INITIALIZER_TIMEOUT_S.min, max = limits::INITIALIZER_TIMEOUT_S.max), extend("x-fclint-source" = limits::INITIALIZER_TIMEOUT_S.source, "x-zh" = "回调最长运行秒数：1–300。"))]
    timeout: Option<f64>,
    /// Command to run instead of a handler (custom runtimes).
    #[schemars(extend("x-zh" = "代替 handler 运行的命令（自定义运行时）。"))]
    command: Option<Vec<String>>,
}

/// A PreStop (or edition-1 PreFreeze) hook.
#[derive(JsonSchema)]
#[serde(deny_unknown_fields)]
#[schemars(extend("x-zh" = "PreStop（或 1.x 的 PreFreeze）回调。", "x-fclint-source" = limits::SRC_FC3_SDK_MODELS))]
pub struct LifecycleHook {
    /// Entry point, e.g. `index.preStop`.
    #[schemars(extend("x-zh" = "入口，例如 `index.preStop`。"))]
    handler: Option<String>,
    /// Seconds the hook may run: at least 1 (at most 90 unless the limit was raised).
    #[schemars(range(min = limits::LIFECYCLE_HOOK_TIMEOUT_MIN_S), extend("x-fclint-source" = limits::SRC_FC3_LIMITS, "x-zh" = "回调最长运行秒数：至少 1（未调整限额时最多 90）。"))]
    timeout: Option<f64>,
    /// Command to run instead of a handler (custom runtimes, edition 3).
    #[schemars(extend("x-zh" = "代替 handler 运行的命令（自定义运行时，3.x）。"))]
    command: Option<Vec<String>>,
}

/// `tracingConfig` (edition 3).
#[derive(JsonSchema)]
#[serde(deny_unknown_fields, rename_all = "camelCase")]
#[schemars(extend("x-zh" = "`tracingConfig`（3.x）。", "x-fclint-source" = limits::SRC_FC3_SDK_MODELS))]
pub struct TracingConfig3 {
    /// Tracing type, e.g. `Jaeger`.
    #[serde(rename = "type")]
    #[schemars(extend("x-zh" = "追踪类型，例如 `Jaeger`。"))]
    kind: Option<String>,
    /// Tracing parameters (e.g. the endpoint).
    #[serde(default)]
    #[schemars(schema_with = "string_or_map", extend("x-zh" = "追踪参数（例如 endpoint）。"))]
    params: Option<Value>,
    /// Jaeger endpoint.
    #[schemars(extend("x-zh" = "Jaeger 采集端点。"))]
    jaeger_config: Option<JaegerConfig>,
}

/// Jaeger settings.
#[derive(JsonSchema)]
#[serde(deny_unknown_fields)]
#[schemars(extend("x-zh" = "Jaeger 设置。", "x-fclint-source" = limits::SRC_FC3_SCHEMA))]
pub struct JaegerConfig {
    /// Collector endpoint.
    #[schemars(extend("x-zh" = "采集端点。"))]
    endpoint: String,
}

/// `vpcBinding`: VPCs allowed to invoke the function.
#[derive(JsonSchema)]
#[serde(deny_unknown_fields, rename_all = "camelCase")]
#[schemars(extend("x-zh" = "`vpcBinding`：允许调用该函数的 VPC。", "x-fclint-source" = limits::SRC_FC3_SCHEMA))]
pub struct VpcBinding {
    /// VPC ids.
    #[schemars(extend("x-zh" = "VPC ID 列表。"))]
    vpc_ids: Vec<String>,
}

/// `concurrencyConfig`.
#[derive(JsonSchema)]
#[serde(deny_unknown_fields, rename_all = "camelCase")]
#[schemars(extend("x-zh" = "`concurrencyConfig`。", "x-fclint-source" = limits::SRC_FC3_SCHEMA))]
pub struct ConcurrencyConfig {
    /// Concurrent requests reserved for this function.
    #[schemars(extend("x-zh" = "为该函数预留的并发请求数。"))]
    reserved_concurrency: f64,
}

/// `customDomain` (edition 3): a domain routed to this function.
#[derive(JsonSchema)]
#[serde(deny_unknown_fields, rename_all = "camelCase")]
#[schemars(extend("x-zh" = "`customDomain`（3.x）：路由到该函数的域名。", "x-fclint-source" = limits::SRC_FC3_CUSTOM_DOMAIN))]
pub struct CustomDomain3 {
    /// Domain name, or `auto` for a test domain FC assigns.
    #[schemars(extend("x-zh" = "域名，或 `auto`（由函数计算分配测试域名）。"))]
    domain_name: String,
    /// `HTTP`, `HTTPS` or `HTTP,HTTPS`.
    #[schemars(extend("x-zh" = "`HTTP`、`HTTPS` 或 `HTTP,HTTPS`。"))]
    protocol: Option<String>,
    /// Certificate for HTTPS.
    #[schemars(extend("x-zh" = "HTTPS 证书。"))]
    cert_config: Option<CertConfig>,
    /// TLS versions and cipher suites.
    #[schemars(extend("x-zh" = "TLS 版本和加密套件。"))]
    tls_config: Option<TlsConfig>,
    /// Authentication of the domain.
    #[schemars(extend("x-zh" = "域名的鉴权设置。"))]
    auth_config: Option<Value>,
    /// Web application firewall.
    #[schemars(extend("x-zh" = "Web 应用防火墙。"))]
    waf_config: Option<WafConfig>,
    /// The route to this function.
    #[schemars(extend("x-zh" = "指向该函数的路由。"))]
    route: Option<Route3>,
}

/// The route of an fc3 `customDomain` (fc3 sets its `functionName`).
#[derive(JsonSchema)]
#[serde(deny_unknown_fields, rename_all = "camelCase")]
#[schemars(extend("x-zh" = "fc3 `customDomain` 的路由（fc3 会设置其 `functionName`）。", "x-fclint-source" = limits::SRC_FC3_CUSTOM_DOMAIN))]
pub struct Route3 {
    /// Path, e.g. `/*`.
    #[schemars(extend("x-zh" = "路径，例如 `/*`。"))]
    path: Option<String>,
    /// HTTP methods the route accepts.
    #[schemars(extend("x-zh" = "路由接受的 HTTP 方法。"))]
    methods: Option<Vec<HttpMethod>>,
    /// Version or alias, e.g. `LATEST`.
    #[schemars(extend("x-zh" = "版本或别名，例如 `LATEST`。"))]
    qualifier: Option<Qualifier>,
    /// Path rewrite rules.
    #[schemars(extend("x-zh" = "路径重写规则。"))]
    rewrite_config: Option<RewriteConfig>,
}

/// Certificate of a custom domain.
#[derive(JsonSchema)]
#[serde(deny_unknown_fields, rename_all = "camelCase")]
#[schemars(extend("x-zh" = "自定义域名的证书。", "x-fclint-source" = limits::SRC_FC1_DOMAIN_DOCS))]
pub struct CertConfig {
    /// Certificate name.
    #[schemars(extend("x-zh" = "证书名称。"))]
    cert_name: Option<String>,
    /// PEM certificate (or a path to it).
    #[schemars(extend("x-zh" = "PEM 证书（或其路径）。"))]
    certificate: Option<String>,
    /// PEM private key (or a path to it).
    #[schemars(extend("x-zh" = "PEM 私钥（或其路径）。"))]
    private_key: Option<String>,
}

/// TLS settings of a custom domain.
#[derive(JsonSchema)]
#[serde(deny_unknown_fields, rename_all = "camelCase")]
#[schemars(extend("x-zh" = "自定义域名的 TLS 设置。", "x-fclint-source" = limits::SRC_FC1_DOMAIN_DOCS))]
pub struct TlsConfig {
    /// Lowest TLS version, e.g. `TLSv1.2`.
    #[schemars(extend("x-zh" = "最低 TLS 版本，例如 `TLSv1.2`。"))]
    min_version: Option<String>,
    /// Highest TLS version.
    #[schemars(extend("x-zh" = "最高 TLS 版本。"))]
    max_version: Option<String>,
    /// Allowed cipher suites.
    #[schemars(extend("x-zh" = "允许的加密套件。"))]
    cipher_suites: Option<Vec<String>>,
}

/// WAF settings of a custom domain.
#[derive(JsonSchema)]
#[serde(deny_unknown_fields)]
#[schemars(extend("x-zh" = "自定义域名的 WAF 设置。", "x-fclint-source" = limits::SRC_FC1_DOMAIN_DOCS))]
pub struct WafConfig {
    /// Turn the web application firewall on.
    #[serde(rename = "enableWAF")]
    #[schemars(extend("x-zh" = "开启 Web 应用防火墙。"))]
    enable_waf: Option<bool>,
}

/// Path rewrite rules of a route.
#[derive(JsonSchema)]
#[serde(deny_unknown_fields, rename_all = "camelCase")]
#[schemars(extend("x-zh" = "路由的路径重写规则。", "x-fclint-source" = limits::SRC_FC1_DOMAIN_DOCS))]
pub struct RewriteConfig {
    /// Exact-match rules.
    #[schemars(extend("x-zh" = "精确匹配规则。"))]
    equal_rules: Option<Vec<RewriteRule>>,
    /// Wildcard rules.
    #[schemars(extend("x-zh" = "通配符规则。"))]
    wildcard_rules: Option<Vec<RewriteRule>>,
    /// Regular-expression rules.
    #[schemars(extend("x-zh" = "正则表达式规则。"))]
    regex_rules: Option<Vec<RewriteRule>>,
}

/// One rewrite rule.
#[derive(JsonSchema)]
#[serde(deny_unknown_fields)]
#[schemars(extend("x-zh" = "一条重写规则。", "x-fclint-source" = limits::SRC_FC1_DOMAIN_DOCS))]
pub struct RewriteRule {
    /// What to match.
    #[schemars(extend("x-zh" = "要匹配的内容。"))]
    #[serde(rename = "match")]
    matches: String,
    /// What to replace it with.
    #[schemars(extend("x-zh" = "替换成的内容。"))]
    replacement: String,
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

// ---------------------------------------------------------------- edition 1 (fc / devsapp/fc)

/// `props` of an `fc` / `devsapp/fc` service (edition 1). `service` is needed with a
/// function or triggers; props with only `customDomains` deploy domains for existing
/// functions.
#[derive(JsonSchema)]
#[serde(deny_unknown_fields, rename_all = "camelCase")]
#[schemars(extend("dependencies" = {"function": ["service"], "triggers": ["service"]}, "x-zh" = "`fc` / `devsapp/fc` 服务的 `props`（1.x）。有函数或触发器时需要 `service`；只有 `customDomains` 的 props 为已有函数部署域名。", "x-fclint-source" = limits::SRC_FC1_SCHEMA))]
pub struct Fc1Props {
    /// Region id, e.g. `cn-hangzhou`.
    #[schemars(extend("x-zh" = "地域 ID，例如 `cn-hangzhou`。"))]
    region: String,
    /// The FC 2.0 service.
    #[schemars(extend("x-zh" = "FC 2.0 服务。"))]
    service: Option<Service1>,
    /// The function in the service.
    #[schemars(extend("x-zh" = "服务中的函数。"))]
    function: Option<Function1>,
    /// The function's triggers.
    #[schemars(extend("x-zh" = "函数的触发器。"))]
    triggers: Option<Vec<Trigger1>>,
    /// Custom domains routed to functions.
    #[schemars(extend("x-zh" = "路由到函数的自定义域名。"))]
    custom_domains: Option<Vec<CustomDomain1>>,
}

/// `props.service` (edition 1).
#[derive(JsonSchema)]
#[serde(deny_unknown_fields, rename_all = "camelCase")]
#[schemars(extend("x-zh" = "`props.service`（1.x）。", "x-fclint-source" = limits::SRC_FC_DEPLOY))]
pub struct Service1 {
    /// Service name: letters, digits, `_`, `-`; 1–128 characters.
    #[schemars(extend("x-zh" = "服务名：字母、数字、`_`、`-`；1–128 个字符。"))]
    name: String,
    /// Description of the service.
    #[schemars(extend("x-zh" = "服务描述。"))]
    description: Option<String>,
    /// A RAM role ARN, `auto`, or a role definition the component creates.
    #[schemars(extend("x-zh" = "RAM 角色 ARN、`auto`，或由组件创建的角色定义。"))]
    role: Option<Value>,
    /// `auto` or a log project/logstore.
    #[serde(default)]
    #[schemars(schema_with = "auto_or_ed1::<LogConfig1>", extend("x-zh" = "`auto` 或日志项目/日志库。", "x-fclint-source" = limits::SRC_FC_DEPLOY))]
    log_config: Option<Value>,
    /// `auto` or a VPC config.
    #[serde(default)]
    #[schemars(schema_with = "auto_or_ed1::<VpcConfig1>", extend("x-zh" = "`auto` 或 VPC 配置。", "x-fclint-source" = limits::SRC_FC_DEPLOY))]
    vpc_config: Option<Value>,
    /// `auto`, `autoPerformance` (an extreme NAS) or a NAS config.
    #[serde(default)]
    #[schemars(schema_with = "nas_config_ed1", extend("x-zh" = "`auto`、`autoPerformance`（极速型 NAS）或 NAS 配置。", "x-fclint-source" = limits::SRC_FC_DEPLOY))]
    nas_config: Option<Value>,
    /// Whether functions of the service may reach the internet.
    #[schemars(extend("default" = true, "x-zh" = "服务中的函数能否访问公网。"))]
    internet_access: Option<bool>,
    /// Tracing: `Enable` or `Disable` (fc-deploy turns `Enable` into a Jaeger config).
    #[schemars(extend("enum" = limits::TRACING_ED1, "x-fclint-source" = limits::SRC_FC_DEPLOY, "x-zh" = "链路追踪：`Enable` 或 `Disable`（fc-deploy 会把 `Enable` 转成 Jaeger 配置）。"))]
    tracing_config: Option<String>,
    /// OSS buckets mounted into the instances.
    #[schemars(extend("x-zh" = "挂载到实例中的 OSS 存储桶。"))]
    oss_mount_config: Option<OssMountConfig>,
    /// VPC ids allowed to invoke the service.
    #[schemars(extend("x-zh" = "允许调用该服务的 VPC ID 列表。"))]
    vpc_binding: Option<Vec<String>>,
    /// Take over an existing service (component option).
    #[schemars(extend("x-zh" = "接管已存在的服务（组件选项）。"))]
    import: Option<bool>,
    /// Protect the service from changes by this file (component option).
    #[schemars(extend("x-zh" = "保护服务不被本文件修改（组件选项）。"))]
    protect: Option<bool>,
}

/// `service.logConfig` (edition 1).
#[derive(JsonSchema)]
#[serde(deny_unknown_fields, rename_all = "camelCase")]
#[schemars(extend("x-zh" = "`service.logConfig`（1.x）。", "x-fclint-source" = limits::SRC_FC_DEPLOY))]
pub struct LogConfig1 {
    /// Simple Log Service project.
    #[schemars(extend("x-zh" = "日志服务项目（project）。"))]
    project: String,
    /// Logstore in that project.
    #[schemars(extend("x-zh" = "该项目中的日志库（logstore）。"))]
    logstore: String,
    /// Request-level metrics.
    #[schemars(extend("x-zh" = "请求级指标。"))]
    enable_request_metrics: Option<bool>,
    /// Instance-level metrics.
    #[schemars(extend("x-zh" = "实例级指标。"))]
    enable_instance_metrics: Option<bool>,
    /// How log lines are split: `DefaultRegex` or `None`.
    #[schemars(extend("enum" = limits::LOG_BEGIN_RULES, "x-fclint-source" = limits::SRC_FC_DEPLOY, "x-zh" = "日志行切分方式：`DefaultRegex` 或 `None`。"))]
    log_begin_rule: Option<String>,
}

/// `service.vpcConfig` (edition 1). fc-deploy reads `vswitchIds` (the documented name) and
/// `vSwitchIds`.
#[derive(JsonSchema)]
#[serde(deny_unknown_fields, rename_all = "camelCase")]
#[schemars(extend("x-zh" = "`service.vpcConfig`（1.x）。fc-deploy 读取 `vswitchIds`（文档中的写法）和 `vSwitchIds`。", "x-fclint-source" = limits::SRC_FC_DEPLOY))]
pub struct VpcConfig1 {
    /// VPC id.
    #[schemars(extend("x-zh" = "VPC 的 ID。"))]
    vpc_id: String,
    /// Security group id.
    #[schemars(extend("x-zh" = "安全组 ID。"))]
    security_group_id: Option<String>,
    /// vSwitch ids.
    #[serde(rename = "vswitchIds")]
    #[schemars(extend("x-zh" = "交换机 ID 列表。"))]
    vswitch_ids_lower: Option<Vec<String>>,
    /// vSwitch ids (the FC API's spelling, also read).
    #[serde(rename = "vSwitchIds")]
    #[schemars(extend("x-zh" = "交换机 ID 列表（函数计算 API 的写法，同样可用）。"))]
    vswitch_ids: Option<Vec<String>>,
}

/// `service.nasConfig` (edition 1).
#[derive(JsonSchema)]
#[serde(deny_unknown_fields, rename_all = "camelCase")]
#[schemars(extend("x-zh" = "`service.nasConfig`（1.x）。", "x-fclint-source" = limits::SRC_FC_DEPLOY))]
pub struct NasConfig1 {
    /// User id the function accesses NAS as.
    #[schemars(extend("x-zh" = "访问 NAS 时使用的用户 ID。"))]
    user_id: Option<i64>,
    /// Group id the function accesses NAS as.
    #[schemars(extend("x-zh" = "访问 NAS 时使用的用户组 ID。"))]
    group_id: Option<i64>,
    /// Mount points.
    #[schemars(extend("x-zh" = "挂载点列表。"))]
    mount_points: Option<Vec<NasMountPoint1>>,
}

/// One NAS mount point (edition 1): fc-deploy mounts `serverAddr:nasDir` at `fcDir`.
#[derive(JsonSchema)]
#[serde(deny_unknown_fields, rename_all = "camelCase")]
#[schemars(extend("x-zh" = "一个 NAS 挂载点（1.x）：fc-deploy 把 `serverAddr:nasDir` 挂载到 `fcDir`。", "x-fclint-source" = limits::SRC_FC_DEPLOY))]
pub struct NasMountPoint1 {
    /// NAS mount target address, e.g. `xxx.cn-hangzhou.nas.aliyuncs.com`.
    #[schemars(extend("x-zh" = "NAS 挂载点地址，例如 `xxx.cn-hangzhou.nas.aliyuncs.com`。"))]
    server_addr: String,
    /// Directory on the NAS, e.g. `/app`.
    #[schemars(extend("x-zh" = "NAS 上的目录，例如 `/app`。"))]
    nas_dir: String,
    /// Directory inside the instance, e.g. `/mnt/app`.
    #[schemars(extend("x-zh" = "实例内的挂载目录，例如 `/mnt/app`。"))]
    fc_dir: String,
}

/// `props.function` (edition 1).
#[derive(JsonSchema)]
#[serde(deny_unknown_fields, rename_all = "camelCase")]
#[schemars(extend("x-zh" = "`props.function`（1.x）。", "x-fclint-source" = limits::SRC_FC_DEPLOY_FUNCTION))]
pub struct Function1 {
    /// Function name: letters, digits, `_`, `-`; 1–128 characters.
    #[schemars(regex(pattern = limits::FUNCTION_NAME_PATTERN_ED1), extend("x-fclint-source" = limits::SRC_FC1_SCHEMA, "x-zh" = "函数名：字母、数字、`_`、`-`；1–128 个字符。"))]
    name: String,
    /// Description of the function.
    #[schemars(extend("x-zh" = "函数描述。"))]
    description: Option<String>,
    /// Code directory or zip (or a mapping with `src`/`excludes`/`includes`).
    #[schemars(extend("x-zh" = "代码目录或 zip 包（或带 `src`/`excludes`/`includes` 的映射）。"))]
    code_uri: Option<Value>,
    /// OSS bucket of the code (with `ossKey`).
    #[schemars(extend("x-zh" = "代码所在的 OSS 存储桶（与 `ossKey` 一起）。"))]
    oss_bucket: Option<String>,
    /// OSS object key of the code zip.
    #[schemars(extend("x-zh" = "代码 zip 包的 OSS 对象名。"))]
    oss_key: Option<String>,
    /// Entry point, e.g. `index.handler` (devsapp/fc fills in `index.handler`).
    #[schemars(extend("default" = limits::ED1_DEFAULT_HANDLER, "x-zh" = "函数入口，例如 `index.handler`（devsapp/fc 默认填入 `index.handler`）。"))]
    handler: Option<String>,
    /// Some templates write `Handler`; the component reads both.
    #[serde(rename = "Handler")]
    #[schemars(extend("x-zh" = "有些模板写作 `Handler`；组件两种都读。"))]
    handler_upper: Option<String>,
    /// Runtime; devsapp/fc deploys `nodejs10` when it is left out (FN005 warns).
    #[schemars(extend("default" = limits::ED1_DEFAULT_RUNTIME, "x-zh" = "运行时；不填时 devsapp/fc 部署 `nodejs10`（FN005 会警告）。"))]
    runtime: Option<String>,
    /// Memory in MB: 128–32768, a multiple of 64 (the devsapp/fc schema lists a subset).
    #[schemars(range(min = limits::MEMORY_MB_ED3.min, max = limits::MEMORY_MB_ED3.max), extend("multipleOf" = limits::MEMORY_MB_STEP, "default" = limits::MEMORY_MB_DEFAULT_ED1, "x-fclint-source" = limits::MEMORY_MB_ED3.source, "x-zh" = "内存（MB）：128–32768，64 的整数倍（devsapp/fc schema 只列出其中一部分）。"))]
    memory_size: Option<i64>,
    /// Timeout in seconds: 1–86400.
    #[schemars(range(min = limits::TIMEOUT_S.min, max = limits::TIMEOUT_S.max), extend("default" = limits::TIMEOUT_DEFAULT_S, "x-fclint-source" = limits::TIMEOUT_S.source, "x-zh" = "超时时间（秒）：1–86400。"))]
    timeout: Option<i64>,
    /// vCPUs: 0.05–16, a multiple of 0.05.
    #[schemars(range(min = limits::CPU.min, max = limits::CPU.max), extend("x-fclint-source" = limits::CPU.source, "x-zh" = "vCPU：0.05–16，0.05 的整数倍。"))]
    cpu: Option<f64>,
    /// Disk size in MB: 512 or 10240.
    #[schemars(range(min = limits::DISK_SIZES_MB[0]), extend("examples" = limits::DISK_SIZES_MB, "default" = limits::DISK_SIZES_MB[0], "x-fclint-source" = limits::SRC_CREATE_FUNCTION, "x-zh" = "磁盘大小（MB）：512 或 10240。"))]
    disk_size: Option<i64>,
    /// Concurrent requests per instance: 1–100 (FC 2.0).
    #[schemars(range(min = limits::INSTANCE_CONCURRENCY_ED1.min, max = limits::INSTANCE_CONCURRENCY_ED1.max), extend("default" = limits::INSTANCE_CONCURRENCY_DEFAULT, "x-fclint-source" = limits::INSTANCE_CONCURRENCY_ED1.source, "x-zh" = "单实例并发度：1–100（FC 2.0）。"))]
    instance_concurrency: Option<i64>,
    /// Soft concurrency: at least 1, at most `instanceConcurrency`.
    #[schemars(range(min = 1), extend("x-fclint-source" = limits::SRC_FC1_SCHEMA, "x-zh" = "软并发度：至少 1，不超过 `instanceConcurrency`。"))]
    instance_soft_concurrency: Option<i64>,
    /// Instance type: `e1` (elastic), `c1` (performance), `g1` or a GPU type (GPU).
    #[schemars(extend("enum" = limits::INSTANCE_TYPES_ED1, "default" = "e1", "x-fclint-source" = limits::SRC_FC1_SCHEMA, "x-zh" = "实例类型：`e1`（弹性）、`c1`（性能）、`g1` 或 GPU 类型（GPU）。"))]
    instance_type: Option<String>,
    /// Environment variables (fc-deploy turns every value into a string).
    #[schemars(extend("x-zh" = "环境变量（fc-deploy 会把每个值转成字符串）。"))]
    environment_variables: Option<BTreeMap<String, String>>,
    /// Initializer entry point, e.g. `index.initializer`.
    #[schemars(extend("x-zh" = "Initializer 入口，例如 `index.initializer`。"))]
    initializer: Option<String>,
    /// Seconds the initializer may run: 1–300.
    #[schemars(range(min = limits::INITIALIZER_TIMEOUT_S.min, max = limits::INITIALIZER_TIMEOUT_S.max), extend("x-fclint-source" = limits::INITIALIZER_TIMEOUT_S.source, "x-zh" = "Initializer 最长运行秒数：1–300。"))]
    initialization_timeout: Option<i64>,
    /// Port of a custom runtime or custom container (edition 3: `port` in their config).
    #[schemars(extend("x-zh" = "自定义运行时或自定义容器的端口（3.x 中是其配置里的 `port`）。"))]
    ca_port: Option<i64>,
    /// Image and start command of a custom-container function.
    #[schemars(extend("x-zh" = "自定义容器函数的镜像和启动命令。"))]
    custom_container_config: Option<CustomContainerConfig1>,
    /// Start command of a custom-runtime function.
    #[schemars(extend("x-zh" = "自定义运行时函数的启动命令。"))]
    custom_runtime_config: Option<CustomRuntimeConfig1>,
    /// DNS servers, search domains and resolver options.
    #[serde(rename = "customDNS")]
    #[schemars(extend("x-zh" = "DNS 服务器、搜索域和解析选项。"))]
    custom_dns: Option<CustomDns>,
    /// Health check of a custom runtime or custom container.
    #[schemars(extend("x-zh" = "自定义运行时或自定义容器的健康检查。"))]
    custom_health_check_config: Option<HealthCheckConfig>,
    /// Asynchronous invocation: retries, event age and destinations.
    #[schemars(extend("x-zh" = "异步调用：重试次数、事件最长存活时间和目标。"))]
    async_configuration: Option<AsyncConfiguration1>,
    /// Layer ARNs.
    #[schemars(extend("x-zh" = "层（Layer）的 ARN 列表。"))]
    layers: Option<Vec<String>>,
    /// GPU memory in MB.
    #[schemars(extend("x-zh" = "显存（MB）。"))]
    gpu_memory_size: Option<i64>,
    /// PreFreeze and PreStop hooks.
    #[schemars(extend("x-zh" = "PreFreeze 与 PreStop 回调。"))]
    instance_lifecycle_config: Option<InstanceLifecycleConfig1>,
}

/// `function.customContainerConfig` (edition 1).
#[derive(JsonSchema)]
#[serde(deny_unknown_fields, rename_all = "camelCase")]
#[schemars(extend("x-zh" = "`function.customContainerConfig`（1.x）。", "x-fclint-source" = limits::SRC_FC_DEPLOY_FUNCTION))]
pub struct CustomContainerConfig1 {
    /// Image address.
    #[schemars(extend("x-zh" = "镜像地址。"))]
    image: String,
    /// Container entrypoint as a JSON string, e.g. `'["node"]'` (edition 3: `entrypoint`).
    #[serde(default)]
    #[schemars(schema_with = "string_or_list", extend("x-zh" = "容器 entrypoint，JSON 字符串，例如 `'[\"node\"]'`（3.x：`entrypoint`）。"))]
    command: Option<Value>,
    /// Arguments as a JSON string, e.g. `'["server.js"]'` (edition 3: `command`).
    #[serde(default)]
    #[schemars(schema_with = "string_or_list", extend("x-zh" = "参数，JSON 字符串，例如 `'[\"server.js\"]'`（3.x：`command`）。"))]
    args: Option<Value>,
    /// Container Registry Enterprise Edition instance id.
    #[serde(rename = "instanceID")]
    #[schemars(extend("x-zh" = "容器镜像服务企业版实例 ID。"))]
    instance_id: Option<String>,
    /// Image acceleration: `Default` or `None`.
    #[schemars(extend("x-zh" = "镜像加速：`Default` 或 `None`。"))]
    acceleration_type: Option<String>,
    /// Web server mode (FC 2.0; `false` is not supported by FC 3.0).
    #[schemars(extend("x-zh" = "Web Server 模式（FC 2.0；FC 3.0 不支持 `false`）。"))]
    web_server_mode: Option<bool>,
    /// Returned by FC (image acceleration state); ignored on deploy.
    #[schemars(extend("x-zh" = "函数计算返回的值（镜像加速状态）；部署时忽略。"))]
    acceleration_info: Option<Value>,
}

fn string_or_list(_: &mut SchemaGenerator) -> Schema {
    json_schema!({
        "if": {"type": "string"},
        "then": {"type": "string"},
        "else": {"type": "array", "items": {"type": "string"}},
    })
}

/// `function.customRuntimeConfig` (edition 1).
#[derive(JsonSchema)]
#[serde(deny_unknown_fields, rename_all = "camelCase")]
#[schemars(extend("x-zh" = "`function.customRuntimeConfig`（1.x）。", "x-fclint-source" = limits::SRC_FC_DEPLOY_FUNCTION))]
pub struct CustomRuntimeConfig1 {
    /// Start command, e.g. `[python3, app.py]`.
    #[schemars(extend("x-zh" = "启动命令，例如 `[python3, app.py]`。"))]
    command: Option<Vec<String>>,
    /// Arguments of the start command.
    #[schemars(extend("x-zh" = "启动命令的参数。"))]
    args: Option<Vec<String>>,
}

/// `function.instanceLifecycleConfig` (edition 1).
#[derive(JsonSchema)]
#[serde(deny_unknown_fields, rename_all = "camelCase")]
#[schemars(extend("x-zh" = "`function.instanceLifecycleConfig`（1.x）。", "x-fclint-source" = limits::SRC_FC_DEPLOY_FUNCTION))]
pub struct InstanceLifecycleConfig1 {
    /// Runs before an instance is frozen (FC 2.0 only).
    #[schemars(extend("x-zh" = "实例冻结前运行（仅 FC 2.0）。"))]
    pre_freeze: Option<LifecycleHook>,
    /// Runs before an instance is stopped.
    #[schemars(extend("x-zh" = "实例停止前运行。"))]
    pre_stop: Option<LifecycleHook>,
}

/// `function.asyncConfiguration` (edition 1).
#[derive(JsonSchema)]
#[serde(deny_unknown_fields, rename_all = "camelCase")]
#[schemars(extend("x-zh" = "`function.asyncConfiguration`（1.x）。", "x-fclint-source" = limits::SRC_FC1_DOCS_EN))]
pub struct AsyncConfiguration1 {
    /// Where results go on success and on failure.
    #[schemars(extend("x-zh" = "成功与失败时结果的投递目标。"))]
    destination: Option<Destination1>,
    /// Seconds an event may wait: 1–2592000.
    #[schemars(range(min = limits::ASYNC_EVENT_AGE_S.min, max = limits::ASYNC_EVENT_AGE_S.max), extend("x-fclint-source" = limits::ASYNC_EVENT_AGE_S.source, "x-zh" = "事件最长等待秒数：1–2592000。"))]
    max_async_event_age_in_seconds: Option<i64>,
    /// Retries after a function error: 0–8.
    #[schemars(range(min = limits::ASYNC_RETRY_ATTEMPTS.min, max = limits::ASYNC_RETRY_ATTEMPTS.max), extend("default" = limits::ASYNC_RETRY_ATTEMPTS_DEFAULT, "x-fclint-source" = limits::ASYNC_RETRY_ATTEMPTS.source, "x-zh" = "函数出错后的重试次数：0–8。"))]
    max_async_retry_attempts: Option<i64>,
    /// Stateful asynchronous invocation (edition 3: `asyncTask`).
    #[schemars(extend("x-zh" = "有状态异步调用（3.x：`asyncTask`）。"))]
    stateful_invocation: Option<bool>,
}

/// Async destinations (edition 1): ARNs as strings.
#[derive(JsonSchema)]
#[serde(deny_unknown_fields, rename_all = "camelCase")]
#[schemars(extend("x-zh" = "异步投递目标（1.x）：字符串形式的 ARN。", "x-fclint-source" = limits::SRC_FC1_DOCS_EN))]
pub struct Destination1 {
    /// ARN of the target after a successful invocation.
    #[schemars(extend("x-zh" = "调用成功后目标的 ARN。"))]
    on_success: Option<String>,
    /// ARN of the target after the retries failed or the event expired.
    #[schemars(extend("x-zh" = "重试失败或事件过期后目标的 ARN。"))]
    on_failure: Option<String>,
}

/// One entry of `customDomains` (edition 1).
#[derive(JsonSchema)]
#[serde(deny_unknown_fields, rename_all = "camelCase")]
#[schemars(extend("x-zh" = "`customDomains` 中的一项（1.x）。", "x-fclint-source" = limits::SRC_FC1_DOMAIN_DOCS))]
pub struct CustomDomain1 {
    /// Domain name, or `auto` for a test domain FC assigns.
    #[schemars(extend("x-zh" = "域名，或 `auto`（由函数计算分配测试域名）。"))]
    domain_name: String,
    /// `HTTP` or `HTTP,HTTPS`.
    #[schemars(extend("x-zh" = "`HTTP` 或 `HTTP,HTTPS`。"))]
    protocol: String,
    /// Routes from paths to functions.
    #[schemars(extend("x-zh" = "从路径到函数的路由。"))]
    route_configs: Vec<RouteConfig1>,
    /// Certificate for HTTPS.
    #[schemars(extend("x-zh" = "HTTPS 证书。"))]
    cert_config: Option<CertConfig>,
    /// Id of a certificate in Certificate Management Service.
    #[schemars(extend("x-zh" = "数字证书管理服务中证书的 ID。"))]
    cert_id: Option<Value>,
    /// TLS versions and cipher suites.
    #[schemars(extend("x-zh" = "TLS 版本和加密套件。"))]
    tls_config: Option<TlsConfig>,
    /// Web application firewall.
    #[schemars(extend("x-zh" = "Web 应用防火墙。"))]
    waf_config: Option<WafConfig>,
}

/// One route of an edition-1 custom domain.
#[derive(JsonSchema)]
#[serde(deny_unknown_fields, rename_all = "camelCase")]
#[schemars(extend("x-zh" = "1.x 自定义域名的一条路由。", "x-fclint-source" = limits::SRC_FC1_DOMAIN_DOCS))]
pub struct RouteConfig1 {
    /// Path, e.g. `/*`.
    #[schemars(extend("x-zh" = "路径，例如 `/*`。"))]
    path: String,
    /// Service of the target function (defaults to this service).
    #[schemars(extend("x-zh" = "目标函数所在的服务（默认本服务）。"))]
    service_name: Option<String>,
    /// Target function (defaults to this function).
    #[schemars(extend("x-zh" = "目标函数（默认本函数）。"))]
    function_name: Option<String>,
    /// Version or alias, e.g. `LATEST`.
    #[schemars(extend("x-zh" = "版本或别名，例如 `LATEST`。"))]
    qualifier: Option<Qualifier>,
    /// HTTP methods the route accepts.
    #[schemars(extend("x-zh" = "路由接受的 HTTP 方法。"))]
    methods: Option<Vec<HttpMethod>>,
    /// Path rewrite rules.
    #[schemars(extend("x-zh" = "路径重写规则。"))]
    rewrite_config: Option<RewriteConfig>,
}

/// One entry of `triggers` (edition 1).
#[derive(JsonSchema)]
#[serde(deny_unknown_fields, rename_all = "camelCase")]
#[schemars(extend("x-zh" = "`triggers` 中的一项（1.x）。", "x-fclint-source" = limits::SRC_FC1_SCHEMA))]
pub struct Trigger1 {
    /// Trigger name: letters, digits, `_`, `-`; 1–128 characters.
    #[schemars(regex(pattern = limits::TRIGGER_NAME_PATTERN), extend("x-zh" = "触发器名称：字母、数字、`_`、`-`；1–128 个字符。"))]
    name: String,
    /// Trigger type.
    #[serde(rename = "type")]
    #[schemars(extend("enum" = limits::TRIGGER_TYPES, "x-zh" = "触发器类型。"))]
    kind: String,
    /// Depends on `type`; see the `*TriggerConfig` definitions.
    #[schemars(extend("x-zh" = "取决于 `type`；见各 `*TriggerConfig` 定义。"))]
    config: Value,
    /// RAM role the event source uses (fc-deploy creates one when it is missing).
    #[schemars(extend("x-zh" = "事件源使用的 RAM 角色（缺省时 fc-deploy 会创建）。"))]
    role: Option<Value>,
    /// ARN of the event source (derived from `config` when it is missing).
    #[schemars(extend("x-zh" = "事件源的 ARN（缺省时由 `config` 推导）。"))]
    source_arn: Option<String>,
    /// Version or alias the trigger invokes.
    #[schemars(extend("default" = "LATEST", "x-zh" = "触发器调用的版本或别名。"))]
    qualifier: Option<Qualifier>,
    /// Description of the trigger.
    #[schemars(extend("x-zh" = "触发器描述。"))]
    description: Option<String>,
}

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
    /// Bucket name (fc-deploy derives `sourceArn` from it).
    #[schemars(extend("x-zh" = "存储桶名称（fc-deploy 据此推导 `sourceArn`）。"))]
    bucket_name: String,
    /// OSS events that invoke the function.
    #[schemars(extend("x-zh" = "触发函数的 OSS 事件。"))]
    events: Vec<OssEvent>,
    /// Object key prefix/suffix filter (PascalCase keys in edition 1).
    #[schemars(extend("x-zh" = "对象名前缀/后缀过滤（1.x 用首字母大写的键）。"))]
    filter: OssFilter1,
}

/// OSS filter (edition 1).
#[derive(JsonSchema)]
#[serde(deny_unknown_fields)]
#[schemars(extend("x-zh" = "OSS 过滤条件（1.x）。", "x-fclint-source" = limits::SRC_FC1_SCHEMA))]
pub struct OssFilter1 {
    /// Object key filter.
    #[serde(rename = "Key")]
    #[schemars(extend("x-zh" = "对象名过滤。"))]
    key: OssKey1,
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
