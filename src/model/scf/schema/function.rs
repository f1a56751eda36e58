//! The keys of an SCF function, of what functions inherit (`multi-scf` `inputs`, Framework v1
//! `provider`) and of the file's top level. The documented keys only: the components hand
//! `inputs` on to the toolkit, which reads more than the docs list, so fclint reports an
//! unlisted key here only when it is a likely typo of a listed one.

use super::{dflt, k, one_of, ranged, req, Dv, Key, Ty};
use crate::limits;
use crate::model::scf::ScfForm;

const MEMORY: Key = dflt(
    ranged(
        k(
            "memorySize",
            Ty::Num,
            "Memory in MB (the smallest size, or a multiple of the step). The region's concurrency quota counts memory × instances.",
            "内存，单位 MB（最小规格，或步长的倍数）。地域并发配额按 内存 × 实例数 计算。",
        ),
        limits::SCF_MEMORY_MB,
    ),
    Dv::Int(limits::SCF_MEMORY_DEFAULT_MB),
);
const TIMEOUT: Key = dflt(
    ranged(
        k(
            "timeout",
            Ty::Num,
            "Longest run of one invocation, in seconds.",
            "单次调用的最长运行时间，单位秒。",
        ),
        limits::SCF_FUNCTION_TIMEOUT_S,
    ),
    Dv::Int(limits::SCF_FUNCTION_TIMEOUT_DEFAULT_S as u64),
);
const REGION: Key = dflt(
    k(
        "region",
        Ty::Str,
        "Region of the function.",
        "函数所在地域。",
    ),
    Dv::Str(limits::SCF_REGION_DEFAULT),
);
const RUNTIME: Key = k(
    "runtime",
    Ty::Str,
    "Runtime, such as `Nodejs12.16`.",
    "运行环境，例如 `Nodejs12.16`。",
);
const HANDLER: Key = k(
    "handler",
    Ty::Str,
    "Entry point, such as `index.main_handler`.",
    "执行方法，例如 `index.main_handler`。",
);
const DESCRIPTION: Key = k("description", Ty::Str, "Description.", "描述。");
const ROLE: Key = k("role", Ty::Str, "Execution role.", "运行角色。");
const NAMESPACE: Key = dflt(
    k("namespace", Ty::Str, "Namespace.", "命名空间。"),
    Dv::Str("default"),
);

/// The `scf` component's `inputs` (docs/configure.md).
const COMPONENT: &[Key] = &[
    req(k(
        "src",
        Ty::Any,
        "Code: a directory, or `{src, exclude}` / `{bucket, object}`.",
        "代码：目录，或 `{src, exclude}` / `{bucket, object}`。",
    )),
    one_of(
        k(
            "type",
            Ty::Str,
            "Function type: `event` (default) or `web`.",
            "函数类型：`event`（默认）或 `web`。",
        ),
        &["event", "web"],
    ),
    k(
        "name",
        Ty::Str,
        "Function name; default `<name>-<stage>-<app>`.",
        "函数名称；默认 `<name>-<stage>-<app>`。",
    ),
    NAMESPACE,
    HANDLER,
    k(
        "entryFile",
        Ty::Str,
        "Entry file of a web function.",
        "Web 函数的入口文件。",
    ),
    ROLE,
    RUNTIME,
    REGION,
    DESCRIPTION,
    MEMORY,
    TIMEOUT,
    k(
        "initTimeout",
        Ty::Num,
        "Initialization timeout in seconds.",
        "初始化超时时间，单位秒。",
    ),
    k("eip", Ty::Bool, "Fixed outbound IP.", "固定出口 IP。"),
    k(
        "publicAccess",
        Ty::Any,
        "Public network access.",
        "公网访问。",
    ),
    k(
        "environment",
        Ty::Obj,
        "Environment: `variables`.",
        "环境变量：`variables`。",
    ),
    k(
        "vpcConfig",
        Ty::Obj,
        "VPC: `vpcId`, `subnetId`.",
        "私有网络：`vpcId`、`subnetId`。",
    ),
    k(
        "layers",
        Ty::List,
        "Layers: `name`, `version`.",
        "层：`name`、`version`。",
    ),
    k("deadLetter", Ty::Obj, "Dead-letter queue.", "死信队列。"),
    k(
        "cls",
        Ty::Obj,
        "Function logs: `logsetId`, `topicId`.",
        "函数日志：`logsetId`、`topicId`。",
    ),
    k(
        "asyncRunEnable",
        Ty::Bool,
        "Asynchronous (long-running) execution.",
        "异步执行（长时间运行）。",
    ),
    k("traceEnable", Ty::Bool, "Status tracking.", "状态追踪。"),
    k(
        "msgTTL",
        Ty::Num,
        "Message retention of async execution, seconds.",
        "异步执行消息保留时间，单位秒。",
    ),
    k(
        "retryNum",
        Ty::Num,
        "Retries of async execution.",
        "异步执行的重试次数。",
    ),
    k(
        "installDependency",
        Ty::Bool,
        "Install dependencies online.",
        "在线安装依赖。",
    ),
    k("tags", Ty::Any, "Tags.", "标签。"),
    k("cfs", Ty::List, "CFS mounts.", "CFS 文件系统挂载。"),
    k(
        "ignoreTriggers",
        Ty::Bool,
        "Deploy the function only, not `events`.",
        "只部署函数，不部署 `events`。",
    ),
    k(
        "events",
        Ty::List,
        "Triggers: `- <type>: {name, parameters}`.",
        "触发器：`- <类型>: {name, parameters}`。",
    ),
    k("image", Ty::Obj, "Container image.", "容器镜像。"),
    k(
        "protocolType",
        Ty::Str,
        "`WS` for WebSocket web functions.",
        "WebSocket Web 函数写 `WS`。",
    ),
    k(
        "protocolParams",
        Ty::Obj,
        "Protocol parameters of web functions.",
        "Web 函数的协议参数。",
    ),
    k(
        "provisionedNum",
        Ty::Num,
        "Provisioned concurrency.",
        "预置并发数。",
    ),
    k(
        "qualifier",
        Ty::Any,
        "Version that provisioned concurrency applies to.",
        "预置并发作用的版本。",
    ),
    k("l5Enable", Ty::Bool, "L5 access.", "L5 访问。"),
    k(
        "autoCreateApi",
        Ty::Bool,
        "Create an API gateway trigger when none is configured.",
        "未配置时自动创建 API 网关触发器。",
    ),
    k(
        "traffic",
        Ty::Num,
        "Share of traffic for the latest version.",
        "最新版本的流量比例。",
    ),
    k(
        "diskSize",
        Ty::Num,
        "Disk size in MB.",
        "磁盘大小，单位 MB。",
    ),
];
const MULTI_FUNCTION: &[Key] = &[
    HANDLER,
    one_of(
        k(
            "type",
            Ty::Str,
            "Function type: `event` or `web`.",
            "函数类型：`event` 或 `web`。",
        ),
        &["event", "web"],
    ),
    k("nodeType", Ty::Str, "`CPU` or `GPU`.", "`CPU` 或 `GPU`。"),
    k("nodeSpec", Ty::Str, "GPU specification.", "GPU 规格。"),
    k(
        "name",
        Ty::Str,
        "Function name; default `<name>-<stage>-<app>-<key>`.",
        "函数名称；默认 `<name>-<stage>-<app>-<键>`。",
    ),
    k(
        "key",
        Ty::Str,
        "The key triggers name the function by (list form).",
        "触发器引用函数所用的键（列表写法）。",
    ),
    k(
        "src",
        Ty::Str,
        "Code directory below `inputs.src`.",
        "`inputs.src` 下的代码目录。",
    ),
    ROLE,
    DESCRIPTION,
    MEMORY,
    TIMEOUT,
    RUNTIME,
    NAMESPACE,
    k(
        "environments",
        Ty::List,
        "Environment variables: `- {key, value}`.",
        "环境变量：`- {key, value}`。",
    ),
    k(
        "environment",
        Ty::Obj,
        "Environment (older form): `variables`.",
        "环境变量（旧写法）：`variables`。",
    ),
    k(
        "vpc",
        Ty::Obj,
        "VPC: `vpcId`, `subnetId`.",
        "私有网络：`vpcId`、`subnetId`。",
    ),
    k(
        "vpcConfig",
        Ty::Obj,
        "VPC (older form).",
        "私有网络（旧写法）。",
    ),
    k("layers", Ty::List, "Layers.", "层。"),
    k("cls", Ty::Obj, "Function logs.", "函数日志。"),
    k("tags", Ty::Any, "Tags.", "标签。"),
    k("cfs", Ty::List, "CFS mounts.", "CFS 文件系统挂载。"),
    k(
        "publicAccess",
        Ty::Any,
        "Public network access.",
        "公网访问。",
    ),
    k("eip", Ty::Bool, "Fixed outbound IP.", "固定出口 IP。"),
    k(
        "asyncRunEnable",
        Ty::Bool,
        "Asynchronous execution.",
        "异步执行。",
    ),
    k("traceEnable", Ty::Bool, "Status tracking.", "状态追踪。"),
    k(
        "installDependency",
        Ty::Bool,
        "Install dependencies online.",
        "在线安装依赖。",
    ),
    k("image", Ty::Obj, "Container image.", "容器镜像。"),
    k(
        "msgTTL",
        Ty::Num,
        "Message retention of async execution, seconds.",
        "异步执行消息保留时间，单位秒。",
    ),
    k(
        "retryNum",
        Ty::Num,
        "Retries of async execution.",
        "异步执行的重试次数。",
    ),
    k(
        "ignoreTriggers",
        Ty::Bool,
        "Do not deploy triggers.",
        "不部署触发器。",
    ),
];
const V1_FUNCTION: &[Key] = &[
    HANDLER,
    DESCRIPTION,
    RUNTIME,
    MEMORY,
    TIMEOUT,
    ROLE,
    k(
        "environment",
        Ty::Obj,
        "Environment: `variables`.",
        "环境变量：`variables`。",
    ),
    k(
        "vpcConfig",
        Ty::Obj,
        "VPC: `vpcId`, `subnetId`.",
        "私有网络：`vpcId`、`subnetId`。",
    ),
    k(
        "events",
        Ty::List,
        "Triggers: `- <type>: {name, parameters}`.",
        "触发器：`- <类型>: {name, parameters}`。",
    ),
    k(
        "package",
        Ty::Obj,
        "Packaging of this function.",
        "该函数的打包设置。",
    ),
    k("name", Ty::Str, "Function name.", "函数名称。"),
];

/// Keys of the function itself (the `scf` component's `inputs`, a `multi-scf` function, a v1
/// function).
pub fn function_keys(form: ScfForm) -> &'static [Key] {
    match form {
        ScfForm::Component => COMPONENT,
        ScfForm::Multi => MULTI_FUNCTION,
        ScfForm::FrameworkV1 => V1_FUNCTION,
    }
}

const MULTI_INPUTS: &[Key] = &[
    req(k(
        "src",
        Ty::Any,
        "Code: a directory or `{src, exclude}`.",
        "代码：目录或 `{src, exclude}`。",
    )),
    REGION,
    RUNTIME,
    MEMORY,
    TIMEOUT,
    NAMESPACE,
    DESCRIPTION,
    one_of(
        k(
            "type",
            Ty::Str,
            "Function type: `event` or `web`.",
            "函数类型：`event` 或 `web`。",
        ),
        &["event", "web"],
    ),
    k(
        "functions",
        Ty::Any,
        "The functions, by key.",
        "函数，按键列出。",
    ),
    k(
        "triggers",
        Ty::List,
        "Triggers: `- {type, function, parameters}`.",
        "触发器：`- {type, function, parameters}`。",
    ),
    k(
        "ignoreTriggers",
        Ty::Bool,
        "Do not deploy `triggers`.",
        "不部署 `triggers`。",
    ),
    k(
        "isAutoPublish",
        Ty::Bool,
        "Publish a version on every deploy.",
        "每次部署时发布版本。",
    ),
    k(
        "publishDescription",
        Ty::Str,
        "Description of published versions.",
        "发布版本的描述。",
    ),
    k(
        "environments",
        Ty::List,
        "Environment variables: `- {key, value}`.",
        "环境变量：`- {key, value}`。",
    ),
    k(
        "environment",
        Ty::Obj,
        "Environment (older form).",
        "环境变量（旧写法）。",
    ),
    k("tags", Ty::Any, "Tags.", "标签。"),
    k("vpc", Ty::Obj, "VPC.", "私有网络。"),
    k(
        "vpcConfig",
        Ty::Obj,
        "VPC (older form).",
        "私有网络（旧写法）。",
    ),
    k("cfs", Ty::List, "CFS mounts.", "CFS 文件系统挂载。"),
    k("cls", Ty::Obj, "Function logs.", "函数日志。"),
    k("layers", Ty::List, "Layers.", "层。"),
    k("eip", Ty::Bool, "Fixed outbound IP.", "固定出口 IP。"),
    k(
        "publicAccess",
        Ty::Any,
        "Public network access.",
        "公网访问。",
    ),
    k(
        "installDependency",
        Ty::Bool,
        "Install dependencies online.",
        "在线安装依赖。",
    ),
    k(
        "asyncRunEnable",
        Ty::Bool,
        "Asynchronous execution.",
        "异步执行。",
    ),
    k("traceEnable", Ty::Bool, "Status tracking.", "状态追踪。"),
    k("nodeType", Ty::Str, "`CPU` or `GPU`.", "`CPU` 或 `GPU`。"),
    k("nodeSpec", Ty::Str, "GPU specification.", "GPU 规格。"),
    ROLE,
];
const V1_PROVIDER: &[Key] = &[
    req(k("name", Ty::Str, "`tencent`.", "`tencent`。")),
    RUNTIME,
    k("credentials", Ty::Str, "Credentials file.", "密钥文件。"),
    k(
        "stage",
        Ty::Str,
        "Stage; default `dev`.",
        "环境；默认 `dev`。",
    ),
    k(
        "cosBucket",
        Ty::Str,
        "Deployment bucket.",
        "部署用的存储桶。",
    ),
    ROLE,
    MEMORY,
    TIMEOUT,
    REGION,
    DESCRIPTION,
    k(
        "environment",
        Ty::Obj,
        "Environment: `variables`.",
        "环境变量：`variables`。",
    ),
    k("vpcConfig", Ty::Obj, "VPC.", "私有网络。"),
    k(
        "enableRoleAuth",
        Ty::Bool,
        "Grant the role automatically.",
        "自动授权角色。",
    ),
    k(
        "apiGateway",
        Ty::Obj,
        "Default API gateway service: `serviceId`.",
        "默认 API 网关服务：`serviceId`。",
    ),
];

/// Keys of what functions inherit: `multi-scf` `inputs`, Framework v1 `provider`.
pub fn defaults_keys(form: ScfForm) -> &'static [Key] {
    match form {
        ScfForm::Component => &[],
        ScfForm::Multi => MULTI_INPUTS,
        ScfForm::FrameworkV1 => V1_PROVIDER,
    }
}

const TOP: &[Key] = &[
    req(k(
        "component",
        Ty::Str,
        "The component: `scf` or `multi-scf` (optionally `@version`).",
        "组件：`scf` 或 `multi-scf`（可加 `@版本`）。",
    )),
    req(k(
        "name",
        Ty::Str,
        "Instance name; `${name}` reads it.",
        "实例名称；`${name}` 读取它。",
    )),
    k(
        "app",
        Ty::Str,
        "Application; default the instance `name`. `${app}` reads it.",
        "应用名称；默认为实例 `name`。`${app}` 读取它。",
    ),
    k(
        "stage",
        Ty::Str,
        "Stage; default `dev`. `${stage}` reads it.",
        "环境；默认 `dev`。`${stage}` 读取它。",
    ),
    k(
        "org",
        Ty::Str,
        "Organisation; default the account's. `${org}` reads it.",
        "组织；默认为账号的组织。`${org}` 读取它。",
    ),
    req(k(
        "inputs",
        Ty::Obj,
        "The component's parameters.",
        "组件参数。",
    )),
];

/// Top-level keys of a Serverless Components `serverless.yml` (`limits::SRC_SLS_COMPONENTS_VARS`).
pub fn top_keys(form: ScfForm) -> &'static [Key] {
    match form {
        ScfForm::Component | ScfForm::Multi => TOP,
        ScfForm::FrameworkV1 => &[],
    }
}
