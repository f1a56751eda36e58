//! Rendering a [`Plan`]: human tables, Markdown for pull requests, JSON, and the before → after
//! view of `--diff`. Human and Markdown share one layout ([`View`]), so a diff is the same
//! tables with changed cells written `before → after`.

use serde_json::{json, Value};

use super::calc::{self, num, RetryPolicy};
use super::{After, FunctionPlan, Invocation, Plan, RegionPlan, TriggerPlan};
use crate::diag::Lang;

fn tr(lang: Lang, en: &str, zh: &str) -> String {
    match lang {
        Lang::En => en.to_string(),
        Lang::Zh => zh.to_string(),
    }
}

// ---------------------------------------------------------------- cells

/// `function/trigger`.
pub fn trigger_key(t: &TriggerPlan) -> String {
    format!("{}/{}", t.function, t.trigger)
}

fn region_label(r: &Option<String>, lang: Lang) -> String {
    r.clone()
        .unwrap_or_else(|| tr(lang, "(region not known offline)", "（地域离线未知）"))
}

fn or_dash(v: Option<String>) -> String {
    v.unwrap_or_else(|| "—".into())
}

/// Short retry text: `EXPONENTIAL_DECAY_RETRY: 176 retries, 23 h 53 min 35 s → dead-letter queue`.
pub fn retry_short(t: &TriggerPlan, lang: Lang) -> String {
    let Some(r) = &t.retry else {
        return "—".into();
    };
    let (lo, hi) = r.total();
    let dur = |s| match lang {
        Lang::En => calc::human_duration(s),
        Lang::Zh => calc::human_duration_zh(s),
    };
    let span = if lo == hi {
        dur(lo)
    } else {
        format!("{}–{}", dur(lo), dur(hi))
    };
    let after = after_short(r.after, lang);
    match lang {
        Lang::En => format!("{} × {}, {span} → {after}", r.policy.as_str(), r.retries()),
        Lang::Zh => format!("{} {} 次，{span} → {after}", r.policy.as_str(), r.retries()),
    }
}

/// What happens after the retries, in the words of the RETRY column (`dead-letter queue`).
pub fn after_short(a: After, lang: Lang) -> String {
    match a {
        After::DeadLetterQueue => tr(lang, "dead-letter queue", "死信队列"),
        After::Discard => tr(lang, "dropped", "丢弃"),
        After::Block => tr(lang, "blocked", "阻塞"),
    }
}

/// The BATCH column: `100 msgs or 5 s → 64 + 36`.
pub fn batch_cell(t: &TriggerPlan, lang: Lang) -> String {
    let b = &t.batch;
    if !t.streaming {
        return match (t.source.as_deref(), b.max_messages) {
            (_, Some(1)) => tr(lang, "1 event/push", "每次 1 个事件"),
            _ => "—".into(),
        };
    }
    let count = b
        .max_messages
        .map(|m| format!("{m} msgs"))
        .unwrap_or_else(|| "? msgs".into());
    let mut s = match (b.interval_s, lang) {
        (Some(0), Lang::En) => format!("{count}, no wait"),
        (Some(0), Lang::Zh) => format!("{}，不等待", count.replace(" msgs", " 条")),
        (i, Lang::En) => format!(
            "{count} or {} s",
            i.map(|i| i.to_string()).unwrap_or_else(|| "?".into())
        ),
        (i, Lang::Zh) => format!(
            "{} 或 {} 秒",
            count.replace(" msgs", " 条"),
            i.map(|i| i.to_string()).unwrap_or_else(|| "?".into())
        ),
    };
    if let Some(split) = &b.split {
        if split.len() > 1 {
            s.push_str(&format!(" → {}", split_text(split, lang)));
        }
    }
    s
}

/// `64 + 36`, or `78 pushes of 128 + 1 of 16` for long splits.
pub fn split_text(parts: &[u64], lang: Lang) -> String {
    if parts.len() <= 3 {
        return parts
            .iter()
            .map(u64::to_string)
            .collect::<Vec<_>>()
            .join(" + ");
    }
    let first = parts[0];
    let full = parts.iter().filter(|p| **p == first).count();
    let last = parts.last().copied().unwrap_or(first);
    match (lang, last == first) {
        (Lang::En, true) => format!("{full} pushes of {first}"),
        (Lang::En, false) => format!("{full} pushes of {first} + 1 of {last}"),
        (Lang::Zh, true) => format!("{full} 次 × {first}"),
        (Lang::Zh, false) => format!("{full} 次 × {first} + 1 次 × {last}"),
    }
}

fn trigger_cells(t: &TriggerPlan, lang: Lang) -> Vec<String> {
    let unit = |v: Option<u64>, en: &str, zh: &str| {
        v.map(|v| match lang {
            Lang::En => format!("{v} {}", plural(v, en)),
            Lang::Zh => format!("{v} {zh}"),
        })
    };
    let source = match (&t.source, &t.topic) {
        (Some(s), Some(topic)) => format!("{s} {topic}"),
        (Some(s), None) => s.clone(),
        (None, _) => "?".into(),
    };
    let delivery = match (t.delivery_concurrency, t.source.as_deref(), t.invocation) {
        (Some(c), _, _) => unit(Some(c), "deliveries", "路并发").unwrap_or_default(),
        (None, Some("Kafka"), Some(Invocation::Sync)) => "?".into(),
        _ => tr(lang, "n/a", "不适用"),
    };
    let max = match t.max_instances {
        Some(n) => unit(Some(n), "instances", "个实例").unwrap_or_default(),
        None if t.max_unknown => "?".into(),
        None => tr(lang, "unbounded", "无上限"),
    };
    vec![
        trigger_key(t),
        source,
        or_dash(t.invocation.map(|i| i.as_str().to_string())),
        or_dash(unit(t.consumers, "consumers", "个消费者")),
        delivery,
        t.instance_concurrency
            .map(|v| match lang {
                Lang::En => format!("{v} req/instance"),
                Lang::Zh => format!("{v} 请求/实例"),
            })
            .unwrap_or_else(|| "?".into()),
        max,
        batch_cell(t, lang),
        retry_short(t, lang),
    ]
}

fn trigger_headers(lang: Lang) -> Vec<String> {
    match lang {
        Lang::En => [
            "TRIGGER",
            "SOURCE",
            "INVOCATION",
            "CONSUMERS",
            "DELIVERY CONCURRENCY",
            "INSTANCE CONCURRENCY",
            "MAX INSTANCES",
            "BATCH",
            "RETRY",
        ],
        Lang::Zh => [
            "触发器",
            "事件源",
            "调用方式",
            "消费者",
            "投递并发",
            "单实例并发",
            "最大实例数",
            "批量",
            "重试",
        ],
    }
    .iter()
    .map(|s| s.to_string())
    .collect()
}

fn function_headers(lang: Lang) -> Vec<String> {
    match lang {
        Lang::En => [
            "FUNCTION",
            "TRIGGERS NEED",
            "FUNCTION CAP",
            "MAX INSTANCES",
            "SHARE OF QUOTA",
        ],
        Lang::Zh => ["函数", "触发器所需", "函数上限", "最大实例数", "占配额"],
    }
    .iter()
    .map(|s| s.to_string())
    .collect()
}

fn function_cells(f: &FunctionPlan, quota: u64, lang: Lang) -> Vec<String> {
    let inst = |n: u64| match lang {
        Lang::En => format!("{n} {}", plural(n, "instances")),
        Lang::Zh => format!("{n} 个实例"),
    };
    let mut need = inst(f.triggers_max_instances);
    if !f.unbounded.is_empty() {
        need.push_str(&match lang {
            Lang::En => format!(" + unbounded ({})", f.unbounded.join(", ")),
            Lang::Zh => format!(" + 无上限（{}）", f.unbounded.join("、")),
        });
    }
    if !f.unknown.is_empty() {
        need.push_str(&match lang {
            Lang::En => format!(" + ? ({})", f.unknown.join(", ")),
            Lang::Zh => format!(" + ?（{}）", f.unknown.join("、")),
        });
    }
    let cap = match (f.instance_cap, f.reserved_concurrency) {
        (Some(c), Some(r)) => match lang {
            Lang::En => format!("{} (reservedConcurrency {r})", inst(c)),
            Lang::Zh => format!("{}（reservedConcurrency {r}）", inst(c)),
        },
        _ => tr(lang, "none", "无"),
    };
    let max = match f.max_instances {
        Some(n) => inst(n),
        None if f.unbounded.is_empty() => "?".into(),
        None => tr(lang, "unbounded", "无上限"),
    };
    let share = if f.max_instances.is_some() || f.instance_cap.is_some() {
        percent(f.demand(), quota)
    } else {
        format!("≥ {}", percent(f.demand(), quota))
    };
    vec![f.function.clone(), need, cap, max, share]
}

/// `instances` → `instance` for one (English units are written plural).
fn plural(n: u64, unit: &str) -> String {
    if n == 1 {
        match unit.strip_suffix("ies") {
            Some(stem) => format!("{stem}y"),
            None => unit.strip_suffix('s').unwrap_or(unit).to_string(),
        }
    } else {
        unit.to_string()
    }
}

/// `6%` of the quota (`—` for a zero quota).
pub fn percent(n: u64, quota: u64) -> String {
    if quota == 0 {
        return "—".into();
    }
    format!("{}%", num(n as f64 * 100.0 / quota as f64))
}

fn region_title(r: &RegionPlan, plan: &Plan, lang: Lang) -> String {
    let name = region_label(&r.region, lang);
    let bound = if r.lower_bound { "≥ " } else { "" };
    let source = if plan.quota_configured {
        tr(
            lang,
            "region_quota in fclint.toml",
            "fclint.toml 中的 region_quota",
        )
    } else {
        match lang {
            Lang::En => format!(
                "fclint's default; the docs say 100 or {}, set region_quota in fclint.toml",
                crate::limits::REGION_INSTANCE_QUOTA_OLD
            ),
            Lang::Zh => format!(
                "fclint 默认值；文档给出 100 或 {}，请在 fclint.toml 中设置 region_quota",
                crate::limits::REGION_INSTANCE_QUOTA_OLD
            ),
        }
    };
    let over = r.max_instances > r.quota;
    let scale = match (r.burst, r.growth_per_min, r.seconds_to_scale) {
        (_, _, Some(0)) => String::new(),
        (Some(b), Some(g), Some(s)) => match lang {
            Lang::En => format!(
                "\n  scale-out: {b} instances at once, then {g}/min: {} s to reach {}",
                s, r.max_instances
            ),
            Lang::Zh => format!(
                "\n  扩容速度：立即 {b} 个实例，之后每分钟 {g} 个：达到 {} 个需要 {s} 秒",
                r.max_instances
            ),
        },
        _ => String::new(),
    };
    match lang {
        Lang::En => format!(
            "Region {name}: {bound}{} of {} instances ({}){}\n  quota: {source}{scale}",
            r.max_instances,
            r.quota,
            percent(r.max_instances, r.quota),
            if over { ", OVER THE QUOTA" } else { "" }
        ),
        Lang::Zh => format!(
            "地域 {name}：{bound}{} / {} 个实例（{}）{}\n  配额来源：{source}{scale}",
            r.max_instances,
            r.quota,
            percent(r.max_instances, r.quota),
            if over { "，超过配额" } else { "" }
        ),
    }
}

/// Detail lines of one trigger: throughput, Little's law, batching latency, retry timeline.
/// Each line comes with its kind (`throughput`, `in-flight`, `latency`, `retry`, `after`), so
/// `--diff` pairs the same line of two plans.
pub fn trigger_details(t: &TriggerPlan, lang: Lang) -> Vec<(&'static str, String)> {
    let mut out = Vec::new();
    let th = &t.throughput;
    let zh = lang == Lang::Zh;
    if let (Some(full), Some(secs)) = (
        t.batch
            .split
            .as_ref()
            .and_then(|s| s.first().copied())
            .or(t.batch.max_messages),
        th.seconds_per_full_push,
    ) {
        let mut line = if zh {
            format!("满批 {full} 条消息处理 {} 秒", num(secs))
        } else {
            format!("a full push of {full} msgs takes {} s", num(secs))
        };
        if let (Some(sus), Some(c)) = (th.sustainable_rate, t.delivery_concurrency) {
            line.push_str(&if zh {
                format!("，{c} 路并发投递最多处理 {} 条/秒", num(sus))
            } else {
                format!(
                    " → at most {} msgs/s at {c} concurrent deliveries",
                    num(sus)
                )
            });
        }
        if let Some(rate) = th.rate {
            line.push_str(&match (th.exceeds, zh) {
                (Some(true), false) => format!(
                    "; the topic produces {} msgs/s: lag grows by {} msgs/s ({} msgs/h)",
                    num(rate),
                    num(th.lag_per_s.unwrap_or(0.0)),
                    num(th.lag_per_s.unwrap_or(0.0) * 3600.0)
                ),
                (Some(true), true) => format!(
                    "；topic 每秒产生 {} 条：积压每秒增加 {} 条（每小时 {} 条）",
                    num(rate),
                    num(th.lag_per_s.unwrap_or(0.0)),
                    num(th.lag_per_s.unwrap_or(0.0) * 3600.0)
                ),
                (Some(false), false) => {
                    format!("; the topic produces {} msgs/s: keeps up", num(rate))
                }
                (Some(false), true) => format!("；topic 每秒产生 {} 条：跟得上", num(rate)),
                (None, false) => format!("; the topic produces {} msgs/s", num(rate)),
                (None, true) => format!("；topic 每秒产生 {} 条", num(rate)),
            });
        }
        out.push(("throughput", line));
    }
    if let (Some(inv), Some(secs), Some(inf), Some(capped)) = (
        th.invocations_per_s,
        th.seconds_per_invocation,
        th.in_flight,
        th.in_flight_capped,
    ) {
        let per = th.messages_per_invocation.unwrap_or(0.0);
        let mut line = if zh {
            format!(
                "并发中的调用（利特尔定律）：每次 {} 条，{} 次/秒 × {} 秒 = {}",
                num(per),
                num(inv),
                num(secs),
                num(inf)
            )
        } else {
            format!(
                "in flight (Little's law): {} {} per push, {} invocations/s × {} s = {}",
                num(per),
                if num(per) == "1" { "msg" } else { "msgs" },
                num(inv),
                num(secs),
                num(inf)
            )
        };
        if capped < inf {
            line.push_str(&if zh {
                format!("，受投递并发限制为 {}", num(capped))
            } else {
                format!(", capped at {} by the delivery concurrency", num(capped))
            });
        }
        if let (Some(n), Some(ic)) = (th.expected_instances, t.instance_concurrency) {
            line.push_str(&if zh {
                format!(" → 预计 {n} 个实例（⌈{} / {ic}⌉）", num(capped))
            } else {
                format!(
                    " → {n} {} expected (⌈{} / {ic}⌉)",
                    plural(n, "instances"),
                    num(capped)
                )
            });
        }
        out.push(("in-flight", line));
    }
    if let Some(l) = th.batching_latency_s.filter(|l| *l > 0) {
        out.push((
            "latency",
            if zh {
                format!("批量最多增加 {l} 秒延迟（TimeBasedWindow）")
            } else {
                format!("batching adds up to {l} s of latency (TimeBasedWindow)")
            },
        ));
    }
    if let Some(r) = &t.retry {
        out.push(("retry", retry_timeline(r.policy, lang)));
        out.push(("after", after_text(t, lang)));
    }
    out
}

/// `retries 1–3 at 10–20 s, 20–40 s, 30–60 s after the first failure`, or the exponential form.
pub fn retry_timeline(policy: RetryPolicy, lang: Lang) -> String {
    let t = policy.timeline();
    let zh = lang == Lang::Zh;
    let range = |(a, b): (u64, u64)| {
        if a == b {
            format!("{a}")
        } else {
            format!("{a}–{b}")
        }
    };
    match policy {
        RetryPolicy::Backoff => {
            let at = t
                .iter()
                .map(|x| format!("{} s", range(*x)))
                .collect::<Vec<_>>()
                .join(", ");
            let (lo, hi) = policy.total();
            if zh {
                format!(
                    "{}：{} 次重试，每次等待 {}–{} 秒，分别在首次失败后 {} 发生；共 {lo}–{hi} 秒",
                    policy.as_str(),
                    policy.retries(),
                    crate::limits::BACKOFF_WAIT_MIN_S,
                    crate::limits::BACKOFF_WAIT_MAX_S,
                    at.replace(" s", " 秒").replace(", ", "、")
                )
            } else {
                format!(
                    "{}: {} retries, each after a random {}–{} s wait, at {at} after the first failure; {lo}–{hi} s in all",
                    policy.as_str(),
                    policy.retries(),
                    crate::limits::BACKOFF_WAIT_MIN_S,
                    crate::limits::BACKOFF_WAIT_MAX_S
                )
            }
        }
        RetryPolicy::ExponentialDecay => {
            let waits = policy.waits();
            let doubling = waits
                .iter()
                .position(|w| w.0 == crate::limits::EXP_DECAY_MAX_WAIT_S)
                .unwrap_or(waits.len());
            let last_doubling = t.get(doubling.saturating_sub(1)).map(|x| x.0).unwrap_or(0);
            let total = policy.total().0;
            let rest = waits.len() - doubling;
            let first3 = waits
                .iter()
                .take(3)
                .map(|w| w.0.to_string())
                .collect::<Vec<_>>()
                .join(if zh { "、" } else { ", " });
            if zh {
                format!(
                    "{}：{} 次重试；间隔 {first3} … {} 秒（第 {doubling} 次重试在首次失败后 {last_doubling} 秒），之后 {rest} 次每隔 {} 秒；最后一次在 {total} 秒（{}）",
                    policy.as_str(),
                    policy.retries(),
                    waits.get(doubling.saturating_sub(1)).map(|w| w.0).unwrap_or(0),
                    crate::limits::EXP_DECAY_MAX_WAIT_S,
                    calc::human_duration_zh(total)
                )
            } else {
                format!(
                    "{}: {} retries; waits of {first3} … {} s (retry {doubling} at {last_doubling} s after the first failure), then {rest} more every {} s; the last at {total} s ({})",
                    policy.as_str(),
                    policy.retries(),
                    waits.get(doubling.saturating_sub(1)).map(|w| w.0).unwrap_or(0),
                    crate::limits::EXP_DECAY_MAX_WAIT_S,
                    calc::human_duration(total)
                )
            }
        }
    }
}

/// What happens after the retries, in a sentence.
pub fn after_text(t: &TriggerPlan, lang: Lang) -> String {
    let Some(r) = &t.retry else {
        return String::new();
    };
    let zh = lang == Lang::Zh;
    let tol = if r.tolerance_default {
        if zh {
            "errorsTolerance 未设置（默认 NONE）".to_string()
        } else {
            "errorsTolerance not set (default NONE)".to_string()
        }
    } else {
        format!("errorsTolerance {}", r.errors_tolerance)
    };
    let kafka = t.source.as_deref() == Some("Kafka");
    match (r.after, zh) {
        (After::DeadLetterQueue, false) => format!(
            "then ({tol}): the event is skipped and sent to the dead-letter queue {}",
            r.dead_letter_queue.as_deref().unwrap_or("?")
        ),
        (After::DeadLetterQueue, true) => format!(
            "之后（{tol}）：跳过该事件并发送到死信队列 {}",
            r.dead_letter_queue.as_deref().unwrap_or("?")
        ),
        (After::Discard, false) => {
            format!("then ({tol}, no deadLetterQueue): the event is dropped")
        }
        (After::Discard, true) => format!("之后（{tol}，无 deadLetterQueue）：该事件被丢弃"),
        (After::Block, false) => format!(
            "then ({tol}): the task stops and {} stays blocked until the event stream is restarted",
            if kafka { "the partition" } else { "the source" }
        ),
        (After::Block, true) => format!(
            "之后（{tol}）：任务停止，{}一直阻塞，直到事件流被重新启动",
            if kafka { "该分区" } else { "事件源" }
        ),
    }
}

// ---------------------------------------------------------------- layout

/// One block of output; `key` lets `--diff` pair blocks and rows of two plans.
#[derive(Debug, Clone)]
enum Block {
    Para {
        key: String,
        text: String,
    },
    Heading {
        key: String,
        text: String,
    },
    Table {
        key: String,
        headers: Vec<String>,
        rows: Vec<(String, Vec<String>)>,
    },
    List {
        key: String,
        title: String,
        items: Vec<(String, String)>,
    },
}

impl Block {
    fn key(&self) -> &str {
        match self {
            Block::Para { key, .. }
            | Block::Heading { key, .. }
            | Block::Table { key, .. }
            | Block::List { key, .. } => key,
        }
    }
}

fn view(plan: &Plan, lang: Lang) -> Vec<Block> {
    let mut blocks = Vec::new();
    let mut paths: Vec<&str> = Vec::new();
    let mut files: Vec<&str> = Vec::new();
    for f in &plan.functions {
        if !paths.contains(&f.path.as_str()) {
            paths.push(&f.path);
        }
        if !files.contains(&f.file.as_str()) {
            files.push(&f.file);
        }
    }
    // With several files, rows name their file (and pair by it in a diff).
    let multi = files.len() > 1;
    let tkey = |t: &TriggerPlan| {
        if multi {
            format!("{}: {}", t.file, trigger_key(t))
        } else {
            trigger_key(t)
        }
    };
    blocks.push(Block::Para {
        key: "files".into(),
        text: match (lang, paths.is_empty()) {
            (Lang::En, true) => "Plan of no file".to_string(),
            (Lang::Zh, true) => "规划：无文件".to_string(),
            (Lang::En, false) => format!("Plan of {}", paths.join(", ")),
            (Lang::Zh, false) => format!("规划：{}", paths.join("、")),
        },
    });
    for r in &plan.regions {
        let rk = r.region.clone().unwrap_or_default();
        blocks.push(Block::Heading {
            key: format!("region:{rk}"),
            text: region_title(r, plan, lang),
        });
        let triggers: Vec<&TriggerPlan> = plan
            .triggers
            .iter()
            .filter(|t| t.region == r.region)
            .collect();
        blocks.push(Block::Table {
            key: format!("triggers:{rk}"),
            headers: trigger_headers(lang),
            rows: triggers
                .iter()
                .map(|t| {
                    let mut cells = trigger_cells(t, lang);
                    cells[0] = tkey(t);
                    (tkey(t), cells)
                })
                .collect(),
        });
        let mut details = Vec::new();
        for t in &triggers {
            for (kind, d) in trigger_details(t, lang) {
                details.push((format!("{}#{kind}", tkey(t)), format!("{}: {d}", tkey(t))));
            }
        }
        if !details.is_empty() {
            blocks.push(Block::List {
                key: format!("details:{rk}"),
                title: tr(lang, "Throughput and retries:", "吞吐与重试："),
                items: details,
            });
        }
        blocks.push(Block::Table {
            key: format!("functions:{rk}"),
            headers: function_headers(lang),
            rows: plan
                .functions
                .iter()
                .filter(|f| f.region == r.region)
                .map(|f| {
                    let mut cells = function_cells(f, plan.quota, lang);
                    if multi {
                        cells[0] = format!("{}: {}", f.file, f.function);
                    }
                    let key = if multi {
                        format!("{}#{}", f.file, f.resource)
                    } else {
                        f.resource.clone()
                    };
                    (key, cells)
                })
                .collect(),
        });
        let mut assumptions = Vec::new();
        for t in &triggers {
            for a in &t.assumptions {
                assumptions.push((
                    format!("{}#{}", tkey(t), a.en),
                    format!("{}: {}", tkey(t), a.get(lang)),
                ));
            }
        }
        if !assumptions.is_empty() {
            blocks.push(Block::List {
                key: format!("assumptions:{rk}"),
                title: tr(lang, "Assumptions:", "假设："),
                items: assumptions,
            });
        }
    }
    blocks
}

/// `before → after`, word by word when both have the same shape: `13 instances` and
/// `26 instances` give `13 → 26 instances`.
fn merge_text(a: &str, b: &str) -> String {
    if a == b {
        return a.to_string();
    }
    let (la, lb): (Vec<&str>, Vec<&str>) = (a.lines().collect(), b.lines().collect());
    if la.len() > 1 && la.len() == lb.len() {
        return la
            .iter()
            .zip(&lb)
            .map(|(x, y)| merge_text(x, y))
            .collect::<Vec<_>>()
            .join("\n");
    }
    let (wa, wb): (Vec<&str>, Vec<&str>) = (a.split(' ').collect(), b.split(' ').collect());
    if wa.len() == wb.len() {
        let changed = wa.iter().zip(&wb).filter(|(x, y)| x != y).count();
        if changed * 2 <= wa.len() {
            return wa
                .iter()
                .zip(&wb)
                .map(|(x, y)| {
                    if x == y {
                        return x.to_string();
                    }
                    // Keep shared brackets outside: `(13%)`, `(26%)` → `(13% → 26%)`.
                    let open = |c: char| "([{".contains(c);
                    let close = |c: char| ")]},;:".contains(c);
                    let pre: String = x
                        .chars()
                        .zip(y.chars())
                        .take_while(|(p, q)| p == q && open(*p))
                        .map(|(p, _)| p)
                        .collect();
                    let suf: String = x
                        .chars()
                        .rev()
                        .zip(y.chars().rev())
                        .take_while(|(p, q)| p == q && close(*p))
                        .map(|(p, _)| p)
                        .collect::<Vec<_>>()
                        .into_iter()
                        .rev()
                        .collect();
                    let core = |w: &str| -> String {
                        let c: Vec<char> = w.chars().collect();
                        let end = c.len().saturating_sub(suf.chars().count());
                        c[pre.chars().count().min(end)..end].iter().collect()
                    };
                    format!("{pre}{} → {}{suf}", core(x), core(y))
                })
                .collect::<Vec<_>>()
                .join(" ");
        }
    }
    format!("{a} → {b}")
}

/// Pair the blocks of two plans: changed cells read `before → after`.
fn diff_view(before: Vec<Block>, after: Vec<Block>, lang: Lang) -> Vec<Block> {
    let mut out = Vec::new();
    let removed = tr(lang, "(removed)", "（已删除）");
    let added = tr(lang, "(new)", "（新增）");
    let mut used = vec![false; before.len()];
    for b in after {
        let old = before.iter().position(|x| x.key() == b.key());
        if let Some(i) = old {
            used[i] = true;
        }
        out.push(match (old.map(|i| &before[i]), b) {
            (Some(Block::Para { text: a, .. }), Block::Para { key, text }) => Block::Para {
                key,
                text: merge_text(a, &text),
            },
            (Some(Block::Heading { text: a, .. }), Block::Heading { key, text }) => {
                Block::Heading {
                    key,
                    text: merge_text(a, &text),
                }
            }
            (Some(Block::Table { rows: old_rows, .. }), Block::Table { key, headers, rows }) => {
                let mut merged = Vec::new();
                for (k, cells) in &rows {
                    match old_rows.iter().find(|(ok, _)| ok == k) {
                        Some((_, oc)) => merged.push((
                            k.clone(),
                            cells
                                .iter()
                                .enumerate()
                                .map(|(i, c)| {
                                    if i == 0 {
                                        c.clone()
                                    } else {
                                        merge_text(oc.get(i).map(String::as_str).unwrap_or(""), c)
                                    }
                                })
                                .collect(),
                        )),
                        None => {
                            let mut c = cells.clone();
                            if let Some(first) = c.first_mut() {
                                first.push_str(&format!(" {added}"));
                            }
                            merged.push((k.clone(), c));
                        }
                    }
                }
                for (k, oc) in old_rows {
                    if !rows.iter().any(|(nk, _)| nk == k) {
                        let mut c = oc.clone();
                        if let Some(first) = c.first_mut() {
                            first.push_str(&format!(" {removed}"));
                        }
                        merged.push((k.clone(), c));
                    }
                }
                Block::Table {
                    key,
                    headers,
                    rows: merged,
                }
            }
            (
                Some(Block::List {
                    items: old_items, ..
                }),
                Block::List { key, title, items },
            ) => {
                let mut merged = Vec::new();
                for (k, v) in &items {
                    match old_items.iter().find(|(ok, _)| ok == k) {
                        Some((_, ov)) if ov != v => merged.push((
                            k.clone(),
                            format!("{v}\n    {} {ov}", tr(lang, "before:", "之前：")),
                        )),
                        Some(_) => merged.push((k.clone(), v.clone())),
                        None => merged.push((k.clone(), format!("{v} {added}"))),
                    }
                }
                for (k, ov) in old_items {
                    if !items.iter().any(|(nk, _)| nk == k) {
                        merged.push((k.clone(), format!("{ov} {removed}")));
                    }
                }
                Block::List {
                    key,
                    title,
                    items: merged,
                }
            }
            (None, Block::Table { key, headers, rows }) => Block::Table {
                key,
                headers,
                rows: rows
                    .into_iter()
                    .map(|(k, mut c)| {
                        if let Some(first) = c.first_mut() {
                            first.push_str(&format!(" {added}"));
                        }
                        (k, c)
                    })
                    .collect(),
            },
            (None, Block::Heading { key, text }) => Block::Heading {
                key,
                text: match text.split_once('\n') {
                    Some((first, rest)) => format!("{first} {added}\n{rest}"),
                    None => format!("{text} {added}"),
                },
            },
            (_, b) => b,
        });
    }
    for (i, b) in before.into_iter().enumerate() {
        if !used[i] {
            out.push(match b {
                Block::Heading { key, text } => Block::Heading {
                    key,
                    text: format!("{text} {removed}"),
                },
                other => other,
            });
        }
    }
    out
}

/// Display width: CJK and full-width characters take two columns.
fn width(s: &str) -> usize {
    s.chars()
        .map(|c| {
            let u = c as u32;
            if (0x1100..=0x115F).contains(&u)
                || (0x2E80..=0xA4CF).contains(&u)
                || (0xAC00..=0xD7A3).contains(&u)
                || (0xF900..=0xFAFF).contains(&u)
                || (0xFE30..=0xFE4F).contains(&u)
                || (0xFF00..=0xFF60).contains(&u)
                || (0xFFE0..=0xFFE6).contains(&u)
            {
                2
            } else {
                1
            }
        })
        .sum()
}

fn text_table(headers: &[String], rows: &[(String, Vec<String>)]) -> String {
    let mut widths: Vec<usize> = headers.iter().map(|h| width(h)).collect();
    for (_, r) in rows {
        for (i, c) in r.iter().enumerate() {
            if i < widths.len() {
                widths[i] = widths[i].max(width(c));
            }
        }
    }
    let line = |cells: &[String]| {
        let mut s = String::from("  ");
        for (i, c) in cells.iter().enumerate() {
            s.push_str(c);
            if i + 1 < cells.len() {
                s.push_str(&" ".repeat(widths[i].saturating_sub(width(c)) + 2));
            }
        }
        s.trim_end().to_string() + "\n"
    };
    let mut out = line(headers);
    for (_, r) in rows {
        out.push_str(&line(r));
    }
    out
}

fn md_escape(s: &str) -> String {
    s.replace('|', "\\|").replace('\n', "<br>")
}

fn render_blocks_text(blocks: &[Block]) -> String {
    let mut out = String::new();
    for b in blocks {
        match b {
            Block::Para { text, .. } => {
                out.push_str(text);
                out.push_str("\n\n");
            }
            Block::Heading { text, .. } => {
                if !out.is_empty() && !out.ends_with("\n\n") {
                    out.push('\n');
                }
                out.push_str(text);
                out.push_str("\n\n");
            }
            Block::Table { headers, rows, .. } => {
                if !rows.is_empty() {
                    out.push_str(&text_table(headers, rows));
                    out.push('\n');
                }
            }
            Block::List { title, items, .. } => {
                out.push_str(&format!("  {title}\n"));
                for (_, i) in items {
                    out.push_str(&format!("  - {i}\n"));
                }
                out.push('\n');
            }
        }
    }
    out.trim_end().to_string() + "\n"
}

fn render_blocks_markdown(blocks: &[Block], title: &str) -> String {
    let mut out = format!("## {title}\n\n");
    for b in blocks {
        match b {
            Block::Para { text, .. } => out.push_str(&format!("{}\n\n", md_escape(text))),
            Block::Heading { text, .. } => {
                let mut lines = text.lines();
                out.push_str(&format!(
                    "### {}\n\n",
                    md_escape(lines.next().unwrap_or(""))
                ));
                for l in lines {
                    out.push_str(&format!("{}\n\n", md_escape(l.trim())));
                }
            }
            Block::Table { headers, rows, .. } => {
                if rows.is_empty() {
                    continue;
                }
                out.push_str(&format!(
                    "| {} |\n",
                    headers
                        .iter()
                        .map(|h| md_escape(h))
                        .collect::<Vec<_>>()
                        .join(" | ")
                ));
                out.push_str(&format!("|{}\n", "---|".repeat(headers.len())));
                for (_, r) in rows {
                    out.push_str(&format!(
                        "| {} |\n",
                        r.iter()
                            .map(|c| md_escape(c))
                            .collect::<Vec<_>>()
                            .join(" | ")
                    ));
                }
                out.push('\n');
            }
            Block::List { title, items, .. } => {
                out.push_str(&format!(
                    "**{}**\n\n",
                    md_escape(title.trim_end_matches([':', '：']))
                ));
                for (_, i) in items {
                    out.push_str(&format!("- {}\n", md_escape(i).replace("<br>    ", "<br>")));
                }
                out.push('\n');
            }
        }
    }
    out.trim_end().to_string() + "\n"
}

fn empty_text(lang: Lang) -> String {
    tr(
        lang,
        "No FC function found: nothing to plan.\n",
        "未找到函数计算函数：没有可规划的内容。\n",
    )
}

/// Human tables, one per region.
pub fn human(plan: &Plan, lang: Lang) -> String {
    if plan.functions.is_empty() {
        return empty_text(lang);
    }
    render_blocks_text(&view(plan, lang))
}

/// Markdown for pull-request comments.
pub fn markdown(plan: &Plan, lang: Lang) -> String {
    if plan.functions.is_empty() {
        return empty_text(lang);
    }
    render_blocks_markdown(&view(plan, lang), &tr(lang, "fclint plan", "fclint 规划"))
}

/// Human tables of two plans, changed values as `before → after`.
pub fn human_diff(before: &Plan, after: &Plan, lang: Lang) -> String {
    render_blocks_text(&diff_view(view(before, lang), view(after, lang), lang))
}

/// Markdown of two plans, changed values as `before → after`.
pub fn markdown_diff(before: &Plan, after: &Plan, lang: Lang) -> String {
    render_blocks_markdown(
        &diff_view(view(before, lang), view(after, lang), lang),
        &tr(
            lang,
            "fclint plan: before → after",
            "fclint 规划：修改前 → 修改后",
        ),
    )
}

// ---------------------------------------------------------------- JSON

fn f3(v: Option<f64>) -> Value {
    match v {
        Some(v) if v.is_finite() => json!(calc::round3(v)),
        _ => Value::Null,
    }
}

/// Retry waits run-length encoded: `[[shortest, longest, times], …]` — `[[10, 20, 3]]` for
/// BACKOFF_RETRY, `[[1, 1, 1], [2, 2, 1], …, [512, 512, 167]]` for EXPONENTIAL_DECAY_RETRY.
fn waits_rle(waits: &[(u64, u64)]) -> Value {
    let mut out: Vec<(u64, u64, u64)> = Vec::new();
    for &(a, b) in waits {
        match out.last_mut() {
            Some(last) if last.0 == a && last.1 == b => last.2 += 1,
            _ => out.push((a, b, 1)),
        }
    }
    Value::Array(out.into_iter().map(|(a, b, n)| json!([a, b, n])).collect())
}

/// The JSON value of one trigger.
pub fn trigger_json(t: &TriggerPlan, lang: Lang) -> Value {
    let th = &t.throughput;
    let retry = t.retry.as_ref().map(|r| {
        let (lo, hi) = r.total();
        json!({
            "policy": r.policy.as_str(),
            "policy_is_default": r.policy_default,
            "retries": r.retries(),
            "waits_s": waits_rle(&r.policy.waits()),
            "total_s": [lo, hi],
            "errors_tolerance": r.errors_tolerance,
            "errors_tolerance_is_default": r.tolerance_default,
            "dead_letter_queue": r.dead_letter_queue,
            "after": r.after.as_str(),
        })
    });
    json!({
        "path": t.path,
        "resource": t.resource,
        "function": t.function,
        "trigger": t.trigger,
        "source": t.source,
        "invocation": t.invocation.map(Invocation::as_str),
        "consumers": t.consumers,
        "delivery_concurrency": t.delivery_concurrency,
        "instance_concurrency": t.instance_concurrency,
        "max_instances": t.max_instances,
        "batch": {
            "max_messages": t.batch.max_messages,
            "interval_s": t.batch.interval_s,
            "split": t.batch.split,
        },
        "throughput": {
            "topic": th.topic,
            "partitions": th.partitions,
            "rate_msgs_per_s": f3(th.rate),
            "message_size_bytes": t.batch.message_size_bytes,
            "body_limit_bytes": t.batch.body_limit_bytes,
            "messages_per_invocation": f3(th.messages_per_invocation),
            "invocations_per_s": f3(th.invocations_per_s),
            "seconds_per_invocation": f3(th.seconds_per_invocation),
            "in_flight": f3(th.in_flight),
            "in_flight_capped": f3(th.in_flight_capped),
            "expected_instances": th.expected_instances,
            "seconds_per_full_push": f3(th.seconds_per_full_push),
            "sustainable_msgs_per_s": f3(th.sustainable_rate),
            "exceeds_sustainable": th.exceeds,
            "lag_growth_msgs_per_s": f3(th.lag_per_s),
            "lag_growth_msgs_per_h": f3(th.lag_per_s.map(|l| l * 3600.0)),
            "batching_latency_s": th.batching_latency_s,
        },
        "retry": retry,
        "assumptions": t.assumptions.iter().map(|a| a.get(lang)).collect::<Vec<_>>(),
    })
}

/// `{"version": 1, "triggers": [...], "functions": [...], "regions": [...]}`.
pub fn json_value(plan: &Plan, lang: Lang) -> Value {
    let functions: Vec<Value> = plan
        .functions
        .iter()
        .map(|f| {
            json!({
                "path": f.path,
                "resource": f.resource,
                "function": f.function,
                "region": f.region,
                "instance_concurrency": f.instance_concurrency,
                "reserved_concurrency": f.reserved_concurrency,
                "instance_cap": f.instance_cap,
                "triggers_max_instances": f.triggers_max_instances,
                "unbounded_triggers": f.unbounded,
                "unknown_triggers": f.unknown,
                "max_instances": f.max_instances,
            })
        })
        .collect();
    let regions: Vec<Value> = plan
        .regions
        .iter()
        .map(|r| {
            json!({
                "region": r.region,
                "max_instances": r.max_instances,
                "max_instances_is_lower_bound": r.lower_bound,
                "quota": r.quota,
                "quota_source": if plan.quota_configured { "config" } else { "default" },
                "burst_instances": r.burst,
                "growth_per_min": r.growth_per_min,
                "seconds_to_scale": r.seconds_to_scale,
                "functions": r.functions.iter().map(|(f, n)| json!({
                    "function": f,
                    "max_instances": n,
                    "share_of_quota": if r.quota == 0 { Value::Null } else { f3(Some(*n as f64 / r.quota as f64)) },
                })).collect::<Vec<_>>(),
            })
        })
        .collect();
    json!({
        "version": 1,
        "triggers": plan.triggers.iter().map(|t| trigger_json(t, lang)).collect::<Vec<_>>(),
        "functions": functions,
        "regions": regions,
    })
}

pub fn json(plan: &Plan, lang: Lang) -> String {
    let mut s = serde_json::to_string_pretty(&json_value(plan, lang)).unwrap_or_default();
    s.push('\n');
    s
}

/// `{"version": 1, "before": plan, "after": plan}`.
pub fn json_diff(before: &Plan, after: &Plan, lang: Lang) -> String {
    let v = json!({
        "version": 1,
        "before": json_value(before, lang),
        "after": json_value(after, lang),
    });
    let mut s = serde_json::to_string_pretty(&v).unwrap_or_default();
    s.push('\n');
    s
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn retry_timelines_read_to_the_second() {
        assert_eq!(
            retry_timeline(RetryPolicy::Backoff, Lang::En),
            "BACKOFF_RETRY: 3 retries, each after a random 10–20 s wait, at 10–20 s, 20–40 s, 30–60 s after the first failure; 30–60 s in all"
        );
        assert_eq!(
            retry_timeline(RetryPolicy::ExponentialDecay, Lang::En),
            "EXPONENTIAL_DECAY_RETRY: 176 retries; waits of 1, 2, 4 … 256 s (retry 9 at 511 s after the first failure), then 167 more every 512 s; the last at 86015 s (23 h 53 min 35 s)"
        );
    }

    #[test]
    fn splits_read_naturally() {
        assert_eq!(split_text(&[64, 36], Lang::En), "64 + 36");
        assert_eq!(
            split_text(&[128, 128, 128, 128, 16], Lang::En),
            "4 pushes of 128 + 1 of 16"
        );
        assert_eq!(width("地域"), 4);
        assert_eq!(
            merge_text("13 instances", "26 instances"),
            "13 → 26 instances"
        );
        assert_eq!(
            merge_text("100 msgs or 3 s", "50 msgs or 5 s"),
            "100 → 50 msgs or 3 → 5 s"
        );
        assert_eq!(merge_text("none", "6 instances"), "none → 6 instances");
        assert_eq!(merge_text("x (13%)", "x (26%)"), "x (13% → 26%)");
        assert_eq!(merge_text("a\nx 1", "a\nx 2"), "a\nx 1 → 2");
    }
}
