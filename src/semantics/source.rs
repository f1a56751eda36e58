//! What kind of source a trigger has: a service FC invokes directly (HTTP, timer, OSS …) or
//! an EventBridge source (Kafka, RocketMQ, MNS …), as one enum.

use crate::limits;
use crate::model::{SourceType, TriggerType};

/// The kind of a trigger's source.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum SourceKind {
    /// `triggerType` is absent, not known offline or not one FC knows.
    #[default]
    Unknown,
    /// A trigger type other than `eventbridge`: the service invokes the function itself.
    Service(TriggerType),
    /// An `eventbridge` trigger; its event source type when known.
    EventBridge(Option<SourceType>),
}

impl SourceKind {
    pub fn of(trigger_type: Option<TriggerType>, source: Option<SourceType>) -> SourceKind {
        match trigger_type {
            None => SourceKind::Unknown,
            Some(TriggerType::EventBridge) => SourceKind::EventBridge(source),
            Some(tt) => SourceKind::Service(tt),
        }
    }

    /// The EventBridge source type, when known.
    pub fn source_type(self) -> Option<SourceType> {
        match self {
            SourceKind::EventBridge(st) => st,
            _ => None,
        }
    }

    /// A Kafka source: partitions, consumers (`maximumTasks`) and delivery concurrency apply.
    pub fn is_kafka(self) -> bool {
        self.source_type() == Some(SourceType::Kafka)
    }

    /// An EventBridge source other than `Default`: it reads a topic or queue through an
    /// event stream.
    pub fn is_custom(self) -> bool {
        self.source_type()
            .map(SourceType::is_custom)
            .unwrap_or(false)
    }

    /// How long EventBridge waits for one delivery to a function, seconds: a custom source
    /// delivers through an event stream or rule that stops waiting after
    /// `limits::EB_DELIVERY_TIMEOUT_S`; `None` for other triggers.
    pub fn delivery_timeout_s(self) -> Option<i64> {
        self.is_custom().then_some(limits::EB_DELIVERY_TIMEOUT_S)
    }

    /// The source reads a queue (MNS, RabbitMQ) rather than a topic.
    pub fn reads_queue(self) -> bool {
        matches!(
            self.source_type(),
            Some(SourceType::Mns | SourceType::RabbitMq)
        )
    }
}
