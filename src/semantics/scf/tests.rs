//! The SCF numbers on hand-computed cases.

use super::*;
use crate::config::{FunctionFacts as HandlerTime, TopicFacts};
use crate::limits;
use crate::model::scf::{build, form_of};
use crate::source::{parse, ParseLimits, SourceMap};

fn inventory(partitions: u32, size: Option<u64>, rate: Option<f64>) -> Inventory {
    Inventory {
        topics: vec![TopicFacts {
            topic: "orders".into(),
            partitions: Some(partitions),
            message_size: size,
            rate,
            ..TopicFacts::default()
        }],
        functions: vec![HandlerTime {
            name: "consumer".into(),
            seconds_per_message: Some(0.01),
            seconds_per_batch: Some(0.5),
        }],
        ..Inventory::default()
    }
}

/// Analyse `text`, call `f` with the functions and regions.
fn with<R>(
    text: &str,
    inv: &Inventory,
    f: impl FnOnce(&[ScfFunctionSemantics<'_, '_>], Vec<ScfRegionLoad>) -> R,
) -> R {
    let mut sources = SourceMap::new();
    let file = sources.add("/nonexistent-fclint/serverless.yml".into(), text.into());
    let mut root = parse(file, sources.get(file), ParseLimits::default())
        .root
        .expect("YAML");
    root.assign_pointers("");
    let model = build(file, &root, form_of(&root).expect("an SCF form"));
    let fs = analyze(&model, inv);
    let regions = regions(&fs, inv);
    f(&fs, regions)
}

const SCF: &str = "component: scf
name: orders
inputs:
  name: consumer
  src: ./
  region: ap-singapore
  memorySize: 512
  events:
    - ckafka:
        parameters:
          name: ckafka-1
          topic: orders
          maxMsgNum: 100
          enable: true
";

#[test]
fn consumers_in_flight_and_quota_follow_the_partitions() {
    with(SCF, &inventory(4, None, None), |fs, regions| {
        let l = &fs[0].triggers[0].load;
        assert_eq!(l.consumers, Some(4));
        assert_eq!(l.in_flight, Some(4));
        assert_eq!(l.memory_mb, Some(512));
        assert_eq!(l.quota_mb, Some(2048));
        assert_eq!(l.batch.max_messages, Some(100));
        assert_eq!(
            l.batch.interval_s,
            Some(limits::SCF_CKAFKA_TIMEOUT_DEFAULT_S)
        );
        assert_eq!(
            l.batch.body_limit_bytes,
            Some(limits::SCF_SYNC_EVENT_LIMIT_BYTES)
        );
        assert!(l.notes.contains(&ScfNote::MessageSizeUnknown {
            topic: "orders".into()
        }));
        let r = &regions[0];
        assert_eq!(r.region.as_deref(), Some("ap-singapore"));
        assert_eq!(
            (r.used_mb, r.quota_mb),
            (2048, Some(limits::SCF_REGION_QUOTA_MB_OTHER))
        );
        assert!(!r.exceeds() && !r.lower_bound);
    });
}

#[test]
fn a_full_batch_is_cut_at_six_mb() {
    let text = SCF.replace("maxMsgNum: 100", "maxMsgNum: 500");
    with(&text, &inventory(4, Some(50 * 1024), None), |fs, _| {
        let b = &fs[0].triggers[0].load.batch;
        // 6 MB / 50 KB = 122.88: four batches of 122 and one of 12.
        assert_eq!(b.split, Some(vec![122, 122, 122, 122, 12]));
        assert_eq!(b.full_push(), Some(122));
    });
}

#[test]
fn throughput_is_partitions_times_batch_over_handler_time() {
    with(SCF, &inventory(4, Some(1024), Some(1000.0)), |fs, _| {
        let th = &fs[0].triggers[0].load.throughput;
        // A full batch of 100: 0.5 s + 100 × 0.01 s = 1.5 s; 4 × 100 / 1.5 = 266.67 msgs/s.
        assert_eq!(th.seconds_per_full_push, Some(1.5));
        let sus = th.sustainable_rate.expect("a rate");
        assert!((sus - 266.666_666).abs() < 1e-3, "{sus}");
        assert_eq!(th.exceeds, Some(true));
        assert!((th.lag_per_s.unwrap() - (1000.0 - sus)).abs() < 1e-9);
        // 250 msgs/s per partition arrive within the 60 s wait: every batch is full.
        assert_eq!(th.messages_per_invocation, Some(100.0));
        // In flight at most one per partition.
        assert_eq!(th.in_flight_capped, Some(4.0));
        assert_eq!(th.expected_instances, Some(4));
    });
}

#[test]
fn retries_hold_the_partition_for_retries_plus_one_timeouts() {
    with(SCF, &inventory(4, None, None), |fs, _| {
        let r = fs[0].triggers[0].load.retry.as_ref().expect("retry");
        assert_eq!(r.retries, limits::SCF_CKAFKA_RETRY_DEFAULT);
        assert!(r.default);
        let t = limits::SCF_FUNCTION_TIMEOUT_DEFAULT_S as u64;
        assert_eq!(r.attempt_s, Some(t));
        assert_eq!(r.stall_s, Some((limits::SCF_CKAFKA_RETRY_DEFAULT + 1) * t));
    });
}

#[test]
fn the_v1_plugin_sends_no_retry_or_wait_and_skips_misnamed_triggers() {
    let text = "service: s
provider:
  name: tencent
  region: ap-guangzhou
functions:
  consumer:
    handler: a.b
    events:
      - ckafka:
          name: ckafka_trigger
          parameters:
            name: ckafka-1
            topic: orders
            maxMsgNum: 999
            retry: 3
            timeout: 5
            enable: true
";
    with(text, &inventory(6, None, None), |fs, regions| {
        let t = &fs[0].triggers[0];
        let l = &t.load;
        assert!(l.skipped);
        assert_eq!(
            l.retry.as_ref().map(|r| (r.retries, r.default)),
            Some((limits::SCF_CKAFKA_RETRY_DEFAULT, true))
        );
        assert_eq!(
            l.batch.interval_s,
            Some(limits::SCF_CKAFKA_TIMEOUT_DEFAULT_S)
        );
        assert!(l
            .notes
            .contains(&ScfNote::V1NotSent(vec!["retry", "timeout"])));
        assert_eq!(t.request, None);
        // A skipped trigger holds nothing of the quota.
        assert_eq!(regions[0].used_mb, 0);
    });
}

#[test]
fn unknown_values_are_not_guessed() {
    let text = SCF.replace("memorySize: 512", "memorySize: ${env.MEM}");
    with(&text, &inventory(4, None, None), |fs, regions| {
        let l = &fs[0].triggers[0].load;
        assert_eq!(l.memory_mb, None);
        assert_eq!(l.quota_mb, None);
        assert!(regions[0].lower_bound);
    });
}

#[test]
fn the_quota_sums_functions_of_one_region() {
    let text = "component: multi-scf
name: orders
inputs:
  src: ./
  region: ap-guangzhou
  memorySize: 3072
  functions:
    a:
      handler: a.a
    b:
      handler: b.b
      memorySize: 1024
  triggers:
    - type: ckafka
      function: a
      parameters: {name: ckafka-1, topic: orders, enable: true}
    - type: ckafka
      function: b
      parameters: {name: ckafka-1, topic: orders, enable: true}
";
    with(text, &inventory(40, None, None), |_, regions| {
        let r = &regions[0];
        // 40 × 3072 + 40 × 1024 = 163,840 MB > 128,000 MB.
        assert_eq!(r.used_mb, 163_840);
        assert_eq!(r.quota_mb, Some(limits::SCF_REGION_QUOTA_MB_LARGE));
        assert!(r.exceeds());
        assert_eq!(r.shares.len(), 2);
    });
}
