//! The story of an event-stream trigger (Kafka, RocketMQ, RabbitMQ, MNS, DTS, MQTT through
//! EventBridge): where events come from, how they are batched and delivered, how many
//! instances FC may start, and what happens when the handler fails.

use super::services::instances_unbounded;
use super::story::{aspect, inline, l, s, Refs};
use crate::config::format_size;
use crate::diag::Lang;
use crate::plan::{assume, After, TriggerPlan};
use crate::present::{num, split_text};
use crate::semantics::eventbridge::{EventSchema, StartOffset};
use crate::semantics::{EventBridgeFacts, FunctionSemantics, Invocation, Note, TriggerSemantics};

/// What one part of the story reads.
struct Ctx<'x, 'a, 'i> {
    f: &'x FunctionSemantics<'a, 'i>,
    t: &'x TriggerSemantics<'a, 'i>,
    eb: &'x EventBridgeFacts<'a, 'i>,
    tp: &'x TriggerPlan,
    refs: &'x Refs,
    lang: Lang,
    zh: bool,
}

/// The parts of an event-stream trigger's story: source, batching, delivery, instances,
/// failures.
pub fn parts(
    f: &FunctionSemantics<'_, '_>,
    t: &TriggerSemantics<'_, '_>,
    eb: &EventBridgeFacts<'_, '_>,
    tp: &TriggerPlan,
    refs: &Refs,
    parts: &mut Vec<(String, String)>,
) {
    let lang = refs.lang;
    let c = Ctx {
        f,
        t,
        eb,
        tp,
        refs,
        lang,
        zh: lang == Lang::Zh,
    };
    parts.push((aspect(lang, "Source", "事件来源"), source(&c)));
    parts.push((aspect(lang, "Batching", "批量"), batching(&c)));
    parts.push((aspect(lang, "Delivery", "投递"), delivery(&c)));
    parts.push((aspect(lang, "Instances", "实例"), instances(&c)));
    parts.push((aspect(lang, "Failures", "失败处理"), failures(&c)));
}

fn src(c: &Ctx<'_, '_, '_>) -> String {
    c.tp.source.clone().unwrap_or_else(|| "?".into())
}

/// `Kafka topic `orders` (s.yaml:20) on instance …, consumer group …, starting at …`.
fn source(c: &Ctx<'_, '_, '_>) -> String {
    let (lang, eb, tp, refs) = (c.lang, c.eb, c.tp, c.refs);
    let src = src(c);
    let what = if tp.kind.reads_queue() {
        l(lang, "queue".into(), "队列".into())
    } else {
        "topic".into()
    };
    let topic = tp.topic.clone().unwrap_or_else(|| "?".into());
    let at = refs.site(eb.topic);
    let mut s = format!("{src} {what} `{topic}`{at}");
    if let Some(i) = &tp.source_instance {
        let at = refs.site(eb.instance);
        s.push_str(&l(
            lang,
            format!(" on instance {i}{at}"),
            format!("，实例 {i}{at}"),
        ));
    }
    if let Some(g) = eb.consumer_group {
        let (name, at) = (g.plain(), refs.site(Some(g)));
        s.push_str(&l(
            lang,
            format!(", consumer group `{name}`{at}"),
            format!("，消费组 `{name}`{at}"),
        ));
    }
    if let Some(o) = &tp.offset {
        let meaning = match (eb.start_offset(), c.zh) {
            (Some(StartOffset::Latest), false) => " (new messages only)",
            (Some(StartOffset::Latest), true) => "（只读新消息）",
            (Some(StartOffset::Earliest), false) => " (from the oldest retained message)",
            (Some(StartOffset::Earliest), true) => "（从最早保留的消息开始）",
            (Some(StartOffset::Timestamp) | None, _) => "",
        };
        let at = refs.site(eb.offset);
        s.push_str(&l(
            lang,
            format!(", starting at `{o}`{meaning}{at}"),
            format!("，起始位点 `{o}`{meaning}{at}"),
        ));
    }
    s.push_str(if c.zh { "。" } else { "." });
    if tp.kind.is_kafka() {
        s.push_str(&consumers(c, &topic));
    }
    s
}

/// Kafka consumers against the partitions.
fn consumers(c: &Ctx<'_, '_, '_>, topic: &str) -> String {
    let (lang, tp) = (c.lang, c.tp);
    let at = c.refs.fact(&c.eb.maximum_tasks);
    match (tp.maximum_tasks, tp.consumers, tp.throughput.partitions) {
        (Some(m), Some(n), Some(p)) => {
            let (how, how_zh) = if m > p {
                (
                    format!(": the other {} would have no partition and stay idle", m - p),
                    format!("：其余 {} 个分不到分区，始终空闲", m - p),
                )
            } else if m < p {
                (
                    ", each reading several partitions".to_string(),
                    "，每个读取多个分区".to_string(),
                )
            } else {
                (", one per partition".to_string(), "，每个分区一个".to_string())
            };
            l(
                lang,
                format!(" The topic has {p} partitions (inventory); maximumTasks {m}{at} gives min({m}, {p}) = {n} consumers{how}."),
                format!("该 topic 有 {p} 个分区（清单）；maximumTasks {m}{at} 得到 min({m}, {p}) = {n} 个消费者{how_zh}。"),
            )
        }
        (None, _, Some(p)) => l(
            lang,
            format!(" The topic has {p} partitions (inventory); maximumTasks is not set and its default is not documented, so the number of consumers is not known."),
            format!("该 topic 有 {p} 个分区（清单）；未设置 maximumTasks，其默认值未见文档，因此消费者数未知。"),
        ),
        (Some(m), _, None) => l(
            lang,
            format!(" maximumTasks {m}{at} sets up to {m} consumers; the partition count is not known (pass --partitions {topic}=N), and consumers beyond it would idle."),
            format!("maximumTasks {m}{at} 最多 {m} 个消费者；分区数未知（可用 --partitions {topic}=N 提供），超过分区数的消费者会空闲。"),
        ),
        _ => String::new(),
    }
}

/// The batch window, and its split under the body limit.
fn batching(c: &Ctx<'_, '_, '_>) -> String {
    let (lang, eb, tp) = (c.lang, c.eb, c.tp);
    if !tp.streaming {
        let at = c.refs.fact(&eb.mode);
        return l(
            lang,
            format!("Event-driven mode{at}: one event per invocation, no batching."),
            format!("事件驱动模式{at}：每次调用一个事件，不做批量。"),
        );
    }
    let b = &tp.batch;
    let (at_c, at_t) = (c.refs.fact(&eb.count_window), c.refs.fact(&eb.time_window));
    let mut s = match (b.max_messages, b.interval_s) {
        (Some(n), Some(0)) => l(
            lang,
            format!("EventBridge pushes up to {n} messages{at_c} as soon as they are available (TimeBasedWindow 0{at_t})."),
            format!("EventBridge 一有消息就推送，每批最多 {n} 条{at_c}（TimeBasedWindow 0{at_t}）。"),
        ),
        (Some(n), Some(i)) => l(
            lang,
            format!("EventBridge collects up to {n} messages{at_c} or waits at most {i} s{at_t}, whichever comes first, so batching adds up to {i} s of latency."),
            format!("EventBridge 攒够 {n} 条消息{at_c}或最多等待 {i} 秒{at_t}（先到为准）后推送，因此批量最多增加 {i} 秒延迟。"),
        ),
        _ => l(
            lang,
            "The batch window is not fully set; its defaults are not documented.".into(),
            "批量窗口未完整设置；其默认值未见文档。".into(),
        ),
    };
    if let Some(limit) = b.body_limit_bytes {
        s.push_str(&body_limit(c, limit));
    }
    s
}

/// ` A push is also cut at the 128 KB body limit of asynchronous invocation: …`.
fn body_limit(c: &Ctx<'_, '_, '_>, limit: u64) -> String {
    let (lang, b) = (c.lang, &c.tp.batch);
    let mode = match (c.tp.invocation, c.zh) {
        (Some(Invocation::Async), false) => "asynchronous",
        (Some(Invocation::Async), true) => "异步",
        (_, false) => "synchronous",
        (_, true) => "同步",
    };
    let mut s = l(
        lang,
        format!(
            " A push is also cut at the {} body limit of {mode} invocation",
            format_size(limit)
        ),
        format!("推送还受{mode}调用 {} 请求体上限的限制", format_size(limit)),
    );
    s.push_str(&match (b.message_size_bytes, b.max_messages, &b.split) {
        (Some(size), Some(n), Some(split)) if split.len() > 1 => {
            let (one, all) = (format_size(size), format_size(n.saturating_mul(size)));
            let (k, parts) = (split.len(), split_text(split, lang));
            l(
                lang,
                format!(": {n} messages of {one} ({all}) exceed it, so a full window becomes {k} pushes: {parts}."),
                format!("：{n} 条 {one} 的消息（共 {all}）超过上限，一个满窗口会拆成 {k} 次推送：{parts}。"),
            )
        }
        (Some(size), Some(n), Some(_)) => {
            let (one, all) = (format_size(size), format_size(n.saturating_mul(size)));
            l(
                lang,
                format!(": {n} messages of {one} ({all}) fit in one push."),
                format!("：{n} 条 {one} 的消息（共 {all}）一次推送即可送达。"),
            )
        }
        (Some(size), _, None) if size > limit => l(
            lang,
            format!(": a message of {} can never be delivered.", format_size(size)),
            format!("：{} 的消息永远无法投递。", format_size(size)),
        ),
        _ => l(
            lang,
            "; the message size is not known (pass --message-size), so whether a window splits cannot be said.".into(),
            "；消息大小未知（可用 --message-size 提供），无法判断窗口是否会被拆分。".into(),
        ),
    });
    s
}

/// How and in what shape events reach the handler, and the delivery concurrency.
fn delivery(c: &Ctx<'_, '_, '_>) -> String {
    let (lang, eb, tp) = (c.lang, c.eb, c.tp);
    let at = c.refs.fact(&eb.invocation);
    let mut d = match (tp.invocation, c.zh) {
        (Some(Invocation::Sync), false) => format!("Synchronously{at}"),
        (Some(Invocation::Sync), true) => format!("同步调用{at}"),
        (Some(Invocation::Async), false) => format!("Asynchronously{at}"),
        (Some(Invocation::Async), true) => format!("异步调用{at}"),
        (None, false) => "In a mode not known offline".to_string(),
        (None, true) => "调用方式离线未知".to_string(),
    };
    let schema = eb.event_schema_shown();
    let shape = match (eb.event_schema_in_effect(), tp.streaming, c.zh) {
        (EventSchema::RawData, true, false) => "the handler receives a JSON array of the raw message payloads, without the CloudEvents envelope",
        (EventSchema::RawData, true, true) => "处理函数收到原始消息负载组成的 JSON 数组，没有 CloudEvents 封装",
        (EventSchema::RawData, false, false) => "the handler receives the raw message payload",
        (EventSchema::RawData, false, true) => "处理函数收到原始消息负载",
        (EventSchema::CloudEvents, true, false) => "the handler receives a JSON array of CloudEvents, one per message, the message itself in `data`",
        (EventSchema::CloudEvents, true, true) => "处理函数收到 CloudEvents 组成的 JSON 数组，每条消息一个，消息内容在 `data` 中",
        (EventSchema::CloudEvents, false, false) => "the handler receives one CloudEvent, the message in `data`",
        (EventSchema::CloudEvents, false, true) => "处理函数收到一个 CloudEvent，消息内容在 `data` 中",
    };
    let (default, default_zh) = if eb.event_schema.is_present() {
        let at = c.refs.fact(&eb.event_schema);
        (at.clone(), at)
    } else {
        (" (the default)".to_string(), "（默认）".to_string())
    };
    d.push_str(&l(
        lang,
        format!(", as {schema}{default}: {shape}."),
        format!("，格式为 {schema}{default_zh}：{shape}。"),
    ));
    let at_c = c.refs.fact(&eb.concurrency);
    let src = src(c);
    d.push_str(&match (tp.delivery_concurrency, tp.invocation, tp.kind.is_kafka()) {
        (Some(n), _, _) => l(
            lang,
            format!(" At most {n} deliveries are in flight at once (deliveryOption.concurrency{}).", inline(&at_c, ", ")),
            format!("同时最多 {n} 路投递（deliveryOption.concurrency{}）。", inline(&at_c, "，")),
        ),
        (None, Some(Invocation::Async), true) => l(
            lang,
            " Delivery concurrency applies to synchronous delivery only, so FC's async queue paces the invocations.".into(),
            "投递并发只对同步投递生效，调用节奏由函数计算的异步队列决定。".into(),
        ),
        (None, _, true) => l(
            lang,
            format!(" The delivery concurrency{at_c} is not known offline."),
            format!("投递并发{at_c}离线未知。"),
        ),
        _ => l(
            lang,
            format!(" {src} has no delivery-concurrency setting (Kafka only)."),
            format!("{src} 没有投递并发设置（仅 Kafka 有）。"),
        ),
    });
    d
}

/// The most instances, the expected instances at the topic's rate, and whether it keeps up.
fn instances(c: &Ctx<'_, '_, '_>) -> String {
    let (lang, tp) = (c.lang, c.tp);
    let ic = tp.instance_concurrency;
    let mut inst = match (tp.max_instances, tp.delivery_concurrency, ic) {
        (Some(n), Some(d), Some(ic)) => {
            let at = c.refs.fact(&c.f.facts.instance_concurrency);
            l(
                lang,
                format!("FC fills an instance up to instanceConcurrency {ic}{at} before starting another, so {d} concurrent deliveries need at most ⌈{d} / {ic}⌉ = {n} instance{}.", s(n)),
                format!("函数计算先把一个实例用满 instanceConcurrency {ic}{at} 再启动新实例，因此 {d} 路并发投递最多需要 ⌈{d} / {ic}⌉ = {n} 个实例。"),
            )
        }
        _ => instances_unbounded(tp, lang),
    };
    inst.push_str(&expected(c));
    let th = &tp.throughput;
    if let (Some(sus), Some(exceeds)) = (th.sustainable_rate, th.exceeds) {
        let lag = th.lag_per_s.unwrap_or(0.0);
        inst.push_str(&match (exceeds, c.zh) {
            (true, false) => format!(" At full delivery concurrency it handles {} msgs/s, less than the topic's rate: the lag grows by {} msgs/s ({} per hour).", num(sus), num(lag), num(lag * 3600.0)),
            (true, true) => format!("满投递并发时每秒可处理 {} 条，低于 topic 的速率：积压每秒增加 {} 条（每小时 {} 条）。", num(sus), num(lag), num(lag * 3600.0)),
            (false, false) => format!(" At full delivery concurrency it handles up to {} msgs/s, enough for the topic.", num(sus)),
            (false, true) => format!("满投递并发时每秒最多处理 {} 条，足以跟上 topic。", num(sus)),
        });
    }
    for note in &c.t.load.notes {
        if let Note::BuiltinRuntime { .. } = note {
            let a = assume::text(note);
            inst.push_str(&match lang {
                Lang::En => format!(" Note: {}.", a.en),
                Lang::Zh => format!("注意：{}。", a.zh),
            });
        }
    }
    inst
}

/// ` At 400 msgs/s (inventory) that is 4 invocations/s of 1.5 s each: 6 in flight …`.
fn expected(c: &Ctx<'_, '_, '_>) -> String {
    let tp = c.tp;
    let th = &tp.throughput;
    let (Some(rate), Some(inv), Some(secs), Some(inf), Some(capped), Some(n)) = (
        th.rate,
        th.invocations_per_s,
        th.seconds_per_invocation,
        th.in_flight,
        th.in_flight_capped,
        th.expected_instances,
    ) else {
        return String::new();
    };
    let ic = tp.instance_concurrency.unwrap_or(1);
    let (capped_en, capped_zh) = if capped < inf {
        (
            format!(", capped at {} by the delivery concurrency", num(capped)),
            format!("，受投递并发限制为 {}", num(capped)),
        )
    } else {
        (String::new(), String::new())
    };
    let per = if num(inv) == "1" { "" } else { "s" };
    l(
        c.lang,
        format!(" At {} msgs/s (inventory) that is {} invocation{per}/s of {} s each: {} in flight by Little's law{capped_en}, so about {n} instance{} (⌈{} / {ic}⌉).", num(rate), num(inv), num(secs), num(inf), s(n), num(capped)),
        format!("按每秒 {} 条消息（清单），即每秒 {} 次调用、每次 {} 秒：由利特尔定律得 {} 个并发调用{capped_zh}，约需 {n} 个实例（⌈{} / {ic}⌉）。", num(rate), num(inv), num(secs), num(inf), num(capped)),
    )
}

/// The retry timeline and what happens after it.
fn failures(c: &Ctx<'_, '_, '_>) -> String {
    let (lang, eb, tp, zh) = (c.lang, c.eb, c.tp, c.zh);
    let Some(r) = &tp.retry else {
        return if tp.streaming {
            l(
                lang,
                "The retry settings are not known offline.".into(),
                "重试设置离线未知。".into(),
            )
        } else {
            l(
                lang,
                "Run options (retries, errorsTolerance, deadLetterQueue) apply to event streams only; in event-driven mode the rule's delivery defaults apply.".into(),
                "运行选项（重试、errorsTolerance、deadLetterQueue）只对事件流生效；事件驱动模式下使用规则的默认投递策略。".into(),
            )
        };
    };
    let policy_at = if r.policy_default {
        l(
            lang,
            " (retryStrategy not set: the default)".into(),
            "（未设置 retryStrategy：默认）".into(),
        )
    } else {
        c.refs.fact(&eb.retry.policy)
    };
    let mut s = l(
        lang,
        format!("A failed delivery is retried{policy_at}: "),
        format!("失败的投递会被重试{policy_at}："),
    );
    s.push_str(&crate::plan::render::retry_timeline(r.policy, lang));
    s.push_str(if zh { "。" } else { ". " });
    let tol = if r.tolerance_default {
        l(
            lang,
            "errorsTolerance is not set (default NONE)".into(),
            "未设置 errorsTolerance（默认 NONE）".into(),
        )
    } else {
        let (v, at) = (
            r.errors_tolerance.as_str(),
            c.refs.fact(&eb.retry.tolerance),
        );
        l(
            lang,
            format!("errorsTolerance is {v}{at}"),
            format!("errorsTolerance 为 {v}{at}"),
        )
    };
    let what = match (tp.kind.is_kafka(), zh) {
        (true, false) => "its partition",
        (true, true) => "其所在分区",
        (false, false) => "the source",
        (false, true) => "事件源",
    };
    let dlq = r.dead_letter_queue.as_deref().unwrap_or("?");
    let at_q = c
        .refs
        .site(eb.retry.dead_letter_queue.as_ref().map(|d| d.at));
    s.push_str(&match (r.after, zh) {
        (After::DeadLetterQueue, false) => format!("Then, because {tol}, the event is skipped and sent to the dead-letter queue {dlq}{at_q}."),
        (After::DeadLetterQueue, true) => format!("之后，由于 {tol}，该事件被跳过并发送到死信队列 {dlq}{at_q}。"),
        (After::Discard, false) => format!("Then, because {tol} and there is no deadLetterQueue, the event is dropped."),
        (After::Discard, true) => format!("之后，由于 {tol} 且没有 deadLetterQueue，该事件被丢弃。"),
        (After::Block, false) => format!("Then, because {tol}, the task stops and {what} stays blocked until the event stream is restarted: nothing behind the failing event is consumed."),
        (After::Block, true) => format!("之后，由于 {tol}，任务停止，{what}一直阻塞到事件流被重新启动：失败事件之后的消息都不会被消费。"),
    });
    s
}
