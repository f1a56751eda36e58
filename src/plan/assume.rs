//! The plan's assumptions: each [`Note`] of the semantics layer in words.

use crate::config::format_size;
use crate::diag::Text;
use crate::limits::{self, IntRange};
use crate::semantics::Note;

fn unknown_text(key: &str, expr: &str) -> Text {
    Text::new(
        format!("`{key}` is `{expr}`, which is not known offline"),
        format!("`{key}` 为 `{expr}`，离线无法得知其值"),
    )
}

fn out_of_range(key: &str, v: u64, range: IntRange) -> Text {
    let (en, zh) = if key == "concurrency" {
        ("the plan uses it as written", "规划按所写的值计算")
    } else {
        ("the batch shape is not computed", "不计算批量形态")
    };
    Text::new(
        format!(
            "`{key}` is {v}, outside {}–{} (`fclint check` reports it); {en}",
            range.min, range.max
        ),
        format!(
            "`{key}` 为 {v}，超出 {}–{}（`fclint check` 会报告）；{zh}",
            range.min, range.max
        ),
    )
}

/// The assumption a note stands for.
pub fn text(note: &Note) -> Text {
    match note {
        Note::Unknown { key, expr } => unknown_text(key, expr),
        Note::OutOfRange { key, value, range } => out_of_range(key, *value, *range),
        Note::WindowNotSet(key) => Text::new(
            format!("`batchWindow.{key}` is not set; its default is not documented"),
            format!("未设置 `batchWindow.{key}`；其默认值未见文档"),
        ),
        Note::BuiltinRuntime {
            runtime: rt,
            concurrency,
            instances: n,
        } => Text::new(
            format!("instanceConcurrency > 1 is documented for custom runtimes and custom containers only ({}); if runtime {rt} serves one request per instance, max instances is ⌈{concurrency}/1⌉ = {n}", limits::SRC_INSTANCE_SCALING),
            format!("单实例多并发只在自定义运行时和自定义镜像中有文档说明（{}）；若运行时 {rt} 每个实例只处理一个请求，最大实例数为 ⌈{concurrency}/1⌉ = {n}", limits::SRC_INSTANCE_SCALING),
        ),
        Note::MessageTooLarge { size, limit } => Text::new(
            format!("a message of {} is above the {} body limit and can never be delivered", format_size(*size), format_size(*limit)),
            format!("{} 的消息超过 {} 的请求体上限，永远无法投递", format_size(*size), format_size(*limit)),
        ),
        Note::MessageSizeUnknown { topic } => Text::new(
            format!("message size unknown for topic {topic}: a full window is assumed to fit one push (set `message_size` or pass --message-size {topic}=SIZE)"),
            format!("topic {topic} 的消息大小未知：假定一个满窗口一次推送即可送达（请设置 `message_size` 或使用 --message-size {topic}=SIZE）"),
        ),
        Note::HandlerTimeUnknown { function } => Text::new(
            format!("handler time unknown for function {function}: throughput not computed (set `seconds_per_message` / `seconds_per_batch` in a [[function]] of fclint.toml)"),
            format!("函数 {function} 的处理时长未知：未计算吞吐（请在 fclint.toml 的 [[function]] 中设置 `seconds_per_message` / `seconds_per_batch`）"),
        ),
        Note::PartitionsUnknown { topic, maximum_tasks: t } => Text::new(
            format!("partitions unknown for topic {topic}: consumers shown as maximumTasks {t} (set `partitions` in fclint.toml or pass --partitions {topic}=N)"),
            format!("topic {topic} 的分区数未知：消费者数按 maximumTasks {t} 显示（请在 fclint.toml 中设置 `partitions` 或使用 --partitions {topic}=N）"),
        ),
        Note::NoDeliveryConcurrency(st) => Text::new(
            format!("{}: no delivery concurrency setting exists for this source (Kafka only), so nothing in s.yaml bounds its instances", st.as_str()),
            format!("{}：该事件源没有投递并发设置（仅 Kafka 有），s.yaml 中没有限制其实例数的设置", st.as_str()),
        ),
        Note::ServiceInvoked(tt) => Text::new(
            format!("{}: the cloud service invokes the function once per event; its rate is not in s.yaml", tt.as_str()),
            format!("{}：由云服务按事件调用函数；其速率不在 s.yaml 中", tt.as_str()),
        ),
        other => fixed(other),
    }
}

/// Notes whose wording has no values.
fn fixed(note: &Note) -> Text {
    let (en, zh) = match note {
        Note::InstanceConcurrencyInvalid => (
            "`instanceConcurrency` is not a whole number of at least 1, so instances cannot be computed",
            "`instanceConcurrency` 不是不小于 1 的整数，无法计算实例数",
        ),
        Note::TriggerTypeUnknown => (
            "the trigger type is not known, so nothing about its load can be said",
            "触发器类型未知，无法估算其负载",
        ),
        Note::Http => (
            "HTTP: one invocation per request (async with the header `X-Fc-Invocation-Type: Async`); instances follow the callers' request rate, which no setting in s.yaml bounds",
            "HTTP：每个请求一次调用（带 `X-Fc-Invocation-Type: Async` 请求头时为异步）；实例数随调用方的请求速率变化，s.yaml 中没有限制它的设置",
        ),
        Note::Timer => (
            "timer: one invocation per tick; instances stay low unless runs overlap",
            "定时触发器：每次触发一次调用；除非多次执行相互重叠，实例数很少",
        ),
        Note::SourceTypeUnknown => ("the event source type is not known", "事件源类型未知"),
        Note::DefaultSource => (
            "EventBridge Default source: events of other cloud services arrive one per invocation through an event rule; their rate is not in s.yaml",
            "EventBridge Default 事件源：其他云服务的事件经事件规则逐条调用函数；其速率不在 s.yaml 中",
        ),
        Note::MaximumTasksNotSet => (
            "`maximumTasks` is not set; the console documents its range as 1 – the partition count, the default is not documented",
            "未设置 `maximumTasks`；控制台文档给出的范围是 1 到分区数，默认值未见文档",
        ),
        Note::DeliveryConcurrencyNotSet => (
            "`deliveryOption.concurrency` is not set; its default is not documented, so the instances this trigger can demand are not known",
            "未设置 `deliveryOption.concurrency`；其默认值未见文档，因此该触发器所需实例数未知",
        ),
        Note::AsyncDelivery => (
            "async delivery: delivery concurrency applies to synchronous Kafka delivery only; FC's async queue decides how many instances run, bounded only by the function and region caps",
            "异步投递：投递并发只作用于同步的 Kafka 投递；运行多少实例由函数计算的异步队列决定，只受函数和地域上限约束",
        ),
        Note::TimeWindowZero => (
            "TimeBasedWindow 0 pushes messages as they arrive: each push is assumed to carry one message at this rate",
            "TimeBasedWindow 为 0 时消息一到就推送：按此速率假定每次推送一条消息",
        ),
        // Worded with their values by `text` (listed so that a new note is a compile error
        // here until it has its words).
        Note::Unknown { .. }
        | Note::OutOfRange { .. }
        | Note::WindowNotSet(_)
        | Note::BuiltinRuntime { .. }
        | Note::MessageTooLarge { .. }
        | Note::MessageSizeUnknown { .. }
        | Note::HandlerTimeUnknown { .. }
        | Note::PartitionsUnknown { .. }
        | Note::NoDeliveryConcurrency(_)
        | Note::ServiceInvoked(_) => ("", ""),
    };
    Text::new(en, zh)
}
