//! The facts of one EventBridge trigger (`triggerConfig` of `triggerType: eventbridge`),
//! read once: the source and its topic, the invocation, the run mode and run options, the
//! batch window and the delivery options.

use super::fact::{self, Fact, Site};
use super::invocation::{self, Invocation};
use super::retry::RetryFacts;
use crate::config::{Inventory, TopicFacts};
use crate::limits;
use crate::model::{RunMode, SourceType};
use crate::source::Node;

/// Where a consumer starts reading a topic it has no position in: Kafka `OffsetReset`
/// (`latest`, `earliest`), RocketMQ `Offset` (`CONSUME_FROM_LAST_OFFSET`,
/// `CONSUME_FROM_FIRST_OFFSET`, `CONSUME_FROM_TIMESTAMP`): the vocabularies
/// `limits::KAFKA_OFFSET_RESET` and `limits::ROCKETMQ_OFFSETS`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum StartOffset {
    /// New messages only.
    Latest,
    /// The oldest retained message.
    Earliest,
    /// The time in RocketMQ's `Timestamp` (epoch milliseconds).
    Timestamp,
}

impl StartOffset {
    pub fn parse(s: &str) -> Option<StartOffset> {
        match s {
            "latest" | "CONSUME_FROM_LAST_OFFSET" => Some(StartOffset::Latest),
            "earliest" | "CONSUME_FROM_FIRST_OFFSET" => Some(StartOffset::Earliest),
            "CONSUME_FROM_TIMESTAMP" => Some(StartOffset::Timestamp),
            _ => None,
        }
    }
}

/// The shape events reach the handler in (`deliveryOption.eventSchema`).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum EventSchema {
    /// One CloudEvent per message, the message in `data` (the default).
    CloudEvents,
    /// The source's raw message payload, without the envelope.
    RawData,
}

/// The facts of one EventBridge trigger.
#[derive(Debug, Clone)]
pub struct EventBridgeFacts<'a, 'i> {
    /// `eventSourceConfig.eventSourceType`. No default.
    pub source_type: Fact<'a, SourceType>,
    /// `asyncInvocationType`; default [`Invocation::DEFAULT`] (sync).
    pub invocation: Fact<'a, Invocation>,
    /// `eventSinkConfig.deliveryOption.eventSchema`; default `limits::EVENT_SCHEMAS[0]`
    /// (CloudEvents). See [`EventBridgeFacts::event_schema_shown`].
    pub event_schema: Fact<'a, String>,
    /// `runOptions.mode`. No default: without it a streaming-only source streams (see
    /// [`EventBridgeFacts::streaming`]).
    pub mode: Fact<'a, RunMode>,
    /// Whether the trigger runs as an event stream (batching, run options): `mode:
    /// event-streaming`, or no `mode` on a streaming-only source (Kafka, DTS).
    pub streaming: bool,
    /// `runOptions` as written.
    pub run_options: Option<Site<'a>>,
    /// `eventSinkConfig.deliveryOption` as written.
    pub delivery_option: Option<Site<'a>>,
    /// The `source*Parameters` block of the source type.
    pub params: Option<Site<'a>>,
    /// The topic (`Topic`; `QueueName` for MNS and RabbitMQ).
    pub topic: Option<Site<'a>>,
    /// The source instance (`InstanceId`; `TaskId` for DTS).
    pub instance: Option<Site<'a>>,
    /// The start offset (`OffsetReset` Kafka, `Offset` RocketMQ, `InitCheckPoint` DTS).
    pub offset: Option<Site<'a>>,
    /// The consumer group (`ConsumerGroup`, `GroupID` or `Sid`).
    pub consumer_group: Option<Site<'a>>,
    /// The event rule's filter pattern (`eventRuleFilterPattern`, Default source).
    pub rule_pattern: Option<Site<'a>>,
    /// `runOptions.maximumTasks`: concurrent consumers (Kafka). No documented default.
    pub maximum_tasks: Fact<'a, u64>,
    /// `eventSinkConfig.deliveryOption.concurrency`: deliveries in flight (Kafka, sync). No
    /// documented default.
    pub concurrency: Fact<'a, u64>,
    /// `runOptions.batchWindow.CountBasedWindow`: messages per push. No documented default.
    pub count_window: Fact<'a, u64>,
    /// `runOptions.batchWindow.TimeBasedWindow`: seconds a batch waits. No documented default.
    pub time_window: Fact<'a, u64>,
    /// Retry policy, errors tolerance and dead-letter queue.
    pub retry: RetryFacts<'a>,
    /// Inventory facts of the topic (partitions, message sizes, rate), looked up by the
    /// topic and the instance (`InstanceId`; DTS: `TaskId`) when written as strings (also an
    /// expression left unresolved, which matches an entry written the same way).
    pub topic_facts: Option<&'i TopicFacts>,
}

impl<'a, 'i> EventBridgeFacts<'a, 'i> {
    /// Read a trigger's `triggerConfig` (a mapping).
    pub fn read(config: &'a Node, inventory: &'i Inventory) -> EventBridgeFacts<'a, 'i> {
        let source_type = Fact::read(
            Site::at(config, &["eventSourceConfig", "eventSourceType"]),
            None,
            |n| n.as_str().and_then(SourceType::parse),
        );
        let st = source_type.known().copied();
        let params = st
            .and_then(SourceType::params_key)
            .and_then(|k| Site::at(config, &["eventSourceConfig", "eventSourceParameters", k]));
        let param = |k: &str| params.and_then(|p| Site::of(p.node, k));
        let (topic_key, offset_key, instance_key) = match st {
            Some(SourceType::Kafka) => (Some("Topic"), Some("OffsetReset"), "InstanceId"),
            Some(SourceType::RocketMq) => (Some("Topic"), Some("Offset"), "InstanceId"),
            Some(SourceType::Dts) => (Some("Topic"), Some("InitCheckPoint"), "TaskId"),
            Some(SourceType::Mqtt) => (Some("Topic"), None, "InstanceId"),
            Some(SourceType::Mns | SourceType::RabbitMq) => (Some("QueueName"), None, "InstanceId"),
            Some(SourceType::Default) | None => (None, None, "InstanceId"),
        };
        let topic = topic_key.and_then(param);
        let instance = param(instance_key);
        // Topics and instances are strings (the API's and the schema's type): anything else
        // names no inventory entry.
        let topic_facts = topic
            .and_then(|t| t.text())
            .and_then(|t| inventory.topic(instance.and_then(|i| i.text()), t));
        let run_options = Site::of(config, "runOptions");
        let mode = Fact::read(Site::at(config, &["runOptions", "mode"]), None, |n| match n
            .as_str()?
        {
            "event-driven" => Some(RunMode::EventDriven),
            "event-streaming" => Some(RunMode::EventStreaming),
            _ => None,
        });
        let streaming = match mode.known() {
            Some(RunMode::EventStreaming) => true,
            Some(RunMode::EventDriven) => false,
            None => !mode.is_present() && st.map(SourceType::streaming_only).unwrap_or(false),
        };
        let run = |path: &[&str]| Site::within(run_options.map(|s| s.node), path);
        let delivery_option = Site::at(config, &["eventSinkConfig", "deliveryOption"]);
        let delivery = |k: &str| Site::within(delivery_option.map(|s| s.node), &[k]);
        EventBridgeFacts {
            invocation: invocation::async_invocation_type(Site::of(config, "asyncInvocationType")),
            event_schema: Fact::read(
                delivery("eventSchema"),
                Some(limits::EVENT_SCHEMAS[0].to_string()),
                fact::string,
            ),
            mode,
            streaming,
            params,
            topic,
            instance,
            offset: offset_key.and_then(param),
            consumer_group: ["ConsumerGroup", "GroupID", "Sid"]
                .iter()
                .find_map(|k| param(k)),
            rule_pattern: Site::of(config, "eventRuleFilterPattern"),
            maximum_tasks: Fact::read(run(&["maximumTasks"]), None, fact::count),
            concurrency: Fact::read(delivery("concurrency"), None, fact::count),
            count_window: Fact::read(run(&["batchWindow", "CountBasedWindow"]), None, fact::count),
            time_window: Fact::read(run(&["batchWindow", "TimeBasedWindow"]), None, fact::count),
            retry: RetryFacts::read(run_options.map(|s| s.node)),
            topic_facts,
            source_type,
            run_options,
            delivery_option,
        }
    }

    /// The source type, when known.
    pub fn source(&self) -> Option<SourceType> {
        self.source_type.known().copied()
    }

    /// The run mode in effect: as written, else `event-streaming` on a streaming-only source
    /// (Kafka, DTS); `None` when not known (not written on a source that has both modes, whose
    /// default no page states, or not known offline).
    pub fn run_mode(&self) -> Option<RunMode> {
        match self.mode.known() {
            Some(m) => Some(*m),
            None if self.streaming => Some(RunMode::EventStreaming),
            None => None,
        }
    }

    /// The invocation, when known (the default when not written).
    pub fn invocation(&self) -> Option<Invocation> {
        self.invocation.value()
    }

    /// The event schema as shown: the string as written, else the default.
    pub fn event_schema_shown(&self) -> String {
        self.event_schema
            .at
            .and_then(|s| s.text())
            .map(str::to_string)
            .unwrap_or_else(|| limits::EVENT_SCHEMAS[0].to_string())
    }

    /// The shape events reach the handler in: `RawData` when written so, else CloudEvents
    /// (the default; a value outside `limits::EVENT_SCHEMAS` is the schema's finding).
    pub fn event_schema_in_effect(&self) -> EventSchema {
        match self.event_schema.known().map(String::as_str) {
            Some("RawData") => EventSchema::RawData,
            _ => EventSchema::CloudEvents,
        }
    }

    /// Where the consumer starts, when the offset is written as one of the documented
    /// starting points (a DTS checkpoint is none of them).
    pub fn start_offset(&self) -> Option<StartOffset> {
        self.offset?.text().and_then(StartOffset::parse)
    }

    /// The topic (or queue) as written, when it is a string (also an expression left
    /// unresolved): what messages name and the inventory is looked up by.
    pub fn topic_name(&self) -> Option<&'a str> {
        self.topic.and_then(|t| t.text())
    }

    /// The delivery concurrency, when written and within `limits::DELIVERY_CONCURRENCY` (a
    /// value outside it is the schema's finding, SC005; the plan shows it as written).
    pub fn concurrency_in_range(&self) -> Option<u64> {
        self.concurrency
            .known()
            .copied()
            .filter(|v| limits::DELIVERY_CONCURRENCY.contains(*v as i64))
    }

    /// A key of the source parameters block.
    pub fn param(&self, key: &str) -> Option<Site<'a>> {
        Site::of(self.params?.node, key)
    }

    /// The batch window's message count, when written and within
    /// `limits::COUNT_BASED_WINDOW`.
    pub fn count_window_in_range(&self) -> Option<u64> {
        self.count_window
            .known()
            .copied()
            .filter(|v| limits::COUNT_BASED_WINDOW.contains(*v as i64))
    }

    /// The topic's typical message size in bytes (inventory `message_size`).
    pub fn message_size(&self) -> Option<u64> {
        self.topic_facts.and_then(|f| f.message_size)
    }

    /// The topic's largest message in bytes: `max_message_size`, else the typical size.
    pub fn largest_message_size(&self) -> Option<u64> {
        self.topic_facts
            .and_then(|f| f.max_message_size.or(f.message_size))
    }

    /// Partitions of the topic (inventory).
    pub fn partitions(&self) -> Option<u64> {
        self.topic_facts.and_then(|f| f.partitions).map(u64::from)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn start_offsets_of_kafka_and_rocketmq() {
        assert_eq!(StartOffset::parse("latest"), Some(StartOffset::Latest));
        assert_eq!(
            StartOffset::parse("CONSUME_FROM_LAST_OFFSET"),
            Some(StartOffset::Latest)
        );
        assert_eq!(StartOffset::parse("earliest"), Some(StartOffset::Earliest));
        assert_eq!(
            StartOffset::parse("CONSUME_FROM_FIRST_OFFSET"),
            Some(StartOffset::Earliest)
        );
        assert_eq!(
            StartOffset::parse("CONSUME_FROM_TIMESTAMP"),
            Some(StartOffset::Timestamp)
        );
        assert_eq!(StartOffset::parse("Latest"), None);
    }
}
