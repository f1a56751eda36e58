//! The async invoke configuration of a function (`asyncInvokeConfig`; edition 1
//! `asyncConfiguration`): retries of a failed asynchronous invocation, the event age, and
//! where results go (`limits::SRC_ASYNC_CONFIG`, `limits::SRC_RESULT_CALLBACK`).

use super::fact::{Fact, Site};
use crate::limits;
use crate::model::{Destination, Function};
use crate::source::Node;

/// The async invoke configuration as written.
#[derive(Debug, Clone)]
pub struct AsyncInvokeFacts<'a> {
    /// The block itself.
    pub at: Option<Site<'a>>,
    /// `maxAsyncRetryAttempts`: retries FC makes of a failed asynchronous invocation; default
    /// `limits::ASYNC_RETRY_ATTEMPTS_DEFAULT`, range `limits::ASYNC_RETRY_ATTEMPTS`.
    pub retry_attempts: Fact<'a, i64>,
    /// `maxAsyncEventAgeInSeconds`: how long an event may wait; range
    /// `limits::ASYNC_EVENT_AGE_S` (the current API: up to `limits::ASYNC_EVENT_AGE_API_MAX_S`).
    /// No default stated here.
    pub event_age_s: Fact<'a, i64>,
    /// The destinations written, in the order `onSuccess`, `onFailure`.
    pub destinations: Vec<(Destination, Site<'a>)>,
}

impl<'a> AsyncInvokeFacts<'a> {
    pub fn read(f: &Function<'a>) -> AsyncInvokeFacts<'a> {
        let at = Site::within(f.function, &[f.edition.async_config_key()]);
        let block = at.map(|s| s.node);
        let destinations = Destination::ALL
            .into_iter()
            .filter_map(|d| Some((d, Site::within(block, f.edition.async_destination_path(d))?)))
            .collect();
        AsyncInvokeFacts {
            at,
            retry_attempts: Fact::read(
                Site::within(block, &["maxAsyncRetryAttempts"]),
                Some(limits::ASYNC_RETRY_ATTEMPTS_DEFAULT),
                Node::as_i64,
            ),
            event_age_s: Fact::read(
                Site::within(block, &["maxAsyncEventAgeInSeconds"]),
                None,
                Node::as_i64,
            ),
            destinations,
        }
    }
}
