//! An SCF story in the Mermaid flowchart: CKafka topic → SCF consumer modules (one per
//! partition) → function, synchronous and in order, and the retry edge.

use super::mermaid::label;
use super::story::l;
use crate::diag::Lang;
use crate::plan::scf::{ScfFunctionPlan, ScfTriggerPlan};
use crate::present::{batches_text, num, Lines};

/// The function's node: its name, memory and what its CKafka triggers keep running.
pub(super) fn function_label(f: &ScfFunctionPlan, lang: Lang) -> String {
    let mut s = format!("{}\nSCF", f.function);
    if let Some(m) = f.memory_mb {
        s.push_str(&format!("\n{m} MB"));
    }
    s.push_str(&match (f.quota_mb, lang) {
        (Some(mb), Lang::En) => format!("\n≤ {} in flight, {mb} MB", f.in_flight),
        (Some(mb), Lang::Zh) => format!("\n在途 ≤ {}，{mb} MB", f.in_flight),
        (None, Lang::En) => format!("\n≤ {} in flight", f.in_flight),
        (None, Lang::Zh) => format!("\n在途 ≤ {}", f.in_flight),
    });
    s
}

/// A CKafka trigger: topic → consumer modules → function, then the failure edge; another
/// type: one edge.
pub(super) fn trigger(out: &mut Lines, tp: &ScfTriggerPlan, id: &str, fid: &str, lang: Lang) {
    if !tp.ckafka {
        let ty = tp.trigger_type.clone().unwrap_or_else(|| "?".into());
        let e = l(lang, "event".into(), "事件".into());
        out.line(&format!(
            "  {id}[{}] -->|{}| {fid}",
            label(&format!("{ty} {}", tp.trigger)),
            label(&e)
        ));
        return;
    }
    let (src, pull, mid) = labels(tp, lang);
    let q = |v: Option<u64>| v.map(|v| v.to_string()).unwrap_or_else(|| "?".into());
    let call = l(
        lang,
        format!(
            "sync, in order per partition\n≤ {} in flight",
            q(tp.in_flight)
        ),
        format!("同步，按分区有序\n在途 ≤ {}", q(tp.in_flight)),
    );
    out.line(&format!(
        "  {id}_src[{}] -->|{}| {id}_scf[{}]",
        label(&src),
        label(&pull),
        label(&mid)
    ));
    out.line(&format!("  {id}_scf -->|{}| {fid}", label(&call)));
    if let Some(r) = &tp.retry {
        let e = l(
            lang,
            format!("function error: up to {} retries", r.retries),
            format!("函数错误：最多重试 {} 次", r.retries),
        );
        let target = l(
            lang,
            "partition waits\nthen not documented".into(),
            "分区等待\n之后未见文档".into(),
        );
        out.line(&format!(
            "  {fid} -.->|{}| {id}_fail[{}]",
            label(&e),
            label(&target)
        ));
    }
}

/// The labels of the topic node, the pull edge and the trigger node.
fn labels(tp: &ScfTriggerPlan, lang: Lang) -> (String, String, String) {
    let q = |v: Option<u64>| v.map(|v| v.to_string()).unwrap_or_else(|| "?".into());
    let mut src = format!("CKafka {}", tp.topic.clone().unwrap_or_default());
    if let Some(p) = tp.throughput.partitions {
        src.push_str(&l(
            lang,
            format!("\n{p} partitions"),
            format!("\n{p} 个分区"),
        ));
    }
    if let Some(r) = tp.throughput.rate {
        src.push_str(&l(
            lang,
            format!("\n{} msgs/s", num(r)),
            format!("\n每秒 {} 条", num(r)),
        ));
    }
    let pull = l(
        lang,
        format!(
            "{} consumer modules, pull\nbatch {} msgs / {} s",
            q(tp.consumers),
            q(tp.batch.max_messages),
            q(tp.batch.interval_s)
        ),
        format!(
            "{} 个消费模块，拉取\n每批 {} 条 / {} 秒",
            q(tp.consumers),
            q(tp.batch.max_messages),
            q(tp.batch.interval_s)
        ),
    );
    let mut mid = l(
        lang,
        format!("SCF CKafka trigger\n{}", tp.trigger),
        format!("SCF CKafka 触发器\n{}", tp.trigger),
    );
    if let Some(split) = tp.batch.split.as_ref().filter(|s| s.len() > 1) {
        let lim = crate::config::format_size(crate::limits::SCF_SYNC_EVENT_LIMIT_BYTES);
        mid.push_str(&l(
            lang,
            format!("\ncut at {lim}: {}", batches_text(split, lang)),
            format!("\n按 {lim} 截断：{}", batches_text(split, lang)),
        ));
    }
    if tp.skipped {
        mid.push_str(&l(
            lang,
            "\nskipped by the v1 plugin".into(),
            "\n被 v1 插件跳过".into(),
        ));
    } else if tp.enabled == Some(false) {
        mid.push_str(&l(
            lang,
            "\ncreated closed".into(),
            "\n以关闭状态创建".into(),
        ));
    }
    (src, pull, mid)
}
