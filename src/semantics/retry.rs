//! What EventBridge does when a delivery fails: the retry policy and its timeline, the
//! errors tolerance, the dead-letter queue, and what happens when the retries run out
//! (`limits::SRC_RETRY_DLQ`). Run options apply to event streams only.

use super::fact::{Fact, Site};
use crate::limits;
use crate::source::Node;

/// `runOptions.retryStrategy.PushRetryStrategy`. Default: [`RetryPolicy::Backoff`].
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum RetryPolicy {
    Backoff,
    ExponentialDecay,
}

impl RetryPolicy {
    /// The policy EventBridge applies when none is written.
    pub const DEFAULT: RetryPolicy = RetryPolicy::Backoff;

    pub fn parse(s: &str) -> Option<RetryPolicy> {
        match s {
            "BACKOFF_RETRY" => Some(RetryPolicy::Backoff),
            "EXPONENTIAL_DECAY_RETRY" => Some(RetryPolicy::ExponentialDecay),
            _ => None,
        }
    }

    pub fn as_str(self) -> &'static str {
        match self {
            RetryPolicy::Backoff => "BACKOFF_RETRY",
            RetryPolicy::ExponentialDecay => "EXPONENTIAL_DECAY_RETRY",
        }
    }

    /// Number of retries after the first delivery.
    pub fn retries(self) -> u32 {
        match self {
            RetryPolicy::Backoff => limits::BACKOFF_RETRIES,
            RetryPolicy::ExponentialDecay => limits::EXP_DECAY_RETRIES,
        }
    }

    /// The wait before each retry, `(shortest, longest)` seconds.
    pub fn waits(self) -> Vec<(u64, u64)> {
        match self {
            RetryPolicy::Backoff => {
                vec![
                    (limits::BACKOFF_WAIT_MIN_S, limits::BACKOFF_WAIT_MAX_S);
                    self.retries() as usize
                ]
            }
            RetryPolicy::ExponentialDecay => {
                let mut out = Vec::with_capacity(self.retries() as usize);
                let mut wait = limits::EXP_DECAY_FIRST_WAIT_S;
                for _ in 0..self.retries() {
                    out.push((wait, wait));
                    wait = (wait * 2).min(limits::EXP_DECAY_MAX_WAIT_S);
                }
                out
            }
        }
    }

    /// The shortest and the longest wait before a retry, seconds.
    pub fn wait_range(self) -> (u64, u64) {
        match self {
            RetryPolicy::Backoff => (limits::BACKOFF_WAIT_MIN_S, limits::BACKOFF_WAIT_MAX_S),
            RetryPolicy::ExponentialDecay => {
                (limits::EXP_DECAY_FIRST_WAIT_S, limits::EXP_DECAY_MAX_WAIT_S)
            }
        }
    }

    /// Seconds from the first failed delivery to each retry, `(earliest, latest)`.
    pub fn timeline(self) -> Vec<(u64, u64)> {
        let mut at = (0, 0);
        self.waits()
            .into_iter()
            .map(|(a, b)| {
                at = (at.0 + a, at.1 + b);
                at
            })
            .collect()
    }

    /// Seconds from the first failed delivery to the last retry, `(earliest, latest)`;
    /// the same totals `limits` documents.
    pub fn total(self) -> (u64, u64) {
        match self {
            RetryPolicy::Backoff => limits::backoff_retry_total_s(),
            RetryPolicy::ExponentialDecay => {
                let t = limits::exponential_decay_total_s();
                (t, t)
            }
        }
    }
}

/// `runOptions.errorsTolerance`. Default: [`ErrorsTolerance::None`].
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ErrorsTolerance {
    /// `ALL`: an event that still fails after the retries is skipped (to the DLQ, if any).
    All,
    /// `NONE`: the task stops at the event; the partition (or source) is blocked.
    None,
}

impl ErrorsTolerance {
    /// The tolerance EventBridge applies when none is written.
    pub const DEFAULT: ErrorsTolerance = ErrorsTolerance::None;

    pub fn parse(s: &str) -> Option<ErrorsTolerance> {
        match s {
            "ALL" => Some(ErrorsTolerance::All),
            "NONE" => Some(ErrorsTolerance::None),
            _ => None,
        }
    }

    pub fn as_str(self) -> &'static str {
        match self {
            ErrorsTolerance::All => "ALL",
            ErrorsTolerance::None => "NONE",
        }
    }
}

/// What happens when retries run out.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum After {
    /// `errorsTolerance: ALL` with a dead-letter queue.
    DeadLetterQueue,
    /// `errorsTolerance: ALL` without one: the event is dropped.
    Discard,
    /// `errorsTolerance: NONE`: the task stops; the partition (or source) is blocked.
    Block,
}

impl After {
    /// The outcome of a tolerance with or without a dead-letter queue.
    pub fn of(tolerance: ErrorsTolerance, has_dlq: bool) -> After {
        match (tolerance, has_dlq) {
            (ErrorsTolerance::All, true) => After::DeadLetterQueue,
            (ErrorsTolerance::All, false) => After::Discard,
            (ErrorsTolerance::None, _) => After::Block,
        }
    }

    pub fn as_str(self) -> &'static str {
        match self {
            After::DeadLetterQueue => "dead-letter-queue",
            After::Discard => "discard",
            After::Block => "block",
        }
    }
}

/// `runOptions.deadLetterQueue` as written.
#[derive(Debug, Clone)]
pub struct DeadLetterQueue<'a> {
    pub at: Site<'a>,
    /// Its `Arn` as written (or the whole value when it has no `Arn`).
    pub arn: String,
    /// The value is not known offline.
    pub unknown: bool,
}

/// The run options that decide failures, as written.
#[derive(Debug, Clone)]
pub struct RetryFacts<'a> {
    pub policy: Fact<'a, RetryPolicy>,
    pub tolerance: Fact<'a, ErrorsTolerance>,
    /// `None`: absent or `null`.
    pub dead_letter_queue: Option<DeadLetterQueue<'a>>,
}

impl<'a> RetryFacts<'a> {
    /// Read `runOptions` (`None` when the trigger has none).
    pub fn read(run_options: Option<&'a Node>) -> RetryFacts<'a> {
        let policy = Fact::read(
            Site::within(run_options, &["retryStrategy", "PushRetryStrategy"]),
            Some(RetryPolicy::DEFAULT),
            |n| n.as_str().and_then(RetryPolicy::parse),
        );
        let tolerance = Fact::read(
            Site::within(run_options, &["errorsTolerance"]),
            Some(ErrorsTolerance::DEFAULT),
            |n| n.as_str().and_then(ErrorsTolerance::parse),
        );
        let dead_letter_queue = Site::within(run_options, &["deadLetterQueue"])
            .filter(|s| !s.is_null())
            .map(|at| DeadLetterQueue {
                at,
                arn: match at.node.get("Arn") {
                    Some(a) => Site {
                        key: at.key,
                        node: a,
                    }
                    .plain(),
                    None => at.display(),
                },
                unknown: at.node.is_unknown(),
            });
        RetryFacts {
            policy,
            tolerance,
            dead_letter_queue,
        }
    }

    /// The retry behaviour, when the policy and the tolerance are both known.
    pub fn retry(&self) -> Option<Retry> {
        let policy = self.policy.value()?;
        let tolerance = self.tolerance.value()?;
        let dlq = self.dead_letter_queue.as_ref().map(|d| d.arn.clone());
        Some(Retry {
            policy,
            policy_default: self.policy.is_default(),
            errors_tolerance: tolerance,
            tolerance_default: self.tolerance.is_default(),
            after: After::of(tolerance, dlq.is_some()),
            dead_letter_queue: dlq,
        })
    }
}

/// Retry behaviour of an EventBridge event stream.
#[derive(Debug, Clone, PartialEq)]
pub struct Retry {
    pub policy: RetryPolicy,
    /// The policy was not written (the default applies).
    pub policy_default: bool,
    pub errors_tolerance: ErrorsTolerance,
    pub tolerance_default: bool,
    /// The queue's ARN as written.
    pub dead_letter_queue: Option<String>,
    pub after: After,
}

impl Retry {
    pub fn retries(&self) -> u32 {
        self.policy.retries()
    }
    pub fn total(&self) -> (u64, u64) {
        self.policy.total()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn backoff_timeline_to_the_second() {
        let p = RetryPolicy::Backoff;
        assert_eq!(p.retries(), 3);
        assert_eq!(p.wait_range(), (10, 20));
        assert_eq!(p.timeline(), vec![(10, 20), (20, 40), (30, 60)]);
        assert_eq!(p.total(), (30, 60));
    }

    #[test]
    fn exponential_decay_timeline_to_the_second() {
        let p = RetryPolicy::ExponentialDecay;
        let w = p.waits();
        assert_eq!(w.len(), 176);
        let firsts: Vec<u64> = w.iter().take(11).map(|x| x.0).collect();
        assert_eq!(firsts, vec![1, 2, 4, 8, 16, 32, 64, 128, 256, 512, 512]);
        let t = p.timeline();
        assert_eq!(t[0], (1, 1));
        assert_eq!(t[8], (511, 511)); // 9th retry: 1 + 2 + … + 256
        assert_eq!(t[9], (1023, 1023));
        assert_eq!(t[175], (86_015, 86_015));
        assert_eq!(p.total(), (86_015, 86_015));
        assert_eq!(p.wait_range(), (1, 512));
    }

    #[test]
    fn after_the_retries() {
        assert_eq!(
            After::of(ErrorsTolerance::All, true),
            After::DeadLetterQueue
        );
        assert_eq!(After::of(ErrorsTolerance::All, false), After::Discard);
        assert_eq!(After::of(ErrorsTolerance::None, true), After::Block);
        assert_eq!(After::of(ErrorsTolerance::DEFAULT, false), After::Block);
    }
}
