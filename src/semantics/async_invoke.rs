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
    pub destinations: Vec<DestinationFacts<'a>>,
}

/// One destination of the async invoke configuration, as written.
#[derive(Debug, Clone)]
pub struct DestinationFacts<'a> {
    pub which: Destination,
    pub at: Site<'a>,
    /// The ARN, when it is known offline: a string that is not blank and has no expression
    /// left unresolved.
    pub arn: Option<&'a str>,
    /// What the ARN points at, when the ARN is known.
    pub target: Option<Target<'a>>,
}

impl<'a> DestinationFacts<'a> {
    fn read(which: Destination, at: Site<'a>) -> DestinationFacts<'a> {
        let arn = at
            .text()
            .filter(|a| !a.contains("${") && !a.trim().is_empty());
        DestinationFacts {
            which,
            at,
            arn,
            target: arn.map(Target::of),
        }
    }
}

/// What a destination ARN (`acs:<service>:<region>:<account>:<resource>`) points at. Results
/// go to MNS queues and topics, FC functions, EventBridge buses and RocketMQ
/// (`limits::SRC_RESULT_CALLBACK`).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Target<'a> {
    /// An FC function: its service (edition 1 ARNs only) and name.
    Function {
        service: Option<&'a str>,
        function: &'a str,
    },
    /// An MNS queue or topic, an EventBridge bus or a RocketMQ topic.
    Supported,
    /// A Kafka resource: async invocation cannot deliver results there.
    Kafka,
    /// A resource of another service (the service as written).
    Unsupported(&'a str),
    /// Not an ARN of this shape, or the resource is not one the service's ARNs name.
    Malformed,
}

impl<'a> Target<'a> {
    /// Classify `acs:<service>:<region>:<account>:<resource>`.
    pub fn of(arn: &'a str) -> Target<'a> {
        let parts: Vec<&str> = arn.trim().splitn(5, ':').collect();
        if parts.len() != 5 || parts[0] != "acs" || parts[1].is_empty() || parts[4].is_empty() {
            return Target::Malformed;
        }
        let (service, resource) = (parts[1], parts[4]);
        match service {
            "mns" => {
                let r = resource.trim_start_matches('/');
                if (r.starts_with("queues/") || r.starts_with("topics/"))
                    && r.split('/').nth(1).map(|s| !s.is_empty()).unwrap_or(false)
                {
                    Target::Supported
                } else {
                    Target::Malformed
                }
            }
            "fc" => function_target(resource),
            "eventbridge" => {
                if resource.trim_start_matches('/').starts_with("eventbus/") {
                    Target::Supported
                } else {
                    Target::Malformed
                }
            }
            "mq" | "rocketmq" | "ons" => Target::Supported,
            "alikafka" | "kafka" => Target::Kafka,
            other => Target::Unsupported(other),
        }
    }
}

/// `[services/<service>[.<qualifier>]/]functions/<function>[/…|:…]`.
fn function_target(resource: &str) -> Target<'_> {
    let Some((before, func)) = resource.rsplit_once("functions/") else {
        return Target::Malformed;
    };
    let function = func.split(['/', ':']).next().unwrap_or("");
    if function.is_empty() {
        return Target::Malformed;
    }
    let service = before
        .strip_prefix("services/")
        .map(|s| s.trim_end_matches('/'))
        .map(|s| s.split('.').next().unwrap_or(s));
    Target::Function { service, function }
}

impl<'a> AsyncInvokeFacts<'a> {
    pub fn read(f: &Function<'a>) -> AsyncInvokeFacts<'a> {
        let at = Site::within(f.function, &[f.edition.async_config_key()]);
        let block = at.map(|s| s.node);
        let destinations = Destination::ALL
            .into_iter()
            .filter_map(|d| {
                let at = Site::within(block, f.edition.async_destination_path(d))?;
                Some(DestinationFacts::read(d, at))
            })
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

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn classifies_documented_arns() {
        assert_eq!(
            Target::of("acs:mns:cn-hangzhou:123:/queues/q/messages"),
            Target::Supported
        );
        assert_eq!(
            Target::of("acs:mns:::/topics/t/messages"),
            Target::Supported
        );
        assert_eq!(
            Target::of("acs:fc:cn-huhehaote::functions/fn"),
            Target::Function {
                service: None,
                function: "fn"
            }
        );
        assert_eq!(
            Target::of("acs:fc:cn-hangzhou:123:services/svc.LATEST/functions/fn"),
            Target::Function {
                service: Some("svc"),
                function: "fn"
            }
        );
        assert_eq!(
            Target::of("acs:eventbridge:cn-hangzhou:123:eventbus/default"),
            Target::Supported
        );
        assert_eq!(
            Target::of("acs:alikafka:cn-hangzhou:123:instance/x"),
            Target::Kafka
        );
        assert_eq!(
            Target::of("acs:oss:cn-hangzhou:123:bucket"),
            Target::Unsupported("oss")
        );
        assert_eq!(Target::of("arn:aws:sqs:us-east-1:123:q"), Target::Malformed);
        assert_eq!(
            Target::of("acs:mns:cn-hangzhou:123:queue-name"),
            Target::Malformed
        );
    }
}
