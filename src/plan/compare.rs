//! `fclint plan --compare A B`: an Alibaba Cloud FC Kafka trigger and a Tencent Cloud SCF
//! CKafka trigger reading the same topic, side by side — consumers, invocations in flight,
//! batch, body limit, wait, retry, throughput. The figures are the two plans' rows; this module
//! pairs them by topic and names the aspects.

use super::render::{
    batch_cell, retry_short, scf_batch_cell, scf_retry_cell, scf_trigger_key, tr, trigger_key,
};
use super::scf::ScfTriggerPlan;
use super::{Plan, TriggerPlan};
use crate::config::format_size;
use crate::diag::Lang;
use crate::present::num;

/// Output format of `plan --compare`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Format {
    Human,
    Markdown,
    Json,
}

/// `plan --compare A B`: plan the files (each with its own fclint.toml), pair them by topic and
/// render the pairs. Errors (exit code 2): what `plan` refuses, or nothing to pair.
pub fn compare_files(
    files: &[std::path::PathBuf],
    overrides: &crate::config::ConfigOverrides,
    resolve: &crate::resolve::ResolveOptions,
    format: Format,
    lang: Lang,
) -> Result<String, crate::FatalError> {
    let plan = super::plan_files(files, overrides, resolve, super::Revision::Worktree)?;
    let pairs = pairs(&plan).map_err(|e| crate::FatalError(format!("--compare: {e}")))?;
    Ok(match format {
        Format::Human => super::render::compare_human(&pairs, lang),
        Format::Markdown => super::render::compare_markdown(&pairs, lang),
        Format::Json => super::render::compare_json(&pairs, lang),
    })
}

/// One FC trigger and one SCF trigger compared.
#[derive(Debug, Clone)]
pub struct Pair<'p> {
    pub topic: String,
    /// The two triggers read different topics (the only Kafka trigger of each side).
    pub different_topics: bool,
    pub fc: &'p TriggerPlan,
    pub scf: &'p ScfTriggerPlan,
}

/// Pair the FC Kafka triggers and the SCF CKafka triggers of `plan` by topic; when no topic is
/// shared and each side has exactly one, those two. Errors say what is missing.
pub fn pairs(plan: &Plan) -> Result<Vec<Pair<'_>>, String> {
    let fc: Vec<&TriggerPlan> = plan
        .triggers
        .iter()
        .filter(|t| t.kind.is_kafka() && t.topic.is_some())
        .collect();
    let scf: Vec<&ScfTriggerPlan> = plan
        .scf
        .triggers
        .iter()
        .filter(|t| t.ckafka && t.topic.is_some())
        .collect();
    match (fc.is_empty(), scf.is_empty()) {
        (true, true) => return Err("neither side has a Kafka trigger with a known topic".into()),
        (true, false) => {
            return Err(
                "no FC Kafka trigger (eventSourceType: Kafka) with a known topic to compare with"
                    .into(),
            )
        }
        (false, true) => {
            return Err("no SCF CKafka trigger with a known topic to compare with".into())
        }
        _ => {}
    }
    let mut out = Vec::new();
    for f in &fc {
        for s in scf.iter().filter(|s| s.topic == f.topic) {
            out.push(Pair {
                topic: f.topic.clone().unwrap_or_default(),
                different_topics: false,
                fc: f,
                scf: s,
            });
        }
    }
    if out.is_empty() {
        if let ([f], [s]) = (fc.as_slice(), scf.as_slice()) {
            out.push(Pair {
                topic: format!(
                    "{} / {}",
                    f.topic.clone().unwrap_or_default(),
                    s.topic.clone().unwrap_or_default()
                ),
                different_topics: true,
                fc: f,
                scf: s,
            });
        } else {
            return Err(
                "no topic is read by both an FC Kafka trigger and an SCF CKafka trigger".into(),
            );
        }
    }
    Ok(out)
}

/// One compared aspect: `(key, aspect, FC, SCF)`.
pub type Row = (&'static str, String, String, String);

/// The aspects compared.
pub fn rows(p: &Pair<'_>, lang: Lang) -> Vec<Row> {
    let mut out = Vec::new();
    if p.different_topics {
        out.push((
            "note",
            tr(lang, "note", "注意"),
            tr(
                lang,
                "the two triggers read different topics",
                "两个触发器读取不同的 topic",
            ),
            String::new(),
        ));
    }
    out.extend(delivery_rows(p, lang));
    out.extend(batch_rows(p, lang));
    out.extend(outcome_rows(p, lang));
    out
}

fn q(v: Option<u64>) -> String {
    v.map(|v| v.to_string()).unwrap_or_else(|| "?".into())
}

/// Where the triggers are, how they consume and invoke.
fn delivery_rows(p: &Pair<'_>, lang: Lang) -> Vec<Row> {
    let (f, s) = (p.fc, p.scf);
    let a = |en: &str, zh: &str| tr(lang, en, zh);
    vec![
        (
            "trigger",
            a("trigger", "触发器"),
            format!("{} ({}:{})", trigger_key(f), f.path, f.line),
            format!("{} ({}:{})", scf_trigger_key(s), s.path, s.line),
        ),
        (
            "model",
            a("delivery", "投递方式"),
            a(
                "push: an EventBridge event stream consumes and pushes batches",
                "推送：事件总线事件流消费并推送批次",
            ),
            a(
                "pull: SCF consumer modules invoke the function",
                "拉取：SCF 消费模块调用函数",
            ),
        ),
        (
            "consumers",
            a("consumers", "消费者"),
            match lang {
                Lang::En => format!(
                    "{} (min(maximumTasks {}, partitions))",
                    q(f.consumers),
                    q(f.maximum_tasks)
                ),
                Lang::Zh => format!(
                    "{}（min(maximumTasks {}，分区数)）",
                    q(f.consumers),
                    q(f.maximum_tasks)
                ),
            },
            match lang {
                Lang::En => format!("{} (= partitions, not configurable)", q(s.consumers)),
                Lang::Zh => format!("{}（= 分区数，不可配置）", q(s.consumers)),
            },
        ),
        (
            "invocation",
            a("invocation", "调用方式"),
            f.invocation
                .map(|i| i.as_str().to_string())
                .unwrap_or_else(|| "?".into()),
            a("sync only", "仅同步"),
        ),
        (
            "in-flight",
            a("invocations in flight", "在途调用"),
            match (f.delivery_concurrency, lang) {
                (Some(c), Lang::En) => format!("≤ {c} (deliveryOption.concurrency)"),
                (Some(c), Lang::Zh) => format!("≤ {c}（deliveryOption.concurrency）"),
                (None, _) => "?".into(),
            },
            match lang {
                Lang::En => format!("≤ {} (one per partition, in order)", q(s.in_flight)),
                Lang::Zh => format!("≤ {}（每分区一个，按序）", q(s.in_flight)),
            },
        ),
        (
            "ordering",
            a("ordering", "顺序"),
            a("not documented", "未见文档"),
            a(
                "per partition: the next batch after the previous call returns",
                "按分区：上一次调用返回后才处理下一批",
            ),
        ),
    ]
}

/// How messages are batched.
fn batch_rows(p: &Pair<'_>, lang: Lang) -> Vec<Row> {
    let (f, s) = (p.fc, p.scf);
    let a = |en: &str, zh: &str| tr(lang, en, zh);
    let size = |v: Option<u64>| v.map(format_size).unwrap_or_else(|| "?".into());
    vec![
        (
            "batch",
            a("batch", "批量"),
            batch_cell(f, lang),
            scf_batch_cell(s, lang),
        ),
        (
            "wait",
            a("batch wait", "凑批等待"),
            secs(f.batch.interval_s, "TimeBasedWindow", lang),
            secs(s.batch.interval_s, "timeout → timeOut", lang),
        ),
        (
            "body-limit",
            a("body limit", "请求体上限"),
            size(f.batch.body_limit_bytes),
            size(s.batch.body_limit_bytes),
        ),
    ]
}

/// Failures, throughput and the quota.
fn outcome_rows(p: &Pair<'_>, lang: Lang) -> Vec<Row> {
    let (f, s) = (p.fc, p.scf);
    let a = |en: &str, zh: &str| tr(lang, en, zh);
    vec![
        (
            "retry",
            a("retry", "重试"),
            retry_short(f, lang),
            scf_retry_cell(s, lang),
        ),
        (
            "throughput",
            a("sustainable throughput", "可持续吞吐"),
            rate(f.throughput.sustainable_rate, lang),
            rate(s.throughput.sustainable_rate, lang),
        ),
        (
            "lag",
            a("lag growth", "积压增长"),
            lag(f.throughput.lag_per_s, lang),
            lag(s.throughput.lag_per_s, lang),
        ),
        (
            "quota",
            a("quota use", "配额占用"),
            match (f.max_instances, lang) {
                (Some(n), Lang::En) => format!("{n} instances of the region's instance quota"),
                (Some(n), Lang::Zh) => format!("地域实例配额中的 {n} 个实例"),
                (None, _) => "?".into(),
            },
            match (s.quota_mb, lang) {
                (Some(m), Lang::En) => {
                    format!("{m} MB of the region's MB quota (partitions × memorySize)")
                }
                (Some(m), Lang::Zh) => format!("地域 MB 配额中的 {m} MB（分区数 × memorySize）"),
                (None, _) => "?".into(),
            },
        ),
    ]
}

fn secs(v: Option<u64>, key: &str, lang: Lang) -> String {
    match (v, lang) {
        (Some(w), Lang::En) => format!("{w} s ({key})"),
        (Some(w), Lang::Zh) => format!("{w} 秒（{key}）"),
        (None, _) => "?".into(),
    }
}

fn rate(v: Option<f64>, lang: Lang) -> String {
    match (v, lang) {
        (Some(r), Lang::En) => format!("{} msgs/s", num(r)),
        (Some(r), Lang::Zh) => format!("{} 条/秒", num(r)),
        (None, _) => "?".into(),
    }
}

fn lag(v: Option<f64>, lang: Lang) -> String {
    match (v, lang) {
        (Some(l), _) if l <= 0.0 => tr(lang, "keeps up", "跟得上"),
        (Some(l), Lang::En) => format!("+{} msgs/s", num(l)),
        (Some(l), Lang::Zh) => format!("每秒 +{} 条", num(l)),
        (None, _) => "?".into(),
    }
}
