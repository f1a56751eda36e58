//! The batch window of an event stream and how a full window is split under the invocation
//! body limit (`limits::SRC_TRIGGER_ADVANCED`).

use super::calc;
use super::eventbridge::EventBridgeFacts;
use super::fact::{Fact, Value};
use super::note::Note;
use crate::limits::{self, IntRange};

/// Batch shape of one trigger.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Batch {
    /// Messages per push (`CountBasedWindow`; 1 for event-driven triggers).
    pub max_messages: Option<u64>,
    /// Flush interval (`TimeBasedWindow`), seconds.
    pub interval_s: Option<u64>,
    /// The pushes one full window becomes under the body limit (needs a message size).
    pub split: Option<Vec<u64>>,
    pub body_limit_bytes: Option<u64>,
    pub message_size_bytes: Option<u64>,
}

impl Batch {
    /// Messages in a full push: the first part of the split, or the whole window.
    pub fn full_push(&self) -> Option<u64> {
        self.split
            .as_ref()
            .and_then(|s| s.first().copied())
            .or(self.max_messages)
    }
}

/// A window value within its range, or the note that says why there is none.
fn window(
    fact: &Fact<'_, u64>,
    key: &'static str,
    range: IntRange,
    notes: &mut Vec<Note>,
) -> Option<u64> {
    match &fact.value {
        Value::Known(v) if range.contains(*v as i64) => return Some(*v),
        Value::Known(v) => notes.push(Note::OutOfRange {
            key,
            value: *v,
            range,
        }),
        Value::Unknown(expr) | Value::Invalid(expr) => notes.push(Note::Unknown {
            key,
            expr: expr.clone(),
        }),
        Value::Absent | Value::Default(_) => notes.push(Note::WindowNotSet(key)),
    }
    None
}

/// The batch of a trigger: the window of an event stream, split under the body limit when the
/// message size is known; one event per push otherwise. `topic` names the topic in notes.
pub fn batch(eb: &EventBridgeFacts<'_, '_>, topic: &str, notes: &mut Vec<Note>) -> Batch {
    let limit = eb.invocation().map(|i| i.body_limit());
    let size = eb.message_size();
    let mut b = Batch {
        body_limit_bytes: limit,
        message_size_bytes: size,
        ..Batch::default()
    };
    if !eb.streaming {
        b.max_messages = Some(1);
        b.interval_s = Some(0);
        return b;
    }
    b.max_messages = window(
        &eb.count_window,
        "CountBasedWindow",
        limits::COUNT_BASED_WINDOW,
        notes,
    );
    b.interval_s = window(
        &eb.time_window,
        "TimeBasedWindow",
        limits::TIME_BASED_WINDOW_S,
        notes,
    );
    match (b.max_messages, size, limit) {
        (Some(count), Some(size), Some(limit)) => {
            b.split = calc::split(count, size, limit);
            if b.split.is_none() {
                notes.push(Note::MessageTooLarge { size, limit });
            }
        }
        (Some(_), None, _) => notes.push(Note::MessageSizeUnknown {
            topic: topic.to_string(),
        }),
        _ => {}
    }
    b
}
