//! CP: capacity against quotas — the instances Kafka delivery concurrency can demand in a
//! region. One file per rule.

pub mod cp001_region_instance_quota;

use crate::checks::Ctx;
use crate::diag::Diagnostic;

pub fn check(ctx: &Ctx<'_>, out: &mut Vec<Diagnostic>) {
    cp001_region_instance_quota::check(ctx, out);
}
