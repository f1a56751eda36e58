//! Why a number could not be computed, or what it rests on: typed caveats the semantics
//! layer records in order while it computes a trigger's load. `plan` words them as its
//! assumptions; `explain` picks the ones its story needs.

use crate::limits::IntRange;
use crate::model::{SourceType, TriggerType};

/// One caveat of a trigger's load.
#[derive(Debug, Clone, PartialEq)]
pub enum Note {
    /// A value the computation needs is written but not known offline or not usable: the
    /// key and the value as written.
    Unknown { key: &'static str, expr: String },
    /// `instanceConcurrency` is written but not a whole number of at least 1.
    InstanceConcurrencyInvalid,
    /// The trigger type is not known: nothing about the load can be said.
    TriggerTypeUnknown,
    /// HTTP: one invocation per request; the callers' rate decides the instances.
    Http,
    /// Timer: one invocation per tick.
    Timer,
    /// A cloud service invokes the function once per event; its rate is not in s.yaml.
    ServiceInvoked(TriggerType),
    /// The EventBridge source type is not known.
    SourceTypeUnknown,
    /// EventBridge `Default` source: cloud-service events through an event rule.
    DefaultSource,
    /// The partition count of the topic is not in the inventory: consumers = maximumTasks.
    PartitionsUnknown { topic: String, maximum_tasks: u64 },
    /// `maximumTasks` is not set (its default is not documented).
    MaximumTasksNotSet,
    /// A value is outside its documented range.
    OutOfRange {
        key: &'static str,
        value: u64,
        range: IntRange,
    },
    /// Kafka sync delivery without `deliveryOption.concurrency` (default not documented).
    DeliveryConcurrencyNotSet,
    /// Kafka async delivery: FC's async queue decides the instances.
    AsyncDelivery,
    /// A source without a delivery-concurrency setting (everything but Kafka).
    NoDeliveryConcurrency(SourceType),
    /// `instanceConcurrency` > 1 on a built-in runtime, where multi-concurrency is not
    /// documented: with one request per instance, `concurrency` deliveries need `instances`.
    BuiltinRuntime {
        runtime: String,
        concurrency: u64,
        instances: u64,
    },
    /// A batch window key is not set (its default is not documented).
    WindowNotSet(&'static str),
    /// A message is over the body limit: it can never be delivered.
    MessageTooLarge { size: u64, limit: u64 },
    /// The topic's message size is not in the inventory.
    MessageSizeUnknown { topic: String },
    /// The function's handler time is not in the inventory.
    HandlerTimeUnknown { function: String },
    /// `TimeBasedWindow: 0`: each push is taken to carry one message at the given rate.
    TimeWindowZero,
}
