//! The parts of an SCF trigger's story: for CKafka where messages come from, how they are
//! batched and delivered (synchronously, in order per partition), the event the handler
//! receives, throughput, failures, what the deploying code sends, and what differs from an
//! Alibaba Cloud FC Kafka trigger. Numbers come from the plan row; sources from `limits`.

use super::story::{aspect, l, Refs};
use crate::config::format_size;
use crate::diag::Lang;
use crate::limits;
use crate::plan::render::{scf_details, scf_retry_timeline};
use crate::plan::scf::ScfTriggerPlan;
use crate::present::{batches_text, num};
use crate::semantics::scf::{CkafkaFacts, Offset, ScfFunctionSemantics, ScfTriggerSemantics};

/// The parts of trigger `t` of function `f`.
pub(super) fn parts(
    f: &ScfFunctionSemantics<'_, '_>,
    t: &ScfTriggerSemantics<'_, '_>,
    tp: &ScfTriggerPlan,
    refs: &Refs,
) -> Vec<(String, String)> {
    let lang = refs.lang;
    let Some(c) = &t.ckafka else {
        let ty = t.trigger.type_text.clone().unwrap_or_else(|| "?".into());
        return vec![(
            aspect(lang, "Source", "事件来源"),
            l(
                lang,
                format!("A {ty} trigger: the service invokes the function for each event. fclint checks its keys; it plans CKafka triggers only."),
                format!("{ty} 触发器：由该服务针对每个事件调用函数。fclint 检查其键，只为 CKafka 触发器做规划。"),
            ),
        )];
    };
    let mut out = vec![
        (aspect(lang, "Source", "事件来源"), source(c, tp, refs)),
        (aspect(lang, "Batching", "批量"), batching(c, tp, refs)),
        (aspect(lang, "Delivery", "投递"), delivery(f, tp, lang)),
        (aspect(lang, "Event", "事件"), event(tp, lang)),
    ];
    let th: Vec<String> = scf_details(tp, lang)
        .into_iter()
        .filter(|(k, _)| matches!(*k, "throughput" | "in-flight"))
        .map(|(_, s)| s)
        .collect();
    if !th.is_empty() {
        let (sep, end) = if lang == Lang::Zh {
            ("；", "。")
        } else {
            ("; ", ".")
        };
        out.push((
            aspect(lang, "Throughput", "吞吐"),
            format!("{}{end}", th.join(sep)),
        ));
    }
    if let Some(r) = &tp.retry {
        let at = refs.fact(&c.retry);
        let (en, zh) = if at.is_empty() {
            (String::new(), String::new())
        } else {
            (format!("`retry`{at}: "), format!("`retry`{at}："))
        };
        let timeline = scf_retry_timeline(r, lang);
        out.push((
            aspect(lang, "Failures", "失败处理"),
            l(
                lang,
                format!("{en}{timeline}."),
                format!("{zh}{timeline}。"),
            ),
        ));
    }
    out.push((aspect(lang, "Deploy", "部署"), deploy(tp, lang)));
    out.push((
        aspect(
            lang,
            "Differences from Alibaba Cloud FC",
            "与阿里云函数计算的不同",
        ),
        differences(lang),
    ));
    out
}

fn source(c: &CkafkaFacts<'_, '_>, tp: &ScfTriggerPlan, refs: &Refs) -> String {
    let lang = refs.lang;
    let q = |v: &Option<String>| v.clone().unwrap_or_else(|| "?".into());
    let (inst, topic) = (q(&tp.instance), q(&tp.topic));
    let (at_i, at_t, at_o) = (
        refs.site(c.instance),
        refs.site(c.topic),
        refs.fact(&c.offset),
    );
    let offset = match (c.offset.value(), lang) {
        (Some(Offset::Earliest), Lang::En) => {
            "`earliest` (everything the topic still holds)".to_string()
        }
        (Some(Offset::Earliest), Lang::Zh) => "`earliest`（topic 仍保留的全部消息）".to_string(),
        (Some(Offset::Timestamp(ms)), Lang::En) => format!("the millisecond timestamp {ms}"),
        (Some(Offset::Timestamp(ms)), Lang::Zh) => format!("毫秒时间戳 {ms}"),
        (Some(_), Lang::En) => format!("`{}` (new messages only)", q(&tp.offset)),
        (Some(_), Lang::Zh) => format!("`{}`（只读新消息）", q(&tp.offset)),
        (None, _) => format!("`{}`", q(&tp.offset)),
    };
    let consumers = match (tp.consumers, lang) {
        (Some(p), Lang::En) => {
            format!("The topic has {p} partitions (inventory), so {p} consumers.")
        }
        (Some(p), Lang::Zh) => format!("该 topic 有 {p} 个分区（清单），因此有 {p} 个消费者。"),
        (None, Lang::En) => {
            "Its partition count is not in the inventory, so the number of consumers is not known."
                .to_string()
        }
        (None, Lang::Zh) => "清单中没有其分区数，因此消费者数量未知。".to_string(),
    };
    l(
        lang,
        format!("CKafka topic `{topic}`{at_t} on instance {inst}{at_i}, starting at {offset}{at_o}. The instance must be in the function's region, and the topic must have no ACL policy. SCF pulls: its back end runs one consumer module per partition in a consumer group of its own — a number nobody configures ({}). {consumers}", limits::SRC_SCF_CKAFKA_EN),
        format!("CKafka 实例 {inst}{at_i} 上的 topic `{topic}`{at_t}，从 {offset}{at_o} 开始消费。实例须与函数同地域，topic 不能设置 ACL 策略。SCF 以拉取方式消费：后台为每个分区运行一个消费模块，使用独立的消费组——数量无法配置（{}）。{consumers}", limits::SRC_SCF_CKAFKA),
    )
}

fn batching(c: &CkafkaFacts<'_, '_>, tp: &ScfTriggerPlan, refs: &Refs) -> String {
    let lang = refs.lang;
    let b = &tp.batch;
    let q = |v: Option<u64>| v.map(|v| v.to_string()).unwrap_or_else(|| "?".into());
    let dflt = |is: bool| {
        if is {
            l(lang, " (default)".into(), "（默认值）".into())
        } else {
            String::new()
        }
    };
    let (at_m, at_w) = (
        refs.fact(&c.max_msg_num) + &dflt(c.max_msg_num.is_default()),
        refs.fact(&c.wait_s) + &dflt(c.wait_s.is_default()),
    );
    let lim = format_size(limits::SCF_SYNC_EVENT_LIMIT_BYTES);
    let cut = match (&b.split, b.message_size_bytes) {
        (Some(s), Some(size)) if s.len() > 1 => l(
            lang,
            format!(
                " At {} per message a full batch is cut into {}.",
                format_size(size),
                batches_text(s, lang)
            ),
            format!(
                "每条消息 {} 时，一整批会被截成 {}。",
                format_size(size),
                batches_text(s, lang)
            ),
        ),
        (Some(_), Some(size)) => l(
            lang,
            format!(" At {} per message a full batch fits.", format_size(size)),
            format!("每条消息 {} 时，一整批装得下。", format_size(size)),
        ),
        (None, Some(size)) => l(
            lang,
            format!(" A message of {} fits no event at all.", format_size(size)),
            format!("{} 的消息任何事件都装不下。", format_size(size)),
        ),
        _ => String::new(),
    };
    l(
        lang,
        format!("SCF collects up to {} messages{at_m} per invocation, and sends a batch that does not fill after at most {} s{at_w}: that wait is `timeout`, sent as `timeOut`, not the function timeout (sources disagree here: the product page gives a fixed 60 s, the API 1–60 s, and the component docs speak of a 5 s window). A batch holds 1 to {} messages: the handler must loop and never assume a count. A synchronous event holds at most {lim}, and the batch is cut to fit.{cut}", q(b.max_messages), q(b.interval_s), q(b.max_messages)),
        format!("SCF 每次调用最多汇聚 {} 条消息{at_m}，未凑满的批次最多等待 {} 秒{at_w}后发送：这个等待时间是 `timeout`，以 `timeOut` 发送，不是函数超时时间（各来源说法不一：产品文档写固定 60 秒，API 写 1–60 秒，组件文档则说 5 秒内汇聚）。一批有 1 到 {} 条消息：函数必须循环处理，不能假定条数。同步事件最大 {lim}，批次会被截断以装下。{cut}", q(b.max_messages), q(b.interval_s), q(b.max_messages)),
    )
}

fn delivery(f: &ScfFunctionSemantics<'_, '_>, tp: &ScfTriggerPlan, lang: Lang) -> String {
    let p = tp
        .in_flight
        .map(|p| p.to_string())
        .unwrap_or_else(|| "one per partition".into());
    let mem = match (tp.in_flight, tp.memory_mb) {
        (Some(n), Some(m)) => l(
            lang,
            format!(
                " Each of those instances holds {m} MB: {n} × {m} = {} MB of the region's quota.",
                n * m
            ),
            format!("每个实例占用 {m} MB：{n} × {m} = {} MB 地域配额。", n * m),
        ),
        _ => String::new(),
    };
    let state = if tp.skipped {
        l(
            lang,
            " The v1 plugin skips this trigger, so nothing is consumed.".into(),
            "v1 插件会跳过该触发器，因此不会消费任何消息。".into(),
        )
    } else if tp.enabled == Some(false) {
        l(
            lang,
            " As written it is created closed and consumes nothing.".into(),
            "按当前写法它以关闭状态创建，不消费任何消息。".into(),
        )
    } else {
        String::new()
    };
    let _ = f;
    l(
        lang,
        format!("Synchronously and in order: each consumer invokes the function and waits for it to return before it pulls its next batch, so messages of one partition are handled in order, and at most {p} invocations run at once.{mem}{state}"),
        format!("同步且按序：每个消费者调用函数并等待其返回后才拉取下一批，因此同一分区的消息按序处理，最多同时运行 {p} 个调用。{mem}{state}"),
    )
}

fn event(tp: &ScfTriggerPlan, lang: Lang) -> String {
    let topic = tp.topic.clone().unwrap_or_else(|| "…".into());
    let shape = format!("{{\"Records\": [{{\"Ckafka\": {{\"topic\": \"{topic}\", \"partition\": 1, \"offset\": 36, \"msgKey\": \"None\", \"msgBody\": \"…\"}}}}, …]}}");
    l(
        lang,
        format!("The handler receives {shape}: one record per message, `msgBody` the message as text. The product page's field table writes `partition`, its JSON examples `Partition`: read both ({}).", limits::SRC_SCF_CKAFKA),
        format!("函数收到 {shape}：每条消息一条记录，`msgBody` 为消息文本。产品文档的字段表写作 `partition`，其 JSON 示例写作 `Partition`：两者都要兼容（{}）。", limits::SRC_SCF_CKAFKA),
    )
}

fn deploy(tp: &ScfTriggerPlan, lang: Lang) -> String {
    let Some(r) = &tp.request else {
        return l(
            lang,
            "The deploying code creates no trigger (see above).".into(),
            "部署代码不会创建该触发器（见上文）。".into(),
        );
    };
    let q = |v: &Option<String>| v.clone().unwrap_or_else(|| "?".into());
    let (name, desc, enable) = (
        q(&r.trigger_name),
        q(&r.trigger_desc),
        r.enable.unwrap_or("?"),
    );
    let qual = r
        .qualifier
        .as_ref()
        .map(|q| format!(", Qualifier {q}"))
        .unwrap_or_default();
    if tp.form == crate::model::scf::ScfForm::FrameworkV1.as_str() {
        return l(
            lang,
            format!("The v1 plugin calls CreateTrigger with TriggerName {name}, TriggerDesc {desc} (no retry, no timeOut), Enable {enable} ({}). When the trigger changes, it deletes the old one and creates it anew; whether that resets the consumer offset is not documented.", limits::SRC_SCF_V1_TRIGGER),
            format!("v1 插件以 TriggerName {name}、TriggerDesc {desc}（不含 retry 和 timeOut）、Enable {enable} 调用 CreateTrigger（{}）。触发器有改动时，它删除旧触发器后重新创建；这是否会重置消费位点未见文档。", limits::SRC_SCF_V1_TRIGGER),
        );
    }
    l(
        lang,
        format!("CreateTrigger gets TriggerName {name}, TriggerDesc {desc}, Enable {enable}{qual} ({}). The toolkit (v2.27.2) cannot update a CKafka trigger: any change deletes it and creates it anew; whether that resets the consumer offset is not documented.", limits::SRC_SCF_TOOLKIT_CKAFKA),
        format!("CreateTrigger 收到 TriggerName {name}、TriggerDesc {desc}、Enable {enable}{qual}（{}）。工具包（v2.27.2）无法更新 CKafka 触发器：任何改动都会删除后重新创建；这是否会重置消费位点未见文档。", limits::SRC_SCF_TOOLKIT_CKAFKA),
    )
}

fn differences(lang: Lang) -> String {
    let lim = format_size(limits::SCF_SYNC_EVENT_LIMIT_BYTES);
    let fc = format_size(limits::SYNC_BODY_LIMIT_BYTES);
    l(
        lang,
        format!("SCF pulls where FC's EventBridge pushes; consumers are the partitions (FC: `maximumTasks`); invocation is synchronous only (FC can invoke asynchronously); an event holds {lim} (FC: {fc}); a batch waits up to {} s (FC: `TimeBasedWindow`, at most {} s); a failing batch is retried in place, {} times by default, while its partition waits (FC: a retry policy, then `errorsTolerance`); the quota counts MB, not instances; and a trigger without `enable` is created closed.", limits::SCF_CKAFKA_TIMEOUT_S.max, limits::TIME_BASED_WINDOW_S.max, num(limits::SCF_CKAFKA_RETRY_DEFAULT as f64)),
        format!("SCF 是拉取，FC 的事件总线是推送；消费者数即分区数（FC：`maximumTasks`）；只能同步调用（FC 可异步）；事件最大 {lim}（FC：{fc}）；一批最多等待 {} 秒（FC：`TimeBasedWindow`，最多 {} 秒）；失败的批次原地重试，默认 {} 次，期间分区等待（FC：重试策略，之后看 `errorsTolerance`）；配额按 MB 而非实例数计算；未写 `enable` 的触发器以关闭状态创建。", limits::SCF_CKAFKA_TIMEOUT_S.max, limits::TIME_BASED_WINDOW_S.max, num(limits::SCF_CKAFKA_RETRY_DEFAULT as f64)),
    )
}
