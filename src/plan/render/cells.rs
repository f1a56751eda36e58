//! Table cells and headings: one row per trigger and function, one heading per region.

use super::tr;
use crate::diag::Lang;
use crate::plan::{After, FunctionPlan, Plan, RegionPlan, TriggerPlan};
use crate::present::{self, percent, plural, split_text};
use crate::semantics::Invocation;

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
    let dur = |s| present::duration(s, lang);
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

pub fn after_short(a: After, lang: Lang) -> String {
    match a {
        After::DeadLetterQueue => tr(lang, "dead-letter queue", "死信队列"),
        After::Discard => tr(lang, "dropped", "丢弃"),
        After::Block => tr(lang, "blocked", "阻塞"),
    }
}

pub fn batch_cell(t: &TriggerPlan, lang: Lang) -> String {
    let b = &t.batch;
    if !t.streaming {
        return match b.max_messages {
            Some(1) => tr(lang, "1 event/push", "每次 1 个事件"),
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
            // Not `→`, which `plan --diff` uses for before → after.
            match lang {
                Lang::En => s.push_str(&format!(", split {}", split_text(split, lang))),
                Lang::Zh => s.push_str(&format!("，拆分为 {}", split_text(split, lang))),
            }
        }
    }
    s
}

pub(super) fn trigger_cells(t: &TriggerPlan, lang: Lang) -> Vec<String> {
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
    let delivery = match (t.delivery_concurrency, t.kind.is_kafka(), t.invocation) {
        (Some(c), _, _) => unit(Some(c), "deliveries", "路并发").unwrap_or_default(),
        (None, true, Some(Invocation::Sync)) => "?".into(),
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

pub(super) fn trigger_headers(lang: Lang) -> Vec<String> {
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

pub(super) fn function_headers(lang: Lang) -> Vec<String> {
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

pub(super) fn function_cells(f: &FunctionPlan, quota: u64, lang: Lang) -> Vec<String> {
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
    } else if f.demand() == 0 {
        // `≥ 0%` says nothing: no part of the demand has a bound.
        tr(lang, "no bound known", "无已知上限")
    } else {
        format!("≥ {}", percent(f.demand(), quota))
    };
    vec![f.function.clone(), need, cap, max, share]
}

pub(super) fn region_title(r: &RegionPlan, plan: &Plan, lang: Lang) -> String {
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
    if r.lower_bound && r.max_instances == 0 {
        // Everything is unbounded: `≥ 0 of 100 instances (0%)` would say nothing.
        return match lang {
            Lang::En => format!(
                "Region {name}: no bound is known on instances (quota {})\n  quota: {source}{scale}",
                r.quota
            ),
            Lang::Zh => format!(
                "地域 {name}：实例数没有已知上限（配额 {} 个）\n  配额来源：{source}{scale}",
                r.quota
            ),
        };
    }
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
