//! AS: the async invoke configuration — destination ARNs and event age. One file per rule;
//! here, the walk over the functions and their destinations (what an ARN points at is the
//! semantics layer's [`Target`](crate::semantics::async_invoke::Target)).

pub mod as001_invalid_async_destination;
pub mod as002_async_destination_self;
pub mod as003_async_event_age_above_api_max;

use crate::checks::Ctx;
use crate::diag::Diagnostic;

pub fn check(ctx: &Ctx<'_>, out: &mut Vec<Diagnostic>) {
    for f in &ctx.semantics {
        let facts = &f.facts;
        for d in &facts.async_invoke.destinations {
            let (Some(arn), Some(target)) = (d.arn, d.target) else {
                continue;
            };
            as001_invalid_async_destination::check(ctx, d, arn, target, out);
            as002_async_destination_self::check(ctx, facts, d, target, out);
        }
        as003_async_event_age_above_api_max::check(ctx, facts, out);
    }
}
