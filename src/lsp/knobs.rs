//! What a trigger's knobs lead to, in the words of `fclint plan`: the numbers are read from
//! the plan ([`TriggerPlan`], [`FunctionPlan`]), never computed here. Inlay hints show the short
//! form beside the value; hover shows the sentence.

use crate::config::{format_size, Inventory};
use crate::diag::Lang;
use crate::model;
use crate::plan::render;
use crate::plan::{FunctionPlan, Invocation, TriggerPlan};
use crate::semantics;
use crate::source::Node;

use super::analysis::Analysis;

/// A setting whose effect the plan computes.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Knob {
    Concurrency,
    MaximumTasks,
    CountWindow,
    TimeWindow,
    RetryStrategy,
    ErrorsTolerance,
    InstanceConcurrency,
}

impl Knob {
    /// The key as written, to pick the plan's assumptions that speak about it.
    fn key(self) -> &'static str {
        match self {
            Knob::Concurrency => "concurrency",
            Knob::MaximumTasks => "maximumTasks",
            Knob::CountWindow => "CountBasedWindow",
            Knob::TimeWindow => "TimeBasedWindow",
            Knob::RetryStrategy => "PushRetryStrategy",
            Knob::ErrorsTolerance => "errorsTolerance",
            Knob::InstanceConcurrency => "instanceConcurrency",
        }
    }
}

/// One knob in the document with the plan rows it feeds.
pub struct KnobAt<'a> {
    pub knob: Knob,
    /// The value as written (in the buffer: other files' values are not shown).
    pub node: &'a Node,
    pub trigger: Option<&'a TriggerPlan>,
    pub function: Option<&'a FunctionPlan>,
    /// Every trigger plan of the function (for `instanceConcurrency`).
    pub function_triggers: Vec<&'a TriggerPlan>,
    /// A value of the trigger came from the environment, a `.env` file or an included file
    /// (sensitive): the plan's sentences that quote values (the dead-letter queue, a topic, an
    /// expression) are not shown, only its numbers.
    pub secret: bool,
}

/// Every knob written in the buffer, with its plan.
pub fn knobs(a: &Analysis) -> Vec<KnobAt<'_>> {
    let Some(root) = a.root() else {
        return Vec::new();
    };
    let m = model::build(a.file, root, a.document.edition);
    // Only where each knob is written is read here (no inventory needed); the plan has the
    // numbers.
    let inventory = Inventory::default();
    let mut out = Vec::new();
    for f in semantics::analyze(&m, &inventory) {
        let resource = &f.facts.resource;
        let fp = a.functions.iter().find(|p| p.resource == *resource);
        let fts: Vec<&TriggerPlan> = a
            .triggers
            .iter()
            .filter(|t| t.resource == *resource)
            .collect();
        let fp_secret = Analysis::holds_sensitive(f.facts.node);
        if let Some(n) = f.facts.instance_concurrency.node() {
            out.push(KnobAt {
                knob: Knob::InstanceConcurrency,
                node: n,
                trigger: None,
                function: fp,
                function_triggers: fts.clone(),
                secret: fp_secret,
            });
        }
        for t in &f.triggers {
            let Some(eb) = &t.facts.eventbridge else {
                continue;
            };
            let tp = fts
                .iter()
                .copied()
                .find(|p| p.pointer == t.facts.node.pointer);
            let secret = Analysis::holds_sensitive(t.facts.node);
            for (knob, node) in [
                (Knob::Concurrency, eb.concurrency.node()),
                (Knob::MaximumTasks, eb.maximum_tasks.node()),
                (Knob::CountWindow, eb.count_window.node()),
                (Knob::TimeWindow, eb.time_window.node()),
                (Knob::RetryStrategy, eb.retry.policy.node()),
                (Knob::ErrorsTolerance, eb.retry.tolerance.node()),
            ] {
                if let Some(node) = node {
                    out.push(KnobAt {
                        knob,
                        node,
                        trigger: tp,
                        function: fp,
                        function_triggers: Vec::new(),
                        secret,
                    });
                }
            }
        }
    }
    out.retain(|k| k.node.span.file == a.file);
    out
}

fn instances(n: u64, lang: Lang) -> String {
    match (lang, n) {
        (Lang::Zh, _) => format!("{n} 个实例"),
        (Lang::En, 1) => "1 instance".into(),
        (Lang::En, _) => format!("{n} instances"),
    }
}

/// The inlay hint beside the value: the plan's cell for it.
pub fn hint(k: &KnobAt<'_>, lang: Lang) -> Option<String> {
    let zh = lang == Lang::Zh;
    match k.knob {
        Knob::InstanceConcurrency => {
            let f = k.function?;
            match f.max_instances {
                Some(n) => Some(if zh {
                    format!("最多 {}", instances(n, lang))
                } else {
                    format!("max {}", instances(n, lang))
                }),
                None if !f.unbounded.is_empty() => {
                    Some(if zh { "无上限" } else { "unbounded" }.to_string())
                }
                None => None,
            }
        }
        _ => {
            let t = k.trigger?;
            match k.knob {
                Knob::Concurrency => {
                    if t.invocation == Some(Invocation::Async) {
                        return Some(
                            if zh {
                                "不适用：异步投递"
                            } else {
                                "n/a: async delivery"
                            }
                            .to_string(),
                        );
                    }
                    let c = t.delivery_concurrency?;
                    Some(match (t.instance_concurrency, t.max_instances, zh) {
                        (Some(ic), Some(n), false) => {
                            format!(
                                "{c} deliveries ÷ {ic} req/instance → {}",
                                instances(n, lang)
                            )
                        }
                        (Some(ic), Some(n), true) => {
                            format!("{c} 路并发 ÷ {ic} 请求/实例 → {}", instances(n, lang))
                        }
                        (_, _, false) => format!("{c} deliveries"),
                        (_, _, true) => format!("{c} 路并发"),
                    })
                }
                Knob::MaximumTasks => t.consumers.map(|n| match (zh, n) {
                    (true, _) => format!("{n} 个消费者"),
                    (false, 1) => "1 consumer".to_string(),
                    (false, _) => format!("{n} consumers"),
                }),
                Knob::CountWindow => t
                    .streaming
                    .then(|| render::batch_cell(t, lang))
                    .filter(|s| s != "—"),
                Knob::TimeWindow => render::trigger_details(t, lang)
                    .into_iter()
                    .find(|(kind, _)| *kind == "latency")
                    .map(|(_, s)| s),
                Knob::RetryStrategy => t.retry.as_ref().map(|_| render::retry_short(t, lang)),
                Knob::ErrorsTolerance => t
                    .retry
                    .as_ref()
                    .map(|r| format!("→ {}", render::after_short(r.after, lang))),
                Knob::InstanceConcurrency => None,
            }
        }
    }
}

/// The hover lines of `instanceConcurrency`: every trigger of the function, then the function.
fn function_lines(k: &KnobAt<'_>, lang: Lang, lines: &mut Vec<String>) -> Option<()> {
    let zh = lang == Lang::Zh;
    let f = k.function?;
    for t in &k.function_triggers {
        if let (Some(c), Some(ic), Some(n)) = (
            t.delivery_concurrency,
            t.instance_concurrency,
            t.max_instances,
        ) {
            lines.push(if zh {
                format!(
                    "`{}`：{c} 路并发投递 ÷ instanceConcurrency {ic} → 最多 {}",
                    render::trigger_key(t),
                    instances(n, lang)
                )
            } else {
                format!(
                    "`{}`: {c} concurrent deliveries ÷ instanceConcurrency {ic} → up to {}",
                    render::trigger_key(t),
                    instances(n, lang)
                )
            });
        }
    }
    match f.max_instances {
        Some(n) => lines.push(if zh {
            format!("函数 `{}` 最多 {}", f.function, instances(n, lang))
        } else {
            format!("function `{}`: at most {}", f.function, instances(n, lang))
        }),
        None if !f.unbounded.is_empty() => lines.push(if zh {
            format!(
                "函数 `{}`：实例数无上限（{}）",
                f.function,
                f.unbounded.join("、")
            )
        } else {
            format!(
                "function `{}`: no setting bounds its instances ({})",
                f.function,
                f.unbounded.join(", ")
            )
        }),
        None => {}
    }
    if !k.secret {
        for t in &k.function_triggers {
            assumptions(t, k.knob, lang, lines);
        }
    }
    Some(())
}

/// The hover lines of a trigger's knob.
fn trigger_lines(k: &KnobAt<'_>, lang: Lang, lines: &mut Vec<String>) -> Option<()> {
    let zh = lang == Lang::Zh;
    let t = k.trigger?;
    match k.knob {
        Knob::Concurrency => {
            if let Some(c) = t.delivery_concurrency {
                lines.push(match (t.instance_concurrency, t.max_instances, zh) {
                    (Some(ic), Some(n), false) => format!(
                        "{c} concurrent deliveries ÷ instanceConcurrency {ic} → up to {}",
                        instances(n, lang)
                    ),
                    (Some(ic), Some(n), true) => format!(
                        "{c} 路并发投递 ÷ instanceConcurrency {ic} → 最多 {}",
                        instances(n, lang)
                    ),
                    (_, _, false) => format!("{c} concurrent deliveries"),
                    (_, _, true) => format!("{c} 路并发投递"),
                });
            }
        }
        Knob::MaximumTasks => {
            if let (Some(tasks), Some(n)) = (t.maximum_tasks, t.consumers) {
                lines.push(match (t.throughput.partitions, zh) {
                    (Some(p), false) => format!(
                        "maximumTasks {tasks}, {p} {} → {n} {} (one partition each at most)",
                        crate::present::plural(p, "partitions"),
                        if n == 1 {
                            "consumer pulls"
                        } else {
                            "consumers pull"
                        }
                    ),
                    (Some(p), true) => format!(
                        "maximumTasks {tasks}，{p} 个分区 → {n} 个消费者拉取（每个分区最多一个）"
                    ),
                    (None, false) => format!(
                        "maximumTasks {tasks} → {n} {}",
                        crate::present::plural(n, "consumers")
                    ),
                    (None, true) => format!("maximumTasks {tasks} → {n} 个消费者"),
                });
            }
        }
        Knob::CountWindow => {
            let b = &t.batch;
            if let (Some(count), Some(size), Some(split), Some(inv)) =
                (b.max_messages, b.message_size_bytes, &b.split, t.invocation)
            {
                let mode = inv.as_str();
                let parts = render::split_text(split, lang);
                lines.push(if zh {
                    format!("{count} × {} {mode} → 拆分为 {parts}", format_size(size))
                } else {
                    format!("{count} × {} {mode} → split {parts}", format_size(size))
                });
            } else if t.streaming {
                lines.push(render::batch_cell(t, lang));
            }
            if let Some((_, s)) = render::trigger_details(t, lang)
                .into_iter()
                .find(|(kind, _)| *kind == "throughput")
            {
                lines.push(s);
            }
        }
        Knob::TimeWindow => {
            if let Some((_, s)) = render::trigger_details(t, lang)
                .into_iter()
                .find(|(kind, _)| *kind == "latency")
            {
                lines.push(s);
            }
        }
        Knob::RetryStrategy | Knob::ErrorsTolerance => {
            if let Some(r) = &t.retry {
                if k.knob == Knob::RetryStrategy {
                    lines.push(render::retry_timeline(r.policy, lang));
                }
                // The dead-letter queue is named in this sentence: not when its value
                // came from a secret-looking environment variable.
                if !k.secret {
                    lines.push(render::after_text(t, lang));
                }
            }
        }
        Knob::InstanceConcurrency => {}
    }
    if !k.secret {
        assumptions(t, k.knob, lang, lines);
    }
    Some(())
}

/// The plan's sentence(s) for hover, Markdown.
pub fn hover(k: &KnobAt<'_>, lang: Lang) -> Option<String> {
    let zh = lang == Lang::Zh;
    let mut lines: Vec<String> = Vec::new();
    match k.knob {
        Knob::InstanceConcurrency => function_lines(k, lang, &mut lines)?,
        _ => trigger_lines(k, lang, &mut lines)?,
    }
    if lines.is_empty() {
        return None;
    }
    let title = if zh {
        "**`fclint plan`：**"
    } else {
        "**`fclint plan`:**"
    };
    Some(format!(
        "{title}\n\n{}",
        lines
            .iter()
            .map(|l| format!("- {l}"))
            .collect::<Vec<_>>()
            .join("\n")
    ))
}

/// The plan's assumptions that name this knob (an unknown partition count, a missing default).
fn assumptions(t: &TriggerPlan, knob: Knob, lang: Lang, out: &mut Vec<String>) {
    let key = knob.key();
    let extra = match knob {
        Knob::MaximumTasks => "partitions unknown",
        Knob::CountWindow => "message size unknown",
        _ => key,
    };
    for a in &t.assumptions {
        if a.en.contains(key) || a.en.contains(extra) {
            let s = a.get(lang).to_string();
            if !out.contains(&s) {
                out.push(s);
            }
        }
    }
}
