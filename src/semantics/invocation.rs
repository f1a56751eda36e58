//! How a trigger invokes its function, and the request-body limit that follows from it
//! (`limits::SRC_FC3_LIMITS`: sync 32 MB, async 128 KB).

use super::fact::{Fact, Site};
use crate::limits;

/// How the trigger invokes the function.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Invocation {
    Sync,
    Async,
}

impl Invocation {
    /// What an EventBridge trigger does without `asyncInvocationType` (or with `null`):
    /// synchronous delivery.
    pub const DEFAULT: Invocation = Invocation::Sync;

    pub fn as_str(self) -> &'static str {
        match self {
            Invocation::Sync => "sync",
            Invocation::Async => "async",
        }
    }

    /// The invocation body limit in bytes: sync 32 MB, async 128 KB.
    pub fn body_limit(self) -> u64 {
        match self {
            Invocation::Sync => limits::SYNC_BODY_LIMIT_BYTES,
            Invocation::Async => limits::ASYNC_BODY_LIMIT_BYTES,
        }
    }
}

/// `asyncInvocationType` of an EventBridge trigger: `true` is async; `false`, absent or
/// `null` is sync ([`Invocation::DEFAULT`]); anything else is invalid.
pub fn async_invocation_type<'a>(at: Option<Site<'a>>) -> Fact<'a, Invocation> {
    Fact::read(at, Some(Invocation::DEFAULT), |n| {
        n.as_bool().map(|b| {
            if b {
                Invocation::Async
            } else {
                Invocation::Sync
            }
        })
    })
}
