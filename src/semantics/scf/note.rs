//! Caveats of an SCF trigger's numbers, recorded in order while they are computed; `plan`
//! words them as assumptions, `explain` picks what its story needs.

use crate::limits::IntRange;

/// One caveat of an SCF trigger's load.
#[derive(Debug, Clone, PartialEq)]
pub enum ScfNote {
    /// A value the computation needs is written but not known offline or not usable.
    Unknown { key: &'static str, expr: String },
    /// A value outside its documented range: the batch is not computed.
    OutOfRange {
        key: &'static str,
        value: u64,
        range: IntRange,
    },
    /// The topic's partition count is not in the inventory: consumers, invocations in flight
    /// and instances are not known.
    PartitionsUnknown { topic: String },
    /// The topic's message size is not in the inventory: a full batch is assumed to fit one
    /// event.
    MessageSizeUnknown { topic: String },
    /// A message above the synchronous event limit: it can never be delivered.
    MessageTooLarge { size: u64, limit: u64 },
    /// The function's handler time is not in the inventory.
    HandlerTimeUnknown { function: String },
    /// `enable` is absent (or false): the trigger is created closed and consumes nothing.
    Closed { written: bool },
    /// The Framework v1 plugin does not create this trigger (the deploy still succeeds).
    V1Skipped { name_mismatch: bool },
    /// The Framework v1 plugin does not send these keys: the platform defaults apply.
    V1NotSent(Vec<&'static str>),
    /// The region's concurrency quota is not documented (set `scf_region_quota_mb`).
    QuotaUnknown { region: String },
    /// A trigger type other than CKafka: one invocation per event, its rate is not in the file.
    EventSource(String),
    /// A type fclint does not know.
    TypeUnknown,
}
