//! EB: EventBridge trigger rules — consumers vs partitions, delivery concurrency, retries and
//! fault tolerance, batching against the invocation body limit, run modes, source parameters.

use super::{facts_of, int, missing, present, text, topic_of};
use crate::checks::Ctx;
use crate::checks::{at, at_key};
use crate::codes::{Code, Fact, RuleDoc};
use crate::config::format_size;
use crate::diag::{Diagnostic, Text};
use crate::limits;
use crate::model::{EventBridge, RunMode, SourceType, Trigger};
use crate::source::Node;

pub fn check(ctx: &Ctx<'_>, out: &mut Vec<Diagnostic>) {
    for f in &ctx.model.functions {
        for t in &f.triggers {
            let Some(eb) = t.eventbridge() else { continue };
            let st = eb.source_type();
            let streaming = super::is_streaming(&eb, st);
            if let Some(st) = st {
                if st == SourceType::Kafka {
                    tasks_vs_partitions(ctx, t, &eb, out);
                    concurrency_vs_consumers(ctx, &eb, out);
                    public_network(ctx, &eb, out);
                } else {
                    kafka_only_options(ctx, &eb, st, out);
                }
                if st == SourceType::RocketMq {
                    rocketmq_timestamp(ctx, &eb, out);
                }
                if st.is_custom() {
                    if streaming {
                        fault_tolerance(ctx, &eb, st, out);
                    }
                    body_size(ctx, t, &eb, st, streaming, out);
                }
                run_modes(ctx, &eb, st, out);
            }
            if streaming {
                time_window_zero(ctx, &eb, out);
            }
            concurrency_with_async(ctx, &eb, st, out);
        }
    }
}

fn tasks_vs_partitions(
    ctx: &Ctx<'_>,
    t: &Trigger<'_>,
    eb: &EventBridge<'_>,
    out: &mut Vec<Diagnostic>,
) {
    if !ctx.enabled(Code::EB001) && !ctx.enabled(Code::EB002) {
        return;
    }
    let Some(tasks_node) = eb.maximum_tasks() else {
        return;
    };
    let Some(tasks) = tasks_node
        .as_i64()
        .filter(|v| *v >= limits::MAXIMUM_TASKS_MIN)
    else {
        return;
    };
    let Some((_, topic_node)) = topic_of(eb, SourceType::Kafka) else {
        return;
    };
    let topic = topic_node.as_str().unwrap_or_default();
    let Some(p) = facts_of(ctx, eb, SourceType::Kafka).and_then(|f| f.partitions) else {
        missing(
            ctx,
            t.name.map(|n| n.span).unwrap_or(t.node.span),
            &[Code::EB001, Code::EB002],
            Fact::Partitions,
            format!("topic `{topic}`"),
            Text::new(
                format!("add `partitions` to the [[topic]] with topic = \"{topic}\" in fclint.toml, or pass --partitions {topic}=N or --topics-json FILE"),
                format!("请在 fclint.toml 中 topic = \"{topic}\" 的 [[topic]] 里添加 `partitions`，或使用 --partitions {topic}=N 或 --topics-json FILE"),
            ),
        );
        return;
    };
    let p = i64::from(p);
    if tasks > p && ctx.enabled(Code::EB001) {
        let idle = tasks - p;
        out.push(
            at(Code::EB001, tasks_node, Text::new(format!("maximumTasks is {tasks} but topic `{topic}` has {p} partitions: {idle} consumer(s) stay idle"), format!("maximumTasks 为 {tasks}，但 topic `{topic}` 只有 {p} 个分区：{idle} 个消费者始终空闲")))
            .with_help(Text::new(format!("set `maximumTasks: {p}` (one consumer per partition is the most a topic can use)"), format!("请设置 `maximumTasks: {p}`（每个分区一个消费者已是上限）"))),
        );
    } else if tasks < p && ctx.enabled(Code::EB002) {
        let lo = p / tasks;
        let hi = (p + tasks - 1) / tasks;
        let share = if lo == hi {
            lo.to_string()
        } else {
            format!("{lo}–{hi}")
        };
        out.push(
            at(Code::EB002, tasks_node, Text::new(format!("maximumTasks is {tasks} for the {p} partitions of topic `{topic}`: each consumer reads {share} partitions"), format!("topic `{topic}` 有 {p} 个分区而 maximumTasks 为 {tasks}：每个消费者读取 {share} 个分区")))
            .with_help(Text::new(format!("raise `maximumTasks` to {p} if the topic needs more throughput; keep it if this is deliberate"), format!("若需要更高吞吐，可将 `maximumTasks` 提高到 {p}；若为有意设置可保持不变"))),
        );
    }
}

fn kafka_only_options(
    ctx: &Ctx<'_>,
    eb: &EventBridge<'_>,
    st: SourceType,
    out: &mut Vec<Diagnostic>,
) {
    if !ctx.enabled(Code::EB003) {
        return;
    }
    let src = st.as_str();
    if let Some(ro) = eb.run_options() {
        if let Some(d) = at_key(Code::EB003, ro, "maximumTasks", Text::new(format!("`maximumTasks` has no effect on a {src} source: only Kafka triggers have consumer tasks"), format!("`maximumTasks` 对 {src} 事件源无效：只有 Kafka 触发器有消费任务数"))) {
            out.push(d.with_help(Text::new("remove `maximumTasks`", "请删除 `maximumTasks`")));
        }
    }
    if let Some(opt) = eb.config.at(&["eventSinkConfig", "deliveryOption"]) {
        if let Some(d) = at_key(Code::EB003, opt, "concurrency", Text::new(format!("`deliveryOption.concurrency` has no effect on a {src} source: it only limits Kafka deliveries"), format!("`deliveryOption.concurrency` 对 {src} 事件源无效：它只限制 Kafka 的投递并发"))) {
            out.push(d.with_help(Text::new("remove `concurrency`", "请删除 `concurrency`")));
        }
    }
}

fn concurrency_vs_consumers(ctx: &Ctx<'_>, eb: &EventBridge<'_>, out: &mut Vec<Diagnostic>) {
    if !ctx.enabled(Code::EB004) || eb.is_async() != Some(false) {
        return;
    }
    let Some(c_node) = eb.concurrency() else {
        return;
    };
    let Some(c) = c_node
        .as_i64()
        .filter(|c| limits::DELIVERY_CONCURRENCY.contains(*c))
    else {
        return;
    };
    let Some(tasks_node) = eb.maximum_tasks() else {
        return;
    };
    let Some(tasks) = tasks_node.as_i64().filter(|v| *v >= 1) else {
        return;
    };
    let partitions = facts_of(ctx, eb, SourceType::Kafka).and_then(|f| f.partitions);
    let (consumers, why_en, why_zh) = match partitions {
        Some(p) if i64::from(p) < tasks => (
            i64::from(p),
            format!("{p} partitions read by maximumTasks {tasks}"),
            format!("maximumTasks {tasks} 读取 {p} 个分区"),
        ),
        _ => (
            tasks,
            format!("maximumTasks {tasks}"),
            format!("maximumTasks {tasks}"),
        ),
    };
    if c >= consumers {
        return;
    }
    out.push(
        at(Code::EB004, c_node, Text::new(format!("delivery concurrency {c} is lower than the {consumers} consumers ({why_en}): consumers wait for each other's deliveries to finish"), format!("投递并发 {c} 小于 {consumers} 个消费者（{why_zh}）：消费者要互相等待投递完成")))
        .with_note(tasks_node.span, Text::new("consumers set here", "消费者数在此设置"))
        .with_help(Text::new(format!("set `concurrency` to at least {consumers}, or lower `maximumTasks` to {c}"), format!("请把 `concurrency` 设为至少 {consumers}，或把 `maximumTasks` 降为 {c}"))),
    );
}

fn concurrency_with_async(
    ctx: &Ctx<'_>,
    eb: &EventBridge<'_>,
    st: Option<SourceType>,
    out: &mut Vec<Diagnostic>,
) {
    if !ctx.enabled(Code::EB005) || eb.is_async() != Some(true) {
        return;
    }
    if matches!(st, Some(s) if s != SourceType::Kafka) {
        return; // EB003 already says it has no effect at all
    }
    let Some(opt) = eb.config.at(&["eventSinkConfig", "deliveryOption"]) else {
        return;
    };
    let Some(mut d) = at_key(Code::EB005, opt, "concurrency", Text::new("`concurrency` only limits synchronous delivery; with `asyncInvocationType: true` it is ignored", "`concurrency` 只限制同步投递；`asyncInvocationType: true` 时它被忽略")) else {
        return;
    };
    if let Some(n) = eb.async_invocation_node() {
        d = d.with_note(
            n.span,
            Text::new("async invocation set here", "异步调用在此设置"),
        );
    }
    out.push(d.with_help(Text::new(
        "remove `concurrency`, or set `asyncInvocationType: false` if deliveries must be bounded",
        "请删除 `concurrency`；若需要限制投递并发，请设置 `asyncInvocationType: false`",
    )));
}

/// The retry policy's total time, in words.
fn retry_story(eb: &EventBridge<'_>) -> Option<(String, String)> {
    let strategy = match eb.retry_strategy() {
        None => "BACKOFF_RETRY",
        Some(n) => n.as_str()?,
    };
    match strategy {
        "BACKOFF_RETRY" => {
            let (a, b) = limits::backoff_retry_total_s();
            let (n, lo, hi) = (
                limits::BACKOFF_RETRIES,
                limits::BACKOFF_WAIT_MIN_S,
                limits::BACKOFF_WAIT_MAX_S,
            );
            let default = if eb.retry_strategy().is_none() {
                "the default "
            } else {
                ""
            };
            let default_zh = if eb.retry_strategy().is_none() {
                "默认的 "
            } else {
                ""
            };
            Some((
                format!("{a}–{b} s ({default}BACKOFF_RETRY: {n} retries × {lo}–{hi} s)"),
                format!("{a}–{b} 秒（{default_zh}BACKOFF_RETRY：{n} 次重试 × {lo}–{hi} 秒）"),
            ))
        }
        "EXPONENTIAL_DECAY_RETRY" => {
            let s = limits::exponential_decay_total_s();
            let h = s as f64 / 3600.0;
            let n = limits::EXP_DECAY_RETRIES;
            Some((
                format!("about {h:.1} h (EXPONENTIAL_DECAY_RETRY: {n} retries, {s} s)"),
                format!("约 {h:.1} 小时（EXPONENTIAL_DECAY_RETRY：{n} 次重试，共 {s} 秒）"),
            ))
        }
        _ => None,
    }
}

fn fault_tolerance(ctx: &Ctx<'_>, eb: &EventBridge<'_>, st: SourceType, out: &mut Vec<Diagnostic>) {
    let tol_node = eb.errors_tolerance();
    let tol = match tol_node {
        None => Some("NONE"),
        Some(n) if n.is_null() => Some("NONE"),
        Some(n) => n.as_str(),
    };
    let Some(tol) = tol else { return };
    let dlq = eb.dead_letter_queue().filter(|n| !n.is_null());
    if dlq.map(Node::is_unknown).unwrap_or(false) {
        return;
    }
    let explicit = tol_node.map(|n| !n.is_null()).unwrap_or(false);
    match (tol, dlq) {
        ("NONE", Some(_)) if ctx.enabled(Code::EB006) => {
            let Some(ro) = eb.run_options() else { return };
            let (en, zh) = if explicit {
                (
                    "errorsTolerance is NONE".to_string(),
                    "errorsTolerance 为 NONE".to_string(),
                )
            } else {
                (
                    "errorsTolerance is not set and defaults to NONE".to_string(),
                    "未设置 errorsTolerance，默认为 NONE".to_string(),
                )
            };
            if let Some(mut d) = at_key(Code::EB006, ro, "deadLetterQueue", Text::new(format!("the dead-letter queue never receives anything: {en}, so a failing event blocks the stream instead of going to the queue"), format!("死信队列永远收不到消息：{zh}，失败的事件会阻塞事件流而不是进入死信队列"))) {
                if let Some(n) = tol_node {
                    d = d.with_note(n.span, Text::new("tolerance set here", "容错策略在此设置"));
                }
                out.push(d.with_help(Text::new("set `errorsTolerance: ALL` so events that still fail after the retries go to the dead-letter queue", "请设置 `errorsTolerance: ALL`，重试后仍失败的事件才会进入死信队列")));
            }
        }
        ("NONE", None) if ctx.enabled(Code::EB007) => {
            let Some((dur_en, dur_zh)) = retry_story(eb) else {
                return;
            };
            let what_en = if st == SourceType::Kafka {
                "its partition"
            } else {
                "the source"
            };
            let what_zh = if st == SourceType::Kafka {
                "其所在分区"
            } else {
                "事件源"
            };
            let (lead_en, lead_zh) = if explicit {
                (
                    "errorsTolerance NONE".to_string(),
                    "errorsTolerance 为 NONE".to_string(),
                )
            } else {
                (
                    "errorsTolerance is not set (default NONE)".to_string(),
                    "未设置 errorsTolerance（默认 NONE）".to_string(),
                )
            };
            let en = format!("{lead_en}: one event that keeps failing blocks {what_en} for {dur_en}, then the event stream pauses until restarted");
            let zh = format!("{lead_zh}：一条持续失败的事件会阻塞{what_zh} {dur_zh}，之后事件流暂停，直到手动重启");
            let d = match (tol_node.filter(|n| !n.is_null()), eb.run_options()) {
                (Some(n), _) => Some(at(Code::EB007, n, Text::new(en, zh))),
                (None, Some(ro)) => eb.config.entry("runOptions").map(|e| {
                    Diagnostic::new(
                        Code::EB007,
                        e.key_span,
                        ro.pointer.clone(),
                        Text::new(en.clone(), zh.clone()),
                    )
                }),
                (None, None) => eb
                    .source_type_node()
                    .map(|n| at(Code::EB007, n, Text::new(en, zh))),
            };
            if let Some(d) = d {
                out.push(d.with_help(Text::new("set `errorsTolerance: ALL` with a `deadLetterQueue` to keep consuming past a bad event; if blocking is deliberate, say so with `# fclint-ignore EB007 <reason>`", "请设置 `errorsTolerance: ALL` 并配置 `deadLetterQueue`，跳过坏事件继续消费；若有意阻塞，请用 `# fclint-ignore EB007 <原因>` 注明")));
            }
        }
        ("ALL", None) if ctx.enabled(Code::EB008) => {
            let Some(n) = tol_node else { return };
            out.push(
                at(Code::EB008, n, Text::new("errorsTolerance ALL without a deadLetterQueue: events that still fail after the retries are dropped", "errorsTolerance 为 ALL 但没有 deadLetterQueue：重试后仍失败的事件会被丢弃"))
                .with_help(Text::new("add `deadLetterQueue: {Arn: acs:mns:<region>:<account>:/queues/<queue>}` to keep them", "请添加 `deadLetterQueue: {Arn: acs:mns:<region>:<account>:/queues/<queue>}` 以保留这些事件")),
            );
        }
        _ => {}
    }
}

/// Messages per push for a batch of `count` messages of `size` bytes under `limit`.
pub fn split_batch(count: u64, size: u64, limit: u64) -> Option<Vec<u64>> {
    if size == 0 || size > limit || count == 0 {
        return None;
    }
    let per = limit / size;
    let mut parts = Vec::new();
    let mut left = count;
    while left > 0 {
        let n = left.min(per);
        parts.push(n);
        left -= n;
    }
    Some(parts)
}

fn describe_split(parts: &[u64]) -> (String, String) {
    if parts.len() <= 3 {
        let s = parts
            .iter()
            .map(u64::to_string)
            .collect::<Vec<_>>()
            .join(" + ");
        return (s.clone(), s);
    }
    let first = parts[0];
    let last = *parts.last().unwrap_or(&first);
    let full = parts.iter().filter(|p| **p == first).count();
    if last == first {
        (
            format!("{full} pushes of {first}"),
            format!("{full} 次、每次 {first} 条"),
        )
    } else {
        (
            format!("{full} pushes of {first} and one of {last}"),
            format!("{full} 次 {first} 条加 1 次 {last} 条"),
        )
    }
}

fn body_size(
    ctx: &Ctx<'_>,
    t: &Trigger<'_>,
    eb: &EventBridge<'_>,
    st: SourceType,
    streaming: bool,
    out: &mut Vec<Diagnostic>,
) {
    if !ctx.enabled(Code::EB009) && !ctx.enabled(Code::EB010) {
        return;
    }
    let Some(is_async) = eb.is_async() else {
        return;
    };
    let Some((_, topic_node)) = topic_of(eb, st) else {
        return;
    };
    let topic = topic_node.as_str().unwrap_or_default();
    let facts = facts_of(ctx, eb, st);
    let typical = facts.and_then(|f| f.message_size);
    let largest = facts.and_then(|f| f.max_message_size.or(f.message_size));
    let Some(largest) = largest else {
        missing(
            ctx,
            t.name.map(|n| n.span).unwrap_or(t.node.span),
            &[Code::EB009, Code::EB010],
            Fact::MessageSize,
            format!("topic `{topic}`"),
            Text::new(
                format!("add `message_size` (and `max_message_size`) to the [[topic]] with topic = \"{topic}\" in fclint.toml, or pass --message-size {topic}=SIZE"),
                format!("请在 fclint.toml 中 topic = \"{topic}\" 的 [[topic]] 里添加 `message_size`（及 `max_message_size`），或使用 --message-size {topic}=SIZE"),
            ),
        );
        return;
    };
    let (limit, mode_en, mode_zh) = if is_async {
        (limits::ASYNC_BODY_LIMIT_BYTES, "async", "异步")
    } else {
        (limits::SYNC_BODY_LIMIT_BYTES, "sync", "同步")
    };
    let lim = format_size(limit);
    if largest > limit {
        if ctx.enabled(Code::EB010) {
            let mut d = at(Code::EB010, topic_node, Text::new(format!("messages of `{topic}` can be {}, above the {lim} {mode_en} invocation body limit: such a message can never be delivered", format_size(largest)), format!("`{topic}` 的消息可达 {}，超过 {lim} 的{mode_zh}调用请求体上限：这样的消息永远无法投递", format_size(largest))));
            if let (true, Some(n)) = (is_async, eb.async_invocation_node()) {
                d = d.with_note(
                    n.span,
                    Text::new("async invocation set here", "异步调用在此设置"),
                );
            }
            let h = if is_async {
                Text::new(format!("use synchronous delivery (`asyncInvocationType: false`, {} body limit) or keep messages under {lim}", format_size(limits::SYNC_BODY_LIMIT_BYTES)), format!("请改用同步投递（`asyncInvocationType: false`，请求体上限 {}），或让消息小于 {lim}", format_size(limits::SYNC_BODY_LIMIT_BYTES)))
            } else {
                Text::new(format!("keep messages under {lim}: store large payloads in OSS and send a reference"), format!("请让消息小于 {lim}：大负载存入 OSS，消息中只传引用"))
            };
            out.push(d.with_help(h));
        }
        return;
    }
    if !streaming || !ctx.enabled(Code::EB009) {
        return;
    }
    let Some(typical) = typical else { return };
    let Some(cw_node) = eb.count_window() else {
        return;
    };
    let Some(count) = cw_node
        .as_i64()
        .filter(|c| limits::COUNT_BASED_WINDOW.contains(*c))
    else {
        return;
    };
    let count = count as u64;
    if count.saturating_mul(typical) <= limit {
        return;
    }
    let Some(parts) = split_batch(count, typical, limit) else {
        return;
    };
    let (split_en, split_zh) = describe_split(&parts);
    let per = parts[0];
    let total = format_size(count.saturating_mul(typical));
    let size = format_size(typical);
    out.push(
        at(Code::EB009, cw_node, Text::new(format!("{count} × {size} = {total} exceeds the {lim} {mode_en} body limit: each batch is pushed as {split_en} messages"), format!("{count} × {size} = {total} 超过 {lim} 的{mode_zh}请求体上限：每批会被拆成 {split_zh} 条消息分别推送")))
        .with_help(Text::new(format!("set `CountBasedWindow: {per}` so a batch fits one invocation{}", if is_async { format!(", or use synchronous delivery ({} limit)", format_size(limits::SYNC_BODY_LIMIT_BYTES)) } else { String::new() }), format!("请设置 `CountBasedWindow: {per}`，使一批消息一次调用即可送达{}", if is_async { format!("，或改用同步投递（上限 {}）", format_size(limits::SYNC_BODY_LIMIT_BYTES)) } else { String::new() }))),
    );
}

fn time_window_zero(ctx: &Ctx<'_>, eb: &EventBridge<'_>, out: &mut Vec<Diagnostic>) {
    if !ctx.enabled(Code::EB011) {
        return;
    }
    let Some(tw) = eb.time_window() else { return };
    if int(Some(tw)) != Some(0) {
        return;
    }
    let Some(count) =
        int(eb.count_window()).filter(|c| *c > 1 && limits::COUNT_BASED_WINDOW.contains(*c))
    else {
        return;
    };
    out.push(
        at(Code::EB011, tw, Text::new(format!("TimeBasedWindow 0 pushes every batch at once, so batches of up to {count} messages rarely fill"), format!("TimeBasedWindow 为 0 时每批立即推送，最多 {count} 条的批次很少能攒满")))
        .with_help(Text::new(format!(
                "set `TimeBasedWindow` to {}–{} s to let batches fill, or `CountBasedWindow: 1` if you want one message per invocation",
                limits::TIME_BASED_WINDOW_S.min + 1,
                limits::TIME_BASED_WINDOW_S.max
            ), format!(
                "请把 `TimeBasedWindow` 设为 {}–{} 秒让批次攒满；若希望每次调用一条消息，请设置 `CountBasedWindow: 1`",
                limits::TIME_BASED_WINDOW_S.min + 1,
                limits::TIME_BASED_WINDOW_S.max
            ))),
    );
}

fn run_modes(ctx: &Ctx<'_>, eb: &EventBridge<'_>, st: SourceType, out: &mut Vec<Diagnostic>) {
    if eb.mode() != Some(RunMode::EventDriven) {
        return;
    }
    let Some(mode_node) = eb.mode_node() else {
        return;
    };
    if st.streaming_only() {
        if ctx.enabled(Code::EB012) {
            out.push(
                at(Code::EB012, mode_node, Text::new(format!("{} sources only support `event-streaming`; `event-driven` cannot be created", st.as_str()), format!("{} 事件源只支持 `event-streaming`，`event-driven` 无法创建", st.as_str())))
                .with_help(Text::new("set `mode: event-streaming`", "请设置 `mode: event-streaming`")),
            );
        }
        return;
    }
    if !ctx.enabled(Code::EB013) {
        return;
    }
    let Some(ro) = eb.run_options() else { return };
    for e in ro.entries() {
        if e.key == "mode" {
            continue;
        }
        out.push(
            Diagnostic::new(
                Code::EB013,
                e.key_span,
                e.value.pointer.clone(),
                Text::new(
                    format!(
                        "`{}` is ignored: run options only apply in `event-streaming` mode",
                        e.key
                    ),
                    format!(
                        "`{}` 会被忽略：运行选项只在 `event-streaming` 模式下生效",
                        e.key
                    ),
                ),
            )
            .with_note(
                mode_node.span,
                Text::new("event-driven mode set here", "event-driven 模式在此设置"),
            )
            .with_help(Text::new(
                format!(
                    "remove `{}`, or use `mode: event-streaming` if you need it",
                    e.key
                ),
                format!(
                    "请删除 `{}`；若需要它，请使用 `mode: event-streaming`",
                    e.key
                ),
            )),
        );
    }
}

fn public_network(ctx: &Ctx<'_>, eb: &EventBridge<'_>, out: &mut Vec<Diagnostic>) {
    if !ctx.enabled(Code::EB014) {
        return;
    }
    let Some(net) = eb.param("Network") else {
        return;
    };
    if text(Some(net)) != Some("PublicNetwork") {
        return;
    }
    let missing: Vec<&str> = ["VpcId", "VSwitchIds", "SecurityGroupId"]
        .into_iter()
        .filter(|k| !present(eb.param(k)))
        .collect();
    if missing.is_empty() {
        return;
    }
    let list = missing
        .iter()
        .map(|k| format!("`{k}`"))
        .collect::<Vec<_>>()
        .join(", ");
    out.push(
        at(Code::EB014, net, Text::new(format!("`Network: PublicNetwork` needs `VpcId`, `VSwitchIds` and `SecurityGroupId`; missing: {list}"), format!("`Network: PublicNetwork` 需要 `VpcId`、`VSwitchIds` 和 `SecurityGroupId`；缺少：{list}")))
        .with_help(Text::new(format!("add {list} to `sourceKafkaParameters`, or use `Network: Default` (the instance's own VPC)"), format!("请在 `sourceKafkaParameters` 中添加 {list}，或使用 `Network: Default`（实例所在 VPC）"))),
    );
}

fn rocketmq_timestamp(ctx: &Ctx<'_>, eb: &EventBridge<'_>, out: &mut Vec<Diagnostic>) {
    if !ctx.enabled(Code::EB015) {
        return;
    }
    let Some(off) = eb.param("Offset") else {
        return;
    };
    if text(Some(off)) != Some("CONSUME_FROM_TIMESTAMP") || present(eb.param("Timestamp")) {
        return;
    }
    out.push(
        at(Code::EB015, off, Text::new("`Offset: CONSUME_FROM_TIMESTAMP` needs `Timestamp` (epoch milliseconds)", "`Offset: CONSUME_FROM_TIMESTAMP` 需要 `Timestamp`（毫秒级时间戳）"))
        .with_help(Text::new("add e.g. `Timestamp: 1636597951964` to `sourceRocketMQParameters`, or use `CONSUME_FROM_LAST_OFFSET`", "请在 `sourceRocketMQParameters` 中添加例如 `Timestamp: 1636597951964`，或改用 `CONSUME_FROM_LAST_OFFSET`")),
    );
}

pub static RULES: &[RuleDoc] = &[
    RuleDoc {
        code: Code::EB001,
        summary: "Kafka `maximumTasks` is larger than the topic's partition count: extra consumers idle",
        summary_zh: "Kafka 的 `maximumTasks` 大于 topic 分区数：多出的消费者空闲",
        doc: r#"## What it checks
A Kafka trigger whose `runOptions.maximumTasks` (concurrent consumers) is larger than the partition count of its topic. Needs the partition count: `partitions` in fclint.toml, `--partitions TOPIC=N` or `--topics-json`.

## Why it matters
Kafka gives each partition to one consumer of a group. The console documents the range of consumer concurrency as `[1, number of partitions]`; consumers beyond the partition count receive nothing (https://www.alibabacloud.com/help/en/function-compute/latest/message-queue-for-apache-kafka). The setting looks like headroom but buys no throughput.

## Example
```yaml
# topic `orders` has 12 partitions
runOptions:
  maximumTasks: 16
```
## Fix
```yaml
runOptions:
  maximumTasks: 12
```
"#,
        doc_zh: r#"## 检查内容
Kafka 触发器的 `runOptions.maximumTasks`（并发消费者数）大于其 topic 的分区数。需要分区数：fclint.toml 中的 `partitions`、`--partitions TOPIC=N` 或 `--topics-json`。

## 为什么重要
Kafka 把每个分区只分配给消费组中的一个消费者。控制台文档给出的并发消费数范围是 `[1, 分区数]`，超出分区数的消费者收不到任何消息（https://www.alibabacloud.com/help/en/function-compute/latest/message-queue-for-apache-kafka）。看似留了余量，实际不增加吞吐。

## 示例
```yaml
# topic `orders` 有 12 个分区
runOptions:
  maximumTasks: 16
```
## 修复
```yaml
runOptions:
  maximumTasks: 12
```
"#,
        file: file!(),
    },
    RuleDoc {
        code: Code::EB002,
        summary: "Kafka `maximumTasks` is below the partition count: consumers share partitions",
        summary_zh: "Kafka 的 `maximumTasks` 小于分区数：消费者共享分区",
        doc: r#"## What it checks
A Kafka trigger whose `maximumTasks` is smaller than the partition count of its topic. Needs the partition count.

## Why it matters
Each consumer then reads several partitions one after another, so the trigger's throughput is bounded by `maximumTasks`, not by the topic. That is often deliberate (to protect a downstream database); this note makes it visible. Source: https://www.alibabacloud.com/help/en/function-compute/latest/message-queue-for-apache-kafka

## Example
```yaml
# topic `orders` has 12 partitions
runOptions:
  maximumTasks: 4
```
## Fix
```yaml
runOptions:
  maximumTasks: 12   # one consumer per partition
```
or keep 4 and `--ignore EB002`.
"#,
        doc_zh: r#"## 检查内容
Kafka 触发器的 `maximumTasks` 小于 topic 分区数。需要分区数。

## 为什么重要
此时每个消费者依次读取多个分区，触发器吞吐受 `maximumTasks` 而非 topic 限制。这常常是有意为之（保护下游数据库），此提示只是让它可见。来源：https://www.alibabacloud.com/help/en/function-compute/latest/message-queue-for-apache-kafka

## 示例
```yaml
# topic `orders` 有 12 个分区
runOptions:
  maximumTasks: 4
```
## 修复
```yaml
runOptions:
  maximumTasks: 12   # 每个分区一个消费者
```
或保留 4 并使用 `--ignore EB002`。
"#,
        file: file!(),
    },
    RuleDoc {
        code: Code::EB003,
        summary: "`maximumTasks` or `deliveryOption.concurrency` on a source other than Kafka has no effect",
        summary_zh: "非 Kafka 事件源上的 `maximumTasks` 或 `deliveryOption.concurrency` 不起作用",
        doc: r#"## What it checks
`runOptions.maximumTasks` or `eventSinkConfig.deliveryOption.concurrency` on an EventBridge trigger whose source is not Kafka (MNS, RocketMQ, RabbitMQ, DTS, Default).

## Why it matters
Both knobs exist only for Kafka: the DeliveryOption API says concurrency "目前仅针对在 Kafka 作为事件源时有效" (https://www.alibabacloud.com/help/zh/functioncompute/fc/developer-reference/api-fc-2023-03-30-struct-deliveryoption), and consumer concurrency is a Kafka consumer-group setting. On other sources they are silently ignored, so the limit you think you set does not exist.

## Example
```yaml
eventSourceConfig:
  eventSourceType: RocketMQ
runOptions:
  maximumTasks: 4
```
## Fix
Remove `maximumTasks` and `concurrency`.
"#,
        doc_zh: r#"## 检查内容
事件源不是 Kafka（MNS、RocketMQ、RabbitMQ、DTS、Default）的 EventBridge 触发器上设置了 `runOptions.maximumTasks` 或 `eventSinkConfig.deliveryOption.concurrency`。

## 为什么重要
这两个参数只对 Kafka 有效：DeliveryOption API 写明投递并发“目前仅针对在 Kafka 作为事件源时有效”（https://www.alibabacloud.com/help/zh/functioncompute/fc/developer-reference/api-fc-2023-03-30-struct-deliveryoption），并发消费数是 Kafka 消费组的设置。在其他事件源上它们被静默忽略，你以为设置的限制并不存在。

## 示例
```yaml
eventSourceConfig:
  eventSourceType: RocketMQ
runOptions:
  maximumTasks: 4
```
## 修复
删除 `maximumTasks` 和 `concurrency`。
"#,
        file: file!(),
    },
    RuleDoc {
        code: Code::EB004,
        summary: "Kafka delivery `concurrency` is lower than the number of consumers",
        summary_zh: "Kafka 投递并发 `concurrency` 小于消费者数",
        doc: r#"## What it checks
A synchronous Kafka trigger whose `deliveryOption.concurrency` is lower than its effective consumer count: `maximumTasks`, or the partition count when that is smaller and known.

## Why it matters
Each consumer pushes its batches to FC; `concurrency` caps how many pushes are in flight at once (1–300, sync only: https://www.alibabacloud.com/help/zh/functioncompute/fc/developer-reference/api-fc-2023-03-30-struct-deliveryoption). With fewer delivery slots than consumers, consumers wait for each other and the extra consumers add lag, not throughput.

## Example
```yaml
eventSinkConfig:
  deliveryOption:
    concurrency: 4
runOptions:
  maximumTasks: 12
```
## Fix
```yaml
eventSinkConfig:
  deliveryOption:
    concurrency: 12
```
"#,
        doc_zh: r#"## 检查内容
同步调用的 Kafka 触发器中，`deliveryOption.concurrency` 小于实际消费者数：`maximumTasks`，或已知且更小的分区数。

## 为什么重要
每个消费者都向函数计算推送批次；`concurrency` 限制同时进行的推送数（1–300，仅同步调用：https://www.alibabacloud.com/help/zh/functioncompute/fc/developer-reference/api-fc-2023-03-30-struct-deliveryoption）。投递名额少于消费者时，消费者互相等待，多出的消费者只增加延迟而不增加吞吐。

## 示例
```yaml
eventSinkConfig:
  deliveryOption:
    concurrency: 4
runOptions:
  maximumTasks: 12
```
## 修复
```yaml
eventSinkConfig:
  deliveryOption:
    concurrency: 12
```
"#,
        file: file!(),
    },
    RuleDoc {
        code: Code::EB005,
        summary: "`deliveryOption.concurrency` with `asyncInvocationType: true` is ignored",
        summary_zh: "`asyncInvocationType: true` 时 `deliveryOption.concurrency` 被忽略",
        doc: r#"## What it checks
`eventSinkConfig.deliveryOption.concurrency` on a trigger that invokes the function asynchronously (`asyncInvocationType: true`).

## Why it matters
Delivery concurrency only limits synchronous deliveries (Kafka trigger docs, https://www.alibabacloud.com/help/en/function-compute/latest/message-queue-for-apache-kafka). With async invocation, FC's async queue decides how many instances run, so the cap you wrote does not protect anything downstream.

## Example
```yaml
asyncInvocationType: true
eventSinkConfig:
  deliveryOption:
    concurrency: 10
```
## Fix
Remove `concurrency`, or switch to `asyncInvocationType: false` if deliveries must be bounded.
"#,
        doc_zh: r#"## 检查内容
异步调用（`asyncInvocationType: true`）的触发器上设置了 `eventSinkConfig.deliveryOption.concurrency`。

## 为什么重要
投递并发只限制同步投递（Kafka 触发器文档：https://www.alibabacloud.com/help/en/function-compute/latest/message-queue-for-apache-kafka）。异步调用时由函数计算的异步队列决定运行多少实例，写下的上限保护不了任何下游。

## 示例
```yaml
asyncInvocationType: true
eventSinkConfig:
  deliveryOption:
    concurrency: 10
```
## 修复
删除 `concurrency`；若必须限制投递并发，请改为 `asyncInvocationType: false`。
"#,
        file: file!(),
    },
    RuleDoc {
        code: Code::EB006,
        summary: "`deadLetterQueue` without `errorsTolerance: ALL` never receives anything",
        summary_zh: "未设置 `errorsTolerance: ALL` 时 `deadLetterQueue` 永远收不到消息",
        doc: r#"## What it checks
A trigger with `runOptions.deadLetterQueue` whose `errorsTolerance` is `NONE` or not set (the default is `NONE`).

## Why it matters
EventBridge sends an event to the dead-letter queue only when errors are tolerated: retries exhausted → tolerance ALL + DLQ → DLQ; tolerance NONE → the task pauses (https://www.alibabacloud.com/help/en/eventbridge/user-guide/retry-and-dead-letter). The queue you configured stays empty while the stream stops at the first bad event.

## Example
```yaml
runOptions:
  deadLetterQueue:
    Arn: acs:mns:cn-hangzhou:123:/queues/orders-dlq
```
## Fix
```yaml
runOptions:
  errorsTolerance: ALL
  deadLetterQueue:
    Arn: acs:mns:cn-hangzhou:123:/queues/orders-dlq
```
"#,
        doc_zh: r#"## 检查内容
配置了 `runOptions.deadLetterQueue`，但 `errorsTolerance` 为 `NONE` 或未设置（默认 `NONE`）的触发器。

## 为什么重要
只有在容错时事件总线才会把事件送进死信队列：重试耗尽 → 容错 ALL + 死信队列 → 死信队列；容错 NONE → 任务暂停（https://www.alibabacloud.com/help/en/eventbridge/user-guide/retry-and-dead-letter）。配置的队列始终为空，而事件流在第一条坏事件处停下。

## 示例
```yaml
runOptions:
  deadLetterQueue:
    Arn: acs:mns:cn-hangzhou:123:/queues/orders-dlq
```
## 修复
```yaml
runOptions:
  errorsTolerance: ALL
  deadLetterQueue:
    Arn: acs:mns:cn-hangzhou:123:/queues/orders-dlq
```
"#,
        file: file!(),
    },
    RuleDoc {
        code: Code::EB007,
        summary: "`errorsTolerance: NONE` (the default) lets one failing event block the stream for the whole retry policy",
        summary_zh: "`errorsTolerance: NONE`（默认值）下一条失败事件会在整个重试周期内阻塞事件流",
        doc: r#"## What it checks
A custom-source trigger in event-streaming mode whose `errorsTolerance` is `NONE` or not set (default `NONE`) and that has no dead-letter queue. The message states how long the retry policy keeps the event: BACKOFF_RETRY (the default) retries 3 times after 10–20 s each (30–60 s); EXPONENTIAL_DECAY_RETRY retries 176 times, waiting 1, 2, 4 … 256 s and then 512 s (86015 s ≈ 23.9 h).

## Why it matters
With tolerance NONE, an event that keeps failing is retried for the whole policy, blocking the partition (Kafka) or source behind it, and then the task pauses until someone restarts it (https://www.alibabacloud.com/help/en/eventbridge/user-guide/retry-and-dead-letter). One malformed message can stop a topic for a day.

## Example
```yaml
runOptions:
  mode: event-streaming
  errorsTolerance: NONE
  retryStrategy:
    PushRetryStrategy: EXPONENTIAL_DECAY_RETRY
```
## Fix
```yaml
runOptions:
  mode: event-streaming
  errorsTolerance: ALL
  deadLetterQueue:
    Arn: acs:mns:cn-hangzhou:123:/queues/orders-dlq
```
If strict ordering requires blocking, keep NONE and write `# fclint-ignore EB007 ordering must not skip events`.
"#,
        doc_zh: r#"## 检查内容
事件流模式下的自定义事件源触发器，`errorsTolerance` 为 `NONE` 或未设置（默认 `NONE`），且没有死信队列。消息会给出重试策略持续的时间：BACKOFF_RETRY（默认）重试 3 次、每次间隔 10–20 秒（共 30–60 秒）；EXPONENTIAL_DECAY_RETRY 重试 176 次，间隔 1、2、4 … 256 秒，之后每次 512 秒（共 86015 秒，约 23.9 小时）。

## 为什么重要
容错为 NONE 时，持续失败的事件会在整个重试周期内被重试，阻塞其后的分区（Kafka）或事件源，之后任务暂停，直到有人手动重启（https://www.alibabacloud.com/help/en/eventbridge/user-guide/retry-and-dead-letter）。一条格式错误的消息就能让 topic 停摆一天。

## 示例
```yaml
runOptions:
  mode: event-streaming
  errorsTolerance: NONE
  retryStrategy:
    PushRetryStrategy: EXPONENTIAL_DECAY_RETRY
```
## 修复
```yaml
runOptions:
  mode: event-streaming
  errorsTolerance: ALL
  deadLetterQueue:
    Arn: acs:mns:cn-hangzhou:123:/queues/orders-dlq
```
若严格有序必须阻塞，请保留 NONE 并写上 `# fclint-ignore EB007 顺序消费不能跳过事件`。
"#,
        file: file!(),
    },
    RuleDoc {
        code: Code::EB008,
        summary: "`errorsTolerance: ALL` without a dead-letter queue drops events that fail after retries",
        summary_zh: "`errorsTolerance: ALL` 而无死信队列时，重试后仍失败的事件被丢弃",
        doc: r#"## What it checks
A trigger with `errorsTolerance: ALL` and no `deadLetterQueue`.

## Why it matters
Tolerated events that still fail after the retries are discarded when no dead-letter queue is configured (https://www.alibabacloud.com/help/en/eventbridge/user-guide/retry-and-dead-letter). That may be acceptable, but the loss is silent.

## Example
```yaml
runOptions:
  errorsTolerance: ALL
```
## Fix
```yaml
runOptions:
  errorsTolerance: ALL
  deadLetterQueue:
    Arn: acs:mns:cn-hangzhou:123:/queues/orders-dlq
```
"#,
        doc_zh: r#"## 检查内容
设置了 `errorsTolerance: ALL` 但没有 `deadLetterQueue` 的触发器。

## 为什么重要
没有死信队列时，被容错的事件在重试后仍失败就会被丢弃（https://www.alibabacloud.com/help/en/eventbridge/user-guide/retry-and-dead-letter）。这也许可以接受，但丢失是无声的。

## 示例
```yaml
runOptions:
  errorsTolerance: ALL
```
## 修复
```yaml
runOptions:
  errorsTolerance: ALL
  deadLetterQueue:
    Arn: acs:mns:cn-hangzhou:123:/queues/orders-dlq
```
"#,
        file: file!(),
    },
    RuleDoc {
        code: Code::EB009,
        summary: "`CountBasedWindow` × message size exceeds the invocation body limit: batches are split",
        summary_zh: "`CountBasedWindow` × 消息大小超过调用请求体上限：批次会被拆分",
        doc: r#"## What it checks
`batchWindow.CountBasedWindow` × the topic's typical message size against the invocation body limit: 32 MB for synchronous, 128 KB for asynchronous invocation (KB = 1024 bytes). Needs the message size (`message_size` in fclint.toml or `--message-size TOPIC=SIZE`). The message says how a full batch is split.

## Why it matters
A batch is pushed when the count is reached, the time window expires, or the body reaches the limit. Over the limit, EventBridge splits the batch: the docs' example is 100 messages of 2 KB, async → 200 KB > 128 KB → two pushes of 64 + 36 messages (https://help.aliyun.com/document_detail/455240.html, body limits: https://alibabacloud.com/help/tc/functioncompute/fc-3-0/product-overview/limits-of-usage). The function never sees the batch size you configured, and each push costs an invocation.

## Example
```yaml
asyncInvocationType: true
runOptions:
  batchWindow:
    CountBasedWindow: 100   # messages are about 2 KB
```
## Fix
```yaml
asyncInvocationType: true
runOptions:
  batchWindow:
    CountBasedWindow: 64
```
or use synchronous invocation (`asyncInvocationType: false`, 32 MB).
"#,
        doc_zh: r#"## 检查内容
用 `batchWindow.CountBasedWindow` × topic 的典型消息大小与调用请求体上限比较：同步调用 32 MB，异步调用 128 KB（KB = 1024 字节）。需要消息大小（fclint.toml 中的 `message_size` 或 `--message-size TOPIC=SIZE`）。消息会说明一个满批次被拆成怎样的几次推送。

## 为什么重要
批次在达到条数、时间窗口到期或请求体达到上限时推送。超过上限时事件总线会拆分批次：文档示例为 100 条 2 KB 的消息、异步调用 → 200 KB > 128 KB → 分两次推送 64 + 36 条（https://help.aliyun.com/document_detail/455240.html；请求体上限：https://alibabacloud.com/help/tc/functioncompute/fc-3-0/product-overview/limits-of-usage）。函数永远收不到你配置的批次大小，每次推送都是一次调用。

## 示例
```yaml
asyncInvocationType: true
runOptions:
  batchWindow:
    CountBasedWindow: 100   # 消息约 2 KB
```
## 修复
```yaml
asyncInvocationType: true
runOptions:
  batchWindow:
    CountBasedWindow: 64
```
或改用同步调用（`asyncInvocationType: false`，32 MB）。
"#,
        file: file!(),
    },
    RuleDoc {
        code: Code::EB010,
        summary: "A single message is larger than the invocation body limit and can never be delivered",
        summary_zh: "单条消息大于调用请求体上限，永远无法投递",
        doc: r#"## What it checks
The topic's largest message size (`max_message_size`, else `message_size`) against the body limit of the trigger's invocation type: 32 MB sync, 128 KB async.

## Why it matters
A batch can be split down to one message, but not further: a message above the limit fails every delivery (FC answers `EntityTooLarge`) and, depending on `errorsTolerance`, blocks the stream or is dropped (limits: https://alibabacloud.com/help/tc/functioncompute/fc-3-0/product-overview/limits-of-usage; batching: https://help.aliyun.com/document_detail/455240.html).

## Example
```yaml
# messages of `images` reach 300 KB
asyncInvocationType: true
```
## Fix
```yaml
asyncInvocationType: false   # 32 MB limit
```
or store large payloads in OSS and send a reference.
"#,
        doc_zh: r#"## 检查内容
用 topic 的最大消息大小（`max_message_size`，否则 `message_size`）与触发器调用方式的请求体上限比较：同步 32 MB，异步 128 KB。

## 为什么重要
批次最多拆到一条消息，不能再拆：超过上限的消息每次投递都会失败（函数计算返回 `EntityTooLarge`），并视 `errorsTolerance` 阻塞事件流或被丢弃（上限：https://alibabacloud.com/help/tc/functioncompute/fc-3-0/product-overview/limits-of-usage；批处理：https://help.aliyun.com/document_detail/455240.html）。

## 示例
```yaml
# `images` 的消息可达 300 KB
asyncInvocationType: true
```
## 修复
```yaml
asyncInvocationType: false   # 上限 32 MB
```
或把大负载存入 OSS，消息中只传引用。
"#,
        file: file!(),
    },
    RuleDoc {
        code: Code::EB011,
        summary: "`TimeBasedWindow: 0` with `CountBasedWindow` > 1: batches are pushed at once and rarely fill",
        summary_zh: "`TimeBasedWindow: 0` 且 `CountBasedWindow` > 1：批次立即推送，很少攒满",
        doc: r#"## What it checks
`batchWindow.TimeBasedWindow: 0` together with `CountBasedWindow` greater than 1.

## Why it matters
A batch is pushed when either window is reached; a time window of 0 means "push now", so messages are delivered as soon as they arrive and the count window rarely matters (https://help.aliyun.com/document_detail/455240.html). You pay for many small invocations while believing you batch.

## Example
```yaml
batchWindow:
  CountBasedWindow: 100
  TimeBasedWindow: 0
```
## Fix
```yaml
batchWindow:
  CountBasedWindow: 100
  TimeBasedWindow: 3
```
"#,
        doc_zh: r#"## 检查内容
`batchWindow.TimeBasedWindow: 0` 与大于 1 的 `CountBasedWindow` 同时出现。

## 为什么重要
任一窗口达到即推送；时间窗口为 0 表示“立即推送”，消息一到就投递，条数窗口几乎不起作用（https://help.aliyun.com/document_detail/455240.html）。你以为在批处理，实际为大量小调用付费。

## 示例
```yaml
batchWindow:
  CountBasedWindow: 100
  TimeBasedWindow: 0
```
## 修复
```yaml
batchWindow:
  CountBasedWindow: 100
  TimeBasedWindow: 3
```
"#,
        file: file!(),
    },
    RuleDoc {
        code: Code::EB012,
        summary: "Kafka and DTS sources only support `event-streaming` mode",
        summary_zh: "Kafka 和 DTS 事件源只支持 `event-streaming` 模式",
        doc: r#"## What it checks
`runOptions.mode: event-driven` on a Kafka or DTS trigger.

## Why it matters
The RunOptions API lists event-driven mode for Default, MNS, RocketMQ and RabbitMQ only; Kafka and DTS are streaming only (https://help.aliyun.com/zh/functioncompute/fc/developer-reference/api-fc-2023-03-30-struct-runoptions). The component docs say the same next to the Kafka example. The trigger cannot be created.

## Example
```yaml
eventSourceType: Kafka
runOptions:
  mode: event-driven
```
## Fix
```yaml
runOptions:
  mode: event-streaming
```
"#,
        doc_zh: r#"## 检查内容
Kafka 或 DTS 触发器上的 `runOptions.mode: event-driven`。

## 为什么重要
RunOptions API 只为 Default、MNS、RocketMQ、RabbitMQ 列出 event-driven 模式；Kafka 和 DTS 只支持事件流（https://help.aliyun.com/zh/functioncompute/fc/developer-reference/api-fc-2023-03-30-struct-runoptions）。组件文档在 Kafka 示例旁也这样写。触发器无法创建。

## 示例
```yaml
eventSourceType: Kafka
runOptions:
  mode: event-driven
```
## 修复
```yaml
runOptions:
  mode: event-streaming
```
"#,
        file: file!(),
    },
    RuleDoc {
        code: Code::EB013,
        summary: "Run options other than `mode` are ignored in `event-driven` mode",
        summary_zh: "`event-driven` 模式下除 `mode` 外的运行选项都被忽略",
        doc: r#"## What it checks
Keys of `runOptions` other than `mode` (batch windows, retry strategy, tolerance, dead-letter queue, tasks) on a trigger in `event-driven` mode.

## Why it matters
Run options "only apply to event-streaming" (component docs, https://github.com/devsapp/fc3/blob/b0e545df8b413417f5f14981ea2084b231b4ed7b/docs/zh/yaml/triggers.md; RunOptions API https://help.aliyun.com/zh/functioncompute/fc/developer-reference/api-fc-2023-03-30-struct-runoptions). In event-driven mode each event is delivered on its own, with no batching and the bus's own retry, so the batch window and DLQ you configured do nothing.

## Example
```yaml
runOptions:
  mode: event-driven
  batchWindow:
    CountBasedWindow: 10
```
## Fix
Remove `batchWindow`, or use `mode: event-streaming`.
"#,
        doc_zh: r#"## 检查内容
`event-driven` 模式的触发器中，`runOptions` 除 `mode` 以外的键（批处理窗口、重试策略、容错、死信队列、任务数）。

## 为什么重要
运行选项“只在 event-streaming 模式下生效”（组件文档 https://github.com/devsapp/fc3/blob/b0e545df8b413417f5f14981ea2084b231b4ed7b/docs/zh/yaml/triggers.md；RunOptions API https://help.aliyun.com/zh/functioncompute/fc/developer-reference/api-fc-2023-03-30-struct-runoptions）。event-driven 模式下每个事件单独投递，没有批处理，使用事件总线自身的重试，所配置的批处理窗口和死信队列都不起作用。

## 示例
```yaml
runOptions:
  mode: event-driven
  batchWindow:
    CountBasedWindow: 10
```
## 修复
删除 `batchWindow`，或使用 `mode: event-streaming`。
"#,
        file: file!(),
    },
    RuleDoc {
        code: Code::EB014,
        summary: "Kafka `Network: PublicNetwork` without `VpcId`, `VSwitchIds` and `SecurityGroupId`",
        summary_zh: "Kafka `Network: PublicNetwork` 缺少 `VpcId`、`VSwitchIds` 或 `SecurityGroupId`",
        doc: r#"## What it checks
A Kafka source with `Network: PublicNetwork` that lacks any of `VpcId`, `VSwitchIds`, `SecurityGroupId` (absent or empty).

## Why it matters
`PublicNetwork` means "use my own VPC": EventBridge attaches to the VPC, vSwitch and security group you name, and the API requires all three (SourceKafkaParameters, https://alibabacloud.com/help/en/functioncompute/api-fc-2023-03-30-struct-sourcekafkaparameters). The trigger creation fails.

## Example
```yaml
sourceKafkaParameters:
  Network: PublicNetwork
  VpcId: vpc-xxx
```
## Fix
```yaml
sourceKafkaParameters:
  Network: PublicNetwork
  VpcId: vpc-xxx
  VSwitchIds: vsw-xxx
  SecurityGroupId: sg-xxx
```
or `Network: Default` to use the instance's own network.
"#,
        doc_zh: r#"## 检查内容
`Network: PublicNetwork` 的 Kafka 事件源缺少 `VpcId`、`VSwitchIds`、`SecurityGroupId` 中的任何一个（缺失或为空）。

## 为什么重要
`PublicNetwork` 表示“使用自己的 VPC”：事件总线接入你指定的 VPC、交换机和安全组，API 要求三者齐全（SourceKafkaParameters，https://alibabacloud.com/help/en/functioncompute/api-fc-2023-03-30-struct-sourcekafkaparameters）。触发器创建会失败。

## 示例
```yaml
sourceKafkaParameters:
  Network: PublicNetwork
  VpcId: vpc-xxx
```
## 修复
```yaml
sourceKafkaParameters:
  Network: PublicNetwork
  VpcId: vpc-xxx
  VSwitchIds: vsw-xxx
  SecurityGroupId: sg-xxx
```
或使用 `Network: Default`（实例自身网络）。
"#,
        file: file!(),
    },
    RuleDoc {
        code: Code::EB015,
        summary: "RocketMQ `Offset: CONSUME_FROM_TIMESTAMP` without `Timestamp`",
        summary_zh: "RocketMQ `Offset: CONSUME_FROM_TIMESTAMP` 缺少 `Timestamp`",
        doc: r#"## What it checks
A RocketMQ source with `Offset: CONSUME_FROM_TIMESTAMP` and no `Timestamp`.

## Why it matters
Consuming from a timestamp needs the timestamp (epoch milliseconds, e.g. 1636597951964): SourceRocketMQParameters, https://www.alibabacloud.com/help/zh/functioncompute/fc/developer-reference/api-fc-2023-03-30-struct-sourcerocketmqparameters. Without it the trigger cannot be created or starts from an offset you did not choose.

## Example
```yaml
sourceRocketMQParameters:
  Offset: CONSUME_FROM_TIMESTAMP
```
## Fix
```yaml
sourceRocketMQParameters:
  Offset: CONSUME_FROM_TIMESTAMP
  Timestamp: 1636597951964
```
"#,
        doc_zh: r#"## 检查内容
`Offset: CONSUME_FROM_TIMESTAMP` 而没有 `Timestamp` 的 RocketMQ 事件源。

## 为什么重要
按时间点消费需要时间戳（毫秒，例如 1636597951964）：SourceRocketMQParameters，https://www.alibabacloud.com/help/zh/functioncompute/fc/developer-reference/api-fc-2023-03-30-struct-sourcerocketmqparameters。缺少它时触发器无法创建，或从你未选择的位点开始消费。

## 示例
```yaml
sourceRocketMQParameters:
  Offset: CONSUME_FROM_TIMESTAMP
```
## 修复
```yaml
sourceRocketMQParameters:
  Offset: CONSUME_FROM_TIMESTAMP
  Timestamp: 1636597951964
```
"#,
        file: file!(),
    },
];
