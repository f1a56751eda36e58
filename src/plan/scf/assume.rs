//! The SCF plan's assumptions: each [`ScfNote`] of the semantics layer in words.

use crate::config::format_size;
use crate::diag::Text;
use crate::limits;
use crate::semantics::scf::ScfNote;

/// The assumption a note stands for.
pub fn text(note: &ScfNote) -> Text {
    match note {
        ScfNote::Unknown { key, expr } => Text::new(
            format!("`{key}` is `{expr}`, which is not known offline"),
            format!("`{key}` 为 `{expr}`，离线无法得知其值"),
        ),
        ScfNote::OutOfRange { key, value, range } => Text::new(
            format!("`{key}` is {value}, outside {}–{} (`fclint check` reports it); the batch is not computed", range.min, range.max),
            format!("`{key}` 为 {value}，超出 {}–{}（`fclint check` 会报告）；不计算批量", range.min, range.max),
        ),
        ScfNote::PartitionsUnknown { topic } => Text::new(
            format!("partitions unknown for topic {topic}: SCF runs one consumer per partition, so consumers, invocations in flight and quota use are not computed (set `partitions` in fclint.toml or pass --partitions {topic}=N)"),
            format!("topic {topic} 的分区数未知：SCF 每个分区一个消费者，因此不计算消费者、在途调用和配额占用（请在 fclint.toml 中设置 `partitions`，或使用 --partitions {topic}=N）"),
        ),
        ScfNote::MessageSizeUnknown { topic } => Text::new(
            format!("message size unknown for topic {topic}: a full batch is assumed to fit the {} synchronous event (set `message_size` or pass --message-size {topic}=SIZE)", format_size(limits::SCF_SYNC_EVENT_LIMIT_BYTES)),
            format!("topic {topic} 的消息大小未知：假定一整批消息装得进 {} 的同步事件（请设置 `message_size` 或使用 --message-size {topic}=SIZE）", format_size(limits::SCF_SYNC_EVENT_LIMIT_BYTES)),
        ),
        ScfNote::MessageTooLarge { size, limit } => Text::new(
            format!("a message of {} is above the {} synchronous event limit: no invocation can carry it, and what SCF does then is not documented", format_size(*size), format_size(*limit)),
            format!("{} 的消息超过 {} 的同步事件上限：任何调用都装不下，SCF 随后如何处理未见文档", format_size(*size), format_size(*limit)),
        ),
        ScfNote::HandlerTimeUnknown { function } => Text::new(
            format!("handler time unknown for function {function}: throughput not computed (set `seconds_per_message` / `seconds_per_batch` in a [[function]] of fclint.toml)"),
            format!("函数 {function} 的处理时长未知：未计算吞吐（请在 fclint.toml 的 [[function]] 中设置 `seconds_per_message` / `seconds_per_batch`）"),
        ),
        ScfNote::Closed { written: true } => Text::new(
            "`enable` is false: the trigger is created closed and consumes nothing; the numbers are what it does once opened",
            "`enable` 为假：触发器以关闭状态创建，不消费任何消息；这些数字是开启后的情况",
        ),
        ScfNote::Closed { written: false } => Text::new(
            "`enable` is not written: the deploying code creates the trigger closed (`CLOSE`), so it consumes nothing; the numbers are what it does once opened",
            "未写 `enable`：部署代码以关闭状态（`CLOSE`）创建触发器，不消费任何消息；这些数字是开启后的情况",
        ),
        ScfNote::V1Skipped { name_mismatch: true } => Text::new(
            "the v1 plugin skips this trigger (its event `name` is not the instance ID) and still reports the deploy as successful: nothing is consumed",
            "v1 插件会跳过该触发器（事件 `name` 不是实例 ID），部署仍显示成功：不会消费任何消息",
        ),
        ScfNote::V1Skipped { name_mismatch: false } => Text::new(
            format!("the v1 plugin skips this trigger (`maxMsgNum` missing or outside {}–{}) and still reports the deploy as successful: nothing is consumed", limits::SCF_CKAFKA_MAX_MSG_NUM_V1.min, limits::SCF_CKAFKA_MAX_MSG_NUM_V1.max),
            format!("v1 插件会跳过该触发器（`maxMsgNum` 缺失或超出 {}–{}），部署仍显示成功：不会消费任何消息", limits::SCF_CKAFKA_MAX_MSG_NUM_V1.min, limits::SCF_CKAFKA_MAX_MSG_NUM_V1.max),
        ),
        ScfNote::V1NotSent(keys) => {
            let list = keys.iter().map(|k| format!("`{k}`")).collect::<Vec<_>>().join(", ");
            Text::new(
                format!("the v1 plugin does not send {list}: the platform defaults apply"),
                format!("v1 插件不发送 {list}：采用平台默认值"),
            )
        }
        ScfNote::QuotaUnknown { region } => Text::new(
            format!("the SCF concurrency quota of {region} is not documented: set `scf_region_quota_mb` in fclint.toml to compare against it"),
            format!("{region} 的 SCF 并发配额未见文档：请在 fclint.toml 中设置 `scf_region_quota_mb` 以便比较"),
        ),
        ScfNote::EventSource(kind) => Text::new(
            format!("a {kind} trigger invokes the function per event; its rate is not in the file"),
            format!("{kind} 触发器每个事件调用一次函数；其频率不在文件中"),
        ),
        ScfNote::TypeUnknown => Text::new(
            "a trigger type fclint does not know: nothing is computed",
            "fclint 不认识的触发器类型：不做任何计算",
        ),
    }
}
