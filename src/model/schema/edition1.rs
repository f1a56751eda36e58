//! Edition 1 (`fc` / `devsapp/fc`): props, service, function and their sub-objects.

#![allow(dead_code)]

use std::collections::BTreeMap;

use schemars::JsonSchema;
use serde_json::Value;

use super::*;
use crate::limits;

// ---------------------------------------------------------------- edition 1 (fc / devsapp/fc)

/// `props` of an `fc` / `devsapp/fc` service (edition 1). `service` is needed with a
/// function or triggers; props with only `customDomains` deploy domains for existing
/// functions.
#[derive(JsonSchema)]
#[serde(deny_unknown_fields, rename_all = "camelCase")]
#[schemars(extend("dependencies" = {"function": ["service"], "triggers": ["service"]}, "x-zh" = "`fc` / `devsapp/fc` 服务的 `props`（1.x）。有函数或触发器时需要 `service`；只有 `customDomains` 的 props 为已有函数部署域名。", "x-fclint-source" = limits::SRC_FC1_SCHEMA))]
pub struct Fc1Props {
    /// Region id, e.g. `cn-hangzhou` (without it, `s deploy --region` supplies it).
    #[schemars(extend("x-zh" = "地域 ID，例如 `cn-hangzhou`（缺省时由 `s deploy --region` 提供）。"))]
    region: Option<String>,
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
