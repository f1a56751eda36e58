//! The story as a Mermaid `flowchart LR`: source → EventBridge → function, the numbers on
//! the edges (for SCF: CKafka → SCF consumer modules → function, `mermaid_scf`).

use super::story::{l, s, FunctionStory, Story};
use crate::diag::Lang;
use crate::plan::{After, TriggerPlan};
use crate::present::{self, num, split_text, Lines};
use crate::semantics::SourceKind;

/// A Mermaid label: quoted, with characters Mermaid would misread escaped.
pub(super) fn label(s: &str) -> String {
    let escaped = s
        .replace('&', "#amp;")
        .replace('"', "#quot;")
        .replace('<', "#lt;")
        .replace('>', "#gt;")
        .replace('\n', "<br/>");
    format!("\"{escaped}\"")
}

/// `flowchart LR` of every story.
pub fn mermaid(stories: &[Story], lang: Lang) -> String {
    let mut out = Lines::new();
    out.line("flowchart LR");
    for (si, st) in stories.iter().enumerate() {
        for (fi, f) in st.functions.iter().enumerate() {
            let fid = format!("f{si}_{fi}");
            if let Some(fp) = &f.scf {
                out.line(&format!(
                    "  {fid}[{}]",
                    label(&super::mermaid_scf::function_label(fp, lang))
                ));
                for (ti, t) in f.triggers.iter().enumerate() {
                    if let Some(tp) = &t.scf {
                        let id = format!("t{si}_{fi}_{ti}");
                        super::mermaid_scf::trigger(&mut out, tp, &id, &fid, lang);
                    }
                }
                continue;
            }
            out.line(&format!("  {fid}[{}]", label(&function_label(f, lang))));
            for (ti, t) in f.triggers.iter().enumerate() {
                let id = format!("t{si}_{fi}_{ti}");
                let tp = &t.plan;
                if tp.topic.is_some() && matches!(tp.kind, SourceKind::EventBridge(_)) {
                    stream(&mut out, tp, &id, &fid, lang);
                } else {
                    let slabel =
                        format!("{} {}", tp.source.clone().unwrap_or_default(), tp.trigger);
                    let elabel = tp
                        .invocation
                        .map(|i| i.as_str().to_string())
                        .unwrap_or_else(|| l(lang, "event".into(), "事件".into()));
                    out.line(&format!(
                        "  {id}[{}] -->|{}| {fid}",
                        label(&slabel),
                        label(&elabel)
                    ));
                }
            }
        }
    }
    out.into_string()
}

/// The function's node: its name, instanceConcurrency and most instances.
fn function_label(f: &FunctionStory, lang: Lang) -> String {
    let fp = &f.plan;
    let mut flabel = fp.function.clone();
    if let Some(ic) = fp.instance_concurrency {
        flabel.push_str(&l(
            lang,
            format!("\n{ic} req/instance"),
            format!("\n单实例并发 {ic}"),
        ));
    }
    match fp.max_instances {
        Some(n) => flabel.push_str(&l(
            lang,
            format!("\nmax {n} instance{}", s(n)),
            format!("\n最多 {n} 个实例"),
        )),
        None => flabel.push_str(&l(
            lang,
            "\ninstances unbounded".into(),
            "\n实例数无上限".into(),
        )),
    }
    flabel
}

/// An event stream: source → EventBridge → function, and the failure edge.
fn stream(out: &mut Lines, tp: &TriggerPlan, id: &str, fid: &str, lang: Lang) {
    let mut slabel = format!(
        "{} {}",
        tp.source.clone().unwrap_or_default(),
        tp.topic.clone().unwrap_or_default()
    );
    if let Some(p) = tp.throughput.partitions {
        slabel.push_str(&l(
            lang,
            format!("\n{p} partitions"),
            format!("\n{p} 个分区"),
        ));
    }
    if let Some(r) = tp.throughput.rate {
        slabel.push_str(&l(
            lang,
            format!("\n{} msgs/s", num(r)),
            format!("\n每秒 {} 条", num(r)),
        ));
    }
    let mut elabel = match tp.consumers {
        Some(c) => l(lang, format!("{c} consumers"), format!("{c} 个消费者")),
        None => l(lang, "pull".into(), "拉取".into()),
    };
    if tp.streaming {
        if let (Some(c), Some(i)) = (tp.batch.max_messages, tp.batch.interval_s) {
            elabel.push_str(&l(
                lang,
                format!("\nbatch {c} msgs / {i} s"),
                format!("\n每批 {c} 条 / {i} 秒"),
            ));
        }
    }
    let mut eb = l(
        lang,
        format!("EventBridge\n{}", tp.trigger),
        format!("事件总线\n{}", tp.trigger),
    );
    if let Some(split) = tp.batch.split.as_ref().filter(|s| s.len() > 1) {
        eb.push_str(&l(
            lang,
            format!("\nsplit {}", split_text(split, lang)),
            format!("\n拆分 {}", split_text(split, lang)),
        ));
    }
    let mut dlabel = tp
        .invocation
        .map(|i| i.as_str().to_string())
        .unwrap_or_else(|| "?".into());
    if let Some(c) = tp.delivery_concurrency {
        dlabel.push_str(&l(
            lang,
            format!(", {c} concurrent"),
            format!("，{c} 路并发"),
        ));
    }
    if let Some(s) = &tp.event_schema {
        dlabel.push_str(&format!(", {s}"));
    }
    if let Some(n) = tp.max_instances {
        dlabel.push_str(&l(
            lang,
            format!("\n≤ {n} instance{}", s(n)),
            format!("\n≤ {n} 个实例"),
        ));
    }
    out.line(&format!(
        "  {id}_src[{}] -->|{}| {id}_eb[{}]",
        label(&slabel),
        label(&elabel),
        label(&eb)
    ));
    out.line(&format!("  {id}_eb -->|{}| {fid}", label(&dlabel)));
    failure(out, tp, id, fid, lang);
}

/// The dotted edge from the function to where failed events end.
fn failure(out: &mut Lines, tp: &TriggerPlan, id: &str, fid: &str, lang: Lang) {
    let Some(r) = &tp.retry else {
        return;
    };
    let (lo, hi) = r.total();
    let dur = if lo == hi {
        present::human_duration(lo)
    } else {
        format!(
            "{}–{}",
            present::human_duration(lo),
            present::human_duration(hi)
        )
    };
    let elabel = l(
        lang,
        format!("after {} retries, {dur}", r.retries()),
        format!("{} 次重试后，{dur}", r.retries()),
    );
    let dlq = r.dead_letter_queue.clone().unwrap_or_default();
    let target = match r.after {
        After::DeadLetterQueue => l(
            lang,
            format!("dead-letter queue\n{dlq}"),
            format!("死信队列\n{dlq}"),
        ),
        After::Discard => l(lang, "dropped".into(), "丢弃".into()),
        After::Block if tp.kind.is_kafka() => {
            l(lang, "partition blocked".into(), "分区阻塞".into())
        }
        After::Block => l(lang, "source blocked".into(), "事件源阻塞".into()),
    };
    out.line(&format!(
        "  {fid} -.->|{}| {id}_fail[{}]",
        label(&elabel),
        label(&target)
    ));
}
