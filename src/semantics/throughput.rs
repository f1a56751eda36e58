//! Throughput of an event stream at the topic's rate (inventory): Little's law for the
//! invocations in flight, the rate the delivery concurrency sustains, and the lag.

use super::batch::Batch;
use super::calc;
use super::function::FunctionFacts;
use super::note::Note;

/// Throughput figures (need a rate and a handler time from the inventory).
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Throughput {
    pub topic: Option<String>,
    pub partitions: Option<u64>,
    /// Messages per second produced to the topic.
    pub rate: Option<f64>,
    /// Messages in one push at this rate.
    pub messages_per_invocation: Option<f64>,
    pub invocations_per_s: Option<f64>,
    /// Handler seconds per invocation at this rate.
    pub seconds_per_invocation: Option<f64>,
    /// Little's law: invocations/s × seconds.
    pub in_flight: Option<f64>,
    /// `in_flight` capped by the delivery concurrency.
    pub in_flight_capped: Option<f64>,
    /// ⌈in_flight_capped / instanceConcurrency⌉.
    pub expected_instances: Option<u64>,
    /// Handler seconds of one full push.
    pub seconds_per_full_push: Option<f64>,
    /// Messages/s at the delivery cap with full pushes.
    pub sustainable_rate: Option<f64>,
    pub exceeds: Option<bool>,
    /// Messages/s the lag grows by (0 when the trigger keeps up).
    pub lag_per_s: Option<f64>,
    /// Worst-case latency batching adds, seconds (`TimeBasedWindow`).
    pub batching_latency_s: Option<u64>,
}

/// What the throughput computation reads besides the batch.
pub struct Inputs<'f, 'a, 'i> {
    pub function: &'f FunctionFacts<'a, 'i>,
    pub streaming: bool,
    pub delivery_concurrency: Option<u64>,
    pub instance_concurrency: Option<u64>,
}

/// Fill `th` (whose topic, partitions and rate are set) for a trigger with batch `b`.
pub fn compute(th: &mut Throughput, b: &Batch, x: &Inputs<'_, '_, '_>, notes: &mut Vec<Note>) {
    let Some(count) = b.max_messages else {
        return;
    };
    let full = b.full_push().unwrap_or(count);
    if b.split.is_none() && b.message_size_bytes.is_some() {
        return; // the message cannot be delivered at all
    }
    th.seconds_per_full_push = x.function.handler_seconds(full as f64);
    if th.seconds_per_full_push.is_none() && (th.rate.is_some() || x.delivery_concurrency.is_some())
    {
        notes.push(Note::HandlerTimeUnknown {
            function: x.function.label.clone(),
        });
    }
    if let (Some(c), Some(s)) = (x.delivery_concurrency, th.seconds_per_full_push) {
        th.sustainable_rate = calc::sustainable_rate(c, full, s);
    }
    let Some(rate) = th.rate else {
        return;
    };
    // Messages in one window at this rate: the count, or what arrives within the interval.
    let window = match b.interval_s {
        Some(t) if t > 0 => (rate * t as f64).clamp(1.0, count as f64),
        Some(_) if x.streaming => {
            notes.push(Note::TimeWindowZero);
            1.0
        }
        Some(_) => 1.0,
        None => count as f64,
    };
    let pushes = match (b.message_size_bytes, b.body_limit_bytes) {
        (Some(size), Some(limit)) => calc::split(window.ceil() as u64, size, limit)
            .map(|s| s.len() as f64)
            .unwrap_or(1.0),
        _ => 1.0,
    };
    let per_push = window / pushes;
    th.messages_per_invocation = Some(per_push);
    th.invocations_per_s = Some(rate / per_push);
    if let Some(s) = x.function.handler_seconds(per_push) {
        th.seconds_per_invocation = Some(s);
        let inf = calc::in_flight(rate / per_push, s);
        th.in_flight = Some(inf);
        let capped = match x.delivery_concurrency {
            Some(c) => inf.min(c as f64),
            None => inf,
        };
        th.in_flight_capped = Some(capped);
        if let Some(ic) = x.instance_concurrency {
            th.expected_instances = Some(calc::expected_instances(capped, ic));
        }
    }
    if let Some(sus) = th.sustainable_rate {
        th.exceeds = Some(rate > sus + 1e-9);
        th.lag_per_s = Some((rate - sus).max(0.0));
    }
}
