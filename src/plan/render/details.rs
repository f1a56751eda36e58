//! The detail lines of a trigger: throughput, Little's law, batching latency, the retry
//! timeline and what happens after it.

use crate::diag::Lang;
use crate::plan::{After, RetryPolicy, TriggerPlan};
use crate::present::{self, num, plural};

/// Detail lines of one trigger: throughput, Little's law, batching latency, retry timeline.
/// Each line comes with its kind (`throughput`, `in-flight`, `latency`, `retry`, `after`), so
/// `--diff` pairs the same line of two plans.
pub fn trigger_details(t: &TriggerPlan, lang: Lang) -> Vec<(&'static str, String)> {
    let mut out = Vec::new();
    let zh = lang == Lang::Zh;
    if let Some(line) = throughput_line(t, zh) {
        out.push(("throughput", line));
    }
    if let Some(line) = in_flight_line(t, zh) {
        out.push(("in-flight", line));
    }
    if let Some(l) = t.throughput.batching_latency_s.filter(|l| *l > 0) {
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

/// `a full push of 100 msgs takes 1.5 s → at most … msgs/s at 26 concurrent deliveries; …`.
fn throughput_line(t: &TriggerPlan, zh: bool) -> Option<String> {
    let th = &t.throughput;
    let (full, secs) = (t.batch.full_push()?, th.seconds_per_full_push?);
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
            (Some(false), false) => {
                format!("; the topic produces {} msgs/s: keeps up", num(rate))
            }
            (Some(false), true) => format!("；topic 每秒产生 {} 条：跟得上", num(rate)),
            (None, false) => format!("; the topic produces {} msgs/s", num(rate)),
            (None, true) => format!("；topic 每秒产生 {} 条", num(rate)),
        });
    }
    Some(line)
}

/// `in flight (Little's law): 100 msgs per push, 4 invocations/s × 1.5 s = 6 → …`.
fn in_flight_line(t: &TriggerPlan, zh: bool) -> Option<String> {
    let th = &t.throughput;
    let (inv, secs) = (th.invocations_per_s?, th.seconds_per_invocation?);
    let (inf, capped) = (th.in_flight?, th.in_flight_capped?);
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
    Some(line)
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
            let (wait_lo, wait_hi) = policy.wait_range();
            if zh {
                format!(
                    "{}：{} 次重试，每次等待 {wait_lo}–{wait_hi} 秒，分别在首次失败后 {} 发生；共 {lo}–{hi} 秒",
                    policy.as_str(),
                    policy.retries(),
                    at.replace(" s", " 秒").replace(", ", "、")
                )
            } else {
                format!(
                    "{}: {} retries, each after a random {wait_lo}–{wait_hi} s wait, at {at} after the first failure; {lo}–{hi} s in all",
                    policy.as_str(),
                    policy.retries()
                )
            }
        }
        RetryPolicy::ExponentialDecay => {
            let waits = policy.waits();
            let max_wait = policy.wait_range().1;
            let doubling = waits
                .iter()
                .position(|w| w.0 == max_wait)
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
                    max_wait,
                    present::human_duration_zh(total)
                )
            } else {
                format!(
                    "{}: {} retries; waits of {first3} … {} s (retry {doubling} at {last_doubling} s after the first failure), then {rest} more every {} s; the last at {total} s ({})",
                    policy.as_str(),
                    policy.retries(),
                    waits.get(doubling.saturating_sub(1)).map(|w| w.0).unwrap_or(0),
                    max_wait,
                    present::human_duration(total)
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
        format!("errorsTolerance {}", r.errors_tolerance.as_str())
    };
    let kafka = t.kind.is_kafka();
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
}
