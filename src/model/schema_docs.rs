//! What each allowed value of an enum in the schema means, in English and Chinese: shown by
//! editors beside the completion (`enumDescriptions` of the editor schema). The values
//! themselves live in `limits.rs`; a test checks that every one of them is described here.

use crate::diag::Lang;

/// (property the value belongs to, or "" for any; value; English; Chinese)
static ENUM_DOCS: &[(&str, &str, &str, &str)] = &[
    // trigger types
    ("", "http", "HTTP requests invoke the function (a URL per trigger).", "HTTP 请求调用函数（每个触发器一个 URL）。"),
    ("", "timer", "A cron schedule or `@every` interval invokes the function.", "按 cron 计划或 `@every` 间隔调用函数。"),
    ("", "oss", "Object events in an OSS bucket invoke the function.", "OSS 存储桶中的对象事件调用函数。"),
    ("", "log", "Simple Log Service delivers logstore data to the function at an interval.", "日志服务按间隔把日志库数据交给函数处理。"),
    ("", "mns_topic", "Messages published to an MNS topic are pushed to the function.", "发布到 MNS 主题的消息推送给函数。"),
    ("", "cdn_events", "CDN events (refresh, log file created, domain changes) invoke the function.", "CDN 事件（刷新、日志文件生成、域名变更）调用函数。"),
    ("", "tablestore", "Tablestore stream records of a table invoke the function.", "表格存储数据表的 Stream 记录调用函数。"),
    ("", "eventbridge", "EventBridge delivers events: a bus rule or an event stream from Kafka, RocketMQ, RabbitMQ, MNS or DTS.", "事件总线投递事件：事件总线规则，或来自 Kafka、RocketMQ、RabbitMQ、MNS、DTS 的事件流。"),
    // http
    ("", "anonymous", "Anyone may call the URL.", "任何人都可以调用该 URL。"),
    ("", "function", "Calls must be signed with an AccessKey.", "调用必须用 AccessKey 签名。"),
    ("", "jwt", "Calls must carry a JWT the trigger verifies (set `authConfig`).", "调用必须携带触发器可校验的 JWT（需设置 `authConfig`）。"),
    ("", "GET", "HTTP GET.", "HTTP GET。"),
    ("", "POST", "HTTP POST.", "HTTP POST。"),
    ("", "PUT", "HTTP PUT.", "HTTP PUT。"),
    ("", "DELETE", "HTTP DELETE.", "HTTP DELETE。"),
    ("", "HEAD", "HTTP HEAD.", "HTTP HEAD。"),
    ("", "OPTIONS", "HTTP OPTIONS.", "HTTP OPTIONS。"),
    ("", "PATCH", "HTTP PATCH.", "HTTP PATCH。"),
    // oss events
    ("", "oss:ObjectCreated:*", "Any object creation.", "任何对象创建。"),
    ("", "oss:ObjectCreated:AppendObject", "An append upload.", "追加上传。"),
    ("", "oss:ObjectCreated:CompleteMultipartUpload", "A multipart upload completed.", "分片上传完成。"),
    ("", "oss:ObjectCreated:CopyObject", "An object copied.", "对象被复制。"),
    ("", "oss:ObjectCreated:InitiateMultipartUpload", "A multipart upload started.", "分片上传开始。"),
    ("", "oss:ObjectCreated:PostObject", "A form (POST) upload.", "表单（POST）上传。"),
    ("", "oss:ObjectCreated:PutObject", "A simple (PUT) upload.", "简单（PUT）上传。"),
    ("", "oss:ObjectCreated:PutSymlink", "A symbolic link created.", "创建软链接。"),
    ("", "oss:ObjectCreated:UploadPart", "One part of a multipart upload.", "分片上传中的一个分片。"),
    ("", "oss:ObjectCreated:UploadPartCopy", "One part copied from another object.", "从其他对象复制一个分片。"),
    ("", "oss:ObjectModified:UpdateObjectMeta", "Object metadata changed.", "对象元数据被修改。"),
    ("", "oss:ObjectRemoved:AbortMultipartUpload", "A multipart upload aborted.", "分片上传被取消。"),
    ("", "oss:ObjectRemoved:DeleteObject", "An object deleted.", "删除一个对象。"),
    ("", "oss:ObjectRemoved:DeleteObjects", "Objects deleted in a batch.", "批量删除对象。"),
    // mns and event stream retries
    ("", "STREAM", "The message body as it was published.", "消息体按发布时的原样推送。"),
    ("", "JSON", "The message wrapped in JSON with its attributes.", "消息连同属性包装为 JSON。"),
    ("", "BACKOFF_RETRY", "3 retries, each after a random 10–20 s wait.", "重试 3 次，每次随机等待 10–20 秒。"),
    ("", "EXPONENTIAL_DECAY_RETRY", "176 retries, waits doubling from 1 s to 512 s: about one day.", "重试 176 次，间隔从 1 秒翻倍到 512 秒，共约一天。"),
    // eventbridge
    ("eventSourceType", "Default", "An EventBridge bus rule (cloud service events, filtered by `eventRuleFilterPattern`).", "事件总线规则（云服务事件，按 `eventRuleFilterPattern` 过滤）。"),
    ("", "MNS", "An MNS queue.", "MNS 队列。"),
    ("", "RocketMQ", "An ApsaraMQ for RocketMQ topic.", "云消息队列 RocketMQ 版的主题。"),
    ("", "RabbitMQ", "An ApsaraMQ for RabbitMQ queue.", "云消息队列 RabbitMQ 版的队列。"),
    ("", "Kafka", "An ApsaraMQ for Kafka topic (an event stream).", "云消息队列 Kafka 版的主题（事件流）。"),
    ("", "DTS", "A Data Transmission Service change-tracking task.", "数据传输服务（DTS）的数据订阅任务。"),
    ("", "MQTT", "An MQTT topic (API only).", "MQTT 主题（仅 API）。"),
    ("", "event-streaming", "An event stream: consumers pull from the source and push to the function (Kafka needs it).", "事件流：消费者从事件源拉取并推送给函数（Kafka 必须用它）。"),
    ("", "event-driven", "An EventBridge bus rule forwards events.", "由事件总线规则转发事件。"),
    ("", "ALL", "Tolerate errors: after the retries, skip the event (to the dead-letter queue if set).", "容错：重试用尽后跳过该事件（若设置了死信队列则投入其中）。"),
    ("", "NONE", "No tolerance: a failing event blocks the consumer task until its retries run out.", "不容错：失败的事件会阻塞消费任务，直到重试用尽。"),
    ("", "CloudEvents", "Each message wrapped in a CloudEvents envelope.", "每条消息包装为 CloudEvents 信封。"),
    ("", "RawData", "The source event's `data` only (for Kafka: topic, partition, offset, timestamp, headers, key, value).", "只投递事件源的 `data`（Kafka 为 topic、partition、offset、timestamp、headers、key、value）。"),
    ("", "latest", "Start from new messages.", "从最新的消息开始。"),
    ("", "earliest", "Start from the oldest retained message.", "从最早保留的消息开始。"),
    ("Network", "Default", "The Kafka instance's own VPC and vSwitch.", "Kafka 实例自身的 VPC 与交换机。"),
    ("", "PublicNetwork", "Your own VPC: set `VpcId`, `VSwitchIds` and `SecurityGroupId`.", "自有 VPC：需设置 `VpcId`、`VSwitchIds` 和 `SecurityGroupId`。"),
    ("", "CONSUME_FROM_LAST_OFFSET", "Start from the newest message.", "从最新消息开始消费。"),
    ("", "CONSUME_FROM_FIRST_OFFSET", "Start from the oldest message.", "从最早消息开始消费。"),
    ("", "CONSUME_FROM_TIMESTAMP", "Start at `Timestamp`.", "从 `Timestamp` 指定的时间开始消费。"),
    // function
    ("", "fc.gpu.ampere.1", "NVIDIA Ampere GPU instance.", "NVIDIA Ampere 系列 GPU 实例。"),
    ("", "fc.gpu.tesla.1", "NVIDIA Tesla GPU instance.", "NVIDIA Tesla 系列 GPU 实例。"),
    ("", "DefaultRegex", "A line that starts with a timestamp starts a new log entry.", "以时间戳开头的行开始一条新日志。"),
    ("logBeginRule", "None", "Every line is its own log entry.", "每行都是一条独立的日志。"),
    ("", "Enable", "Turn tracing on (fc-deploy configures Jaeger through Tracing Analysis).", "开启链路追踪（fc-deploy 通过链路追踪服务配置 Jaeger）。"),
    ("", "Disable", "Turn tracing off.", "关闭链路追踪。"),
    ("", "e1", "Elastic instance.", "弹性实例。"),
    ("", "c1", "Performance instance.", "性能实例。"),
    ("", "g1", "GPU instance.", "GPU 实例。"),
    ("", "auto", "Let the component create or find the resource.", "由组件自动创建或查找该资源。"),
    ("", "Auto", "Same as `auto`.", "同 `auto`。"),
];

/// The description of `value` of the enum at property `key`, in `lang`.
pub fn enum_doc(key: &str, value: &str, lang: Lang) -> Option<&'static str> {
    let row = ENUM_DOCS
        .iter()
        .find(|(k, v, _, _)| *k == key && *v == value)
        .or_else(|| {
            ENUM_DOCS
                .iter()
                .find(|(k, v, _, _)| k.is_empty() && *v == value)
        })?;
    Some(match lang {
        Lang::En => row.2,
        Lang::Zh => row.3,
    })
}
