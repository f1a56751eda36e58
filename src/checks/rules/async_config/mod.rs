//! AS: the async invoke configuration — destination ARNs and event age. One file per rule;
//! here, the walk over the destinations and what an ARN points at.

pub mod as001_invalid_async_destination;
pub mod as002_async_destination_self;
pub mod as003_async_event_age_above_api_max;

use crate::checks::Ctx;
use crate::diag::Diagnostic;
use crate::source::Node;

pub fn check(ctx: &Ctx<'_>, out: &mut Vec<Diagnostic>) {
    for f in &ctx.model.functions {
        for (which, node) in f.async_destinations() {
            let Some(arn) = node.as_str() else { continue };
            if arn.contains("${") || arn.trim().is_empty() {
                continue;
            }
            let d = Destination { which, node, arn };
            let dest = classify(arn);
            as001_invalid_async_destination::check(ctx, &d, &dest, out);
            as002_async_destination_self::check(ctx, f, &d, &dest, out);
        }
        as003_async_event_age_above_api_max::check(ctx, f, out);
    }
}

/// One `onSuccess` / `onFailure` destination with a known ARN.
struct Destination<'a> {
    /// `onSuccess` or `onFailure`.
    which: &'a str,
    node: &'a Node,
    arn: &'a str,
}

/// What a destination ARN points at.
#[derive(Debug, PartialEq)]
enum Dest<'a> {
    /// An FC function: `(service, function)`; service only for edition 1 ARNs.
    Function(Option<&'a str>, &'a str),
    Supported,
    Kafka,
    Unsupported(&'a str),
    Malformed,
}

/// Classify `acs:<service>:<region>:<account>:<resource>`.
fn classify(arn: &str) -> Dest<'_> {
    let parts: Vec<&str> = arn.trim().splitn(5, ':').collect();
    if parts.len() != 5 || parts[0] != "acs" || parts[1].is_empty() || parts[4].is_empty() {
        return Dest::Malformed;
    }
    let (service, resource) = (parts[1], parts[4]);
    match service {
        "mns" => {
            let r = resource.trim_start_matches('/');
            if (r.starts_with("queues/") || r.starts_with("topics/"))
                && r.split('/').nth(1).map(|s| !s.is_empty()).unwrap_or(false)
            {
                Dest::Supported
            } else {
                Dest::Malformed
            }
        }
        "fc" => {
            let Some((before, func)) = resource.rsplit_once("functions/") else {
                return Dest::Malformed;
            };
            let func = func.split(['/', ':']).next().unwrap_or("");
            if func.is_empty() {
                return Dest::Malformed;
            }
            let service = before
                .strip_prefix("services/")
                .map(|s| s.trim_end_matches('/'))
                .map(|s| s.split('.').next().unwrap_or(s));
            Dest::Function(service, func)
        }
        "eventbridge" => {
            if resource.trim_start_matches('/').starts_with("eventbus/") {
                Dest::Supported
            } else {
                Dest::Malformed
            }
        }
        "mq" | "rocketmq" | "ons" => Dest::Supported,
        "alikafka" | "kafka" => Dest::Kafka,
        other => Dest::Unsupported(other),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn classifies_documented_arns() {
        assert_eq!(
            classify("acs:mns:cn-hangzhou:123:/queues/q/messages"),
            Dest::Supported
        );
        assert_eq!(classify("acs:mns:::/topics/t/messages"), Dest::Supported);
        assert_eq!(
            classify("acs:fc:cn-huhehaote::functions/fn"),
            Dest::Function(None, "fn")
        );
        assert_eq!(
            classify("acs:fc:cn-hangzhou:123:services/svc.LATEST/functions/fn"),
            Dest::Function(Some("svc"), "fn")
        );
        assert_eq!(
            classify("acs:eventbridge:cn-hangzhou:123:eventbus/default"),
            Dest::Supported
        );
        assert_eq!(
            classify("acs:alikafka:cn-hangzhou:123:instance/x"),
            Dest::Kafka
        );
        assert_eq!(
            classify("acs:oss:cn-hangzhou:123:bucket"),
            Dest::Unsupported("oss")
        );
        assert_eq!(classify("arn:aws:sqs:us-east-1:123:q"), Dest::Malformed);
        assert_eq!(
            classify("acs:mns:cn-hangzhou:123:queue-name"),
            Dest::Malformed
        );
    }
}
