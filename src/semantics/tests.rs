//! The facts and loads of small documents, read end to end (parse → resolve → model →
//! semantics), against hand-computed values.

use super::*;
use crate::config::{FunctionFacts as HandlerTime, Inventory, TopicFacts};
use crate::model::{RunMode, SourceType, TriggerType};
use crate::source::SourceMap;

/// Resolve `yaml` and hand its semantics to `check`.
fn with(yaml: &str, inventory: &Inventory, check: impl FnOnce(&[FunctionSemantics<'_, '_>])) {
    let mut sources = SourceMap::new();
    let id = sources.add(std::path::PathBuf::from("s.yaml"), yaml.to_string());
    let doc = crate::load_text(&mut sources, id, &Default::default());
    let root = doc.root.as_ref().expect("the test document is YAML");
    let model = crate::model::build(doc.file, root, doc.edition);
    check(&analyze(&model, inventory));
}

const KAFKA: &str = "edition: 3.0.0
name: t
resources:
  orders:
    component: fc3
    props:
      region: cn-hangzhou
      functionName: orders
      runtime: custom.debian10
      instanceConcurrency: 5
      triggers:
        - triggerName: kafka
          triggerType: eventbridge
          triggerConfig:
            asyncInvocationType: true
            eventSourceConfig:
              eventSourceType: Kafka
              eventSourceParameters:
                sourceKafkaParameters:
                  InstanceId: alikafka-1
                  Topic: orders
                  ConsumerGroup: g
            eventSinkConfig:
              deliveryOption:
                concurrency: 26
            runOptions:
              maximumTasks: 12
              batchWindow:
                CountBasedWindow: 100
                TimeBasedWindow: 5
";

fn inventory() -> Inventory {
    Inventory {
        topics: vec![TopicFacts {
            instance_id: None,
            topic: "orders".into(),
            partitions: Some(8),
            message_size: Some(2 * 1024),
            max_message_size: None,
            rate: Some(50.0),
        }],
        functions: vec![HandlerTime {
            name: "orders".into(),
            seconds_per_message: Some(0.02),
            seconds_per_batch: None,
        }],
        region_quota: None,
        delivery_concurrency_quota: None,
        scf_region_quota_mb: None,
    }
}

#[test]
fn a_kafka_trigger_read_once() {
    let inv = inventory();
    with(KAFKA, &inv, |fs| {
        let f = &fs[0];
        assert_eq!(f.facts.region(), Some("cn-hangzhou"));
        assert_eq!(f.facts.effective_instance_concurrency(), Some(5));
        assert_eq!(f.facts.timeout.value, Value::Default(3));
        assert_eq!(f.facts.timeout_s(), Some(3));
        // 0.02 s per message, no fixed time per batch: 100 messages take 2 s.
        assert_eq!(f.facts.handler_seconds(100.0), Some(2.0));
        let t = &f.triggers[0];
        assert_eq!(
            t.facts.kind,
            SourceKind::EventBridge(Some(SourceType::Kafka))
        );
        let eb = t.facts.eventbridge.as_ref().unwrap();
        // Written async; no mode on Kafka streams; the defaults of the run options.
        assert_eq!(eb.invocation.value, Value::Known(Invocation::Async));
        assert!(eb.mode.value == Value::Absent && eb.streaming);
        assert_eq!(eb.retry.policy.value, Value::Default(RetryPolicy::Backoff));
        assert_eq!(
            eb.retry.tolerance.value,
            Value::Default(ErrorsTolerance::None)
        );
        assert!(eb.retry.dead_letter_queue.is_none());
        assert_eq!(eb.consumer_group.map(|s| s.plain()), Some("g".into()));
        // No offset written; no eventSchema: CloudEvents.
        assert_eq!(eb.start_offset(), None);
        assert_eq!(
            eb.event_schema_in_effect(),
            eventbridge::EventSchema::CloudEvents
        );
        // Sites: the key and the value, 1-based.
        let tasks = eb.maximum_tasks.at.unwrap();
        assert_eq!((tasks.key.start.line, tasks.key.start.col), (27, 15));
        assert_eq!((tasks.line(), tasks.node.span.start.col), (27, 29));
        assert_eq!(
            tasks.node.pointer,
            "/resources/orders/props/triggers/0/triggerConfig/runOptions/maximumTasks"
        );
        // The load: min(12, 8) consumers; async ignores the delivery concurrency; the
        // documented 64 + 36 split of 100 × 2 KB under 128 KB.
        let l = &t.load;
        assert_eq!((l.maximum_tasks, l.consumers), (Some(12), Some(8)));
        assert_eq!(
            (l.delivery_concurrency, l.max_instances, l.max_unknown),
            (None, None, false)
        );
        assert_eq!(l.batch.split, Some(vec![64, 36]));
        assert_eq!(l.batch.body_limit_bytes, Some(128 * 1024));
        assert_eq!(l.throughput.messages_per_invocation, Some(50.0));
        assert_eq!(l.throughput.seconds_per_invocation, Some(1.0));
        let r = l.retry.as_ref().unwrap();
        assert!(r.policy_default && r.tolerance_default);
        assert_eq!((r.after, r.total()), (After::Block, (30, 60)));
        assert_eq!(l.notes, vec![Note::AsyncDelivery]);
        // The function: one unbounded trigger, no cap.
        assert_eq!(f.load.unbounded, vec!["kafka".to_string()]);
        assert_eq!((f.load.max_instances, f.load.demand()), (None, 0));
    });
}

#[test]
fn sync_delivery_bounds_instances() {
    let yaml = KAFKA.replace("asyncInvocationType: true", "asyncInvocationType: false");
    with(&yaml, &Inventory::default(), |fs| {
        let l = &fs[0].triggers[0].load;
        assert_eq!(l.delivery_concurrency, Some(26));
        assert_eq!(l.max_instances, Some(6)); // ⌈26 / 5⌉
        assert_eq!(l.consumers, Some(12));
        assert_eq!(
            l.notes,
            vec![
                Note::PartitionsUnknown {
                    topic: "orders".into(),
                    maximum_tasks: 12
                },
                Note::MessageSizeUnknown {
                    topic: "orders".into()
                },
                // The delivery concurrency is known, so the sustainable rate needs it.
                Note::HandlerTimeUnknown {
                    function: "orders".into()
                },
            ]
        );
        assert_eq!(fs[0].load.max_instances, Some(6));
        let r = regions(fs.iter().map(FunctionSemantics::region_share));
        assert_eq!((r[0].max_instances, r[0].seconds_to_scale), (6, Some(0)));
    });
}

#[test]
fn unknown_is_not_wrong_and_not_guessed() {
    let yaml = KAFKA
        .replace("concurrency: 26", "concurrency: ${env(CONC)}")
        .replace("asyncInvocationType: true", "asyncInvocationType: false")
        .replace("instanceConcurrency: 5", "instanceConcurrency: 0");
    with(&yaml, &Inventory::default(), |fs| {
        let f = &fs[0];
        assert_eq!(f.facts.instance_concurrency.value, Value::Known(0));
        assert_eq!(f.facts.effective_instance_concurrency(), None);
        let t = &f.triggers[0];
        let eb = t.facts.eventbridge.as_ref().unwrap();
        assert_eq!(eb.concurrency.unknown(), Some("${env(CONC)}"));
        assert_eq!((t.load.max_instances, t.load.max_unknown), (None, true));
        assert_eq!(t.load.notes[0], Note::InstanceConcurrencyInvalid);
        assert!(t.load.notes.contains(&Note::Unknown {
            key: "concurrency",
            expr: "${env(CONC)}".into()
        }));
        assert_eq!(f.load.unknown, vec!["kafka".to_string()]);
    });
}

#[test]
fn run_options_decide_what_follows_the_retries() {
    let yaml = KAFKA.replace(
        "              maximumTasks: 12\n",
        "              maximumTasks: 12\n              mode: event-streaming\n              errorsTolerance: ALL\n              retryStrategy:\n                PushRetryStrategy: EXPONENTIAL_DECAY_RETRY\n              deadLetterQueue:\n                Arn: acs:mns:cn-hangzhou:1:/queues/dlq\n",
    );
    with(&yaml, &Inventory::default(), |fs| {
        let eb = fs[0].triggers[0].facts.eventbridge.as_ref().unwrap();
        assert_eq!(eb.mode.value, Value::Known(RunMode::EventStreaming));
        let r = fs[0].triggers[0].load.retry.as_ref().unwrap();
        assert_eq!(r.policy, RetryPolicy::ExponentialDecay);
        assert!(!r.policy_default && !r.tolerance_default);
        assert_eq!(r.after, After::DeadLetterQueue);
        assert_eq!(
            r.dead_letter_queue.as_deref(),
            Some("acs:mns:cn-hangzhou:1:/queues/dlq")
        );
        assert_eq!(r.total(), (86_015, 86_015));
    });
}

#[test]
fn services_and_unknown_types() {
    let yaml = "edition: 3.0.0
name: t
resources:
  web:
    component: fc3
    props:
      region: ${env(REGION)}
      functionName: web
      runtime: python3.10
      concurrencyConfig:
        reservedConcurrency: 10
      triggers:
        - triggerName: http
          triggerType: http
          triggerConfig:
            methods: [GET, POST]
            authType: anonymous
        - triggerName: odd
          triggerType: kafka
        - triggerName: rule
          triggerType: eventbridge
          triggerConfig:
            eventSourceConfig:
              eventSourceType: Default
";
    with(yaml, &Inventory::default(), |fs| {
        let f = &fs[0];
        assert_eq!(f.facts.region.unknown(), Some("${env(REGION)}"));
        assert_eq!(f.region_share().region, None);
        assert_eq!(f.facts.instance_cap(), Some(10));
        let http = &f.triggers[0];
        assert_eq!(http.facts.kind, SourceKind::Service(TriggerType::Http));
        assert_eq!(http.load.invocation, Some(Invocation::Sync));
        assert_eq!(http.load.notes, vec![Note::Http]);
        match &http.facts.family {
            Family::Http { methods, .. } => {
                assert_eq!(methods.and_then(|m| m.list()), Some("GET, POST".into()))
            }
            other => panic!("{other:?}"),
        }
        let odd = &f.triggers[1];
        assert_eq!(odd.facts.kind, SourceKind::Unknown);
        assert_eq!(odd.facts.type_text(), Some("kafka"));
        assert_eq!(
            odd.facts.trigger_type.value,
            Value::Invalid("\"kafka\"".into())
        );
        assert!(odd.load.max_unknown);
        let rule = &f.triggers[2];
        assert_eq!(
            rule.facts.kind,
            SourceKind::EventBridge(Some(SourceType::Default))
        );
        assert_eq!(rule.load.notes, vec![Note::DefaultSource]);
        // The cap bounds the function although its triggers are unbounded.
        assert_eq!((f.load.max_instances, f.load.demand()), (Some(10), 10));
    });
}

#[test]
fn async_invoke_config_of_both_editions() {
    let v3 = "edition: 3.0.0
name: t
resources:
  f:
    component: fc3
    props:
      functionName: f
      asyncInvokeConfig:
        maxAsyncEventAgeInSeconds: 3600
        destinationConfig:
          onFailure:
            destination: acs:mns:cn-hangzhou:1:/queues/failed/messages
";
    with(v3, &Inventory::default(), |fs| {
        let a = &fs[0].facts.async_invoke;
        assert_eq!(a.retry_attempts.value, Value::Default(3));
        assert_eq!(a.event_age_s.value, Value::Known(3600));
        assert_eq!(a.destinations.len(), 1);
        assert_eq!(
            a.destinations[0].which,
            crate::model::Destination::OnFailure
        );
        assert_eq!(a.destinations[0].at.line(), 12);
        assert_eq!(
            a.destinations[0].arn,
            Some("acs:mns:cn-hangzhou:1:/queues/failed/messages")
        );
        assert_eq!(
            a.destinations[0].target,
            Some(crate::semantics::async_invoke::Target::Supported)
        );
    });
    let v1 = "edition: 1.0.0
name: t
services:
  s:
    component: devsapp/fc
    props:
      service:
        name: svc
      function:
        name: f
        asyncConfiguration:
          maxAsyncRetryAttempts: 0
          destination:
            onSuccess: acs:fc:cn-hangzhou:1:services/svc/functions/g
";
    with(v1, &Inventory::default(), |fs| {
        let a = &fs[0].facts.async_invoke;
        assert_eq!(a.retry_attempts.value, Value::Known(0));
        assert_eq!(
            a.destinations[0].which,
            crate::model::Destination::OnSuccess
        );
        assert_eq!(
            a.destinations[0].target,
            Some(crate::semantics::async_invoke::Target::Function {
                service: Some("svc"),
                function: "g"
            })
        );
        assert!(fs[0].facts.is_named(Some("svc"), "f"));
        assert!(!fs[0].facts.is_named(Some("svc"), "g"));
        assert_eq!(fs[0].facts.label, "svc$f");
    });
}
