//! Function sub-objects: logging, network, storage, runtime, container, lifecycle, domain.

#![allow(dead_code)]

use schemars::JsonSchema;
use serde_json::Value;

use super::*;
use crate::limits;

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
