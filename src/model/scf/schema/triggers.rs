//! The parameters of each SCF trigger type, per form: the keys the deploying code reads — the
//! toolkit's trigger modules for the components (`limits::SRC_SCF_TOOLKIT_CKAFKA` and its
//! siblings), the provider's `getXEvent` for the Framework v1 plugin
//! (`limits::SRC_SCF_V1_PROVIDER`).

use super::{dflt, k, one_of, ranged, req, Dv, Key, Ty};
use crate::limits;

pub(super) const QUALIFIER: Key = dflt(
    k(
        "qualifier",
        Ty::Str,
        "Version or alias the trigger invokes.",
        "触发器调用的版本或别名。",
    ),
    Dv::Str("$DEFAULT"),
);
pub(super) const ENABLE: Key = k(
    "enable",
    Ty::Bool,
    "Whether the trigger is on. The deploying code sends `OPEN` for a true value and `CLOSE` otherwise: leaving it out creates the trigger closed.",
    "触发器是否启用。部署代码对真值发送 `OPEN`，否则发送 `CLOSE`：不写则触发器以关闭状态创建。",
);

pub(super) const CKAFKA: &[Key] = &[
    QUALIFIER,
    req(k(
        "name",
        Ty::Str,
        "The CKafka instance ID (`ckafka-…`), in the function's region. The toolkit names the trigger `<name>-<topic>`.",
        "CKafka 实例 ID（`ckafka-…`），须与函数同地域。工具包把触发器命名为 `<name>-<topic>`。",
    )),
    req(k(
        "topic",
        Ty::Str,
        "The topic to consume (one without ACL policy).",
        "要消费的 Topic（不能设置 ACL 策略）。",
    )),
    dflt(
        ranged(
            k(
                "maxMsgNum",
                Ty::NumOrStr,
                "Most messages per invocation. A batch is also cut at the synchronous event size limit.",
                "每次调用最多的消息条数。批次还会在同步事件大小上限处截断。",
            ),
            limits::SCF_CKAFKA_MAX_MSG_NUM,
        ),
        Dv::Int(limits::SCF_CKAFKA_MAX_MSG_NUM_DEFAULT),
    ),
    dflt(
        k(
            "offset",
            Ty::NumOrStr,
            "Where consumption starts: `latest`, `earliest`, or a millisecond timestamp.",
            "开始消费的位置：`latest`、`earliest` 或毫秒时间戳。",
        ),
        Dv::Str(limits::SCF_CKAFKA_OFFSET_DEFAULT),
    ),
    dflt(
        k(
            "retry",
            Ty::NumOrStr,
            "Retries of a batch whose invocation fails. The partition waits meanwhile.",
            "调用失败时一批消息的最大重试次数。期间该分区等待。",
        ),
        Dv::Int(limits::SCF_CKAFKA_RETRY_DEFAULT),
    ),
    dflt(
        ranged(
            k(
                "timeout",
                Ty::NumOrStr,
                "Longest wait for a batch to fill, in seconds (sent as `timeOut`). Not the function timeout.",
                "单次触发等待凑批的最长时间，单位秒（以 `timeOut` 发送）。不是函数超时时间。",
            ),
            limits::SCF_CKAFKA_TIMEOUT_S,
        ),
        Dv::Int(limits::SCF_CKAFKA_TIMEOUT_DEFAULT_S),
    ),
    ENABLE,
];

/// The v1 plugin sends `name`, `topic`, `maxMsgNum`, `offset` and `enable` only.
pub(super) const CKAFKA_V1: &[Key] = &[
    req(k(
        "name",
        Ty::Str,
        "The CKafka instance ID; must equal the event's own `name`, or the plugin skips the trigger.",
        "CKafka 实例 ID；必须与事件自身的 `name` 相同，否则插件跳过该触发器。",
    )),
    req(k("topic", Ty::Str, "The topic to consume.", "要消费的 Topic。")),
    req(ranged(
        k(
            "maxMsgNum",
            Ty::NumOrStr,
            "Most messages per invocation; outside its range the plugin skips the trigger.",
            "每次调用最多的消息条数；超出范围时插件跳过该触发器。",
        ),
        limits::SCF_CKAFKA_MAX_MSG_NUM_V1,
    )),
    dflt(
        k(
            "offset",
            Ty::NumOrStr,
            "Where consumption starts.",
            "开始消费的位置。",
        ),
        Dv::Str(limits::SCF_CKAFKA_OFFSET_DEFAULT),
    ),
    ENABLE,
];

pub(super) const TIMER: &[Key] = &[
    QUALIFIER,
    k(
        "name",
        Ty::Str,
        "Trigger name; default `timer-<name>-<stage>`.",
        "触发器名称；默认 `timer-<name>-<stage>`。",
    ),
    req(k(
        "cronExpression",
        Ty::Str,
        "When to run: a seven-field cron expression (seconds first, year last).",
        "触发时间：七段式 Cron 表达式（秒在最前，年在最后）。",
    )),
    ENABLE,
    k(
        "argument",
        Ty::Any,
        "Extra argument passed to the function.",
        "传给函数的附加参数。",
    ),
    k(
        "namespace",
        Ty::Str,
        "Namespace of the function.",
        "函数的命名空间。",
    ),
];

pub(super) const TIMER_V1: &[Key] = &[
    req(k(
        "cronExpression",
        Ty::Str,
        "When to run: a cron expression.",
        "触发时间：Cron 表达式。",
    )),
    ENABLE,
];

pub(super) const COS: &[Key] = &[
    QUALIFIER,
    req(k(
        "bucket",
        Ty::Str,
        "The bucket's XML API domain (`<bucket>-<appid>.cos.<region>.myqcloud.com`), in the function's region.",
        "存储桶的 XML API 访问域名（`<bucket>-<appid>.cos.<region>.myqcloud.com`），须与函数同地域。",
    )),
    req(k(
        "events",
        Ty::Str,
        "The COS event type, such as `cos:ObjectCreated:*`.",
        "COS 事件类型，例如 `cos:ObjectCreated:*`。",
    )),
    k(
        "filter",
        Ty::Obj,
        "Object key filter: `prefix`, `suffix`.",
        "对象键过滤规则：`prefix`、`suffix`。",
    ),
    ENABLE,
];

pub(super) const COS_V1: &[Key] = &[
    req(k(
        "bucket",
        Ty::Str,
        "The bucket's domain; must equal the event's `name`.",
        "存储桶域名；必须与事件的 `name` 相同。",
    )),
    req(k(
        "events",
        Ty::Str,
        "The COS event type.",
        "COS 事件类型。",
    )),
    k(
        "filter",
        Ty::Obj,
        "Object key filter: `prefix`, `suffix`.",
        "对象键过滤规则：`prefix`、`suffix`。",
    ),
    ENABLE,
];

pub(super) const CMQ: &[Key] = &[
    QUALIFIER,
    req(k("name", Ty::Str, "The CMQ topic.", "CMQ 主题名称。")),
    k(
        "filterType",
        Ty::Num,
        "Message filter type: 1 tags, 2 routing keys.",
        "消息过滤类型：1 为标签，2 为路由匹配。",
    ),
    k(
        "filterKey",
        Ty::StrOrList,
        "The tags or binding keys to filter on.",
        "用于过滤的标签或 Binding Key。",
    ),
    ENABLE,
];

pub(super) const CMQ_V1: &[Key] = &[
    req(k(
        "name",
        Ty::Str,
        "The CMQ topic; must equal the event's `name`.",
        "CMQ 主题名称；必须与事件的 `name` 相同。",
    )),
    ENABLE,
];

pub(super) const CLS: &[Key] = &[
    QUALIFIER,
    req(k(
        "topicId",
        Ty::Str,
        "The CLS log topic ID.",
        "CLS 日志主题 ID。",
    )),
    k(
        "maxWait",
        Ty::Num,
        "Longest wait for a batch of logs, in seconds.",
        "等待一批日志的最长时间，单位秒。",
    ),
    k(
        "maxSize",
        Ty::Num,
        "Most log records per invocation.",
        "每次调用最多的日志条数。",
    ),
    ENABLE,
];

pub(super) const MPS: &[Key] = &[
    QUALIFIER,
    req(one_of(
        k(
            "type",
            Ty::Str,
            "The MPS event: `WorkflowTask` or `EditMediaTask`.",
            "MPS 事件类型：`WorkflowTask` 或 `EditMediaTask`。",
        ),
        &["WorkflowTask", "EditMediaTask"],
    )),
    k(
        "namespace",
        Ty::Str,
        "Namespace of the function.",
        "函数的命名空间。",
    ),
    ENABLE,
];

pub(super) const CLB: &[Key] = &[
    QUALIFIER,
    req(k(
        "loadBalanceId",
        Ty::Str,
        "The CLB instance ID.",
        "CLB 实例 ID。",
    )),
    req(one_of(
        k(
            "protocol",
            Ty::Str,
            "Listener protocol: `HTTP` or `HTTPS`.",
            "监听器协议：`HTTP` 或 `HTTPS`。",
        ),
        &["HTTP", "HTTPS"],
    )),
    req(k("port", Ty::Num, "Listener port.", "监听端口。")),
    req(k(
        "domain",
        Ty::Str,
        "Forwarding rule domain.",
        "转发规则域名。",
    )),
    req(k("url", Ty::Str, "Forwarding rule path.", "转发规则路径。")),
    k("weight", Ty::Num, "Backend weight.", "后端权重。"),
    ENABLE,
];

/// API gateway parameters the toolkit reads (`ApigwDeployInputs`) and the docs list.
pub(super) const APIGW: &[Key] = &[
    k(
        "serviceId",
        Ty::Str,
        "Existing API gateway service; without it a service is created.",
        "已有的 API 网关服务 ID；不填则新建服务。",
    ),
    k("serviceName", Ty::Str, "Name of the service.", "服务名称。"),
    k(
        "serviceDesc",
        Ty::Str,
        "Description of the service.",
        "服务描述。",
    ),
    k(
        "description",
        Ty::Str,
        "Description of the service.",
        "服务描述。",
    ),
    k(
        "instanceId",
        Ty::Str,
        "Dedicated gateway instance (creation only).",
        "独享网关实例 ID（仅创建时生效）。",
    ),
    k(
        "protocols",
        Ty::StrOrList,
        "Frontend protocols: `http`, `https`.",
        "前端协议：`http`、`https`。",
    ),
    k(
        "netTypes",
        Ty::StrOrList,
        "Network types: `OUTER`, `INNER`.",
        "网络类型：`OUTER`、`INNER`。",
    ),
    one_of(
        k(
            "environment",
            Ty::Str,
            "Release environment: `release`, `test` or `prepub`.",
            "发布环境：`release`、`test` 或 `prepub`。",
        ),
        &["release", "test", "prepub"],
    ),
    k(
        "endpoints",
        Ty::List,
        "The APIs: `path`, `method`, `function` …",
        "API 列表：`path`、`method`、`function` 等。",
    ),
    k(
        "usagePlan",
        Ty::Obj,
        "Usage plan of the service.",
        "服务的使用计划。",
    ),
    k("auth", Ty::Obj, "API key settings.", "API 密钥配置。"),
    k("tags", Ty::Any, "Tags of the service.", "服务标签。"),
    k(
        "customDomains",
        Ty::List,
        "Custom domains bound to the service.",
        "服务绑定的自定义域名。",
    ),
    k(
        "ignoreUpdate",
        Ty::Bool,
        "Do not update an existing service.",
        "不更新已有服务。",
    ),
    k(
        "isAutoRelease",
        Ty::Bool,
        "Release the service after deploying.",
        "部署后自动发布服务。",
    ),
    k(
        "isRemoveTrigger",
        Ty::Bool,
        "Remove the trigger only, not the service.",
        "只删除触发器，不删除服务。",
    ),
    k(
        "namespace",
        Ty::Str,
        "Namespace of the function.",
        "函数的命名空间。",
    ),
    QUALIFIER,
    ENABLE,
];

/// multi-scf API gateway parameters: the toolkit's, plus `id`, `name` and `apis`.
pub(super) const APIGW_MULTI: &[Key] = &[
    k(
        "id",
        Ty::Str,
        "Existing API gateway service ID (becomes `serviceId`).",
        "已有的 API 网关服务 ID（作为 `serviceId`）。",
    ),
    k(
        "name",
        Ty::Str,
        "Service name (becomes `serviceName`).",
        "服务名称（作为 `serviceName`）。",
    ),
    req(k(
        "apis",
        Ty::List,
        "The APIs, each with the `function` (a key of `inputs.functions`) it calls.",
        "API 列表，每项以 `function`（`inputs.functions` 的键）指定调用的函数。",
    )),
    k("serviceName", Ty::Str, "Name of the service.", "服务名称。"),
    k(
        "serviceId",
        Ty::Str,
        "Existing API gateway service.",
        "已有的 API 网关服务 ID。",
    ),
    k(
        "description",
        Ty::Str,
        "Description of the service.",
        "服务描述。",
    ),
    k(
        "serviceDesc",
        Ty::Str,
        "Description of the service.",
        "服务描述。",
    ),
    k(
        "instanceId",
        Ty::Str,
        "Dedicated gateway instance.",
        "独享网关实例 ID。",
    ),
    k(
        "protocols",
        Ty::StrOrList,
        "Frontend protocols: `http`, `https`.",
        "前端协议：`http`、`https`。",
    ),
    k(
        "netTypes",
        Ty::StrOrList,
        "Network types: `OUTER`, `INNER`.",
        "网络类型：`OUTER`、`INNER`。",
    ),
    one_of(
        k(
            "environment",
            Ty::Str,
            "Release environment: `release`, `test` or `prepub`.",
            "发布环境：`release`、`test` 或 `prepub`。",
        ),
        &["release", "test", "prepub"],
    ),
    k(
        "usagePlan",
        Ty::Obj,
        "Usage plan of the service.",
        "服务的使用计划。",
    ),
    k("auth", Ty::Obj, "API key settings.", "API 密钥配置。"),
    k("tags", Ty::Any, "Tags of the service.", "服务标签。"),
    k(
        "customDomains",
        Ty::List,
        "Custom domains bound to the service.",
        "服务绑定的自定义域名。",
    ),
    k(
        "isAutoRelease",
        Ty::Bool,
        "Release the service after deploying.",
        "部署后自动发布服务。",
    ),
    QUALIFIER,
    ENABLE,
];

pub(super) const APIGW_V1: &[Key] = &[
    k(
        "stageName",
        Ty::Str,
        "Release environment; default `release`.",
        "发布环境；默认 `release`。",
    ),
    k(
        "httpMethod",
        Ty::Str,
        "HTTP method; default `GET`.",
        "HTTP 方法；默认 `GET`。",
    ),
    k(
        "serviceId",
        Ty::Str,
        "Existing API gateway service.",
        "已有的 API 网关服务 ID。",
    ),
    k(
        "integratedResponse",
        Ty::Bool,
        "Integrated response.",
        "集成响应。",
    ),
    k(
        "path",
        Ty::Str,
        "API path; default `/<function name>`.",
        "API 路径；默认 `/<函数名>`。",
    ),
    k(
        "serviceTimeout",
        Ty::Num,
        "Backend timeout in seconds.",
        "后端超时时间，单位秒。",
    ),
    k("enableCORS", Ty::Bool, "Enable CORS.", "开启跨域。"),
    ENABLE,
];
