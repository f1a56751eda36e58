//! The arithmetic of FC and EventBridge: small pure functions, one formula each, with the
//! platform numbers read from [`crate::limits`]. Nothing else in fclint computes instances,
//! consumers, batch splits, Little's law or scale-out time.

use crate::limits;

/// Instances FC needs for `concurrency` concurrent invocations when one instance serves
/// `instance_concurrency` of them: ⌈concurrency / instanceConcurrency⌉. FC fills an
/// instance before it starts the next (`limits::SRC_INSTANCE_SCALING`).
pub fn instances_for(concurrency: u64, instance_concurrency: u64) -> u64 {
    concurrency.div_ceil(instance_concurrency.max(1))
}

/// Consumers that actually pull: min(maximumTasks, partitions); without a partition count,
/// `maximumTasks`.
pub fn consumers(maximum_tasks: u64, partitions: Option<u64>) -> u64 {
    match partitions {
        Some(p) => maximum_tasks.min(p),
        None => maximum_tasks,
    }
}

/// Partitions each consumer reads when `consumers` share `partitions`: `(fewest, most)`,
/// ⌊partitions / consumers⌋ and ⌈partitions / consumers⌉ (Kafka spreads partitions evenly
/// over a group's consumers).
pub fn partitions_per_consumer(partitions: u64, consumers: u64) -> (u64, u64) {
    let c = consumers.max(1);
    (partitions / c, partitions.div_ceil(c))
}

/// Messages per push of one full window of `count` messages of `message_size` bytes under
/// the invocation body `limit`: as many whole messages as fit, then the rest
/// (`limits::SRC_TRIGGER_ADVANCED`: 100 × 2 KB async → 64 + 36). `None`: a single message is
/// over the limit (or there is nothing to push).
pub fn split(count: u64, message_size: u64, limit: u64) -> Option<Vec<u64>> {
    if message_size == 0 || message_size > limit || count == 0 {
        return None;
    }
    let per = limit / message_size;
    let mut parts = Vec::with_capacity(count.div_ceil(per).min(1 << 16) as usize);
    let mut left = count;
    while left > 0 {
        let n = left.min(per);
        parts.push(n);
        left -= n;
    }
    Some(parts)
}

/// Little's law: invocations in flight = arrivals per second × seconds each one takes.
pub fn in_flight(invocations_per_s: f64, seconds_per_invocation: f64) -> f64 {
    invocations_per_s * seconds_per_invocation
}

/// The official FC formula (<https://help.aliyun.com/document_detail/181820.html>):
/// instances = requests/s × duration ÷ instanceConcurrency, rounded up (rounding is ours).
pub fn expected_instances(in_flight: f64, instance_concurrency: u64) -> u64 {
    let v = in_flight / instance_concurrency.max(1) as f64;
    // Guard float noise such as 6.000000000001.
    let r = v.round();
    if (v - r).abs() < 1e-9 {
        r as u64
    } else {
        v.ceil().max(0.0) as u64
    }
}

/// Messages per second a trigger sustains when `concurrency` invocations of `messages` each
/// run back to back, each taking `seconds`.
pub fn sustainable_rate(concurrency: u64, messages: u64, seconds: f64) -> Option<f64> {
    (seconds > 0.0).then(|| concurrency as f64 * messages as f64 / seconds)
}

/// How fast a region scales out: `(burst, growth per minute)` — instances created at once,
/// then added per minute (`limits::SRC_SCALING_LIMITS`).
pub fn scale_out_rates(region: &str) -> (u64, u64) {
    if limits::BURST_LARGE_REGIONS.contains(&region) {
        (limits::BURST_INSTANCES_LARGE, limits::GROWTH_PER_MIN_LARGE)
    } else {
        (limits::BURST_INSTANCES_OTHER, limits::GROWTH_PER_MIN_OTHER)
    }
}

/// Seconds until `instances` exist, starting from none: the burst at once, then the growth
/// rate: ⌈(instances − burst) / growth × 60⌉.
pub fn seconds_to_scale(instances: u64, burst: u64, growth_per_min: u64) -> u64 {
    if instances <= burst {
        return 0;
    }
    ((instances - burst) * 60).div_ceil(growth_per_min.max(1))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::semantics::Invocation;
    use proptest::prelude::*;

    fn body_limit(is_async: bool) -> u64 {
        if is_async {
            Invocation::Async.body_limit()
        } else {
            Invocation::Sync.body_limit()
        }
    }

    #[test]
    fn seed_table_of_the_kafka_write_up() {
        // concurrency 26 with instanceConcurrency 26, 13, 5, 2, 1 → 1, 2, 6, 13, 26.
        let got: Vec<u64> = [26, 13, 5, 2, 1]
            .iter()
            .map(|ic| instances_for(26, *ic))
            .collect();
        assert_eq!(got, vec![1, 2, 6, 13, 26]);
    }

    #[test]
    fn documented_split_is_64_plus_36() {
        assert_eq!(split(100, 2 * 1024, body_limit(true)), Some(vec![64, 36]));
        assert_eq!(split(100, 2 * 1024, body_limit(false)), Some(vec![100]));
        assert_eq!(split(10, 200 * 1024, body_limit(true)), None);
        assert_eq!(split(300, 1024, body_limit(true)), Some(vec![128, 128, 44]));
        assert_eq!(split(0, 1024, body_limit(true)), None);
        assert_eq!(split(10, 0, body_limit(true)), None);
    }

    #[test]
    fn consumers_are_bounded_by_partitions() {
        assert_eq!(consumers(12, Some(6)), 6);
        assert_eq!(consumers(4, Some(12)), 4);
        assert_eq!(consumers(12, None), 12);
    }

    #[test]
    fn partitions_spread_evenly_over_consumers() {
        assert_eq!(partitions_per_consumer(12, 4), (3, 3));
        assert_eq!(partitions_per_consumer(10, 4), (2, 3));
        assert_eq!(partitions_per_consumer(3, 0), (3, 3));
    }

    #[test]
    fn littles_law_on_hand_computed_cases() {
        // 400 msgs/s in batches of 100 → 4 invocations/s; 0.5 s + 100 × 0.01 s = 1.5 s each.
        let f = in_flight(400.0 / 100.0, 1.5);
        assert!((f - 6.0).abs() < 1e-12);
        assert_eq!(expected_instances(f, 5), 2); // ⌈6 / 5⌉
        assert_eq!(expected_instances(f, 1), 6);
        assert_eq!(expected_instances(f, 6), 1);
        // The docs' example: 10000 RPS × 1 s ÷ 10 = 1000 instances.
        assert_eq!(expected_instances(in_flight(10_000.0, 1.0), 10), 1000);
        // 26 deliveries of 100 messages, 1.5 s each → 1733.3 msgs/s.
        let s = sustainable_rate(26, 100, 1.5).unwrap();
        assert!((s - 1733.333).abs() < 1e-3);
        assert_eq!(sustainable_rate(26, 100, 0.0), None);
    }

    #[test]
    fn scale_out_follows_the_burst_table() {
        assert_eq!(scale_out_rates("cn-hangzhou"), (300, 300));
        assert_eq!(scale_out_rates("ap-southeast-1"), (100, 100));
        assert_eq!(seconds_to_scale(300, 300, 300), 0);
        assert_eq!(seconds_to_scale(450, 300, 300), 30);
        assert_eq!(seconds_to_scale(250, 100, 100), 90);
        assert_eq!(seconds_to_scale(101, 100, 100), 1);
    }

    proptest! {
        #[test]
        fn max_instances_never_falls_when_concurrency_rises(c in 1u64..=300, d in 0u64..300, ic in 1u64..=200) {
            prop_assert!(instances_for(c + d, ic) >= instances_for(c, ic));
        }

        #[test]
        fn max_instances_never_falls_when_instance_concurrency_falls(c in 1u64..=300, ic in 1u64..=200, d in 0u64..200) {
            let lower = ic.saturating_sub(d).max(1);
            prop_assert!(instances_for(c, lower) >= instances_for(c, ic));
        }

        #[test]
        fn instances_cover_the_concurrency(c in 1u64..=300, ic in 1u64..=200) {
            let n = instances_for(c, ic);
            prop_assert!(n * ic >= c);
            prop_assert!((n - 1) * ic < c);
        }

        #[test]
        fn split_keeps_every_message_and_each_push_fits(count in 1u64..=10_000, size in 1u64..=200_000, is_async: bool) {
            let limit = body_limit(is_async);
            match split(count, size, limit) {
                None => prop_assert!(size > limit),
                Some(parts) => {
                    prop_assert_eq!(parts.iter().sum::<u64>(), count);
                    prop_assert!(parts.iter().all(|p| *p >= 1 && p * size <= limit));
                    prop_assert!(parts.windows(2).all(|w| w[0] >= w[1]));
                }
            }
        }

        #[test]
        fn expected_instances_never_exceed_the_delivery_cap(rate in 0.0f64..100_000.0, secs in 0.0f64..300.0, cap in 1u64..=300, ic in 1u64..=200) {
            let f = in_flight(rate, secs).min(cap as f64);
            prop_assert!(expected_instances(f, ic) <= instances_for(cap, ic));
        }
    }
}
