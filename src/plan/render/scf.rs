//! The SCF part of a plan as blocks, after the FC regions: per region, its concurrency quota in
//! MB, the trigger table, the throughput and retry lines, the function table and the
//! assumptions. Same layout as FC, so `--diff` pairs SCF rows too.

use super::tr;
use super::view::Block;
use crate::config::format_size;
use crate::diag::Lang;
use crate::limits;
use crate::plan::scf::{ScfPlan, ScfRegionPlan, ScfTriggerPlan};
use crate::present::{self, batches_text, num, percent};

/// `function/trigger`.
pub fn scf_trigger_key(t: &ScfTriggerPlan) -> String {
    format!("{}/{}", t.function, t.trigger)
}

/// The SCF blocks; `multi` names rows by file too.
pub(crate) fn scf_blocks(plan: &ScfPlan, multi: bool, lang: Lang, blocks: &mut Vec<Block>) {
    let key = |t: &ScfTriggerPlan| {
        if multi {
            format!("{}: {}", t.file, scf_trigger_key(t))
        } else {
            scf_trigger_key(t)
        }
    };
    for r in &plan.regions {
        let rk = r.region.clone().unwrap_or_default();
        blocks.push(Block::Heading {
            key: format!("scf-region:{rk}"),
            text: region_title(r, lang),
        });
        let triggers: Vec<&ScfTriggerPlan> = plan
            .triggers
            .iter()
            .filter(|t| t.region == r.region)
            .collect();
        blocks.push(Block::Table {
            key: format!("scf-triggers:{rk}"),
            headers: headers(lang),
            rows: triggers
                .iter()
                .map(|t| (key(t), cells(t, &key(t), lang)))
                .collect(),
        });
        let mut details = Vec::new();
        let mut assumptions = Vec::new();
        for t in &triggers {
            let k = key(t);
            for (kind, d) in scf_details(t, lang) {
                details.push((format!("{k}#{kind}"), format!("{k}: {d}")));
            }
            for a in &t.assumptions {
                assumptions.push((format!("{k}#{}", a.en), format!("{k}: {}", a.get(lang))));
            }
        }
        if !details.is_empty() {
            blocks.push(Block::List {
                key: format!("scf-details:{rk}"),
                title: tr(lang, "Throughput and retries:", "吞吐与重试："),
                items: details,
            });
        }
        blocks.push(Block::Table {
            key: format!("scf-functions:{rk}"),
            headers: function_headers(lang),
            rows: plan
                .functions
                .iter()
                .filter(|f| f.region == r.region)
                .map(|f| {
                    let name = if multi {
                        format!("{}: {}", f.file, f.function)
                    } else {
                        f.function.clone()
                    };
                    let fk = if multi {
                        format!("{}#{}", f.file, f.key)
                    } else {
                        f.key.clone()
                    };
                    let mem = f
                        .memory_mb
                        .map(|m| format!("{m} MB"))
                        .unwrap_or_else(|| "?".into());
                    let timeout = f
                        .timeout_s
                        .map(|t| format!("{t} s"))
                        .unwrap_or_else(|| "?".into());
                    let mut inflight = f.in_flight.to_string();
                    if !f.unknown.is_empty() {
                        inflight.push_str(&format!(" + ? ({})", f.unknown.join(", ")));
                    }
                    let used = f
                        .quota_mb
                        .map(|m| format!("{m} MB"))
                        .unwrap_or_else(|| "?".into());
                    let share = match (f.quota_mb, r.quota_mb) {
                        (Some(m), Some(q)) => percent(m, q),
                        _ => "?".into(),
                    };
                    (fk, vec![name, mem, timeout, inflight, used, share])
                })
                .collect(),
        });
        if !assumptions.is_empty() {
            blocks.push(Block::List {
                key: format!("scf-assumptions:{rk}"),
                title: tr(lang, "Assumptions:", "假设："),
                items: assumptions,
            });
        }
    }
}

fn region_title(r: &ScfRegionPlan, lang: Lang) -> String {
    let name = r
        .region
        .clone()
        .unwrap_or_else(|| tr(lang, "(region not known offline)", "（地域离线未知）"));
    let bound = if r.lower_bound { "≥ " } else { "" };
    let used = r.used_mb;
    let head = match (r.quota_mb, lang) {
        (Some(q), Lang::En) => format!(
            "SCF region {name}: {bound}{used} of {q} MB of the concurrency quota ({}){}",
            percent(used, q),
            if used > q { ", OVER THE QUOTA" } else { "" }
        ),
        (Some(q), Lang::Zh) => format!(
            "SCF 地域 {name}：并发配额 {bound}{used} / {q} MB（{}）{}",
            percent(used, q),
            if used > q { "，超过配额" } else { "" }
        ),
        (None, Lang::En) => format!("SCF region {name}: {bound}{used} MB of a concurrency quota not documented for this region"),
        (None, Lang::Zh) => format!("SCF 地域 {name}：占用并发配额 {bound}{used} MB，该地域的配额未见文档"),
    };
    let source = match (r.quota_configured, r.quota_mb.is_some(), lang) {
        (true, _, Lang::En) => "scf_region_quota_mb in fclint.toml".to_string(),
        (true, _, Lang::Zh) => "fclint.toml 中的 scf_region_quota_mb".to_string(),
        (false, true, Lang::En) => format!(
            "documented for this region, shared by every function of the account in it ({})",
            limits::SRC_SCF_CONCURRENCY
        ),
        (false, true, Lang::Zh) => format!(
            "文档给出的该地域配额，由账号在该地域的所有函数共享（{}）",
            limits::SRC_SCF_CONCURRENCY
        ),
        (false, false, Lang::En) => "set scf_region_quota_mb in fclint.toml".to_string(),
        (false, false, Lang::Zh) => "请在 fclint.toml 中设置 scf_region_quota_mb".to_string(),
    };
    match lang {
        Lang::En => format!("{head}\n  quota (MB = memory × instances): {source}"),
        Lang::Zh => format!("{head}\n  配额（MB = 内存 × 实例数）来源：{source}"),
    }
}

fn headers(lang: Lang) -> Vec<String> {
    match lang {
        Lang::En => [
            "TRIGGER",
            "SOURCE",
            "INVOCATION",
            "CONSUMERS",
            "IN FLIGHT",
            "MEMORY",
            "QUOTA USE",
            "BATCH",
            "RETRY",
        ],
        Lang::Zh => [
            "触发器",
            "事件源",
            "调用方式",
            "消费者",
            "在途调用",
            "内存",
            "配额占用",
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
            "MEMORY",
            "TIMEOUT",
            "IN FLIGHT",
            "QUOTA USE",
            "SHARE OF QUOTA",
        ],
        Lang::Zh => ["函数", "内存", "超时时间", "在途调用", "配额占用", "占配额"],
    }
    .iter()
    .map(|s| s.to_string())
    .collect()
}

fn cells(t: &ScfTriggerPlan, key: &str, lang: Lang) -> Vec<String> {
    let q = |v: Option<u64>| v.map(|v| v.to_string()).unwrap_or_else(|| "?".into());
    if !t.ckafka {
        let ty = t.trigger_type.clone().unwrap_or_else(|| "?".into());
        let d = "—".to_string();
        let inv = tr(lang, "per event", "每个事件");
        return vec![
            key.into(),
            ty,
            inv,
            d.clone(),
            d.clone(),
            d.clone(),
            d.clone(),
            d.clone(),
            d,
        ];
    }
    let source = format!("CKafka {}", t.topic.clone().unwrap_or_else(|| "?".into()));
    let (consumers, in_flight) = match lang {
        Lang::En => (
            format!("{} (= partitions)", q(t.consumers)),
            format!("≤ {} (1 per partition)", q(t.in_flight)),
        ),
        Lang::Zh => (
            format!("{}（= 分区数）", q(t.consumers)),
            format!("≤ {}（每分区 1 个）", q(t.in_flight)),
        ),
    };
    let mem = t
        .memory_mb
        .map(|m| format!("{m} MB"))
        .unwrap_or_else(|| "?".into());
    let mut used = t
        .quota_mb
        .map(|m| format!("{m} MB"))
        .unwrap_or_else(|| "?".into());
    let mut in_flight = in_flight;
    if !t.consumes() {
        // Closed or skipped: nothing runs (the JSON keeps what it would do once opened).
        in_flight = "0".into();
        used = "0 MB".into();
    }
    let mut state = String::new();
    if t.skipped {
        state = tr(lang, " (skipped by the v1 plugin)", "（被 v1 插件跳过）");
    } else if t.enabled == Some(false) {
        state = tr(lang, " (created closed)", "（以关闭状态创建）");
    }
    vec![
        format!("{key}{state}"),
        source,
        tr(lang, "sync, in order", "同步、按序"),
        consumers,
        in_flight,
        mem,
        used,
        batch_cell(t, lang),
        retry_cell(t, lang),
    ]
}

/// `100 msgs or 60 s → 61 + 39`.
pub fn batch_cell(t: &ScfTriggerPlan, lang: Lang) -> String {
    let b = &t.batch;
    let count = b
        .max_messages
        .map(|m| m.to_string())
        .unwrap_or_else(|| "?".into());
    let wait = b
        .interval_s
        .map(|m| m.to_string())
        .unwrap_or_else(|| "?".into());
    let mut s = match lang {
        Lang::En => format!("{count} msgs or {wait} s"),
        Lang::Zh => format!("{count} 条或 {wait} 秒"),
    };
    if let Some(split) = b.split.as_ref().filter(|s| s.len() > 1) {
        s.push_str(&format!(" → {}", batches_text(split, lang)));
    }
    s
}

/// `10000 × (default), then not documented`.
pub fn retry_cell(t: &ScfTriggerPlan, lang: Lang) -> String {
    let Some(r) = &t.retry else {
        return "?".into();
    };
    let d = if r.default {
        tr(lang, " (default)", "（默认）")
    } else {
        String::new()
    };
    match lang {
        Lang::En => format!("{} ×{d}, then not documented", r.retries),
        Lang::Zh => format!("{} 次{d}，之后未见文档", r.retries),
    }
}

/// Detail lines of one SCF trigger, each with its kind (for `--diff`).
pub fn scf_details(t: &ScfTriggerPlan, lang: Lang) -> Vec<(&'static str, String)> {
    let mut out = Vec::new();
    if !t.ckafka {
        return out;
    }
    let zh = lang == Lang::Zh;
    let th = &t.throughput;
    if let (Some(full), Some(secs)) = (t.batch.full_push(), th.seconds_per_full_push) {
        let mut line = match (th.sustainable_rate, t.in_flight, zh) {
            (Some(sus), Some(p), false) => format!("a full batch of {full} msgs takes {} s → at most {} msgs/s over {p} partitions, one batch at a time each", num(secs), num(sus)),
            (Some(sus), Some(p), true) => format!("满批 {full} 条消息处理 {} 秒，{p} 个分区各自逐批处理，最多 {} 条/秒", num(secs), num(sus)),
            (_, _, false) => format!("a full batch of {full} msgs takes {} s", num(secs)),
            (_, _, true) => format!("满批 {full} 条消息处理 {} 秒", num(secs)),
        };
        if let Some(rate) = th.rate {
            let lag = th.lag_per_s.unwrap_or(0.0);
            line.push_str(&match (th.exceeds, zh) {
                (Some(true), false) => format!(
                    "; the topic produces {} msgs/s: lag grows by {} msgs/s ({} msgs/h)",
                    num(rate),
                    num(lag),
                    num(lag * 3600.0)
                ),
                (Some(true), true) => format!(
                    "；topic 每秒产生 {} 条：积压每秒增加 {} 条（每小时 {} 条）",
                    num(rate),
                    num(lag),
                    num(lag * 3600.0)
                ),
                (_, false) => format!("; the topic produces {} msgs/s: keeps up", num(rate)),
                (_, true) => format!("；topic 每秒产生 {} 条：跟得上", num(rate)),
            });
        }
        out.push(("throughput", line));
    }
    if let (Some(m), Some(inv), Some(s), Some(c)) = (
        th.messages_per_invocation,
        th.invocations_per_s,
        th.seconds_per_invocation,
        th.in_flight_capped,
    ) {
        out.push(("in-flight", if zh {
            format!("在途调用（利特尔法则）：每批 {} 条，每秒 {} 次调用 × {} 秒 = {}，每分区最多 1 个 → {}", num(m), num(inv), num(s), num(inv * s), num(c))
        } else {
            format!("in flight (Little's law): {} msgs per batch, {} invocations/s × {} s = {}, at most 1 per partition → {}", num(m), num(inv), num(s), num(inv * s), num(c))
        }));
    }
    if let Some(split) = t.batch.split.as_ref().filter(|s| s.len() > 1) {
        let lim = format_size(
            t.batch
                .body_limit_bytes
                .unwrap_or(limits::SCF_SYNC_EVENT_LIMIT_BYTES),
        );
        out.push((
            "split",
            if zh {
                format!(
                    "满批在 {lim} 同步事件上限处截断：{}",
                    batches_text(split, lang)
                )
            } else {
                format!(
                    "a full batch is cut at the {lim} synchronous event limit: {}",
                    batches_text(split, lang)
                )
            },
        ));
    }
    if let Some(w) = t.throughput.batching_latency_s.filter(|w| *w > 0) {
        out.push((
            "latency",
            if zh {
                format!("未凑满的批次最多等待 {w} 秒（`timeout`，以 `timeOut` 发送）")
            } else {
                format!(
                    "a batch that does not fill waits up to {w} s (`timeout`, sent as `timeOut`)"
                )
            },
        ));
    }
    if let Some(r) = &t.retry {
        out.push(("retry", retry_timeline(r, lang)));
    }
    out
}

/// The retry timeline of one SCF trigger.
pub fn retry_timeline(r: &crate::semantics::scf::ScfRetry, lang: Lang) -> String {
    let n = r.retries;
    let stall = match (r.stall_s, r.attempt_s) {
        (Some(s), Some(a)) => match lang {
            Lang::En => format!("; if every attempt runs into the {a} s timeout, the partition stalls at least {} ({} attempts), waits between retries not documented", present::duration(s, lang), n.saturating_add(1)),
            Lang::Zh => format!("；若每次都运行到 {a} 秒超时，该分区至少停滞 {}（{} 次尝试），重试间隔未见文档", present::duration(s, lang), n.saturating_add(1)),
        },
        _ => String::new(),
    };
    match lang {
        Lang::En => format!("function errors (a timeout included): the batch is retried up to {n} times{}, in order, while its partition waits{stall}; platform errors and 432 over-quota back off until they succeed (the 2021+ trigger pages name system errors only); after the last retry: not documented ({})", if r.default { " (the default)" } else { "" }, limits::SRC_SCF_RETRY),
        Lang::Zh => format!("函数错误（含超时）：这批消息按序最多重试 {n} 次{}，期间其分区等待{stall}；平台错误和 432 超配额错误退避重试直到成功（2021 年后的触发器文档只提系统错误）；最后一次重试之后：未见文档（{}）", if r.default { "（默认）" } else { "" }, limits::SRC_SCF_RETRY),
    }
}
